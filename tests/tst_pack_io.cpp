#include "fixtures.h"
#include "process_checks.h"
#include "core/io/atomic_file.h"
#include "core/io/pack.pb.h"
#include "core/io/pack_io.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <xxhash.h>

using namespace blindspot;

namespace {

constexpr int kFrame = 24;

// Builds a framed pack around an arbitrary payload, the way the format document describes it,
// without going through the code under test.
QByteArray framed(const QByteArray &payload)
{
    QByteArray out("BSPACK\r\n", 8);
    const auto putLe = [&out](quint64 v, int n) {
        for (int i = 0; i < n; ++i)
            out.append(char((v >> (8 * i)) & 0xFF));
    };
    putLe(quint64(payload.size()), 8);
    putLe(XXH3_64bits(payload.constData(), std::size_t(payload.size())), 8);
    return out + payload;
}

ParseErrorCode codeOf(const Result<Dataset> &r)
{
    return std::get<ParseError>(r).code;
}

} // namespace

class TstPackIo : public QObject {
    Q_OBJECT
private slots:
    void roundTrip();
    void deterministicBytes();
    void fileRoundTrip();
    void badInputs_data();
    void badInputs();
    void everyTruncationIsAnError();
    void bitFlipsNeverCrash();
    void futureMajorVersion();
    void laterMinorVersionIsRead();
    void streetWaysRoundTrip();
    void packWithoutStreetWaysOpens();
    void placesRoundTrip();
    void packWithoutPlacesOpens();
    void streetWayColumnMismatchRejected();
    void baseMapRoundTrip();
    void cameraIdsRoundTrip();
    void packWithoutCameraIdsOpens();
    void cameraIdsOutOfOrderRefused();
    void baseMapColumnMismatchRejected();
    void unknownFieldsSurvive();
    void danglingReferenceRejected();
    void atomicWriteFailureKeepsOldFile();
    void killDuringSaveLeavesValidFile();
};

void TstPackIo::roundTrip()
{
    const Dataset original = testing::smallCity();
    const Result<Dataset> read = readPackBytes(packBytes(original), QStringLiteral("mem"));
    QVERIFY(!isError(read));
    const Dataset &back = std::get<Dataset>(read);
    QCOMPARE(back.header, original.header);
    QCOMPARE(back.network.stations[0].name.native, QStringLiteral("Ёлочная"));
    QCOMPARE(back.network, original.network);
    QCOMPARE(back.cameras, original.cameras);
    QVERIFY(std::isnan(back.cameras[2].position.lat)); // anchored only: no position invented
    QCOMPARE(back.surveyAreas, original.surveyAreas);
    QCOMPARE(back.sources, original.sources);
    QCOMPARE(back.parameterOverrides, original.parameterOverrides);
    QVERIFY(back == original);
}

void TstPackIo::deterministicBytes()
{
    QCOMPARE(packBytes(testing::smallCity()), packBytes(testing::smallCity()));
    const Dataset once = std::get<Dataset>(readPackBytes(packBytes(testing::smallCity()), "m"));
    QCOMPARE(packBytes(once), packBytes(testing::smallCity()));
}

void TstPackIo::fileRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("город.bspack"));
    QVERIFY(!writePackFile(testing::smallCity(), path));
    const Result<Dataset> read = readPackFile(path);
    QVERIFY(!isError(read));
    QVERIFY(std::get<Dataset>(read) == testing::smallCity());
    // Nothing but the pack is left in the folder: the temporary file was renamed.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TstPackIo::badInputs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::addColumn<qint64>("offset");
    const QByteArray good = packBytes(testing::smallCity());
    QTest::newRow("empty") << QByteArray() << int(ParseErrorCode::Empty) << qint64(0);
    QTest::newRow("text file") << QByteArray("lat,lon\n55.7,37.6\n")
                               << int(ParseErrorCode::NotThisFormat) << qint64(0);
    QTest::newRow("frame cut short")
        << good.left(12) << int(ParseErrorCode::Truncated) << qint64(12);
    QTest::newRow("payload cut short")
        << good.left(good.size() - 1) << int(ParseErrorCode::Truncated) << qint64(good.size() - 1);
    QTest::newRow("trailing garbage")
        << good + "x" << int(ParseErrorCode::Malformed) << qint64(good.size());
    QByteArray flipped = good;
    flipped[good.size() / 2] = char(flipped[good.size() / 2] ^ 0x10);
    QTest::newRow("one flipped bit")
        << flipped << int(ParseErrorCode::ChecksumMismatch) << qint64(kFrame);
    QByteArray huge = good;
    huge[15] = char(0x7f); // declared length around 2^62
    QTest::newRow("absurd length") << huge << int(ParseErrorCode::TooLarge) << qint64(8);
    // Random bytes behind a valid frame: the checksum matches, the protobuf does not parse.
    QByteArray noise(4000, '\0');
    QRandomGenerator rng(7);
    for (char &c : noise)
        c = char(rng.bounded(256));
    noise[0] = char(0xff); // an invalid tag makes sure this noise is not accidentally valid
    noise[1] = char(0xff);
    QTest::newRow("random payload")
        << framed(noise) << int(ParseErrorCode::Malformed) << qint64(kFrame);
}

void TstPackIo::badInputs()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    QFETCH(qint64, offset);
    const Result<Dataset> r = readPackBytes(bytes, QStringLiteral("bad.bspack"));
    QVERIFY(isError(r));
    const ParseError &e = std::get<ParseError>(r);
    QCOMPARE(int(e.code), code);
    QCOMPARE(e.file, QStringLiteral("bad.bspack"));
    QCOMPARE(e.byteOffset, offset);
}

void TstPackIo::everyTruncationIsAnError()
{
    const QByteArray good = packBytes(testing::smallCity());
    for (int n = 0; n < good.size(); ++n)
        QVERIFY2(isError(readPackBytes(good.left(n), "t")), qPrintable(QString::number(n)));
}

void TstPackIo::bitFlipsNeverCrash()
{
    // With the checksum fixed up, flipped bits reach the protobuf parser and the model checks:
    // each must give an error or a valid dataset, never a crash or an invalid model.
    const QByteArray good = packBytes(testing::smallCity());
    const QByteArray payload = good.mid(kFrame);
    QRandomGenerator rng(11);
    int errors = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray p = payload;
        const int flips = 1 + int(rng.bounded(3));
        for (int f = 0; f < flips; ++f) {
            const int at = int(rng.bounded(p.size()));
            p[at] = char(p[at] ^ (1 << rng.bounded(8)));
        }
        const Result<Dataset> r = readPackBytes(framed(p), "flip");
        if (isError(r))
            ++errors;
        else
            QVERIFY(validateDataset(std::get<Dataset>(r)).empty());
    }
    QVERIFY(errors > 0);
}

void TstPackIo::futureMajorVersion()
{
    pack::Pack p;
    p.set_format_major(2);
    p.set_format_minor(0);
    p.mutable_header()->set_name("from the future");
    const Result<Dataset> r =
        readPackBytes(framed(QByteArray::fromStdString(p.SerializeAsString())), "f");
    QVERIFY(isError(r));
    QCOMPARE(codeOf(r), ParseErrorCode::FutureVersion);
    QCOMPARE(std::get<ParseError>(r).reason, ParseReason::FormatVersion);
    QCOMPARE(std::get<ParseError>(r).args, QStringList{QStringLiteral("2.0")});

    // A future major whose changed field types do not parse as this version is still named.
    QByteArray incompatible;
    incompatible.append(char(0x08)).append(char(0x03));    // format_major = 3
    incompatible.append(char(0x1d)).append("\0\0\0\0", 4); // field 3 (header) as fixed32
    const Result<Dataset> r2 = readPackBytes(framed(incompatible), "f2");
    QVERIFY(isError(r2));
    QCOMPARE(codeOf(r2), ParseErrorCode::FutureVersion);
}

void TstPackIo::laterMinorVersionIsRead()
{
    QByteArray bytes = packBytes(testing::smallCity());
    pack::Pack p;
    QVERIFY(p.ParseFromArray(bytes.constData() + kFrame, int(bytes.size() - kFrame)));
    p.set_format_minor(9);
    const Result<Dataset> r =
        readPackBytes(framed(QByteArray::fromStdString(p.SerializeAsString())), "m");
    QVERIFY(!isError(r));
    QCOMPARE(std::get<Dataset>(r).header.name, QStringLiteral("Малый город"));
}

namespace {

// Three street nodes, two edges: the first on a named street, the second on no known way.
Dataset namedStreets()
{
    Dataset d = testing::smallCity();
    StreetWay w;
    w.name.native = QStringLiteral("Тверская улица");
    w.name.byLanguage.insert(QStringLiteral("en"), QStringLiteral("Tverskaya Street"));
    w.streetClass = StreetClass::Primary;
    w.features = std::uint8_t(StreetFeature::Tunnel) | std::uint8_t(StreetFeature::Indoor);
    d.streets.ways = {StreetWay{}, w};
    d.streets.edges = {{StreetNodeId{0}, StreetNodeId{1}, 111.2, StreetWayId{1}},
                       {StreetNodeId{1}, StreetNodeId{2}, 125.0, kNoId<StreetWayId>}};
    return d;
}

} // namespace

void TstPackIo::streetWaysRoundTrip()
{
    const Dataset d = namedStreets();
    const QByteArray bytes = packBytes(d);
    pack::Pack p;
    QVERIFY(p.ParseFromArray(bytes.constData() + kFrame, int(bytes.size() - kFrame)));
    QVERIFY(p.format_minor() >= 2u); // street ways came with 1.2; 1.3 added the clip
    // Edge ways as index + 1, 0 for none; class 13 is primary, features 1 | 16.
    QCOMPARE(p.streets().edge_way_plus1_size(), 2);
    QCOMPARE(p.streets().edge_way_plus1(0), 2u);
    QCOMPARE(p.streets().edge_way_plus1(1), 0u);
    QCOMPARE(p.streets().ways(1).street_class(), 13u);
    QCOMPARE(p.streets().ways(1).features(), 17u);
    const Result<Dataset> r = readPackBytes(bytes, "w");
    QVERIFY(!isError(r));
    QCOMPARE(std::get<Dataset>(r).streets, d.streets);
}

void TstPackIo::packWithoutStreetWaysOpens()
{
    // A format 1.1 pack, written field by field as 1.1 writers did: streets with nodes and
    // edges only. It opens, its edges on no way.
    pack::Pack p;
    p.set_format_major(1);
    p.set_format_minor(1);
    p.mutable_header()->set_name("1.1");
    pack::StreetNetwork *s = p.mutable_streets();
    for (double lat : {55.75, 55.751}) {
        s->add_node_lat(lat);
        s->add_node_lon(37.6);
    }
    s->add_edge_from(0);
    s->add_edge_to(1);
    s->add_edge_length_m(111.2);
    const Result<Dataset> r =
        readPackBytes(framed(QByteArray::fromStdString(p.SerializeAsString())), "old");
    QVERIFY(!isError(r));
    const StreetNetwork &streets = std::get<Dataset>(r).streets;
    QCOMPARE(streets.edges.size(), std::size_t(1));
    QVERIFY(streets.ways.empty());
    QCOMPARE(streets.edges[0].way, kNoId<StreetWayId>);
    QCOMPARE(streets.edges[0].lengthMetres, 111.2);
}

void TstPackIo::placesRoundTrip()
{
    Dataset d = namedStreets();
    NamedPlace address;
    address.street = QStringLiteral("Ёлочная улица");
    address.houseNumber = QStringLiteral("7к2");
    address.position = {55.7635, 37.6102};
    NamedPlace cafe;
    cafe.kind = NamedPlace::Kind::Amenity;
    cafe.name.native = QStringLiteral("Кофе Хаус");
    cafe.name.byLanguage.insert(QStringLiteral("en"), QStringLiteral("Coffee House"));
    cafe.position = {55.7615, 37.6095};
    d.places = {address, cafe};
    const QByteArray bytes = packBytes(d);
    pack::Pack p;
    QVERIFY(p.ParseFromArray(bytes.constData() + kFrame, int(bytes.size() - kFrame)));
    QCOMPARE(p.format_minor(), kPackFormatMinor); // places came with 1.4
    QCOMPARE(p.places_size(), 2);
    QCOMPARE(p.places(0).kind(), 0u); // address
    QCOMPARE(p.places(1).kind(), 2u); // amenity
    QCOMPARE(QString::fromStdString(p.places(0).house_number()), QStringLiteral("7к2"));
    QVERIFY(!p.places(0).has_name());
    const Result<Dataset> r = readPackBytes(bytes, "p");
    QVERIFY(!isError(r));
    QCOMPARE(std::get<Dataset>(r).places, d.places);
}

void TstPackIo::packWithoutPlacesOpens()
{
    // A format 1.3 pack has no field 16: it opens with no places.
    pack::Pack p;
    p.set_format_major(1);
    p.set_format_minor(3);
    p.mutable_header()->set_name("1.3");
    const Result<Dataset> r =
        readPackBytes(framed(QByteArray::fromStdString(p.SerializeAsString())), "old");
    QVERIFY(!isError(r));
    QVERIFY(std::get<Dataset>(r).places.empty());
}

// A base map with an area of two rings (a hole), a line across the antimeridian (its
// longitude difference wraps in 32 bits) and a kind from a later minor version.
Dataset withBaseMap()
{
    Dataset d = testing::smallCity();
    BaseMap &map = d.baseMap;
    const auto at = [](double lat, double lon) { return BasePoint::of({lat, lon}); };
    addBaseFeature(map, BaseMapKind::Green,
                                  {{at(55.70, 37.60), at(55.70, 37.62), at(55.72, 37.62),
                                    at(55.70, 37.60)},
                                   {at(55.705, 37.605), at(55.705, 37.61), at(55.71, 37.61)}});
    addBaseFeature(map, BaseMapKind::Rail, {{at(65.0, 179.9), at(65.1, -179.9)}});
    addBaseFeature(map, BaseMapKind(9), {{at(55.7, 37.6), at(55.8, 37.7)}});
    return d;
}

void TstPackIo::baseMapRoundTrip()
{
    const Dataset d = withBaseMap();
    // The closed ring's repeated first point is not stored: 3 + 3 + 2 + 2 points.
    QCOMPARE(d.baseMap.points.size(), 10u);
    QCOMPARE(d.baseMap.ringEnds, (std::vector<std::uint32_t>{3, 6, 8, 10}));
    const QByteArray bytes = packBytes(d);
    pack::Pack p;
    QVERIFY(p.ParseFromArray(bytes.constData() + kFrame, int(bytes.size() - kFrame)));
    QVERIFY(p.format_minor() >= 5u); // the base map came with 1.5
    QCOMPARE(p.base_map().feature_rings_size(), 3);
    // 179.9 to -179.9 degrees is -3,598,000,000 in 1e-7 degrees, which wraps to +696,967,296.
    QCOMPARE(p.base_map().lon_delta_e7(7), 696'967'296);
    const Result<Dataset> r = readPackBytes(bytes, "b");
    QVERIFY(!isError(r));
    const BaseMap &read = std::get<Dataset>(r).baseMap;
    QCOMPARE(read, d.baseMap);
    QCOMPARE(read.points[7].latLon().lon, -179.9);
    QVERIFY(!isKnown(read.features[2].kind)); // kept, not drawn
}

void TstPackIo::cameraIdsRoundTrip()
{
    // smallCity with its first camera deleted: ids 1 and 2 are left, 0 to 2 have been used, and
    // the conflict is about camera 1.
    Dataset d = testing::smallCity();
    d.nextCameraId = indexOf(d.newCameraId()); // as deleting cameras does
    d.cameras.erase(d.cameras.begin());
    QVERIFY(validateDataset(d).empty());
    const QByteArray bytes = packBytes(d);
    pack::Pack p;
    QVERIFY(p.ParseFromArray(bytes.constData() + kFrame, int(bytes.size() - kFrame)));
    QCOMPARE(p.format_minor(), 6u); // stable camera ids came with 1.6
    QCOMPARE(p.cameras_size(), 2);
    QCOMPARE(p.cameras(0).id(), 1u);
    QCOMPARE(p.cameras(1).id(), 2u);
    // Where the id is the place in the list, it is not written.
    const QByteArray whole = packBytes(testing::smallCity());
    pack::Pack q;
    QVERIFY(q.ParseFromArray(whole.constData() + kFrame, int(whole.size() - kFrame)));
    for (const pack::Camera &c : q.cameras())
        QVERIFY(!c.has_id());
    QCOMPARE(p.next_camera_id(), 3u);
    QCOMPARE(p.conflicts(0).camera(), 1u);
    const Result<Dataset> r = readPackBytes(bytes, "ids");
    QVERIFY(!isError(r));
    const Dataset &read = std::get<Dataset>(r);
    QCOMPARE(read, d);
    QCOMPARE(read.newCameraId(), CameraId{3});
}

void TstPackIo::packWithoutCameraIdsOpens()
{
    // A format 1.5 pack, as 1.5 writers wrote it: cameras without ids, the conflict naming its
    // camera by place in the list. The places become the ids.
    pack::Pack p;
    p.set_format_major(1);
    p.set_format_minor(5);
    p.mutable_header()->set_name("1.5");
    for (double lat : {55.75, 55.751}) {
        pack::Camera *c = p.add_cameras();
        c->set_lat(lat);
        c->set_lon(37.6);
    }
    pack::AttributeConflict *conflict = p.add_conflicts();
    conflict->set_camera(1);
    conflict->set_attribute("fr_status");
    const Result<Dataset> r =
        readPackBytes(framed(QByteArray::fromStdString(p.SerializeAsString())), "old");
    QVERIFY(!isError(r));
    const Dataset &d = std::get<Dataset>(r);
    QCOMPARE(d.cameras.size(), std::size_t(2));
    QCOMPARE(d.cameras[0].id, CameraId{0});
    QCOMPARE(d.cameras[1].id, CameraId{1});
    QCOMPARE(d.cameras[1].position.lat, 55.751);
    QCOMPARE(d.conflicts.front().camera, CameraId{1});
    QCOMPARE(d.nextCameraId, 0u);
    QCOMPARE(d.newCameraId(), CameraId{2});
}

void TstPackIo::cameraIdsOutOfOrderRefused()
{
    // Ids 5 then 2: not in ascending order, which lookups by id rely on. Refused, naming the
    // second camera.
    Dataset d = testing::smallCity();
    d.conflicts.clear();
    d.cameras.pop_back();
    d.cameras[0].id = CameraId{5};
    d.cameras[1].id = CameraId{2};
    const Result<Dataset> r = readPackBytes(packBytes(d), "order");
    QVERIFY(isError(r));
    const ParseError &e = std::get<ParseError>(r);
    QCOMPARE(e.code, ParseErrorCode::InvalidModel);
    QCOMPARE(e.reason, ParseReason::ModelIdOrder);
    QCOMPARE(e.args, (QStringList{QStringLiteral("camera"), QStringLiteral("1"),
                                  QStringLiteral("id 5, id 2")}));
}

void TstPackIo::baseMapColumnMismatchRejected()
{
    const QByteArray bytes = packBytes(withBaseMap());
    pack::Pack p;
    QVERIFY(p.ParseFromArray(bytes.constData() + kFrame, int(bytes.size() - kFrame)));
    // Rings that claim one point more than there are: refused before anything is converted.
    p.mutable_base_map()->set_ring_points(0, 4);
    Result<Dataset> r =
        readPackBytes(framed(QByteArray::fromStdString(p.SerializeAsString())), "c");
    QVERIFY(isError(r));
    QCOMPARE(codeOf(r), ParseErrorCode::Malformed);
    // Consistent columns, but a feature without rings: invalid.
    p.mutable_base_map()->set_ring_points(0, 3);
    p.mutable_base_map()->add_feature_kind(0);
    p.mutable_base_map()->add_feature_rings(0);
    r = readPackBytes(framed(QByteArray::fromStdString(p.SerializeAsString())), "d");
    QVERIFY(isError(r));
    QCOMPARE(codeOf(r), ParseErrorCode::InvalidModel);
}

void TstPackIo::streetWayColumnMismatchRejected()
{
    QByteArray bytes = packBytes(namedStreets());
    pack::Pack p;
    QVERIFY(p.ParseFromArray(bytes.constData() + kFrame, int(bytes.size() - kFrame)));
    // One way for two edges: malformed.
    p.mutable_streets()->mutable_edge_way_plus1()->RemoveLast();
    Result<Dataset> r =
        readPackBytes(framed(QByteArray::fromStdString(p.SerializeAsString())), "c");
    QVERIFY(isError(r));
    QCOMPARE(codeOf(r), ParseErrorCode::Malformed);
    // A way that is not there (3 is index 2 of two ways): a dangling reference.
    p.mutable_streets()->add_edge_way_plus1(3);
    r = readPackBytes(framed(QByteArray::fromStdString(p.SerializeAsString())), "d");
    QVERIFY(isError(r));
    QCOMPARE(codeOf(r), ParseErrorCode::InvalidModel);
}

void TstPackIo::unknownFieldsSurvive()
{
    // A newer writer adds field 99 to the pack, field 50 to the header and field 77 (a string)
    // to the first camera. This version must keep all three through read and write.
    const QByteArray bytes = packBytes(testing::smallCity());
    pack::Pack p;
    QVERIFY(p.ParseFromArray(bytes.constData() + kFrame, int(bytes.size() - kFrame)));
    p.GetReflection()->MutableUnknownFields(&p)->AddVarint(99, 4242);
    p.mutable_header()
        ->GetReflection()
        ->MutableUnknownFields(p.mutable_header())
        ->AddFixed32(50, 7);
    pack::Camera *cam = p.mutable_cameras(0);
    cam->GetReflection()->MutableUnknownFields(cam)->AddLengthDelimited(77, "новое поле");
    const QByteArray extended = framed(QByteArray::fromStdString(p.SerializeAsString()));

    const Result<Dataset> r = readPackBytes(extended, "new");
    QVERIFY(!isError(r));
    const QByteArray rewritten = packBytes(std::get<Dataset>(r));
    pack::Pack q;
    QVERIFY(q.ParseFromArray(rewritten.constData() + kFrame, int(rewritten.size() - kFrame)));
    const auto &top = q.GetReflection()->GetUnknownFields(q);
    QCOMPARE(top.field_count(), 1);
    QCOMPARE(top.field(0).number(), 99);
    QCOMPARE(top.field(0).varint(), quint64(4242));
    const auto &header = q.header().GetReflection()->GetUnknownFields(q.header());
    QCOMPARE(header.field_count(), 1);
    QCOMPARE(header.field(0).fixed32(), 7u);
    const auto &camera = q.cameras(0).GetReflection()->GetUnknownFields(q.cameras(0));
    QCOMPARE(camera.field_count(), 1);
    QCOMPARE(QString::fromStdString(camera.field(0).length_delimited()),
             QStringLiteral("новое поле"));
    // Everything else is unchanged.
    QVERIFY(std::get<Dataset>(readPackBytes(rewritten, "again")).cameras[1] ==
            testing::smallCity().cameras[1]);
}

void TstPackIo::danglingReferenceRejected()
{
    const QByteArray bytes = packBytes(testing::smallCity());
    pack::Pack p;
    QVERIFY(p.ParseFromArray(bytes.constData() + kFrame, int(bytes.size() - kFrame)));
    p.mutable_stations(1)->set_line(40);
    const Result<Dataset> r =
        readPackBytes(framed(QByteArray::fromStdString(p.SerializeAsString())), "d");
    QVERIFY(isError(r));
    QCOMPARE(codeOf(r), ParseErrorCode::InvalidModel);
    // The validator's issue as data for the app to word: element key, index, field and value.
    const ParseError &e = std::get<ParseError>(r);
    QCOMPARE(e.reason, ParseReason::ModelDanglingReference);
    QCOMPARE(e.args, (QStringList{QStringLiteral("station"), QStringLiteral("1"),
                                  QStringLiteral("line -> 40")}));
}

void TstPackIo::atomicWriteFailureKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.bspack"));
    QVERIFY(!writePackFile(testing::smallCity(), path));
    const QByteArray before = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();

    // Renaming a file over a non-empty folder fails after the temporary file was written: the
    // temporary file must be gone and nothing else touched.
    const QString folderTarget = dir.filePath(QStringLiteral("occupied"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("occupied")));
    QFile marker(folderTarget + QStringLiteral("/keep"));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.close();
    const auto error = writeFileAtomically(folderTarget, QByteArray("new"));
    QVERIFY(error);
    QCOMPARE(int(error->code), int(ParseErrorCode::CannotWrite));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);

    // A folder that does not exist.
    QVERIFY(writeFileAtomically(dir.filePath(QStringLiteral("missing/city.bspack")), "x"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TstPackIo::killDuringSaveLeavesValidFile()
{
    // blindspot-cli synth writes a ~10 MB pack; kill -9 it at different moments while it
    // overwrites an existing pack. The target must always read back as a complete pack.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.bspack"));
    const QString temporaries = QStringLiteral(".city.bspack.*.tmp");
    QVERIFY(!writePackFile(testing::smallCity(), path));
    // The delays spread the kills over the run; -1 kills as soon as the temporary file of the
    // save appears. A temporary file left behind proves that the kill landed inside the write.
    int killedDuringWrite = 0;
    for (int delayMs : {5, 40, 120, 250, 400, -1, -1, -1}) {
        QProcess synth;
        synth.start(QStringLiteral(BLINDSPOT_CLI),
                    {QStringLiteral("synth"), QStringLiteral("--cameras"), QStringLiteral("160000"),
                     QStringLiteral("--stations"), QStringLiteral("300"), QStringLiteral("--out"),
                     path});
        QVERIFY2(synth.waitForStarted(), qPrintable(synth.errorString()));
        if (delayMs >= 0)
            QTest::qWait(delayMs);
        else
            QVERIFY2(testing::waitForTemporaryFile(QDir(dir.path()), temporaries, 60000),
                     "blindspot-cli synth never started writing the pack");
        synth.kill();
        QVERIFY(BLINDSPOT_WAIT_FINISHED(synth, 30000));
        const QStringList leftovers =
            QDir(dir.path()).entryList({temporaries}, QDir::Files | QDir::Hidden);
        killedDuringWrite += leftovers.isEmpty() ? 0 : 1;
        const Result<Dataset> r = readPackFile(path);
        QVERIFY2(!isError(r), qPrintable(QStringLiteral("after %1 ms").arg(delayMs)));
        const std::size_t cameras = std::get<Dataset>(r).cameras.size();
        QVERIFY(cameras == 3 || cameras == 160000);
        for (const QString &name : leftovers)
            QVERIFY(QFile::remove(dir.filePath(name)));
    }
    qInfo("kill -9 landed inside a write in %d of 8 rounds", killedDuringWrite);
    QVERIFY2(killedDuringWrite > 0, "no kill landed inside a write: nothing was tested");
}

QTEST_GUILESS_MAIN(TstPackIo)
#include "tst_pack_io.moc"
