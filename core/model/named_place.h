#pragma once

#include "core/geo/lat_lon.h"
#include "core/model/localized_name.h"

#include <QString>

#include <cstdint>

namespace blindspot {

/// Something people type as a start or destination that is neither a station nor a position:
/// an address or a named place from the street map (pack format 1.4).
struct NamedPlace {
    /// What the OSM element is; an Address has a street and house number, the rest a name.
    enum class Kind : std::uint8_t {
        Address,  ///< `addr:street` + `addr:housenumber`, without a name of its own.
        Locality, ///< `place=*`: a district, square, neighbourhood.
        Amenity,  ///< `amenity=*`.
        Shop,     ///< `shop=*`.
        Tourism,  ///< `tourism=*`.
        Building, ///< A named `building=*`.
    };
    static constexpr int kKindCount = 6;

    Kind kind = Kind::Address;
    LocalizedName name;  ///< Empty for a bare address.
    QString street;      ///< OSM `addr:street` as written; empty when the element has none.
    QString houseNumber; ///< OSM `addr:housenumber` as written; empty when it has none.
    /// A node's position, or the mean of a way's vertices.
    LatLon position;
    friend bool operator==(const NamedPlace &, const NamedPlace &) = default;
};

} // namespace blindspot
