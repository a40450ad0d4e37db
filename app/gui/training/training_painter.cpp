#include "gui/training/training_painter.h"

#include "gui/planner/icon_array.h"
#include "common/risk_wording.h"
#include "common/route_text.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPicture>

#include <algorithm>
#include <cmath>

namespace blindspot {

namespace {

constexpr QRgb kPaper = 0xFFFFFF;
constexpr QRgb kInk = 0x222222;
constexpr QRgb kMuted = 0x5C5C5C;
constexpr QRgb kNoData = 0x9A9A9A;
constexpr QRgb kCardBorder = 0xC8C8C8;
// Okabe-Ito colours without vermillion: red is kept for well-evidenced facts on the map.
constexpr QRgb kStepColours[] = {0x0072B2, 0xE69F00, 0x009E73, 0x56B4E9, 0xCC79A7};

QFont fontOf(qreal pixelSize, bool bold)
{
    QFont font;
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

} // namespace

QColor TrainingPainter::paper()
{
    return QColor(kPaper);
}

QColor TrainingPainter::ink()
{
    return QColor(kInk);
}

QColor TrainingPainter::muted()
{
    return QColor(kMuted);
}

QColor TrainingPainter::noData()
{
    return QColor(kNoData);
}

QColor TrainingPainter::stepColour(AdidsStep step)
{
    return QColor(kStepColours[std::size_t(step)]);
}

qreal TrainingPainter::paintText(QPainter &painter, const QRectF &box, const QString &text,
                                 qreal pixelSize, bool bold, const QColor &colour, int flags)
{
    if (text.isEmpty() || box.isEmpty())
        return 0.0;
    flags |= Qt::TextWordWrap;
    qreal size = pixelSize;
    QRectF needed;
    // Shrink in small steps until the text fits, but never below half: a slide must stay
    // readable from the back of the room, so it is better cut than tiny.
    for (; size >= pixelSize * 0.5; size *= 0.92) {
        const QFontMetricsF metrics(fontOf(size, bold));
        needed = metrics.boundingRect(box, flags, text);
        if (needed.height() <= box.height() && needed.width() <= box.width() + 0.5)
            break;
    }
    size = std::max(size, pixelSize * 0.5);
    painter.save();
    painter.setFont(fontOf(size, bold));
    painter.setPen(colour);
    QRectF used;
    painter.drawText(box, flags, text, &used);
    painter.restore();
    return std::min(used.height(), box.height());
}

QString TrainingPainter::routeFacts(const Route &route)
{
    const bool rides = std::any_of(route.legs.begin(), route.legs.end(),
                                   [](const RouteLeg &l) { return l.kind == LegKind::Ride; });
    const QString time = RouteText::duration(route.durationSeconds);
    if (!rides)
        return tr("%1 on foot").arg(time);
    if (route.transfers == 0)
        return tr("%1 by metro, no change").arg(time);
    if (route.transfers == 1)
        return tr("%1 by metro, 1 change").arg(time);
    return tr("%1 by metro, %2 changes").arg(time).arg(route.transfers);
}

QString TrainingPainter::noDataText(double assumedShare)
{
    const int parts = RiskWording::outOfTen(assumedShare);
    if (parts == 0)
        return tr("Rests on reported cameras");
    if (parts == 10)
        return tr("Rests almost entirely on assumptions where nobody reported cameras");
    return tr("About %1 of 10 parts of this estimate are assumptions where nobody reported "
              "cameras")
        .arg(parts);
}

void TrainingPainter::paintNoDataBar(QPainter &painter, const QRectF &box, double assumedShare)
{
    const int parts = RiskWording::outOfTen(assumedShare);
    const qreal gap = box.height() * 0.25;
    const qreal segment = (box.width() - 9 * gap) / 10.0;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 10; ++i) {
        const QRectF cell(box.left() + i * (segment + gap), box.top(), segment, box.height());
        painter.setPen(QPen(noData(), std::max(1.0, box.height() * 0.08)));
        if (i < parts) {
            painter.setBrush(QBrush(noData(), Qt::BDiagPattern));
            painter.drawRect(cell);
        } else {
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell);
        }
    }
    painter.restore();
}

qreal TrainingPainter::routeCardHeight(qreal width, qreal unit, const SlideRoute &route,
                                       const Dataset &city, const QString &language)
{
    // Lays the card out on a picture that records nothing anyone sees: text wraps differently
    // with every language and route, so the height is measured, not estimated.
    QPicture picture;
    QPainter painter(&picture);
    return paintRouteCard(painter, QRectF(0, 0, width, unit * 100), route, unit, city, language);
}

qreal TrainingPainter::paintRouteCard(QPainter &painter, const QRectF &box, const SlideRoute &slide,
                                      qreal unit, const Dataset &city, const QString &language)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(kCardBorder), std::max(1.0, unit * 0.08)));
    painter.setBrush(paper());
    painter.drawRoundedRect(box, unit * 0.5, unit * 0.5);
    const qreal pad = unit * 0.8;
    QRectF area = box.adjusted(pad, pad, -pad, -pad);
    qreal y = area.top();
    auto line = [&](const QString &text, qreal size, bool bold, const QColor &colour,
                    qreal maxLines) {
        const qreal used =
            paintText(painter, QRectF(area.left(), y, area.width(), size * 1.3 * maxLines), text,
                      size, bold, colour);
        y += used + size * 0.35;
    };
    line(slide.label, unit * 1.15, true, ink(), 3);
    if (!slide.route) {
        line(tr("No way found with these choices."), unit, false, muted(), 2);
        painter.restore();
        return y + pad - box.top();
    }
    const Route &route = *slide.route;
    line(routeFacts(route), unit, false, ink(), 1);
    const QString outline = RouteText(city, language).routeOutline(route);
    line(outline, unit * 0.75, false, muted(), 3);

    const qreal iconWidth = std::min(area.width(), unit * 16);
    const QRectF icons(area.left(), y + unit * 0.2, iconWidth, iconWidth / IconArray::kAspect);
    const auto [low, high] = RiskWording::rangeOutOfTen(route.hazard);
    IconArray::paint(painter, icons, low, RiskWording::outOfTen(route.probability()), high);
    y = icons.bottom() + unit * 0.5;
    line(RiskWording::wordWithRange(route.hazard), unit * 1.1, true, ink(), 1);
    line(RiskWording::referenceClass(slide.profile), unit * 0.75, false, muted(), 3);
    const QRectF bar(area.left(), y + unit * 0.1, std::min(area.width(), unit * 10), unit * 0.6);
    paintNoDataBar(painter, bar, route.assumedShare);
    y = bar.bottom() + unit * 0.35;
    line(noDataText(route.assumedShare), unit * 0.75, false, muted(), 2);
    painter.restore();
    return y + pad - box.top();
}

} // namespace blindspot
