#pragma once

#include "core/geo/lat_lon.h"
#include "core/io/file_format.h"
#include "core/io/parse_error.h"
#include "core/model/dataset.h"

#include <QMainWindow>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;

namespace blindspot {

class CameraInspector;
class DatasetDocument;
class FittingLabel;
class LiveRegion;
class MapLegend;
class MapView;
class SourcesPanel;
struct DatasetChange;
class PlannerPanel;
class SecurityController;

/// The main window: menus, the fictional-data banner, the map and its legend, the camera
/// inspector and sources panel, and a status bar with the dataset's counts. It owns no domain
/// logic: the dataset lives in a DatasetDocument, edits are undoable commands on it, and the
/// views are told what changed.
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

    /// Reads a .bspack file and shows it. On failure the current map stays and the error is
    /// returned for the caller to show (a dialog, or stderr in screenshot mode).
    [[nodiscard]] std::optional<ParseError> openPackFile(const QString &path);
    /// Shows the fictional training city embedded in the program.
    void openTrainingCity();

    MapView *mapView() const { return m_mapView; }
    DatasetDocument *document() const { return m_document; }
    CameraInspector *inspector() const { return m_inspector; }
    SourcesPanel *sourcesPanel() const { return m_sources; }
    /// Trust and safety (issue 6): the workspace, lock and wipe, signer checks, photos.
    SecurityController *security() const { return m_security; }
    /// The UI language (ISO 639-1).
    QString language() const { return m_language; }
    /// What is read out to screen readers without moving the focus: status bar messages, what
    /// planning found, the planner's messages (a saved route card, no route found).
    LiveRegion *liveRegion() const { return m_liveRegion; }

    /// Writes the dataset to a .bspack file atomically and remembers it (for this session) as
    /// the file "Save" writes to. Returns the error for the caller to show.
    [[nodiscard]] std::optional<ParseError> savePackFile(const QString &path);
    /// Reads `path` (with a progress dialog that can cancel), shows the import review dialog,
    /// and applies the accepted changes as one undoable step. True when something was applied.
    bool importFile(const QString &path, std::optional<FileFormat> format = std::nullopt);
    /// Reads a recorded path (GPX track or route, GeoJSON LineString) and shows how exposed it
    /// was, as walked, in the planner (PlannerPanel::showTrack). A file that holds no walk is
    /// reported in a message box and changes nothing. The path is not remembered anywhere.
    bool checkTrack(const QString &path);
    /// Writes the cameras (GeoJSON, CSV, KML, OSM XML) or the whole map (.bspack) to `path`.
    [[nodiscard]] std::optional<ParseError> exportFile(const QString &path, FileFormat format);

    // Edits, each one undoable step with its provenance (see DatasetEditCommand). False when
    // nothing was changed.
    bool addCameraAt(LatLon position);
    bool moveCamera(CameraId camera, LatLon to);
    bool changeCamera(CameraId camera, const Camera &after);
    bool deleteCamera(CameraId camera);
    /// `details` gives the name, date and completeness; `corners` the outline.
    bool addSurveyArea(const std::vector<LatLon> &corners, SurveyArea details);
    bool deleteSurveyArea(SurveyAreaId area);

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
    void createMenus();
    /// The trip planner and route details docks, the Plan menu and their connections.
    void setupPlanner();
    /// The Training menu (training mode for NGO trainers, issue 7).
    void setupTraining();
    /// The Security menu, unlock screen and workspace indicator (trust and safety, issue 6).
    void setupSecurity();
    void createToolBar();
    void createDocks();
    /// Screen readers: dock buttons named, focus kept in view, events read out (liveRegion()).
    void setupAccessibility();
    /// Reads out what the planner says now, if it says anything.
    /// Gives the side panels widths that grow with the font instead of fixed pixels.
    void scalePanelWidths();
    void retranslateUi();
    void chooseAndOpenPackFile();
    void save();
    void saveAs();
    void chooseAndImport();
    void chooseAndExport();
    void chooseAndCheckTrack();
    /// With unsaved edits: asks whether to save them first. False when the user cancels.
    bool maybeKeepChanges();
    void onDocumentChanged(const DatasetChange &change);
    void showCamera(std::optional<CameraId> camera);
    void chooseSurveyAreaToDelete();
    /// Sets the map's surveillance context (one undoable edit): whose priors apply to cameras
    /// of unknown status and to streets nobody mapped.
    void setSurveillanceContext(const QString &context);
    void onSurveyAreaDrawn(const std::vector<LatLon> &corners);
    void updateEditActions();
    /// View > Cameras near the middle of the map: the map's cameras in words.
    void listNearbyCameras();
    bool showMapTooltip(const QPoint &position, const QPoint &globalPosition);
    void showAbout();
    void showDatasetInfo();
    void updateLegendVisibility();
    /// Tells the map which part of it the legend hides.
    void updateMapCover();

    std::shared_ptr<const Dataset> m_dataset;
    MapView *m_mapView = nullptr;
    PlannerPanel *m_planner = nullptr;
    SecurityController *m_security = nullptr;
    MapLegend *m_legend = nullptr;
    QLabel *m_fictionalBanner = nullptr;
    /// Folds the map key when the map has little room for it (foldLegendForRoom()).
    void foldLegendForRoom();
    bool m_mapTooNarrowForKey = false;
    bool m_foldingLegendForRoom = false;
    FittingLabel *m_counts = nullptr;
    FittingLabel *m_offline = nullptr;
    LiveRegion *m_liveRegion = nullptr;
    QAction *m_showLegend = nullptr;

    DatasetDocument *m_document = nullptr;
    QString m_language;
    CameraInspector *m_inspector = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    SourcesPanel *m_sources = nullptr;
    QDockWidget *m_sourcesDock = nullptr;
    QToolBar *m_toolBar = nullptr;

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
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_welcomeAction = nullptr;
    QAction *m_methodologyAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace blindspot
