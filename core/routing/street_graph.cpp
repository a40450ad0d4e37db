#include "core/routing/street_graph.h"

#include "core/model/ids.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <queue>

namespace blindspot {

namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

/// Per-thread search state over node indices, reset by stamping instead of clearing, so that a
/// search that touches a few thousand nodes of a city of millions costs what it touches.
struct SearchSpace {
    std::vector<double> metres;
    std::vector<std::uint32_t> parent;
    std::vector<std::uint32_t> stamp;
    std::uint32_t epoch = 0;

    void begin(std::uint32_t nodes)
    {
        if (stamp.size() < nodes) {
            metres.resize(nodes);
            parent.resize(nodes);
            stamp.assign(nodes, 0);
            epoch = 0;
        }
        if (++epoch == 0) { // wrapped: start afresh
            std::fill(stamp.begin(), stamp.end(), 0);
            epoch = 1;
        }
    }
    double distance(std::uint32_t n) const
    {
        return stamp[n] == epoch ? metres[n] : INFINITY;
    }
    void set(std::uint32_t n, double d, std::uint32_t from)
    {
        stamp[n] = epoch;
        metres[n] = d;
        parent[n] = from;
    }
};

SearchSpace &searchSpace()
{
    thread_local SearchSpace space;
    return space;
}

StreetGraph::Path pathTo(const SearchSpace &space, std::uint32_t target)
{
    StreetGraph::Path path;
    path.metres = space.metres[target];
    for (std::uint32_t n = target; n != kNone; n = space.parent[n])
        path.nodes.push_back(n);
    std::reverse(path.nodes.begin(), path.nodes.end());
    return path;
}

} // namespace

StreetGraph::StreetGraph(const StreetNetwork &streets, const LocalProjection &projection)
{
    const auto nodes = static_cast<std::uint32_t>(streets.nodes.size());
    m_positions.reserve(nodes);
    for (const LatLon &p : streets.nodes)
        m_positions.push_back(projection.toLocal(p));
    m_arcStart.assign(std::size_t(nodes) + 1, 0);
    auto usable = [nodes](const StreetEdge &e) {
        return indexOf(e.from) < nodes && indexOf(e.to) < nodes && e.from != e.to &&
               std::isfinite(e.lengthMetres) && e.lengthMetres >= 0.0;
    };
    for (const StreetEdge &e : streets.edges)
        if (usable(e)) {
            ++m_arcStart[indexOf(e.from) + 1];
            ++m_arcStart[indexOf(e.to) + 1];
        }
    std::partial_sum(m_arcStart.begin(), m_arcStart.end(), m_arcStart.begin());
    m_arcs.resize(m_arcStart.back());
    std::vector<std::uint32_t> fill(m_arcStart.begin(), m_arcStart.end() - 1);
    for (const StreetEdge &e : streets.edges)
        if (usable(e)) {
            // Never shorter than the straight line on the plane, which the A* estimate uses.
            const auto metres = static_cast<float>(
                std::max(e.lengthMetres, distanceMetres(m_positions[indexOf(e.from)],
                                                        m_positions[indexOf(e.to)])));
            m_arcs[fill[indexOf(e.from)]++] = {indexOf(e.to), metres};
            m_arcs[fill[indexOf(e.to)]++] = {indexOf(e.from), metres};
        }

    // Connected parts (union-find), then the nodes walks may snap to.
    std::vector<std::uint32_t> root(nodes);
    std::iota(root.begin(), root.end(), 0u);
    auto find = [&root](std::uint32_t n) {
        while (root[n] != n)
            n = root[n] = root[root[n]];
        return n;
    };
    for (const StreetEdge &e : streets.edges)
        if (usable(e)) {
            const std::uint32_t a = find(indexOf(e.from));
            const std::uint32_t b = find(indexOf(e.to));
            if (a != b)
                root[std::max(a, b)] = std::min(a, b);
        }
    std::vector<std::uint32_t> size(nodes, 0);
    std::uint32_t largest = 0;
    for (std::uint32_t n = 0; n < nodes; ++n)
        if (m_arcStart[n + 1] > m_arcStart[n])
            largest = std::max(largest, ++size[find(n)]);
    const std::uint32_t enough = std::min(kMinSnapComponentNodes, largest);
    m_part.resize(nodes);
    for (std::uint32_t n = 0; n < nodes; ++n)
        m_part[n] = find(n);
    std::vector<LocalXY> snapPositions;
    for (std::uint32_t n = 0; n < nodes; ++n)
        if (largest > 0 && m_arcStart[n + 1] > m_arcStart[n] && size[find(n)] >= enough) {
            m_snapNodes.push_back(n);
            snapPositions.push_back(m_positions[n]);
        }
    m_snapIndex = SpatialIndex(snapPositions, 100.0);
}

std::optional<std::uint32_t> StreetGraph::snap(LocalXY p, double maxMetres) const
{
    if (m_snapIndex.isEmpty())
        return std::nullopt;
    const std::int64_t i = m_snapIndex.nearest(p, maxMetres);
    if (i < 0)
        return std::nullopt;
    return m_snapNodes[static_cast<std::size_t>(i)];
}

std::vector<std::optional<StreetGraph::Path>>
StreetGraph::shortestPaths(std::uint32_t source, std::span<const std::uint32_t> targets,
                           double maxMetres) const
{
    std::vector<std::optional<Path>> out(targets.size());
    if (source >= nodeCount() || targets.empty())
        return out;
    SearchSpace &space = searchSpace();
    space.begin(nodeCount());
    // Targets left to settle; several may share a node.
    std::vector<std::uint32_t> wanted;
    for (std::uint32_t t : targets)
        if (t < nodeCount())
            wanted.push_back(t);
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    std::size_t left = wanted.size();
    using Item = std::pair<double, std::uint32_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> open;
    space.set(source, 0.0, kNone);
    open.push({0.0, source});
    while (!open.empty() && left > 0) {
        const auto [d, u] = open.top();
        open.pop();
        if (d > space.distance(u))
            continue;
        if (d > maxMetres)
            break;
        if (std::binary_search(wanted.begin(), wanted.end(), u))
            --left;
        for (const Arc &a : arcsFrom(u)) {
            const double next = d + a.metres;
            if (next <= maxMetres && next < space.distance(a.to)) {
                space.set(a.to, next, u);
                open.push({next, a.to});
            }
        }
    }
    for (std::size_t i = 0; i < targets.size(); ++i)
        if (targets[i] < nodeCount() && space.distance(targets[i]) <= maxMetres)
            out[i] = pathTo(space, targets[i]);
    return out;
}

std::optional<StreetGraph::Path> StreetGraph::shortestPath(std::uint32_t from, std::uint32_t to,
                                                            double maxMetres) const
{
    if (from >= nodeCount() || to >= nodeCount())
        return std::nullopt;
    const LocalXY goal = m_positions[to];
    // Arcs are at least the straight distance between their ends (up to float rounding,
    // absorbed by the factor), so the estimate never overestimates what is left.
    auto estimate = [&](std::uint32_t n) {
        return distanceMetres(m_positions[n], goal) * (1.0 - 1e-6);
    };
    SearchSpace &space = searchSpace();
    space.begin(nodeCount());
    using Item = std::pair<double, std::uint32_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> open;
    space.set(from, 0.0, kNone);
    open.push({estimate(from), from});
    while (!open.empty()) {
        const auto [f, u] = open.top();
        open.pop();
        if (f > maxMetres)
            break;
        const double d = space.distance(u);
        if (f > d + estimate(u) + 1e-9)
            continue; // stale
        if (u == to)
            return pathTo(space, to);
        for (const Arc &a : arcsFrom(u)) {
            const double next = d + a.metres;
            if (next < space.distance(a.to)) {
                const double fNext = next + estimate(a.to);
                if (fNext <= maxMetres) {
                    space.set(a.to, next, u);
                    open.push({fNext, a.to});
                }
            }
        }
    }
    return std::nullopt;
}

std::vector<LocalXY> StreetGraph::polylineOf(const Path &path) const
{
    std::vector<LocalXY> out;
    out.reserve(path.nodes.size());
    for (std::uint32_t n : path.nodes)
        out.push_back(m_positions[n]);
    return out;
}

} // namespace blindspot
