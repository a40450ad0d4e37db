#include "io/osm/node_locations.h"

#include <algorithm>

namespace blindspot::osm {

LatLon latLonOf(osmium::Location location)
{
    if (!location.valid())
        return {};
    return {location.lat_without_check(), location.lon_without_check()};
}

void NodeLocations::seal()
{
    std::sort(m_ids.begin(), m_ids.end());
    m_ids.erase(std::unique(m_ids.begin(), m_ids.end()), m_ids.end());
    m_locations.assign(m_ids.size(), osmium::Location());
}

std::size_t NodeLocations::indexWhileScanning(osmium::object_id_type id)
{
    const std::size_t n = m_ids.size();
    if (m_cursor >= n || (m_cursor > 0 && m_ids[m_cursor - 1] >= id))
        m_cursor = 0;
    // Everything before lo is smaller than id; m_ids[hi], if it exists, is not.
    std::size_t lo = m_cursor, hi = m_cursor, step = 1;
    while (hi < n && m_ids[hi] < id) {
        lo = hi + 1;
        hi = m_cursor + step;
        step *= 2;
    }
    hi = std::min(hi, n);
    const auto it = std::lower_bound(m_ids.begin() + std::ptrdiff_t(lo),
                                     m_ids.begin() + std::ptrdiff_t(hi), id);
    m_cursor = std::size_t(it - m_ids.begin());
    if (it != m_ids.end() && *it == id)
        return m_cursor++;
    return kNoIndex;
}

std::size_t NodeLocations::indexNear(osmium::object_id_type id, std::size_t hint) const
{
    const std::size_t n = m_ids.size();
    if (n == 0)
        return kNoIndex;
    hint = std::min(hint, n - 1);
    std::size_t lo = 0, hi = n;
    if (m_ids[hint] < id) {
        // Everything before lo is smaller than id.
        lo = hint + 1;
        std::size_t probe = lo, step = 1;
        while (probe < n && m_ids[probe] < id) {
            lo = probe + 1;
            step *= 2;
            probe = hint + step;
        }
        hi = std::min(probe + 1, n);
    } else {
        // Everything from hi on is at least id.
        hi = hint + 1;
        std::size_t probe = hint, step = 1;
        while (probe > 0) {
            const std::size_t next = probe >= step ? probe - step : 0;
            if (m_ids[next] < id) {
                lo = next + 1;
                break;
            }
            hi = next + 1;
            probe = next;
            step *= 2;
        }
    }
    const auto first = m_ids.begin() + std::ptrdiff_t(lo),
               last = m_ids.begin() + std::ptrdiff_t(hi);
    const auto it = std::lower_bound(first, last, id);
    return (it != last && *it == id) ? std::size_t(it - m_ids.begin()) : kNoIndex;
}

std::size_t NodeLocations::indexOf(osmium::object_id_type id) const
{
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
    return (it != m_ids.end() && *it == id) ? std::size_t(it - m_ids.begin()) : kNoIndex;
}

LatLon NodeLocations::find(osmium::object_id_type id) const
{
    const std::size_t i = indexOf(id);
    return i == kNoIndex ? LatLon{} : at(i);
}

} // namespace blindspot::osm
