#include "common/embedded_data.h"
#include "core/routing/place_resolver.h"
#include "core/routing/route_planner.h"
#include "core/sample/synthetic_city.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace blindspot;

namespace {

std::shared_ptr<const Dataset> trainingCity()
{
    static const auto city = std::make_shared<const Dataset>(embeddedTrainingCity());
    return city;
}

Place stationPlace(const Dataset &d, std::uint32_t index)
{
    return *PlaceResolver(d).resolve(QStringLiteral("station:%1").arg(index)).place;
}

bool hazardsOrdered(const Hazard &h)
{
    return h.low <= h.central + 1e-12 && h.central <= h.high + 1e-12;
}

/// Every invariant a single route must keep.
void checkRoute(const Route &r, const Dataset &d)
{
    QVERIFY(hazardsOrdered(r.hazard));
    QVERIFY(r.durationSeconds > 0.0);
    double legs = 0.0;
    for (const RouteLeg &leg : r.legs) {
        QVERIFY(hazardsOrdered(leg.hazard));
        QVERIFY(leg.durationSeconds >= 0.0);
        legs += leg.durationSeconds;
        if (leg.kind == LegKind::Ride)
            QVERIFY(leg.stops >= 1);
        for (const HazardSource &s : leg.sources)
            QVERIFY(hazardsOrdered(s.hazard));
        if (leg.kind == LegKind::Ride)
            QVERIFY(isSet(leg.line) && indexOf(leg.line) < d.network.lines.size());
    }
    QVERIFY(std::abs(legs - r.durationSeconds) < 1e-6);
    QVERIFY(r.assumedShare >= 0.0 && r.assumedShare <= 1.0);
}

bool routeVisits(const Route &r, StationId s)
{
    for (const RouteLeg &leg : r.legs)
        for (const Place *p : {&leg.from, &leg.to})
            if (p->kind != Place::Kind::Point &&
                std::find(p->stations.begin(), p->stations.end(), s) != p->stations.end())
                return true;
    return false;
}

void checkQuery(const RoutePlanner &planner, const RouteRequest &request)
{
    const auto fastest = planner.fastest(request);
    const auto safest = planner.leastExposed(request);
    const auto front = planner.pareto(request);
    QVERIFY(fastest && safest && !front.empty());
    checkRoute(*fastest, planner.dataset());
    checkRoute(*safest, planner.dataset());
    // The fastest route is never slower than any other; the least exposed never more exposed
    // than the fastest.
    QVERIFY(fastest->durationSeconds <= safest->durationSeconds + 1e-6);
    QVERIFY(safest->hazard.central <= fastest->hazard.central + 1e-12);
    for (std::size_t i = 0; i < front.size(); ++i) {
        checkRoute(front[i], planner.dataset());
        QVERIFY(fastest->durationSeconds <= front[i].durationSeconds + 1e-6);
        if (i > 0) {
            // Sorted by time, and each slower member is strictly less exposed.
            QVERIFY(front[i - 1].durationSeconds <= front[i].durationSeconds);
            QVERIFY(front[i].hazard.central < front[i - 1].hazard.central);
        }
        for (StationId avoided : request.avoidStations)
            QVERIFY(!routeVisits(front[i], avoided));
        if (request.budgetFactor > 0.0)
            QVERIFY(front[i].durationSeconds <=
                    fastest->durationSeconds * request.budgetFactor + 1e-6);
    }
    for (StationId avoided : request.avoidStations) {
        QVERIFY(!routeVisits(*fastest, avoided));
        QVERIFY(!routeVisits(*safest, avoided));
    }
}

} // namespace

class TstRoutePlanner : public QObject {
    Q_OBJECT
private slots:
    void resolvePlaces_data();
    void resolvePlaces();
    void suggestions();
    void walkOnlyByHand();
    void metroRouteHasItsSteps();
    void propertiesOnTrainingCity();
    void propertiesOnSyntheticCities();
    void avoidedStationNeverAppears();
    void addedFrCameraNeverLowersExposure();
    void eventDayIsMoreExposed();
    void explainsItself();
    void cliJson();
};

void TstRoutePlanner::resolvePlaces_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    const Dataset &d = *trainingCity();
    const Station &first = d.network.stations.front();
    QTest::newRow("native name") << first.name.native << int(Place::Kind::Station);
    QTest::newRow("english, upper case")
        << first.name.inLanguage("en").toUpper() << int(Place::Kind::Station);
    QTest::newRow("ukrainian") << first.name.inLanguage("uk") << int(Place::Kind::Station);
    QTest::newRow("station id") << "station:3" << int(Place::Kind::Station);
    QTest::newRow("bare id") << "3" << int(Place::Kind::Station);
    QTest::newRow("entrance") << "entrance:5" << int(Place::Kind::Entrance);
    QTest::newRow("coordinates") << "43.2, 34.0" << int(Place::Kind::Point);
}

void TstRoutePlanner::resolvePlaces()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    const auto r = PlaceResolver(*trainingCity()).resolve(text);
    QVERIFY2(r.place, qPrintable(text));
    QCOMPARE(int(r.place->kind), kind);
    QVERIFY(r.place->position.isValid());
}

void TstRoutePlanner::suggestions()
{
    const Dataset &d = *trainingCity();
    const PlaceResolver resolver(d);
    // ё and е are one letter for searching.
    for (const Station &s : d.network.stations) {
        const QString name = s.name.native;
        if (name.contains(QChar(0x0451)) || name.contains(QChar(0x0401))) {
            QString plain = name;
            plain.replace(QChar(0x0451), QChar(0x0435)).replace(QChar(0x0401), QChar(0x0415));
            const auto r = resolver.resolve(plain.toLower());
            QVERIFY2(r.place, qPrintable(plain));
            QVERIFY(std::find(r.place->stations.begin(), r.place->stations.end(), s.id) !=
                    r.place->stations.end());
        }
    }
    // A typo gets suggestions, not a place.
    QString typo = d.network.stations[5].name.inLanguage("en");
    typo.remove(2, 1);
    const auto r = resolver.resolve(typo);
    QVERIFY(!r.place);
    QVERIFY(!r.suggestions.empty());
    QVERIFY(std::any_of(r.suggestions.begin(), r.suggestions.end(), [&](StationId s) {
        return d.network.station(s).name.inLanguage("en") ==
               d.network.stations[5].name.inLanguage("en");
    }));
    QVERIFY(!resolver.resolve(QStringLiteral("entrance:999999")).place);
    QVERIFY(!resolver.resolve(QStringLiteral("95,0")).place);
    QCOMPARE(editDistance(QStringLiteral("kitten"), QStringLiteral("sitting")), 3);
}

void TstRoutePlanner::walkOnlyByHand()
{
    // Walking 1 km due north: 1000 m * 1.2 (detour) / 1.35 m/s = 888.89 s.
    const auto city = trainingCity();
    const RoutePlanner planner(city, ModelParameters::builtIn());
    const LocalProjection &proj = planner.graph().projection();
    RouteRequest request;
    request.mode = TravelMode::WalkOnly;
    request.from.position = proj.toLatLon({0, 0});
    request.to.position = proj.toLatLon({0, 1000});
    const auto r = planner.fastest(request);
    QVERIFY(r);
    QCOMPARE(r->legs.size(), std::size_t(1));
    QCOMPARE(r->legs[0].kind, LegKind::Walk);
    QVERIFY(std::abs(r->durationSeconds - 888.889) < 0.01);
    QVERIFY(std::abs(r->legs[0].lengthMetres - 1200.0) < 1e-6);
    QCOMPARE(r->transfers, 0);
}

void TstRoutePlanner::metroRouteHasItsSteps()
{
    const auto city = trainingCity();
    const RoutePlanner planner(city, ModelParameters::builtIn());
    RouteRequest request;
    request.from = stationPlace(*city, 0);
    request.to = stationPlace(*city, 40);
    request.mode = TravelMode::MetroOnly;
    const auto r = planner.fastest(request);
    QVERIFY(r);
    QVERIFY(r->legs.size() >= 3);
    QCOMPARE(r->legs.front().kind, LegKind::Entry);
    QCOMPARE(r->legs.back().kind, LegKind::Exit);
    int rides = 0;
    for (const RouteLeg &leg : r->legs)
        rides += leg.kind == LegKind::Ride;
    QCOMPARE(r->transfers, rides - 1);
    // Turnstiles only on the way in: the entry passes them, the exit does not.
    auto passesTurnstiles = [](const RouteLeg &leg) {
        return std::any_of(leg.sources.begin(), leg.sources.end(), [](const HazardSource &s) {
            return s.zone == ZoneKind::Turnstiles && s.kind != HazardSource::Kind::Unmapped;
        });
    };
    QVERIFY(passesTurnstiles(r->legs.front()));
    QVERIFY(!passesTurnstiles(r->legs.back()));
}

void TstRoutePlanner::propertiesOnTrainingCity()
{
    const auto city = trainingCity();
    const RoutePlanner planner(city, ModelParameters::builtIn());
    QRandomGenerator rng(2026);
    const auto stations = std::uint32_t(city->network.stations.size());
    for (int i = 0; i < 12; ++i) {
        RouteRequest request;
        request.from = stationPlace(*city, rng.bounded(stations));
        request.to = stationPlace(*city, rng.bounded(stations));
        if (request.from.stations == request.to.stations)
            continue;
        request.budgetFactor = i % 3 == 0 ? 1.5 : 0.0;
        checkQuery(planner, request);
    }
    // From a point to a point.
    const LocalProjection &proj = planner.graph().projection();
    RouteRequest request;
    request.from.position = proj.toLatLon({-3000, -2000});
    request.to.position = proj.toLatLon({2500, 3000});
    checkQuery(planner, request);
}

void TstRoutePlanner::propertiesOnSyntheticCities()
{
    for (std::uint64_t seed : {3u, 17u}) {
        SyntheticCityOptions options;
        options.cameras = 4000;
        options.stations = 40;
        options.seed = seed;
        options.sizeKm = 12.0;
        const auto city = std::make_shared<const Dataset>(makeSyntheticCity(options));
        const RoutePlanner planner(city, ModelParameters::builtIn());
        QRandomGenerator rng(seed);
        for (int i = 0; i < 6; ++i) {
            RouteRequest request;
            request.from = stationPlace(*city, rng.bounded(40u));
            request.to = stationPlace(*city, rng.bounded(40u));
            if (request.from.stations == request.to.stations)
                continue;
            checkQuery(planner, request);
        }
    }
}

void TstRoutePlanner::avoidedStationNeverAppears()
{
    const auto city = trainingCity();
    const RoutePlanner planner(city, ModelParameters::builtIn());
    RouteRequest request;
    request.from = stationPlace(*city, 0);
    request.to = stationPlace(*city, 40);
    const auto before = planner.fastest(request);
    QVERIFY(before);
    // Avoid every intermediate station of the fastest route in turn.
    std::vector<StationId> visited;
    for (const RouteLeg &leg : before->legs)
        if (leg.kind == LegKind::Ride)
            for (const Place *p : {&leg.from, &leg.to})
                for (StationId s : p->stations)
                    if (std::find(request.from.stations.begin(), request.from.stations.end(), s) ==
                            request.from.stations.end() &&
                        std::find(request.to.stations.begin(), request.to.stations.end(), s) ==
                            request.to.stations.end())
                        visited.push_back(s);
    QVERIFY(!visited.empty());
    for (StationId s : visited) {
        RouteRequest r = request;
        r.avoidStations = {s};
        if (auto route = planner.fastest(r)) {
            QVERIFY(!routeVisits(*route, s));
            QVERIFY(route->durationSeconds >= before->durationSeconds - 1e-6);
        }
        checkQuery(planner, r);
    }
}

void TstRoutePlanner::addedFrCameraNeverLowersExposure()
{
    const auto city = trainingCity();
    RouteRequest request;
    request.from = stationPlace(*city, 2);
    request.to = stationPlace(*city, 50);
    const RoutePlanner before(city, ModelParameters::builtIn());
    const auto fastestBefore = before.fastest(request);
    const auto safestBefore = before.leastExposed(request);
    QVERIFY(fastestBefore && safestBefore);

    // A confirmed FR camera in the hall of the entrance the fastest route goes in by. (At a
    // turnstile line a passenger passes one turnstile, so a camera added there changes which
    // cameras are confirmed, not how many look: see zoneTurnstileLineIsOneLook.)
    Dataset more = *city;
    QVERIFY(fastestBefore->legs.front().kind == LegKind::Entry ||
            fastestBefore->legs.size() > 1);
    const RouteLeg &entry = fastestBefore->legs.front().kind == LegKind::Entry
                                ? fastestBefore->legs.front()
                                : fastestBefore->legs[1];
    QCOMPARE(entry.kind, LegKind::Entry);
    QCOMPARE(entry.from.kind, Place::Kind::Entrance);
    const StationId entered = entry.to.stations.front();
    Camera c;
    c.id = CameraId{std::uint32_t(more.cameras.size())};
    c.anchorStation = entered;
    c.anchorZone = ZoneKind::EntranceHall;
    c.anchorEntrance = entry.from.entrance;
    c.kind = CameraKind::Dome;
    c.frStatus = FrStatus::Confirmed;
    c.position = more.network.entrance(entry.from.entrance).position;
    c.sightings = {{SourceId{0}, QDate(2026, 1, 1), 1, {}}};
    more.cameras.push_back(c);
    QVERIFY(validateDataset(more).empty());
    const RoutePlanner after(std::make_shared<const Dataset>(more), ModelParameters::builtIn());
    const auto fastestAfter = after.fastest(request);
    QVERIFY(fastestAfter);
    QCOMPARE(fastestAfter->durationSeconds, fastestBefore->durationSeconds);
    for (Bound b : kBounds) {
        QVERIFY(fastestAfter->hazard.at(b) >= fastestBefore->hazard.at(b) - 1e-12);
        QVERIFY(fastestAfter->figures.expectedFrCaptures.at(b) >
                fastestBefore->figures.expectedFrCaptures.at(b));
    }
    const CameraIndex added{std::uint32_t(more.cameras.size() - 1)};
    QVERIFY(std::binary_search(fastestAfter->figures.camerasInView.begin(),
                               fastestAfter->figures.camerasInView.end(), added));
    // And every route's hazard on every edge of the graph is at least what it was.
    for (std::uint32_t n = 0; n < before.graph().nodeCount(); ++n) {
        const auto a = before.graph().edgesFrom(n);
        const auto b = after.graph().edgesFrom(n);
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY(b[i].hazard.central >= a[i].hazard.central - 1e-12);
    }
}

void TstRoutePlanner::eventDayIsMoreExposed()
{
    const auto city = trainingCity();
    const auto event = ModelParameters::builtIn().forProfile(QStringLiteral("event"));
    QVERIFY(!isError(event));
    RouteRequest request;
    request.from = stationPlace(*city, 1);
    request.to = stationPlace(*city, 33);
    const auto ordinary = RoutePlanner(city, ModelParameters::builtIn()).fastest(request);
    const auto alert = RoutePlanner(city, std::get<ModelParameters>(event)).fastest(request);
    QVERIFY(ordinary && alert);
    QVERIFY(alert->hazard.central >= ordinary->hazard.central);
}

void TstRoutePlanner::explainsItself()
{
    const auto city = trainingCity();
    const RoutePlanner planner(city, ModelParameters::builtIn());
    RouteRequest request;
    request.from = stationPlace(*city, 5);
    request.to = stationPlace(*city, 60);
    const auto r = planner.fastest(request);
    QVERIFY(r);
    int chokepoints = 0;
    double sumOfLegs = 0.0;
    for (const RouteLeg &leg : r->legs) {
        chokepoints += leg.chokepoint;
        sumOfLegs += leg.hazard.central;
        double sources = 0.0;
        ExposureTally named;
        for (const HazardSource &s : leg.sources) {
            sources += s.hazard.central;
            named += s.tally;
        }
        // Each leg's hazard is exactly the composition of what it names, and at most their sum
        // (shared unknowns make the passes positively dependent).
        QVERIFY(std::abs(named.identificationHazard(planner.graph().models()).central -
                         leg.hazard.central) < 1e-9);
        QVERIFY(leg.hazard.central <= sources + 1e-9);
        for (std::size_t i = 1; i < leg.sources.size(); ++i)
            QVERIFY(leg.sources[i - 1].hazard.central >= leg.sources[i].hazard.central);
    }
    QVERIFY(chokepoints >= 1 && chokepoints <= 3);
    // Counting shared street cameras once can only lower the trip's total below the legs' sum.
    QVERIFY(r->hazard.central <= sumOfLegs + 1e-9);
}

void TstRoutePlanner::cliJson()
{
    QTemporaryDir dir;
    const QString pack = dir.filePath(QStringLiteral("city.bspack"));
    QProcess demo;
    demo.start(QStringLiteral(BLINDSPOT_CLI),
               {QStringLiteral("demo"), QStringLiteral("--out"), pack});
    QVERIFY(demo.waitForFinished());
    const Dataset &d = *trainingCity();
    QProcess route;
    route.start(QStringLiteral(BLINDSPOT_CLI),
                {QStringLiteral("route"), pack, QStringLiteral("--from"),
                 d.network.stations[0].name.native, QStringLiteral("--to"),
                 d.network.stations[40].name.inLanguage("en").toUpper(), QStringLiteral("--json")});
    QVERIFY(route.waitForFinished(60000));
    QCOMPARE(route.exitCode(), 0);
    const QJsonArray routes =
        QJsonDocument::fromJson(route.readAllStandardOutput()).object().value("routes").toArray();
    QVERIFY(!routes.isEmpty());
    double previous = 0.0;
    for (const QJsonValue &v : routes) {
        const QJsonObject r = v.toObject();
        QVERIFY(r.value("duration_s").toDouble() >= previous);
        previous = r.value("duration_s").toDouble();
        const QJsonObject e = r.value("exposure").toObject();
        QVERIFY(e.value("low").toDouble() <= e.value("p").toDouble());
        QVERIFY(e.value("p").toDouble() <= e.value("high").toDouble());
        QVERIFY(!r.value("legs").toArray().isEmpty());
        const QString kind = r.value("legs").toArray().first().toObject().value("kind").toString();
        QVERIFY(QStringList({"walk", "entry", "ride", "transfer", "exit"}).contains(kind));
    }
    // An unknown name: exit 1 with suggestions on stderr.
    QString typo = d.network.stations[5].name.inLanguage("en");
    typo.remove(2, 1);
    QProcess bad;
    bad.start(QStringLiteral(BLINDSPOT_CLI),
              {QStringLiteral("route"), pack, QStringLiteral("--from"), typo,
               QStringLiteral("--to"), QStringLiteral("station:1")});
    QVERIFY(bad.waitForFinished(60000));
    QCOMPARE(bad.exitCode(), 1);
    QVERIFY(bad.readAllStandardError().contains("Did you mean"));
    QProcess usage;
    usage.start(QStringLiteral(BLINDSPOT_CLI),
                {QStringLiteral("route"), pack, QStringLiteral("--from"), QStringLiteral("1")});
    QVERIFY(usage.waitForFinished(60000));
    QCOMPARE(usage.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TstRoutePlanner)
#include "tst_route_planner.moc"
