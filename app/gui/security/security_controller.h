#pragma once

#include "core/model/dataset.h"
#include "core/security/minisign.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;

namespace blindspot {

class MainWindow;
class NotesPanel;
class PlannerPanel;
class UnlockScreen;
class WorkspaceSession;

/// What the import needs to know from the signer check of a map pack.
struct PackImportTrust {
    /// Whether the merge may treat the pack as a trusted source (PackAssessment::isTrustworthy).
    bool trustworthy = false;
    /// The pack's header, to remember its version after the import; none for other formats.
    std::optional<DatasetHeader> header;
    /// The trusted key whose signature was checked, if any (the whole key, not its id).
    std::optional<MinisignPublicKey> verifiedSigner;
};

/// Trust and safety in the main window (issue 6): the workspace session and its unlock screen,
/// "Lock now" and "Wipe…", the status bar's workspace indicator, saved plans in the Plan menu,
/// recent files in the File menu, the signer check before a map pack is imported, and photo
/// evidence attached from the camera inspector.
///
/// The unlock screen shares the window's central area with the map: while locked, the map,
/// docks and toolbars are hidden and the menus are disabled, so nothing decrypted is on
/// screen and no shortcut reaches a hidden part.
class SecurityController : public QObject {
    Q_OBJECT
public:
    /// Adds its menus to `window`'s menu bar (before Help), the recent files to `fileMenu`
    /// (before `recentBefore`) and saved plans to `planner`'s Plan menu.
    SecurityController(MainWindow *window, PlannerPanel *planner, QMenu *fileMenu,
                       QAction *recentBefore);
    ~SecurityController() override;

    WorkspaceSession *session() const { return m_session; }
    UnlockScreen *unlockScreen() const { return m_unlock; }
    bool isLockScreenShown() const;

    /// Whether the program shows the unlock screen on startup: yes, unless the environment
    /// variable BLINDSPOT_NO_UNLOCK_SCREEN is set (for scripts and tests that run the program;
    /// the program then starts in memory-only state, as --screenshot does).
    static bool unlockScreenWanted();
    /// Closes every window of the program but `keep`: training, presenter, dialogs, previews.
    /// Each forgets what it showed as it closes (the training window its photo). Lock and the
    /// main window's close both call it: a lock leaves nothing on screen, and Quit ends the
    /// program rather than leaving a training window running on its own.
    static void closeOtherWindows(const QWidget *keep);

    /// Locks and shows the unlock screen. `afterUnlock` runs once, when the user has unlocked,
    /// made a workspace, or chosen to go on without one.
    void showUnlockScreen(std::function<void()> afterUnlock = {});

    /// Before an import's review: for a map pack, checks its signature against the trust store
    /// and, when it is signed or has a warning, shows PackTrustDialog. `incoming` is replaced
    /// by the dataset read from the very bytes that were checked. None when the user cancels or
    /// the pack cannot be read (said in a message box); nothing has changed then.
    std::optional<PackImportTrust> checkPackImport(const QString &path, Dataset &incoming);
    /// After an import was applied: remembers the pack's version for rollback checks.
    void packImported(const PackImportTrust &trust);
    /// Remembers a file opened, for File > Open recent (in the workspace, or in memory).
    void noteRecentFile(const QString &path);

    /// Saves the planner's current plan under `name`; false (said in the status bar) when
    /// there is no plan or saving failed.
    bool saveCurrentPlan(const QString &name);
    /// Fills the planner with saved plan `index` and plans it.
    bool openSavedPlan(std::size_t index);

    /// Attaches the photo at `path` to `camera`, after the redaction dialog; false when
    /// cancelled or failed (said).
    bool attachPhotoFile(CameraId camera, const QString &path);

    /// The settings file Wipe deletes besides the workspace.
    static QString settingsFile();

    NotesPanel *notesPanel() const { return m_notes; }

    /// Map edits kept in the workspace by a lock or a close (WorkspaceContent::cameraEdits).
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
    /// "Lock now": drops the key and everything decrypted, clears the planner and shows the
    /// unlock screen.
    void lockNow();
    /// "Wipe…": says exactly what will be deleted, asks, then wipes.
    void confirmAndWipe();
    /// Wipes without asking (what confirmAndWipe does after "Wipe").
    void wipe();
    /// Asks for a name, then saves the planner's current plan.
    void chooseNameAndSavePlan();
    /// Asks which photo to attach to `camera`.
    void attachPhoto(blindspot::CameraId camera);
    /// From memory-only state: makes a workspace that keeps what is in memory.
    void keepInWorkspace();
    /// "You had map edits that were not saved to a file: restore them?" Restore, Discard, or
    /// Not now (asked again at the next unlock).
    void offerStoredMapEdits();
    /// Security > Trusted keys.
    void showTrustedKeys();
    /// Security > Change passphrase (only while a workspace is unlocked).
    void changePassphrase();

signals:
    /// A recent file was chosen in File > Open recent.
    void recentFileChosen(const QString &path);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// What a lock did with unsaved map edits.
    enum class MapEditsOnLock : std::uint8_t { None, Kept, Dropped, KeepFailed };
    /// Before the key goes: puts unsaved map edits into the workspace (when one is unlocked)
    /// and puts the unedited map back. Never asks: a lock is immediate.
    MapEditsOnLock putAsideMapEdits(QString *failure);
    /// Replaces the map with what it was at its last save or open, with a fresh undo history.
    void revertMapToUnedited();
    void retranslateUi();
    void onStateChanged();
    void enterLockedUi(const QString &notice);
    void leaveLockedUi();
    void hideDocksAndToolBars();
    void rebuildMenus();
    void chooseSavedPlanToDelete();

    MainWindow *m_window;
    PlannerPanel *m_planner;
    WorkspaceSession *m_session = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_mapArea = nullptr;
    UnlockScreen *m_unlock = nullptr;
    QLabel *m_indicator = nullptr;
    std::function<void()> m_afterUnlock;
    QByteArray m_windowState; ///< Docks and toolbars as they were before locking.
    QString m_windowTitle;

    QMenu *m_securityMenu = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_wipeAction = nullptr;
    QAction *m_trustedKeysAction = nullptr;
    QAction *m_changePassphraseAction = nullptr;
    QDockWidget *m_notesDock = nullptr;
    NotesPanel *m_notes = nullptr;
    QAction *m_keepAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_savePlanAction = nullptr;
    QMenu *m_savedPlansMenu = nullptr;
};

} // namespace blindspot
