#include "gui/security/recent_files_controller.h"

#include "gui/security/security_text.h"
#include "gui/security/workspace_menu.h"
#include "gui/security/workspace_session.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace blindspot {

namespace {
// How long status bar notes stay.
constexpr int kStatusMs = 8000;
} // namespace

RecentFilesController::RecentFilesController(WorkspaceSession &session, QWidget *menuParent,
                                             QObject *parent)
    : QObject(parent), m_session(session), m_menu(new QMenu(menuParent))
{
    m_menu->setObjectName(QStringLiteral("recentMenu"));
    fillWhenOpenedEmptyWhenLocked(*m_menu, m_session, *this, [this] { rebuildMenu(); });
    retranslateUi();
    rebuildMenu();
}

void RecentFilesController::retranslateUi()
{
    m_menu->setTitle(tr("Open &recent"));
}

void RecentFilesController::rebuildMenu()
{
    m_menu->clear();
    const QStringList &files = m_session.content().recentFiles;
    for (const QString &path : files) {
        QAction *action = m_menu->addAction(SecurityText::menuText(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(action->toolTip());
        connect(action, &QAction::triggered, this, [this, path] { emit recentFileChosen(path); });
    }
    if (files.isEmpty())
        m_menu->addAction(tr("No recent files"))->setEnabled(false);
}

void RecentFilesController::noteRecentFile(const QString &path)
{
    if (!m_session.hasContent())
        return;
    if (const auto error = m_session.addRecentFile(path))
        emit statusMessage(SecurityText::error(*error), kStatusMs);
}

} // namespace blindspot
