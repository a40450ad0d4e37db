#include "gui/security/security_controller.h"

#include "gui/editing/editing_controller.h"
#include "gui/planner/planner_panel.h"
#include "gui/security/change_passphrase_dialog.h"
#include "gui/security/lock_controller.h"
#include "gui/security/notes_panel.h"
#include "gui/security/pack_import_check.h"
#include "gui/security/photo_evidence_controller.h"
#include "gui/security/recent_files_controller.h"
#include "gui/security/saved_plans_controller.h"
#include "gui/security/stored_map_edits.h"
#include "gui/security/trusted_keys_dialog.h"
#include "gui/security/unlock_screen.h"
#include "gui/security/workspace_session.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>

#include <initializer_list>
#include <type_traits>

namespace blindspot {

namespace {
// How long status bar notes stay.
constexpr int kStatusMs = 8000;
} // namespace

SecurityController::SecurityController(const Window &window, QObject *parent)
    : QObject(parent), m_window(window.window), m_language(window.language),
      m_session(new WorkspaceSession(this))
{
    setObjectName(QStringLiteral("securityController"));
    QWidget *dialogParent = &m_window;

    m_indicator = new QLabel(&m_window);
    m_indicator->setObjectName(QStringLiteral("workspaceIndicator"));
    // Notes live in a dock, hidden until asked for; the lock hides it with the other docks.
    m_notesDock = new QDockWidget(&m_window);
    m_notesDock->setObjectName(QStringLiteral("notesDock"));
    m_notes = new NotesPanel(m_session, m_notesDock);
    m_notesDock->setWidget(m_notes);
    // Before the controllers below: the menu speaks of the new state before a lock shows.
    connect(m_session, &WorkspaceSession::stateChanged, this, &SecurityController::onStateChanged);

    m_recent = new RecentFilesController(*m_session, &m_window, this);
    m_plans = new SavedPlansController(
        *m_session, window.planner, [&editing = window.editing] { return editing.dataset(); },
        dialogParent, this);
    m_packImport = new PackImportCheck(*m_session, dialogParent, this);
    m_photos = new PhotoEvidenceController(*m_session, window.editing, dialogParent, this);
    m_mapEdits =
        new StoredMapEdits(*m_session, window.editing, window.showDataset, dialogParent, this);
    PlannerPanel *planner = &window.planner;
    EditingController *editing = &window.editing;
    LockController::Hooks hooks;
    hooks.clearPlanner = [planner, editing] { planner->setDataset(editing->dataset()); };
    hooks.unlocked = [planner, focusMap = window.focusMap] {
        if (!planner->currentPlan())
            planner->detailsDock()->hide();
        focusMap();
    };
    m_lock = new LockController(*m_session, *m_mapEdits, *m_notes, m_window, window.mapArea,
                                std::move(hooks), this);
    const auto relayStatus = [this](auto *source) {
        using Source = std::remove_pointer_t<decltype(source)>;
        connect(source, &Source::statusMessage, this, &SecurityController::statusMessage);
    };
    relayStatus(m_recent);
    relayStatus(m_plans);
    relayStatus(m_packImport);
    relayStatus(m_photos);
    relayStatus(m_mapEdits);
    createMenu();
    retranslateUi();
}

SecurityController::~SecurityController()
{
    // The session locks as it goes and says so; the controllers made after it, still alive
    // while it is deleted, must not take that for a lock of a window half torn down.
    for (QObject *controller : std::initializer_list<QObject *>{this, m_recent, m_plans, m_lock})
        m_session->disconnect(controller);
}

void SecurityController::createMenu()
{
    m_securityMenu = new QMenu(&m_window);
    m_securityMenu->setObjectName(QStringLiteral("securityMenu"));
    m_lockAction = m_securityMenu->addAction(QString(), m_lock, &LockController::lockNow);
    m_lockAction->setObjectName(QStringLiteral("lockNowAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // From any of Blindspot's windows (floating docks, training), not just the main one.
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_keepAction = m_securityMenu->addAction(QString(), m_lock, &LockController::keepInWorkspace);
    m_keepAction->setObjectName(QStringLiteral("keepInWorkspaceAction"));
    m_securityMenu->addSeparator();
    QAction *notesAction = m_notesDock->toggleViewAction();
    notesAction->setObjectName(QStringLiteral("notesAction"));
    m_securityMenu->addAction(notesAction);
    m_trustedKeysAction =
        m_securityMenu->addAction(QString(), this, &SecurityController::showTrustedKeys);
    m_trustedKeysAction->setObjectName(QStringLiteral("trustedKeysAction"));
    m_changePassphraseAction =
        m_securityMenu->addAction(QString(), this, &SecurityController::changePassphrase);
    m_changePassphraseAction->setObjectName(QStringLiteral("changePassphraseAction"));
    m_changePassphraseAction->setVisible(false);
    m_securityMenu->addSeparator();
    m_wipeAction = m_securityMenu->addAction(QString(), m_lock, &LockController::confirmAndWipe);
    m_wipeAction->setObjectName(QStringLiteral("wipeAction"));
}

bool SecurityController::event(QEvent *event)
{
    // The window passes LanguageChange on to its children, this one included.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::event(event);
}

void SecurityController::retranslateUi()
{
    if (!m_securityMenu)
        return; // a state change while the controllers are being made
    m_securityMenu->setTitle(tr("&Security"));
    m_lock->unlockScreen()->setLanguage(m_language());
    const auto set = [](QAction *action, const QString &text, const QString &tip) {
        action->setText(text);
        action->setToolTip(tip);
        action->setStatusTip(tip);
    };
    // What Lock does with unsaved map edits depends on whether there is a workspace to keep
    // them in; the tooltip says which, before the user relies on it.
    QString lockTip =
        tr("Clear your plans, keys and photos from memory at once and show the unlock screen");
    if (m_session->state() == WorkspaceSession::State::Unlocked)
        lockTip += QLatin1String(". ") +
                   tr("Map edits not saved to a file are put into the encrypted workspace and "
                      "offered back when you unlock.");
    else if (m_session->state() == WorkspaceSession::State::MemoryOnly)
        lockTip += QLatin1String(". ") +
                   tr("Without a workspace, map edits not saved to a file are dropped: save "
                      "them first.");
    set(m_lockAction, tr("&Lock now"), lockTip);
    m_notesDock->setWindowTitle(tr("Notes"));
    set(m_notesDock->toggleViewAction(), tr("&Notes"),
        tr("Write notes that are kept with your plans (encrypted in a workspace, or in memory "
           "only)"));
    set(m_trustedKeysAction, tr("&Trusted keys…"),
        tr("See, add and remove the keys whose signatures on map packs you trust"));
    set(m_changePassphraseAction, tr("&Change passphrase…"),
        tr("Save the workspace under a new passphrase"));
    set(m_keepAction, tr("&Keep in a workspace…"),
        tr("Make an encrypted workspace, so that what you do now is kept after Blindspot "
           "closes"));
    set(m_wipeAction, tr("&Wipe…"),
        tr("Delete the workspace and Blindspot's settings for good (you are asked first)"));
    m_recent->retranslateUi();
    m_plans->retranslateUi();

    switch (m_session->state()) {
    case WorkspaceSession::State::Unlocked:
        m_indicator->setText(tr("Workspace: unlocked"));
        m_indicator->setToolTip(
            tr("Saved plans, trusted keys, photos and recent files are kept encrypted in %1. "
               "Security > Lock now (Ctrl+L) clears them from memory.")
                .arg(QDir::toNativeSeparators(m_session->openPath())));
        break;
    case WorkspaceSession::State::MemoryOnly:
        m_indicator->setText(tr("Workspace: memory only"));
        m_indicator->setToolTip(tr("Nothing you do is kept after you close Blindspot. To keep "
                                   "it, use Security > Keep in a workspace."));
        break;
    case WorkspaceSession::State::Locked:
        // "Locked" would suggest there is a workspace when none was ever made here.
        if (QFile::exists(m_session->defaultPath())) {
            m_indicator->setText(tr("Workspace: locked"));
            m_indicator->setToolTip(tr("Nothing of your workspace is in memory."));
        } else {
            m_indicator->setText(tr("Workspace: none open"));
            m_indicator->setToolTip(tr("No workspace is open. Make one, open one kept "
                                       "elsewhere, or continue without one."));
        }
        break;
    }
}

void SecurityController::onStateChanged()
{
    if (!m_keepAction)
        return; // a state change while the controllers are being made
    const WorkspaceSession::State state = m_session->state();
    m_keepAction->setVisible(state == WorkspaceSession::State::MemoryOnly);
    m_changePassphraseAction->setVisible(state == WorkspaceSession::State::Unlocked);
    retranslateUi();
}

void SecurityController::showTrustedKeys()
{
    if (!m_session->hasContent())
        return;
    TrustedKeysDialog dialog(m_session, &m_window);
    dialog.exec();
}

void SecurityController::changePassphrase()
{
    if (m_session->state() != WorkspaceSession::State::Unlocked)
        return;
    ChangePassphraseDialog dialog(m_session, &m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(
            tr("Passphrase changed: this workspace file now opens only with the new one; "
               "earlier copies still open with the old one."),
            kStatusMs);
}

} // namespace blindspot
