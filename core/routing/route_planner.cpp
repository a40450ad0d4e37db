#include "core/routing/route_planner.h"

#include <algorithm>
#include <limits>
#include <map>
#include <queue>

namespace blindspot {

namespace {

constexpr double kNearbyEntranceMetres = 1500.0;
constexpr std::size_t kNearbyEntranceLimit = 8;
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

/// Of the legs, the few that carry most of the route's hazard: largest first until 70 % of the
/// total is covered, at most three, each carrying at least 15 %.
void markChokepoints(std::vector<RouteLeg> &legs)
{
    double total = 0.0;
    for (const RouteLeg &l : legs)
        total += l.hazard.central;
    if (total <= 0.0)
        return;
    std::vector<std::size_t> order(legs.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return legs[a].hazard.central > legs[b].hazard.central;
    });
    double covered = 0.0;
    for (std::size_t k = 0; k < order.size() && k < 3 && covered < 0.7 * total; ++k) {
        RouteLeg &leg = legs[order[k]];
        if (leg.hazard.central < 0.15 * total)
            break;
        leg.chokepoint = true;
        covered += leg.hazard.central;
    }
}

void sortLargestFirst(std::vector<HazardSource> &sources)
{
    std::stable_sort(sources.begin(), sources.end(),
                     [](const HazardSource &a, const HazardSource &b) {
                         return a.hazard.central > b.hazard.central;
                     });
}

} // namespace

struct RoutePlanner::Query {
    const RouteRequest *request = nullptr;
    std::uint32_t origin = 0;
    std::uint32_t destination = 0;
    LocalXY originPosition;
    LocalXY destinationPosition;
    std::vector<GraphEdge> fromOrigin;
    std::vector<GraphEdge> toDestination;
    /// The walks of fromOrigin and toDestination (their `detail` indexes these).
    std::vector<EdgeDetail> originWalks;
    std::vector<EdgeDetail> destinationWalks;
    std::vector<std::uint32_t> toDestinationOf; ///< Per node: index into toDestination, or kNone.
    std::vector<char> blocked;                  ///< Per node.
    std::vector<char> blockedEdge;              ///< Per graph edge; empty when none is.
    bool streetWalks = true;                    ///< Whether the graph's own Walk edges may be used.
    /// The graph's projection, or one centred on the start when the dataset has no place of
    /// its own (then nothing in it depends on where the walk is, only on its length).
    LocalProjection projection;

    /// Whether the search may take graph edge e (avoided nodes, stations and walks).
    bool allowed(const TransitGraph &g, const GraphEdge &e) const
    {
        return !blocked[e.to] && (streetWalks || e.kind != EdgeKind::Walk) &&
               (blockedEdge.empty() || !blockedEdge[g.edgeIndex(e)]);
    }

    /// Per node, the least time still needed to reach the end (a lower bound for searches under
    /// a time limit); +inf where the end cannot be reached. Indexed like the search's nodes.
    std::vector<double> secondsToGo(const TransitGraph &g) const
    {
        std::vector<double> toGo(g.nodeCount() + 2, INFINITY);
        using Item = std::pair<double, std::uint32_t>;
        std::priority_queue<Item, std::vector<Item>, std::greater<>> open;
        toGo[destination] = 0.0;
        for (const GraphEdge &e : toDestination)
            if (e.seconds < toGo[e.from]) {
                toGo[e.from] = e.seconds;
                open.push({e.seconds, e.from});
            }
        while (!open.empty()) {
            const auto [seconds, v] = open.top();
            open.pop();
            if (seconds > toGo[v])
                continue;
            for (std::uint32_t i : g.edgesInto(v)) {
                const GraphEdge &e = g.edge(i);
                // Edges into a blocked node are not allowed; a blocked node itself is never
                // entered, so its own time to go does not matter.
                if (!allowed(g, e))
                    continue;
                const double t = seconds + e.seconds;
                if (t < toGo[e.from]) {
                    toGo[e.from] = t;
                    open.push({t, e.from});
                }
            }
        }
        for (const GraphEdge &e : fromOrigin)
            if (e.to == destination || !blocked[e.to])
                toGo[origin] = std::min(toGo[origin], e.seconds + toGo[e.to]);
        return toGo;
    }

    /// The edges a search may take on from node u; `afterWalk` when it got there on foot (see
    /// walks()).
    template <class F>
    void forEachEdge(const TransitGraph &g, std::uint32_t u, bool afterWalk, F &&f) const
    {
        if (u == origin) {
            for (const GraphEdge &e : fromOrigin)
                if (e.to == destination || !blocked[e.to])
                    f(e);
            return;
        }
        if (u >= g.nodeCount())
            return;
        for (const GraphEdge &e : g.edgesFrom(u))
            if (allowed(g, e) && !(afterWalk && walks(e)))
                f(e);
        if (toDestinationOf[u] != kNone && !(afterWalk && walks(toDestination[toDestinationOf[u]])))
            f(toDestination[toDestinationOf[u]]);
    }
    /// Whether an edge is a walk of some length. A walk goes along the streets from one place
    /// to the next: one never follows another, so the searches do not chain walks from
    /// entrance to entrance across the city (a chain is never quicker than the street path,
    /// and is one leg on screen). Starting at a station's own entrances is no walk.
    static bool walks(const GraphEdge &e) { return e.kind == EdgeKind::Walk && e.metres > 0.0; }

    LocalXY positionOf(const TransitGraph &g, std::uint32_t node) const
    {
        if (node == origin)
            return originPosition;
        if (node == destination)
            return destinationPosition;
        if (node < g.streetNodeCount())
            return g.streetPosition(node);
        return g.projection().toLocal(g.dataset().network.station(g.stationOf(node)).position);
    }
    /// The walk from the start to the end, if no longer than maxMetres.
    bool addDirectWalk(const TransitGraph &g, double maxMetres = INFINITY)
    {
        std::optional<TransitGraph::Walk> w =
            g.plannedWalk(originPosition, destinationPosition, maxMetres);
        if (!w)
            return false;
        fromOrigin.push_back({origin, destination, EdgeKind::Walk, w->seconds, w->metres,
                              w->hazard, static_cast<std::uint32_t>(originWalks.size())});
        originWalks.push_back(walkDetail(std::move(*w)));
        return true;
    }
    EdgeDetail walkDetail(TransitGraph::Walk w) const
    {
        EdgeDetail walk;
        walk.sources = std::move(w.sources);
        walk.tally = std::move(w.tally);
        walk.figures = std::move(w.figures);
        if (w.alongStreets)
            for (const LocalXY &p : w.polyline)
                walk.path.push_back(projection.toLatLon(p));
        return walk;
    }
    /// What an edge passes: the graph's detail, or the walk to or from the trip's own places.
    const EdgeDetail &detailOf(const TransitGraph &g, const GraphEdge &e) const
    {
        if (e.from == origin)
            return originWalks[e.detail];
        if (e.to == destination)
            return destinationWalks[e.detail];
        return g.detailOf(e);
    }
    LatLon latLonOf(const TransitGraph &g, std::uint32_t node) const
    {
        if (node == origin)
            return request->from.position;
        if (node == destination)
            return request->to.position;
        return g.projection().toLatLon(positionOf(g, node));
    }
};

RoutePlanner::RoutePlanner(std::shared_ptr<const Dataset> dataset,
                           const ModelParameters &parameters, Traveller traveller)
    : m_graph(
          std::make_unique<TransitGraph>(std::move(dataset), ExposureModels(parameters, traveller)))
{
}

std::unique_ptr<RoutePlanner::Query> RoutePlanner::prepare(const RouteRequest &request) const
{
    const TransitGraph &g = *m_graph;
    const Network &net = g.dataset().network;
    auto q = std::make_unique<Query>();
    q->request = &request;
    q->origin = g.nodeCount();
    q->destination = g.nodeCount() + 1;
    q->projection = g.hasPlace() ? g.projection() : LocalProjection(request.from.position);
    q->originPosition = q->projection.toLocal(request.from.position);
    q->destinationPosition = q->projection.toLocal(request.to.position);
    q->toDestinationOf.assign(g.nodeCount(), kNone);
    q->blocked.assign(g.nodeCount(), 0);
    q->streetWalks = request.mode != TravelMode::MetroOnly;

    std::vector<char> avoidedStation(net.stations.size(), 0);
    for (StationId s : request.avoidStations)
        if (indexOf(s) < net.stations.size())
            avoidedStation[indexOf(s)] = 1;
    std::vector<char> avoidedLine(net.lines.size(), 0);
    for (LineId l : request.avoidLines)
        if (indexOf(l) < net.lines.size())
            avoidedLine[indexOf(l)] = 1;
    for (std::uint32_t n = 0; n < g.nodeCount(); ++n) {
        const StationId s = g.stationOf(n);
        const bool inside = n >= g.streetNodeCount();
        q->blocked[n] =
            avoidedStation[indexOf(s)] || (inside && avoidedLine[indexOf(net.station(s).line)]);
    }
    for (EntranceId e : request.avoidEntrances)
        if (indexOf(e) < net.entrances.size())
            q->blocked[g.streetNodeOf(e)] = 1;
    // A ride that passes through an avoided station is avoided too, not only one that stops
    // there.
    if (!request.avoidStations.empty()) {
        q->blockedEdge.assign(g.edgeCount(), 0);
        for (std::uint32_t i = 0; i < g.edgeCount(); ++i) {
            const GraphEdge &e = g.edge(i);
            if (e.kind == EdgeKind::Ride)
                for (StationId s : g.detailOf(e).passed)
                    if (avoidedStation[indexOf(s)])
                        q->blockedEdge[i] = 1;
        }
    }

    // Street-side nodes a place connects to, each with the walk there (empty for the place's own).
    auto connect = [&](const Place &place, LocalXY position, bool outward) {
        std::vector<std::uint32_t> nodes;
        bool own = true;
        if (place.kind == Place::Kind::Station) {
            for (StationId s : place.stations)
                for (std::uint32_t n : g.streetNodesOf(s))
                    nodes.push_back(n);
        } else if (place.kind == Place::Kind::Entrance) {
            nodes.push_back(g.streetNodeOf(place.entrance));
        } else {
            own = false;
            nodes = g.streetNodesNear(position, kNearbyEntranceMetres, kNearbyEntranceLimit);
            if (nodes.empty())
                nodes = g.streetNodesNear(position, 20 * kNearbyEntranceMetres, 3);
        }
        std::vector<std::optional<TransitGraph::Walk>> walks;
        if (!own)
            walks = g.plannedWalks(position, nodes, outward);
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const std::uint32_t n = nodes[i];
            GraphEdge e;
            e.kind = EdgeKind::Walk;
            EdgeDetail walk;
            if (!own) {
                if (!walks[i])
                    continue;
                e.seconds = walks[i]->seconds;
                e.metres = walks[i]->metres;
                e.hazard = walks[i]->hazard;
                walk = q->walkDetail(std::move(*walks[i]));
            }
            if (outward) {
                e.from = q->origin;
                e.to = n;
                e.detail = static_cast<std::uint32_t>(q->originWalks.size());
                q->originWalks.push_back(std::move(walk));
                q->fromOrigin.push_back(e);
            } else {
                e.from = n;
                e.to = q->destination;
                e.detail = static_cast<std::uint32_t>(q->destinationWalks.size());
                q->destinationWalks.push_back(std::move(walk));
                q->toDestinationOf[n] = static_cast<std::uint32_t>(q->toDestination.size());
                q->toDestination.push_back(e);
            }
        }
    };
    connect(request.from, q->originPosition, true);
    connect(request.to, q->destinationPosition, false);
    return q;
}

std::optional<Route> RoutePlanner::quickest(const Query &q) const
{
    const TransitGraph &g = *m_graph;
    // A state is a node and whether the search got there on foot (2 * node + 1), since a walk
    // cannot follow a walk. By time, ties broken by the edges' hazards.
    const std::uint32_t n = 2 * (g.nodeCount() + 2);
    using Key = std::pair<double, double>;
    std::vector<Key> best(n, {INFINITY, INFINITY});
    std::vector<double> seconds(n, INFINITY), hazard(n, INFINITY);
    std::vector<const GraphEdge *> via(n, nullptr);
    std::vector<std::uint32_t> viaState(n, kNone);
    using Item = std::pair<Key, std::uint32_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> open;
    const std::uint32_t start = 2 * q.origin;
    best[start] = {0.0, 0.0};
    seconds[start] = hazard[start] = 0.0;
    open.push({best[start], start});
    std::uint32_t reached = kNone;
    while (!open.empty()) {
        const auto [key, state] = open.top();
        open.pop();
        if (key > best[state])
            continue;
        const std::uint32_t u = state / 2;
        if (u == q.destination) {
            reached = state;
            break;
        }
        q.forEachEdge(g, u, state % 2 == 1, [&](const GraphEdge &e) {
            const std::uint32_t next = 2 * e.to + (Query::walks(e) ? 1 : 0);
            const double t = seconds[state] + e.seconds;
            const double h = hazard[state] + e.hazard.central;
            const Key k{t, h};
            if (k < best[next]) {
                best[next] = k;
                seconds[next] = t;
                hazard[next] = h;
                via[next] = &e;
                viaState[next] = state;
                open.push({k, next});
            }
        });
    }
    if (reached == kNone)
        return std::nullopt;
    std::vector<const GraphEdge *> edges;
    for (std::uint32_t v = reached; v != start; v = viaState[v])
        edges.push_back(via[v]);
    std::reverse(edges.begin(), edges.end());
    return assemble(q, edges);
}

std::optional<Route> RoutePlanner::leastExposedWithin(const Query &q, double timeLimit) const
{
    // A label search on what the route shows: each label carries its path's composed captures
    // (ExposureTally), whose chance and expected captures only grow as a path goes on. Labels
    // leave the queue by (chance, expected captures, time), so the first to reach the end is
    // the optimum. One label dominates another at a node when its captures are at most the
    // other's in every group (and, under a time limit, it is no slower): every way on from
    // there is then at most as exposed for it, so dropping the other loses nothing.
    const TransitGraph &g = *m_graph;
    const ExposureModels &models = g.models();
    const bool timed = std::isfinite(timeLimit);
    struct Label {
        double seconds;
        double hazard;
        double looks;
        std::uint32_t node;
        std::uint32_t parent;
        const GraphEdge *edge;
        ExposureTally tally;
        bool dead;
    };
    std::vector<Label> labels;
    std::vector<std::vector<std::uint32_t>> at(g.nodeCount() + 2);
    using Key = std::array<double, 3>;
    using Item = std::pair<Key, std::uint32_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> open;
    // A label that got there on foot may not walk on, so it cannot stand in for one that may.
    auto afterWalk = [](const Label &l) { return l.edge && Query::walks(*l.edge); };
    auto dominates = [&](const Label &a, const Label &b) {
        return (!timed || a.seconds <= b.seconds) && (!afterWalk(a) || afterWalk(b)) &&
               a.tally.atMost(b.tally, Bound::Central);
    };
    // Under a time limit, a label that cannot reach the end in time is not worth keeping.
    const std::vector<double> toGo = timed ? q.secondsToGo(g) : std::vector<double>{};
    labels.push_back({0.0, 0.0, 0.0, q.origin, kNone, nullptr, {}, false});
    at[q.origin].push_back(0);
    open.push({Key{0.0, 0.0, 0.0}, 0});
    std::optional<std::uint32_t> found;
    while (!open.empty()) {
        const std::uint32_t li = open.top().second;
        open.pop();
        if (labels[li].dead)
            continue;
        if (labels[li].node == q.destination) {
            found = li;
            break;
        }
        q.forEachEdge(g, labels[li].node, afterWalk(labels[li]), [&](const GraphEdge &e) {
            Label next{labels[li].seconds + e.seconds, 0.0, 0.0, e.to, li, &e, labels[li].tally,
                       false};
            if (next.seconds > timeLimit || (timed && next.seconds + toGo[e.to] > timeLimit))
                return;
            next.tally += q.detailOf(g, e).tally;
            next.hazard = next.tally.identificationHazardAt(models, Bound::Central);
            next.looks = next.tally.expectedCapturesAt(models, Bound::Central);
            std::vector<std::uint32_t> &here = at[e.to];
            for (std::uint32_t i : here)
                if (dominates(labels[i], next))
                    return;
            std::erase_if(here, [&](std::uint32_t i) {
                if (!dominates(next, labels[i]))
                    return false;
                labels[i].dead = true;
                return true;
            });
            // At most kMaxLabelsPerNode ways to go on from one place: past that, the most
            // exposed one so far gives way (see the class comment).
            if (here.size() >= kMaxLabelsPerNode) {
                const auto worst = std::max_element(
                    here.begin(), here.end(), [&](std::uint32_t a, std::uint32_t b) {
                        return std::pair{labels[a].hazard, labels[a].looks} <
                               std::pair{labels[b].hazard, labels[b].looks};
                    });
                if (std::pair{labels[*worst].hazard, labels[*worst].looks} <=
                    std::pair{next.hazard, next.looks})
                    return;
                labels[*worst].dead = true;
                here.erase(worst);
            }
            const auto index = static_cast<std::uint32_t>(labels.size());
            here.push_back(index);
            labels.push_back(std::move(next));
            const Label &added = labels.back();
            open.push({Key{added.hazard, added.looks, added.seconds}, index});
        });
    }
    if (!found)
        return std::nullopt;
    std::vector<const GraphEdge *> edges;
    for (std::uint32_t k = *found; labels[k].parent != kNone; k = labels[k].parent)
        edges.push_back(labels[k].edge);
    std::reverse(edges.begin(), edges.end());
    return assemble(q, edges);
}

bool lessExposed(const Route &a, const Route &b)
{
    // Hazards equal up to rounding are a tie: then the count of looks decides.
    const double scale = std::max({1.0, a.hazard.central, b.hazard.central});
    if (std::abs(a.hazard.central - b.hazard.central) > 1e-9 * scale)
        return a.hazard.central < b.hazard.central;
    const double ea = a.figures.expectedFrCaptures.central;
    const double eb = b.figures.expectedFrCaptures.central;
    if (std::abs(ea - eb) > 1e-9 * std::max({1.0, ea, eb}))
        return ea < eb;
    return a.durationSeconds < b.durationSeconds;
}

namespace {

/// Keeps routes no other beats on both counts (exact values), without near-duplicates,
/// sorted by duration.
std::vector<Route> paretoFilter(std::vector<Route> routes)
{
    std::sort(routes.begin(), routes.end(), [](const Route &a, const Route &b) {
        return a.durationSeconds != b.durationSeconds ? a.durationSeconds < b.durationSeconds
                                                      : lessExposed(a, b);
    });
    std::vector<Route> kept;
    for (Route &r : routes) {
        bool dominated = false;
        for (const Route &k : kept) {
            // k is at most as long (sorted); it dominates when at most as exposed, and makes r a
            // near-duplicate when within the margins on both counts.
            const bool notWorse = !lessExposed(r, k);
            const bool near = r.durationSeconds - k.durationSeconds <= kSameDurationSeconds &&
                              std::abs(r.hazard.central - k.hazard.central) <= kSameHazard;
            if (notWorse || near) {
                dominated = true;
                break;
            }
        }
        if (!dominated)
            kept.push_back(std::move(r));
    }
    return kept;
}

} // namespace

Route RoutePlanner::walkOnly(const RouteRequest &request) const
{
    Query q;
    q.request = &request;
    q.origin = m_graph->nodeCount();
    q.destination = q.origin + 1;
    q.projection =
        m_graph->hasPlace() ? m_graph->projection() : LocalProjection(request.from.position);
    q.originPosition = q.projection.toLocal(request.from.position);
    q.destinationPosition = q.projection.toLocal(request.to.position);
    q.addDirectWalk(*m_graph);
    return assemble(q, {&q.fromOrigin.front()});
}

std::optional<Route> RoutePlanner::routeAlong(const RouteRequest &request,
                                              const std::vector<const GraphEdge *> &edges) const
{
    const auto q = prepare(request);
    if (request.mode == TravelMode::Any)
        q->addDirectWalk(*m_graph);
    std::vector<const GraphEdge *> path;
    const std::uint32_t first = edges.empty() ? q->destination : edges.front()->from;
    const std::uint32_t last = edges.empty() ? q->origin : edges.back()->to;
    for (const GraphEdge &e : q->fromOrigin)
        if (e.to == first) {
            path.push_back(&e);
            break;
        }
    if (path.empty())
        return std::nullopt;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        if (edges[i]->from != path.back()->to)
            return std::nullopt;
        path.push_back(edges[i]);
    }
    if (!edges.empty()) {
        if (q->toDestinationOf[last] == kNone)
            return std::nullopt;
        path.push_back(&q->toDestination[q->toDestinationOf[last]]);
    }
    return assemble(*q, path);
}

RoutePlanner::TrackExposure RoutePlanner::exposureAlong(const std::vector<LatLon> &points,
                                                     std::optional<double> allRoundRange) const
{
    const TransitGraph &g = *m_graph;
    TrackExposure out;
    out.walkSpeedMps = g.models().central.parameter(Param::WalkSpeedMps);
    if (points.size() < 2)
        return out;
    const LocalProjection projection =
        g.hasPlace() ? g.projection() : LocalProjection(points.front());
    std::vector<LocalXY> polyline;
    polyline.reserve(points.size());
    for (const LatLon &p : points)
        polyline.push_back(projection.toLocal(p));
    TransitGraph::Walk w = g.walkAlong(polyline, allRoundRange, &out.views);
    RouteLeg leg;
    leg.kind = LegKind::Walk;
    leg.from.position = points.front();
    leg.to.position = points.back();
    leg.durationSeconds = w.seconds;
    leg.lengthMetres = w.metres;
    leg.tally = w.tally;
    leg.hazard = w.hazard;
    leg.sources = std::move(w.sources);
    leg.figures = w.figures;
    leg.path = points;
    Route &r = out.route;
    r.durationSeconds = w.seconds;
    r.tally = w.tally;
    r.hazard = w.hazard;
    r.figures = w.figures;
    double assumed = 0.0, total = 0.0;
    for (const HazardSource &s : leg.sources) {
        total += s.hazard.central;
        if (s.assumed)
            assumed += s.hazard.central;
        if (s.kind == HazardSource::Kind::Camera) {
            const FrStatus status = g.dataset().camera(s.camera).frStatus;
            r.frCamerasPassed += status == FrStatus::Confirmed || status == FrStatus::Suspected;
        }
    }
    r.assumedShare = total > 0.0 ? assumed / total : 0.0;
    r.legs.push_back(std::move(leg));
    markChokepoints(r.legs);
    return out;
}

std::optional<Route> RoutePlanner::fastest(const RouteRequest &request) const
{
    if (request.mode == TravelMode::WalkOnly)
        return walkOnly(request);
    const auto q = prepare(request);
    std::optional<Route> best = quickest(*q);
    if (request.mode != TravelMode::Any)
        return best;
    // Walking the whole way only matters when it can beat that: the street search for it is
    // bounded by the distance walked in the time of the best route so far (most long trips
    // then look at no street at all).
    const double speed = m_graph->models().central.parameter(Param::WalkSpeedMps);
    const double bound = best ? best->durationSeconds * speed + 1e-6 : INFINITY;
    if (q->addDirectWalk(*m_graph, bound))
        best = quickest(*q);
    return best;
}

std::optional<Route> RoutePlanner::leastExposed(const RouteRequest &request) const
{
    if (request.mode == TravelMode::WalkOnly)
        return walkOnly(request);
    const auto q = prepare(request);
    if (request.mode == TravelMode::Any)
        q->addDirectWalk(*m_graph);
    double limit = INFINITY;
    if (request.budgetFactor > 0.0) {
        const std::optional<Route> fastestRoute = quickest(*q);
        if (!fastestRoute)
            return std::nullopt;
        limit = fastestRoute->durationSeconds * request.budgetFactor + 1e-6;
    }
    return leastExposedWithin(*q, limit);
}

std::vector<Route> RoutePlanner::pareto(const RouteRequest &request) const
{
    if (request.mode == TravelMode::WalkOnly)
        return {walkOnly(request)};
    const auto q = prepare(request);
    if (request.mode == TravelMode::Any)
        q->addDirectWalk(*m_graph);
    std::optional<Route> fastestRoute = quickest(*q);
    if (!fastestRoute)
        return {};
    // The front, exactly: the least exposed route within a time limit is on it; the next point
    // is the least exposed route faster than that one by more than the near-duplicate margin,
    // down to the fastest. Any route of duration d is then covered: by the point found under
    // the last limit at or above d, which is at most as exposed and less than the margin slower.
    double limit = request.budgetFactor > 0.0 ? fastestRoute->durationSeconds * request.budgetFactor
                                              : INFINITY;
    std::vector<Route> routes;
    for (int step = 0; step < kMaxFrontPoints && limit >= fastestRoute->durationSeconds; ++step) {
        std::optional<Route> best = leastExposedWithin(*q, limit + 1e-6);
        if (!best)
            break;
        limit = best->durationSeconds - kSameDurationSeconds;
        routes.push_back(std::move(*best));
    }
    routes.push_back(std::move(*fastestRoute));
    return paretoFilter(std::move(routes));
}

Route RoutePlanner::assemble(const Query &q, const std::vector<const GraphEdge *> &edges) const
{
    const TransitGraph &g = *m_graph;
    const Network &net = g.dataset().network;
    const ExposureModels &models = g.models();
    Route route;

    auto placeOf = [&](std::uint32_t node) {
        Place p;
        if (node == q.origin)
            return q.request->from;
        if (node == q.destination)
            return q.request->to;
        const StationId s = g.stationOf(node);
        p.stations = {s};
        if (node < g.streetNodeCount() && isSet(g.entranceOf(node))) {
            p.kind = Place::Kind::Entrance;
            p.entrance = g.entranceOf(node);
            p.position = net.entrance(p.entrance).position;
        } else {
            p.kind = Place::Kind::Station;
            p.position = net.station(s).position;
        }
        return p;
    };
    // Walks are merged into one leg until something else happens. Each walk edge is one pass
    // of the cameras it sees, as the searches count it; a camera seen on two of them is named
    // once, with both passes.
    std::vector<const GraphEdge *> pendingWalk;
    auto flushWalk = [&]() {
        if (pendingWalk.empty())
            return;
        RouteLeg leg;
        leg.kind = LegKind::Walk;
        leg.from = placeOf(pendingWalk.front()->from);
        leg.to = placeOf(pendingWalk.back()->to);
        leg.path.push_back(q.latLonOf(g, pendingWalk.front()->from));
        std::map<std::pair<int, std::uint32_t>, HazardSource> named; // by kind and camera
        for (const GraphEdge *e : pendingWalk) {
            leg.durationSeconds += e->seconds;
            leg.lengthMetres += e->metres;
            const EdgeDetail &walk = q.detailOf(g, *e);
            if (walk.path.size() >= 2)
                leg.path.insert(leg.path.end(), walk.path.begin() + 1, walk.path.end());
            else
                leg.path.push_back(q.latLonOf(g, e->to));
            leg.tally += walk.tally;
            leg.figures += walk.figures;
            for (const HazardSource &source : walk.sources) {
                const auto key = std::pair{int(source.kind), indexOf(source.camera)};
                auto [it, inserted] = named.try_emplace(key, source);
                if (!inserted)
                    it->second.tally += source.tally;
            }
        }
        pendingWalk.clear();
        if (leg.lengthMetres <= 0.0)
            return; // starting at the place itself: no walk
        for (auto &[key, source] : named) {
            source.hazard = source.tally.identificationHazard(models);
            leg.sources.push_back(std::move(source));
        }
        leg.hazard = leg.tally.identificationHazard(models);
        leg.figures.expectedFrCaptures = leg.tally.expectedCaptures(models);
        sortLargestFirst(leg.sources);
        route.legs.push_back(std::move(leg));
    };

    for (const GraphEdge *e : edges) {
        if (e->kind == EdgeKind::Walk) {
            pendingWalk.push_back(e);
            continue;
        }
        flushWalk();
        const EdgeDetail &detail = g.detailOf(*e);
        RouteLeg leg;
        switch (e->kind) {
        case EdgeKind::Walk:
        case EdgeKind::Entry:
            leg.kind = LegKind::Entry;
            break;
        case EdgeKind::Exit:
            leg.kind = LegKind::Exit;
            break;
        case EdgeKind::Transfer:
            leg.kind = LegKind::Transfer;
            break;
        case EdgeKind::Ride:
            leg.kind = LegKind::Ride;
            break;
        }
        leg.from = placeOf(e->from);
        leg.to = placeOf(e->to);
        leg.durationSeconds = e->seconds;
        leg.lengthMetres = e->kind == EdgeKind::Ride ? e->metres : 0.0;
        leg.tally = detail.tally;
        leg.hazard = detail.tally.identificationHazard(models);
        leg.sources = detail.sources;
        leg.figures = detail.figures;
        leg.path = {q.latLonOf(g, e->from)};
        if (e->kind == EdgeKind::Ride) {
            leg.line = detail.line;
            leg.stops = int(detail.passed.size());
            leg.passedStations = detail.passed;
            for (StationId s : detail.passed)
                leg.path.push_back(net.station(s).position);
        } else {
            leg.path.push_back(q.latLonOf(g, e->to));
        }
        route.legs.push_back(std::move(leg));
    }
    flushWalk();

    // The trip: every leg's passes together, shared unknowns composed once.
    for (const RouteLeg &leg : route.legs)
        route.tally += leg.tally;
    route.hazard = route.tally.identificationHazard(models);
    double assumed = 0.0, total = 0.0;
    std::vector<CameraIndex> frCameras;
    int rides = 0;
    for (const RouteLeg &leg : route.legs) {
        route.durationSeconds += leg.durationSeconds;
        rides += leg.kind == LegKind::Ride;
        route.figures += leg.figures;
        for (const HazardSource &s : leg.sources) {
            total += s.hazard.central;
            if (s.assumed)
                assumed += s.hazard.central;
            if (s.kind == HazardSource::Kind::Camera) {
                const FrStatus status = g.dataset().camera(s.camera).frStatus;
                if (status == FrStatus::Confirmed || status == FrStatus::Suspected)
                    frCameras.push_back(s.camera);
            }
        }
    }
    route.figures.expectedFrCaptures = route.tally.expectedCaptures(models);
    std::sort(frCameras.begin(), frCameras.end());
    route.frCamerasPassed =
        int(std::unique(frCameras.begin(), frCameras.end()) - frCameras.begin());
    route.transfers = std::max(0, rides - 1);
    route.assumedShare = total > 0.0 ? assumed / total : 0.0;
    markChokepoints(route.legs);
    return route;
}

} // namespace blindspot
