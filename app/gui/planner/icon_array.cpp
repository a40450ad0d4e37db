#include "gui/planner/icon_array.h"

#include "gui/shell/accessibility.h"
#include "common/risk_wording.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace blindspot {

namespace {

// One icon is this wide for its height; the gap between the groups of five is 0.6 icons.
constexpr double kIconAspect = 0.58;
constexpr double kGroupGapIcons = 0.6;
constexpr int kIconHeightPixels = 30;
constexpr QRgb kInk = 0x4A2A7A; // dark purple: the colour of identification everywhere
constexpr QRgb kEmpty = 0xFFFFFF;

QPainterPath personShape(const QRectF &box)
{
    const double w = box.width();
    const double h = box.height();
    QPainterPath path;
    const double headRadius = w * 0.25;
    path.addEllipse(QPointF(box.center().x(), box.top() + headRadius + h * 0.02), headRadius,
                    headRadius);
    // Shoulders and body: a rounded block below the head.
    const QRectF body(box.left() + w * 0.12, box.top() + 2 * headRadius + h * 0.08, w * 0.76,
                      h * 0.9 - 2 * headRadius - h * 0.08);
    path.addRoundedRect(body, w * 0.3, w * 0.3);
    return path;
}

} // namespace

IconArray::IconArray(QWidget *parent) : QWidget(parent)
{
    ensureAccessibleInterfaces();
    updateAccessibleText();
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QColor IconArray::ink()
{
    return QColor(kInk);
}

void IconArray::setHazard(const Hazard &hazard)
{
    const auto [low, high] = RiskWording::rangeOutOfTen(hazard);
    m_low = low;
    m_high = high;
    m_central = RiskWording::outOfTen(probabilityOf(hazard.central));
    updateAccessibleText();
    update();
}

void IconArray::updateAccessibleText()
{
    setAccessibleName(tr("Identified in %1 of 10 trips").arg(m_central));
    setAccessibleDescription(
        tr("Icon array of 10 trips: identified in %1, %2 to %3 within the range")
            .arg(m_central)
            .arg(m_low)
            .arg(m_high));
}

void IconArray::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        updateAccessibleText();
}

QSize IconArray::sizeHint() const
{
    return {static_cast<int>(std::ceil(kIconHeightPixels * kAspect)) + 2, kIconHeightPixels + 2};
}

IconArray::IconState IconArray::stateOf(int icon, int low, int central, int high)
{
    if (icon < central)
        return icon < low ? IconState::Identified : IconState::MaybeIdentified;
    return icon < high ? IconState::MaybeNot : IconState::NotIdentified;
}

void IconArray::paintIcon(QPainter &painter, const QRectF &box, IconState state)
{
    const QPainterPath shape = personShape(box);
    const QColor ink(kInk);
    const qreal outline = std::max(1.0, box.width() * 0.08);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    switch (state) {
    case IconState::Identified:
        painter.setBrush(ink);
        painter.drawPath(shape);
        break;
    case IconState::MaybeIdentified:
        // Filled, crossed by light stripes: identified in the estimate, perhaps not in fact.
        painter.setBrush(ink);
        painter.drawPath(shape);
        painter.setClipPath(shape);
        painter.setPen(QPen(QColor(255, 255, 255, 190), box.width() * 0.12));
        for (double x = -box.height(); x < box.width(); x += box.width() * 0.38)
            painter.drawLine(QPointF(box.left() + x, box.bottom()),
                             QPointF(box.left() + x + box.height(), box.top()));
        break;
    case IconState::MaybeNot:
        // Outlined and hatched: not identified in the estimate, perhaps in fact.
        painter.setBrush(QColor(kEmpty));
        painter.drawPath(shape);
        painter.setClipPath(shape);
        painter.setPen(QPen(ink, box.width() * 0.1));
        for (double x = -box.height(); x < box.width(); x += box.width() * 0.38)
            painter.drawLine(QPointF(box.left() + x, box.bottom()),
                             QPointF(box.left() + x + box.height(), box.top()));
        break;
    case IconState::NotIdentified:
        painter.setBrush(QColor(kEmpty));
        painter.drawPath(shape);
        break;
    }
    painter.setClipping(false);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(ink, outline));
    painter.drawPath(shape);
    painter.restore();
}

void IconArray::paint(QPainter &painter, const QRectF &area, int low, int central, int high)
{
    // Fit ten icons and the group gap into the area, keeping the icons' proportions.
    const double height = std::min(area.height(), area.width() / kAspect);
    const double width = height * kIconAspect;
    const double step = width * 1.0;
    const double gap = width * kGroupGapIcons;
    const double total = 10 * step + gap;
    double x = area.left() + (area.width() - total) / 2.0;
    const double y = area.top() + (area.height() - height) / 2.0;
    for (int i = 0; i < 10; ++i) {
        if (i == 5)
            x += gap;
        const QRectF box(x + step * 0.06, y, width * 0.88, height);
        paintIcon(painter, box, stateOf(i, low, central, high));
        x += step;
    }
}

void IconArray::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(painter, QRectF(rect()).adjusted(1, 1, -1, -1), m_low, m_central, m_high);
}

} // namespace blindspot
