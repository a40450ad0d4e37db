#pragma once

#include "exposure/camera_field.h"
#include "exposure/exposure_model.h"
#include "geo/local_projection.h"
#include "geo/spatial_index.h"
#include "model/dataset.h"
#include "routing/route.h"

#include <memory>
#include <span>
#include <vector>

namespace blindspot {

enum class EdgeKind : std::uint8_t {
    Walk,     ///< On the street, between two street-side nodes.
    Entry,    ///< Entrance -> platform: hall, turnstiles, escalator (turnstiles only inbound).
    Exit,     ///< Platform -> entrance: escalator, hall; no turnstiles on the way out.
    Board,    ///< Platform -> train: waiting on the platform.
    Ride,     ///< Train -> train at the next station of the line.
    Alight,   ///< Train -> platform.
    Transfer, ///< Platform -> platform of another line in the same complex.
};

/// A directed edge with its travel time, hazard and what causes the hazard.
struct GraphEdge {
    std::uint32_t from = 0;
    std::uint32_t to = 0;
    EdgeKind kind = EdgeKind::Walk;
    double seconds = 0.0;
    double metres = 0.0;
    Hazard hazard;
    std::uint32_t sources = 0; ///< Index into TransitGraph::edgeSources().
};

/// The multimodal graph of one dataset under one parameter set: street-side nodes (entrances;
/// a station without mapped entrances gets one at its own position), a platform node and a
/// train node per station, and edges for walking between nearby entrances, entering, exiting,
/// boarding, riding, alighting and transferring. CSR adjacency; nodes never change after
/// construction. Queries add their own start and end nodes (see RoutePlanner).
class TransitGraph {
public:
    TransitGraph(std::shared_ptr<const Dataset> dataset, const ExposureModels &models);

    const Dataset &dataset() const { return *m_dataset; }
    const LocalProjection &projection() const { return m_projection; }
    const CameraField &cameras() const { return *m_cameras; }
    const SurveyCoverage &surveys() const { return *m_surveys; }
    const ExposureModels &models() const { return m_models; }

    std::uint32_t nodeCount() const { return static_cast<std::uint32_t>(m_nodeStation.size()); }
    std::uint32_t streetNodeCount() const
    {
        return static_cast<std::uint32_t>(m_streetNodes.size());
    }
    std::uint32_t platformNode(StationId s) const { return streetNodeCount() + indexOf(s); }
    std::uint32_t trainNode(StationId s) const
    {
        return streetNodeCount() + static_cast<std::uint32_t>(stationCount()) + indexOf(s);
    }
    /// The station a node belongs to (street nodes: the entrance's station).
    StationId stationOf(std::uint32_t node) const { return m_nodeStation[node]; }
    /// The entrance a street node stands for, or none for a station without mapped entrances.
    EntranceId entranceOf(std::uint32_t streetNode) const
    {
        return m_streetNodes[streetNode].entrance;
    }
    LocalXY streetPosition(std::uint32_t streetNode) const
    {
        return m_streetNodes[streetNode].position;
    }
    /// Street nodes of a station (its entrances, or its own position).
    std::span<const std::uint32_t> streetNodesOf(StationId s) const;
    std::uint32_t streetNodeOf(EntranceId e) const { return m_entranceNode[indexOf(e)]; }
    /// Street nodes within `metres` of p, nearest first, at most `limit`.
    std::vector<std::uint32_t> streetNodesNear(LocalXY p, double metres, std::size_t limit) const;

    std::span<const GraphEdge> edgesFrom(std::uint32_t node) const;
    const GraphEdge &edge(std::uint32_t index) const { return m_edges[index]; }
    std::uint32_t edgeIndex(const GraphEdge &e) const
    {
        return static_cast<std::uint32_t>(&e - m_edges.data());
    }
    const std::vector<HazardSource> &edgeSources(const GraphEdge &e) const
    {
        return m_sources[e.sources];
    }

    /// A straight walk with the detour factor: time, length, hazard and its sources.
    struct Walk {
        double seconds = 0.0;
        double metres = 0.0;
        Hazard hazard;
        std::vector<HazardSource> sources;
        std::vector<CameraPass> passes; ///< The cameras seen, with their coverage times.
    };
    Walk walk(LocalXY from, LocalXY to) const;

    /// Hazard of passing `zone` of `station` (mapped cameras anchored there plus reported or
    /// assumed unmapped ones). For trains, `rideSeconds` is the time on board.
    Hazard zonePass(StationId station, ZoneKind zone, std::vector<HazardSource> *sources,
                    double rideSeconds = 60.0) const;

    /// Seconds from an entrance to its platform (or back): the dataset's Entry link if it has
    /// one, else the street-to-platform parameter.
    double entrySeconds(std::uint32_t streetNode) const;

private:
    struct StreetNode {
        LocalXY position;
        EntranceId entrance = kNoId<EntranceId>;
        StationId station{};
    };

    std::size_t stationCount() const { return m_dataset->network.stations.size(); }
    void addEdge(GraphEdge edge, std::vector<HazardSource> sources);
    void build();

    std::shared_ptr<const Dataset> m_dataset;
    ExposureModels m_models;
    LocalProjection m_projection;
    std::unique_ptr<CameraField> m_cameras;
    std::unique_ptr<SurveyCoverage> m_surveys;
    std::vector<StreetNode> m_streetNodes;
    std::vector<std::uint32_t> m_entranceNode;       ///< EntranceId -> street node
    std::vector<std::uint32_t> m_stationStreetStart; ///< CSR over m_stationStreetNodes
    std::vector<std::uint32_t> m_stationStreetNodes;
    std::vector<StationId> m_nodeStation;
    SpatialIndex m_streetIndex;
    std::vector<double> m_entryLinkSeconds; ///< Per street node; negative when none.
    std::vector<GraphEdge> m_edges;         ///< Sorted by `from` after build().
    std::vector<std::uint32_t> m_edgeStart; ///< CSR offsets per node.
    std::vector<std::vector<HazardSource>> m_sources;
};

/// Walking between entrances of different stations is offered up to this distance.
constexpr double kMaxStreetLinkMetres = 800.0;

} // namespace blindspot
