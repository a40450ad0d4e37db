// "Check a recorded walk" (issue 14, item 7): a GPX or GeoJSON path opened in the GUI, shown as
// walked with the same figures as a planned walk and each camera's view of it.
#include "core/exposure/model_parameters.h"
#include "core/geo/local_projection.h"
#include "gui_fixtures.h"
#include "gui/shell/main_window.h"
#include "gui/shell/file_controller.h"
#include "gui/map/map_view.h"
#include "gui/planner/planner_panel.h"
#include "common/risk_wording.h"
#include "gui/planner/route_details.h"
#include "gui/planner/route_overlay.h"
#include "common/route_text.h"
#include "core/routing/route_planner.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace blindspot;
using namespace blindspot::testing;

namespace {

// The test city's own tangent plane: a street due north from its origin, x east, y north.
const LocalProjection kPlane({55.75, 37.60});
constexpr double kStreetMetres = 120.0;
// The one camera: 5 m east of the street, 60 m up it, face recognition confirmed, with no
// heading (a dome: it sees all round).
constexpr double kCameraX = 5.0;
constexpr double kCameraY = 60.0;

// A one-street city: the street, the camera, a complete survey of the area (so no prior for
// unmapped cameras applies along the street) and a Moscow context (its priors, sourced).
std::shared_ptr<const Dataset> oneStreetCity()
{
    Dataset d;
    d.header.id = QStringLiteral("org.example.one-street");
    d.header.name = QStringLiteral("One street");
    d.header.context = QStringLiteral("moscow");
    d.sources.push_back({SourceId{0}, QStringLiteral("Survey")});
    d.streets.nodes = {kPlane.toLatLon({0, 0}), kPlane.toLatLon({0, kStreetMetres})};
    d.streets.edges = {{StreetNodeId{0}, StreetNodeId{1}, kStreetMetres}};
    Camera c;
    c.id = CameraId{0};
    c.position = kPlane.toLatLon({kCameraX, kCameraY});
    c.frStatus = FrStatus::Confirmed;
    c.system = CameraSystem::City;
    c.heightMetres = 3.0;
    d.cameras.push_back(c);
    SurveyArea area;
    area.polygon = {kPlane.toLatLon({-200, -200}), kPlane.toLatLon({200, -200}),
                    kPlane.toLatLon({200, 300}), kPlane.toLatLon({-200, 300})};
    area.completeness = 1.0;
    area.surveyed = QDate(2026, 1, 1);
    area.source = SourceId{0};
    d.surveyAreas.push_back(area);
    return std::make_shared<const Dataset>(std::move(d));
}

std::unique_ptr<MainWindow> shownWindow(const QString &language = QStringLiteral("en"))
{
    auto window = std::make_unique<MainWindow>(language);
    window->setAttribute(Qt::WA_DontShowOnScreen);
    window->resize(1280, 800);
    window->show();
    QCoreApplication::processEvents();
    window->setDataset(oneStreetCity());
    return window;
}

QString gpx(const std::vector<LatLon> &points)
{
    QString out = QStringLiteral("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\">\n<trk><trkseg>\n");
    for (const LatLon &p : points)
        out += QStringLiteral("<trkpt lat=\"%1\" lon=\"%2\"/>\n")
                   .arg(QString::number(p.lat, 'f', 9), QString::number(p.lon, 'f', 9));
    return out + QStringLiteral("</trkseg></trk>\n</gpx>\n");
}

QString written(const QTemporaryDir &dir, const char *name, const QString &content)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0)
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

// The street walked from its south end to its north end, through its middle.
std::vector<LatLon> streetWalk()
{
    return {kPlane.toLatLon({0, 0}), kPlane.toLatLon({0, kCameraY}),
            kPlane.toLatLon({0, kStreetMetres})};
}

// Opens `path` as a recorded walk, expecting a message box; returns its text ("" if none came).
QString refusedText(MainWindow &window, const QString &path)
{
    QString text;
    whenShown<QMessageBox>([&](QMessageBox *box) {
        text = box->text();
        box->accept();
    });
    const bool shown = window.files()->checkTrack(path);
    return shown ? QString() : text;
}

} // namespace

class TstTrackGui : public QObject {
    Q_OBJECT
private slots:
    void recordedWalkShowsEachCamera();
    void conditionsAreThePlanners();
    void badFileChangesNothing();
    void planningReplacesTheWalk();
    void oddPaths();
    void russianFits();
};

void TstTrackGui::recordedWalkShowsEachCamera()
{
    auto window = shownWindow();
    auto *action = window->findChild<QAction *>(QStringLiteral("checkTrackAction"));
    QVERIFY(action && action->isEnabled());
    QTemporaryDir dir;
    QVERIFY(window->files()->checkTrack(written(dir, "walk.gpx", gpx(streetWalk()))));
    auto *panel = window->findChild<PlannerPanel *>();
    QVERIFY(panel->showsTrack());
    QVERIFY(!panel->currentPlan());

    // The overlay is the path as given: one walking step through the three points, 120 m.
    const RouteOverlay *overlay = window->mapView()->routeOverlay();
    QVERIFY(overlay);
    QCOMPARE(overlay->route().legs.size(), std::size_t(1));
    QCOMPARE(overlay->route().legs.front().kind, LegKind::Walk);
    const std::vector<LatLon> &path = overlay->route().legs.front().path;
    QCOMPARE(path.size(), streetWalk().size());
    for (std::size_t i = 0; i < path.size(); ++i) // as written to the file, 9 decimals
        QVERIFY(haversineMetres(path[i], streetWalk()[i]) < 0.001);
    QVERIFY(std::abs(overlay->route().figures.walkMetres - kStreetMetres) < 0.1);

    // Worked by hand. With no heading the camera sees all round, and "in view" reaches
    // view_range_m = 25 m (resources/model_parameters.json). The walker at (0, y) is within
    // 25 m of (5, 60) while |y - 60| <= sqrt(25^2 - 5^2) = 24.495 m: from y = 35.505 m for
    // 48.990 m, closest 5 m (abeam). At walk_speed_mps 1.35: from 26.3 s ("26 s", "36 m") for
    // 36.29 s ("36 s"). The whole walk: 120 m in 88.9 s ("about 1 min"); in view 48.990 / 120 =
    // 40.8 %, shown to 5 %: "about 40 %".
    auto *cameras = child<QLabel>(*window, "trackCameras");
    QVERIFY(cameras && cameras->isVisible());
    // Units stay on the line of their number (a no-break space, U+00A0).
    const QString expected =
        QStringLiteral("camera 0 (face recognition confirmed): in view from 26\u00a0s (36\u00a0m) "
                       "into the walk for 36\u00a0s, as close as 5\u00a0m");
    QVERIFY2(cameras->text().contains(expected), qPrintable(cameras->text()));
    auto *figures = child<QLabel>(*window, "detailsFigures");
    QVERIFY(figures->text().contains(
        QStringLiteral("The path: 120\u00a0m, about 1\u00a0min on foot")));
    QVERIFY2(figures->text().contains(QStringLiteral("Time in view of mapped cameras: 36\u00a0s")),
             qPrintable(figures->text()));
    QVERIFY(figures->text().contains(QStringLiteral("about 40 % of 120\u00a0m")));
    QVERIFY(figures->text().contains(QStringLiteral("Mapped cameras that have you in view: 1")));

    // The chance is core's for the same path, evaluated here independently of the GUI.
    const auto city = oneStreetCity();
    const RoutePlanner planner(
        city, std::get<ModelParameters>(parametersFor(*city, QStringLiteral("ordinary"))));
    const Route core = planner.exposureAlong(streetWalk()).route;
    QVERIFY(core.hazard.central > 0.0);
    auto *details = window->findChild<RouteDetails *>();
    bool chanceShown = false;
    for (const QLabel *label : details->findChildren<QLabel *>())
        chanceShown = chanceShown || label->text().contains(
                                         RiskWording::wordWithRange(core.hazard).toHtmlEscaped());
    QVERIFY(chanceShown);
    // It says on screen that this is the path as walked, not a suggestion.
    auto *note = child<QLabel>(*window, "trackNote");
    QVERIFY(note && note->isVisible() && note->text().contains(QLatin1String("not suggest")));
    QVERIFY(child<QLabel>(*window, "plannerMessage")->isVisible());
    QVERIFY(panel->detailsDock()->isVisible());
}

void TstTrackGui::conditionsAreThePlanners()
{
    // On an alert day every camera that can feed face recognition is assumed to: the reference
    // class says so, and the chance is core's under the event profile.
    auto window = shownWindow();
    auto *profile = child<QComboBox>(*window, "profileCombo");
    profile->setCurrentIndex(profile->findData(QStringLiteral("event")));
    QTemporaryDir dir;
    QVERIFY(window->files()->checkTrack(written(dir, "walk.gpx", gpx(streetWalk()))));
    const auto city = oneStreetCity();
    const RoutePlanner planner(
        city, std::get<ModelParameters>(parametersFor(*city, QStringLiteral("event"))));
    const Route core = planner.exposureAlong(streetWalk()).route;
    const Route &shown = window->mapView()->routeOverlay()->route();
    QVERIFY(std::abs(shown.hazard.central - core.hazard.central) < 1e-12);
    bool referenceShown = false;
    for (const QLabel *label : window->findChild<RouteDetails *>()->findChildren<QLabel *>())
        referenceShown =
            referenceShown || label->text() == RiskWording::referenceClass(QStringLiteral("event"));
    QVERIFY(referenceShown);
}

void TstTrackGui::badFileChangesNothing()
{
    auto window = shownWindow();
    QTemporaryDir dir;
    QVERIFY(window->files()->checkTrack(written(dir, "walk.gpx", gpx(streetWalk()))));
    const RouteOverlay *before = window->mapView()->routeOverlay();
    const QString camerasBefore = child<QLabel>(*window, "trackCameras")->text();

    // Broken XML: the error names the file and the line (3, the unclosed point).
    const QString broken = written(dir, "broken.gpx",
                                   QStringLiteral("<?xml version=\"1.0\"?>\n<gpx>\n<trk><trkpt "
                                                  "lat=\"55.75\" lon=\"37.6\"</trk>\n</gpx>\n"));
    QString text = refusedText(*window, broken);
    QVERIFY2(text.contains(QLatin1String("Blindspot could not read a walk from this file")),
             qPrintable(text));
    QVERIFY2(text.contains(broken + QStringLiteral(":3:")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Nothing was changed")));
    // One point: no walk.
    text = refusedText(*window, written(dir, "one.gpx", gpx({kPlane.toLatLon({0, 0})})));
    QVERIFY2(text.contains(QLatin1String("at least two points")), qPrintable(text));

    QCOMPARE(window->mapView()->routeOverlay(), before);
    QCOMPARE(child<QLabel>(*window, "trackCameras")->text(), camerasBefore);
    QVERIFY(window->findChild<PlannerPanel *>()->showsTrack());
}

void TstTrackGui::planningReplacesTheWalk()
{
    auto window = shownWindow();
    QTemporaryDir dir;
    QVERIFY(window->files()->checkTrack(written(dir, "walk.gpx", gpx(streetWalk()))));
    auto *panel = window->findChild<PlannerPanel *>();
    const LatLon from = kPlane.toLatLon({0, 0}), to = kPlane.toLatLon({0, kStreetMetres});
    const auto point = [](LatLon p) {
        return QStringLiteral("%1, %2").arg(QString::number(p.lat, 'f', 6),
                                             QString::number(p.lon, 'f', 6));
    };
    QVERIFY(panel->planBetween(point(from), point(to)));
    QVERIFY(!panel->showsTrack());
    QVERIFY(panel->currentPlan());
    QVERIFY(!child<QLabel>(*window, "trackNote")->isVisible());
    QVERIFY(!child<QLabel>(*window, "trackCameras")->isVisible());
    QVERIFY(!child<QLabel>(*window, "plannerMessage")->isVisible());
    QCOMPARE(window->mapView()->routeOverlay()->route().legs.size(),
             panel->currentPlan()->routes[std::size_t(panel->selectedRoute())].legs.size());
}

void TstTrackGui::oddPaths()
{
    auto window = shownWindow();
    QTemporaryDir dir;
    auto *panel = window->findChild<PlannerPanel *>();

    // Two points in one place: no walk, and nothing shown.
    const LatLon here = kPlane.toLatLon({0, 10});
    QString text = refusedText(*window, written(dir, "still.gpx", gpx({here, here})));
    QVERIFY2(text.contains(QLatin1String("holds no walk")), qPrintable(text));
    QVERIFY(!panel->showsTrack());
    QVERIFY(!window->mapView()->routeOverlay());

    // Far outside the map (a street 1000 km south): no mapped camera, the prior applies, and
    // the details say so.
    const std::vector<LatLon> far{{46.75, 37.60}, {46.751, 37.60}};
    QVERIFY(window->files()->checkTrack(written(dir, "far.gpx", gpx(far))));
    QVERIFY(panel->showsTrack());
    QCOMPARE(child<QLabel>(*window, "trackCameras")->text(),
             RouteText::noCameraInView(true).toHtmlEscaped());
    const Route &farRoute = window->mapView()->routeOverlay()->route();
    QVERIFY(farRoute.figures.camerasInView.empty());
    QVERIFY(farRoute.hazard.central > 0.0); // the prior for streets nobody surveyed
    QVERIFY(farRoute.figures.unsurveyedWalkMetres > 100.0);

    // A GPS track of 6000 points zig-zagging up the street (every 2 cm, 0.5 m sideways): the
    // camera is still met once. (How long it takes is printed, not checked: a unit test holds
    // no wall-clock limit on a shared machine.)
    std::vector<LatLon> many;
    for (int i = 0; i < 6000; ++i)
        many.push_back(kPlane.toLatLon({i % 2 == 0 ? 0.0 : 0.5, kStreetMetres * i / 5999.0}));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(window->files()->checkTrack(written(dir, "many.gpx", gpx(many))));
    qInfo("a track of 6000 points checked in %lld ms", static_cast<long long>(timer.elapsed()));
    QVERIFY(child<QLabel>(*window, "trackCameras")->text().startsWith(QLatin1String("<ol")));
    QCOMPARE(window->mapView()->routeOverlay()->route().figures.camerasInView.size(),
             std::size_t(1));
}

void TstTrackGui::russianFits()
{
    // At 1280 x 800 in Russian, the details of a recorded walk fit without a sideways cut: the
    // details need no more width than their scroll area gives them. Kept as a PNG for people
    // to look at.
    auto window = shownWindow();
    QVERIFY(window->setLanguage(QStringLiteral("ru")));
    QCoreApplication::processEvents();
    QTemporaryDir dir;
    QVERIFY(window->files()->checkTrack(written(dir, "walk.gpx", gpx(streetWalk()))));
    QCoreApplication::processEvents();
    auto *details = window->findChild<RouteDetails *>();
    auto *dock = window->findChild<PlannerPanel *>()->detailsDock();
    QVERIFY(dock->isVisible());
    const QWidget *viewport = details->parentWidget();
    QVERIFY2(details->minimumSizeHint().width() <= viewport->width(),
             qPrintable(QStringLiteral("%1 > %2")
                            .arg(details->minimumSizeHint().width())
                            .arg(viewport->width())));
    QVERIFY(window->mapView()->width() > 300);
    QVERIFY(!child<QLabel>(*window, "trackNote")->text().contains(QLatin1String("walked")));
    QVERIFY(window->width() <= 1280);
    const QString kept =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("track_ru.png"));
    QFile::remove(kept);
    QVERIFY(window->grab().save(kept));
}

QTEST_MAIN(TstTrackGui)
#include "tst_track_gui.moc"
