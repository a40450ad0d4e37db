#include "core/io/osm/way_node_ids.h"

namespace blindspot::osm {

void WayNodeIds::appendVarint(std::uint64_t value)
{
    while (value >= 0x80) {
        m_bytes.push_back(std::uint8_t(value | 0x80));
        value >>= 7;
    }
    m_bytes.push_back(std::uint8_t(value));
}

std::uint64_t WayNodeIds::varintAt(std::uint64_t &offset) const
{
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        const std::uint8_t byte = m_bytes[offset++];
        value |= std::uint64_t(byte & 0x7F) << shift;
        if (!(byte & 0x80))
            break;
    }
    return value;
}

void WayNodeIds::idsAt(std::uint64_t &offset, std::vector<osmium::object_id_type> &ids,
                       osmium::object_id_type previous) const
{
    ids.clear();
    visitIdsAt(
        offset, [&ids](osmium::object_id_type id) { ids.push_back(id); }, previous);
}

} // namespace blindspot::osm
