#pragma once

#include "geo/lat_lon.h"

#include <cstdint>
#include <vector>

namespace blindspot {

enum class StreetNodeId : std::uint32_t {};

/// A walkable street segment (OSM `highway=*` usable on foot), walkable both ways.
struct StreetEdge {
    StreetNodeId from{};
    StreetNodeId to{};
    double lengthMetres = 0.0;
    friend bool operator==(const StreetEdge &, const StreetEdge &) = default;
};

/// The walking network imported from a street map. When present, routing walks along it
/// instead of straight lines with a detour factor.
struct StreetNetwork {
    std::vector<LatLon> nodes; ///< Indexed by StreetNodeId.
    std::vector<StreetEdge> edges;
    bool isEmpty() const { return edges.empty(); }
    friend bool operator==(const StreetNetwork &, const StreetNetwork &) = default;
};

} // namespace blindspot
