#pragma once

class QDockWidget;
class QLabel;

namespace blindspot {

/// Registers the accessible interfaces of Blindspot's own widgets (route cards, icon arrays, the
/// exposure chart, live regions) with QAccessible, once per process. Each of those widgets
/// calls it when made, so that a screen reader meets roles and states rather than generic
/// panes.
void ensureAccessibleInterfaces();

/// Makes `label` a heading for screen readers (role Heading, which Orca's "next heading" keys
/// find), read by its plain text. Call it before the label has text: a screen reader may ask
/// about a label as soon as its text is set, and the answer is kept.
void markAsHeading(QLabel *label);

/// Names the close and float buttons in `dock`'s title bar after the dock ("Close Notes"), in
/// the UI language, and keeps them named as its title, language and floating change. Qt names
/// them "Close" and "Float" once, in the language the program started in.
void nameDockButtons(QDockWidget &dock);

/// From now on, a widget that gets the keyboard focus inside a scroll area is scrolled into
/// view, however the focus got there (Qt does so only for Tab between two widgets already
/// inside the area). Once per process; later calls do nothing.
void keepFocusInView();

} // namespace blindspot
