#include "core/model/clip_area.h"

#include "core/model/dataset.h"

#include <algorithm>
#include <cmath>

namespace blindspot {

namespace {

constexpr std::size_t kMaxBands = 1024;

// A renumbering: old index -> new index, or -1 when the element was dropped.
using Renumbering = std::vector<std::int64_t>;

template <class Id> bool kept(const Renumbering &map, Id id)
{
    return indexOf(id) < map.size() && map[indexOf(id)] >= 0;
}

template <class Id> Id renumbered(const Renumbering &map, Id id)
{
    return Id(static_cast<std::uint32_t>(map[indexOf(id)]));
}

// Keeps the items `keep` accepts, in order, and says where each went.
template <class T, class Keep> Renumbering keepIf(std::vector<T> &items, Keep keep)
{
    Renumbering map(items.size(), -1);
    std::size_t next = 0;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (keep(items[i])) {
            map[i] = std::int64_t(next);
            if (next != i)
                items[next] = std::move(items[i]);
            ++next;
        }
    items.resize(next);
    return map;
}

template <class Id> void keepIds(std::vector<Id> &ids, const Renumbering &map)
{
    std::erase_if(ids, [&map](Id id) { return !kept(map, id); });
    for (Id &id : ids)
        id = renumbered(map, id);
}

} // namespace

ClipArea::ClipArea(QString name, std::vector<ClipRing> rings)
    : m_name(std::move(name)), m_rings(std::move(rings))
{
    index();
}

ClipArea ClipArea::fromBox(const GeoBox &box, const QString &name)
{
    ClipRing ring;
    ring.points = {{box.south, box.west}, {box.south, box.east}, {box.north, box.east},
                   {box.north, box.west}};
    return ClipArea(name, {std::move(ring)});
}

void ClipArea::index()
{
    m_bounds = {};
    for (const ClipRing &ring : m_rings)
        for (const LatLon &p : ring.points)
            m_bounds.extend(p);
    m_bands.clear();
    if (!m_bounds.isValid())
        return;
    std::size_t edges = 0;
    for (const ClipRing &ring : m_rings)
        edges += ring.points.size();
    const std::size_t bands = std::clamp<std::size_t>(edges / 4, 1, kMaxBands);
    m_bandHeight = (m_bounds.north - m_bounds.south) / double(bands);
    m_bands.assign(bands, {});
    const auto bandOf = [this, bands](double lat) {
        if (!(m_bandHeight > 0))
            return std::size_t(0);
        return std::min(bands - 1,
                        std::size_t(std::max(0.0, (lat - m_bounds.south) / m_bandHeight)));
    };
    for (const ClipRing &ring : m_rings) {
        const std::size_t n = ring.points.size();
        for (std::size_t i = 0; i < n; ++i) {
            const LatLon a = ring.points[i], b = ring.points[(i + 1) % n];
            const Edge edge{a.lat, a.lon, b.lat, b.lon, ring.hole};
            const std::size_t first = bandOf(std::min(a.lat, b.lat)),
                              last = bandOf(std::max(a.lat, b.lat));
            for (std::size_t band = first; band <= last; ++band)
                m_bands[band].push_back(edge);
        }
    }
}

bool ClipArea::contains(LatLon p) const
{
    if (!p.isValid() || m_bands.empty() || p.lat < m_bounds.south || p.lat > m_bounds.north ||
        p.lon < m_bounds.west || p.lon > m_bounds.east)
        return false;
    std::size_t band = 0;
    if (m_bandHeight > 0)
        band = std::min(m_bands.size() - 1,
                        std::size_t(std::max(0.0, (p.lat - m_bounds.south) / m_bandHeight)));
    // Ray casting eastwards, counted apart for outer rings and holes: rings do not overlap, so
    // an odd count of outer crossings means inside some outer ring, likewise for holes.
    bool inOuter = false, inHole = false;
    for (const Edge &e : m_bands[band]) {
        if ((e.lat0 > p.lat) == (e.lat1 > p.lat))
            continue;
        const double lonAt = e.lon0 + (p.lat - e.lat0) * (e.lon1 - e.lon0) / (e.lat1 - e.lat0);
        if (p.lon < lonAt) {
            if (e.hole)
                inHole = !inHole;
            else
                inOuter = !inOuter;
        }
    }
    return inOuter && !inHole;
}

ClipCounts clipDataset(Dataset &d, const ClipArea &area)
{
    ClipCounts removed;
    Network &n = d.network;

    // Stations by position; what hangs on them follows.
    const Renumbering stations =
        keepIf(n.stations, [&area](const Station &s) { return area.contains(s.position); });
    removed.stations = stations.size() - n.stations.size();
    const Renumbering entrances = keepIf(n.entrances, [&](const Entrance &e) {
        return kept(stations, e.station) && area.contains(e.position);
    });
    removed.entrances = entrances.size() - n.entrances.size();
    const Renumbering zones = keepIf(n.zones, [&](const Zone &z) {
        return kept(stations, z.station) && (!isSet(z.entrance) || kept(entrances, z.entrance));
    });
    // A line stays while it has a station inside.
    for (Line &l : n.lines)
        keepIds(l.stations, stations);
    const Renumbering lines = keepIf(n.lines, [&](const Line &l) {
        return !l.stations.empty() ||
               std::any_of(n.stations.begin(), n.stations.end(),
                           [&l](const Station &s) { return s.line == l.id; });
    });
    for (std::size_t i = 0; i < n.lines.size(); ++i)
        n.lines[i].id = LineId(std::uint32_t(i));
    for (StationComplex &c : n.complexes)
        keepIds(c.stations, stations);
    const Renumbering complexes =
        keepIf(n.complexes, [](const StationComplex &c) { return !c.stations.empty(); });
    for (std::size_t i = 0; i < n.complexes.size(); ++i)
        n.complexes[i].id = ComplexId(std::uint32_t(i));
    for (std::size_t i = 0; i < n.stations.size(); ++i) {
        Station &s = n.stations[i];
        s.id = StationId(std::uint32_t(i));
        s.line = renumbered(lines, s.line);
        s.complex = isSet(s.complex) && kept(complexes, s.complex)
                        ? renumbered(complexes, s.complex)
                        : kNoId<ComplexId>;
        keepIds(s.entrances, entrances);
        keepIds(s.zones, zones);
    }
    for (std::size_t i = 0; i < n.entrances.size(); ++i) {
        n.entrances[i].id = EntranceId(std::uint32_t(i));
        n.entrances[i].station = renumbered(stations, n.entrances[i].station);
    }
    for (std::size_t i = 0; i < n.zones.size(); ++i) {
        Zone &z = n.zones[i];
        z.id = ZoneId(std::uint32_t(i));
        z.station = renumbered(stations, z.station);
        if (isSet(z.entrance))
            z.entrance = renumbered(entrances, z.entrance);
    }
    std::erase_if(n.links, [&](const Link &l) {
        return !kept(stations, l.from) || (l.kind != LinkKind::Entry && !kept(stations, l.to)) ||
               (isSet(l.entrance) && !kept(entrances, l.entrance));
    });
    for (Link &l : n.links) {
        l.from = renumbered(stations, l.from);
        if (l.kind != LinkKind::Entry)
            l.to = renumbered(stations, l.to);
        if (isSet(l.entrance))
            l.entrance = renumbered(entrances, l.entrance);
    }

    // Cameras: by position, else by the station they are anchored to. They keep their stable
    // ids, and the ids of those cut off are not given again.
    const CameraId firstUnused = d.newCameraId();
    const Renumbering cameras = keepIf(d.cameras, [&](const Camera &c) {
        if (c.position.isValid())
            return area.contains(c.position);
        return isSet(c.anchorStation) && kept(stations, c.anchorStation);
    });
    removed.cameras = cameras.size() - d.cameras.size();
    if (removed.cameras > 0)
        d.nextCameraId = indexOf(firstUnused);
    for (std::size_t i = 0; i < d.cameras.size(); ++i) {
        Camera &c = d.cameras[i];
        if (isSet(c.anchorStation))
            c.anchorStation = kept(stations, c.anchorStation)
                                  ? renumbered(stations, c.anchorStation)
                                  : kNoId<StationId>;
        if (isSet(c.anchorEntrance))
            c.anchorEntrance = kept(entrances, c.anchorEntrance)
                                   ? renumbered(entrances, c.anchorEntrance)
                                   : kNoId<EntranceId>;
    }
    std::erase_if(d.conflicts,
                  [&](const AttributeConflict &c) { return !d.findCamera(c.camera); });

    // Survey areas wholly inside: a part of an area is not what the mapper surveyed.
    const std::size_t areasBefore = d.surveyAreas.size();
    std::erase_if(d.surveyAreas, [&area](const SurveyArea &a) {
        return !std::all_of(a.polygon.begin(), a.polygon.end(),
                            [&area](LatLon p) { return area.contains(p); });
    });
    removed.surveyAreas = areasBefore - d.surveyAreas.size();
    for (std::size_t i = 0; i < d.surveyAreas.size(); ++i)
        d.surveyAreas[i].id = SurveyAreaId(std::uint32_t(i));

    // Streets: nodes inside, edges between two of them, the ways those edges use.
    StreetNetwork &streets = d.streets;
    const Renumbering nodes = keepIf(streets.nodes, [&area](LatLon p) { return area.contains(p); });
    removed.streetNodes = nodes.size() - streets.nodes.size();
    std::erase_if(streets.edges, [&nodes](const StreetEdge &e) {
        return !kept(nodes, e.from) || !kept(nodes, e.to);
    });
    Renumbering ways(streets.ways.size(), -1);
    std::vector<StreetWay> usedWays;
    for (StreetEdge &e : streets.edges) {
        e.from = renumbered(nodes, e.from);
        e.to = renumbered(nodes, e.to);
        if (!isSet(e.way) || indexOf(e.way) >= ways.size())
            continue;
        std::int64_t &w = ways[indexOf(e.way)];
        if (w < 0) {
            w = std::int64_t(usedWays.size());
            usedWays.push_back(streets.ways[indexOf(e.way)]);
        }
        e.way = StreetWayId(std::uint32_t(w));
    }
    streets.ways = std::move(usedWays);

    // Places inside; base-map features with a point inside (drawn whole, as the import keeps them).
    std::erase_if(d.places, [&area](const NamedPlace &p) { return !area.contains(p.position); });
    keepBaseFeatures(d.baseMap, [&area](const BaseFeature &, const BasePoint *points,
                                        std::uint32_t count) {
        return std::any_of(points, points + count,
                           [&area](const BasePoint &p) { return area.contains(p.latLon()); });
    });

    d.header.clip = area;
    return removed;
}

} // namespace blindspot
