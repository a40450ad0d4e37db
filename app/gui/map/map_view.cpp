#include "gui/map/map_view.h"

#include "gui/map/heatmap_layer.h"
#include "gui/map/map_decorations.h"
#include "gui/map/map_metrics.h"
#include "gui/map/map_scene.h"
#include "gui/map/map_style.h"
#include "gui/planner/route_overlay.h"
#include "gui/shell/model_text.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace blindspot {

namespace {

constexpr double kMaxPixelsPerMetre = 16.0; // street level; positions are not more precise
constexpr double kMinZoomOutFromFit = 4.0;  // how far beyond "fit to data" one can zoom out
constexpr double kFitMarginPixels = 36.0;
// A dataset of one point still gets a sensible neighbourhood around it when fitted.
constexpr double kMinFittedSpanMetres = 200.0;

} // namespace

MapView::MapView(QWidget *parent) : QWidget(parent), m_layers(new MapLayers(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    updateAccessibleText();
    grabGesture(Qt::PinchGesture); // touchscreens; touchpads send native zoom gestures
    connect(m_layers, &MapLayers::visibilityChanged, this, &MapView::onLayerChanged);
}

MapView::~MapView() = default;

void MapView::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    m_heatmap.reset();
    m_selectedCamera.reset();
    m_draggedCamera.reset();
    setTool(Tool::Browse);
    rebuildScene();
    fitToData();
    ensureHeatmap();
}

void MapView::refreshDataset()
{
    const std::optional<LocalProjection> projection =
        m_scene ? std::optional(m_scene->projection) : std::nullopt;
    rebuildScene(projection ? &*projection : nullptr);
    if (!selectedCameraData())
        m_selectedCamera.reset();
    if (!m_scene)
        m_heatmap.reset();
    update();
}

void MapView::cameraEdited(CameraId id, const std::optional<Camera> &before)
{
    if (m_heatmap)
        m_heatmap->updateCamera(id, before);
    update();
}

void MapView::surveyAreasEdited()
{
    if (m_heatmap)
        m_heatmap->rebuild();
    update();
}

void MapView::setNameLanguage(const QString &language)
{
    if (language == m_nameLanguage)
        return;
    m_nameLanguage = language;
    refreshDataset();
}

void MapView::onLayerChanged(MapLayer layer, bool visible)
{
    if (layer == MapLayer::Heatmap && visible)
        ensureHeatmap();
    update();
}

void MapView::ensureHeatmap()
{
    if (m_heatmap || !m_scene || !m_layers->isVisible(MapLayer::Heatmap))
        return;
    // A city of 160,000 cameras takes about half a second.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_heatmap =
        std::make_unique<HeatmapLayer>(*m_dataset, m_scene->projection, m_scene->parameters);
    QApplication::restoreOverrideCursor();
    update();
}

void MapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_layers->retranslate();
        updateAccessibleText();
        // Cluster numbers are written in the new locale.
        m_cameraPainter.clearClusterSprites();
        update();
    }
    QWidget::changeEvent(event);
}

void MapView::rebuildScene(const LocalProjection *keep)
{
    m_scene = m_dataset ? MapScene::build(*m_dataset, m_nameLanguage, keep) : nullptr;
    if (!m_dataset)
        m_baseMap.reset();
    if (!m_scene) {
        m_view.clearProjection();
        return;
    }
    m_view.setProjection(m_scene->projection);
    // The base map and streets are only rebuilt when what they draw changed: an edit of a
    // camera leaves a city's million streets as they were.
    const Dataset &d = *m_dataset;
    const BaseMapKey key{d.streets.edges.size(),
                         d.streets.nodes.size(),
                         d.baseMap.points.size(),
                         d.baseMap.features.size(),
                         d.places.size(),
                         d.streets.nodes.empty() ? LatLon{} : d.streets.nodes.front(),
                         m_scene->projection.origin(),
                         m_nameLanguage};
    if (!m_baseMap || !(key == m_baseMapKey)) {
        m_baseMap = std::make_unique<BaseMapLayer>(d, m_scene->projection, m_nameLanguage);
        m_baseMapKey = key;
    }
}

// The view.

MapViewport MapView::viewport() const
{
    MapViewport view = m_view;
    view.setSize(size());
    return view;
}

LatLon MapView::centre() const
{
    return viewport().centre();
}

QPointF MapView::widgetPosition(LatLon position) const
{
    return viewport().widgetPosition(position);
}

LatLon MapView::positionAt(QPointF widgetPoint) const
{
    return viewport().positionAt(widgetPoint);
}

double MapView::fittedPixelsPerMetre() const
{
    if (!m_scene)
        return 1.0;
    const QSizeF span(std::max(m_scene->boundsMetres.width(), kMinFittedSpanMetres),
                      std::max(m_scene->boundsMetres.height(), kMinFittedSpanMetres));
    return viewport().fittingPixelsPerMetre(span, kFitMarginPixels);
}

double MapView::allowedPixelsPerMetre(double pixelsPerMetre) const
{
    const double least = std::min(fittedPixelsPerMetre() / kMinZoomOutFromFit, kMaxPixelsPerMetre);
    return std::clamp(pixelsPerMetre, least, kMaxPixelsPerMetre);
}

void MapView::setView(QPointF centreMetres, double pixelsPerMetre)
{
    if (!m_scene)
        return;
    const double scale = allowedPixelsPerMetre(pixelsPerMetre);
    // Some data always stays in the widget, so the map cannot be lost off-screen.
    const QRectF bounds =
        m_scene->boundsMetres.adjusted(-width() / 2.0 / scale, -height() / 2.0 / scale,
                                       width() / 2.0 / scale, height() / 2.0 / scale);
    const QPointF centre(std::clamp(centreMetres.x(), bounds.left(), bounds.right()),
                         std::clamp(centreMetres.y(), bounds.top(), bounds.bottom()));
    if (centre == m_view.centreMetres() && scale == m_view.pixelsPerMetre())
        return;
    m_view.setCentre(centre, scale);
    update();
    emit viewChanged();
}

void MapView::setCoveredRect(const QRect &covered)
{
    if (covered == m_view.coveredRect())
        return;
    m_view.setCoveredRect(covered);
    if (m_keepsFitted)
        fitToData();
    else
        update();
}

void MapView::fitToData()
{
    m_keepsFitted = true;
    if (!m_scene) {
        update();
        return;
    }
    // Centred in the part of the widget that no overlay covers.
    const double scale = fittedPixelsPerMetre();
    setView(viewport().fittingCentre(m_scene->boundsMetres.center(), scale), scale);
}

void MapView::zoomBy(double factor, QPointF widgetAnchor)
{
    if (!m_scene || !(factor > 0.0))
        return;
    m_keepsFitted = false;
    const double scale = allowedPixelsPerMetre(m_view.pixelsPerMetre() * factor);
    setView(viewport().centreZoomedAbout(widgetAnchor, scale), scale);
}

void MapView::panByPixels(QPointF delta)
{
    if (!m_scene)
        return;
    m_keepsFitted = false;
    const double scale = m_view.pixelsPerMetre();
    setView(m_view.centreMetres() + QPointF(delta.x(), -delta.y()) / scale, scale);
}

void MapView::showPosition(LatLon position, double pixelsPerMetre)
{
    if (!m_scene || !position.isValid())
        return;
    m_keepsFitted = false;
    setView(m_view.metresOf(position), std::max(pixelsPerMetre, m_view.pixelsPerMetre()));
}


// What is under a point.

bool MapView::clustersCameras() const
{
    return m_scene && m_scene->clustersCameras(viewport());
}

std::optional<StationId> MapView::stationAt(QPointF widgetPoint) const
{
    if (!m_scene || !m_layers->isVisible(MapLayer::Stations))
        return std::nullopt;
    const qreal reach = SymbolMetrics::at(m_view.pixelsPerMetre()).stationRadius + 3.0;
    return m_scene->stationAt(viewport(), widgetPoint, reach);
}

std::optional<CameraId> MapView::cameraAt(QPointF widgetPoint) const
{
    if (!m_scene || !m_layers->isVisible(MapLayer::Cameras))
        return std::nullopt;
    return m_scene->cameraAt(viewport(), widgetPoint);
}

QPointF MapView::selectedCameraMetres() const
{
    const Camera *selected = selectedCameraData();
    if (!m_scene || !selected)
        return {qQNaN(), qQNaN()};
    return m_view.metresOf(selected->position);
}

const Camera *MapView::selectedCameraData() const
{
    return m_selectedCamera && m_dataset ? m_dataset->cameraWithId(*m_selectedCamera) : nullptr;
}

// Painting.

std::vector<const MapOverlay *> MapView::overlaysAt(MapOverlay::Level level) const
{
    std::vector<const MapOverlay *> overlays;
    if (m_routeOverlay)
        overlays.push_back(m_routeOverlay.get());
    for (const QObject *child : children())
        if (const auto *overlay = dynamic_cast<const MapOverlay *>(child))
            overlays.push_back(overlay);
    std::erase_if(overlays, [&](const MapOverlay *overlay) {
        const std::optional<MapLayer> layer = overlay->layer();
        return overlay->level() != level || (layer && !m_layers->isVisible(*layer));
    });
    return overlays;
}

void MapView::paintEvent(QPaintEvent *)
{
    const MapViewport view = viewport();
    {
        QPainter painter(this);
        painter.fillRect(rect(), MapStyle::background());
        m_drawn = {};
        m_cameraPainter.clearDrawn();
        if (m_scene) {
            paintLayers(painter, view);
        } else {
            const QString text =
                m_dataset ? tr("This map pack has nothing with a position to draw.")
                          : tr("No map is open.\nChoose File > Open… to open a map pack, or File "
                               "> Open training city to practise on a fictional city.");
            MapDecorations::paintEmptyState(painter, rect(), text);
        }
        if (hasFocus())
            MapDecorations::paintFocusFrame(painter, rect());
    }
    // Each with a painter of its own in its initial state, as a widget of its own would have.
    for (const MapOverlay *overlay : overlaysAt(MapOverlay::Level::Top)) {
        QPainter painter(this);
        overlay->paint(painter, view);
    }
}

void MapView::paintLayers(QPainter &painter, const MapViewport &view)
{
    painter.setRenderHint(QPainter::Antialiasing);
    const MapScene &scene = *m_scene;
    const SymbolMetrics metrics = SymbolMetrics::at(view.pixelsPerMetre());
    m_cameraPainter.begin(metrics.symbolSize, devicePixelRatioF());
    const MapLayers &layers = *m_layers;

    // Bottom to top: the ground, what covers it, then the network, then what sits on it.
    const BaseMapLayer::View ground{view.toWidget(QPointF(0, 0)), view.pixelsPerMetre(),
                                    view.visibleMetres(SymbolMetrics::kClipMarginPixels),
                                    QRectF(view.rect())};
    if (m_baseMap && layers.isVisible(MapLayer::BaseMap))
        m_baseMap->paintGround(painter, ground);
    if (layers.isVisible(MapLayer::Heatmap)) {
        ensureHeatmap();
        if (m_heatmap)
            m_heatmap->paint(painter, view.rect(), view.pixelsPerMetre(),
                             view.toWidget(QPointF(0, 0)));
    }
    if (m_baseMap && layers.isVisible(MapLayer::Streets))
        m_drawn.streets = m_baseMap->paintStreets(painter, ground);
    if (m_baseMap && layers.isVisible(MapLayer::BaseMap)) {
        std::vector<QRectF> occupied;
        m_baseMap->paintLabels(painter, ground, occupied);
    }
    if (layers.isVisible(MapLayer::SurveyAreas))
        m_networkPainter.paintSurveyAreas(painter, scene, view);
    if (layers.isVisible(MapLayer::MetroLines))
        m_networkPainter.paintLines(painter, scene, view, metrics.lineWidth);
    if (layers.isVisible(MapLayer::CoverageSectors))
        m_cameraPainter.paintSectors(painter, scene, view);
    const bool stations = layers.isVisible(MapLayer::Stations);
    if (stations)
        m_networkPainter.paintEntrances(painter, scene, view);
    // Single symbols lie under the stations; clusters, being few and large, above them, where
    // their numbers stay legible. Station names avoid the clusters and overlays' words.
    const bool cameras = layers.isVisible(MapLayer::Cameras);
    const bool clustered = scene.clustersCameras(view);
    std::vector<QRectF> avoid;
    if (cameras && !clustered)
        m_cameraPainter.paintCameras(painter, scene, view);
    if (stations)
        m_drawn.stations = m_networkPainter.paintStations(painter, scene, view,
                                                          metrics.stationRadius,
                                                          devicePixelRatioF());
    if (cameras && clustered)
        avoid = m_cameraPainter.paintClusters(painter, scene, view, font());
    if (cameras)
        m_cameraPainter.paintStationBadges(painter, scene, view, metrics.stationRadius);
    for (const MapOverlay *overlay : overlaysAt(MapOverlay::Level::UnderNames)) {
        const std::vector<QRectF> words = overlay->paint(painter, view);
        avoid.insert(avoid.end(), words.begin(), words.end());
    }
    if (stations)
        m_drawn.labels =
            m_networkPainter.paintLabels(painter, scene, view, metrics, font(), avoid);
    paintSelection(painter, view);
    paintSurveyAreaInProgress(painter);
    const double barMetres = MapDecorations::scaleBarMetres(view.pixelsPerMetre(), 60.0);
    MapDecorations::paintScaleBar(painter, view, font(), barMetres, scaleText(barMetres));
    MapDecorations::paintAttribution(painter, view, font(),
                                     ModelText::attribution(m_dataset->header));
    if (showsKeyboardCursor())
        MapDecorations::paintKeyboardCursor(painter, keyboardCursor(), font(), keyboardHint());
}

QString MapView::scaleText(double metres)
{
    const QLocale locale;
    return metres >= 1000 ? tr("%1 km").arg(locale.toString(metres / 1000.0))
                          : tr("%1 m").arg(locale.toString(metres));
}

void MapView::paintSelection(QPainter &painter, const MapViewport &view)
{
    if (!m_selectedCamera || !m_layers->isVisible(MapLayer::Cameras))
        return;
    const QPointF original = view.toWidget(selectedCameraMetres());
    if (std::isnan(original.x()))
        return;
    const FrStatus status = selectedCameraData()->frStatus;
    m_cameraPainter.paintSelection(
        painter, original, m_draggedCamera ? std::optional(m_dragPosition) : std::nullopt, status);
}

void MapView::paintSurveyAreaInProgress(QPainter &painter) const
{
    if (m_tool != Tool::DrawSurveyArea || m_surveyCorners.empty())
        return;
    std::vector<QPointF> corners;
    for (const LatLon &corner : m_surveyCorners)
        corners.push_back(widgetPosition(corner));
    const bool followsPointer = underMouse() || hasMouseTracking();
    MapDecorations::paintSurveyAreaDraft(painter, corners,
                                         followsPointer ? &m_hoverPosition : nullptr);
}

bool MapView::showsKeyboardCursor() const
{
    return m_scene && hasFocus() && (m_pickingPlace || m_tool != Tool::Browse);
}

QString MapView::keyboardHint() const
{
    return m_pickingPlace              ? tr("Enter: pick this place")
           : m_tool == Tool::AddCamera ? tr("Enter: add a camera here")
                                       : tr("Space: corner here, Enter: close");
}

QPointF MapView::keyboardCursor() const
{
    return MapDecorations::keyboardCursor(viewport(), font(), keyboardHint());
}

// The planner: the selected route.

void MapView::setRouteOverlay(std::shared_ptr<const RouteOverlay> overlay)
{
    m_routeOverlay = std::move(overlay);
    updateAccessibleText();
    update();
    emit routeOverlayChanged(m_routeOverlay != nullptr);
}

void MapView::clearRouteOverlay()
{
    if (!m_routeOverlay)
        return;
    m_routeOverlay.reset();
    updateAccessibleText();
    update();
    emit routeOverlayChanged(false);
}
void MapView::updateAccessibleText()
{
    setAccessibleName(tr("Map"));
    const QString keys = tr("Arrow keys move the map, plus and minus zoom, 0 shows all of it. "
                            "Ctrl+Shift+N lists the cameras near its middle in words.");
    QString description;
    if (m_pickingPlace)
        description = tr("Picking a place: move the map with the arrow keys until the place is "
                         "under the cross in the middle, then press Enter. Escape cancels.");
    else if (m_tool == Tool::AddCamera)
        description = tr("Adding cameras: move the map with the arrow keys until the camera's "
                         "place is under the cross in the middle, then press Enter. Escape "
                         "stops.");
    else if (m_tool == Tool::DrawSurveyArea)
        description = tr("Drawing a survey area: move the map with the arrow keys, press Space "
                         "to put a corner under the cross in the middle, Backspace to take the "
                         "last one back, Enter to close the area. Escape cancels.");
    else if (m_routeOverlay)
        description = tr("Cameras, stations and the selected route. Press Enter to read the "
                         "route step by step in the route details.") +
                      QLatin1Char(' ') + keys;
    else
        description = tr("Cameras and stations.") + QLatin1Char(' ') + keys;
    setAccessibleDescription(description);
}

} // namespace blindspot
