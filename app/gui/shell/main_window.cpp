#include "gui/shell/main_window.h"

#include "gui/shell/accessibility.h"
#include "gui/shell/app_settings.h"
#include "gui/shell/background_work.h"
#include "gui/editing/camera_inspector.h"
#include "gui/editing/dataset_document.h"
#include "gui/editing/dataset_edit_command.h"
#include "common/embedded_data.h"
#include "common/error_text.h"
#include "gui/shell/fitting_label.h"
#include "core/exposure/model_parameters.h"
#include "gui/import/import_review_dialog.h"
#include "gui/import/import_runner.h"
#include "core/io/camera_export.h"
#include "core/io/pack_io.h"
#include "core/io/track_reader.h"
#include "gui/shell/live_region.h"
#include "gui/map/map_layers.h"
#include "gui/map/map_legend.h"
#include "gui/map/map_view.h"
#include "gui/shell/methodology_dialog.h"
#include "gui/map/nearby_cameras_dialog.h"
#include "gui/shell/model_text.h"
#include "gui/planner/planner_panel.h"
#include "gui/shell/private_file_dialog.h"
#include "gui/planner/route_cards.h"
#include "gui/planner/route_details.h"
#include "gui/security/security_controller.h"
#include "gui/editing/sources_panel.h"
#include "gui/editing/survey_area_dialog.h"
#include "gui/training/training_menu.h"
#include "common/translations.h"
#include "gui/shell/welcome_dialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGridLayout>
#include <QHelpEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtMath>

#include <algorithm>
#include <array>

namespace blindspot {

namespace {

// The side panels' least widths, in average characters of the window's font (scalePanelWidths).
constexpr int kPlannerPanelCharacters = 64;
constexpr int kDetailsPanelCharacters = 59;
// Sources listed by name in the About box; a pack merged from hundreds stays readable.
constexpr int kMaxSourcesInAbout = 8;
// Space between the map's edge and the legend floating over it.
constexpr int kOverlayMargin = 12;
// The editing tools' bar, beside the map layers' bar ("mapToolBar") when both fit in a row.
const QString kEditToolBar = QStringLiteral("editToolBar");

// A tool bar too short for its tools hides the last ones behind a "»" button, and in Russian
// the layers and the editing tools together are wider than a 1366-pixel screen: the tools go
// to a second row then, and back beside the layers when the window is wide enough again.
void fitToolBarRows(QMainWindow &window)
{
    auto *layers = window.findChild<QToolBar *>(QStringLiteral("mapToolBar"));
    auto *tools = window.findChild<QToolBar *>(kEditToolBar);
    // Only the arrangement the program makes: bars the user moved stay where they are.
    if (!layers || !tools || layers->isHidden() || tools->isHidden() ||
        window.toolBarArea(layers) != Qt::TopToolBarArea ||
        window.toolBarArea(tools) != Qt::TopToolBarArea)
        return;
    const bool fits = layers->sizeHint().width() + tools->sizeHint().width() <= window.width();
    if (fits && window.toolBarBreak(tools))
        window.removeToolBarBreak(tools);
    else if (!fits && !window.toolBarBreak(tools))
        window.insertToolBarBreak(tools);
}

} // namespace

MainWindow::MainWindow(const QString &language, QWidget *parent)
    : QMainWindow(parent), m_document(new DatasetDocument(this)), m_language(language)
{
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);

    // Training data must never be mistaken for a real city, so it gets a banner in words above
    // the map, not only a note in the title bar.
    m_fictionalBanner = new QLabel(central);
    m_fictionalBanner->setObjectName(QStringLiteral("fictionalBanner"));
    m_fictionalBanner->setWordWrap(true);
    m_fictionalBanner->setTextFormat(Qt::RichText);
    m_fictionalBanner->setStyleSheet(
        QStringLiteral("#fictionalBanner { background: #fff1c2; color: #3b2f00;"
                       " border-bottom: 1px solid #d9b64a; padding: 8px 12px; }"));
    m_fictionalBanner->hide();
    column->addWidget(m_fictionalBanner);

    // The legend floats over the map's lower left corner: both share one grid cell.
    auto *mapArea = new QWidget(central);
    auto *stack = new QGridLayout(mapArea);
    stack->setContentsMargins(0, 0, 0, 0);
    m_mapView = new MapView(mapArea);
    m_mapView->setNameLanguage(language);
    stack->addWidget(m_mapView, 0, 0);
    auto *overlay = new QVBoxLayout;
    overlay->setContentsMargins(kOverlayMargin, kOverlayMargin, kOverlayMargin, kOverlayMargin);
    overlay->addStretch();
    m_legend = new MapLegend(mapArea);
    m_legend->setCollapsed(AppSettings::legendCollapsed());
    connect(m_legend, &MapLegend::collapsedChanged, this, [this](bool collapsed) {
        if (!m_foldingLegendForRoom)
            AppSettings::setLegendCollapsed(collapsed);
    });
    overlay->addWidget(m_legend, 0, Qt::AlignLeft);
    stack->addLayout(overlay, 0, 0);
    m_legend->installEventFilter(this);
    // The key to the route's drawing while there is one to explain.
    connect(m_mapView, &MapView::routeOverlayChanged, m_legend, &MapLegend::setRouteShown);
    m_mapView->installEventFilter(this);
    column->addWidget(mapArea, 1);
    setCentralWidget(central);

    m_counts = new FittingLabel(this);
    m_counts->setObjectName(QStringLiteral("datasetCounts"));
    statusBar()->addWidget(m_counts, 1);
    m_offline = new FittingLabel(this);
    m_offline->setObjectName(QStringLiteral("offlineIndicator"));
    statusBar()->addPermanentWidget(m_offline);

    connect(m_document, &DatasetDocument::changed, this, &MainWindow::onDocumentChanged);
    connect(m_document, &DatasetDocument::editRefused, this, [this](const QString &reason) {
        statusBar()->showMessage(
            tr("The edit was not applied: it would leave the map inconsistent (%1).").arg(reason),
            10'000);
    });
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });

    createDocks();
    createMenus();
    createToolBar();
    // Resizes re-arrange the tool bars (fitToolBarRows) from eventFilter().
    installEventFilter(this);
    setupPlanner();
    setupTraining();
    setupSecurity();
    setupAccessibility();
    retranslateUi();
    showDatasetInfo();
    resize(1200, 800);
    m_mapView->setFocus();
}

MainWindow::~MainWindow()
{
    // The planner takes its route off the map as it goes, while the window's children are
    // being torn down: the map key is not told to rebuild itself then.
    disconnect(m_mapView, &MapView::routeOverlayChanged, m_legend, &MapLegend::setRouteShown);
}

void MainWindow::createMenus()
{
    // Texts, tooltips and menu titles are set in retranslateUi(), in the current language.
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseAndOpenPackFile);
    m_openAction->setShortcut(QKeySequence::Open);
    m_trainingCityAction = m_fileMenu->addAction(QString(), this, [this] {
        if (maybeKeepChanges())
            openTrainingCity();
    });
    m_fileMenu->addSeparator();
    m_saveAction = m_fileMenu->addAction(QString(), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveAs);
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseAndImport);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseAndExport);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_fileMenu->addSeparator();
    m_checkTrackAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseAndCheckTrack);
    m_checkTrackAction->setObjectName(QStringLiteral("checkTrackAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(QString());
    QUndoStack *undo = m_document->undoStack();
    m_undoAction = m_editMenu->addAction(QString(), undo, &QUndoStack::undo);
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction = m_editMenu->addAction(QString(), undo, &QUndoStack::redo);
    m_redoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    connect(undo, &QUndoStack::undoTextChanged, this, &MainWindow::retranslateUi);
    connect(undo, &QUndoStack::redoTextChanged, this, &MainWindow::retranslateUi);
    connect(undo, &QUndoStack::canUndoChanged, this, &MainWindow::updateEditActions);
    connect(undo, &QUndoStack::canRedoChanged, this, &MainWindow::updateEditActions);
    m_editMenu->addSeparator();
    m_addCameraAction = m_editMenu->addAction(QString());
    m_addCameraAction->setObjectName(QStringLiteral("addCameraTool"));
    m_addCameraAction->setCheckable(true);
    m_addCameraAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_drawAreaAction = m_editMenu->addAction(QString());
    m_drawAreaAction->setObjectName(QStringLiteral("drawSurveyAreaTool"));
    m_drawAreaAction->setCheckable(true);
    m_drawAreaAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_addCameraAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_mapView->setTool(MapView::Tool::AddCamera);
        else if (m_mapView->tool() == MapView::Tool::AddCamera)
            m_mapView->setTool(MapView::Tool::Browse);
    });
    connect(m_drawAreaAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_mapView->setTool(MapView::Tool::DrawSurveyArea);
        else if (m_mapView->tool() == MapView::Tool::DrawSurveyArea)
            m_mapView->setTool(MapView::Tool::Browse);
    });
    connect(m_mapView, &MapView::toolChanged, this, [this](MapView::Tool tool) {
        const QSignalBlocker a(m_addCameraAction), b(m_drawAreaAction);
        m_addCameraAction->setChecked(tool == MapView::Tool::AddCamera);
        m_drawAreaAction->setChecked(tool == MapView::Tool::DrawSurveyArea);
        switch (tool) {
        case MapView::Tool::AddCamera:
            statusBar()->showMessage(tr("Click on the map where a camera is; Escape to stop."));
            break;
        case MapView::Tool::DrawSurveyArea:
            statusBar()->showMessage(tr("Click the corners of the surveyed area; double-click or "
                                        "Enter to finish, Backspace to undo a corner, Escape to "
                                        "stop."));
            break;
        case MapView::Tool::Browse:
            statusBar()->clearMessage();
            break;
        }
    });
    m_editMenu->addSeparator();
    m_deleteCameraAction = m_editMenu->addAction(QString(), this, [this] {
        if (const std::optional<CameraId> camera = m_inspector->camera())
            deleteCamera(*camera);
    });
    m_deleteCameraAction->setShortcut(QKeySequence::Delete);
    m_deleteAreaAction =
        m_editMenu->addAction(QString(), this, &MainWindow::chooseSurveyAreaToDelete);
    m_editMenu->addSeparator();
    m_contextMenu = m_editMenu->addMenu(QString());
    m_contextMenu->setObjectName(QStringLiteral("surveillanceContextMenu"));
    auto *contexts = new QActionGroup(this);
    for (const QString &name : ModelParameters::builtIn().contextNames()) {
        QAction *action = m_contextMenu->addAction(QString());
        action->setObjectName(QStringLiteral("context-") + name);
        action->setCheckable(true);
        action->setData(name);
        contexts->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { setSurveillanceContext(name); });
    }

    m_viewMenu = menuBar()->addMenu(QString());
    m_fitAction = m_viewMenu->addAction(QString(), m_mapView, &MapView::fitToData);
    m_fitAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_0), QKeySequence(Qt::Key_0)});
    m_zoomInAction = m_viewMenu->addAction(QString(), m_mapView, &MapView::zoomIn);
    m_zoomInAction->setShortcuts({QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::Key_Plus),
                                  QKeySequence(Qt::Key_Equal)});
    m_zoomOutAction = m_viewMenu->addAction(QString(), m_mapView, &MapView::zoomOut);
    m_zoomOutAction->setShortcuts(
        {QKeySequence(QKeySequence::ZoomOut), QKeySequence(Qt::Key_Minus)});
    m_viewMenu->addSeparator();
    // The same actions as the layer toolbar: MapLayers owns their state.
    for (MapLayer layer : MapLayers::kAll)
        m_viewMenu->addAction(m_mapView->layers().action(layer));
    connect(&m_mapView->layers(), &MapLayers::visibilityChanged, this,
            [this](MapLayer layer, bool visible) {
                if (layer == MapLayer::Heatmap)
                    m_legend->setHeatmapShown(visible);
            });
    // The map's cameras in words, for someone who cannot see them (issue 17).
    m_nearbyAction = m_viewMenu->addAction(QString(), this, &MainWindow::listNearbyCameras);
    m_nearbyAction->setObjectName(QStringLiteral("nearbyCamerasAction"));
    m_nearbyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_viewMenu->addSeparator();
    m_showLegend = m_viewMenu->addAction(QString());
    m_showLegend->setCheckable(true);
    m_showLegend->setChecked(true);
    connect(m_showLegend, &QAction::toggled, this, &MainWindow::updateLegendVisibility);
    m_viewMenu->addAction(m_inspectorDock->toggleViewAction());
    m_inspectorDock->toggleViewAction()->setShortcut(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_viewMenu->addAction(m_sourcesDock->toggleViewAction());

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    // Each language is named in itself, so that someone who cannot read the current one still
    // finds theirs.
    for (const QString &code : availableLanguages()) {
        QAction *action = m_languageMenu->addAction(languageNativeName(code));
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == m_language);
        action->setObjectName(QStringLiteral("language_") + code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_welcomeAction = m_helpMenu->addAction(QString(), this, &MainWindow::showWelcome);
    m_methodologyAction = m_helpMenu->addAction(QString(), this, &MainWindow::showMethodology);
    m_methodologyAction->setShortcut(QKeySequence::HelpContents);
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    updateEditActions();
}

void MainWindow::foldLegendForRoom()
{
    // A map little wider than the open key (a large scale or a small screen with both panels)
    // would be all key: it folds to its button there, which still opens it, and opens again
    // when the room comes back unless the person folded it.
    constexpr double kRoomForKey = 1.3;
    const bool narrow = m_mapView->width() < kRoomForKey * m_legend->maximumWidth();
    if (narrow == m_mapTooNarrowForKey)
        return;
    m_mapTooNarrowForKey = narrow;
    m_foldingLegendForRoom = true;
    m_legend->setCollapsed(narrow || AppSettings::legendCollapsed());
    m_foldingLegendForRoom = false;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    const bool legendChanged =
        watched == m_legend && (type == QEvent::Resize || type == QEvent::Move ||
                                type == QEvent::Show || type == QEvent::Hide);
    if (watched == this && type == QEvent::Resize)
        fitToolBarRows(*this);
    // The bars come back after the unlock screen through restoreState(), which shows them
    // before they are back in the layout and resizes nothing: fit them once it is done.
    if (qobject_cast<QToolBar *>(watched) && type == QEvent::Show)
        QMetaObject::invokeMethod(this, [this] { fitToolBarRows(*this); }, Qt::QueuedConnection);
    const bool mapResized = watched == m_mapView && type == QEvent::Resize;
    if (mapResized)
        foldLegendForRoom();
    if (legendChanged || mapResized)
        updateMapCover();
    if (watched == m_mapView && type == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (!showMapTooltip(help->pos(), help->globalPos()))
            QToolTip::hideText();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateLegendVisibility()
{
    // Without a map the legend would only cover the hint on how to open one.
    m_legend->setVisible(m_dataset && m_showLegend->isChecked());
}

void MainWindow::updateMapCover()
{
    if (m_legend->isHidden()) {
        m_mapView->setCoveredRect({});
        return;
    }
    const QPoint topLeft = m_legend->mapTo(m_mapView->window(), QPoint(0, 0));
    m_mapView->setCoveredRect(
        QRect(m_mapView->mapFrom(m_mapView->window(), topLeft), m_legend->size()));
}

void MainWindow::setupPlanner()
{
    m_planner = new PlannerPanel(m_mapView, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_planner);
    QDockWidget *details = m_planner->detailsDock();
    addDockWidget(Qt::RightDockWidgetArea, details);
    details->hide(); // the planner shows it with the first route chosen
    // The Plan menu goes before Help, which stays last.
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), m_planner->menu());
    connect(m_planner, &PlannerPanel::methodologyRequested, this, &MainWindow::showMethodology);
    connect(this, &MainWindow::datasetEdited, m_planner, &PlannerPanel::datasetEdited);
}

void MainWindow::setupAccessibility()
{
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        nameDockButtons(*dock);
    keepFocusInView();
    scalePanelWidths();
    // The side panels' scroll areas are no Tab stops, with a focus nobody could see: what is
    // in them is. Focus given to the details' area (Enter on the map) goes to their text.
    m_planner->widget()->setFocusPolicy(Qt::NoFocus);
    QWidget *detailsArea = m_planner->detailsDock()->widget();
    detailsArea->setFocusPolicy(Qt::NoFocus);
    detailsArea->setFocusProxy(m_planner->details());

    // Not in the status bar's layout: it takes no room there.
    m_liveRegion = new LiveRegion(statusBar());
    m_liveRegion->move(0, 0);
    m_liveRegion->lower();
    connect(statusBar(), &QStatusBar::messageChanged, m_liveRegion, &LiveRegion::announce);
    connect(m_planner->cards(), &RouteCards::planShown, this,
            [this] { m_liveRegion->announce(m_planner->cards()->summary()); });
    // What the planner says about a failed plan or a saved route card.
    connect(m_planner, &PlannerPanel::messageShown, m_liveRegion, &LiveRegion::announce);
}

void MainWindow::scalePanelWidths()
{
    // The planner and the details were 390 and 360 pixels wide at a 9-point font: as many
    // average characters, so that they widen with a larger font (large-text settings, 144 dpi)
    // instead of cutting their words. The planner also stays as wide as its form needs.
    const qreal character = QFontMetricsF(font()).averageCharWidth();
    m_planner->setMinimumWidth(qCeil(kPlannerPanelCharacters * character));
    m_planner->detailsDock()->setMinimumWidth(qCeil(kDetailsPanelCharacters * character));
}

// --- Training mode (issue 7): the Training menu, before Help. ---
void MainWindow::setupTraining()
{
    auto *training = new TrainingMenu(m_language, this);
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), training);
}
// --- end of training mode ---

// --- Trust and safety (issue 6): workspace, lock and wipe, signer checks, photo evidence. ---
void MainWindow::setupSecurity()
{
    m_security = new SecurityController(this, m_planner, m_fileMenu, m_trainingCityAction);
    connect(m_security, &SecurityController::recentFileChosen, this, [this](const QString &path) {
        if (!maybeKeepChanges())
            return;
        if (const std::optional<ParseError> error = openPackFile(path))
            QMessageBox::warning(this, tr("Cannot open map pack"), ErrorText::located(*error));
    });
    connect(m_inspector, &CameraInspector::attachPhotoRequested, m_security,
            &SecurityController::attachPhoto);
}
// --- end of trust and safety ---

void MainWindow::setDataset(std::shared_ptr<const Dataset> dataset)
{
    // The document keeps its own copy, which edits change in place; every view shows that one.
    m_document->reset(std::move(dataset));
    m_dataset = m_document->dataset();
    m_inspector->showCamera(m_dataset, std::nullopt);
    m_sources->setDataset(m_dataset);
    m_mapView->setDataset(m_dataset);
    m_planner->setDataset(m_dataset);
    showDatasetInfo();
}

std::optional<ParseError> MainWindow::openPackFile(const QString &path)
{
    // A city's pack takes seconds to read: the window keeps drawing meanwhile.
    std::optional<Result<Dataset>> result;
    runInBackground(this, tr("Open"), tr("Reading %1…").arg(QFileInfo(path).fileName()),
                    [&] { result = readPackFile(path); });
    Result<Dataset> read = std::move(*result);
    if (const auto *error = std::get_if<ParseError>(&read))
        return *error;
    setDataset(std::make_shared<const Dataset>(std::get<Dataset>(std::move(read))));
    m_document->setSaved(path);
    m_security->noteRecentFile(path);
    return std::nullopt;
}

void MainWindow::openTrainingCity()
{
    setDataset(std::make_shared<const Dataset>(embeddedTrainingCity()));
}

void MainWindow::chooseAndOpenPackFile()
{
    if (!maybeKeepChanges())
        return;
    const auto choice = PrivateFileDialog::openFile(
        this, tr("Open map pack"), {tr("Blindspot map packs (*.bspack)"), tr("All files (*)")});
    if (!choice)
        return;
    const QString path = choice->path;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<ParseError> error = openPackFile(path);
    QApplication::restoreOverrideCursor();
    if (error)
        QMessageBox::warning(this, tr("Cannot open map pack"), ErrorText::located(*error));
}

void MainWindow::showDatasetInfo()
{
    updateLegendVisibility();
    updateEditActions();
    if (!m_dataset) {
        setWindowTitle(tr("Blindspot"));
        m_fictionalBanner->hide();
        m_counts->setTexts({tr("No map open")});
        m_counts->setToolTip(QString());
        return;
    }
    const DatasetHeader &header = m_dataset->header;
    const QString name = ModelText::datasetName(header);
    // "[*]" is where Qt shows that there are unsaved edits.
    setWindowTitle(header.fictional ? tr("%1[*] (fictional training data) – Blindspot").arg(name)
                                    : tr("%1[*] – Blindspot").arg(name));
    setWindowModified(m_document->isModified());
    m_fictionalBanner->setVisible(header.fictional);

    const DatasetSummary summary = summarize(*m_dataset);
    const QLocale locale;
    const QString stations = locale.toString(summary.stations);
    const QString cameras = locale.toString(summary.cameras);
    const QString full =
        tr("Lines: %1 · Stations: %2 · Cameras: %3 · Face recognition confirmed: %4")
            .arg(locale.toString(summary.lines), stations, cameras,
                 locale.toString(
                     summary.camerasByFrStatus[static_cast<std::size_t>(FrStatus::Confirmed)]));
    // Shorter when the status bar has less room (a large scale): never cut mid-word.
    m_counts->setTexts({full, tr("Stations: %1 · Cameras: %2").arg(stations, cameras),
                        tr("Cameras: %1").arg(cameras)});
    m_counts->setToolTip(full);
}

void MainWindow::showAbout()
{
    QString text =
        tr("<h3>Blindspot %1</h3>"
           "<p>A map of known surveillance and face-recognition cameras in and around metro "
           "stations, for planning trips that are less exposed to them.</p>"
           "<p><b>Works offline.</b> Blindspot never opens a network connection: map data "
           "arrives only through files you choose.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later "
           "(GPL-3.0-or-later). It comes with no warranty, and no map or estimate can promise "
           "safety.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped());
    text += tr("<p>Built on Qt %1 (LGPL-3.0), OpenCV (Apache-2.0), Protocol Buffers "
               "(BSD-3-Clause), libsodium (ISC), libosmium (BSL-1.0), simdjson (Apache-2.0), "
               "libzip (BSD-3-Clause) and zlib (zlib licence).</p>"
               "<p>How every estimate is made, with its sources: Help &gt; How the estimates "
               "work.</p>")
                .arg(QString::fromLatin1(qVersion()));

    if (m_dataset) {
        // Everything below comes from the file: escaped, since the dialog shows rich text.
        const DatasetHeader &header = m_dataset->header;
        const auto orNotStated = [this](const QString &value) {
            return value.isEmpty() ? tr("not stated") : value.toHtmlEscaped();
        };
        text += tr("<p><b>Map shown:</b> %1<br>Publisher: %2<br>Licence: %3<br>Data: %4</p>")
                    .arg(ModelText::datasetName(header).toHtmlEscaped(),
                         orNotStated(header.publisher), orNotStated(header.licence),
                         orNotStated(ModelText::attribution(header)));
        if (header.fictional)
            text += tr("<p>This map is fictional training data, not a real city.</p>");

        QStringList sources;
        for (const Source &source : m_dataset->sources) {
            if (source.attribution.isEmpty() && source.licence.isEmpty())
                continue;
            const QString line =
                tr("%1: %2 (%3)")
                    .arg(ModelText::sourceName(source).toHtmlEscaped(),
                         orNotStated(source.attribution), orNotStated(source.licence));
            if (!sources.contains(line))
                sources << line;
        }
        if (!sources.isEmpty()) {
            const qsizetype more = sources.size() - kMaxSourcesInAbout;
            if (more > 0) {
                sources.resize(kMaxSourcesInAbout);
                sources << tr("Further sources: %1").arg(QLocale().toString(more));
            }
            text += tr("<p><b>Sources:</b><br>%1</p>").arg(sources.join(QStringLiteral("<br>")));
        }
    }
    QMessageBox::about(this, tr("About Blindspot"), text);
}

void MainWindow::createDocks()
{
    m_inspector = new CameraInspector(this);
    m_inspector->setNameLanguage(m_language);
    m_inspectorDock = new QDockWidget(this);
    m_inspectorDock->setObjectName(QStringLiteral("cameraInspectorDock"));
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    m_inspectorDock->hide(); // shown when a camera is clicked
    connect(m_inspector, &CameraInspector::applyRequested, this,
            [this](CameraId camera, const Camera &after) { changeCamera(camera, after); });
    connect(m_inspector, &CameraInspector::deleteRequested, this,
            [this](CameraId camera) { deleteCamera(camera); });

    m_sources = new SourcesPanel(this);
    m_sourcesDock = new QDockWidget(this);
    m_sourcesDock->setObjectName(QStringLiteral("sourcesDock"));
    m_sourcesDock->setWidget(m_sources);
    addDockWidget(Qt::BottomDockWidgetArea, m_sourcesDock);
    m_sourcesDock->hide();

    connect(m_mapView, &MapView::cameraClicked, this,
            [this](CameraId camera) { showCamera(camera); });
    connect(m_mapView, &MapView::emptyPlaceClicked, this, [this] { showCamera(std::nullopt); });
    connect(m_mapView, &MapView::cameraDragged, this, &MainWindow::moveCamera);
    connect(m_mapView, &MapView::addCameraRequested, this, &MainWindow::addCameraAt);
    connect(m_mapView, &MapView::surveyAreaDrawn, this, &MainWindow::onSurveyAreaDrawn);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mapToolBar"));
    m_toolBar->installEventFilter(this); // fitted when shown (eventFilter())
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (MapLayer layer : MapLayers::kAll)
        m_toolBar->addAction(m_mapView->layers().action(layer));
    m_viewMenu->addAction(m_toolBar->toggleViewAction());
    // The editing tools on a bar of their own, which moves to a second row when the two do not
    // fit side by side (fitToolBarRows).
    QToolBar *tools = addToolBar(QString());
    tools->setObjectName(kEditToolBar);
    tools->installEventFilter(this); // fitted when shown (eventFilter())
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(m_addCameraAction);
    tools->addAction(m_drawAreaAction);
    m_viewMenu->addAction(tools->toggleViewAction());
}

void MainWindow::retranslateUi()
{
    m_fictionalBanner->setText(
        tr("<b>Fictional training city.</b> This is not a real place: its stations and cameras "
           "are invented for practice. Do not use this map to plan a real trip."));
    m_offline->setTexts({tr("Offline: this app never uses the network"), tr("Offline")});
    m_offline->setToolTip(tr("Blindspot opens no network connection. Map data arrives only "
                             "through files you choose."));

    const auto set = [](QAction *action, const QString &text, const QString &tip) {
        action->setText(text);
        action->setToolTip(tip);
        action->setStatusTip(tip);
    };
    m_fileMenu->setTitle(tr("&File"));
    set(m_openAction, tr("&Open…"), tr("Open a Blindspot map pack (.bspack)"));
    set(m_trainingCityAction, tr("Open &training city"),
        tr("Practise on the fictional training city built into Blindspot"));
    set(m_saveAction, tr("&Save"), tr("Save the map, with your edits, as a map pack"));
    set(m_saveAsAction, tr("Save &as…"), tr("Save the map as a new map pack"));
    set(m_importAction, tr("&Import…"),
        tr("Add cameras and stations from OpenStreetMap, GTFS, GeoJSON, CSV, KML, GPX or another "
           "map pack; you review every change before it applies"));
    set(m_exportAction, tr("&Export…"),
        tr("Write the cameras as GeoJSON, CSV, KML or OpenStreetMap XML, or the whole map as a "
           "map pack"));
    set(m_checkTrackAction, tr("Check a &recorded walk…"),
        tr("Open a walk recorded as a GPX track or route, or a GeoJSON line, and see how exposed "
           "it was to the cameras on this map"));
    set(m_quitAction, tr("&Quit"), tr("Close Blindspot"));

    m_editMenu->setTitle(tr("&Edit"));
    const QUndoStack *undo = m_document->undoStack();
    set(m_undoAction, undo->canUndo() ? tr("&Undo %1").arg(undo->undoText()) : tr("&Undo"),
        tr("Take back the last edit"));
    set(m_redoAction, undo->canRedo() ? tr("&Redo %1").arg(undo->redoText()) : tr("&Redo"),
        tr("Make the edit taken back again"));
    set(m_addCameraAction, tr("Add &camera"),
        tr("Click on the map to place cameras, then describe each in the inspector"));
    set(m_drawAreaAction, tr("Draw survey &area"),
        tr("Click the corners of an area you surveyed for cameras; double-click to finish"));
    set(m_deleteCameraAction, tr("&Delete camera"), tr("Remove the camera shown in the inspector"));
    set(m_deleteAreaAction, tr("Delete survey a&rea…"), tr("Choose a survey area to remove"));
    m_contextMenu->setTitle(tr("Surveillance &context"));
    m_contextMenu->setStatusTip(tr("Which city's known facts set the estimates for cameras of "
                                   "unknown status and for streets nobody mapped"));
    for (QAction *action : m_contextMenu->actions()) {
        const QString name = action->data().toString();
        if (name == QLatin1String("moscow"))
            set(action, tr("&Moscow"),
                tr("Moscow's metro and street cameras: face recognition is widespread"));
        else if (name == QLatin1String("training"))
            set(action, tr("The &training city"), tr("The fictional city used for practice"));
        else if (name == QLatin1String("unknown"))
            set(action, tr("&Unknown region"),
                tr("Nobody knows which cameras here feed face recognition: wide estimates"));
        else
            set(action, name, QString());
    }

    m_viewMenu->setTitle(tr("&View"));
    set(m_fitAction, tr("&Fit to data"), tr("Show the whole map"));
    set(m_zoomInAction, tr("Zoom &in"), tr("Zoom in"));
    set(m_zoomOutAction, tr("Zoom &out"), tr("Zoom out"));
    set(m_nearbyAction, tr("Cameras &near the middle of the map…"),
        tr("List the mapped cameras near the middle of the map, nearest first, in words"));
    set(m_showLegend, tr("Show &legend"), tr("Show the key to the map's symbols"));
    m_inspectorDock->setWindowTitle(tr("Camera"));
    m_inspectorDock->toggleViewAction()->setText(tr("Camera &inspector"));
    m_sourcesDock->setWindowTitle(tr("Sources"));
    m_sourcesDock->toggleViewAction()->setText(tr("S&ources"));
    m_toolBar->setWindowTitle(tr("Map layers"));
    m_toolBar->toggleViewAction()->setText(tr("&Layers toolbar"));
    if (auto *tools = findChild<QToolBar *>(kEditToolBar)) {
        tools->setWindowTitle(tr("Editing tools"));
        tools->toggleViewAction()->setText(tr("&Editing toolbar"));
    }

    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    set(m_welcomeAction, tr("&Welcome…"), tr("What Blindspot is and how to get data"));
    set(m_methodologyAction, tr("How the &estimates work"),
        tr("Every assumption behind the estimates, with its source"));
    set(m_aboutAction, tr("&About Blindspot"), tr("Licence, libraries and the map's sources"));
    showDatasetInfo();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslateUi();
    if (event->type() == QEvent::FontChange && m_liveRegion)
        scalePanelWidths();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // With a workspace unlocked, unsaved map edits go into it, encrypted, and are offered back
    // at the next unlock, as Lock does: no question when closing in a hurry, and nothing in
    // plain text on disk. Without one (or when that save fails) the usual question comes.
    if (!m_security->keepMapEditsForNextUnlock() && !maybeKeepChanges()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
    // Quit ends the program: no training window or presenter (with a photo) left running.
    SecurityController::closeOtherWindows(this);
}

void MainWindow::updateEditActions()
{
    const QUndoStack *undo = m_document->undoStack();
    m_undoAction->setEnabled(undo->canUndo());
    m_redoAction->setEnabled(undo->canRedo());
    const bool open = m_dataset != nullptr;
    for (QAction *action :
         {m_saveAction, m_saveAsAction, m_exportAction, m_checkTrackAction, m_addCameraAction,
          m_drawAreaAction})
        action->setEnabled(open);
    m_deleteCameraAction->setEnabled(open && m_inspector->camera().has_value());
    m_deleteAreaAction->setEnabled(open && !m_dataset->surveyAreas.empty());
    m_contextMenu->setEnabled(open);
    const QString context = open ? contextOf(*m_dataset) : QString();
    for (QAction *action : m_contextMenu->actions()) {
        const QString name = action->data().toString();
        action->setChecked(name == context);
        // The training city's priors are for the fictional city only, and a fictional city
        // is never Moscow.
        const bool fictional = open && m_dataset->header.fictional;
        action->setEnabled(open && !(name == QLatin1String("training") && !fictional) &&
                           !(name == QLatin1String("moscow") && fictional));
    }
}

void MainWindow::setSurveillanceContext(const QString &context)
{
    if (!m_dataset || contextOf(*m_dataset) == context) {
        updateEditActions();
        return;
    }
    Dataset changed = *m_dataset;
    changed.header.context = context;
    m_document->push(DatasetEditCommand::replaceDataset(*m_document, std::move(changed),
                                                        tr("Set the surveillance context")));
    updateEditActions();
}

bool MainWindow::maybeKeepChanges()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved edits"),
        tr("The map has edits that are not saved. Save them before going on?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        save();
        return !m_document->isModified();
    }
    return true;
}

std::optional<ParseError> MainWindow::savePackFile(const QString &path)
{
    if (!m_dataset)
        return std::nullopt;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<ParseError> error = writePackFile(*m_dataset, path);
    QApplication::restoreOverrideCursor();
    if (!error) {
        m_document->setSaved(path);
        statusBar()->showMessage(tr("Saved as %1.").arg(QFileInfo(path).fileName()), 5000);
    }
    return error;
}

void MainWindow::save()
{
    if (m_document->filePath().isEmpty()) {
        saveAs();
        return;
    }
    if (const auto error = savePackFile(m_document->filePath()))
        QMessageBox::warning(this, tr("Cannot save the map"), ErrorText::located(*error));
}

void MainWindow::saveAs()
{
    if (!m_dataset)
        return;
    const QString suggested = m_dataset->header.name.isEmpty()
                                  ? tr("map.bspack")
                                  : m_dataset->header.name + QStringLiteral(".bspack");
    const auto choice = PrivateFileDialog::saveFile(this, tr("Save map pack"),
                                                    {tr("Blindspot map packs (*.bspack)")},
                                                    {QStringLiteral("bspack")}, suggested);
    if (!choice)
        return;
    if (const auto error = savePackFile(choice->path))
        QMessageBox::warning(this, tr("Cannot save the map"), ErrorText::located(*error));
}

void MainWindow::chooseAndImport()
{
    // In the order of the filters below; the first and last let the content decide.
    const std::array<std::optional<FileFormat>, 10> formats{
        std::nullopt,    FileFormat::Osm, FileFormat::Pbf, FileFormat::Gtfs,   FileFormat::GeoJson,
        FileFormat::Csv, FileFormat::Kml, FileFormat::Gpx, FileFormat::Bspack, std::nullopt};
    const QStringList filters{
        tr("All files Blindspot reads (*.osm *.osm.gz *.osc *.pbf *.zip *.geojson *.json *.csv "
           "*.txt *.kml *.kmz *.gpx *.bspack)"),
        tr("OpenStreetMap XML (*.osm *.osm.gz *.osc)"),
        tr("OpenStreetMap PBF (*.pbf)"),
        tr("GTFS feeds (*.zip)"),
        tr("GeoJSON (*.geojson *.json)"),
        tr("CSV tables (*.csv *.txt)"),
        tr("KML or KMZ (*.kml *.kmz)"),
        tr("GPX waypoints (*.gpx)"),
        tr("Blindspot map packs (*.bspack)"),
        tr("All files (*)")};
    const auto choice = PrivateFileDialog::openFile(this, tr("Import"), filters);
    if (!choice)
        return;
    const std::size_t index = static_cast<std::size_t>(std::max(choice->filterIndex, 0));
    importFile(choice->path, index < formats.size() ? formats[index] : std::nullopt);
}

bool MainWindow::importFile(const QString &path, std::optional<FileFormat> format)
{
    Result<Dataset> read = ImportRunner::run(this, path, format);
    if (const auto *error = std::get_if<ParseError>(&read)) {
        if (error->code == ParseErrorCode::Cancelled)
            statusBar()->showMessage(tr("Import cancelled; nothing was changed."), 8000);
        else
            QMessageBox::warning(this, tr("Cannot import"), ErrorText::located(*error));
        return false;
    }
    Dataset incoming = std::get<Dataset>(std::move(read));
    // Who signed a map pack, and whether the merge may trust its source (issue 6).
    const std::optional<PackImportTrust> trust = m_security->checkPackImport(path, incoming);
    if (!trust) {
        statusBar()->showMessage(tr("Import cancelled; nothing was changed."), 8000);
        return false;
    }
    const Dataset nothing;
    ImportReviewDialog review(m_dataset ? *m_dataset : nothing, incoming, path, this);
    review.setTrustsSource(trust->trustworthy);
    review.setPreviewMap(m_dataset);
    if (review.exec() != QDialog::Accepted) {
        statusBar()->showMessage(tr("Import cancelled; nothing was changed."), 8000);
        return false;
    }
    Dataset merged = review.mergedDataset();
    // Say what changed, not only the new counts: the status bar keeps it for a while.
    const QString summary = review.appliedSummary();
    if (!m_dataset) {
        setDataset(std::make_shared<const Dataset>(std::move(merged)));
        m_security->packImported(*trust);
        statusBar()->showMessage(summary, 15000);
        return true;
    }
    // One step: the whole import applies, or (undone) none of it.
    const bool applied = m_document->push(
        DatasetEditCommand::replaceDataset(*m_document, std::move(merged), tr("Import")));
    if (applied) {
        m_security->packImported(*trust);
        statusBar()->showMessage(summary + QLatin1Char(' ') +
                                     tr("Edit > Undo takes the whole import back."),
                                 15000);
    }
    return applied;
}

void MainWindow::chooseAndCheckTrack()
{
    if (!m_dataset)
        return;
    const auto choice = PrivateFileDialog::openFile(
        this, tr("Check a recorded walk"),
        {tr("Recorded walks: GPX or GeoJSON (*.gpx *.geojson *.json)"), tr("All files (*)")});
    if (!choice)
        return;
    checkTrack(choice->path);
}

bool MainWindow::checkTrack(const QString &path)
{
    if (!m_dataset)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<Track> read = readTrack(path);
    QApplication::restoreOverrideCursor();
    if (const auto *error = std::get_if<ParseError>(&read)) {
        QMessageBox::warning(
            this, tr("Cannot check this walk"),
            tr("Blindspot could not read a walk from this file. It needs a GPX track or route, "
               "or a GeoJSON LineString, with at least two points. Nothing was changed.\n\n%1")
                .arg(ErrorText::located(*error)));
        return false;
    }
    if (const std::optional<QString> problem = m_planner->showTrack(std::get<Track>(read).points)) {
        QMessageBox::warning(this, tr("Cannot check this walk"),
                             tr("%1\n\nNothing was changed.").arg(*problem));
        return false;
    }
    m_planner->show(); // its note says what is shown
    return true;
}

void MainWindow::chooseAndExport()
{
    if (!m_dataset)
        return;
    const std::array<FileFormat, 5> formats{FileFormat::GeoJson, FileFormat::Csv, FileFormat::Kml,
                                            FileFormat::Osm, FileFormat::Bspack};
    const QStringList filters{tr("GeoJSON (*.geojson)"), tr("CSV table (*.csv)"), tr("KML (*.kml)"),
                              tr("OpenStreetMap XML (*.osm)"), tr("Blindspot map pack (*.bspack)")};
    const QStringList suffixes{QStringLiteral("geojson"), QStringLiteral("csv"),
                               QStringLiteral("kml"), QStringLiteral("osm"),
                               QStringLiteral("bspack")};
    // The suffix follows the format chosen in the dialog.
    const auto choice =
        PrivateFileDialog::saveFile(this, tr("Export"), filters, suffixes, tr("cameras"));
    if (!choice)
        return;
    const auto index = static_cast<std::size_t>(std::max(choice->filterIndex, 0));
    if (const auto error = exportFile(choice->path, formats[std::min(index, formats.size() - 1)]))
        QMessageBox::warning(this, tr("Cannot export"), ErrorText::located(*error));
}

std::optional<ParseError> MainWindow::exportFile(const QString &path, FileFormat format)
{
    if (!m_dataset)
        return std::nullopt;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<ParseError> error = format == FileFormat::Bspack
                                          ? writePackFile(*m_dataset, path)
                                          : writeCameraExport(*m_dataset, format, path);
    QApplication::restoreOverrideCursor();
    if (!error)
        statusBar()->showMessage(tr("Exported to %1.").arg(QFileInfo(path).fileName()), 5000);
    return error;
}

void MainWindow::onDocumentChanged(const DatasetChange &change)
{
    const std::size_t cameras = m_dataset ? m_dataset->cameras.size() : 0;
    // Cameras after an inserted or removed one changed their ids: the selection follows its
    // camera.
    const auto follow = [&](std::optional<CameraId> shown) -> std::optional<CameraId> {
        if (!shown)
            return shown;
        const std::uint32_t i = indexOf(*shown), at = indexOf(change.camera);
        switch (change.kind) {
        case DatasetChange::Kind::CameraRemoved:
            if (i == at)
                return std::nullopt;
            return i > at ? std::optional(CameraId{i - 1}) : shown;
        case DatasetChange::Kind::CameraAdded:
            // An insertion before the end (an undone deletion) moves the later ones up.
            return i >= at && at + 1 < cameras ? std::optional(CameraId{i + 1}) : shown;
        case DatasetChange::Kind::Everything:
            return std::nullopt;
        default:
            return shown;
        }
    };
    const std::optional<CameraId> inspected = follow(m_inspector->camera());
    const std::optional<CameraId> selected = follow(m_mapView->selectedCamera());

    m_mapView->refreshDataset();
    switch (change.kind) {
    case DatasetChange::Kind::CameraAdded:
    case DatasetChange::Kind::CameraChanged:
        m_mapView->cameraEdited(change.camera, change.before);
        break;
    case DatasetChange::Kind::CameraRemoved:
        // One past the last camera: the heatmap takes the old coverage away and adds nothing.
        m_mapView->cameraEdited(static_cast<CameraId>(cameras), change.before);
        break;
    case DatasetChange::Kind::SurveyAreas:
    case DatasetChange::Kind::Everything:
        m_mapView->surveyAreasEdited();
        break;
    case DatasetChange::Kind::Sources:
        break;
    }
    m_mapView->setSelectedCamera(selected);
    m_inspector->showCamera(m_dataset, inspected);
    m_sources->setDataset(m_dataset);
    showDatasetInfo();
    updateEditActions();
    // Whatever was computed from the old data (planned routes) is out of date.
    emit datasetEdited();
}

void MainWindow::listNearbyCameras()
{
    if (!m_dataset)
        return;
    // Where the keyboard's cross is in picking modes: the middle of what the legend leaves free.
    const LatLon middle = m_mapView->positionAt(m_mapView->keyboardCursor());
    NearbyCamerasDialog dialog(*m_dataset, middle, m_language, this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosenCamera()) {
        // Close enough to tell it from its neighbours (street zoom).
        constexpr double kStreetPixelsPerMetre = 1.0;
        m_mapView->showPosition(m_dataset->camera(*dialog.chosenCamera()).position,
                                kStreetPixelsPerMetre);
        showCamera(dialog.chosenCamera());
    }
}

void MainWindow::showCamera(std::optional<CameraId> camera)
{
    m_mapView->setSelectedCamera(camera);
    m_inspector->showCamera(m_dataset, camera);
    if (camera)
        m_inspectorDock->show();
    updateEditActions();
}

bool MainWindow::addCameraAt(LatLon position)
{
    if (!m_dataset || !position.isValid())
        return false;
    Camera camera;
    camera.position = position;
    const bool added =
        m_document->push(DatasetEditCommand::addCamera(*m_document, std::move(camera)));
    if (added) {
        showCamera(static_cast<CameraId>(m_dataset->cameras.size() - 1));
        statusBar()->showMessage(tr("Camera added. Describe it in the inspector: its kind and "
                                    "whether it feeds face recognition."),
                                 8000);
    }
    return added;
}

bool MainWindow::moveCamera(CameraId camera, LatLon to)
{
    if (!m_dataset || indexOf(camera) >= m_dataset->cameras.size() || !to.isValid())
        return false;
    return m_document->push(DatasetEditCommand::moveCamera(*m_document, camera, to));
}

bool MainWindow::changeCamera(CameraId camera, const Camera &after)
{
    if (!m_dataset || indexOf(camera) >= m_dataset->cameras.size())
        return false;
    return m_document->push(
        DatasetEditCommand::changeCamera(*m_document, camera, after, tr("Edit camera")));
}

bool MainWindow::deleteCamera(CameraId camera)
{
    if (!m_dataset || indexOf(camera) >= m_dataset->cameras.size())
        return false;
    return m_document->push(DatasetEditCommand::deleteCamera(*m_document, camera));
}

bool MainWindow::addSurveyArea(const std::vector<LatLon> &corners, SurveyArea details)
{
    if (!m_dataset || corners.size() < 3)
        return false;
    details.polygon = corners;
    return m_document->push(DatasetEditCommand::addSurveyArea(*m_document, std::move(details)));
}

bool MainWindow::deleteSurveyArea(SurveyAreaId area)
{
    if (!m_dataset || indexOf(area) >= m_dataset->surveyAreas.size())
        return false;
    return m_document->push(DatasetEditCommand::deleteSurveyArea(*m_document, area));
}

void MainWindow::onSurveyAreaDrawn(const std::vector<LatLon> &corners)
{
    SurveyAreaDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        addSurveyArea(corners, dialog.area());
}

void MainWindow::chooseSurveyAreaToDelete()
{
    if (!m_dataset || m_dataset->surveyAreas.empty())
        return;
    QStringList names;
    for (const SurveyArea &area : m_dataset->surveyAreas)
        names << tr("%1 (surveyed %2)")
                     .arg(area.name.isEmpty() ? tr("Area %1").arg(indexOf(area.id) + 1) : area.name,
                          ModelText::date(area.surveyed));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Delete survey area"), tr("Survey area to delete:"), names, 0, false, &ok);
    if (ok && names.contains(chosen))
        deleteSurveyArea(static_cast<SurveyAreaId>(names.indexOf(chosen)));
}

bool MainWindow::showMapTooltip(const QPoint &position, const QPoint &globalPosition)
{
    if (!m_dataset)
        return false;
    // Stations are drawn above single camera symbols, so they answer first.
    QString text;
    if (const std::optional<StationId> station = m_mapView->stationAt(position)) {
        text = ModelText::stationTooltip(*m_dataset, *station, m_language);
    } else if (const std::optional<CameraId> camera = m_mapView->cameraAt(position)) {
        const Camera &c = m_dataset->camera(*camera);
        text = tr("%1<br>%2<br><i>Click to see its sources and edit it.</i>")
                   .arg(ModelText::cameraKind(c.kind), ModelText::frStatus(c.frStatus));
    }
    if (text.isEmpty())
        return false;
    QToolTip::showText(globalPosition, text, m_mapView);
    return true;
}

bool MainWindow::setLanguage(const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    const bool loaded = installTranslations(language);
    m_language = loaded ? language : QStringLiteral("en");
    if (!loaded)
        installTranslations(m_language);
    // QApplication posts LanguageChange to every window; deliver it now, so that every widget
    // speaks the new language when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    m_mapView->setNameLanguage(m_language);
    m_inspector->setNameLanguage(m_language);
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_language);
    AppSettings::setLanguage(m_language);
    // Texts built from the dataset (counts, dates) follow the new locale as well.
    m_sources->setDataset(m_dataset);
    retranslateUi();
    // The tools' words changed width with the language: one row of tool bars or two.
    fitToolBarRows(*this);
    if (!loaded)
        statusBar()->showMessage(tr("That translation could not be loaded; Blindspot stays in "
                                    "English."),
                                 8000);
    return loaded;
}

void MainWindow::restoreSettings()
{
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    if (const std::optional<QStringList> layers = AppSettings::visibleLayers())
        m_mapView->layers().setVisibleNames(*layers);
}

void MainWindow::saveSettings() const
{
    AppSettings::setWindow(saveGeometry(), saveState());
    AppSettings::setVisibleLayers(m_mapView->layers().visibleNames());
}

void MainWindow::showWelcome()
{
    WelcomeDialog dialog(this);
    connect(&dialog, &WelcomeDialog::methodologyRequested, this, &MainWindow::showMethodology);
    dialog.exec();
    switch (dialog.choice()) {
    case WelcomeDialog::Choice::TrainingCity:
        if (maybeKeepChanges())
            openTrainingCity();
        break;
    case WelcomeDialog::Choice::OpenPack:
        chooseAndOpenPackFile();
        break;
    case WelcomeDialog::Choice::ImportData:
        chooseAndImport();
        break;
    case WelcomeDialog::Choice::Nothing:
        break;
    }
}

void MainWindow::showMethodology()
{
    auto *dialog = new MethodologyDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace blindspot
