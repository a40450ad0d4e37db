#pragma once

#include "core/io/import_options.h"
#include "core/io/parse_error.h"
#include "core/model/dataset.h"

namespace blindspot {

/// Reads a GTFS feed, zipped or unpacked in a folder: stops (location_type 0/1/2 as platforms,
/// stations and entrances), routes, trips and stop_times (ride times), transfers.
/// Errors name the file inside the feed with line and column.
[[nodiscard]] Result<Dataset> readGtfs(const QString &path, const ImportOptions &options);

} // namespace blindspot
