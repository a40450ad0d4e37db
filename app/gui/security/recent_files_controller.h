#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace blindspot {

class WorkspaceSession;

/// File > Open recent: remembers the files opened (in the workspace, or in memory only) and
/// lists them in a menu the window places. Nothing is remembered while locked.
class RecentFilesController : public QObject {
    Q_OBJECT
public:
    /// `menuParent` owns the menu.
    RecentFilesController(WorkspaceSession &session, QWidget *menuParent,
                          QObject *parent = nullptr);

    /// The Open recent menu, filled when it opens.
    QMenu *menu() const { return m_menu; }
    /// Remembers a file opened; a failure is said through statusMessage().
    void noteRecentFile(const QString &path);
    void retranslateUi();

signals:
    /// A recent file was chosen in the menu.
    void recentFileChosen(const QString &path);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void rebuildMenu();

    WorkspaceSession &m_session;
    QMenu *m_menu = nullptr;
};

} // namespace blindspot
