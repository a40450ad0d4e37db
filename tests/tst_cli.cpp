#include "cli_fixtures.h"
#include "io/pack_io.h"
#include "model/dataset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

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
    void routeSuggestText();
    void routeSuggestJson();

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
    QCOMPARE(cli({QStringLiteral("synth"), QStringLiteral("--cameras"), QStringLiteral("100"),
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

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
