#pragma once

#include "core/geo/lat_lon.h"
#include "core/geo/local_projection.h"
#include "core/model/dataset.h"
#include "gui/map/base_map_layer.h"
#include "gui/map/camera_painter.h"
#include "gui/map/map_layers.h"
#include "gui/map/map_overlay.h"
#include "gui/map/map_viewport.h"
#include "gui/map/network_painter.h"

#include <QMargins>
#include <QPointF>
#include <QRect>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace blindspot {

class HeatmapLayer;
struct MapScene;
class RouteOverlay;

/// The map widget. Its one job: turn input into view changes, tools and signals, and compose
/// the parts that draw one dataset (metro lines, stations, entrances, cameras, survey areas, the
/// base map and heatmap) with pan and zoom. The parts do the rest:
/// MapViewport the view's maths, MapScene the dataset projected once and what lies under a
/// point, NetworkPainter, CameraPainter, BaseMapLayer, HeatmapLayer and MapDecorations the
/// drawing, and MapOverlay what other features draw over the map (the planner's route, the
/// marks of a training exercise).
///
/// Painted directly with QPainter for speed: each paint only transforms, culls to the view and
/// draws cameras as batches of pre-rendered symbols. Zoomed out, close cameras form clusters
/// drawn as a disc with their number (CameraClusters); zoomed in, where symbols would still
/// overlap, the most important FR status claims the spot and the others are merged into it
/// (see camerasMerged()). This keeps a Moscow-sized dataset (160,000 cameras) fast and the city
/// view uncluttered.
///
/// Which layers are drawn is owned by layers(). The heatmap is computed on first use.
///
/// Keys: arrows pan, + and - zoom, 0 fits the data. With the focus, a frame shows it, and where
/// a place is to be given (picking one for the planner, adding a camera, drawing a survey
/// area) a cross in the middle is the keyboard's pointer: Enter picks the place under it or
/// adds a camera there; while drawing, Space puts a corner there, Enter closes the area,
/// Backspace removes the last corner and Escape cancels. The mouse drags to pan (or moves the
/// selected camera when the drag starts on it), its wheel zooms about the cursor, a click on a
/// camera selects it and a click on a cluster zooms into it.
class MapView : public QWidget {
    Q_OBJECT
public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    /// Shows `dataset` (nullptr for none) and fits the view to it.
    void setDataset(std::shared_ptr<const Dataset> dataset);
    const std::shared_ptr<const Dataset> &dataset() const { return m_dataset; }

    /// The part of the widget an overlay (the legend) hides, in widget coordinates; empty for
    /// none. fitToData() keeps the data clear of it and station names avoid it.
    void setCoveredRect(const QRect &covered);

    /// ISO 639-1 code of the language station names are shown in; a name without a spelling in
    /// that language is shown in its native spelling.
    void setNameLanguage(const QString &language);
    QString nameLanguage() const { return m_nameLanguage; }

    /// The layers shown, and the actions that toggle them.
    MapLayers &layers() const { return *m_layers; }

    /// Re-reads the dataset after it was changed in place (an edit), keeping the view and the
    /// projection where they are.
    void refreshDataset();
    /// After camera `id` changed from `before` (empty: it was added; no camera has `id` any
    /// more: it was removed): updates the heatmap where the camera's coverage reaches,
    /// without recomputing the rest. Call refreshDataset() as well.
    void cameraEdited(CameraId id, const std::optional<Camera> &before);
    /// After survey areas changed: the heatmap's estimate of unmapped cameras depends on them.
    void surveyAreasEdited();
    /// The heatmap, built the first time its layer is shown; nullptr until then.
    const HeatmapLayer *heatmap() const { return m_heatmap.get(); }

    /// The station whose symbol is under `widgetPoint`, if stations are shown.
    std::optional<StationId> stationAt(QPointF widgetPoint) const;
    /// The camera whose own symbol (not a cluster) is under `widgetPoint`, if cameras are shown.
    std::optional<CameraId> cameraAt(QPointF widgetPoint) const;

    /// What a click on the map does.
    enum class Tool : std::uint8_t {
        Browse,         ///< A click selects a camera; dragging the selected camera moves it.
        AddCamera,      ///< A click asks for a new camera there (addCameraRequested).
        DrawSurveyArea, ///< Clicks add corners; a double-click or Enter closes the area.
    };
    Tool tool() const { return m_tool; }
    /// The camera drawn as selected, which a drag moves.
    std::optional<CameraId> selectedCamera() const { return m_selectedCamera; }
    /// Corners of the survey area being drawn.
    const std::vector<LatLon> &surveyAreaCorners() const { return m_surveyCorners; }

    /// The view as it is now: scale, centre, size and covered part, for converting between
    /// positions and widget points.
    MapViewport viewport() const;
    /// Current zoom: how many widget pixels one metre on the ground takes.
    double pixelsPerMetre() const { return m_view.pixelsPerMetre(); }
    /// The geographic position at the centre of the widget.
    LatLon centre() const;
    /// Where `position` appears in widget coordinates (it may lie outside the widget).
    QPointF widgetPosition(LatLon position) const;
    /// The geographic position under a widget point.
    LatLon positionAt(QPointF widgetPoint) const;

    /// What the last paint drew, for tests and benchmarks.
    int drawnStationCount() const { return m_drawn.stations; }
    int drawnCameraSymbolCount() const { return m_cameraPainter.drawn().cameraSymbols; }
    int drawnLabelCount() const { return m_drawn.labels; }
    /// True when the last paint merged overlapping cameras into one symbol.
    bool camerasMerged() const { return m_cameraPainter.drawn().camerasMerged; }
    /// Clusters (discs with a number, two cameras or more) the last paint drew, and the numbers
    /// written on them.
    int drawnClusterCount() const { return m_cameraPainter.drawn().clusters; }
    const QStringList &drawnClusterLabels() const { return m_cameraPainter.drawn().clusterLabels; }
    /// Cameras the last paint counted into clusters or drew alone while clustering.
    std::int64_t clusteredCameraCount() const { return m_cameraPainter.drawn().clusteredCameras; }
    int drawnSectorCount() const { return m_cameraPainter.drawn().sectors; }
    int drawnStreetCount() const { return m_drawn.streets; }
    /// Whether cameras are grouped into clusters at the current zoom.
    bool clustersCameras() const;

    // Overlays: what other features draw over the map (MapOverlay), all drawn the same way.
    // The route is set here; any other overlay is a QObject child of the map that is also a
    // MapOverlay, drawn while it lives, in the order the children were made.

    // Planner: the selected route and picking a place for it.
    /// Draws `overlay`, the route selected in the planner, over the network and under the
    /// station names (when the Route layer is shown).
    void setRouteOverlay(std::shared_ptr<const RouteOverlay> overlay);
    void clearRouteOverlay();
    const RouteOverlay *routeOverlay() const { return m_routeOverlay.get(); }
    /// The part an overlay hides (setCoveredRect), where a fitted route must not go.
    QRect coveredRect() const { return m_view.coveredRect(); }
    /// Makes the next left click pick a place (placePicked) instead of acting with the tool;
    /// Escape or cancelPickPlace() cancels (placePickCancelled).
    void beginPickPlace();
    void cancelPickPlace();
    bool isPickingPlace() const { return m_pickingPlace; }
    /// Where Enter picks a place or adds a camera, and Space a corner, in widget coordinates:
    /// the middle of the map, or of the largest part of it the legend leaves free
    /// (setCoveredRect) when the legend would hide it.
    QPointF keyboardCursor() const;
    /// Whether the keyboard cursor is drawn: the map has the focus and a place is to be given.
    bool showsKeyboardCursor() const;

public slots:
    /// Shows all of the dataset. Until the user pans or zooms, resizing keeps it fitted.
    void fitToData();
    void zoomIn();
    void zoomOut();
    /// Multiplies the scale by `factor`, keeping the ground under `widgetAnchor` in place.
    void zoomBy(double factor, QPointF widgetAnchor);
    /// Moves the view by `delta` widget pixels: positive x shows more of the east, positive y
    /// more of the south (content moves the opposite way).
    void panByPixels(QPointF delta);
    /// Centres the view on `position`, zooming in to at least `pixelsPerMetre`.
    void showPosition(LatLon position, double pixelsPerMetre);

    void setTool(blindspot::MapView::Tool tool);
    void setSelectedCamera(std::optional<blindspot::CameraId> camera);
    /// Closes the survey area being drawn (at least three corners) and returns to browsing.
    void finishSurveyArea();

signals:
    /// The scale or centre changed.
    void viewChanged();
    /// Whether overlapping cameras are merged into one symbol changed (the legend says so).
    void cameraMergingChanged(bool merged);
    /// A camera's own symbol was clicked.
    void cameraClicked(blindspot::CameraId camera);
    /// A click hit no camera, cluster or tool: the selection should be cleared.
    void emptyPlaceClicked();
    /// The selected camera was dragged to `to`; nothing is changed until the receiver edits.
    void cameraDragged(blindspot::CameraId camera, blindspot::LatLon to);
    /// With the AddCamera tool, a click at `at`.
    void addCameraRequested(blindspot::LatLon at);
    /// With the DrawSurveyArea tool, an area was closed.
    void surveyAreaDrawn(const std::vector<blindspot::LatLon> &corners);
    void toolChanged(blindspot::MapView::Tool tool);
    /// After beginPickPlace(), the place clicked.
    void placePicked(blindspot::LatLon position);
    /// After beginPickPlace(), picking was cancelled.
    void placePickCancelled();
    /// Enter on the map with a route drawn: the route as text (its details) is wanted, the
    /// map's text alternative for people who cannot see it.
    void routeTextRequested();
    /// A route (or a recorded walk) was put on the map or taken off it.
    void routeOverlayChanged(bool shown);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    /// Pinch to zoom: a touchpad's native zoom gesture and a touchscreen's pinch.
    bool event(QEvent *event) override;

private:
    /// Name and description for screen readers: what the map shows and how to read the route.
    void updateAccessibleText();

    /// What the last paint drew beside the cameras (CameraPainter counts those).
    struct DrawnCounts {
        int stations = 0;
        int labels = 0;
        int streets = 0;
    };

    /// Projects the dataset; with `keep`, into that projection instead of one centred on the
    /// data, so that an edit does not shift the view or the heatmap's grid.
    void rebuildScene(const LocalProjection *keep = nullptr);
    /// Builds the heatmap if its layer is shown and it does not exist yet.
    void ensureHeatmap();
    void onLayerChanged(MapLayer layer, bool visible);
    void handleClick(QPointF widgetPoint);
    QPointF selectedCameraMetres() const;
    /// The selected camera in the dataset; nullptr when none is selected or it is gone.
    const Camera *selectedCameraData() const;
    /// Sets scale and centre, keeping both in their allowed range.
    void setView(QPointF centreMetres, double pixelsPerMetre);
    double fittedPixelsPerMetre() const;
    /// `pixelsPerMetre` limited to the zoom range: from a little beyond "fit" to street level.
    double allowedPixelsPerMetre(double pixelsPerMetre) const;
    QPointF keyboardZoomAnchor() const;
    /// The overlays drawn at `level` in this paint: the route, then the children that are
    /// overlays.
    std::vector<const MapOverlay *> overlaysAt(MapOverlay::Level level) const;

    /// Paints the layers from the ground up; returns with the painter as the layers left it.
    void paintLayers(QPainter &painter, const MapViewport &view);
    void paintSelection(QPainter &painter, const MapViewport &view);
    void paintSurveyAreaInProgress(QPainter &painter) const;
    /// What Enter (or Space) does at the keyboard cursor.
    QString keyboardHint() const;
    /// The scale bar's length in words.
    static QString scaleText(double metres);

    std::shared_ptr<const Dataset> m_dataset;
    std::unique_ptr<const MapScene> m_scene;
    /// What the base map and streets were built from (see rebuildScene()).
    struct BaseMapKey {
        std::size_t edges = 0, nodes = 0, points = 0, features = 0, places = 0;
        LatLon firstNode;
        LatLon origin;
        QString language;
        friend bool operator==(const BaseMapKey &, const BaseMapKey &) = default;
    };
    std::unique_ptr<BaseMapLayer> m_baseMap;
    BaseMapKey m_baseMapKey;
    MapLayers *m_layers = nullptr; // owned as a child
    std::unique_ptr<HeatmapLayer> m_heatmap;
    QString m_nameLanguage = QStringLiteral("en");

    // The view: projection, metres east/north of its origin at the widget centre, scale and the
    // covered part. Its size is the widget's, filled in by viewport().
    MapViewport m_view;
    bool m_keepsFitted = true;

    QPointF m_lastDragPosition;
    bool m_dragging = false;
    QPointF m_pressPosition;
    bool m_pressMoved = false;    // the press has moved beyond the click slop
    bool m_ignoreRelease = false; // the release that ends a double-click
    std::optional<CameraId> m_draggedCamera;
    QPointF m_dragPosition;  // where the dragged camera is shown
    QPointF m_hoverPosition; // last pointer position while drawing an area

    Tool m_tool = Tool::Browse;
    std::optional<CameraId> m_selectedCamera;
    std::vector<LatLon> m_surveyCorners;

    DrawnCounts m_drawn;
    NetworkPainter m_networkPainter;
    CameraPainter m_cameraPainter;

    // Planner.
    std::shared_ptr<const RouteOverlay> m_routeOverlay;
    bool m_pickingPlace = false;
};

} // namespace blindspot
