#pragma once

#include "core/model/camera.h"
#include "gui/map/camera_clusters.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QPixmap>
#include <QRectF>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

class QPainter;

namespace blindspot {

class MapViewport;
struct MapScene;

/// Paints the cameras of a MapScene in a view: single symbols merged where they would overlap,
/// clusters with their number when zoomed out, symbols for cameras known only by their
/// station, coverage sectors and the selected camera. Keeps the symbols rendered once per
/// size and device pixel ratio, and counts what it drew.
class CameraPainter {
    Q_DECLARE_TR_FUNCTIONS(CameraPainter)
public:
    /// What the paint since begin() drew (MapView reports it for tests and benchmarks).
    struct Drawn {
        int cameraSymbols = 0;
        bool camerasMerged = false;
        int clusters = 0;
        QStringList clusterLabels;
        std::int64_t clusteredCameras = 0;
        int sectors = 0;
    };

    /// Starts a paint with symbols of `symbolSize` pixels for `devicePixelRatio`.
    void begin(qreal symbolSize, qreal devicePixelRatio);
    const Drawn &drawn() const { return m_drawn; }
    void clearDrawn() { m_drawn = {}; }
    /// Forgets the clusters' pixmaps: their numbers are written in the locale of the time.
    void clearClusterSprites() { m_clusterSprites.clear(); }

    /// Positioned cameras, one symbol per merge cell (a little larger than a symbol), the most
    /// important status claiming each cell.
    void paintCameras(QPainter &painter, const MapScene &scene, const MapViewport &view);
    /// Zoomed out: clusters with their number, single cameras as symbols. Returns the boxes of
    /// the clusters, which station names avoid.
    std::vector<QRectF> paintClusters(QPainter &painter, const MapScene &scene,
                                      const MapViewport &view, const QFont &font);
    /// Cameras known only by their station, one symbol beside each station with
    /// `stationRadius`.
    void paintStationBadges(QPainter &painter, const MapScene &scene, const MapViewport &view,
                            qreal stationRadius);
    /// Where street cameras identify faces, from the zoom at which a sector is big enough to
    /// read.
    void paintSectors(QPainter &painter, const MapScene &scene, const MapViewport &view);
    /// The ring around the selected camera at `at`; while it is dragged to `draggedTo`, also
    /// a line from there and the camera (of `status`) where it would go.
    void paintSelection(QPainter &painter, QPointF at, std::optional<QPointF> draggedTo,
                        FrStatus status) const;

private:
    const QPixmap &clusterSprite(const std::array<int, 4> &countByRank, const QString &label,
                                 const QFont &font);

    Drawn m_drawn;
    qreal m_symbolSize = 0.0;
    qreal m_spriteRatio = 0.0;
    std::vector<QPixmap> m_sprites; // by importance rank
    // Reused across paints: one byte per merge cell of the viewport.
    std::vector<std::uint8_t> m_mergeCells;
    CameraClusters m_clusters;
    QHash<QString, QPixmap> m_clusterSprites; // by label and shares; cleared when sizes change
};

} // namespace blindspot
