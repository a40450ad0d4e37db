#include "core/routing/walking_steps.h"

#include "core/geo/local_projection.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace blindspot {

namespace {

using Kind = WalkingStep::Kind;

// Headings are measured over this much of the path on either side of a point, so that a
// node a metre off the line does not turn the walk.
constexpr double kHeadingWindowMetres = 10.0;
// Bends of an unnamed footway are looked for over a shorter window, so that the split falls
// on the corner and not on the node before it.
constexpr double kBendWindowMetres = 5.0;

bool walkedOnFoot(StreetClass c)
{
    switch (c) {
    case StreetClass::Footway:
    case StreetClass::Pedestrian:
    case StreetClass::Path:
    case StreetClass::Steps:
    case StreetClass::Corridor:
    case StreetClass::Cycleway:
    case StreetClass::Bridleway:
        return true;
    default:
        return false;
    }
}

// What a way is to someone on foot. A tunnel comes first (an underground crossing is an
// underpass); a road bridge is just the road.
Kind kindOf(const StreetWay *way)
{
    if (!way)
        return Kind::Continue;
    if (way->has(StreetFeature::Tunnel))
        return Kind::Underpass;
    if (way->has(StreetFeature::Crossing))
        return Kind::Crossing;
    if (way->streetClass == StreetClass::Steps)
        return Kind::Steps;
    if (way->has(StreetFeature::Bridge) && walkedOnFoot(way->streetClass))
        return Kind::Footbridge;
    if (way->has(StreetFeature::Indoor) || way->streetClass == StreetClass::Corridor)
        return Kind::Indoor;
    return Kind::Continue;
}

// A position to the 1e-7 degree (about a centimetre), as one integer: the leg's path went
// through the planner's projection and back, which moves a street node by far less.
std::uint64_t keyOf(LatLon p)
{
    const auto lat = std::uint64_t(std::llround(p.lat * 1e7) + 900'000'000LL);
    const auto lon = std::uint64_t(std::llround(p.lon * 1e7) + 1'800'000'000LL);
    return (lat << 32) | lon;
}

struct PairKey {
    std::uint64_t a = 0;
    std::uint64_t b = 0;
    friend bool operator==(const PairKey &, const PairKey &) = default;
};
struct PairHash {
    std::size_t operator()(const PairKey &k) const
    {
        return std::hash<std::uint64_t>()(k.a * 0x9E3779B97F4A7C15ULL ^ k.b);
    }
};
PairKey pairOf(std::uint64_t x, std::uint64_t y)
{
    return x < y ? PairKey{x, y} : PairKey{y, x};
}

// The planner simplifies a street walk (within a metre, transit_graph.cpp) before it hands
// it over, so a segment of the path may stand for several street edges in a line. A street
// node within this distance of a segment is put back into it.
constexpr double kAlongPathMetres = 1.5;
// Cells of the grid that finds the path's segments near a point.
constexpr double kSegmentCellMetres = 50.0;

// `path` with the street nodes that lie along its segments put back, in walking order, so
// that each segment of the result is one street edge where the walk follows the streets.
std::vector<LatLon> densified(const StreetNetwork &streets, const std::vector<LatLon> &path)
{
    if (streets.edges.empty())
        return path;
    const std::size_t segmentCount = path.size() - 1;
    const LocalProjection plane(path.front());
    std::vector<LocalXY> xy;
    xy.reserve(path.size());
    for (const LatLon &p : path)
        xy.push_back(plane.toLocal(p));
    const auto cellOf = [](double x, double y) {
        const auto cx = std::int32_t(std::floor(x / kSegmentCellMetres));
        const auto cy = std::int32_t(std::floor(y / kSegmentCellMetres));
        return (std::uint64_t(std::uint32_t(cx)) << 32) | std::uint32_t(cy);
    };
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> cells;
    GeoBox box;
    for (std::size_t i = 0; i < segmentCount; ++i) {
        box.extend(path[i]);
        box.extend(path[i + 1]);
        const double x0 = std::min(xy[i].xMetres, xy[i + 1].xMetres) - kAlongPathMetres;
        const double x1 = std::max(xy[i].xMetres, xy[i + 1].xMetres) + kAlongPathMetres;
        const double y0 = std::min(xy[i].yMetres, xy[i + 1].yMetres) - kAlongPathMetres;
        const double y1 = std::max(xy[i].yMetres, xy[i + 1].yMetres) + kAlongPathMetres;
        for (double x = std::floor(x0 / kSegmentCellMetres);
             x <= std::floor(x1 / kSegmentCellMetres); ++x)
            for (double y = std::floor(y0 / kSegmentCellMetres);
                 y <= std::floor(y1 / kSegmentCellMetres); ++y)
                cells[cellOf((x + 0.5) * kSegmentCellMetres, (y + 0.5) * kSegmentCellMetres)]
                    .push_back(std::uint32_t(i));
    }
    // Nodes near the path: with the segment nearest to each and how far along it they lie.
    const double marginLat = 2.0 * kAlongPathMetres / plane.metresPerDegreeLat();
    const double marginLon = 2.0 * kAlongPathMetres / plane.metresPerDegreeLon();
    std::vector<std::vector<std::pair<double, LatLon>>> inserted(segmentCount);
    for (const LatLon &p : streets.nodes) {
        if (p.lat < box.south - marginLat || p.lat > box.north + marginLat ||
            p.lon < box.west - marginLon || p.lon > box.east + marginLon)
            continue;
        const LocalXY q = plane.toLocal(p);
        const auto it = cells.find(cellOf(q.xMetres, q.yMetres));
        if (it == cells.end())
            continue;
        double best = kAlongPathMetres;
        std::int64_t nearest = -1;
        for (std::uint32_t i : it->second)
            if (const double d = distanceToSegmentMetres(q, xy[i], xy[i + 1]); d <= best) {
                best = d;
                nearest = i;
            }
        if (nearest < 0)
            continue;
        const LocalXY a = xy[std::size_t(nearest)], b = xy[std::size_t(nearest) + 1];
        const double dx = b.xMetres - a.xMetres, dy = b.yMetres - a.yMetres;
        const double span = dx * dx + dy * dy;
        const double t =
            span > 0.0 ? ((q.xMetres - a.xMetres) * dx + (q.yMetres - a.yMetres) * dy) / span : 0.0;
        if (t > 0.0 && t < 1.0)
            inserted[std::size_t(nearest)].push_back({t, p});
    }
    std::vector<LatLon> out;
    out.reserve(path.size());
    for (std::size_t i = 0; i < segmentCount; ++i) {
        out.push_back(path[i]);
        std::sort(inserted[i].begin(), inserted[i].end(),
                  [](const auto &x, const auto &y) { return x.first < y.first; });
        for (const auto &[t, p] : inserted[i])
            if (keyOf(p) != keyOf(out.back()) && keyOf(p) != keyOf(path[i + 1]))
                out.push_back(p);
    }
    out.push_back(path.back());
    return out;
}

// The way of each segment of `path` (the street edge joining its ends), none where no edge
// does: the walk to and from the streets, or a walk off them. A segment two ways share takes
// a named one.
std::vector<StreetWayId> waysAlong(const StreetNetwork &streets, const std::vector<LatLon> &path)
{
    std::vector<StreetWayId> out(path.size() - 1, kNoId<StreetWayId>);
    if (streets.ways.empty() || streets.edges.empty())
        return out;
    std::unordered_set<std::uint64_t> points;
    std::unordered_map<PairKey, std::vector<std::size_t>, PairHash> segments;
    GeoBox box;
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        const std::uint64_t a = keyOf(path[i]), b = keyOf(path[i + 1]);
        if (a == b)
            continue;
        points.insert(a);
        points.insert(b);
        segments[pairOf(a, b)].push_back(i);
        box.extend(path[i]);
        box.extend(path[i + 1]);
    }
    if (segments.empty())
        return out;
    constexpr double kMarginDegrees = 1e-6;
    std::vector<std::uint8_t> onPath(streets.nodes.size(), 0);
    for (std::size_t n = 0; n < streets.nodes.size(); ++n) {
        const LatLon p = streets.nodes[n];
        if (p.lat < box.south - kMarginDegrees || p.lat > box.north + kMarginDegrees ||
            p.lon < box.west - kMarginDegrees || p.lon > box.east + kMarginDegrees)
            continue;
        onPath[n] = points.count(keyOf(p)) ? 1 : 0;
    }
    for (const StreetEdge &e : streets.edges) {
        const std::uint32_t from = indexOf(e.from), to = indexOf(e.to);
        if (from >= onPath.size() || to >= onPath.size() || !onPath[from] || !onPath[to] ||
            !isSet(e.way) || indexOf(e.way) >= streets.ways.size())
            continue;
        const auto it =
            segments.find(pairOf(keyOf(streets.nodes[from]), keyOf(streets.nodes[to])));
        if (it == segments.end())
            continue;
        const bool named = !streets.ways[indexOf(e.way)].name.isEmpty();
        for (std::size_t i : it->second)
            if (!isSet(out[i]) || (named && streets.ways[indexOf(out[i])].name.isEmpty()))
                out[i] = e.way;
    }
    return out;
}

// The path on a tangent plane, with the distance walked to each of its points.
class PlanePath {
public:
    explicit PlanePath(const std::vector<LatLon> &path) : m_projection(path.front())
    {
        m_points.reserve(path.size());
        m_along.reserve(path.size());
        for (const LatLon &p : path) {
            const LocalXY xy = m_projection.toLocal(p);
            m_along.push_back(
                m_points.empty() ? 0.0 : m_along.back() + distanceMetres(m_points.back(), xy));
            m_points.push_back(xy);
        }
    }
    const LocalProjection &projection() const { return m_projection; }
    LocalXY point(std::size_t i) const { return m_points[i]; }
    double along(std::size_t i) const { return m_along[i]; }
    double length() const { return m_along.back(); }
    std::size_t size() const { return m_points.size(); }

    /// The point `metres` along the path, clamped to its ends.
    LocalXY at(double metres) const
    {
        if (metres <= 0.0)
            return m_points.front();
        if (metres >= length())
            return m_points.back();
        const auto it = std::upper_bound(m_along.begin(), m_along.end(), metres);
        const std::size_t i = std::size_t(it - m_along.begin()); // m_along[i-1] <= metres
        const double span = m_along[i] - m_along[i - 1];
        const double t = span > 0.0 ? (metres - m_along[i - 1]) / span : 0.0;
        const LocalXY a = m_points[i - 1], b = m_points[i];
        return {a.xMetres + t * (b.xMetres - a.xMetres), a.yMetres + t * (b.yMetres - a.yMetres)};
    }
    /// The heading leaving point i (over `window` metres ahead), or arriving at it.
    double headingFrom(std::size_t i, double window) const
    {
        return headingBetween(along(i), along(i) + window);
    }
    double headingInto(std::size_t i, double window) const
    {
        return headingBetween(along(i) - window, along(i));
    }

private:
    double headingBetween(double from, double to) const
    {
        LocalXY a = at(from), b = at(to);
        if (distanceMetres(a, b) < 1e-6) { // at an end: the whole path's direction
            a = m_points.front();
            b = m_points.back();
        }
        return bearingDegrees(a, b);
    }

    LocalProjection m_projection;
    std::vector<LocalXY> m_points;
    std::vector<double> m_along;
};

// A stretch of the path that becomes one step: segments first..last (inclusive).
struct Run {
    std::size_t first = 0;
    std::size_t last = 0;
    /// Where its heading and turn are measured: its first point, unless a short way onto the
    /// streets joined it in front (the walk sets off the way the street goes).
    std::size_t turnPoint = 0;
    Kind kind = Kind::Continue;
    QString name; ///< Native name; empty when unnamed.
    StreetWayId way = kNoId<StreetWayId>;
    bool trafficLights = false;
    double metres = 0.0;
};

bool plainUnnamed(const Run &r)
{
    return r.kind == Kind::Continue && r.name.isEmpty();
}

} // namespace

WalkingStep::Turn turnOf(double degrees)
{
    double d = normalizedDegrees(degrees);
    if (d > 180.0)
        d -= 360.0;
    const double a = std::abs(d);
    const bool right = d > 0.0;
    if (a < 25.0)
        return WalkingStep::Turn::Straight;
    if (a < 60.0)
        return right ? WalkingStep::Turn::SlightRight : WalkingStep::Turn::SlightLeft;
    if (a < 135.0)
        return right ? WalkingStep::Turn::Right : WalkingStep::Turn::Left;
    return right ? WalkingStep::Turn::SharpRight : WalkingStep::Turn::SharpLeft;
}

std::vector<WalkingStep> walkingSteps(const Dataset &dataset, const RouteLeg &leg)
{
    std::vector<WalkingStep> steps;
    WalkingStep arrive;
    arrive.kind = Kind::Arrive;
    arrive.arrival = leg.to;
    arrive.start = leg.path.empty() ? leg.to.position : leg.path.back();

    std::vector<LatLon> path;
    for (const LatLon &p : leg.path)
        if (p.isValid())
            path.push_back(p);
    if (path.size() >= 2)
        path = densified(dataset.streets, path);
    if (path.size() < 2 || !(PlanePath(path).length() > 0.0)) {
        WalkingStep go;
        go.kind = Kind::Depart;
        go.start = leg.from.position;
        go.metres = leg.lengthMetres;
        if (leg.from.position.isValid() && leg.to.position.isValid())
            go.headingDegrees = initialBearingDegrees(leg.from.position, leg.to.position);
        for (const HazardSource &s : leg.sources)
            if (s.kind == HazardSource::Kind::Camera)
                go.cameras.push_back(s.camera);
        go.cameras.insert(go.cameras.end(), leg.figures.camerasInView.begin(),
                          leg.figures.camerasInView.end());
        std::sort(go.cameras.begin(), go.cameras.end());
        go.cameras.erase(std::unique(go.cameras.begin(), go.cameras.end()), go.cameras.end());
        arrive.headingDegrees = go.headingDegrees;
        steps.push_back(std::move(go));
        steps.push_back(std::move(arrive));
        return steps;
    }

    const StreetNetwork &streets = dataset.streets;
    const PlanePath plane(path);
    const std::vector<StreetWayId> ways = waysAlong(streets, path);
    const auto wayOf = [&](std::size_t segment) -> const StreetWay * {
        const StreetWayId id = ways[segment];
        return isSet(id) && indexOf(id) < streets.ways.size() ? &streets.ways[indexOf(id)]
                                                             : nullptr;
    };

    // Segments into runs: a new run where the kind or the name changes, or where an unnamed
    // footway bends.
    std::vector<Run> runs;
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        const StreetWay *way = wayOf(i);
        const Kind kind = kindOf(way);
        const QString name = way ? way->name.native : QString();
        const double metres = plane.along(i + 1) - plane.along(i);
        bool startsRun = runs.empty() || runs.back().kind != kind || runs.back().name != name;
        if (!startsRun && kind == Kind::Continue && name.isEmpty() &&
            runs.back().metres >= kMinStepMetres && metres > 0.0 &&
            angleBetweenDegrees(plane.headingInto(i, kBendWindowMetres),
                                plane.headingFrom(i, kBendWindowMetres)) >= kMinBendDegrees)
            startsRun = true;
        if (startsRun) {
            Run r;
            r.first = i;
            r.turnPoint = i;
            r.kind = kind;
            r.name = name;
            if (!name.isEmpty())
                r.way = ways[i];
            runs.push_back(r);
        }
        Run &r = runs.back();
        r.last = i;
        r.metres += metres;
        if (way && way->has(StreetFeature::Signals))
            r.trafficLights = true;
    }

    // A short unnamed stretch (the way onto the streets, a link between two ways) joins the
    // step before it, or the one after when it comes first.
    std::vector<Run> kept;
    for (std::size_t k = 0; k < runs.size(); ++k) {
        Run r = runs[k];
        if (plainUnnamed(r) && r.metres < kMinStepMetres && runs.size() > 1) {
            if (!kept.empty()) {
                kept.back().last = r.last;
                kept.back().metres += r.metres;
                continue;
            }
            if (k + 1 < runs.size()) {
                runs[k + 1].first = r.first;
                runs[k + 1].metres += r.metres;
                continue;
            }
        }
        // One street on both sides of what joined it, or one footway feature in several
        // ways (two halves of a crossing), is one step.
        if (!kept.empty() && kept.back().kind == r.kind &&
            ((!r.name.isEmpty() && kept.back().name == r.name) || r.kind != Kind::Continue)) {
            kept.back().last = r.last;
            kept.back().metres += r.metres;
            kept.back().trafficLights = kept.back().trafficLights || r.trafficLights;
            continue;
        }
        kept.push_back(r);
    }

    // An unnamed stretch that goes straight on between two pieces of one street (a sidewalk
    // mapped as its own footway, a junction's link) is walking along that street.
    const auto straightAt = [&](const Run &r) {
        return turnOf(plane.headingFrom(r.turnPoint, kHeadingWindowMetres) -
                      plane.headingInto(r.turnPoint, kHeadingWindowMetres)) ==
               WalkingStep::Turn::Straight;
    };
    for (std::size_t k = 1; k + 1 < kept.size();) {
        Run &before = kept[k - 1];
        const Run &after = kept[k + 1];
        if (plainUnnamed(kept[k]) && before.kind == Kind::Continue &&
            after.kind == Kind::Continue && !before.name.isEmpty() && before.name == after.name &&
            straightAt(kept[k]) && straightAt(after)) {
            before.last = after.last;
            before.metres += kept[k].metres + after.metres;
            kept.erase(kept.begin() + std::ptrdiff_t(k), kept.begin() + std::ptrdiff_t(k + 2));
            continue;
        }
        ++k;
    }

    double total = 0.0;
    for (const Run &r : kept)
        total += r.metres;
    // The leg's length is what its summary says; the steps share it in proportion.
    const double scale = total > 0.0 && leg.lengthMetres > 0.0 ? leg.lengthMetres / total : 1.0;
    std::vector<std::size_t> stepOfSegment(path.size() - 1, 0);
    for (std::size_t k = 0; k < kept.size(); ++k) {
        const Run &r = kept[k];
        WalkingStep s;
        s.kind = k == 0 && r.kind == Kind::Continue ? Kind::Depart : r.kind;
        s.start = path[r.first];
        s.headingDegrees = plane.headingFrom(r.turnPoint, kHeadingWindowMetres);
        if (k > 0)
            s.turn =
                turnOf(s.headingDegrees - plane.headingInto(r.turnPoint, kHeadingWindowMetres));
        s.metres = r.metres * scale;
        s.way = r.way;
        s.trafficLights = r.trafficLights;
        for (std::size_t i = r.first; i <= r.last; ++i)
            stepOfSegment[i] = k;
        steps.push_back(std::move(s));
    }

    // Each camera seen on the leg goes to the step passing nearest to it.
    std::vector<CameraIndex> seen = leg.figures.camerasInView;
    for (const HazardSource &s : leg.sources)
        if (s.kind == HazardSource::Kind::Camera)
            seen.push_back(s.camera);
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    for (CameraIndex id : seen) {
        if (indexOf(id) >= dataset.cameras.size() || !dataset.camera(id).position.isValid())
            continue;
        const LocalXY c = plane.projection().toLocal(dataset.camera(id).position);
        std::size_t best = 0;
        double bestMetres = INFINITY;
        for (std::size_t i = 0; i + 1 < plane.size(); ++i) {
            const double d = distanceToSegmentMetres(c, plane.point(i), plane.point(i + 1));
            if (d < bestMetres) {
                bestMetres = d;
                best = i;
            }
        }
        steps[stepOfSegment[best]].cameras.push_back(id);
    }

    arrive.headingDegrees = plane.headingInto(plane.size() - 1, kHeadingWindowMetres);
    steps.push_back(std::move(arrive));
    return steps;
}

} // namespace blindspot
