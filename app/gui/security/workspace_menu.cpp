#include "gui/security/workspace_menu.h"

#include "gui/security/workspace_session.h"

#include <QMenu>

namespace blindspot {

void fillWhenOpenedEmptyWhenLocked(QMenu &menu, WorkspaceSession &session, QObject &context,
                                   std::function<void()> fill)
{
    QObject::connect(&menu, &QMenu::aboutToShow, &context, std::move(fill));
    QObject::connect(&session, &WorkspaceSession::stateChanged, &context,
                     [&menu](WorkspaceSession::State state) {
                         if (state == WorkspaceSession::State::Locked)
                             menu.clear();
                     });
}

} // namespace blindspot
