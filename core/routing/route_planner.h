#pragma once

#include "core/exposure/model_parameters.h"
#include "core/routing/route.h"
#include "core/routing/transit_graph.h"

#include <memory>
#include <optional>
#include <vector>

namespace blindspot {

enum class TravelMode : std::uint8_t {
    Any,       ///< Walk, metro, or both.
    MetroOnly, ///< Walk to and from the metro only: no all-walking route, no street transfers.
    WalkOnly,  ///< Walk the whole way.
};

struct RouteRequest {
    Place from;
    Place to;
    TravelMode mode = TravelMode::Any;
    /// At most this many times the fastest route's duration; 0 for no limit.
    double budgetFactor = 0.0;
    std::vector<StationId> avoidStations;
    std::vector<LineId> avoidLines;
    std::vector<EntranceId> avoidEntrances;
};

/// Plans routes on one dataset under one parameter set (profile and what-ifs included):
/// fastest, least exposed, and the Pareto front of (time, exposure) between them.
///
/// The searches optimise exactly what a route shows: its captures composed with shared
/// unknowns (ExposureTally), each pass of a camera counted (a camera passed on two walks is two
/// passes). Least exposed means the lowest chance, ties broken by expected face-recognition
/// captures, then by time; the front is the least exposed route under falling time limits (see
/// pareto()). Fastest is exact. Least exposed is exact while at most kMaxLabelsPerNode partial
/// routes that no other beats on every count meet at one entrance or platform; past that, the
/// least exposed of them so far are kept. Small cities never get there (tst_route_exposure's
/// oracle); a Moscow-sized one with streets does, under the loose time limits of the front's
/// first steps, where keeping every one took minutes.
///
/// A walk never follows a walk: it goes along the streets from one place to the next, not from
/// entrance to entrance across the city.
class RoutePlanner {
public:
    RoutePlanner(std::shared_ptr<const Dataset> dataset, const ModelParameters &parameters,
                 Traveller traveller = {});

    const TransitGraph &graph() const { return *m_graph; }
    const Dataset &dataset() const { return m_graph->dataset(); }

    /// The quickest route (ties broken by exposure); none when the end cannot be reached.
    std::optional<Route> fastest(const RouteRequest &request) const;
    /// The least exposed route (ties broken by time), within the time budget if one is set.
    std::optional<Route> leastExposed(const RouteRequest &request) const;
    /// Routes no other route beats on both time and exposure, sorted by duration, with
    /// near-duplicates (within kSameDurationSeconds and kSameHazard) removed.
    std::vector<Route> pareto(const RouteRequest &request) const;

    /// The route along given graph edges, scored exactly as the searches' results are: from the
    /// request's start to the first edge's node and from the last edge's node to its end as the
    /// searches would connect them (an empty `edges` is the direct walk). None when the edges
    /// do not form a path that the request's places connect to. For checks and explanations.
    std::optional<Route> routeAlong(const RouteRequest &request,
                                    const std::vector<const GraphEdge *> &edges) const;

    /// A given path (a recorded GPX track, a drawn line) walked as it is, with the same figures
    /// as a planned walk, and each mapped camera's view of it. With `allRoundRange`, a camera
    /// counts as having the walker in view within that many metres, whichever way it looks.
    struct TrackExposure {
        Route route;
        std::vector<CameraField::CameraView> views; ///< In the order the walker meets them.
        double walkSpeedMps = 0.0;                  ///< To turn the views' metres into time.
    };
    TrackExposure exposureAlong(const std::vector<LatLon> &points,
                                std::optional<double> allRoundRange = std::nullopt) const;

private:
    struct Query;
    /// The quickest route (ties broken by the edges' hazards).
    std::optional<Route> quickest(const Query &query) const;
    /// The least exposed route no longer than timeLimit, exactly.
    std::optional<Route> leastExposedWithin(const Query &query, double timeLimit) const;
    Route assemble(const Query &query, const std::vector<const GraphEdge *> &edges) const;
    Route walkOnly(const RouteRequest &request) const;
    std::unique_ptr<Query> prepare(const RouteRequest &request) const;

    std::unique_ptr<TransitGraph> m_graph;
};

/// Near-duplicate thresholds for the Pareto front: in time, and in hazard (not probability,
/// which saturates: two routes at 0.99 and 0.9999 differ by a hazard of 4.6).
constexpr double kSameDurationSeconds = 30.0;
constexpr double kSameHazard = 0.01;
/// At most this many routes on a front (each at least kSameDurationSeconds faster than the last).
constexpr int kMaxFrontPoints = 48;
/// At most this many incomparable partial routes kept at one node by the least-exposed search.
constexpr std::size_t kMaxLabelsPerNode = 24;

/// Whether a is better than b for "least exposed": a lower exact chance, then fewer expected
/// face-recognition captures, then a shorter time.
bool lessExposed(const Route &a, const Route &b);

} // namespace blindspot
