#include "map_marks_overlay.h"

#include "map_view.h"

#include <QEvent>
#include <QPainter>

namespace blindspot {

namespace {

// Trainees' guesses in the colour of the ADIDS "activity" step; labels dark on white.
constexpr QRgb kMarkColour = 0x0072B2;
constexpr QRgb kLabelInk = 0x222222;
constexpr qreal kMarkRadius = 11.0;

} // namespace

MapMarksOverlay::MapMarksOverlay(MapView *map) : QWidget(map), m_map(map)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(map->rect());
    map->installEventFilter(this);
    connect(map, &MapView::viewChanged, this, qOverload<>(&QWidget::update));
}

void MapMarksOverlay::setMarks(std::vector<LatLon> marks)
{
    m_marks = std::move(marks);
    update();
}

void MapMarksOverlay::setLabels(std::vector<std::pair<LatLon, QString>> labels)
{
    m_labels = std::move(labels);
    update();
}

void MapMarksOverlay::setScale(qreal scale)
{
    m_scale = scale;
    update();
}

bool MapMarksOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_map && event->type() == QEvent::Resize) {
        setGeometry(m_map->rect());
        raise();
    }
    return QWidget::eventFilter(watched, event);
}

void MapMarksOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal r = kMarkRadius * m_scale;
    const QColor mark(kMarkColour);
    for (std::size_t i = 0; i < m_marks.size(); ++i) {
        const QPointF p = m_map->widgetPosition(m_marks[i]);
        painter.setPen(QPen(Qt::white, 5.0 * m_scale));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(p, r, r);
        painter.setPen(QPen(mark, 3.0 * m_scale));
        painter.drawEllipse(p, r, r);
        painter.drawLine(p + QPointF(-r * 0.5, -r * 0.5), p + QPointF(r * 0.5, r * 0.5));
        painter.drawLine(p + QPointF(-r * 0.5, r * 0.5), p + QPointF(r * 0.5, -r * 0.5));
    }
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(int(12 * m_scale));
    painter.setFont(font);
    for (const auto &[position, text] : m_labels) {
        const QPointF p = m_map->widgetPosition(position) + QPointF(r * 0.9, -r * 1.6);
        const QRectF box = QFontMetricsF(font).boundingRect(text).adjusted(-4 * m_scale, -1 * m_scale,
                                                                          4 * m_scale, 1 * m_scale);
        const QRectF placed = box.translated(p - box.bottomLeft());
        painter.setPen(QPen(QColor(kLabelInk), 1.0));
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(placed, 3 * m_scale, 3 * m_scale);
        painter.drawText(placed, Qt::AlignCenter, text);
    }
}

} // namespace blindspot
