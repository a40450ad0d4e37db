#pragma once

class QDockWidget;

namespace blindspot {

/// Registers the accessible interfaces of Blindspot's own widgets (route cards, icon arrays, the
/// exposure chart, live regions) with QAccessible, once per process. Each of those widgets
/// calls it when made, so that a screen reader meets roles and states rather than generic
/// panes.
void ensureAccessibleInterfaces();

/// Names the close and float buttons in `dock`'s title bar after the dock ("Close Notes"), in
/// the UI language, and keeps them named as its title, language and floating change. Qt names
/// them "Close" and "Float" once, in the language the program started in.
void nameDockButtons(QDockWidget &dock);

/// From now on, a widget that gets the keyboard focus inside a scroll area is scrolled into
/// view, however the focus got there (Qt does so only for Tab between two widgets already
/// inside the area). Once per process; later calls do nothing.
void keepFocusInView();

} // namespace blindspot
