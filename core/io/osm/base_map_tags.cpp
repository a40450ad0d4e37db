#include "core/io/osm/base_map_tags.h"

#include <cstring>
#include <string_view>
#include <unordered_set>

namespace blindspot::osm {

namespace {

bool in(const char *value, const std::unordered_set<std::string_view> &set)
{
    return value && set.count(value) > 0;
}

bool isNot(const char *value) { return !value || std::strcmp(value, "no") == 0; }

} // namespace

bool isCoastline(const osmium::TagList &tags)
{
    const char *natural = tags.get_value_by_key("natural");
    return natural && std::strcmp(natural, "coastline") == 0;
}

std::optional<BaseMapKind> baseMapKindOf(const osmium::TagList &tags, bool area, bool walkable)
{
    // Underground features are not seen from the street: tunnels are left out of the lines.
    const bool underground = !isNot(tags.get_value_by_key("tunnel"));
    if (area) {
        if (!isNot(tags.get_value_by_key("building")))
            return BaseMapKind::Building;
        static const std::unordered_set<std::string_view> kWaterNatural = {"water", "bay",
                                                                           "strait"};
        static const std::unordered_set<std::string_view> kWaterLanduse = {"reservoir", "basin",
                                                                           "salt_pond"};
        static const std::unordered_set<std::string_view> kWaterways = {"riverbank", "dock"};
        if (in(tags.get_value_by_key("natural"), kWaterNatural) ||
            in(tags.get_value_by_key("landuse"), kWaterLanduse) ||
            in(tags.get_value_by_key("waterway"), kWaterways))
            return BaseMapKind::Water;
        static const std::unordered_set<std::string_view> kGreenLeisure = {
            "park", "garden", "pitch", "playground", "nature_reserve", "golf_course",
            "recreation_ground", "dog_park"};
        static const std::unordered_set<std::string_view> kGreenLanduse = {
            "forest", "grass", "meadow", "cemetery", "recreation_ground", "village_green",
            "allotments", "orchard", "vineyard", "flowerbed"};
        static const std::unordered_set<std::string_view> kGreenNatural = {
            "wood", "scrub", "grassland", "heath", "wetland"};
        if (in(tags.get_value_by_key("leisure"), kGreenLeisure) ||
            in(tags.get_value_by_key("landuse"), kGreenLanduse) ||
            in(tags.get_value_by_key("natural"), kGreenNatural))
            return BaseMapKind::Green;
    }
    if (underground)
        return std::nullopt;
    static const std::unordered_set<std::string_view> kRail = {
        "rail", "light_rail", "tram", "narrow_gauge", "funicular", "monorail", "preserved"};
    if (in(tags.get_value_by_key("railway"), kRail))
        return BaseMapKind::Rail;
    static const std::unordered_set<std::string_view> kRivers = {"river", "canal", "stream"};
    if (in(tags.get_value_by_key("waterway"), kRivers))
        return BaseMapKind::Waterway;
    static const std::unordered_set<std::string_view> kRoads = {
        "motorway", "motorway_link", "trunk",        "trunk_link",    "primary",
        "primary_link", "secondary", "secondary_link", "tertiary",    "tertiary_link",
        "unclassified", "residential", "living_street", "service", "road"};
    if (!walkable && in(tags.get_value_by_key("highway"), kRoads))
        return BaseMapKind::Road;
    return std::nullopt;
}

} // namespace blindspot::osm
