#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

class QMainWindow;
class QStackedWidget;
class QWidget;

namespace blindspot {

class NotesPanel;
class StoredMapEdits;
class UnlockScreen;
class WorkspaceSession;

/// Locking: "Lock now", the unlock screen, "Keep in a workspace…" and "Wipe…".
///
/// The unlock screen shares the window's central area with the map (centralArea()): while
/// locked, the map, docks and toolbars are hidden and the menus are disabled, so nothing
/// decrypted is on screen and no shortcut reaches a hidden part. Of the window it uses only
/// what QMainWindow offers (its layout, title and menu bar), and two callbacks.
class LockController : public QObject {
    Q_OBJECT
public:
    /// What locking needs from the rest of the window.
    struct Hooks {
        /// Empties the trip planner, on its form and on the map: plans go with the key.
        std::function<void()> clearPlanner;
        /// After the unlock screen went and the window's layout is back.
        std::function<void()> unlocked;
    };

    /// `mapArea` becomes the first page of centralArea(), which the window makes its central
    /// widget.
    LockController(WorkspaceSession &session, StoredMapEdits &mapEdits, NotesPanel &notes,
                   QMainWindow &window, QWidget *mapArea, Hooks hooks, QObject *parent = nullptr);

    /// The map area and the unlock screen, one shown at a time.
    QWidget *centralArea() const;
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
    /// The settings file Wipe deletes besides the workspace.
    static QString settingsFile();

    /// Locks and shows the unlock screen. `afterUnlock` runs once, when the user has unlocked,
    /// made a workspace, or chosen to go on without one.
    void showUnlockScreen(std::function<void()> afterUnlock = {});

public slots:
    /// "Lock now": drops the key and everything decrypted, clears the planner and shows the
    /// unlock screen.
    void lockNow();
    /// "Wipe…": says exactly what will be deleted, asks, then wipes.
    void confirmAndWipe();
    /// Wipes without asking (what confirmAndWipe does after "Wipe").
    void wipe();
    /// From memory-only state: makes a workspace that keeps what is in memory.
    void keepInWorkspace();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onStateChanged();
    void enterLockedUi(const QString &notice);
    void leaveLockedUi();
    /// Keeps the window's layout and title, then hides everything but the unlock screen.
    void coverWindow();
    void hideDocksAndToolBars();

    WorkspaceSession &m_session;
    StoredMapEdits &m_mapEdits;
    NotesPanel &m_notes;
    QMainWindow &m_window;
    Hooks m_hooks;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_mapArea = nullptr;
    UnlockScreen *m_unlock = nullptr;
    std::function<void()> m_afterUnlock;
    QByteArray m_windowState; ///< Docks and toolbars as they were before locking.
    QString m_windowTitle;
};

} // namespace blindspot
