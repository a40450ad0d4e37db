#include "common/embedded_data.h"
#include "core/geo/local_projection.h"
#include "gui_fixtures.h"
#include "gui/shell/main_window.h"
#include "gui/map/map_legend.h"
#include "gui/map/map_view.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <memory>

using namespace blindspot;
using namespace blindspot::testing;

namespace {

constexpr QSize kWindowSize(1400, 900);
// MapStyle's colours, repeated here on purpose: the test checks what reaches the screen.
constexpr QRgb kConfirmedFill = 0xFFD55E00;
constexpr QRgb kBannerBackground = 0xFFFFF1C2;

std::shared_ptr<const Dataset> trainingCity()
{
    return std::make_shared<const Dataset>(embeddedTrainingCity());
}

// A window laid out at its real size but never put on a screen.
std::unique_ptr<MainWindow> shownWindow(std::shared_ptr<const Dataset> dataset)
{
    auto window = std::make_unique<MainWindow>(QStringLiteral("en"));
    window->setAttribute(Qt::WA_DontShowOnScreen);
    window->resize(kWindowSize);
    window->show();
    QCoreApplication::processEvents();
    window->setDataset(std::move(dataset));
    window->mapView()->fitToData();
    return window;
}

// Two stations on one line, one camera known only by the station it is in (no position), not
// fictional: the smallest dataset that exercises anchors and the banner's absence.
std::shared_ptr<const Dataset> tinyRealDataset()
{
    Dataset d;
    d.header.name = QStringLiteral("Tiny");
    d.header.fictional = false;
    Line line;
    line.id = LineId{0};
    line.colourRgb = 0x0072B2;
    line.stations = {StationId{0}, StationId{1}};
    d.network.lines.push_back(line);
    for (std::uint32_t i = 0; i < 2; ++i) {
        Station s;
        s.id = StationId{i};
        s.name.native = QStringLiteral("Station %1").arg(i);
        s.position = {55.75, 37.60 + 0.02 * i};
        s.line = LineId{0};
        d.network.stations.push_back(s);
    }
    Camera camera;
    camera.id = CameraId{0};
    camera.anchorStation = StationId{0};
    camera.anchorZone = ZoneKind::Turnstiles;
    camera.frStatus = FrStatus::Confirmed;
    d.cameras.push_back(camera);
    return std::make_shared<const Dataset>(std::move(d));
}

} // namespace

class TstGuiSmoke : public QObject {
    Q_OBJECT
private slots:
    void trainingCityDrawsNetworkAndCameras();
    void fictionalBannerOnlyForFictionalData();
    void fitShowsEveryStation();
    void keysZoomAndPan();
    void wheelZoomKeepsGroundUnderCursor();
    void pinchZoomsAroundFingers();
    void dragMovesGroundWithPointer();
    void anchoredCameraDrawnAtItsStation();
    void emptyViewPaints();
    void manyCamerasAreMerged();
    void screenshotCommand_data();
    void screenshotCommand();
    void screenshotOfUnreadableFileFails();
};

void TstGuiSmoke::trainingCityDrawsNetworkAndCameras()
{
    const auto city = trainingCity();
    auto window = shownWindow(city);
    const QImage image = grabbed(*window);
    MapView *map = window->mapView();

    QCOMPARE(map->drawnStationCount(), static_cast<int>(city->network.stations.size()));
    QVERIFY(map->drawnCameraSymbolCount() > 0);

    int coloursSeen = 0;
    for (const Line &line : city->network.lines)
        if (pixelsOfColour(image, 0xFF000000 | line.colourRgb) >= 20)
            ++coloursSeen;
    QVERIFY2(coloursSeen >= 3, qPrintable(QStringLiteral("%1 line colours").arg(coloursSeen)));

    const DatasetSummary summary = summarize(*city);
    if (summary.camerasByFrStatus[static_cast<int>(FrStatus::Confirmed)] > 0)
        QVERIFY(pixelsOfColour(image, kConfirmedFill) > 0);
}

void TstGuiSmoke::fictionalBannerOnlyForFictionalData()
{
    auto window = shownWindow(trainingCity());
    QVERIFY(window->dataset()->header.fictional);
    auto *banner = window->findChild<QLabel *>(QStringLiteral("fictionalBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QLatin1String("not a real place")));
    QVERIFY(banner->height() >= 20);
    // Really painted: its background appears in the window's image, above the map.
    const QImage image = grabbed(*window);
    const QPoint inside = banner->mapTo(window.get(), QPoint(3, banner->height() / 2));
    QCOMPARE(image.pixel(inside) | 0xFF000000, kBannerBackground);
    QVERIFY(window->windowTitle().contains(QLatin1String("fictional")));

    window->setDataset(tinyRealDataset());
    QVERIFY(!banner->isVisible());
    QVERIFY(!window->windowTitle().contains(QLatin1String("fictional")));
    QVERIFY(window->windowTitle().contains(QLatin1String("Tiny")));
}

void TstGuiSmoke::fitShowsEveryStation()
{
    const auto city = trainingCity();
    auto window = shownWindow(city);
    MapView *map = window->mapView();
    const auto outside = [&] {
        int count = 0;
        for (const Station &s : city->network.stations)
            count += map->rect().contains(map->widgetPosition(s.position).toPoint()) ? 0 : 1;
        return count;
    };
    QCOMPARE(outside(), 0);

    map->zoomBy(8.0, QPointF(map->width() / 2.0, map->height() / 2.0));
    map->panByPixels({300, 200});
    QVERIFY(outside() > 0);

    QTest::keyClick(map, Qt::Key_0);
    QCOMPARE(outside(), 0);

    // Nor is any station hidden under the legend floating over the map.
    auto *legend = window->findChild<MapLegend *>();
    QVERIFY(legend && legend->isVisible());
    const QRect covered(map->mapFrom(window.get(), legend->mapTo(window.get(), QPoint(0, 0))),
                        legend->size());
    for (const Station &s : city->network.stations)
        QVERIFY(!covered.contains(map->widgetPosition(s.position).toPoint()));
    map->grab();
    QCOMPARE(map->drawnStationCount(), static_cast<int>(city->network.stations.size()));
}

void TstGuiSmoke::keysZoomAndPan()
{
    auto window = shownWindow(trainingCity());
    MapView *map = window->mapView();
    const double fitted = map->pixelsPerMetre();

    QTest::keyClick(map, Qt::Key_Plus);
    const double zoomedIn = map->pixelsPerMetre();
    QVERIFY(zoomedIn > fitted * 1.2);
    QTest::keyClick(map, Qt::Key_Minus);
    QVERIFY(qFuzzyCompare(map->pixelsPerMetre(), fitted));
    QTest::keyClick(map, Qt::Key_Minus);
    QVERIFY(map->pixelsPerMetre() < fitted / 1.2);

    // The View menu's actions drive the same view.
    QAction *zoomInAction = nullptr;
    for (QAction *action : window->findChildren<QAction *>())
        if (action->text().remove(QLatin1Char('&')) == QLatin1String("Zoom in"))
            zoomInAction = action;
    QVERIFY(zoomInAction);
    const double before = map->pixelsPerMetre();
    zoomInAction->trigger();
    QVERIFY(map->pixelsPerMetre() > before * 1.2);

    const LatLon start = map->centre();
    QTest::keyClick(map, Qt::Key_Right);
    QVERIFY(map->centre().lon > start.lon);
    QCOMPARE(map->centre().lat, start.lat);
    QTest::keyClick(map, Qt::Key_Up);
    QVERIFY(map->centre().lat > start.lat);
    QTest::keyClick(map, Qt::Key_Left);
    QTest::keyClick(map, Qt::Key_Down);
    QVERIFY(qFuzzyCompare(map->centre().lon, start.lon));
    QVERIFY(qFuzzyCompare(map->centre().lat, start.lat));
}

void TstGuiSmoke::wheelZoomKeepsGroundUnderCursor()
{
    auto window = shownWindow(trainingCity());
    MapView *map = window->mapView();
    const QPointF cursor(map->width() * 0.3, map->height() * 0.7);
    const LatLon under = map->positionAt(cursor);
    const double before = map->pixelsPerMetre();

    QWheelEvent wheel(cursor, map->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(map, &wheel);

    QVERIFY(map->pixelsPerMetre() > before * 1.2);
    const QPointF after = map->widgetPosition(under);
    QVERIFY2(QLineF(after, cursor).length() < 0.01,
             qPrintable(QStringLiteral("moved to %1,%2").arg(after.x()).arg(after.y())));
}

void TstGuiSmoke::pinchZoomsAroundFingers()
{
    auto window = shownWindow(trainingCity());
    MapView *map = window->mapView();
    const QPointF fingers(map->width() * 0.6, map->height() * 0.4);
    const LatLon under = map->positionAt(fingers);
    const double before = map->pixelsPerMetre();

    // A touchpad pinch: value 0.25 means a quarter larger than after the previous event, so the
    // scale must become 1.25 times what it was, with the ground between the fingers staying put.
    const QPointingDevice *touchpad = QPointingDevice::primaryPointingDevice();
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, touchpad, 2, fingers,
                              map->mapTo(window.get(), fingers), map->mapToGlobal(fingers), 0.25,
                              QPointF());
    QCoreApplication::sendEvent(map, &pinch);

    QVERIFY2(qAbs(map->pixelsPerMetre() / before - 1.25) < 1e-9,
             qPrintable(QString::number(map->pixelsPerMetre() / before)));
    const QPointF after = map->widgetPosition(under);
    QVERIFY(QLineF(after, fingers).length() < 0.01);
}

void TstGuiSmoke::dragMovesGroundWithPointer()
{
    auto window = shownWindow(trainingCity());
    MapView *map = window->mapView();
    map->zoomBy(2.0, QPointF(map->width() / 2.0, map->height() / 2.0));
    const QPoint from(500, 400);
    const QPoint to(620, 330);
    const LatLon grabbedPlace = map->positionAt(from);

    QTest::mousePress(map, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(map, to);
    QTest::mouseRelease(map, Qt::LeftButton, Qt::NoModifier, to);

    QVERIFY(QLineF(map->widgetPosition(grabbedPlace), QPointF(to)).length() < 0.01);
}

void TstGuiSmoke::anchoredCameraDrawnAtItsStation()
{
    const auto tiny = tinyRealDataset();
    auto window = shownWindow(tiny);
    MapView *map = window->mapView();
    const QImage image = grabbed(*map);
    QCOMPARE(map->drawnStationCount(), 2);
    QCOMPARE(map->drawnCameraSymbolCount(), 1);

    // The symbol sits on the edge of station 0, not at the other station or anywhere else.
    const QPoint station = map->widgetPosition(tiny->network.stations[0].position).toPoint();
    int near = 0;
    for (int y = station.y() - 25; y <= station.y() + 25; ++y)
        for (int x = station.x() - 25; x <= station.x() + 25; ++x)
            near += image.valid(x, y) && (image.pixel(x, y) | 0xFF000000) == kConfirmedFill;
    QVERIFY(near > 0);
    QCOMPARE(pixelsOfColour(image, kConfirmedFill), near);
}

void TstGuiSmoke::emptyViewPaints()
{
    MapView map;
    map.resize(400, 300);
    map.grab();
    QCOMPARE(map.drawnStationCount(), 0);
    QVERIFY(!map.centre().isValid());
    map.zoomIn();
    map.panByPixels({10, 10});
    map.fitToData();
}

void TstGuiSmoke::manyCamerasAreMerged()
{
    // 160,000 cameras spread over 40 x 40 km, as many as Moscow's city cameras.
    Dataset d = embeddedTrainingCity();
    const LocalProjection projection(d.network.stations.front().position);
    d.cameras.clear();
    constexpr int kSide = 400;
    for (int i = 0; i < kSide * kSide; ++i) {
        Camera c;
        c.id = CameraId{static_cast<std::uint32_t>(i)};
        c.position =
            projection.toLatLon({(i % kSide) * 100.0 - 20000.0, (i / kSide) * 100.0 - 20000.0});
        c.frStatus = static_cast<FrStatus>(i % 4);
        d.cameras.push_back(c);
    }
    auto window = shownWindow(std::make_shared<const Dataset>(std::move(d)));
    MapView *map = window->mapView();

    QElapsedTimer timer;
    timer.start();
    map->grab();
    const qint64 elapsedMs = timer.elapsed();
    qInfo("160,000 cameras at fit: %lld ms, %d symbols", elapsedMs, map->drawnCameraSymbolCount());
    QVERIFY(map->camerasMerged());
    QVERIFY(map->drawnCameraSymbolCount() < 160'000 / 4);

    // Close in, cameras 100 m apart no longer overlap: each is drawn.
    map->zoomBy(50.0, QPointF(map->width() / 2.0, map->height() / 2.0));
    map->grab();
    QVERIFY(!map->camerasMerged());
    QVERIFY(map->drawnCameraSymbolCount() > 0);
}

void TstGuiSmoke::screenshotCommand_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Russian") << QStringLiteral("ru");
}

void TstGuiSmoke::screenshotCommand()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString shot = dir.filePath(QStringLiteral("shot_%1.png").arg(language));
    QStringList arguments{QStringLiteral("--screenshot"), shot};
    if (language != QLatin1String("en"))
        arguments << QStringLiteral("--lang") << language;

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BLINDSPOT_GUI), arguments);
    QVERIFY(process.waitForFinished(120'000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAllStandardError().constData());

    const QImage image(shot);
    QCOMPARE(image.size(), kWindowSize);

    // Kept next to the tests for people to look at.
    const QString kept = QDir(QCoreApplication::applicationDirPath())
                             .filePath(QStringLiteral("screenshot_%1.png").arg(language));
    QFile::remove(kept);
    QVERIFY(QFile::copy(shot, kept));
}

void TstGuiSmoke::screenshotOfUnreadableFileFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bogus = dir.filePath(QStringLiteral("bogus.bspack"));
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a map pack");
    file.close();
    const QString shot = dir.filePath(QStringLiteral("never.png"));

    QProcess process;
    process.start(QStringLiteral(BLINDSPOT_GUI), {QStringLiteral("--screenshot"), shot, bogus});
    QVERIFY(process.waitForFinished(120'000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("bogus.bspack"));
    QVERIFY(!QFile::exists(shot));
}

QTEST_MAIN(TstGuiSmoke)
#include "tst_gui_smoke.moc"
