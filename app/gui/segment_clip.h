#pragma once

#include <QLineF>
#include <QPointF>
#include <QRectF>

#include <optional>

namespace blindspot {

/// The part of segment [a, b] inside `clip`, if any (Liang-Barsky). Geometry handed to
/// QPainter is clipped to the view first: stroking (and dashing) the whole of a 20 km line at
/// street zoom costs hundreds of milliseconds for pixels nobody sees.
std::optional<QLineF> clippedSegment(QPointF a, QPointF b, const QRectF &clip);

} // namespace blindspot
