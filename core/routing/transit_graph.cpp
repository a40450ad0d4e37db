#include "routing/transit_graph.h"

#include <algorithm>
#include <map>
#include <set>

namespace blindspot {

namespace {

void sortLargestFirst(std::vector<HazardSource> &sources)
{
    std::stable_sort(sources.begin(), sources.end(),
                     [](const HazardSource &a, const HazardSource &b) {
                         return a.hazard.central > b.hazard.central;
                     });
}

} // namespace

TransitGraph::TransitGraph(std::shared_ptr<const Dataset> dataset, const ExposureModels &models)
    : m_dataset(std::move(dataset)), m_models(models),
      m_projection(summarize(*m_dataset).bounds.centre())
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

double TransitGraph::entrySeconds(std::uint32_t streetNode) const
{
    const double fromLink = m_entryLinkSeconds[streetNode];
    return fromLink > 0.0 ? fromLink : m_models.central.parameter(Param::StreetToPlatformS);
}

TransitGraph::Walk TransitGraph::walk(LocalXY from, LocalXY to) const
{
    Walk w;
    const double detour = m_models.central.parameter(Param::DetourFactor);
    w.metres = distanceMetres(from, to) * detour;
    w.seconds = w.metres / m_models.central.parameter(Param::WalkSpeedMps);
    const LocalXY line[2] = {from, to};
    w.passes = m_cameras->passesAlong(line, m_models);
    for (const CameraPass &pass : w.passes) {
        HazardSource s;
        s.kind = HazardSource::Kind::Camera;
        s.camera = pass.camera;
        for (Bound b : kBounds)
            s.hazard.at(b) = pass.hazard(b);
        w.hazard += s.hazard;
        w.sources.push_back(s);
    }
    // Unmapped cameras: the density prior over the unsurveyed part of the (detoured) walk.
    const double unsurveyed = m_surveys->unsurveyedMetresAlong(from, to);
    HazardSource unmapped;
    unmapped.kind = HazardSource::Kind::Unmapped;
    unmapped.assumed = true;
    for (Bound b : kBounds) {
        const ExposureModel &m = m_models.at(b);
        const double seconds =
            unsurveyed * m.parameter(Param::DetourFactor) / m.parameter(Param::WalkSpeedMps);
        unmapped.hazard.at(b) = m.unmappedHazardPerSecond(1.0) * seconds;
    }
    if (!unmapped.hazard.isZero()) {
        w.hazard += unmapped.hazard;
        w.sources.push_back(unmapped);
    }
    sortLargestFirst(w.sources);
    return w;
}

Hazard TransitGraph::zonePass(StationId station, ZoneKind zone, std::vector<HazardSource> *sources,
                              double rideSeconds) const
{
    Hazard total;
    const std::span<const CameraId> mapped = m_cameras->anchoredIn(station, zone);
    for (CameraId id : mapped) {
        const Camera &c = m_dataset->camera(id);
        HazardSource s;
        s.kind = HazardSource::Kind::Camera;
        s.camera = id;
        s.station = station;
        s.zone = zone;
        for (Bound b : kBounds) {
            const ExposureModel &m = m_models.at(b);
            s.hazard.at(b) = hazardOf(m.zonePassProbability(zone, m.frShare(c), m.matchRate(c),
                                                            m.zoneViewSeconds(zone, rideSeconds)));
        }
        total += s.hazard;
        if (sources && s.hazard.high > 0.0)
            sources->push_back(s);
    }
    const Zone *record = nullptr;
    for (ZoneId z : m_dataset->network.station(station).zones)
        if (m_dataset->network.zone(z).kind == zone)
            record = &m_dataset->network.zone(z);
    HazardSource extra;
    extra.kind = HazardSource::Kind::Zone;
    extra.station = station;
    extra.zone = zone;
    const FrStatus status = record ? record->frStatus : FrStatus::Unknown;
    for (Bound b : kBounds) {
        const ExposureModel &m = m_models.at(b);
        double count = 0.0;
        if (record && record->reportedCameras) {
            count = std::max(0.0, double(*record->reportedCameras) - double(mapped.size()));
        } else if (mapped.empty()) {
            // Nobody reported this zone's cameras: assume the usual number for such a zone.
            count = m.zonePriorCameras(zone);
            extra.assumed = true;
        }
        if (b == Bound::Central)
            extra.cameraCount = count + double(mapped.size());
        extra.hazard.at(b) = m.zoneHazard(zone, count, m.zoneFrShare(zone, status), rideSeconds);
    }
    total += extra.hazard;
    if (sources && (extra.hazard.high > 0.0 || extra.assumed))
        sources->push_back(extra);
    return total;
}

void TransitGraph::addEdge(GraphEdge edge, std::vector<HazardSource> sources)
{
    sortLargestFirst(sources);
    edge.sources = static_cast<std::uint32_t>(m_sources.size());
    m_sources.push_back(std::move(sources));
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
    for (int layer = 0; layer < 2; ++layer) // platforms, then trains
        for (const Station &s : net.stations)
            m_nodeStation.push_back(s.id);
    std::vector<LocalXY> positions;
    for (const StreetNode &n : m_streetNodes)
        positions.push_back(n.position);
    m_streetIndex = SpatialIndex(positions, 200.0);

    m_entryLinkSeconds.assign(m_streetNodes.size(), -1.0);
    for (const Link &l : net.links)
        if (l.kind == LinkKind::Entry && isSet(l.entrance) && l.durationSeconds > 0.0)
            m_entryLinkSeconds[m_entranceNode[indexOf(l.entrance)]] = l.durationSeconds;

    const ExposureModel &central = m_models.central;
    // Entering and leaving: turnstiles only on the way in, as in Moscow.
    for (std::uint32_t n = 0; n < m_streetNodes.size(); ++n) {
        const StationId s = m_streetNodes[n].station;
        const double seconds = entrySeconds(n);
        std::vector<HazardSource> in, out;
        Hazard entry = zonePass(s, ZoneKind::EntranceHall, &in) +
                       zonePass(s, ZoneKind::Turnstiles, &in) +
                       zonePass(s, ZoneKind::Escalator, &in);
        Hazard exit =
            zonePass(s, ZoneKind::Escalator, &out) + zonePass(s, ZoneKind::EntranceHall, &out);
        addEdge({n, platformNode(s), EdgeKind::Entry, seconds, 0.0, entry, 0}, std::move(in));
        addEdge({platformNode(s), n, EdgeKind::Exit, seconds, 0.0, exit, 0}, std::move(out));
    }
    // Waiting for a train and getting off it.
    for (const Station &s : net.stations) {
        std::vector<HazardSource> wait;
        const Hazard h = zonePass(s.id, ZoneKind::Platform, &wait);
        addEdge({platformNode(s.id), trainNode(s.id), EdgeKind::Board,
                 central.parameter(Param::HeadwayS) / 2.0, 0.0, h, 0},
                std::move(wait));
        addEdge({trainNode(s.id), platformNode(s.id), EdgeKind::Alight, 0.0, 0.0, {}, 0}, {});
    }
    // Rides between consecutive stations of each line, timed by the dataset's Ride links where
    // it has them, else by distance at train speed plus a stop.
    std::map<std::pair<std::uint32_t, std::uint32_t>, double> rideSeconds;
    for (const Link &l : net.links)
        if (l.kind == LinkKind::Ride && l.durationSeconds > 0.0) {
            rideSeconds[{indexOf(l.from), indexOf(l.to)}] = l.durationSeconds;
            rideSeconds[{indexOf(l.to), indexOf(l.from)}] = l.durationSeconds;
        }
    std::set<std::pair<std::uint32_t, std::uint32_t>> ridePairs;
    for (const Line &line : net.lines) {
        const auto &st = line.stations;
        for (std::size_t i = 0; i + 1 < st.size(); ++i)
            ridePairs.insert({indexOf(st[i]), indexOf(st[i + 1])});
        if (line.isRing && st.size() > 2)
            ridePairs.insert({indexOf(st.back()), indexOf(st.front())});
    }
    for (const Link &l : net.links)
        if (l.kind == LinkKind::Ride && l.from != l.to)
            ridePairs.insert({indexOf(l.from), indexOf(l.to)});
    for (auto [a, b] : ridePairs) {
        for (auto [from, to] : {std::pair{a, b}, std::pair{b, a}}) {
            const LocalXY pa = m_projection.toLocal(net.stations[from].position);
            const LocalXY pb = m_projection.toLocal(net.stations[to].position);
            const double metres = distanceMetres(pa, pb);
            const auto known = rideSeconds.find({from, to});
            const double seconds = known != rideSeconds.end()
                                       ? known->second
                                       : metres / (central.parameter(Param::TrainSpeedKmh) / 3.6) +
                                             central.parameter(Param::StopTimeS);
            std::vector<HazardSource> sources;
            const Hazard h = zonePass(StationId{from}, ZoneKind::Train, &sources, seconds);
            addEdge({trainNode(StationId{from}), trainNode(StationId{to}), EdgeKind::Ride, seconds,
                     metres, h, 0},
                    std::move(sources));
        }
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
        std::vector<HazardSource> sources;
        const Hazard h = zonePass(StationId{pair.first}, ZoneKind::TransferCorridor, &sources);
        addEdge({platformNode(StationId{pair.first}), platformNode(StationId{pair.second}),
                 EdgeKind::Transfer, seconds, 0.0, h, 0},
                std::move(sources));
    }
    // Walking on the street between entrances of different stations.
    for (std::uint32_t a = 0; a < m_streetNodes.size(); ++a)
        for (std::uint32_t b :
             m_streetIndex.withinOfPoint(m_streetNodes[a].position, kMaxStreetLinkMetres))
            if (b > a && m_streetNodes[a].station != m_streetNodes[b].station) {
                const Walk w = walk(m_streetNodes[a].position, m_streetNodes[b].position);
                addEdge({a, b, EdgeKind::Walk, w.seconds, w.metres, w.hazard, 0}, w.sources);
                const Walk back = walk(m_streetNodes[b].position, m_streetNodes[a].position);
                addEdge({b, a, EdgeKind::Walk, back.seconds, back.metres, back.hazard, 0},
                        back.sources);
            }

    // CSR: sort edges by origin (keeping their source indices).
    std::stable_sort(m_edges.begin(), m_edges.end(),
                     [](const GraphEdge &x, const GraphEdge &y) { return x.from < y.from; });
    m_edgeStart.assign(nodeCount() + 1, 0);
    for (const GraphEdge &e : m_edges)
        ++m_edgeStart[e.from + 1];
    for (std::size_t i = 1; i < m_edgeStart.size(); ++i)
        m_edgeStart[i] += m_edgeStart[i - 1];
}

} // namespace blindspot
