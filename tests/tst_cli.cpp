#include "cli_fixtures.h"
#include "io/pack_io.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace blindspot;
using namespace blindspot::testing;

namespace {

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
             QStringLiteral("3"), QStringLiteral("--out"), path});
    QCOMPARE(r.exitCode, 0);
    const Result<Dataset> read = readPackFile(path);
    QVERIFY(!isError(read));
    QCOMPARE(std::get<Dataset>(read).cameras.size(), std::size_t(5000));
    QCOMPARE(std::get<Dataset>(read).network.stations.size(), std::size_t(40));
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
