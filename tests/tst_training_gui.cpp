#include "gui/shell/main_window.h"
#include "gui/map/map_style.h"
#include "gui/training/face_detector_demo_widget.h"
#include "core/training/handout_content.h"
#include "gui/training/handouts.h"
#include "gui/training/map_marks_overlay.h"
#include "core/training/myth_or_evidence.h"
#include "gui/training/myth_or_evidence_exercise.h"
#include "gui/training/presenter_view.h"
#include "gui/training/route_comparison_exercise.h"
#include "gui/training/scenario_exercise.h"
#include "gui/training/spot_the_camera_exercise.h"
#include "gui/training/team_exercise.h"
#include "gui/training/training_menu.h"
#include "gui/training/training_window.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineF>
#include <QLocale>
#include <QMenuBar>
#include <QPointF>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace blindspot;

namespace {

// Debian's opencv-doc installs the OpenCV sample photos here (gzip-compressed in some releases).
const QString kMessi = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/messi5.jpg");
// Where Messi's face is in messi5.jpg (548 x 342), read off the photo by eye: a face about 35 px
// wide centred near (244, 112). A detection whose centre is this close is that face (the
// detector also reports a larger false face in the crowd behind, centred 40 px away).
const QPointF kMessiFace(244, 112);
constexpr qreal kNearFaceCentre = 15.0;

// The two virtual screens main() gives the offscreen platform: a laptop and a projector.
const QRect kLaptop(0, 0, 1366, 768);
const QRect kProjector(1366, 0, 1920, 1080);

QString keptImagePath(const QString &name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

// The photo's bytes, read into memory (uncompressed when Debian ships it gzipped).
QByteArray messiBytes()
{
    QFile plain(kMessi);
    if (plain.open(QIODevice::ReadOnly))
        return plain.readAll();
    if (!QFile::exists(kMessi + QStringLiteral(".gz")))
        return {};
    QProcess gunzip;
    gunzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), kMessi + QStringLiteral(".gz")});
    if (!gunzip.waitForFinished(30'000) || gunzip.exitCode() != 0)
        return {};
    return gunzip.readAllStandardOutput();
}

QString pdfText(const QString &pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QProcess process;
    // Raw order is the order Qt drew the text in: cell by cell for tables.
    process.start(pdftotext, {QStringLiteral("-raw"), QStringLiteral("-enc"),
                              QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Text compared without its white space and with ligatures ("ﬁ") undone, so that words wrapped
// across lines ("Wi-" / "Fi") still match.
QString squeezed(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    out.remove(QRegularExpression(QStringLiteral("\\s")));
    return out;
}

int pdfPages(const QString &pdf)
{
    QFile file(pdf);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    // Qt's PDF writer marks each page "/Type /Page" and the page tree "/Type /Pages".
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    int pages = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(file.readAll())); it.hasNext(); it.next())
        ++pages;
    return pages;
}

} // namespace

class TstTrainingGui : public QObject {
    Q_OBJECT
private slots:
    void trainingMenuOpensTrainingMode();
    void presenterViewOpensOnTheSecondScreen();
    void presenterKeysDriveTheSession();
    void presenterSpeaksTheSessionLanguage();
    void sessionRunsFromStartToEnd();
    void spotTheCameraReveals();
    void teamExerciseScoresBothTeams();
    void faceDetectorFindsAFace();
    void faceDetectorFindsNoneInABlankImage();
    void faceDetectorWordsFollowTheResult_data();
    void faceDetectorWordsFollowTheResult();
    void handoutsInEveryLanguage_data();
    void handoutsInEveryLanguage();
    void screenshots();
};

void TstTrainingGui::trainingMenuOpensTrainingMode()
{
    MainWindow window(QStringLiteral("en"));
    auto *menu = window.findChild<TrainingMenu *>();
    QVERIFY(menu);
    QVERIFY(window.menuBar()->actions().contains(menu->menuAction()));
    // Before Help, which stays last.
    QVERIFY(window.menuBar()->actions().constLast() != menu->menuAction());
    TrainingWindow *training = menu->openTrainingWindow();
    QVERIFY(training);
    QCOMPARE(menu->openTrainingWindow(), training); // one at a time
    QVERIFY(training->city()->header.fictional);
    training->close();
}

void TstTrainingGui::presenterViewOpensOnTheSecondScreen()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() < 2)
        QSKIP("the platform offers one screen (run with the offscreen platform's configfile)");
    TrainingWindow window(QStringLiteral("en"));
    window.setScreen(screens[0]);
    window.move(kLaptop.topLeft());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPresenter();
    PresenterView *presenter = window.presenter();
    QVERIFY(presenter);
    QVERIFY(presenter->isVisible());
    QCOMPARE(presenter->screen(), screens[1]);
    QVERIFY(presenter->isFullScreen());
    QCOMPARE(presenter->geometry(), kProjector);
    // Readable from the back of a room: body text a thirtieth of 1080 lines.
    QVERIFY(presenter->unit() >= 30.0);
    // The trainer's notes and timer stay on the laptop: nothing on the slide repeats them.
    const QString notes = window.findChild<QLabel *>(QStringLiteral("facilitatorNotes"))->text();
    QVERIFY(!notes.isEmpty());
    const PresenterSlide &slide = presenter->slide();
    for (const QString &line : slide.lines)
        QVERIFY2(!notes.contains(line), qPrintable(line));
    QVERIFY(!presenter->findChild<QLabel *>(QStringLiteral("blockTimer")));
    QVERIFY(!presenter->findChild<QLabel *>(QStringLiteral("facilitatorNotes")));
}

void TstTrainingGui::presenterKeysDriveTheSession()
{
    TrainingWindow window(QStringLiteral("en"));
    window.show();
    window.showPresenter();
    PresenterView *presenter = window.presenter();
    QVERIFY(presenter);
    // Block 0 of the default 90-minute plan is "spot the camera": "next" first reveals the
    // cameras, then moves to block 1.
    QCOMPARE(window.currentBlock(), 0);
    QVERIFY(!window.spotTheCamera()->isRevealed());
    QTest::keyClick(presenter, Qt::Key_Right);
    QVERIFY(window.spotTheCamera()->isRevealed());
    QCOMPARE(window.currentBlock(), 0);
    QVERIFY(presenter->slide().mapCameras);
    QTest::keyClick(presenter, Qt::Key_Space);
    QCOMPARE(window.currentBlock(), 1);
    QTest::keyClick(presenter, Qt::Key_N); // reveal the first choice's outcomes
    QVERIFY(window.scenarioExercise()->outcomesShown());
    QVERIFY(!presenter->slide().routes.empty());
    QVERIFY(!presenter->cardAreas().empty());
    QTest::keyClick(presenter, Qt::Key_Left);
    QVERIFY(!window.scenarioExercise()->outcomesShown());
    QTest::keyClick(presenter, Qt::Key_PageUp);
    QCOMPARE(window.currentBlock(), 0);
    QTest::keyClick(presenter, Qt::Key_B);
    QVERIFY(presenter->isBlank());
    QTest::keyClick(presenter, Qt::Key_B);
    QVERIFY(!presenter->isBlank());
}

void TstTrainingGui::presenterSpeaksTheSessionLanguage()
{
    // A trainer whose screen is in English runs a session in Russian: everything on the wall
    // (step label, heading, lines) is Russian, and the trainer's own window stays English.
    TrainingWindow window(QStringLiteral("en"));
    window.setContentLanguage(QStringLiteral("ru"));
    window.show();
    window.showPresenter();
    PresenterView *presenter = window.presenter();
    QVERIFY(presenter);
    const PresenterSlide &slide = presenter->slide();
    static const QRegularExpression latinWord(QStringLiteral("\\b[A-Za-z]{3,}\\b"));
    static const QRegularExpression cyrillic(QStringLiteral("[\\x{0400}-\\x{04FF}]"));
    QStringList shown{slide.stepLabel, slide.heading};
    shown += slide.lines;
    for (const QString &text : shown) {
        if (text.isEmpty())
            continue;
        QVERIFY2(text.contains(cyrillic), qPrintable(text));
        QVERIFY2(!text.contains(latinWord), qPrintable(text));
    }
    // Block 0 is "spot the camera": its heading, as the catalogue words it in Russian.
    QVERIFY2(slide.heading.startsWith(QStringLiteral("Где")), qPrintable(slide.heading));
    QCOMPARE(window.windowTitle(), QStringLiteral("Blindspot - training mode"));
    // The scope ended with the slide: the UI's language answers again.
    QCOMPARE(PresenterView::tr("Blindspot - presenter view"),
             QStringLiteral("Blindspot - presenter view"));
    // Painting the wall (route cards, footer) happens in the session's language too; it must
    // leave the UI's language alone as well.
    QVERIFY(!presenter->grab().isNull());
    QCOMPARE(PresenterView::tr("Blindspot - presenter view"),
             QStringLiteral("Blindspot - presenter view"));
}

void TstTrainingGui::sessionRunsFromStartToEnd()
{
    TrainingWindow window(QStringLiteral("ru"));
    window.resize(1400, 860);
    window.show();
    window.showPresenter();
    for (int minutes : kSessionLengths) {
        QStringList ids;
        for (const Scenario &s : window.scenarios())
            ids.append(s.id);
        window.setPlan(*buildSessionPlan(minutes, ids));
        QCOMPARE(window.contentLanguage(), QStringLiteral("en")); // the plan's language
        window.setContentLanguage(QStringLiteral("uk"));
        const int last = int(window.plan().blocks.size()) - 1;
        int steps = 0;
        while (window.currentBlock() < last && steps < 500) {
            window.next();
            ++steps;
            QVERIFY(window.currentExercise());
            QVERIFY(!window.presenter()->slide().heading.isEmpty() ||
                    window.currentExercise() ==
                        static_cast<TrainingExercise *>(window.faceDetectorDemo()));
        }
        // More steps than blocks: the exercises stepped through their reveals on the way.
        QVERIFY(steps > last);
        QCOMPARE(window.currentBlock(), int(window.plan().blocks.size()) - 1);
        QCOMPARE(window.plan().blocks.back().activity, TrainingActivity::PersonalPlan);
    }
    // The timer counts without alarms and can be paused.
    QVERIFY(!window.timerRunning());
    window.toggleTimer();
    QVERIFY(window.timerRunning());
    window.toggleTimer();
    QVERIFY(!window.timerRunning());
}

void TstTrainingGui::spotTheCameraReveals()
{
    TrainingWindow window(QStringLiteral("en"));
    window.resize(1400, 860);
    window.show();
    SpotTheCameraExercise *spot = window.spotTheCamera();
    QCOMPARE(window.currentExercise(), static_cast<TrainingExercise *>(spot));
    const LatLon station = window.city()->network.station(spot->station()).position;
    spot->addMark(station);
    QCOMPARE(spot->marks().size(), std::size_t(1));
    QVERIFY(!spot->slide().mapCameras);
    spot->reveal();
    QVERIFY(spot->isRevealed());
    QVERIFY(!spot->revealedCameras().empty());
    // Every camera listed belongs to the excerpt, nearest first, and every camera inside the
    // station's zones is listed.
    double last = 0.0;
    for (CameraIndex id : spot->revealedCameras()) {
        const Camera &camera = window.city()->camera(id);
        QVERIFY(spot->inExcerpt(camera));
        const double d = haversineMetres(station, camera.position);
        QVERIFY(d >= last);
        last = d;
    }
    for (std::size_t i = 0; i < window.city()->cameras.size(); ++i)
        if (window.city()->cameras[i].anchorStation == spot->station())
            QVERIFY(std::find(spot->revealedCameras().begin(), spot->revealedCameras().end(),
                              CameraIndex{std::uint32_t(i)}) != spot->revealedCameras().end());
    // The excerpt is the station's surroundings: under a kilometre across.
    QVERIFY(spot->excerptSpanMetres().width() < 1000.0 &&
            spot->excerptSpanMetres().height() < 1000.0);
    const QString list = spot->findChild<QLabel *>(QStringLiteral("cameraList"))->text();
    QVERIFY(list.startsWith(QLatin1String("1. ")));
    QVERIFY(list.contains(QLatin1String("identifies a face up to about")));

    // The map says what its symbols mean, and its numbers leave the station's name readable
    // (issue 15, item 7): no number where the map may write the name, none on another, none
    // under the key, which covers no place of the name either.
    QCoreApplication::processEvents();
    auto *overlay = spot->findChild<MapMarksOverlay *>();
    QVERIFY(overlay && overlay->legendShown());
    const MapMarksOverlay::Layout layout = overlay->layout();
    QVERIFY(!layout.legend.isEmpty());
    QVERIFY(QRectF(overlay->rect()).contains(layout.legend));
    for (FrStatus status : MapStyle::kFrStatusesByImportance)
        QVERIFY2(layout.legendTexts.contains(MapStyle::cameraDescription(status)),
                 qPrintable(layout.legendTexts.join(QStringLiteral(" | "))));
    QVERIFY(layout.legendTexts.contains(QStringLiteral("Where the group expects a camera")));
    QVERIFY(layout.legendTexts.contains(
        QStringLiteral("A camera's number in the list beside the map")));
    QCOMPARE(layout.labelBoxes.size(), std::min(spot->revealedCameras().size(), std::size_t(40)));
    QCOMPARE(layout.stationName.size(), std::size_t(4));
    for (const QRectF &name : layout.stationName)
        QVERIFY(!name.intersects(layout.legend));
    for (std::size_t i = 0; i < layout.labelBoxes.size(); ++i) {
        const QRectF &box = layout.labelBoxes[i];
        QVERIFY(QRectF(overlay->rect()).contains(box));
        QVERIFY(!box.intersects(layout.legend));
        for (const QRectF &name : layout.stationName)
            QVERIFY2(!box.intersects(name), qPrintable(QStringLiteral("label %1").arg(i + 1)));
        for (std::size_t j = i + 1; j < layout.labelBoxes.size(); ++j)
            QVERIFY2(!box.intersects(layout.labelBoxes[j]),
                     qPrintable(QStringLiteral("labels %1 and %2").arg(i + 1).arg(j + 1)));
    }
    // The wall gets the key too, with the station to keep clear of.
    const PresenterSlide slide = spot->slide();
    QVERIFY(slide.mapLegend);
    QVERIFY(std::find(slide.mapStations.begin(), slide.mapStations.end(), spot->station()) !=
            slide.mapStations.end());
}

void TstTrainingGui::faceDetectorWordsFollowTheResult_data()
{
    // Hand-made detections, each (score, width in pixels): the words beside a changed copy must
    // say what was measured, whichever way it went (issue 15: "Fewer pixels" found a wider face
    // with a higher score than the photo as it is, under a text saying detectors would fail).
    QTest::addColumn<int>("change");
    QTest::addColumn<QList<QPointF>>("original");
    QTest::addColumn<QList<QPointF>>("changed");
    QTest::addColumn<QString>("expected");
    const int fewer = int(PhotoChange::FewerPixels);
    QTest::newRow("the photo as it is: nothing to compare")
        << int(PhotoChange::None) << QList<QPointF>{{3.1, 40}} << QList<QPointF>{{3.1, 40}}
        << QString();
    QTest::newRow("none, none") << fewer << QList<QPointF>{} << QList<QPointF>{}
                                << QStringLiteral("No face was found in the photo as it is, and "
                                                  "none in this copy either.");
    QTest::newRow("none, then one")
        << int(PhotoChange::Mask) << QList<QPointF>{} << QList<QPointF>{{2.0, 50}}
        << QStringLiteral("No face was found in the photo as it is, "
                          "but 1 face was found in this copy.");
    QTest::newRow("none, then two")
        << fewer << QList<QPointF>{} << QList<QPointF>{{2.0, 50}, {0.4, 21}}
        << QStringLiteral("No face was found in the photo as it is, "
                          "but 2 faces were found in this copy.");
    QTest::newRow("one, then none")
        << int(PhotoChange::Sunglasses) << QList<QPointF>{{4.0, 60}} << QList<QPointF>{}
        << QStringLiteral("1 face was found in the photo as it is, "
                          "and none in this copy.");
    QTest::newRow("two, then none")
        << int(PhotoChange::Cap) << QList<QPointF>{{4.0, 60}, {1.0, 25}} << QList<QPointF>{}
        << QStringLiteral("2 faces were found in the photo as it is, "
                          "and none in this copy.");
    QTest::newRow("fewer pixels: wider and surer (the case of issue 15)")
        << fewer << QList<QPointF>{{3.1, 40}} << QList<QPointF>{{5.4, 84}}
        << QStringLiteral("As in the photo as it is, 1 face was found. The highest score is "
                          "higher than in the photo as it is: 5.4 against 3.1. The widest box is "
                          "wider than in the photo as it is: 84 pixels against 40.");
    QTest::newRow("fewer, lower, narrower")
        << fewer << QList<QPointF>{{4.8, 90}, {1.2, 30}} << QList<QPointF>{{0.9, 32}}
        << QStringLiteral("Fewer faces were found than in the photo as it is: 1 instead of 2. "
                          "The highest score is lower than in the photo as it is: 0.9 against "
                          "4.8. The widest box is narrower than in the photo as it is: 32 pixels "
                          "against 90.");
    // 2.04 and 1.96 both read 2.0: the same as shown, never "lower".
    QTest::newRow("more, the same score as shown, as wide")
        << int(PhotoChange::Mask) << QList<QPointF>{{2.04, 60}}
        << QList<QPointF>{{1.96, 60}, {0.5, 20}}
        << QStringLiteral("More faces were found than in the photo as it is: 2 instead of 1. The "
                          "highest score is the same as in the photo as it is: 2.0.");
    QTest::newRow("as many, the highest not the widest")
        << int(PhotoChange::Cap) << QList<QPointF>{{1.5, 70}, {3.0, 30}}
        << QList<QPointF>{{3.5, 28}, {0.2, 70}}
        << QStringLiteral("As in the photo as it is, 2 faces were found. The highest score is "
                          "higher than in the photo as it is: 3.5 against 3.0.");
}

void TstTrainingGui::faceDetectorWordsFollowTheResult()
{
    QFETCH(int, change);
    QFETCH(QList<QPointF>, original);
    QFETCH(QList<QPointF>, changed);
    QFETCH(QString, expected);
    // The scores as the demo shows them in English: one decimal with a point.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    const auto faces = [](const QList<QPointF> &made) {
        std::vector<DetectedFace> out;
        for (const QPointF &scoreAndWidth : made) {
            DetectedFace face;
            face.score = scoreAndWidth.x();
            face.width = int(scoreAndWidth.y());
            face.height = face.width;
            out.push_back(face);
        }
        return out;
    };
    QCOMPARE(FaceDetectorDemoWidget::comparisonText(PhotoChange(change), faces(original),
                                                    faces(changed)),
             expected);
}

void TstTrainingGui::teamExerciseScoresBothTeams()
{
    TrainingWindow window(QStringLiteral("en"));
    ScenarioRunner *runner = window.runner(QStringLiteral("night_shift_nurse"));
    QVERIFY(runner);
    TeamExercise team(window.city());
    team.setScenario(runner);
    QVERIFY(!team.offeredRoutes().empty());
    team.chooseRoute(team.offeredRoutes().size() - 1); // the least exposed of the offers
    QVERIFY(team.stepForward());
    QCOMPARE(team.phase(), TeamExercise::Phase::SystemTeam);
    // The system watches the route team's route at its first and last points.
    const Route &chosen = team.offeredRoutes().back();
    team.placeCamera(chosen.legs.front().path.front());
    team.placeCamera(chosen.legs.back().path.back());
    team.setAlertDay(true);
    QVERIFY(team.stepForward());
    QCOMPARE(team.phase(), TeamExercise::Phase::Scores);
    QVERIFY(team.lastScore());
    QVERIFY(team.lastScore()->after);
    QVERIFY(team.lastScore()->after->hazard.central >= chosen.hazard.central);
    const PresenterSlide slide = team.slide();
    QCOMPARE(slide.routes.size(), std::size_t(3));
    QVERIFY(slide.mapDataset);
    QCOMPARE(slide.mapDataset->cameras.size(), window.city()->cameras.size() + 2);
    QVERIFY(!team.stepForward());
}

void TstTrainingGui::faceDetectorFindsAFace()
{
    if (!QFile::exists(FaceDetectorDemo::defaultCascadeDirectory() +
                       QStringLiteral("/haarcascade_frontalface_default.xml")))
        QSKIP("OpenCV's cascades are not installed (Debian package opencv-data)");
    const QByteArray photo = messiBytes();
    if (photo.isEmpty())
        QSKIP("messi5.jpg is not installed (Debian package opencv-doc)");
    FaceDetectorDemoWidget demo;
    QVERIFY(!demo.setPhotoBytes(photo, QStringLiteral("messi5.jpg")));
    QVERIFY(demo.hasPhoto());
    bool found = false;
    for (const DetectedFace &f : demo.faces()) {
        const QRectF box(f.x, f.y, f.width, f.height);
        if (QLineF(box.center(), kMessiFace).length() < kNearFaceCentre) {
            found = true;
            // Smaller than the 40-80 px identification needs (PARAMETERS.md): the demo says so.
            QVERIFY(f.width >= 20 && f.width <= 60);
            QVERIFY(f.score > 0.0);
        }
    }
    QVERIFY(found);
    QVERIFY(!demo.annotated().isNull());
    QCOMPARE(demo.annotated().size(), QSize(548, 342));
    // As a distant camera would see it, the face is too small for the detector.
    demo.setChange(PhotoChange::FewerPixels);
    for (const DetectedFace &f : demo.faces())
        QVERIFY(QLineF(QRectF(f.x, f.y, f.width, f.height).center(), kMessiFace).length() >=
                kNearFaceCentre);
    // "Next" steps through every change, then hands over to the session.
    demo.restart();
    int changes = 0;
    while (demo.stepForward())
        ++changes;
    QCOMPARE(changes, 4);
    QVERIFY(demo.slide().lines.contains(FaceDetectorDemoWidget::caveat()));
    // Beside every changed copy, on the screen and the slide, the words say what the detectors
    // found in it against the photo as it is.
    demo.restart();
    while (demo.stepForward()) {
        const QString words = FaceDetectorDemoWidget::comparisonText(
            demo.change(), demo.originalFaces(), demo.faces());
        QVERIFY(!words.isEmpty());
        const QString shown = demo.findChild<QLabel *>(QStringLiteral("faceResult"))->text();
        QVERIFY2(shown.contains(words), qPrintable(shown));
        QVERIFY(demo.slide().lines.join(QLatin1Char('\n')).contains(words));
    }
    demo.forgetPhoto();
    QVERIFY(!demo.hasPhoto());
    QVERIFY(demo.annotated().isNull());
}

void TstTrainingGui::faceDetectorFindsNoneInABlankImage()
{
    if (!QFile::exists(FaceDetectorDemo::defaultCascadeDirectory() +
                       QStringLiteral("/haarcascade_frontalface_default.xml")))
        QSKIP("OpenCV's cascades are not installed (Debian package opencv-data)");
    QImage blank(640, 480, QImage::Format_RGB32);
    blank.fill(QColor(128, 128, 128));
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(blank.save(&buffer, "PNG"));
    FaceDetectorDemoWidget demo;
    QVERIFY(!demo.setPhotoBytes(png, QStringLiteral("blank.png")));
    QVERIFY(demo.faces().empty());
    // Not an image at all: a clear error, no crash.
    QVERIFY(demo.setPhotoBytes("not an image", QStringLiteral("text.jpg")).has_value());
}

void TstTrainingGui::handoutsInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : trainingLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TstTrainingGui::handoutsInEveryLanguage()
{
    QFETCH(QString, language);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const HandoutContent &content = builtInHandoutContent();
    TrainingWindow window(QStringLiteral("en"));
    window.setContentLanguage(language);
    auto write = [&](Handouts::Kind kind) {
        const QString path = dir.filePath(Handouts::fileName(kind, language));
        const std::optional<QString> error = window.writeHandout(kind, path);
        if (error)
            qWarning("%s", qPrintable(*error));
        // Kept beside the test binary for a look.
        const QString kept = keptImagePath(QStringLiteral("handout_") + QFileInfo(path).fileName());
        QFile::remove(kept);
        QFile::copy(path, kept);
        return error ? QString() : path;
    };

    const QString evidence = write(Handouts::Kind::EvidenceTable);
    QVERIFY(!evidence.isEmpty());
    QCOMPARE(pdfPages(evidence), 1); // a one-page table
    const QString evidenceText = squeezed(pdfText(evidence));
    QVERIFY(evidenceText.contains(squeezed(content.evidence.title.in(language))));
    for (const EvidenceStatement &s : builtInEvidenceStatements()) {
        QVERIFY2(evidenceText.contains(squeezed(s.advice.in(language))),
                 qPrintable(s.advice.in(language)));
        QVERIFY2(evidenceText.contains(squeezed(s.evidence.in(language))),
                 qPrintable(s.evidence.in(language)));
    }
    QVERIFY(evidenceText.contains(language == QLatin1String("en") ? QStringLiteral("54-FZ")
                                                                  : QStringLiteral("54-ФЗ")));

    const QString worksheet = write(Handouts::Kind::PersonalPlan);
    QVERIFY(!worksheet.isEmpty());
    QCOMPARE(pdfPages(worksheet), 1);
    const QString worksheetText = squeezed(pdfText(worksheet));
    QVERIFY(worksheetText.contains(squeezed(content.worksheet.title.in(language))));
    for (const TrainingText &prompt : content.worksheet.prompts)
        QVERIFY2(worksheetText.contains(squeezed(prompt.in(language))),
                 qPrintable(prompt.in(language)));

    const QString legal = write(Handouts::Kind::LegalHelp);
    QVERIFY(!legal.isEmpty());
    QCOMPARE(pdfPages(legal), 1);
    const QString legalText = squeezed(pdfText(legal));
    QVERIFY(legalText.contains(squeezed(content.legal.title.in(language))));
    QVERIFY(legalText.contains(squeezed(content.legal.organisation.in(language))));
    QVERIFY(legalText.contains(content.legal.web));
    QVERIFY(legalText.contains(squeezed(content.legal.notAdvice.in(language))));

    // The route card of block 1's scenario (its first option): stations named in the language.
    window.goToBlock(1);
    const QString card = write(Handouts::Kind::RouteCard);
    QVERIFY(!card.isEmpty());
    const QString cardText = squeezed(pdfText(card));
    const Result<ScenarioOutcome> outcome =
        window.runner(window.plan().blocks[1].scenarioId)->outcome(0, 0);
    int names = 0;
    for (const RouteLeg &leg : std::get<ScenarioOutcome>(outcome).route->legs)
        for (StationId s : leg.to.stations) {
            const QString name = window.city()->network.station(s).name.inLanguage(language);
            QVERIFY2(cardText.contains(squeezed(name)), qPrintable(name));
            ++names;
        }
    QVERIFY(names >= 2);
}

void TstTrainingGui::screenshots()
{
    // Grabs of the training window and the presenter view, kept beside the test binary so a
    // person can look at them (the tests cannot judge calm or readable).
    TrainingWindow window(QStringLiteral("en"));
    window.resize(1400, 860);
    window.show();
    window.showPresenter();
    PresenterView *presenter = window.presenter();
    if (!presenter->isFullScreen())
        presenter->resize(kProjector.size());
    window.goToBlock(1);
    window.next(); // reveal the outcomes of the first choice
    QCoreApplication::processEvents();
    QVERIFY(window.grab().save(keptImagePath(QStringLiteral("training_window.png"))));
    QVERIFY(presenter->grab().save(keptImagePath(QStringLiteral("presenter_routes.png"))));
    window.goToBlock(0);
    window.spotTheCamera()->reveal();
    QCoreApplication::processEvents();
    QVERIFY(window.grab().save(keptImagePath(QStringLiteral("training_spot.png"))));
    QVERIFY(presenter->grab().save(keptImagePath(QStringLiteral("presenter_spot.png"))));
    for (int block = 0; block < int(window.plan().blocks.size()); ++block)
        if (window.plan().blocks[std::size_t(block)].activity == TrainingActivity::MythOrEvidence) {
            window.goToBlock(block);
            window.next();
            QCoreApplication::processEvents();
            QVERIFY(presenter->grab().save(keptImagePath(QStringLiteral("presenter_myth.png"))));
            QVERIFY(window.grab().save(keptImagePath(QStringLiteral("training_myth.png"))));
        }
    if (const QByteArray photo = messiBytes(); !photo.isEmpty()) {
        for (int block = 0; block < int(window.plan().blocks.size()); ++block)
            if (window.plan().blocks[std::size_t(block)].activity ==
                TrainingActivity::FaceDetectorDemo)
                window.goToBlock(block);
        if (!window.faceDetectorDemo()->setPhotoBytes(photo, QStringLiteral("messi5.jpg"))) {
            QCoreApplication::processEvents();
            QVERIFY(presenter->grab().save(keptImagePath(QStringLiteral("presenter_faces.png"))));
            QVERIFY(window.grab().save(keptImagePath(QStringLiteral("training_faces.png"))));
        }
    }
}

// The offscreen platform gets two virtual screens from a configuration file (Qt's offscreen
// plugin, "configfile" platform option, in Qt 6.4's qoffscreenintegration.cpp), so the presenter
// view can be shown to go to the second one.
int main(int argc, char **argv)
{
    QTemporaryDir dir;
    if (dir.isValid() &&
        qEnvironmentVariable("QT_QPA_PLATFORM").startsWith(QLatin1String("offscreen"))) {
        auto screen = [](const char *name, const QRect &r) {
            return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                               {QStringLiteral("x"), r.x()},
                               {QStringLiteral("y"), r.y()},
                               {QStringLiteral("width"), r.width()},
                               {QStringLiteral("height"), r.height()},
                               {QStringLiteral("logicalDpi"), 96},
                               {QStringLiteral("logicalBaseDpi"), 96},
                               {QStringLiteral("dpr"), 1.0}};
        };
        const QJsonObject config{
            {QStringLiteral("screens"),
             QJsonArray{screen("laptop", kLaptop), screen("projector", kProjector)}}};
        QFile file(dir.filePath(QStringLiteral("screens.json")));
        if (file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(config).toJson()) > 0) {
            file.close();
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + file.fileName().toLocal8Bit());
        }
    }
    QApplication app(argc, argv);
    TstTrainingGui test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_training_gui.moc"
