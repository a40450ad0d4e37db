#pragma once

#include "core/model/dataset.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>

class QWidget;

namespace blindspot {

class EditingController;
class WorkspaceSession;

/// Map edits not saved to a file, kept in the encrypted workspace across a lock or a close
/// (WorkspaceContent::cameraEdits) and offered back at the next unlock.
class StoredMapEdits : public QObject {
    Q_OBJECT
public:
    /// `showDataset` puts a map in place of the one shown, with a fresh undo history;
    /// `dialogParent` carries the message boxes.
    StoredMapEdits(WorkspaceSession &session, EditingController &editing,
                   std::function<void(std::shared_ptr<const Dataset>)> showDataset,
                   QWidget *dialogParent, QObject *parent = nullptr);

    /// What putAside() did with unsaved map edits.
    enum class Outcome : std::uint8_t { None, Kept, Dropped, KeepFailed };
    /// Before the key goes: puts unsaved map edits into the workspace (when one is unlocked)
    /// and puts the unedited map back. Never asks: a lock is immediate. `failure` says why
    /// keeping failed.
    Outcome putAside(QString *failure);
    /// Replaces the map with what it was at its last save or open, with a fresh undo history.
    void revertMapToUnedited();
    /// Whether the map has edits not saved to a file.
    bool hasUnsavedEdits() const;

    /// Map edits kept in the workspace by a lock or a close.
    bool hasStoredMapEdits() const;
    /// Replaces the map with the stored edited one, as one undoable step, and clears the
    /// stored edits. False (said in a message box) when they cannot be read; they stay then.
    bool restoreStoredMapEdits();
    /// Clears the stored edits for good. False (said) when the workspace cannot be saved.
    bool discardStoredMapEdits();
    /// Closing with unsaved map edits while a workspace is unlocked: puts them into the
    /// workspace, to be offered back at the next unlock. False when there is nothing to keep,
    /// no workspace is unlocked, or saving failed (the caller asks the usual question then).
    bool keepMapEditsForNextUnlock();

public slots:
    /// "You had map edits that were not saved to a file: restore them?" Restore, Discard, or
    /// Not now (asked again at the next unlock).
    void offerStoredMapEdits();

signals:
    void statusMessage(const QString &text, int timeoutMs);

private:
    WorkspaceSession &m_session;
    EditingController &m_editing;
    std::function<void(std::shared_ptr<const Dataset>)> m_showDataset;
    QWidget *m_dialogParent;
};

} // namespace blindspot
