#include "gui/training/map_marks_overlay.h"

#include "gui/map/map_layers.h"
#include "gui/map/map_style.h"
#include "gui/map/map_view.h"
#include "gui/map/map_viewport.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <functional>
#include <limits>

namespace blindspot {

namespace {

// Trainees' guesses in the colour of the ADIDS "activity" step; labels dark on white.
constexpr QRgb kMarkColour = 0x0072B2;
constexpr QRgb kLabelInk = 0x222222;
constexpr QRgb kLeaderLine = 0x5C5C5C;
constexpr qreal kMarkRadius = 11.0;
// The map draws a station's disc at most 8 px in radius and writes its name 3 px beyond it
// (NetworkPainter::paintLabels), right of the station if there is room, else left, above or
// below.
constexpr qreal kStationNameGap = 8.0 + 3.0;
// Half a camera symbol on the map when zoomed in to an excerpt, with its white outline.
constexpr qreal kCameraSymbolRadius = 9.0;
// How many steps outwards a label looks for room before it gives up and sits beside its camera.
constexpr int kLabelRings = 6;
// The key: its text size, icon cell, widest text and distance from the map's edge (pixels at
// scale 1).
constexpr qreal kLegendTextPixels = 11.0;
constexpr QSizeF kLegendIcon(24.0, 16.0);
constexpr qreal kLegendTextWidth = 210.0;
constexpr qreal kLegendMargin = 8.0;
constexpr qreal kLegendPadding = 6.0;
// Its corners, in the order tried; the map's scale bar and attribution take the bottom right.
enum class Corner { TopLeft, TopRight, BottomLeft };
constexpr std::array<Corner, 3> kCorners{Corner::TopLeft, Corner::TopRight, Corner::BottomLeft};

// The words of the main map's key where they are the same, so that they read the same and are
// translated once (marked with QT_TRANSLATE_NOOP in that key's context where used).
QString mapLegendText(const char *text)
{
    return QCoreApplication::translate("blindspot::MapLegend", text);
}

void paintMark(QPainter &painter, QPointF p, qreal r, qreal scale)
{
    painter.setPen(QPen(Qt::white, 5.0 * scale));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(p, r, r);
    painter.setPen(QPen(QColor(kMarkColour), 3.0 * scale));
    painter.drawEllipse(p, r, r);
    painter.drawLine(p + QPointF(-r * 0.5, -r * 0.5), p + QPointF(r * 0.5, r * 0.5));
    painter.drawLine(p + QPointF(-r * 0.5, r * 0.5), p + QPointF(r * 0.5, -r * 0.5));
}

QFont labelFont(qreal scale)
{
    QFont font;
    font.setBold(true);
    font.setPixelSize(std::max(1, int(12 * scale)));
    return font;
}

QRectF labelSize(const QString &text, qreal scale)
{
    return QFontMetricsF(labelFont(scale))
        .boundingRect(text)
        .adjusted(-4 * scale, -1 * scale, 4 * scale, 1 * scale);
}

void paintLabel(QPainter &painter, const QRectF &box, const QString &text, qreal scale)
{
    painter.setFont(labelFont(scale));
    painter.setPen(QPen(QColor(kLabelInk), 1.0));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(box, 3 * scale, 3 * scale);
    painter.drawText(box, Qt::AlignCenter, text);
}

QFont legendFont(qreal scale)
{
    QFont font;
    font.setPixelSize(std::max(1, int(std::lround(kLegendTextPixels * scale))));
    return font;
}

// The point of `box` nearest to `p`.
QPointF nearestOn(const QRectF &box, QPointF p)
{
    return {std::clamp(p.x(), box.left(), box.right()), std::clamp(p.y(), box.top(), box.bottom())};
}

} // namespace

struct MapMarksOverlay::LegendEntry {
    std::function<void(QPainter &, QPointF, qreal)> icon; ///< Paints at a centre, at a scale.
    QString text;
};

// The map draws the overlays among its children, so the marks follow its pans and zooms and
// its layers (the key lists the cameras' symbols only while the map shows them) by themselves.
MapMarksOverlay::MapMarksOverlay(MapView *map) : QObject(map), m_map(map)
{
    m_map->update();
}

QRect MapMarksOverlay::rect() const
{
    return m_map->rect();
}

void MapMarksOverlay::setMarks(std::vector<LatLon> marks)
{
    m_marks = std::move(marks);
    m_map->update();
}

void MapMarksOverlay::setLabels(std::vector<std::pair<LatLon, QString>> labels)
{
    m_labels = std::move(labels);
    m_map->update();
}

void MapMarksOverlay::setStation(std::vector<LatLon> platforms, const QString &name)
{
    m_platforms = std::move(platforms);
    m_stationName = name;
    m_map->update();
}

void MapMarksOverlay::setLegendShown(bool shown)
{
    m_legendShown = shown;
    m_map->update();
}

void MapMarksOverlay::setScale(qreal scale)
{
    m_scale = scale;
    m_map->update();
}

std::vector<MapMarksOverlay::LegendEntry> MapMarksOverlay::legendEntries() const
{
    std::vector<LegendEntry> entries;
    entries.push_back(
        {[](QPainter &p, QPointF c, qreal s) { MapStyle::paintStation(p, c, 4.5 * s); },
         mapLegendText(QT_TRANSLATE_NOOP("blindspot::MapLegend", "Station"))});
    entries.push_back(
        {[](QPainter &p, QPointF c, qreal s) { MapStyle::paintEntrance(p, c, 7.0 * s); },
         mapLegendText(
             QT_TRANSLATE_NOOP("blindspot::MapLegend", "Station entrance (when zoomed in)"))});
    if (m_map->layers().isVisible(MapLayer::Cameras)) {
        for (FrStatus status : MapStyle::kFrStatusesByImportance)
            entries.push_back({[status](QPainter &p, QPointF c, qreal s) {
                                   MapStyle::paintCamera(p, status, c, 10.0 * s);
                               },
                               MapStyle::cameraDescription(status)});
    }
    if (m_map->layers().isVisible(MapLayer::CoverageSectors)) {
        entries.push_back(
            {[](QPainter &p, QPointF c, qreal s) {
                 MapStyle::setSectorStyle(p, FrStatus::Confirmed);
                 QPainterPath wedge;
                 const QPointF apex = c + QPointF(-9 * s, 0);
                 wedge.moveTo(apex);
                 wedge.arcTo(QRectF(apex - QPointF(18 * s, 18 * s), QSizeF(36 * s, 36 * s)), -25.0,
                             50.0);
                 wedge.closeSubpath();
                 p.drawPath(wedge);
             },
             mapLegendText(
                 QT_TRANSLATE_NOOP("blindspot::MapLegend", "Where a camera identifies faces"))});
    }
    if (!m_marks.empty())
        entries.push_back({[](QPainter &p, QPointF c, qreal s) {
                               paintMark(p, c, kMarkRadius * 0.6 * s, 0.6 * s);
                           },
                           tr("Where the group expects a camera")});
    if (!m_labels.empty())
        entries.push_back({[](QPainter &p, QPointF c, qreal s) {
                               const QString three = QStringLiteral("3");
                               const QRectF size = labelSize(three, s);
                               paintLabel(p, size.translated(c - size.center()), three, s);
                           },
                           tr("A camera's number in the list beside the map")});
    return entries;
}

MapMarksOverlay::Layout MapMarksOverlay::layout() const
{
    return layoutIn(m_map->viewport());
}

MapMarksOverlay::Layout MapMarksOverlay::layoutIn(const MapViewport &view) const
{
    Layout out;
    const qreal s = m_scale;
    const QRectF bounds = view.rect();
    // Everything a label or the key must not cover.
    std::vector<QRectF> taken;

    // The station's disc, and each place beside it where the map may write its name.
    if (!m_platforms.empty()) {
        qreal left = std::numeric_limits<qreal>::max(), top = left;
        qreal right = std::numeric_limits<qreal>::lowest(), bottom = right;
        for (const LatLon &platform : m_platforms) {
            const QPointF p = view.widgetPosition(platform);
            left = std::min(left, p.x());
            right = std::max(right, p.x());
            top = std::min(top, p.y());
            bottom = std::max(bottom, p.y());
        }
        const QRectF anchor =
            QRectF(QPointF(left, top), QPointF(right, bottom))
                .adjusted(-kStationNameGap, -kStationNameGap, kStationNameGap, kStationNameGap);
        taken.push_back(anchor);
        if (!m_stationName.isEmpty()) {
            // The wider of the map's two label fonts (transfer stations' is demibold).
            QFont font = m_map->font();
            font.setWeight(QFont::DemiBold);
            const QFontMetricsF metrics(font);
            const QSizeF size(metrics.horizontalAdvance(m_stationName) + 4.0, metrics.height());
            const qreal middleY = anchor.center().y() - size.height() / 2.0;
            const qreal middleX = anchor.center().x() - size.width() / 2.0;
            out.stationName = {QRectF(QPointF(anchor.right(), middleY), size),
                               QRectF(QPointF(anchor.left() - size.width(), middleY), size),
                               QRectF(QPointF(middleX, anchor.top() - size.height()), size),
                               QRectF(QPointF(middleX, anchor.bottom()), size)};
            taken.insert(taken.end(), out.stationName.begin(), out.stationName.end());
        }
    }
    const qreal markRadius = kMarkRadius * s;
    std::vector<QPointF> points; // cameras and marks, which the key would rather not hide
    for (const LatLon &mark : m_marks) {
        const QPointF p = view.widgetPosition(mark);
        taken.emplace_back(p - QPointF(markRadius, markRadius), QSizeF(2, 2) * markRadius);
        points.push_back(p);
    }
    const qreal symbol = kCameraSymbolRadius * s;
    for (const auto &[position, text] : m_labels) {
        const QPointF p = view.widgetPosition(position);
        taken.emplace_back(p - QPointF(symbol, symbol), QSizeF(2, 2) * symbol);
        points.push_back(p);
    }

    // The key, in the corner where it hides the fewest cameras and marks, never the name.
    if (m_legendShown) {
        const std::vector<LegendEntry> entries = legendEntries();
        const QFontMetricsF metrics(legendFont(s));
        const qreal pad = kLegendPadding * s;
        const QSizeF icon = kLegendIcon * s;
        const qreal textWidth =
            std::max(40.0 * s, std::min(kLegendTextWidth * s,
                                        bounds.width() * 0.45 - icon.width() - 3 * pad));
        qreal widest = 0.0, height = pad;
        for (const LegendEntry &entry : entries) {
            const QRectF text =
                metrics.boundingRect(QRectF(0, 0, textWidth, 1e6), Qt::TextWordWrap, entry.text);
            widest = std::max(widest, text.width());
            height += std::max(text.height(), icon.height()) + 2 * s;
            out.legendTexts << entry.text;
        }
        const QSizeF size(pad + icon.width() + pad + widest + pad, height + pad);
        const qreal margin = kLegendMargin * s;
        int fewest = std::numeric_limits<int>::max();
        for (Corner corner : kCorners) {
            const QPointF topLeft(
                corner == Corner::TopRight ? bounds.right() - margin - size.width() : margin,
                corner == Corner::BottomLeft ? bounds.bottom() - margin - size.height() : margin);
            const QRectF box(topLeft, size);
            int hidden = int(std::count_if(points.begin(), points.end(),
                                           [&](QPointF p) { return box.contains(p); }));
            for (const QRectF &name : out.stationName)
                if (name.intersects(box))
                    hidden += 1000;
            if (hidden < fewest) {
                fewest = hidden;
                out.legend = box;
            }
        }
        taken.push_back(out.legend);
    }

    // Each label beside its camera (up and right first), else in the first free place
    // outwards, else beside it all the same.
    static constexpr std::array<QPointF, 8> kDirections{
        QPointF(1, -1), QPointF(1, 0),  QPointF(1, 1),  QPointF(-1, -1),
        QPointF(-1, 0), QPointF(-1, 1), QPointF(0, -1), QPointF(0, 1)};
    for (const auto &[position, text] : m_labels) {
        const QPointF p = view.widgetPosition(position);
        const QSizeF size = labelSize(text, s).size();
        const auto placed = [&](QPointF direction, qreal reach) {
            const QPointF centre = p + QPointF(direction.x() * (reach + size.width() / 2.0),
                                               direction.y() * (reach + size.height() / 2.0));
            return QRectF(centre - QPointF(size.width(), size.height()) / 2.0, size);
        };
        QRectF chosen = placed(kDirections.front(), symbol);
        bool found = false;
        for (int ring = 0; ring < kLabelRings && !found; ++ring) {
            const qreal reach = symbol + ring * (size.height() + 2 * s);
            for (QPointF direction : kDirections) {
                const QRectF box = placed(direction, reach);
                if (bounds.contains(box) &&
                    std::none_of(taken.begin(), taken.end(),
                                 [&](const QRectF &other) { return other.intersects(box); })) {
                    chosen = box;
                    found = true;
                    break;
                }
            }
        }
        out.labelBoxes.push_back(chosen);
        taken.push_back(chosen.adjusted(-1.5 * s, -1.5 * s, 1.5 * s, 1.5 * s));
    }
    return out;
}

std::vector<QRectF> MapMarksOverlay::paint(QPainter &painter, const MapViewport &view) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = m_scale;
    const Layout where = layoutIn(view);
    for (const LatLon &mark : m_marks)
        paintMark(painter, view.widgetPosition(mark), kMarkRadius * s, s);

    // A label moved away from its camera points back at it.
    const qreal symbol = kCameraSymbolRadius * s;
    painter.setPen(QPen(QColor(kLeaderLine), 1.0 * s));
    for (std::size_t i = 0; i < m_labels.size(); ++i) {
        const QPointF p = view.widgetPosition(m_labels[i].first);
        const QPointF end = nearestOn(where.labelBoxes[i], p);
        const QLineF line(p, end);
        if (line.length() > symbol * 1.5)
            painter.drawLine(QLineF(line.pointAt(symbol / line.length()), end));
    }
    for (std::size_t i = 0; i < m_labels.size(); ++i)
        paintLabel(painter, where.labelBoxes[i], m_labels[i].second, s);

    if (where.legend.isEmpty())
        return {};
    painter.setPen(QPen(QColor(0xC9C7C0), 1.0));
    painter.setBrush(QColor(255, 255, 255, 238));
    painter.drawRoundedRect(where.legend, 5 * s, 5 * s);
    const QFont font = legendFont(s);
    const QFontMetricsF metrics(font);
    const qreal pad = kLegendPadding * s;
    const QSizeF icon = kLegendIcon * s;
    const qreal textLeft = where.legend.left() + pad + icon.width() + pad;
    const qreal textWidth = where.legend.right() - pad - textLeft;
    qreal y = where.legend.top() + pad;
    for (const LegendEntry &entry : legendEntries()) {
        const QRectF text =
            metrics.boundingRect(QRectF(textLeft, y, textWidth, 1e6), Qt::TextWordWrap, entry.text);
        const qreal row = std::max(text.height(), icon.height());
        painter.save();
        entry.icon(painter, QPointF(where.legend.left() + pad + icon.width() / 2.0, y + row / 2.0),
                   s);
        painter.restore();
        painter.setFont(font);
        painter.setPen(QColor(kLabelInk));
        painter.drawText(
            QRectF(textLeft, y + (row - text.height()) / 2.0, textWidth, text.height()),
            Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, entry.text);
        y += row + 2 * s;
    }
    return {};
}

} // namespace blindspot
