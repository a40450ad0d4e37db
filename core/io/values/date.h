#pragma once

// Dates in tag and field values (when a camera was seen, when an area was surveyed).
#include <QDate>

#include <string_view>

namespace blindspot {

/// YYYY-MM-DD (OSM also writes YYYY-M-D), an ISO date-time (its date), DD.MM.YYYY, YYYY-MM or
/// YYYY; missing parts fall on the first day. Invalid when the text is none of these.
QDate parseDate(std::string_view text);

} // namespace blindspot
