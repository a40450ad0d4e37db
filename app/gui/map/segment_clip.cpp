#include "gui/map/segment_clip.h"

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

void clipRing(const QPointF *ring, int count, const QRectF &clip, std::vector<QPointF> &out)
{
    out.assign(ring, ring + count);
    std::vector<QPointF> input;
    // One edge of the clip at a time: keep what is inside it, add where the ring crosses it.
    const auto pass = [&](auto inside, auto cross) {
        input.swap(out);
        out.clear();
        if (input.empty())
            return;
        QPointF previous = input.back();
        bool previousIn = inside(previous);
        for (const QPointF &p : input) {
            const bool in = inside(p);
            if (in != previousIn)
                out.push_back(cross(previous, p));
            if (in)
                out.push_back(p);
            previous = p;
            previousIn = in;
        }
    };
    const auto atX = [](QPointF a, QPointF b, double x) {
        return QPointF(x, a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()));
    };
    const auto atY = [](QPointF a, QPointF b, double y) {
        return QPointF(a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()), y);
    };
    const double left = clip.left(), right = clip.right(), top = clip.top(), bottom = clip.bottom();
    pass([&](QPointF p) { return p.x() >= left; },
         [&](QPointF a, QPointF b) { return atX(a, b, left); });
    pass([&](QPointF p) { return p.x() <= right; },
         [&](QPointF a, QPointF b) { return atX(a, b, right); });
    pass([&](QPointF p) { return p.y() >= top; },
         [&](QPointF a, QPointF b) { return atY(a, b, top); });
    pass([&](QPointF p) { return p.y() <= bottom; },
         [&](QPointF a, QPointF b) { return atY(a, b, bottom); });
    if (out.size() < 3)
        out.clear();
}

} // namespace blindspot
