#pragma once

// Private to the OSM reader.
#include "core/geo/lat_lon.h"

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace blindspot::osm {

/// Points bucketed by 0.01 degree cells, answering "the nearest within a few hundred metres" over
/// any extent, a metro network or the planet, without a projection that only suits one city
/// (and without a dense grid over an extent that may be a continent).
class PointGrid {
public:
    void add(LatLon p, std::uint32_t item);

    /// The item nearest to p within maxMetres (great-circle distance; ties go to the lower item),
    /// or -1 when there is none.
    std::int64_t nearest(LatLon p, double maxMetres) const;

private:
    std::unordered_map<std::uint64_t, std::vector<std::pair<LatLon, std::uint32_t>>> m_cells;
};

} // namespace blindspot::osm
