#include "core/routing/transit_graph.h"

#include <algorithm>
#include <limits>
#include <map>
#include <mutex>
#include <set>
#include <tuple>

namespace blindspot {

namespace {

void sortLargestFirst(std::vector<HazardSource> &sources)
{
    std::stable_sort(sources.begin(), sources.end(),
                     [](const HazardSource &a, const HazardSource &b) {
                         return a.hazard.central > b.hazard.central;
                     });
}

bool reportsFr(FrStatus status)
{
    return status == FrStatus::Confirmed || status == FrStatus::Suspected;
}

/// The street graph of a dataset, built once however many graphs use it at a time. A dataset
/// stays alive while a graph that uses its street graph does, so its address names it.
std::shared_ptr<const StreetGraph> sharedStreetGraph(const std::shared_ptr<const Dataset> &dataset,
                                                     const LocalProjection &projection)
{
    static std::mutex mutex;
    static std::map<const Dataset *, std::weak_ptr<const StreetGraph>> built;
    const std::lock_guard lock(mutex);
    std::erase_if(built, [](const auto &entry) { return entry.second.expired(); });
    if (auto it = built.find(dataset.get()); it != built.end())
        if (std::shared_ptr<const StreetGraph> graph = it->second.lock())
            return graph;
    auto graph = std::make_shared<const StreetGraph>(dataset->streets, projection);
    built[dataset.get()] = graph;
    return graph;
}

LatLon centreOf(const Dataset &dataset, bool *found)
{
    const GeoBox bounds = summarize(dataset).bounds;
    *found = bounds.isValid();
    return *found ? bounds.centre() : LatLon{0.0, 0.0};
}

} // namespace

TransitGraph::TransitGraph(std::shared_ptr<const Dataset> dataset, const ExposureModels &models)
    : m_dataset(std::move(dataset)), m_models(models),
      m_projection(centreOf(*m_dataset, &m_hasPlace))
{
    m_cameras = std::make_unique<CameraField>(*m_dataset, m_projection);
    m_surveys = std::make_unique<SurveyCoverage>(*m_dataset, m_projection);
    build();
}

std::span<const std::uint32_t> TransitGraph::streetNodesOf(StationId s) const
{
    const std::uint32_t i = indexOf(s);
    return std::span<const std::uint32_t>(m_stationStreetNodes)
        .subspan(m_stationStreetStart[i], m_stationStreetStart[i + 1] - m_stationStreetStart[i]);
}

std::vector<std::uint32_t> TransitGraph::streetNodesNear(LocalXY p, double metres,
                                                         std::size_t limit) const
{
    std::vector<std::uint32_t> nodes = m_streetIndex.withinOfPoint(p, metres);
    std::sort(nodes.begin(), nodes.end(), [&](std::uint32_t a, std::uint32_t b) {
        return distanceMetres(p, m_streetNodes[a].position) <
               distanceMetres(p, m_streetNodes[b].position);
    });
    if (nodes.size() > limit)
        nodes.resize(limit);
    return nodes;
}

std::span<const GraphEdge> TransitGraph::edgesFrom(std::uint32_t node) const
{
    return std::span<const GraphEdge>(m_edges).subspan(m_edgeStart[node],
                                                       m_edgeStart[node + 1] - m_edgeStart[node]);
}

std::span<const std::uint32_t> TransitGraph::edgesInto(std::uint32_t node) const
{
    return std::span<const std::uint32_t>(m_inEdges).subspan(m_inStart[node],
                                                             m_inStart[node + 1] - m_inStart[node]);
}

double TransitGraph::entrySeconds(std::uint32_t streetNode) const
{
    const double fromLink = m_entryLinkSeconds[streetNode];
    return fromLink > 0.0 ? fromLink : m_models.central.parameter(Param::StreetToPlatformS);
}

TransitGraph::Walk TransitGraph::walk(LocalXY from, LocalXY to) const
{
    const LocalXY line[2] = {from, to};
    return walkOver(line, true, std::nullopt, nullptr);
}

std::optional<std::uint32_t> TransitGraph::streetSnapOf(std::uint32_t streetNode) const
{
    const std::uint32_t n = m_streetSnap[streetNode];
    return n < m_streets->nodeCount() ? std::optional<std::uint32_t>(n) : std::nullopt;
}

namespace {

/// Street paths are scored and drawn with their nodes thinned out where the line moves less
/// than this from the one walked (Douglas-Peucker): an extract's nodes every few metres along a
/// straight street cost time on every camera check and change nothing a person could notice.
constexpr double kStreetSimplifyMetres = 1.0;

/// `line` without the points that lie within `tolerance` metres of the line that skips them
/// (Douglas-Peucker); the first and last points stay.
std::vector<LocalXY> simplified(const std::vector<LocalXY> &line, double tolerance)
{
    if (line.size() <= 2)
        return line;
    std::vector<char> keep(line.size(), 0);
    keep.front() = keep.back() = 1;
    std::vector<std::pair<std::size_t, std::size_t>> spans{{0, line.size() - 1}};
    while (!spans.empty()) {
        const auto [a, b] = spans.back();
        spans.pop_back();
        double worst = 0.0;
        std::size_t at = a;
        for (std::size_t i = a + 1; i < b; ++i) {
            const double d = distanceToSegmentMetres(line[i], line[a], line[b]);
            if (d > worst) {
                worst = d;
                at = i;
            }
        }
        if (worst > tolerance) {
            keep[at] = 1;
            spans.push_back({a, at});
            spans.push_back({at, b});
        }
    }
    std::vector<LocalXY> out;
    for (std::size_t i = 0; i < line.size(); ++i)
        if (keep[i])
            out.push_back(line[i]);
    return out;
}

/// How far along the streets a walk to an entrance this far away is looked for.
double streetBoundMetres(double straightMetres)
{
    return straightMetres * kMaxStreetDetour + kStreetDetourSlackMetres;
}

} // namespace

TransitGraph::Walk TransitGraph::streetWalk(LocalXY from, const StreetGraph::Path &path,
                                            LocalXY to) const
{
    std::vector<LocalXY> line;
    line.reserve(path.nodes.size() + 2);
    auto add = [&line](LocalXY p) {
        if (line.empty() || !(line.back() == p))
            line.push_back(p);
    };
    add(from);
    for (std::uint32_t n : path.nodes)
        add(m_streets->position(n));
    add(to);
    if (line.size() < 2)
        line.push_back(to);
    Walk w = walkOver(simplified(line, kStreetSimplifyMetres), false, std::nullopt, nullptr);
    w.alongStreets = true;
    return w;
}

std::optional<TransitGraph::Walk> TransitGraph::plannedWalk(LocalXY from, LocalXY to,
                                                            double maxMetres) const
{
    if (!m_streets->isEmpty()) {
        const std::optional<std::uint32_t> a = m_streets->snap(from, kMaxStreetSnapMetres);
        const std::optional<std::uint32_t> b = m_streets->snap(to, kMaxStreetSnapMetres);
        if (a && b && m_streets->connected(*a, *b)) {
            // The pieces to and from the streets count towards the bound.
            const double ends = distanceMetres(from, m_streets->position(*a)) +
                                distanceMetres(to, m_streets->position(*b));
            if (std::optional<StreetGraph::Path> path =
                    m_streets->shortestPath(*a, *b, maxMetres - ends))
                return streetWalk(from, *path, to);
            return std::nullopt;
        }
    }
    Walk w = walk(from, to);
    if (w.metres > maxMetres)
        return std::nullopt;
    return w;
}

std::vector<std::optional<TransitGraph::Walk>>
TransitGraph::plannedWalks(LocalXY place, std::span<const std::uint32_t> streetNodes,
                           bool outward) const
{
    std::vector<std::optional<Walk>> out;
    out.reserve(streetNodes.size());
    constexpr std::uint32_t kNoSnap = std::numeric_limits<std::uint32_t>::max();
    const std::uint32_t snapped =
        m_streets->isEmpty() ? kNoSnap
                             : m_streets->snap(place, kMaxStreetSnapMetres).value_or(kNoSnap);
    std::vector<std::uint32_t> targets;
    double bound = 0.0;
    for (std::uint32_t n : streetNodes) {
        targets.push_back(m_streetSnap[n]);
        bound =
            std::max(bound, streetBoundMetres(distanceMetres(place, m_streetNodes[n].position)));
    }
    const std::vector<std::optional<StreetGraph::Path>> paths =
        snapped != kNoSnap ? m_streets->shortestPaths(snapped, targets, bound)
                : std::vector<std::optional<StreetGraph::Path>>(targets.size());
    for (std::size_t i = 0; i < streetNodes.size(); ++i) {
        const LocalXY node = m_streetNodes[streetNodes[i]].position;
        if (paths[i]) {
            if (outward) {
                out.push_back(streetWalk(place, *paths[i], node));
            } else {
                StreetGraph::Path back = *paths[i];
                std::reverse(back.nodes.begin(), back.nodes.end());
                out.push_back(streetWalk(node, back, place));
            }
        } else if (m_streets->connected(snapped, targets[i])) {
            out.push_back(std::nullopt); // the streets go a long way round
        } else {
            out.push_back(outward ? walk(place, node) : walk(node, place));
        }
    }
    return out;
}

TransitGraph::Walk TransitGraph::walkAlong(std::span<const LocalXY> polyline,
                                          std::optional<double> allRoundRange,
                                          std::vector<CameraField::CameraView> *views) const
{
    return walkOver(polyline, false, allRoundRange, views);
}

TransitGraph::Walk TransitGraph::walkOver(std::span<const LocalXY> polyline, bool detoured,
                                         std::optional<double> allRoundRange,
                                         std::vector<CameraField::CameraView> *views) const
{
    Walk w;
    const ExposureModel &central = m_models.central;
    // A planned walk follows streets the straight line does not: its length and the time spent
    // where nobody surveyed stretch by the detour factor of each bound. A given path is walked
    // as it is. Cameras are met along the line itself either way.
    auto stretch = [detoured](const ExposureModel &m) {
        return detoured ? m.parameter(Param::DetourFactor) : 1.0;
    };
    double length = 0.0;
    for (std::size_t i = 0; i + 1 < polyline.size(); ++i)
        length += distanceMetres(polyline[i], polyline[i + 1]);
    const double speed = central.parameter(Param::WalkSpeedMps);
    w.metres = length * stretch(central);
    w.seconds = w.metres / speed;
    w.figures.walkMetres = w.metres;
    w.polyline.assign(polyline.begin(), polyline.end());
    if (!(length > 0.0))
        return w;
    w.passes = m_cameras->passesAlong(polyline, m_models);
    for (const CameraPass &pass : w.passes) {
        const Camera &camera = m_dataset->camera(pass.camera);
        HazardSource s;
        s.kind = HazardSource::Kind::Camera;
        s.camera = pass.camera;
        ExposureTally::PerBound chance{};
        for (Bound b : kBounds) {
            const auto bi = static_cast<std::size_t>(b);
            chance[bi] = m_models.at(b).captureChance(camera, pass.times[bi]);
        }
        s.tally.addCapture(ExposureModel::frGroupOf(camera), chance);
        s.hazard = s.tally.identificationHazard(m_models);
        w.tally += s.tally;
        w.sources.push_back(std::move(s));
    }
    // Unmapped cameras: the density prior over the unsurveyed part of the walk.
    double unsurveyed = 0.0;
    for (std::size_t i = 0; i + 1 < polyline.size(); ++i)
        unsurveyed += m_surveys->unsurveyedMetresAlong(polyline[i], polyline[i + 1]);
    w.figures.unsurveyedWalkMetres = unsurveyed * stretch(central);
    ExposureTally::PerBound unmappedHazard{};
    for (Bound b : kBounds) {
        const ExposureModel &m = m_models.at(b);
        const double seconds = unsurveyed * stretch(m) / m.parameter(Param::WalkSpeedMps);
        unmappedHazard[static_cast<std::size_t>(b)] = m.unmappedCaptureRate(1.0) * seconds;
    }
    w.unmapped.addCaptureHazard(kUnmappedGroup, unmappedHazard);
    if (!w.unmapped.isEmpty()) {
        HazardSource unmapped;
        unmapped.kind = HazardSource::Kind::Unmapped;
        unmapped.assumed = true;
        unmapped.tally = w.unmapped;
        unmapped.hazard = w.unmapped.identificationHazard(m_models);
        w.tally += w.unmapped;
        w.sources.push_back(std::move(unmapped));
    }
    w.hazard = w.tally.identificationHazard(m_models);
    sortLargestFirst(w.sources);

    // "In view": the line's share in view, applied to the (stretched) walk.
    CameraField::View view =
        allRoundRange
            ? m_cameras->viewAlong(polyline, central, *allRoundRange, true)
            : m_cameras->viewAlong(polyline, central, central.parameter(Param::ViewRangeM));
    w.figures.walkMetresInView = std::min(w.metres, view.metresInView * stretch(central));
    w.figures.secondsInView = w.figures.walkMetresInView / speed;
    w.figures.secondsInFrView = std::min(w.metres, view.metresInFrView * stretch(central)) / speed;
    w.figures.camerasInView = view.cameras;
    w.figures.expectedFrCaptures = w.tally.expectedCaptures(m_models);
    if (views)
        *views = std::move(view.perCamera);
    return w;
}

EdgeDetail TransitGraph::zonePass(StationId station, ZoneKind zone, EntranceId entrance,
                                  double zoneSeconds, double rideSeconds) const
{
    const Network &net = m_dataset->network;
    const Station &st = net.station(station);
    const bool byEntrance = isEntranceZone(zone) && isSet(entrance);
    const std::size_t entrances = std::max<std::size_t>(1, st.entrances.size());

    // The zone's record: the entrance's own, else the station-wide one (shared out among the
    // entrances when the station has several).
    const Zone *own = nullptr;
    const Zone *stationWide = nullptr;
    const Zone *turnstilesOwn = nullptr;
    const Zone *turnstilesWide = nullptr;
    for (ZoneId z : st.zones) {
        const Zone &record = net.zone(z);
        const bool mine = byEntrance && record.entrance == entrance;
        const bool wide = !isSet(record.entrance);
        if (record.kind == zone) {
            if (mine)
                own = &record;
            else if (wide)
                stationWide = &record;
        }
        if (record.kind == ZoneKind::Turnstiles) {
            if (mine)
                turnstilesOwn = &record;
            else if (wide)
                turnstilesWide = &record;
        }
    }
    const Zone *record = own ? own : stationWide;
    const bool sharedOut = !own && stationWide && byEntrance && entrances > 1;
    const Zone *turnstiles = turnstilesOwn ? turnstilesOwn : turnstilesWide;
    const FrStatus status = record ? record->frStatus : FrStatus::Unknown;
    const FrGroup zoneGroup = ExposureModel::zoneFrGroup(
        zone, status, turnstiles ? turnstiles->frStatus : FrStatus::Unknown);

    // Mapped cameras: those of this entrance in full, those whose entrance nobody reported as
    // a share.
    struct Mapped {
        CameraIndex id;
        double weight;
    };
    std::vector<Mapped> mapped;
    double mappedWeight = 0.0;
    for (CameraIndex id : m_cameras->anchoredIn(station, zone)) {
        const Camera &c = m_dataset->camera(id);
        double weight = 1.0;
        if (byEntrance) {
            if (isSet(c.anchorEntrance) && c.anchorEntrance != entrance)
                continue;
            if (!isSet(c.anchorEntrance))
                weight = 1.0 / double(entrances);
        }
        mapped.push_back({id, weight});
        mappedWeight += weight;
    }

    std::array<double, 3> extra{};
    bool assumed = false;
    for (Bound b : kBounds) {
        const ExposureModel &m = m_models.at(b);
        double count = 0.0;
        if (record && record->reportedCameras) {
            const double reported =
                double(*record->reportedCameras) / (sharedOut ? double(entrances) : 1.0);
            count = std::max(0.0, reported - mappedWeight);
        } else {
            // Nobody reported how many cameras the zone has: assume the usual number for such a
            // zone besides those mapped, so that mapping a camera never lowers the estimate.
            count = m.zonePriorCameras(zone);
            assumed = true;
        }
        extra[static_cast<std::size_t>(b)] = count;
    }
    // Every camera that may see the passer-by: the mapped ones, then the zone's others (reported
    // or assumed), each with its group, capture chance and weight per bound.
    struct Candidate {
        FrGroup group;
        ExposureTally::PerBound chance{};
        ExposureTally::PerBound weight{};
    };
    auto viewSeconds = [&](const ExposureModel &m) { return m.zoneViewSeconds(zone, rideSeconds); };
    std::vector<Candidate> candidates;
    for (const Mapped &entry : mapped) {
        const Camera &c = m_dataset->camera(entry.id);
        // A camera of unknown status at a turnstile line or hall follows the zone's record.
        Candidate k{c.frStatus == FrStatus::Unknown ? zoneGroup : ExposureModel::frGroupOf(c)};
        for (Bound b : kBounds) {
            const auto bi = static_cast<std::size_t>(b);
            k.chance[bi] =
                m_models.at(b).anchoredCaptureChance(c, zone, viewSeconds(m_models.at(b)));
            k.weight[bi] = entry.weight;
        }
        candidates.push_back(k);
    }
    Candidate others{zoneGroup};
    for (Bound b : kBounds) {
        const auto bi = static_cast<std::size_t>(b);
        others.chance[bi] = m_models.at(b).zoneCaptureChance(zone, viewSeconds(m_models.at(b)));
        others.weight[bi] = extra[bi];
    }
    candidates.push_back(others);
    // At a turnstile line a passenger walks through one turnstile, and only the cameras facing
    // it (zone_cameras_turnstiles) see them. Which turnstile is not known in advance, so the
    // line counts as its most exposing cameras: a line with one face-recognition turnstile is a
    // face-recognition checkpoint, and adding a camera never lowers the estimate.
    if (zone == ZoneKind::Turnstiles)
        for (Bound b : kBounds) {
            const auto bi = static_cast<std::size_t>(b);
            const ExposureModel &m = m_models.at(b);
            std::vector<std::size_t> order(candidates.size());
            for (std::size_t i = 0; i < order.size(); ++i)
                order[i] = i;
            auto exposure = [&](std::size_t i) {
                return m.groupShare(candidates[i].group) * candidates[i].chance[bi];
            };
            std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
                return exposure(x) > exposure(y);
            });
            double facing = m.zonePriorCameras(ZoneKind::Turnstiles);
            for (std::size_t i : order) {
                const double take = std::min(candidates[i].weight[bi], facing);
                candidates[i].weight[bi] = take;
                facing -= take;
            }
        }

    EdgeDetail out;
    bool frSeen = reportsFr(status);
    for (std::size_t i = 0; i < mapped.size(); ++i) {
        const Mapped &entry = mapped[i];
        const Camera &c = m_dataset->camera(entry.id);
        HazardSource s;
        s.kind = HazardSource::Kind::Camera;
        s.camera = entry.id;
        s.station = station;
        s.zone = zone;
        s.assumed = entry.weight < 1.0;
        s.tally.addCapture(candidates[i].group, candidates[i].chance, candidates[i].weight);
        s.hazard = s.tally.identificationHazard(m_models);
        frSeen = frSeen || reportsFr(c.frStatus);
        if (entry.weight >= 1.0)
            out.figures.camerasInView.push_back(entry.id);
        out.tally += s.tally;
        out.sources.push_back(std::move(s));
    }
    HazardSource rest;
    rest.kind = HazardSource::Kind::Zone;
    rest.station = station;
    rest.zone = zone;
    rest.assumed = assumed || sharedOut;
    rest.cameraCount = extra[1]; // beside the mapped cameras, listed on their own
    rest.tally.addCapture(others.group, candidates.back().chance, candidates.back().weight);
    rest.hazard = rest.tally.identificationHazard(m_models);
    out.tally += rest.tally;
    if (!rest.tally.isEmpty() || rest.assumed)
        out.sources.push_back(std::move(rest));

    // Figures: time in view where cameras are mapped or reported (not where they are assumed),
    // and a face-recognition checkpoint for each turnstile line that feeds or may feed it.
    const bool camerasKnown =
        !mapped.empty() || (record && record->reportedCameras.value_or(0) > 0);
    if (camerasKnown) {
        out.figures.secondsInView = zoneSeconds;
        if (frSeen)
            out.figures.secondsInFrView = zoneSeconds;
    }
    if (zone == ZoneKind::Turnstiles && m_models.central.groupShare(zoneGroup) > 0.0)
        out.figures.frCheckpoints = 1;
    std::sort(out.figures.camerasInView.begin(), out.figures.camerasInView.end());
    out.figures.expectedFrCaptures = out.tally.expectedCaptures(m_models);
    sortLargestFirst(out.sources);
    return out;
}

void TransitGraph::addPassage(EdgeDetail &into, EdgeDetail part) const
{
    into.tally += part.tally;
    into.figures += part.figures;
    into.figures.expectedFrCaptures = into.tally.expectedCaptures(m_models);
    into.sources.insert(into.sources.end(), std::make_move_iterator(part.sources.begin()),
                        std::make_move_iterator(part.sources.end()));
}

void TransitGraph::addEdge(GraphEdge edge, EdgeDetail detail)
{
    sortLargestFirst(detail.sources);
    edge.hazard = detail.tally.identificationHazard(m_models);
    edge.detail = static_cast<std::uint32_t>(m_details.size());
    m_details.push_back(std::move(detail));
    m_edges.push_back(edge);
}

void TransitGraph::build()
{
    const Network &net = m_dataset->network;
    const std::size_t stations = net.stations.size();

    // Street-side nodes: every entrance, and a stand-in for stations without one.
    m_entranceNode.assign(net.entrances.size(), 0);
    std::vector<std::vector<std::uint32_t>> perStation(stations);
    for (const Entrance &e : net.entrances) {
        m_entranceNode[indexOf(e.id)] = static_cast<std::uint32_t>(m_streetNodes.size());
        perStation[indexOf(e.station)].push_back(static_cast<std::uint32_t>(m_streetNodes.size()));
        m_streetNodes.push_back({m_projection.toLocal(e.position), e.id, e.station});
    }
    for (const Station &s : net.stations)
        if (perStation[indexOf(s.id)].empty()) {
            perStation[indexOf(s.id)].push_back(static_cast<std::uint32_t>(m_streetNodes.size()));
            m_streetNodes.push_back({m_projection.toLocal(s.position), kNoId<EntranceId>, s.id});
        }
    m_stationStreetStart.assign(stations + 1, 0);
    for (std::size_t s = 0; s < stations; ++s) {
        m_stationStreetStart[s + 1] = m_stationStreetStart[s] + std::uint32_t(perStation[s].size());
        m_stationStreetNodes.insert(m_stationStreetNodes.end(), perStation[s].begin(),
                                    perStation[s].end());
    }
    for (const StreetNode &n : m_streetNodes)
        m_nodeStation.push_back(n.station);
    for (const Station &s : net.stations)
        m_nodeStation.push_back(s.id);
    std::vector<LocalXY> positions;
    for (const StreetNode &n : m_streetNodes)
        positions.push_back(n.position);
    m_streetIndex = SpatialIndex(positions, 200.0);
    m_streets = sharedStreetGraph(m_dataset, m_projection);
    m_streetSnap.assign(m_streetNodes.size(), std::numeric_limits<std::uint32_t>::max());
    for (std::uint32_t n = 0; n < m_streetNodes.size(); ++n)
        if (std::optional<std::uint32_t> s =
                m_streets->snap(m_streetNodes[n].position, kMaxStreetSnapMetres))
            m_streetSnap[n] = *s;

    m_entryLinkSeconds.assign(m_streetNodes.size(), -1.0);
    for (const Link &l : net.links)
        if (l.kind == LinkKind::Entry && isSet(l.entrance) && l.durationSeconds > 0.0)
            m_entryLinkSeconds[m_entranceNode[indexOf(l.entrance)]] = l.durationSeconds;

    const ExposureModel &central = m_models.central;
    // Entering and leaving through one entrance: its own hall, turnstile line and escalator;
    // turnstiles only on the way in, as in Moscow.
    for (std::uint32_t n = 0; n < m_streetNodes.size(); ++n) {
        const StationId s = m_streetNodes[n].station;
        const EntranceId e = m_streetNodes[n].entrance;
        const double seconds = entrySeconds(n);
        const double hall = central.parameter(Param::EntranceHallS);
        const double escalator = central.parameter(Param::EscalatorS);
        EdgeDetail in, out;
        addPassage(in, zonePass(s, ZoneKind::EntranceHall, e, hall));
        addPassage(in, zonePass(s, ZoneKind::Turnstiles, e, central.parameter(Param::TurnstileS)));
        addPassage(in, zonePass(s, ZoneKind::Escalator, e, escalator));
        addPassage(out, zonePass(s, ZoneKind::Escalator, e, escalator));
        addPassage(out, zonePass(s, ZoneKind::EntranceHall, e, hall));
        addEdge({n, platformNode(s), EdgeKind::Entry, seconds, 0.0, {}, 0}, std::move(in));
        addEdge({platformNode(s), n, EdgeKind::Exit, seconds, 0.0, {}, 0}, std::move(out));
    }

    // Rides, timed by the dataset's Ride links where it has them, else by distance at the
    // operating speed (which includes the stops: nothing is added per stop).
    std::map<std::pair<std::uint32_t, std::uint32_t>, double> linkSeconds;
    for (const Link &l : net.links)
        if (l.kind == LinkKind::Ride && l.durationSeconds > 0.0) {
            linkSeconds[{indexOf(l.from), indexOf(l.to)}] = l.durationSeconds;
            linkSeconds[{indexOf(l.to), indexOf(l.from)}] = l.durationSeconds;
        }
    auto hopSeconds = [&](StationId a, StationId b) {
        const auto known = linkSeconds.find({indexOf(a), indexOf(b)});
        if (known != linkSeconds.end())
            return known->second;
        const double metres = distanceMetres(m_projection.toLocal(net.station(a).position),
                                             m_projection.toLocal(net.station(b).position));
        return metres / (central.parameter(Param::TrainSpeedKmh) / 3.6);
    };
    const double wait = central.parameter(Param::HeadwayS) / 2.0;
    // One edge per alighting station of a ride boarded at sequence[0]: the platform wait, then
    // the train for the whole ride (its cameras' dwell grows with the time on board, so it is
    // charged once, as the route shows it).
    auto addRides = [&](LineId line, const std::vector<StationId> &sequence) {
        if (sequence.size() < 2)
            return;
        const StationId from = sequence.front();
        const EdgeDetail platform = zonePass(from, ZoneKind::Platform, kNoId<EntranceId>, wait);
        double seconds = 0.0, metres = 0.0;
        std::vector<StationId> passed;
        for (std::size_t j = 1; j < sequence.size() && sequence[j] != from; ++j) {
            const StationId to = sequence[j];
            const LocalXY previous = m_projection.toLocal(net.station(sequence[j - 1]).position);
            seconds += hopSeconds(sequence[j - 1], to);
            metres += distanceMetres(previous, m_projection.toLocal(net.station(to).position));
            passed.push_back(to);
            EdgeDetail ride = platform;
            addPassage(ride, zonePass(from, ZoneKind::Train, kNoId<EntranceId>, seconds, seconds));
            ride.line = line;
            ride.passed = passed;
            addEdge({platformNode(from), platformNode(to), EdgeKind::Ride, wait + seconds, metres,
                     {}, 0},
                    std::move(ride));
        }
    };
    std::set<std::pair<std::uint32_t, std::uint32_t>> onLines;
    for (const Line &line : net.lines) {
        const std::vector<StationId> &st = line.stations;
        if (st.size() < 2)
            continue;
        const std::size_t n = st.size();
        const bool ring = line.isRing && n > 2;
        for (std::size_t i = 0; i < n; ++i)
            if (i + 1 < n || ring) {
                onLines.insert({indexOf(st[i]), indexOf(st[(i + 1) % n])});
                onLines.insert({indexOf(st[(i + 1) % n]), indexOf(st[i])});
            }
        for (std::size_t start = 0; start < n; ++start) {
            std::vector<StationId> forward, backward;
            // On a ring, around either way up to one stop short of a full circle; on a line,
            // to either end.
            for (std::size_t k = 0; k < n; ++k) {
                if (ring) {
                    forward.push_back(st[(start + k) % n]);
                    backward.push_back(st[(start + n - k) % n]);
                } else {
                    if (start + k < n)
                        forward.push_back(st[start + k]);
                    if (k <= start)
                        backward.push_back(st[start - k]);
                }
            }
            addRides(line.id, forward);
            addRides(line.id, backward);
        }
    }
    // Ride links between stations no line lists as neighbours: a ride of one hop.
    for (const Link &l : net.links)
        if (l.kind == LinkKind::Ride && l.from != l.to &&
            !onLines.contains({indexOf(l.from), indexOf(l.to)})) {
            onLines.insert({indexOf(l.from), indexOf(l.to)});
            onLines.insert({indexOf(l.to), indexOf(l.from)});
            addRides(net.station(l.from).line, {l.from, l.to});
            addRides(net.station(l.to).line, {l.to, l.from});
        }

    // Transfers inside complexes.
    std::map<std::pair<std::uint32_t, std::uint32_t>, double> transferSeconds;
    for (const Link &l : net.links)
        if (l.kind == LinkKind::Transfer && l.from != l.to) {
            const double t =
                l.durationSeconds > 0.0 ? l.durationSeconds : central.parameter(Param::TransferS);
            transferSeconds[{indexOf(l.from), indexOf(l.to)}] = t;
            transferSeconds[{indexOf(l.to), indexOf(l.from)}] = t;
        }
    for (const StationComplex &c : net.complexes)
        for (StationId a : c.stations)
            for (StationId b : c.stations)
                if (a != b)
                    transferSeconds.try_emplace({indexOf(a), indexOf(b)},
                                                central.parameter(Param::TransferS));
    for (const auto &[pair, seconds] : transferSeconds) {
        EdgeDetail detail = zonePass(StationId{pair.first}, ZoneKind::TransferCorridor,
                                     kNoId<EntranceId>, seconds);
        addEdge({platformNode(StationId{pair.first}), platformNode(StationId{pair.second}),
                 EdgeKind::Transfer, seconds, 0.0, {}, 0},
                std::move(detail));
    }
    // Walking on the street between entrances of different stations: one street search from
    // each entrance to all those within reach (walks are the same length both ways; each way
    // is scored on its own, as cameras face one way).
    for (std::uint32_t a = 0; a < m_streetNodes.size(); ++a) {
        std::vector<std::uint32_t> near;
        for (std::uint32_t b :
             m_streetIndex.withinOfPoint(m_streetNodes[a].position, kMaxStreetLinkMetres))
            if (b > a && m_streetNodes[a].station != m_streetNodes[b].station)
                near.push_back(b);
        if (near.empty())
            continue;
        std::vector<std::optional<Walk>> there =
            plannedWalks(m_streetNodes[a].position, near, true);
        for (std::size_t i = 0; i < near.size(); ++i) {
            if (!there[i])
                continue;
            const std::uint32_t b = near[i];
            std::vector<LocalXY> back(there[i]->polyline.rbegin(), there[i]->polyline.rend());
            Walk returning = there[i]->alongStreets
                                 ? walkOver(back, false, std::nullopt, nullptr)
                                 : walk(m_streetNodes[b].position, m_streetNodes[a].position);
            if (there[i]->alongStreets)
                returning.alongStreets = true;
            for (auto [from, to, w] :
                 {std::tuple{a, b, &*there[i]}, std::tuple{b, a, &returning}}) {
                EdgeDetail detail;
                detail.sources = std::move(w->sources);
                detail.tally = std::move(w->tally);
                detail.figures = std::move(w->figures);
                if (w->alongStreets)
                    for (const LocalXY &p : w->polyline)
                        detail.path.push_back(m_projection.toLatLon(p));
                addEdge({from, to, EdgeKind::Walk, w->seconds, w->metres, {}, 0},
                        std::move(detail));
            }
        }
    }

    // CSR: sort edges by origin (keeping their detail indices).
    std::stable_sort(m_edges.begin(), m_edges.end(),
                     [](const GraphEdge &x, const GraphEdge &y) { return x.from < y.from; });
    m_edgeStart.assign(nodeCount() + 1, 0);
    for (const GraphEdge &e : m_edges)
        ++m_edgeStart[e.from + 1];
    for (std::size_t i = 1; i < m_edgeStart.size(); ++i)
        m_edgeStart[i] += m_edgeStart[i - 1];
    m_inStart.assign(nodeCount() + 1, 0);
    for (const GraphEdge &e : m_edges)
        ++m_inStart[e.to + 1];
    for (std::size_t i = 1; i < m_inStart.size(); ++i)
        m_inStart[i] += m_inStart[i - 1];
    m_inEdges.resize(m_edges.size());
    std::vector<std::uint32_t> fill(m_inStart.begin(), m_inStart.end() - 1);
    for (std::uint32_t i = 0; i < m_edges.size(); ++i)
        m_inEdges[fill[m_edges[i].to]++] = i;
}

} // namespace blindspot
