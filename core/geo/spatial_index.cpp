#include "core/geo/spatial_index.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace blindspot {

namespace {
// Caps the grid so that a few far-away outliers cannot make it allocate gigabytes.
constexpr std::int64_t kMaxCells = 4'000'000;
} // namespace

SpatialIndex::SpatialIndex(std::span<const LocalXY> points, double cellMetres)
    : m_points(points.begin(), points.end()), m_cellMetres(cellMetres > 0.0 ? cellMetres : 100.0)
{
    if (m_points.empty())
        return;
    double minX = std::numeric_limits<double>::max();
    double minY = minX;
    double maxX = std::numeric_limits<double>::lowest();
    double maxY = maxX;
    for (const LocalXY &p : m_points) {
        minX = std::min(minX, p.xMetres);
        minY = std::min(minY, p.yMetres);
        maxX = std::max(maxX, p.xMetres);
        maxY = std::max(maxY, p.yMetres);
    }
    m_minX = minX;
    m_minY = minY;
    auto cellsFor = [&](double cell) {
        const double cols = std::floor((maxX - minX) / cell) + 1.0;
        const double rows = std::floor((maxY - minY) / cell) + 1.0;
        return cols * rows;
    };
    while (cellsFor(m_cellMetres) > static_cast<double>(kMaxCells))
        m_cellMetres *= 2.0;
    m_columns = static_cast<int>(std::floor((maxX - minX) / m_cellMetres)) + 1;
    m_rows = static_cast<int>(std::floor((maxY - minY) / m_cellMetres)) + 1;

    const std::size_t cellCount = static_cast<std::size_t>(m_columns) * m_rows;
    std::vector<std::uint32_t> cellOfPoint(m_points.size());
    m_cellStart.assign(cellCount + 1, 0);
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        const auto c = static_cast<std::uint32_t>(
            cellIndex(columnOf(m_points[i].xMetres), rowOf(m_points[i].yMetres)));
        cellOfPoint[i] = c;
        ++m_cellStart[c + 1];
    }
    for (std::size_t c = 0; c < cellCount; ++c)
        m_cellStart[c + 1] += m_cellStart[c];
    m_items.resize(m_points.size());
    std::vector<std::uint32_t> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (std::size_t i = 0; i < m_points.size(); ++i)
        m_items[fill[cellOfPoint[i]]++] = static_cast<std::uint32_t>(i);
}

int SpatialIndex::columnOf(double x) const
{
    const double c = std::floor((x - m_minX) / m_cellMetres);
    return static_cast<int>(std::clamp(c, 0.0, static_cast<double>(m_columns - 1)));
}

int SpatialIndex::rowOf(double y) const
{
    const double r = std::floor((y - m_minY) / m_cellMetres);
    return static_cast<int>(std::clamp(r, 0.0, static_cast<double>(m_rows - 1)));
}

std::vector<std::uint32_t> SpatialIndex::withinOfSegment(LocalXY a, LocalXY b,
                                                         double radiusMetres) const
{
    std::vector<std::uint32_t> out;
    if (m_points.empty() || !(radiusMetres >= 0.0))
        return out;
    const double loX = std::min(a.xMetres, b.xMetres) - radiusMetres;
    const double hiX = std::max(a.xMetres, b.xMetres) + radiusMetres;
    const double loY = std::min(a.yMetres, b.yMetres) - radiusMetres;
    const double hiY = std::max(a.yMetres, b.yMetres) + radiusMetres;
    if (hiX < m_minX || hiY < m_minY || loX > m_minX + m_columns * m_cellMetres ||
        loY > m_minY + m_rows * m_cellMetres)
        return out;
    const int c0 = columnOf(loX), c1 = columnOf(hiX);
    const int r0 = rowOf(loY), r1 = rowOf(hiY);
    // Half a cell diagonal: a cell whose centre is farther than R + this from the segment holds
    // no hit, which skips most cells of the bounding box for long diagonal segments.
    const double halfDiagonal = m_cellMetres * std::numbers::sqrt2 / 2.0;
    for (int r = r0; r <= r1; ++r) {
        for (int c = c0; c <= c1; ++c) {
            const LocalXY centre{m_minX + (c + 0.5) * m_cellMetres,
                                 m_minY + (r + 0.5) * m_cellMetres};
            if (distanceToSegmentMetres(centre, a, b) > radiusMetres + halfDiagonal)
                continue;
            const std::int64_t cell = cellIndex(c, r);
            for (std::uint32_t k = m_cellStart[cell]; k < m_cellStart[cell + 1]; ++k) {
                const std::uint32_t item = m_items[k];
                if (distanceToSegmentMetres(m_points[item], a, b) <= radiusMetres)
                    out.push_back(item);
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::uint32_t> SpatialIndex::withinOfPoint(LocalXY p, double radiusMetres) const
{
    return withinOfSegment(p, p, radiusMetres);
}

std::int64_t SpatialIndex::nearest(LocalXY p, double maxMetres) const
{
    std::int64_t best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (std::uint32_t i : withinOfPoint(p, maxMetres)) {
        const double d = distanceMetres(p, m_points[i]);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

} // namespace blindspot
