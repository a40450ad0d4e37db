#pragma once

#include "core/exposure/exposure_model.h"
#include "core/geo/local_projection.h"
#include "core/model/dataset.h"

#include <QColor>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace blindspot {

class MapViewport;

/// One dataset projected to local metres (x east, y north) once, in the shapes painting needs,
/// and what lies under a point of the map. Made again after an edit; the painters only
/// transform and cull it.
struct MapScene {
    struct LinePath {
        QColor colour;
        QPolygonF metres; // closed for a ring line
        QRectF bounds;
        QString ref; // the short label on signs ("7"), shown in a badge on the line
    };
    /// Cameras known only by their station are drawn as one symbol at the station's edge.
    struct StationBadge {
        std::uint32_t station = 0;
        FrStatus status = FrStatus::Unknown;
    };
    struct Label {
        QString text;
        QRectF anchorMetres; // the stations it names (a point for a single station)
        bool transfer = false;
    };

    /// Projects `dataset`, station names in `language`; with `keep`, into that projection
    /// instead of one centred on the data, so that an edit does not shift the view or the
    /// heatmap's grid. Null when nothing in it has a position.
    static std::unique_ptr<const MapScene> build(const Dataset &dataset, const QString &language,
                                                 const LocalProjection *keep = nullptr);

    /// The place of `status` in MapStyle::kFrStatusesByImportance: the index of cameras,
    /// sectors and sprites by status.
    static int importanceRank(FrStatus status);

    /// The station whose symbol of `radius` pixels is under `widgetPoint`, within `reach`.
    std::optional<StationId> stationAt(const MapViewport &view, QPointF widgetPoint,
                                       qreal reachPixels) const;
    /// The camera whose own symbol (not a cluster) is under `widgetPoint`.
    std::optional<CameraId> cameraAt(const MapViewport &view, QPointF widgetPoint) const;
    /// The cluster of two cameras or more under `widgetPoint`, as its centre in metres, when
    /// cameras are clustered.
    std::optional<QPointF> clusterAt(const MapViewport &view, QPointF widgetPoint) const;
    /// Whether cameras are grouped into clusters in `view`: zoomed out, or where their symbols
    /// would cover too much of it.
    bool clustersCameras(const MapViewport &view) const;
    /// The camera nearest to `metres` within `reachMetres`, the most important status first.
    std::optional<CameraId> cameraNear(QPointF metres, double reachMetres) const;
    /// Positioned cameras inside `areaMetres`.
    qsizetype cameraCountIn(const QRectF &areaMetres) const;

    LocalProjection projection;
    ModelParameters parameters;
    QRectF boundsMetres;
    std::vector<LinePath> lines;
    std::vector<QPointF> stations; // by station index; NaN where the position is invalid
    std::vector<std::pair<std::uint32_t, std::uint32_t>> transfers;
    std::vector<QPointF> entrances;
    /// Positioned cameras, indexed by importanceRank() of their FR status, with their ids and
    /// (for street cameras, the ones the exposure model gives a geometry) coverage sectors in
    /// the same order. A camera without a sector has one of zero range.
    std::array<std::vector<QPointF>, 4> cameras;
    std::array<std::vector<CameraId>, 4> cameraIds;
    std::array<std::vector<CoverageSector>, 4> sectors;
    double longestSectorMetres = 0.0;
    std::vector<StationBadge> stationBadges;
    std::vector<Label> labels; // transfer complexes first: they get space before single stations
    std::vector<QPolygonF> surveyAreas;
};

} // namespace blindspot
