#include "map_view.h"

#include "geo/local_projection.h"
#include "map_style.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPolygonF>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace blindspot {

namespace {

// Zoom levels are in pixels per metre. 0.04 px/m shows a 35 km city across 1400 px; symbol
// sizes grow by one step per doubling from there.
constexpr double kCityPixelsPerMetre = 0.04;
constexpr double kMaxPixelsPerMetre = 16.0;   // street level; positions are not more precise
constexpr double kMinZoomOutFromFit = 4.0;    // how far beyond "fit to data" one can zoom out
constexpr double kLabelsFromPixelsPerMetre = 0.09;
constexpr double kEntrancesFromPixelsPerMetre = 0.35;
constexpr double kFitMarginPixels = 36.0;
constexpr double kKeyZoomFactor = 1.5;
constexpr double kWheelZoomPerNotch = 1.25;   // one 15-degree wheel step (angleDelta 120)
constexpr double kKeyPanShare = 0.2;          // of the widget's width or height per arrow press
// A merge cell is a little smaller than a symbol: symbols may touch but never hide each other.
constexpr double kMergeCellShare = 0.8;

int importanceRank(FrStatus status)
{
    const auto &order = MapStyle::kFrStatusesByImportance;
    return static_cast<int>(std::find(order.begin(), order.end(), status) - order.begin());
}

QPointF metresOf(const LocalProjection &projection, LatLon position)
{
    if (!position.isValid())
        return {qQNaN(), qQNaN()};
    const LocalXY xy = projection.toLocal(position);
    return {xy.xMetres, xy.yMetres};
}

// The first of a few round lengths whose bar is at least minPixels long.
double scaleBarMetres(double pixelsPerMetre, double minPixels)
{
    static constexpr std::array<double, 13> kLengths{10,   20,   50,    100,   200,   500,  1000,
                                                     2000, 5000, 10000, 20000, 50000, 100000};
    for (double metres : kLengths)
        if (metres * pixelsPerMetre >= minPixels)
            return metres;
    return kLengths.back();
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
        scene->labels.push_back({n.stations[i].name.inLanguage(m_nameLanguage), QRectF(p, p),
                                 false});
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
            scene->stationBadges.push_back({static_cast<std::uint32_t>(i),
                                            MapStyle::kFrStatusesByImportance[badgeRank[i]]});

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
    const double usableWidth = std::max(width() - 2 * kFitMarginPixels, 1.0);
    const double usableHeight = std::max(height() - 2 * kFitMarginPixels, 1.0);
    return std::min(usableWidth / widthMetres, usableHeight / heightMetres);
}

void MapView::setView(QPointF centreMetres, double pixelsPerMetre)
{
    if (!m_scene)
        return;
    const double fitted = fittedPixelsPerMetre();
    const double scale = std::clamp(pixelsPerMetre, std::min(fitted / kMinZoomOutFromFit,
                                                             kMaxPixelsPerMetre),
                                    kMaxPixelsPerMetre);
    // The centre stays over the data so the map cannot be lost off-screen.
    const QRectF &bounds = m_scene->boundsMetres;
    const QPointF centre(std::clamp(centreMetres.x(), bounds.left(), bounds.right()),
                         std::clamp(centreMetres.y(), bounds.top(), bounds.bottom()));
    if (centre == m_centreMetres && scale == m_pixelsPerMetre)
        return;
    m_centreMetres = centre;
    m_pixelsPerMetre = scale;
    update();
    emit viewChanged();
}

void MapView::fitToData()
{
    m_keepsFitted = true;
    if (!m_scene) {
        update();
        return;
    }
    setView(m_scene->boundsMetres.center(), fittedPixelsPerMetre());
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
    const double fitted = fittedPixelsPerMetre();
    const double scale =
        std::clamp(m_pixelsPerMetre * factor,
                   std::min(fitted / kMinZoomOutFromFit, kMaxPixelsPerMetre), kMaxPixelsPerMetre);
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

    paintSurveyAreas(painter);
    paintLines(painter, lineWidth);
    if (m_pixelsPerMetre >= kEntrancesFromPixelsPerMetre)
        paintEntrances(painter);
    paintCameras(painter, symbolSize, stationRadius);
    paintStations(painter, stationRadius);
    if (m_pixelsPerMetre >= kLabelsFromPixelsPerMetre)
        paintLabels(painter, stationRadius);
    paintScaleBar(painter);
    paintAttribution(painter);
}

void MapView::paintEmptyState(QPainter &painter) const
{
    const QString text =
        m_dataset ? tr("This map pack has nothing with a position to draw.")
                  : tr("No map is open.\nChoose File > Open… to open a map pack, or File > Open "
                       "training city to practise on a fictional city.");
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, text);
}

void MapView::paintSurveyAreas(QPainter &painter) const
{
    if (m_scene->surveyAreas.empty())
        return;
    painter.save();
    MapStyle::setSurveyAreaStyle(painter);
    // Pattern brushes follow the device, not the polygon, so the hatch never scales with zoom.
    const QRectF view = rect();
    QPolygonF polygon;
    for (const QPolygonF &area : m_scene->surveyAreas) {
        polygon.resize(area.size());
        for (qsizetype i = 0; i < area.size(); ++i)
            polygon[i] = toWidget(area[i]);
        if (polygon.boundingRect().intersects(view))
            painter.drawPolygon(polygon);
    }
    painter.restore();
}

void MapView::paintLines(QPainter &painter, qreal width) const
{
    const QRectF view = rect();
    std::vector<const Scene::LinePath *> visible;
    for (const Scene::LinePath &line : m_scene->lines) {
        // Widened by the pen, so that a perfectly straight line (an empty box) still counts.
        const QRectF bounds =
            QRectF(toWidget(line.bounds.topLeft()), toWidget(line.bounds.bottomRight()))
                .normalized()
                .adjusted(-width, -width, width, width);
        if (bounds.intersects(view))
            visible.push_back(&line);
    }
    // All casings first, so that where lines cross each still has its white edge.
    std::vector<QPolygonF> polylines;
    polylines.reserve(visible.size());
    for (const Scene::LinePath *line : visible) {
        QPolygonF &polyline = polylines.emplace_back(line->metres.size());
        for (qsizetype i = 0; i < line->metres.size(); ++i)
            polyline[i] = toWidget(line->metres[i]);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::white, width + 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QPolygonF &polyline : polylines)
        painter.drawPolyline(polyline);
    for (std::size_t i = 0; i < visible.size(); ++i) {
        painter.setPen(QPen(visible[i]->colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(polylines[i]);
    }
}

void MapView::paintStations(QPainter &painter, qreal radius)
{
    const QRectF view = QRectF(rect()).adjusted(-radius, -radius, radius, radius);
    const auto &stations = m_scene->stations;
    std::vector<std::pair<QPointF, QPointF>> transfers;
    for (const auto &[from, to] : m_scene->transfers) {
        const QPointF a = toWidget(stations[from]);
        const QPointF b = toWidget(stations[to]);
        if (view.contains(a) || view.contains(b))
            transfers.emplace_back(a, b);
    }
    for (const auto &[a, b] : transfers)
        MapStyle::paintTransferCasing(painter, a, b, radius);
    for (const QPointF &metres : stations) {
        const QPointF p = toWidget(metres);
        if (!view.contains(p))
            continue;
        MapStyle::paintStation(painter, p, radius);
        ++m_drawn.stations;
    }
    for (const auto &[a, b] : transfers)
        MapStyle::paintTransferFill(painter, a, b, radius);
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

void MapView::paintCameras(QPainter &painter, qreal symbolSize, qreal stationRadius)
{
    const qreal ratio = devicePixelRatioF();
    if (symbolSize != m_spriteSize || ratio != m_spriteRatio || m_sprites.empty()) {
        m_sprites.clear();
        for (FrStatus status : MapStyle::kFrStatusesByImportance)
            m_sprites.push_back(MapStyle::cameraSprite(status, symbolSize, ratio));
        m_spriteSize = symbolSize;
        m_spriteRatio = ratio;
    }

    // The viewport, plus a symbol's width, in metres. QRectF's "top" is the southern edge here.
    const double s = m_pixelsPerMetre;
    const QRectF viewMetres =
        QRectF(toMetres(QPointF(-symbolSize, height() + symbolSize)),
               toMetres(QPointF(width() + symbolSize, -symbolSize)))
            .normalized();

    // Cells aligned to the ground, not the widget, so that panning does not reshuffle which
    // camera of a cluster is shown.
    const double cellMetres = symbolSize * kMergeCellShare / s;
    const double originColumn = std::floor(viewMetres.left() / cellMetres);
    const double originRow = std::floor(viewMetres.top() / cellMetres);
    const int columns = static_cast<int>(std::ceil(viewMetres.width() / cellMetres)) + 2;
    const int rows = static_cast<int>(std::ceil(viewMetres.height() / cellMetres)) + 2;
    m_mergeCells.assign(static_cast<std::size_t>(columns) * rows, 0);

    std::array<std::vector<QPainter::PixmapFragment>, 4> fragments;
    for (std::size_t rank = 0; rank < fragments.size(); ++rank) {
        const QPixmap &sprite = m_sprites[rank];
        const QRectF source(QPointF(0, 0), sprite.size());
        for (const QPointF &metres : m_scene->cameras[rank]) {
            if (!viewMetres.contains(metres))
                continue;
            const auto column = static_cast<int>(std::floor(metres.x() / cellMetres) - originColumn);
            const auto row = static_cast<int>(std::floor(metres.y() / cellMetres) - originRow);
            std::uint8_t &cell = m_mergeCells[static_cast<std::size_t>(row) * columns + column];
            if (cell) {
                m_drawn.camerasMerged = true;
                continue;
            }
            cell = 1;
            fragments[rank].push_back(QPainter::PixmapFragment::create(
                toWidget(metres), source, 1.0 / ratio, 1.0 / ratio));
        }
    }
    // Least important first, so the most important status ends up on top.
    for (std::size_t rank = fragments.size(); rank-- > 0;) {
        painter.drawPixmapFragments(fragments[rank].data(), static_cast<int>(fragments[rank].size()),
                                    m_sprites[rank]);
        m_drawn.cameraSymbols += static_cast<int>(fragments[rank].size());
    }

    // Cameras inside a station (known by their station only): one symbol on the station's
    // upper right edge, where it covers neither the station nor the line through it.
    const QRectF view = QRectF(rect()).adjusted(-symbolSize, -symbolSize, symbolSize, symbolSize);
    const QPointF badgeOffset(stationRadius * 1.1, -stationRadius * 1.1);
    for (const Scene::StationBadge &badge : m_scene->stationBadges) {
        const QPointF p = toWidget(m_scene->stations[badge.station]) + badgeOffset;
        if (!view.contains(p))
            continue;
        const QPixmap &sprite = m_sprites[importanceRank(badge.status)];
        painter.drawPixmap(p - QPointF(sprite.width(), sprite.height()) / (2.0 * ratio), sprite);
        ++m_drawn.cameraSymbols;
    }
}

void MapView::paintLabels(QPainter &painter, qreal stationRadius)
{
    QFont labelFont = font();
    QFont transferFont = labelFont;
    transferFont.setWeight(QFont::DemiBold);
    const QFontMetricsF labelMetrics(labelFont);
    const QFontMetricsF transferMetrics(transferFont);
    const qreal padding = 3.0;
    const qreal gap = stationRadius + 2.0;
    const QRectF bounds = rect();

    // Stations already drawn are obstacles too, so that a label never hides a station.
    std::vector<QRectF> taken;
    const QSizeF stationBox(2 * stationRadius, 2 * stationRadius);
    for (const QPointF &metres : m_scene->stations) {
        const QPointF p = toWidget(metres);
        if (bounds.contains(p))
            taken.emplace_back(p - QPointF(stationRadius, stationRadius), stationBox);
    }
    const auto isFree = [&](const QRectF &box) {
        return bounds.contains(box) &&
               std::none_of(taken.begin(), taken.end(),
                            [&](const QRectF &other) { return other.intersects(box); });
    };

    painter.setPen(Qt::NoPen);
    const QColor backing(255, 255, 255, 215);
    for (const Scene::Label &label : m_scene->labels) {
        if (label.text.isEmpty())
            continue;
        const QRectF anchor =
            QRectF(toWidget(label.anchorMetres.topLeft()), toWidget(label.anchorMetres.bottomRight()))
                .normalized()
                .adjusted(-gap, -gap, gap, gap);
        if (!anchor.intersects(bounds))
            continue;
        const QFontMetricsF &metrics = label.transfer ? transferMetrics : labelMetrics;
        const QSizeF size(metrics.horizontalAdvance(label.text) + 2 * padding,
                          metrics.height() + 1.0);
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
        taken.push_back(chosen->adjusted(-2, -1, 2, 1));
        painter.setFont(label.transfer ? transferFont : labelFont);
        painter.setPen(Qt::NoPen);
        painter.setBrush(backing);
        painter.drawRoundedRect(*chosen, 3.0, 3.0);
        painter.setPen(MapStyle::labelText());
        painter.drawText(*chosen, Qt::AlignCenter, label.text);
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
