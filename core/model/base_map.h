#pragma once

#include "core/geo/lat_lon.h"

#include <cmath>
#include <cstdint>
#include <vector>

namespace blindspot {

/// What a base-map feature is. The base map is for finding one's way on the map only: nothing
/// in the exposure model or routing reads it. Walkable roads are not here; they are the street
/// network, drawn by class.
enum class BaseMapKind : std::uint8_t {
    Water,    ///< Area: lakes, ponds, riverbanks, reservoirs, and the sea built from the coastline.
    Green,    ///< Area: parks, gardens, woods, grass, cemeteries, pitches.
    Building, ///< Area: `building=*`.
    Rail,     ///< Line: railways and tramways (the metro is drawn from the network).
    Road,     ///< Line: roads closed to people on foot (motorways, trunk roads without a footway).
    Waterway, ///< Line: rivers, canals and streams.
};
constexpr int kBaseMapKindCount = 6;

/// False for a kind a newer version of the pack format added: such features are kept in the
/// pack and not drawn.
constexpr bool isKnown(BaseMapKind kind) { return std::uint8_t(kind) < kBaseMapKindCount; }

/// Areas are filled (rings with even-odd filling, so inner rings are holes); the rest are lines.
constexpr bool isArea(BaseMapKind kind)
{
    return kind == BaseMapKind::Water || kind == BaseMapKind::Green ||
           kind == BaseMapKind::Building;
}

/// A position stored in 1e-7 degrees (about 1 cm), as OSM stores it: a city's buildings have
/// tens of millions of vertices, and half the bytes of a LatLon keep them in memory.
struct BasePoint {
    std::int32_t latE7 = 0;
    std::int32_t lonE7 = 0;

    static BasePoint of(LatLon p)
    {
        return {std::int32_t(std::lround(p.lat * 1e7)), std::int32_t(std::lround(p.lon * 1e7))};
    }
    LatLon latLon() const { return {latE7 * 1e-7, lonE7 * 1e-7}; }
    friend bool operator==(const BasePoint &, const BasePoint &) = default;
};

/// One feature: its kind and its rings (areas) or pieces (lines), as a range of BaseMap::rings.
struct BaseFeature {
    BaseMapKind kind = BaseMapKind::Building;
    std::uint32_t firstRing = 0;
    std::uint32_t ringCount = 0;
    friend bool operator==(const BaseFeature &, const BaseFeature &) = default;
};

/// What is drawn under the surveillance layers so that people can tell where they are: water,
/// green, buildings, railways and roads closed to walkers (pack format 1.5). Labels come from
/// the street network's way names, the dataset's named places and its stations.
struct BaseMap {
    std::vector<BaseFeature> features;
    /// One past each ring's last point in `points`; ring r spans [ringEnd[r-1], ringEnd[r]).
    /// Rings are stored open: an area's last point joins its first.
    std::vector<std::uint32_t> ringEnds;
    std::vector<BasePoint> points;

    bool isEmpty() const { return features.empty(); }
    std::uint32_t ringBegin(std::uint32_t ring) const { return ring == 0 ? 0 : ringEnds[ring - 1]; }
    friend bool operator==(const BaseMap &, const BaseMap &) = default;
};

/// Appends a feature made of `rings` (each at least two points for a line, three for an area;
/// shorter ones are skipped). Returns false, adding nothing, when no ring is long enough.
bool addBaseFeature(BaseMap &map, BaseMapKind kind,
                    const std::vector<std::vector<BasePoint>> &rings);

/// Appends every feature of `from` to `to` (merging the base maps of two imports).
void appendBaseMap(BaseMap &to, const BaseMap &from);

/// Keeps the features for which keep(feature, first point, point count) is true, in order;
/// returns how many were removed.
template <class Keep> std::size_t keepBaseFeatures(BaseMap &map, Keep keep)
{
    BaseMap out;
    for (const BaseFeature &f : map.features) {
        const std::uint32_t begin = map.ringBegin(f.firstRing);
        const std::uint32_t end = map.ringEnds[f.firstRing + f.ringCount - 1];
        if (!keep(f, map.points.data() + begin, end - begin))
            continue;
        BaseFeature copy = f;
        copy.firstRing = std::uint32_t(out.ringEnds.size());
        const std::uint32_t shift = std::uint32_t(out.points.size()) - begin;
        for (std::uint32_t r = f.firstRing; r < f.firstRing + f.ringCount; ++r)
            out.ringEnds.push_back(map.ringEnds[r] + shift);
        out.points.insert(out.points.end(), map.points.begin() + begin, map.points.begin() + end);
        out.features.push_back(copy);
    }
    const std::size_t removed = map.features.size() - out.features.size();
    map = std::move(out);
    return removed;
}

/// Why a base map read from a file cannot be used, as the fields at fault (data for an error's
/// detail, not a sentence): rings that run backwards or past the points, features past the
/// rings or without any, positions out of range. Null when it is consistent.
const char *baseMapProblem(const BaseMap &map);

} // namespace blindspot
