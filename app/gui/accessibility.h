#pragma once

namespace blindspot {

/// Registers the accessible interfaces of Blindspot's own widgets (route cards, icon arrays, the
/// exposure chart) with QAccessible, once per process. Each of those widgets calls it
/// when made, so that a screen reader meets roles and states rather than generic panes.
void ensureAccessibleInterfaces();

} // namespace blindspot
