#include "core/io/field_mapper.h"
#include "core/io/geojson_reader.h"

#include "direction_rows.h"

#include <QTest>

Q_DECLARE_METATYPE(blindspot::ParseReason)

using namespace blindspot;

namespace {

const QString kData = QStringLiteral(BLINDSPOT_TEST_DATA "/import/");

Result<Dataset> read(const QByteArray &bytes, const ImportOptions &options = {})
{
    return readGeoJsonBytes(bytes, QStringLiteral("test.geojson"), options);
}

Dataset readOk(const QByteArray &bytes, const ImportOptions &options = {})
{
    Result<Dataset> r = read(bytes, options);
    if (isError(r)) {
        const ParseError &e = std::get<ParseError>(r);
        qWarning("unexpected error %d:%d %s", e.line, e.column, qPrintable(e.args.join(' ')));
        return {};
    }
    return std::get<Dataset>(std::move(r));
}

QByteArray point(const char *properties, const char *coordinates = "[37.6, 55.75]")
{
    return QByteArray(
               "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
               "{\"type\":\"Point\",\"coordinates\":") +
           coordinates + "},\"properties\":" + properties + "}]}";
}

} // namespace

class TstGeoJsonReader : public QObject {
    Q_OBJECT
private slots:
    void fixture();
    void overpassExport();
    void singleFeature();
    void directionListsAsInOsm_data();
    void directionListsAsInOsm();
    void propertyTypes();
    void mapping();
    void syntaxErrorsAreLocated_data();
    void syntaxErrorsAreLocated();
    void valueErrorsAreLocated_data();
    void valueErrorsAreLocated();
    void fixtureErrors();
    void notGeoJson_data();
    void notGeoJson();
    void limitsAndCancel();
    void largeDocumentsReadAlike();
    void largeDocumentErrors();
    void locatorAgreesWithValidJson_data();
    void locatorAgreesWithValidJson();
};

void TstGeoJsonReader::fixture()
{
    const Result<Dataset> r = readGeoJson(kData + QStringLiteral("cameras.geojson"), {});
    QVERIFY(!isError(r));
    const Dataset &d = std::get<Dataset>(r);
    QVERIFY(validateDataset(d).empty());
    QCOMPARE(d.sources.size(), std::size_t(1));
    QCOMPARE(d.sources[0].name, QStringLiteral("cameras.geojson"));
    // One Point, one MultiPoint of two; the null geometry and the LineString are skipped.
    QCOMPARE(d.cameras.size(), std::size_t(3));
    const Camera &t = d.cameras[0];
    QCOMPARE(t.position, (LatLon{55.7501, 37.6001})); // GeoJSON is [lon, lat]
    QCOMPARE(t.kind, CameraKind::Turnstile);
    QCOMPARE(t.frStatus, FrStatus::Confirmed);
    QCOMPARE(t.headingDegrees, std::optional<double>(180.0));
    QCOMPARE(t.fovDegrees, std::optional<double>(60.0));
    QCOMPARE(t.heightMetres, std::optional<double>(1.6));
    QCOMPARE(t.notes, QStringLiteral("Face Pay, справа от входа"));
    QCOMPARE(t.sourceRef, QStringLiteral("survey:42"));
    QCOMPARE(t.sightings.size(), std::size_t(1));
    QCOMPARE(t.sightings[0].observed, QDate(2026, 1, 15));
    QCOMPARE(t.sightings[0].observers, 3);
    for (std::size_t i : {1, 2}) {
        const Camera &c = d.cameras[i];
        QCOMPARE(c.kind, CameraKind::Dome);
        QCOMPARE(c.headingDegrees, std::optional<double>(225.0)); // SW
        QCOMPARE(c.mount, CameraMount::Ceiling);
        QCOMPARE(c.frStatus, FrStatus::Suspected);
        QCOMPARE(c.sourceRef, QStringLiteral("osm:node/42")); // the feature id, Overpass style
        QCOMPARE(c.sightings[0].observed, QDate(2025, 12, 31));
    }
    QCOMPARE(d.cameras[2].position, (LatLon{55.7513, 37.6021}));
    QCOMPARE(d.surveyAreas.size(), std::size_t(1));
    const SurveyArea &a = d.surveyAreas[0];
    QCOMPARE(a.name, QStringLiteral("Центр"));
    QCOMPARE(a.polygon.size(), std::size_t(4)); // the closing vertex is dropped
    QCOMPARE(a.surveyed, QDate(2026, 2, 20));
    QCOMPARE(a.completeness, 0.8);
    QCOMPARE(a.source, SourceId{0});
}

void TstGeoJsonReader::overpassExport()
{
    const Result<Dataset> r = readGeoJson(kData + QStringLiteral("cameras_overpass.geojson"), {});
    QVERIFY(!isError(r));
    const Dataset &d = std::get<Dataset>(r);
    QCOMPARE(d.cameras.size(), std::size_t(1));
    const Camera &c = d.cameras[0];
    QCOMPARE(c.sourceRef, QStringLiteral("osm:node/1001"));
    QCOMPARE(c.kind, CameraKind::Fixed);
    QCOMPARE(c.headingDegrees, std::optional<double>(0.0)); // middle of 300-60
    QCOMPARE(c.fovDegrees, std::optional<double>(120.0));
    QCOMPARE(c.heightMetres, std::optional<double>(5.0));
}

void TstGeoJsonReader::directionListsAsInOsm_data()
{
    testing::addDirectionListRows();
}

void TstGeoJsonReader::directionListsAsInOsm()
{
    QFETCH(QByteArray, value);
    QFETCH(QList<double>, headings);
    QFETCH(QList<double>, fovs);
    // The OSM reader's reading of camera:direction, for the same value.
    const CameraDirections osm =
        parseCameraDirections(std::string_view(value.constData(), std::size_t(value.size())));
    QCOMPARE(qsizetype(osm.size()), headings.size());

    const QByteArray properties = R"({"camera:direction": ")" + value + R"(", "fr": "no"})";
    const Dataset d = readOk(point(properties.constData()));
    QCOMPARE(qsizetype(d.cameras.size()), headings.size());
    for (qsizetype i = 0; i < headings.size(); ++i) {
        const Camera &c = d.cameras[std::size_t(i)];
        QCOMPARE(c.id, CameraId{std::uint32_t(i)});
        QCOMPARE(c.headingDegrees.value_or(-1), headings[i]);
        QCOMPARE(c.fovDegrees.value_or(-1), fovs[i]);
        QCOMPARE(c.headingDegrees, osm[std::size_t(i)].headingDegrees);
        QCOMPARE(c.fovDegrees, osm[std::size_t(i)].fovDegrees);
        QCOMPARE(c.position, (LatLon{55.75, 37.6}));
        QCOMPARE(c.frStatus, FrStatus::None);
        QCOMPARE(c.sightings.size(), std::size_t(1));
    }
}

void TstGeoJsonReader::singleFeature()
{
    const Dataset d = readOk(R"({"properties": {"fr": "no"}, "type": "Feature",
                               "geometry": {"type": "Point", "coordinates": [10, 20]}})");
    QCOMPARE(d.cameras.size(), std::size_t(1));
    QCOMPARE(d.cameras[0].position, (LatLon{20.0, 10.0}));
    QCOMPARE(d.cameras[0].frStatus, FrStatus::None);
    // An empty collection is a valid, empty import; so is a BOM in front.
    QVERIFY(readOk(R"({"type":"FeatureCollection","features":[]})").cameras.empty());
    QCOMPARE(readOk("\xEF\xBB\xBF" + point("{}")).cameras.size(), std::size_t(1));
}

void TstGeoJsonReader::propertyTypes()
{
    // Numbers, booleans, escapes and nulls all reach the field parsers as text.
    // A number beyond int64 still arrives as text, and is then out of range for a height.
    const Result<Dataset> huge = read(point(R"({"height": 12345678901234567890})"));
    QVERIFY(isError(huge));
    QCOMPARE(std::get<ParseError>(huge).reason, ParseReason::ExpectedHeight);
    QCOMPARE(std::get<ParseError>(huge).args, QStringList{QStringLiteral("height")});
    const Result<Dataset> r = read(point(R"({"fr": true, "heading": 4.5e1, "observers": 2,
                                             "notes": "a\"b\u0416", "fov": null})"));
    QVERIFY(!isError(r));
    const Camera &c = std::get<Dataset>(r).cameras[0];
    QCOMPARE(c.frStatus, FrStatus::Confirmed);
    QCOMPARE(c.headingDegrees, std::optional<double>(45.0));
    QCOMPARE(c.sightings[0].observers, 2);
    QCOMPARE(c.notes, QStringLiteral("a\"b") + QChar(0x0416));
    QVERIFY(!c.fovDegrees);
}

void TstGeoJsonReader::mapping()
{
    ImportOptions options;
    options.mapping.columnFor = {{"fr", "Распознавание"}, {"notes", "comment_text"}};
    const Dataset d =
        readOk(point(R"({"распознавание": "да", "comment_text": "x", "fr": "no"})"), options);
    QCOMPARE(d.cameras.size(), std::size_t(1));
    QCOMPARE(d.cameras[0].frStatus, FrStatus::Confirmed); // case-folded Cyrillic key
    QCOMPARE(d.cameras[0].notes, QStringLiteral("x"));
}

void TstGeoJsonReader::syntaxErrorsAreLocated_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("missing comma") << QByteArray("{\"a\": 1\n \"b\": 2}") << 2 << 2;
    QTest::newRow("trailing comma") << QByteArray("{\"a\": [1, 2, ]}") << 1 << 14;
    QTest::newRow("unclosed string") << QByteArray("{\"a\":\n  \"abc}") << 2 << 3;
    QTest::newRow("bad literal") << QByteArray("{\"a\": tru}") << 1 << 7;
    QTest::newRow("truncated") << QByteArray("{\"a\": [1,") << 1 << 10;
    QTest::newRow("trailing content") << QByteArray("{}\n{}") << 2 << 1;
    QTest::newRow("bad number") << QByteArray("[1.]") << 1 << 2;
    QTest::newRow("control character") << QByteArray("[\"a\tb\"]") << 1 << 4;
    QTest::newRow("cyrillic before") << QByteArray("{\"Ёж\": x}") << 1 << 8;
    QTest::newRow("invalid utf-8") << QByteArray("{\"a\": \"\xff\"}") << 1 << 8;
}

void TstGeoJsonReader::syntaxErrorsAreLocated()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    const Result<Dataset> r = read(bytes);
    QVERIFY(isError(r));
    const ParseError &e = std::get<ParseError>(r);
    QCOMPARE(e.code, ParseErrorCode::Malformed);
    QCOMPARE(e.file, QStringLiteral("test.geojson"));
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    // One of the reasons the syntax check gives, not a library's own words.
    QVERIFY(e.reason != ParseReason::None && e.reason != ParseReason::Message);
}

void TstGeoJsonReader::valueErrorsAreLocated_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<ParseReason>("reason");
    QTest::addColumn<QStringList>("args");
    using R = ParseReason;
    const QByteArray head("{\"type\":\"FeatureCollection\",\"features\":[\n");
    QTest::newRow("fr word")
        << head + "{\"type\":\"Feature\",\"properties\":{\"a\":{\"fr\":1},\"fr\": \"perhaps\"},"
                  "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}]}"
        << 2 << 52 << R::ExpectedFrStatus << QStringList{"fr"};
    QTest::newRow("second feature's coordinates")
        << head +
               "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}},\n"
               "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,200]}}]}"
        << 3 << 60 << R::ExpectedLonLatInRange << QStringList{};
    QTest::newRow("multipoint element")
        << head + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"MultiPoint\",\"coordinates\":[[1,"
                  "2], [\"x\",2]]}}]}"
        << 2 << 74 << R::ExpectedPosition << QStringList{};
    QTest::newRow("geometry without type")
        << head + "{\"type\":\"Feature\",\"geometry\":{\"coordinates\":[1,2]}}]}" << 2 << 30
        << R::ExpectedGeometryType << QStringList{};
    QTest::newRow("feature not an object") << head + "42]}" << 2 << 1
                                           << R::ExpectedFeatureObject << QStringList{};
    QTest::newRow("numeric observers")
        << head + "{\"type\":\"Feature\",\"properties\":{\"observers\":0},"
                  "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}]}"
        << 2 << 45 << R::ExpectedObservers << QStringList{"observers"};
    QTest::newRow("survey completeness")
        << head +
               "{\"type\":\"Feature\",\"properties\":{\"completeness\":300},"
               "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}}]}"
        << 2 << 48 << R::ExpectedCompleteness << QStringList{"completeness"};
}

void TstGeoJsonReader::valueErrorsAreLocated()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(ParseReason, reason);
    QFETCH(QStringList, args);
    const Result<Dataset> r = read(bytes);
    QVERIFY(isError(r));
    const ParseError &e = std::get<ParseError>(r);
    QCOMPARE(e.code, ParseErrorCode::Malformed);
    QCOMPARE(e.reason, reason);
    QCOMPARE(e.args, args);
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
}

void TstGeoJsonReader::fixtureErrors()
{
    // Positions worked out from the fixture files' text.
    const Result<Dataset> syntax = readGeoJson(kData + QStringLiteral("bad_syntax.geojson"), {});
    QVERIFY(isError(syntax));
    QCOMPARE(std::get<ParseError>(syntax).line, 3);
    QCOMPARE(std::get<ParseError>(syntax).column, 83);
    const Result<Dataset> value = readGeoJson(kData + QStringLiteral("bad_value.geojson"), {});
    QVERIFY(isError(value));
    QCOMPARE(std::get<ParseError>(value).line, 3);
    QCOMPARE(std::get<ParseError>(value).column, 25);
}

void TstGeoJsonReader::notGeoJson_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::newRow("empty") << QByteArray() << int(ParseErrorCode::Empty);
    QTest::newRow("array") << QByteArray("[1,2]") << int(ParseErrorCode::Malformed);
    QTest::newRow("other object") << QByteArray("{\"a\":1}") << int(ParseErrorCode::Malformed);
    QTest::newRow("features not an array")
        << QByteArray("{\"type\":\"FeatureCollection\",\"features\":{}}")
        << int(ParseErrorCode::Malformed);
}

void TstGeoJsonReader::notGeoJson()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    const Result<Dataset> r = read(bytes);
    QVERIFY(isError(r));
    QCOMPARE(int(std::get<ParseError>(r).code), code);
}

void TstGeoJsonReader::limitsAndCancel()
{
    QByteArray bytes("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i < 10000; ++i)
        bytes +=
            QByteArray(i ? "," : "") +
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[37.6,55.7]}}";
    bytes += "]}";
    QCOMPARE(readOk(bytes).cameras.size(), std::size_t(10000));
    ImportOptions capped;
    capped.limits.maxElements = 10;
    QVERIFY(isError(read(bytes, capped)));
    QCOMPARE(std::get<ParseError>(read(bytes, capped)).code, ParseErrorCode::TooLarge);
    Progress progress;
    progress.cancel();
    ImportOptions cancelled;
    cancelled.progress = &progress;
    QCOMPARE(std::get<ParseError>(read(bytes, cancelled)).code, ParseErrorCode::Cancelled);
}

// Enough features (over 4 MiB) for the reader to take large documents in pieces, with text
// that looks like a boundary between features where there is none: "},{" in strings, escaped
// quotes, arrays of objects inside properties.
QByteArray largeDocument(const char *featuresKey)
{
    QByteArray out(
        "{\"type\": \"FeatureCollection\", \"name\": {\"a\": [1, {\"b\": \"],}\"}]},\n \"");
    out += featuresKey;
    out += "\": [\n";
    for (int i = 0; i < 24000; ++i) {
        if (i)
            out += ",\n";
        out += "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" +
               QByteArray::number(37.0 + i * 1e-5, 'f', 6) + "," +
               QByteArray::number(55.0 + (i % 977) * 1e-4, 'f', 6) +
               "]},\"properties\":{\"list\":[{\"x\":1},{\"y\":\"},{\"}],\"notes\":\"n" +
               QByteArray::number(i) + " \\\"},{\\\" }, {\",\"fr\":\"" + (i % 3 ? "yes" : "no") +
               "\",\"heading\":" + QByteArray::number(i % 360) + ",\"padding\":\"" +
               QByteArray(100, 'p') + "\"}}";
        if (i % 5000 == 0)
            out += ",\n{\"type\":\"Feature\",\"properties\":{\"surveyed\":\"2026-01-01\"},"
                   "\"geometry\":"
                   "{\"type\":\"Polygon\",\"coordinates\":[[[37,55],[38,55],[38,56],[37,55]]]}}";
    }
    out += "\n], \"bbox\": [37, 55, 38, 56]}\n";
    return out;
}

void TstGeoJsonReader::largeDocumentsReadAlike()
{
    // The escaped key reads as "features" but hides the array from the piece-wise reader, so the
    // second document is read whole: both readers must agree on every camera and area.
    const QByteArray chunked = largeDocument("features");
    const QByteArray whole = largeDocument("feat\\u0075res");
    QVERIFY(chunked.size() > 4 * 1024 * 1024);
    const Result<Dataset> a = read(chunked);
    const Result<Dataset> b = read(whole);
    QVERIFY(!isError(a));
    QVERIFY(!isError(b));
    const Dataset &da = std::get<Dataset>(a);
    const Dataset &db = std::get<Dataset>(b);
    QCOMPARE(da.cameras.size(), std::size_t(24000));
    QCOMPARE(da.surveyAreas.size(), std::size_t(5));
    QVERIFY(da.cameras == db.cameras);
    QVERIFY(da.surveyAreas == db.surveyAreas);
    QCOMPARE(da.cameras[23999].notes, QStringLiteral("n23999 \"},{\" }, {"));
    QCOMPARE(da.cameras[23999].headingDegrees, std::optional<double>(23999 % 360));
    QVERIFY(validateDataset(da).empty());
    // The fingerprint taken piece by piece is that of the whole file.
    QCOMPARE(da.sources[0].datasetId, importSource(QStringLiteral("x"), chunked).datasetId);
    // Limits and cancellation hold when read in pieces too.
    ImportOptions capped;
    capped.limits.maxElements = 20000;
    QCOMPARE(std::get<ParseError>(read(chunked, capped)).code, ParseErrorCode::TooLarge);
    Progress progress;
    progress.cancel();
    ImportOptions cancelled;
    cancelled.progress = &progress;
    QCOMPARE(std::get<ParseError>(read(chunked, cancelled)).code, ParseErrorCode::Cancelled);
}

void TstGeoJsonReader::largeDocumentErrors()
{
    // An error deep in a large document is found and placed exactly, whichever way it is read.
    QByteArray bytes = largeDocument("features");
    const qsizetype at = bytes.indexOf("\"fr\":\"yes\"", bytes.size() * 3 / 4);
    QVERIFY(at > 0);
    bytes.replace(at, 10, "\"fr\":\"meh\"");
    const Result<Dataset> bad = read(bytes);
    QVERIFY(isError(bad));
    const ParseError &e = std::get<ParseError>(bad);
    QCOMPARE(e.byteOffset, std::int64_t(at + 5));
    QCOMPARE(e.line, int(bytes.left(at).count('\n')) + 1);
    QCOMPARE(e.args, QStringList{QStringLiteral("fr")});
    QByteArray broken = largeDocument("features");
    const qsizetype junk = broken.indexOf(",\"heading\"", broken.size() / 2) + 1;
    broken.insert(junk, "@");
    QVERIFY(isError(read(broken)));
    QCOMPARE(std::get<ParseError>(read(broken)).code, ParseErrorCode::Malformed);
    QCOMPARE(std::get<ParseError>(read(broken)).byteOffset, std::int64_t(junk));
}

void TstGeoJsonReader::locatorAgreesWithValidJson_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("nested") << QByteArray(
        R"({"a":[1,-2.5e+3,{"b":null,"c":[true,false]}],"d":"\u00e9\n"})");
    QTest::newRow("scalar") << QByteArray(" 0 ");
    QTest::newRow("empty containers") << QByteArray("[{},[],\"\"]");
}

void TstGeoJsonReader::locatorAgreesWithValidJson()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(locateJsonSyntaxError(bytes).offset, std::int64_t(-1));
}

QTEST_GUILESS_MAIN(TstGeoJsonReader)
#include "tst_geojson_reader.moc"
