#pragma once

#include <QPointF>
#include <QRectF>

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace blindspot {

/// Groups cameras that are close on screen into clusters with a count, for views where single
/// symbols would pile up (a city seen whole).
///
/// Cameras are binned into square cells aligned to the ground, not to the widget, so that
/// panning does not reshuffle which cameras form a cluster. A cluster sits at the mean position
/// of its cameras and carries the most important FR status among them.
class CameraClusters {
public:
    struct Cluster {
        QPointF centreMetres;
        int count = 0;
        int rank = 0;                     ///< Importance rank of the most important status inside.
        std::uint32_t first = 0;          ///< Index within byRank[rank] of one camera of that rank.
        std::array<int, 4> countByRank{}; ///< How many of each status, by importance rank.
    };

    /// Bins the cameras of `byRank` (positions in metres, indexed by importance rank) that lie
    /// inside `viewMetres` into cells of `cellMetres`. Cells that stay empty cost nothing
    /// but a counter.
    void build(std::span<const std::vector<QPointF>> byRank, const QRectF &viewMetres,
               double cellMetres);

    const std::vector<Cluster> &clusters() const { return m_clusters; }
    /// Cameras binned in the last build.
    std::int64_t cameraCount() const { return m_cameraCount; }

private:
    struct Cell {
        double sumX = 0.0;
        double sumY = 0.0;
        int count = 0;
        int rank = 0;
        std::uint32_t first = 0;
        std::array<int, 4> countByRank{};
    };
    std::vector<Cell> m_cells; // reused between builds
    std::vector<Cluster> m_clusters;
    std::int64_t m_cameraCount = 0;
};

} // namespace blindspot
