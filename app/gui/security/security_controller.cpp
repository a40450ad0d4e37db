#include "gui/security/security_controller.h"

#include "gui/shell/app_settings.h"
#include "gui/security/change_passphrase_dialog.h"
#include "gui/editing/dataset_document.h"
#include "gui/editing/dataset_edit_command.h"
#include "common/embedded_data.h"
#include "common/error_text.h"
#include "core/io/pack_io.h"
#include "gui/shell/main_window.h"
#include "gui/map/map_view.h"
#include "gui/security/notes_panel.h"
#include "gui/security/pack_trust_dialog.h"
#include "gui/security/photo_redaction_dialog.h"
#include "gui/planner/planner_panel.h"
#include "gui/shell/private_file_dialog.h"
#include "core/security/secure_bytes.h"
#include "gui/security/security_text.h"
#include "gui/security/trusted_keys_dialog.h"
#include "gui/security/unlock_screen.h"
#include "gui/security/workspace_session.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>
#include <utility>

namespace blindspot {

namespace {

constexpr const char *kSkipUnlockVariable = "BLINDSPOT_NO_UNLOCK_SCREEN";
// How long status bar notes stay.
constexpr int kStatusMs = 8000;

// Menu texts shorten "&" to a mnemonic; a file or plan name keeps its own.
QString menuText(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

// Only files that are workspaces are ever wiped: the unlock screen's "another place" may point
// anywhere.
bool isWorkspaceFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(8) == QByteArrayView("BSWKSP\r\n");
}

} // namespace

SecurityController::SecurityController(MainWindow *window, PlannerPanel *planner, QMenu *fileMenu,
                                       QAction *recentBefore)
    : QObject(window), m_window(window), m_planner(planner), m_session(new WorkspaceSession(this))
{
    setObjectName(QStringLiteral("securityController"));

    // The unlock screen and the map share the central area; only one is ever shown.
    m_mapArea = window->takeCentralWidget();
    m_stack = new QStackedWidget(window);
    m_stack->setObjectName(QStringLiteral("centralStack"));
    m_stack->addWidget(m_mapArea);
    m_unlock = new UnlockScreen(m_session, m_stack);
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
    window->setCentralWidget(m_stack);
    connect(m_unlock, &UnlockScreen::wipeRequested, this, &SecurityController::confirmAndWipe);
    connect(m_unlock, &UnlockScreen::cancelled, this, &SecurityController::leaveLockedUi);
    connect(m_unlock, &UnlockScreen::languageRequested, window, &MainWindow::setLanguage);

    m_indicator = new QLabel(window);
    m_indicator->setObjectName(QStringLiteral("workspaceIndicator"));
    window->statusBar()->addPermanentWidget(m_indicator);

    m_securityMenu = new QMenu(window);
    m_securityMenu->setObjectName(QStringLiteral("securityMenu"));
    m_lockAction = m_securityMenu->addAction(QString(), this, &SecurityController::lockNow);
    m_lockAction->setObjectName(QStringLiteral("lockNowAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // From any of Blindspot's windows (floating docks, training), not just the main one.
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_keepAction = m_securityMenu->addAction(QString(), this, &SecurityController::keepInWorkspace);
    m_keepAction->setObjectName(QStringLiteral("keepInWorkspaceAction"));
    m_securityMenu->addSeparator();

    // Notes live in a dock, hidden until asked for; the lock hides it with the other docks.
    m_notesDock = new QDockWidget(window);
    m_notesDock->setObjectName(QStringLiteral("notesDock"));
    m_notes = new NotesPanel(m_session, m_notesDock);
    m_notesDock->setWidget(m_notes);
    window->addDockWidget(Qt::RightDockWidgetArea, m_notesDock);
    m_notesDock->hide();
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
    m_wipeAction = m_securityMenu->addAction(QString(), this, &SecurityController::confirmAndWipe);
    m_wipeAction->setObjectName(QStringLiteral("wipeAction"));
    // Before Help, which stays last.
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), m_securityMenu);

    m_recentMenu = new QMenu(window);
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    fileMenu->insertMenu(recentBefore, m_recentMenu);
    // Filled when opened, so that no menu holds a file name longer than needed.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &SecurityController::rebuildMenus);

    QMenu *plan = planner->menu();
    plan->addSeparator();
    m_savePlanAction = plan->addAction(QString(), this, &SecurityController::chooseNameAndSavePlan);
    m_savePlanAction->setObjectName(QStringLiteral("savePlanAction"));
    m_savePlanAction->setEnabled(false);
    connect(planner, &PlannerPanel::routeAvailable, m_savePlanAction, &QAction::setEnabled);
    m_savedPlansMenu = new QMenu(plan);
    m_savedPlansMenu->setObjectName(QStringLiteral("savedPlansMenu"));
    plan->addMenu(m_savedPlansMenu);
    connect(m_savedPlansMenu, &QMenu::aboutToShow, this, &SecurityController::rebuildMenus);

    connect(m_session, &WorkspaceSession::stateChanged, this, &SecurityController::onStateChanged);
    window->installEventFilter(this);
    retranslateUi();
    rebuildMenus();
}

SecurityController::~SecurityController() = default;

bool SecurityController::unlockScreenWanted()
{
    return !qEnvironmentVariableIsSet(kSkipUnlockVariable);
}

QString SecurityController::settingsFile()
{
    return AppSettings::open()->fileName();
}

bool SecurityController::isLockScreenShown() const
{
    return m_stack->currentWidget() == m_unlock;
}

bool SecurityController::eventFilter(QObject *watched, QEvent *event)
{
    // Closing while locked: the window saves its layout on close, which must be the layout
    // from before the lock, not the one with every dock hidden. Should the close be refused
    // (unsaved map edits, Cancel), the docks are hidden again.
    if (watched == m_window && event->type() == QEvent::Close && isLockScreenShown()) {
        m_window->setUpdatesEnabled(false);
        m_window->restoreState(m_windowState);
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (isLockScreenShown()) {
                    hideDocksAndToolBars();
                    m_window->setUpdatesEnabled(true);
                }
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void SecurityController::hideDocksAndToolBars()
{
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        dock->hide();
    for (QToolBar *bar : m_window->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        bar->hide();
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
    m_securityMenu->setTitle(tr("&Security"));
    m_unlock->setLanguage(m_window->language());
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
    m_recentMenu->setTitle(tr("Open &recent"));
    set(m_savePlanAction, tr("Sa&ve this plan…"),
        tr("Keep the start and destination of this trip, to plan it again later"));
    m_savedPlansMenu->setTitle(tr("Saved p&lans"));

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
    const WorkspaceSession::State state = m_session->state();
    m_keepAction->setVisible(state == WorkspaceSession::State::MemoryOnly);
    m_changePassphraseAction->setVisible(state == WorkspaceSession::State::Unlocked);
    retranslateUi();
    if (state == WorkspaceSession::State::Locked) {
        m_recentMenu->clear();
        m_savedPlansMenu->clear();
        if (!isLockScreenShown())
            enterLockedUi({});
    } else if (isLockScreenShown()) {
        leaveLockedUi();
    }
}

void SecurityController::showUnlockScreen(std::function<void()> afterUnlock)
{
    m_afterUnlock = std::move(afterUnlock);
    m_session->lock();
    enterLockedUi({});
}

void SecurityController::lockNow()
{
    // A note being typed is kept like the map edits: in the workspace if there is one.
    if (m_session->state() == WorkspaceSession::State::Unlocked && m_notes->hasUnsavedText())
        m_notes->saveNote();
    QString failure;
    const bool hadWorkspace = m_session->state() == WorkspaceSession::State::Unlocked;
    const MapEditsOnLock edits = putAsideMapEdits(&failure);
    m_session->lock();
    // Lock is the panic button: it never asks first (the tooltip says what it drops). Without a
    // workspace there is nothing to unlock: say how to go on instead.
    QString notice =
        hadWorkspace
            ? tr("Locked. Your plans, keys and photos were cleared from memory and the trip "
                 "planner was emptied. Unlock to go on.")
            : tr("Locked. Everything you did was cleared from memory and the trip planner was "
                 "emptied. To go on, continue without a workspace again, or make one.");
    switch (edits) {
    case MapEditsOnLock::None:
        break;
    case MapEditsOnLock::Kept:
        notice += QLatin1Char(' ') +
                  tr("Your map edits that were not saved to a file were put into the encrypted "
                     "workspace and taken off the map; you are offered them back when you "
                     "unlock.");
        break;
    case MapEditsOnLock::Dropped:
        notice += QLatin1Char(' ') +
                  tr("Your map edits that were not saved to a file were dropped: without a "
                     "workspace there is no encrypted place to keep them.");
        break;
    case MapEditsOnLock::KeepFailed:
        notice += QLatin1Char(' ') +
                  tr("Your map edits that were not saved to a file could not be put into the "
                     "workspace and were dropped: %1")
                      .arg(failure);
        break;
    }
    enterLockedUi(notice);
}

SecurityController::MapEditsOnLock SecurityController::putAsideMapEdits(QString *failure)
{
    DatasetDocument *document = m_window->document();
    if (!document->hasDataset() || !document->isModified())
        return MapEditsOnLock::None;
    MapEditsOnLock outcome = MapEditsOnLock::Dropped;
    if (m_session->state() == WorkspaceSession::State::Unlocked) {
        // The whole edited map as a .bspack: the format exists, its reader validates what it
        // reads, and restoring is then one replaceDataset step that Undo takes back. A list of
        // changes would need a format of its own and a base map to apply it to, which may be
        // gone or different at the next unlock. The cost is size (a pack, not a diff) inside a
        // file that is encrypted either way. Stored edits from an earlier lock the user has
        // not restored yet are replaced: the map these edits were made on already holds them
        // or was chosen without them.
        if (const auto error = m_session->setCameraEdits(packBytes(*document->dataset()))) {
            outcome = MapEditsOnLock::KeepFailed;
            if (failure)
                *failure = SecurityText::problem(*error);
        } else {
            outcome = MapEditsOnLock::Kept;
        }
    }
    revertMapToUnedited();
    return outcome;
}

void SecurityController::revertMapToUnedited()
{
    DatasetDocument *document = m_window->document();
    if (!document->hasDataset() || !document->isModified())
        return;
    QUndoStack *undo = document->undoStack();
    const QString path = document->filePath();
    std::shared_ptr<const Dataset> unedited;
    if (undo->cleanIndex() >= 0) {
        // Undoing back to the last save or open gives exactly the map as it was, without
        // reading a file that may have changed or gone since.
        undo->setIndex(undo->cleanIndex());
        unedited = document->dataset();
    } else if (!path.isEmpty()) {
        Result<Dataset> read = readPackFile(path);
        if (auto *dataset = std::get_if<Dataset>(&read))
            unedited = std::make_shared<const Dataset>(std::move(*dataset));
    }
    if (!unedited && document->dataset()->header.fictional)
        unedited = std::make_shared<const Dataset>(embeddedTrainingCity());
    // setDataset copies the map and starts a fresh undo history: the undone edits, which the
    // redo side of the old history still held, go with it. Without any unedited map to show
    // (a map that was only imported, never saved), no map is shown.
    m_window->setDataset(unedited);
    if (unedited)
        document->setSaved(path);
}

bool SecurityController::keepMapEditsForNextUnlock()
{
    DatasetDocument *document = m_window->document();
    if (m_session->state() != WorkspaceSession::State::Unlocked || !document->hasDataset() ||
        !document->isModified())
        return false;
    return !m_session->setCameraEdits(packBytes(*document->dataset()));
}

bool SecurityController::hasStoredMapEdits() const
{
    return m_session->state() == WorkspaceSession::State::Unlocked &&
           !m_session->content().cameraEdits.isEmpty();
}

void SecurityController::offerStoredMapEdits()
{
    if (!hasStoredMapEdits() || isLockScreenShown())
        return;
    QMessageBox box(QMessageBox::Question, tr("Restore map edits?"),
                    tr("You had map edits that were not saved to a file: restore them?"),
                    QMessageBox::NoButton, m_window);
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

bool SecurityController::restoreStoredMapEdits()
{
    if (!hasStoredMapEdits())
        return false;
    Result<Dataset> read =
        readPackBytes(m_session->content().cameraEdits, tr("map edits kept in the workspace"));
    if (const auto *error = std::get_if<ParseError>(&read)) {
        QMessageBox::warning(m_window, tr("Map edits not restored"),
                             tr("%1. The edits stay in the workspace; nothing was changed.")
                                 .arg(ErrorText::located(*error)));
        return false;
    }
    Dataset restored = std::get<Dataset>(std::move(read));
    DatasetDocument *document = m_window->document();
    if (document->hasDataset()) {
        if (!document->push(DatasetEditCommand::replaceDataset(*document, std::move(restored),
                                                               tr("Restore map edits")))) {
            QMessageBox::warning(m_window, tr("Map edits not restored"),
                                 tr("The edited map is not valid. The edits stay in the "
                                    "workspace; nothing was changed."));
            return false;
        }
    } else {
        m_window->setDataset(std::make_shared<const Dataset>(std::move(restored)));
    }
    if (const auto error = m_session->setCameraEdits({})) {
        m_window->statusBar()->showMessage(
            tr("Map edits restored, but they could not be removed from the workspace: %1")
                .arg(SecurityText::problem(*error)),
            kStatusMs);
        return true;
    }
    m_window->statusBar()->showMessage(
        tr("Map edits restored. They are not saved to a file yet: use File > Save to keep them "
           "outside the workspace."),
        kStatusMs);
    return true;
}

bool SecurityController::discardStoredMapEdits()
{
    if (!hasStoredMapEdits())
        return false;
    if (const auto error = m_session->setCameraEdits({})) {
        QMessageBox::warning(m_window, tr("Map edits not discarded"), SecurityText::error(*error));
        return false;
    }
    m_window->statusBar()->showMessage(tr("The stored map edits were deleted from the workspace."),
                                       kStatusMs);
    return true;
}

void SecurityController::showTrustedKeys()
{
    if (!m_session->hasContent())
        return;
    TrustedKeysDialog dialog(m_session, m_window);
    dialog.exec();
}

void SecurityController::changePassphrase()
{
    if (m_session->state() != WorkspaceSession::State::Unlocked)
        return;
    ChangePassphraseDialog dialog(m_session, m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window->statusBar()->showMessage(
            tr("Passphrase changed: this workspace file now opens only with the new one; "
               "earlier copies still open with the old one."), kStatusMs);
}

void SecurityController::closeOtherWindows(const QWidget *keep)
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

void SecurityController::enterLockedUi(const QString &notice)
{
    // Other windows go first: the training window and its presenter, dialogs, previews, with
    // whatever photo they held.
    closeOtherWindows(m_window);
    // Whatever was planned or typed goes with the key, from the form and from the map.
    m_planner->setDataset(m_window->dataset());
    if (QClipboard *clipboard = QGuiApplication::clipboard(); clipboard->ownsClipboard())
        clipboard->clear();
    if (!isLockScreenShown()) {
        m_windowState = m_window->saveState();
        m_windowTitle = m_window->windowTitle();
        hideDocksAndToolBars();
        // A disabled menu bar also stops its actions' shortcuts.
        m_window->menuBar()->setEnabled(false);
        m_stack->setCurrentWidget(m_unlock);
    }
    m_window->setWindowTitle(tr("Blindspot (locked)"));
    m_unlock->reset(UnlockScreen::Mode::Unlock, notice);
}

void SecurityController::leaveLockedUi()
{
    if (!isLockScreenShown())
        return;
    m_stack->setCurrentWidget(m_mapArea);
    m_window->menuBar()->setEnabled(true);
    m_window->restoreState(m_windowState);
    m_window->setWindowTitle(m_windowTitle);
    if (!m_planner->currentPlan())
        m_planner->detailsDock()->hide();
    m_window->mapView()->setFocus();
    // After the unlock screen's own work is done: what follows may open a dialog.
    if (m_afterUnlock)
        QMetaObject::invokeMethod(this, std::exchange(m_afterUnlock, {}), Qt::QueuedConnection);
    // After that too: whatever map the start opens is the one the edits are offered over.
    if (hasStoredMapEdits())
        QMetaObject::invokeMethod(this, &SecurityController::offerStoredMapEdits,
                                  Qt::QueuedConnection);
}

void SecurityController::keepInWorkspace()
{
    if (m_session->state() != WorkspaceSession::State::MemoryOnly || isLockScreenShown())
        return;
    m_windowState = m_window->saveState();
    m_windowTitle = m_window->windowTitle();
    hideDocksAndToolBars();
    m_window->menuBar()->setEnabled(false);
    m_stack->setCurrentWidget(m_unlock);
    m_unlock->reset(UnlockScreen::Mode::CreateFromMemory);
}

void SecurityController::rebuildMenus()
{
    m_savedPlansMenu->clear();
    const WorkspaceContent &content = m_session->content();
    for (std::size_t i = 0; i < content.plans.size(); ++i) {
        const SavedPlan &plan = content.plans[i];
        QAction *action = m_savedPlansMenu->addAction(menuText(plan.name));
        action->setToolTip(tr("%1 to %2").arg(plan.fromPlace, plan.toPlace));
        connect(action, &QAction::triggered, this, [this, i] { openSavedPlan(i); });
    }
    if (content.plans.empty()) {
        m_savedPlansMenu->addAction(tr("No saved plans"))->setEnabled(false);
    } else {
        m_savedPlansMenu->addSeparator();
        m_savedPlansMenu->addAction(tr("&Delete a saved plan…"), this,
                                    &SecurityController::chooseSavedPlanToDelete);
    }

    m_recentMenu->clear();
    for (const QString &path : content.recentFiles) {
        QAction *action = m_recentMenu->addAction(menuText(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(action->toolTip());
        connect(action, &QAction::triggered, this, [this, path] { emit recentFileChosen(path); });
    }
    if (content.recentFiles.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

void SecurityController::noteRecentFile(const QString &path)
{
    if (!m_session->hasContent())
        return;
    if (const auto error = m_session->addRecentFile(path))
        m_window->statusBar()->showMessage(SecurityText::error(*error), kStatusMs);
}

bool SecurityController::saveCurrentPlan(const QString &name)
{
    const std::optional<Plan> &plan = m_planner->currentPlan();
    const auto *from = m_planner->findChild<QLineEdit *>(QStringLiteral("fromEdit"));
    const auto *to = m_planner->findChild<QLineEdit *>(QStringLiteral("toEdit"));
    if (!plan || !m_window->dataset() || !from || !to) {
        m_window->statusBar()->showMessage(tr("Plan a trip first, then save it."), kStatusMs);
        return false;
    }
    SavedPlan saved;
    saved.name = name.trimmed();
    saved.fromPlace = from->text().trimmed();
    saved.toPlace = to->text().trimmed();
    saved.fromPosition = plan->request.from.position;
    saved.toPosition = plan->request.to.position;
    // The planner always shows the fastest, the least exposed and the choices between.
    saved.mode = QStringLiteral("pareto");
    saved.profile = plan->conditions.profile;
    saved.datasetId = m_window->dataset()->header.id;
    saved.created = QDateTime::currentDateTimeUtc();
    if (saved.name.isEmpty())
        saved.name = tr("%1 to %2").arg(saved.fromPlace, saved.toPlace);
    if (const auto error = m_session->addPlan(std::move(saved))) {
        QMessageBox::warning(m_window, tr("Plan not saved"), SecurityText::error(*error));
        return false;
    }
    m_window->statusBar()->showMessage(
        m_session->state() == WorkspaceSession::State::Unlocked
            ? tr("Plan saved in your encrypted workspace.")
            : tr("Plan kept in memory only: it is gone when Blindspot closes."),
        kStatusMs);
    return true;
}

void SecurityController::chooseNameAndSavePlan()
{
    const auto *from = m_planner->findChild<QLineEdit *>(QStringLiteral("fromEdit"));
    const auto *to = m_planner->findChild<QLineEdit *>(QStringLiteral("toEdit"));
    if (!m_planner->currentPlan() || !from || !to) {
        m_window->statusBar()->showMessage(tr("Plan a trip first, then save it."), kStatusMs);
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_window, tr("Save this plan"),
        m_session->state() == WorkspaceSession::State::Unlocked
            ? tr("A name for this plan. It is kept encrypted in your workspace:")
            : tr("A name for this plan. Without a workspace it is kept only until Blindspot "
                 "closes:"),
        QLineEdit::Normal, tr("%1 to %2").arg(from->text().trimmed(), to->text().trimmed()), &ok);
    if (ok)
        saveCurrentPlan(name);
}

bool SecurityController::openSavedPlan(std::size_t index)
{
    const WorkspaceContent &content = m_session->content();
    if (index >= content.plans.size())
        return false;
    const SavedPlan plan = content.plans[index];
    if (!m_window->dataset()) {
        m_window->statusBar()->showMessage(tr("Open a map first."), kStatusMs);
        return false;
    }
    if (auto *profile = m_planner->findChild<QComboBox *>(QStringLiteral("profileCombo"))) {
        const int at = profile->findData(plan.profile);
        if (at >= 0)
            profile->setCurrentIndex(at);
    }
    m_planner->show();
    m_planner->raise();
    const bool planned = m_planner->planBetween(plan.fromPlace, plan.toPlace);
    if (!plan.datasetId.isEmpty() && plan.datasetId != m_window->dataset()->header.id)
        m_window->statusBar()->showMessage(
            tr("This plan was saved on another map; it was planned on the map shown now."),
            kStatusMs);
    return planned;
}

void SecurityController::chooseSavedPlanToDelete()
{
    const WorkspaceContent &content = m_session->content();
    QStringList names;
    for (const SavedPlan &plan : content.plans)
        names << plan.name;
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, tr("Delete a saved plan"),
                                                 tr("Saved plan to delete:"), names, 0, false, &ok);
    if (!ok || !names.contains(chosen))
        return;
    if (const auto error = m_session->removePlan(std::size_t(names.indexOf(chosen))))
        QMessageBox::warning(m_window, tr("Plan not deleted"), SecurityText::error(*error));
}

void SecurityController::confirmAndWipe()
{
    QStringList workspaces;
    for (const QString &path : {m_session->openPath(), m_session->defaultPath(),
                                isLockScreenShown() ? m_unlock->targetPath() : QString()})
        if (!path.isEmpty() && !workspaces.contains(path) &&
            (path == m_session->openPath() || isWorkspaceFile(path)))
            workspaces << path;
    QStringList items;
    for (const QString &path : workspaces)
        items << tr("the workspace file %1, with the plans, notes, trusted keys, photos and "
                    "recent files in it. Its key material is overwritten first, so that this file "
                    "cannot be opened again, even with the passphrase. Copies made elsewhere "
                    "(backups, USB sticks) and old data the disk itself may keep are out of its "
                    "reach;")
                     .arg(QDir::toNativeSeparators(path).toHtmlEscaped());
    if (m_session->state() == WorkspaceSession::State::MemoryOnly)
        items << tr("what is kept in memory for this session: plans, trusted keys, photos and "
                    "recent files;");
    items << tr("Blindspot's settings file %1: language, window layout and map layers.")
                 .arg(QDir::toNativeSeparators(settingsFile()).toHtmlEscaped());
    const QString text =
        tr("<p>This deletes, for good:</p><ul><li>%1</li></ul><p>Map packs, route cards and "
           "exports you saved yourself are not deleted: delete them separately. This cannot "
           "be undone.</p>")
            .arg(items.join(QStringLiteral("</li><li>")));
    QMessageBox box(QMessageBox::Warning, tr("Wipe everything Blindspot keeps?"), text,
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("wipeConfirmation"));
    box.setTextFormat(Qt::RichText);
    QPushButton *wipeButton = box.addButton(tr("&Wipe"), QMessageBox::DestructiveRole);
    wipeButton->setObjectName(QStringLiteral("wipeConfirmButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() == wipeButton)
        wipe();
}

void SecurityController::wipe()
{
    const QString target = isLockScreenShown() ? m_unlock->targetPath() : QString();
    // Unsaved map edits go as a lock drops them, with nowhere to keep them.
    const bool droppedEdits = m_window->document()->isModified();
    revertMapToUnedited();
    std::optional<SecurityError> failure = m_session->wipe({settingsFile()});
    // A workspace elsewhere that the unlock screen pointed at goes too.
    if (!target.isEmpty() && isWorkspaceFile(target)) {
        std::optional<SecurityError> error = wipeWorkspaceFiles(target, {});
        if (!failure)
            failure = std::move(error);
    }
    // Closing the window would write the settings file again.
    AppSettings::stopWriting();
    m_planner->setDataset(m_window->dataset());
    QString notice = failure ? tr("Not everything could be deleted: %1 Delete that file "
                                  "yourself, then empty the trash.")
                                   .arg(SecurityText::problem(*failure))
                             : tr("Wiped: the workspace and Blindspot's settings were deleted. "
                                  "Map packs and files you saved yourself were not touched.");
    if (droppedEdits)
        notice += QLatin1Char(' ') + tr("Map edits that were not saved to a file were dropped.");
    enterLockedUi(notice);
}

std::optional<PackImportTrust> SecurityController::checkPackImport(const QString &path,
                                                                   Dataset &incoming)
{
    const QString name = QFileInfo(path).fileName();
    const auto refuse = [&](const QString &text) -> std::optional<PackImportTrust> {
        QMessageBox::warning(m_window, tr("Cannot import"), text);
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !looksLikePack(file.peek(16)))
        return PackImportTrust{}; // not a map pack: nobody signs CSV or OSM files
    if (file.size() > kMaxPackBytes)
        return refuse(tr("%1 is larger than Blindspot accepts. Nothing was imported.").arg(name));
    // The signature is checked over these bytes, and the import uses what is read from them,
    // not from an earlier read of a file that may have changed since.
    const QByteArray bytes = file.readAll();
    Result<Dataset> read = readPackBytes(bytes, name);
    if (const auto *error = std::get_if<ParseError>(&read))
        return refuse(tr("%1. Nothing was imported.").arg(ErrorText::located(*error)));
    incoming = std::get<Dataset>(std::move(read));

    std::optional<MinisignSignature> signature;
    QString signatureProblem;
    const QString signaturePath = path + QStringLiteral(".minisig");
    if (QFileInfo::exists(signaturePath)) {
        QFile sigFile(signaturePath);
        if (!sigFile.open(QIODevice::ReadOnly)) {
            signatureProblem = tr("%1 cannot be opened: %2.")
                                   .arg(QFileInfo(signaturePath).fileName(), sigFile.errorString());
        } else {
            const QString sigName = QFileInfo(signaturePath).fileName();
            const QByteArray sigBytes = sigFile.read(kMaxMinisignSignatureFileBytes + 1);
            Result<MinisignSignature> parsed = ParseError{};
            if (sigBytes.size() > kMaxMinisignSignatureFileBytes) {
                ParseError tooLarge;
                tooLarge.file = sigName;
                tooLarge.code = ParseErrorCode::TooLarge;
                tooLarge.detail = QLocale().formattedDataSize(kMaxMinisignSignatureFileBytes);
                parsed = tooLarge;
            } else {
                parsed = parseSignatureFile(sigBytes, sigName);
            }
            if (const auto *error = std::get_if<ParseError>(&parsed))
                signatureProblem = ErrorText::located(*error);
            else
                signature = std::get<MinisignSignature>(std::move(parsed));
        }
    }

    PackImportTrust trust;
    trust.header = incoming.header;
    const PackAssessment quick = m_session->content().trust.assess(
        bytes, incoming.header, signature, QDateTime::currentDateTimeUtc());
    // An unsigned pack with nothing to warn about goes straight to the review, as any file.
    if (!signature && signatureProblem.isEmpty() && !quick.expired && !quick.rollback &&
        !quick.signerChanged)
        return trust;
    PackTrustDialog dialog(m_session, bytes, incoming.header, signature, signatureProblem, path,
                           m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.canContinue())
        return std::nullopt;
    const PackAssessment &assessment = dialog.assessment();
    trust.trustworthy = signatureProblem.isEmpty() && assessment.isTrustworthy();
    if (assessment.signer == PackAssessment::Signer::Trusted && assessment.trustedSigner)
        trust.verifiedSigner = assessment.trustedSigner->key;
    return trust;
}

void SecurityController::packImported(const PackImportTrust &trust)
{
    if (!trust.header || !m_session->hasContent())
        return;
    if (const auto error = m_session->recordImport(*trust.header, trust.verifiedSigner))
        m_window->statusBar()->showMessage(
            tr("The import was applied, but its version could not be remembered: %1")
                .arg(SecurityText::problem(*error)),
            kStatusMs);
}

void SecurityController::attachPhoto(CameraId camera)
{
    const auto choice = PrivateFileDialog::openFile(
        m_window, tr("Attach a photo of this camera"),
        {tr("Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)"), tr("All files (*)")});
    if (choice)
        attachPhotoFile(camera, choice->path);
}

bool SecurityController::attachPhotoFile(CameraId camera, const QString &path)
{
    const std::shared_ptr<const Dataset> &dataset = m_window->dataset();
    if (!dataset || indexOf(camera) >= dataset->cameras.size() || !m_session->hasContent())
        return false;
    const QString name = QFileInfo(path).fileName();
    const auto refuse = [&](const QString &text) {
        QMessageBox::warning(m_window, tr("Photo not attached"), text);
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(
            tr("%1 cannot be opened: %2. Nothing was attached.").arg(name, file.errorString()));
    if (file.size() > kMaxPhotoBytes)
        return refuse(
            tr("%1 is larger than Blindspot accepts for a photo. Nothing was attached.").arg(name));
    PhotoRedactionDialog dialog(file.readAll(), name, m_window);
    if (!dialog.problem().isEmpty())
        return refuse(tr("%1. Nothing was attached.").arg(dialog.problem()));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const RedactedPhoto &photo = dialog.redacted();
    if (const auto error = m_session->addPhoto(
            EvidencePhoto{photo.sha256, photo.bytes, QDateTime::currentDateTimeUtc()}))
        return refuse(SecurityText::error(*error));

    // The camera's own sighting (the local-edits source) refers to the photo by its hash; the
    // edit that records it is undoable like any other.
    const SourceId local = m_window->document()->localSource().value_or(
        static_cast<SourceId>(dataset->sources.size()));
    Camera after = dataset->camera(camera);
    auto sighting = std::find_if(after.sightings.begin(), after.sightings.end(),
                                 [&](const Sighting &s) { return s.source == local; });
    if (sighting == after.sightings.end()) {
        Sighting added;
        added.source = local;
        added.observed = QDate::currentDate();
        after.sightings.push_back(added);
        sighting = after.sightings.end() - 1;
    }
    sighting->evidenceHash = photo.sha256;
    if (!m_window->changeCamera(camera, after))
        return refuse(tr("The photo was stored, but the camera could not be changed to refer to "
                         "it."));
    m_window->statusBar()->showMessage(
        m_session->state() == WorkspaceSession::State::Unlocked
            ? tr("Photo attached; the covered version is kept encrypted in your workspace.")
            : tr("Photo attached; the covered version is kept in memory only, until Blindspot "
                 "closes."),
        kStatusMs);
    return true;
}

} // namespace blindspot
