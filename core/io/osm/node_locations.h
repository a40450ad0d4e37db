#pragma once

// Private to the OSM reader.
#include "geo/lat_lon.h"

#include <osmium/osm/location.hpp>
#include <osmium/osm/types.hpp>

#include <cstddef>
#include <vector>

namespace blindspot::osm {

constexpr std::size_t kNoIndex = std::size_t(-1);

/// A position from libosmium's fixed point location; invalid when the location is.
LatLon latLonOf(osmium::Location location);

/// The locations of the nodes an import asked for, and no others: a city file has far more
/// nodes than its streets, stations and cameras use. Sorted ids and their locations side by side
/// (16 bytes a node).
class NodeLocations {
public:
    /// Asks for a node's location; call before seal().
    void request(osmium::object_id_type id) { m_ids.push_back(id); }
    /// Ends the requests: sorts them and makes room for the locations.
    void seal();

    /// The index of a requested id, for a pass over the file's nodes in id order: each search
    /// starts where the last ended and gallops forward (an unsorted file costs a binary search).
    std::size_t indexWhileScanning(osmium::object_id_type id);
    /// The index of a requested id, searching outwards from hint: consecutive nodes of a way
    /// mostly have close ids, so this costs a few steps instead of a search over all nodes.
    std::size_t indexNear(osmium::object_id_type id, std::size_t hint) const;
    std::size_t indexOf(osmium::object_id_type id) const;

    void set(std::size_t index, osmium::Location location) { m_locations[index] = location; }
    LatLon at(std::size_t index) const { return latLonOf(m_locations[index]); }
    /// The location of a node; invalid when it was not requested or is not in the file.
    LatLon find(osmium::object_id_type id) const;
    std::size_t size() const { return m_ids.size(); }

private:
    std::vector<osmium::object_id_type> m_ids;
    std::vector<osmium::Location> m_locations;
    std::size_t m_cursor = 0;
};

} // namespace blindspot::osm
