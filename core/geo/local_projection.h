#pragma once

#include "core/geo/lat_lon.h"

namespace blindspot {

/// Equirectangular projection onto the plane tangent to the WGS84 ellipsoid at an origin.
///
/// Uses the ellipsoid's meridional and prime-vertical radii of curvature at the origin, so
/// distances are within 0.1 % of the geodesic for points up to ~30 km away at Moscow's latitude:
/// enough for one city, which is all a dataset covers. This is the one projection helper.
class LocalProjection {
public:
    LocalProjection() = default;
    explicit LocalProjection(LatLon origin);

    LatLon origin() const { return m_origin; }
    LocalXY toLocal(LatLon p) const;
    LatLon toLatLon(LocalXY p) const;

    /// Metres per degree of latitude and of longitude at the origin.
    double metresPerDegreeLat() const { return m_metresPerDegLat; }
    double metresPerDegreeLon() const { return m_metresPerDegLon; }

private:
    LatLon m_origin{0.0, 0.0};
    double m_metresPerDegLat = 0.0;
    double m_metresPerDegLon = 0.0;
};

} // namespace blindspot
