#pragma once

#include "core/geo/local_projection.h"
#include "core/geo/spatial_index.h"
#include "core/model/street_network.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace blindspot {

/// The imported walking network as a graph to search: node positions on the dataset's tangent
/// plane, undirected CSR adjacency with lengths in metres, and snapping of any point onto it.
///
/// Walks follow the shortest street path (walking time is length over one speed). Points snap
/// to the nearest node of a connected part of at least kMinSnapComponentNodes nodes (or of the
/// largest part when none is that big), so that a stray footway cut off from the rest of an
/// extract does not strand a trip.
class StreetGraph {
public:
    StreetGraph() = default;
    StreetGraph(const StreetNetwork &streets, const LocalProjection &projection);

    bool isEmpty() const { return m_arcs.empty(); }
    std::uint32_t nodeCount() const { return static_cast<std::uint32_t>(m_positions.size()); }
    LocalXY position(std::uint32_t node) const { return m_positions[node]; }

    struct Arc {
        std::uint32_t to = 0;
        float metres = 0.0f;
    };
    std::span<const Arc> arcsFrom(std::uint32_t node) const
    {
        return std::span<const Arc>(m_arcs).subspan(m_arcStart[node],
                                                    m_arcStart[node + 1] - m_arcStart[node]);
    }

    /// The nearest node a walk may start from or end at, within maxMetres of p.
    std::optional<std::uint32_t> snap(LocalXY p, double maxMetres) const;
    /// Whether a path along the streets joins two nodes (same connected part).
    bool connected(std::uint32_t a, std::uint32_t b) const
    {
        return a < nodeCount() && b < nodeCount() && m_part[a] == m_part[b];
    }

    /// A path along the streets: its nodes in walking order and its length.
    struct Path {
        std::vector<std::uint32_t> nodes;
        double metres = 0.0;
    };
    /// The shortest paths from `source` to each of `targets` no longer than maxMetres (Dijkstra,
    /// stopping once every target is settled or the bound is passed); none for a target not
    /// reached. Paths run from the source to the target.
    std::vector<std::optional<Path>> shortestPaths(std::uint32_t source,
                                                   std::span<const std::uint32_t> targets,
                                                   double maxMetres) const;
    /// The shortest path from `from` to `to` no longer than maxMetres (A* on the straight-line
    /// distance, which never overestimates), or none.
    std::optional<Path> shortestPath(std::uint32_t from, std::uint32_t to, double maxMetres) const;

    /// The positions of a path's nodes, in order.
    std::vector<LocalXY> polylineOf(const Path &path) const;

private:
    std::vector<LocalXY> m_positions;
    std::vector<std::uint32_t> m_arcStart; ///< CSR offsets per node into m_arcs.
    std::vector<Arc> m_arcs;
    std::vector<std::uint32_t> m_part; ///< Connected part of each node (its smallest node).
    std::vector<std::uint32_t> m_snapNodes; ///< Nodes of the parts walks may snap to.
    SpatialIndex m_snapIndex;               ///< Over m_snapNodes' positions.
};

/// Connected parts smaller than this are not snapped to (unless no part is this big).
constexpr std::uint32_t kMinSnapComponentNodes = 50;

} // namespace blindspot
