#include "gui/shell/main_window.h"

#include "common/translations.h"
#include "gui/editing/camera_inspector.h"
#include "gui/editing/dataset_document.h"
#include "gui/editing/editing_controller.h"
#include "gui/editing/sources_panel.h"
#include "gui/map/map_layers.h"
#include "gui/map/map_legend.h"
#include "gui/map/map_view.h"
#include "gui/map/nearby_cameras_dialog.h"
#include "gui/planner/planner_panel.h"
#include "gui/planner/route_cards.h"
#include "gui/planner/route_details.h"
#include "gui/security/lock_controller.h"
#include "gui/security/photo_evidence_controller.h"
#include "gui/security/recent_files_controller.h"
#include "gui/security/security_controller.h"
#include "gui/security/stored_map_edits.h"
#include "gui/security/unlock_screen.h"
#include "gui/shell/about_box.h"
#include "gui/shell/accessibility.h"
#include "gui/shell/app_settings.h"
#include "gui/shell/file_controller.h"
#include "gui/shell/fitting_label.h"
#include "gui/shell/live_region.h"
#include "gui/shell/main_menus.h"
#include "gui/shell/methodology_dialog.h"
#include "gui/shell/model_text.h"
#include "gui/shell/welcome_dialog.h"
#include "gui/training/training_menu.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QEvent>
#include <QFontMetricsF>
#include <QGridLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QToolBar>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtMath>

namespace blindspot {

namespace {

// The side panels' least widths, in average characters of the window's font (scalePanelWidths).
constexpr int kPlannerPanelCharacters = 64;
constexpr int kDetailsPanelCharacters = 59;
// Space between the map's edge and the legend floating over it.
constexpr int kOverlayMargin = 12;

} // namespace

MainWindow::MainWindow(const QString &language, QWidget *parent)
    : QMainWindow(parent), m_language(language), m_document(new DatasetDocument(this))
{
    QWidget *mapArea = createMapArea();

    m_counts = new FittingLabel(this);
    m_counts->setObjectName(QStringLiteral("datasetCounts"));
    statusBar()->addWidget(m_counts, 1);
    m_offline = new FittingLabel(this);
    m_offline->setObjectName(QStringLiteral("offlineIndicator"));
    statusBar()->addPermanentWidget(m_offline);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });

    createDocks();
    setupPlanner();
    setupSecurity(mapArea);
    setupMenus();
    // Resizes re-arrange the tool bars (MainMenus::fitToolBarRows) from eventFilter().
    installEventFilter(this);
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

QWidget *MainWindow::createMapArea()
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
    m_mapView->setNameLanguage(m_language);
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
    connect(&m_mapView->layers(), &MapLayers::visibilityChanged, this,
            [this](MapLayer layer, bool visible) {
                if (layer == MapLayer::Heatmap)
                    m_legend->setHeatmapShown(visible);
            });
    m_mapView->installEventFilter(this);
    column->addWidget(mapArea, 1);
    return central;
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

    m_sources = new SourcesPanel(this);
    m_sourcesDock = new QDockWidget(this);
    m_sourcesDock->setObjectName(QStringLiteral("sourcesDock"));
    m_sourcesDock->setWidget(m_sources);
    addDockWidget(Qt::BottomDockWidgetArea, m_sourcesDock);
    m_sourcesDock->hide();

    // The map and the inspector edit through the controller, which keeps both in step.
    m_editing = new EditingController(*m_document, *m_mapView, *m_inspector, this);
    connect(m_inspector, &CameraInspector::applyRequested, m_editing,
            &EditingController::changeCamera);
    connect(m_inspector, &CameraInspector::deleteRequested, m_editing,
            &EditingController::deleteCamera);
    connect(m_mapView, &MapView::cameraClicked, m_editing,
            [this](CameraId camera) { m_editing->showCamera(camera); });
    connect(m_mapView, &MapView::emptyPlaceClicked, m_editing,
            [this] { m_editing->showCamera(std::nullopt); });
    connect(m_mapView, &MapView::cameraDragged, m_editing, &EditingController::moveCamera);
    connect(m_mapView, &MapView::addCameraRequested, m_editing, &EditingController::addCameraAt);
    connect(m_mapView, &MapView::surveyAreaDrawn, m_editing,
            &EditingController::describeAndAddSurveyArea);
    connect(m_editing, &EditingController::cameraShown, this,
            [this](std::optional<CameraId> camera) {
                if (camera)
                    showInspectorDock();
                m_menus->updateActions();
            });
    connect(m_editing, &EditingController::edited, this, &MainWindow::onEdited);
    connect(m_editing, &EditingController::statusMessage, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::showInspectorDock()
{
    const bool wasHidden = m_inspectorDock->isHidden();
    m_inspectorDock->show();
    // Shown second above the route details, the inspector would get the strip Qt leaves it:
    // about 70 pixels on a laptop's 800. It takes the larger share of the right side instead.
    QDockWidget *details = m_planner->detailsDock();
    if (!wasHidden || !details->isVisible() || details->isFloating() ||
        m_inspectorDock->isFloating() ||
        dockWidgetArea(details) != dockWidgetArea(m_inspectorDock))
        return;
    const int height = m_inspectorDock->height() + details->height();
    resizeDocks({m_inspectorDock, details}, {height * 3 / 5, height - height * 3 / 5},
                Qt::Vertical);
}

void MainWindow::setupPlanner()
{
    m_planner = new PlannerPanel(m_mapView, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_planner);
    QDockWidget *details = m_planner->detailsDock();
    addDockWidget(Qt::RightDockWidgetArea, details);
    details->hide(); // the planner shows it with the first route chosen
    connect(m_planner, &PlannerPanel::methodologyRequested, this, &MainWindow::showMethodology);
    connect(this, &MainWindow::datasetEdited, m_planner, &PlannerPanel::datasetEdited);
}

void MainWindow::setupSecurity(QWidget *mapArea)
{
    m_security = new SecurityController(
        SecurityController::Window{
            .window = *this,
            .mapArea = mapArea,
            .planner = *m_planner,
            .editing = *m_editing,
            .showDataset = [this](std::shared_ptr<const Dataset> d) { setDataset(std::move(d)); },
            .language = [this] { return m_language; },
            .focusMap = [this] { m_mapView->setFocus(); },
        },
        this);
    // The unlock screen and the map share the central area; only one is ever shown.
    setCentralWidget(m_security->lock()->centralArea());
    addDockWidget(Qt::RightDockWidgetArea, m_security->notesDock());
    m_security->notesDock()->hide();
    statusBar()->addPermanentWidget(m_security->indicator());
    connect(m_security->lock()->unlockScreen(), &UnlockScreen::languageRequested, this,
            &MainWindow::setLanguage);
    connect(m_security, &SecurityController::statusMessage, statusBar(),
            &QStatusBar::showMessage);
    connect(m_inspector, &CameraInspector::attachPhotoRequested, m_security->photos(),
            &PhotoEvidenceController::attachPhoto);

    m_files = new FileController(FileController::Targets{
                                     .window = this,
                                     .editing = *m_editing,
                                     .showDataset =
                                         [this](std::shared_ptr<const Dataset> d) {
                                             setDataset(std::move(d));
                                         },
                                     .packImport = *m_security->packImport(),
                                     .recentFiles = *m_security->recentFiles(),
                                     .planner = *m_planner,
                                 },
                                 this);
    connect(m_files, &FileController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_security->recentFiles(), &RecentFilesController::recentFileChosen, m_files,
            &FileController::askAndOpenPackFile);
}

void MainWindow::setupMenus()
{
    m_menus = new MainMenus(*this, *m_mapView, *m_editing, *m_files, *m_inspectorDock,
                            *m_sourcesDock, m_language);
    connect(m_menus, &MainMenus::languageChosen, this, &MainWindow::setLanguage);
    connect(m_menus, &MainMenus::nearbyCamerasRequested, this, &MainWindow::listNearbyCameras);
    connect(m_menus, &MainMenus::welcomeRequested, this, &MainWindow::showWelcome);
    connect(m_menus, &MainMenus::methodologyRequested, this, &MainWindow::showMethodology);
    connect(m_menus, &MainMenus::aboutRequested, this,
            [this] { AboutBox::show(this, m_dataset.get()); });
    connect(m_menus, &MainMenus::legendToggled, this, &MainWindow::updateLegendVisibility);
    // Plan, Training (for NGO trainers, issue 7) and Security, in that order before Help.
    m_menus->insertBeforeHelp(m_planner->menu());
    m_menus->insertBeforeHelp(new TrainingMenu(m_language, this));
    m_menus->insertBeforeHelp(m_security->menu());
    m_menus->fileMenu()->insertMenu(m_menus->trainingCityAction(),
                                    m_security->recentFiles()->menu());
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
    if (watched == this && type == QEvent::Resize && m_menus)
        m_menus->fitToolBarRows();
    // The bars come back after the unlock screen through restoreState(), which shows them
    // before they are back in the layout and resizes nothing: fit them once it is done.
    if (qobject_cast<QToolBar *>(watched) && type == QEvent::Show && m_menus)
        QMetaObject::invokeMethod(this, [this] { m_menus->fitToolBarRows(); },
                                  Qt::QueuedConnection);
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
    m_legend->setVisible(m_dataset && (!m_menus || m_menus->legendWanted()));
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

void MainWindow::onEdited()
{
    m_sources->setDataset(m_dataset);
    showDatasetInfo();
    m_menus->updateActions();
    // Whatever was computed from the old data (planned routes) is out of date.
    emit datasetEdited();
}

void MainWindow::showDatasetInfo()
{
    updateLegendVisibility();
    if (m_menus)
        m_menus->updateActions();
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
        m_mapView->showPosition(m_dataset->cameraWithId(*dialog.chosenCamera())->position,
                                kStreetPixelsPerMetre);
        m_editing->showCamera(dialog.chosenCamera());
    }
}

bool MainWindow::showMapTooltip(const QPoint &position, const QPoint &globalPosition)
{
    if (!m_dataset)
        return false;
    // Stations are drawn above single camera symbols, so they answer first.
    QString text;
    if (const std::optional<StationId> station = m_mapView->stationAt(position)) {
        text = ModelText::stationTooltip(*m_dataset, *station, m_language);
    } else if (const Camera *camera = m_dataset->cameraWithId(
                   m_mapView->cameraAt(position).value_or(kNoId<CameraId>))) {
        const Camera &c = *camera;
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
    m_menus->setLanguageChecked(m_language);
    AppSettings::setLanguage(m_language);
    // Texts built from the dataset (counts, dates) follow the new locale as well.
    m_sources->setDataset(m_dataset);
    retranslateUi();
    // The tools' words changed width with the language: one row of tool bars or two.
    m_menus->fitToolBarRows();
    if (!loaded)
        statusBar()->showMessage(tr("That translation could not be loaded; Blindspot stays in "
                                    "English."),
                                 8000);
    return loaded;
}

void MainWindow::retranslateUi()
{
    m_fictionalBanner->setText(
        tr("<b>Fictional training city.</b> This is not a real place: its stations and cameras "
           "are invented for practice. Do not use this map to plan a real trip."));
    m_offline->setTexts({tr("Offline: this app never uses the network"), tr("Offline")});
    m_offline->setToolTip(tr("Blindspot opens no network connection. Map data arrives only "
                             "through files you choose."));
    m_menus->retranslateUi();
    showDatasetInfo();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_menus)
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
    if (!m_security->mapEdits()->keepMapEditsForNextUnlock() && !m_files->maybeKeepChanges()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
    // Quit ends the program: no training window or presenter (with a photo) left running.
    LockController::closeOtherWindows(this);
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
        m_files->askAndOpenTrainingCity();
        break;
    case WelcomeDialog::Choice::OpenPack:
        m_files->chooseAndOpenPackFile();
        break;
    case WelcomeDialog::Choice::ImportData:
        m_files->chooseAndImport();
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
