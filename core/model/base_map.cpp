#include "core/model/base_map.h"

namespace blindspot {

bool addBaseFeature(BaseMap &map, BaseMapKind kind,
                    const std::vector<std::vector<BasePoint>> &rings)
{
    const std::size_t shortest = isArea(kind) ? 3 : 2;
    BaseFeature feature;
    feature.kind = kind;
    feature.firstRing = std::uint32_t(map.ringEnds.size());
    for (const std::vector<BasePoint> &ring : rings) {
        std::size_t n = ring.size();
        // Areas are stored open: a closed ring's repeated first point is dropped.
        if (isArea(kind) && n > 1 && ring.front() == ring.back())
            --n;
        if (n < shortest)
            continue;
        map.points.insert(map.points.end(), ring.begin(), ring.begin() + std::ptrdiff_t(n));
        map.ringEnds.push_back(std::uint32_t(map.points.size()));
        ++feature.ringCount;
    }
    if (feature.ringCount == 0)
        return false;
    map.features.push_back(feature);
    return true;
}

void appendBaseMap(BaseMap &to, const BaseMap &from)
{
    const auto ringShift = std::uint32_t(to.ringEnds.size());
    const auto pointShift = std::uint32_t(to.points.size());
    for (BaseFeature f : from.features) {
        f.firstRing += ringShift;
        to.features.push_back(f);
    }
    for (std::uint32_t end : from.ringEnds)
        to.ringEnds.push_back(end + pointShift);
    to.points.insert(to.points.end(), from.points.begin(), from.points.end());
}

const char *baseMapProblem(const BaseMap &map)
{
    std::uint32_t previous = 0;
    for (std::uint32_t end : map.ringEnds) {
        if (end < previous)
            return "ringEnds decrease";
        previous = end;
    }
    if (previous != map.points.size())
        return "ringEnds != points";
    std::uint64_t nextRing = 0;
    for (const BaseFeature &f : map.features) {
        if (f.firstRing != nextRing || f.ringCount == 0)
            return "features != rings";
        nextRing += f.ringCount;
    }
    if (nextRing != map.ringEnds.size())
        return "features != ringEnds";
    for (const BasePoint &p : map.points)
        if (p.latE7 < -900'000'000 || p.latE7 > 900'000'000 || p.lonE7 < -1'800'000'000 ||
            p.lonE7 > 1'800'000'000)
            return "points out of range";
    return nullptr;
}

} // namespace blindspot
