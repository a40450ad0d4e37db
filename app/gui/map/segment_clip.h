#pragma once

#include <QLineF>
#include <QPointF>
#include <QRectF>

#include <optional>
#include <vector>

namespace blindspot {

/// The part of segment [a, b] inside `clip`, if any (Liang-Barsky). Geometry handed to
/// QPainter is clipped to the view first: stroking (and dashing) the whole of a 20 km line at
/// street zoom costs hundreds of milliseconds for pixels nobody sees.
std::optional<QLineF> clippedSegment(QPointF a, QPointF b, const QRectF &clip);

/// The part of a closed ring inside `clip` (Sutherland-Hodgman), for filling: filling a river
/// 60,000 pixels long at street zoom costs more than the frame. Empty when none of it is
/// inside; parts joined along the clip's edge where the ring leaves and comes back.
void clipRing(const QPointF *ring, int count, const QRectF &clip, std::vector<QPointF> &out);

} // namespace blindspot
