#include "core/io/osm/point_grid.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace blindspot::osm {

namespace {

constexpr double kCellDegrees = 0.01;
// A degree of latitude, rounded down so that the search never falls short.
constexpr double kMetresPerDegreeLat = 111'000.0;

std::int64_t row(double lat)
{
    return std::int64_t(std::floor(lat / kCellDegrees));
}

std::int64_t column(double lon)
{
    return std::int64_t(std::floor(lon / kCellDegrees));
}

std::uint64_t cellKey(std::int64_t r, std::int64_t c)
{
    return (std::uint64_t(r + (1 << 20)) << 32) | std::uint64_t(c + (1 << 20));
}

} // namespace

void PointGrid::add(LatLon p, std::uint32_t item)
{
    if (p.isValid())
        m_cells[cellKey(row(p.lat), column(p.lon))].push_back({p, item});
}

std::int64_t PointGrid::nearest(LatLon p, double maxMetres) const
{
    if (!p.isValid() || m_cells.empty())
        return -1;
    const double metresPerCellLat = kMetresPerDegreeLat * kCellDegrees;
    // Cells narrow towards the poles; at least a metre, so that the span stays finite there.
    const double metresPerCellLon =
        std::max(metresPerCellLat * std::cos(p.lat * std::numbers::pi / 180.0), 1.0);
    const std::int64_t rows = std::int64_t(std::ceil(maxMetres / metresPerCellLat));
    const std::int64_t columns =
        std::min<std::int64_t>(std::int64_t(std::ceil(maxMetres / metresPerCellLon)), 36'000);
    const std::int64_t r0 = row(p.lat), c0 = column(p.lon);
    std::int64_t best = -1;
    double bestMetres = maxMetres;
    for (std::int64_t r = r0 - rows; r <= r0 + rows; ++r)
        for (std::int64_t c = c0 - columns; c <= c0 + columns; ++c) {
            const auto it = m_cells.find(cellKey(r, c));
            if (it == m_cells.end())
                continue;
            for (const auto &[q, item] : it->second) {
                const double d = haversineMetres(p, q);
                if (d < bestMetres || (d == bestMetres && (best < 0 || item < best))) {
                    bestMetres = d;
                    best = item;
                }
            }
        }
    return best;
}

} // namespace blindspot::osm
