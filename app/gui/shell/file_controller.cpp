#include "gui/shell/file_controller.h"

#include "common/embedded_data.h"
#include "common/error_text.h"
#include "core/io/camera_export.h"
#include "core/io/pack_io.h"
#include "core/io/track_reader.h"
#include "gui/editing/dataset_document.h"
#include "gui/editing/editing_controller.h"
#include "gui/import/import_review_dialog.h"
#include "gui/import/import_runner.h"
#include "gui/planner/planner_panel.h"
#include "gui/security/pack_import_check.h"
#include "gui/security/recent_files_controller.h"
#include "gui/shell/background_work.h"
#include "gui/shell/private_file_dialog.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

#include <algorithm>
#include <array>

namespace blindspot {

FileController::FileController(const Targets &targets, QObject *parent)
    : QObject(parent), m_targets(targets)
{
}

std::shared_ptr<const Dataset> FileController::dataset() const
{
    return m_targets.editing.dataset();
}

std::optional<ParseError> FileController::openPackFile(const QString &path)
{
    // A city's pack takes seconds to read: the window keeps drawing meanwhile.
    std::optional<Result<Dataset>> result;
    runInBackground(m_targets.window, tr("Open"),
                    tr("Reading %1…").arg(QFileInfo(path).fileName()),
                    [&] { result = readPackFile(path); });
    Result<Dataset> read = std::move(*result);
    if (const auto *error = std::get_if<ParseError>(&read))
        return *error;
    m_targets.showDataset(std::make_shared<const Dataset>(std::get<Dataset>(std::move(read))));
    m_targets.editing.document().setSaved(path);
    m_targets.recentFiles.noteRecentFile(path);
    return std::nullopt;
}

void FileController::openTrainingCity()
{
    m_targets.showDataset(std::make_shared<const Dataset>(embeddedTrainingCity()));
}

void FileController::askAndOpenTrainingCity()
{
    if (maybeKeepChanges())
        openTrainingCity();
}

void FileController::askAndOpenPackFile(const QString &path)
{
    if (!maybeKeepChanges())
        return;
    if (const std::optional<ParseError> error = openPackFile(path))
        QMessageBox::warning(m_targets.window, tr("Cannot open map pack"),
                             ErrorText::located(*error));
}

void FileController::chooseAndOpenPackFile()
{
    if (!maybeKeepChanges())
        return;
    const auto choice = PrivateFileDialog::openFile(
        m_targets.window, tr("Open map pack"),
        {tr("Blindspot map packs (*.bspack)"), tr("All files (*)")});
    if (!choice)
        return;
    const QString path = choice->path;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<ParseError> error = openPackFile(path);
    QApplication::restoreOverrideCursor();
    if (error)
        QMessageBox::warning(m_targets.window, tr("Cannot open map pack"),
                             ErrorText::located(*error));
}

bool FileController::maybeKeepChanges()
{
    if (!m_targets.editing.document().isModified())
        return true;
    const auto answer = QMessageBox::question(
        m_targets.window, tr("Unsaved edits"),
        tr("The map has edits that are not saved. Save them before going on?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        save();
        return !m_targets.editing.document().isModified();
    }
    return true;
}

std::optional<ParseError> FileController::savePackFile(const QString &path)
{
    const std::shared_ptr<const Dataset> shown = dataset();
    if (!shown)
        return std::nullopt;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<ParseError> error = writePackFile(*shown, path);
    QApplication::restoreOverrideCursor();
    if (!error) {
        m_targets.editing.document().setSaved(path);
        emit statusMessage(tr("Saved as %1.").arg(QFileInfo(path).fileName()), 5000);
    }
    return error;
}

void FileController::save()
{
    const QString path = m_targets.editing.document().filePath();
    if (path.isEmpty()) {
        saveAs();
        return;
    }
    if (const auto error = savePackFile(path))
        QMessageBox::warning(m_targets.window, tr("Cannot save the map"),
                             ErrorText::located(*error));
}

void FileController::saveAs()
{
    const std::shared_ptr<const Dataset> shown = dataset();
    if (!shown)
        return;
    const QString suggested = shown->header.name.isEmpty()
                                  ? tr("map.bspack")
                                  : shown->header.name + QStringLiteral(".bspack");
    const auto choice = PrivateFileDialog::saveFile(m_targets.window, tr("Save map pack"),
                                                    {tr("Blindspot map packs (*.bspack)")},
                                                    {QStringLiteral("bspack")}, suggested);
    if (!choice)
        return;
    if (const auto error = savePackFile(choice->path))
        QMessageBox::warning(m_targets.window, tr("Cannot save the map"),
                             ErrorText::located(*error));
}

void FileController::chooseAndImport()
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
    const auto choice = PrivateFileDialog::openFile(m_targets.window, tr("Import"), filters);
    if (!choice)
        return;
    const std::size_t index = static_cast<std::size_t>(std::max(choice->filterIndex, 0));
    importFile(choice->path, index < formats.size() ? formats[index] : std::nullopt);
}

bool FileController::importFile(const QString &path, std::optional<FileFormat> format)
{
    Result<Dataset> read = ImportRunner::run(m_targets.window, path, format);
    if (const auto *error = std::get_if<ParseError>(&read)) {
        if (error->code == ParseErrorCode::Cancelled)
            emit statusMessage(tr("Import cancelled; nothing was changed."), 8000);
        else
            QMessageBox::warning(m_targets.window, tr("Cannot import"),
                                 ErrorText::located(*error));
        return false;
    }
    Dataset incoming = std::get<Dataset>(std::move(read));
    // Who signed a map pack, and whether the merge may trust its source (issue 6).
    const std::optional<PackImportTrust> trust =
        m_targets.packImport.checkPackImport(path, incoming);
    if (!trust) {
        emit statusMessage(tr("Import cancelled; nothing was changed."), 8000);
        return false;
    }
    const std::shared_ptr<const Dataset> shown = dataset();
    const Dataset nothing;
    ImportReviewDialog review(shown ? *shown : nothing, incoming, path, m_targets.window);
    review.setTrustsSource(trust->trustworthy);
    review.setPreviewMap(shown);
    if (review.exec() != QDialog::Accepted) {
        emit statusMessage(tr("Import cancelled; nothing was changed."), 8000);
        return false;
    }
    Dataset merged = review.mergedDataset();
    // Say what changed, not only the new counts: the status bar keeps it for a while.
    const QString summary = review.appliedSummary();
    if (!shown) {
        m_targets.showDataset(std::make_shared<const Dataset>(std::move(merged)));
        m_targets.packImport.packImported(*trust);
        emit statusMessage(summary, 15000);
        return true;
    }
    // One step: the whole import applies, or (undone) none of it.
    const bool applied = m_targets.editing.replaceDataset(std::move(merged), tr("Import"));
    if (applied) {
        m_targets.packImport.packImported(*trust);
        emit statusMessage(summary + QLatin1Char(' ') +
                               tr("Edit > Undo takes the whole import back."),
                           15000);
    }
    return applied;
}

void FileController::chooseAndCheckTrack()
{
    if (!dataset())
        return;
    const auto choice = PrivateFileDialog::openFile(
        m_targets.window, tr("Check a recorded walk"),
        {tr("Recorded walks: GPX or GeoJSON (*.gpx *.geojson *.json)"), tr("All files (*)")});
    if (!choice)
        return;
    checkTrack(choice->path);
}

bool FileController::checkTrack(const QString &path)
{
    if (!dataset())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<Track> read = readTrack(path);
    QApplication::restoreOverrideCursor();
    if (const auto *error = std::get_if<ParseError>(&read)) {
        QMessageBox::warning(
            m_targets.window, tr("Cannot check this walk"),
            tr("Blindspot could not read a walk from this file. It needs a GPX track or route, "
               "or a GeoJSON LineString, with at least two points. Nothing was changed.\n\n%1")
                .arg(ErrorText::located(*error)));
        return false;
    }
    if (const std::optional<QString> problem =
            m_targets.planner.showTrack(std::get<Track>(read).points)) {
        QMessageBox::warning(m_targets.window, tr("Cannot check this walk"),
                             tr("%1\n\nNothing was changed.").arg(*problem));
        return false;
    }
    m_targets.planner.show(); // its note says what is shown
    return true;
}

void FileController::chooseAndExport()
{
    if (!dataset())
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
        PrivateFileDialog::saveFile(m_targets.window, tr("Export"), filters, suffixes,
                                    tr("cameras"));
    if (!choice)
        return;
    const auto index = static_cast<std::size_t>(std::max(choice->filterIndex, 0));
    if (const auto error = exportFile(choice->path, formats[std::min(index, formats.size() - 1)]))
        QMessageBox::warning(m_targets.window, tr("Cannot export"), ErrorText::located(*error));
}

std::optional<ParseError> FileController::exportFile(const QString &path, FileFormat format)
{
    const std::shared_ptr<const Dataset> shown = dataset();
    if (!shown)
        return std::nullopt;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<ParseError> error = format == FileFormat::Bspack
                                          ? writePackFile(*shown, path)
                                          : writeCameraExport(*shown, format, path);
    QApplication::restoreOverrideCursor();
    if (!error)
        emit statusMessage(tr("Exported to %1.").arg(QFileInfo(path).fileName()), 5000);
    return error;
}

} // namespace blindspot
