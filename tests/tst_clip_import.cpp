// import --clip: the .poly reader, the box parser, clipping a dataset, and the CLI on the real
// Monaco extract (../shared/data/osm-city) with its .poly boundary.
#include "cli_fixtures.h"
#include "fixtures.h"
#include "core/io/clip_reader.h"
#include "core/io/importer.h"
#include "core/io/pack_io.h"
#include "core/model/clip_area.h"

#include <osmium/handler.hpp>
#include <osmium/handler/node_locations_for_ways.hpp>
#include <osmium/index/map/flex_mem.hpp>
#include <osmium/io/pbf_input.hpp>
#include <osmium/visitor.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <set>

Q_DECLARE_METATYPE(blindspot::ParseReason)
using namespace blindspot;
using namespace blindspot::testing;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

// An independent point-in-polygon: the winding number of the ring around p, in lon/lat
// (Sunday's algorithm), not the ray casting the importer uses.
struct Pt {
    double lon, lat;
};
int windingNumber(const std::vector<Pt> &ring, Pt p)
{
    int wn = 0;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const Pt a = ring[i], b = ring[(i + 1) % ring.size()];
        const double side = (b.lon - a.lon) * (p.lat - a.lat) - (p.lon - a.lon) * (b.lat - a.lat);
        if (a.lat <= p.lat) {
            if (b.lat > p.lat && side > 0)
                ++wn;
        } else if (b.lat <= p.lat && side < 0) {
            --wn;
        }
    }
    return wn;
}

// The ring of a one-ring .poly file, read here on its own: lines of two numbers.
std::vector<Pt> polyRing(const QString &path)
{
    std::vector<Pt> ring;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ring;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        bool a = false, b = false;
        if (parts.size() == 2) {
            const double lon = parts[0].toDouble(&a), lat = parts[1].toDouble(&b);
            if (a && b)
                ring.push_back({lon, lat});
        }
    }
    return ring;
}

// Metres from p to the nearest vertex of the ring (good enough for "near the border" with a
// ring whose edges are a few hundred metres long), on the local equirectangular plane.
double metresToRing(const std::vector<Pt> &ring, Pt p)
{
    double best = 1e18;
    const double k = std::cos(p.lat * M_PI / 180.0);
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const Pt a = ring[i], b = ring[(i + 1) % ring.size()];
        // Distance to the segment [a, b], in degrees of latitude scaled to metres.
        const double ax = (a.lon - p.lon) * k, ay = a.lat - p.lat;
        const double bx = (b.lon - p.lon) * k, by = b.lat - p.lat;
        const double dx = bx - ax, dy = by - ay;
        const double len2 = dx * dx + dy * dy;
        double t = len2 > 0 ? -(ax * dx + ay * dy) / len2 : 0;
        t = std::clamp(t, 0.0, 1.0);
        const double x = ax + t * dx, y = ay + t * dy;
        best = std::min(best, std::sqrt(x * x + y * y) * 111195.0);
    }
    return best;
}

QString monacoFile(const char *name)
{
    return QDir(QStringLiteral(BLINDSPOT_SHARED_DATA))
        .filePath(QStringLiteral("osm-city/") + QLatin1String(name));
}

std::set<std::pair<double, double>> nodeSet(const Dataset &d)
{
    std::set<std::pair<double, double>> s;
    for (const LatLon &p : d.streets.nodes)
        s.insert({p.lat, p.lon});
    return s;
}

} // namespace

class TstClipImport : public QObject {
    Q_OBJECT
private slots:
    void polyFile();
    void badPolyFile_data();
    void badPolyFile();
    void box_data();
    void box();
    void containsWithHole();
    void clipSmallCity();
    void cancelledImport();
    void badClipChangesNothing();
    void monacoKeepsOnlyWhatIsInside();
};

void TstClipImport::polyFile()
{
    QTemporaryDir dir;
    // Two outer rings (one closed explicitly, one not), a hole in the first; CRLF line ends and
    // exponent notation as osmium writes them.
    const QString path =
        writeFile(dir, QStringLiteral("two.poly"),
                  "two islands\r\n1\r\n   0.0E+00 0.0E+00\r\n 1 0\r\n 1 1\r\n"
                  " 0 1\r\n 0 0\r\nEND\r\n!1h\r\n 0.4 0.4\r\n 0.6 0.4\r\n 0.6 0.6\r\n"
                  "END\r\n2\r\n 5 5\r\n 6 5\r\n 6 6\r\nEND\r\nEND\r\n");
    const Result<ClipArea> read = readPolyFile(path);
    QVERIFY(!isError(read));
    const ClipArea &area = std::get<ClipArea>(read);
    QCOMPARE(area.name(), QStringLiteral("two.poly"));
    QCOMPARE(area.rings().size(), std::size_t(3));
    QCOMPARE(area.rings()[0].points.size(), std::size_t(4)); // the closing point dropped
    QVERIFY(!area.rings()[0].hole);
    QVERIFY(area.rings()[1].hole);
    QCOMPARE(area.rings()[2].points.size(), std::size_t(3));
    // lat, lon: the file says lon first.
    QCOMPARE(area.rings()[0].points[1], (LatLon{0.0, 1.0}));
    QVERIFY(area.contains({0.2, 0.2}));
    QVERIFY(!area.contains({0.45, 0.55})); // inside the hole triangle (0.4,0.4)-(0.6,0.4)-(0.6,0.6)
    // The triangle (lon, lat) (5,5), (6,5), (6,6) is the half of its square where lat < lon.
    QVERIFY(area.contains({5.2, 5.8}));
    QVERIFY(!area.contains({5.8, 5.2}));
    QVERIFY(!area.contains({3.0, 3.0}));
}

void TstClipImport::badPolyFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<ParseReason>("reason");
    QTest::addColumn<QStringList>("args");
    // Lines and columns counted by hand from the content (1-based).
    using R = ParseReason;
    QTest::newRow("two points") << QByteArray("x\n1\n 1 2\n 3 4\nEND\nEND\n") << 2 << 1
                                << R::RingFewPoints << QStringList{"2"};
    QTest::newRow("not a number") << QByteArray("x\n1\n 7.4 abc\n") << 3 << 6
                                  << R::LatitudeNotNumber << QStringList{"abc"};
    QTest::newRow("decimal comma") << QByteArray("x\n1\n 7,4 43\n") << 3 << 2
                                   << R::LongitudeNotNumber << QStringList{"7,4"};
    QTest::newRow("longitude range") << QByteArray("x\n1\n  200 43\n") << 3 << 3
                                     << R::LongitudeOutOfRange << QStringList{"200"};
    QTest::newRow("latitude range") << QByteArray("x\n1\n 7 -95\n") << 3 << 4
                                    << R::LatitudeOutOfRange << QStringList{"-95"};
    QTest::newRow("three numbers") << QByteArray("x\n1\n 1 2 3\n") << 3 << 2
                                   << R::ExpectedLonLatOrEnd << QStringList{};
    QTest::newRow("ring without END") << QByteArray("x\n1\n 0 0\n 1 0\n 1 1\n") << 5 << 1
                                      << R::RingWithoutEnd << QStringList{"2"};
    QTest::newRow("no final END") << QByteArray("x\n1\n 0 0\n 1 0\n 1 1\nEND\n") << 6 << 1
                                  << R::NoFinalEnd << QStringList{};
    QTest::newRow("no ring") << QByteArray("x\nEND\n") << 2 << 1 << R::NoRingBeforeEnd
                             << QStringList{};
    QTest::newRow("text after END")
        << QByteArray("x\n1\n 0 0\n 1 0\n 1 1\nEND\nEND\n\n  junk\n") << 9 << 3
        << R::TextAfterEnd << QStringList{};
}

void TstClipImport::badPolyFile()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(ParseReason, reason);
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("bad.poly"), content);
    const Result<ClipArea> read = readPolyFile(path);
    QVERIFY(isError(read));
    const ParseError &e = std::get<ParseError>(read);
    QCOMPARE(e.file, path);
    QCOMPARE(e.code, ParseErrorCode::Malformed);
    QCOMPARE(e.reason, reason);
    QCOMPARE(e.args, args);
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
}

void TstClipImport::box_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("kind"); // -1: valid
    QTest::addColumn<int>("field");
    using K = ClipBoxProblem::Kind;
    QTest::newRow("valid") << "43.72, 7.40,43.75,7.44" << -1 << -1;
    QTest::newRow("three values") << "43.72,7.40,43.75" << int(K::Count) << -1;
    QTest::newRow("word") << "43.72,7.40,north,7.44" << int(K::NotANumber) << 2;
    QTest::newRow("decimal comma") << "43,72;7.40,43.75,7.44" << int(K::NotANumber) << 1;
    QTest::newRow("latitude 91") << "43.72,7.40,91,7.44" << int(K::OutOfRange) << 2;
    QTest::newRow("longitude -181") << "43.72,-181,43.75,7.44" << int(K::OutOfRange) << 1;
    QTest::newRow("south above north") << "43.75,7.40,43.72,7.44" << int(K::Empty) << -1;
    QTest::newRow("west equals east") << "43.72,7.40,43.75,7.40" << int(K::Empty) << -1;
}

void TstClipImport::box()
{
    QFETCH(QString, spec);
    QFETCH(int, kind);
    QFETCH(int, field);
    const auto parsed = parseClipBox(spec);
    if (kind < 0) {
        QVERIFY(std::holds_alternative<GeoBox>(parsed));
        const GeoBox b = std::get<GeoBox>(parsed);
        QCOMPARE(b.south, 43.72);
        QCOMPARE(b.west, 7.40);
        QCOMPARE(b.north, 43.75);
        QCOMPARE(b.east, 7.44);
        return;
    }
    QVERIFY(std::holds_alternative<ClipBoxProblem>(parsed));
    QCOMPARE(int(std::get<ClipBoxProblem>(parsed).kind), kind);
    QCOMPARE(std::get<ClipBoxProblem>(parsed).field, field);
}

void TstClipImport::containsWithHole()
{
    // A 10x10 degree square with a 2x2 hole in the middle, and a concave notch: many bands.
    std::vector<ClipRing> rings(2);
    rings[0].points = {{0, 0}, {0, 10}, {10, 10}, {10, 6}, {4, 5}, {10, 4}, {10, 0}};
    rings[1].points = {{4, 1}, {4, 3}, {6, 3}, {6, 1}};
    rings[1].hole = true;
    const ClipArea area(QStringLiteral("notched"), rings);
    QVERIFY(area.contains({1, 1}));
    QVERIFY(!area.contains({5, 2}));    // in the hole
    QVERIFY(!area.contains({8, 5}));    // in the notch: east of the vertex (4,5) inside the cut
    QVERIFY(area.contains({8, 8}));
    QVERIFY(area.contains({5, 4.5}));   // west of the notch's tip at lon 5
    QVERIFY(!area.contains({11, 5}));   // north of everything
    QVERIFY(!area.contains({LatLon{}})); // an unset position is never inside
}

void TstClipImport::clipSmallCity()
{
    Dataset d = smallCity();
    GeoBox box;
    box.south = 55.745;
    box.west = 37.5998;
    box.north = 55.765;
    box.east = 37.6015;
    const ClipArea area = ClipArea::fromBox(box, QStringLiteral("box"));
    const ClipCounts removed = clipDataset(d, area);
    // By hand from tests/fixtures.h: only station 0 (55.750, 37.600) is inside (1 and 2 are at
    // lon 37.610, 3 at lat 55.770); entrance 1 is at lon 37.5995, west of the box; the street
    // camera and street node 2 are at lon 37.602, east of it; the anchored-only camera hangs on
    // station 3; the survey area reaches 55.74..55.77.
    QCOMPARE(removed.stations, std::size_t(3));
    QCOMPARE(removed.entrances, std::size_t(1));
    QCOMPARE(removed.cameras, std::size_t(2));
    QCOMPARE(removed.streetNodes, std::size_t(1));
    QCOMPARE(removed.surveyAreas, std::size_t(1));
    const Network &n = d.network;
    QCOMPARE(n.stations.size(), std::size_t(1));
    QCOMPARE(n.stations[0].name.native, QStringLiteral("Ёлочная"));
    QCOMPARE(n.lines.size(), std::size_t(1)); // red keeps station 0; blue has none left
    QCOMPARE(n.lines[0].ref, QStringLiteral("1"));
    QCOMPARE(n.lines[0].stations, std::vector<StationId>{StationId{0}});
    QVERIFY(n.complexes.empty());
    QCOMPARE(n.stations[0].complex, kNoId<ComplexId>);
    QCOMPARE(n.entrances.size(), std::size_t(1));
    QCOMPARE(n.entrances[0].ref, QStringLiteral("1"));
    QCOMPARE(n.stations[0].entrances, std::vector<EntranceId>{EntranceId{0}});
    QCOMPARE(n.zones.size(), std::size_t(2));
    QCOMPARE(n.links.size(), std::size_t(1)); // the entry; the ride and transfer leave the box
    QCOMPARE(n.links[0].kind, LinkKind::Entry);
    QCOMPARE(d.cameras.size(), std::size_t(1));
    QCOMPARE(d.cameras[0].kind, CameraKind::Turnstile);
    QVERIFY(d.conflicts.empty()); // it was about the street camera
    // Camera ids are stable: the turnstile keeps 0, and the ids of the two cut off (1, 2) are
    // not given again.
    QCOMPARE(d.cameras[0].id, CameraId{0});
    QCOMPARE(d.nextCameraId, 3u);
    QCOMPARE(d.streets.nodes.size(), std::size_t(2));
    QCOMPARE(d.streets.edges.size(), std::size_t(1));
    QVERIFY(d.surveyAreas.empty());
    QVERIFY(validateDataset(d).empty());
    QCOMPARE(d.header.clip, area);

    // The pack keeps the clip.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clipped.bspack"));
    QVERIFY(!writePackFile(d, path));
    const Result<Dataset> back = readPackFile(path);
    QVERIFY(!isError(back));
    QCOMPARE(std::get<Dataset>(back).header.clip, area);
    QCOMPARE(std::get<Dataset>(back).header.clip.rings()[0].points.size(), std::size_t(4));

    // Around the street camera alone (55.7512, 37.6020): it keeps id 1, at index 0, and the
    // conflict about it stays, naming it by that id.
    Dataset street = smallCity();
    GeoBox around;
    around.south = 55.7510;
    around.west = 37.6015;
    around.north = 55.7515;
    around.east = 37.6025;
    clipDataset(street, ClipArea::fromBox(around, QStringLiteral("street")));
    QCOMPARE(street.cameras.size(), std::size_t(1));
    QCOMPARE(street.cameras[0].sourceRef, QStringLiteral("osm:node/42"));
    QCOMPARE(street.cameras[0].id, CameraId{1});
    QCOMPARE(street.conflicts.size(), std::size_t(1));
    QCOMPARE(street.conflicts[0].camera, CameraId{1});
    QVERIFY(validateDataset(street).empty());
}

void TstClipImport::cancelledImport()
{
    const QString file = monacoFile("monaco.osm.pbf");
    if (!QFileInfo::exists(file))
        QSKIP("osm-city/monaco.osm.pbf is not in ../shared/data");
    int reports = 0;
    Progress *self = nullptr;
    Progress progress([&reports, &self](qint64, qint64) {
        ++reports;
        self->cancel();
    });
    self = &progress;
    ImportOptions options;
    options.progress = &progress;
    const Result<Dataset> read = importFile(file, std::nullopt, options);
    QVERIFY(isError(read));
    QCOMPARE(std::get<ParseError>(read).code, ParseErrorCode::Cancelled);
    QCOMPARE(reports, 1); // stopped at the first report
}

void TstClipImport::badClipChangesNothing()
{
    QTemporaryDir dir;
    const QString input = writeFile(
        dir, QStringLiteral("in.geojson"),
        R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":)"
        R"({"type":"Point","coordinates":[7.42,43.73]},"properties":{}}]})");
    const QString out = writeFile(dir, QStringLiteral("out.bspack"), "the old pack");
    const QString poly = writeFile(dir, QStringLiteral("bad.poly"), "x\n1\n 7.4 abc\n");

    const CliRun badPoly = cli({QStringLiteral("import"), input, QStringLiteral("--clip"), poly,
                                QStringLiteral("--out"), out});
    QCOMPARE(badPoly.exitCode, 1);
    QVERIFY2(badPoly.err.contains((poly + QStringLiteral(":3:6:")).toUtf8()), badPoly.err);
    const CliRun badBox = cli({QStringLiteral("import"), input, QStringLiteral("--clip"),
                               QStringLiteral("43.72,7.40,91,7.44"), QStringLiteral("--out"), out});
    QCOMPARE(badBox.exitCode, 2);
    QVERIFY2(badBox.err.contains("the north value 91 is not a latitude"), badBox.err);
    const CliRun missing = cli({QStringLiteral("import"), input, QStringLiteral("--clip"),
                                dir.filePath(QStringLiteral("none.poly")), QStringLiteral("--out"),
                                out});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("none.poly"), missing.err);

    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("the old pack"));
    // Nothing beside it either: no temporary file was started.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);

    // A good box keeps the point inside (43.73 N, 7.42 E) and records the clip.
    const CliRun good =
        cli({QStringLiteral("import"), input, QStringLiteral("--clip"),
             QStringLiteral("43.72,7.40,43.75,7.44"), QStringLiteral("--out"), out});
    QCOMPARE(good.exitCode, 0);
    const Result<Dataset> read = readPackFile(out);
    QVERIFY(!isError(read));
    QCOMPARE(std::get<Dataset>(read).cameras.size(), std::size_t(1));
    QCOMPARE(std::get<Dataset>(read).header.clip.name(), QStringLiteral("43.72,7.4,43.75,7.44"));
    const CliRun away =
        cli({QStringLiteral("import"), input, QStringLiteral("--clip"),
             QStringLiteral("43.74,7.40,43.75,7.44"), QStringLiteral("--out"), out});
    QCOMPARE(away.exitCode, 0);
    QCOMPARE(std::get<Dataset>(readPackFile(out)).cameras.size(), std::size_t(0));
}

void TstClipImport::monacoKeepsOnlyWhatIsInside()
{
    const QString pbf = monacoFile("monaco.osm.pbf");
    const QString poly = monacoFile("monaco.poly");
    if (!QFileInfo::exists(pbf) || !QFileInfo::exists(poly))
        QSKIP("osm-city/monaco.osm.pbf and monaco.poly are not in ../shared/data");
    const std::vector<Pt> ring = polyRing(poly);
    QCOMPARE(ring.size(), std::size_t(27)); // 27 coordinate lines in the file, the last = first

    // An independent reading of the file: the nodes of highway=residential ways, the most
    // common walkable class, inside and outside the boundary, near it (under 150 m). Ways with
    // an access or foot tag are left out: access=no closes some (Allées des Boulingrins).
    struct Handler : osmium::handler::Handler {
        const std::vector<Pt> *ring = nullptr;
        std::vector<Pt> nearOutside, nearInside;
        void way(const osmium::Way &w)
        {
            const char *highway = w.tags()["highway"];
            if (!highway || std::strcmp(highway, "residential") != 0 || w.tags()["access"] ||
                w.tags()["foot"])
                return;
            for (const osmium::NodeRef &n : w.nodes()) {
                if (!n.location().valid())
                    continue;
                const Pt p{n.location().lon(), n.location().lat()};
                if (metresToRing(*ring, p) > 150)
                    continue;
                (windingNumber(*ring, p) != 0 ? nearInside : nearOutside).push_back(p);
            }
        }
    } handler;
    handler.ring = &ring;
    {
        using Index =
            osmium::index::map::FlexMem<osmium::unsigned_object_id_type, osmium::Location>;
        Index index;
        osmium::handler::NodeLocationsForWays<Index> locations(index);
        osmium::io::Reader reader(QFile::encodeName(pbf).toStdString());
        osmium::apply(reader, locations, handler);
        reader.close();
    }
    QVERIFY(!handler.nearOutside.empty());
    QVERIFY(!handler.nearInside.empty());

    QTemporaryDir dir;
    const QString full = dir.filePath(QStringLiteral("full.bspack"));
    const QString clipped = dir.filePath(QStringLiteral("clipped.bspack"));
    QCOMPARE(cli({QStringLiteral("import"), pbf, QStringLiteral("--out"), full}).exitCode, 0);
    const CliRun run = cli({QStringLiteral("import"), pbf, QStringLiteral("--clip"), poly,
                            QStringLiteral("--out"), clipped, QStringLiteral("--progress")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("monaco.osm.pbf: 100% read"), run.err);
    const Result<Dataset> fullRead = readPackFile(full), clippedRead = readPackFile(clipped);
    QVERIFY(!isError(fullRead) && !isError(clippedRead));
    const Dataset &all = std::get<Dataset>(fullRead), &inside = std::get<Dataset>(clippedRead);

    QCOMPARE(inside.header.clip.name(), QStringLiteral("monaco.poly"));
    QCOMPARE(inside.header.clip.rings().size(), std::size_t(1));
    QCOMPARE(inside.header.clip.rings()[0].points.size(), std::size_t(26));
    QVERIFY(all.header.clip.isEmpty());

    // Every kept street node, station, entrance and camera is inside by the winding number.
    QVERIFY(inside.streets.nodes.size() > 1000);
    QVERIFY(inside.streets.nodes.size() < all.streets.nodes.size());
    for (const LatLon &p : inside.streets.nodes)
        QVERIFY2(windingNumber(ring, {p.lon, p.lat}) != 0,
                 qPrintable(QStringLiteral("%1,%2").arg(p.lat, 0, 'f', 7).arg(p.lon, 0, 'f', 7)));
    for (const Station &s : inside.network.stations)
        QVERIFY(windingNumber(ring, {s.position.lon, s.position.lat}) != 0);
    for (const Entrance &e : inside.network.entrances)
        QVERIFY(windingNumber(ring, {e.position.lon, e.position.lat}) != 0);
    for (const Camera &c : inside.cameras)
        QVERIFY(windingNumber(ring, {c.position.lon, c.position.lat}) != 0);
    // Nothing inside was lost: each street node of the full import inside is kept, and the
    // kept edges are the full import's edges between two inside nodes.
    const auto kept = nodeSet(inside), everything = nodeSet(all);
    std::size_t insideOfAll = 0;
    for (const LatLon &p : all.streets.nodes)
        if (windingNumber(ring, {p.lon, p.lat}) != 0) {
            ++insideOfAll;
            QVERIFY(kept.count({p.lat, p.lon}));
        }
    QCOMPARE(inside.streets.nodes.size(), insideOfAll);
    std::size_t edgesInside = 0;
    for (const StreetEdge &e : all.streets.edges) {
        const LatLon a = all.streets.nodes[indexOf(e.from)], b = all.streets.nodes[indexOf(e.to)];
        if (windingNumber(ring, {a.lon, a.lat}) != 0 && windingNumber(ring, {b.lon, b.lat}) != 0)
            ++edgesInside;
    }
    QCOMPARE(inside.streets.edges.size(), edgesInside);

    // The residential nodes near the border found by libosmium: outside ones dropped, inside
    // ones kept, and both in the unclipped import.
    for (const Pt &p : handler.nearOutside) {
        QVERIFY(everything.count({p.lat, p.lon}));
        QVERIFY(!kept.count({p.lat, p.lon}));
    }
    for (const Pt &p : handler.nearInside)
        QVERIFY2(kept.count({p.lat, p.lon}),
                 qPrintable(QStringLiteral("%1,%2").arg(p.lat, 0, 'f', 7).arg(p.lon, 0, 'f', 7)));
}

QTEST_GUILESS_MAIN(TstClipImport)
#include "tst_clip_import.moc"
