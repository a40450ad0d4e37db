#pragma once

#include "core/model/fr_status_risk.h"
#include "core/model/network.h"

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
/// Camera symbols differ in shape as well as colour, and a status drawn as a line (a cluster's
/// ring, a sector's edge) in its dashes (statusLine()), so the map reads without colour vision.
/// The colours are from the Okabe-Ito palette (safe for the common colour-vision deficiencies);
/// vermillion, the only red, is kept for face recognition that is confirmed.
class MapStyle {
    Q_DECLARE_TR_FUNCTIONS(MapStyle)
public:
    /// FR statuses from the most to the least important to see: the order in which map symbols
    /// claim space when cameras overlap, and the order of the legend. It is the order of risk.
    static constexpr std::array<FrStatus, 4> kFrStatusesByImportance = kFrStatusesByRisk;

    static QColor background();
    static QColor stationOutline();
    static QColor labelText();

    static QColor cameraColour(FrStatus status);
    /// Paints one camera symbol centred on `centre`; `size` is its nominal width in pixels.
    static void paintCamera(QPainter &painter, FrStatus status, QPointF centre, qreal size);
    /// The symbol of `paintCamera` on a transparent pixmap of (about) size x size logical
    /// pixels, for drawing many cameras in one batch.
    static QPixmap cameraSprite(FrStatus status, qreal size, qreal devicePixelRatio);
    /// The line of an FR status, its cue beside the colour wherever the status is drawn as a
    /// line (cluster rings, the outlines of coverage sectors): solid and half as wide again
    /// for confirmed, dashed for suspected, thin for unknown, dotted for none. `width` is the
    /// width of a suspected line; dashes and gaps are a few pixels long at any width.
    static QPen statusLine(FrStatus status, const QColor &colour, qreal width);
    /// The ring of a cluster: divided by the statuses' shares (`sharesByRank`, in
    /// kFrStatusesByImportance order, summing to 1; from twelve o'clock, clockwise), each part
    /// in its status's colour and statusLine() of `width`. Nothing is drawn under it.
    static void paintClusterRing(QPainter &painter, QPointF centre, qreal radius,
                                 const std::array<double, 4> &sharesByRank, qreal width);
    /// A cluster of cameras: a white disc with `label` (their number) inside, its ring
    /// (paintClusterRing), and the symbol of the most important status present on its upper
    /// right edge, so the cluster reads without colour too. The pixmap is centred on the disc.
    static QPixmap clusterSprite(const std::array<double, 4> &sharesByRank, const QString &label,
                                 const QFont &font, qreal symbolSize, qreal devicePixelRatio);
    /// Pen and brush of a camera's coverage sector: a light tint of its status colour, outlined
    /// with the status's line (statusLine(), a pixel wide); unknown is hatched grey, like every
    /// "no data".
    static void setSectorStyle(QPainter &painter, FrStatus status);
    /// Pen of the imported streets at a line width in pixels.
    static QPen streetPen(qreal width);
    /// The ring around the selected camera.
    static void paintSelection(QPainter &painter, QPointF centre, qreal radius);
    /// What the symbol means, in words, for the legend.
    static QString cameraDescription(FrStatus status);

    /// A station: a white disc with a dark ring.
    static void paintStation(QPainter &painter, QPointF centre, qreal radius);
    /// paintStation's symbol on a transparent pixmap centred on the station, for batches.
    static QPixmap stationSprite(qreal radius, qreal devicePixelRatio);
    /// Two stations of one transfer complex joined by a white bridge with a dark outline, drawn
    /// in two passes (all casings, then stations, then all fills) so the join looks seamless.
    static void paintTransferCasing(QPainter &painter, QPointF a, QPointF b, qreal radius);
    static void paintTransferFill(QPainter &painter, QPointF a, QPointF b, qreal radius);
    /// A street entrance to a station.
    static void paintEntrance(QPainter &painter, QPointF centre, qreal size);
    /// Pen and brush of a survey area: a dashed outline.
    static void setSurveyAreaStyle(QPainter &painter);
    /// Pen and brush of a survey area being drawn.
    static void setSurveyAreaDraftStyle(QPainter &painter);
};

} // namespace blindspot
