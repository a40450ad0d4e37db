#pragma once

// Private to the OSM reader.
#include "core/geo/lat_lon.h"

#include <osmium/osm/location.hpp>
#include <osmium/osm/types.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace blindspot::osm {

constexpr std::size_t kNoIndex = std::size_t(-1);

/// A position from libosmium's fixed point location; invalid when the location is.
LatLon latLonOf(osmium::Location location);

/// The locations of the nodes an import asked for, and no others: a city file has far more
/// nodes than its streets, stations and cameras use, though its buildings use most of them.
/// Sorted ids and their locations side by side. An id takes 4 bytes and its location 8: ids
/// sharing their upper 32 bits (all of OSM's fit in a few such groups) are kept as their lower
/// 32 bits, in a range per group. Ids spread over more than a thousand groups, as only a
/// made-up file has them, are kept whole (8 bytes).
class NodeLocations {
public:
    /// Calls its argument for each id of a list.
    using IdVisitor = std::function<void(osmium::object_id_type)>;
    using IdLister = std::function<void(const IdVisitor &)>;

    /// Asks for a node's location; call before seal(). For a few ids (relation members):
    /// each is held as a 64-bit id until seal().
    void request(osmium::object_id_type id) { m_requests.push_back(id); }
    /// Ends the requests: sorts them, with the ids `more` lists (the node references of the
    /// ways, which an import holds compactly; about `moreCount` of them), and makes room for
    /// the locations. `more` is called twice: the ids are counted, then collected.
    void seal(std::size_t moreCount = 0, const IdLister &more = {});

    /// The index of a requested id, for a pass over the file's nodes in id order: each search
    /// starts where the last ended and gallops forward (an unsorted file costs a little more).
    std::size_t indexWhileScanning(osmium::object_id_type id);
    /// The index of a requested id, searching outwards from hint: consecutive nodes of a way
    /// mostly have close ids, so this costs a few steps instead of a search over all nodes.
    std::size_t indexNear(osmium::object_id_type id, std::size_t hint) const;
    std::size_t indexOf(osmium::object_id_type id) const { return indexNear(id, size() / 2); }

    void set(std::size_t index, osmium::Location location) { m_locations[index] = location; }
    osmium::Location location(std::size_t index) const { return m_locations[index]; }
    LatLon at(std::size_t index) const { return latLonOf(m_locations[index]); }
    /// The location of a node; invalid when it was not requested or is not in the file.
    LatLon find(osmium::object_id_type id) const;
    std::size_t size() const { return m_locations.size(); }

private:
    // Ids as unsigned keys in the same order (the sign bit flipped), so that negative ids, as
    // unsaved edits have, sort first.
    struct Group {
        std::uint32_t high = 0; // the keys' upper 32 bits
        std::size_t begin = 0;  // the group's first index; it ends where the next begins
    };
    // The first index whose key is not below a key, and whether its key is that key.
    struct Position {
        std::size_t index = 0;
        bool found = false;
    };
    Position lowerBound(std::uint64_t key, std::size_t hint) const;

    std::vector<osmium::object_id_type> m_requests;
    std::vector<std::uint32_t> m_low;  // the lower 32 bits of each key, when grouped
    std::vector<Group> m_groups;       // then: by high, with an end marker
    std::vector<std::uint64_t> m_keys; // else: whole keys
    std::vector<osmium::Location> m_locations;
    std::size_t m_cursor = 0;
};

} // namespace blindspot::osm
