#pragma once

#include "core/io/file_format.h"
#include "core/io/parse_error.h"
#include "core/model/dataset.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace blindspot {

class EditingController;
class PackImportCheck;
class PlannerPanel;
class RecentFilesController;

/// The File menu's work: opening and saving map packs, importing and exporting, and checking a
/// recorded walk. Each reads or writes files only where the user chose (PrivateFileDialog), and
/// the file a map came from is known for this session only.
class FileController : public QObject {
    Q_OBJECT
public:
    /// What the files are read into and checked with.
    struct Targets {
        /// Carries the dialogs, message boxes and progress dialogs.
        QWidget *window = nullptr;
        /// The map being worked on; an import into an open map is one undoable edit.
        EditingController &editing;
        /// Puts a map in place of the one shown, with a fresh undo history.
        std::function<void(std::shared_ptr<const Dataset>)> showDataset;
        /// Who signed a map pack before it is imported.
        PackImportCheck &packImport;
        /// Remembers the packs opened.
        RecentFilesController &recentFiles;
        /// Shows a recorded walk.
        PlannerPanel &planner;
    };

    explicit FileController(const Targets &targets, QObject *parent = nullptr);

    /// Reads a .bspack file and shows it. On failure the current map stays and the error is
    /// returned for the caller to show (a dialog, or stderr in screenshot mode).
    [[nodiscard]] std::optional<ParseError> openPackFile(const QString &path);
    /// Shows the fictional training city embedded in the program.
    void openTrainingCity();
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

    /// With unsaved edits: asks whether to save them first. False when the user cancels.
    bool maybeKeepChanges();

public slots:
    void chooseAndOpenPackFile();
    /// The training city, after asking about unsaved edits.
    void askAndOpenTrainingCity();
    /// A pack from File > Open recent, after asking about unsaved edits.
    void askAndOpenPackFile(const QString &path);
    void save();
    void saveAs();
    void chooseAndImport();
    void chooseAndExport();
    void chooseAndCheckTrack();

signals:
    /// Something for the status bar, shown for `timeoutMs`.
    void statusMessage(const QString &text, int timeoutMs);

private:
    std::shared_ptr<const Dataset> dataset() const;

    Targets m_targets;
};

} // namespace blindspot
