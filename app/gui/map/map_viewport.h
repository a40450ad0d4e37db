#pragma once

#include "core/geo/lat_lon.h"
#include "core/geo/local_projection.h"

#include <QMargins>
#include <QPointF>
#include <QRect>
#include <QRectF>
#include <QSize>
#include <QSizeF>

namespace blindspot {

/// What part of the ground a map widget shows: a projection to local metres (x east, y north),
/// the point in metres at the widget's centre, the scale, the widget's size and the part of it
/// a floating panel (the legend) covers. A value: it converts between geographic positions,
/// metres and widget points, and works out zooms and fits, without a widget.
///
/// Widget points have y growing downwards, metres northwards.
class MapViewport {
public:
    MapViewport() = default;

    /// Whether a projection is set: without one (no dataset) positions are invalid and widget
    /// points NaN.
    bool hasProjection() const { return m_hasProjection; }
    const LocalProjection &projection() const { return m_projection; }
    QPointF centreMetres() const { return m_centreMetres; }
    /// How many widget pixels one metre on the ground takes.
    double pixelsPerMetre() const { return m_pixelsPerMetre; }
    QSize size() const { return m_size; }
    int width() const { return m_size.width(); }
    int height() const { return m_size.height(); }
    /// The widget's rectangle, at the origin.
    QRect rect() const { return {QPoint(0, 0), m_size}; }
    /// The part of the widget a floating panel covers, in widget coordinates; empty for none.
    QRect coveredRect() const { return m_covered; }

    void setProjection(const LocalProjection &projection);
    void clearProjection() { m_hasProjection = false; }
    void setCentre(QPointF centreMetres, double pixelsPerMetre);
    void setSize(QSize size) { m_size = size; }
    void setCoveredRect(const QRect &covered) { m_covered = covered; }

    /// `position` in metres of the projection; NaN for an invalid position.
    QPointF metresOf(LatLon position) const;
    QPointF toWidget(QPointF metres) const;
    QPointF toMetres(QPointF widgetPoint) const;
    /// Where `position` appears in widget coordinates (it may lie outside the widget).
    QPointF widgetPosition(LatLon position) const { return toWidget(metresOf(position)); }
    /// The geographic position under a widget point.
    LatLon positionAt(QPointF widgetPoint) const;
    /// The geographic position at the centre of the widget.
    LatLon centre() const;

    /// The ground shown, widened by a margin in pixels, in metres. QRectF's "top" is its
    /// southern edge: y grows northwards.
    QRectF visibleMetres(qreal marginPixels) const;
    /// The widget's rectangle widened by a margin: what geometry is clipped to before drawing.
    QRectF clipRect(qreal marginPixels) const;

    /// The centre that keeps the ground under `widgetAnchor` in place at `pixelsPerMetre`.
    QPointF centreZoomedAbout(QPointF widgetAnchor, double pixelsPerMetre) const;
    /// Margins that keep fitted ground out of the covered rectangle: beside, above or below it,
    /// whichever leaves the larger share of the widget.
    QMargins fitInsets() const;
    /// The scale at which `spanMetres` fills the part of the widget fitInsets() leaves, less
    /// `marginPixels` on each side.
    double fittingPixelsPerMetre(QSizeF spanMetres, double marginPixels) const;
    /// The centre that puts `boxCentreMetres` in the middle of the part fitInsets() leaves at
    /// `pixelsPerMetre`.
    QPointF fittingCentre(QPointF boxCentreMetres, double pixelsPerMetre) const;

private:
    LocalProjection m_projection;
    bool m_hasProjection = false;
    QPointF m_centreMetres;
    double m_pixelsPerMetre = 1.0;
    QSize m_size;
    QRect m_covered;
};

} // namespace blindspot
