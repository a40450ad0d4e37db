#include "core/io/csv_reader.h"
#include "core/io/field_mapper.h"

#include "direction_rows.h"

#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(blindspot::ParseReason)

using namespace blindspot;

namespace {

const QString kData = QStringLiteral(BLINDSPOT_TEST_DATA "/import/");

Dataset readOk(const QByteArray &bytes, const ImportOptions &options = {})
{
    Result<Dataset> r = readCsvBytes(bytes, QStringLiteral("test.csv"), options);
    if (isError(r)) {
        const ParseError &e = std::get<ParseError>(r);
        qWarning("unexpected error %d:%d %s", e.line, e.column, qPrintable(e.args.join(' ')));
        return {};
    }
    Dataset d = std::get<Dataset>(std::move(r));
    if (!validateDataset(d).empty())
        qWarning("reader returned an invalid dataset");
    return d;
}

ParseError readError(const QByteArray &bytes, const ImportOptions &options = {})
{
    Result<Dataset> r = readCsvBytes(bytes, QStringLiteral("test.csv"), options);
    if (!isError(r))
        return {};
    return std::get<ParseError>(r);
}

QList<QStringList> tokenize(const QByteArray &bytes, char delimiter, QList<int> *lines = nullptr)
{
    QList<QStringList> out;
    CsvTokenizer csv(bytes, delimiter);
    while (csv.next()) {
        QStringList record;
        for (const CsvField &f : csv.fields())
            record << QString::fromUtf8(f.text.data(), qsizetype(f.text.size()));
        out << record;
        if (lines)
            *lines << csv.line();
    }
    return out;
}

// Great-circle distance for two points on one meridian, worked by hand: R * dLat in radians.
double meridianMetres(double dLatDegrees)
{
    return 6371008.8 * dLatDegrees * M_PI / 180.0;
}

} // namespace

class TstCsvReader : public QObject {
    Q_OBJECT
private slots:
    void tokenizer_data();
    void tokenizer();
    void tokenizerErrors_data();
    void tokenizerErrors();
    void detectsDelimiter_data();
    void detectsDelimiter();
    void camerasWithEveryField();
    void semicolonRussianDecimalComma();
    void columnMapping();
    void mappingErrors_data();
    void mappingErrors();
    void frValues_data();
    void frValues();
    void headings_data();
    void headings();
    void directionListsAsInOsm_data();
    void directionListsAsInOsm();
    void badValuesAreLocated_data();
    void badValuesAreLocated();
    void columnsCountCharacters();
    void badFileFromDisk();
    void stationList();
    void limitsAndCancel();
    void formulaGuardIsRemoved();
    void explicitDelimiter();
};

void TstCsvReader::tokenizer_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("lines");
    using L = QList<QStringList>;
    QTest::newRow("simple") << QByteArray("a,b\n1,2\n") << L{{"a", "b"}, {"1", "2"}}
                            << QList<int>{1, 2};
    QTest::newRow("no final newline")
        << QByteArray("a,b\n1,2") << L{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << L{{"a", "b"}, {"1", "2"}}
                          << QList<int>{1, 2};
    QTest::newRow("cr only") << QByteArray("a,b\r1,2\r") << L{{"a", "b"}, {"1", "2"}}
                             << QList<int>{1, 2};
    QTest::newRow("empty fields") << QByteArray(",,\n") << L{{"", "", ""}} << QList<int>{1};
    QTest::newRow("trailing delimiter")
        << QByteArray("a,b,\n") << L{{"a", "b", ""}} << QList<int>{1};
    QTest::newRow("empty lines skipped")
        << QByteArray("\n\na\n\r\n\nb\n") << L{{"a"}, {"b"}} << QList<int>{3, 6};
    QTest::newRow("quoted delimiter")
        << QByteArray("\"a,b\",c\n") << L{{"a,b", "c"}} << QList<int>{1};
    QTest::newRow("escaped quotes")
        << QByteArray("\"say \"\"hi\"\"\",x\n") << L{{"say \"hi\"", "x"}} << QList<int>{1};
    QTest::newRow("only escaped quote") << QByteArray("\"\"\"\"\n") << L{{"\""}} << QList<int>{1};
    QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << L{{"", "x"}} << QList<int>{1};
    // The record after a quoted line break starts on line 3.
    QTest::newRow("newline in quotes")
        << QByteArray("\"a\nb\",c\nd,e\n") << L{{"a\nb", "c"}, {"d", "e"}} << QList<int>{1, 3};
    QTest::newRow("crlf in quotes")
        << QByteArray("\"a\r\nb\"\r\nc\r\n") << L{{"a\r\nb"}, {"c"}} << QList<int>{1, 3};
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFx,y\n") << L{{"x", "y"}} << QList<int>{1};
    QTest::newRow("quote inside unquoted field")
        << QByteArray("ab\"c,d\n") << L{{"ab\"c", "d"}} << QList<int>{1};
    QTest::newRow("utf-8") << QByteArray("Ёлочная,да\n") << L{{"Ёлочная", "да"}} << QList<int>{1};
}

void TstCsvReader::tokenizer()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, lines);
    QList<int> gotLines;
    QCOMPARE(tokenize(bytes, ',', &gotLines), records);
    QCOMPARE(gotLines, lines);
}

void TstCsvReader::tokenizerErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("unterminated") << QByteArray("a,b\n1,\"2\n") << qint64(6); // the opening quote
    QTest::newRow("junk after quote") << QByteArray("\"a\"b,c\n") << qint64(3);   // the 'b'
}

void TstCsvReader::tokenizerErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, offset);
    CsvTokenizer csv(bytes, ',');
    while (csv.next()) {
    }
    QVERIFY(csv.hasError());
    QCOMPARE(csv.errorOffset(), offset);
    QVERIFY(csv.errorReason() != ParseReason::None);
}

void TstCsvReader::detectsDelimiter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << QByteArray("lat,lon,name\n1;2;3\n") << ',';
    QTest::newRow("semicolon") << QByteArray("lat;lon;name,with comma\n") << ';';
    QTest::newRow("tab") << QByteArray("lat\tlon\tname\n") << '\t';
    QTest::newRow("pipe") << QByteArray("lat|lon|name\n") << '|';
    QTest::newRow("quoted commas do not count") << QByteArray("\"a,b,c\";d;e\n") << ';';
    QTest::newRow("single column") << QByteArray("lat\n") << ',';
}

void TstCsvReader::detectsDelimiter()
{
    QFETCH(QByteArray, header);
    QFETCH(char, delimiter);
    QCOMPARE(CsvTokenizer::detectDelimiter(header), delimiter);
}

void TstCsvReader::camerasWithEveryField()
{
    const Result<Dataset> r = readCsv(kData + QStringLiteral("cameras_basic.csv"), {});
    QVERIFY(!isError(r));
    const Dataset &d = std::get<Dataset>(r);
    QVERIFY(validateDataset(d).empty());
    QCOMPARE(d.sources.size(), std::size_t(1));
    QCOMPARE(d.sources[0].name, QStringLiteral("cameras_basic.csv"));
    QVERIFY(!d.sources[0].trusted);
    QVERIFY(d.sources[0].datasetId.startsWith(QStringLiteral("file:xxh3:")));
    QVERIFY(d.sources[0].datasetId.endsWith(QStringLiteral(":292"))); // the file's length
    QCOMPARE(d.cameras.size(), std::size_t(3));

    const Camera &a = d.cameras[0];
    QCOMPARE(a.position, (LatLon{55.7558, 37.6173}));
    QCOMPARE(a.sourceRef, QStringLiteral("cam-1"));
    QCOMPARE(a.notes, QStringLiteral("Vestibule door\nAbove the door, looks at the turnstiles"));
    QCOMPARE(a.kind, CameraKind::Dome);
    QCOMPARE(a.headingDegrees, std::optional<double>(90.0));
    QCOMPARE(a.fovDegrees, std::optional<double>(70.0));
    QCOMPARE(a.heightMetres, std::optional<double>(3.5));
    QCOMPARE(a.frStatus, FrStatus::Confirmed);
    QCOMPARE(a.sightings.size(), std::size_t(1));
    QCOMPARE(a.sightings[0].source, SourceId{0});
    QCOMPARE(a.sightings[0].observed, QDate(2026, 2, 1));
    QCOMPARE(a.sightings[0].observers, 3);

    const Camera &b = d.cameras[1];
    QCOMPARE(b.kind, CameraKind::Ptz);
    QVERIFY(!b.headingDegrees && !b.fovDegrees && !b.heightMetres);
    QCOMPARE(b.frStatus, FrStatus::Suspected);
    QVERIFY(b.notes.isEmpty());
    QVERIFY(!b.sightings[0].observed.isValid());
    QCOMPARE(b.sightings[0].observers, 1);

    const Camera &c = d.cameras[2];
    QCOMPARE(c.notes, QStringLiteral("Pole \"B\""));
    QCOMPARE(c.kind, CameraKind::Fixed);
    QCOMPARE(c.headingDegrees, std::optional<double>(45.0)); // NE
    QCOMPARE(c.heightMetres, std::optional<double>(4.0));    // "4 m"
    QCOMPARE(c.frStatus, FrStatus::None);
    QCOMPARE(c.sightings[0].observed, QDate(2026, 2, 1)); // DD.MM.YYYY
}

void TstCsvReader::semicolonRussianDecimalComma()
{
    const Result<Dataset> r = readCsv(kData + QStringLiteral("cameras_semicolon_ru.csv"), {});
    QVERIFY(!isError(r));
    const Dataset &d = std::get<Dataset>(r);
    QCOMPARE(d.cameras.size(), std::size_t(2));
    QCOMPARE(d.cameras[0].position, (LatLon{55.7558, 37.6173}));
    QCOMPARE(d.cameras[0].notes, QStringLiteral("Турникеты, левая сторона"));
    QCOMPARE(d.cameras[0].frStatus, FrStatus::Confirmed);
    QCOMPARE(d.cameras[1].frStatus, FrStatus::None);
}

void TstCsvReader::columnMapping()
{
    ImportOptions options;
    options.mapping.columnFor = {
        {"lat", "Y_coord"}, {"lon", "X_coord"}, {"fr", "face_rec"}, {"name", "Where"}};
    // "lat" and "name" here are ordinary columns once the user mapped those fields elsewhere.
    const Dataset d = readOk("Where,X_coord,Y_coord,face_rec,lat\nGate,37.5,55.5,yes,1\n", options);
    QCOMPARE(d.cameras.size(), std::size_t(1));
    QCOMPARE(d.cameras[0].position, (LatLon{55.5, 37.5}));
    QCOMPARE(d.cameras[0].frStatus, FrStatus::Confirmed);
    QCOMPARE(d.cameras[0].notes, QStringLiteral("Gate"));
    // Defaults: latitude/longitude and lng are understood, case does not matter.
    const Dataset e = readOk("LATITUDE,Lng\n10,20\n");
    QCOMPARE(e.cameras[0].position, (LatLon{10.0, 20.0}));
    // With both "lat" and "y", the better name wins whichever comes first.
    const Dataset f = readOk("y,x,lat,lon\n1,2,3,4\n");
    QCOMPARE(f.cameras[0].position, (LatLon{3.0, 4.0}));
}

void TstCsvReader::mappingErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");
    QTest::newRow("unknown field") << QByteArray("a,b\n1,2\n") << "colour_of_sky" << "a";
    QTest::newRow("missing column") << QByteArray("a,b\n1,2\n") << "lat" << "latitude_deg";
}

void TstCsvReader::mappingErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, field);
    QFETCH(QString, column);
    ImportOptions options;
    options.mapping.columnFor = {{field, column}};
    const ParseError e = readError(bytes, options);
    QCOMPARE(e.code, ParseErrorCode::Malformed);
    QVERIFY2(e.args.contains(field) || e.args.contains(column), qPrintable(e.args.join(' ')));
    // Without lat and lon columns, the header is at fault: line 1, column 1.
    const ParseError noPosition = readError("a,b\n1,2\n");
    QCOMPARE(noPosition.line, 1);
    QCOMPARE(noPosition.column, 1);
}

void TstCsvReader::frValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("status");
    const auto row = [](const char *t, FrStatus s) {
        QTest::newRow(*t ? t : "empty") << QByteArray(t) << int(s);
    };
    row("yes", FrStatus::Confirmed);
    row("TRUE", FrStatus::Confirmed);
    row("1", FrStatus::Confirmed);
    row("confirmed", FrStatus::Confirmed);
    row("Да", FrStatus::Confirmed);
    row("suspected", FrStatus::Suspected);
    row("maybe", FrStatus::Suspected);
    row("no", FrStatus::None);
    row("0", FrStatus::None);
    row("false", FrStatus::None);
    row("none", FrStatus::None);
    row("нет", FrStatus::None);
    row("unknown", FrStatus::Unknown);
    row("", FrStatus::Unknown);
}

void TstCsvReader::frValues()
{
    QFETCH(QByteArray, text);
    QFETCH(int, status);
    const Dataset d = readOk("lat,lon,fr\n1,2," + text + "\n");
    QCOMPARE(d.cameras.size(), std::size_t(1));
    QCOMPARE(int(d.cameras[0].frStatus), status);
}

void TstCsvReader::headings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("heading");
    QTest::addColumn<double>("fov"); // 0: none
    QTest::newRow("degrees") << QByteArray("135") << 135.0 << 0.0;
    QTest::newRow("360 is north") << QByteArray("360") << 0.0 << 0.0;
    QTest::newRow("negative") << QByteArray("-90") << 270.0 << 0.0;
    QTest::newRow("compass NNW") << QByteArray("NNW") << 337.5 << 0.0;
    QTest::newRow("compass w") << QByteArray("w") << 270.0 << 0.0;
    // 300 to 60 clockwise spans 120 degrees; its middle is 0.
    QTest::newRow("range across north") << QByteArray("300-60") << 0.0 << 120.0;
    QTest::newRow("range") << QByteArray("90-180") << 135.0 << 90.0;
}

void TstCsvReader::headings()
{
    QFETCH(QByteArray, text);
    QFETCH(double, heading);
    QFETCH(double, fov);
    const Dataset d = readOk("lat,lon,direction\n1,2," + text + "\n");
    QCOMPARE(d.cameras.size(), std::size_t(1));
    QCOMPARE(d.cameras[0].headingDegrees, std::optional<double>(heading));
    QCOMPARE(d.cameras[0].fovDegrees, fov > 0 ? std::optional<double>(fov) : std::nullopt);
}

void TstCsvReader::directionListsAsInOsm_data()
{
    testing::addDirectionListRows();
}

void TstCsvReader::directionListsAsInOsm()
{
    QFETCH(QByteArray, value);
    QFETCH(QList<double>, headings);
    QFETCH(QList<double>, fovs);
    // The OSM reader's reading of camera:direction, for the same value.
    const CameraDirections osm =
        parseCameraDirections(std::string_view(value.constData(), std::size_t(value.size())));
    QCOMPARE(qsizetype(osm.size()), headings.size());

    const Dataset d = readOk("lat,lon,camera:direction,fr,notes\n55.75,37.6,\"" + value +
                             "\",yes,mast\n");
    QCOMPARE(qsizetype(d.cameras.size()), headings.size());
    for (qsizetype i = 0; i < headings.size(); ++i) {
        const Camera &c = d.cameras[std::size_t(i)];
        QCOMPARE(c.id, CameraId{std::uint32_t(i)});
        QCOMPARE(c.headingDegrees.value_or(-1), headings[i]);
        QCOMPARE(c.fovDegrees.value_or(-1), fovs[i]);
        QCOMPARE(c.headingDegrees, osm[std::size_t(i)].headingDegrees);
        QCOMPARE(c.fovDegrees, osm[std::size_t(i)].fovDegrees);
        // Everything but the direction is shared, each camera with its own sighting.
        QCOMPARE(c.position, (LatLon{55.75, 37.6}));
        QCOMPARE(c.frStatus, FrStatus::Confirmed);
        QCOMPARE(c.notes, QStringLiteral("mast"));
        QCOMPARE(c.sightings.size(), std::size_t(1));
    }
}

void TstCsvReader::badValuesAreLocated_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<ParseReason>("reason");
    QTest::addColumn<QStringList>("args");
    using R = ParseReason;
    const auto in = [](const char *field) { return QStringList{QString::fromLatin1(field)}; };
    // Columns count characters from 1: "1,2," is 4 characters, so the third field is column 5.
    QTest::newRow("latitude text") << QByteArray("lat,lon\nabc,2\n") << 2 << 1
                                   << R::ExpectedNumber << in("lat");
    QTest::newRow("latitude range") << QByteArray("lat,lon\n91,2\n") << 2 << 1
                                    << R::ExpectedLatitude << in("lat");
    QTest::newRow("longitude range") << QByteArray("lat,lon\n1,-181\n") << 2 << 3
                                     << R::ExpectedLongitude << in("lon");
    QTest::newRow("empty latitude") << QByteArray("lat,lon\n,2\n") << 2 << 1
                                    << R::ExpectedNumber << in("lat");
    QTest::newRow("fr word") << QByteArray("lat,lon,fr\n1,2,perhaps\n") << 2 << 5
                             << R::ExpectedFrStatus << in("fr");
    QTest::newRow("fov zero") << QByteArray("lat,lon,fov\n1,2,0\n") << 2 << 5 << R::ExpectedFov
                              << in("fov");
    QTest::newRow("height") << QByteArray("lat,lon,height\n1,2,tall\n") << 2 << 5
                            << R::ExpectedHeight << in("height");
    QTest::newRow("observers zero") << QByteArray("lat,lon,observers\n1,2,0\n") << 2 << 5
                                    << R::ExpectedObservers << in("observers");
    QTest::newRow("date") << QByteArray("lat,lon,date\n1,2,yesterday\n") << 2 << 5
                          << R::ExpectedDate << in("date");
    QTest::newRow("heading") << QByteArray("lat,lon,heading\n1,2,up\n") << 2 << 5
                             << R::ExpectedHeading << in("heading");
    QTest::newRow("zone") << QByteArray("lat,lon,zone\n1,2,roof\n") << 2 << 5 << R::ExpectedZone
                          << in("zone");
    // Cyrillic counts as one column per character: "Ёж," is 3 characters.
    QTest::newRow("after cyrillic") << QByteArray("notes,lat,lon\nЁж,x,2\n") << 2 << 4
                                    << R::ExpectedNumber << in("lat");
    QTest::newRow("after quoted newline") << QByteArray("notes,lat,lon\n\"a\nb\",1,x\n") << 3 << 6
                                          << R::ExpectedNumber << in("lon");
    QTest::newRow("too few fields") << QByteArray("lat,lon\n1,2\n3\n") << 3 << 1 << R::FieldCount
                                    << QStringList{"2", "1"};
    QTest::newRow("too many fields") << QByteArray("lat,lon\n1,2,3\n") << 2 << 1 << R::FieldCount
                                     << QStringList{"2", "3"};
    QTest::newRow("unterminated quote") << QByteArray("lat,lon\n1,\"2\n") << 2 << 3
                                        << R::UnterminatedQuote << QStringList{};
    QTest::newRow("invalid utf-8") << QByteArray("lat,lon,notes\n1,2,\xff\n") << 2 << 5
                                   << R::ExpectedUtf8 << QStringList{};
}

void TstCsvReader::badValuesAreLocated()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(ParseReason, reason);
    QFETCH(QStringList, args);
    const ParseError e = readError(bytes);
    QCOMPARE(e.file, QStringLiteral("test.csv"));
    QCOMPARE(e.code, ParseErrorCode::Malformed);
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    QCOMPARE(e.reason, reason);
    QCOMPARE(e.args, args);
}

void TstCsvReader::columnsCountCharacters()
{
    // "Камера," is 7 characters (13 bytes) before the bad latitude: it is in column 8.
    const ParseError e = readError("notes,lat,lon\nКамера,north,2\n");
    QCOMPARE(e.line, 2);
    QCOMPARE(e.column, 8);
    // The helper itself: the offset of "x" after "да;" (two letters of two bytes each, and ';')
    // on the third line.
    const QByteArray text = "a\nb\nда;x";
    QCOMPARE(textPositionOf(text, text.indexOf('x')), (TextPosition{3, 4}));
    QCOMPARE(textPositionOf(text, 0), (TextPosition{1, 1}));
    QCOMPARE(textPositionOf(text, text.size() + 5), (TextPosition{3, 5})); // clamped to the end
}

void TstCsvReader::badFileFromDisk()
{
    const QString path = kData + QStringLiteral("bad_number.csv");
    const Result<Dataset> r = readCsv(path, {});
    QVERIFY(isError(r));
    const ParseError &e = std::get<ParseError>(r);
    QCOMPARE(e.file, path);
    QCOMPARE(e.line, 3);
    QCOMPARE(e.column, 7); // "55.75," is 6 characters
    QVERIFY(isError(readCsv(kData + QStringLiteral("absent.csv"), {})));
    QCOMPARE(std::get<ParseError>(readCsv(kData + QStringLiteral("absent.csv"), {})).code,
             ParseErrorCode::CannotOpen);
    QCOMPARE(readError(QByteArray()).code, ParseErrorCode::Empty);
}

void TstCsvReader::stationList()
{
    const Result<Dataset> r = readCsv(kData + QStringLiteral("stations.csv"), {});
    QVERIFY(!isError(r));
    const Dataset &d = std::get<Dataset>(r);
    QVERIFY(validateDataset(d).empty());
    QVERIFY(d.cameras.empty());
    const Network &n = d.network;
    QCOMPARE(n.lines.size(), std::size_t(2));
    QCOMPARE(n.lines[0].name.native, QStringLiteral("Красная"));
    QCOMPARE(n.lines[0].colourRgb, 0xD62728u);
    QCOMPARE(n.lines[1].colourRgb, 0x1F77B4u);
    QCOMPARE(n.stations.size(), std::size_t(4));
    // Sorted by order within the line: Ёлочная (1) before Площадь (2).
    QCOMPARE(n.station(n.lines[0].stations[0]).name.native, QStringLiteral("Ёлочная"));
    QCOMPARE(n.station(n.lines[0].stations[1]).name.native, QStringLiteral("Площадь"));
    int rides = 0, transfers = 0;
    for (const Link &l : n.links) {
        if (l.kind == LinkKind::Ride) {
            ++rides;
            if (n.station(l.from).name.native == QStringLiteral("Ёлочная")) {
                // 0.01 degrees of latitude on one meridian, at 40 km/h.
                QVERIFY(std::abs(l.lengthMetres - meridianMetres(0.01)) < 0.01);
                QVERIFY(std::abs(l.durationSeconds - meridianMetres(0.01) / (40.0 / 3.6)) < 0.01);
            }
        }
        transfers += l.kind == LinkKind::Transfer;
    }
    QCOMPARE(rides, 2);
    // The two Площадь stations, on different lines and ~13 m apart, are one complex.
    QCOMPARE(transfers, 1);
    QCOMPARE(n.complexes.size(), std::size_t(1));
    QCOMPARE(n.complexes[0].stations.size(), std::size_t(2));
    for (const Link &l : n.links)
        if (l.kind == LinkKind::Transfer)
            QCOMPARE(l.durationSeconds, 60.0); // the one-minute floor
}

void TstCsvReader::limitsAndCancel()
{
    QByteArray bytes("lat,lon\n");
    for (int i = 0; i < 10000; ++i)
        bytes += "55.75,37.61\n";
    ImportOptions capped;
    capped.limits.maxElements = 100;
    QCOMPARE(readError(bytes, capped).code, ParseErrorCode::TooLarge);
    QCOMPARE(readError(bytes, capped).line, 102); // the 101st row
    ImportOptions small;
    small.limits.maxFileBytes = 1000;
    QCOMPARE(readError(bytes, small).code, ParseErrorCode::TooLarge);

    int reports = 0;
    Progress progress([&](qint64 done, qint64 total) {
        QVERIFY(done <= total);
        ++reports;
    });
    ImportOptions watched;
    watched.progress = &progress;
    QCOMPARE(readOk(bytes, watched).cameras.size(), std::size_t(10000));
    QVERIFY(reports >= 2);
    progress.cancel();
    QCOMPARE(readError(bytes, watched).code, ParseErrorCode::Cancelled);
}

void TstCsvReader::formulaGuardIsRemoved()
{
    const Dataset d = readOk("lat,lon,notes\n1,2,'=SUM(A1)\n1,2,'plain\n1,2,''-x\n");
    QCOMPARE(d.cameras[0].notes, QStringLiteral("=SUM(A1)"));
    QCOMPARE(d.cameras[1].notes, QStringLiteral("'plain"));
    QCOMPARE(d.cameras[2].notes, QStringLiteral("'-x"));
}

void TstCsvReader::explicitDelimiter()
{
    ImportOptions options;
    options.csvDelimiter = QLatin1Char('|');
    // Detection would pick the comma; the user said '|', and then 55,5 is a decimal comma.
    const Dataset d = readOk("lat|lon|notes\n55,5|37,25|a,b,c\n", options);
    QCOMPARE(d.cameras.size(), std::size_t(1));
    QCOMPARE(d.cameras[0].position, (LatLon{55.5, 37.25}));
    QCOMPARE(d.cameras[0].notes, QStringLiteral("a,b,c"));
    options.csvDelimiter = QChar(0x0416);
    QCOMPARE(readError("lat|lon\n", options).code, ParseErrorCode::Malformed);
}

QTEST_GUILESS_MAIN(TstCsvReader)
#include "tst_csv_reader.moc"
