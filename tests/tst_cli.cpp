#include "cli_fixtures.h"
#include "core/io/pack_io.h"
#include "core/model/dataset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace blindspot;
using namespace blindspot::testing;

namespace {

// Whether a step's place or a station a ride passes names `station`: the station itself ("Hare
// Meadow") or one of its entrances ("Hare Meadow, entrance 1"), in any of its spellings.
bool names(const QString &place, const Station &station)
{
    for (const QString &name : station.name.allSpellings())
        if (place == name || place.startsWith(name + QStringLiteral(", ")))
            return true;
    return false;
}

// Whether `value` is a finite number.
bool finite(const QJsonValue &value)
{
    return value.isDouble() && std::isfinite(value.toDouble());
}

// A {"p", "low", "high"} object: finite, in order, at least 0 and, for a chance, at most 1.
bool orderedRange(const QJsonObject &range, bool chance)
{
    const double p = range.value("p").toDouble();
    const double low = range.value("low").toDouble();
    const double high = range.value("high").toDouble();
    return finite(range.value("p")) && finite(range.value("low")) && finite(range.value("high")) &&
           0.0 <= low && low <= p && p <= high && (!chance || high <= 1.0);
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Runs blindspot-cli with `input` on its standard input, then closes it.
CliRun cliWithInput(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral(BLINDSPOT_CLI), args);
    // A program that does not start fails below, where the reason is reported.
    if (p.waitForStarted(30000)) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!BLINDSPOT_WAIT_FINISHED(p, 120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// Runs blindspot-cli in the folder `dir`, for arguments that are relative paths.
CliRun cliIn(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral(BLINDSPOT_CLI), args);
    if (!BLINDSPOT_WAIT_FINISHED(p, 120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TstCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void demoWritesTrainingCity();
    void infoJsonFollowsContract();
    void infoText();
    void validateGood();
    void validateBad_data();
    void validateBad();
    void synth();
    void routeFromAvoidedStation();
    void routeWalkingSteps();
    void routeFromAddress();
    void routeSuggestText();
    void routeSuggestJson();
    void routePlacesFromStandardInput();
    void importTrustNeedsPubkey();
    void importChecksSignatureBeside();
    void importChecksTheBytesItImports();
    void fileNamesStartingWithDash();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TstCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.bspack"));
    const CliRun r = cli({QStringLiteral("demo"), QStringLiteral("--out"), m_demo});
    QCOMPARE(r.exitCode, 0);
}

void TstCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{"teleport"};
    QTest::newRow("demo without --out") << QStringList{"demo"};
    QTest::newRow("info without file") << QStringList{"info"};
    QTest::newRow("unknown option") << QStringList{"info", "x.bspack", "--colour"};
    QTest::newRow("validate unknown format") << QStringList{"validate", "x", "--format", "xyz"};
    QTest::newRow("synth zero cameras") << QStringList{"synth", "--cameras", "0", "--out", "x"};
    QTest::newRow("synth non-numeric seed") << QStringList{"synth", "--seed", "abc", "--out", "x"};
    QTest::newRow("synth street block too small")
        << QStringList{"synth", "--street-block", "5", "--out", "x"};
    QTest::newRow("synth street block not a number")
        << QStringList{"synth", "--street-block", "wide", "--out", "x"};
}

void TstCli::usageErrors()
{
    QFETCH(QStringList, args);
    const CliRun r = cli(args);
    QCOMPARE(r.exitCode, 2);
}

void TstCli::demoWritesTrainingCity()
{
    const Result<Dataset> read = readPackFile(m_demo);
    QVERIFY(!isError(read));
    QVERIFY(std::get<Dataset>(read).header.fictional);
    // Same bytes every time: the demo is the deterministic, embedded training city.
    const QString again = m_dir.filePath(QStringLiteral("again.bspack"));
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--out"), again}).exitCode, 0);
    QFile a(m_demo), b(again);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
    QCOMPARE(cli({QStringLiteral("--help")}).exitCode, 0);
    // Each command's --help (the man page is made of it) gives its synopsis and options.
    const auto routeHelp = cli({QStringLiteral("route"), QStringLiteral("--help")});
    QCOMPARE(routeHelp.exitCode, 0);
    QVERIFY(routeHelp.out.startsWith("Usage: blindspot-cli route FILE --from A --to B"));
    QVERIFY(routeHelp.out.contains("--mode <"));
}

void TstCli::infoJsonFollowsContract()
{
    const CliRun r = cli({QStringLiteral("info"), m_demo, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const Dataset city = std::get<Dataset>(readPackFile(m_demo));
    const DatasetSummary s = summarize(city);
    QCOMPARE(o.value("name").toString(), city.header.name);
    QCOMPARE(o.value("fictional").toBool(), true);
    const QJsonObject counts = o.value("counts").toObject();
    QCOMPARE(counts.value("lines").toInt(), s.lines);
    QCOMPARE(counts.value("stations").toInt(), s.stations);
    QCOMPARE(counts.value("entrances").toInt(), s.entrances);
    QCOMPARE(counts.value("cameras").toInt(), s.cameras);
    QCOMPARE(counts.value("cameras_fr_confirmed").toInt(),
             s.camerasByFrStatus[std::size_t(FrStatus::Confirmed)]);
    QCOMPARE(counts.value("survey_areas").toInt(), s.surveyAreas);
    const QJsonObject bbox = o.value("bbox").toObject();
    for (const char *key : {"south", "west", "north", "east"})
        QVERIFY(bbox.value(key).isDouble());
    QVERIFY(bbox.value("south").toDouble() < bbox.value("north").toDouble());
    const QJsonArray stations = o.value("stations").toArray();
    QCOMPARE(stations.size(), s.stations);
    const QJsonObject first = stations.first().toObject();
    QVERIFY(first.value("id").isString());
    QCOMPARE(first.value("name").toString(), city.network.stations[0].name.native);
    QCOMPARE(first.value("lat").toDouble(), city.network.stations[0].position.lat);
    QVERIFY(!first.value("lines").toArray().isEmpty());
}

void TstCli::infoText()
{
    const CliRun r = cli({QStringLiteral("info"), m_demo});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.contains(QStringLiteral("FICTIONAL")));
    QVERIFY(text.contains(QStringLiteral("face recognition confirmed")));
}

void TstCli::validateGood()
{
    const CliRun r = cli({QStringLiteral("validate"), m_demo});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QCOMPARE(cli({QStringLiteral("validate"), m_demo, QStringLiteral("--format"),
                  QStringLiteral("bspack")})
                 .exitCode,
             0);
}

void TstCli::validateBad_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");
    QFile demo(m_demo);
    QVERIFY(demo.open(QIODevice::ReadOnly));
    const QByteArray good = demo.readAll();
    QTest::newRow("empty") << QByteArray() << "byte 0";
    QTest::newRow("random text") << QByteArray("hello, world\n") << "byte 0";
    QTest::newRow("truncated") << good.left(good.size() / 2)
                               << QStringLiteral("byte %1").arg(good.size() / 2);
    QByteArray flipped = good;
    flipped[good.size() - 10] = char(flipped[good.size() - 10] ^ 1);
    QTest::newRow("flipped bit") << flipped << "byte 24";
}

void TstCli::validateBad()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    const QString path = m_dir.filePath(QStringLiteral("bad.bspack"));
    writeBytes(path, bytes);
    const CliRun r = cli({QStringLiteral("validate"), path});
    QCOMPARE(r.exitCode, 1);
    // DESIGN.md: "FILE:LOCATION: message" on stderr, one line.
    const QString err = QString::fromUtf8(r.err).trimmed();
    QVERIFY2(err.startsWith(path + QLatin1Char(':') + where + QStringLiteral(": ")),
             qPrintable(err));
    QVERIFY(!err.contains(QLatin1Char('\n')));
    QCOMPARE(
        cli({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("absent.bspack"))}).exitCode,
        1);
}

void TstCli::synth()
{
    const QString path = m_dir.filePath(QStringLiteral("synth.bspack"));
    const CliRun r =
        cli({QStringLiteral("synth"), QStringLiteral("--cameras"), QStringLiteral("5000"),
             QStringLiteral("--stations"), QStringLiteral("40"), QStringLiteral("--seed"),
             QStringLiteral("3"), QStringLiteral("--street-block"), QStringLiteral("2000"),
             QStringLiteral("--out"), path});
    QCOMPARE(r.exitCode, 0);
    const Result<Dataset> read = readPackFile(path);
    QVERIFY(!isError(read));
    const Dataset &city = std::get<Dataset>(read);
    QCOMPARE(city.cameras.size(), std::size_t(5000));
    QCOMPARE(city.network.stations.size(), std::size_t(40));
    // Streets every 2 km over 40 km: 21 streets each way, a node every sixth of a block (121
    // along each street), the 21 x 21 crossings shared: 2 * 21 * 121 - 441 = 4641 nodes; 120
    // segments along each of the 42 streets: 5040 edges.
    QCOMPARE(city.streets.nodes.size(), std::size_t(4641));
    QCOMPARE(city.streets.edges.size(), std::size_t(5040));
    // --street-block 0: no streets.
    QCOMPARE(
        cli({QStringLiteral("synth"), QStringLiteral("--cameras"), QStringLiteral("100"),
             QStringLiteral("--stations"), QStringLiteral("10"), QStringLiteral("--street-block"),
             QStringLiteral("0"), QStringLiteral("--out"), path})
            .exitCode,
        0);
    QVERIFY(std::get<Dataset>(readPackFile(path)).streets.nodes.empty());
}

void TstCli::routeFromAvoidedStation()
{
    // Hare Meadow (station:55) is on the Ring Line only, in no transfer complex. Its nearest
    // stations, by hand from `info --json` (1 degree = 111.2 km north, 81.1 km east at 43.19 N):
    // Fountain Square 0.79-0.87 km and Chestnut Avenue 0.94-0.95 km away, within the 1.5 km the
    // planner walks to an entrance; the next, Crane Lake, is 1.63 km away. Starting at Hare
    // Meadow while avoiding it, as the GUI plans it, each route starts at its spot in the street
    // and walks to Fountain Square or Chestnut Avenue to ride from there (or walks the whole way
    // to Fir Tree, station:0); none enters, leaves, changes at or rides through Hare Meadow.
    const Dataset city = std::get<Dataset>(readPackFile(m_demo));
    const Station &hare = city.network.stations[55];
    QCOMPARE(hare.name.inLanguage(QStringLiteral("en")), QStringLiteral("Hare Meadow"));
    QVERIFY(!isSet(hare.complex));
    const QStringList args{QStringLiteral("route"),   m_demo,
                           QStringLiteral("--from"),  QStringLiteral("station:55"),
                           QStringLiteral("--avoid"), QStringLiteral("station:55"),
                           QStringLiteral("--to"),    QStringLiteral("station:0")};

    const CliRun text = cli(args);
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(QStringLiteral("Your start, Hare Meadow, is also on your list to "
                                         "avoid: the routes start in the street there")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("  1. Walk ")) &&
                 out.contains(QStringLiteral(" from your start point to ")),
             qPrintable(out));

    const CliRun json = cli(args + QStringList{QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray routes = QJsonDocument::fromJson(json.out).object().value("routes").toArray();
    QVERIFY(!routes.isEmpty());
    bool rode = false;
    for (const QJsonValue &r : routes) {
        const QJsonArray legs = r.toObject().value("legs").toArray();
        QVERIFY(!legs.isEmpty());
        const QJsonObject first = legs.first().toObject();
        QCOMPARE(first.value("kind").toString(), QStringLiteral("walk"));
        QCOMPARE(first.value("from").toString(), QStringLiteral("your start point"));
        for (const QJsonValue &l : legs) {
            const QJsonObject leg = l.toObject();
            QVERIFY2(
                !names(leg.value("from").toString(), hare) &&
                    !names(leg.value("to").toString(), hare),
                qPrintable(leg.value("from").toString() + " -> " + leg.value("to").toString()));
            for (const QJsonValue &passed : leg.value("passes").toArray())
                QVERIFY(!names(passed.toString(), hare));
            rode = rode || leg.value("kind").toString() == QLatin1String("ride");
        }
        if (legs.size() > 1) {
            const QString firstStation = first.value("to").toString();
            QVERIFY2(firstStation.startsWith(QLatin1String("Fountain Square")) ||
                         firstStation.startsWith(QLatin1String("Chestnut Avenue")),
                     qPrintable(firstStation));
        }
    }
    QVERIFY(rode);
}

void TstCli::routeFromAddress()
{
    // tests/data/osm/addresses.osm: "Тверская 13" is node 10 at 55.7605, 37.6102; a route from
    // it is the route from that position, to the same station (station 0, Пушкинская).
    const QString pack = m_dir.filePath(QStringLiteral("addresses.bspack"));
    QCOMPARE(
        cli({QStringLiteral("import"), QStringLiteral(BLINDSPOT_TEST_DATA "/osm/addresses.osm"),
             QStringLiteral("--out"), pack})
            .exitCode,
        0);
    const auto route = [&](const QString &from) {
        return cli({QStringLiteral("route"), pack, QStringLiteral("--from"), from,
                    QStringLiteral("--to"), QStringLiteral("station:0"), QStringLiteral("--travel"),
                    QStringLiteral("walk"), QStringLiteral("--json")});
    };
    const CliRun address = route(QStringLiteral("Тверская 13"));
    QCOMPARE(address.exitCode, 0);
    const CliRun position = route(QStringLiteral("55.7605,37.6102"));
    QCOMPARE(position.exitCode, 0);
    const QJsonArray routes =
        QJsonDocument::fromJson(address.out).object().value("routes").toArray();
    QCOMPARE(routes.size(), 1);
    QCOMPARE(routes, QJsonDocument::fromJson(position.out).object().value("routes").toArray());
    const QJsonObject leg = routes[0].toObject().value("legs").toArray().first().toObject();
    QCOMPARE(leg.value("kind").toString(), QStringLiteral("walk"));
    QCOMPARE(leg.value("to").toString(), QStringLiteral("Pushkinskaya"));

    // One letter short: no route, the near addresses offered ("тверска" is one edit from
    // "тверская", two from "тверской").
    const CliRun near = route(QStringLiteral("Тверска 13"));
    QCOMPARE(near.exitCode, 1); // kExitBadInput
    QVERIFY2(QString::fromUtf8(near.err).contains(
                 QStringLiteral("Did you mean: Тверская улица 13, Тверской бульвар 13?")),
             near.err.constData());
}

void TstCli::routeWalkingSteps()
{
    // tests/data/osm/named_streets.osm: one line of ways north along 37.6 E, 0.001 degrees of
    // latitude (111.2 m) each: Тверская улица (two ways, 222 m), a crossing with traffic lights,
    // steps in a tunnel (an underpass), a footbridge, an indoor corridor, and the road "Arch".
    // Walking its whole length, each becomes a step, worked by hand; the street's name is its
    // name:en, since the test runs in the C locale, which the CLI speaks as English. The planner
    // measures walks on its WGS84 tangent plane, where 0.001 degrees of latitude at 55.75 N is
    // 111.34 m (meridional radius 6,379,162 m), never less than the 111.195 m haversine: so
    // 222.67 m rounds to 223.
    const QString pack = m_dir.filePath(QStringLiteral("named_streets.bspack"));
    QCOMPARE(cli({QStringLiteral("import"),
                  QStringLiteral(BLINDSPOT_TEST_DATA "/osm/named_streets.osm"),
                  QStringLiteral("--out"), pack})
                 .exitCode,
             0);
    const QStringList args{QStringLiteral("route"),  pack,
                           QStringLiteral("--from"), QStringLiteral("55.751,37.6"),
                           QStringLiteral("--to"),   QStringLiteral("55.758,37.6"),
                           QStringLiteral("--mode"), QStringLiteral("fastest"),
                           QStringLiteral("--travel"), QStringLiteral("walk")};
    const CliRun json = cli(args + QStringList{QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray routes = QJsonDocument::fromJson(json.out).object().value("routes").toArray();
    QCOMPARE(routes.size(), 1);
    const QJsonArray legs = routes[0].toObject().value("legs").toArray();
    QCOMPARE(legs.size(), 1);
    const QJsonArray steps = legs[0].toObject().value("steps").toArray();
    const QStringList kinds{"depart", "crossing", "underpass", "footbridge",
                            "indoor", "continue", "arrive"};
    const QList<int> metres{223, 111, 111, 111, 111, 111, 0};
    QCOMPARE(steps.size(), kinds.size());
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject s = steps[i].toObject();
        QCOMPARE(s.value("kind").toString(), kinds[i]);
        QCOMPARE(s.value("distance_m").toInt(), metres[i]);
        QCOMPARE(s.value("turn").toString(), QStringLiteral("straight"));
        QCOMPARE(s.value("heading_deg").toInt(), 0); // due north
        QVERIFY(s.value("cameras").toArray().isEmpty());
    }
    QCOMPARE(steps[0].toObject().value("street").toString(), QStringLiteral("Tverskaya Street"));
    QVERIFY(!steps[1].toObject().contains("street"));
    QCOMPARE(steps[5].toObject().value("street").toString(), QStringLiteral("Arch"));
    QCOMPARE(steps[6].toObject().value("text").toString(),
             QStringLiteral("Arrive at your destination"));

    const CliRun text = cli(args);
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    for (const QString &line :
         {QStringLiteral("       - Go north along Tverskaya Street for 220\u00a0m\n"),
          QStringLiteral("       - Cross at the traffic lights (110\u00a0m)\n"),
          QStringLiteral("       - Continue onto Arch for 110\u00a0m\n")})
        QVERIFY2(out.contains(line), qPrintable(out));

    // The training city has no streets: a walk into the metro is one straight step, then the
    // entrance to use.
    const CliRun demo = cli({QStringLiteral("route"), m_demo, QStringLiteral("--from"),
                             QStringLiteral("station:55"), QStringLiteral("--avoid"),
                             QStringLiteral("station:55"), QStringLiteral("--to"),
                             QStringLiteral("station:0"), QStringLiteral("--json")});
    QCOMPARE(demo.exitCode, 0);
    int entered = 0;
    for (const QJsonValue &r :
         QJsonDocument::fromJson(demo.out).object().value("routes").toArray()) {
        const QJsonArray routeLegs = r.toObject().value("legs").toArray();
        if (routeLegs.size() < 2 || routeLegs[1].toObject().value("kind") != QLatin1String("entry"))
            continue;
        const QJsonArray walk = routeLegs[0].toObject().value("steps").toArray();
        QCOMPARE(walk.size(), 2);
        QCOMPARE(walk[0].toObject().value("kind").toString(), QStringLiteral("depart"));
        QVERIFY2(walk[1].toObject().value("text").toString().startsWith(
                     QLatin1String("Enter by entrance ")),
                 qPrintable(walk[1].toObject().value("text").toString()));
        ++entered;
    }
    QVERIFY(entered > 0);
}

void TstCli::routeSuggestText()
{
    // The fastest route from Birch Grove to Fountain Square rides the metro, on an ordinary day,
    // with no what-if chosen; so PlanningSession::alternatives tries at least walking the whole
    // way, the alert day and the three what-ifs. The text lists those that help and the alert
    // day (a warning, said whatever it does); it names the others in one closing sentence, and
    // no line says "does not lower the chance".
    const QStringList args{QStringLiteral("route"),    m_demo,
                           QStringLiteral("--from"),   QStringLiteral("Birch Grove"),
                           QStringLiteral("--to"),     QStringLiteral("Fountain Square"),
                           QStringLiteral("--mode"),   QStringLiteral("fastest"),
                           QStringLiteral("--suggest")};
    const CliRun text = cli(args);
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY(!out.contains(QLatin1String("does not lower the chance")));
    const qsizetype start = out.indexOf(QLatin1String("What would lower the risk (compared with "
                                                      "route 1):\n"));
    QVERIFY2(start >= 0, qPrintable(out));
    const qsizetype end = out.indexOf(QLatin1String("\n\n"), start);
    QVERIFY(end > start);
    const QStringList lines = out.mid(start, end - start).split(QLatin1Char('\n'));
    QStringList listed;
    for (const QString &line : lines)
        if (line.startsWith(QLatin1String("  - ")))
            listed << line.mid(4);
    QVERIFY(listed.contains(
        QStringLiteral("Avoid the metro on alert days (announced protests, holidays)")));

    // The same alternatives in JSON say which help: those are listed, the others folded into
    // the last line, each named there.
    const CliRun json = cli(args + QStringList{QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray alternatives = QJsonDocument::fromJson(json.out)
                                        .object()
                                        .value("routes")
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value("alternatives")
                                        .toArray();
    QStringList folded;
    int shown = 0;
    bool anyHelps = false;
    for (const QJsonValue &v : alternatives) {
        const QJsonObject a = v.toObject();
        const QString kind = a.value("kind").toString();
        anyHelps = anyHelps || a.value("helps").toBool();
        if (a.value("helps").toBool() || kind == QLatin1String("other_day")) {
            ++shown;
            continue;
        }
        if (kind == QLatin1String("other_entrance"))
            folded << QStringLiteral("using another entrance at ") + a.value("station").toString();
        else if (kind == QLatin1String("avoid_station") || kind == QLatin1String("avoid_line"))
            folded << (kind == QLatin1String("avoid_line")
                           ? QStringLiteral("avoiding line ") + a.value("line").toString()
                           : a.value("station").toString());
        else if (kind == QLatin1String("walk_only"))
            folded << QStringLiteral("walking the whole way");
        else if (kind == QLatin1String("metro_only"))
            folded << QStringLiteral("riding the metro instead of walking between stations");
        else if (kind == QLatin1String("medical_mask"))
            folded << QStringLiteral("wearing a medical mask");
        else if (kind == QLatin1String("sunglasses"))
            folded << QStringLiteral("wearing dark sunglasses");
        else if (kind == QLatin1String("cap"))
            folded << QStringLiteral("wearing a cap with your head down");
    }
    QCOMPARE(listed.size(), shown);
    // "Also" only after something that helps.
    const QString last = lines.last();
    if (folded.isEmpty()) {
        QVERIFY2(last.startsWith(QLatin1String("    ")), qPrintable(last));
    } else {
        QVERIFY2(last.startsWith(anyHelps ? QLatin1String("  Also tried, without lowering the "
                                                          "chance here: ")
                                          : QLatin1String("  Nothing Blindspot tried lowers the "
                                                          "chance here: ")),
                 qPrintable(last));
        for (const QString &name : folded)
            QVERIFY2(last.contains(name), qPrintable(name + " not in: " + last));
    }
}

void TstCli::routeSuggestJson()
{
    const QStringList kinds{"other_entrance", "avoid_station", "avoid_line",
                            "metro_only",     "walk_only",     "other_day",
                            "medical_mask",   "sunglasses",    "cap"};
    const QStringList args{QStringLiteral("route"),  m_demo,
                           QStringLiteral("--from"), QStringLiteral("Birch Grove"),
                           QStringLiteral("--to"),   QStringLiteral("Fountain Square"),
                           QStringLiteral("--json")};
    // Without --suggest the contract's routes stay as they were.
    const CliRun plain = cli(args);
    QCOMPARE(plain.exitCode, 0);
    for (const QJsonValue &r :
         QJsonDocument::fromJson(plain.out).object().value("routes").toArray())
        QVERIFY(!r.toObject().contains("alternatives"));

    const CliRun run = cli(args + QStringList{QStringLiteral("--suggest")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray routes = doc.object().value("routes").toArray();
    QVERIFY(routes.size() >= 2);
    for (const QJsonValue &v : routes) {
        const QJsonObject route = v.toObject();
        const QJsonArray alternatives = route.value("alternatives").toArray();
        QSet<QString> seen;
        for (const QJsonValue &av : alternatives) {
            const QJsonObject a = av.toObject();
            const QString kind = a.value("kind").toString();
            QVERIFY2(kinds.contains(kind), qPrintable(kind));
            seen.insert(kind);
            QVERIFY(a.value("helps").isBool());
            if (kind == QLatin1String("other_entrance"))
                QVERIFY(!a.value("entrance").toString().isEmpty() &&
                        !a.value("station").toString().isEmpty());
            if (kind == QLatin1String("avoid_station"))
                QVERIFY(!a.value("station").toString().isEmpty());
            if (kind == QLatin1String("avoid_line"))
                QVERIFY(!a.value("line").toString().isEmpty());
            if (kind == QLatin1String("other_day"))
                QCOMPARE(a.value("profile").toString(), QStringLiteral("event"));
            if (a.value("route").isNull())
                continue;
            const QJsonObject r = a.value("route").toObject();
            QVERIFY(orderedRange(r.value("exposure").toObject(), true));
            QVERIFY(orderedRange(r.value("expected_fr_captures").toObject(), false));
            QVERIFY(finite(r.value("duration_s")) && r.value("duration_s").toDouble() > 0.0);
        }
        // Always tried on an ordinary day without what-ifs: the alert day and the three
        // what-ifs; and walking the whole way for a route that rides.
        for (const char *kind : {"other_day", "medical_mask", "sunglasses", "cap"})
            QVERIFY2(seen.contains(QLatin1String(kind)), kind);
        bool rides = false;
        for (const QJsonValue &l : route.value("legs").toArray())
            rides = rides || l.toObject().value("kind").toString() == QLatin1String("ride");
        QCOMPARE(seen.contains(QStringLiteral("walk_only")), rides);
    }
}

void TstCli::routePlacesFromStandardInput()
{
    // "--from - --to -" reads the two places from standard input, one a line, --from's first:
    // the same plan as with the places on the command line (where other local users see them
    // in /proc/PID/cmdline).
    const auto route = [this](const QString &from, const QString &to) {
        return QStringList{QStringLiteral("route"), m_demo, QStringLiteral("--from"), from,
                           QStringLiteral("--to"),  to};
    };
    const CliRun direct = cli(route(QStringLiteral("station:1"), QStringLiteral("station:33")));
    QCOMPARE(direct.exitCode, 0);
    QVERIFY(direct.out.contains("  1. "));
    const CliRun piped =
        cliWithInput(route(QStringLiteral("-"), QStringLiteral("-")), "station:1\nstation:33\n");
    QCOMPARE(piped.exitCode, 0);
    QCOMPARE(piped.out, direct.out);
    // One "-" reads one line; spaces and a Windows line end around the place are trimmed.
    const CliRun onlyTo =
        cliWithInput(route(QStringLiteral("station:1"), QStringLiteral("-")), "  station:33 \r\n");
    QCOMPARE(onlyTo.exitCode, 0);
    QCOMPARE(onlyTo.out, direct.out);

    // No input, a missing second line or an empty first one: a usage error (exit 2, the usage
    // message on stderr, not located in a file), nothing planned.
    const QByteArray usage =
        "blindspot-cli: --from - and --to - read one place per line from standard input; a line "
        "is missing or empty\nRun \"blindspot-cli --help\" for usage.\n";
    for (const QByteArray &input :
         {QByteArray(), QByteArray("station:1\n"), QByteArray(" \nstation:33\n")}) {
        const CliRun r = cliWithInput(route(QStringLiteral("-"), QStringLiteral("-")), input);
        QVERIFY2(r.exitCode == 2, input.constData());
        QCOMPARE(r.err, usage);
        QVERIFY(r.out.isEmpty());
    }
}

void TstCli::importTrustNeedsPubkey()
{
    // --trust lets a source lower FR status: without --pubkey it is a usage error (exit 2) that
    // names --pubkey, before anything is read or written.
    const QString out = m_dir.filePath(QStringLiteral("trust-nokey.bspack"));
    const CliRun r = cli({QStringLiteral("import"), m_demo, QStringLiteral("--out"), out,
                          QStringLiteral("--trust")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(QString::fromUtf8(r.err),
             QStringLiteral("blindspot-cli: --trust needs --pubkey NAME.pub: only inputs signed by "
                            "that key can be trusted\nRun \"blindspot-cli --help\" for usage.\n"));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(out));
}

void TstCli::importChecksSignatureBeside()
{
    // Two packs with different bytes: a copy of the training city (a) and a small synthetic
    // city (b). a is signed by the publisher's key, b by another key.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto at = [&dir](const char *name) { return dir.filePath(QLatin1String(name)); };
    const QString a = at("a.bspack"), b = at("b.bspack"), out = at("out.bspack");
    const QString aSig = a + QStringLiteral(".minisig"), bSig = b + QStringLiteral(".minisig");
    const QString pub = at("publisher.pub");
    QVERIFY(QFile::copy(m_demo, a));
    QCOMPARE(
        cli({QStringLiteral("synth"), QStringLiteral("--cameras"), QStringLiteral("20"),
             QStringLiteral("--stations"), QStringLiteral("5"), QStringLiteral("--street-block"),
             QStringLiteral("0"), QStringLiteral("--out"), b})
            .exitCode,
        0);
    for (const auto &[key, pack] : {std::pair{"publisher", a}, std::pair{"other", b}}) {
        const QString name = at(key);
        QCOMPARE(cli({QStringLiteral("keygen"), QStringLiteral("--out"), name,
                      QStringLiteral("--no-passphrase")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("sign"), pack, QStringLiteral("--key"),
                      name + QStringLiteral(".key")})
                     .exitCode,
                 0);
    }
    const auto import = [&](const QStringList &inputs, const QStringList &options) {
        return cli(QStringList{QStringLiteral("import")} + inputs +
                   QStringList{QStringLiteral("--out"), out} + options);
    };
    const QStringList trusted{QStringLiteral("--pubkey"), pub, QStringLiteral("--trust")};

    // Valid for --pubkey's key: imported as trusted (exit 0), the check said on stdout.
    const CliRun ok = import({a}, trusted);
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QVERIFY2(ok.out.startsWith((a + QStringLiteral(": valid signature, key ")).toUtf8()),
             ok.out.constData());
    const Result<Dataset> read = readPackFile(out);
    QVERIFY(!isError(read));
    QCOMPARE(std::get<Dataset>(read).cameras.size(),
             std::get<Dataset>(readPackFile(m_demo)).cameras.size());
    QVERIFY(QFile::remove(out));

    // Without --pubkey, a signature beside an input is not ignored: refused (exit 1), saying
    // to give --pubkey or move the signature away; nothing written.
    const CliRun unchecked = import({a}, {});
    QCOMPARE(unchecked.exitCode, 1);
    QCOMPARE(QString::fromUtf8(unchecked.err),
             QStringLiteral("%1: a signature (%2) is beside it; give --pubkey NAME.pub to check "
                            "it, or move it away to import the file unchecked\n")
                 .arg(a, aSig));
    QVERIFY(unchecked.out.isEmpty());
    QVERIFY(!QFile::exists(out));

    // b signed, but by another key than --pubkey: refused (exit 1), naming b.
    CliRun r = import({b}, trusted);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith((b + QStringLiteral(": wrong key: ")).toUtf8()), r.err.constData());
    QVERIFY(!QFile::exists(out));

    // b with a's signature beside it, made with the right key for another pack: refused
    // (exit 1), naming b; every input is checked, a good one before it lets nothing through.
    QVERIFY(QFile::remove(bSig));
    QVERIFY(QFile::copy(aSig, bSig));
    r = import({a, b}, trusted);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QString::fromUtf8(r.err),
             b + QStringLiteral(": bad signature: the pack or its signature was altered after "
                                "signing\n"));
    QVERIFY(!QFile::exists(out));

    // No signature beside b with --pubkey: refused (exit 1), located at the missing .minisig.
    QVERIFY(QFile::remove(bSig));
    r = import({b}, trusted);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith((bSig + QLatin1Char(':')).toUtf8()), r.err.constData());
    QVERIFY(!QFile::exists(out));

    // No signature and no --pubkey: imported unchecked, as before.
    r = import({b}, {});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!isError(readPackFile(out)));
    QCOMPARE(std::get<Dataset>(readPackFile(out)).cameras.size(), std::size_t(20));
}

void TstCli::importChecksTheBytesItImports()
{
    // Issue 11: someone who can replace a signed pack between its signature check and its
    // import must not get an unchecked pack in. The input here is a named pipe that gives a
    // pack signed by --pubkey's key (the training city) to whoever opens it first, and another,
    // unsigned pack (20 synthetic cameras) at every later open. Reading the input once, for
    // both the check and the import, brings in the training city; reading it again after the
    // check brings in the 20 cameras.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto at = [&dir](const char *name) { return dir.filePath(QLatin1String(name)); };
    const QString signedPack = at("signed.bspack"), other = at("other.bspack");
    const QString input = at("input.bspack"), out = at("out.bspack"), key = at("publisher");
    QVERIFY(QFile::copy(m_demo, signedPack));
    QCOMPARE(
        cli({QStringLiteral("synth"), QStringLiteral("--cameras"), QStringLiteral("20"),
             QStringLiteral("--stations"), QStringLiteral("5"), QStringLiteral("--street-block"),
             QStringLiteral("0"), QStringLiteral("--out"), other})
            .exitCode,
        0);
    QCOMPARE(cli({QStringLiteral("keygen"), QStringLiteral("--out"), key,
                  QStringLiteral("--no-passphrase")})
                 .exitCode,
             0);
    QCOMPARE(
        cli({QStringLiteral("sign"), signedPack, QStringLiteral("--key"), key + ".key"}).exitCode,
        0);
    // The signature covers the bytes only (the file name in its comment is not checked).
    QVERIFY(QFile::copy(signedPack + ".minisig", input + ".minisig"));
    const auto bytesOf = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray first = bytesOf(signedPack), later = bytesOf(other);
    QVERIFY(!first.isEmpty() && !later.isEmpty());
    QCOMPARE(::mkfifo(QFile::encodeName(input).constData(), 0600), 0);

    // A reader that closes early must not kill this test with SIGPIPE.
    const auto oldPipe = std::signal(SIGPIPE, SIG_IGN);
    std::atomic<bool> stop{false};
    std::atomic<int> opens{0};
    std::thread server([&] {
        const QByteArray path = QFile::encodeName(input);
        while (!stop) {
            // Non-blocking: fails (ENXIO) until the program opens the pipe to read.
            const int fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (fd < 0) {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                continue;
            }
            ::fcntl(fd, F_SETFL, 0);
            const QByteArray &bytes = opens++ == 0 ? first : later;
            for (qsizetype done = 0; done < bytes.size();) {
                const ssize_t n =
                    ::write(fd, bytes.constData() + done, std::size_t(bytes.size() - done));
                if (n <= 0)
                    break; // the reader has gone
                done += n;
            }
            ::close(fd);
            // Time for this reader to reach the end and close before the next open is served.
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
        }
    });
    const CliRun r = cli({QStringLiteral("import"), input, QStringLiteral("--pubkey"), key + ".pub",
                          QStringLiteral("--trust"), QStringLiteral("--out"), out});
    stop = true;
    server.join();
    std::signal(SIGPIPE, oldPipe);

    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Result<Dataset> imported = readPackFile(out);
    QVERIFY(!isError(imported));
    const Result<Dataset> demo = readPackFile(m_demo);
    QVERIFY(!isError(demo));
    QVERIFY(std::get<Dataset>(demo).cameras.size() != 20);
    QCOMPARE(std::get<Dataset>(imported).cameras.size(), std::get<Dataset>(demo).cameras.size());
    QCOMPARE(opens.load(), 1);
}

void TstCli::fileNamesStartingWithDash()
{
    // A file named "-cams.csv" (tests/data/import/cameras_basic.csv: 3 cameras), named in the
    // folder it is in.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(QStringLiteral(BLINDSPOT_TEST_DATA "/import/cameras_basic.csv"),
                        dir.filePath(QStringLiteral("-cams.csv"))));
    const auto cameras = [&dir](const char *name) -> qsizetype {
        const Result<Dataset> read = readPackFile(dir.filePath(QLatin1String(name)));
        return isError(read) ? -1 : qsizetype(std::get<Dataset>(read).cameras.size());
    };

    // As it is, it reads as an option: a usage error (exit 2) that says how to name the file.
    CliRun r = cliIn(dir.path(), {QStringLiteral("import"), QStringLiteral("-cams.csv"),
                                  QStringLiteral("--out"), QStringLiteral("a.bspack")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(QString::fromUtf8(r.err),
             QStringLiteral("blindspot-cli: \"-cams.csv\" is a file, but a name that starts with "
                            "\"-\" reads as an option: write ./-cams.csv, or put -- before the "
                            "file names\nRun \"blindspot-cli --help\" for usage.\n"));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("a.bspack"))));
    // The same for any command; a name that is no file keeps Qt's words.
    r = cliIn(dir.path(), {QStringLiteral("validate"), QStringLiteral("-cams.csv")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("blindspot-cli: \"-cams.csv\" is a file"), r.err.constData());
    r = cliIn(dir.path(), {QStringLiteral("validate"), QStringLiteral("-nothing.csv")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("blindspot-cli: Unknown option 'nothing.csv'."), r.err.constData());

    // After "--" (options before it), or as ./-cams.csv: imported (exit 0), 3 cameras.
    r = cliIn(dir.path(),
              {QStringLiteral("import"), QStringLiteral("--out"), QStringLiteral("b.bspack"),
               QStringLiteral("--"), QStringLiteral("-cams.csv")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(cameras("b.bspack"), 3);
    r = cliIn(dir.path(), {QStringLiteral("import"), QStringLiteral("./-cams.csv"),
                           QStringLiteral("--out"), QStringLiteral("c.bspack")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(cameras("c.bspack"), 3);
    r = cliIn(dir.path(),
              {QStringLiteral("validate"), QStringLiteral("--"), QStringLiteral("-cams.csv")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // After "--", "--help" is a file's name too: no usage text, the missing file reported.
    r = cliIn(dir.path(),
              {QStringLiteral("validate"), QStringLiteral("--"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith("--help:"), r.err.constData());
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
