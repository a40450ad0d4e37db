#include "core/routing/planning_session.h"

#include "core/exposure/model_parameters.h"

#include <algorithm>
#include <cmath>
#include <future>

namespace blindspot {

namespace {

// Planners kept at once: the plan's own conditions, the other day and three what-ifs fit, so
// showing a route's alternatives never rebuilds the planner it started from.
constexpr std::size_t kCachedPlanners = 6;

bool samePlace(const Place &a, const Place &b)
{
    return a.kind == b.kind && a.entrance == b.entrance && a.stations == b.stations &&
           (a.kind != Place::Kind::Point || a.position == b.position);
}

// A start or end inside what is now avoided becomes a point at the same spot, so that the
// planner walks there from elsewhere instead of finding no route at all.
void releaseAvoidedEnds(RouteRequest &request)
{
    for (Place *place : {&request.from, &request.to}) {
        const bool avoidedStation =
            std::any_of(place->stations.begin(), place->stations.end(), [&](StationId s) {
                return std::find(request.avoidStations.begin(), request.avoidStations.end(), s) !=
                       request.avoidStations.end();
            });
        const bool avoidedEntrance =
            place->kind == Place::Kind::Entrance &&
            std::find(request.avoidEntrances.begin(), request.avoidEntrances.end(),
                      place->entrance) != request.avoidEntrances.end();
        if (place->kind != Place::Kind::Point && (avoidedStation || avoidedEntrance)) {
            Place point;
            point.kind = Place::Kind::Point;
            point.position = place->position;
            *place = point;
        }
    }
}

// Of the routes a changed request leads to, the one a traveller would take to lower the
// chance: the quickest that is less exposed than `current`; if none is, the quickest (which
// shows that the change does not help).
std::optional<Route> quickestImprovement(std::vector<Route> routes, const Route &current)
{
    if (routes.empty())
        return std::nullopt;
    std::sort(routes.begin(), routes.end(),
              [](const Route &a, const Route &b) { return a.durationSeconds < b.durationSeconds; });
    for (Route &r : routes)
        if (r.hazard.central < current.hazard.central)
            return std::move(r);
    return std::move(routes.front());
}

bool hasRide(const Route &route)
{
    return std::any_of(route.legs.begin(), route.legs.end(),
                       [](const RouteLeg &l) { return l.kind == LegKind::Ride; });
}

bool sameAlternative(const Alternative &a, const Alternative &b)
{
    return a.kind == b.kind && a.entrance == b.entrance && a.station == b.station &&
           a.line == b.line;
}

} // namespace

bool sameWay(const Route &a, const Route &b)
{
    if (a.legs.size() != b.legs.size())
        return false;
    for (std::size_t i = 0; i < a.legs.size(); ++i) {
        const RouteLeg &x = a.legs[i];
        const RouteLeg &y = b.legs[i];
        if (x.kind != y.kind || x.line != y.line || !samePlace(x.from, y.from) ||
            !samePlace(x.to, y.to))
            return false;
    }
    return true;
}

void PlanningSession::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    m_planners.clear();
}

void PlanningSession::setParameterFile(const QString &path)
{
    m_parameterFile = path;
    m_planners.clear();
}

Result<const RoutePlanner *> PlanningSession::planner(const PlanConditions &conditions)
{
    if (!m_dataset)
        return fileError({}, ParseErrorCode::Malformed, ParseReason::NoDataset);
    for (const CachedPlanner &cached : m_planners)
        if (cached.conditions == conditions)
            return cached.planner.get();
    Result<ModelParameters> parameters =
        parametersFor(*m_dataset, conditions.profile, m_parameterFile);
    if (const auto *error = std::get_if<ParseError>(&parameters))
        return *error;
    if (m_planners.size() >= kCachedPlanners)
        m_planners.pop_front();
    m_planners.push_back(
        {conditions, std::make_unique<RoutePlanner>(
                         m_dataset, std::get<ModelParameters>(parameters), conditions.traveller)});
    return m_planners.back().planner.get();
}

void PlanningSession::buildPlanners(const std::vector<PlanConditions> &conditions)
{
    if (!m_dataset)
        return;
    struct Build {
        PlanConditions conditions;
        std::future<std::unique_ptr<RoutePlanner>> planner;
    };
    std::vector<Build> builds;
    for (const PlanConditions &c : conditions) {
        const bool cached =
            std::any_of(m_planners.begin(), m_planners.end(),
                        [&](const CachedPlanner &p) { return p.conditions == c; }) ||
            std::any_of(builds.begin(), builds.end(),
                        [&](const Build &b) { return b.conditions == c; });
        if (cached)
            continue;
        Result<ModelParameters> parameters = parametersFor(*m_dataset, c.profile, m_parameterFile);
        if (isError(parameters))
            continue;
        builds.push_back(
            {c, std::async(std::launch::async,
                           [dataset = m_dataset, p = std::get<ModelParameters>(parameters),
                            traveller = c.traveller] {
                               return std::make_unique<RoutePlanner>(dataset, p, traveller);
                           })});
    }
    for (Build &b : builds) {
        if (m_planners.size() >= kCachedPlanners)
            m_planners.pop_front();
        m_planners.push_back({b.conditions, b.planner.get()});
    }
}

Result<Plan> PlanningSession::plan(const RouteRequest &request, const PlanConditions &conditions)
{
    Result<const RoutePlanner *> found = planner(conditions);
    if (const auto *error = std::get_if<ParseError>(&found))
        return *error;
    const RoutePlanner &p = *std::get<const RoutePlanner *>(found);
    Plan plan;
    plan.request = request;
    releaseAvoidedEnds(plan.request);
    plan.conditions = conditions;
    plan.routes = p.pareto(plan.request);
    if (plan.routes.empty())
        return plan;

    // The Pareto front holds the fastest and the least exposed routes unless they were pruned
    // as near-duplicates of another; then the closest on the front stands for them.
    const auto indexMatching = [&](const std::optional<Route> &wanted, auto fallback) {
        if (wanted)
            for (std::size_t i = 0; i < plan.routes.size(); ++i)
                if (sameWay(plan.routes[i], *wanted))
                    return i;
        return fallback();
    };
    plan.fastest = indexMatching(p.fastest(plan.request), [&] {
        return static_cast<std::size_t>(std::min_element(plan.routes.begin(), plan.routes.end(),
                                                         [](const Route &a, const Route &b) {
                                                             return a.durationSeconds <
                                                                    b.durationSeconds;
                                                         }) -
                                        plan.routes.begin());
    });
    plan.leastExposed = indexMatching(p.leastExposed(plan.request), [&] {
        return static_cast<std::size_t>(std::min_element(plan.routes.begin(), plan.routes.end(),
                                                         [](const Route &a, const Route &b) {
                                                             return a.hazard.central <
                                                                    b.hazard.central;
                                                         }) -
                                        plan.routes.begin());
    });

    if (plan.request.budgetFactor > 0.0) {
        RouteRequest unlimited = plan.request;
        unlimited.budgetFactor = 0.0;
        std::optional<Route> best = p.leastExposed(unlimited);
        if (best && lessExposed(*best, plan.routes[plan.leastExposed]) &&
            std::none_of(plan.routes.begin(), plan.routes.end(),
                         [&](const Route &shown) { return sameWay(shown, *best); }))
            plan.hiddenByTimeLimit = std::move(best);
    }
    return plan;
}

std::vector<Alternative> PlanningSession::alternatives(const Plan &plan, const Route &route)
{
    std::vector<Alternative> out;
    if (!m_dataset)
        return out;
    const Network &net = m_dataset->network;

    // Same conditions, changed request: one planner serves all of these.
    {
        Result<const RoutePlanner *> found = planner(plan.conditions);
        if (isError(found))
            return out;
        const RoutePlanner &base = *std::get<const RoutePlanner *>(found);
        const auto add = [&](Alternative a) {
            if (std::any_of(out.begin(), out.end(),
                            [&](const Alternative &o) { return sameAlternative(o, a); }))
                return;
            a.conditions = plan.conditions;
            releaseAvoidedEnds(a.request);
            std::vector<Route> routes = base.pareto(a.request);
            // Another entrance, station or line is about riding differently: walking the whole
            // way is an alternative of its own, so it does not stand in for these.
            if (a.kind != Alternative::Kind::WalkOnly && hasRide(route) &&
                std::any_of(routes.begin(), routes.end(), hasRide))
                routes.erase(std::remove_if(routes.begin(), routes.end(),
                                            [](const Route &r) { return !hasRide(r); }),
                             routes.end());
            a.route = quickestImprovement(std::move(routes), route);
            // When only walking the whole way avoids it, that is the walking alternative, which
            // is offered on its own: saying "another station" for it would mislead.
            if (a.kind != Alternative::Kind::WalkOnly && a.route && hasRide(route) &&
                !hasRide(*a.route))
                return;
            out.push_back(std::move(a));
        };
        const auto avoidStation = [&](std::size_t leg, StationId station) {
            if (indexOf(station) >= net.stations.size())
                return;
            Alternative a;
            a.kind = Alternative::Kind::AvoidStation;
            a.leg = leg;
            a.station = station;
            a.request = plan.request;
            const Station &s = net.station(station);
            if (isSet(s.complex))
                for (StationId member : net.complex(s.complex).stations)
                    a.request.avoidStations.push_back(member);
            else
                a.request.avoidStations.push_back(station);
            add(std::move(a));
        };

        std::vector<std::size_t> chokepoints;
        for (std::size_t i = 0; i < route.legs.size(); ++i)
            if (route.legs[i].chokepoint)
                chokepoints.push_back(i);
        std::sort(chokepoints.begin(), chokepoints.end(), [&](std::size_t a, std::size_t b) {
            return route.legs[a].hazard.central > route.legs[b].hazard.central;
        });
        for (std::size_t i : chokepoints) {
            const RouteLeg &leg = route.legs[i];
            switch (leg.kind) {
            case LegKind::Entry:
            case LegKind::Exit: {
                const Place &door = leg.kind == LegKind::Entry ? leg.from : leg.to;
                const Place &inside = leg.kind == LegKind::Entry ? leg.to : leg.from;
                if (inside.stations.empty())
                    break;
                const StationId station = inside.stations.front();
                if (door.kind == Place::Kind::Entrance &&
                    net.station(station).entrances.size() > 1) {
                    Alternative a;
                    a.kind = Alternative::Kind::OtherEntrance;
                    a.leg = i;
                    a.entrance = door.entrance;
                    a.station = station;
                    a.request = plan.request;
                    a.request.avoidEntrances.push_back(door.entrance);
                    add(std::move(a));
                }
                avoidStation(i, station);
                break;
            }
            case LegKind::Transfer:
                if (!leg.from.stations.empty())
                    avoidStation(i, leg.from.stations.front());
                break;
            case LegKind::Ride: {
                Alternative a;
                a.kind = Alternative::Kind::AvoidLine;
                a.leg = i;
                a.line = leg.line;
                a.request = plan.request;
                a.request.avoidLines.push_back(leg.line);
                add(std::move(a));
                break;
            }
            case LegKind::Walk:
                if (plan.request.mode == TravelMode::Any) {
                    Alternative a;
                    a.kind = Alternative::Kind::MetroOnly;
                    a.leg = i;
                    a.request = plan.request;
                    a.request.mode = TravelMode::MetroOnly;
                    add(std::move(a));
                }
                break;
            }
        }
        if (hasRide(route) && plan.request.mode != TravelMode::WalkOnly) {
            Alternative a;
            a.kind = Alternative::Kind::WalkOnly;
            a.request = plan.request;
            a.request.mode = TravelMode::WalkOnly;
            add(std::move(a));
        }
    }

    // Changed conditions, same request: the same way under another planner, if it is found.
    const auto underConditions = [&](Alternative::Kind kind, PlanConditions conditions) {
        Result<const RoutePlanner *> found = planner(conditions);
        if (isError(found))
            return;
        const RoutePlanner &other = *std::get<const RoutePlanner *>(found);
        std::vector<Route> candidates = other.pareto(plan.request);
        for (auto r : {other.fastest(plan.request), other.leastExposed(plan.request)})
            if (r)
                candidates.push_back(std::move(*r));
        Alternative a;
        a.kind = kind;
        a.request = plan.request;
        a.conditions = conditions;
        const auto same = std::find_if(candidates.begin(), candidates.end(),
                                       [&](const Route &r) { return sameWay(r, route); });
        if (same != candidates.end()) {
            a.route = *same;
        } else if (!candidates.empty()) {
            a.sameWay = false;
            a.route = *std::min_element(
                candidates.begin(), candidates.end(), [&](const Route &x, const Route &y) {
                    return std::abs(x.durationSeconds - route.durationSeconds) <
                           std::abs(y.durationSeconds - route.durationSeconds);
                });
        }
        out.push_back(std::move(a));
    };
    PlanConditions otherDay = plan.conditions;
    otherDay.profile = plan.conditions.profile == QLatin1String("event")
                           ? QStringLiteral("ordinary")
                           : QStringLiteral("event");
    std::vector<std::pair<Alternative::Kind, PlanConditions>> changed{
        {Alternative::Kind::OtherDay, otherDay}};
    if (!plan.conditions.traveller.medicalMask) {
        PlanConditions c = plan.conditions;
        c.traveller.medicalMask = true;
        changed.push_back({Alternative::Kind::MedicalMask, c});
    }
    if (!plan.conditions.traveller.sunglasses) {
        PlanConditions c = plan.conditions;
        c.traveller.sunglasses = true;
        changed.push_back({Alternative::Kind::Sunglasses, c});
    }
    if (!plan.conditions.traveller.cap) {
        PlanConditions c = plan.conditions;
        c.traveller.cap = true;
        changed.push_back({Alternative::Kind::Cap, c});
    }
    std::vector<PlanConditions> toBuild;
    for (const auto &[kind, conditions] : changed)
        toBuild.push_back(conditions);
    buildPlanners(toBuild);
    for (const auto &[kind, conditions] : changed)
        underConditions(kind, conditions);
    return out;
}

} // namespace blindspot
