#include "core/io/gtfs_reader.h"
#include "core/io/osm/osm_reader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

#include <algorithm>

using namespace blindspot;

Q_DECLARE_METATYPE(blindspot::ParseErrorCode)

namespace {

const QString kMini = QStringLiteral(BLINDSPOT_TEST_DATA "/gtfs/mini");
const QString kTinyWorld = QStringLiteral(BLINDSPOT_SHARED_DATA "/subways/tiny_world");

Dataset mustRead(const QString &path)
{
    Result<Dataset> r = readGtfs(path, {});
    if (isError(r)) {
        const ParseError &e = std::get<ParseError>(r);
        qWarning("%s:%d:%d: %s code %d", qPrintable(e.file), e.line, e.column,
                 qPrintable(e.args.join(' ')), int(e.code));
        return {};
    }
    return std::get<Dataset>(std::move(r));
}

// A copy of the mini feed in a temporary folder, with one file replaced (or removed when the
// new content is null).
QString miniWith(const QTemporaryDir &dir, const QString &file, const QByteArray &content)
{
    const QString feed = dir.filePath(QStringLiteral("feed"));
    QDir().mkpath(feed);
    for (const QString &name : QDir(kMini).entryList(QDir::Files))
        QFile::copy(kMini + QLatin1Char('/') + name, feed + QLatin1Char('/') + name);
    QFile::remove(feed + QLatin1Char('/') + file);
    if (!content.isNull()) {
        QFile f(feed + QLatin1Char('/') + file);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file));
        f.write(content);
    }
    return feed;
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Zips a folder's files under `prefix`, with libzip's writer.
void zipFolder(const QString &folder, const QString &zipPath, const QString &prefix)
{
    int error = 0;
    zip_t *zip =
        zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    QVERIFY(zip);
    std::vector<QByteArray> keep; // zip_source_buffer does not copy
    for (const QString &name : QDir(folder).entryList(QDir::Files, QDir::Name)) {
        keep.push_back(contentOf(folder + QLatin1Char('/') + name));
        zip_source_t *source =
            zip_source_buffer(zip, keep.back().constData(), zip_uint64_t(keep.back().size()), 0);
        QVERIFY(zip_file_add(zip, (prefix + name).toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) >=
                0);
    }
    QCOMPARE(zip_close(zip), 0);
}

int linksOf(const Dataset &d, LinkKind kind)
{
    return int(std::count_if(d.network.links.begin(), d.network.links.end(),
                             [kind](const Link &l) { return l.kind == kind; }));
}

QStringList stationNames(const Network &n, const Line &line)
{
    QStringList names;
    for (StationId s : line.stations)
        names << n.station(s).name.native;
    return names;
}

} // namespace

class TstGtfsReader : public QObject {
    Q_OBJECT
private slots:
    void miniFeed();
    void zippedFeed();
    void errorsAreLocated_data();
    void errorsAreLocated();
    void missingFiles();
    void limitsAndCancel();
    void damagedFeedsNeverCrash();
    void tinyWorld();
    void tinyWorldAgreesWithOsm();
};

void TstGtfsReader::miniFeed()
{
    const Dataset d = mustRead(kMini);
    QVERIFY(validateDataset(d).empty());
    const Network &n = d.network;
    // Metro M1 and rail R1; bus B1 and tram T1 are not read, so BS1's broken position is never
    // looked at.
    QCOMPARE(n.lines.size(), std::size_t(2));
    QCOMPARE(n.lines[0].ref, QStringLiteral("1"));
    QCOMPARE(n.lines[0].name.native, QStringLiteral("Сокольническая"));
    QCOMPARE(n.lines[0].name.inLanguage(QStringLiteral("en")), QStringLiteral("Sokolnicheskaya"));
    QCOMPARE(n.lines[0].colourRgb, 0xD62728u);
    QCOMPARE(n.lines[0].mode, LineMode::Subway);
    QCOMPARE(n.lines[0].sourceRef, QStringLiteral("gtfs:route/M1"));
    QCOMPARE(n.lines[1].mode, LineMode::Suburban);
    QCOMPARE(n.lines[1].colourRgb, 0u); // "zzzzzz" is no colour
    // The longest and most travelled pattern, S1-S2-S3 (t1, t2), orders the line.
    QCOMPARE(stationNames(n, n.lines[0]), (QStringList{"Альфа, Северная", "Beta", "Gamma"}));
    QCOMPARE(stationNames(n, n.lines[1]), (QStringList{"Delta", "Epsilon"}));
    QCOMPARE(n.stations[0].name.inLanguage(QStringLiteral("en")), QStringLiteral("Alpha North"));
    QCOMPARE(n.stations[0].position, (LatLon{55.7, 37.5})); // the parent station's, not P1's
    QCOMPARE(n.stations[0].sourceRef, QStringLiteral("gtfs:stop/S1"));

    // Ride times, arrival to arrival, medians over the trips (either direction):
    // S1-S2: t1 120, t2 130 (23:59:00 to 24:01:10), t3 110, t4 120 -> 120.
    // S2-S3: t1 150 (stop_sequence puts P2 before P3), t2 150, t3 130 -> 150. R1: 300.
    std::vector<double> rides;
    for (const Link &l : n.links)
        if (l.kind == LinkKind::Ride)
            rides.push_back(l.durationSeconds);
    QCOMPARE(rides, (std::vector<double>{120, 150, 300}));
    QCOMPARE(n.links[0].from, StationId{0});
    QCOMPARE(n.links[0].to, StationId{1});

    // transfers.txt joins Gamma and Delta, 240 s, 83.746 m apart (haversine, Python's math).
    QCOMPARE(n.complexes.size(), std::size_t(1));
    QCOMPARE(n.complexes[0].stations, (std::vector<StationId>{StationId{2}, StationId{3}}));
    QCOMPARE(n.complexes[0].name.native, QStringLiteral("Gamma"));
    const Link &transfer = *std::find_if(
        n.links.begin(), n.links.end(), [](const Link &l) { return l.kind == LinkKind::Transfer; });
    QCOMPARE(transfer.durationSeconds, 240.0);
    QVERIFY(qAbs(transfer.lengthMetres - 83.746) < 0.001);
    QCOMPARE(linksOf(d, LinkKind::Transfer), 1); // S1-S5 is transfer_type 3: not possible

    QCOMPARE(n.entrances.size(), std::size_t(2));
    QCOMPARE(n.entrances[0].station, StationId{0});
    QCOMPARE(n.entrances[0].ref, QStringLiteral("1"));
    QCOMPARE(n.entrances[0].name.native, QStringLiteral("Вход \"1\""));
    QCOMPARE(n.entrances[0].sourceRef, QStringLiteral("gtfs:stop/E1"));
    QCOMPARE(n.entrances[1].ref, QString()); // stop_code only repeats the id
    QCOMPARE(n.stations[0].entrances, (std::vector<EntranceId>{EntranceId{0}, EntranceId{1}}));
    // Entry through E1, 55.598 m from S1: 1.2 times that at 1.35 m/s, plus a minute.
    const Link &entry = *std::find_if(n.links.begin(), n.links.end(),
                                      [](const Link &l) { return l.kind == LinkKind::Entry; });
    QVERIFY(qAbs(entry.lengthMetres - 55.598 * 1.2) < 0.01);
    QVERIFY(qAbs(entry.durationSeconds - (55.598 * 1.2 / 1.35 + 60)) < 0.01);
    QCOMPARE(n.zones.size(), std::size_t(5 * kZoneKindCount));

    QCOMPARE(d.header.id, QStringLiteral("gtfs:mini"));
    QCOMPARE(d.header.publisher, QStringLiteral("Test Transit, Inc."));
    QCOMPARE(d.header.version, std::uint64_t(1));
    QVERIFY(!d.header.fictional);
    QCOMPARE(d.sources.size(), std::size_t(1));
    QCOMPARE(d.sources[0].name, QStringLiteral("mini"));
    QVERIFY(!d.sources[0].trusted);
}

void TstGtfsReader::zippedFeed()
{
    const Dataset folder = mustRead(kMini);
    QTemporaryDir dir;
    for (const QString &prefix : {QString(), QStringLiteral("mini/")}) {
        const QString zip = dir.filePath(QStringLiteral("mini.zip"));
        zipFolder(kMini, zip, prefix);
        const Dataset zipped = mustRead(zip);
        QCOMPARE(zipped.network, folder.network);
        QCOMPARE(zipped.header.id, QStringLiteral("gtfs:mini"));
        QCOMPARE(zipped.sources[0].name, QStringLiteral("mini.zip"));
    }
    // An entry that would expand past the limits is refused, naming the file in the feed.
    QTemporaryDir bombDir;
    const QString bombFeed =
        miniWith(bombDir, QStringLiteral("stop_times.txt"), QByteArray(20 << 20, '\0'));
    const QString bomb = dir.filePath(QStringLiteral("bomb.zip"));
    zipFolder(bombFeed, bomb, {});
    ImportOptions limited;
    limited.limits.maxDecompressedBytes = std::int64_t(10) << 20;
    const Result<Dataset> refused = readGtfs(bomb, limited);
    QVERIFY(isError(refused));
    QCOMPARE(std::get<ParseError>(refused).code, ParseErrorCode::TooLarge);
    QCOMPARE(std::get<ParseError>(refused).file, bomb + QStringLiteral("/stop_times.txt"));

    // Errors inside a zipped feed name the archive and the file in it.
    const QString feed =
        miniWith(dir, QStringLiteral("stop_times.txt"),
                 "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nt1,8:00,8:00,P1,1\n");
    const QString zip = dir.filePath(QStringLiteral("bad.zip"));
    zipFolder(feed, zip, {});
    const Result<Dataset> r = readGtfs(zip, {});
    QVERIFY(isError(r));
    QCOMPARE(std::get<ParseError>(r).file, zip + QStringLiteral("/stop_times.txt"));
    QCOMPARE(std::get<ParseError>(r).line, 2);
    QCOMPARE(std::get<ParseError>(r).column, 4);
}

void TstGtfsReader::errorsAreLocated_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<ParseErrorCode>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    const QByteArray stopTimesHeader =
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n";
    QTest::newRow("time not HH:MM:SS")
        << "stop_times.txt"
        << stopTimesHeader + "t1,08:00:00,08:00:00,P1,1\nt1,8h02,08:02:00,P2,2\n"
        << ParseErrorCode::Malformed << 3 << 4;
    QTest::newRow("minutes past 59") << "stop_times.txt" << stopTimesHeader + "t1,08:60:00,,P1,1\n"
                                     << ParseErrorCode::Malformed << 2 << 4;
    QTest::newRow("unknown stop") << "stop_times.txt"
                                  << stopTimesHeader + "t1,08:00:00,08:00:00,P9,1\n"
                                  << ParseErrorCode::Malformed << 2 << 22;
    QTest::newRow("sequence not a number")
        << "stop_times.txt" << stopTimesHeader + "t1,,,P1,first\n"
        << ParseErrorCode::Malformed << 2 << 9;
    QTest::newRow("missing column")
        << "stop_times.txt" << QByteArray("trip_id,arrival_time,stop_id\n")
        << ParseErrorCode::Malformed << 1 << 1;
    QTest::newRow("too many fields")
        << "trips.txt" << QByteArray("route_id,service_id,trip_id\nM1,daily,t1,extra\n")
        << ParseErrorCode::Malformed << 2 << 13;
    // The quote opens on line 2 and is never closed; the error points at it.
    QTest::newRow("unclosed quote")
        << "routes.txt"
        << QByteArray("route_id,route_type,route_long_name\nM1,1,\"Red\nM2,1,Blue\n")
        << ParseErrorCode::Malformed << 2 << 6;
    QTest::newRow("text after quote")
        << "routes.txt" << QByteArray("route_id,route_type,route_long_name\nM1,1,\"Red\"x\n")
        << ParseErrorCode::Malformed << 2 << 11;
    QTest::newRow("route_type not a number")
        << "routes.txt" << QByteArray("route_id,route_type\nM1,metro\n")
        << ParseErrorCode::Malformed << 2 << 4;
    QTest::newRow("duplicate stop")
        << "stops.txt" << QByteArray("stop_id,stop_name,stop_lat,stop_lon\nP1,a,1,1\nP1,b,1,1\n")
        << ParseErrorCode::Malformed << 3 << 1;
    // A used station's position is checked where it is: row of S1, column of stop_lat. The
    // header after the byte order mark still counts from column 1; "Альфа" is five characters.
    QTest::newRow("station latitude")
        << "stops.txt"
        << QByteArray(
               "\xEF\xBB\xBFstop_id,stop_name,stop_lat,stop_lon,location_type,parent_station\n"
               "S1,Альфа,95,37.5,1,\nP1,Альфа,55.7,37.5,0,S1\nP2,B,55.71,37.5,0,\nP3,C,55.72,37.5,"
               "0,\nP4,D,55.7205,37.501,0,\nP5,E,55.73,37.51,0,\n"
               "E1,x,55.6995,37.5,2,S1\nE2,x,55.7005,37.5,2,S1\nBS1,x,1,1,0,\n")
        << ParseErrorCode::Malformed << 2 << 10;
    QTest::newRow("unknown parent")
        << "stops.txt" << QByteArray("stop_id,stop_lat,stop_lon,parent_station\nP1,1,1,S9\n")
        << ParseErrorCode::InvalidModel << 2 << 1;
    QTest::newRow("location_type 7") << "stops.txt" << QByteArray("stop_id,location_type\nP1,7\n")
                                     << ParseErrorCode::Malformed << 2 << 4;
}

void TstGtfsReader::errorsAreLocated()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(ParseErrorCode, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QTemporaryDir dir;
    const QString feed = miniWith(dir, file, content);
    const Result<Dataset> r = readGtfs(feed, {});
    QVERIFY(isError(r));
    const ParseError &e = std::get<ParseError>(r);
    QCOMPARE(e.file, feed + QLatin1Char('/') + file);
    QCOMPARE(e.code, code);
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    QVERIFY(e.reason != ParseReason::None);
}

void TstGtfsReader::missingFiles()
{
    QTemporaryDir dir;
    const QString feed = miniWith(dir, QStringLiteral("trips.txt"), QByteArray());
    Result<Dataset> r = readGtfs(feed, {});
    QVERIFY(isError(r));
    QCOMPARE(std::get<ParseError>(r).file, feed + QStringLiteral("/trips.txt"));
    QCOMPARE(std::get<ParseError>(r).code, ParseErrorCode::Malformed);

    const QString empty = dir.filePath(QStringLiteral("nothing"));
    QDir().mkpath(empty);
    r = readGtfs(empty, {});
    QVERIFY(isError(r));
    QCOMPARE(std::get<ParseError>(r).code, ParseErrorCode::NotThisFormat);

    r = readGtfs(dir.filePath(QStringLiteral("absent.zip")), {});
    QVERIFY(isError(r));
    QCOMPARE(std::get<ParseError>(r).code, ParseErrorCode::CannotOpen);

    // Optional files may be absent: no transfers, translations, feed_info or agency.
    const QString bare = miniWith(dir, QStringLiteral("transfers.txt"), QByteArray());
    for (const char *optional : {"translations.txt", "feed_info.txt", "agency.txt"})
        QFile::remove(bare + QLatin1Char('/') + QLatin1String(optional));
    const Dataset d = mustRead(bare);
    QVERIFY(validateDataset(d).empty());
    QCOMPARE(d.network.complexes.size(), std::size_t(0));
    QCOMPARE(d.network.stations[0].name.inLanguage(QStringLiteral("en")),
             QStringLiteral("Альфа, Северная"));
    QCOMPARE(d.header.publisher, QString());
}

void TstGtfsReader::limitsAndCancel()
{
    ImportOptions options;
    options.limits.maxElements = 20; // the mini feed has more rows
    Result<Dataset> r = readGtfs(kMini, options);
    QVERIFY(isError(r));
    QCOMPARE(std::get<ParseError>(r).code, ParseErrorCode::TooLarge);

    ImportOptions tight;
    tight.limits.maxDecompressedBytes = 600; // stops.txt alone is 579 bytes
    r = readGtfs(kMini, tight);
    QVERIFY(isError(r));
    QCOMPARE(std::get<ParseError>(r).code, ParseErrorCode::TooLarge);

    // 4096 rows of stop_times, so that the reader looks at the flag at least once.
    QTemporaryDir dir;
    QByteArray many = "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n";
    for (int i = 0; i < 5000; ++i)
        many += "t1,,,P" + QByteArray::number(1 + i % 3) + "," + QByteArray::number(i) + "\n";
    const QString feed = miniWith(dir, QStringLiteral("stop_times.txt"), many);
    Progress cancelled;
    cancelled.cancel();
    ImportOptions cancelling;
    cancelling.progress = &cancelled;
    r = readGtfs(feed, cancelling);
    QVERIFY(isError(r));
    QCOMPARE(std::get<ParseError>(r).code, ParseErrorCode::Cancelled);

    QList<qint64> done;
    Progress progress([&done](qint64 d, qint64) { done << d; });
    ImportOptions reporting;
    reporting.progress = &progress;
    QVERIFY(!isError(readGtfs(feed, reporting)));
    QVERIFY(!done.isEmpty());
    QVERIFY(std::is_sorted(done.begin(), done.end()));
}

void TstGtfsReader::damagedFeedsNeverCrash()
{
    // Cut or flipped bytes in any file: refused or read, never a crash, never an invalid model.
    QTemporaryDir dir;
    const QString feed = miniWith(dir, QStringLiteral("agency.txt"),
                                  contentOf(kMini + QStringLiteral("/agency.txt")));
    const auto write = [](const QString &path, const QByteArray &bytes) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    };
    for (const QString &file : {QStringLiteral("stops.txt"), QStringLiteral("stop_times.txt"),
                                QStringLiteral("routes.txt"), QStringLiteral("transfers.txt")}) {
        const QString path = feed + QLatin1Char('/') + file;
        const QByteArray bytes = contentOf(path);
        for (qsizetype at = 0; at < bytes.size(); at += 5) {
            QByteArray flipped = bytes;
            flipped[at] = char(flipped[at] ^ (at % 2 ? 0x22 : 0x0A)); // quotes and line breaks
            for (const QByteArray &variant : {bytes.left(at), flipped}) {
                QVERIFY(write(path, variant));
                const Result<Dataset> r = readGtfs(feed, {});
                if (!isError(r))
                    QVERIFY(validateDataset(std::get<Dataset>(r)).empty());
                else
                    QVERIFY(!std::get<ParseError>(r).file.isEmpty());
            }
        }
        QVERIFY(write(path, bytes));
    }
}

void TstGtfsReader::tinyWorld()
{
    if (!QDir(kTinyWorld + QStringLiteral("_gtfs")).exists())
        QSKIP("tiny_world_gtfs is not in ../shared/data");
    const Dataset d = mustRead(kTinyWorld + QStringLiteral("_gtfs"));
    QVERIFY(validateDataset(d).empty());
    const Network &n = d.network;
    QCOMPARE(n.lines.size(), std::size_t(3));
    QCOMPARE(n.lines[0].name.native, QStringLiteral("Blue Line"));
    QCOMPARE(stationNames(n, n.lines[0]), (QStringList{"Station 1", "Station 2", "Station 3"}));
    QCOMPARE(stationNames(n, n.lines[2]), (QStringList{"Station 7", "Station 8"}));
    QCOMPARE(n.stations.size(), std::size_t(8));
    QCOMPARE(n.complexes.size(), std::size_t(2));
    QCOMPARE(n.entrances.size(), std::size_t(10)); // five mapped, five "egress" at stations
    QCOMPARE(d.header.publisher, QStringLiteral("Intersecting 2 metro lines; One light rail line"));
    // No times in stop_times.txt: rides fall back to distance at line speed plus a stop; the
    // transfers carry transfers.txt's minimum times.
    for (const Link &l : n.links) {
        if (l.kind == LinkKind::Ride)
            QVERIFY(qAbs(l.durationSeconds - (l.lengthMetres / (41.6 / 3.6) + 25)) < 1e-9);
        if (l.kind == LinkKind::Transfer)
            QVERIFY(l.durationSeconds == 106 || l.durationSeconds == 81);
    }
}

// The same network described in OSM and in the GTFS feed a subway validator made from it must
// import alike: the reason both readers share the network builder.
void TstGtfsReader::tinyWorldAgreesWithOsm()
{
    if (!QDir(kTinyWorld + QStringLiteral("_gtfs")).exists() ||
        !QFile::exists(kTinyWorld + QStringLiteral(".osm")))
        QSKIP("tiny_world is not in ../shared/data");
    const Dataset gtfs = mustRead(kTinyWorld + QStringLiteral("_gtfs"));
    const Result<Dataset> osmRead = readOsm(kTinyWorld + QStringLiteral(".osm"), {});
    QVERIFY(!isError(osmRead));
    const Dataset &osm = std::get<Dataset>(osmRead);
    const Network &a = osm.network, &b = gtfs.network;

    // Lines: the same refs, colours and stations.
    QCOMPARE(a.lines.size(), b.lines.size());
    for (const Line &line : a.lines) {
        const auto other = std::find_if(b.lines.begin(), b.lines.end(),
                                        [&line](const Line &l) { return l.ref == line.ref; });
        QVERIFY2(other != b.lines.end(), qPrintable(line.ref));
        QCOMPARE(other->colourRgb, line.colourRgb);
        QStringList mine = stationNames(a, line), theirs = stationNames(b, *other);
        mine.sort();
        theirs.sort();
        QCOMPARE(theirs, mine);
    }
    // Stations: the same names, each within 50 m of its namesake.
    QCOMPARE(a.stations.size(), b.stations.size());
    for (const Station &s : a.stations) {
        const auto other =
            std::find_if(b.stations.begin(), b.stations.end(),
                         [&s](const Station &t) { return t.name.native == s.name.native; });
        QVERIFY2(other != b.stations.end(), qPrintable(s.name.native));
        QVERIFY2(haversineMetres(s.position, other->position) < 50.0, qPrintable(s.name.native));
        QCOMPARE(b.line(other->line).ref, a.line(s.line).ref);
    }
    // Complexes: the same groups of names.
    const auto groups = [](const Network &n) {
        QList<QStringList> out;
        for (const StationComplex &c : n.complexes) {
            QStringList names;
            for (StationId s : c.stations)
                names << n.station(s).name.native;
            names.sort();
            out << names;
        }
        std::sort(out.begin(), out.end());
        return out;
    };
    QCOMPARE(groups(b), groups(a));
    // Entrances: each mapped one has a counterpart within 10 m at a station of the same name.
    // The feed adds an "egress" at the very position of each station OSM maps no entrance for.
    std::vector<bool> matched(b.entrances.size(), false);
    for (const Entrance &e : a.entrances) {
        bool found = false;
        for (std::size_t i = 0; i < b.entrances.size(); ++i) {
            const Entrance &f = b.entrances[i];
            if (haversineMetres(e.position, f.position) < 10.0 &&
                b.station(f.station).name.native == a.station(e.station).name.native) {
                matched[i] = found = true;
                break;
            }
        }
        QVERIFY2(found, qPrintable(e.ref));
    }
    for (std::size_t i = 0; i < b.entrances.size(); ++i)
        if (!matched[i])
            QVERIFY(haversineMetres(b.entrances[i].position,
                                    b.station(b.entrances[i].station).position) < 1.0);
    QCOMPARE(int(std::count(matched.begin(), matched.end(), true)), int(a.entrances.size()));
}

QTEST_GUILESS_MAIN(TstGtfsReader)
#include "tst_gtfs_reader.moc"
