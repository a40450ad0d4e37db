#include "exposure/exposure_tally.h"

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

Hazard ExposureTally::identificationHazard(const ExposureModels &models) const
{
    Hazard out;
    for (Bound bound : kBounds) {
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
        out.at(bound) = hazardOf(std::min(1.0 - missAll, kMaxProbability));
    }
    return out;
}

Hazard ExposureTally::expectedCaptures(const ExposureModels &models) const
{
    Hazard out;
    for (Bound bound : kBounds) {
        const auto b = static_cast<std::size_t>(bound);
        for (const Group &g : m_groups)
            out.at(bound) += models.at(bound).groupShare(g.group) * g.captures[b];
    }
    return out;
}

} // namespace blindspot
