#pragma once

#include <QFont>
#include <QPointF>
#include <QRect>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace blindspot {

class MapViewport;

/// What a map widget draws over its layers that is not on the ground: the scale bar, the
/// data's attribution, the keyboard's cursor and focus frame, the survey area being drawn and
/// the words of an empty map. The words come from the caller.
class MapDecorations {
public:
    /// The first of a few round lengths whose bar is at least `minPixels` long.
    static double scaleBarMetres(double pixelsPerMetre, double minPixels);
    /// A bar of `metres` in the bottom right corner, with `text` above it.
    static void paintScaleBar(QPainter &painter, const MapViewport &view, const QFont &font,
                              double metres, const QString &text);
    /// `attribution` in a smaller type under the scale bar, cut to half the view's width.
    static void paintAttribution(QPainter &painter, const MapViewport &view, const QFont &font,
                                 const QString &attribution);
    /// The frame that shows the map has the keyboard focus, inside the edge of `rect`.
    static void paintFocusFrame(QPainter &painter, const QRect &rect);

    /// Where the keyboard's cross goes: the middle of the view or, when the covered part
    /// would hide it or `hint` beside it, the middle of the largest part left free.
    static QPointF keyboardCursor(const MapViewport &view, const QFont &font,
                                  const QString &hint);
    /// The cross at `cursor` and `hint`, what Enter does there, beside it.
    static void paintKeyboardCursor(QPainter &painter, QPointF cursor, const QFont &font,
                                    const QString &hint);

    /// The corners of a survey area being drawn, joined and closed through `hover` when it is
    /// given (where the pointer or the keyboard's cursor is).
    static void paintSurveyAreaDraft(QPainter &painter, const std::vector<QPointF> &corners,
                                     const QPointF *hover);
    /// Why there is nothing to see, in the middle of `rect`.
    static void paintEmptyState(QPainter &painter, const QRect &rect, const QString &text);

private:
    static QRectF keyboardHintRect(QPointF cursor, const QFont &font, const QString &hint);
};

} // namespace blindspot
