// Walking directions: core's walkingSteps() on a hand-built street network whose steps are
// worked out by hand, their English wording, and a walk through the real Monaco extract whose
// named steps are checked against the OSM ways read independently with libosmium.
#include "core/exposure/model_parameters.h"
#include "core/geo/local_projection.h"
#include "core/io/osm/osm_reader.h"
#include "core/routing/route_planner.h"
#include "core/routing/walking_steps.h"
#include "common/route_text.h"
#include "common/walking_directions.h"

#include <osmium/handler.hpp>
#include <osmium/handler/node_locations_for_ways.hpp>
#include <osmium/index/map/flex_mem.hpp>
#include <osmium/io/pbf_input.hpp>
#include <osmium/visitor.hpp>

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <cmath>
#include <map>
#include <set>

using namespace blindspot;

namespace {

const LocalProjection kPlane(LatLon{43.73, 7.42});

LatLon at(double x, double y)
{
    return kPlane.toLatLon({x, y});
}

// The hand-built town, in metres east (x) and north (y) of its origin:
//
//   (0,200) C ---- Oak Lane ---- D ---- E -- Elm Road -- F =steps= G ~underpass~ H
//           |                  (100,200) (200,200)   (300,200)  (330,200)   (380,200)
//      Main Street                                                             | footway
//           |                                                                  I (380,300)
//   (0,0)   A ---- B (0,100) ---- C                                           /
//                                                                  J (320,340)
//
// Ways: 0 Main Street (residential), 1 Oak Lane (residential), 2 Elm Road (tertiary), 3 steps,
// 4 footway in a tunnel (underpass), 5 unnamed footway. Camera 0 stands by Oak Lane at
// (150,210), camera 1 by the steps at (315,195).
struct Town {
    Dataset dataset;
    std::vector<LatLon> points; // A..J
};

Town town()
{
    Town t;
    const std::vector<std::pair<double, double>> xy = {
        {0, 0},     {0, 100},   {0, 200},   {100, 200}, {200, 200},
        {300, 200}, {330, 200}, {380, 200}, {380, 300}, {320, 340}};
    StreetNetwork &s = t.dataset.streets;
    for (const auto &[x, y] : xy) {
        s.nodes.push_back(at(x, y));
        t.points.push_back(at(x, y));
    }
    const auto way = [&s](const char *name, const char *ru, StreetClass c, std::uint8_t f) {
        StreetWay w;
        w.name.native = QString::fromUtf8(name);
        if (*ru)
            w.name.byLanguage.insert(QStringLiteral("ru"), QString::fromUtf8(ru));
        w.streetClass = c;
        w.features = f;
        s.ways.push_back(w);
        return StreetWayId{std::uint32_t(s.ways.size() - 1)};
    };
    const StreetWayId main = way("Main Street", "Главная улица", StreetClass::Residential, 0);
    const StreetWayId oak = way("Oak Lane", "", StreetClass::Residential, 0);
    const StreetWayId elm = way("Elm Road", "", StreetClass::Tertiary, 0);
    const StreetWayId steps = way("", "", StreetClass::Steps, 0);
    const StreetWayId under =
        way("", "", StreetClass::Footway, std::uint8_t(StreetFeature::Tunnel));
    const StreetWayId foot = way("", "", StreetClass::Footway, 0);
    const auto edge = [&](std::uint32_t a, std::uint32_t b, StreetWayId w) {
        s.edges.push_back({StreetNodeId{a}, StreetNodeId{b},
                           haversineMetres(s.nodes[a], s.nodes[b]), w});
    };
    edge(0, 1, main);
    edge(1, 2, main);
    edge(2, 3, oak);
    edge(3, 4, oak);
    edge(4, 5, elm);
    edge(5, 6, steps);
    edge(6, 7, under);
    edge(7, 8, foot);
    edge(8, 9, foot);
    // A side street off B, which the walk does not take: it must not change anything.
    s.nodes.push_back(at(-100, 100));
    edge(1, 10, way("Side Street", "", StreetClass::Residential, 0));
    for (const auto &[x, y] : {std::pair(150.0, 210.0), std::pair(315.0, 195.0)}) {
        Camera c;
        c.id = CameraId{std::uint32_t(t.dataset.cameras.size())};
        c.position = at(x, y);
        t.dataset.cameras.push_back(c);
    }
    return t;
}

// The walk from a point 8 m west of A through A..J to entrance 0 at J, as the planner hands it
// over: positions through another projection and back (so not bit for bit the street nodes).
RouteLeg townWalk(const Town &t)
{
    const LocalProjection other(LatLon{43.7, 7.4});
    RouteLeg leg;
    leg.kind = LegKind::Walk;
    leg.from.kind = Place::Kind::Point;
    leg.from.position = at(-8, 0);
    leg.to.kind = Place::Kind::Entrance;
    leg.to.entrance = EntranceId{0};
    leg.to.position = t.points.back();
    leg.path.push_back(other.toLatLon(other.toLocal(leg.from.position)));
    for (const LatLon &p : t.points)
        leg.path.push_back(other.toLatLon(other.toLocal(p)));
    // 8 + 200 + 200 + 100 + 30 + 50 + 100 + sqrt(60^2 + 40^2) = 760.111 m
    leg.lengthMetres = 688.0 + std::sqrt(60.0 * 60.0 + 40.0 * 40.0);
    leg.figures.camerasInView = {CameraIndex{0}, CameraIndex{1}};
    return leg;
}

QString streetOf(const Dataset &d, const WalkingStep &s)
{
    return isSet(s.way) ? d.streets.ways[indexOf(s.way)].name.native : QString();
}

// Named OSM ways read straight from a PBF with libosmium (not through the importer): for each
// node of a named highway, by position to 1e-7 degree, the names of the ways through it.
class NamedWays : public osmium::handler::Handler {
public:
    static std::pair<std::int64_t, std::int64_t> keyOf(LatLon p)
    {
        return {std::llround(p.lat * 1e7), std::llround(p.lon * 1e7)};
    }
    void way(const osmium::Way &way)
    {
        const char *highway = way.tags()["highway"];
        const char *name = way.tags()["name"];
        if (!highway || !name)
            return;
        for (const osmium::NodeRef &node : way.nodes())
            if (node.location().valid())
                namesAt[keyOf({node.location().lat(), node.location().lon()})].insert(
                    QString::fromUtf8(name));
    }
    std::map<std::pair<std::int64_t, std::int64_t>, std::set<QString>> namesAt;
};

} // namespace

class TstWalkingSteps : public QObject {
    Q_OBJECT
private slots:
    void turns_data();
    void turns();
    void handBuiltTown();
    void handBuiltTownInWords();
    void unnamedStraightWalk();
    void monacoStepsNameTheStreets();
};

void TstWalkingSteps::turns_data()
{
    QTest::addColumn<double>("degrees");
    QTest::addColumn<int>("turn");
    using T = WalkingStep::Turn;
    QTest::newRow("ahead") << 0.0 << int(T::Straight);
    QTest::newRow("24 right") << 24.0 << int(T::Straight);
    QTest::newRow("30 right") << 30.0 << int(T::SlightRight);
    QTest::newRow("90 left") << -90.0 << int(T::Left);
    QTest::newRow("270 is 90 left") << 270.0 << int(T::Left);
    QTest::newRow("350 is 10 left") << 350.0 << int(T::Straight);
    QTest::newRow("150 right") << 150.0 << int(T::SharpRight);
    QTest::newRow("200 is 160 left") << 200.0 << int(T::SharpLeft);
    QTest::newRow("134 right") << 134.0 << int(T::Right);
}

void TstWalkingSteps::turns()
{
    QFETCH(double, degrees);
    QFETCH(int, turn);
    QCOMPARE(int(turnOf(degrees)), turn);
}

void TstWalkingSteps::handBuiltTown()
{
    const Town t = town();
    const std::vector<WalkingStep> steps = walkingSteps(t.dataset, townWalk(t));
    using K = WalkingStep::Kind;
    using T = WalkingStep::Turn;
    // Worked by hand from the drawing above: the 8 m from the start point onto Main Street
    // joins Main Street (shorter than kMinStepMetres), which sets off north; right at C onto
    // Oak Lane; straight on at E, where the name changes; the steps and the underpass straight
    // on; left at H onto the footway (east to north); at I the footway bends 56 degrees left
    // (north to 303.7 degrees), more than kMinBendDegrees; then the entrance.
    struct Expected {
        K kind;
        T turn;
        double heading;
        double metres;
        const char *street;
        std::vector<CameraIndex> cameras;
    };
    const std::vector<Expected> expected = {
        {K::Depart, T::Straight, 0.0, 208.0, "Main Street", {}},
        {K::Continue, T::Right, 90.0, 200.0, "Oak Lane", {CameraIndex{0}}},
        {K::Continue, T::Straight, 90.0, 100.0, "Elm Road", {}},
        {K::Steps, T::Straight, 90.0, 30.0, "", {CameraIndex{1}}},
        {K::Underpass, T::Straight, 90.0, 50.0, "", {}},
        {K::Continue, T::Left, 0.0, 100.0, "", {}},
        {K::Continue, T::SlightLeft, 303.69, 72.11, "", {}},
        {K::Arrive, T::Straight, 303.69, 0.0, "", {}},
    };
    QCOMPARE(steps.size(), expected.size());
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const WalkingStep &s = steps[i];
        const Expected &e = expected[i];
        const QByteArray row = QByteArray::number(qulonglong(i));
        QVERIFY2(s.kind == e.kind, row);
        QVERIFY2(s.turn == e.turn, row);
        QVERIFY2(angleBetweenDegrees(s.headingDegrees, e.heading) < 0.1, row);
        QVERIFY2(std::abs(s.metres - e.metres) < 0.05, row + " " + QByteArray::number(s.metres));
        QCOMPARE(streetOf(t.dataset, s), QString::fromUtf8(e.street));
        QCOMPARE(s.cameras, e.cameras);
    }
    QCOMPARE(steps.back().arrival.entrance, EntranceId{0});
}

void TstWalkingSteps::handBuiltTownInWords()
{
    Town t = town();
    Station station;
    station.position = at(340, 380);
    station.name.native = QStringLiteral("Fir Tree");
    t.dataset.network.stations.push_back(station);
    Entrance entrance;
    entrance.position = t.points.back();
    entrance.ref = QStringLiteral("3");
    t.dataset.network.entrances.push_back(entrance);
    Route route;
    route.legs.push_back(townWalk(t));
    RouteLeg entry;
    entry.kind = LegKind::Entry;
    route.legs.push_back(entry);

    const RouteText text(t.dataset, QStringLiteral("ru"));
    const WalkingDirections directions(text);
    const QStringList words = [&] {
        QStringList out;
        for (const WalkingDirections::Line &line : directions.linesOf(route, 0))
            out << line.text + (line.cameras.isEmpty() ? QString() : " / " + line.cameras);
        return out;
    }();
    // Street names in the UI language where the map has it (Main Street in Russian), else
    // native; no translator is loaded, so the sentences are the English source. Distances are
    // rounded to tens of metres from 50 m (208 -> 210), whole metres below.
    const QString nbsp = QStringLiteral("\u00a0");
    const QStringList expected = {
        "Go north along Главная улица for 210" + nbsp + "m",
        "Turn right onto Oak Lane and walk 200" + nbsp + "m / 1 mapped camera sees you here",
        "Continue onto Elm Road for 100" + nbsp + "m",
        "Take the steps (30" + nbsp + "m) / 1 mapped camera sees you here",
        "Go through the underpass (50" + nbsp + "m)",
        "Turn left and walk 100" + nbsp + "m",
        "Turn slightly left and walk 70" + nbsp + "m",
        "Enter by entrance 3",
    };
    QCOMPARE(words, expected);
    // Not followed by an entry, the same walk arrives at the entrance.
    route.legs.pop_back();
    QCOMPARE(directions.linesOf(route, 0).back().text,
             QStringLiteral("Arrive at Fir Tree, entrance 3"));
}

void TstWalkingSteps::unnamedStraightWalk()
{
    // No street network: the walk is a straight line (its length with the detour factor).
    Dataset d;
    RouteLeg leg;
    leg.kind = LegKind::Walk;
    leg.from.position = at(0, 0);
    leg.to.position = at(247.49, 247.49); // 350 m north-east
    leg.path = {leg.from.position, leg.to.position};
    leg.lengthMetres = 350.0;
    Route route;
    route.legs.push_back(leg);
    const RouteText text(d, QStringLiteral("en"));
    const std::vector<WalkingDirections::Line> lines = WalkingDirections(text).linesOf(route, 0);
    QCOMPARE(lines.size(), std::size_t(2));
    QCOMPARE(lines[0].text, QStringLiteral("Go north-east for 350\u00a0m"));
    QCOMPARE(lines[0].step.kind, WalkingStep::Kind::Depart);
    QCOMPARE(lines[1].step.kind, WalkingStep::Kind::Arrive);
}

void TstWalkingSteps::monacoStepsNameTheStreets()
{
    const QString file = QDir(QStringLiteral(BLINDSPOT_SHARED_DATA))
                             .filePath(QStringLiteral("osm-city/monaco.osm.pbf"));
    if (!QFileInfo::exists(file))
        QSKIP("osm-city/monaco.osm.pbf is not in ../shared/data");
    Result<Dataset> read = readOsm(file, {});
    QVERIFY(!isError(read));
    auto dataset = std::make_shared<const Dataset>(std::move(std::get<Dataset>(read)));
    QVERIFY(!dataset->streets.ways.empty());

    // From the Prince's Palace square in Monaco-Ville to the Casino square in Monte-Carlo.
    RouteRequest request;
    request.from.position = {43.73135, 7.41995};
    request.to.position = {43.73945, 7.42775};
    request.mode = TravelMode::WalkOnly;
    const RoutePlanner planner(dataset, ModelParameters::builtIn());
    const std::optional<Route> route = planner.fastest(request);
    QVERIFY(route);
    QCOMPARE(route->legs.size(), std::size_t(1));
    const RouteLeg &leg = route->legs.front();
    QVERIFY(leg.path.size() > 10);
    const std::vector<WalkingStep> steps = walkingSteps(*dataset, leg);

    // The independent reading: every named highway way's segments, with node locations.
    NamedWays osm;
    {
        osmium::io::Reader reader(QFile::encodeName(file).toStdString(),
                                  osmium::osm_entity_bits::node | osmium::osm_entity_bits::way);
        osmium::index::map::FlexMem<osmium::unsigned_object_id_type, osmium::Location> index;
        osmium::handler::NodeLocationsForWays<decltype(index)> locations(index);
        osmium::apply(reader, locations, osm);
        reader.close();
    }

    // A named step starts on an OSM way of that name (the planner simplified the path it
    // hands over, so the step's first point is where the walk turns into the street); the first
    // step, which may start off the streets, starts or ends on one.
    const auto on = [&osm](LatLon p, const QString &name) {
        const auto it = osm.namesAt.find(NamedWays::keyOf(p));
        return it != osm.namesAt.end() && it->second.count(name) > 0;
    };
    QSet<QString> stepNames;
    for (std::size_t k = 0; k + 1 < steps.size(); ++k) {
        if (!isSet(steps[k].way))
            continue;
        const QString name = dataset->streets.ways[indexOf(steps[k].way)].name.native;
        stepNames.insert(name);
        QVERIFY2(on(steps[k].start, name) || (k == 0 && on(steps[k + 1].start, name)),
                 qPrintable(name));
    }
    QVERIFY2(stepNames.size() >= 3, "the walk names at least three streets");
}

QTEST_GUILESS_MAIN(TstWalkingSteps)
#include "tst_walking_steps.moc"
