#pragma once

// Private to the OSM reader: turning OSM ways into base-map rings.
#include "core/geo/lat_lon.h"

#include <cstdint>
#include <vector>

namespace blindspot::osm {

/// Joins ways (each a list of node ids) that share end nodes into longer chains, as the ways of
/// a multipolygon or a coastline are split in OSM. With `mayReverse`, a way may be turned round
/// to join (multipolygon members have no direction); without, only the end of one chain joins
/// the start of another (a coastline keeps the land on its left). Chains whose ends meet are
/// closed: their last id repeats their first.
std::vector<std::vector<std::int64_t>> joinWays(std::vector<std::vector<std::int64_t>> ways,
                                                bool mayReverse);

/// The sea inside `box`, from coastline chains (land on the left, as OSM draws coastline ways;
/// longitude as x, latitude as y). Open chains are cut at the box, and each stretch is closed
/// by walking the box's edge clockwise (the sea on the right) to the next stretch. Closed
/// chains are islands, added as rings for even-odd filling; when there are islands and no
/// coastline crosses the box, the box is taken to be sea around them. Chain ends inside the box
/// (an extract cut off there) are taken to the nearest edge. Empty when the box shows no sea.
std::vector<std::vector<LatLon>> seaRings(const std::vector<std::vector<LatLon>> &chains,
                                          const GeoBox &box);

} // namespace blindspot::osm
