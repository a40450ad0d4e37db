#include "core/geo/lat_lon.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace blindspot {

namespace {
constexpr double kDegToRad = std::numbers::pi / 180.0;
constexpr double kRadToDeg = 180.0 / std::numbers::pi;
} // namespace

bool LatLon::isValid() const
{
    return std::isfinite(lat) && std::isfinite(lon) && lat >= -90.0 && lat <= 90.0 &&
           lon >= -180.0 && lon <= 180.0;
}

bool GeoBox::isValid() const
{
    return std::isfinite(south) && std::isfinite(west) && std::isfinite(north) &&
           std::isfinite(east) && south <= north && west <= east;
}

void GeoBox::extend(LatLon p)
{
    if (!p.isValid())
        return;
    if (!isValid()) {
        south = north = p.lat;
        west = east = p.lon;
        return;
    }
    south = std::min(south, p.lat);
    north = std::max(north, p.lat);
    west = std::min(west, p.lon);
    east = std::max(east, p.lon);
}

LatLon GeoBox::centre() const
{
    return {(south + north) / 2.0, (west + east) / 2.0};
}

double haversineMetres(LatLon a, LatLon b)
{
    const double phi1 = a.lat * kDegToRad;
    const double phi2 = b.lat * kDegToRad;
    const double dPhi = (b.lat - a.lat) * kDegToRad;
    const double dLambda = (b.lon - a.lon) * kDegToRad;
    const double s = std::sin(dPhi / 2) * std::sin(dPhi / 2) + std::cos(phi1) * std::cos(phi2) *
                                                                   std::sin(dLambda / 2) *
                                                                   std::sin(dLambda / 2);
    return 2.0 * kEarthRadiusMetres * std::asin(std::min(1.0, std::sqrt(s)));
}

double initialBearingDegrees(LatLon a, LatLon b)
{
    const double phi1 = a.lat * kDegToRad;
    const double phi2 = b.lat * kDegToRad;
    const double dLambda = (b.lon - a.lon) * kDegToRad;
    const double y = std::sin(dLambda) * std::cos(phi2);
    const double x =
        std::cos(phi1) * std::sin(phi2) - std::sin(phi1) * std::cos(phi2) * std::cos(dLambda);
    return normalizedDegrees(std::atan2(y, x) * kRadToDeg);
}

double distanceMetres(LocalXY a, LocalXY b)
{
    return std::hypot(b.xMetres - a.xMetres, b.yMetres - a.yMetres);
}

double bearingDegrees(LocalXY a, LocalXY b)
{
    // atan2(east, north) measures clockwise from north, as a compass does.
    return normalizedDegrees(std::atan2(b.xMetres - a.xMetres, b.yMetres - a.yMetres) * kRadToDeg);
}

double distanceToSegmentMetres(LocalXY p, LocalXY a, LocalXY b)
{
    const double dx = b.xMetres - a.xMetres;
    const double dy = b.yMetres - a.yMetres;
    const double lengthSquared = dx * dx + dy * dy;
    double t = 0.0;
    if (lengthSquared > 0.0) {
        t = ((p.xMetres - a.xMetres) * dx + (p.yMetres - a.yMetres) * dy) / lengthSquared;
        t = std::clamp(t, 0.0, 1.0);
    }
    return distanceMetres(p, {a.xMetres + t * dx, a.yMetres + t * dy});
}

double normalizedDegrees(double degrees)
{
    double d = std::fmod(degrees, 360.0);
    if (d < 0.0)
        d += 360.0;
    return d >= 360.0 ? 0.0 : d;
}

double angleBetweenDegrees(double a, double b)
{
    const double d = normalizedDegrees(a - b);
    return d > 180.0 ? 360.0 - d : d;
}

} // namespace blindspot
