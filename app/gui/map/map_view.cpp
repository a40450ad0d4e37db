#include "gui/map/map_view.h"

#include "core/exposure/exposure_model.h"
#include "core/geo/local_projection.h"
#include "gui/map/heatmap_layer.h"
#include "gui/map/map_style.h"
#include "gui/shell/model_text.h"
#include "gui/planner/route_overlay.h"
#include "gui/map/segment_clip.h"

#include <QApplication>
#include <QCursor>
#include <QFontMetricsF>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QLineF>
#include <QLocale>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPinchGesture>
#include <QPolygonF>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <utility>

namespace blindspot {

namespace {

// Zoom levels are in pixels per metre. 0.04 px/m shows a 35 km city across 1400 px; symbol
// sizes grow by one step per doubling from there.
constexpr double kCityPixelsPerMetre = 0.04;
constexpr double kMaxPixelsPerMetre = 16.0; // street level; positions are not more precise
constexpr double kMinZoomOutFromFit = 4.0;  // how far beyond "fit to data" one can zoom out
// Labels from city zoom on: hubs first, then single stations where there is room, in a smaller
// type until this zoom.
constexpr double kLabelsFromPixelsPerMetre = 0.09;
constexpr double kTransferLabelsFromPixelsPerMetre = 0.03;
constexpr double kEntrancesFromPixelsPerMetre = 0.35;
constexpr double kFitMarginPixels = 36.0;
constexpr double kKeyZoomFactor = 1.5;
constexpr double kWheelZoomPerNotch = 1.25; // one 15-degree wheel step (angleDelta 120)
constexpr double kKeyPanShare = 0.2;        // of the widget's width or height per arrow press
// A merge cell is a little larger than a symbol, so symbols never overlap: a calmer city view.
constexpr double kMergeCellShare = 1.1;
// Below this zoom (31 m per pixel, a city of 40 km across the window) cameras are grouped into
// clusters with their number: single symbols would pile up into a carpet that hides how many
// cameras there are. The fictional training city, fitted to a window, stays above it.
constexpr double kClustersBelowPixelsPerMetre = 0.032;
// At any zoom, cameras are clustered when their symbols would cover more than this share of the
// view (a city of 160,000 cameras seen a district at a time).
constexpr double kClustersAboveCoverShare = 0.25;
// Side of a cluster cell: a little more than the largest cluster disc, so discs rarely overlap.
constexpr double kClusterCellPixels = 56.0;
// A cluster's ring shows the shares of the statuses inside in steps of this many to a circle.
constexpr int kClusterRingSteps = 24;
// Coverage sectors are drawn from this zoom on: a 20 m sector is then 14 pixels long.
constexpr double kSectorsFromPixelsPerMetre = 0.7;
// More sectors than this in view would be a grey smear, not information.
constexpr int kMaxSectorsDrawn = 4000;
// A press that moves less than this is a click, not a drag.
constexpr double kClickSlopPixels = 4.0;
// Cluster sprites kept: the clusters of a few hundred views.
constexpr qsizetype kMaxClusterSprites = 4096;
// Polyline vertices closer than this (Manhattan distance, pixels) are merged before stroking.
constexpr double kMinVertexSpacingPixels = 1.5;
// Geometry is clipped to the widget plus this margin, beyond any pen's reach.
constexpr double kClipMarginPixels = 32.0;
// The keyboard's focus on the map: a frame inside its edge, in the focus colour used by the
// route cards and details, wide enough to see at a glance.
const QColor kFocusColour(0x00, 0x72, 0xb2);
constexpr qreal kFocusFrameWidth = 3.0;
// The keyboard cursor, where Enter picks or places: arms of a cross, in pixels.
constexpr qreal kCursorArm = 14.0;
constexpr qreal kCursorGap = 4.0;

int importanceRank(FrStatus status)
{
    const auto &order = MapStyle::kFrStatusesByImportance;
    const auto found = std::find(order.begin(), order.end(), status);
    // A value outside the enum (from a newer file format) is drawn as what it means to us now.
    return found != order.end() ? static_cast<int>(found - order.begin())
                                : importanceRank(FrStatus::Unknown);
}

QPointF metresOf(const LocalProjection &projection, LatLon position)
{
    if (!position.isValid())
        return {qQNaN(), qQNaN()};
    const LocalXY xy = projection.toLocal(position);
    return {xy.xMetres, xy.yMetres};
}

// Cameras inside a station (known by their station only) are one symbol on the station's upper
// right edge, where it covers neither the station nor the line through it.
QPointF badgeCentre(QPointF station, qreal stationRadius)
{
    return station + QPointF(stationRadius * 1.1, -stationRadius * 1.1);
}

// The first of a few round lengths whose bar is at least minPixels long.
double scaleBarMetres(double pixelsPerMetre, double minPixels)
{
    static constexpr std::array<double, 13> kLengths{10,   20,   50,    100,   200,   500,   1000,
                                                     2000, 5000, 10000, 20000, 50000, 100000};
    for (double metres : kLengths)
        if (metres * pixelsPerMetre >= minPixels)
            return metres;
    return kLengths.back();
}

// The runs of `polyline` inside `clip`, appended to `runs`.
void appendClippedRuns(const QPolygonF &polyline, const QRectF &clip, std::vector<QPolygonF> &runs)
{
    bool continuing = false;
    for (qsizetype i = 1; i < polyline.size(); ++i) {
        const std::optional<QLineF> part = clippedSegment(polyline[i - 1], polyline[i], clip);
        if (!part) {
            continuing = false;
            continue;
        }
        // The previous run goes on when this part starts exactly where that one ended.
        if (!continuing || runs.back().constLast() != part->p1())
            runs.push_back(QPolygonF{part->p1()});
        runs.back() << part->p2();
        continuing = part->p2() == polyline[i];
    }
}

// Sutherland-Hodgman: `polygon` cut to `clip`, one side of the rectangle at a time.
QPolygonF clippedPolygon(const QPolygonF &polygon, const QRectF &clip)
{
    const std::array<double, 4> bounds{clip.left(), clip.right(), clip.top(), clip.bottom()};
    QPolygonF out = polygon;
    for (std::size_t side = 0; side < bounds.size(); ++side) {
        const bool alongX = side < 2;
        const bool keepAbove = side % 2 == 0; // left and top keep the greater coordinates
        const auto coordinate = [alongX](QPointF p) { return alongX ? p.x() : p.y(); };
        const auto inside = [&](QPointF p) {
            return keepAbove ? coordinate(p) >= bounds[side] : coordinate(p) <= bounds[side];
        };
        const QPolygonF in = std::exchange(out, {});
        for (qsizetype i = 0; i < in.size(); ++i) {
            const QPointF current = in[i];
            const QPointF previous = in[(i + in.size() - 1) % in.size()];
            if (inside(current) != inside(previous)) {
                const double t = (bounds[side] - coordinate(previous)) /
                                 (coordinate(current) - coordinate(previous));
                out << previous + (current - previous) * t;
            }
            if (inside(current))
                out << current;
        }
    }
    return out;
}

} // namespace

/// The dataset projected to local metres (x east, y north) once, in the shapes painting needs.
struct MapView::Scene {
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
    if (m_selectedCamera && (!m_dataset || indexOf(*m_selectedCamera) >= m_dataset->cameras.size()))
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
        m_clusterSprites.clear();
        update();
    }
    QWidget::changeEvent(event);
}

void MapView::rebuildScene(const LocalProjection *keep)
{
    m_scene.reset();
    if (!m_dataset) {
        m_baseMap.reset();
        return;
    }
    const Dataset &d = *m_dataset;
    const Network &n = d.network;
    const GeoBox bounds = summarize(d).bounds;
    if (!bounds.isValid())
        return;

    auto scene = std::make_unique<Scene>();
    scene->projection = keep ? *keep : LocalProjection(bounds.centre());
    const LocalProjection &projection = scene->projection;
    // The sectors drawn are the ones the exposure model computes, with the dataset's own
    // parameter overrides, on an ordinary day, at the central values.
    const Result<ModelParameters> parameters = parametersFor(d, QStringLiteral("ordinary"));
    scene->parameters =
        isError(parameters) ? ModelParameters::builtIn() : std::get<ModelParameters>(parameters);
    const ExposureModel model(scene->parameters, Bound::Central);
    const QPointF southWest = metresOf(projection, {bounds.south, bounds.west});
    const QPointF northEast = metresOf(projection, {bounds.north, bounds.east});
    scene->boundsMetres = QRectF(southWest, northEast).normalized();

    scene->stations.reserve(n.stations.size());
    for (const Station &station : n.stations)
        scene->stations.push_back(metresOf(projection, station.position));
    const auto stationAt = [&](StationId id) -> std::optional<QPointF> {
        if (indexOf(id) >= scene->stations.size())
            return std::nullopt;
        const QPointF p = scene->stations[indexOf(id)];
        return std::isnan(p.x()) ? std::nullopt : std::optional(p);
    };

    for (const Line &line : n.lines) {
        Scene::LinePath path;
        path.colour = QColor(QRgb(line.colourRgb));
        path.ref = line.ref.trimmed();
        for (StationId id : line.stations)
            if (const auto p = stationAt(id))
                path.metres << *p;
        if (path.metres.size() < 2)
            continue;
        if (line.isRing && path.metres.size() > 2)
            path.metres << path.metres.first();
        path.bounds = path.metres.boundingRect();
        scene->lines.push_back(std::move(path));
    }

    std::vector<bool> labelled(n.stations.size(), false);
    for (const StationComplex &complex : n.complexes) {
        std::vector<std::uint32_t> members;
        QPolygonF positions;
        for (StationId id : complex.stations) {
            if (const auto p = stationAt(id)) {
                members.push_back(indexOf(id));
                positions << *p;
            }
        }
        if (members.empty())
            continue;
        for (std::size_t i = 1; i < members.size(); ++i)
            scene->transfers.emplace_back(members[i - 1], members[i]);
        QString text = complex.name.inLanguage(m_nameLanguage);
        if (text.isEmpty())
            text = n.stations[members.front()].name.inLanguage(m_nameLanguage);
        scene->labels.push_back({text, positions.boundingRect(), members.size() > 1});
        for (std::uint32_t member : members)
            labelled[member] = true;
    }
    for (std::size_t i = 0; i < n.stations.size(); ++i) {
        const QPointF p = scene->stations[i];
        if (labelled[i] || std::isnan(p.x()))
            continue;
        scene->labels.push_back(
            {n.stations[i].name.inLanguage(m_nameLanguage), QRectF(p, p), false});
    }
    std::stable_partition(scene->labels.begin(), scene->labels.end(),
                          [](const Scene::Label &label) { return label.transfer; });

    for (const Entrance &entrance : n.entrances)
        if (entrance.position.isValid())
            scene->entrances.push_back(metresOf(projection, entrance.position));

    // Worst status per station among cameras placed only by their station.
    std::vector<int> badgeRank(n.stations.size(), -1);
    for (const Camera &camera : d.cameras) {
        const int rank = importanceRank(camera.frStatus);
        if (camera.position.isValid()) {
            const QPointF metres = metresOf(projection, camera.position);
            scene->cameras[rank].push_back(metres);
            scene->cameraIds[rank].push_back(camera.id);
            // Street cameras only, as in CameraField: cameras anchored in a station count
            // through their station's zone, not by where they point.
            CoverageSector sector{};
            if (!isSet(camera.anchorStation)) {
                sector = model.coverageOf(camera, {metres.x(), metres.y()});
                scene->longestSectorMetres =
                    std::max(scene->longestSectorMetres, sector.maxRangeMetres);
            }
            scene->sectors[rank].push_back(sector);
        } else if (stationAt(camera.anchorStation)) {
            int &worst = badgeRank[indexOf(camera.anchorStation)];
            worst = worst < 0 ? rank : std::min(worst, rank);
        }
    }
    for (std::size_t i = 0; i < badgeRank.size(); ++i)
        if (badgeRank[i] >= 0)
            scene->stationBadges.push_back(
                {static_cast<std::uint32_t>(i), MapStyle::kFrStatusesByImportance[badgeRank[i]]});

    for (const SurveyArea &area : d.surveyAreas) {
        QPolygonF polygon;
        for (const LatLon &p : area.polygon)
            if (p.isValid())
                polygon << metresOf(projection, p);
        if (polygon.size() >= 3)
            scene->surveyAreas.push_back(std::move(polygon));
    }

    // The base map and streets are only rebuilt when what they draw changed: an edit of a
    // camera leaves a city's million streets as they were.
    const BaseMapKey key{d.streets.edges.size(),
                         d.streets.nodes.size(),
                         d.baseMap.points.size(),
                         d.baseMap.features.size(),
                         d.places.size(),
                         d.streets.nodes.empty() ? LatLon{} : d.streets.nodes.front(),
                         scene->projection.origin(),
                         m_nameLanguage};
    if (!m_baseMap || !(key == m_baseMapKey)) {
        m_baseMap = std::make_unique<BaseMapLayer>(d, scene->projection, m_nameLanguage);
        m_baseMapKey = key;
    }

    m_scene = std::move(scene);
}

LatLon MapView::centre() const
{
    if (!m_scene)
        return {};
    return m_scene->projection.toLatLon({m_centreMetres.x(), m_centreMetres.y()});
}

QPointF MapView::widgetPosition(LatLon position) const
{
    if (!m_scene)
        return {qQNaN(), qQNaN()};
    return toWidget(metresOf(m_scene->projection, position));
}

LatLon MapView::positionAt(QPointF widgetPoint) const
{
    if (!m_scene)
        return {};
    const QPointF metres = toMetres(widgetPoint);
    return m_scene->projection.toLatLon({metres.x(), metres.y()});
}

QPointF MapView::toWidget(QPointF metres) const
{
    return {width() / 2.0 + (metres.x() - m_centreMetres.x()) * m_pixelsPerMetre,
            height() / 2.0 - (metres.y() - m_centreMetres.y()) * m_pixelsPerMetre};
}

QPointF MapView::toMetres(QPointF widgetPoint) const
{
    return {m_centreMetres.x() + (widgetPoint.x() - width() / 2.0) / m_pixelsPerMetre,
            m_centreMetres.y() - (widgetPoint.y() - height() / 2.0) / m_pixelsPerMetre};
}

double MapView::fittedPixelsPerMetre() const
{
    if (!m_scene)
        return 1.0;
    // A dataset of one point still gets a sensible neighbourhood around it.
    const double widthMetres = std::max(m_scene->boundsMetres.width(), 200.0);
    const double heightMetres = std::max(m_scene->boundsMetres.height(), 200.0);
    const QMargins insets = fitInsets();
    const double usableWidth =
        std::max(width() - insets.left() - insets.right() - 2 * kFitMarginPixels, 1.0);
    const double usableHeight =
        std::max(height() - insets.top() - insets.bottom() - 2 * kFitMarginPixels, 1.0);
    return std::min(usableWidth / widthMetres, usableHeight / heightMetres);
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
    if (centre == m_centreMetres && scale == m_pixelsPerMetre)
        return;
    m_centreMetres = centre;
    m_pixelsPerMetre = scale;
    update();
    emit viewChanged();
}

void MapView::setCoveredRect(const QRect &covered)
{
    if (covered == m_coveredRect)
        return;
    m_coveredRect = covered;
    if (m_keepsFitted)
        fitToData();
    else
        update();
}

QMargins MapView::fitInsets() const
{
    const QRect covered = m_coveredRect.intersected(rect());
    if (covered.isEmpty())
        return {};
    // Keep the data beside, above or below the covered part, whichever leaves the larger share
    // of the widget: for a legend in a corner of a wide window, that is beside it.
    const std::array<QMargins, 4> candidates{
        QMargins(covered.right() + 1, 0, 0, 0), QMargins(0, 0, width() - covered.left(), 0),
        QMargins(0, covered.bottom() + 1, 0, 0), QMargins(0, 0, 0, height() - covered.top())};
    const auto share = [this](const QMargins &m) {
        return double(width() - m.left() - m.right()) / std::max(width(), 1) *
               double(height() - m.top() - m.bottom()) / std::max(height(), 1);
    };
    return *std::max_element(
        candidates.begin(), candidates.end(),
        [&](const QMargins &a, const QMargins &b) { return share(a) < share(b); });
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
    const QMargins insets = fitInsets();
    const QPointF insetShift((insets.right() - insets.left()) / 2.0,
                             (insets.top() - insets.bottom()) / 2.0);
    setView(m_scene->boundsMetres.center() + insetShift / scale, scale);
}

void MapView::zoomIn()
{
    zoomBy(kKeyZoomFactor, keyboardZoomAnchor());
}

void MapView::zoomOut()
{
    zoomBy(1.0 / kKeyZoomFactor, keyboardZoomAnchor());
}

void MapView::zoomBy(double factor, QPointF widgetAnchor)
{
    if (!m_scene || !(factor > 0.0))
        return;
    m_keepsFitted = false;
    const QPointF anchorMetres = toMetres(widgetAnchor);
    const double scale = allowedPixelsPerMetre(m_pixelsPerMetre * factor);
    // Solve toWidget(anchorMetres) == widgetAnchor for the new centre.
    const QPointF centre(anchorMetres.x() - (widgetAnchor.x() - width() / 2.0) / scale,
                         anchorMetres.y() + (widgetAnchor.y() - height() / 2.0) / scale);
    setView(centre, scale);
}

void MapView::panByPixels(QPointF delta)
{
    if (!m_scene)
        return;
    m_keepsFitted = false;
    setView(m_centreMetres + QPointF(delta.x(), -delta.y()) / m_pixelsPerMetre, m_pixelsPerMetre);
}

QPointF MapView::keyboardZoomAnchor() const
{
    if (underMouse())
        return mapFromGlobal(QCursor::pos()).toPointF();
    return {width() / 2.0, height() / 2.0};
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_keepsFitted)
        fitToData();
    else
        emit viewChanged();
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(kWheelZoomPerNotch, steps / 120.0), event->position());
    event->accept();
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            // value() is the change of scale since the last event: +0.1 is 10 % larger.
            zoomBy(1.0 + gesture->value(), gesture->position());
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint()));
            gestures->accept(pinch);
            return true;
        }
    }
    return QWidget::event(event);
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    if (m_pickingPlace) { // planner: this click picks a place, nothing else
        m_pickingPlace = false;
        setTool(m_tool); // restores the tool's cursor
        updateAccessibleText();
        event->accept();
        emit placePicked(positionAt(event->position()));
        return;
    }
    m_pressPosition = event->position();
    m_lastDragPosition = event->position();
    m_pressMoved = false;
    // Only the selected camera can be dragged: a camera is never moved by a stray drag meant
    // to pan the map.
    const std::optional<CameraId> hit =
        m_tool == Tool::Browse && m_selectedCamera ? cameraAt(event->position()) : std::nullopt;
    if (hit && hit == m_selectedCamera) {
        m_draggedCamera = hit;
        m_dragPosition = event->position();
        setCursor(Qt::SizeAllCursor);
    } else {
        m_dragging = true;
    }
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_tool == Tool::DrawSurveyArea) {
        m_hoverPosition = event->position();
        update();
    }
    if (!(event->buttons() & Qt::LeftButton) || (!m_dragging && !m_draggedCamera)) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    if (QLineF(event->position(), m_pressPosition).length() >= kClickSlopPixels)
        m_pressMoved = true;
    if (m_draggedCamera) {
        m_dragPosition = event->position();
        update();
    } else if (m_pressMoved) {
        setCursor(Qt::ClosedHandCursor);
        // The ground follows the pointer, so the view moves the other way.
        panByPixels(m_lastDragPosition - event->position());
        m_lastDragPosition = event->position();
    }
    event->accept();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || (!m_dragging && !m_draggedCamera)) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    if (QLineF(event->position(), m_pressPosition).length() >= kClickSlopPixels)
        m_pressMoved = true;
    const bool click = !m_pressMoved;
    const std::optional<CameraId> dragged = std::exchange(m_draggedCamera, std::nullopt);
    m_dragging = false;
    setTool(m_tool); // restores the tool's cursor
    event->accept();
    if (std::exchange(m_ignoreRelease, false))
        return;
    if (dragged && !click) {
        update();
        emit cameraDragged(*dragged, positionAt(event->position()));
        return;
    }
    if (click)
        handleClick(event->position());
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    // The first click of the pair has already been handled; the release after this event
    // belongs to the double-click.
    m_ignoreRelease = true;
    m_dragging = true;
    m_pressPosition = event->position();
    m_pressMoved = false;
    if (m_tool == Tool::DrawSurveyArea)
        finishSurveyArea();
    else if (m_tool == Tool::Browse)
        zoomBy(2.0, event->position());
    event->accept();
}

void MapView::handleClick(QPointF widgetPoint)
{
    if (!m_scene)
        return;
    switch (m_tool) {
    case Tool::AddCamera:
        emit addCameraRequested(positionAt(widgetPoint));
        return;
    case Tool::DrawSurveyArea:
        m_surveyCorners.push_back(positionAt(widgetPoint));
        m_hoverPosition = widgetPoint;
        update();
        return;
    case Tool::Browse:
        break;
    }
    if (const std::optional<CameraId> camera = cameraAt(widgetPoint)) {
        setSelectedCamera(camera);
        emit cameraClicked(*camera);
    } else if (const std::optional<QPointF> cluster = clusterAt(widgetPoint)) {
        // Into the cluster, far enough that it starts to fall apart.
        const QPointF at = toWidget(*cluster);
        zoomBy(2.5, at);
        panByPixels(at - QPointF(width() / 2.0, height() / 2.0));
    } else {
        emit emptyPlaceClicked();
    }
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (m_pickingPlace && event->key() == Qt::Key_Escape) { // planner: cancel picking
        cancelPickPlace();
        event->accept();
        return;
    }
    const double stepX = width() * kKeyPanShare;
    const double stepY = height() * kKeyPanShare;
    if (m_tool == Tool::DrawSurveyArea && event->key() >= Qt::Key_Left &&
        event->key() <= Qt::Key_Down)
        m_hoverPosition = keyboardCursor(); // the next corner's line follows the cursor
    switch (event->key()) {
    case Qt::Key_Left:
        panByPixels({-stepX, 0});
        break;
    case Qt::Key_Right:
        panByPixels({stepX, 0});
        break;
    case Qt::Key_Up:
        panByPixels({0, -stepY});
        break;
    case Qt::Key_Down:
        panByPixels({0, stepY});
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: // "+" without Shift on most layouts
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        fitToData();
        break;
    case Qt::Key_Escape:
        if (m_tool == Tool::Browse) {
            QWidget::keyPressEvent(event);
            return;
        }
        setTool(Tool::Browse);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Without a mouse: the place under the keyboard cursor, in the middle of the map.
        if (m_pickingPlace && m_scene) {
            m_pickingPlace = false;
            setTool(m_tool); // restores the tool's cursor
            updateAccessibleText();
            emit placePicked(positionAt(keyboardCursor()));
            break;
        }
        if (m_tool == Tool::DrawSurveyArea) {
            finishSurveyArea();
            break;
        }
        if (m_tool == Tool::AddCamera && m_scene) {
            emit addCameraRequested(positionAt(keyboardCursor()));
            break;
        }
        if (m_tool == Tool::Browse && !m_pickingPlace && m_routeOverlay) {
            emit routeTextRequested();
            break;
        }
        QWidget::keyPressEvent(event);
        return;
    case Qt::Key_Space:
        if (m_tool != Tool::DrawSurveyArea || m_pickingPlace || !m_scene) {
            QWidget::keyPressEvent(event);
            return;
        }
        m_surveyCorners.push_back(positionAt(keyboardCursor()));
        m_hoverPosition = keyboardCursor();
        update();
        break;
    case Qt::Key_Backspace:
        if (m_tool != Tool::DrawSurveyArea || m_surveyCorners.empty()) {
            QWidget::keyPressEvent(event);
            return;
        }
        m_surveyCorners.pop_back();
        update();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

MapView::SymbolMetrics MapView::symbolMetrics() const
{
    // One symbol-size step per doubling of the zoom, within readable limits.
    const double zoomSteps = std::log2(m_pixelsPerMetre / kCityPixelsPerMetre);
    SymbolMetrics m;
    m.stationRadius = std::clamp(3.5 + 0.8 * zoomSteps, 3.0, 8.0);
    m.lineWidth = std::clamp(m.stationRadius * 1.1, 3.0, 9.0);
    // Half-pixel steps, so that the symbol pixmaps are not re-rendered on every zoom step.
    m.symbolSize = std::round(2.0 * std::clamp(7.0 + 1.0 * zoomSteps, 7.0, 13.0)) / 2.0;
    return m;
}

bool MapView::clustersCameras() const
{
    if (!m_scene)
        return false;
    if (m_pixelsPerMetre < kClustersBelowPixelsPerMetre)
        return true;
    const double cell = symbolMetrics().symbolSize * kMergeCellShare;
    return double(visibleCameraCount(cell)) * cell * cell >
           kClustersAboveCoverShare * width() * height();
}

qsizetype MapView::visibleCameraCount(qreal marginPixels) const
{
    const QRectF view = viewMetres(marginPixels);
    qsizetype count = 0;
    for (const std::vector<QPointF> &cameras : m_scene->cameras)
        count += std::count_if(cameras.begin(), cameras.end(),
                               [&](const QPointF &p) { return view.contains(p); });
    return count;
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), MapStyle::background());
    m_drawn = {};
    if (!m_scene) {
        paintEmptyState(painter);
        paintFocusFrame(painter);
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);

    const SymbolMetrics metrics = symbolMetrics();
    const qreal stationRadius = metrics.stationRadius;
    const qreal symbolSize = metrics.symbolSize;
    prepareSprites(symbolSize);
    const MapLayers &layers = *m_layers;

    // Bottom to top: the ground, what covers it, then the network, then what sits on it.
    const BaseMapLayer::View ground{toWidget(QPointF(0, 0)), m_pixelsPerMetre,
                                    viewMetres(kClipMarginPixels), QRectF(rect())};
    if (m_baseMap && layers.isVisible(MapLayer::BaseMap))
        m_baseMap->paintGround(painter, ground);
    if (layers.isVisible(MapLayer::Heatmap)) {
        ensureHeatmap();
        if (m_heatmap)
            m_heatmap->paint(painter, rect(), m_pixelsPerMetre, toWidget(QPointF(0, 0)));
    }
    if (m_baseMap && layers.isVisible(MapLayer::Streets))
        m_drawn.streets = m_baseMap->paintStreets(painter, ground);
    if (m_baseMap && layers.isVisible(MapLayer::BaseMap)) {
        std::vector<QRectF> occupied;
        m_baseMap->paintLabels(painter, ground, occupied);
    }
    if (layers.isVisible(MapLayer::SurveyAreas))
        paintSurveyAreas(painter);
    if (layers.isVisible(MapLayer::MetroLines))
        paintLines(painter, metrics.lineWidth);
    if (layers.isVisible(MapLayer::CoverageSectors) &&
        m_pixelsPerMetre >= kSectorsFromPixelsPerMetre)
        paintSectors(painter);
    const bool stations = layers.isVisible(MapLayer::Stations);
    if (stations && m_pixelsPerMetre >= kEntrancesFromPixelsPerMetre)
        paintEntrances(painter);
    // Single symbols lie under the stations; clusters, being few and large, above them, where
    // their numbers stay legible.
    const bool cameras = layers.isVisible(MapLayer::Cameras);
    const bool clustered = clustersCameras();
    m_clusterBoxes.clear();
    if (cameras && !clustered)
        paintCameras(painter, m_sprites, symbolSize * kMergeCellShare, symbolSize);
    if (stations)
        paintStations(painter, stationRadius);
    if (cameras && clustered)
        paintClusters(painter, symbolSize);
    if (cameras)
        paintStationBadges(painter, symbolSize, stationRadius);
    if (m_routeOverlay && layers.isVisible(MapLayer::Route)) { // planner: the selected route
        const std::vector<QRectF> chances = m_routeOverlay->paint(painter, *this);
        m_clusterBoxes.insert(m_clusterBoxes.end(), chances.begin(), chances.end());
    }
    if (stations && m_pixelsPerMetre >= kTransferLabelsFromPixelsPerMetre)
        paintLabels(painter, stationRadius, symbolSize);
    paintSelection(painter, symbolSize);
    paintSurveyAreaInProgress(painter);
    paintScaleBar(painter);
    paintAttribution(painter);
    paintKeyboardCursor(painter);
    paintFocusFrame(painter);
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

QRectF MapView::keyboardHintRect(QPointF cursor) const
{
    QFont bold = font();
    bold.setBold(true);
    QRectF box(QPointF(0, 0),
               QFontMetricsF(bold).size(Qt::TextSingleLine, keyboardHint()) + QSizeF(10, 4));
    box.moveTopLeft(cursor + QPointF(kCursorArm + 4, kCursorArm / 2));
    return box;
}

QPointF MapView::keyboardCursor() const
{
    const QRectF whole(rect());
    const QPointF middle = whole.center();
    const QRectF covered = QRectF(m_coveredRect).intersected(whole);
    // The cross and the words beside it.
    const QRectF drawn =
        QRectF(middle - QPointF(kCursorArm, kCursorArm), QSizeF(2 * kCursorArm, 2 * kCursorArm))
            .united(keyboardHintRect(middle));
    if (covered.isEmpty() || !covered.intersects(drawn))
        return middle;
    // The legend is in the way: the middle of the largest part of the map it leaves free.
    const std::array<QRectF, 4> free{
        QRectF(whole.left(), whole.top(), whole.width(), covered.top() - whole.top()),
        QRectF(covered.right(), whole.top(), whole.right() - covered.right(), whole.height()),
        QRectF(whole.left(), covered.bottom(), whole.width(), whole.bottom() - covered.bottom()),
        QRectF(whole.left(), whole.top(), covered.left() - whole.left(), whole.height())};
    const QRectF *largest = &free.front();
    for (const QRectF &part : free)
        if (part.width() * part.height() > largest->width() * largest->height())
            largest = &part;
    // Whole pixels: the cross is drawn without antialiasing.
    return QPointF(std::round(largest->center().x()), std::round(largest->center().y()));
}

void MapView::paintFocusFrame(QPainter &painter) const
{
    if (!hasFocus())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(
        QPen(kFocusColour, kFocusFrameWidth, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    const qreal half = kFocusFrameWidth / 2.0;
    painter.drawRect(QRectF(rect()).adjusted(half, half, -half, -half));
    painter.restore();
}

void MapView::paintKeyboardCursor(QPainter &painter) const
{
    if (!showsKeyboardCursor())
        return;
    const QPointF c = keyboardCursor();
    const std::array<QLineF, 4> arms{QLineF(c.x() - kCursorArm, c.y(), c.x() - kCursorGap, c.y()),
                                     QLineF(c.x() + kCursorGap, c.y(), c.x() + kCursorArm, c.y()),
                                     QLineF(c.x(), c.y() - kCursorArm, c.x(), c.y() - kCursorGap),
                                     QLineF(c.x(), c.y() + kCursorGap, c.x(), c.y() + kCursorArm)};
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    // Dark on a light casing: seen on water, parks and the heatmap alike.
    painter.setPen(QPen(Qt::white, 5.0, Qt::SolidLine, Qt::SquareCap));
    painter.drawLines(arms.data(), int(arms.size()));
    painter.setPen(QPen(MapStyle::labelText(), 2.0, Qt::SolidLine, Qt::SquareCap));
    painter.drawLines(arms.data(), int(arms.size()));
    // What Enter does here, beside the cross.
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const QRectF box = keyboardHintRect(c);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(MapStyle::labelText());
    painter.drawText(box, Qt::AlignCenter, keyboardHint());
    painter.restore();
}

void MapView::paintEmptyState(QPainter &painter) const
{
    const QString text =
        m_dataset ? tr("This map pack has nothing with a position to draw.")
                  : tr("No map is open.\nChoose File > Open… to open a map pack, or File > Open "
                       "training city to practise on a fictional city.");
    painter.setPen(MapStyle::labelText());
    painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, text);
}

QRectF MapView::clipRect(qreal marginPixels) const
{
    return QRectF(rect()).adjusted(-marginPixels, -marginPixels, marginPixels, marginPixels);
}

void MapView::paintSurveyAreas(QPainter &painter) const
{
    if (m_scene->surveyAreas.empty())
        return;
    painter.save();
    MapStyle::setSurveyAreaStyle(painter);
    const QRectF clip = clipRect(kClipMarginPixels);
    QPolygonF polygon;
    for (const QPolygonF &area : m_scene->surveyAreas) {
        polygon.resize(area.size());
        for (qsizetype i = 0; i < area.size(); ++i)
            polygon[i] = toWidget(area[i]);
        if (!polygon.boundingRect().intersects(clip))
            continue;
        const QPolygonF visible = clippedPolygon(polygon, clip);
        if (visible.size() >= 3)
            painter.drawPolygon(visible);
    }
    painter.restore();
}

void MapView::paintLines(QPainter &painter, qreal width) const
{
    const QRectF clip = clipRect(kClipMarginPixels);
    struct Run {
        QColor colour;
        QPolygonF points;
    };
    std::vector<Run> runs;
    std::vector<QPolygonF> pieces;
    QPolygonF polyline;
    for (const Scene::LinePath &line : m_scene->lines) {
        // Widened by the pen, so that a perfectly straight line (an empty box) still counts.
        const QRectF bounds =
            QRectF(toWidget(line.bounds.topLeft()), toWidget(line.bounds.bottomRight()))
                .normalized()
                .adjusted(-width, -width, width, width);
        if (!bounds.intersects(clip))
            continue;
        // Points closer than a pixel to the last one kept add nothing visible but stroking
        // cost: a city seen whole has many to a pixel.
        polyline.clear();
        for (qsizetype i = 0; i < line.metres.size(); ++i) {
            const QPointF p = toWidget(line.metres[i]);
            if (polyline.isEmpty() || i + 1 == line.metres.size() ||
                std::abs(p.x() - polyline.constLast().x()) +
                        std::abs(p.y() - polyline.constLast().y()) >=
                    kMinVertexSpacingPixels)
                polyline << p;
        }
        pieces.clear();
        appendClippedRuns(polyline, clip, pieces);
        for (QPolygonF &piece : pieces)
            runs.push_back({line.colour, std::move(piece)});
    }
    // All casings first, so that where lines cross each still has its white edge. Each segment
    // is stroked alone with round caps: with opaque pens that looks exactly like a polyline with
    // round joins, and Qt's raster engine strokes single lines several times faster.
    const auto strokeSegments = [&painter](const QPolygonF &points) {
        for (qsizetype i = 1; i < points.size(); ++i)
            painter.drawLine(points[i - 1], points[i]);
    };
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::white, width + 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const Run &run : runs)
        strokeSegments(run.points);
    for (const Run &run : runs) {
        painter.setPen(QPen(run.colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        strokeSegments(run.points);
    }
}

void MapView::paintStations(QPainter &painter, qreal radius)
{
    const QRectF view = QRectF(rect()).adjusted(-radius, -radius, radius, radius);
    const auto &stations = m_scene->stations;
    const QRectF clip = clipRect(kClipMarginPixels);
    std::vector<QLineF> transfers;
    for (const auto &[from, to] : m_scene->transfers)
        if (const auto visible =
                clippedSegment(toWidget(stations[from]), toWidget(stations[to]), clip))
            transfers.push_back(*visible);
    for (const QLineF &transfer : transfers)
        MapStyle::paintTransferCasing(painter, transfer.p1(), transfer.p2(), radius);
    // One pre-rendered disc stamped in a batch: a city's 300 stations cost a tenth of drawing
    // each circle.
    const qreal ratio = devicePixelRatioF();
    if (m_stationSprite.isNull() || m_stationSpriteRadius != radius ||
        m_stationSprite.devicePixelRatio() != ratio) {
        m_stationSprite = MapStyle::stationSprite(radius, ratio);
        m_stationSpriteRadius = radius;
    }
    const QRectF source(QPointF(0, 0), m_stationSprite.size());
    std::vector<QPainter::PixmapFragment> fragments;
    for (const QPointF &metres : stations) {
        const QPointF p = toWidget(metres);
        if (!view.contains(p))
            continue;
        fragments.push_back(QPainter::PixmapFragment::create(p, source, 1.0 / ratio, 1.0 / ratio));
        ++m_drawn.stations;
    }
    painter.drawPixmapFragments(fragments.data(), static_cast<int>(fragments.size()),
                                m_stationSprite);
    for (const QLineF &transfer : transfers)
        MapStyle::paintTransferFill(painter, transfer.p1(), transfer.p2(), radius);
}

void MapView::paintEntrances(QPainter &painter) const
{
    const qreal size = std::clamp(4.0 + m_pixelsPerMetre * 2.0, 5.0, 8.0);
    const QRectF view = QRectF(rect()).adjusted(-size, -size, size, size);
    for (const QPointF &metres : m_scene->entrances) {
        const QPointF p = toWidget(metres);
        if (view.contains(p))
            MapStyle::paintEntrance(painter, p, size);
    }
}

void MapView::prepareSprites(qreal symbolSize)
{
    const qreal ratio = devicePixelRatioF();
    if (symbolSize == m_spriteSize && ratio == m_spriteRatio && !m_sprites.empty())
        return;
    m_sprites.clear();
    m_clusterSprites.clear();
    for (FrStatus status : MapStyle::kFrStatusesByImportance)
        m_sprites.push_back(MapStyle::cameraSprite(status, symbolSize, ratio));
    m_spriteSize = symbolSize;
    m_spriteRatio = ratio;
}

QRectF MapView::viewMetres(qreal marginPixels) const
{
    // QRectF's "top" is the southern edge here: y grows northwards.
    return QRectF(toMetres(QPointF(-marginPixels, height() + marginPixels)),
                  toMetres(QPointF(width() + marginPixels, -marginPixels)))
        .normalized();
}

void MapView::paintCameras(QPainter &painter, const std::vector<QPixmap> &sprites, qreal cellPixels,
                           qreal marginPixels)
{
    const qreal ratio = m_spriteRatio;
    const QRectF view = viewMetres(marginPixels);

    // Cells aligned to the ground, not the widget, so that panning does not reshuffle which
    // camera of a cluster is shown.
    const double cellMetres = cellPixels / m_pixelsPerMetre;
    const double originColumn = std::floor(view.left() / cellMetres);
    const double originRow = std::floor(view.top() / cellMetres);
    const int columns = static_cast<int>(std::ceil(view.width() / cellMetres)) + 2;
    const int rows = static_cast<int>(std::ceil(view.height() / cellMetres)) + 2;
    m_mergeCells.assign(static_cast<std::size_t>(columns) * rows, 0);

    std::array<std::vector<QPainter::PixmapFragment>, 4> fragments;
    for (std::size_t rank = 0; rank < fragments.size(); ++rank) {
        const QRectF source(QPointF(0, 0), sprites[rank].size());
        for (const QPointF &metres : m_scene->cameras[rank]) {
            if (!view.contains(metres))
                continue;
            const auto column =
                static_cast<int>(std::floor(metres.x() / cellMetres) - originColumn);
            const auto row = static_cast<int>(std::floor(metres.y() / cellMetres) - originRow);
            std::uint8_t &cell = m_mergeCells[static_cast<std::size_t>(row) * columns + column];
            if (cell) {
                m_drawn.camerasMerged = true;
                continue;
            }
            cell = 1;
            fragments[rank].push_back(QPainter::PixmapFragment::create(toWidget(metres), source,
                                                                       1.0 / ratio, 1.0 / ratio));
        }
    }
    // Least important first, so the most important status ends up on top.
    for (std::size_t rank = fragments.size(); rank-- > 0;) {
        painter.drawPixmapFragments(fragments[rank].data(),
                                    static_cast<int>(fragments[rank].size()), sprites[rank]);
        m_drawn.cameraSymbols += static_cast<int>(fragments[rank].size());
    }
}

void MapView::paintStationBadges(QPainter &painter, qreal symbolSize, qreal stationRadius)
{
    const qreal ratio = m_spriteRatio;
    const QRectF view = QRectF(rect()).adjusted(-symbolSize, -symbolSize, symbolSize, symbolSize);
    for (const Scene::StationBadge &badge : m_scene->stationBadges) {
        const QPointF p = badgeCentre(toWidget(m_scene->stations[badge.station]), stationRadius);
        if (!view.contains(p))
            continue;
        const QPixmap &sprite = m_sprites[importanceRank(badge.status)];
        painter.drawPixmap(p - QPointF(sprite.width(), sprite.height()) / (2.0 * ratio), sprite);
        ++m_drawn.cameraSymbols;
    }
}

void MapView::paintLabels(QPainter &painter, qreal stationRadius, qreal symbolSize)
{
    const bool fullSize = m_pixelsPerMetre >= kLabelsFromPixelsPerMetre;
    QFont labelFont = font();
    QFont transferFont = labelFont;
    transferFont.setWeight(QFont::DemiBold);
    const QFontMetricsF labelMetrics(labelFont);
    const QFontMetricsF transferMetrics(transferFont);
    const qreal gap = stationRadius + 3.0;
    const QRectF bounds = rect();

    // Stations and their camera symbols are obstacles too: a label never hides either.
    std::vector<QRectF> taken;
    const QSizeF stationBox(2 * stationRadius, 2 * stationRadius);
    for (const QPointF &metres : m_scene->stations) {
        const QPointF p = toWidget(metres);
        if (bounds.contains(p))
            taken.emplace_back(p - QPointF(stationRadius, stationRadius), stationBox);
    }
    if (!m_coveredRect.isEmpty())
        taken.emplace_back(m_coveredRect);
    taken.insert(taken.end(), m_clusterBoxes.begin(), m_clusterBoxes.end());
    const QSizeF badgeBox(symbolSize, symbolSize);
    for (const Scene::StationBadge &badge : m_scene->stationBadges) {
        const QPointF p = badgeCentre(toWidget(m_scene->stations[badge.station]), stationRadius);
        if (bounds.contains(p))
            taken.emplace_back(p - QPointF(symbolSize, symbolSize) / 2.0, badgeBox);
    }
    const auto isFree = [&](const QRectF &box) {
        return bounds.contains(box) &&
               std::none_of(taken.begin(), taken.end(),
                            [&](const QRectF &other) { return other.intersects(box); });
    };

    // Each line's number in a badge of its colour, where the cards and steps name it ("line 7"):
    // halfway along one of its middle segments, or the next free one outwards.
    QFont badgeFont = font();
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
    badgeFont.setBold(true);
    const QFontMetricsF badgeMetrics(badgeFont);
    painter.setFont(badgeFont);
    for (const Scene::LinePath &line : m_scene->lines) {
        if (line.ref.isEmpty() || line.ref.size() > 4)
            continue; // a long name on the line would hide it; the legend of lines has it
        const QSizeF size(std::max(badgeMetrics.horizontalAdvance(line.ref) + 8.0,
                                   badgeMetrics.height() + 2.0),
                          badgeMetrics.height() + 2.0);
        const qsizetype segments = line.metres.size() - 1;
        for (qsizetype k = 0; k < segments; ++k) {
            // 0, +1, -1, +2, ... from the middle segment.
            const qsizetype offset = (k + 1) / 2 * (k % 2 == 1 ? 1 : -1);
            const qsizetype i = segments / 2 + offset;
            if (i < 0 || i >= segments)
                continue;
            const QPointF middle =
                (toWidget(line.metres[i]) + toWidget(line.metres[i + 1])) / 2.0;
            const QRectF box(middle - QPointF(size.width(), size.height()) / 2.0, size);
            if (!isFree(box))
                continue;
            painter.setPen(QPen(QColor(255, 255, 255), 1.5));
            painter.setBrush(line.colour);
            painter.drawRoundedRect(box, 3.0, 3.0);
            // Dark text on light colours (yellow, light green), white on the rest.
            painter.setPen(qGray(line.colour.rgb()) > 150 ? QColor(0x1a, 0x1a, 0x1a)
                                                          : QColor(255, 255, 255));
            painter.drawText(box, Qt::AlignCenter, line.ref);
            taken.push_back(box.adjusted(-2, -2, 2, 2));
            break;
        }
    }
    painter.setBrush(Qt::NoBrush);

    // Text with a white halo rather than on a box: camera symbols under a label stay visible.
    const QColor halo(255, 255, 255);
    static constexpr std::array<QPointF, 8> kHaloOffsets{
        QPointF(-1.2, -1.2), QPointF(0, -1.6),   QPointF(1.2, -1.2), QPointF(-1.6, 0),
        QPointF(1.6, 0),     QPointF(-1.2, 1.2), QPointF(0, 1.6),    QPointF(1.2, 1.2)};
    // Zoomed out, single stations are named too where there is room, in a smaller type: a new
    // user must be able to read the names to type into From and To.
    QFont smallFont = labelFont;
    smallFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    const QFontMetricsF smallMetrics(smallFont);
    for (const Scene::Label &label : m_scene->labels) {
        if (label.text.isEmpty())
            continue;
        const QRectF anchor = QRectF(toWidget(label.anchorMetres.topLeft()),
                                     toWidget(label.anchorMetres.bottomRight()))
                                  .normalized()
                                  .adjusted(-gap, -gap, gap, gap);
        if (!anchor.intersects(bounds))
            continue;
        const QFont &labelFontUsed =
            label.transfer ? transferFont : fullSize ? labelFont : smallFont;
        const QFontMetricsF &metrics =
            label.transfer ? transferMetrics : fullSize ? labelMetrics : smallMetrics;
        const QSizeF size(metrics.horizontalAdvance(label.text), metrics.height());
        const qreal middleY = anchor.center().y() - size.height() / 2.0;
        const qreal middleX = anchor.center().x() - size.width() / 2.0;
        // Right of the station reads most naturally; then left, above and below.
        const std::array<QRectF, 4> candidates{
            QRectF(QPointF(anchor.right(), middleY), size),
            QRectF(QPointF(anchor.left() - size.width(), middleY), size),
            QRectF(QPointF(middleX, anchor.top() - size.height()), size),
            QRectF(QPointF(middleX, anchor.bottom()), size)};
        const auto chosen = std::find_if(candidates.begin(), candidates.end(), isFree);
        if (chosen == candidates.end())
            continue;
        taken.push_back(chosen->adjusted(-4, -2, 4, 2));
        // The halo is the text drawn around itself in white: glyphs come from Qt's cache, where
        // stroking outlines (QPainterPath::addText) costs a millisecond per label.
        const QPointF baseline(chosen->left(), chosen->top() + metrics.ascent());
        painter.setFont(labelFontUsed);
        painter.setPen(halo);
        for (const QPointF &offset : kHaloOffsets)
            painter.drawText(baseline + offset, label.text);
        painter.setPen(MapStyle::labelText());
        painter.drawText(baseline, label.text);
        ++m_drawn.labels;
    }
    painter.setFont(font());
}

void MapView::paintScaleBar(QPainter &painter) const
{
    const double metres = scaleBarMetres(m_pixelsPerMetre, 60.0);
    const qreal length = metres * m_pixelsPerMetre;
    const QLocale locale;
    const QString text = metres >= 1000 ? tr("%1 km").arg(locale.toString(metres / 1000.0))
                                        : tr("%1 m").arg(locale.toString(metres));
    const QFontMetricsF metrics(font());
    const qreal right = width() - 16.0;
    const qreal baseline = height() - 16.0 - metrics.height();
    const QRectF box(right - length - 8, baseline - metrics.height() - 8, length + 16,
                     metrics.height() + 14);

    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRoundedRect(box, 3.0, 3.0);
    painter.setPen(QPen(MapStyle::labelText(), 1.5));
    const QPointF left(right - length, baseline);
    const QPointF end(right, baseline);
    painter.drawLine(left, end);
    painter.drawLine(left, left - QPointF(0, 5));
    painter.drawLine(end, end - QPointF(0, 5));
    painter.drawText(QRectF(left.x(), box.top() + 2, length, metrics.height()), Qt::AlignCenter,
                     text);
    painter.restore();
}

void MapView::paintAttribution(QPainter &painter) const
{
    const QString attribution = ModelText::attribution(m_dataset->header);
    if (attribution.isEmpty())
        return;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetricsF metrics(small);
    const qreal maxWidth = width() * 0.5;
    const QString text = metrics.elidedText(attribution, Qt::ElideRight, maxWidth);
    const QSizeF size(metrics.horizontalAdvance(text) + 8, metrics.height() + 2);
    const QRectF box(QPointF(width() - size.width() - 4, height() - size.height() - 4), size);
    painter.save();
    painter.setFont(small);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRect(box);
    painter.setPen(MapStyle::labelText());
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

namespace {

QString clusterLabelFor(int count)
{
    const QLocale locale;
    if (count < 1000)
        return locale.toString(count);
    // Thousands, so that a disc stays small: "1.2k", "37k".
    if (count < 10000)
        return MapView::tr("%1k").arg(locale.toString(std::floor(count / 100.0) / 10.0, 'f', 1));
    return MapView::tr("%1k").arg(locale.toString(count / 1000));
}

QPainterPath sectorPath(const CoverageSector &sector, QPointF apex, double pixelsPerMetre)
{
    const qreal outer = sector.maxRangeMetres * pixelsPerMetre;
    const qreal inner = std::max(0.0, sector.minRangeMetres) * pixelsPerMetre;
    QPainterPath path;
    if (sector.fovDegrees >= 360.0) {
        path.setFillRule(Qt::OddEvenFill);
        path.addEllipse(apex, outer, outer);
        if (inner > 0.0)
            path.addEllipse(apex, inner, inner);
        return path;
    }
    // QPainterPath measures angles anticlockwise from three o'clock; headings run clockwise
    // from north. The sector spans heading -+ fov/2.
    const qreal start = 90.0 - (sector.headingDegrees + sector.fovDegrees / 2.0);
    const QRectF outerBox(apex - QPointF(outer, outer), QSizeF(2 * outer, 2 * outer));
    const QRectF innerBox(apex - QPointF(inner, inner), QSizeF(2 * inner, 2 * inner));
    path.arcMoveTo(outerBox, start);
    path.arcTo(outerBox, start, sector.fovDegrees);
    if (inner > 0.0)
        path.arcTo(innerBox, start + sector.fovDegrees, -sector.fovDegrees);
    else
        path.lineTo(apex);
    path.closeSubpath();
    return path;
}

} // namespace

void MapView::setTool(Tool tool)
{
    const bool changed = tool != m_tool;
    m_tool = tool;
    if (changed)
        m_surveyCorners.clear();
    setMouseTracking(tool == Tool::DrawSurveyArea);
    if (tool == Tool::Browse)
        unsetCursor();
    else
        setCursor(Qt::CrossCursor);
    if (changed) {
        update();
        updateAccessibleText();
        emit toolChanged(tool);
    }
}

void MapView::setSelectedCamera(std::optional<CameraId> camera)
{
    if (camera == m_selectedCamera)
        return;
    m_selectedCamera = camera;
    update();
}

void MapView::finishSurveyArea()
{
    if (m_tool != Tool::DrawSurveyArea || m_surveyCorners.size() < 3)
        return;
    const std::vector<LatLon> corners = std::exchange(m_surveyCorners, {});
    setTool(Tool::Browse);
    emit surveyAreaDrawn(corners);
}

void MapView::showPosition(LatLon position, double pixelsPerMetre)
{
    if (!m_scene || !position.isValid())
        return;
    m_keepsFitted = false;
    setView(metresOf(m_scene->projection, position), std::max(pixelsPerMetre, m_pixelsPerMetre));
}

std::optional<StationId> MapView::stationAt(QPointF widgetPoint) const
{
    if (!m_scene || !m_layers->isVisible(MapLayer::Stations))
        return std::nullopt;
    const qreal reach = symbolMetrics().stationRadius + 3.0;
    std::optional<StationId> best;
    qreal bestDistance = reach;
    for (std::size_t i = 0; i < m_scene->stations.size(); ++i) {
        const qreal distance = QLineF(toWidget(m_scene->stations[i]), widgetPoint).length();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = StationId{static_cast<std::uint32_t>(i)};
        }
    }
    return best;
}

std::optional<CameraId> MapView::cameraAt(QPointF widgetPoint) const
{
    if (!m_scene || !m_layers->isVisible(MapLayer::Cameras))
        return std::nullopt;
    const qreal symbolSize = symbolMetrics().symbolSize;
    const qreal reach = symbolSize * 0.6 + 2.0;
    if (clustersCameras()) {
        // Only a camera standing alone in its cluster cell has its own symbol.
        CameraClusters clusters;
        clusters.build(m_scene->cameras, viewMetres(kClusterCellPixels),
                       kClusterCellPixels / m_pixelsPerMetre);
        for (const CameraClusters::Cluster &cluster : clusters.clusters())
            if (cluster.count == 1 &&
                QLineF(toWidget(cluster.centreMetres), widgetPoint).length() <= reach)
                return m_scene->cameraIds[static_cast<std::size_t>(cluster.rank)][cluster.first];
        return std::nullopt;
    }
    const QPointF centre = toMetres(widgetPoint);
    const double reachMetres = reach / m_pixelsPerMetre;
    std::optional<CameraId> best;
    double bestDistance = reachMetres;
    // The most important status first, as it is drawn on top.
    for (std::size_t rank = 0; rank < m_scene->cameras.size(); ++rank) {
        const std::vector<QPointF> &cameras = m_scene->cameras[rank];
        for (std::size_t i = 0; i < cameras.size(); ++i) {
            const QPointF d = cameras[i] - centre;
            if (std::abs(d.x()) > bestDistance || std::abs(d.y()) > bestDistance)
                continue;
            const double distance = std::hypot(d.x(), d.y());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = m_scene->cameraIds[rank][i];
            }
        }
    }
    return best;
}

std::optional<QPointF> MapView::clusterAt(QPointF widgetPoint) const
{
    if (!m_scene || !m_layers->isVisible(MapLayer::Cameras) || !clustersCameras())
        return std::nullopt;
    CameraClusters clusters;
    clusters.build(m_scene->cameras, viewMetres(kClusterCellPixels),
                   kClusterCellPixels / m_pixelsPerMetre);
    std::optional<QPointF> best;
    qreal bestDistance = kClusterCellPixels / 2.0;
    for (const CameraClusters::Cluster &cluster : clusters.clusters()) {
        const qreal distance = QLineF(toWidget(cluster.centreMetres), widgetPoint).length();
        if (cluster.count > 1 && distance < bestDistance) {
            bestDistance = distance;
            best = cluster.centreMetres;
        }
    }
    return best;
}

QPointF MapView::selectedCameraMetres() const
{
    if (!m_scene || !m_selectedCamera || indexOf(*m_selectedCamera) >= m_dataset->cameras.size())
        return {qQNaN(), qQNaN()};
    return metresOf(m_scene->projection, m_dataset->camera(*m_selectedCamera).position);
}

void MapView::paintSectors(QPainter &painter)
{
    const QRectF view =
        viewMetres(m_scene->longestSectorMetres * m_pixelsPerMetre + kClipMarginPixels);
    int drawn = 0;
    // The least important first, so the most important status ends up on top.
    for (std::size_t rank = m_scene->sectors.size(); rank-- > 0 && drawn < kMaxSectorsDrawn;) {
        MapStyle::setSectorStyle(painter, MapStyle::kFrStatusesByImportance[rank]);
        const std::vector<CoverageSector> &sectors = m_scene->sectors[rank];
        for (std::size_t i = 0; i < sectors.size() && drawn < kMaxSectorsDrawn; ++i) {
            const CoverageSector &sector = sectors[i];
            const QPointF apex(sector.apex.xMetres, sector.apex.yMetres);
            if (!(sector.maxRangeMetres > 0.0) || !view.contains(apex))
                continue;
            painter.drawPath(sectorPath(sector, toWidget(apex), m_pixelsPerMetre));
            ++drawn;
        }
    }
    m_drawn.sectors = drawn;
}

const QPixmap &MapView::clusterSprite(const std::array<int, 4> &countByRank, const QString &label,
                                      qreal symbolSize)
{
    // Shares in steps of a twenty-fourth of the ring, so that sprites can be reused; a status
    // present at all gets at least one step, so a single confirmed camera still shows.
    std::array<int, 4> steps{};
    int total = 0, stepsTotal = 0;
    for (int count : countByRank)
        total += count;
    QString key = label;
    for (std::size_t rank = 0; rank < steps.size(); ++rank) {
        if (countByRank[rank] > 0)
            steps[rank] = std::max(1, static_cast<int>(std::lround(
                                          kClusterRingSteps * double(countByRank[rank]) / total)));
        stepsTotal += steps[rank];
        key += QLatin1Char('|') + QString::number(steps[rank]);
    }
    if (const auto found = m_clusterSprites.constFind(key); found != m_clusterSprites.cend())
        return *found;
    if (m_clusterSprites.size() >= kMaxClusterSprites)
        m_clusterSprites.clear();
    std::array<double, 4> shares{};
    for (std::size_t rank = 0; rank < steps.size(); ++rank)
        shares[rank] = stepsTotal > 0 ? double(steps[rank]) / stepsTotal : 0.0;
    QFont clusterFont = font();
    clusterFont.setWeight(QFont::DemiBold);
    clusterFont.setPointSizeF(clusterFont.pointSizeF() * 0.9);
    return *m_clusterSprites.insert(
        key, MapStyle::clusterSprite(shares, label, clusterFont, symbolSize, m_spriteRatio));
}

void MapView::paintClusters(QPainter &painter, qreal symbolSize)
{
    m_clusters.build(m_scene->cameras, viewMetres(kClusterCellPixels),
                     kClusterCellPixels / m_pixelsPerMetre);
    const qreal ratio = m_spriteRatio;
    std::array<std::vector<QPainter::PixmapFragment>, 4> singles;
    std::vector<const CameraClusters::Cluster *> groups;
    for (const CameraClusters::Cluster &cluster : m_clusters.clusters()) {
        if (cluster.count > 1) {
            groups.push_back(&cluster);
            continue;
        }
        const QPixmap &sprite = m_sprites[static_cast<std::size_t>(cluster.rank)];
        singles[static_cast<std::size_t>(cluster.rank)].push_back(QPainter::PixmapFragment::create(
            toWidget(cluster.centreMetres), QRectF(QPointF(0, 0), sprite.size()), 1.0 / ratio,
            1.0 / ratio));
    }
    for (std::size_t rank = singles.size(); rank-- > 0;) {
        painter.drawPixmapFragments(singles[rank].data(), static_cast<int>(singles[rank].size()),
                                    m_sprites[rank]);
        m_drawn.cameraSymbols += static_cast<int>(singles[rank].size());
    }
    // Clusters above single cameras, the most important status on top.
    std::stable_sort(groups.begin(), groups.end(),
                     [](const auto *a, const auto *b) { return a->rank > b->rank; });
    for (const CameraClusters::Cluster *cluster : groups) {
        const QString label = clusterLabelFor(cluster->count);
        const QPixmap &sprite = clusterSprite(cluster->countByRank, label, symbolSize);
        const QSizeF size = QSizeF(sprite.size()) / ratio;
        const QPointF topLeft =
            toWidget(cluster->centreMetres) - QPointF(size.width(), size.height()) / 2.0;
        painter.drawPixmap(topLeft, sprite);
        m_clusterBoxes.emplace_back(topLeft, size);
        m_drawn.clusterLabels << label;
    }
    m_drawn.clusters = static_cast<int>(groups.size());
    m_drawn.cameraSymbols += static_cast<int>(groups.size());
    m_drawn.clusteredCameras = m_clusters.cameraCount();
    m_drawn.camerasMerged = m_drawn.camerasMerged || !groups.empty();
}

void MapView::paintSelection(QPainter &painter, qreal symbolSize) const
{
    if (!m_selectedCamera || !m_layers->isVisible(MapLayer::Cameras))
        return;
    const QPointF original = toWidget(selectedCameraMetres());
    if (std::isnan(original.x()))
        return;
    if (!m_draggedCamera) {
        MapStyle::paintSelection(painter, original, symbolSize * 0.9);
        return;
    }
    // While dragging: where it was, a line, and the camera where it would go.
    painter.save();
    painter.setPen(QPen(MapStyle::labelText(), 1.0, Qt::DashLine));
    painter.drawLine(original, m_dragPosition);
    painter.restore();
    const FrStatus status = m_dataset->camera(*m_selectedCamera).frStatus;
    MapStyle::paintCamera(painter, status, m_dragPosition, symbolSize);
    MapStyle::paintSelection(painter, m_dragPosition, symbolSize * 0.9);
}

void MapView::paintSurveyAreaInProgress(QPainter &painter) const
{
    if (m_tool != Tool::DrawSurveyArea || m_surveyCorners.empty())
        return;
    QPolygonF corners;
    for (const LatLon &corner : m_surveyCorners)
        corners << widgetPosition(corner);
    QPolygonF outline = corners;
    if (underMouse() || hasMouseTracking())
        outline << m_hoverPosition;
    painter.save();
    MapStyle::setSurveyAreaDraftStyle(painter);
    if (outline.size() >= 3)
        painter.drawPolygon(outline);
    else
        painter.drawPolyline(outline);
    painter.setPen(QPen(MapStyle::labelText(), 1.0));
    painter.setBrush(Qt::white);
    for (const QPointF &corner : corners)
        painter.drawRect(QRectF(corner - QPointF(3, 3), QSizeF(6, 6)));
    painter.restore();
}

// Planner: the selected route and picking a place for it.

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

void MapView::beginPickPlace()
{
    m_pickingPlace = true;
    setCursor(Qt::CrossCursor);
    updateAccessibleText();
    update();                       // the keyboard cursor
    setFocus(Qt::OtherFocusReason); // so that Escape and Enter reach the map
}

void MapView::cancelPickPlace()
{
    if (!m_pickingPlace)
        return;
    m_pickingPlace = false;
    setTool(m_tool); // restores the tool's cursor
    updateAccessibleText();
    update();
    emit placePickCancelled();
}

} // namespace blindspot
