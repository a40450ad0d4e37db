#include "gui/security/lock_controller.h"

#include "gui/security/notes_panel.h"
#include "gui/security/security_text.h"
#include "gui/security/stored_map_edits.h"
#include "gui/security/unlock_screen.h"
#include "gui/security/workspace_session.h"
#include "gui/shell/app_settings.h"
#include "gui/shell/destructive_confirmation.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QToolBar>

#include <utility>

namespace blindspot {

namespace {

constexpr const char *kSkipUnlockVariable = "BLINDSPOT_NO_UNLOCK_SCREEN";

// Only files that are workspaces are ever wiped: the unlock screen's "another place" may point
// anywhere.
bool isWorkspaceFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(8) == QByteArrayView("BSWKSP\r\n");
}

} // namespace

LockController::LockController(WorkspaceSession &session, StoredMapEdits &mapEdits,
                               NotesPanel &notes, QMainWindow &window, QWidget *mapArea,
                               Hooks hooks, QObject *parent)
    : QObject(parent), m_session(session), m_mapEdits(mapEdits), m_notes(notes),
      m_window(window), m_hooks(std::move(hooks)), m_mapArea(mapArea)
{
    // The unlock screen and the map share the central area; only one is ever shown.
    m_stack = new QStackedWidget(&m_window);
    m_stack->setObjectName(QStringLiteral("centralStack"));
    m_stack->addWidget(m_mapArea);
    m_unlock = new UnlockScreen(&m_session, m_stack);
    m_stack->addWidget(m_unlock);
    m_stack->setCurrentWidget(m_mapArea);
    // Only the page shown counts towards the window's minimum size: the hidden unlock card's
    // width kept the map's page so wide that the window no longer fit a 1600-pixel screen at
    // 1.5x scale (issue 17). The unlock screen, when shown, has the docks' room too.
    const auto onlyShownPageCounts = [this] {
        for (int i = 0; i < m_stack->count(); ++i) {
            QWidget *page = m_stack->widget(i);
            page->setSizePolicy(page == m_stack->currentWidget()
                                    ? QSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred)
                                    : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored));
        }
    };
    onlyShownPageCounts();
    connect(m_stack, &QStackedWidget::currentChanged, this, onlyShownPageCounts);
    connect(m_unlock, &UnlockScreen::wipeRequested, this, &LockController::confirmAndWipe);
    connect(m_unlock, &UnlockScreen::cancelled, this, &LockController::leaveLockedUi);
    connect(&m_session, &WorkspaceSession::stateChanged, this, &LockController::onStateChanged);
    m_window.installEventFilter(this);
}

QWidget *LockController::centralArea() const
{
    return m_stack;
}

bool LockController::unlockScreenWanted()
{
    return !qEnvironmentVariableIsSet(kSkipUnlockVariable);
}

QString LockController::settingsFile()
{
    return AppSettings::open()->fileName();
}

bool LockController::isLockScreenShown() const
{
    return m_stack->currentWidget() == m_unlock;
}

bool LockController::eventFilter(QObject *watched, QEvent *event)
{
    // Closing while locked: the window saves its layout on close, which must be the layout
    // from before the lock, not the one with every dock hidden. Should the close be refused
    // (unsaved map edits, Cancel), the docks are hidden again.
    if (watched == &m_window && event->type() == QEvent::Close && isLockScreenShown()) {
        m_window.setUpdatesEnabled(false);
        m_window.restoreState(m_windowState);
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (isLockScreenShown()) {
                    hideDocksAndToolBars();
                    m_window.setUpdatesEnabled(true);
                }
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void LockController::hideDocksAndToolBars()
{
    for (QDockWidget *dock : m_window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        dock->hide();
    for (QToolBar *bar : m_window.findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        bar->hide();
}

void LockController::coverWindow()
{
    m_windowState = m_window.saveState();
    m_windowTitle = m_window.windowTitle();
    hideDocksAndToolBars();
    // A disabled menu bar also stops its actions' shortcuts.
    m_window.menuBar()->setEnabled(false);
    m_stack->setCurrentWidget(m_unlock);
}

void LockController::onStateChanged()
{
    if (m_session.state() == WorkspaceSession::State::Locked) {
        if (!isLockScreenShown())
            enterLockedUi({});
    } else if (isLockScreenShown()) {
        leaveLockedUi();
    }
}

void LockController::showUnlockScreen(std::function<void()> afterUnlock)
{
    m_afterUnlock = std::move(afterUnlock);
    m_session.lock();
    enterLockedUi({});
}

void LockController::lockNow()
{
    // A note being typed is kept like the map edits: in the workspace if there is one.
    if (m_session.state() == WorkspaceSession::State::Unlocked && m_notes.hasUnsavedText())
        m_notes.saveNote();
    QString failure;
    const bool hadWorkspace = m_session.state() == WorkspaceSession::State::Unlocked;
    const StoredMapEdits::Outcome edits = m_mapEdits.putAside(&failure);
    m_session.lock();
    // Lock is the panic button: it never asks first (the tooltip says what it drops). Without a
    // workspace there is nothing to unlock: say how to go on instead.
    QString notice =
        hadWorkspace
            ? tr("Locked. Your plans, keys and photos were cleared from memory and the trip "
                 "planner was emptied. Unlock to go on.")
            : tr("Locked. Everything you did was cleared from memory and the trip planner was "
                 "emptied. To go on, continue without a workspace again, or make one.");
    switch (edits) {
    case StoredMapEdits::Outcome::None:
        break;
    case StoredMapEdits::Outcome::Kept:
        notice += QLatin1Char(' ') +
                  tr("Your map edits that were not saved to a file were put into the encrypted "
                     "workspace and taken off the map; you are offered them back when you "
                     "unlock.");
        break;
    case StoredMapEdits::Outcome::Dropped:
        notice += QLatin1Char(' ') +
                  tr("Your map edits that were not saved to a file were dropped: without a "
                     "workspace there is no encrypted place to keep them.");
        break;
    case StoredMapEdits::Outcome::KeepFailed:
        notice += QLatin1Char(' ') +
                  tr("Your map edits that were not saved to a file could not be put into the "
                     "workspace and were dropped: %1")
                      .arg(failure);
        break;
    }
    enterLockedUi(notice);
}

void LockController::closeOtherWindows(const QWidget *keep)
{
    // Windows may open or close others as they close (the training window its presenter):
    // go round until none is left open.
    for (int round = 0; round < 4; ++round) {
        bool closed = false;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w != keep && w->isWindow() && w->isVisible()) {
                w->close();
                closed = true;
            }
        if (!closed)
            break;
    }
}

void LockController::enterLockedUi(const QString &notice)
{
    // Other windows go first: the training window and its presenter, dialogs, previews, with
    // whatever photo they held.
    closeOtherWindows(&m_window);
    // Whatever was planned or typed goes with the key, from the form and from the map.
    m_hooks.clearPlanner();
    if (QClipboard *clipboard = QGuiApplication::clipboard(); clipboard->ownsClipboard())
        clipboard->clear();
    if (!isLockScreenShown())
        coverWindow();
    m_window.setWindowTitle(tr("Blindspot (locked)"));
    m_unlock->reset(UnlockScreen::Mode::Unlock, notice);
}

void LockController::leaveLockedUi()
{
    if (!isLockScreenShown())
        return;
    m_stack->setCurrentWidget(m_mapArea);
    m_window.menuBar()->setEnabled(true);
    m_window.restoreState(m_windowState);
    m_window.setWindowTitle(m_windowTitle);
    m_hooks.unlocked();
    // After the unlock screen's own work is done: what follows may open a dialog.
    if (m_afterUnlock)
        QMetaObject::invokeMethod(this, std::exchange(m_afterUnlock, {}), Qt::QueuedConnection);
    // After that too: whatever map the start opens is the one the edits are offered over.
    if (m_mapEdits.hasStoredMapEdits())
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!isLockScreenShown())
                    m_mapEdits.offerStoredMapEdits();
            },
            Qt::QueuedConnection);
}

void LockController::keepInWorkspace()
{
    if (m_session.state() != WorkspaceSession::State::MemoryOnly || isLockScreenShown())
        return;
    coverWindow();
    m_unlock->reset(UnlockScreen::Mode::CreateFromMemory);
}

void LockController::confirmAndWipe()
{
    QStringList workspaces;
    for (const QString &path : {m_session.openPath(), m_session.defaultPath(),
                                isLockScreenShown() ? m_unlock->targetPath() : QString()})
        if (!path.isEmpty() && !workspaces.contains(path) &&
            (path == m_session.openPath() || isWorkspaceFile(path)))
            workspaces << path;
    QStringList items;
    for (const QString &path : workspaces)
        items << tr("the workspace file %1, with the plans, notes, trusted keys, photos and "
                    "recent files in it. Its key material is overwritten first, so that this file "
                    "cannot be opened again, even with the passphrase. Copies made elsewhere "
                    "(backups, USB sticks) and old data the disk itself may keep are out of its "
                    "reach;")
                     .arg(QDir::toNativeSeparators(path).toHtmlEscaped());
    if (m_session.state() == WorkspaceSession::State::MemoryOnly)
        items << tr("what is kept in memory for this session: plans, trusted keys, photos and "
                    "recent files;");
    items << tr("Blindspot's settings file %1: language, window layout and map layers.")
                 .arg(QDir::toNativeSeparators(settingsFile()).toHtmlEscaped());
    const QString text =
        tr("<p>This deletes, for good:</p><ul><li>%1</li></ul><p>Map packs, route cards and "
           "exports you saved yourself are not deleted: delete them separately. This cannot "
           "be undone.</p>")
            .arg(items.join(QStringLiteral("</li><li>")));
    const DestructiveConfirmation confirmation{
        .icon = QMessageBox::Warning,
        .title = tr("Wipe everything Blindspot keeps?"),
        .text = text, // the paths in it are escaped
        .format = Qt::RichText,
        .action = tr("&Wipe"),
        .objectName = QStringLiteral("wipeConfirmation"),
        .actionObjectName = QStringLiteral("wipeConfirmButton"),
    };
    if (confirmation.ask(&m_window))
        wipe();
}

void LockController::wipe()
{
    const QString target = isLockScreenShown() ? m_unlock->targetPath() : QString();
    // Unsaved map edits go as a lock drops them, with nowhere to keep them.
    const bool droppedEdits = m_mapEdits.hasUnsavedEdits();
    m_mapEdits.revertMapToUnedited();
    std::optional<SecurityError> failure = m_session.wipe({settingsFile()});
    // A workspace elsewhere that the unlock screen pointed at goes too.
    if (!target.isEmpty() && isWorkspaceFile(target)) {
        std::optional<SecurityError> error = wipeWorkspaceFiles(target, {});
        if (!failure)
            failure = std::move(error);
    }
    // Closing the window would write the settings file again.
    AppSettings::stopWriting();
    m_hooks.clearPlanner();
    QString notice = failure ? tr("Not everything could be deleted: %1 Delete that file "
                                  "yourself, then empty the trash.")
                                   .arg(SecurityText::problem(*failure))
                             : tr("Wiped: the workspace and Blindspot's settings were deleted. "
                                  "Map packs and files you saved yourself were not touched.");
    if (droppedEdits)
        notice += QLatin1Char(' ') + tr("Map edits that were not saved to a file were dropped.");
    enterLockedUi(notice);
}

} // namespace blindspot
