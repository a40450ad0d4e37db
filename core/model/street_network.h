#pragma once

#include "core/geo/lat_lon.h"
#include "core/model/ids.h"
#include "core/model/localized_name.h"

#include <cstdint>
#include <vector>

namespace blindspot {

enum class StreetNodeId : std::uint32_t {};
enum class StreetWayId : std::uint32_t {};

/// What kind of way a person walks along, from OSM `highway` (the values the import keeps).
enum class StreetClass : std::uint8_t {
    Other, ///< `road`, `crossing` and anything newer than this list.
    Footway,
    Pedestrian,
    Path,
    Steps,
    Corridor,
    LivingStreet,
    Residential,
    Service,
    Track,
    Unclassified,
    Tertiary,
    Secondary,
    Primary,
    Trunk,
    Motorway,
    Cycleway,
    Bridleway,
};
constexpr int kStreetClassCount = 18;

/// Footway details that matter on foot, as bits of StreetWay::features.
enum class StreetFeature : std::uint8_t {
    Tunnel = 1,   ///< `tunnel=*` other than no, `location=underground`: an underpass on foot.
    Bridge = 2,   ///< `bridge=*` other than no.
    Crossing = 4, ///< Across a road: `footway|path|cycleway=crossing`, `highway=crossing`.
    Signals = 8,  ///< A crossing with traffic lights: `crossing=traffic_signals`.
    Indoor = 16,  ///< Inside a building: `indoor=*` other than no.
};

/// A walkable way's name, class and footway details. Ways that are alike (the pieces of one
/// street) share one entry, which their edges refer to: a city has millions of edges and a
/// few tens of thousands of distinct streets.
struct StreetWay {
    LocalizedName name; ///< OSM `name`, with `name:en`, `name:ru`, `name:uk`.
    StreetClass streetClass = StreetClass::Other;
    std::uint8_t features = 0; ///< StreetFeature bits.

    bool has(StreetFeature f) const { return (features & std::uint8_t(f)) != 0; }
    friend bool operator==(const StreetWay &, const StreetWay &) = default;
};

/// A walkable street segment (OSM `highway=*` usable on foot), walkable both ways.
struct StreetEdge {
    StreetNodeId from{};
    StreetNodeId to{};
    double lengthMetres = 0.0;
    StreetWayId way = kNoId<StreetWayId>; ///< Its way in StreetNetwork::ways; none when unknown.
    friend bool operator==(const StreetEdge &, const StreetEdge &) = default;
};

/// The walking network imported from a street map. When present, routing walks along it
/// instead of straight lines with a detour factor.
struct StreetNetwork {
    std::vector<LatLon> nodes; ///< Indexed by StreetNodeId.
    std::vector<StreetEdge> edges;
    std::vector<StreetWay> ways; ///< Indexed by StreetWayId (pack format 1.2).
    bool isEmpty() const { return edges.empty(); }
    friend bool operator==(const StreetNetwork &, const StreetNetwork &) = default;
};

} // namespace blindspot
