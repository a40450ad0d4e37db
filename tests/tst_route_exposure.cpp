// Exposure model v2 on whole routes (DESIGN.md, Exposure model and Routing): the composition of
// shared unknowns worked by hand, stations by entrance, a brute-force oracle on small random
// cities, metamorphic relations, avoided stations a ride passes through, odd cities, and the
// real Monaco extract.
#include "common/embedded_data.h"
#include "core/exposure/model_parameters.h"
#include "core/io/importer.h"
#include "core/io/track_reader.h"
#include "common/risk_wording.h"
#include "core/routing/place_resolver.h"
#include "core/routing/route_planner.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>
#include <tuple>

using namespace blindspot;

namespace {

std::shared_ptr<const Dataset> trainingCity()
{
    static const auto city = std::make_shared<const Dataset>(embeddedTrainingCity());
    return city;
}

ModelParameters parameters(const Dataset &d, const QString &profile = QStringLiteral("ordinary"))
{
    return std::get<ModelParameters>(parametersFor(d, profile));
}

Place stationOnly(const Dataset &d, StationId s)
{
    Place p;
    p.kind = Place::Kind::Station;
    p.stations = {s};
    p.position = d.network.station(s).position;
    return p;
}

bool finite(const Hazard &h)
{
    return std::isfinite(h.low) && std::isfinite(h.central) && std::isfinite(h.high) &&
           h.low >= 0.0 && h.low <= h.central + 1e-9 && h.central <= h.high + 1e-9;
}

/// Every figure a route shows is finite, ordered and adds up from its legs.
void checkFigures(const Route &r)
{
    QVERIFY(finite(r.hazard));
    QVERIFY(finite(r.figures.expectedFrCaptures));
    QVERIFY(std::isfinite(r.durationSeconds) && r.durationSeconds >= 0.0);
    double seconds = 0.0, inView = 0.0, inFrView = 0.0, walk = 0.0, walkInView = 0.0;
    int checkpoints = 0;
    std::set<CameraIndex> cameras;
    ExposureTally legs;
    std::multiset<CameraIndex> walkCameras;
    for (const RouteLeg &leg : r.legs) {
        QVERIFY(finite(leg.hazard));
        QVERIFY(finite(leg.figures.expectedFrCaptures));
        QVERIFY(leg.durationSeconds >= 0.0);
        seconds += leg.durationSeconds;
        inView += leg.figures.secondsInView;
        inFrView += leg.figures.secondsInFrView;
        walk += leg.figures.walkMetres;
        walkInView += leg.figures.walkMetresInView;
        checkpoints += leg.figures.frCheckpoints;
        cameras.insert(leg.figures.camerasInView.begin(), leg.figures.camerasInView.end());
        legs += leg.tally;
        if (leg.kind == LegKind::Walk) {
            QCOMPARE(leg.figures.walkMetres, leg.lengthMetres);
            for (const HazardSource &s : leg.sources)
                if (s.kind == HazardSource::Kind::Camera)
                    walkCameras.insert(s.camera);
        }
        QVERIFY(leg.figures.secondsInFrView <= leg.figures.secondsInView + 1e-9);
    }
    QVERIFY(std::abs(seconds - r.durationSeconds) < 1e-6);
    QVERIFY(std::abs(inView - r.figures.secondsInView) < 1e-6);
    QVERIFY(std::abs(inFrView - r.figures.secondsInFrView) < 1e-6);
    QVERIFY(std::abs(walk - r.figures.walkMetres) < 1e-6);
    QVERIFY(std::abs(walkInView - r.figures.walkMetresInView) < 1e-6);
    QCOMPARE(checkpoints, r.figures.frCheckpoints);
    QCOMPARE(std::vector<CameraIndex>(cameras.begin(), cameras.end()), r.figures.camerasInView);
    QVERIFY(r.figures.walkShareInView() >= 0.0 && r.figures.walkShareInView() <= 1.0);
    // The trip composes what its legs name; where no street camera is seen on two walks the
    // composition is exactly the route's (otherwise the route counts that camera once, with
    // both walks' time in view, which can only be lower).
    bool repeated = false;
    for (auto it = walkCameras.begin(); it != walkCameras.end(); ++it)
        repeated = repeated || walkCameras.count(*it) > 1;
    if (!repeated) {
        QCOMPARE(legs.groups().size(), r.tally.groups().size());
        for (std::size_t g = 0; g < legs.groups().size(); ++g)
            for (std::size_t b = 0; b < 3; ++b)
                QVERIFY(std::abs(legs.groups()[g].captureHazard[b] -
                                 r.tally.groups()[g].captureHazard[b]) < 1e-9);
    }
}

// ---- small random cities -------------------------------------------------------------------

/// A few stations on one or two lines (sometimes joined by a transfer), one or two entrances
/// each, zones by entrance and station-wide, anchored and street cameras of every system and
/// status, sometimes a survey area. Positions within about 2 km of a centre.
Dataset randomCity(QRandomGenerator &rng, bool *hasComplex = nullptr)
{
    auto uniform = [&](double a, double b) { return a + (b - a) * rng.generateDouble(); };
    auto pick = [&](int n) { return int(rng.bounded(n)); };
    const LatLon centre{55.75 + uniform(-0.1, 0.1), 37.6 + uniform(-0.1, 0.1)};
    const LocalProjection projection(centre);
    auto at = [&](double x, double y) { return projection.toLatLon({x, y}); };

    Dataset d;
    d.header.name = QStringLiteral("random");
    d.header.context = pick(3) == 0 ? QString() : QStringLiteral("moscow");
    d.sources.push_back({SourceId{0}, QStringLiteral("s"), QStringLiteral("s")});
    Network &n = d.network;
    const int lines = 1 + pick(2);
    for (int l = 0; l < lines; ++l) {
        Line line;
        line.id = LineId{std::uint32_t(l)};
        line.ref = QString::number(l + 1);
        const int count = 2 + pick(2);
        double x = uniform(-1200, 0), y = uniform(-1200, 1200);
        const double dx = uniform(400, 900), dy = uniform(-400, 400);
        for (int k = 0; k < count; ++k) {
            Station s;
            s.id = StationId{std::uint32_t(n.stations.size())};
            s.line = line.id;
            s.position = at(x, y);
            s.name.native = QStringLiteral("S%1").arg(n.stations.size());
            line.stations.push_back(s.id);
            n.stations.push_back(s);
            x += dx;
            y += dy;
        }
        n.lines.push_back(line);
    }
    if (hasComplex)
        *hasComplex = false;
    if (lines == 2 && pick(2) == 0) {
        // Line 2's first station beside one of line 1's: a transfer.
        Station &a = n.stations[std::size_t(pick(int(n.lines[0].stations.size())))];
        Station &b = n.stations[indexOf(n.lines[1].stations.front())];
        const LocalXY pa = projection.toLocal(a.position);
        b.position = projection.toLatLon({pa.xMetres + 60, pa.yMetres});
        StationComplex c{ComplexId{0}, a.name, {a.id, b.id}};
        a.complex = b.complex = c.id;
        n.complexes.push_back(c);
        if (hasComplex)
            *hasComplex = true;
    }
    for (Station &s : n.stations) {
        const LocalXY p = projection.toLocal(s.position);
        const int entrances = 1 + pick(2);
        for (int k = 0; k < entrances; ++k) {
            Entrance e;
            e.id = EntranceId{std::uint32_t(n.entrances.size())};
            e.station = s.id;
            e.ref = QString::number(k + 1);
            const double angle = uniform(0, 6.283);
            const double r = uniform(50, 150);
            e.position = projection.toLatLon(
                {p.xMetres + r * std::cos(angle), p.yMetres + r * std::sin(angle)});
            s.entrances.push_back(e.id);
            n.entrances.push_back(e);
        }
        auto addZone = [&](ZoneKind kind, EntranceId entrance) {
            Zone z;
            z.id = ZoneId{std::uint32_t(n.zones.size())};
            z.station = s.id;
            z.kind = kind;
            z.entrance = entrance;
            z.frStatus = static_cast<FrStatus>(pick(4));
            if (pick(2) == 0)
                z.reportedCameras = pick(5);
            s.zones.push_back(z.id);
            n.zones.push_back(z);
        };
        for (ZoneKind kind : {ZoneKind::EntranceHall, ZoneKind::Turnstiles, ZoneKind::Escalator}) {
            const int how = pick(3); // 0: by entrance, 1: station-wide, 2: no report
            if (how == 0)
                for (EntranceId e : s.entrances)
                    addZone(kind, e);
            else if (how == 1)
                addZone(kind, kNoId<EntranceId>);
        }
        for (ZoneKind kind : {ZoneKind::Platform, ZoneKind::Train, ZoneKind::TransferCorridor})
            if (pick(2) == 0)
                addZone(kind, kNoId<EntranceId>);
        // Anchored cameras, with or without their entrance.
        for (int k = pick(3); k > 0; --k) {
            Camera c;
            c.id = CameraId{std::uint32_t(d.cameras.size())};
            c.anchorStation = s.id;
            c.anchorZone = static_cast<ZoneKind>(pick(kZoneKindCount));
            if (isEntranceZone(*c.anchorZone) && pick(2) == 0)
                c.anchorEntrance = s.entrances[std::size_t(pick(int(s.entrances.size())))];
            c.kind = *c.anchorZone == ZoneKind::Turnstiles ? CameraKind::Turnstile
                                                           : CameraKind::Dome;
            c.frStatus = static_cast<FrStatus>(pick(4));
            d.cameras.push_back(c);
        }
    }
    // Street cameras near entrances and stations, of every system and status.
    const int street = pick(16);
    for (int k = 0; k < street; ++k) {
        const Entrance &e = n.entrances[std::size_t(pick(int(n.entrances.size())))];
        const LocalXY p = projection.toLocal(e.position);
        Camera c;
        c.id = CameraId{std::uint32_t(d.cameras.size())};
        c.position =
            projection.toLatLon({p.xMetres + uniform(-300, 300), p.yMetres + uniform(-300, 300)});
        c.kind = static_cast<CameraKind>(pick(4));
        if (pick(2) == 0)
            c.headingDegrees = std::floor(uniform(0, 359));
        c.frStatus = static_cast<FrStatus>(pick(4));
        c.system = static_cast<CameraSystem>(pick(kCameraSystemCount));
        d.cameras.push_back(c);
    }
    if (pick(3) == 0) {
        SurveyArea a;
        a.id = SurveyAreaId{0};
        a.completeness = uniform(0.3, 0.9);
        const double r = uniform(300, 1500);
        for (double angle = 0; angle < 6.28; angle += 1.2)
            a.polygon.push_back(at(r * std::cos(angle), r * std::sin(angle)));
        a.surveyed = QDate(2026, 1, 1);
        a.source = SourceId{0};
        d.surveyAreas.push_back(a);
    }
    if (pick(2) == 0) {
        // Half the cities have streets: a grid every 200 m, cut by a river along y = 100 with
        // two bridges, so that walks along the streets differ from straight ones. Corners move
        // up to 20 m, so that no two street paths tie exactly (a tie broken one way in the
        // city and the other way in the city moved north-east would be two different walks).
        const int columns = 28, rows = 24;
        auto node = [&](int i, int j) { return StreetNodeId{std::uint32_t(j * columns + i)}; };
        for (int j = 0; j < rows; ++j)
            for (int i = 0; i < columns; ++i)
                d.streets.nodes.push_back(
                    at(-2000 + 200.0 * i + uniform(-20, 20), -2300 + 200.0 * j + uniform(-20, 20)));
        auto length = [&](StreetNodeId a, StreetNodeId b) {
            return haversineMetres(d.streets.nodes[indexOf(a)], d.streets.nodes[indexOf(b)]);
        };
        const int bridgeA = pick(columns), bridgeB = pick(columns);
        for (int j = 0; j < rows; ++j)
            for (int i = 0; i < columns; ++i) {
                if (i + 1 < columns)
                    d.streets.edges.push_back(
                        {node(i, j), node(i + 1, j), length(node(i, j), node(i + 1, j))});
                const bool crossesRiver = j == 11;
                if (j + 1 < rows && (!crossesRiver || i == bridgeA || i == bridgeB))
                    d.streets.edges.push_back(
                        {node(i, j), node(i, j + 1), length(node(i, j), node(i, j + 1))});
            }
    }
    return d;
}

/// Every simple path in the planner's graph from a street node of `from` to one of `to`,
/// plus the direct walk (an empty path), each scored by the planner. At most `cap` paths.
/// A path as the graph's edges (from, to, kind), which stay the same when only cameras change.
using EdgeKey = std::tuple<std::uint32_t, std::uint32_t, EdgeKind>;
using PathKey = std::vector<EdgeKey>;

std::vector<Route> everyRoute(const RoutePlanner &planner, const RouteRequest &request,
                              std::size_t cap, bool *complete, std::vector<PathKey> *keys = nullptr)
{
    const TransitGraph &g = planner.graph();
    std::vector<Route> routes;
    *complete = true;
    if (auto direct = planner.routeAlong(request, {})) {
        routes.push_back(*direct);
        if (keys)
            keys->push_back({});
    }
    std::set<std::uint32_t> targets;
    for (StationId s : request.to.stations)
        for (std::uint32_t node : g.streetNodesOf(s))
            targets.insert(node);
    std::vector<char> onPath(g.nodeCount(), 0);
    std::vector<const GraphEdge *> path;
    std::function<void(std::uint32_t)> walk = [&](std::uint32_t node) {
        if (!*complete)
            return;
        if (targets.contains(node)) {
            if (auto r = planner.routeAlong(request, path)) {
                routes.push_back(std::move(*r));
                if (keys) {
                    PathKey key;
                    for (const GraphEdge *e : path)
                        key.emplace_back(e->from, e->to, e->kind);
                    keys->push_back(std::move(key));
                }
            }
            if (routes.size() > cap) {
                *complete = false;
                return;
            }
        }
        // A walk never follows a walk (RoutePlanner: a walk goes from one place to the next
        // along the streets); starting at a station's own entrance is no walk.
        auto walks = [](const GraphEdge &e) { return e.kind == EdgeKind::Walk && e.metres > 0.0; };
        for (const GraphEdge &e : g.edgesFrom(node)) {
            if (onPath[e.to] || (!path.empty() && walks(*path.back()) && walks(e)))
                continue;
            onPath[e.to] = 1;
            path.push_back(&e);
            walk(e.to);
            path.pop_back();
            onPath[e.to] = 0;
        }
    };
    for (StationId s : request.from.stations)
        for (std::uint32_t start : g.streetNodesOf(s)) {
            onPath.assign(g.nodeCount(), 0);
            onPath[start] = 1;
            walk(start);
        }
    return routes;
}

Dataset shifted(const Dataset &d, double dLat, double dLon)
{
    Dataset out = d;
    auto move = [&](LatLon &p) {
        if (p.isValid())
            p = {p.lat + dLat, p.lon + dLon};
    };
    for (Station &s : out.network.stations)
        move(s.position);
    for (Entrance &e : out.network.entrances)
        move(e.position);
    for (Camera &c : out.cameras)
        move(c.position);
    for (SurveyArea &a : out.surveyAreas)
        for (LatLon &p : a.polygon)
            move(p);
    for (LatLon &p : out.streets.nodes)
        move(p);
    return out;
}

} // namespace

class TstRouteExposure : public QObject {
    Q_OBJECT
private slots:
    void compositionByHand();
    void groupsShareOneUnknown();
    void turnstileLineIsOneLook();
    void entrancesOfOneStationDiffer();
    void metroRangeReflectsMatchRate();
    void bruteForceOracle();
    void avoidedStationsARidePasses();
    void metamorphicRelations();
    void privateCamerasInAnUnknownContext();
    void contextsAndProfiles();
    void oddCities();
    void monacoWithoutCameras();
    void trackWalkedAsItIs();
    void tracksRead_data();
    void tracksRead();
};

void TstRouteExposure::compositionByHand()
{
    // Moscow's central values: q_street_unknown 0.6, r_video 0.9, q_confirmed 1, r_turnstile
    // 0.99. Two street cameras of unknown status with c = 0.5 each and one confirmed metro
    // camera with c = 0.8:
    //   city:  C = 2 ln 2, 1 - exp(-C) = 0.75, P_city = 0.9 * 0.6 * 0.75 = 0.405
    //   metro: P_metro = 0.99 * 1 * 0.8 = 0.792
    //   P = 1 - (1 - 0.405)(1 - 0.792) = 1 - 0.595 * 0.208 = 0.87624
    //   E = 0.6 * (0.5 + 0.5) + 1 * 0.8 = 1.4
    const ExposureModels models(ModelParameters::builtIn());
    ExposureTally t;
    const FrGroup street{CameraSystem::City, Param::QStreetUnknown};
    const FrGroup metro{CameraSystem::Metro, Param::QConfirmed};
    t.addCapture(street, {0.5, 0.5, 0.5});
    t.addCapture(street, {0.5, 0.5, 0.5});
    t.addCapture(metro, {0.8, 0.8, 0.8});
    QVERIFY(std::abs(probabilityOf(t.identificationHazard(models).central) - 0.87624) < 1e-12);
    QVERIFY(std::abs(t.expectedCaptures(models).central - 1.4) < 1e-12);
    // Independent draws per camera would give 1 - (1 - 0.27)^2 (1 - 0.792) = 0.8891568: the
    // shared q of the two street cameras lowers the chance, never raises it.
    QVERIFY(probabilityOf(t.identificationHazard(models).central) < 0.8891568);
    // Low end: q_street_unknown 0.02, r_video 0.6, r_turnstile 0.95, q_confirmed 1:
    //   P = 1 - (1 - 0.6 * 0.02 * 0.75)(1 - 0.95 * 0.8) = 1 - 0.991 * 0.24 = 0.76216
    QVERIFY(std::abs(probabilityOf(t.identificationHazard(models).low) - 0.76216) < 1e-12);
    // A weight shares a camera out: half a camera with c = 0.8 is C = 0.5 * -ln 0.2.
    ExposureTally half;
    half.addCapture(metro, {0.8, 0.8, 0.8}, {0.5, 0.5, 0.5});
    QVERIFY(std::abs(half.groups().front().captureHazard[1] - 0.5 * -std::log(0.2)) < 1e-12);
    QVERIFY(std::abs(half.expectedCaptures(models).central - 0.4) < 1e-12);
}

void TstRouteExposure::groupsShareOneUnknown()
{
    // Ten confirmed-status cameras saturate at r, not at 1: P = r_turnstile (1 - 0.5^10) for
    // the metro with c = 0.5 each; E grows with every camera (10 * 0.5 = 5).
    const ExposureModels models(ModelParameters::builtIn());
    ExposureTally t;
    for (int i = 0; i < 10; ++i)
        t.addCapture({CameraSystem::Metro, Param::QConfirmed}, {0.5, 0.5, 0.5});
    QVERIFY(std::abs(probabilityOf(t.identificationHazard(models).central) -
                     0.99 * (1.0 - std::pow(0.5, 10))) < 1e-12);
    QVERIFY(std::abs(t.expectedCaptures(models).central - 5.0) < 1e-12);
    // The low end keeps r's low end (0.95): the range reflects the match rate's uncertainty.
    QVERIFY(probabilityOf(t.identificationHazard(models).low) < 0.951);
    // The unmapped prior's q is 1: its density counts face-recognition cameras.
    QCOMPARE(models.central.groupShare(kUnmappedGroup), 1.0);
}

void TstRouteExposure::turnstileLineIsOneLook()
{
    // One station, one entrance; its turnstile line reports 1 or 5 confirmed cameras. A
    // passenger walks through one turnstile: the same look either way (zone_cameras_turnstiles
    // = 1 at the central value), and one checkpoint.
    auto cityWith = [](int turnstileCameras) {
        Dataset d;
        d.header.context = QStringLiteral("moscow");
        Line line{LineId{0}};
        Station a, b;
        a.id = StationId{0};
        b.id = StationId{1};
        a.position = {55.75, 37.60};
        b.position = {55.76, 37.62};
        line.stations = {a.id, b.id};
        Entrance e{EntranceId{0}, a.id, {55.7505, 37.6005}, QStringLiteral("1")};
        a.entrances = {e.id};
        Zone z{ZoneId{0}, a.id, ZoneKind::Turnstiles, turnstileCameras, FrStatus::Confirmed, e.id};
        a.zones = {z.id};
        d.network.lines = {line};
        d.network.stations = {a, b};
        d.network.entrances = {e};
        d.network.zones = {z};
        return std::make_shared<const Dataset>(d);
    };
    std::array<double, 2> looks{};
    for (int i = 0; i < 2; ++i) {
        const auto d = cityWith(i == 0 ? 1 : 5);
        QVERIFY(validateDataset(*d).empty());
        const RoutePlanner planner(d, parameters(*d));
        RouteRequest request;
        request.from = stationOnly(*d, StationId{0});
        request.to = stationOnly(*d, StationId{1});
        request.mode = TravelMode::MetroOnly;
        const auto r = planner.fastest(request);
        QVERIFY(r);
        QCOMPARE(r->legs.front().kind, LegKind::Entry);
        QCOMPARE(r->legs.front().figures.frCheckpoints, 1);
        looks[std::size_t(i)] = r->legs.front().tally.groups().size() == 0
                                    ? 0.0
                                    : r->legs.front().figures.expectedFrCaptures.central;
        checkFigures(*r);
    }
    QVERIFY(looks[0] > 0.0);
    QVERIFY(std::abs(looks[0] - looks[1]) < 1e-12);
}

void TstRouteExposure::entrancesOfOneStationDiffer()
{
    // The training city gives every third face-recognition station a side entrance whose
    // turnstiles have no cameras. Its entry must differ from the others', and the least exposed
    // trip from that station must go in there.
    const auto city = trainingCity();
    const RoutePlanner planner(city, parameters(*city));
    const TransitGraph &g = planner.graph();
    const Network &n = city->network;
    int stationsTried = 0;
    for (const Station &s : n.stations) {
        // A station where one entrance's turnstiles have no face recognition and another's do.
        EntranceId side = kNoId<EntranceId>;
        bool otherWithFr = false;
        for (ZoneId z : s.zones)
            if (n.zone(z).kind == ZoneKind::Turnstiles && isSet(n.zone(z).entrance)) {
                if (n.zone(z).frStatus == FrStatus::None)
                    side = n.zone(z).entrance;
                else
                    otherWithFr = otherWithFr || n.zone(z).frStatus == FrStatus::Confirmed;
            }
        if (!isSet(side) || !otherWithFr)
            continue;
        // Entries by entrance: the side one passes no face-recognition checkpoint, the others
        // one each, and its chance differs from theirs.
        double sideHazard = INFINITY;
        std::vector<double> others;
        for (std::uint32_t node : g.streetNodesOf(s.id))
            for (const GraphEdge &e : g.edgesFrom(node))
                if (e.kind == EdgeKind::Entry) {
                    const int checkpoints = g.detailOf(e).figures.frCheckpoints;
                    if (g.entranceOf(node) == side) {
                        sideHazard = e.hazard.central;
                        QCOMPARE(checkpoints, 0);
                    } else {
                        others.push_back(e.hazard.central);
                        QCOMPARE(checkpoints, 1);
                    }
                }
        QVERIFY(!others.empty());
        for (double h : others)
            QVERIFY2(sideHazard != h, qPrintable(s.name.native));
        // From this station to a station two stops along its line, by metro.
        const Line &line = n.line(s.line);
        const auto at = std::find(line.stations.begin(), line.stations.end(), s.id);
        const std::size_t i = std::size_t(at - line.stations.begin());
        const StationId to = i + 2 < line.stations.size() ? line.stations[i + 2]
                                                          : line.stations[i >= 2 ? i - 2 : 0];
        if (to == s.id)
            continue;
        RouteRequest request;
        request.from = stationOnly(*city, s.id);
        request.to = stationOnly(*city, to);
        request.mode = TravelMode::MetroOnly;
        const auto safest = planner.leastExposed(request);
        QVERIFY(safest);
        QCOMPARE(safest->legs.front().kind, LegKind::Entry);
        QCOMPARE(safest->legs.front().from.entrance, side);
        QCOMPARE(safest->legs.front().figures.frCheckpoints, 0);
        checkFigures(*safest);
        ++stationsTried;
    }
    QVERIFY2(stationsTried >= 3, qPrintable(QString::number(stationsTried)));
}

void TstRouteExposure::metroRangeReflectsMatchRate()
{
    // Birch Grove to Fountain Square through face-recognition turnstiles: under model v1 this
    // read "9-10 of 10" at both ends. Now the low end follows the unknowns' low ends (r 0.95,
    // q of unknown zones, capture), well below 9 of 10, and the high end stays below 1.
    const auto city = trainingCity();
    const PlaceResolver resolver(*city);
    RouteRequest request;
    request.from = *resolver.resolve(QStringLiteral("Birch Grove")).place;
    request.to = *resolver.resolve(QStringLiteral("Fountain Square")).place;
    request.mode = TravelMode::MetroOnly;
    const RoutePlanner planner(city, parameters(*city));
    const auto r = planner.fastest(request);
    QVERIFY(r);
    checkFigures(*r);
    QVERIFY(r->figures.frCheckpoints >= 1);
    const auto [low, high] = RiskWording::rangeOutOfTen(r->hazard);
    QVERIFY2(low <= 8, qPrintable(QString::number(low)));
    QVERIFY(probabilityOf(r->hazard.high) < 1.0);
    // Expected captures do not saturate: more than one look, with a range.
    QVERIFY(r->figures.expectedFrCaptures.central > 1.0);
    QVERIFY(r->figures.expectedFrCaptures.high > r->figures.expectedFrCaptures.central);
}

void TstRouteExposure::bruteForceOracle()
{
    // 200 small random cities: fastest equals the quickest of every simple path, least exposed
    // the least exposed of them; the Pareto front covers every path within the near-duplicate
    // margins and no path beats a route it shows; every shown figure adds up from the legs.
    // Exhaustive search enumerates the same graph independently of the planner's searches, and
    // scores each path with the same exact scoring.
    QRandomGenerator rng(20261206);
    int cities = 0, exactLeast = 0, paths = 0, fullyCovered = 0;
    for (int attempt = 0; cities < 200 && attempt < 400; ++attempt) {
        const auto city = std::make_shared<const Dataset>(randomCity(rng));
        QVERIFY2(validateDataset(*city).empty(), qPrintable(QString::number(attempt)));
        const RoutePlanner planner(city, parameters(*city));
        RouteRequest request;
        const auto count = std::uint32_t(city->network.stations.size());
        const StationId from{rng.bounded(count)};
        StationId to{rng.bounded(count)};
        if (to == from)
            to = StationId{(indexOf(from) + 1) % count};
        request.from = stationOnly(*city, from);
        request.to = stationOnly(*city, to);
        bool complete = false;
        const std::vector<Route> all = everyRoute(planner, request, 20000, &complete);
        if (!complete || all.empty())
            continue;
        ++cities;
        paths += int(all.size());
        const auto fastest = planner.fastest(request);
        const auto safest = planner.leastExposed(request);
        const std::vector<Route> front = planner.pareto(request);
        QVERIFY(fastest && safest && !front.empty());
        double quickest = INFINITY;
        const Route *best = &all.front();
        for (const Route &r : all) {
            quickest = std::min(quickest, r.durationSeconds);
            if (lessExposed(r, *best))
                best = &r;
        }
        QVERIFY2(std::abs(fastest->durationSeconds - quickest) < 1e-6,
                 qPrintable(QStringLiteral("city %1: %2 s against %3 s")
                                .arg(attempt)
                                .arg(fastest->durationSeconds)
                                .arg(quickest)));
        // Least exposed: never worse than the fastest; the exhaustive optimum is counted.
        QVERIFY(!lessExposed(*fastest, *safest));
        if (std::abs(safest->hazard.central - best->hazard.central) <=
            1e-9 * std::max(1.0, best->hazard.central))
            ++exactLeast;
        // The front covers every path within the margins, and no path beats a route it shows.
        bool coversAll = true;
        for (const Route &p : all) {
            bool covered = false;
            for (const Route &r : front)
                covered = covered ||
                          (r.durationSeconds <= p.durationSeconds + kSameDurationSeconds + 1e-6 &&
                           r.hazard.central <= p.hazard.central + kSameHazard + 1e-9);
            coversAll = coversAll && covered;
            for (const Route &r : front)
                QVERIFY2(
                    !(p.durationSeconds < r.durationSeconds - kSameDurationSeconds &&
                      p.hazard.central < r.hazard.central - kSameHazard),
                    qPrintable(QStringLiteral("city %1: a shown route is beaten").arg(attempt)));
        }
        fullyCovered += coversAll;
        // The exact fastest and least exposed routes are on the front.
        QVERIFY(std::any_of(front.begin(), front.end(), [&](const Route &r) {
            return std::abs(r.durationSeconds - quickest) <= kSameDurationSeconds + 1e-6;
        }));
        QVERIFY(std::any_of(front.begin(), front.end(), [&](const Route &r) {
            return std::abs(r.hazard.central - best->hazard.central) <= kSameHazard + 1e-9;
        }));
        for (const Route &r : front)
            checkFigures(r);
        checkFigures(*fastest);
        checkFigures(*safest);
    }
    QCOMPARE(cities, 200);
    qInfo("oracle: %d cities, %d paths, least exposed equal to the exhaustive optimum in %d, "
          "front covering every path in %d",
          cities, paths, exactLeast, fullyCovered);
    QCOMPARE(exactLeast, cities);
    QCOMPARE(fullyCovered, cities);
}

void TstRouteExposure::avoidedStationsARidePasses()
{
    // In the training city, a ride of several stops; avoiding a station it only passes through
    // must give a route that neither stops at nor passes through it.
    const auto city = trainingCity();
    const RoutePlanner planner(city, parameters(*city));
    const Network &n = city->network;
    int checked = 0;
    for (const Line &line : n.lines) {
        if (line.stations.size() < 5 || checked >= 4)
            continue;
        RouteRequest request;
        request.from = stationOnly(*city, line.stations[0]);
        request.to = stationOnly(*city, line.stations[4]);
        request.mode = TravelMode::MetroOnly;
        const auto before = planner.fastest(request);
        QVERIFY(before);
        // The station in the middle of the ride.
        StationId middle = kNoId<StationId>;
        for (const RouteLeg &leg : before->legs)
            if (leg.kind == LegKind::Ride && leg.passedStations.size() >= 2)
                middle = leg.passedStations[leg.passedStations.size() / 2 - 1];
        if (!isSet(middle))
            continue;
        request.avoidStations = {middle};
        for (const auto &route : {planner.fastest(request), planner.leastExposed(request)}) {
            if (!route)
                continue;
            for (const RouteLeg &leg : route->legs) {
                for (const Place *p : {&leg.from, &leg.to})
                    QVERIFY(std::find(p->stations.begin(), p->stations.end(), middle) ==
                            p->stations.end());
                QVERIFY(std::find(leg.passedStations.begin(), leg.passedStations.end(),
                                  middle) == leg.passedStations.end());
            }
        }
        for (const Route &route : planner.pareto(request))
            for (const RouteLeg &leg : route.legs)
                QVERIFY(std::find(leg.passedStations.begin(), leg.passedStations.end(),
                                  middle) == leg.passedStations.end());
        ++checked;
    }
    QVERIFY(checked >= 2);
}

void TstRouteExposure::metamorphicRelations()
{
    // On random cities, along every simple path (scored exactly): a camera added anywhere never
    // lowers expected captures or the chance; a hall camera added at the entrance a path enters
    // by raises its expected captures; removing every camera never raises anything; shifting the
    // whole city changes nothing; the event profile is never lower.
    QRandomGenerator rng(7);
    int cities = 0;
    for (int attempt = 0; cities < 30 && attempt < 100; ++attempt) {
        const Dataset base = randomCity(rng);
        const auto city = std::make_shared<const Dataset>(base);
        const RoutePlanner planner(city, parameters(base));
        RouteRequest request;
        request.from = stationOnly(base, StationId{0});
        request.to = stationOnly(base, StationId{std::uint32_t(base.network.stations.size() - 1)});
        bool complete = false;
        const std::vector<Route> all = everyRoute(planner, request, 3000, &complete);
        if (!complete)
            continue;
        ++cities;

        // The same paths in a changed city: the graph keeps its nodes and edges when only
        // cameras change or the whole city moves, so a path is its edges' ends and kinds.
        std::vector<PathKey> keys;
        everyRoute(planner, request, 3000, &complete, &keys);
        QCOMPARE(keys.size(), all.size());
        auto samePathIn = [&](const RoutePlanner &other, const Route &r,
                              const RouteRequest *in = nullptr) -> std::optional<Route> {
            const std::size_t i = std::size_t(&r - all.data());
            std::vector<const GraphEdge *> edges;
            for (const auto &[from, to, kind] : keys[i]) {
                const GraphEdge *match = nullptr;
                for (const GraphEdge &e : other.graph().edgesFrom(from))
                    if (e.to == to && e.kind == kind)
                        match = &e;
                if (!match)
                    return std::nullopt;
                edges.push_back(match);
            }
            return other.routeAlong(in ? *in : request, edges);
        };

        // 1. A street camera of unknown status anywhere near the first entrance.
        Dataset more = base;
        Camera c;
        c.id = CameraId{std::uint32_t(more.cameras.size())};
        const LatLon e0 = base.network.entrances.front().position;
        c.position = {e0.lat + (rng.generateDouble() - 0.5) * 0.004,
                      e0.lon + (rng.generateDouble() - 0.5) * 0.004};
        c.kind = CameraKind::Ptz;
        more.cameras.push_back(c);
        const RoutePlanner plannerMore(std::make_shared<const Dataset>(more), parameters(more));
        for (const Route &r : all) {
            const auto after = samePathIn(plannerMore, r);
            QVERIFY(after);
            // (A camera outside the city's box moves the tangent plane's centre: distances change
            // by up to a few parts in 100,000.)
            for (Bound b : kBounds) {
                QVERIFY(after->hazard.at(b) >= r.hazard.at(b) * (1.0 - 1e-4) - 1e-12);
                QVERIFY(after->figures.expectedFrCaptures.at(b) >=
                        r.figures.expectedFrCaptures.at(b) * (1.0 - 1e-4) - 1e-12);
            }
        }
        // 2. A confirmed hall camera at the entrance the first metro path enters by.
        const auto entering = std::find_if(all.begin(), all.end(), [](const Route &r) {
            return !r.legs.empty() && r.legs.front().kind == LegKind::Entry;
        });
        if (entering != all.end()) {
            const EntranceId e = entering->legs.front().from.entrance;
            Dataset hall = base;
            Camera h;
            h.id = CameraId{std::uint32_t(hall.cameras.size())};
            h.anchorStation = base.network.entrance(e).station;
            h.anchorZone = ZoneKind::EntranceHall;
            h.anchorEntrance = e;
            h.kind = CameraKind::Dome;
            h.frStatus = FrStatus::Confirmed;
            hall.cameras.push_back(h);
            // A camera nobody had counted: where the hall's cameras were counted, one more.
            for (Zone &z : hall.network.zones)
                if (z.kind == ZoneKind::EntranceHall && z.station == h.anchorStation &&
                    (z.entrance == e || !isSet(z.entrance)) && z.reportedCameras)
                    ++*z.reportedCameras;
            const RoutePlanner plannerHall(std::make_shared<const Dataset>(hall),
                                           parameters(hall));
            const auto after = samePathIn(plannerHall, *entering);
            QVERIFY(after);
            for (Bound b : kBounds)
                QVERIFY(after->figures.expectedFrCaptures.at(b) >
                        entering->figures.expectedFrCaptures.at(b));
        }
        // 3. No cameras at all: none mapped, and every zone that had a count reports none
        // (removing only the mapped ones would leave the reports' cameras unmapped, of unknown
        // status, which may well raise the estimate).
        // Zones nobody reported on get a report of none too: otherwise a mapped turnstile
        // camera known not to feed FR, once removed, leaves its place in the turnstile line to
        // an assumed one of unknown status, which rightly raises the estimate.
        Dataset none = base;
        none.cameras.clear();
        for (Zone &z : none.network.zones)
            z.reportedCameras = 0;
        for (Station &s : none.network.stations)
            for (int k = 0; k < kZoneKindCount; ++k) {
                const auto kind = static_cast<ZoneKind>(k);
                const bool reported = std::any_of(s.zones.begin(), s.zones.end(), [&](ZoneId z) {
                    return none.network.zone(z).kind == kind &&
                           !isSet(none.network.zone(z).entrance);
                });
                if (reported)
                    continue;
                Zone z;
                z.id = ZoneId{std::uint32_t(none.network.zones.size())};
                z.station = s.id;
                z.kind = kind;
                z.reportedCameras = 0;
                s.zones.push_back(z.id);
                none.network.zones.push_back(z);
            }
        const RoutePlanner plannerNone(std::make_shared<const Dataset>(none), parameters(none));
        for (const Route &r : all) {
            const auto after = samePathIn(plannerNone, r);
            QVERIFY(after);
            for (Bound b : kBounds) {
                QVERIFY(after->hazard.at(b) <= r.hazard.at(b) * (1.0 + 1e-4) + 1e-12);
                QVERIFY(after->figures.expectedFrCaptures.at(b) <=
                        r.figures.expectedFrCaptures.at(b) * (1.0 + 1e-4) + 1e-12);
            }
            QVERIFY(after->figures.secondsInView <= r.figures.secondsInView * (1.0 + 1e-4) + 1e-9);
        }
        // 4. The whole city 0.01 degrees north-east: the same figures (the tangent plane
        // moves with it; distances change by far less than the tolerance).
        const Dataset moved = shifted(base, 0.01, 0.01);
        const RoutePlanner plannerMoved(std::make_shared<const Dataset>(moved), parameters(moved));
        RouteRequest movedRequest = request;
        movedRequest.from = stationOnly(moved, request.from.stations.front());
        movedRequest.to = stationOnly(moved, request.to.stations.front());
        for (const Route &r : all) {
            const auto after = samePathIn(plannerMoved, r, &movedRequest);
            QVERIFY(after);
            QVERIFY(std::abs(after->hazard.central - r.hazard.central) <=
                    1e-3 * std::max(1e-3, r.hazard.central));
            QVERIFY(std::abs(after->figures.expectedFrCaptures.central -
                             r.figures.expectedFrCaptures.central) <=
                    1e-3 * std::max(1e-3, r.figures.expectedFrCaptures.central));
        }
        // 5. An alert day is never lower.
        const RoutePlanner alert(city, parameters(base, QStringLiteral("event")));
        for (const Route &r : all) {
            const auto after = samePathIn(alert, r);
            QVERIFY(after);
            for (Bound b : kBounds) {
                QVERIFY(after->hazard.at(b) >= r.hazard.at(b) - 1e-12);
                QVERIFY(after->figures.expectedFrCaptures.at(b) >=
                        r.figures.expectedFrCaptures.at(b) - 1e-12);
            }
        }
    }
    QCOMPARE(cities, 30);
}

void TstRouteExposure::privateCamerasInAnUnknownContext()
{
    // A community map of private home cameras in a town nobody described (no context): a walk
    // of about 300 m past three of them, each looking at the walker, is not "likely". With
    // q_private_unknown 0.02 (0-0.1) the chance is about 2 in 100 at most.
    Dataset d;
    const LocalProjection projection({60.17, 24.94});
    for (int i = 0; i < 3; ++i) {
        Camera c;
        c.id = CameraId{std::uint32_t(i)};
        c.position = projection.toLatLon({4.0, 60.0 + 90.0 * i});
        c.headingDegrees = 180.0; // facing the walker coming up from the south
        c.system = CameraSystem::Private;
        d.cameras.push_back(c);
    }
    const auto city = std::make_shared<const Dataset>(d);
    const RoutePlanner planner(city, parameters(d));
    QCOMPARE(planner.graph().models().central.parameter(Param::QPrivateUnknown), 0.02);
    RouteRequest request;
    request.from.position = projection.toLatLon({0.0, 0.0});
    request.to.position = projection.toLatLon({0.0, 300.0});
    const auto r = planner.fastest(request);
    QVERIFY(r);
    checkFigures(*r);
    QCOMPARE(r->figures.camerasInView.size(), std::size_t(3));
    const double p = probabilityOf(r->hazard.central);
    QVERIFY2(p < 0.1, qPrintable(QString::number(p)));
    QCOMPARE(RiskWording::word(p), RiskWording::word(0.0));
    // The same cameras reported as part of a city network in Moscow would be another matter.
    Dataset moscow = d;
    moscow.header.context = QStringLiteral("moscow");
    for (Camera &c : moscow.cameras)
        c.system = CameraSystem::City;
    const RoutePlanner there(std::make_shared<const Dataset>(moscow), parameters(moscow));
    QVERIFY(there.fastest(request)->hazard.central > 5.0 * r->hazard.central);
}

void TstRouteExposure::contextsAndProfiles()
{
    // No context, or one this build does not know, gets the unknown region's priors.
    Dataset d;
    QCOMPARE(contextOf(d), QStringLiteral("unknown"));
    d.header.context = QStringLiteral("Atlantis");
    QCOMPARE(contextOf(d), QStringLiteral("unknown"));
    d.header.context = QStringLiteral("moscow");
    QCOMPARE(contextOf(d), QStringLiteral("moscow"));
    const ModelParameters unknown =
        std::get<ModelParameters>(ModelParameters::builtIn().forContext(QStringLiteral("unknown")));
    QCOMPARE(unknown.value(Param::QStreetUnknown), 0.1);
    QCOMPARE(unknown.value(Param::QStreetUnknown, Bound::High), 0.6);
    QCOMPARE(unknown.value(Param::UnmappedFrPerKm2, Bound::Low), 0.0);
    QCOMPARE(ModelParameters::builtIn().value(Param::QStreetUnknown), 0.6);
    // Every parameter of every context's alert day is at least its ordinary day, at each end.
    for (const QString &context : ModelParameters::builtIn().contextNames()) {
        const ModelParameters ordinary =
            std::get<ModelParameters>(ModelParameters::builtIn().forContext(context));
        const ModelParameters event =
            std::get<ModelParameters>(ordinary.forProfile(QStringLiteral("event")));
        for (std::size_t i = 0; i < kParamCount; ++i)
            for (Bound b : kBounds) {
                const auto p = static_cast<Param>(i);
                const bool raises = ordinary.info(p).raisesExposure;
                const double a = ordinary.value(p, b), e = event.value(p, b);
                QVERIFY2(raises ? e >= a : e <= a,
                         qPrintable(context + QLatin1Char(' ') + parameterKey(p)));
            }
    }
    QVERIFY(isError(ModelParameters::builtIn().forContext(QStringLiteral("Atlantis"))));
}

void TstRouteExposure::oddCities()
{
    // No cameras, no stations, one station, no streets, a pack from elsewhere: every mode gives
    // finite figures, and the words agree with the numbers.
    QRandomGenerator rng(99);
    std::vector<std::pair<QString, Dataset>> cities;
    cities.push_back({QStringLiteral("empty"), Dataset{}});
    Dataset noCameras = randomCity(rng);
    noCameras.cameras.clear();
    cities.push_back({QStringLiteral("no cameras"), noCameras});
    Dataset noStations;
    noStations.streets.nodes = {{-33.86, 151.20}, {-33.87, 151.21}};
    noStations.streets.edges = {{StreetNodeId{0}, StreetNodeId{1}, 1400.0}};
    Camera c;
    c.position = {-33.865, 151.205};
    noStations.cameras.push_back(c);
    cities.push_back({QStringLiteral("no stations, southern hemisphere"), noStations});
    Dataset one;
    Station s;
    s.position = {55.75, 37.6};
    one.network.stations = {s};
    Line line{LineId{0}};
    line.stations = {s.id};
    one.network.lines = {line};
    cities.push_back({QStringLiteral("one station"), one});
    for (const auto &[name, data] : cities) {
        QVERIFY2(validateDataset(data).empty(), qPrintable(name));
        const auto city = std::make_shared<const Dataset>(data);
        const RoutePlanner planner(city, parameters(data));
        const LatLon base =
            data.streets.nodes.empty() ? LatLon{55.75, 37.6} : data.streets.nodes[0];
        RouteRequest request;
        request.from.position = base;
        request.to.position = {base.lat + 0.01, base.lon + 0.005};
        for (TravelMode mode : {TravelMode::Any, TravelMode::WalkOnly, TravelMode::MetroOnly}) {
            request.mode = mode;
            std::vector<Route> routes = planner.pareto(request);
            for (const auto &r : {planner.fastest(request), planner.leastExposed(request)})
                if (r)
                    routes.push_back(*r);
            if (mode != TravelMode::MetroOnly)
                QVERIFY2(!routes.empty(), qPrintable(name));
            for (const Route &r : routes) {
                checkFigures(r);
                QVERIFY(r.durationSeconds > 0.0);
                const QString words = RiskWording::summary(r.hazard) +
                                      RiskWording::wordWithRange(r.hazard) +
                                      RiskWording::identifiedIn(r.probability());
                QVERIFY2(!words.contains(QLatin1String("nan")) &&
                             !words.contains(QLatin1String("inf")),
                         qPrintable(words));
                // The word never contradicts its number, and the range contains it.
                const double p = r.probability();
                const int n = RiskWording::outOfTen(p);
                const auto [low, high] = RiskWording::rangeOutOfTen(r.hazard);
                QVERIFY(low <= n && n <= high);
                const QString word = RiskWording::word(p);
                const std::pair<int, int> allowed =
                    word == RiskWording::word(0.0)    ? std::pair{0, 1}
                    : word == RiskWording::word(0.2)  ? std::pair{1, 3}
                    : word == RiskWording::word(0.5)  ? std::pair{3, 7}
                    : word == RiskWording::word(0.75) ? std::pair{6, 9}
                                                      : std::pair{9, 10};
                QVERIFY2(allowed.first <= n && n <= allowed.second,
                         qPrintable(QStringLiteral("%1 for %2 of 10").arg(word).arg(n)));
            }
        }
    }
}

void TstRouteExposure::monacoWithoutCameras()
{
    const QString path = QStringLiteral(BLINDSPOT_SHARED_DATA "/osm-city/monaco.osm.pbf");
    if (!QFileInfo::exists(path))
        QSKIP("../shared/data/osm-city/monaco.osm.pbf is absent");
    const Result<Dataset> read = importFile(path, std::nullopt, ImportOptions{});
    QVERIFY(!isError(read));
    const auto city = std::make_shared<const Dataset>(std::get<Dataset>(read));
    QVERIFY(city->cameras.empty() && city->network.stations.empty());
    QVERIFY(!city->streets.nodes.empty());
    QCOMPARE(contextOf(*city), QStringLiteral("unknown"));
    const RoutePlanner planner(city, parameters(*city));
    QVERIFY(planner.graph().hasPlace());
    // From the Prince's Palace to the Casino (1146 m as the crow flies).
    RouteRequest request;
    request.from.position = {43.73103, 7.42009};
    request.to.position = {43.73966, 7.42788};
    const double straight = haversineMetres(request.from.position, request.to.position);
    for (TravelMode mode : {TravelMode::Any, TravelMode::WalkOnly}) {
        request.mode = mode;
        const auto fastest = planner.fastest(request);
        const auto safest = planner.leastExposed(request);
        const std::vector<Route> front = planner.pareto(request);
        QVERIFY(fastest && safest && front.size() == 1);
        for (const Route &r : {*fastest, *safest, front.front()}) {
            checkFigures(r);
            // Walked along the streets at 1.35 m/s. Worked out independently with networkx on
            // the same walkable ways read from `osmium cat -f opl` (haversine lengths, nearest
            // nodes of the largest connected part): 29.2 m to the streets, 1687.4 m along
            // them, 21.6 m from them, 1738.2 m in all (straight: 1145.7 m).
            QVERIFY2(std::abs(r.figures.walkMetres - 1738.2) < 10.0,
                     qPrintable(QString::number(r.figures.walkMetres)));
            QVERIFY(std::abs(r.durationSeconds - r.figures.walkMetres / 1.35) < 1.0);
            QVERIFY(straight < 1146.0);
            QCOMPARE(r.legs.size(), std::size_t(1));
            QVERIFY(r.legs.front().path.size() > 20);
            QCOMPARE(r.figures.camerasInView.size(), std::size_t(0));
            QCOMPARE(r.figures.secondsInView, 0.0);
            // Nothing surveyed: all of it is the prior, and the range says so in km.
            QVERIFY(std::abs(r.figures.unsurveyedWalkMetres - r.figures.walkMetres) < 1.0);
            QVERIFY(r.hazard.low < r.hazard.central && r.hazard.central < r.hazard.high);
        }
    }
}

void TstRouteExposure::trackWalkedAsItIs()
{
    // A 100 m walk due north, past one confirmed camera 1 m to its east at 50 m, looking south
    // towards the walker. Worked by hand:
    //   all round within 20 m: |y - 50| <= sqrt(20^2 - 1^2) = 19.975, so the walker is in view
    //   from 30.025 m for 39.950 m, as close as 1 m;
    //   the chance is one camera, one group: P = r_video * q_confirmed * c = 0.9 * 1 * c, with c
    //   from the capture model for the time in its identification sector.
    Dataset d;
    d.header.context = QStringLiteral("moscow");
    const LocalProjection projection({55.75, 37.60});
    Camera c;
    c.position = projection.toLatLon({1.0, 50.0});
    c.headingDegrees = 180.0;
    c.frStatus = FrStatus::Confirmed;
    c.system = CameraSystem::City;
    c.heightMetres = 2.0;
    d.cameras.push_back(c);
    // A survey area over the whole walk, complete: no unmapped prior.
    SurveyArea area;
    area.polygon = {projection.toLatLon({-100, -100}), projection.toLatLon({100, -100}),
                    projection.toLatLon({100, 200}), projection.toLatLon({-100, 200})};
    area.completeness = 1.0;
    area.surveyed = QDate(2026, 1, 1);
    d.surveyAreas.push_back(area);
    d.sources.push_back({SourceId{0}, QStringLiteral("s")});
    d.surveyAreas.front().source = SourceId{0};
    QVERIFY(validateDataset(d).empty());
    const auto city = std::make_shared<const Dataset>(d);
    const RoutePlanner planner(city, parameters(d));
    const std::vector<LatLon> points{projection.toLatLon({0, 0}), projection.toLatLon({0, 100})};
    const RoutePlanner::TrackExposure e = planner.exposureAlong(points, 20.0);
    checkFigures(e.route);
    QVERIFY(std::abs(e.route.figures.walkMetres - 100.0) < 0.05);
    QVERIFY(std::abs(e.route.durationSeconds - 100.0 / 1.35) < 0.05);
    QCOMPARE(e.route.figures.unsurveyedWalkMetres, 0.0);
    QCOMPARE(e.views.size(), std::size_t(1));
    QVERIFY(std::abs(e.views[0].firstMetres - 30.025) < 0.05);
    QVERIFY(std::abs(e.views[0].metres - 39.950) < 0.05);
    QVERIFY(std::abs(e.views[0].closestMetres - 1.0) < 0.05);
    QVERIFY(std::abs(e.route.figures.walkMetresInView - 39.950) < 0.05);
    QVERIFY(std::abs(e.route.figures.secondsInFrView - 39.950 / 1.35) < 0.05);
    // The chance, composed by hand from the model's capture chance for this pass.
    const ExposureModels &models = planner.graph().models();
    const ExposureModel &m = models.central;
    const LocalXY a = planner.graph().projection().toLocal(points[0]);
    const LocalXY b = planner.graph().projection().toLocal(points[1]);
    const double chance = m.captureChance(
        c, m.coverageAlong(m.coverageOf(c, planner.graph().projection().toLocal(c.position)), a, b,
                           1.35));
    QVERIFY(chance > 0.1);
    QVERIFY(std::abs(e.route.probability() - 0.9 * chance) < 1e-9);
    QVERIFY(std::abs(e.route.figures.expectedFrCaptures.central - chance) < 1e-9);
    // Without a fixed range, "in view" is the camera's field of view out to view_range_m.
    const RoutePlanner::TrackExposure sector = planner.exposureAlong(points);
    QVERIFY(sector.route.figures.walkMetresInView < e.route.figures.walkMetresInView);
    QCOMPARE(sector.route.hazard.central, e.route.hazard.central);
}

void TstRouteExposure::tracksRead_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("points"); // -1: an error
    QTest::addColumn<int>("line");   // of the error, when located by line
    QTest::newRow("gpx track, two segments")
        << QByteArray("<gpx version=\"1.1\"><trk><trkseg><trkpt lat=\"55.1\" lon=\"37.1\"/>"
                      "<trkpt lat=\"55.2\" lon=\"37.2\"/></trkseg><trkseg><trkpt lat=\"55.3\" "
                      "lon=\"37.3\"/></trkseg></trk></gpx>")
        << 3 << 0;
    QTest::newRow("gpx route only")
        << QByteArray("<gpx><rte><rtept lat=\"1\" lon=\"2\"/><rtept lat=\"1.1\" lon=\"2\"/>"
                      "</rte></gpx>")
        << 2 << 0;
    QTest::newRow("latitude out of range")
        << QByteArray("<gpx>\n<trk><trkseg>\n<trkpt lat=\"95\" lon=\"37\"/></trkseg></trk></gpx>")
        << -1 << 3;
    QTest::newRow("one point")
        << QByteArray("<gpx><trk><trkseg><trkpt lat=\"5\" lon=\"37\"/></trkseg></trk></gpx>") << -1
        << 0;
    QTest::newRow("not gpx") << QByteArray("<kml></kml>") << -1 << 1;
    QTest::newRow("geojson line") << QByteArray(
        "{\"type\":\"LineString\",\"coordinates\":[[37.1,55.1],[37.2,55.2]]}") << 2 << 0;
    QTest::newRow("geojson features")
        << QByteArray(
               "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
               "{\"type\":\"Point\",\"coordinates\":[1,2]}},{\"type\":\"Feature\",\"geometry\":{"
               "\"type\":"
               "\"MultiLineString\",\"coordinates\":[[[37.1,55.1],[37.2,55.2]],[[37.3,55.3],[37.4,"
               "55.4]]]}}"
               "]}")
        << 4 << 0;
    QTest::newRow("geojson swapped coordinates") << QByteArray(
        "{\"type\":\"LineString\",\"coordinates\":[[37.1,155.1],[37.2,55.2]]}") << -1 << 0;
    QTest::newRow("geojson broken") << QByteArray("{\"type\":\n\"LineString\",,}") << -1 << 2;
}

void TstRouteExposure::tracksRead()
{
    QFETCH(QByteArray, file);
    QFETCH(int, points);
    QFETCH(int, line);
    const Result<Track> read = readTrackBytes(file, QStringLiteral("walk"));
    if (points < 0) {
        QVERIFY(isError(read));
        const ParseError &e = std::get<ParseError>(read);
        QCOMPARE(e.file, QStringLiteral("walk"));
        if (line > 0)
            QCOMPARE(e.line, line);
        return;
    }
    QVERIFY(!isError(read));
    QCOMPARE(int(std::get<Track>(read).points.size()), points);
}

QTEST_GUILESS_MAIN(TstRouteExposure)
#include "tst_route_exposure.moc"
