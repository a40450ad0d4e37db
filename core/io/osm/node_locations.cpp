#include "core/io/osm/node_locations.h"

#include <algorithm>
#include <map>

namespace blindspot::osm {

namespace {

std::uint64_t keyOf(osmium::object_id_type id)
{
    return std::uint64_t(id) ^ (std::uint64_t(1) << 63);
}

// The first index in [lo, hi) whose value is not below key (hi if none), searching outwards
// from `from`: the cost grows with the logarithm of the distance to the answer.
template <class T>
std::size_t lowerBoundFrom(const T *values, std::size_t lo, std::size_t hi, T key, std::size_t from)
{
    if (lo == hi)
        return lo;
    from = std::clamp(from, lo, hi - 1);
    // The answer is in [first, last].
    std::size_t first = lo, last = hi;
    if (values[from] < key) {
        first = from + 1;
        std::size_t probe = from + 1, step = 1;
        while (probe < hi && values[probe] < key) {
            first = probe + 1;
            step *= 2;
            probe = from + step;
        }
        last = std::min(probe, hi);
    } else {
        last = from;
        std::size_t step = 1;
        while (last > lo) {
            const std::size_t probe = last - std::min(step, last - lo);
            if (values[probe] < key) {
                first = probe + 1;
                break;
            }
            last = probe;
            step *= 2;
        }
    }
    return std::size_t(std::lower_bound(values + first, values + last, key) - values);
}

} // namespace

LatLon latLonOf(osmium::Location location)
{
    if (!location.valid())
        return {};
    return {location.lat_without_check(), location.lon_without_check()};
}

void NodeLocations::seal(std::size_t moreCount, const IdLister &more)
{
    const auto visitAll = [this, &more](const IdVisitor &visit) {
        for (osmium::object_id_type id : m_requests)
            visit(id);
        if (more)
            more(visit);
    };
    m_low = {};
    m_groups = {};
    m_keys = {};
    // How many ids each group has, while groups are few. Ids are counted first and then
    // collected straight into their groups, so that they are never all held as 64-bit values.
    constexpr std::size_t kMaxGroups = 1024;
    std::map<std::uint32_t, std::size_t> counts;
    std::size_t *count = nullptr;
    std::uint32_t countHigh = 0;
    bool few = true;
    visitAll([&](osmium::object_id_type id) {
        const auto high = std::uint32_t(keyOf(id) >> 32);
        if (!few)
            return;
        if (!count || high != countHigh) {
            count = &counts.try_emplace(high, 0).first->second;
            countHigh = high;
            few = counts.size() <= kMaxGroups;
        }
        ++*count;
    });

    if (few) {
        std::size_t total = 0;
        for (auto &[high, n] : counts) {
            m_groups.push_back({high, total});
            total += n;
            n = m_groups.back().begin; // from now on where the group's next id goes
        }
        m_low.resize(total);
        std::size_t *next = nullptr;
        std::uint32_t nextHigh = 0;
        visitAll([&](osmium::object_id_type id) {
            const std::uint64_t key = keyOf(id);
            const auto high = std::uint32_t(key >> 32);
            if (!next || high != nextHigh) {
                next = &counts.find(high)->second;
                nextHigh = high;
            }
            m_low[(*next)++] = std::uint32_t(key);
        });
        m_requests = {};
        // Sorted and without repeats, group by group; the groups move down over the repeats.
        std::size_t kept = 0;
        for (std::size_t g = 0; g < m_groups.size(); ++g) {
            const auto first = m_low.begin() + std::ptrdiff_t(m_groups[g].begin);
            const auto last = g + 1 < m_groups.size()
                                  ? m_low.begin() + std::ptrdiff_t(m_groups[g + 1].begin)
                                  : m_low.end();
            std::sort(first, last);
            const auto end = std::unique(first, last);
            std::move(first, end, m_low.begin() + std::ptrdiff_t(kept));
            m_groups[g].begin = kept;
            kept += std::size_t(end - first);
        }
        m_low.resize(kept);
        m_low.shrink_to_fit(); // before the locations take their room
        m_groups.push_back({0, kept});
    } else {
        m_keys.reserve(m_requests.size() + moreCount);
        visitAll([this](osmium::object_id_type id) { m_keys.push_back(keyOf(id)); });
        m_requests = {};
        std::sort(m_keys.begin(), m_keys.end());
        m_keys.erase(std::unique(m_keys.begin(), m_keys.end()), m_keys.end());
        m_keys.shrink_to_fit();
    }
    m_locations.assign(m_low.size() + m_keys.size(), osmium::Location());
    m_cursor = 0;
}

NodeLocations::Position NodeLocations::lowerBound(std::uint64_t key, std::size_t hint) const
{
    if (!m_keys.empty() || m_groups.empty()) {
        const std::size_t i = lowerBoundFrom(m_keys.data(), 0, m_keys.size(), key, hint);
        return {i, i < m_keys.size() && m_keys[i] == key};
    }
    const auto high = std::uint32_t(key >> 32);
    const auto low = std::uint32_t(key);
    // Groups are few; the last entry only marks the end.
    const auto group = std::lower_bound(m_groups.begin(), m_groups.end() - 1, high,
                                        [](const Group &g, std::uint32_t h) { return g.high < h; });
    if (group == m_groups.end() - 1 || group->high != high)
        return {group->begin, false};
    const std::size_t i = lowerBoundFrom(m_low.data(), group->begin, (group + 1)->begin, low, hint);
    return {i, i < (group + 1)->begin && m_low[i] == low};
}

std::size_t NodeLocations::indexWhileScanning(osmium::object_id_type id)
{
    const Position p = lowerBound(keyOf(id), m_cursor);
    m_cursor = p.found ? p.index + 1 : p.index;
    return p.found ? p.index : kNoIndex;
}

std::size_t NodeLocations::indexNear(osmium::object_id_type id, std::size_t hint) const
{
    const Position p = lowerBound(keyOf(id), hint);
    return p.found ? p.index : kNoIndex;
}

LatLon NodeLocations::find(osmium::object_id_type id) const
{
    const std::size_t i = indexOf(id);
    return i == kNoIndex ? LatLon{} : at(i);
}

} // namespace blindspot::osm
