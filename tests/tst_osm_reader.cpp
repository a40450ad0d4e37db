#include "core/io/osm/node_locations.h"
#include "core/io/osm/osm_tags.h"
#include "core/io/osm/point_grid.h"
#include "core/io/osm/way_node_ids.h"
#include "core/io/osm/osm_reader.h"
#include "core/io/values/direction.h"
#include "core/io/values/number.h"

#include <osmium/io/any_input.hpp>
#include <osmium/io/any_output.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace blindspot;

Q_DECLARE_METATYPE(blindspot::ParseErrorCode)
Q_DECLARE_METATYPE(std::optional<double>)

namespace {

const QString kSubways = QStringLiteral(BLINDSPOT_SHARED_DATA "/subways");
const QString kConformance = QStringLiteral(BLINDSPOT_SHARED_DATA "/osm-testdata/xml/data");

QString fixture(const char *name)
{
    return QStringLiteral(BLINDSPOT_TEST_DATA "/osm/") + QLatin1String(name);
}

Dataset mustRead(const QString &path, const ImportOptions &options = {})
{
    Result<Dataset> r = readOsm(path, options);
    if (isError(r)) {
        const ParseError &e = std::get<ParseError>(r);
        qWarning("%s:%d:%d: %s (%s) code %d", qPrintable(e.file), e.line, e.column,
                 qPrintable(e.args.join(' ')), qPrintable(e.element), int(e.code));
        return {};
    }
    return std::get<Dataset>(std::move(r));
}

int linksOf(const Dataset &d, LinkKind kind)
{
    return int(std::count_if(d.network.links.begin(), d.network.links.end(),
                             [kind](const Link &l) { return l.kind == kind; }));
}

// Converts a file with libosmium's writer: how the tests get PBF and gzip input. `sorted` marks
// a PBF as sorted by type and id, as extracts are (the reader then stops its node pass early).
void convert(const QString &from, const QString &to, bool sorted = false)
{
    osmium::io::Reader reader(QFile::encodeName(from).toStdString());
    osmium::io::Header header = reader.header();
    if (sorted)
        header.set("sorting", "Type_then_ID");
    osmium::io::Writer writer(QFile::encodeName(to).toStdString(), header,
                              osmium::io::overwrite::allow);
    while (osmium::memory::Buffer buffer = reader.read())
        writer(std::move(buffer));
    writer.close();
    reader.close();
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TstOsmReader : public QObject {
    Q_OBJECT
private slots:
    void directions_data();
    void directions();
    void heights_data();
    void heights();
    void systems_data();
    void systems();
    void colours();
    void nodeLookups_data();
    void nodeLookups();
    void wayNodeIds();
    void pointGrid();
    void conformance_data();
    void conformance();
    void cameraTags();
    void stationZones();
    void provenance();
    void buildingsLeftOut();
    void streets();
    void streetNamesAndDetails();
    void cyclesEnd();
    void tinyWorld();
    void routeEdgeCases_data();
    void routeEdgeCases();
    void kuntsevskayaEnds();
    void pbfMatchesXml_data();
    void pbfMatchesXml();
    void contentDecidesFormat();
    void errorsAreLocated_data();
    void errorsAreLocated();
    void limits();
    void cancelAndProgress();
    void damagedPbfNeverCrashes();
    void pbfBlobWithoutTypeIsRefused();
    void damagedXmlNeverCrashes();
};

void TstOsmReader::directions_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QList<double>>("headings"); // -1: unknown
    QTest::addColumn<QList<double>>("fovs");     // -1: unknown
    QTest::newRow("degrees") << "45" << QList<double>{45} << QList<double>{-1};
    QTest::newRow("decimal, spaces") << " 45.5 " << QList<double>{45.5} << QList<double>{-1};
    QTest::newRow("degree sign") << "90°" << QList<double>{90} << QList<double>{-1};
    QTest::newRow("full turn is north") << "360" << QList<double>{0} << QList<double>{-1};
    QTest::newRow("negative") << "-45" << QList<double>{315} << QList<double>{-1};
    QTest::newRow("N") << "N" << QList<double>{0} << QList<double>{-1};
    QTest::newRow("nne lower case") << "nne" << QList<double>{22.5} << QList<double>{-1};
    QTest::newRow("WNW = 13 * 22.5") << "WNW" << QList<double>{292.5} << QList<double>{-1};
    QTest::newRow("range 30-90") << "30-90" << QList<double>{60} << QList<double>{60};
    QTest::newRow("range over north") << "350-10" << QList<double>{0} << QList<double>{20};
    // Clockwise from 90 to 30 is 300 degrees wide, centred at 90 + 150.
    QTest::newRow("range clockwise") << "90-30" << QList<double>{240} << QList<double>{300};
    QTest::newRow("compass range") << "N-E" << QList<double>{45} << QList<double>{90};
    QTest::newRow("empty range") << "45-45" << QList<double>{45} << QList<double>{-1};
    QTest::newRow("list") << "0;120;240" << QList<double>{0, 120, 240} << QList<double>{-1, -1, -1};
    QTest::newRow("list with range")
        << "10;100-140" << QList<double>{10, 120} << QList<double>{-1, 40};
    QTest::newRow("trailing semicolon") << "45;" << QList<double>{45} << QList<double>{-1};
    QTest::newRow("unreadable part") << "45;junk" << QList<double>{45, -1} << QList<double>{-1, -1};
    QTest::newRow("unreadable") << "somewhere" << QList<double>{-1} << QList<double>{-1};
    QTest::newRow("absent") << "" << QList<double>{-1} << QList<double>{-1};
}

void TstOsmReader::directions()
{
    QFETCH(QString, value);
    QFETCH(QList<double>, headings);
    QFETCH(QList<double>, fovs);
    const QByteArray utf8 = value.toUtf8();
    const auto parsed =
        parseCameraDirections(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    QCOMPARE(qsizetype(parsed.size()), headings.size());
    for (qsizetype i = 0; i < headings.size(); ++i) {
        QCOMPARE(parsed[std::size_t(i)].headingDegrees.value_or(-1), headings[i]);
        QCOMPARE(parsed[std::size_t(i)].fovDegrees.value_or(-1), fovs[i]);
    }
}

void TstOsmReader::systems_data()
{
    // DESIGN.md, Exposure model 1: surveillance, operator and Blindspot's own tag decide it.
    QTest::addColumn<QString>("surveillance");
    QTest::addColumn<QString>("operatorName");
    QTest::addColumn<QString>("own");
    QTest::addColumn<int>("system");
    QTest::newRow("nothing said") << "" << "" << "" << int(CameraSystem::Unknown);
    QTest::newRow("public") << "public" << "" << "" << int(CameraSystem::City);
    QTest::newRow("a shop's outdoor") << "outdoor" << "" << "" << int(CameraSystem::Private);
    QTest::newRow("indoor") << "INDOOR" << "" << "" << int(CameraSystem::Private);
    QTest::newRow("metro operator") << "indoor" << "Московский метрополитен" << ""
                                    << int(CameraSystem::Metro);
    QTest::newRow("police operator") << "outdoor" << "Полиция" << "" << int(CameraSystem::City);
    QTest::newRow("other operator") << "outdoor" << "ООО Ромашка" << ""
                                    << int(CameraSystem::Private);
    QTest::newRow("own tag wins") << "public" << "" << "private" << int(CameraSystem::Private);
    QTest::newRow("own tag unknown word") << "public" << "" << "bogus" << int(CameraSystem::City);
}

void TstOsmReader::systems()
{
    QFETCH(QString, surveillance);
    QFETCH(QString, operatorName);
    QFETCH(QString, own);
    QFETCH(int, system);
    const QByteArray a = surveillance.toUtf8(), b = operatorName.toUtf8(), c = own.toUtf8();
    QCOMPARE(int(osm::cameraSystemFromTags(std::string_view(a.constData(), a.size()),
                                           std::string_view(b.constData(), b.size()),
                                           std::string_view(c.constData(), c.size()))),
             system);
}

void TstOsmReader::heights_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<double>("metres"); // -1: not accepted
    QTest::newRow("plain") << "3" << 3.0;
    QTest::newRow("decimal") << "3.5" << 3.5;
    QTest::newRow("with unit") << "3 m" << 3.0;
    QTest::newRow("unit attached") << "4m" << 4.0;
    QTest::newRow("feet") << "10'" << 3.048; // 10 * 0.3048
    QTest::newRow("ft") << "20 ft" << 6.096; // 20 * 0.3048
    QTest::newRow("comma is not a decimal point") << "3,5" << -1.0;
    QTest::newRow("words") << "tall" << -1.0;
    QTest::newRow("negative") << "-2" << -1.0;
    QTest::newRow("above the model's range") << "501" << -1.0;
}

void TstOsmReader::heights()
{
    QFETCH(QString, value);
    QFETCH(double, metres);
    const QByteArray utf8 = value.toUtf8();
    const auto parsed =
        parseHeightMetres(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    QCOMPARE(parsed.value_or(-1.0), metres);
}

void TstOsmReader::colours()
{
    QCOMPARE(parseColour("#D62728").value_or(1), 0xD62728u);
    QCOMPARE(parseColour("d62728").value_or(1), 0xD62728u);
    QCOMPARE(parseColour("#a52").value_or(1), 0xAA5522u);
    // CSS names: brown is #A52A2A, grey and gray #808080 (CSS Color 4).
    QCOMPARE(parseColour("brown").value_or(1), 0xA52A2Au);
    QCOMPARE(parseColour("Grey").value_or(1), 0x808080u);
    QCOMPARE(parseColour("gray").value_or(1), 0x808080u);
    QVERIFY(!parseColour("#12345"));
    QVERIFY(!parseColour("blueish"));
}

void TstOsmReader::nodeLookups_data()
{
    QTest::addColumn<qint64>("spacing");
    QTest::addColumn<int>("spread");
    // Ids are k * spacing + a random offset in [-spread, spread], so repeats and gaps occur.
    // 2^32 is where NodeLocations starts a new group of ids (their upper 32 bits change).
    QTest::newRow("small ids, some negative (two groups)") << qint64(4) << 60;
    QTest::newRow("ids across four groups, as OSM's") << qint64(2'400'000) << 3;
    QTest::newRow("more groups than kept apart: ids kept whole") << (qint64(1) << 32) + 7 << 2;
}

// The galloping searches against a plain binary search, on random ids with gaps and repeats,
// half of them requested one by one and half listed at seal(), as an import does.
void TstOsmReader::nodeLookups()
{
    QFETCH(qint64, spacing);
    QFETCH(int, spread);
    QRandomGenerator random(7);
    osm::NodeLocations nodes;
    std::vector<osmium::object_id_type> ids;
    std::vector<osmium::object_id_type> listed;
    for (int k = -500; k < 4500; ++k) {
        const osmium::object_id_type id = k * spacing + random.bounded(-spread, spread + 1);
        ids.push_back(id);
        if (k % 2)
            nodes.request(id);
        else
            listed.push_back(id);
    }
    int listings = 0;
    nodes.seal(listed.size(), [&](const osm::NodeLocations::IdVisitor &visit) {
        ++listings;
        for (osmium::object_id_type id : listed)
            visit(id);
    });
    QCOMPARE(listings, 2); // counted, then collected
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QCOMPARE(nodes.size(), ids.size());
    const auto expected = [&ids](osmium::object_id_type id) {
        const auto it = std::lower_bound(ids.begin(), ids.end(), id);
        return (it != ids.end() && *it == id) ? std::size_t(it - ids.begin()) : osm::kNoIndex;
    };
    // Requested ids and their neighbours, and ids anywhere in the range and beyond it.
    const auto someId = [&] {
        if (random.bounded(2))
            return ids[random.bounded(quint32(ids.size()))] + random.bounded(-1, 2);
        return osmium::object_id_type(random.bounded(-600, 4600) * double(spacing));
    };
    std::size_t hint = 0;
    for (int i = 0; i < 20000; ++i) {
        const osmium::object_id_type id = someId();
        QCOMPARE(nodes.indexOf(id), expected(id));
        QCOMPARE(nodes.indexNear(id, hint), expected(id));
        hint = random.bounded(quint32(ids.size() + 3));
    }
    // A scan in id order, with gaps, then one that jumps back.
    for (std::size_t i = 0; i < ids.size(); i += 1 + random.bounded(3))
        for (osmium::object_id_type id : {ids[i] - 1, ids[i]})
            QCOMPARE(nodes.indexWhileScanning(id), expected(id));
    for (std::size_t i : {ids.size() / 2, std::size_t(0), ids.size() - 1, std::size_t(3)})
        QCOMPARE(nodes.indexWhileScanning(ids[i]), i);
    // Each index keeps the location set for it.
    for (std::size_t i = 0; i < ids.size(); ++i)
        nodes.set(i, osmium::Location(std::int32_t(i), -std::int32_t(i)));
    for (std::size_t i = 0; i < ids.size(); i += 97)
        QVERIFY(nodes.location(nodes.indexOf(ids[i])) ==
                osmium::Location(std::int32_t(i), -std::int32_t(i)));
}

// Node id lists written compactly read back as they were, from the offset append gave, and one
// after another with each list's first id taken from the last of the list before.
void TstOsmReader::wayNodeIds()
{
    using Id = osmium::object_id_type;
    const std::vector<std::vector<Id>> lists = {
        {1, 2, 3, 4, 1},
        {},
        {12'000'000'000, 11'999'999'990, -5, 0},
        {std::numeric_limits<Id>::max(), std::numeric_limits<Id>::min(), 0,
         std::numeric_limits<Id>::min(), std::numeric_limits<Id>::max()},
        {7}};
    osm::WayNodeIds alone, chained;
    std::vector<std::uint64_t> offsets;
    Id previous = 0;
    for (const std::vector<Id> &list : lists) {
        offsets.push_back(alone.size());
        QCOMPARE(alone.appendIds(list), list.size());
        chained.appendByte(0x42);
        chained.appendIds(list, previous);
        if (!list.empty())
            previous = list.back();
    }
    // {1, 2, 3, 4, 1}: a count and five differences (1, 1, 1, 1, -3), a byte each.
    QCOMPARE(offsets[1], std::uint64_t(6));
    std::vector<Id> read;
    for (std::size_t i = 0; i < lists.size(); ++i) {
        std::uint64_t offset = offsets[i];
        alone.idsAt(offset, read);
        QCOMPARE(read, lists[i]);
        QCOMPARE(offset, i + 1 < lists.size() ? offsets[i + 1] : alone.size());
    }
    std::uint64_t offset = 0;
    previous = 0;
    for (const std::vector<Id> &list : lists) {
        QCOMPARE(chained.byteAt(offset), std::uint8_t(0x42));
        chained.idsAt(offset, read, previous);
        QCOMPARE(read, list);
        if (!read.empty())
            previous = read.back();
    }
    QCOMPARE(offset, chained.size());
}

void TstOsmReader::pointGrid()
{
    osm::PointGrid grid;
    grid.add({55.75, 37.60}, 0);
    grid.add({55.7509, 37.60}, 1); // 100.08 m north of item 0
    grid.add({55.76, 37.60}, 2);
    grid.add({89.999, 10.0}, 3);   // near the pole, where cells are metres wide
    grid.add({89.999, -170.0}, 4); // 222 m from item 3, over the pole
    QCOMPARE(grid.nearest({55.7504, 37.60}, 150.0), std::int64_t(0)); // 44.5 m and 55.6 m
    QCOMPARE(grid.nearest({55.7506, 37.60}, 150.0), std::int64_t(1));
    QCOMPARE(grid.nearest({55.7550, 37.60}, 150.0), std::int64_t(-1));
    QCOMPARE(grid.nearest({55.7550, 37.60}, 1000.0), std::int64_t(1)); // 456 m vs 556 m
    QCOMPARE(grid.nearest({89.999, 10.01}, 50.0), std::int64_t(3));
    QCOMPARE(grid.nearest({LatLon{}}, 50.0), std::int64_t(-1));
}

void TstOsmReader::conformance_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");    // valid, invalid or either
    QTest::addColumn<ParseErrorCode>("code"); // for invalid cases
    QTest::addColumn<int>("line");            // 0: no line (not a text-level problem)
    QTest::addColumn<int>("column");
    if (!QDir(kConformance).exists())
        QSKIP("the OSM XML conformance suite is not in ../shared/data");
    // Lines and columns read off each case's data.osm (columns count from 1).
    struct Expectation {
        ParseErrorCode code;
        int line;
        int column;
    };
    const QHash<QString, Expectation> invalid = {
        {"101-missing_version", {ParseErrorCode::Malformed, 2, 1}},
        {"102-wrong_version", {ParseErrorCode::Unsupported, 2, 1}},
        {"104-empty_file", {ParseErrorCode::Empty, 0, 0}},
        {"105-incomplete_xml_file", {ParseErrorCode::Malformed, 3, 1}}, // ends after line 2
        {"106-invalid_xml_file", {ParseErrorCode::Malformed, 3, 5}},    // <foo> inside <osm>
        {"107-wrongly_nested_xml_file", {ParseErrorCode::Malformed, 4, 9}},
        {"108-unknown_top_level", {ParseErrorCode::NotThisFormat, 2, 1}},
        {"109-unknown_data_level", {ParseErrorCode::Malformed, 3, 5}},
        {"110-entity_declaration", {ParseErrorCode::Malformed, 3, 15}}, // where expat stops in it
        {"121-truncated_gzip_file", {ParseErrorCode::Truncated, 0, 0}},
        {"122-no_osm_element", {ParseErrorCode::NotThisFormat, 2, 1}},
        {"123-unknown_element_in_node", {ParseErrorCode::Malformed, 4, 9}},
        {"124-unknown_element_in_way", {ParseErrorCode::Malformed, 7, 5}},
        {"125-unknown_element_in_relation", {ParseErrorCode::Malformed, 4, 5}},
        {"126-wrong_member_type", {ParseErrorCode::Malformed, 4, 5}},
        {"127-missing_member_type", {ParseErrorCode::Malformed, 4, 5}},
        {"128-missing_member_ref", {ParseErrorCode::Malformed, 4, 5}},
    };
    const QStringList cases =
        QDir(kConformance).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 25);
    for (const QString &name : cases) {
        const QDir dir(kConformance + QLatin1Char('/') + name);
        const QStringList data = dir.entryList({QStringLiteral("data.os*")}, QDir::Files);
        QVERIFY2(!data.isEmpty(), qPrintable(name));
        QFile resultFile(dir.filePath(QStringLiteral("result")));
        QString expected = QStringLiteral("either");
        if (resultFile.open(QIODevice::ReadOnly))
            expected = QString::fromUtf8(resultFile.readAll()).trimmed();
        const Expectation e = invalid.value(name, {ParseErrorCode::Malformed, -1, -1});
        if (expected == QLatin1String("invalid"))
            QVERIFY2(invalid.contains(name), qPrintable(name + QStringLiteral(": no expectation")));
        QTest::newRow(qPrintable(name))
            << dir.filePath(data.first()) << expected << e.code << e.line << e.column;
    }
}

void TstOsmReader::conformance()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QFETCH(ParseErrorCode, code);
    QFETCH(int, line);
    QFETCH(int, column);
    const Result<Dataset> r = readOsm(path, {});
    if (expected == QLatin1String("valid")) {
        QVERIFY2(!isError(r),
                 qPrintable(isError(r) ? std::get<ParseError>(r).args.join(' ') : QString()));
        const Dataset &d = std::get<Dataset>(r);
        QVERIFY(validateDataset(d).empty());
        QVERIFY(d.cameras.empty());
        QVERIFY(d.network.stations.empty());
        return;
    }
    if (expected == QLatin1String("either"))
        return; // finishing without a crash is all that is asked
    QVERIFY(isError(r));
    const ParseError &e = std::get<ParseError>(r);
    QCOMPARE(e.file, path);
    QCOMPARE(e.code, code);
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    if (code != ParseErrorCode::Empty)
        QVERIFY(e.reason != ParseReason::None);
}

void TstOsmReader::cameraTags()
{
    const Dataset d = mustRead(fixture("cameras.osm"));
    QVERIFY(validateDataset(d).empty());
    // Nodes 10-23 less guard 15, node 14 three times, node 22 twice, then way 30.
    QCOMPARE(d.cameras.size(), std::size_t(17));
    const auto at = [&d](std::size_t i) -> const Camera & { return d.cameras[i]; };
    QCOMPARE(d.network.stations.size(), std::size_t(2));
    QCOMPARE(d.network.stations[0].name.native, QStringLiteral("Альфа"));
    QCOMPARE(d.network.stations[0].name.inLanguage(QStringLiteral("en")), QStringLiteral("Alpha"));
    QCOMPARE(d.network.lines[0].colourRgb, 0xD62728u);

    QCOMPARE(at(0).sourceRef, QStringLiteral("osm:node/10"));
    QCOMPARE(at(0).headingDegrees, std::optional(45.0));
    QCOMPARE(at(0).fovDegrees, std::optional<double>());
    QCOMPARE(at(0).kind, CameraKind::Fixed);
    QCOMPARE(at(0).mount, CameraMount::Wall);
    QCOMPARE(at(0).heightMetres, std::optional(3.0));
    QCOMPARE(at(0).frStatus, FrStatus::Unknown);
    QCOMPARE(at(0).sightings.size(), std::size_t(1));
    QCOMPARE(at(0).sightings[0].source, SourceId{0});
    QCOMPARE(at(0).sightings[0].observed, QDate(2024, 5, 17));
    QCOMPARE(at(0).sightings[0].observers, 1);
    QCOMPARE(at(0).position, (LatLon{55.755, 37.61}));
    QVERIFY(!isSet(at(0).anchorStation));

    QCOMPARE(at(1).headingDegrees, std::optional(22.5)); // NNE
    QCOMPARE(at(1).kind, CameraKind::Dome);
    QCOMPARE(at(1).mount, CameraMount::Pole);
    QCOMPARE(at(1).heightMetres, std::optional(3.5));

    QCOMPARE(at(2).headingDegrees, std::optional(60.0)); // 30-90
    QCOMPARE(at(2).fovDegrees, std::optional(60.0));
    QCOMPARE(at(2).kind, CameraKind::Ptz);
    QCOMPARE(at(2).mount, CameraMount::Ceiling);
    QCOMPARE(at(2).heightMetres, std::optional(4.0));

    QCOMPARE(at(3).headingDegrees, std::optional(0.0)); // 350-10
    QCOMPARE(at(3).fovDegrees, std::optional(20.0));

    for (std::size_t i = 0; i < 3; ++i) {
        QCOMPARE(at(4 + i).sourceRef, QStringLiteral("osm:node/14#%1").arg(i + 1));
        QCOMPARE(at(4 + i).headingDegrees, std::optional(120.0 * double(i)));
        QCOMPARE(at(4 + i).position, at(4).position);
    }

    QCOMPARE(at(7).sourceRef, QStringLiteral("osm:node/16")); // ALPR; the guard (15) is gone
    QCOMPARE(at(7).headingDegrees, std::optional<double>());
    QCOMPARE(at(7).sightings[0].observed, QDate(2023, 11, 1));

    // Indoor, 44.5 m north of Альфа, named "Турникеты" (turnstiles).
    QCOMPARE(at(8).sourceRef, QStringLiteral("osm:node/17"));
    QCOMPARE(at(8).anchorStation, StationId{0});
    QCOMPARE(at(8).anchorZone, std::optional(ZoneKind::Turnstiles));
    QCOMPARE(at(8).frStatus, FrStatus::Confirmed);
    QCOMPARE(at(8).position, (LatLon{55.7504, 37.6}));

    QVERIFY(!isSet(at(9).anchorStation)); // indoor, but kilometres from any station
    QCOMPARE(at(9).anchorZone, std::optional<ZoneKind>());
    QCOMPARE(at(9).frStatus, FrStatus::Suspected);

    QCOMPARE(at(10).anchorStation, StationId{1}); // level=-2, 12.8 m from Бета
    QCOMPARE(at(10).anchorZone, std::optional(ZoneKind::Platform));

    QVERIFY(!isSet(at(11).anchorStation)); // 13 m from Альфа, but outdoors

    QCOMPARE(at(12).headingDegrees, std::optional<double>());
    QCOMPARE(at(12).heightMetres, std::optional<double>());
    QCOMPARE(at(12).mount, CameraMount::Other);
    QCOMPARE(at(12).notes, QStringLiteral("camera:angle=30"));

    QCOMPARE(at(13).sourceRef, QStringLiteral("osm:node/22#1"));
    QCOMPARE(at(13).headingDegrees, std::optional(45.0));
    QCOMPARE(at(14).sourceRef, QStringLiteral("osm:node/22#2"));
    QCOMPARE(at(14).headingDegrees, std::optional<double>());

    QCOMPARE(at(15).headingDegrees, std::optional(270.0));
    QCOMPARE(at(15).heightMetres, std::optional(3.048));
    QCOMPARE(at(15).frStatus, FrStatus::None);

    // A closed way: the mean of its four corners.
    QCOMPARE(at(16).sourceRef, QStringLiteral("osm:way/30"));
    QCOMPARE(at(16).kind, CameraKind::Fixed);
    QVERIFY(qAbs(at(16).position.lat - 55.758) < 1e-9);
    QVERIFY(qAbs(at(16).position.lon - 37.620) < 1e-9);

    for (std::size_t i = 0; i < d.cameras.size(); ++i)
        QCOMPARE(at(i).id, CameraId{std::uint32_t(i)});
}

void TstOsmReader::stationZones()
{
    const Dataset d = mustRead(fixture("cameras.osm"));
    const Network &n = d.network;
    QCOMPARE(n.zones.size(), std::size_t(2 * kZoneKindCount));
    // Альфа: turnstiles confirmed with 6 cameras, every other zone suspected ("many" is no
    // count); Бета says nothing.
    for (ZoneId id : n.stations[0].zones) {
        const Zone &z = n.zone(id);
        QCOMPARE(z.station, StationId{0});
        const bool turnstiles = z.kind == ZoneKind::Turnstiles;
        QCOMPARE(z.frStatus, turnstiles ? FrStatus::Confirmed : FrStatus::Suspected);
        QCOMPARE(z.reportedCameras, turnstiles ? std::optional(6) : std::nullopt);
    }
    for (ZoneId id : n.stations[1].zones) {
        QCOMPARE(n.zone(id).frStatus, FrStatus::Unknown);
        QCOMPARE(n.zone(id).reportedCameras, std::optional<int>());
    }
    QCOMPARE(n.zone(n.stations[1].zones[3]).kind, ZoneKind::Platform);
}

void TstOsmReader::provenance()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Dataset d = mustRead(fixture("cameras.osm"));
    QCOMPARE(d.header.id, QStringLiteral("osm:cameras"));
    QCOMPARE(d.header.name, QStringLiteral("cameras"));
    QCOMPARE(d.header.version, std::uint64_t(1));
    QCOMPARE(d.header.licence, QStringLiteral("ODbL-1.0"));
    QCOMPARE(d.header.attribution, QStringLiteral("© OpenStreetMap contributors"));
    QVERIFY(!d.header.fictional);
    QCOMPARE(d.header.created.timeSpec(), Qt::UTC);
    QVERIFY(d.header.created >= before);
    QCOMPARE(d.sources.size(), std::size_t(1));
    QCOMPARE(d.sources[0].name, QStringLiteral("cameras.osm"));
    QCOMPARE(d.sources[0].datasetId, QStringLiteral("osm:cameras"));
    QCOMPARE(d.sources[0].retrieved,
             QFileInfo(fixture("cameras.osm")).lastModified().toUTC().date());
    QVERIFY(!d.sources[0].trusted);
    QCOMPARE(d.network.stations[0].sourceRef, QStringLiteral("osm:node/1"));
    QCOMPARE(d.network.lines[0].sourceRef, QStringLiteral("osm:relation/100"));
}

// import --no-buildings: Monaco's 23,329 buildings (23,326 ways and 3 multipolygons, counted
// independently in tst_base_map) are left out, and nothing else changes: every other base-map
// feature point for point, the streets and the places.
void TstOsmReader::buildingsLeftOut()
{
    const QString pbf = QStringLiteral(BLINDSPOT_SHARED_DATA "/osm-city/monaco.osm.pbf");
    if (!QFileInfo::exists(pbf))
        QSKIP("osm-city/monaco.osm.pbf is not in ../shared/data");
    const Result<Dataset> all = readOsm(pbf, {});
    ImportOptions options;
    options.buildings = false;
    const Result<Dataset> without = readOsm(pbf, options);
    QVERIFY(!isError(all));
    QVERIFY(!isError(without));
    const Dataset &a = std::get<Dataset>(all);
    const Dataset &w = std::get<Dataset>(without);
    BaseMap others = a.baseMap;
    const std::size_t buildings =
        keepBaseFeatures(others, [](const BaseFeature &f, const BasePoint *, std::uint32_t) {
            return f.kind != BaseMapKind::Building;
        });
    QCOMPARE(buildings, std::size_t(23'329));
    QVERIFY(others == w.baseMap);
    QVERIFY(w.streets == a.streets);
    QCOMPARE(w.places.size(), a.places.size());
}

void TstOsmReader::streets()
{
    const Dataset d = mustRead(fixture("streets.osm"));
    QVERIFY(validateDataset(d).empty());
    // 100: 1-2, 2-3. 103 trunk with foot=yes: 2-8. 105 private with foot=designated: 8-3.
    // 106 steps through missing node 999: 3-4 and 5-6. Not: 101 foot=no, 102 motorway,
    // 104 private, 107 a building.
    QCOMPARE(d.streets.edges.size(), std::size_t(6));
    QCOMPARE(d.streets.nodes.size(), std::size_t(7)); // 1, 2, 3, 8, 4, 5, 6; node 7 is unused
    // 0.001 degrees of latitude on the mean sphere, and 0.01 degrees of longitude at 55.752 N
    // (haversine by Python's math module: 625.779 m).
    QVERIFY(qAbs(d.streets.edges[0].lengthMetres - 111.195) < 0.001);
    QVERIFY(qAbs(d.streets.edges[2].lengthMetres - 625.779) < 0.001);
    QCOMPARE(d.streets.nodes[indexOf(d.streets.edges[0].from)], (LatLon{55.751, 37.6}));
    QCOMPARE(d.streets.nodes[indexOf(d.streets.edges[5].to)], (LatLon{55.756, 37.6}));
}

void TstOsmReader::streetNamesAndDetails()
{
    const Dataset d = mustRead(fixture("named_streets.osm"));
    QVERIFY(validateDataset(d).empty());
    const StreetNetwork &s = d.streets;
    QCOMPARE(s.edges.size(), std::size_t(7));
    // Ways 200 and 201 are one street (maxspeed does not matter on foot): one entry for both.
    QCOMPARE(s.ways.size(), std::size_t(6));
    QCOMPARE(s.edges[0].way, s.edges[1].way);
    const auto wayOf = [&s](std::size_t edge) { return s.ways[indexOf(s.edges[edge].way)]; };
    const StreetWay tverskaya = wayOf(0);
    QCOMPARE(tverskaya.name.native, QStringLiteral("Тверская улица"));
    QCOMPARE(tverskaya.name.inLanguage(QStringLiteral("en")), QStringLiteral("Tverskaya Street"));
    QCOMPARE(tverskaya.name.inLanguage(QStringLiteral("uk")), QStringLiteral("Тверська вулиця"));
    QVERIFY(!tverskaya.name.byLanguage.contains(QStringLiteral("de"))); // en, ru, uk only
    QCOMPARE(tverskaya.streetClass, StreetClass::Residential);
    QCOMPARE(tverskaya.features, std::uint8_t(0));
    QCOMPARE(wayOf(2).streetClass, StreetClass::Footway);
    QCOMPARE(wayOf(2).features, std::uint8_t(std::uint8_t(StreetFeature::Crossing) |
                                             std::uint8_t(StreetFeature::Signals)));
    QCOMPARE(wayOf(3).streetClass, StreetClass::Steps);
    QCOMPARE(wayOf(3).features, std::uint8_t(StreetFeature::Tunnel));
    QCOMPARE(wayOf(4).features, std::uint8_t(StreetFeature::Bridge));
    QCOMPARE(wayOf(5).streetClass, StreetClass::Corridor);
    QCOMPARE(wayOf(5).features, std::uint8_t(StreetFeature::Indoor));
    // A building passage is an archway, not an underpass; a _link is its road's class.
    QCOMPARE(wayOf(6).name.native, QStringLiteral("Arch"));
    QCOMPARE(wayOf(6).streetClass, StreetClass::Primary);
    QCOMPARE(wayOf(6).features, std::uint8_t(0));
}

void TstOsmReader::cyclesEnd()
{
    // Reading returns at all: a cycle followed for ever would be stopped by ctest's timeout.
    const Dataset d = mustRead(fixture("cycles.osm"));
    QVERIFY(validateDataset(d).empty());
    QCOMPARE(d.network.lines.size(), std::size_t(2));
    QCOMPARE(d.network.stations.size(), std::size_t(2));
    QCOMPARE(d.network.complexes.size(), std::size_t(1));
    QCOMPARE(d.network.complexes[0].name.native, QStringLiteral("A-B"));
    QCOMPARE(d.network.complexes[0].stations, (std::vector<StationId>{StationId{0}, StationId{1}}));
    QCOMPARE(linksOf(d, LinkKind::Transfer), 1);
    const Link &transfer = d.network.links.front();
    QCOMPARE(transfer.kind, LinkKind::Transfer);
    QCOMPARE(transfer.durationSeconds, 180.0);
    QVERIFY(qAbs(transfer.lengthMetres - 100.076) < 0.001);
}

void TstOsmReader::tinyWorld()
{
    const QString path = kSubways + QStringLiteral("/tiny_world.osm");
    if (!QFile::exists(path))
        QSKIP("tiny_world.osm is not in ../shared/data");
    const Dataset d = mustRead(path);
    QVERIFY(validateDataset(d).empty());
    const Network &n = d.network;
    // Route masters 11 (LR), 14 (Red), 15 (Blue), in file order.
    QCOMPARE(n.lines.size(), std::size_t(3));
    QCOMPARE(n.lines[0].name.native, QStringLiteral("LR Line"));
    QCOMPARE(n.lines[0].ref, QStringLiteral("LR"));
    QCOMPARE(n.lines[0].mode, LineMode::LightRail);
    QCOMPARE(n.lines[0].colourRgb, 0xA52A2Au); // "brown"
    QCOMPARE(n.lines[1].name.native, QStringLiteral("Red Line"));
    QCOMPARE(n.lines[1].colourRgb, 0xFF0000u); // "red"
    QCOMPARE(n.lines[2].name.native, QStringLiteral("Blue Line"));
    QCOMPARE(n.lines[2].colourRgb, 0x0000FFu); // from its routes: the master has no colour
    QCOMPARE(n.lines[2].sourceRef, QStringLiteral("osm:relation/15"));
    // Each line in the order of its first route: LR 8-7 (route 10), Red 6-5-4, Blue 3-2-1, where
    // stop position 101 stands for Station 2 through stop_area 1.
    QStringList names;
    for (const Station &s : n.stations)
        names << s.name.native;
    QCOMPARE(names, (QStringList{"Station 8", "Station 7", "Station 6", "Station 5", "Station 4",
                                 "Station 3", "Station 2", "Station 1"}));
    // OSM coordinates are kept to 7 decimals (libosmium's fixed point).
    QVERIFY(qAbs(n.stations[1].position.lat - 0.01028895507) < 1e-7);
    QVERIFY(qAbs(n.stations[1].position.lon - 0.0097109364) < 1e-7);
    // stop_area_groups 5 (Station 5 + Station 2) and 6 (Station 7 + Station 3).
    QCOMPARE(n.complexes.size(), std::size_t(2));
    QCOMPARE(n.complexes[0].stations, (std::vector<StationId>{StationId{1}, StationId{5}}));
    QCOMPARE(n.complexes[1].stations, (std::vector<StationId>{StationId{3}, StationId{6}}));
    // Entrances 201 and 202 (a train_station_entrance) through stop_area 3, 203 and 204 through
    // stop_area 4, and 205, outside any stop area, 28 m from Station 4.
    QCOMPARE(n.entrances.size(), std::size_t(5));
    QStringList entranceRefs;
    for (const Entrance &e : n.entrances)
        entranceRefs << e.ref + QLatin1Char('@') + n.station(e.station).name.native;
    QCOMPARE(entranceRefs, (QStringList{"3-1@Station 3", "3-2@Station 3", "7-2@Station 7",
                                        "7-1@Station 7", "4-1@Station 4"}));
    QCOMPARE(linksOf(d, LinkKind::Ride), 5);
    QCOMPARE(linksOf(d, LinkKind::Transfer), 2);
    QCOMPARE(linksOf(d, LinkKind::Entry), 5);
    QCOMPARE(n.zones.size(), std::size_t(8 * kZoneKindCount));
    // Ride Station 6 - Station 5: the distance at 41.6 km/h plus a 25 s stop.
    const auto found = std::find_if(n.links.begin(), n.links.end(), [](const Link &l) {
        return l.kind == LinkKind::Ride && l.from == StationId{2};
    });
    QVERIFY(found != n.links.end());
    const Link &ride = *found;
    QCOMPARE(ride.to, StationId{3});
    const double metres = haversineMetres(n.stations[2].position, n.stations[3].position);
    QCOMPARE(ride.lengthMetres, metres);
    QVERIFY(qAbs(ride.durationSeconds - (metres / (41.6 / 3.6) + 25.0)) < 1e-9);
    // Entry through 205: 1.2 times the distance, walked at 1.35 m/s, plus a minute.
    const Link &entry = n.links.back();
    QCOMPARE(entry.kind, LinkKind::Entry);
    const double entryMetres = haversineMetres(n.entrances[4].position, n.stations[4].position);
    QVERIFY(qAbs(entry.lengthMetres - entryMetres * 1.2) < 1e-9);
    QVERIFY(qAbs(entry.durationSeconds - (entryMetres * 1.2 / 1.35 + 60.0)) < 1e-9);
}

void TstOsmReader::routeEdgeCases_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("stations");
    QTest::addColumn<int>("rides");
    QTest::addColumn<int>("complexes");
    QTest::addColumn<int>("rings");
    // Counted by hand from the files' relations (see the comments in each file): one line per
    // route_master with routes, masterless routes grouped by ref; one Station per line serving
    // an OSM station; ride links are the distinct neighbour pairs over all routes of a line.
    QTest::newRow("twin_routes") << "twin_routes.osm" << 11 << 57 << 54 << 13 << 4;
    QTest::newRow("twin_routes_with_divergence")
        << "twin_routes_with_divergence.osm" << 8 << 172 << 172 << 24 << 0;
    QTest::newRow("route_masters") << "route_masters.osm" << 15 << 48 << 40 << 8 << 5;
}

void TstOsmReader::routeEdgeCases()
{
    QFETCH(QString, file);
    QFETCH(int, lines);
    QFETCH(int, stations);
    QFETCH(int, rides);
    QFETCH(int, complexes);
    QFETCH(int, rings);
    const QString path = kSubways + QLatin1Char('/') + file;
    if (!QFile::exists(path))
        QSKIP("the subway test files are not in ../shared/data");
    const Dataset d = mustRead(path);
    QVERIFY(validateDataset(d).empty());
    QCOMPARE(int(d.network.lines.size()), lines);
    QCOMPARE(int(d.network.stations.size()), stations);
    QCOMPARE(linksOf(d, LinkKind::Ride), rides);
    QCOMPARE(int(d.network.complexes.size()), complexes);
    QCOMPARE(int(std::count_if(d.network.lines.begin(), d.network.lines.end(),
                               [](const Line &l) { return l.isRing; })),
             rings);
}

void TstOsmReader::kuntsevskayaEnds()
{
    const QString path = kSubways + QStringLiteral("/kuntsevskaya_transfer.osm");
    if (!QFile::exists(path))
        QSKIP("kuntsevskaya_transfer.osm is not in ../shared/data");
    // Reading returns at all (ctest's timeout stops a reader that never does).
    const Result<Dataset> r = readOsm(path, {});
    QVERIFY(!isError(r));
    const Dataset &d = std::get<Dataset>(r);
    QVERIFY(validateDataset(d).empty());
    // One station, but no route serves it, so the model (a station belongs to a line) has no
    // place for it or its entrance; nothing else in the file is a camera or a street.
    QCOMPARE(d.network.stations.size(), std::size_t(0));
    QCOMPARE(d.network.entrances.size(), std::size_t(0));
    QCOMPARE(d.cameras.size(), std::size_t(0));
    QCOMPARE(d.sources.size(), std::size_t(1));
}

void TstOsmReader::pbfMatchesXml_data()
{
    QTest::addColumn<QString>("xml");
    QTest::newRow("cameras") << fixture("cameras.osm");
    QTest::newRow("streets") << fixture("streets.osm");
    QTest::newRow("tiny_world") << kSubways + QStringLiteral("/tiny_world.osm");
}

void TstOsmReader::pbfMatchesXml()
{
    QFETCH(QString, xml);
    if (!QFile::exists(xml))
        QSKIP(qPrintable(xml + QStringLiteral(" is not in ../shared/data")));
    QTemporaryDir dir;
    // The fixtures list nodes, ways and relations in that order, each by id: sorted.
    const QString pbf = dir.filePath(QStringLiteral("copy.osm.pbf"));
    const QString sortedPbf = dir.filePath(QStringLiteral("sorted/copy.osm.pbf"));
    const QString gz = dir.filePath(QStringLiteral("copy.osm.gz"));
    const QString bz2 = dir.filePath(QStringLiteral("copy.osm.bz2"));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sorted")));
    convert(xml, pbf);
    convert(xml, sortedPbf, true);
    convert(xml, gz);
    convert(xml, bz2);
    const Dataset fromXml = mustRead(xml);
    for (const QString &path : {pbf, sortedPbf, gz, bz2}) {
        const Dataset other = mustRead(path);
        QCOMPARE(other.network, fromXml.network);
        QCOMPARE(other.cameras, fromXml.cameras);
        QCOMPARE(other.streets, fromXml.streets);
        QCOMPARE(other.header.id, QStringLiteral("osm:copy"));
    }
}

void TstOsmReader::contentDecidesFormat()
{
    QTemporaryDir dir;
    // An XML file saved under a name that says nothing, and a PBF file named .osm.
    const QString anonymous = dir.filePath(QStringLiteral("download"));
    QVERIFY(QFile::copy(fixture("cameras.osm"), anonymous));
    const QString misnamed = dir.filePath(QStringLiteral("really_pbf.osm"));
    convert(fixture("cameras.osm"), dir.filePath(QStringLiteral("x.pbf")));
    QVERIFY(QFile::rename(dir.filePath(QStringLiteral("x.pbf")), misnamed));
    const Dataset reference = mustRead(fixture("cameras.osm"));
    QCOMPARE(mustRead(anonymous).cameras, reference.cameras);
    QCOMPARE(mustRead(misnamed).cameras, reference.cameras);

    const QString text = writeFile(dir, "notes.txt", "just some text\n");
    const Result<Dataset> r = readOsm(text, {});
    QVERIFY(isError(r));
    QCOMPARE(std::get<ParseError>(r).code, ParseErrorCode::NotThisFormat);

    const Result<Dataset> missing = readOsm(dir.filePath(QStringLiteral("absent.osm")), {});
    QVERIFY(isError(missing));
    QCOMPARE(std::get<ParseError>(missing).code, ParseErrorCode::CannotOpen);
}

void TstOsmReader::errorsAreLocated_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<ParseErrorCode>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("element");
    const QByteArray head = "<?xml version='1.0'?>\n<osm version='0.6'>\n";
    // Columns count characters from 1: the '<' of the element at fault, or where expat stops.
    QTest::newRow("mismatched tag") << head + "  <node id='1' lat='1' lon='2'>\n  </way>\n</osm>\n"
                                    << ParseErrorCode::Malformed << 4 << 5 << QString();
    QTest::newRow("node id not a number") << head + "  <node id='x1' lat='1' lon='2'/>\n</osm>\n"
                                          << ParseErrorCode::Malformed << 3 << 3 << QString();
    QTest::newRow("latitude out of range") << head + "  <node id='1' lat='91' lon='2'/>\n</osm>\n"
                                           << ParseErrorCode::Malformed << 3 << 3 << QString();
    QTest::newRow("latitude not a number") << head + "<node id='1' lat='1,5' lon='2'/>\n</osm>\n"
                                           << ParseErrorCode::Malformed << 3 << 1 << QString();
    QTest::newRow("tag without v")
        << head + "<node id='1' lat='1' lon='2'>\n  <tag k='a'/>\n</node>\n</osm>\n"
        << ParseErrorCode::Malformed << 4 << 3 << QString();
    QTest::newRow("nd without ref") << head + "<way id='1'>\n <nd/>\n</way>\n</osm>\n"
                                    << ParseErrorCode::Malformed << 4 << 2 << QString();
    QTest::newRow("Cyrillic before the fault")
        << head + "<node id='1' lat='1' lon='2'><tag k='name' v='Кунцевская'/><x/></node>\n</osm>\n"
        << ParseErrorCode::Malformed << 3 << 60 << QString();
    QTest::newRow("change section outside osmChange")
        << head + "<modify/>\n</osm>\n"
        << ParseErrorCode::Malformed << 3 << 1 << QString();
}

void TstOsmReader::errorsAreLocated()
{
    QFETCH(QByteArray, xml);
    QFETCH(ParseErrorCode, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, element);
    QTemporaryDir dir;
    const QString path = writeFile(dir, "bad.osm", xml);
    const Result<Dataset> r = readOsm(path, {});
    QVERIFY(isError(r));
    const ParseError &e = std::get<ParseError>(r);
    QCOMPARE(e.file, path);
    QCOMPARE(e.code, code);
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    QCOMPARE(e.element, element);
    QVERIFY(e.reason != ParseReason::None);
}

void TstOsmReader::limits()
{
    ImportOptions options;
    options.limits.maxElements = 10; // cameras.osm has 25 elements
    for (const QString &path : {fixture("cameras.osm")}) {
        const Result<Dataset> r = readOsm(path, options);
        QVERIFY(isError(r));
        QCOMPARE(std::get<ParseError>(r).code, ParseErrorCode::TooLarge);
    }
    QTemporaryDir dir;
    const QString pbf = dir.filePath(QStringLiteral("cameras.pbf"));
    convert(fixture("cameras.osm"), pbf);
    Result<Dataset> r = readOsm(pbf, options);
    QVERIFY(isError(r));
    QCOMPARE(std::get<ParseError>(r).code, ParseErrorCode::TooLarge);

    ImportOptions small;
    small.limits.maxFileBytes = 100;
    r = readOsm(fixture("cameras.osm"), small);
    QVERIFY(isError(r));
    QCOMPARE(std::get<ParseError>(r).code, ParseErrorCode::TooLarge);

    // A gzip file whose XML expands past the cap is refused while it is being expanded.
    ImportOptions tight;
    tight.limits.maxDecompressedBytes = 1000;
    const QString gz = dir.filePath(QStringLiteral("cameras.osm.gz"));
    convert(fixture("cameras.osm"), gz);
    r = readOsm(gz, tight);
    QVERIFY(isError(r));
    QCOMPARE(std::get<ParseError>(r).code, ParseErrorCode::TooLarge);
}

void TstOsmReader::cancelAndProgress()
{
    QList<qint64> done;
    qint64 total = -1;
    Progress progress([&](qint64 d, qint64 t) {
        done << d;
        total = t;
    });
    ImportOptions options;
    options.progress = &progress;
    QVERIFY(!isError(readOsm(fixture("cameras.osm"), options)));
    QVERIFY(!done.isEmpty());
    QVERIFY(std::is_sorted(done.begin(), done.end()));
    QCOMPARE(done.last(), total);
    QVERIFY(total > 0);

    Progress cancelled;
    cancelled.cancel();
    options.progress = &cancelled;
    for (const QString &path : {fixture("cameras.osm")}) {
        const Result<Dataset> r = readOsm(path, options);
        QVERIFY(isError(r));
        QCOMPARE(std::get<ParseError>(r).code, ParseErrorCode::Cancelled);
    }
    QTemporaryDir dir;
    const QString pbf = dir.filePath(QStringLiteral("cameras.pbf"));
    convert(fixture("cameras.osm"), pbf);
    const Result<Dataset> r = readOsm(pbf, options);
    QVERIFY(isError(r));
    QCOMPARE(std::get<ParseError>(r).code, ParseErrorCode::Cancelled);
}

void TstOsmReader::pbfBlobWithoutTypeIsRefused()
{
    // Found by fuzz_pbf: a BlobHeader without its (required) type field made libosmium 2.19
    // pass a null pointer to strncmp. The reader refuses such a file before libosmium sees it,
    // naming the header's offset. Walking the file's frames by hand (4-byte length, BlobHeader,
    // blob): the OSMHeader frame takes bytes 0-72 (4 + 13 + 56), the OSMData frame bytes 73-791
    // (4 + 12 + 703), so the typeless third header starts at byte 792.
    const QString path = QStringLiteral(BLINDSPOT_TEST_DATA
                                        "/fuzz-regressions/pbf/blob_header_without_type.osm.pbf");
    const Result<Dataset> r = readOsm(path, {});
    QVERIFY(isError(r));
    const ParseError &e = std::get<ParseError>(r);
    QCOMPARE(e.code, ParseErrorCode::Malformed);
    QCOMPARE(e.byteOffset, qint64(792));
    QCOMPARE(e.reason, ParseReason::BlobHeaderWithoutType);
}

void TstOsmReader::damagedPbfNeverCrashes()
{
    QTemporaryDir dir;
    const QString pbf = dir.filePath(QStringLiteral("cameras.pbf"));
    convert(fixture("cameras.osm"), pbf);
    QFile f(pbf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    // A cut inside a block is refused; a cut between blocks leaves a shorter valid file, read as
    // such. Flipped bytes are refused or read. Never a crash or a hang.
    const std::size_t allCameras = mustRead(pbf).cameras.size();
    int refused = 0, cuts = 0;
    for (qsizetype cut = 1; cut < bytes.size(); cut += 7, ++cuts) {
        const QString path = writeFile(dir, "cut.pbf", bytes.left(cut));
        const Result<Dataset> r = readOsm(path, {});
        if (isError(r)) {
            ++refused;
            continue;
        }
        QVERIFY(validateDataset(std::get<Dataset>(r)).empty());
        QVERIFY(std::get<Dataset>(r).cameras.size() < allCameras);
    }
    QVERIFY(refused >= cuts - 2);
    for (qsizetype at = 0; at < bytes.size(); at += 13) {
        QByteArray damaged = bytes;
        damaged[at] = char(damaged[at] ^ 0x5A);
        const QString path = writeFile(dir, "flip.pbf", damaged);
        const Result<Dataset> r = readOsm(path, {});
        if (!isError(r))
            QVERIFY(validateDataset(std::get<Dataset>(r)).empty());
    }
}

void TstOsmReader::damagedXmlNeverCrashes()
{
    QFile f(fixture("cameras.osm"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QTemporaryDir dir;
    // Any cut leaves the root element open: always refused, with a line.
    for (qsizetype cut = 1; cut < bytes.size() - 8; cut += 41) {
        const QString path = writeFile(dir, "cut.osm", bytes.left(cut));
        const Result<Dataset> r = readOsm(path, {});
        QVERIFY2(isError(r), qPrintable(QStringLiteral("cut at %1").arg(cut)));
        QVERIFY(std::get<ParseError>(r).line > 0 ||
                std::get<ParseError>(r).code == ParseErrorCode::NotThisFormat);
    }
    for (qsizetype at = 0; at < bytes.size(); at += 17) {
        QByteArray damaged = bytes;
        damaged[at] = char(damaged[at] ^ 0x21);
        const QString path = writeFile(dir, "flip.osm", damaged);
        const Result<Dataset> r = readOsm(path, {});
        if (!isError(r))
            QVERIFY(validateDataset(std::get<Dataset>(r)).empty());
    }
}

QTEST_GUILESS_MAIN(TstOsmReader)
#include "tst_osm_reader.moc"
