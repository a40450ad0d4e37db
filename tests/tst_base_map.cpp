// The base map (issue 16 item 3): joining OSM ways into rings, the sea from coastlines, the
// model's helpers, and the import of the real Monaco extract (../shared/data/osm-city) checked
// against an independent reading of the file with libosmium.
#include "core/io/importer.h"
#include "core/io/osm/base_map_geometry.h"
#include "core/model/base_map.h"
#include "core/model/clip_area.h"
#include "core/model/dataset.h"

#include <osmium/handler.hpp>
#include <osmium/io/pbf_input.hpp>
#include <osmium/visitor.hpp>

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace blindspot;

namespace {

using Ids = std::vector<std::int64_t>;

// Shoelace area in the units of the coordinates (lon as x, lat as y); positive when the ring
// runs counter-clockwise.
double signedArea(const std::vector<LatLon> &ring)
{
    double sum = 0;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const LatLon &a = ring[i], &b = ring[(i + 1) % ring.size()];
        sum += a.lon * b.lat - b.lon * a.lat;
    }
    return sum / 2;
}

// Even-odd: inside an odd number of the rings.
template <class Ring> bool insideRings(const std::vector<Ring> &rings, double lat, double lon)
{
    bool inside = false;
    for (const Ring &ring : rings)
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const LatLon a = ring[i], b = ring[j];
            if ((a.lat > lat) != (b.lat > lat) &&
                lon < (b.lon - a.lon) * (lat - a.lat) / (b.lat - a.lat) + a.lon)
                inside = !inside;
        }
    return inside;
}

std::vector<std::vector<LatLon>> ringsOf(const BaseMap &map, const BaseFeature &f)
{
    std::vector<std::vector<LatLon>> rings;
    for (std::uint32_t r = f.firstRing; r < f.firstRing + f.ringCount; ++r) {
        std::vector<LatLon> &ring = rings.emplace_back();
        for (std::uint32_t i = map.ringBegin(r); i < map.ringEnds[r]; ++i)
            ring.push_back(map.points[i].latLon());
    }
    return rings;
}

QString monacoFile(const char *name)
{
    return QDir(QStringLiteral(BLINDSPOT_SHARED_DATA))
        .filePath(QStringLiteral("osm-city/") + QLatin1String(name));
}

} // namespace

class TstBaseMap : public QObject {
    Q_OBJECT
private slots:
    void joinWaysIntoRings();
    void seaBelowACoastlineAcrossTheBox();
    void seaFollowsTheCoastlineDirection();
    void coastlineEndingInsideTheBox();
    void islandsInTheSea();
    void noCoastlineNoSea();
    void keepAndAppend();
    void monacoBaseMap();
};

void TstBaseMap::joinWaysIntoRings()
{
    // A multipolygon's outer ring in three ways, one drawn the other way round.
    auto joined = osm::joinWays({{1, 2}, {3, 2}, {3, 1}}, true);
    QCOMPARE(joined.size(), std::size_t(1));
    QCOMPARE(joined[0].size(), std::size_t(4));
    QCOMPARE(joined[0].front(), joined[0].back()); // closed
    // Without turning ways round (a coastline), the middle way cannot join: three chains
    // become two, [3,1,2] and [3,2].
    joined = osm::joinWays({{1, 2}, {3, 2}, {3, 1}}, false);
    QCOMPARE(joined.size(), std::size_t(2));
    QVERIFY(std::find(joined.begin(), joined.end(), Ids{3, 1, 2}) != joined.end());
    // In order, end to start: one closed chain.
    joined = osm::joinWays({{2, 3}, {1, 2}, {3, 1}}, false);
    QCOMPARE(joined, (std::vector<Ids>{{2, 3, 1, 2}}));
    // An already closed way and a lone open one stay as they are.
    joined = osm::joinWays({{5, 6, 7, 5}, {8, 9}}, true);
    QCOMPARE(joined.size(), std::size_t(2));
}

void TstBaseMap::seaBelowACoastlineAcrossTheBox()
{
    // Box lon 0..10, lat 0..10; the coastline runs east along lat 5 from outside to outside:
    // land on its left (north), sea on its right (south). The sea is the southern half, 50.
    const GeoBox box{0, 0, 10, 10};
    const auto rings = osm::seaRings({{{5, -1}, {5, 11}}}, box);
    QCOMPARE(rings.size(), std::size_t(1));
    QCOMPARE(std::abs(signedArea(rings[0])), 50.0);
    QVERIFY(signedArea(rings[0]) < 0); // clockwise, the sea on the right
    QVERIFY(insideRings(rings, 2, 5));
    QVERIFY(!insideRings(rings, 8, 5));
}

void TstBaseMap::seaFollowsTheCoastlineDirection()
{
    // The same line run west: the sea is now the northern half. A bend south (to lat 3 at
    // lon 5, between lon 4 and 6) is a bay: the triangle of base 2 and height 2 it encloses
    // is sea too, 50 + 2 = 52.
    const GeoBox box{0, 0, 10, 10};
    auto rings = osm::seaRings({{{5, 11}, {5, -1}}}, box);
    QCOMPARE(rings.size(), std::size_t(1));
    QCOMPARE(std::abs(signedArea(rings[0])), 50.0);
    QVERIFY(insideRings(rings, 8, 5));
    rings = osm::seaRings({{{5, 11}, {5, 6}, {3, 5}, {5, 4}, {5, -1}}}, box);
    QCOMPARE(std::abs(signedArea(rings[0])), 52.0);
    QVERIFY(insideRings(rings, 4, 5));
}

void TstBaseMap::coastlineEndingInsideTheBox()
{
    // The extract cut the coastline at lon 8: its end is taken to the nearest edge (east, at
    // lat 5), which gives the same southern half.
    const GeoBox box{0, 0, 10, 10};
    const auto rings = osm::seaRings({{{5, -1}, {5, 8}}}, box);
    QCOMPARE(rings.size(), std::size_t(1));
    QCOMPARE(std::abs(signedArea(rings[0])), 50.0);
    // Two coastlines across the box: one east along lat 2 (sea south of it, lat 0..2), one
    // west along lat 8 (sea north of it, lat 8..10); the land between. Two rings of 20.
    const auto two = osm::seaRings({{{2, -1}, {2, 11}}, {{8, 11}, {8, -1}}}, box);
    QCOMPARE(two.size(), std::size_t(2));
    QVERIFY(insideRings(two, 1, 5));
    QVERIFY(insideRings(two, 9, 5));
    QVERIFY(!insideRings(two, 5, 5));
    QCOMPARE(std::abs(signedArea(two[0])) + std::abs(signedArea(two[1])), 40.0);
}

void TstBaseMap::islandsInTheSea()
{
    // The coastline crossing the box plus an island (counter-clockwise, land on the left) in
    // the sea: the island is a hole.
    const GeoBox box{0, 0, 10, 10};
    const std::vector<LatLon> island{{1, 1}, {1, 2}, {2, 2}, {2, 1}, {1, 1}};
    auto rings = osm::seaRings({{{5, -1}, {5, 11}}, island}, box);
    QCOMPARE(rings.size(), std::size_t(2));
    QVERIFY(insideRings(rings, 3, 3));
    QVERIFY(!insideRings(rings, 1.5, 1.5));
    // Islands alone: the box is sea around them.
    rings = osm::seaRings({island}, box);
    QCOMPARE(rings.size(), std::size_t(2));
    QVERIFY(insideRings(rings, 8, 8));
    QVERIFY(!insideRings(rings, 1.5, 1.5));
}

void TstBaseMap::noCoastlineNoSea()
{
    const GeoBox box{0, 0, 10, 10};
    QVERIFY(osm::seaRings({}, box).empty());
    // A coastline wholly outside the box says nothing about the box.
    QVERIFY(osm::seaRings({{{20, -1}, {20, 11}}}, box).empty());
    // No box (an extract without nodes): nothing.
    QVERIFY(osm::seaRings({{{5, -1}, {5, 11}}}, GeoBox{}).empty());
}

void TstBaseMap::keepAndAppend()
{
    BaseMap map;
    const auto at = [](double lat, double lon) { return BasePoint::of({lat, lon}); };
    QVERIFY(addBaseFeature(map, BaseMapKind::Building,
                           {{at(1, 1), at(1, 2), at(2, 2), at(1, 1)}}));
    QVERIFY(!addBaseFeature(map, BaseMapKind::Building, {{at(1, 1), at(1, 2)}})); // too short
    QVERIFY(addBaseFeature(map, BaseMapKind::Rail, {{at(5, 5), at(6, 6)}, {at(7, 7), at(8, 8)}}));
    QCOMPARE(map.features.size(), std::size_t(2));
    QCOMPARE(map.ringEnds, (std::vector<std::uint32_t>{3, 5, 7}));
    QVERIFY(baseMapProblem(map) == nullptr);

    BaseMap both = map;
    appendBaseMap(both, map);
    QCOMPARE(both.features.size(), std::size_t(4));
    QCOMPARE(both.features[3].firstRing, 4u);
    QCOMPARE(both.ringEnds.back(), 14u);
    QVERIFY(baseMapProblem(both) == nullptr);

    // Keep what lies north of lat 4: the railway of each copy.
    const std::size_t removed = keepBaseFeatures(
        both, [](const BaseFeature &, const BasePoint *p, std::uint32_t n) {
            return std::any_of(p, p + n, [](const BasePoint &q) { return q.latLon().lat > 4; });
        });
    QCOMPARE(removed, std::size_t(2));
    QCOMPARE(both.features.size(), std::size_t(2));
    QCOMPARE(both.features[1].firstRing, 2u);
    QCOMPARE(both.ringEnds, (std::vector<std::uint32_t>{2, 4, 6, 8}));
    QCOMPARE(both.points[4], at(5, 5));
    QVERIFY(baseMapProblem(both) == nullptr);

    both.ringEnds[1] = 1; // backwards
    QVERIFY(baseMapProblem(both) != nullptr);
}

void TstBaseMap::monacoBaseMap()
{
    const QString pbf = monacoFile("monaco.osm.pbf");
    if (!QFileInfo::exists(pbf))
        QSKIP("osm-city/monaco.osm.pbf is not in ../shared/data");

    // An independent count with libosmium: closed ways of at least four nodes tagged building
    // (not "no"), and multipolygon relations tagged building. (osmium tags-filter gives the
    // same: 23,326 closed building ways and 3 relations in this file.)
    struct Counter : osmium::handler::Handler {
        int buildingWays = 0;
        int buildingRelations = 0;
        int coastlineWays = 0;
        void way(const osmium::Way &w)
        {
            const char *building = w.tags()["building"];
            if (building && std::strcmp(building, "no") != 0 && w.nodes().size() >= 4 &&
                w.is_closed())
                ++buildingWays;
            const char *natural = w.tags()["natural"];
            if (natural && std::strcmp(natural, "coastline") == 0)
                ++coastlineWays;
        }
        void relation(const osmium::Relation &r)
        {
            const char *type = r.tags()["type"];
            const char *building = r.tags()["building"];
            if (type && std::strcmp(type, "multipolygon") == 0 && building &&
                std::strcmp(building, "no") != 0)
                ++buildingRelations;
        }
    } counter;
    osmium::io::Reader reader(pbf.toStdString());
    osmium::apply(reader, counter);
    reader.close();
    QCOMPARE(counter.buildingWays, 23326);
    QCOMPARE(counter.coastlineWays, 28);

    const Result<Dataset> read = importFile(pbf, std::nullopt, {});
    QVERIFY(!isError(read));
    const Dataset &d = std::get<Dataset>(read);
    const BaseMap &map = d.baseMap;
    int buildings = 0, green = 0, rail = 0;
    std::vector<const BaseFeature *> water;
    for (const BaseFeature &f : map.features) {
        buildings += f.kind == BaseMapKind::Building;
        green += f.kind == BaseMapKind::Green;
        rail += f.kind == BaseMapKind::Rail;
        if (f.kind == BaseMapKind::Water)
            water.push_back(&f);
    }
    QCOMPARE(buildings, counter.buildingWays + counter.buildingRelations);
    QVERIFY(green > 50);
    QVERIFY(rail > 0);
    // The sea from the coastline: off Monaco's harbour (43.725 N, 7.44 E) is sea; the
    // Casino (43.7397 N, 7.4275 E) and the Jardin Exotique (43.7312 N, 7.4137 E) are not.
    const auto inWater = [&](double lat, double lon) {
        return std::any_of(water.begin(), water.end(), [&](const BaseFeature *f) {
            return insideRings(ringsOf(map, *f), lat, lon);
        });
    };
    QVERIFY(inWater(43.725, 7.44));
    QVERIFY(inWater(43.72, 7.48));
    QVERIFY(!inWater(43.7397, 7.4275));
    QVERIFY(!inWater(43.7312, 7.4137));
    QVERIFY(!inWater(43.76, 7.40)); // La Turbie, inland
    QVERIFY(baseMapProblem(map) == nullptr);

    // Clipped to a box around the Casino: fewer buildings, each with a point inside.
    const ClipArea box = ClipArea::fromBox({43.736, 7.422, 43.742, 7.432}, QStringLiteral("box"));
    ImportOptions options;
    options.clip = &box;
    const Result<Dataset> clipped = importFile(pbf, std::nullopt, options);
    QVERIFY(!isError(clipped));
    const BaseMap &small = std::get<Dataset>(clipped).baseMap;
    QVERIFY(!small.features.empty());
    QVERIFY(small.features.size() < map.features.size() / 10);
    for (const BaseFeature &f : small.features) {
        const auto rings = ringsOf(small, f);
        QVERIFY(std::any_of(rings.begin(), rings.end(), [&box](const std::vector<LatLon> &ring) {
            return std::any_of(ring.begin(), ring.end(),
                               [&box](LatLon p) { return box.contains(p); });
        }));
    }
}

QTEST_GUILESS_MAIN(TstBaseMap)
#include "tst_base_map.moc"
