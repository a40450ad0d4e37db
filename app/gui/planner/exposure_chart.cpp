#include "gui/planner/exposure_chart.h"

#include "gui/shell/accessibility.h"
#include "gui/planner/icon_array.h"
#include "common/risk_wording.h"
#include "gui/planner/route_overlay.h"
#include "common/route_text.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <array>
#include <cmath>

namespace blindspot {

namespace {

// Points inside each step: the curve bends within a step (1 - exp(-h t)), straight lines
// between its ends would overstate the middle.
constexpr int kPiecesPerStep = 6;

double tickStepMinutes(double totalMinutes)
{
    static constexpr std::array<double, 9> kSteps{1, 2, 5, 10, 15, 20, 30, 60, 120};
    for (double step : kSteps)
        if (totalMinutes / step <= 6.0)
            return step;
    return kSteps.back() * std::ceil(totalMinutes / (6.0 * kSteps.back()));
}

} // namespace

ExposureChart::ExposureChart(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(minimumSizeHint().height());
    ensureAccessibleInterfaces();
    setAccessibleName(tr("Chart: how the chance of identification builds up over the trip"));
}

void ExposureChart::setRoute(const Route &route)
{
    m_route = route;
    m_hasRoute = true;
    setAccessibleDescription(spokenValues(route));
    update();
}

void ExposureChart::clear()
{
    m_route = {};
    m_hasRoute = false;
    setAccessibleDescription(QString());
    update();
}

void ExposureChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Chart: how the chance of identification builds up over the trip"));
        setAccessibleDescription(m_hasRoute ? spokenValues(m_route) : QString());
    }
}

QString ExposureChart::spokenValues(const Route &route)
{
    // Where the central estimate out of 10 goes up, and at the end the route's own numbers
    // (the same as its card's); the points inside long steps only matter where it changes.
    QStringList rises;
    int said = 0;
    for (const Point &point : curve(route)) {
        const int outOfTen = RiskWording::outOfTen(point.central);
        if (outOfTen > said) {
            rises << tr("%1 of 10 after %2")
                         .arg(QLocale().toString(outOfTen),
                              RouteText::duration(point.minutes * 60.0));
            said = outOfTen;
        }
    }
    const auto [low, high] = RiskWording::rangeOutOfTen(route.hazard);
    const QString end = tr("At the end, after %1: identified in %2 of 10 trips (%3 to %4).")
                            .arg(RouteText::duration(route.durationSeconds),
                                 QLocale().toString(RiskWording::outOfTen(route.probability())),
                                 QLocale().toString(low), QLocale().toString(high));
    if (rises.isEmpty())
        return end;
    return tr("Out of 10 trips, identified so far: %1.").arg(rises.join(QStringLiteral("; "))) +
           QLatin1Char(' ') + end;
}

std::vector<ExposureChart::Point> ExposureChart::curve(const Route &route)
{
    // The legs' hazards add up to a little more than the route's when a camera sees two steps;
    // scaling each bound's running sum makes the curve end at the number the cards show.
    std::array<double, 3> legSum{};
    for (const RouteLeg &leg : route.legs)
        for (Bound b : kBounds)
            legSum[static_cast<std::size_t>(b)] += leg.hazard.at(b);
    std::array<double, 3> scale{};
    for (Bound b : kBounds) {
        const auto i = static_cast<std::size_t>(b);
        scale[i] =
            legSum[i] > 0.0 && std::isfinite(legSum[i]) ? route.hazard.at(b) / legSum[i] : 0.0;
    }
    std::vector<Point> points{Point{}};
    double seconds = 0.0;
    std::array<double, 3> hazard{};
    for (const RouteLeg &leg : route.legs) {
        for (int k = 0; k < kPiecesPerStep; ++k) {
            seconds += leg.durationSeconds / kPiecesPerStep;
            for (Bound b : kBounds) {
                const auto i = static_cast<std::size_t>(b);
                hazard[i] += leg.hazard.at(b) * scale[i] / kPiecesPerStep;
            }
            points.push_back({seconds / 60.0, probabilityOf(hazard[0]), probabilityOf(hazard[1]),
                              probabilityOf(hazard[2])});
        }
    }
    return points;
}

void ExposureChart::paint(QPainter &painter, const QRectF &area, const Route &route,
                          const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QLocale locale;
    const QColor text(0x232323);
    const QColor grid(0xD0D0D0);

    const qreal line = metrics.height();
    const QRectF frame(QPointF(area.left() + metrics.horizontalAdvance(QStringLiteral("10")) + 10,
                               area.top() + line * 1.4),
                       QPointF(area.right() - 8, area.bottom() - line * 2.3));
    if (frame.width() < 40 || frame.height() < 30) {
        painter.restore();
        return;
    }

    painter.setPen(text);
    // The title fits the width in every language: a slightly smaller font rather than a cut.
    const QString title = tr("Chance of being identified so far (of 10 trips)");
    const QFont chartFont = painter.font();
    QFont titleFont = chartFont;
    while (QFontMetricsF(titleFont).horizontalAdvance(title) > area.width() &&
           titleFont.pointSizeF() > 0.75 * chartFont.pointSizeF())
        titleFont.setPointSizeF(titleFont.pointSizeF() - 0.25);
    painter.setFont(titleFont);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line * 1.2),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(chartFont);

    const std::vector<Point> points = curve(route);
    const double totalMinutes = std::max(1.0, points.back().minutes);
    const auto at = [&](double minutes, double probability) {
        return QPointF(frame.left() + frame.width() * minutes / totalMinutes,
                       frame.bottom() - frame.height() * probability);
    };

    // Grid and axes: 0, 5 and 10 of 10; ticks every round number of minutes.
    for (int tenths : {0, 5, 10}) {
        const qreal y = frame.bottom() - frame.height() * tenths / 10.0;
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y));
        painter.setPen(text);
        painter.drawText(QRectF(area.left(), y - line / 2, frame.left() - area.left() - 5, line),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(tenths));
    }
    const double step = tickStepMinutes(totalMinutes);
    for (double m = 0; m <= totalMinutes + 1e-9; m += step) {
        const qreal x = at(m, 0).x();
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(x, frame.bottom()), QPointF(x, frame.bottom() + 4));
        painter.setPen(text);
        painter.drawText(QRectF(x - 30, frame.bottom() + 4, 60, line), Qt::AlignCenter,
                         locale.toString(qRound(m)));
    }
    painter.drawText(QRectF(frame.left(), frame.bottom() + 4 + line, frame.width(), line),
                     Qt::AlignCenter, tr("minutes from the start"));

    // The band from the low to the high end, then the central estimate over it.
    QPolygonF band;
    for (const Point &p : points)
        band << at(p.minutes, p.high);
    for (auto it = points.rbegin(); it != points.rend(); ++it)
        band << at(it->minutes, it->low);
    QColor bandColour = RouteOverlay::palette()[1];
    bandColour.setAlpha(110);
    painter.setPen(Qt::NoPen);
    painter.setBrush(bandColour);
    painter.drawPolygon(band);
    QPolygonF central;
    for (const Point &p : points)
        central << at(p.minutes, p.central);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(IconArray::ink(), 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(central);

    // Chokepoints where their step ends, numbered as on the map.
    const std::vector<int> numbers = RouteOverlay::chokepointNumbers(route);
    double seconds = 0.0;
    std::size_t point = 0;
    for (std::size_t i = 0; i < route.legs.size(); ++i) {
        seconds += route.legs[i].durationSeconds;
        point += kPiecesPerStep;
        if (numbers[i] == 0 || point >= points.size())
            continue;
        RouteOverlay::paintMarker(painter, at(seconds / 60.0, points[point].central),
                                  std::max(6.0, line * 0.55), locale.toString(numbers[i]));
    }
    painter.restore();
}

void ExposureChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!m_hasRoute)
        return;
    paint(painter, QRectF(rect()).adjusted(2, 2, -2, -2), m_route, font());
}

} // namespace blindspot
