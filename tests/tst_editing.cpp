// Editing and data through the main window, offscreen: undoable camera and survey-area edits
// with their provenance, the inspector, the heatmap following edits, import through the review
// dialog, save/open, export, the language switch, and that nothing revealing the user's
// plans reaches the settings or Qt's file-dialog history.
#include "gui/shell/app_settings.h"
#include "gui/editing/camera_inspector.h"
#include "gui/editing/dataset_document.h"
#include "gui/editing/dataset_edit_command.h"
#include "gui/editing/editing_controller.h"
#include "common/embedded_data.h"
#include "core/exposure/exposure_model.h"
#include "fixtures.h"
#include "gui_fixtures.h"
#include "gui/map/heatmap_layer.h"
#include "gui/import/import_review_dialog.h"
#include "core/io/importer.h"
#include "core/io/pack_io.h"
#include "gui/shell/main_window.h"
#include "gui/shell/file_controller.h"
#include "gui/map/map_layers.h"
#include "gui/map/map_view.h"
#include "gui/shell/methodology_dialog.h"
#include "gui/planner/planner_panel.h"
#include "gui/shell/private_file_dialog.h"
#include "core/sample/synthetic_city.h"
#include "gui/editing/sources_panel.h"
#include "gui/editing/survey_area_dialog.h"
#include "gui/shell/welcome_dialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <cmath>
#include <functional>
#include <memory>
#include <numbers>

using namespace blindspot;
using namespace blindspot::testing;

namespace {

constexpr QSize kWindowSize(1400, 900);

QString &configFolder()
{
    static QString folder;
    return folder;
}

QString fixture(const char *name)
{
    return QStringLiteral(BLINDSPOT_TEST_DATA "/gui/") + QLatin1String(name);
}

std::unique_ptr<MainWindow> shownWindow(const Dataset &dataset)
{
    auto window = std::make_unique<MainWindow>(QStringLiteral("en"));
    window->setAttribute(Qt::WA_DontShowOnScreen);
    window->resize(kWindowSize);
    window->show();
    QCoreApplication::processEvents();
    window->setDataset(std::make_shared<const Dataset>(dataset));
    window->mapView()->fitToData();
    return window;
}

bool isValid(const Dataset &d)
{
    return validateDataset(d).empty();
}

std::optional<SourceId> localSource(const Dataset &d)
{
    for (const Source &s : d.sources)
        if (s.datasetId == QLatin1String(DatasetDocument::kLocalSourceDatasetId))
            return s.id;
    return std::nullopt;
}

// Every file under the settings folder, as text.
QString everythingInConfig()
{
    QString all;
    QDirIterator it(configFolder(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += QString::fromUtf8(file.readAll()) + QLatin1Char('\n');
    }
    return all;
}

} // namespace

class TstEditing : public QObject {
    Q_OBJECT
private slots:
    void addMoveDeleteUndoRedo();
    void deleteKeepsCameraIds();
    void invalidEditIsRefused();
    void inspectorEditsWithProvenance();
    void dragMovesSelectedCamera();
    void addCameraTool();
    void surveyAreaByClicks();
    void heatmapFollowsEdits();
    void editOnABigCityStaysInteractive();
    void reviewAppliesOnlyAcceptedChanges();
    void importThroughWindowIsOneUndoStep();
    void surveillanceContextFromTheMenu();
    void saveOpenRoundTrip();
    void exportFormats();
    void sourcesPanelCounts();
    void languageSwitchRetranslates();
    void welcomeAndMethodology();
    void fileDialogLeavesNoTrace();
    void settingsHoldNoPlaces();
    void windowStateRestored();
};

void TstEditing::addMoveDeleteUndoRedo()
{
    auto window = shownWindow(embeddedTrainingCity());
    DatasetDocument &doc = *window->document();
    QUndoStack *undo = doc.undoStack();
    const Dataset original = *window->dataset();
    QVERIFY(!localSource(original));

    // Add: a new camera with a sighting of the local source, dated today.
    const LatLon place = window->mapView()->positionAt(QPointF(700, 450));
    QVERIFY(window->editing()->addCameraAt(place));
    const Dataset added = *window->dataset();
    QCOMPARE(added.cameras.size(), original.cameras.size() + 1);
    const Camera &camera = added.cameras.back();
    QCOMPARE(camera.position, place);
    const std::optional<SourceId> local = localSource(added);
    QVERIFY(local);
    QCOMPARE(added.source(*local).name, QStringLiteral("Edited locally"));
    QCOMPARE(added.source(*local).retrieved, QDate::currentDate());
    QCOMPARE(camera.sightings.size(), std::size_t(1));
    QCOMPARE(camera.sightings[0].source, *local);
    QCOMPARE(camera.sightings[0].observed, QDate::currentDate());
    QVERIFY(isValid(added));
    QVERIFY(doc.isModified());
    QVERIFY(window->isWindowModified());

    // Move it.
    const LatLon elsewhere{place.lat + 0.001, place.lon - 0.002};
    QVERIFY(window->editing()->moveCamera(camera.id, elsewhere));
    const Dataset moved = *window->dataset();
    QCOMPARE(moved.cameras.back().position, elsewhere);
    QCOMPARE(moved.cameras.back().sightings.size(), std::size_t(1)); // the same local sighting
    QVERIFY(isValid(moved));

    // Delete a camera from the middle: the ones after it move down one id.
    const CameraId middle{static_cast<std::uint32_t>(original.cameras.size() / 2)};
    QVERIFY(window->editing()->deleteCamera(middle));
    const Dataset deleted = *window->dataset();
    QCOMPARE(deleted.cameras.size(), moved.cameras.size() - 1);
    QCOMPARE(deleted.cameras[indexOf(middle)].position,
             moved.cameras[indexOf(middle) + 1].position);
    QVERIFY(isValid(deleted));

    // Undo each step back to exactly where it started, redo forward to exactly the end.
    QCOMPARE(undo->count(), 3);
    undo->undo();
    QVERIFY(*window->dataset() == moved);
    undo->undo();
    QVERIFY(*window->dataset() == added);
    undo->undo();
    QVERIFY(*window->dataset() == original);
    QVERIFY(!doc.isModified());
    undo->redo();
    QVERIFY(*window->dataset() == added);
    undo->redo();
    undo->redo();
    QVERIFY(*window->dataset() == deleted);

    // The Edit menu drives the same stack, with Ctrl+Z and Ctrl+Shift+Z.
    QAction *undoAction = nullptr;
    for (QAction *a : window->findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Z))
            undoAction = a;
    QVERIFY(undoAction && undoAction->isEnabled());
    QVERIFY(undoAction->text().contains(QLatin1String("Delete camera")));
    undoAction->trigger();
    QVERIFY(*window->dataset() == moved);
}

void TstEditing::deleteKeepsCameraIds()
{
    // smallCity: cameras 0 (turnstile), 1 (osm:node/42, with a conflict), 2 (anchored only).
    auto window = shownWindow(testing::smallCity());
    const Dataset before = *window->dataset();
    QCOMPARE(before.conflicts.front().camera, CameraId{1});
    QCOMPARE(before.nextCameraId, 0u);
    window->editing()->showCamera(CameraId{2});

    // Deleting camera 0 moves the others in the list, not their ids: the conflict, the
    // inspector and the map's selection still name the same cameras.
    QVERIFY(window->editing()->deleteCamera(CameraId{0}));
    {
        const Dataset &after = *window->dataset();
        QCOMPARE(after.cameras.size(), std::size_t(2));
        QCOMPARE(after.cameras[0].id, CameraId{1});
        QCOMPARE(after.cameras[0].sourceRef, QStringLiteral("osm:node/42"));
        QCOMPARE(after.cameras[1].id, CameraId{2});
        QCOMPARE(after.conflicts.front().camera, CameraId{1});
        // Ids 0 to 2 have been used: the next new camera gets 3.
        QCOMPARE(after.nextCameraId, 3u);
        QVERIFY(isValid(after));
    }
    QCOMPARE(window->inspector()->camera(), std::optional(CameraId{2}));
    QCOMPARE(window->mapView()->selectedCamera(), std::optional(CameraId{2}));

    // Deleting the camera with the largest id, then adding one: the id is not given again,
    // and the inspector and selection, whose camera went, show nothing.
    QVERIFY(window->editing()->deleteCamera(CameraId{2}));
    QVERIFY(!window->inspector()->camera());
    QVERIFY(!window->mapView()->selectedCamera());
    QVERIFY(window->editing()->addCameraAt(before.network.stations.front().position));
    QCOMPARE(window->dataset()->cameras.back().id, CameraId{3});
    QCOMPARE(window->dataset()->nextCameraId, 4u);
    QCOMPARE(window->inspector()->camera(), std::optional(CameraId{3}));

    // Deleting the camera a conflict is about takes the conflict with it.
    QVERIFY(window->editing()->deleteCamera(CameraId{1}));
    QVERIFY(window->dataset()->conflicts.empty());
    QVERIFY(isValid(*window->dataset()));
    // Undone step by step, the dataset is exactly what it was, the ids and the count of ids
    // given included.
    for (int i = 0; i < 4; ++i)
        window->document()->undoStack()->undo();
    QVERIFY(*window->dataset() == before);
    // Redone, camera 3 comes back as camera 3.
    for (int i = 0; i < 3; ++i)
        window->document()->undoStack()->redo();
    QCOMPARE(window->dataset()->cameras.back().id, CameraId{3});
}

void TstEditing::invalidEditIsRefused()
{
    auto window = shownWindow(testing::smallCity());
    const Dataset before = *window->dataset();
    Camera broken = before.cameras[1];
    broken.fovDegrees = 0.0; // no camera sees nothing
    QVERIFY(!window->editing()->changeCamera(CameraId{1}, broken));
    QVERIFY(*window->dataset() == before);
    QCOMPARE(window->document()->undoStack()->count(), 0);
    QVERIFY(!window->document()->isModified());
}

void TstEditing::inspectorEditsWithProvenance()
{
    auto window = shownWindow(testing::smallCity());
    const Dataset before = *window->dataset();
    MapView *map = window->mapView();
    const Camera &street = before.cameras[1];
    map->showPosition(street.position, 4.0);
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier,
                      map->widgetPosition(street.position).toPoint());
    CameraInspector *inspector = window->inspector();
    QCOMPARE(inspector->camera(), std::optional(street.id));

    auto *apply = inspector->findChild<QPushButton *>(QStringLiteral("inspectorApply"));
    QVERIFY(!apply->isEnabled()); // nothing changed yet
    auto *status = inspector->findChild<QComboBox *>(QStringLiteral("inspectorStatus"));
    status->setCurrentIndex(status->findData(int(FrStatus::Suspected)));
    inspector->findChild<QCheckBox *>(QStringLiteral("inspectorHeadingKnown"))->setChecked(true);
    inspector->findChild<QSpinBox *>(QStringLiteral("inspectorHeading"))->setValue(135);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);

    const Camera &edited = window->dataset()->cameras[1];
    QCOMPARE(edited.frStatus, FrStatus::Suspected);
    QCOMPARE(edited.headingDegrees, std::optional(135.0));
    QCOMPARE(edited.kind, street.kind);
    QCOMPARE(edited.position, street.position);
    const std::optional<SourceId> local = localSource(*window->dataset());
    QVERIFY(local);
    QCOMPARE(edited.sightings.size(), street.sightings.size() + 1);
    QCOMPARE(edited.sightings.back().source, *local);
    QCOMPARE(edited.sightings.back().observed, QDate::currentDate());
    QVERIFY(isValid(*window->dataset()));
    // The inspector shows the new record, with the local source by name.
    auto *sightings = inspector->findChild<QTreeWidget *>(QStringLiteral("inspectorSightings"));
    QCOMPARE(sightings->topLevelItemCount(), 2);
    QCOMPARE(sightings->topLevelItem(1)->text(0), QStringLiteral("Edited locally"));

    window->document()->undoStack()->undo();
    QVERIFY(*window->dataset() == before);
    QCOMPARE(status->currentData().toInt(), int(street.frStatus));
}

void TstEditing::dragMovesSelectedCamera()
{
    auto window = shownWindow(testing::smallCity());
    MapView *map = window->mapView();
    const Camera street = window->dataset()->cameras[1];
    map->showPosition(street.position, 4.0);
    QPoint from = map->widgetPosition(street.position).toPoint();
    QPoint to = from + QPoint(60, -40);

    // Not selected: a drag pans the map and moves nothing.
    QTest::mousePress(map, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(map, to);
    QTest::mouseRelease(map, Qt::LeftButton, Qt::NoModifier, to);
    QCOMPARE(window->dataset()->cameras[1].position, street.position);

    map->showPosition(street.position, 4.0);
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, from);
    QCOMPARE(map->selectedCamera(), std::optional(street.id));
    // The inspector opened beside the map, which moved the camera on screen.
    from = map->widgetPosition(street.position).toPoint();
    to = from + QPoint(60, -40);
    const LatLon target = map->positionAt(to);
    QTest::mousePress(map, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(map, from + QPoint(20, -10));
    QTest::mouseMove(map, to);
    QTest::mouseRelease(map, Qt::LeftButton, Qt::NoModifier, to);
    const LatLon moved = window->dataset()->cameras[1].position;
    QVERIFY(std::abs(moved.lat - target.lat) < 1e-9 && std::abs(moved.lon - target.lon) < 1e-9);
    QCOMPARE(window->document()->undoStack()->count(), 1);
    QCOMPARE(map->selectedCamera(), std::optional(street.id));
}

void TstEditing::addCameraTool()
{
    auto window = shownWindow(testing::smallCity());
    MapView *map = window->mapView();
    auto *tool = window->findChild<QAction *>(QStringLiteral("addCameraTool"));
    QVERIFY(tool);
    tool->trigger();
    QCOMPARE(map->tool(), MapView::Tool::AddCamera);
    const QPoint at(600, 300);
    const LatLon place = map->positionAt(at);
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(window->dataset()->cameras.size(), std::size_t(4));
    QCOMPARE(window->dataset()->cameras.back().position, place);
    // The new camera is open in the inspector, to be described.
    QCOMPARE(window->inspector()->camera(), std::optional(CameraId{3}));
    QTest::keyClick(map, Qt::Key_Escape);
    QCOMPARE(map->tool(), MapView::Tool::Browse);
    QVERIFY(!tool->isChecked());
}

void TstEditing::surveyAreaByClicks()
{
    auto window = shownWindow(testing::smallCity());
    MapView *map = window->mapView();
    const Dataset before = *window->dataset();
    auto *tool = window->findChild<QAction *>(QStringLiteral("drawSurveyAreaTool"));
    tool->trigger();
    QCOMPARE(map->tool(), MapView::Tool::DrawSurveyArea);
    const std::vector<QPoint> clicks{{400, 300}, {700, 300}, {700, 600}, {400, 600}};
    std::vector<LatLon> corners;
    for (const QPoint &p : clicks)
        corners.push_back(map->positionAt(p));
    for (std::size_t i = 0; i + 1 < clicks.size(); ++i)
        QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, clicks[i]);
    QCOMPARE(map->surveyAreaCorners().size(), std::size_t(3));

    whenShown<SurveyAreaDialog>([](SurveyAreaDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("surveyAreaName"))
            ->setText(QStringLiteral("Block 7"));
        dialog->findChild<QSpinBox *>(QStringLiteral("surveyAreaCompleteness"))->setValue(90);
        dialog->accept();
    });
    // The last corner: a click, then the double-click that closes the area.
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, clicks.back());
    QTest::mouseDClick(map, Qt::LeftButton, Qt::NoModifier, clicks.back());

    const Dataset &after = *window->dataset();
    QCOMPARE(after.surveyAreas.size(), before.surveyAreas.size() + 1);
    const SurveyArea &area = after.surveyAreas.back();
    QCOMPARE(area.name, QStringLiteral("Block 7"));
    QCOMPARE(area.completeness, 0.9);
    QCOMPARE(area.polygon, corners);
    QCOMPARE(area.surveyed, QDate::currentDate());
    QCOMPARE(std::optional(area.source), localSource(after));
    QVERIFY(isValid(after));
    QCOMPARE(map->tool(), MapView::Tool::Browse);

    QVERIFY(window->editing()->deleteSurveyArea(SurveyAreaId{0}));
    QCOMPARE(window->dataset()->surveyAreas.size(), before.surveyAreas.size());
    QCOMPARE(window->dataset()->surveyAreas.front().name, QStringLiteral("Block 7"));
    QVERIFY(isValid(*window->dataset()));
    window->document()->undoStack()->undo();
    window->document()->undoStack()->undo();
    QVERIFY(*window->dataset() == before);
}

void TstEditing::heatmapFollowsEdits()
{
    auto window = shownWindow(embeddedTrainingCity());
    MapView *map = window->mapView();
    map->layers().setVisible(MapLayer::Heatmap, true);
    QVERIFY(map->heatmap());
    const Dataset &d = *window->dataset();
    // A street camera with a heading that can see faces (some look down too steeply to), moved
    // 600 m east.
    const ExposureModel model(ModelParameters::builtIn(), Bound::Central);
    std::optional<CameraId> street;
    for (const Camera &c : d.cameras) {
        if (isSet(c.anchorStation) || !c.position.isValid() || !c.headingDegrees ||
            c.frStatus != FrStatus::Confirmed)
            continue;
        const CoverageSector s = model.coverageOf(c, {0.0, 0.0});
        if (s.maxRangeMetres > s.minRangeMetres + 2.0)
            street = c.id;
    }
    QVERIFY(street);
    const LatLon from = d.cameraWithId(*street)->position;
    const LocalProjection local(from);
    const LatLon to = local.toLatLon({600.0, 0.0});
    const QImage before = map->heatmap()->image().copy();
    const DensityRaster &raster = map->heatmap()->raster();
    const LocalProjection mapProjection(summarize(d).bounds.centre());
    // In front of the camera, halfway into its coverage.
    const CoverageSector sector = model.coverageOf(*d.cameraWithId(*street), {0.0, 0.0});
    const double middle = (sector.minRangeMetres + sector.maxRangeMetres) / 2.0;
    const double heading = *d.cameraWithId(*street)->headingDegrees * std::numbers::pi / 180.0;
    const LatLon seen = local.toLatLon({middle * std::sin(heading), middle * std::cos(heading)});
    const double rateBefore = raster.rateAt(mapProjection.toLocal(seen));

    QVERIFY(window->editing()->moveCamera(*street, to));
    QVERIFY(raster.rateAt(mapProjection.toLocal(seen)) < rateBefore);
    const QImage after = map->heatmap()->image();
    // Only cells near the old and new places changed.
    const double cell = raster.cellMetres();
    const LocalXY origin = raster.origin();
    const double north = origin.yMetres + raster.rows() * cell;
    const auto cellOf = [&](LatLon p) {
        const LocalXY xy = mapProjection.toLocal(p);
        return QPoint(int((xy.xMetres - origin.xMetres) / cell), int((north - xy.yMetres) / cell));
    };
    const QPoint a = cellOf(from), b = cellOf(to);
    int changed = 0, changedFar = 0;
    for (int y = 0; y < after.height(); ++y)
        for (int x = 0; x < after.width(); ++x) {
            if (after.pixel(x, y) == before.pixel(x, y))
                continue;
            ++changed;
            const int reach = 20; // 200 m: range plus blur, in 10 m cells
            if (QLineF(QPointF(x, y), a).length() > reach &&
                QLineF(QPointF(x, y), b).length() > reach)
                ++changedFar;
        }
    QVERIFY(changed > 0);
    QCOMPARE(changedFar, 0);

    // And the result is what a heatmap built from scratch on the edited data shows.
    const HeatmapLayer fresh(
        *window->dataset(), mapProjection,
        std::get<ModelParameters>(parametersFor(*window->dataset(), QStringLiteral("ordinary"))));
    int different = 0;
    for (int y = 0; y < after.height(); ++y)
        for (int x = 0; x < after.width(); ++x) {
            const QRgb p = after.pixel(x, y), q = fresh.image().pixel(x, y);
            different += std::abs(qRed(p) - qRed(q)) > 2 || std::abs(qGreen(p) - qGreen(q)) > 2 ||
                                 std::abs(qBlue(p) - qBlue(q)) > 2 ||
                                 std::abs(qAlpha(p) - qAlpha(q)) > 2
                             ? 1
                             : 0;
        }
    QCOMPARE(different, 0);
}

void TstEditing::editOnABigCityStaysInteractive()
{
    auto window = shownWindow(makeSyntheticCity({}));
    window->mapView()->layers().setVisible(MapLayer::Heatmap, true);
    const Camera &camera = window->dataset()->cameras[1000];
    const LatLon to{camera.position.lat + 0.0005, camera.position.lon};
    QElapsedTimer timer;
    timer.start();
    QVERIFY(window->editing()->moveCamera(camera.id, to));
    window->mapView()->grab();
    const qint64 moveMs = timer.restart();
    window->document()->undoStack()->undo();
    window->mapView()->grab();
    const qint64 undoMs = timer.elapsed();
    // Printed, not checked: a unit test holds no wall-clock limit on a shared machine.
    qInfo("160,000 cameras with the heatmap shown: move %lld ms, undo %lld ms", moveMs, undoMs);
}

void TstEditing::reviewAppliesOnlyAcceptedChanges()
{
    const Dataset base = testing::smallCity();
    const Result<Dataset> read = blindspot::importFile(fixture("cameras.csv"), FileFormat::Csv, {});
    QVERIFY2(
        !isError(read),
        qPrintable(std::get_if<ParseError>(&read) ? std::get<ParseError>(read).args.join(' ')
                                                  : QString()));
    const Dataset &incoming = std::get<Dataset>(read);
    QCOMPARE(incoming.cameras.size(), std::size_t(4));

    ImportReviewDialog review(base, incoming, fixture("cameras.csv"));
    const ChangeSet &changes = review.changes();
    // New cameras, a merge with the street camera at the same spot, and a rejection: the file
    // would lower the turnstile camera's confirmed face recognition to none.
    QCOMPARE(changes.count(ChangeKind::AddCamera), 2);
    QCOMPARE(changes.count(ChangeKind::MergeCamera) + changes.count(ChangeKind::ConflictCamera), 1);
    QCOMPARE(changes.count(ChangeKind::RejectCamera), 1);
    QCOMPARE(review.accepted(), changes.defaultSelection());

    // Reject one of the new cameras (the one to the north) in the list, as a person would.
    std::size_t north = changes.changes.size();
    for (std::size_t i = 0; i < changes.changes.size(); ++i)
        if (changes.changes[i].kind == ChangeKind::AddCamera &&
            incoming.cameras[changes.changes[i].incoming].kind == CameraKind::Ptz)
            north = i;
    QVERIFY(north < changes.changes.size());
    QTreeView *view = review.changeView();
    QAbstractItemModel *model = view->model();
    bool unticked = false;
    for (int group = 0; group < model->rowCount({}); ++group) {
        const QModelIndex parent = model->index(group, 0, {});
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex item = model->index(row, 0, parent);
            if (item.data().toString().contains(QLatin1String("Pan-tilt-zoom"))) {
                QVERIFY(model->setData(item, Qt::Unchecked, Qt::CheckStateRole));
                unticked = true;
            }
        }
    }
    QVERIFY(unticked);
    std::vector<bool> expected = changes.defaultSelection();
    expected[north] = false;
    QCOMPARE(review.accepted(), expected);

    const Dataset merged = review.mergedDataset();
    QVERIFY(merged == applyMerge(base, incoming, changes, expected));
    QVERIFY(isValid(merged));
    QCOMPARE(merged.cameras.size(), base.cameras.size() + 1);
    const auto has = [&](LatLon p) {
        return std::any_of(merged.cameras.begin(), merged.cameras.end(),
                           [&](const Camera &c) { return c.position == p; });
    };
    QVERIFY(has({55.7530, 37.6050}));
    QVERIFY(!has({55.7540, 37.6060}));
    // The rejected lowering did not happen.
    QCOMPARE(merged.cameras[0].frStatus, FrStatus::Confirmed);

    // Reject all, accept all.
    review.rejectAll();
    QVERIFY(
        std::none_of(review.accepted().begin(), review.accepted().end(), [](bool b) { return b; }));
    review.acceptAll();
    QVERIFY(
        std::all_of(review.accepted().begin(), review.accepted().end(), [](bool b) { return b; }));
}

void TstEditing::importThroughWindowIsOneUndoStep()
{
    auto window = shownWindow(testing::smallCity());
    const Dataset base = *window->dataset();
    std::vector<bool> chosen;
    ChangeSet planned;
    whenShown<ImportReviewDialog>([&](ImportReviewDialog *review) {
        // Untick the first new camera, keep the rest as proposed.
        for (std::size_t i = 0; i < review->changes().changes.size(); ++i)
            if (review->changes().changes[i].kind == ChangeKind::AddCamera) {
                review->setAccepted(i, false);
                break;
            }
        chosen = review->accepted();
        planned = review->changes();
        review->accept();
    });
    QVERIFY(window->files()->importFile(fixture("cameras.csv")));
    const Result<Dataset> read = blindspot::importFile(fixture("cameras.csv"), std::nullopt, {});
    QVERIFY(!isError(read));
    QVERIFY(*window->dataset() == applyMerge(base, std::get<Dataset>(read), planned, chosen));
    QCOMPARE(window->document()->undoStack()->count(), 1);
    window->document()->undoStack()->undo();
    QVERIFY(*window->dataset() == base);

    // Cancelling the review changes nothing.
    whenShown<ImportReviewDialog>([](ImportReviewDialog *review) { review->reject(); });
    QVERIFY(!window->files()->importFile(fixture("cameras.csv")));
    QVERIFY(*window->dataset() == base);
}

void TstEditing::surveillanceContextFromTheMenu()
{
    // A real map that names no context: "unknown region" is what applies, and is checked; the
    // training city's priors are not offered for a real map.
    Dataset city = testing::smallCity();
    city.header.context.clear();
    city.header.fictional = false;
    auto window = shownWindow(city);
    auto *unknown = window->findChild<QAction *>(QStringLiteral("context-unknown"));
    auto *moscow = window->findChild<QAction *>(QStringLiteral("context-moscow"));
    auto *training = window->findChild<QAction *>(QStringLiteral("context-training"));
    QVERIFY(unknown && moscow && training);
    QVERIFY(unknown->isChecked() && !moscow->isChecked());
    QVERIFY(!training->isEnabled() && moscow->isEnabled());
    // Choosing Moscow is one undoable edit that changes the header and nothing else.
    moscow->trigger();
    QCOMPARE(window->dataset()->header.context, QStringLiteral("moscow"));
    QVERIFY(moscow->isChecked() && !unknown->isChecked());
    QCOMPARE(window->document()->undoStack()->count(), 1);
    Dataset expected = city;
    expected.header.context = QStringLiteral("moscow");
    QVERIFY(*window->dataset() == expected);
    // Choosing it again changes nothing.
    moscow->trigger();
    QCOMPARE(window->document()->undoStack()->count(), 1);
    window->document()->undoStack()->undo();
    QVERIFY(*window->dataset() == city);
    QVERIFY(unknown->isChecked());
}

void TstEditing::saveOpenRoundTrip()
{
    QTemporaryDir dir;
    auto window = shownWindow(testing::smallCity());
    QVERIFY(window->editing()->addCameraAt({55.7555, 37.6077}));
    const Dataset edited = *window->dataset();
    const QString path = dir.filePath(QStringLiteral("edited.bspack"));
    QVERIFY(!window->files()->savePackFile(path));
    QVERIFY(!window->document()->isModified());
    QCOMPARE(window->document()->filePath(), path);

    auto other = shownWindow(embeddedTrainingCity());
    QVERIFY(!other->files()->openPackFile(path));
    QVERIFY(*other->dataset() == edited);
    QVERIFY(!other->document()->isModified());
    QCOMPARE(other->document()->undoStack()->count(), 0);
}

void TstEditing::exportFormats()
{
    QTemporaryDir dir;
    auto window = shownWindow(testing::smallCity());
    const std::vector<std::pair<FileFormat, QString>> formats{
        {FileFormat::GeoJson, QStringLiteral("c.geojson")},
        {FileFormat::Csv, QStringLiteral("c.csv")},
        {FileFormat::Kml, QStringLiteral("c.kml")},
        {FileFormat::Osm, QStringLiteral("c.osm")},
        {FileFormat::Bspack, QStringLiteral("c.bspack")}};
    for (const auto &[format, name] : formats) {
        const QString path = dir.filePath(name);
        QVERIFY2(!window->files()->exportFile(path, format), qPrintable(name));
        QVERIFY(QFileInfo(path).size() > 0);
    }
    const Result<Dataset> back =
        blindspot::importFile(dir.filePath(QStringLiteral("c.geojson")), FileFormat::GeoJson, {});
    QVERIFY(!isError(back));
    QCOMPARE(std::get<Dataset>(back).cameras.size(), window->dataset()->cameras.size());
    const Result<Dataset> pack = readPackFile(dir.filePath(QStringLiteral("c.bspack")));
    QVERIFY(!isError(pack));
    QVERIFY(std::get<Dataset>(pack) == *window->dataset());
}

void TstEditing::sourcesPanelCounts()
{
    auto window = shownWindow(testing::smallCity());
    QTreeWidget *tree = window->sourcesPanel()->tree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *top = tree->topLevelItem(0);
    QVERIFY(top->text(0).contains(QString::fromUtf8("Малый город")));
    QVERIFY(top->text(0).contains(QLatin1String("fictional")));
    QCOMPARE(top->text(1), QStringLiteral("3"));
    QCOMPARE(top->text(4), QStringLiteral("CC0-1.0"));
    QCOMPARE(top->childCount(), 1);
    QTreeWidgetItem *survey = top->child(0);
    QVERIFY(survey->text(0).contains(QString::fromUtf8("Опрос")));
    QCOMPARE(survey->text(1), QStringLiteral("3"));
    QCOMPARE(survey->text(2), QStringLiteral("1"));
    QCOMPARE(survey->text(4), QStringLiteral("CC-BY-4.0"));
    QCOMPARE(survey->text(5), QStringLiteral("Volunteers"));

    // An edit adds the local source, counted.
    QVERIFY(window->editing()->addCameraAt({55.7555, 37.6077}));
    top = tree->topLevelItem(0); // the panel was filled again
    QCOMPARE(top->childCount(), 2);
    QCOMPARE(top->child(1)->text(0), QStringLiteral("Edited locally (trusted)"));
    QCOMPARE(top->child(1)->text(1), QStringLiteral("1"));
}

void TstEditing::languageSwitchRetranslates()
{
    auto window = shownWindow(embeddedTrainingCity());
    QStringList english;
    for (QAction *menu : window->menuBar()->actions())
        english << menu->text();
    QVERIFY(english.contains(QStringLiteral("&File")));
    const QString fileTitle = QStringLiteral("&File");

    // The Russian catalogue is built into the program: failing to load it, or finding no
    // "&File" in it, is a broken build, not a reason to skip.
    const bool loaded = window->setLanguage(QStringLiteral("ru"));
    const auto backToEnglish = qScopeGuard([&] { window->setLanguage(QStringLiteral("en")); });
    QVERIFY2(loaded, "the Russian translation did not load");
    const QString translated = QCoreApplication::translate("blindspot::MainMenus", "&File");
    QVERIFY2(translated != fileTitle,
             "the Russian translation has no entry for \"&File\" (translations/blindspot_ru.ts)");
    QCOMPARE(window->language(), QStringLiteral("ru"));
    QStringList russian;
    for (QAction *menu : window->menuBar()->actions())
        russian << menu->text();
    QVERIFY(russian.contains(translated));
    QVERIFY(!russian.contains(fileTitle));
    // Layer actions follow too.
    QVERIFY(window->mapView()->layers().action(MapLayer::Heatmap)->text() !=
            QStringLiteral("&Heatmap"));

    window->setLanguage(QStringLiteral("en"));
    QStringList back;
    for (QAction *menu : window->menuBar()->actions())
        back << menu->text();
    QVERIFY(back.contains(fileTitle));
}

void TstEditing::welcomeAndMethodology()
{
    WelcomeDialog welcome;
    const QString text = welcome.findChild<QLabel *>(QStringLiteral("welcomeText"))->text();
    QVERIFY(text.contains(QLatin1String("fictional")));
    QVERIFY(text.contains(QLatin1String("OpenStreetMap")));
    QVERIFY(text.contains(QLatin1String("map pack")));
    bool asked = false;
    QObject::connect(&welcome, &WelcomeDialog::methodologyRequested, [&] { asked = true; });
    welcome.findChild<QPushButton *>(QStringLiteral("welcomeMethodology"))->click();
    QVERIFY(asked);
    welcome.findChild<QPushButton *>(QStringLiteral("welcomeTrainingCity"))->click();
    QCOMPARE(welcome.choice(), WelcomeDialog::Choice::TrainingCity);

    QVERIFY(!MethodologyDialog::markdown().isEmpty());
    MethodologyDialog methodology;
    QVERIFY(methodology.browser()->toPlainText().size() > 500);
    QVERIFY(!methodology.browser()->toPlainText().contains(QLatin1String("##")));
}

void TstEditing::fileDialogLeavesNoTrace()
{
    QTemporaryDir secret;
    const QString folder = secret.filePath(QStringLiteral("protest-plans"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = QDir(folder).filePath(QStringLiteral("route-to-square.bspack"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    whenShown<QFileDialog>([&](QFileDialog *dialog) {
        dialog->setDirectory(folder);
        dialog->selectFile(file);
        // As typed: selectFile() leaves the name field alone while it has the focus.
        if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            name->setText(QFileInfo(file).fileName());
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own, checking the file
    });
    const auto choice = PrivateFileDialog::openFile(nullptr, QStringLiteral("Open"),
                                                    {QStringLiteral("Packs (*.bspack)")});
    QVERIFY(choice);
    QCOMPARE(QFileInfo(choice->path).canonicalFilePath(), QFileInfo(file).canonicalFilePath());
    const QString config = everythingInConfig();
    QVERIFY2(!config.contains(QLatin1String("protest-plans")), qPrintable(config));
    QVERIFY(!config.contains(QLatin1String("route-to-square")));
}

void TstEditing::settingsHoldNoPlaces()
{
    // After importing, saving, planning a trip and closing, neither Blindspot's settings nor
    // Qt's file-dialog state hold a place, a route or a file name.
    QTemporaryDir dir;
    {
        auto window = shownWindow(embeddedTrainingCity());
        whenShown<ImportReviewDialog>([](ImportReviewDialog *review) { review->accept(); });
        QVERIFY(window->files()->importFile(fixture("cameras.csv")));
        QVERIFY(!window->files()->savePackFile(
            dir.filePath(QStringLiteral("secret-meeting.bspack"))));
        auto *planner = window->findChild<PlannerPanel *>();
        QVERIFY(planner);
        QVERIFY(
            planner->planBetween(QStringLiteral("Mirror Square"), QStringLiteral("Lilac Square")));
        window->mapView()->layers().setVisible(MapLayer::Heatmap, true);
        window->setLanguage(QStringLiteral("en"));
        window->saveSettings();
        window->close();
    }
    const QString config = everythingInConfig();
    QVERIFY(!config.isEmpty());
    const Dataset city = embeddedTrainingCity();
    for (const Station &station : city.network.stations)
        QVERIFY2(!config.contains(station.name.inLanguage(QStringLiteral("en"))),
                 qPrintable(station.name.native));
    QVERIFY(!config.contains(QLatin1String("secret-meeting")));
    QVERIFY(!config.contains(QLatin1String("cameras.csv")));
    QVERIFY(!config.contains(dir.path()));
    QVERIFY(!config.contains(QLatin1String(BLINDSPOT_TEST_DATA)));
    // Blindspot's own file holds only its known keys.
    const auto settings = AppSettings::open();
    for (const QString &key : settings->allKeys())
        QVERIFY2(AppSettings::keys().contains(key), qPrintable(key));
    QVERIFY(AppSettings::visibleLayers()->contains(QStringLiteral("heatmap")));
}

void TstEditing::windowStateRestored()
{
    // One run: a 1000 x 700 window with the sources panel shown and the heatmap off.
    {
        auto window = shownWindow(embeddedTrainingCity());
        window->resize(1000, 700);
        QCoreApplication::processEvents();
        window->findChild<QDockWidget *>(QStringLiteral("sourcesDock"))->show();
        window->mapView()->layers().setVisible(MapLayer::Heatmap, false);
        window->saveSettings();
    }
    // The next run starts elsewhere and comes back to exactly that.
    MainWindow window(QStringLiteral("en"));
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(640, 480);
    window.restoreSettings();
    window.show();
    QCoreApplication::processEvents();
    QCOMPARE(window.size(), QSize(1000, 700));
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("sourcesDock"))->isVisible());
    QVERIFY(!window.mapView()->layers().isVisible(MapLayer::Heatmap));
}

int main(int argc, char **argv)
{
    // Nothing this test does may touch the settings of the person running it; and what the
    // program writes there is what the privacy tests read.
    QTemporaryDir config;
    configFolder() = config.path();
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QApplication app(argc, argv);
    TstEditing test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_editing.moc"
