#pragma once

// Private to the OSM reader: which OSM elements the base map keeps.
#include "core/model/base_map.h"

#include <osmium/osm/tag.hpp>

#include <optional>

namespace blindspot::osm {

/// The base-map kind of a way or multipolygon relation from its tags, or none. `area` says
/// whether the element can be an area (a closed way, a multipolygon); lines need not be.
/// `walkable` ways are the street network's and are not kept again, except as nothing.
std::optional<BaseMapKind> baseMapKindOf(const osmium::TagList &tags, bool area, bool walkable);

/// `natural=coastline`: land on the way's left, water on its right.
bool isCoastline(const osmium::TagList &tags);

} // namespace blindspot::osm
