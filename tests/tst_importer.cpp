#include "cli_fixtures.h"
#include "fixtures.h"
#include "core/io/file_format.h"
#include "core/io/importer.h"
#include "core/io/pack_io.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace blindspot;
using namespace blindspot::testing;

namespace {

const QString kData = QStringLiteral(BLINDSPOT_TEST_DATA "/import/");
const QString kShared = QStringLiteral(BLINDSPOT_SHARED_DATA);

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray gzipped(const QByteArray &bytes)
{
    QByteArray out(int(compressBound(uLong(bytes.size()))) + 32, '\0');
    z_stream z{};
    deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    z.avail_in = uInt(bytes.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

Dataset packAt(const QString &path)
{
    Result<Dataset> r = readPackFile(path);
    return isError(r) ? Dataset{} : std::get<Dataset>(std::move(r));
}

} // namespace

class TstImporter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void formatNames();
    void guessesByContentThenName_data();
    void guessesByContentThenName();
    void guessesFolders();
    void importsEveryFormat_data();
    void importsEveryFormat();
    void importErrors();
    void gtfsFolderFromSharedData();

    void cliImportMergesInOrder();
    void cliImportDryRunWritesNothing();
    void cliImportOptions();
    void cliImportBadInput();
    void cliUsageErrors_data();
    void cliUsageErrors();
    void cliExportEveryFormat_data();
    void cliExportEveryFormat();
    void cliValidateEveryFormat_data();
    void cliValidateEveryFormat();
    void cliValidateBad_data();
    void cliValidateBad();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TstImporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.bspack"));
    QVERIFY(!writePackFile(testing::smallCity(), m_demo));
}

void TstImporter::formatNames()
{
    for (FileFormat f : {FileFormat::Osm, FileFormat::Pbf, FileFormat::Gtfs, FileFormat::GeoJson,
                         FileFormat::Csv, FileFormat::Kml, FileFormat::Gpx, FileFormat::Bspack})
        QCOMPARE(formatFromName(formatName(f)), std::optional(f));
    QCOMPARE(formatFromName(QStringLiteral("GeoJSON")), std::optional(FileFormat::GeoJson));
    QCOMPARE(formatFromName(QStringLiteral("kmz")), std::optional(FileFormat::Kml));
    QCOMPARE(formatFromName(QStringLiteral("xls")), std::nullopt);
    QCOMPARE(formatName(FileFormat::Osm), QStringLiteral("osm"));
}

void TstImporter::guessesByContentThenName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format"); // -1: none
    const QByteArray pack = packBytes(testing::smallCity());
    const QByteArray osm(
        "<?xml version='1.0'?>\n<!-- a comment -->\n<osm version=\"0.6\"></osm>\n");
    // An OSM PBF begins with a 4-byte big-endian length, then a BlobHeader whose first field
    // (0x0A, length 9) is the string "OSMHeader".
    const QByteArray pbf =
        QByteArray::fromHex("0000000d0a094f534d486561646572180f") + QByteArray(20, '\0');
    const auto row = [](const char *tag, const char *name, const QByteArray &bytes, int format) {
        QTest::newRow(tag) << QString::fromLatin1(name) << bytes << format;
    };
    row("pack", "a.bspack", pack, int(FileFormat::Bspack));
    row("pack named csv", "a.csv", pack, int(FileFormat::Bspack));
    row("pbf", "a.osm.pbf", pbf, int(FileFormat::Pbf));
    row("pbf named dat", "a.dat", pbf, int(FileFormat::Pbf));
    row("osm xml", "a.xml", osm, int(FileFormat::Osm));
    row("osm change", "a.osc", "<osmChange version=\"0.6\"/>", int(FileFormat::Osm));
    row("osm.gz", "a.osm.gz", gzipped(osm), int(FileFormat::Osm));
    row("gzip sniffed", "a.gz", gzipped(osm), int(FileFormat::Osm));
    row("gzip json", "a.geojson.gz", gzipped("{\"type\":\"FeatureCollection\"}"), -1);
    row("bz2 by name", "a.osm.bz2", "BZh91AY&SY", int(FileFormat::Osm));
    row("kml", "a.xml", "<?xml version=\"1.0\"?><kml xmlns=\"x\"/>", int(FileFormat::Kml));
    row("kml with prefix", "a.xml", "<kml:kml xmlns:kml=\"x\"/>", int(FileFormat::Kml));
    row("gpx", "a.txt", "<gpx version=\"1.1\"/>", int(FileFormat::Gpx));
    row("json", "a.txt", "\xEF\xBB\xBF \n {\"type\":\"FeatureCollection\"}",
        int(FileFormat::GeoJson));
    row("csv", "a.csv", "lat,lon\n1,2\n", int(FileFormat::Csv));
    row("tsv", "a.tsv", "lat\tlon\n", int(FileFormat::Csv));
    row("json array by name", "a.json", "[1]", int(FileFormat::GeoJson));
    row("kmz", "a.kmz", fileBytes(kData + QStringLiteral("mymaps.kmz")), int(FileFormat::Kml));
    row("kmz named zip", "a.zip", fileBytes(kData + QStringLiteral("mymaps.kmz")),
        int(FileFormat::Kml));
    row("gtfs zip", "feed.zip", fileBytes(kData + QStringLiteral("tiny_gtfs.zip")),
        int(FileFormat::Gtfs));
    row("gtfs zip named dat", "feed.dat", fileBytes(kData + QStringLiteral("tiny_gtfs.zip")),
        int(FileFormat::Gtfs));
    row("text named bspack", "bad.bspack", "hello, world\n", int(FileFormat::Bspack));
    row("empty named bspack", "empty.bspack", "", int(FileFormat::Bspack));
    row("unknown", "a.dat", "hello", -1);
    row("zip named zip, not a zip", "a.zip", "hello", -1);
    row("other xml", "a.xml", "<html/>", -1);
}

void TstImporter::guessesByContentThenName()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QVERIFY(writeBytes(path, bytes));
    const std::optional<FileFormat> guessed = guessFormat(path);
    QCOMPARE(guessed ? int(*guessed) : -1, format);
}

void TstImporter::guessesFolders()
{
    QTemporaryDir dir;
    QCOMPARE(guessFormat(dir.path()), std::nullopt);
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("stops.txt")), "stop_id\n"));
    QCOMPARE(guessFormat(dir.path()), std::optional(FileFormat::Gtfs));
    // A file that does not exist is guessed by its name.
    QCOMPARE(guessFormat(dir.filePath(QStringLiteral("absent.gpx"))),
             std::optional(FileFormat::Gpx));
}

void TstImporter::importsEveryFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("cameras");
    QTest::addColumn<int>("stations");
    QTest::newRow("csv") << "cameras_basic.csv" << 3 << 0;
    QTest::newRow("csv stations") << "stations.csv" << 0 << 4;
    QTest::newRow("geojson") << "cameras.geojson" << 3 << 0;
    QTest::newRow("kml") << "mymaps.kml" << 2 << 0;
    QTest::newRow("kmz") << "mymaps.kmz" << 2 << 0;
    QTest::newRow("gpx") << "waypoints.gpx" << 2 << 0;
    QTest::newRow("osm") << "camera.osm" << 1 << 0;
}

void TstImporter::importsEveryFormat()
{
    QFETCH(QString, file);
    QFETCH(int, cameras);
    QFETCH(int, stations);
    const Result<Dataset> r = importFile(kData + file, std::nullopt, {});
    if (isError(r))
        QFAIL(qPrintable(std::get<ParseError>(r).args.join(' ')));
    const Dataset &d = std::get<Dataset>(r);
    QVERIFY(validateDataset(d).empty());
    QCOMPARE(int(d.cameras.size()), cameras);
    QCOMPARE(int(d.network.stations.size()), stations);
    QCOMPARE(d.sources.size(), std::size_t(1));
    for (const Camera &c : d.cameras) {
        QCOMPARE(c.sightings.size(), std::size_t(1));
        QCOMPARE(c.sightings[0].source, SourceId{0});
    }
    // The pack reader brings the pack's own sources.
    const Result<Dataset> pack = importFile(m_demo, std::nullopt, {});
    QVERIFY(!isError(pack));
    QCOMPARE(std::get<Dataset>(pack).sources, testing::smallCity().sources);
}

void TstImporter::importErrors()
{
    const Result<Dataset> absent =
        importFile(kData + QStringLiteral("absent.csv"), std::nullopt, {});
    QCOMPARE(std::get<ParseError>(absent).code, ParseErrorCode::CannotOpen);
    QTemporaryDir dir;
    const QString unknown = dir.filePath(QStringLiteral("x.dat"));
    QVERIFY(writeBytes(unknown, "hello"));
    QCOMPARE(std::get<ParseError>(importFile(unknown, std::nullopt, {})).code,
             ParseErrorCode::Unsupported);
    // Told the wrong format, the reader for that format says what it expected.
    const Result<Dataset> wrong =
        importFile(kData + QStringLiteral("cameras_basic.csv"), FileFormat::GeoJson, {});
    QVERIFY(isError(wrong));
    QCOMPARE(std::get<ParseError>(wrong).line, 1);
    ImportOptions small;
    small.limits.maxFileBytes = 100;
    QCOMPARE(std::get<ParseError>(
                 importFile(kData + QStringLiteral("cameras_basic.csv"), std::nullopt, small))
                 .code,
             ParseErrorCode::TooLarge);
    Progress progress;
    progress.cancel();
    ImportOptions cancelled;
    cancelled.progress = &progress;
    QCOMPARE(std::get<ParseError>(
                 importFile(kData + QStringLiteral("cameras_basic.csv"), std::nullopt, cancelled))
                 .code,
             ParseErrorCode::Cancelled);
    QCOMPARE(std::get<ParseError>(importFile(dir.path(), FileFormat::Csv, {})).code,
             ParseErrorCode::CannotOpen);
}

void TstImporter::gtfsFolderFromSharedData()
{
    const QString feed = kShared + QStringLiteral("/subways/tiny_world_gtfs");
    if (!QFileInfo(feed).isDir())
        QSKIP("../shared/data/subways/tiny_world_gtfs is absent");
    QCOMPARE(guessFormat(feed), std::optional(FileFormat::Gtfs));
    const Result<Dataset> r = importFile(feed, std::nullopt, {});
    if (isError(r))
        QFAIL(qPrintable(std::get<ParseError>(r).args.join(' ')));
    QVERIFY(!std::get<Dataset>(r).network.stations.empty());
}

void TstImporter::cliImportMergesInOrder()
{
    // Two surveys of one camera 3 m apart (0.000027 degrees of latitude is 3.0 m), one of them
    // adding a camera of its own.
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.csv")),
                  b = dir.filePath(QStringLiteral("b.csv"));
    QVERIFY(writeBytes(a, "lat,lon,fr,observers\n55.75,37.6,yes,2\n"));
    QVERIFY(writeBytes(b, "lat,lon,fr,observers\n55.750027,37.6,yes,3\n55.76,37.6,no,1\n"));
    const QString out = dir.filePath(QStringLiteral("out.bspack"));
    const CliRun r = cli({QStringLiteral("import"), a, b, QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const Dataset d = packAt(out);
    QVERIFY(validateDataset(d).empty());
    QCOMPARE(d.cameras.size(), std::size_t(2));
    QCOMPARE(d.sources.size(), std::size_t(2));
    QCOMPARE(d.cameras[0].sightings.size(), std::size_t(2));
    QCOMPARE(d.cameras[0].sightings[0].observers + d.cameras[0].sightings[1].observers, 5);
    QCOMPARE(d.cameras[0].position, (LatLon{55.75, 37.6})); // the first input's position stays
    QVERIFY(!d.sources[0].trusted && !d.sources[1].trusted);
    QCOMPARE(d.header.id, QStringLiteral("local.out"));
    QCOMPARE(d.header.version, 1u);
}

void TstImporter::cliImportDryRunWritesNothing()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.bspack"));
    const CliRun r = cli({QStringLiteral("import"), kData + QStringLiteral("cameras_basic.csv"),
                          kData + QStringLiteral("cameras_basic.csv"), QStringLiteral("--out"), out,
                          QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!QFileInfo::exists(out));
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("3 new")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("3 same")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("camera 2: same camera (camera 2, 0.0 m)")));
    // Without --out, a dry run is still fine.
    QCOMPARE(cli({QStringLiteral("import"), kData + QStringLiteral("stations.csv"),
                  QStringLiteral("--dry-run")})
                 .exitCode,
             0);
}

void TstImporter::cliImportOptions()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("odd.txt"));
    QVERIFY(writeBytes(csv, "Y|X|Распознавание\n55,5|37,25|да\n"));
    const QString out = dir.filePath(QStringLiteral("out.bspack"));
    const CliRun r =
        cli({QStringLiteral("import"), csv, QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--delimiter"), QStringLiteral("|"), QStringLiteral("--csv-map"),
             QStringLiteral("lat=Y,lon=X,fr=Распознавание"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 0);
    const Dataset d = packAt(out);
    QCOMPARE(d.cameras.size(), std::size_t(1));
    QCOMPARE(d.cameras[0].position, (LatLon{55.5, 37.25}));
    QCOMPARE(d.cameras[0].frStatus, FrStatus::Confirmed);
    // Trusted only with --trust, which needs a signature checked with --pubkey (issue 11):
    // a plain CSV is never trusted from the command line.
    QVERIFY(!d.sources[0].trusted);
    // Training data and real data do not mix.
    const CliRun mixed =
        cli({QStringLiteral("import"), kData + QStringLiteral("cameras_basic.csv"), m_demo,
             QStringLiteral("--out"), dir.filePath(QStringLiteral("mixed.bspack"))});
    QCOMPARE(mixed.exitCode, 1);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("mixed.bspack"))));
}

void TstImporter::cliImportBadInput()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.bspack"));
    QVERIFY(writeBytes(out, "previous"));
    const QString bad = kData + QStringLiteral("bad_number.csv");
    const CliRun r = cli({QStringLiteral("import"), kData + QStringLiteral("cameras_basic.csv"),
                          bad, QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    const QString err = QString::fromUtf8(r.err).trimmed();
    QVERIFY2(err.startsWith(bad + QStringLiteral(":3:7: ")), qPrintable(err));
    QVERIFY(!err.contains(QLatin1Char('\n')));
    QCOMPARE(fileBytes(out), QByteArray("previous")); // all or nothing
    QCOMPARE(cli({QStringLiteral("import"), dir.filePath(QStringLiteral("absent.csv")),
                  QStringLiteral("--out"), out})
                 .exitCode,
             1);
}

void TstImporter::cliUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const QString csv = kData + QStringLiteral("cameras_basic.csv");
    QTest::newRow("import nothing") << QStringList{"import", "--out", "x.bspack"};
    QTest::newRow("import without out") << QStringList{"import", csv};
    QTest::newRow("import unknown format")
        << QStringList{"import", csv, "--format", "xls", "--out", "x"};
    QTest::newRow("import bad map") << QStringList{"import", csv, "--csv-map", "lat", "--out", "x"};
    QTest::newRow("import unknown field")
        << QStringList{"import", csv, "--csv-map", "sky=blue", "--out", "x"};
    QTest::newRow("import bad delimiter")
        << QStringList{"import", csv, "--delimiter", "ab", "--out", "x"};
    QTest::newRow("import unknown option") << QStringList{"import", csv, "--out", "x", "--colour"};
    QTest::newRow("export without format") << QStringList{"export", "x.bspack", "--out", "y"};
    QTest::newRow("export to gpx")
        << QStringList{"export", "x.bspack", "--format", "gpx", "--out", "y"};
    QTest::newRow("export two inputs")
        << QStringList{"export", "a", "b", "--format", "csv", "--out", "y"};
    QTest::newRow("validate unknown format") << QStringList{"validate", csv, "--format", "xls"};
}

void TstImporter::cliUsageErrors()
{
    QFETCH(QStringList, args);
    const CliRun r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TstImporter::cliExportEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("geojson") << "geojson"
                             << "geojson";
    QTest::newRow("csv") << "csv"
                         << "csv";
    QTest::newRow("kml") << "kml"
                         << "kml";
    QTest::newRow("osm") << "osm"
                         << "osm";
}

void TstImporter::cliExportEveryFormat()
{
    QFETCH(QString, format);
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    const QString pack = dir.filePath(QStringLiteral("in.bspack"));
    QCOMPARE(cli({QStringLiteral("import"), kData + QStringLiteral("cameras_basic.csv"),
                  kData + QStringLiteral("cameras.geojson"), QStringLiteral("--out"), pack})
                 .exitCode,
             0);
    const QString out = dir.filePath(QStringLiteral("cameras.") + suffix);
    const CliRun r = cli({QStringLiteral("export"), pack, QStringLiteral("--format"), format,
                          QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFileInfo::exists(out));
    // What was exported validates and imports back to the same number of cameras.
    QCOMPARE(cli({QStringLiteral("validate"), out}).exitCode, 0);
    const QString back = dir.filePath(QStringLiteral("back.bspack"));
    QCOMPARE(cli({QStringLiteral("import"), out, QStringLiteral("--out"), back}).exitCode, 0);
    QCOMPARE(packAt(back).cameras.size(), packAt(pack).cameras.size());
    QCOMPARE(cli({QStringLiteral("export"), dir.filePath(QStringLiteral("absent.bspack")),
                  QStringLiteral("--format"), format, QStringLiteral("--out"), out})
                 .exitCode,
             1);
}

void TstImporter::cliValidateEveryFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format"); // empty: guessed
    QTest::newRow("csv") << "cameras_basic.csv"
                         << "";
    QTest::newRow("csv semicolons") << "cameras_semicolon_ru.csv"
                                    << "csv";
    QTest::newRow("stations") << "stations.csv"
                              << "";
    QTest::newRow("geojson") << "cameras.geojson"
                             << "geojson";
    QTest::newRow("overpass") << "cameras_overpass.geojson"
                              << "";
    QTest::newRow("kml") << "mymaps.kml"
                         << "";
    QTest::newRow("kmz") << "mymaps.kmz"
                         << "kml";
    QTest::newRow("gpx") << "waypoints.gpx"
                         << "";
    QTest::newRow("osm") << "camera.osm"
                         << "osm";
}

void TstImporter::cliValidateEveryFormat()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QStringList args{QStringLiteral("validate"), kData + file};
    if (!format.isEmpty())
        args << QStringLiteral("--format") << format;
    const CliRun r = cli(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("valid"));
    QCOMPARE(cli({QStringLiteral("validate"), m_demo}).exitCode, 0);
}

void TstImporter::cliValidateBad_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("where");
    QTest::newRow("csv") << kData + "bad_number.csv"
                         << ""
                         << ":3:7: ";
    QTest::newRow("geojson syntax") << kData + "bad_syntax.geojson"
                                    << ""
                                    << ":3:83: ";
    QTest::newRow("geojson value") << kData + "bad_value.geojson"
                                   << ""
                                   << ":3:25: ";
    QTest::newRow("csv read as geojson") << kData + "cameras_basic.csv"
                                         << "geojson"
                                         << ":1:1: ";
    QTest::newRow("kml read as gpx") << kData + "mymaps.kml"
                                     << "gpx"
                                     << ":2:";
}

void TstImporter::cliValidateBad()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, where);
    QStringList args{QStringLiteral("validate"), file};
    if (!format.isEmpty())
        args << QStringLiteral("--format") << format;
    const CliRun r = cli(args);
    QCOMPARE(r.exitCode, 1);
    const QString err = QString::fromUtf8(r.err).trimmed();
    QVERIFY2(err.startsWith(file + where), qPrintable(err));
    QVERIFY(!err.contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TstImporter)
#include "tst_importer.moc"
