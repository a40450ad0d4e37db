#pragma once

#include <QtNumeric>

namespace blindspot {

/// A WGS84 position in degrees. Only for storage and exchange: metric work happens in LocalXY.
struct LatLon {
    double lat = qQNaN();
    double lon = qQNaN();

    /// True when both coordinates are finite and inside [-90, 90] x [-180, 180].
    bool isValid() const;
    /// Equal coordinates; two unset (NaN) positions are equal too, so that models with
    /// position-less elements compare equal after a round trip.
    friend bool operator==(const LatLon &a, const LatLon &b)
    {
        auto same = [](double x, double y) { return x == y || (x != x && y != y); };
        return same(a.lat, b.lat) && same(a.lon, b.lon);
    }
};

/// A point on the local tangent plane of a LocalProjection, in metres east and north of its origin.
struct LocalXY {
    double xMetres = 0.0;
    double yMetres = 0.0;
    friend bool operator==(const LocalXY &, const LocalXY &) = default;
};

/// An axis-aligned box of WGS84 positions.
struct GeoBox {
    double south = qQNaN();
    double west = qQNaN();
    double north = qQNaN();
    double east = qQNaN();

    bool isValid() const;
    void extend(LatLon p);
    LatLon centre() const;
};

/// Mean Earth radius (IUGG), used by the great-circle helpers.
constexpr double kEarthRadiusMetres = 6371008.8;

/// Great-circle distance on the mean sphere (haversine); good to about 0.5 % anywhere.
double haversineMetres(LatLon a, LatLon b);

/// Initial great-circle bearing from a to b, degrees clockwise from true north in [0, 360).
double initialBearingDegrees(LatLon a, LatLon b);

/// Straight-line distance on the tangent plane.
double distanceMetres(LocalXY a, LocalXY b);

/// Bearing from a to b on the tangent plane, degrees clockwise from north in [0, 360).
double bearingDegrees(LocalXY a, LocalXY b);

/// Shortest distance from p to the segment [a, b] on the tangent plane.
double distanceToSegmentMetres(LocalXY p, LocalXY a, LocalXY b);

/// Normalises an angle in degrees to [0, 360).
double normalizedDegrees(double degrees);

/// Smallest absolute difference between two bearings, in [0, 180].
double angleBetweenDegrees(double a, double b);

} // namespace blindspot
