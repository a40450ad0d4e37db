#include "fixtures.h"
#include "core/io/camera_export.h"
#include "core/io/csv_reader.h"
#include "core/io/geojson_reader.h"
#include "core/io/kml_reader.h"
#include "core/io/osm/osm_reader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace blindspot;

namespace {

// Cameras that use every attribute and the awkward text: quotes, delimiters, line breaks,
// Cyrillic, formula-like notes, and coordinates with all 17 significant digits.
Dataset exportable()
{
    Dataset d;
    d.header.name = QStringLiteral("Export test");
    d.sources = {{SourceId{0},
                  QStringLiteral("Опрос"),
                  QStringLiteral("s1"),
                  {},
                  {},
                  QDate(2026, 2, 1),
                  true},
                 {SourceId{1},
                  QStringLiteral("OSM"),
                  QStringLiteral("s2"),
                  {},
                  {},
                  QDate(2026, 2, 2),
                  false}};
    Camera full;
    full.position = {55.750123456789012, 37.600987654321098};
    full.kind = CameraKind::Turnstile;
    full.headingDegrees = 180.0;
    full.fovDegrees = 60.5;
    full.heightMetres = 1.6;
    full.frStatus = FrStatus::Confirmed;
    full.mount = CameraMount::Wall;
    full.notes = QStringLiteral("Face Pay, \"справа\"\nот входа; 2 шт.");
    full.sourceRef = QStringLiteral("osm:node/42");
    full.anchorZone = ZoneKind::Turnstiles;
    full.sightings = {{SourceId{0}, QDate(2026, 1, 15), 3, QByteArray(32, 'x')},
                      {SourceId{1}, QDate(2026, 2, 1), 2, {}}};
    Camera bare;
    bare.position = {-33.9, 151.2};
    bare.sightings = {{SourceId{1}, QDate(), 1, {}}};
    Camera formula;
    formula.position = {0.0, 0.0};
    formula.kind = CameraKind::Ptz;
    formula.frStatus = FrStatus::None;
    formula.mount = CameraMount::Other;
    formula.notes = QStringLiteral("=HYPERLINK(\"http://example.org\")");
    formula.headingDegrees = 0.0;
    formula.sightings = {{SourceId{0}, QDate(2025, 12, 31), 1, {}}};
    Camera pole;
    pole.position = {55.7, 37.6};
    pole.kind = CameraKind::Fixed;
    pole.frStatus = FrStatus::Suspected;
    pole.mount = CameraMount::Pole;
    pole.system = CameraSystem::City;
    pole.headingDegrees = 359.5;
    pole.heightMetres = 12.0;
    pole.notes = QStringLiteral("-- see photo");
    pole.sightings = {{SourceId{1}, QDate(2024, 2, 29), 4, {}}};
    Camera dome;
    dome.position = {55.71, 37.61};
    dome.kind = CameraKind::Dome;
    dome.mount = CameraMount::Ceiling;
    dome.system = CameraSystem::Private;
    dome.notes = QStringLiteral(" leading and trailing space ");
    dome.sightings = {{SourceId{0}, QDate(2026, 3, 1), 1, {}}};
    d.cameras = {full, bare, formula, pole, dome};
    for (std::size_t i = 0; i < d.cameras.size(); ++i)
        d.cameras[i].id = CameraId{static_cast<std::uint32_t>(i)};
    return d;
}

// What an import of the export gives back: the camera with one sighting of the file, carrying
// the latest date and the observers of all its sightings added up (worked out from the
// sightings above: 15 Jan and 1 Feb 2026 with 3 + 2 observers give 1 Feb and 5).
Camera afterRoundTrip(Camera c)
{
    QDate latest;
    int observers = 0;
    for (const Sighting &s : c.sightings) {
        if (s.observed.isValid() && (!latest.isValid() || s.observed > latest))
            latest = s.observed;
        observers += s.observers;
    }
    c.sightings = {{SourceId{0}, latest, observers, {}}};
    c.anchorStation = kNoId<StationId>;
    return c;
}

Result<Dataset> importBytes(const QByteArray &bytes, FileFormat format, const QString &dir)
{
    const ImportOptions options;
    switch (format) {
    case FileFormat::GeoJson:
        return readGeoJsonBytes(bytes, QStringLiteral("x.geojson"), options);
    case FileFormat::Csv:
        return readCsvBytes(bytes, QStringLiteral("x.csv"), options);
    case FileFormat::Kml:
        return readKmlBytes(bytes, QStringLiteral("x.kml"), options);
    default: {
        const QString path = dir + QStringLiteral("/x.osm");
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return ParseError{};
        f.close();
        return readOsm(path, options);
    }
    }
}

} // namespace

class TstCameraExport : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void osmRoundTrip();
    void osmTags();
    void anchoredCameraAtItsStation();
    void fictionalStaysMarked();
    void csvGuardsFormulas();
    void writesAtomically();
    void unsupportedFormat();
};

void TstCameraExport::roundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("geojson") << int(FileFormat::GeoJson);
    QTest::newRow("csv") << int(FileFormat::Csv);
    QTest::newRow("kml") << int(FileFormat::Kml);
}

void TstCameraExport::roundTrip()
{
    QFETCH(int, format);
    const Dataset d = exportable();
    const Result<QByteArray> bytes = cameraExportBytes(d, FileFormat(format));
    QVERIFY(!isError(bytes));
    QTemporaryDir dir;
    const Result<Dataset> back =
        importBytes(std::get<QByteArray>(bytes), FileFormat(format), dir.path());
    if (isError(back))
        QFAIL(qPrintable(QStringLiteral("%1:%2 %3")
                             .arg(std::get<ParseError>(back).line)
                             .arg(std::get<ParseError>(back).column)
                             .arg(std::get<ParseError>(back).args.join(' '))));
    const Dataset &read = std::get<Dataset>(back);
    QVERIFY(validateDataset(read).empty());
    QCOMPARE(read.cameras.size(), d.cameras.size());
    for (std::size_t i = 0; i < d.cameras.size(); ++i) {
        Camera expected = afterRoundTrip(d.cameras[i]);
        // KML text is trimmed by the reader, as map apps indent it freely.
        if (FileFormat(format) == FileFormat::Kml)
            expected.notes = expected.notes.trimmed();
        QCOMPARE(read.cameras[i].position, expected.position);
        QCOMPARE(read.cameras[i].notes, expected.notes);
        QCOMPARE(read.cameras[i], expected);
    }
}

void TstCameraExport::osmRoundTrip()
{
    // OSM tags carry position, heading, height, mount, date and notes; Blindspot's own
    // blindspot:* tags carry the rest (FR status, field of view, observers, turnstile kind,
    // station zone). Everything comes back except the station anchor: a file of cameras has no
    // stations to anchor to, so the zone only marks the camera as indoors.
    const Dataset d = exportable();
    QTemporaryDir dir;
    const Result<Dataset> back = importBytes(
        std::get<QByteArray>(cameraExportBytes(d, FileFormat::Osm)), FileFormat::Osm, dir.path());
    if (isError(back))
        QFAIL(qPrintable(std::get<ParseError>(back).args.join(' ')));
    const Dataset &read = std::get<Dataset>(back);
    QCOMPARE(read.cameras.size(), d.cameras.size());
    for (std::size_t i = 0; i < d.cameras.size(); ++i) {
        const Camera &a = d.cameras[i];
        const Camera &b = read.cameras[i];
        // OSM keeps 7 decimals of a degree (about 1 cm).
        QVERIFY(std::abs(b.position.lat - a.position.lat) <= 0.5e-7);
        QVERIFY(std::abs(b.position.lon - a.position.lon) <= 0.5e-7);
        QCOMPARE(b.frStatus, a.frStatus);
        QCOMPARE(b.headingDegrees, a.headingDegrees);
        QCOMPARE(b.heightMetres, a.heightMetres);
        QCOMPARE(b.mount, a.mount);
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.fovDegrees, a.fovDegrees);
        QCOMPARE(b.system, a.system);
        QCOMPARE(b.sightings.size(), std::size_t(1));
        QCOMPARE(b.sightings[0].observed, afterRoundTrip(a).sightings[0].observed);
        // e.g. the turnstile camera: 3 + 2 observers in its two sightings.
        QCOMPARE(b.sightings[0].observers, afterRoundTrip(a).sightings[0].observers);
        QVERIFY2(b.notes.contains(a.notes.trimmed()), qPrintable(b.notes));
    }
}

void TstCameraExport::osmTags()
{
    const QByteArray osm = std::get<QByteArray>(cameraExportBytes(exportable(), FileFormat::Osm));
    for (const char *expected :
         {"<node id=\"-1\" lat=\"55.7501235\" lon=\"37.6009877\">", "lat=\"-33.9\" lon=\"151.2\"",
          "lat=\"0\" lon=\"0\"",
          "<tag k=\"man_made\" v=\"surveillance\"/>", "<tag k=\"surveillance:type\" v=\"camera\"/>",
          "<tag k=\"camera:direction\" v=\"180\"/>", "<tag k=\"camera:mount\" v=\"wall\"/>",
          "<tag k=\"height\" v=\"1.6\"/>", "<tag k=\"blindspot:fr\" v=\"confirmed\"/>",
          "<tag k=\"camera:type\" v=\"panning\"/>", "<node id=\"-5\""})
        QVERIFY2(osm.contains(expected), expected);
    QVERIFY(!osm.contains("id=\"0\"") && !osm.contains("id=\"1\""));
}

void TstCameraExport::anchoredCameraAtItsStation()
{
    // smallCity's third camera is placed only by its station (Заречная) and zone.
    const Dataset city = testing::smallCity();
    const Dataset back = std::get<Dataset>(
        readGeoJsonBytes(std::get<QByteArray>(cameraExportBytes(city, FileFormat::GeoJson)),
                         QStringLiteral("x.geojson"), {}));
    QCOMPARE(back.cameras.size(), std::size_t(3));
    QCOMPARE(back.cameras[2].position, city.network.stations[3].position);
    QCOMPARE(back.cameras[2].anchorZone, std::optional<ZoneKind>(ZoneKind::Platform));
    QCOMPARE(back.cameras[2].frStatus, FrStatus::Suspected);
    const QByteArray csv = std::get<QByteArray>(cameraExportBytes(city, FileFormat::Csv));
    QVERIFY(csv.contains(QStringLiteral("Заречная").toUtf8()));
    QVERIFY(csv.contains("Опрос")); // the source name
}

void TstCameraExport::fictionalStaysMarked()
{
    Dataset d = exportable();
    d.header.fictional = true;
    QVERIFY(std::get<QByteArray>(cameraExportBytes(d, FileFormat::GeoJson))
                .contains("\"fictional\":true"));
    QVERIFY(std::get<QByteArray>(cameraExportBytes(d, FileFormat::Kml)).contains("FICTIONAL"));
    QVERIFY(std::get<QByteArray>(cameraExportBytes(d, FileFormat::Osm))
                .contains("blindspot:fictional"));
    d.header.fictional = false;
    QVERIFY(!std::get<QByteArray>(cameraExportBytes(d, FileFormat::GeoJson)).contains("fictional"));
}

void TstCameraExport::csvGuardsFormulas()
{
    const QByteArray csv = std::get<QByteArray>(cameraExportBytes(exportable(), FileFormat::Csv));
    // The cell a spreadsheet would run starts with an apostrophe (and is quoted for its quotes).
    QVERIFY(csv.contains("\"'=HYPERLINK(\"\"http://example.org\"\")\""));
    QVERIFY(csv.contains(",'-- see photo"));
    QVERIFY(csv.startsWith("lat,lon,kind,fr,system,heading,fov,height,mount,observed,observers,ref,"
                           "zone,station,sources,notes\r\n"));
}

void TstCameraExport::writesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.geojson"));
    const Dataset d = exportable();
    QVERIFY(!writeCameraExport(d, FileFormat::GeoJson, path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), std::get<QByteArray>(cameraExportBytes(d, FileFormat::GeoJson)));
    const auto error =
        writeCameraExport(d, FileFormat::GeoJson, dir.filePath(QStringLiteral("no/such/dir/x")));
    QVERIFY(error);
    QCOMPARE(error->code, ParseErrorCode::CannotWrite);
}

void TstCameraExport::unsupportedFormat()
{
    for (FileFormat f : {FileFormat::Bspack, FileFormat::Gpx, FileFormat::Pbf, FileFormat::Gtfs}) {
        QVERIFY(!canExportCameras(f));
        const Result<QByteArray> r = cameraExportBytes(exportable(), f);
        QVERIFY(isError(r));
        QCOMPARE(std::get<ParseError>(r).code, ParseErrorCode::Unsupported);
    }
}

QTEST_GUILESS_MAIN(TstCameraExport)
#include "tst_camera_export.moc"
