#include "core/io/osm/base_map_geometry.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace blindspot::osm {

std::vector<std::vector<std::int64_t>> joinWays(std::vector<std::vector<std::int64_t>> ways,
                                                bool mayReverse)
{
    std::vector<std::vector<std::int64_t>> done;
    std::vector<std::vector<std::int64_t>> open;
    for (std::vector<std::int64_t> &way : ways) {
        if (way.size() < 2)
            continue;
        if (way.front() == way.back())
            done.push_back(std::move(way));
        else
            open.push_back(std::move(way));
    }
    // Chains by their first and last node; a chain is joined with another through the maps
    // until nothing more joins. Each join removes one chain, so this ends.
    std::multimap<std::int64_t, std::size_t> byStart;
    std::multimap<std::int64_t, std::size_t> byEnd;
    std::vector<bool> alive(open.size(), true);
    for (std::size_t i = 0; i < open.size(); ++i) {
        byStart.emplace(open[i].front(), i);
        byEnd.emplace(open[i].back(), i);
    }
    const auto unlink = [&](std::size_t i) {
        for (auto *index : {&byStart, &byEnd}) {
            const std::int64_t key = index == &byStart ? open[i].front() : open[i].back();
            for (auto [it, end] = index->equal_range(key); it != end; ++it)
                if (it->second == i) {
                    index->erase(it);
                    break;
                }
        }
    };
    const auto firstOther = [](std::multimap<std::int64_t, std::size_t> &index, std::int64_t key,
                               std::size_t self) -> std::optional<std::size_t> {
        for (auto [it, end] = index.equal_range(key); it != end; ++it)
            if (it->second != self)
                return it->second;
        return std::nullopt;
    };
    for (std::size_t i = 0; i < open.size(); ++i) {
        if (!alive[i])
            continue;
        for (;;) {
            std::vector<std::int64_t> &chain = open[i];
            if (chain.front() == chain.back())
                break;
            unlink(i);
            std::optional<std::size_t> next = firstOther(byStart, chain.back(), i);
            bool reversed = false;
            if (!next && mayReverse) {
                next = firstOther(byEnd, chain.back(), i);
                reversed = next.has_value();
            }
            if (next) {
                unlink(*next);
                std::vector<std::int64_t> tail = std::move(open[*next]);
                alive[*next] = false;
                if (reversed)
                    std::reverse(tail.begin(), tail.end());
                chain.insert(chain.end(), tail.begin() + 1, tail.end());
            } else {
                // Nothing continues the end: try to extend the start backwards.
                std::optional<std::size_t> previous = firstOther(byEnd, chain.front(), i);
                bool turned = false;
                if (!previous && mayReverse) {
                    previous = firstOther(byStart, chain.front(), i);
                    turned = previous.has_value();
                }
                if (!previous) {
                    byStart.emplace(chain.front(), i);
                    byEnd.emplace(chain.back(), i);
                    break;
                }
                unlink(*previous);
                std::vector<std::int64_t> head = std::move(open[*previous]);
                alive[*previous] = false;
                if (turned)
                    std::reverse(head.begin(), head.end());
                head.insert(head.end(), chain.begin() + 1, chain.end());
                chain = std::move(head);
            }
            byStart.emplace(chain.front(), i);
            byEnd.emplace(chain.back(), i);
        }
    }
    for (std::size_t i = 0; i < open.size(); ++i)
        if (alive[i])
            done.push_back(std::move(open[i]));
    return done;
}

namespace {

struct XY {
    double x = 0; // longitude
    double y = 0; // latitude
};

// Positions along the box's edge, clockwise from its north-west corner: the north edge west to
// east, the east edge north to south, the south edge east to west, the west edge south to north.
class BoxEdge {
public:
    explicit BoxEdge(const GeoBox &box)
        : m_w(box.west), m_e(box.east), m_s(box.south), m_n(box.north), m_width(m_e - m_w),
          m_height(m_n - m_s)
    {
    }
    double perimeter() const { return 2 * (m_width + m_height); }
    bool inside(XY p) const { return p.x >= m_w && p.x <= m_e && p.y >= m_s && p.y <= m_n; }

    double along(XY p) const
    {
        const double dn = std::abs(p.y - m_n), de = std::abs(p.x - m_e), ds = std::abs(p.y - m_s),
                     dw = std::abs(p.x - m_w);
        const double nearest = std::min({dn, de, ds, dw});
        if (nearest == dn)
            return std::clamp(p.x - m_w, 0.0, m_width);
        if (nearest == de)
            return m_width + std::clamp(m_n - p.y, 0.0, m_height);
        if (nearest == ds)
            return m_width + m_height + std::clamp(m_e - p.x, 0.0, m_width);
        return 2 * m_width + m_height + std::clamp(p.y - m_s, 0.0, m_height);
    }

    // The nearest point on the edge to p (inside the box).
    XY nearestOnEdge(XY p) const
    {
        const double dn = m_n - p.y, de = m_e - p.x, ds = p.y - m_s, dw = p.x - m_w;
        const double nearest = std::min({dn, de, ds, dw});
        if (nearest == dn)
            return {p.x, m_n};
        if (nearest == de)
            return {m_e, p.y};
        if (nearest == ds)
            return {p.x, m_s};
        return {m_w, p.y};
    }

    // The corners passed walking clockwise from `from` to `to` (positions along the edge).
    std::vector<XY> cornersBetween(double from, double to) const
    {
        const double corners[4] = {0, m_width, m_width + m_height, 2 * m_width + m_height};
        const XY points[4] = {{m_w, m_n}, {m_e, m_n}, {m_e, m_s}, {m_w, m_s}};
        double span = to - from;
        if (span < 0)
            span += perimeter();
        std::vector<XY> out;
        // Corners in walking order, starting after `from`.
        std::vector<std::pair<double, XY>> ahead;
        for (int k = 0; k < 4; ++k) {
            double d = corners[k] - from;
            if (d <= 0)
                d += perimeter();
            if (d < span)
                ahead.emplace_back(d, points[k]);
        }
        std::sort(ahead.begin(), ahead.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[d, p] : ahead)
            out.push_back(p);
        return out;
    }

    // The part of segment a-b inside the box (Liang-Barsky), as parameters along it.
    std::optional<std::pair<double, double>> clip(XY a, XY b) const
    {
        double t0 = 0, t1 = 1;
        const double dx = b.x - a.x, dy = b.y - a.y;
        const double p[4] = {-dx, dx, -dy, dy};
        const double q[4] = {a.x - m_w, m_e - a.x, a.y - m_s, m_n - a.y};
        for (int k = 0; k < 4; ++k) {
            if (p[k] == 0) {
                if (q[k] < 0)
                    return std::nullopt;
                continue;
            }
            const double t = q[k] / p[k];
            if (p[k] < 0)
                t0 = std::max(t0, t);
            else
                t1 = std::min(t1, t);
        }
        if (t0 > t1)
            return std::nullopt;
        return std::pair{t0, t1};
    }

private:
    double m_w, m_e, m_s, m_n, m_width, m_height;
};

struct Stretch {
    std::vector<XY> points; // from its entry on the edge to its exit on the edge
    double entry = 0;
    double exit = 0;
};

XY lerp(XY a, XY b, double t) { return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}; }

// Cuts an open chain into the stretches inside the box, each from the edge to the edge.
void cutIntoStretches(const std::vector<XY> &chain, const BoxEdge &edge, std::vector<Stretch> &out)
{
    std::vector<XY> current;
    const auto finish = [&](XY last) {
        current.push_back(last);
        if (current.size() >= 2) {
            Stretch s;
            s.entry = edge.along(current.front());
            s.exit = edge.along(current.back());
            s.points = std::move(current);
            out.push_back(std::move(s));
        }
        current.clear();
    };
    for (std::size_t i = 0; i + 1 < chain.size(); ++i) {
        const XY a = chain[i], b = chain[i + 1];
        const auto part = edge.clip(a, b);
        if (!part)
            continue;
        const auto [t0, t1] = *part;
        if (current.empty()) {
            // Entering: through the edge, or the chain starts inside (an extract's cut).
            current.push_back(t0 > 0 ? lerp(a, b, t0) : edge.nearestOnEdge(a));
            if (t0 <= 0)
                current.push_back(a);
        }
        if (t1 < 1) {
            finish(lerp(a, b, t1));
        } else if (i + 2 == chain.size()) {
            current.push_back(b);
            finish(edge.nearestOnEdge(b));
        } else {
            current.push_back(b);
        }
    }
}

} // namespace

std::vector<std::vector<LatLon>> seaRings(const std::vector<std::vector<LatLon>> &chains,
                                          const GeoBox &box)
{
    std::vector<std::vector<LatLon>> rings;
    if (!box.isValid() || !(box.east > box.west) || !(box.north > box.south))
        return rings;
    const BoxEdge edge(box);
    std::vector<Stretch> stretches;
    std::vector<std::vector<LatLon>> islands;
    for (const std::vector<LatLon> &chain : chains) {
        if (chain.size() < 2)
            continue;
        const bool closed = chain.front() == chain.back();
        if (closed) {
            if (chain.size() >= 4)
                islands.push_back(chain);
            continue;
        }
        std::vector<XY> xy;
        xy.reserve(chain.size());
        for (const LatLon &p : chain)
            xy.push_back({p.lon, p.lat});
        cutIntoStretches(xy, edge, stretches);
    }
    const auto toLatLon = [](XY p) { return LatLon{p.y, p.x}; };
    if (stretches.empty()) {
        if (islands.empty())
            return rings;
        rings.push_back({{box.north, box.west}, {box.north, box.east}, {box.south, box.east},
                         {box.south, box.west}});
    }
    std::vector<bool> used(stretches.size(), false);
    const double perimeter = edge.perimeter();
    for (std::size_t start = 0; start < stretches.size(); ++start) {
        if (used[start])
            continue;
        std::vector<LatLon> ring;
        std::size_t current = start;
        // Each stretch is used once, so a ring takes at most all of them.
        for (std::size_t guard = 0; guard <= stretches.size(); ++guard) {
            used[current] = true;
            for (const XY &p : stretches[current].points)
                ring.push_back(toLatLon(p));
            // The next stretch entering clockwise from this exit (this one's own entry closes).
            const double from = stretches[current].exit;
            std::size_t next = start;
            double best = perimeter + 1;
            for (std::size_t k = 0; k < stretches.size(); ++k) {
                if (used[k] && k != start)
                    continue;
                double d = stretches[k].entry - from;
                if (d < 0)
                    d += perimeter;
                if (d < best) {
                    best = d;
                    next = k;
                }
            }
            for (const XY &corner : edge.cornersBetween(from, stretches[next].entry))
                ring.push_back(toLatLon(corner));
            if (next == start)
                break;
            current = next;
        }
        if (ring.size() >= 3)
            rings.push_back(std::move(ring));
    }
    for (std::vector<LatLon> &island : islands)
        rings.push_back(std::move(island));
    return rings;
}

} // namespace blindspot::osm
