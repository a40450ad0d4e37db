#include "gui/map/map_decorations.h"

#include "gui/map/map_style.h"
#include "gui/map/map_viewport.h"

#include <QColor>
#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPolygonF>

#include <array>
#include <cmath>

namespace blindspot {

namespace {

// The keyboard's focus on the map: a frame inside its edge, in the focus colour used by the
// route cards and details, wide enough to see at a glance.
const QColor kFocusColour(0x00, 0x72, 0xb2);
constexpr qreal kFocusFrameWidth = 3.0;
// The keyboard cursor, where Enter picks or places: arms of a cross, in pixels.
constexpr qreal kCursorArm = 14.0;
constexpr qreal kCursorGap = 4.0;

} // namespace

double MapDecorations::scaleBarMetres(double pixelsPerMetre, double minPixels)
{
    static constexpr std::array<double, 13> kLengths{10,   20,   50,    100,   200,   500,   1000,
                                                     2000, 5000, 10000, 20000, 50000, 100000};
    for (double metres : kLengths)
        if (metres * pixelsPerMetre >= minPixels)
            return metres;
    return kLengths.back();
}

void MapDecorations::paintScaleBar(QPainter &painter, const MapViewport &view, const QFont &font,
                                   double metres, const QString &text)
{
    const qreal length = metres * view.pixelsPerMetre();
    const QFontMetricsF metrics(font);
    const qreal right = view.width() - 16.0;
    const qreal baseline = view.height() - 16.0 - metrics.height();
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

void MapDecorations::paintAttribution(QPainter &painter, const MapViewport &view,
                                      const QFont &font, const QString &attribution)
{
    if (attribution.isEmpty())
        return;
    QFont small = font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetricsF metrics(small);
    const qreal maxWidth = view.width() * 0.5;
    const QString text = metrics.elidedText(attribution, Qt::ElideRight, maxWidth);
    const QSizeF size(metrics.horizontalAdvance(text) + 8, metrics.height() + 2);
    const QRectF box(QPointF(view.width() - size.width() - 4, view.height() - size.height() - 4),
                     size);
    painter.save();
    painter.setFont(small);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRect(box);
    painter.setPen(MapStyle::labelText());
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

void MapDecorations::paintFocusFrame(QPainter &painter, const QRect &rect)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(
        QPen(kFocusColour, kFocusFrameWidth, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    const qreal half = kFocusFrameWidth / 2.0;
    painter.drawRect(QRectF(rect).adjusted(half, half, -half, -half));
    painter.restore();
}

QRectF MapDecorations::keyboardHintRect(QPointF cursor, const QFont &font, const QString &hint)
{
    QFont bold = font;
    bold.setBold(true);
    QRectF box(QPointF(0, 0), QFontMetricsF(bold).size(Qt::TextSingleLine, hint) + QSizeF(10, 4));
    box.moveTopLeft(cursor + QPointF(kCursorArm + 4, kCursorArm / 2));
    return box;
}

QPointF MapDecorations::keyboardCursor(const MapViewport &view, const QFont &font,
                                       const QString &hint)
{
    const QRectF whole(view.rect());
    const QPointF middle = whole.center();
    const QRectF covered = QRectF(view.coveredRect()).intersected(whole);
    // The cross and the words beside it.
    const QRectF drawn =
        QRectF(middle - QPointF(kCursorArm, kCursorArm), QSizeF(2 * kCursorArm, 2 * kCursorArm))
            .united(keyboardHintRect(middle, font, hint));
    if (covered.isEmpty() || !covered.intersects(drawn))
        return middle;
    // The legend is in the way: the middle of the largest part of the map it leaves free.
    const std::array<QRectF, 4> free{
        QRectF(whole.left(), whole.top(), whole.width(), covered.top() - whole.top()),
        QRectF(covered.right(), whole.top(), whole.right() - covered.right(), whole.height()),
        QRectF(whole.left(), covered.bottom(), whole.width(), whole.bottom() - covered.bottom()),
        QRectF(whole.left(), whole.top(), covered.left() - whole.left(), whole.height())};
    const QRectF *largest = &free.front();
    for (const QRectF &part : free)
        if (part.width() * part.height() > largest->width() * largest->height())
            largest = &part;
    // Whole pixels: the cross is drawn without antialiasing.
    return QPointF(std::round(largest->center().x()), std::round(largest->center().y()));
}

void MapDecorations::paintKeyboardCursor(QPainter &painter, QPointF c, const QFont &font,
                                         const QString &hint)
{
    const std::array<QLineF, 4> arms{QLineF(c.x() - kCursorArm, c.y(), c.x() - kCursorGap, c.y()),
                                     QLineF(c.x() + kCursorGap, c.y(), c.x() + kCursorArm, c.y()),
                                     QLineF(c.x(), c.y() - kCursorArm, c.x(), c.y() - kCursorGap),
                                     QLineF(c.x(), c.y() + kCursorGap, c.x(), c.y() + kCursorArm)};
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    // Dark on a light casing: seen on water, parks and the heatmap alike.
    painter.setPen(QPen(Qt::white, 5.0, Qt::SolidLine, Qt::SquareCap));
    painter.drawLines(arms.data(), int(arms.size()));
    painter.setPen(QPen(MapStyle::labelText(), 2.0, Qt::SolidLine, Qt::SquareCap));
    painter.drawLines(arms.data(), int(arms.size()));
    // What Enter does here, beside the cross.
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    const QRectF box = keyboardHintRect(c, font, hint);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(MapStyle::labelText());
    painter.drawText(box, Qt::AlignCenter, hint);
    painter.restore();
}

void MapDecorations::paintSurveyAreaDraft(QPainter &painter, const std::vector<QPointF> &corners,
                                          const QPointF *hover)
{
    QPolygonF outline(corners.begin(), corners.end());
    if (hover)
        outline << *hover;
    painter.save();
    MapStyle::setSurveyAreaDraftStyle(painter);
    if (outline.size() >= 3)
        painter.drawPolygon(outline);
    else
        painter.drawPolyline(outline);
    painter.setPen(QPen(MapStyle::labelText(), 1.0));
    painter.setBrush(Qt::white);
    for (const QPointF &corner : corners)
        painter.drawRect(QRectF(corner - QPointF(3, 3), QSizeF(6, 6)));
    painter.restore();
}

void MapDecorations::paintEmptyState(QPainter &painter, const QRect &rect, const QString &text)
{
    painter.setPen(MapStyle::labelText());
    painter.drawText(rect.adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, text);
}

} // namespace blindspot
