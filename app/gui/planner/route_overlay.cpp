#include "gui/planner/route_overlay.h"

#include "common/risk_wording.h"
#include "gui/map/map_view.h"
#include "gui/map/map_viewport.h"
#include "gui/map/segment_clip.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLineF>
#include <QLocale>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <optional>

namespace blindspot {

namespace {

// The width of the middle band; walking dashes are as long at every width as at this one.
constexpr qreal kRouteWidth = 7.0;
// Steps' widths by band (RiskWording's words), a step of 1.5 pixels apart: each band a little
// wider than the last, the likeliest not so wide that it hides the stations under it.
constexpr std::array<qreal, 5> kBandWidths{4.0, 5.5, 7.0, 8.5, 10.0};
// A step's chance written beside it: room between the label and the line or marker.
constexpr qreal kLabelGap = 3.0;
constexpr qreal kCasingExtra = 3.0; // dark edge on each side, together
constexpr qreal kHaloExtra = 7.0;   // white halo beyond the edge, together
constexpr qreal kMarkerRadius = 10.0;
constexpr qreal kFitMarginPixels = 36.0; // room for the end markers and station names
// Geometry is clipped to the widget plus this margin before it is stroked: dashing a long walk
// at street zoom would otherwise cost far more than the visible part.
constexpr qreal kClipMarginPixels = 40.0;
// A step whose hazard rests on assumptions for at least this share is drawn as "no data".
constexpr double kAssumedShareForNoData = 0.5;

constexpr QRgb kMarker = 0x232323;
constexpr QRgb kNoDataStripe = 0x8A8A8A;

// The visible runs of a step's path, in widget coordinates.
std::vector<QPolygonF> visibleRuns(const RouteLeg &leg, const MapViewport &view)
{
    const QRectF clip = view.clipRect(kClipMarginPixels);
    std::vector<QPolygonF> runs;
    std::optional<QPointF> previous;
    bool continuing = false;
    for (const LatLon &position : leg.path) {
        if (!position.isValid())
            continue;
        const QPointF p = view.widgetPosition(position);
        if (previous) {
            if (const auto part = clippedSegment(*previous, p, clip)) {
                if (!continuing || runs.back().constLast() != part->p1())
                    runs.push_back(QPolygonF{part->p1()});
                runs.back() << part->p2();
                continuing = part->p2() == p;
            } else {
                continuing = false;
            }
        }
        previous = p;
    }
    return runs;
}

QPen routePen(const QColor &colour, qreal width, bool walking)
{
    QPen pen(colour, width, Qt::SolidLine, walking ? Qt::FlatCap : Qt::RoundCap, Qt::RoundJoin);
    if (walking) // dash lengths are in pen widths, so the pattern matches on every layer
        pen.setDashPattern({1.6 * kRouteWidth / width, 1.1 * kRouteWidth / width});
    return pen;
}

LatLon alongPath(const std::vector<LatLon> &path, double share)
{
    std::vector<LatLon> valid;
    for (const LatLon &p : path)
        if (p.isValid())
            valid.push_back(p);
    if (valid.empty())
        return {};
    double total = 0.0;
    for (std::size_t i = 1; i < valid.size(); ++i)
        total += haversineMetres(valid[i - 1], valid[i]);
    double wanted = total * share;
    for (std::size_t i = 1; i < valid.size(); ++i) {
        const double piece = haversineMetres(valid[i - 1], valid[i]);
        if (piece > 0.0 && wanted <= piece) {
            const double t = wanted / piece;
            return {valid[i - 1].lat + (valid[i].lat - valid[i - 1].lat) * t,
                    valid[i - 1].lon + (valid[i].lon - valid[i - 1].lon) * t};
        }
        wanted -= piece;
    }
    return valid.back();
}

} // namespace

RouteOverlay::RouteOverlay(Route route) : m_route(std::move(route))
{
    m_numbers = chokepointNumbers(m_route);
}

const std::array<QColor, 5> &RouteOverlay::palette()
{
    // ColorBrewer BuPu (Brewer, colorbrewer2.org), the five darker of its seven classes: one
    // hue growing darker, readable with every common colour-vision deficiency and in greyscale,
    // and apart from the camera symbols' Okabe-Ito colours. No red: red is for evidenced facts.
    static const std::array<QColor, 5> colours{QColor(0xB3CDE3), QColor(0x8C96C6), QColor(0x8C6BB1),
                                               QColor(0x88419D), QColor(0x6E016B)};
    return colours;
}

namespace {

// The same bands as RiskWording::word, so a colour and a width always go with one word.
std::size_t bandOf(double probability)
{
    if (probability < 0.1)
        return 0;
    if (probability < 0.33)
        return 1;
    if (probability < 0.66)
        return 2;
    if (probability < 0.9)
        return 3;
    return 4;
}

} // namespace

QColor RouteOverlay::colourFor(double probability)
{
    return palette()[bandOf(probability)];
}

qreal RouteOverlay::widthFor(double probability)
{
    return kBandWidths[bandOf(probability)];
}

QString RouteOverlay::chanceText(int low, int high)
{
    // Natural frequencies out of 10, as everywhere else (RiskWording); never "0 of 10", which
    // would read as "none".
    if (high <= 0)
        return tr("<1 of 10", "a route step's own chance on the map: fewer than 1 of 10 trips "
                              "like this are identified at this step");
    const QLocale locale;
    if (low == high)
        return tr("%1 of 10", "a route step's own chance on the map: this many of 10 trips like "
                              "this are identified at this step")
            .arg(locale.toString(low));
    return tr("%1-%2 of 10", "a route step's own chance on the map: between this many of 10 "
                             "trips like this are identified at this step")
        .arg(locale.toString(low), locale.toString(high));
}

QString RouteOverlay::chanceLabel(const Hazard &hazard)
{
    const auto [low, high] = RiskWording::rangeOutOfTen(hazard);
    return chanceText(low, high);
}

void RouteOverlay::paintStepSample(QPainter &painter, QPointF from, QPointF to, double probability)
{
    const qreal width = widthFor(probability);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(markerColour(), width + kCasingExtra, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(from, to);
    painter.setPen(QPen(colourFor(probability), width, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(from, to);
    painter.restore();
}

QColor RouteOverlay::markerColour()
{
    return QColor(kMarker);
}

bool RouteOverlay::restsOnAssumptions(const RouteLeg &leg)
{
    double assumed = 0.0;
    double total = 0.0;
    for (const HazardSource &s : leg.sources) {
        total += s.hazard.central;
        if (s.assumed)
            assumed += s.hazard.central;
    }
    return total > 0.0 && assumed >= kAssumedShareForNoData * total;
}

std::vector<int> RouteOverlay::chokepointNumbers(const Route &route)
{
    std::vector<int> numbers(route.legs.size(), 0);
    int next = 1;
    for (std::size_t i = 0; i < route.legs.size(); ++i)
        if (route.legs[i].chokepoint)
            numbers[i] = next++;
    return numbers;
}

LatLon RouteOverlay::markerPosition(const RouteLeg &leg)
{
    if (leg.path.empty())
        return leg.from.position;
    switch (leg.kind) {
    case LegKind::Entry:
    case LegKind::Transfer:
        return leg.path.front();
    case LegKind::Exit:
        return leg.path.back();
    case LegKind::Ride:
    case LegKind::Walk:
        break;
    }
    return alongPath(leg.path, 0.5);
}

void RouteOverlay::paintMarker(QPainter &painter, QPointF centre, qreal radius, const QString &text)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, radius * 0.25));
    painter.setBrush(markerColour());
    painter.drawEllipse(centre, radius, radius);
    QFont font = painter.font();
    font.setPixelSize(std::max(6, static_cast<int>(std::lround(radius * 1.2))));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                     Qt::AlignCenter, text);
    painter.restore();
}

std::vector<QRectF> RouteOverlay::paint(QPainter &painter, const MapViewport &view) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    std::vector<std::vector<QPolygonF>> runs;
    std::vector<qreal> widths;
    runs.reserve(m_route.legs.size());
    widths.reserve(m_route.legs.size());
    for (const RouteLeg &leg : m_route.legs) {
        runs.push_back(visibleRuns(leg, view));
        widths.push_back(widthFor(probabilityOf(leg.hazard.central)));
    }

    // Halo and dark edge under every step first, so that steps meet seamlessly.
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const bool walking = m_route.legs[i].kind == LegKind::Walk;
        painter.setPen(routePen(Qt::white, widths[i] + kHaloExtra, walking));
        for (const QPolygonF &run : runs[i])
            painter.drawPolyline(run);
    }
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const bool walking = m_route.legs[i].kind == LegKind::Walk;
        painter.setPen(routePen(markerColour(), widths[i] + kCasingExtra, walking));
        for (const QPolygonF &run : runs[i])
            painter.drawPolyline(run);
    }
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const RouteLeg &leg = m_route.legs[i];
        const bool walking = leg.kind == LegKind::Walk;
        painter.setPen(routePen(colourFor(probabilityOf(leg.hazard.central)), widths[i], walking));
        for (const QPolygonF &run : runs[i])
            painter.drawPolyline(run);
        if (restsOnAssumptions(leg)) {
            // Grey stripes across the colour: "no data" is its own state, never a plain colour.
            QPen stripes(QColor(kNoDataStripe), widths[i], Qt::CustomDashLine, Qt::FlatCap);
            stripes.setDashPattern({0.3, 0.5});
            painter.setPen(stripes);
            for (const QPolygonF &run : runs[i])
                painter.drawPolyline(run);
        }
    }

    // The ends, then the chokepoints; a marker that would hide another moves aside, joined to
    // its place by a short line drawn under every marker.
    std::vector<Marker> markers;
    const auto place = [&](LatLon position, const QString &label, int leg) {
        if (!position.isValid())
            return;
        const QPointF at = view.widgetPosition(position);
        const auto crowded = [&](QPointF c) {
            return std::any_of(markers.begin(), markers.end(), [&](const Marker &other) {
                return QLineF(c, other.centre).length() < 2.2 * kMarkerRadius;
            });
        };
        QPointF centre = at;
        for (int step = 1; step <= 4 && crowded(centre); ++step)
            centre = at + QPointF(1.9, -1.9) * kMarkerRadius * step;
        markers.push_back({at, centre, label, leg});
    };
    if (!m_route.legs.empty()) {
        const RouteLeg &first = m_route.legs.front();
        const RouteLeg &last = m_route.legs.back();
        place(first.path.empty() ? first.from.position : first.path.front(),
              tr("A", "start of the route on the map"), -1);
        place(last.path.empty() ? last.to.position : last.path.back(),
              tr("B", "end of the route on the map"), -1);
    }
    for (std::size_t i = 0; i < m_route.legs.size(); ++i)
        if (m_numbers[i] != 0)
            place(markerPosition(m_route.legs[i]), QLocale().toString(m_numbers[i]),
                  static_cast<int>(i));
    painter.setPen(QPen(markerColour(), 2.0));
    for (const Marker &m : markers)
        if (m.centre != m.at)
            painter.drawLine(m.at, m.centre);
    for (const Marker &m : markers)
        paintMarker(painter, m.centre, kMarkerRadius, m.label);
    const std::vector<QRectF> labels = paintChanceLabels(painter, view, markers, runs);
    painter.restore();
    return labels;
}

std::vector<QRectF> RouteOverlay::paintChanceLabels(
    QPainter &painter, const MapViewport &view, const std::vector<Marker> &markers,
    const std::vector<std::vector<QPolygonF>> &runs) const
{
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetricsF metrics(font);
    const QRectF bounds = view.rect();
    std::vector<QRectF> taken;
    for (const Marker &m : markers)
        taken.emplace_back(m.centre - QPointF(kMarkerRadius + 2, kMarkerRadius + 2),
                           QSizeF(2 * kMarkerRadius + 4, 2 * kMarkerRadius + 4));
    if (!view.coveredRect().isEmpty())
        taken.emplace_back(view.coveredRect());
    const std::size_t markerCount = taken.size();

    // The likeliest steps choose their places first: theirs are the numbers to read. Only
    // the chokepoints are labelled, beside their markers: a number on every step would bury
    // the map in labels, and the width already tells every step's band.
    std::vector<const Marker *> numbered;
    for (const Marker &m : markers)
        if (m.leg >= 0)
            numbered.push_back(&m);
    std::stable_sort(numbered.begin(), numbered.end(), [this](const Marker *a, const Marker *b) {
        return m_route.legs[static_cast<std::size_t>(a->leg)].hazard.central >
               m_route.legs[static_cast<std::size_t>(b->leg)].hazard.central;
    });
    struct Label {
        QRectF box;
        QString text;
        QColor colour;
    };
    std::vector<Label> labels;
    // A swatch of the step's colour on the label's left ties the number to its line.
    const qreal swatch = metrics.height() * 0.5;
    for (const Marker *marker : numbered) {
        const RouteLeg &leg = m_route.legs[static_cast<std::size_t>(marker->leg)];
        const QPointF at = marker->centre;
        if (!bounds.contains(at))
            continue;
        const QString text = chanceLabel(leg.hazard);
        const QSizeF size(swatch + 10.0 + metrics.horizontalAdvance(text), metrics.height() + 2.0);
        const qreal gap = kMarkerRadius + kLabelGap;
        const std::array<QRectF, 4> candidates{
            QRectF(QPointF(at.x() + gap, at.y() - size.height() / 2.0), size),
            QRectF(QPointF(at.x() - gap - size.width(), at.y() - size.height() / 2.0), size),
            QRectF(QPointF(at.x() - size.width() / 2.0, at.y() + gap), size),
            QRectF(QPointF(at.x() - size.width() / 2.0, at.y() - gap - size.height()), size)};
        const auto isFree = [&](const QRectF &box) {
            return bounds.contains(box) &&
                   std::none_of(taken.begin(), taken.end(),
                                [&](const QRectF &other) { return other.intersects(box); });
        };
        // Off the route itself where possible, so that the label hides none of its line.
        const auto crossesRoute = [&](const QRectF &box) {
            const QRectF reach = box.adjusted(-kHaloExtra, -kHaloExtra, kHaloExtra, kHaloExtra);
            for (const std::vector<QPolygonF> &legRuns : runs)
                for (const QPolygonF &run : legRuns)
                    for (qsizetype k = 1; k < run.size(); ++k)
                        if (clippedSegment(run[k - 1], run[k], reach))
                            return true;
            return false;
        };
        auto chosen = std::find_if(candidates.begin(), candidates.end(), [&](const QRectF &box) {
            return isFree(box) && !crossesRoute(box);
        });
        if (chosen == candidates.end())
            chosen = std::find_if(candidates.begin(), candidates.end(), isFree);
        if (chosen == candidates.end())
            continue;
        taken.push_back(chosen->adjusted(-2, -2, 2, 2));
        labels.push_back({*chosen, text, colourFor(probabilityOf(leg.hazard.central))});
    }

    painter.setFont(font);
    for (const Label &label : labels) {
        painter.setPen(QPen(markerColour(), 1.0));
        painter.setBrush(QColor(255, 255, 255, 235));
        painter.drawRoundedRect(label.box, 3.0, 3.0);
        const QRectF swatchBox(label.box.left() + 4.0, label.box.center().y() - swatch / 2.0,
                               swatch, swatch);
        painter.setBrush(label.colour);
        painter.drawRect(swatchBox);
        painter.setPen(markerColour());
        painter.drawText(label.box.adjusted(swatch + 7.0, 0, -3.0, 0),
                         Qt::AlignVCenter | Qt::AlignLeft, label.text);
    }
    std::vector<QRectF> boxes(taken.begin() + static_cast<std::ptrdiff_t>(markerCount),
                              taken.end());
    return boxes;
}

void RouteOverlay::fitMapTo(MapView &map, const Route &route)
{
    map.fitToData();
    // Bounds by hand: QRectF::united() skips empty rectangles, and a point is one.
    double left = INFINITY, top = INFINITY, right = -INFINITY, bottom = -INFINITY;
    for (const RouteLeg &leg : route.legs)
        for (const LatLon &p : leg.path) {
            if (!p.isValid())
                continue;
            const QPointF w = map.widgetPosition(p);
            left = std::min(left, w.x());
            right = std::max(right, w.x());
            top = std::min(top, w.y());
            bottom = std::max(bottom, w.y());
        }
    if (!(left <= right))
        return;
    const QRectF box(QPointF(left, top), QPointF(right, bottom));
    // Into the largest part of the map that the legend floating over it leaves free.
    QRectF free = map.rect();
    const QRectF covered = QRectF(map.coveredRect()).intersected(free);
    if (!covered.isEmpty()) {
        const std::array<QRectF, 4> sides{
            QRectF(QPointF(covered.right(), free.top()), free.bottomRight()),
            QRectF(free.topLeft(), QPointF(covered.left(), free.bottom())),
            QRectF(free.topLeft(), QPointF(free.right(), covered.top())),
            QRectF(QPointF(free.left(), covered.bottom()), free.bottomRight())};
        free = *std::max_element(sides.begin(), sides.end(), [](const QRectF &a, const QRectF &b) {
            return a.width() * a.height() < b.width() * b.height();
        });
    }
    const QRectF area =
        free.adjusted(kFitMarginPixels, kFitMarginPixels, -kFitMarginPixels, -kFitMarginPixels);
    if (area.width() <= 0 || area.height() <= 0)
        return;
    const double factor = std::min(area.width() / std::max(box.width(), 1.0),
                                   area.height() / std::max(box.height(), 1.0));
    map.panByPixels(box.center() - area.center());
    map.zoomBy(factor, area.center());
}

} // namespace blindspot
