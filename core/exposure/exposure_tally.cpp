#include "core/exposure/exposure_tally.h"

#include <algorithm>
#include <cmath>

namespace blindspot {

namespace {

/// The highest chance a result is allowed to reach: a match rate below 1 keeps every P below 1,
/// and this keeps its hazard finite when rounding would not.
constexpr double kMaxProbability = 1.0 - 1e-12;

} // namespace

ExposureTally::Group &ExposureTally::groupFor(FrGroup group)
{
    auto it = std::lower_bound(m_groups.begin(), m_groups.end(), group,
                               [](const Group &g, FrGroup key) { return g.group < key; });
    if (it == m_groups.end() || it->group != group)
        it = m_groups.insert(it, Group{group});
    return *it;
}

void ExposureTally::addCapture(FrGroup group, const PerBound &chance, const PerBound &weight)
{
    if (chance[2] <= 0.0 || weight[2] <= 0.0)
        return;
    Group &g = groupFor(group);
    for (std::size_t b = 0; b < 3; ++b) {
        const double c = std::clamp(chance[b], 0.0, kMaxProbability);
        g.captureHazard[b] += weight[b] * -std::log1p(-c);
        g.captures[b] += weight[b] * c;
    }
}

void ExposureTally::addCaptureHazard(FrGroup group, const PerBound &hazard)
{
    if (hazard[2] <= 0.0)
        return;
    Group &g = groupFor(group);
    for (std::size_t b = 0; b < 3; ++b) {
        g.captureHazard[b] += hazard[b];
        g.captures[b] += hazard[b];
    }
}

ExposureTally &ExposureTally::operator+=(const ExposureTally &other)
{
    for (const Group &o : other.m_groups) {
        Group &g = groupFor(o.group);
        for (std::size_t b = 0; b < 3; ++b) {
            g.captureHazard[b] += o.captureHazard[b];
            g.captures[b] += o.captures[b];
        }
    }
    return *this;
}

double ExposureTally::identificationHazardAt(const ExposureModels &models, Bound bound) const
{
    const ExposureModel &m = models.at(bound);
    const auto b = static_cast<std::size_t>(bound);
    double missAll = 1.0; // prod over systems (1 - P_s)
    for (std::size_t i = 0; i < m_groups.size();) {
        const CameraSystem system = m_groups[i].group.system;
        double missSystem = 1.0; // prod over groups (1 - q_g (1 - exp(-C_g)))
        for (; i < m_groups.size() && m_groups[i].group.system == system; ++i) {
            const Group &g = m_groups[i];
            missSystem *= 1.0 - m.groupShare(g.group) * -std::expm1(-g.captureHazard[b]);
        }
        missAll *= 1.0 - m.systemMatchRate(system) * (1.0 - missSystem);
    }
    return hazardOf(std::min(1.0 - missAll, kMaxProbability));
}

Hazard ExposureTally::identificationHazard(const ExposureModels &models) const
{
    Hazard out;
    for (Bound bound : kBounds)
        out.at(bound) = identificationHazardAt(models, bound);
    return out;
}

double ExposureTally::expectedCapturesAt(const ExposureModels &models, Bound bound) const
{
    const auto b = static_cast<std::size_t>(bound);
    double e = 0.0;
    for (const Group &g : m_groups)
        e += models.at(bound).groupShare(g.group) * g.captures[b];
    return e;
}

Hazard ExposureTally::expectedCaptures(const ExposureModels &models) const
{
    Hazard out;
    for (Bound bound : kBounds)
        out.at(bound) = expectedCapturesAt(models, bound);
    return out;
}

bool ExposureTally::atMost(const ExposureTally &other, Bound bound) const
{
    const auto b = static_cast<std::size_t>(bound);
    auto o = other.m_groups.begin();
    for (const Group &g : m_groups) {
        while (o != other.m_groups.end() && o->group < g.group)
            ++o;
        const bool present = o != other.m_groups.end() && o->group == g.group;
        const double otherHazard = present ? o->captureHazard[b] : 0.0;
        const double otherCaptures = present ? o->captures[b] : 0.0;
        if (g.captureHazard[b] > otherHazard || g.captures[b] > otherCaptures)
            return false;
    }
    return true;
}

} // namespace blindspot
