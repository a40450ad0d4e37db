#include "gui/map/network_painter.h"

#include "gui/map/map_metrics.h"
#include "gui/map/map_scene.h"
#include "gui/map/map_style.h"
#include "gui/map/map_viewport.h"
#include "gui/map/segment_clip.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace blindspot {

namespace {

// Labels from city zoom on: hubs first, then single stations where there is room, in a smaller
// type until this zoom.
constexpr double kLabelsFromPixelsPerMetre = 0.09;
constexpr double kTransferLabelsFromPixelsPerMetre = 0.03;
constexpr double kEntrancesFromPixelsPerMetre = 0.35;
// Polyline vertices closer than this (Manhattan distance, pixels) are merged before stroking.
constexpr double kMinVertexSpacingPixels = 1.5;

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

} // namespace

void NetworkPainter::paintSurveyAreas(QPainter &painter, const MapScene &scene,
                                      const MapViewport &view) const
{
    if (scene.surveyAreas.empty())
        return;
    painter.save();
    MapStyle::setSurveyAreaStyle(painter);
    const QRectF clip = view.clipRect(SymbolMetrics::kClipMarginPixels);
    QPolygonF polygon;
    std::vector<QPointF> visible;
    for (const QPolygonF &area : scene.surveyAreas) {
        polygon.resize(area.size());
        for (qsizetype i = 0; i < area.size(); ++i)
            polygon[i] = view.toWidget(area[i]);
        if (!polygon.boundingRect().intersects(clip))
            continue;
        clipRing(polygon.constData(), int(polygon.size()), clip, visible);
        if (visible.size() >= 3)
            painter.drawPolygon(visible.data(), int(visible.size()));
    }
    painter.restore();
}

void NetworkPainter::paintLines(QPainter &painter, const MapScene &scene, const MapViewport &view,
                                qreal width) const
{
    const QRectF clip = view.clipRect(SymbolMetrics::kClipMarginPixels);
    struct Run {
        QColor colour;
        QPolygonF points;
    };
    std::vector<Run> runs;
    std::vector<QPolygonF> pieces;
    QPolygonF polyline;
    for (const MapScene::LinePath &line : scene.lines) {
        // Widened by the pen, so that a perfectly straight line (an empty box) still counts.
        const QRectF bounds =
            QRectF(view.toWidget(line.bounds.topLeft()), view.toWidget(line.bounds.bottomRight()))
                .normalized()
                .adjusted(-width, -width, width, width);
        if (!bounds.intersects(clip))
            continue;
        // Points closer than a pixel to the last one kept add nothing visible but stroking
        // cost: a city seen whole has many to a pixel.
        polyline.clear();
        for (qsizetype i = 0; i < line.metres.size(); ++i) {
            const QPointF p = view.toWidget(line.metres[i]);
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

int NetworkPainter::paintStations(QPainter &painter, const MapScene &scene,
                                  const MapViewport &view, qreal radius, qreal devicePixelRatio)
{
    const QRectF shown = QRectF(view.rect()).adjusted(-radius, -radius, radius, radius);
    const auto &stations = scene.stations;
    const QRectF clip = view.clipRect(SymbolMetrics::kClipMarginPixels);
    std::vector<QLineF> transfers;
    for (const auto &[from, to] : scene.transfers)
        if (const auto visible =
                clippedSegment(view.toWidget(stations[from]), view.toWidget(stations[to]), clip))
            transfers.push_back(*visible);
    for (const QLineF &transfer : transfers)
        MapStyle::paintTransferCasing(painter, transfer.p1(), transfer.p2(), radius);
    // One pre-rendered disc stamped in a batch: a city's 300 stations cost a tenth of drawing
    // each circle.
    const qreal ratio = devicePixelRatio;
    if (m_stationSprite.isNull() || m_stationSpriteRadius != radius ||
        m_stationSprite.devicePixelRatio() != ratio) {
        m_stationSprite = MapStyle::stationSprite(radius, ratio);
        m_stationSpriteRadius = radius;
    }
    const QRectF source(QPointF(0, 0), m_stationSprite.size());
    std::vector<QPainter::PixmapFragment> fragments;
    for (const QPointF &metres : stations) {
        const QPointF p = view.toWidget(metres);
        if (!shown.contains(p))
            continue;
        fragments.push_back(QPainter::PixmapFragment::create(p, source, 1.0 / ratio, 1.0 / ratio));
    }
    painter.drawPixmapFragments(fragments.data(), static_cast<int>(fragments.size()),
                                m_stationSprite);
    for (const QLineF &transfer : transfers)
        MapStyle::paintTransferFill(painter, transfer.p1(), transfer.p2(), radius);
    return static_cast<int>(fragments.size());
}

void NetworkPainter::paintEntrances(QPainter &painter, const MapScene &scene,
                                    const MapViewport &view) const
{
    if (view.pixelsPerMetre() < kEntrancesFromPixelsPerMetre)
        return;
    const qreal size = std::clamp(4.0 + view.pixelsPerMetre() * 2.0, 5.0, 8.0);
    const QRectF shown = QRectF(view.rect()).adjusted(-size, -size, size, size);
    for (const QPointF &metres : scene.entrances) {
        const QPointF p = view.toWidget(metres);
        if (shown.contains(p))
            MapStyle::paintEntrance(painter, p, size);
    }
}

int NetworkPainter::paintLabels(QPainter &painter, const MapScene &scene,
                                const MapViewport &view, const SymbolMetrics &symbols,
                                const QFont &font, const std::vector<QRectF> &avoid) const
{
    if (view.pixelsPerMetre() < kTransferLabelsFromPixelsPerMetre)
        return 0;
    const qreal stationRadius = symbols.stationRadius;
    const qreal symbolSize = symbols.symbolSize;
    const bool fullSize = view.pixelsPerMetre() >= kLabelsFromPixelsPerMetre;
    QFont labelFont = font;
    QFont transferFont = labelFont;
    transferFont.setWeight(QFont::DemiBold);
    const QFontMetricsF labelMetrics(labelFont);
    const QFontMetricsF transferMetrics(transferFont);
    const qreal gap = stationRadius + 3.0;
    const QRectF bounds = view.rect();

    // Stations and their camera symbols are obstacles too: a label never hides either.
    std::vector<QRectF> taken;
    const QSizeF stationBox(2 * stationRadius, 2 * stationRadius);
    for (const QPointF &metres : scene.stations) {
        const QPointF p = view.toWidget(metres);
        if (bounds.contains(p))
            taken.emplace_back(p - QPointF(stationRadius, stationRadius), stationBox);
    }
    if (!view.coveredRect().isEmpty())
        taken.emplace_back(view.coveredRect());
    taken.insert(taken.end(), avoid.begin(), avoid.end());
    const QSizeF badgeBox(symbolSize, symbolSize);
    for (const MapScene::StationBadge &badge : scene.stationBadges) {
        const QPointF p = SymbolMetrics::badgeCentre(
            view.toWidget(scene.stations[badge.station]), stationRadius);
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
    QFont badgeFont = font;
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
    badgeFont.setBold(true);
    const QFontMetricsF badgeMetrics(badgeFont);
    painter.setFont(badgeFont);
    for (const MapScene::LinePath &line : scene.lines) {
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
                (view.toWidget(line.metres[i]) + view.toWidget(line.metres[i + 1])) / 2.0;
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
    int written = 0;
    for (const MapScene::Label &label : scene.labels) {
        if (label.text.isEmpty())
            continue;
        const QRectF anchor = QRectF(view.toWidget(label.anchorMetres.topLeft()),
                                     view.toWidget(label.anchorMetres.bottomRight()))
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
        ++written;
    }
    painter.setFont(font);
    return written;
}

} // namespace blindspot
