#pragma once

#include "core/geo/lat_lon.h"

#include <cstdint>
#include <span>
#include <vector>

namespace blindspot {

/// A uniform grid over points on the tangent plane, stored as CSR buckets (one offsets array,
/// one item array), answering "which points lie within R metres of this segment".
///
/// Items are the indices of the points passed to the constructor. The grid is immutable: build
/// a new one after edits (160,000 points build in a few milliseconds).
class SpatialIndex {
public:
    SpatialIndex() = default;
    /// cellMetres should be about the typical query radius; 50-200 m suits street cameras.
    explicit SpatialIndex(std::span<const LocalXY> points, double cellMetres = 100.0);

    std::size_t size() const { return m_points.size(); }
    bool isEmpty() const { return m_points.empty(); }

    /// Indices of points within radiusMetres of the segment [a, b], in ascending order.
    std::vector<std::uint32_t> withinOfSegment(LocalXY a, LocalXY b, double radiusMetres) const;

    /// Indices of points within radiusMetres of p, in ascending order.
    std::vector<std::uint32_t> withinOfPoint(LocalXY p, double radiusMetres) const;

    /// Index of the point nearest to p within maxMetres, or -1 when there is none.
    std::int64_t nearest(LocalXY p, double maxMetres) const;

private:
    std::int64_t cellIndex(int cx, int cy) const
    {
        return static_cast<std::int64_t>(cy) * m_columns + cx;
    }
    int columnOf(double x) const;
    int rowOf(double y) const;

    std::vector<LocalXY> m_points;
    std::vector<std::uint32_t> m_cellStart; // m_columns * m_rows + 1 offsets into m_items
    std::vector<std::uint32_t> m_items;
    double m_cellMetres = 100.0;
    double m_minX = 0.0;
    double m_minY = 0.0;
    int m_columns = 0;
    int m_rows = 0;
};

} // namespace blindspot
