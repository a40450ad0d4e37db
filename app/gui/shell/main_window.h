#pragma once

#include "core/model/dataset.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QDockWidget;
class QLabel;

namespace blindspot {

class CameraInspector;
class DatasetDocument;
class EditingController;
class FileController;
class FittingLabel;
class LiveRegion;
class MainMenus;
class MapLegend;
class MapView;
class PlannerPanel;
class SecurityController;
class SourcesPanel;

/// The main window: it lays out the map with its legend and the fictional-data banner, the
/// docks (camera inspector, sources, trip planner, notes), the menus and tool bars (MainMenus)
/// and a status bar with the dataset's counts, and wires them to the controllers that do the
/// work: EditingController (edits of the map), FileController (files), SecurityController
/// (trust and safety). It owns no domain logic: the dataset lives in a DatasetDocument, edits
/// are undoable commands on it, and the views are told what changed.
///
/// Nothing that reveals the user's plans is written to disk: the file a map came from is known
/// for this session only, file dialogs leave no history (PrivateFileDialog), and the settings
/// hold preferences only (AppSettings).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `language` is the UI language (ISO 639-1); station names are shown in it.
    explicit MainWindow(const QString &language, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows `dataset`, replacing the one shown before. The window works on its own copy, which
    /// dataset() returns and edits change in place.
    void setDataset(std::shared_ptr<const Dataset> dataset);
    const std::shared_ptr<const Dataset> &dataset() const { return m_dataset; }

    MapView *mapView() const { return m_mapView; }
    DatasetDocument *document() const { return m_document; }
    /// Every edit of the map, undoable.
    EditingController *editing() const { return m_editing; }
    /// Opening, saving, importing and exporting files, checking a recorded walk.
    FileController *files() const { return m_files; }
    CameraInspector *inspector() const { return m_inspector; }
    SourcesPanel *sourcesPanel() const { return m_sources; }
    /// Trust and safety (issue 6): the workspace, lock and wipe, signer checks, photos.
    SecurityController *security() const { return m_security; }
    /// The UI language (ISO 639-1).
    QString language() const { return m_language; }
    /// What is read out to screen readers without moving the focus: status bar messages, what
    /// planning found, the planner's messages (a saved route card, no route found).
    LiveRegion *liveRegion() const { return m_liveRegion; }

    /// Switches the UI language at runtime (English, Russian, Ukrainian): Blindspot's and Qt's
    /// translations, number formats and station names. False when its translation is missing.
    bool setLanguage(const QString &language);

    /// Restores the window's size, docks and shown layers from the last run.
    void restoreSettings();
    void saveSettings() const;

public slots:
    /// The first-run welcome; what the user picks there is done.
    void showWelcome();
    void showMethodology();

signals:
    /// The dataset was changed in place by an edit, an import, or their undo: whatever keeps
    /// results computed from it must compute them again.
    void datasetEdited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    /// The banner, the map and the legend floating over it.
    QWidget *createMapArea();
    void createDocks();
    /// Shows the camera inspector, with room to read it beside the route details.
    void showInspectorDock();
    /// The trip planner and route details docks and their connections.
    void setupPlanner();
    /// Trust and safety (issue 6): `mapArea` shares the central area with the unlock screen.
    void setupSecurity(QWidget *mapArea);
    /// The menus and tool bars, with the Plan, Training and Security menus before Help.
    void setupMenus();
    /// Screen readers: dock buttons named, focus kept in view, events read out (liveRegion()).
    void setupAccessibility();
    /// Gives the side panels widths that grow with the font instead of fixed pixels.
    void scalePanelWidths();
    void retranslateUi();
    /// After an edit or its undo, once the map and inspector show it.
    void onEdited();
    /// View > Cameras near the middle of the map: the map's cameras in words.
    void listNearbyCameras();
    bool showMapTooltip(const QPoint &position, const QPoint &globalPosition);
    void showDatasetInfo();
    void updateLegendVisibility();
    /// Tells the map which part of it the legend hides.
    void updateMapCover();
    /// Folds the map key when the map has little room for it.
    void foldLegendForRoom();

    std::shared_ptr<const Dataset> m_dataset;
    QString m_language;
    DatasetDocument *m_document = nullptr;
    MapView *m_mapView = nullptr;
    MapLegend *m_legend = nullptr;
    QLabel *m_fictionalBanner = nullptr;
    bool m_mapTooNarrowForKey = false;
    bool m_foldingLegendForRoom = false;
    FittingLabel *m_counts = nullptr;
    FittingLabel *m_offline = nullptr;
    LiveRegion *m_liveRegion = nullptr;

    CameraInspector *m_inspector = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    SourcesPanel *m_sources = nullptr;
    QDockWidget *m_sourcesDock = nullptr;
    PlannerPanel *m_planner = nullptr;

    EditingController *m_editing = nullptr;
    SecurityController *m_security = nullptr;
    FileController *m_files = nullptr;
    MainMenus *m_menus = nullptr;
};

} // namespace blindspot
