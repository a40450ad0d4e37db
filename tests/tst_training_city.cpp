#include "common/embedded_data.h"
#include "core/geo/local_projection.h"
#include "core/io/pack_io.h"
#include "core/model/dataset.h"
#include "core/sample/random.h"
#include "core/sample/synthetic_city.h"
#include "core/sample/training_city.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <map>

#include <algorithm>
#include <cmath>

using namespace blindspot;

namespace {

QByteArray describe(const std::vector<ModelIssue> &issues)
{
    if (issues.empty())
        return {};
    return QStringLiteral("%1 issues, first: %2 %3")
        .arg(issues.size())
        .arg(issues.front().locator(), issues.front().detail)
        .toUtf8();
}

bool hasThreeLanguages(const LocalizedName &name)
{
    for (const char *language : {"en", "ru", "uk"})
        if (name.byLanguage.value(QLatin1String(language)).isEmpty())
            return false;
    return !name.native.isEmpty();
}

const Zone &zoneOf(const Dataset &d, const Station &s, ZoneKind kind)
{
    for (ZoneId z : s.zones)
        if (d.network.zone(z).kind == kind)
            return d.network.zone(z);
    static const Zone none;
    return none;
}

// FNV-1a, 64 bit: a fingerprint of the generated city that does not depend on the pack format.
class Fingerprint {
public:
    void add(std::int64_t v)
    {
        for (int i = 0; i < 8; ++i) {
            m_hash ^= static_cast<std::uint64_t>(v >> (8 * i)) & 0xFF;
            m_hash *= 0x100000001b3ULL;
        }
    }
    void add(LatLon p)
    {
        add(std::llround(p.lat * 1e7));
        add(std::llround(p.lon * 1e7));
    }
    void add(const std::optional<double> &v) { add(v ? std::llround(*v * 10.0) : -1); }
    std::uint64_t value() const { return m_hash; }

private:
    std::uint64_t m_hash = 0xcbf29ce484222325ULL;
};

std::uint64_t fingerprintOf(const Dataset &d)
{
    Fingerprint f;
    for (const Station &s : d.network.stations) {
        f.add(s.position);
        f.add(static_cast<std::int64_t>(s.entrances.size()));
    }
    for (const Entrance &e : d.network.entrances)
        f.add(e.position);
    for (const Zone &z : d.network.zones) {
        f.add(static_cast<std::int64_t>(z.frStatus));
        f.add(z.reportedCameras.value_or(-1));
    }
    for (const Link &l : d.network.links) {
        f.add(std::llround(l.durationSeconds));
        f.add(std::llround(l.lengthMetres));
    }
    for (const Camera &c : d.cameras) {
        f.add(c.position);
        f.add(static_cast<std::int64_t>(c.kind));
        f.add(static_cast<std::int64_t>(c.frStatus));
        f.add(c.headingDegrees);
        f.add(c.fovDegrees);
        f.add(c.heightMetres);
        f.add(static_cast<std::int64_t>(c.mount));
        for (const Sighting &s : c.sightings) {
            f.add(indexOf(s.source));
            f.add(s.observed.toJulianDay());
            f.add(s.observers);
        }
    }
    for (const SurveyArea &a : d.surveyAreas)
        for (const LatLon &p : a.polygon)
            f.add(p);
    return f.value();
}

} // namespace

class TstTrainingCity : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void randomIsReproducible();
    void randomRanges();

    void trainingCityIsValid();
    void trainingCityIsMarkedFictional();
    void lines();
    void stationsAreFittedOut();
    void namesInThreeLanguages();
    void complexes();
    void links();
    void cameras();
    void stationsWithoutFrTurnstiles();
    void surveyAreas();
    void trainingCityIsDeterministic();
    void trainingCityFingerprint();
    void embeddedCityIsTheGeneratedOne();

    void syntheticCityIsValid_data();
    void syntheticCityIsValid();
    void syntheticCityShape();
    void syntheticCityIsDeterministicPerSeed();
    void syntheticCityDensityFallsFromCentre();
    void syntheticCityFingerprint();
    void syntheticCityIsFast();

private:
    Dataset m_city;
};

void TstTrainingCity::initTestCase()
{
    m_city = makeTrainingCity();
}

void TstTrainingCity::randomIsReproducible()
{
    // xoshiro256** seeded by SplitMix64 from 0: the first outputs, worked out with a separate
    // Python transcription of the reference code at prng.di.unimi.it (splitmix64.c feeding
    // xoshiro256starstar.c).
    Random r(0);
    QCOMPARE(r.nextU64(), 0x99ec5f36cb75f2b4ULL);
    QCOMPARE(r.nextU64(), 0xbf6e1f784956452aULL);
    QCOMPARE(r.nextU64(), 0x1a5f849d4933e6e0ULL);
    Random a(42);
    Random b(42);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(a.nextU64(), b.nextU64());
}

void TstTrainingCity::randomRanges()
{
    Random r(7);
    bool sawLow = false;
    bool sawHigh = false;
    double sum = 0.0;
    double sumSquares = 0.0;
    constexpr int kDraws = 100000;
    for (int i = 0; i < kDraws; ++i) {
        const double u = r.uniform();
        QVERIFY(u >= 0.0 && u < 1.0);
        const int k = r.uniformInt(-2, 3);
        QVERIFY(k >= -2 && k <= 3);
        sawLow = sawLow || k == -2;
        sawHigh = sawHigh || k == 3;
        const double z = r.normal();
        sum += z;
        sumSquares += z * z;
    }
    QVERIFY(sawLow && sawHigh);
    QCOMPARE(r.uniformInt(5, 5), 5);
    QCOMPARE(r.uniformInt(5, 4), 5);
    // Mean and variance of 1e5 standard normals: standard errors 0.003 and 0.0045, so these
    // bounds are more than six of them wide.
    QVERIFY(std::abs(sum / kDraws) < 0.02);
    QVERIFY(std::abs(sumSquares / kDraws - 1.0) < 0.03);
    QCOMPARE(r.weightedIndex(std::array{0.0, 1.0, 0.0}), 1);
}

void TstTrainingCity::trainingCityIsValid()
{
    const auto issues = validateDataset(m_city);
    QVERIFY2(issues.empty(), describe(issues).constData());
}

void TstTrainingCity::trainingCityIsMarkedFictional()
{
    const DatasetHeader &h = m_city.header;
    QVERIFY(h.fictional);
    QCOMPARE(h.id, QStringLiteral("org.blindspot.training-city"));
    QCOMPARE(h.version, std::uint64_t(3));
    QVERIFY(h.name.contains(QLatin1String("fictional")));
    QCOMPARE(h.created, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(!h.expires.isValid());
    QCOMPARE(h.licence, QStringLiteral("CC0-1.0"));
    QVERIFY(!h.publisher.isEmpty());
    QVERIFY(!h.attribution.isEmpty());

    // In the open Black Sea, far from any real street: the whole city within 43.0-43.4 N and
    // 33.7-34.3 E (the nearest coast, Crimea's, is at 44.4 N).
    const GeoBox box = summarize(m_city).bounds;
    QVERIFY(box.south > 43.0 && box.north < 43.4);
    QVERIFY(box.west > 33.7 && box.east < 34.3);
}

void TstTrainingCity::lines()
{
    const auto &lines = m_city.network.lines;
    const auto rings =
        std::count_if(lines.begin(), lines.end(), [](const Line &l) { return l.isRing; });
    QCOMPARE(rings, 1);
    QVERIFY(lines.size() - rings >= 6);
    QVERIFY(m_city.network.stations.size() >= 60);

    QSet<std::uint32_t> colours;
    QSet<QString> refs;
    for (const Line &l : lines) {
        QVERIFY(l.stations.size() >= 2);
        QVERIFY(l.colourRgb <= 0xFFFFFF);
        colours.insert(l.colourRgb);
        refs.insert(l.ref);
        for (StationId s : l.stations)
            QCOMPARE(m_city.network.station(s).line, l.id);
    }
    QCOMPARE(colours.size(), qsizetype(lines.size()));
    QCOMPARE(refs.size(), qsizetype(lines.size()));
}

void TstTrainingCity::stationsAreFittedOut()
{
    const Network &n = m_city.network;
    for (const Station &s : n.stations) {
        QVERIFY(s.entrances.size() >= 2 && s.entrances.size() <= 4);
        for (std::size_t k = 0; k < s.entrances.size(); ++k) {
            const Entrance &e = n.entrance(s.entrances[k]);
            QCOMPARE(e.station, s.id);
            QCOMPARE(e.ref, QString::number(k + 1));
            // Placed 40-150 m away on the tangent plane; haversine agrees to well under a metre.
            const double metres = haversineMetres(s.position, e.position);
            QVERIFY2(metres > 39.0 && metres < 151.0, qPrintable(QString::number(metres)));
        }
        // A hall, a turnstile line and an escalator per entrance; one platform, transfer
        // corridor and train zone for the station.
        QCOMPARE(s.zones.size(), 3 * s.entrances.size() + 3);
        QSet<int> kinds;
        std::map<std::pair<std::uint32_t, int>, int> perEntrance;
        for (ZoneId z : s.zones) {
            const Zone &zone = n.zone(z);
            QCOMPARE(zone.station, s.id);
            kinds.insert(int(zone.kind));
            QCOMPARE(isSet(zone.entrance), isEntranceZone(zone.kind));
            if (isSet(zone.entrance)) {
                QCOMPARE(n.entrance(zone.entrance).station, s.id);
                ++perEntrance[{indexOf(zone.entrance), int(zone.kind)}];
            }
        }
        QCOMPARE(kinds.size(), kZoneKindCount);
        QCOMPARE(perEntrance.size(), 3 * s.entrances.size());
    }
    const auto unknownCounts = std::count_if(n.zones.begin(), n.zones.end(),
                                             [](const Zone &z) { return !z.reportedCameras; });
    QVERIFY(unknownCounts > 0);
}

void TstTrainingCity::namesInThreeLanguages()
{
    const Network &n = m_city.network;
    for (const Line &l : n.lines)
        QVERIFY2(hasThreeLanguages(l.name), qPrintable(l.ref));
    bool sawYo = false;
    QSet<QString> englishOutsideComplexes;
    QSet<int> complexesSeen;
    for (const Station &s : n.stations) {
        QVERIFY2(hasThreeLanguages(s.name), qPrintable(s.name.native));
        QCOMPARE(s.name.native, s.name.byLanguage.value(QStringLiteral("ru")));
        sawYo =
            sawYo || s.name.native.contains(QChar(0x0401)) || s.name.native.contains(QChar(0x0451));
        // Stations of one complex may share a name; any other two stations may not.
        if (isSet(s.complex)) {
            if (complexesSeen.contains(int(indexOf(s.complex))))
                continue;
            complexesSeen.insert(int(indexOf(s.complex)));
        }
        const QString en = s.name.byLanguage.value(QStringLiteral("en"));
        QVERIFY2(!englishOutsideComplexes.contains(en), qPrintable(en));
        englishOutsideComplexes.insert(en);
    }
    QVERIFY(sawYo);
    for (const StationComplex &c : n.complexes)
        QVERIFY(hasThreeLanguages(c.name));

    // "Ёлочная" is found by "елочная", as a user without a ё key types it.
    const auto fir = std::find_if(n.stations.begin(), n.stations.end(), [](const Station &s) {
        return foldedForSearch(s.name.native) == foldedForSearch(QString::fromUtf8("елочная"));
    });
    QVERIFY(fir != n.stations.end());
}

void TstTrainingCity::complexes()
{
    const Network &n = m_city.network;
    std::size_t largest = 0;
    bool namedDifferently = false;
    for (const StationComplex &c : n.complexes) {
        QVERIFY(c.stations.size() >= 2);
        largest = std::max(largest, c.stations.size());
        QSet<int> lines;
        for (StationId a : c.stations) {
            QCOMPARE(n.station(a).complex, c.id);
            lines.insert(int(indexOf(n.station(a).line)));
            for (StationId b : c.stations) {
                QVERIFY(haversineMetres(n.station(a).position, n.station(b).position) < 150.0);
                if (n.station(a).name != n.station(b).name)
                    namedDifferently = true;
            }
        }
        QCOMPARE(lines.size(), qsizetype(c.stations.size())); // one platform per line
    }
    QVERIFY(largest >= 3); // the central squares join three lines
    QVERIFY(namedDifferently);

    // The ring crosses every radial line at a transfer.
    const auto ring =
        std::find_if(n.lines.begin(), n.lines.end(), [](const Line &l) { return l.isRing; });
    QSet<int> linesMetOnRing;
    for (StationId s : ring->stations) {
        if (!isSet(n.station(s).complex))
            continue;
        for (StationId other : n.complex(n.station(s).complex).stations)
            linesMetOnRing.insert(int(indexOf(n.station(other).line)));
    }
    QCOMPARE(linesMetOnRing.size(), qsizetype(n.lines.size()));
}

void TstTrainingCity::links()
{
    const Network &n = m_city.network;
    int rides = 0;
    int transfers = 0;
    int entries = 0;
    for (const Link &l : n.links) {
        switch (l.kind) {
        case LinkKind::Ride: {
            ++rides;
            QCOMPARE(n.station(l.from).line, n.station(l.to).line);
            // 41.6 km/h is 11.556 m/s, the operating speed with the stops included (nothing is
            // added per stop), rounded to whole seconds.
            const double expected = l.lengthMetres / (41.6 / 3.6);
            QVERIFY2(
                std::abs(l.durationSeconds - expected) <= 1.0,
                qPrintable(
                    QStringLiteral("%1 s for %2 m").arg(l.durationSeconds).arg(l.lengthMetres)));
            // The generator measures on the ellipsoid's tangent plane, haversine on a sphere:
            // they differ by up to 0.5 %.
            const double straight =
                haversineMetres(n.station(l.from).position, n.station(l.to).position);
            QVERIFY(std::abs(l.lengthMetres - straight) < 0.01 * straight);
            break;
        }
        case LinkKind::Transfer:
            ++transfers;
            QCOMPARE(n.station(l.from).complex, n.station(l.to).complex);
            QVERIFY(isSet(n.station(l.from).complex));
            QVERIFY(l.durationSeconds >= 120.0 && l.durationSeconds <= 300.0);
            QVERIFY(l.lengthMetres >= 100.0 && l.lengthMetres <= 250.0);
            break;
        case LinkKind::Entry:
            ++entries;
            QCOMPARE(l.from, l.to);
            QCOMPARE(n.entrance(l.entrance).station, l.from);
            QVERIFY(l.durationSeconds >= 60.0 && l.durationSeconds <= 180.0);
            break;
        }
    }
    // Each line's adjacent stations, the ring closed; every pair within a complex; every
    // entrance.
    int expectedRides = 0;
    for (const Line &l : n.lines)
        expectedRides += int(l.stations.size()) - (l.isRing ? 0 : 1);
    int expectedTransfers = 0;
    for (const StationComplex &c : n.complexes)
        expectedTransfers += int(c.stations.size() * (c.stations.size() - 1) / 2);
    QCOMPARE(rides, expectedRides);
    QCOMPARE(transfers, expectedTransfers);
    QCOMPARE(entries, int(n.entrances.size()));
}

void TstTrainingCity::cameras()
{
    const auto &cameras = m_city.cameras;
    QVERIFY(cameras.size() >= 1800 && cameras.size() <= 2300);
    std::array<int, 4> byFr{};
    std::array<int, 5> byKind{};
    std::array<int, 5> byMount{};
    int anchored = 0;
    int withoutHeading = 0;
    for (const Camera &c : cameras) {
        ++byFr[std::size_t(c.frStatus)];
        ++byKind[std::size_t(c.kind)];
        QVERIFY(c.position.isValid());
        QVERIFY(c.sightings.size() >= 1 && c.sightings.size() <= 2);
        for (const Sighting &s : c.sightings) {
            QVERIFY(s.observed.isValid());
            QVERIFY(s.observers >= 1 && s.observers <= 3);
        }
        if (!c.headingDegrees)
            ++withoutHeading;
        if (c.fovDegrees)
            QVERIFY(*c.fovDegrees >= 40.0 && *c.fovDegrees <= 110.0);
        if (isSet(c.anchorStation)) {
            ++anchored;
            QVERIFY(c.anchorZone.has_value());
            // Inside the station: near its platform or one of its entrances.
            QVERIFY(haversineMetres(c.position, m_city.network.station(c.anchorStation).position) <
                    200.0);
        } else {
            QVERIFY(!c.anchorZone.has_value());
            QVERIFY(c.kind != CameraKind::Turnstile);
            if (c.heightMetres)
                QVERIFY(*c.heightMetres >= 2.5 && *c.heightMetres <= 8.0);
        }
        if (c.kind == CameraKind::Turnstile) {
            QCOMPARE(c.anchorZone, std::optional<ZoneKind>(ZoneKind::Turnstiles));
            QCOMPARE(c.mount, CameraMount::Other); // built into the gate
        }
        ++byMount[std::size_t(c.mount)];
    }
    for (int count : byFr)
        QVERIFY(count > 50); // every FR status, in numbers worth showing
    for (int kind = 0; kind < 5; ++kind)
        QVERIFY(byKind[kind] > 50);
    QVERIFY(anchored > 500 && anchored < int(cameras.size()) - 500);
    for (CameraMount m : {CameraMount::Unknown, CameraMount::Wall, CameraMount::Pole,
                          CameraMount::Ceiling, CameraMount::Other})
        QVERIFY(byMount[std::size_t(m)] > 50);
    QVERIFY(withoutHeading > 100);
    QCOMPARE(m_city.sources.size(), std::size_t(3));
}

void TstTrainingCity::stationsWithoutFrTurnstiles()
{
    const Network &n = m_city.network;
    int withoutFr = 0;
    for (const Station &s : n.stations) {
        const Zone &turnstiles = zoneOf(m_city, s, ZoneKind::Turnstiles);
        if (turnstiles.frStatus == FrStatus::Confirmed)
            continue;
        ++withoutFr;
        // Their turnstile cameras, where any are mapped, say the same.
        for (const Camera &c : m_city.cameras)
            if (c.anchorStation == s.id && c.anchorZone == ZoneKind::Turnstiles)
                QCOMPARE(c.frStatus, turnstiles.frStatus);
    }
    QVERIFY(withoutFr >= 4 && withoutFr <= 6);
}

void TstTrainingCity::surveyAreas()
{
    const auto &areas = m_city.surveyAreas;
    QVERIFY(areas.size() >= 3 && areas.size() <= 5);
    for (const SurveyArea &a : areas) {
        QVERIFY(a.polygon.size() >= 5 && a.polygon.size() <= 8);
        QVERIFY(a.completeness >= 0.6 && a.completeness <= 0.9);
        QVERIFY(a.surveyed.isValid());
        QVERIFY(isSet(a.source));
        QVERIFY(!a.name.isEmpty());
    }
}

void TstTrainingCity::trainingCityIsDeterministic()
{
    const Dataset again = makeTrainingCity();
    QVERIFY(again == m_city);
    QCOMPARE(packBytes(again), packBytes(m_city));
}

void TstTrainingCity::trainingCityFingerprint()
{
    // Recorded from the generator. Equal datasets on every compiler and standard library are
    // the point of sample/random.h; a different value on one build means something there
    // (evaluation order, a std:: distribution, floating point) leaked into the city. A deliberate
    // change to the city must update this value and raise header.version.
    QCOMPARE(fingerprintOf(m_city), 0x3dd5798d712b855dULL);
}

void TstTrainingCity::embeddedCityIsTheGeneratedOne()
{
    // The build embeds the pack written by makeTrainingCity(); reading it back must give the
    // very same dataset, which also checks that the pack keeps every field the city uses.
    QCOMPARE(embeddedTrainingCityBytes(), packBytes(m_city));
    QVERIFY(embeddedTrainingCity() == m_city);
}

void TstTrainingCity::syntheticCityIsValid_data()
{
    QTest::addColumn<int>("cameras");
    QTest::addColumn<int>("stations");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<double>("sizeKm");
    QTest::newRow("test size") << 20000 << 120 << quint64(7) << 40.0;
    QTest::newRow("no network") << 50 << 0 << quint64(1) << 40.0;
    QTest::newRow("one station") << 10 << 1 << quint64(1) << 40.0;
    QTest::newRow("too few stations for a ring") << 10 << 5 << quint64(1) << 40.0;
    QTest::newRow("two stations a line") << 10 << 28 << quint64(1) << 40.0;
    QTest::newRow("no cameras") << 0 << 60 << quint64(3) << 40.0;
    QTest::newRow("crowded small city") << 1000 << 2000 << quint64(5) << 1.0;
    QTest::newRow("size not a number") << 100 << 30 << quint64(9) << qQNaN();
    QTest::newRow("negative counts") << -5 << -1 << quint64(9) << 40.0;
}

void TstTrainingCity::syntheticCityIsValid()
{
    QFETCH(int, cameras);
    QFETCH(int, stations);
    QFETCH(quint64, seed);
    QFETCH(double, sizeKm);
    const Dataset d = makeSyntheticCity({cameras, stations, seed, sizeKm});
    const auto issues = validateDataset(d);
    QVERIFY2(issues.empty(), describe(issues).constData());
    QCOMPARE(int(d.cameras.size()), std::max(0, cameras));
    QCOMPARE(int(d.network.stations.size()), std::max(0, stations));
    QVERIFY(d.header.fictional);
    QCOMPARE(d.header.name, QStringLiteral("Synthetic city (seed %1)").arg(seed));
    for (const Line &l : d.network.lines)
        QVERIFY(l.stations.size() >= (stations >= 2 ? 2u : 1u));
    for (const Station &s : d.network.stations) {
        QCOMPARE(s.entrances.size(), std::size_t(2));
        QCOMPARE(s.zones.size(), std::size_t(kZoneKindCount));
    }
    for (const StationComplex &c : d.network.complexes)
        QVERIFY(c.stations.size() >= 2 && c.stations.size() <= 5);
    for (const Camera &c : d.cameras)
        QCOMPARE(c.sightings.size(), std::size_t(1));
}

void TstTrainingCity::syntheticCityShape()
{
    const Dataset d = makeSyntheticCity({20000, 300, 1, 40.0});
    const Network &n = d.network;
    QCOMPARE(n.lines.size(), std::size_t(14));
    QCOMPARE(std::count_if(n.lines.begin(), n.lines.end(), [](const Line &l) { return l.isRing; }),
             1);
    QVERIFY(n.complexes.size() >= 10);
    QCOMPARE(d.sources.size(), std::size_t(1));
    const auto anchored = std::count_if(d.cameras.begin(), d.cameras.end(),
                                        [](const Camera &c) { return isSet(c.anchorStation); });
    QCOMPARE(anchored, 2000); // 10 % in stations

    // The city fills a 40 km square: 0.36 degrees of latitude, 0.64 of longitude at 55.5 N.
    const GeoBox box = summarize(d).bounds;
    QVERIFY(std::abs((box.north - box.south) - 0.36) < 0.02);
    QVERIFY(std::abs((box.east - box.west) - 0.635) < 0.03);
}

void TstTrainingCity::syntheticCityIsDeterministicPerSeed()
{
    const SyntheticCityOptions options{20000, 120, 7, 40.0};
    const Dataset a = makeSyntheticCity(options);
    QVERIFY(makeSyntheticCity(options) == a);
    QCOMPARE(packBytes(makeSyntheticCity(options)), packBytes(a));

    SyntheticCityOptions other = options;
    other.seed = 8;
    const Dataset b = makeSyntheticCity(other);
    QCOMPARE(b.cameras.size(), a.cameras.size());
    int samePosition = 0;
    for (std::size_t i = 0; i < a.cameras.size(); ++i)
        samePosition += a.cameras[i].position == b.cameras[i].position;
    QCOMPARE(samePosition, 0);
    QVERIFY(!(a.network.stations.front().position == b.network.stations.front().position));
}

void TstTrainingCity::syntheticCityDensityFallsFromCentre()
{
    const Dataset d = makeSyntheticCity({40000, 300, 11, 40.0});
    const LocalProjection projection(summarize(d).bounds.centre());
    int central = 0;
    int street = 0;
    for (const Camera &c : d.cameras) {
        if (isSet(c.anchorStation))
            continue;
        ++street;
        const LocalXY xy = projection.toLocal(c.position);
        // The middle quarter of the area (a 20 km square inside the 40 km one).
        if (std::abs(xy.xMetres) < 10000.0 && std::abs(xy.yMetres) < 10000.0)
            ++central;
    }
    // Spread evenly it would hold 25 %; the generator puts ~60 % of street cameras in a
    // Gaussian around the centre (about 80 % of which fall in that square), so ~55-60 %.
    QVERIFY2(central > 0.45 * street,
             qPrintable(QStringLiteral("%1 of %2").arg(central).arg(street)));
}

void TstTrainingCity::syntheticCityFingerprint()
{
    // Recorded from the generator, as for the training city: benchmarks compare runs on
    // different builds and must be measuring the same city.
    QCOMPARE(fingerprintOf(makeSyntheticCity({20000, 120, 7, 40.0})), 0xeb02b9e22ea61e87ULL);
}

void TstTrainingCity::syntheticCityIsFast()
{
    QElapsedTimer timer;
    timer.start();
    const Dataset d = makeSyntheticCity({});
    const qint64 ms = timer.elapsed();
    QCOMPARE(d.cameras.size(), std::size_t(160000));
    QCOMPARE(d.network.stations.size(), std::size_t(300));
    // Printed, not checked: a unit test holds no wall-clock limit on a shared machine.
    qInfo("160,000-camera synthetic city generated in %lld ms", static_cast<long long>(ms));
}

QTEST_GUILESS_MAIN(TstTrainingCity)
#include "tst_training_city.moc"
