#pragma once

#include "core/io/parse_error.h"
#include "core/routing/route_planner.h"

#include <QString>

#include <cstddef>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace blindspot {

/// The conditions of a trip that change the model rather than the route: the day's profile and
/// the traveller's what-ifs.
struct PlanConditions {
    QString profile = QStringLiteral("ordinary"); ///< "ordinary" or "event".
    Traveller traveller;

    friend bool operator==(const PlanConditions &a, const PlanConditions &b)
    {
        return a.profile == b.profile && a.traveller.medicalMask == b.traveller.medicalMask &&
               a.traveller.sunglasses == b.traveller.sunglasses &&
               a.traveller.cap == b.traveller.cap;
    }
};

/// The answer to one planning request: the Pareto routes as core returns them (by duration),
/// with the fastest and the least exposed marked.
struct Plan {
    RouteRequest request;
    PlanConditions conditions;
    std::vector<Route> routes;
    std::size_t fastest = 0;      ///< Index into routes.
    std::size_t leastExposed = 0; ///< Index into routes.
    /// With a time limit (request.budgetFactor): the least exposed route without it, when it
    /// is less exposed than every route shown, so that the limit never hides the best way
    /// without a word.
    std::optional<Route> hiddenByTimeLimit;
};

/// Something the traveller can do about a route's risk, and what it changes: worked out by
/// planning again under the changed request or conditions, never estimated.
struct Alternative {
    enum class Kind : std::uint8_t {
        OtherEntrance, ///< Avoid `entrance`, the one a chokepoint step uses.
        AvoidStation,  ///< Avoid `station` (and its transfer complex).
        AvoidLine,     ///< Avoid `line`.
        MetroOnly,     ///< No street walking between stations.
        WalkOnly,      ///< Walk the whole way.
        OtherDay,      ///< The other profile: an alert day instead of an ordinary one, or back.
        MedicalMask,   ///< What if: a medical mask.
        Sunglasses,    ///< What if: dark sunglasses.
        Cap,           ///< What if: a cap, looking down.
    };
    Kind kind = Kind::AvoidStation;
    /// The chokepoint step it addresses; kAnyLeg for a change to the whole trip.
    std::size_t leg = kAnyLeg;
    static constexpr std::size_t kAnyLeg = static_cast<std::size_t>(-1);
    EntranceId entrance = kNoId<EntranceId>;
    StationId station = kNoId<StationId>;
    LineId line = kNoId<LineId>;
    RouteRequest request;      ///< The changed request (for "plan this way").
    PlanConditions conditions; ///< The changed conditions.
    /// The route it leads to; none when nothing reaches the destination that way.
    std::optional<Route> route;
    /// For a different day or a what-if: whether `route` is the same way as the one it is
    /// compared with (else the nearest in time that planning found).
    bool sameWay = true;
};

/// Plans routes on one dataset and keeps the expensive part, a RoutePlanner per set of
/// conditions, between requests. The one way both front ends plan: the GUI's planner panel and
/// `blindspot-cli route` use it, so that they treat avoided ends and alternatives alike.
///
/// Nothing here is written to disk: places and routes live only in memory.
class PlanningSession {
public:
    /// Forgets every cached planner; nullptr for no dataset.
    void setDataset(std::shared_ptr<const Dataset> dataset);
    const std::shared_ptr<const Dataset> &dataset() const { return m_dataset; }
    /// A JSON file of model parameter overrides applied to every planner after the profile
    /// (parametersFor's user file, the CLI's --params); empty for none. Forgets cached planners.
    void setParameterFile(const QString &path);

    /// The planner for `conditions`, built on first use (0.1-0.5 s on a city, about 2 s on a
    /// Moscow-sized one with 1.8 million street nodes) and cached.
    Result<const RoutePlanner *> planner(const PlanConditions &conditions);
    /// Builds the planners for `conditions` that are not cached yet, side by side on their own
    /// threads (each takes a second or two on a Moscow-sized city with streets). Conditions
    /// whose parameters cannot be read are left for planner() to report.
    void buildPlanners(const std::vector<PlanConditions> &conditions);

    /// Plans `request`: RoutePlanner::pareto, with the fastest and least exposed marked. A start
    /// or end at an avoided station or entrance becomes a point there, walked to from elsewhere.
    /// An empty route list means the destination cannot be reached that way.
    Result<Plan> plan(const RouteRequest &request, const PlanConditions &conditions);

    /// What would lower `route`'s chance of identification: another entrance, station or line
    /// at each chokepoint, walking, metro only, another day, and the what-ifs not yet chosen;
    /// each with the route it leads to. Ordered as found (chokepoints first, largest first).
    std::vector<Alternative> alternatives(const Plan &plan, const Route &route);

private:
    struct CachedPlanner {
        PlanConditions conditions;
        std::unique_ptr<RoutePlanner> planner;
    };

    std::shared_ptr<const Dataset> m_dataset;
    QString m_parameterFile;
    std::deque<CachedPlanner> m_planners; ///< Most recently built last.
};

/// Whether two routes take the same way: the same steps through the same stations, entrances
/// and lines (times and risks may differ).
bool sameWay(const Route &a, const Route &b);

} // namespace blindspot
