#pragma once

// Private to the OSM reader.
#include <osmium/osm/types.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace blindspot::osm {

/// The node ids of the ways an import keeps, back to back in one byte array: each id as the
/// difference from the one before it (zigzag varint, as PBF itself stores them). Node ids of a
/// way are close to each other, and a building's four corners take about a byte each instead of
/// eight. Records are read back by the offset append() returned, or one after another.
class WayNodeIds {
public:
    /// Appends a byte (a record's own header).
    void appendByte(std::uint8_t byte) { m_bytes.push_back(byte); }
    void appendVarint(std::uint64_t value);
    /// Appends a list of node ids: their count, then each id's difference from the one before,
    /// the first's from `previous` (0 for a record read on its own). Returns the number of ids.
    template <class Refs>
    std::size_t appendIds(const Refs &refs, osmium::object_id_type previous = 0)
    {
        const std::size_t count = refs.size();
        appendVarint(count);
        for (const auto &ref : refs) {
            const osmium::object_id_type id = idOf(ref);
            // In unsigned arithmetic, which wraps: a made-up file may hold any two ids.
            const std::uint64_t difference = std::uint64_t(id) - std::uint64_t(previous);
            appendVarint((difference << 1) ^ (0 - (difference >> 63)));
            previous = id;
        }
        return count;
    }

    std::uint8_t byteAt(std::uint64_t &offset) const { return m_bytes[offset++]; }
    std::uint64_t varintAt(std::uint64_t &offset) const;
    /// Reads what appendIds() wrote at `offset` into `ids` (replacing its content) and moves
    /// `offset` past it. `previous` as it was given to appendIds().
    void idsAt(std::uint64_t &offset, std::vector<osmium::object_id_type> &ids,
               osmium::object_id_type previous = 0) const;
    /// Calls visit(id) for each id of the record at `offset` and moves `offset` past it.
    template <class Visit>
    osmium::object_id_type visitIdsAt(std::uint64_t &offset, Visit &&visit,
                                      osmium::object_id_type previous = 0) const
    {
        std::uint64_t id = std::uint64_t(previous);
        for (std::uint64_t n = varintAt(offset); n > 0; --n) {
            const std::uint64_t z = varintAt(offset);
            id += (z >> 1) ^ (0 - (z & 1)); // wraps, as appendIds() did
            visit(osmium::object_id_type(id));
        }
        return osmium::object_id_type(id);
    }

    std::uint64_t size() const { return m_bytes.size(); }
    void clear() { m_bytes = {}; }

private:
    static osmium::object_id_type idOf(osmium::object_id_type id) { return id; }
    template <class Ref> static osmium::object_id_type idOf(const Ref &ref) { return ref.ref(); }

    std::vector<std::uint8_t> m_bytes;
};

} // namespace blindspot::osm
