#include "core/geo/local_projection.h"

#include <cmath>
#include <numbers>

namespace blindspot {

namespace {
// WGS84 ellipsoid.
constexpr double kSemiMajorMetres = 6378137.0;
constexpr double kFlattening = 1.0 / 298.257223563;
constexpr double kEccentricitySquared = kFlattening * (2.0 - kFlattening);
constexpr double kDegToRad = std::numbers::pi / 180.0;
} // namespace

LocalProjection::LocalProjection(LatLon origin) : m_origin(origin)
{
    const double phi = origin.lat * kDegToRad;
    const double s = std::sin(phi);
    const double w = std::sqrt(1.0 - kEccentricitySquared * s * s);
    const double meridional = kSemiMajorMetres * (1.0 - kEccentricitySquared) / (w * w * w);
    const double primeVertical = kSemiMajorMetres / w;
    m_metresPerDegLat = meridional * kDegToRad;
    m_metresPerDegLon = primeVertical * std::cos(phi) * kDegToRad;
}

LocalXY LocalProjection::toLocal(LatLon p) const
{
    return {(p.lon - m_origin.lon) * m_metresPerDegLon, (p.lat - m_origin.lat) * m_metresPerDegLat};
}

LatLon LocalProjection::toLatLon(LocalXY p) const
{
    return {m_origin.lat + p.yMetres / m_metresPerDegLat,
            m_origin.lon + p.xMetres / m_metresPerDegLon};
}

} // namespace blindspot
