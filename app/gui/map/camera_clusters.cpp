#include "gui/map/camera_clusters.h"

#include <cmath>

namespace blindspot {

void CameraClusters::build(std::span<const std::vector<QPointF>> byRank, const QRectF &viewMetres,
                           double cellMetres)
{
    m_clusters.clear();
    m_cameraCount = 0;
    if (!(cellMetres > 0.0) || viewMetres.isEmpty())
        return;
    const double originColumn = std::floor(viewMetres.left() / cellMetres);
    const double originRow = std::floor(viewMetres.top() / cellMetres);
    const int columns = static_cast<int>(std::ceil(viewMetres.width() / cellMetres)) + 2;
    const int rows = static_cast<int>(std::ceil(viewMetres.height() / cellMetres)) + 2;
    m_cells.assign(static_cast<std::size_t>(columns) * static_cast<std::size_t>(rows), Cell{});

    // Plain comparisons and one multiplication per axis: this loop sees every camera of a city
    // on every frame.
    const double left = viewMetres.left(), right = viewMetres.right();
    const double bottom = viewMetres.top(), top = viewMetres.bottom(); // y grows northwards
    const double perCell = 1.0 / cellMetres;
    const double x0 = originColumn * cellMetres, y0 = originRow * cellMetres;
    // Ranks in order of importance, so a cell's first camera is one of its most important.
    for (std::size_t rank = 0; rank < byRank.size() && rank < 4; ++rank) {
        const std::vector<QPointF> &points = byRank[rank];
        for (std::size_t i = 0; i < points.size(); ++i) {
            const QPointF &p = points[i];
            if (!(p.x() >= left && p.x() <= right && p.y() >= bottom && p.y() <= top))
                continue;
            // Inside the view the offsets are non-negative: truncation is floor.
            const auto column = static_cast<int>((p.x() - x0) * perCell);
            const auto row = static_cast<int>((p.y() - y0) * perCell);
            Cell &cell = m_cells[static_cast<std::size_t>(row) * columns + column];
            if (cell.count == 0) {
                cell.rank = static_cast<int>(rank);
                cell.first = static_cast<std::uint32_t>(i);
            }
            ++cell.count;
            ++cell.countByRank[rank];
            cell.sumX += p.x();
            cell.sumY += p.y();
            ++m_cameraCount;
        }
    }
    for (const Cell &cell : m_cells) {
        if (cell.count == 0)
            continue;
        m_clusters.push_back({QPointF(cell.sumX / cell.count, cell.sumY / cell.count), cell.count,
                              cell.rank, cell.first, cell.countByRank});
    }
}

} // namespace blindspot
