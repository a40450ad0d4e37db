#pragma once

#include "core/io/import_options.h"
#include "core/io/parse_error.h"
#include "core/model/dataset.h"

namespace blindspot {

/// Reads OpenStreetMap data: XML (.osm, .osm.gz, .osm.bz2, .osc) or PBF, with libosmium.
/// Takes cameras (`man_made=surveillance`), the metro network (stations, entrances, route and
/// route_master relations, stop areas) and the walkable street network. Errors name the file
/// and the OSM element (e.g. "relation/123") or the XML line and column.
[[nodiscard]] Result<Dataset> readOsm(const QString &path, const ImportOptions &options);

} // namespace blindspot
