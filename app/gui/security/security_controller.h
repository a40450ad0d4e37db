#pragma once

#include "core/model/dataset.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;

namespace blindspot {

class EditingController;
class LockController;
class NotesPanel;
class PackImportCheck;
class PhotoEvidenceController;
class PlannerPanel;
class RecentFilesController;
class SavedPlansController;
class StoredMapEdits;
class WorkspaceSession;

/// Trust and safety in a window (issue 6): makes the workspace session and the controllers
/// that use it (lock, stored map edits, recent files, saved plans, pack import check, photo
/// evidence), and owns the Security menu, the notes dock and the status bar's workspace
/// indicator. The window places the menus, dock and indicator; nothing here reaches into it
/// beyond what Window hands over.
class SecurityController : public QObject {
    Q_OBJECT
public:
    /// What trust and safety needs from the window it protects.
    struct Window {
        /// Hidden behind the unlock screen while locked; carries the dialogs.
        QMainWindow &window;
        /// The window's central area, shown when unlocked (LockController::centralArea()).
        QWidget *mapArea = nullptr;
        /// Emptied by a lock; saved plans are planned in it.
        PlannerPanel &planner;
        /// The map's edits: kept across a lock, and a photo's sighting recorded.
        EditingController &editing;
        /// Puts a map (or none) in place of the one shown, with a fresh undo history.
        std::function<void(std::shared_ptr<const Dataset>)> showDataset;
        /// The UI language (ISO 639-1), for the unlock screen.
        std::function<QString()> language;
        /// Gives the keyboard focus back to the map after an unlock.
        std::function<void()> focusMap;
    };

    explicit SecurityController(const Window &window, QObject *parent = nullptr);
    ~SecurityController() override;

    WorkspaceSession *session() const { return m_session; }
    LockController *lock() const { return m_lock; }
    StoredMapEdits *mapEdits() const { return m_mapEdits; }
    RecentFilesController *recentFiles() const { return m_recent; }
    SavedPlansController *plans() const { return m_plans; }
    PackImportCheck *packImport() const { return m_packImport; }
    PhotoEvidenceController *photos() const { return m_photos; }
    NotesPanel *notesPanel() const { return m_notes; }

    /// The Security menu, for the window's menu bar.
    QMenu *menu() const { return m_securityMenu; }
    /// Notes, in a dock hidden until asked for.
    QDockWidget *notesDock() const { return m_notesDock; }
    /// Says whether a workspace is unlocked, in memory only or locked.
    QLabel *indicator() const { return m_indicator; }

public slots:
    /// Security > Trusted keys.
    void showTrustedKeys();
    /// Security > Change passphrase (only while a workspace is unlocked).
    void changePassphrase();

signals:
    /// Something for the status bar, shown for `timeoutMs`.
    void statusMessage(const QString &text, int timeoutMs);

protected:
    bool event(QEvent *event) override;

private:
    void createMenu();
    void retranslateUi();
    void onStateChanged();

    QMainWindow &m_window;
    std::function<QString()> m_language;
    WorkspaceSession *m_session = nullptr;
    LockController *m_lock = nullptr;
    StoredMapEdits *m_mapEdits = nullptr;
    RecentFilesController *m_recent = nullptr;
    SavedPlansController *m_plans = nullptr;
    PackImportCheck *m_packImport = nullptr;
    PhotoEvidenceController *m_photos = nullptr;

    QLabel *m_indicator = nullptr;
    QMenu *m_securityMenu = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_wipeAction = nullptr;
    QAction *m_trustedKeysAction = nullptr;
    QAction *m_changePassphraseAction = nullptr;
    QAction *m_keepAction = nullptr;
    QDockWidget *m_notesDock = nullptr;
    NotesPanel *m_notes = nullptr;
};

} // namespace blindspot
