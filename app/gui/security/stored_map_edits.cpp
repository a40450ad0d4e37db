#include "gui/security/stored_map_edits.h"

#include "common/embedded_data.h"
#include "common/error_text.h"
#include "core/io/pack_io.h"
#include "gui/editing/dataset_document.h"
#include "gui/editing/editing_controller.h"
#include "gui/security/security_text.h"
#include "gui/security/workspace_session.h"

#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

#include <utility>

namespace blindspot {

namespace {
// How long status bar notes stay.
constexpr int kStatusMs = 8000;
} // namespace

StoredMapEdits::StoredMapEdits(WorkspaceSession &session, EditingController &editing,
                               std::function<void(std::shared_ptr<const Dataset>)> showDataset,
                               QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_session(session), m_editing(editing),
      m_showDataset(std::move(showDataset)), m_dialogParent(dialogParent)
{
}

bool StoredMapEdits::hasUnsavedEdits() const
{
    return m_editing.document().isModified();
}

StoredMapEdits::Outcome StoredMapEdits::putAside(QString *failure)
{
    const DatasetDocument &document = m_editing.document();
    if (!document.hasDataset() || !document.isModified())
        return Outcome::None;
    Outcome outcome = Outcome::Dropped;
    if (m_session.state() == WorkspaceSession::State::Unlocked) {
        // The whole edited map as a .bspack: the format exists, its reader validates what it
        // reads, and restoring is then one replaceDataset step that Undo takes back. A list of
        // changes would need a format of its own and a base map to apply it to, which may be
        // gone or different at the next unlock. The cost is size (a pack, not a diff) inside a
        // file that is encrypted either way. Stored edits from an earlier lock the user has
        // not restored yet are replaced: the map these edits were made on already holds them
        // or was chosen without them.
        if (const auto error = m_session.setCameraEdits(packBytes(*document.dataset()))) {
            outcome = Outcome::KeepFailed;
            if (failure)
                *failure = SecurityText::problem(*error);
        } else {
            outcome = Outcome::Kept;
        }
    }
    revertMapToUnedited();
    return outcome;
}

void StoredMapEdits::revertMapToUnedited()
{
    DatasetDocument &document = m_editing.document();
    if (!document.hasDataset() || !document.isModified())
        return;
    QUndoStack *undo = document.undoStack();
    const QString path = document.filePath();
    std::shared_ptr<const Dataset> unedited;
    if (undo->cleanIndex() >= 0) {
        // Undoing back to the last save or open gives exactly the map as it was, without
        // reading a file that may have changed or gone since.
        undo->setIndex(undo->cleanIndex());
        unedited = document.dataset();
    } else if (!path.isEmpty()) {
        Result<Dataset> read = readPackFile(path);
        if (auto *dataset = std::get_if<Dataset>(&read))
            unedited = std::make_shared<const Dataset>(std::move(*dataset));
    }
    if (!unedited && document.dataset()->header.fictional)
        unedited = std::make_shared<const Dataset>(embeddedTrainingCity());
    // Showing it copies the map and starts a fresh undo history: the undone edits, which the
    // redo side of the old history still held, go with it. Without any unedited map to show
    // (a map that was only imported, never saved), no map is shown.
    m_showDataset(unedited);
    if (unedited)
        document.setSaved(path);
}

bool StoredMapEdits::keepMapEditsForNextUnlock()
{
    const DatasetDocument &document = m_editing.document();
    if (m_session.state() != WorkspaceSession::State::Unlocked || !document.hasDataset() ||
        !document.isModified())
        return false;
    return !m_session.setCameraEdits(packBytes(*document.dataset()));
}

bool StoredMapEdits::hasStoredMapEdits() const
{
    return m_session.state() == WorkspaceSession::State::Unlocked &&
           !m_session.content().cameraEdits.isEmpty();
}

void StoredMapEdits::offerStoredMapEdits()
{
    if (!hasStoredMapEdits())
        return;
    QMessageBox box(QMessageBox::Question, tr("Restore map edits?"),
                    tr("You had map edits that were not saved to a file: restore them?"),
                    QMessageBox::NoButton, m_dialogParent);
    box.setObjectName(QStringLiteral("restoreMapEditsOffer"));
    box.setInformativeText(
        tr("Restore puts the edited map in place of the one shown now (if a map is open, "
           "Edit > Undo takes it back); save it to a file to keep it outside the workspace. "
           "Discard deletes the edits from the workspace. Not now keeps them encrypted in the "
           "workspace and asks again at the next unlock."));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreMapEditsButton"));
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardMapEditsButton"));
    QPushButton *later = box.addButton(tr("&Not now"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("laterMapEditsButton"));
    box.setDefaultButton(restore);
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() == restore) {
        restoreStoredMapEdits();
    } else if (box.clickedButton() == discard) {
        discardStoredMapEdits();
    }
}

bool StoredMapEdits::restoreStoredMapEdits()
{
    if (!hasStoredMapEdits())
        return false;
    Result<Dataset> read =
        readPackBytes(m_session.content().cameraEdits, tr("map edits kept in the workspace"));
    if (const auto *error = std::get_if<ParseError>(&read)) {
        QMessageBox::warning(m_dialogParent, tr("Map edits not restored"),
                             tr("%1. The edits stay in the workspace; nothing was changed.")
                                 .arg(ErrorText::located(*error)));
        return false;
    }
    Dataset restored = std::get<Dataset>(std::move(read));
    if (m_editing.document().hasDataset()) {
        if (!m_editing.replaceDataset(std::move(restored), tr("Restore map edits"))) {
            QMessageBox::warning(m_dialogParent, tr("Map edits not restored"),
                                 tr("The edited map is not valid. The edits stay in the "
                                    "workspace; nothing was changed."));
            return false;
        }
    } else {
        m_showDataset(std::make_shared<const Dataset>(std::move(restored)));
    }
    if (const auto error = m_session.setCameraEdits({})) {
        emit statusMessage(
            tr("Map edits restored, but they could not be removed from the workspace: %1")
                .arg(SecurityText::problem(*error)),
            kStatusMs);
        return true;
    }
    emit statusMessage(
        tr("Map edits restored. They are not saved to a file yet: use File > Save to keep them "
           "outside the workspace."),
        kStatusMs);
    return true;
}

bool StoredMapEdits::discardStoredMapEdits()
{
    if (!hasStoredMapEdits())
        return false;
    if (const auto error = m_session.setCameraEdits({})) {
        QMessageBox::warning(m_dialogParent, tr("Map edits not discarded"),
                             SecurityText::error(*error));
        return false;
    }
    emit statusMessage(tr("The stored map edits were deleted from the workspace."), kStatusMs);
    return true;
}

} // namespace blindspot
