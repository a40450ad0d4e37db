#include "gui/shell/main_menus.h"

#include "common/translations.h"
#include "core/exposure/model_parameters.h"
#include "gui/editing/dataset_document.h"
#include "gui/editing/editing_controller.h"
#include "gui/map/map_layers.h"
#include "gui/map/map_view.h"
#include "gui/shell/file_controller.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace blindspot {

namespace {

void setTexts(QAction *action, const QString &text, const QString &tip)
{
    action->setText(text);
    action->setToolTip(tip);
    action->setStatusTip(tip);
}

} // namespace

MainMenus::MainMenus(QMainWindow &window, MapView &map, EditingController &editing,
                     FileController &files, QDockWidget &inspectorDock,
                     QDockWidget &sourcesDock, const QString &language)
    : QObject(&window), m_window(window), m_map(map), m_editing(editing), m_files(files),
      m_inspectorDock(&inspectorDock), m_sourcesDock(&sourcesDock)
{
    // Texts, tooltips and menu titles are set in retranslateUi(), in the current language.
    createFileMenu();
    createEditMenu();
    createViewMenu(inspectorDock, sourcesDock);
    createLanguageAndHelpMenus(language);
    createToolBars();
    updateActions();
}

void MainMenus::createFileMenu()
{
    m_fileMenu = m_window.menuBar()->addMenu(QString());
    m_openAction =
        m_fileMenu->addAction(QString(), &m_files, &FileController::chooseAndOpenPackFile);
    m_openAction->setShortcut(QKeySequence::Open);
    m_trainingCityAction =
        m_fileMenu->addAction(QString(), &m_files, &FileController::askAndOpenTrainingCity);
    m_fileMenu->addSeparator();
    m_saveAction = m_fileMenu->addAction(QString(), &m_files, &FileController::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction = m_fileMenu->addAction(QString(), &m_files, &FileController::saveAs);
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString(), &m_files, &FileController::chooseAndImport);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction = m_fileMenu->addAction(QString(), &m_files, &FileController::chooseAndExport);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_fileMenu->addSeparator();
    m_checkTrackAction =
        m_fileMenu->addAction(QString(), &m_files, &FileController::chooseAndCheckTrack);
    m_checkTrackAction->setObjectName(QStringLiteral("checkTrackAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), &m_window, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
}

void MainMenus::createEditMenu()
{
    m_editMenu = m_window.menuBar()->addMenu(QString());
    QUndoStack *undo = m_editing.document().undoStack();
    m_undoAction = m_editMenu->addAction(QString(), undo, &QUndoStack::undo);
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction = m_editMenu->addAction(QString(), undo, &QUndoStack::redo);
    m_redoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    connect(undo, &QUndoStack::undoTextChanged, this, &MainMenus::retranslateEditMenu);
    connect(undo, &QUndoStack::redoTextChanged, this, &MainMenus::retranslateEditMenu);
    connect(undo, &QUndoStack::canUndoChanged, this, &MainMenus::updateActions);
    connect(undo, &QUndoStack::canRedoChanged, this, &MainMenus::updateActions);
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
            m_map.setTool(MapView::Tool::AddCamera);
        else if (m_map.tool() == MapView::Tool::AddCamera)
            m_map.setTool(MapView::Tool::Browse);
    });
    connect(m_drawAreaAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_map.setTool(MapView::Tool::DrawSurveyArea);
        else if (m_map.tool() == MapView::Tool::DrawSurveyArea)
            m_map.setTool(MapView::Tool::Browse);
    });
    connect(&m_map, &MapView::toolChanged, this, [this](MapView::Tool tool) {
        const QSignalBlocker a(m_addCameraAction), b(m_drawAreaAction);
        m_addCameraAction->setChecked(tool == MapView::Tool::AddCamera);
        m_drawAreaAction->setChecked(tool == MapView::Tool::DrawSurveyArea);
        switch (tool) {
        case MapView::Tool::AddCamera:
            m_window.statusBar()->showMessage(
                tr("Click on the map where a camera is; Escape to stop."));
            break;
        case MapView::Tool::DrawSurveyArea:
            m_window.statusBar()->showMessage(
                tr("Click the corners of the surveyed area; double-click or Enter to finish, "
                   "Backspace to undo a corner, Escape to stop."));
            break;
        case MapView::Tool::Browse:
            m_window.statusBar()->clearMessage();
            break;
        }
    });
    m_editMenu->addSeparator();
    m_deleteCameraAction = m_editMenu->addAction(QString(), &m_editing,
                                                 &EditingController::deleteInspectedCamera);
    m_deleteCameraAction->setShortcut(QKeySequence::Delete);
    m_deleteAreaAction = m_editMenu->addAction(QString(), &m_editing,
                                               &EditingController::chooseSurveyAreaToDelete);
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
        connect(action, &QAction::triggered, this, [this, name] {
            m_editing.setSurveillanceContext(name);
            // Ticks the context in force again when nothing changed.
            updateActions();
        });
    }
}

void MainMenus::createViewMenu(QDockWidget &inspectorDock, QDockWidget &sourcesDock)
{
    m_viewMenu = m_window.menuBar()->addMenu(QString());
    m_fitAction = m_viewMenu->addAction(QString(), &m_map, &MapView::fitToData);
    m_fitAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_0), QKeySequence(Qt::Key_0)});
    m_zoomInAction = m_viewMenu->addAction(QString(), &m_map, &MapView::zoomIn);
    m_zoomInAction->setShortcuts({QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::Key_Plus),
                                  QKeySequence(Qt::Key_Equal)});
    m_zoomOutAction = m_viewMenu->addAction(QString(), &m_map, &MapView::zoomOut);
    m_zoomOutAction->setShortcuts(
        {QKeySequence(QKeySequence::ZoomOut), QKeySequence(Qt::Key_Minus)});
    m_viewMenu->addSeparator();
    // The same actions as the layer toolbar: MapLayers owns their state.
    for (MapLayer layer : MapLayers::kAll)
        m_viewMenu->addAction(m_map.layers().action(layer));
    // The map's cameras in words, for someone who cannot see them (issue 17).
    m_nearbyAction =
        m_viewMenu->addAction(QString(), this, &MainMenus::nearbyCamerasRequested);
    m_nearbyAction->setObjectName(QStringLiteral("nearbyCamerasAction"));
    m_nearbyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_viewMenu->addSeparator();
    m_showLegend = m_viewMenu->addAction(QString());
    m_showLegend->setCheckable(true);
    m_showLegend->setChecked(true);
    connect(m_showLegend, &QAction::toggled, this, &MainMenus::legendToggled);
    m_viewMenu->addAction(inspectorDock.toggleViewAction());
    inspectorDock.toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_viewMenu->addAction(sourcesDock.toggleViewAction());
}

void MainMenus::createLanguageAndHelpMenus(const QString &language)
{
    m_languageMenu = m_window.menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    // Each language is named in itself, so that someone who cannot read the current one still
    // finds theirs.
    for (const QString &code : availableLanguages()) {
        QAction *action = m_languageMenu->addAction(languageNativeName(code));
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == language);
        action->setObjectName(QStringLiteral("language_") + code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { emit languageChosen(code); });
    }

    m_helpMenu = m_window.menuBar()->addMenu(QString());
    m_welcomeAction = m_helpMenu->addAction(QString(), this, &MainMenus::welcomeRequested);
    m_methodologyAction =
        m_helpMenu->addAction(QString(), this, &MainMenus::methodologyRequested);
    m_methodologyAction->setShortcut(QKeySequence::HelpContents);
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainMenus::aboutRequested);
}

void MainMenus::createToolBars()
{
    m_toolBar = m_window.addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mapToolBar"));
    m_toolBar->installEventFilter(&m_window); // fitted when shown (MainWindow::eventFilter())
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (MapLayer layer : MapLayers::kAll)
        m_toolBar->addAction(m_map.layers().action(layer));
    m_viewMenu->addAction(m_toolBar->toggleViewAction());
    // The editing tools on a bar of their own, which moves to a second row when the two do not
    // fit side by side (fitToolBarRows).
    m_editToolBar = m_window.addToolBar(QString());
    m_editToolBar->setObjectName(QStringLiteral("editToolBar"));
    m_editToolBar->installEventFilter(&m_window); // fitted when shown
    m_editToolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_editToolBar->addAction(m_addCameraAction);
    m_editToolBar->addAction(m_drawAreaAction);
    m_viewMenu->addAction(m_editToolBar->toggleViewAction());
}

void MainMenus::insertBeforeHelp(QMenu *menu)
{
    m_window.menuBar()->insertMenu(m_helpMenu->menuAction(), menu);
}

bool MainMenus::legendWanted() const
{
    return m_showLegend->isChecked();
}

void MainMenus::setLanguageChecked(const QString &language)
{
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);
}

void MainMenus::fitToolBarRows()
{
    QToolBar *layers = m_toolBar;
    QToolBar *tools = m_editToolBar;
    // Only the arrangement the program makes: bars the user moved stay where they are.
    if (layers->isHidden() || tools->isHidden() ||
        m_window.toolBarArea(layers) != Qt::TopToolBarArea ||
        m_window.toolBarArea(tools) != Qt::TopToolBarArea)
        return;
    const bool fits = layers->sizeHint().width() + tools->sizeHint().width() <= m_window.width();
    if (fits && m_window.toolBarBreak(tools))
        m_window.removeToolBarBreak(tools);
    else if (!fits && !m_window.toolBarBreak(tools))
        m_window.insertToolBarBreak(tools);
}

void MainMenus::updateActions()
{
    const QUndoStack *undo = m_editing.document().undoStack();
    m_undoAction->setEnabled(undo->canUndo());
    m_redoAction->setEnabled(undo->canRedo());
    const std::shared_ptr<const Dataset> dataset = m_editing.dataset();
    const bool open = dataset != nullptr;
    for (QAction *action :
         {m_saveAction, m_saveAsAction, m_exportAction, m_checkTrackAction, m_addCameraAction,
          m_drawAreaAction})
        action->setEnabled(open);
    m_deleteCameraAction->setEnabled(open && m_editing.inspectedCamera().has_value());
    m_deleteAreaAction->setEnabled(open && !dataset->surveyAreas.empty());
    m_contextMenu->setEnabled(open);
    const QString context = open ? contextOf(*dataset) : QString();
    for (QAction *action : m_contextMenu->actions()) {
        const QString name = action->data().toString();
        action->setChecked(name == context);
        // The training city's priors are for the fictional city only, and a fictional city
        // is never Moscow.
        const bool fictional = open && dataset->header.fictional;
        action->setEnabled(open && !(name == QLatin1String("training") && !fictional) &&
                           !(name == QLatin1String("moscow") && fictional));
    }
}

void MainMenus::retranslateEditMenu()
{
    const QUndoStack *undo = m_editing.document().undoStack();
    setTexts(m_undoAction, undo->canUndo() ? tr("&Undo %1").arg(undo->undoText()) : tr("&Undo"),
             tr("Take back the last edit"));
    setTexts(m_redoAction, undo->canRedo() ? tr("&Redo %1").arg(undo->redoText()) : tr("&Redo"),
             tr("Make the edit taken back again"));
}

void MainMenus::retranslateUi()
{
    const auto set = setTexts;
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
    retranslateEditMenu();
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
    m_editToolBar->setWindowTitle(tr("Editing tools"));
    m_editToolBar->toggleViewAction()->setText(tr("&Editing toolbar"));

    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    set(m_welcomeAction, tr("&Welcome…"), tr("What Blindspot is and how to get data"));
    set(m_methodologyAction, tr("How the &estimates work"),
        tr("Every assumption behind the estimates, with its source"));
    set(m_aboutAction, tr("&About Blindspot"), tr("Licence, libraries and the map's sources"));
}

} // namespace blindspot
