#pragma once

#include "common/route_text.h"

#include <QString>

namespace blindspot {

/// The steps of walking leg `legIndex` of `route` (WalkingDirections) as an HTML numbered
/// list, each with the cameras met on it, for the details panel and the printed route card.
/// Empty for a leg that is not a walk.
QString walkingStepsHtml(const Route &route, std::size_t legIndex, const RouteText &text);

} // namespace blindspot
