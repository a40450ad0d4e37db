#pragma once

#include <QObject>
#include <QString>

class QAction;
class QActionGroup;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;

namespace blindspot {

class EditingController;
class FileController;
class MapView;

/// The main window's menus and tool bars: builds them, names them in the current language,
/// and enables what applies to the map shown. File and Edit actions go straight to the
/// FileController and EditingController, View actions to the map; what only the window can do
/// (language, About, the legend) it asks for through signals.
class MainMenus : public QObject {
    Q_OBJECT
public:
    /// Adds File, Edit, View, Language and Help to `window`'s menu bar, and the layers' and
    /// editing tools' bars. `inspectorDock` and `sourcesDock` are toggled from View.
    MainMenus(QMainWindow &window, MapView &map, EditingController &editing,
              FileController &files, QDockWidget &inspectorDock, QDockWidget &sourcesDock,
              const QString &language);

    QMenu *fileMenu() const { return m_fileMenu; }
    /// File > Open training city, which File > Open recent goes before.
    QAction *trainingCityAction() const { return m_trainingCityAction; }
    /// Puts `menu` before Help, which stays last.
    void insertBeforeHelp(QMenu *menu);
    /// Whether View > Show legend is on.
    bool legendWanted() const;
    /// Ticks `language` in the Language menu.
    void setLanguageChecked(const QString &language);

    /// Texts, tooltips and titles in the current language.
    void retranslateUi();
    /// Enables what applies to the map shown (none, or with a camera in the inspector).
    void updateActions();
    /// A tool bar too short for its tools hides the last ones behind a "»" button, and in
    /// Russian the layers and the editing tools together are wider than a 1366-pixel screen:
    /// the tools go to a second row then, and back beside the layers when the window is wide
    /// enough again.
    void fitToolBarRows();

signals:
    void languageChosen(const QString &language);
    void nearbyCamerasRequested();
    void welcomeRequested();
    void methodologyRequested();
    void aboutRequested();
    void legendToggled(bool shown);

private:
    void createFileMenu();
    void createEditMenu();
    void createViewMenu(QDockWidget &inspectorDock, QDockWidget &sourcesDock);
    void createLanguageAndHelpMenus(const QString &language);
    void createToolBars();
    void retranslateEditMenu();

    QMainWindow &m_window;
    MapView &m_map;
    EditingController &m_editing;
    FileController &m_files;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_trainingCityAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_checkTrackAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addCameraAction = nullptr;
    QAction *m_drawAreaAction = nullptr;
    QAction *m_deleteCameraAction = nullptr;
    QAction *m_deleteAreaAction = nullptr;
    QMenu *m_contextMenu = nullptr; ///< Checkable actions; each one's data() names a context.
    QAction *m_fitAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_nearbyAction = nullptr;
    QAction *m_showLegend = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_sourcesDock = nullptr;
    QToolBar *m_toolBar = nullptr;
    QToolBar *m_editToolBar = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_welcomeAction = nullptr;
    QAction *m_methodologyAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace blindspot
