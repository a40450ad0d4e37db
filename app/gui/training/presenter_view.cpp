#include "gui/training/presenter_view.h"

#include "gui/map/map_layers.h"
#include "gui/training/map_marks_overlay.h"
#include "gui/map/map_view.h"
#include "gui/shell/model_text.h"
#include "gui/planner/route_overlay.h"
#include "gui/training/training_painter.h"
#include "common/translations.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>

#include <algorithm>

namespace blindspot {

namespace {

// Body text is a thirtieth of the window's height: 36 px on a 1080-line projector, about 6 cm
// on a 2 m high image, large enough for the back row of a training room.
constexpr qreal kLinesPerScreen = 30.0;
// The map is drawn at this many times its laptop size per unit of body text (2x at 1080 lines).
constexpr qreal kMapScalePerUnit = 1.0 / 18.0;
constexpr QSize kWindowedSize(1280, 720);
constexpr qreal kMapShare = 0.58;
constexpr std::size_t kMaxCardsBesideMap = 2;

} // namespace

PresenterView::PresenterView(std::shared_ptr<const Dataset> city, QWidget *parent)
    : QWidget(parent, Qt::Window), m_city(std::move(city))
{
    setObjectName(QStringLiteral("presenterView"));
    setWindowTitle(tr("Blindspot - presenter view"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(false);
    m_map = new MapView(this);
    m_map->setObjectName(QStringLiteral("presenterMap"));
    // The projector only shows: keys belong to the presenter and clicks do nothing. The map
    // is never shown as a widget: paintEvent renders it enlarged (mapScale()).
    m_map->setFocusPolicy(Qt::NoFocus);
    m_map->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_map->hide();
    m_marks = new MapMarksOverlay(m_map);
    resize(kWindowedSize);
}

PresenterView::~PresenterView() = default;

qreal PresenterView::unit() const
{
    return std::max(12.0, std::min(height() / kLinesPerScreen, width() / (kLinesPerScreen * 1.5)));
}

qreal PresenterView::mapScale() const
{
    return std::max(1.0, unit() * kMapScalePerUnit);
}

qreal PresenterView::cardUnitFor(qreal width, qreal height, qreal largest) const
{
    const Dataset &city = m_slide.mapDataset ? *m_slide.mapDataset : *m_city;
    qreal cardUnit = largest;
    for (; cardUnit > largest * 0.4; cardUnit *= 0.95) {
        bool fits = true;
        for (const SlideRoute &route : m_slide.routes)
            if (TrainingPainter::routeCardHeight(width, cardUnit, route, city, m_language) > height)
                fits = false;
        if (fits)
            break;
    }
    return cardUnit;
}

void PresenterView::setSlide(PresenterSlide slide, const QString &language)
{
    m_slide = std::move(slide);
    m_language = language;
    m_map->setNameLanguage(language);
    layoutSlide();
    updateMap();
    update();
}

void PresenterView::setBlank(bool blank)
{
    m_blank = blank;
    layoutSlide();
    update();
}

void PresenterView::showOnProjector(QScreen *laptop)
{
    QScreen *projector = nullptr;
    for (QScreen *screen : QGuiApplication::screens())
        if (screen != laptop) {
            projector = screen;
            break;
        }
    if (projector) {
        setScreen(projector);
        setGeometry(projector->geometry());
        showFullScreen();
    } else {
        resize(kWindowedSize);
        showNormal();
    }
    raise();
    activateWindow();
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_N:
    case Qt::Key_PageDown:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit nextRequested();
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
    case Qt::Key_P:
    case Qt::Key_PageUp:
        emit previousRequested();
        return;
    case Qt::Key_B:
    case Qt::Key_Period:
        setBlank(!m_blank);
        return;
    case Qt::Key_F:
    case Qt::Key_F11:
        if (isFullScreen())
            showNormal();
        else
            showFullScreen();
        return;
    case Qt::Key_Escape:
        if (isFullScreen())
            showNormal();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresenterView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutSlide();
    updateMap();
}

void PresenterView::layoutSlide()
{
    const qreal u = unit();
    const QRectF all = QRectF(rect()).adjusted(u, u * 0.6, -u, -u * 0.6);
    const qreal headerHeight = u * 0.9 + u * 1.7 * 1.25 * (m_slide.heading.size() > 40 ? 2 : 1);
    m_headerArea = QRectF(all.left(), all.top(), all.width(), headerHeight);
    const qreal footer = u * 0.9;
    const QRectF content(all.left(), m_headerArea.bottom() + u * 0.5, all.width(),
                         all.bottom() - footer - m_headerArea.bottom() - u * 0.5);
    m_mapArea = {};
    m_textArea = {};
    m_imageArea = {};
    m_cardAreas.clear();
    const std::size_t cards = m_slide.routes.size();
    const qreal gap = u * 0.8;
    if (m_blank)
        return;
    // Three routes or more need the whole width to stay readable: the map gives way.
    if (m_slide.showMap && cards > 0 && cards <= kMaxCardsBesideMap) {
        m_mapArea = QRectF(content.left(), content.top(), content.width() * kMapShare,
                           content.height());
        const QRectF column(m_mapArea.right() + gap, content.top(),
                            content.right() - m_mapArea.right() - gap, content.height());
        const qreal each = (column.height() - gap * qreal(cards - 1)) / qreal(cards);
        m_cardUnit = cardUnitFor(column.width(), each, u * 0.8);
        for (std::size_t i = 0; i < cards; ++i)
            m_cardAreas.push_back(QRectF(column.left(), column.top() + qreal(i) * (each + gap),
                                         column.width(), each));
    } else if (m_slide.showMap && cards == 0) {
        const qreal textShare = m_slide.lines.isEmpty() ? 0.0 : 0.22;
        m_mapArea = QRectF(content.left(), content.top(), content.width(),
                           content.height() * (1.0 - textShare));
        if (textShare > 0)
            m_textArea = QRectF(content.left(), m_mapArea.bottom() + gap * 0.5, content.width(),
                                content.bottom() - m_mapArea.bottom() - gap * 0.5);
    } else if (cards > 0) {
        const qreal textShare = m_slide.lines.isEmpty() ? 0.0 : 0.2;
        const qreal cardsHeight = content.height() * (1.0 - textShare);
        const qreal each = (content.width() - gap * qreal(cards - 1)) / qreal(cards);
        m_cardUnit = cardUnitFor(each, cardsHeight, u);
        for (std::size_t i = 0; i < cards; ++i)
            m_cardAreas.push_back(QRectF(content.left() + qreal(i) * (each + gap), content.top(),
                                         each, cardsHeight));
        if (textShare > 0)
            m_textArea = QRectF(content.left(), content.top() + cardsHeight + gap * 0.5,
                                content.width(), content.height() - cardsHeight - gap * 0.5);
    } else if (!m_slide.image.isNull()) {
        m_imageArea = QRectF(content.left(), content.top(), content.width() * 0.6,
                             content.height());
        m_textArea = QRectF(m_imageArea.right() + gap, content.top(),
                            content.right() - m_imageArea.right() - gap, content.height());
    } else {
        m_textArea = content;
    }
    if (!m_mapArea.isEmpty()) {
        // Laid out at laptop size, drawn enlarged.
        const qreal scale = mapScale();
        m_map->resize((m_mapArea.size() / scale).toSize());
        m_marks->setScale(1.0);
    }
}

void PresenterView::updateMap()
{
    if (m_mapArea.isEmpty() || m_blank)
        return;
    std::shared_ptr<const Dataset> dataset = m_slide.mapDataset ? m_slide.mapDataset : m_city;
    if (dataset != m_mapDataset) {
        m_mapDataset = dataset;
        m_map->setDataset(dataset);
    }
    m_map->layers().setVisible(MapLayer::Cameras, m_slide.mapCameras);
    m_map->layers().setVisible(MapLayer::CoverageSectors, m_slide.mapCameras);
    m_map->layers().setVisible(MapLayer::Route, true);
    const Route *route = nullptr;
    if (m_slide.mapRoute < m_slide.routes.size() && m_slide.routes[m_slide.mapRoute].route)
        route = &*m_slide.routes[m_slide.mapRoute].route;
    if (route)
        m_map->setRouteOverlay(std::make_shared<const RouteOverlay>(*route));
    else
        m_map->clearRouteOverlay();
    if (m_slide.mapCentre) {
        double pixelsPerMetre = 1.0;
        if (m_slide.mapSpanMetres.width() > 0 && m_slide.mapSpanMetres.height() > 0)
            pixelsPerMetre = std::min(m_map->width() / m_slide.mapSpanMetres.width(),
                                      m_map->height() / m_slide.mapSpanMetres.height());
        m_map->fitToData();
        m_map->showPosition(*m_slide.mapCentre, pixelsPerMetre);
    } else if (route)
        RouteOverlay::fitMapTo(*m_map, *route);
    else
        m_map->fitToData();
    m_marks->setMarks(m_slide.marks);
    // The station of an excerpt, named as the map names it on the wall.
    std::vector<LatLon> platforms;
    QString name;
    for (StationId station : m_slide.mapStations) {
        if (indexOf(station) >= dataset->network.stations.size())
            continue;
        platforms.push_back(dataset->network.station(station).position);
        if (name.isEmpty())
            name = dataset->network.station(station).name.inLanguage(m_language);
    }
    m_marks->setStation(std::move(platforms), name);
    m_marks->setLegendShown(m_slide.mapLegend);
}

void PresenterView::paintEvent(QPaintEvent *)
{
    // The wall speaks the session's language throughout, whatever the trainer's screen is in.
    const TranslationScope sessionLanguage(m_language);
    QPainter painter(this);
    if (m_blank) {
        painter.fillRect(rect(), Qt::black);
        return;
    }
    painter.fillRect(rect(), TrainingPainter::paper());
    const qreal u = unit();
    qreal y = m_headerArea.top();
    y += TrainingPainter::paintText(painter,
                                    QRectF(m_headerArea.left(), y, m_headerArea.width(), u * 1.2),
                                    m_slide.stepLabel, u * 0.8, true, TrainingPainter::muted());
    TrainingPainter::paintText(painter,
                               QRectF(m_headerArea.left(), y + u * 0.1, m_headerArea.width(),
                                      m_headerArea.bottom() - y),
                               m_slide.heading, u * 1.7, true, TrainingPainter::ink());
    if (!m_mapArea.isEmpty()) {
        painter.save();
        painter.translate(m_mapArea.topLeft());
        painter.scale(mapScale(), mapScale());
        m_map->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.restore();
    }
    const Dataset &city = m_slide.mapDataset ? *m_slide.mapDataset : *m_city;
    for (std::size_t i = 0; i < m_cardAreas.size() && i < m_slide.routes.size(); ++i)
        TrainingPainter::paintRouteCard(painter, m_cardAreas[i], m_slide.routes[i], m_cardUnit,
                                        city, m_language);
    if (!m_imageArea.isEmpty() && !m_slide.image.isNull()) {
        const QSizeF size =
            QSizeF(m_slide.image.size()).scaled(m_imageArea.size(), Qt::KeepAspectRatio);
        const QRectF target(m_imageArea.topLeft(), size);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, m_slide.image);
    }
    if (!m_textArea.isEmpty() && !m_slide.lines.isEmpty()) {
        // Paragraphs share the area; each shrinks a little if needed rather than overflowing.
        const qreal size = m_cardAreas.empty() && m_mapArea.isEmpty() && m_imageArea.isEmpty()
                               ? u * 1.25
                               : u;
        qreal top = m_textArea.top();
        const qreal share = m_textArea.height() / qreal(m_slide.lines.size());
        for (const QString &line : m_slide.lines) {
            const qreal used = TrainingPainter::paintText(
                painter,
                QRectF(m_textArea.left(), top, m_textArea.width(), std::max(share, size * 1.4)),
                line, size, false, TrainingPainter::ink());
            top += used + size * 0.6;
            if (top > m_textArea.bottom())
                break;
        }
    }
    // Training data must never be mistaken for a real city, on the wall either.
    const QRectF footer(u, height() - u * 1.3, width() - 2 * u, u);
    if (m_city->header.fictional)
        TrainingPainter::paintText(painter, footer,
                                   tr("%1. Its cameras and numbers illustrate; they describe no "
                                      "real place.")
                                       .arg(ModelText::datasetName(m_city->header)),
                                   u * 0.6, false, TrainingPainter::muted());
}

} // namespace blindspot
