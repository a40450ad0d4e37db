#pragma once

#include <QObject>

#include <functional>

class QMenu;

namespace blindspot {

class WorkspaceSession;

/// Makes `menu` one that lists what the workspace holds (recent files, saved plans): `fill`
/// builds it each time it is about to open, so that no file or place name waits in a menu
/// longer than needed, and the menu is emptied as soon as the session locks. `context` owns
/// the connections (the controller that owns the menu).
void fillWhenOpenedEmptyWhenLocked(QMenu &menu, WorkspaceSession &session, QObject &context,
                                   std::function<void()> fill);

} // namespace blindspot
