#pragma once

#include "model/network.h"

#include <QColor>
#include <QCoreApplication>
#include <QPixmap>
#include <QPointF>
#include <QString>

#include <array>

class QPainter;

namespace blindspot {

/// How the map draws each kind of thing, in one place so that MapView and MapLegend cannot
/// drift apart.
///
/// Camera symbols differ in shape as well as colour, so the map reads without colour vision.
/// The colours are from the Okabe-Ito palette (safe for the common colour-vision deficiencies);
/// vermillion, the only red, is kept for face recognition that is confirmed.
class MapStyle {
    Q_DECLARE_TR_FUNCTIONS(MapStyle)
public:
    /// FR statuses from the most to the least important to see: the order in which map symbols
    /// claim space when cameras overlap, and the order of the legend.
    static constexpr std::array<FrStatus, 4> kFrStatusesByImportance{
        FrStatus::Confirmed, FrStatus::Suspected, FrStatus::Unknown, FrStatus::None};

    static QColor background();
    static QColor stationOutline();
    static QColor labelText();

    static QColor cameraColour(FrStatus status);
    /// Paints one camera symbol centred on `centre`; `size` is its nominal width in pixels.
    static void paintCamera(QPainter &painter, FrStatus status, QPointF centre, qreal size);
    /// The symbol of `paintCamera` on a transparent pixmap of (about) size x size logical
    /// pixels, for drawing many cameras in one batch.
    static QPixmap cameraSprite(FrStatus status, qreal size, qreal devicePixelRatio);
    /// A small dot in the status colour, for city views dense with cameras where symbols would
    /// cover the whole map. Its diameter is kCameraDotSize logical pixels.
    static QPixmap cameraDotSprite(FrStatus status, qreal devicePixelRatio);
    static constexpr qreal kCameraDotSize = 3.5;
    /// What the symbol means, in words, for the legend.
    static QString cameraDescription(FrStatus status);

    /// A station: a white disc with a dark ring.
    static void paintStation(QPainter &painter, QPointF centre, qreal radius);
    /// Two stations of one transfer complex joined by a white bridge with a dark outline, drawn
    /// in two passes (all casings, then stations, then all fills) so the join looks seamless.
    static void paintTransferCasing(QPainter &painter, QPointF a, QPointF b, qreal radius);
    static void paintTransferFill(QPainter &painter, QPointF a, QPointF b, qreal radius);
    /// A street entrance to a station.
    static void paintEntrance(QPainter &painter, QPointF centre, qreal size);
    /// Pen and brush of a survey area: a dashed outline.
    static void setSurveyAreaStyle(QPainter &painter);
};

} // namespace blindspot
