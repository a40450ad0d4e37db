#include "gui/map/map_viewport.h"

#include <QtNumeric>

#include <algorithm>
#include <array>

namespace blindspot {

void MapViewport::setProjection(const LocalProjection &projection)
{
    m_projection = projection;
    m_hasProjection = true;
}

void MapViewport::setCentre(QPointF centreMetres, double pixelsPerMetre)
{
    m_centreMetres = centreMetres;
    m_pixelsPerMetre = pixelsPerMetre;
}

QPointF MapViewport::metresOf(LatLon position) const
{
    if (!m_hasProjection || !position.isValid())
        return {qQNaN(), qQNaN()};
    const LocalXY xy = m_projection.toLocal(position);
    return {xy.xMetres, xy.yMetres};
}

QPointF MapViewport::toWidget(QPointF metres) const
{
    return {width() / 2.0 + (metres.x() - m_centreMetres.x()) * m_pixelsPerMetre,
            height() / 2.0 - (metres.y() - m_centreMetres.y()) * m_pixelsPerMetre};
}

QPointF MapViewport::toMetres(QPointF widgetPoint) const
{
    return {m_centreMetres.x() + (widgetPoint.x() - width() / 2.0) / m_pixelsPerMetre,
            m_centreMetres.y() - (widgetPoint.y() - height() / 2.0) / m_pixelsPerMetre};
}

LatLon MapViewport::positionAt(QPointF widgetPoint) const
{
    if (!m_hasProjection)
        return {};
    const QPointF metres = toMetres(widgetPoint);
    return m_projection.toLatLon({metres.x(), metres.y()});
}

LatLon MapViewport::centre() const
{
    if (!m_hasProjection)
        return {};
    return m_projection.toLatLon({m_centreMetres.x(), m_centreMetres.y()});
}

QRectF MapViewport::visibleMetres(qreal marginPixels) const
{
    return QRectF(toMetres(QPointF(-marginPixels, height() + marginPixels)),
                  toMetres(QPointF(width() + marginPixels, -marginPixels)))
        .normalized();
}

QRectF MapViewport::clipRect(qreal marginPixels) const
{
    return QRectF(rect()).adjusted(-marginPixels, -marginPixels, marginPixels, marginPixels);
}

QPointF MapViewport::centreZoomedAbout(QPointF widgetAnchor, double pixelsPerMetre) const
{
    const QPointF anchorMetres = toMetres(widgetAnchor);
    // Solve toWidget(anchorMetres) == widgetAnchor for the new centre.
    return {anchorMetres.x() - (widgetAnchor.x() - width() / 2.0) / pixelsPerMetre,
            anchorMetres.y() + (widgetAnchor.y() - height() / 2.0) / pixelsPerMetre};
}

QMargins MapViewport::fitInsets() const
{
    const QRect covered = m_covered.intersected(rect());
    if (covered.isEmpty())
        return {};
    // For a legend in a corner of a wide window, beside it leaves the most.
    const std::array<QMargins, 4> candidates{
        QMargins(covered.right() + 1, 0, 0, 0), QMargins(0, 0, width() - covered.left(), 0),
        QMargins(0, covered.bottom() + 1, 0, 0), QMargins(0, 0, 0, height() - covered.top())};
    const auto share = [this](const QMargins &m) {
        return double(width() - m.left() - m.right()) / std::max(width(), 1) *
               double(height() - m.top() - m.bottom()) / std::max(height(), 1);
    };
    return *std::max_element(
        candidates.begin(), candidates.end(),
        [&](const QMargins &a, const QMargins &b) { return share(a) < share(b); });
}

double MapViewport::fittingPixelsPerMetre(QSizeF spanMetres, double marginPixels) const
{
    const QMargins insets = fitInsets();
    const double usableWidth =
        std::max(width() - insets.left() - insets.right() - 2 * marginPixels, 1.0);
    const double usableHeight =
        std::max(height() - insets.top() - insets.bottom() - 2 * marginPixels, 1.0);
    return std::min(usableWidth / spanMetres.width(), usableHeight / spanMetres.height());
}

QPointF MapViewport::fittingCentre(QPointF boxCentreMetres, double pixelsPerMetre) const
{
    const QMargins insets = fitInsets();
    const QPointF insetShift((insets.right() - insets.left()) / 2.0,
                             (insets.top() - insets.bottom()) / 2.0);
    return boxCentreMetres + insetShift / pixelsPerMetre;
}

} // namespace blindspot
