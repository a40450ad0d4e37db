#include "segment_clip.h"

#include <algorithm>
#include <array>

namespace blindspot {

std::optional<QLineF> clippedSegment(QPointF a, QPointF b, const QRectF &clip)
{
    const QPointF d = b - a;
    const std::array<double, 4> p{-d.x(), d.x(), -d.y(), d.y()};
    const std::array<double, 4> q{a.x() - clip.left(), clip.right() - a.x(), a.y() - clip.top(),
                                  clip.bottom() - a.y()};
    double enter = 0.0;
    double leave = 1.0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0)
                return std::nullopt;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
        if (enter > leave)
            return std::nullopt;
    }
    return QLineF(a + enter * d, a + leave * d);
}

} // namespace blindspot
