#include "map_view.h"

#include "geo/local_projection.h"
#include "map_style.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLineF>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
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
constexpr double kLabelsFromPixelsPerMetre = 0.09;
constexpr double kTransferLabelsFromPixelsPerMetre = 0.03; // hubs are named even at city zoom
constexpr double kEntrancesFromPixelsPerMetre = 0.35;
constexpr double kFitMarginPixels = 36.0;
constexpr double kKeyZoomFactor = 1.5;
constexpr double kWheelZoomPerNotch = 1.25; // one 15-degree wheel step (angleDelta 120)
constexpr double kKeyPanShare = 0.2;        // of the widget's width or height per arrow press
// A merge cell is a little larger than a symbol, so symbols never overlap: a calmer city view.
constexpr double kMergeCellShare = 1.1;
// When symbols would cover more than this share of the view (a city of 160,000 cameras seen
// whole), cameras become small dots under the metro network, so the network stays readable.
constexpr double kDenseCoverShare = 0.25;
constexpr double kDotCellPixels = 5.0;
// Geometry is clipped to the widget plus this margin, beyond any pen's reach.
constexpr double kClipMarginPixels = 32.0;

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

// Geometry handed to QPainter is clipped to the view first: stroking (and dashing) the whole
// of a 20 km line at street zoom costs hundreds of milliseconds for pixels nobody sees.

// Liang-Barsky: the part of segment [a, b] inside `clip`, if any.
std::optional<QLineF> clippedSegment(QPointF a, QPointF b, const QRectF &clip)
{
    const QPointF d = b - a;
    const std::array<double, 4> p{-d.x(), d.x(), -d.y(), d.y()};
    const std::array<double, 4> q{a.x() - clip.left(), clip.right() - a.x(), a.y() - clip.top(),
                                  clip.bottom() - a.y()};
    double enter = 0.0;
    double leave = 1.0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0)
                return std::nullopt;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
        if (enter > leave)
            return std::nullopt;
    }
    return QLineF(a + enter * d, a + leave * d);
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
    QRectF boundsMetres;
    std::vector<LinePath> lines;
    std::vector<QPointF> stations; // by station index; NaN where the position is invalid
    std::vector<std::pair<std::uint32_t, std::uint32_t>> transfers;
    std::vector<QPointF> entrances;
    /// Positioned cameras, indexed by importanceRank() of their FR status.
    std::array<std::vector<QPointF>, 4> cameras;
    std::vector<StationBadge> stationBadges;
    std::vector<Label> labels; // transfer complexes first: they get space before single stations
    std::vector<QPolygonF> surveyAreas;
};

MapView::MapView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    setAccessibleName(tr("Map"));
}

MapView::~MapView() = default;

void MapView::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    rebuildScene();
    fitToData();
}

void MapView::setNameLanguage(const QString &language)
{
    if (language == m_nameLanguage)
        return;
    m_nameLanguage = language;
    rebuildScene();
    update();
}

void MapView::rebuildScene()
{
    m_scene.reset();
    if (!m_dataset)
        return;
    const Dataset &d = *m_dataset;
    const Network &n = d.network;
    const GeoBox bounds = summarize(d).bounds;
    if (!bounds.isValid())
        return;

    auto scene = std::make_unique<Scene>();
    scene->projection = LocalProjection(bounds.centre());
    const LocalProjection &projection = scene->projection;
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
            scene->cameras[rank].push_back(metresOf(projection, camera.position));
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

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    m_lastDragPosition = event->position();
    setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    // The ground follows the pointer, so the view moves the other way.
    panByPixels(m_lastDragPosition - event->position());
    m_lastDragPosition = event->position();
    event->accept();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    unsetCursor();
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const double stepX = width() * kKeyPanShare;
    const double stepY = height() * kKeyPanShare;
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
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), MapStyle::background());
    m_drawn = {};
    if (!m_scene) {
        paintEmptyState(painter);
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);

    // One symbol-size step per doubling of the zoom, within readable limits.
    const double zoomSteps = std::log2(m_pixelsPerMetre / kCityPixelsPerMetre);
    const qreal stationRadius = std::clamp(3.5 + 0.8 * zoomSteps, 3.0, 8.0);
    const qreal lineWidth = std::clamp(stationRadius * 1.1, 3.0, 9.0);
    // Half-pixel steps, so that the symbol pixmaps are not re-rendered on every zoom step.
    const qreal symbolSize = std::round(2.0 * std::clamp(7.0 + 1.0 * zoomSteps, 7.0, 13.0)) / 2.0;

    prepareSprites(symbolSize);
    const double symbolCell = symbolSize * kMergeCellShare;
    const bool dense = visibleCameraCount(symbolSize) * symbolCell * symbolCell >
                       kDenseCoverShare * width() * height();
    if (dense)
        paintCameras(painter, m_dotSprites, kDotCellPixels, symbolSize);

    paintSurveyAreas(painter);
    paintLines(painter, lineWidth);
    if (m_pixelsPerMetre >= kEntrancesFromPixelsPerMetre)
        paintEntrances(painter);
    if (!dense)
        paintCameras(painter, m_sprites, symbolCell, symbolSize);
    paintStations(painter, stationRadius);
    paintStationBadges(painter, symbolSize, stationRadius);
    if (m_pixelsPerMetre >= kTransferLabelsFromPixelsPerMetre)
        paintLabels(painter, stationRadius, symbolSize);
    paintScaleBar(painter);
    paintAttribution(painter);
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
        polyline.resize(line.metres.size());
        for (qsizetype i = 0; i < line.metres.size(); ++i)
            polyline[i] = toWidget(line.metres[i]);
        pieces.clear();
        appendClippedRuns(polyline, clip, pieces);
        for (QPolygonF &piece : pieces)
            runs.push_back({line.colour, std::move(piece)});
    }
    // All casings first, so that where lines cross each still has its white edge.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::white, width + 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const Run &run : runs)
        painter.drawPolyline(run.points);
    for (const Run &run : runs) {
        painter.setPen(QPen(run.colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(run.points);
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
    for (const QPointF &metres : stations) {
        const QPointF p = toWidget(metres);
        if (!view.contains(p))
            continue;
        MapStyle::paintStation(painter, p, radius);
        ++m_drawn.stations;
    }
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
    m_dotSprites.clear();
    for (FrStatus status : MapStyle::kFrStatusesByImportance) {
        m_sprites.push_back(MapStyle::cameraSprite(status, symbolSize, ratio));
        m_dotSprites.push_back(MapStyle::cameraDotSprite(status, ratio));
    }
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

qsizetype MapView::visibleCameraCount(qreal marginPixels) const
{
    const QRectF view = viewMetres(marginPixels);
    qsizetype count = 0;
    for (const std::vector<QPointF> &cameras : m_scene->cameras)
        count += std::count_if(cameras.begin(), cameras.end(),
                               [&](const QPointF &p) { return view.contains(p); });
    return count;
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
    const bool allStations = m_pixelsPerMetre >= kLabelsFromPixelsPerMetre;
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

    // Text with a white halo rather than on a box: camera symbols under a label stay visible.
    const QColor halo(255, 255, 255);
    static constexpr std::array<QPointF, 8> kHaloOffsets{
        QPointF(-1.2, -1.2), QPointF(0, -1.6),   QPointF(1.2, -1.2), QPointF(-1.6, 0),
        QPointF(1.6, 0),     QPointF(-1.2, 1.2), QPointF(0, 1.6),    QPointF(1.2, 1.2)};
    for (const Scene::Label &label : m_scene->labels) {
        if (!label.transfer && !allStations)
            break; // transfer labels come first
        if (label.text.isEmpty())
            continue;
        const QRectF anchor = QRectF(toWidget(label.anchorMetres.topLeft()),
                                     toWidget(label.anchorMetres.bottomRight()))
                                  .normalized()
                                  .adjusted(-gap, -gap, gap, gap);
        if (!anchor.intersects(bounds))
            continue;
        const QFont &labelFontUsed = label.transfer ? transferFont : labelFont;
        const QFontMetricsF &metrics = label.transfer ? transferMetrics : labelMetrics;
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
    const QString attribution = m_dataset->header.attribution;
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

} // namespace blindspot
