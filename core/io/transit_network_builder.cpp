#include "core/io/transit_network_builder.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

namespace blindspot {

namespace {

std::pair<int, int> unordered(int a, int b)
{
    return a < b ? std::pair(a, b) : std::pair(b, a);
}

// Union-find over model station indices, for building complexes.
class DisjointSets {
public:
    explicit DisjointSets(std::size_t n) : m_parent(n)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0u);
    }
    std::uint32_t find(std::uint32_t x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }
    // The smaller root wins, so that a set's root is its lowest station index.
    void unite(std::uint32_t a, std::uint32_t b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    std::vector<std::uint32_t> m_parent;
};

struct LineOrder {
    std::vector<int> stations;
    bool isRing = false;
    std::vector<std::pair<int, int>> adjacent; // neighbours, as first travelled
};

LineOrder orderOf(const TransitNetworkBuilder::LineInput &line, std::size_t stationCount)
{
    std::vector<std::pair<std::vector<int>, int>> sequences;
    for (const auto &[raw, count] : line.sequences) {
        std::vector<int> seq;
        for (int s : raw)
            if (s >= 0 && std::size_t(s) < stationCount && (seq.empty() || seq.back() != s))
                seq.push_back(s);
        if (!seq.empty())
            sequences.emplace_back(std::move(seq), count);
    }
    LineOrder order;
    if (sequences.empty())
        return order;

    const auto isRing = [](const std::vector<int> &seq) {
        return seq.size() >= 3 && seq.front() == seq.back();
    };
    const auto lengthOf = [&](const std::vector<int> &seq) {
        return seq.size() - (isRing(seq) ? 1 : 0);
    };
    std::size_t primary = 0;
    for (std::size_t i = 1; i < sequences.size(); ++i) {
        const std::size_t a = lengthOf(sequences[i].first), b = lengthOf(sequences[primary].first);
        if (a > b || (a == b && sequences[i].second > sequences[primary].second))
            primary = i;
    }
    order.isRing = isRing(sequences[primary].first);

    std::vector<char> listed(stationCount, 0);
    const auto append = [&](const std::vector<int> &seq) {
        for (int s : seq)
            if (!listed[std::size_t(s)]) {
                listed[std::size_t(s)] = 1;
                order.stations.push_back(s);
            }
    };
    append(sequences[primary].first);
    // Branches and stations only some trips call at follow the main sequence: the model keeps
    // one order per line, while the ride links below keep every route's real neighbours.
    for (const auto &[seq, count] : sequences)
        append(seq);

    // Links run in the direction their pair is first travelled; the reverse is the same link.
    std::map<std::pair<int, int>, bool> seen;
    for (const auto &[seq, count] : sequences)
        for (std::size_t i = 1; i < seq.size(); ++i)
            if (seen.emplace(unordered(seq[i - 1], seq[i]), true).second)
                order.adjacent.emplace_back(seq[i - 1], seq[i]);
    return order;
}

} // namespace

int TransitNetworkBuilder::addStation(const LocalizedName &name, LatLon position,
                                      const QString &sourceRef, const ZoneReports &zones)
{
    m_stations.push_back({name, position, sourceRef, zones});
    return int(m_stations.size()) - 1;
}

void TransitNetworkBuilder::addLine(LineInput line)
{
    m_lines.push_back(std::move(line));
}

void TransitNetworkBuilder::addEntrance(int station, LatLon position, const QString &ref,
                                        const LocalizedName &name, const QString &sourceRef)
{
    m_entrances.push_back({station, position, ref, name, sourceRef});
}

void TransitNetworkBuilder::joinStations(const std::vector<int> &stations,
                                         const LocalizedName &name)
{
    m_joins.emplace_back(stations, name);
}

void TransitNetworkBuilder::setTransferSeconds(int a, int b, double seconds)
{
    m_transferSeconds.emplace_back(unordered(a, b), seconds);
}

Network TransitNetworkBuilder::build() const
{
    Network n;
    // The model stations made from each source station, one per line serving it.
    std::vector<std::vector<StationId>> split(m_stations.size());
    std::vector<int> sourceOf; // model station -> source station

    std::vector<std::unordered_map<int, StationId>> stationOnLine;
    for (const LineInput &input : m_lines) {
        LineOrder order = orderOf(input, m_stations.size());
        if (order.stations.empty())
            continue;
        Line line;
        line.id = LineId{std::uint32_t(n.lines.size())};
        line.name = input.name;
        line.ref = input.ref;
        line.colourRgb = input.colourRgb & 0xFFFFFF;
        line.mode = input.mode;
        line.isRing = order.isRing && order.stations.size() >= 3;
        line.sourceRef = input.sourceRef;
        std::unordered_map<int, StationId> onLine;
        for (int s : order.stations) {
            Station station;
            station.id = StationId{std::uint32_t(n.stations.size())};
            station.name = m_stations[std::size_t(s)].name;
            station.position = m_stations[std::size_t(s)].position;
            station.line = line.id;
            station.sourceRef = m_stations[std::size_t(s)].sourceRef;
            line.stations.push_back(station.id);
            onLine.emplace(s, station.id);
            split[std::size_t(s)].push_back(station.id);
            sourceOf.push_back(s);
            n.stations.push_back(std::move(station));
        }

        std::map<std::pair<int, int>, double> known;
        for (const auto &[pair, seconds] : input.rideSeconds)
            known[unordered(pair.first, pair.second)] = seconds;
        for (const auto &[a, b] : order.adjacent) {
            Link link;
            link.kind = LinkKind::Ride;
            link.from = onLine.at(a);
            link.to = onLine.at(b);
            link.lengthMetres = haversineMetres(m_stations[std::size_t(a)].position,
                                                m_stations[std::size_t(b)].position);
            const auto it = known.find(unordered(a, b));
            link.durationSeconds =
                it != known.end() ? it->second : link.lengthMetres / kRideSpeedMps + kStopSeconds;
            n.links.push_back(link);
        }
        stationOnLine.push_back(std::move(onLine));
        n.lines.push_back(std::move(line));
    }

    // Complexes: the per-line copies of one source station, and whatever the source joins.
    DisjointSets sets(n.stations.size());
    for (const auto &copies : split)
        for (std::size_t i = 1; i < copies.size(); ++i)
            sets.unite(indexOf(copies[0]), indexOf(copies[i]));
    std::vector<LocalizedName> joinName(n.stations.size());
    for (const auto &[members, name] : m_joins) {
        std::optional<StationId> first;
        for (int s : members) {
            if (s < 0 || std::size_t(s) >= split.size() || split[std::size_t(s)].empty())
                continue;
            const StationId id = split[std::size_t(s)].front();
            if (first)
                sets.unite(indexOf(*first), indexOf(id));
            else
                first = id;
        }
        if (first && !name.isEmpty() && joinName[indexOf(*first)].isEmpty())
            joinName[indexOf(*first)] = name;
    }
    std::vector<std::vector<StationId>> members(n.stations.size());
    for (std::uint32_t i = 0; i < n.stations.size(); ++i)
        members[sets.find(i)].push_back(StationId{i});
    LocalizedName noName;
    std::vector<const LocalizedName *> nameOfSet(n.stations.size(), &noName);
    for (std::uint32_t i = 0; i < n.stations.size(); ++i)
        if (!joinName[i].isEmpty() && nameOfSet[sets.find(i)]->isEmpty())
            nameOfSet[sets.find(i)] = &joinName[i];

    std::map<std::pair<int, int>, double> transferSeconds;
    for (const auto &[pair, seconds] : m_transferSeconds)
        transferSeconds[pair] = seconds;
    for (std::uint32_t root = 0; root < n.stations.size(); ++root) {
        const std::vector<StationId> &group = members[root];
        if (group.size() < 2)
            continue;
        StationComplex complex;
        complex.id = ComplexId{std::uint32_t(n.complexes.size())};
        complex.name =
            nameOfSet[root]->isEmpty() ? n.stations[indexOf(group.front())].name : *nameOfSet[root];
        complex.stations = group;
        for (StationId s : group)
            n.stations[indexOf(s)].complex = complex.id;
        const std::size_t fullyLinked =
            group.size() <= kMaxFullyLinkedComplex ? group.size() : std::size_t(1);
        for (std::size_t i = 0; i < fullyLinked; ++i)
            for (std::size_t j = i + 1; j < group.size(); ++j) {
                const StationId a = group[i], b = group[j];
                Link link;
                link.kind = LinkKind::Transfer;
                link.from = a;
                link.to = b;
                link.lengthMetres = haversineMetres(n.stations[indexOf(a)].position,
                                                    n.stations[indexOf(b)].position);
                const auto it =
                    transferSeconds.find(unordered(sourceOf[indexOf(a)], sourceOf[indexOf(b)]));
                link.durationSeconds = it != transferSeconds.end() ? it->second : kTransferSeconds;
                n.links.push_back(link);
            }
        n.complexes.push_back(std::move(complex));
    }

    for (const SourceEntrance &source : m_entrances) {
        if (source.station < 0 || std::size_t(source.station) >= split.size() ||
            split[std::size_t(source.station)].empty())
            continue;
        const std::vector<StationId> &copies = split[std::size_t(source.station)];
        Entrance entrance;
        entrance.id = EntranceId{std::uint32_t(n.entrances.size())};
        entrance.station = copies.front();
        entrance.position = source.position;
        entrance.ref = source.ref;
        entrance.name = source.name;
        entrance.sourceRef = source.sourceRef;
        // One door serves every line's platforms at that station: each copy can be entered.
        for (StationId s : copies) {
            n.stations[indexOf(s)].entrances.push_back(entrance.id);
            Link link;
            link.kind = LinkKind::Entry;
            link.from = s;
            link.to = s;
            link.entrance = entrance.id;
            link.lengthMetres = haversineMetres(source.position, n.stations[indexOf(s)].position) *
                                kEntryDetourFactor;
            link.durationSeconds = link.lengthMetres / kEntryWalkMps + kEntryFixedSeconds;
            n.links.push_back(link);
        }
        n.entrances.push_back(std::move(entrance));
    }

    for (Station &station : n.stations)
        for (int k = 0; k < kZoneKindCount; ++k) {
            const ZoneReports &reports =
                m_stations[std::size_t(sourceOf[indexOf(station.id)])].zones;
            Zone zone;
            zone.id = ZoneId{std::uint32_t(n.zones.size())};
            zone.station = station.id;
            zone.kind = ZoneKind(k);
            zone.frStatus = reports.frStatus[std::size_t(k)].value_or(FrStatus::Unknown);
            zone.reportedCameras = reports.cameras[std::size_t(k)];
            station.zones.push_back(zone.id);
            n.zones.push_back(zone);
        }
    return n;
}

} // namespace blindspot
