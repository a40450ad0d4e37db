#include "core/io/gpx_reader.h"
#include "core/io/kml_reader.h"

#include <QTest>

Q_DECLARE_METATYPE(blindspot::ParseReason)

using namespace blindspot;

namespace {

const QString kData = QStringLiteral(BLINDSPOT_TEST_DATA "/import/");

QByteArray kmlPlacemark(const char *inner)
{
    return QByteArray(
               "<?xml version=\"1.0\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n"
               "<Placemark>") +
           inner + "</Placemark>\n</Document></kml>\n";
}

} // namespace

class TstKmlGpxReader : public QObject {
    Q_OBJECT
private slots:
    void myMapsKml();
    void kmz();
    void kmlErrors_data();
    void kmlErrors();
    void gpxWaypoints();
    void gpxErrors_data();
    void gpxErrors();
    void limits();
};

void TstKmlGpxReader::myMapsKml()
{
    const Result<Dataset> r = readKml(kData + QStringLiteral("mymaps.kml"), {});
    QVERIFY(!isError(r));
    const Dataset &d = std::get<Dataset>(r);
    QVERIFY(validateDataset(d).empty());
    QCOMPARE(d.sources.size(), std::size_t(1));
    QCOMPARE(d.sources[0].name, QStringLiteral("mymaps.kml"));
    QCOMPARE(d.cameras.size(), std::size_t(2)); // the LineString is skipped
    const Camera &a = d.cameras[0];
    QCOMPARE(a.position, (LatLon{55.7558, 37.6173}));
    QCOMPARE(a.notes, QStringLiteral("Турникеты\nFace Pay<br>на всех турникетах"));
    QCOMPARE(a.frStatus, FrStatus::Confirmed);
    QCOMPARE(a.kind, CameraKind::Turnstile); // ExtendedData "Тип", case-folded
    QCOMPARE(a.headingDegrees, std::optional<double>(270.0));
    const Camera &b = d.cameras[1];
    QCOMPARE(b.position, (LatLon{55.756, 37.618}));
    QCOMPARE(b.kind, CameraKind::Dome);
    QCOMPARE(b.notes, QStringLiteral("Купол"));
    QCOMPARE(b.sightings[0].observed, QDate(2025, 11, 3));
    QCOMPARE(b.sightings[0].observers, 2);
    QCOMPARE(d.surveyAreas.size(), std::size_t(1));
    QCOMPARE(d.surveyAreas[0].polygon.size(), std::size_t(4));
    QCOMPARE(d.surveyAreas[0].surveyed, QDate(2026, 2, 20));
    QCOMPARE(d.surveyAreas[0].name, QStringLiteral("Обследовано"));
}

void TstKmlGpxReader::kmz()
{
    const QString path = kData + QStringLiteral("mymaps.kmz");
    const Result<Dataset> r = readKml(path, {});
    if (isError(r))
        QFAIL(qPrintable(std::get<ParseError>(r).args.join(' ')));
    const Dataset &d = std::get<Dataset>(r);
    QCOMPARE(d.cameras.size(), std::size_t(2));
    QCOMPARE(d.sources[0].name, QStringLiteral("mymaps.kmz"));
    // The same document inside or outside the zip gives the same cameras.
    const Dataset plain = std::get<Dataset>(readKml(kData + QStringLiteral("mymaps.kml"), {}));
    QCOMPARE(d.cameras, plain.cameras);
}

void TstKmlGpxReader::kmlErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<ParseReason>("reason");
    QTest::addColumn<QStringList>("args");
    using R = ParseReason;
    QTest::newRow("not kml") << QByteArray("<?xml version=\"1.0\"?>\n<gpx/>") << 2
                             << R::ExpectedKml << QStringList{};
    // Qt's XML reader words this one itself.
    QTest::newRow("unclosed tag") << QByteArray("<kml>\n<Document>\n<Placemark>\n</Document></kml>")
                                  << 4 << R::Message << QStringList{};
    QTest::newRow("bad coordinates")
        << kmlPlacemark("\n<Point><coordinates>37.6;55.7</coordinates></Point>") << 4
        << R::ExpectedKmlCoordinates << QStringList{};
    QTest::newRow("latitude out of range")
        << kmlPlacemark("<Point>\n<coordinates>37.6,95</coordinates></Point>") << 4
        << R::ExpectedKmlCoordinates << QStringList{};
    QTest::newRow("bad fr value")
        << kmlPlacemark(
               "<ExtendedData>\n<Data name=\"fr\"><value>perhaps</value></Data></ExtendedData>"
               "<Point><coordinates>37.6,55.7</coordinates></Point>")
        << 4 << R::ExpectedFrStatus << QStringList{"fr"};
    QTest::newRow("empty") << QByteArray() << 0 << R::None << QStringList{};
}

void TstKmlGpxReader::kmlErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(ParseReason, reason);
    QFETCH(QStringList, args);
    const Result<Dataset> r = readKmlBytes(bytes, QStringLiteral("t.kml"), {});
    QVERIFY(isError(r));
    const ParseError &e = std::get<ParseError>(r);
    QCOMPARE(e.file, QStringLiteral("t.kml"));
    QCOMPARE(e.line, line);
    if (line > 0)
        QVERIFY(e.column > 0);
    QCOMPARE(e.reason, reason);
    if (reason != ParseReason::Message)
        QCOMPARE(e.args, args);
}

void TstKmlGpxReader::gpxWaypoints()
{
    const Result<Dataset> r = readGpx(kData + QStringLiteral("waypoints.gpx"), {});
    QVERIFY(!isError(r));
    const Dataset &d = std::get<Dataset>(r);
    QVERIFY(validateDataset(d).empty());
    QCOMPARE(d.cameras.size(), std::size_t(2)); // track points are no cameras
    const Camera &a = d.cameras[0];
    QCOMPARE(a.position, (LatLon{55.7558, 37.6173}));
    QCOMPARE(a.notes, QStringLiteral("Камера над входом\nсмотрит на турникеты"));
    QCOMPARE(a.kind, CameraKind::Dome);
    QCOMPARE(a.frStatus, FrStatus::Suspected);
    QCOMPARE(a.sightings[0].observed, QDate(2026, 2, 1));
    const Camera &b = d.cameras[1];
    QCOMPARE(b.position, (LatLon{55.756, 37.6175}));
    QCOMPARE(b.frStatus, FrStatus::Unknown);
    QVERIFY(b.notes.isEmpty());
}

void TstKmlGpxReader::gpxErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<ParseReason>("reason");
    QTest::addColumn<QStringList>("args");
    using R = ParseReason;
    QTest::newRow("not gpx") << QByteArray("<kml/>") << 1 << R::ExpectedGpx << QStringList{};
    QTest::newRow("missing lon") << QByteArray("<gpx>\n<wpt lat=\"1\"/></gpx>") << 2
                                 << R::ExpectedWaypointLatLon << QStringList{};
    QTest::newRow("bad lat") << QByteArray("<gpx>\n\n<wpt lat=\"1,5\" lon=\"2\"/></gpx>") << 3
                             << R::ExpectedWaypointLatLon << QStringList{};
    QTest::newRow("bad observers")
        << QByteArray("<gpx><wpt lat=\"1\" lon=\"2\">\n<extensions>\n<observers>none"
                      "</observers></extensions></wpt></gpx>")
        << 3 << R::ExpectedObservers << QStringList{"observers"};
    // Qt's XML reader words this one itself.
    QTest::newRow("broken xml") << QByteArray("<gpx><wpt lat=\"1\" lon=\"2\">\n</gpx>") << 2
                                << R::Message << QStringList{};
}

void TstKmlGpxReader::gpxErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(ParseReason, reason);
    QFETCH(QStringList, args);
    const Result<Dataset> r = readGpxBytes(bytes, QStringLiteral("t.gpx"), {});
    QVERIFY(isError(r));
    const ParseError &e = std::get<ParseError>(r);
    QCOMPARE(e.code, ParseErrorCode::Malformed);
    QCOMPARE(e.line, line);
    QVERIFY(e.column > 0);
    QCOMPARE(e.reason, reason);
    if (reason != ParseReason::Message)
        QCOMPARE(e.args, args);
}

void TstKmlGpxReader::limits()
{
    QByteArray gpx("<gpx>");
    for (int i = 0; i < 50; ++i)
        gpx += "<wpt lat=\"55.7\" lon=\"37.6\"/>";
    gpx += "</gpx>";
    ImportOptions capped;
    capped.limits.maxElements = 10;
    QCOMPARE(std::get<ParseError>(readGpxBytes(gpx, QStringLiteral("t.gpx"), capped)).code,
             ParseErrorCode::TooLarge);
    QCOMPARE(std::get<Dataset>(readGpxBytes(gpx, QStringLiteral("t.gpx"), {})).cameras.size(),
             std::size_t(50));
    capped.limits.maxFileBytes = 100;
    QCOMPARE(std::get<ParseError>(readKmlBytes(gpx, QStringLiteral("t.kml"), capped)).code,
             ParseErrorCode::TooLarge);
}

QTEST_GUILESS_MAIN(TstKmlGpxReader)
#include "tst_kml_gpx_reader.moc"
