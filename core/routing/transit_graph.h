#pragma once

#include "core/exposure/camera_field.h"
#include "core/exposure/exposure_model.h"
#include "core/exposure/exposure_tally.h"
#include "core/geo/local_projection.h"
#include "core/geo/spatial_index.h"
#include "core/model/dataset.h"
#include "core/routing/route.h"
#include "core/routing/street_graph.h"

#include <cmath>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace blindspot {

enum class EdgeKind : std::uint8_t {
    Walk,     ///< On the street, between two street-side nodes.
    Entry,    ///< Entrance -> platform: that entrance's hall, turnstiles and escalator.
    Exit,     ///< Platform -> entrance: escalator and hall; no turnstiles on the way out.
    Ride,     ///< Platform -> platform of a later station of the line: wait, board, ride, alight.
    Transfer, ///< Platform -> platform of another line in the same complex.
};

/// A directed edge with its travel time and hazard. The hazard is the edge's own
/// identification hazard (its captures composed as in ExposureTally); the hazard of a route is
/// at most the sum of its edges' (shared unknowns make passes positively dependent), so sums
/// of edge hazards bound a route's from above and every route found is scored exactly.
struct GraphEdge {
    std::uint32_t from = 0;
    std::uint32_t to = 0;
    EdgeKind kind = EdgeKind::Walk;
    double seconds = 0.0;
    double metres = 0.0;
    Hazard hazard;
    std::uint32_t detail = 0; ///< Index into TransitGraph's edge details.
};

/// What an edge passes and why it costs what it costs: sources, composed captures, figures, and
/// for rides the line and the stations the train stops at.
struct EdgeDetail {
    std::vector<HazardSource> sources; ///< Largest first.
    ExposureTally tally;
    ExposureFigures figures;
    LineId line = kNoId<LineId>;
    std::vector<StationId> passed; ///< Ride: stations after boarding, the last included.
    std::vector<LatLon> path;      ///< Walk along the streets: the positions passed, in order.
};

/// The multimodal graph of one dataset under one parameter set: street-side nodes (entrances;
/// a station without mapped entrances gets one at its own position) and a platform node per
/// station, with edges for walking between nearby entrances, entering and leaving through one
/// entrance, riding (one edge per boarding and alighting station of a line, so that the
/// train's hazard is a function of the whole ride, charged once) and transferring. CSR
/// adjacency; nodes never change after construction. Queries add their own start and end
/// nodes (see RoutePlanner).
class TransitGraph {
public:
    TransitGraph(std::shared_ptr<const Dataset> dataset, const ExposureModels &models);

    const Dataset &dataset() const { return *m_dataset; }
    /// Centred on the dataset; centred on (0, 0) when it holds no position at all (see
    /// hasPlace()).
    const LocalProjection &projection() const { return m_projection; }
    /// Whether the dataset holds any position (a station, camera, street, survey area).
    bool hasPlace() const { return m_hasPlace; }
    const CameraField &cameras() const { return *m_cameras; }
    const SurveyCoverage &surveys() const { return *m_surveys; }
    const ExposureModels &models() const { return m_models; }

    std::uint32_t nodeCount() const { return static_cast<std::uint32_t>(m_nodeStation.size()); }
    std::uint32_t streetNodeCount() const
    {
        return static_cast<std::uint32_t>(m_streetNodes.size());
    }
    std::uint32_t platformNode(StationId s) const { return streetNodeCount() + indexOf(s); }
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
    /// Indices of the edges into a node (for searches that run backwards).
    std::span<const std::uint32_t> edgesInto(std::uint32_t node) const;
    std::uint32_t edgeCount() const { return static_cast<std::uint32_t>(m_edges.size()); }
    const GraphEdge &edge(std::uint32_t index) const { return m_edges[index]; }
    std::uint32_t edgeIndex(const GraphEdge &e) const
    {
        return static_cast<std::uint32_t>(&e - m_edges.data());
    }
    const EdgeDetail &detailOf(const GraphEdge &e) const { return m_details[e.detail]; }

    /// The imported streets as a graph (empty without them).
    const StreetGraph &streets() const { return *m_streets; }
    /// The street node an entrance (street-side node) joins the streets at, if any.
    std::optional<std::uint32_t> streetSnapOf(std::uint32_t streetNode) const;

    /// A walk: time, length, hazard, its sources and figures, and the line walked.
    struct Walk {
        double seconds = 0.0;
        double metres = 0.0;
        Hazard hazard;
        std::vector<HazardSource> sources;
        std::vector<CameraPass> passes; ///< The cameras seen, with their coverage times.
        ExposureTally tally;            ///< Cameras and the unmapped prior.
        ExposureTally unmapped;         ///< The unmapped prior alone.
        ExposureFigures figures;
        /// The line walked: along the streets, or straight from start to end (detoured).
        std::vector<LocalXY> polyline;
        bool alongStreets = false;
    };
    /// A straight walk with the detour factor.
    Walk walk(LocalXY from, LocalXY to) const;
    /// A planned walk: along the shortest street path when the dataset has streets near both
    /// ends and they connect, else straight with the detour factor. None when it would be
    /// longer than maxMetres.
    std::optional<Walk> plannedWalk(LocalXY from, LocalXY to,
                                    double maxMetres = INFINITY) const;
    /// Planned walks between a place and street-side nodes: from the place to each node
    /// (`outward`) or from each node to the place, with one street search for all of them.
    /// None for a node the streets reach only by a walk longer than kMaxStreetDetour times the
    /// straight distance plus kStreetDetourSlackMetres (another node will be nearer).
    std::vector<std::optional<Walk>> plannedWalks(LocalXY place,
                                                  std::span<const std::uint32_t> streetNodes,
                                                  bool outward) const;
    /// A walk along a given path, as it is (no detour factor): a recorded or drawn track. With
    /// `allRoundRange`, "in view" means within that distance of a camera whichever way it looks.
    /// `views`, if given, receives each camera's view of the path.
    Walk walkAlong(std::span<const LocalXY> polyline, std::optional<double> allRoundRange,
                   std::vector<CameraField::CameraView> *views) const;

    /// Seconds from an entrance to its platform (or back): the dataset's Entry link if it has
    /// one, else the street-to-platform parameter.
    double entrySeconds(std::uint32_t streetNode) const;

    /// What passing one station zone gives: mapped cameras anchored there (for entrance zones,
    /// those of `entrance`, and a share of those whose entrance nobody reported) plus reported
    /// or assumed unmapped ones. `zoneSeconds` is the time spent in the zone, `rideSeconds` the
    /// time on board for trains.
    EdgeDetail zonePass(StationId station, ZoneKind zone, EntranceId entrance, double zoneSeconds,
                        double rideSeconds = 60.0) const;

private:
    struct StreetNode {
        LocalXY position;
        EntranceId entrance = kNoId<EntranceId>;
        StationId station{};
    };

    std::size_t stationCount() const { return m_dataset->network.stations.size(); }
    void addEdge(GraphEdge edge, EdgeDetail detail);
    void addPassage(EdgeDetail &into, EdgeDetail part) const;
    void build();
    /// walk() (detoured) and walkAlong() (as it is): one way to walk a polyline.
    Walk walkOver(std::span<const LocalXY> polyline, bool detoured,
                  std::optional<double> allRoundRange,
                  std::vector<CameraField::CameraView> *views) const;

    /// The walk along a street path between two points that snapped to its ends.
    Walk streetWalk(LocalXY from, const StreetGraph::Path &path, LocalXY to) const;

    std::shared_ptr<const Dataset> m_dataset;
    ExposureModels m_models;
    bool m_hasPlace = false; ///< Declared before m_projection, whose initialiser sets it.
    LocalProjection m_projection;
    std::unique_ptr<CameraField> m_cameras;
    std::unique_ptr<SurveyCoverage> m_surveys;
    std::vector<StreetNode> m_streetNodes;
    std::vector<std::uint32_t> m_entranceNode;       ///< EntranceId -> street node
    std::vector<std::uint32_t> m_stationStreetStart; ///< CSR over m_stationStreetNodes
    std::vector<std::uint32_t> m_stationStreetNodes;
    std::vector<StationId> m_nodeStation;
    SpatialIndex m_streetIndex;
    /// Shared by every graph of the same dataset (planners for other days and what-ifs): it
    /// depends on the streets and the projection only.
    std::shared_ptr<const StreetGraph> m_streets;
    std::vector<std::uint32_t> m_streetSnap; ///< Per street-side node; max() when none.
    std::vector<double> m_entryLinkSeconds; ///< Per street node; negative when none.
    std::vector<GraphEdge> m_edges;         ///< Sorted by `from` after build().
    std::vector<std::uint32_t> m_edgeStart; ///< CSR offsets per node.
    std::vector<std::uint32_t> m_inStart;   ///< CSR offsets per node into m_inEdges.
    std::vector<std::uint32_t> m_inEdges;   ///< Edge indices sorted by `to`.
    std::vector<EdgeDetail> m_details;
};

/// Walking between entrances of different stations is offered up to this distance.
constexpr double kMaxStreetLinkMetres = 800.0;
/// A place further than this from every street node is walked to straight (with the detour
/// factor): the extract does not reach it.
constexpr double kMaxStreetSnapMetres = 300.0;
/// Walks to and between entrances are offered while the streets make them at most this many
/// times the straight distance, plus kStreetDetourSlackMetres (across a river far from a
/// bridge, say); the whole walk of a trip has no such limit.
constexpr double kMaxStreetDetour = 3.0;
constexpr double kStreetDetourSlackMetres = 1000.0;

} // namespace blindspot
