#include "core/exposure/camera_field.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace blindspot {

std::array<double, 3> walkSpeeds(const ExposureModels &models)
{
    return {models.low.parameter(Param::WalkSpeedMps),
            models.central.parameter(Param::WalkSpeedMps),
            models.high.parameter(Param::WalkSpeedMps)};
}

CameraField::CameraField(const Dataset &dataset, const LocalProjection &projection)
    : m_dataset(dataset), m_projection(projection)
{
    const std::size_t stations = dataset.network.stations.size();
    std::vector<std::uint32_t> counts(stations * kZoneKindCount + 1, 0);
    for (std::size_t i = 0; i < dataset.cameras.size(); ++i) {
        const Camera &c = dataset.cameras[i];
        if (isSet(c.anchorStation)) {
            const auto zone = static_cast<std::size_t>(c.anchorZone.value_or(ZoneKind::Platform));
            ++counts[indexOf(c.anchorStation) * kZoneKindCount + zone + 1];
        } else if (c.position.isValid()) {
            m_streetCameras.push_back(CameraIndex{static_cast<std::uint32_t>(i)});
            m_streetPositions.push_back(projection.toLocal(c.position));
        }
    }
    for (std::size_t i = 1; i < counts.size(); ++i)
        counts[i] += counts[i - 1];
    m_anchorStart = counts;
    m_anchored.resize(counts.back());
    std::vector<std::uint32_t> fill(counts.begin(), counts.end() - 1);
    for (std::size_t i = 0; i < dataset.cameras.size(); ++i) {
        const Camera &c = dataset.cameras[i];
        if (isSet(c.anchorStation)) {
            const auto zone = static_cast<std::size_t>(c.anchorZone.value_or(ZoneKind::Platform));
            m_anchored[fill[indexOf(c.anchorStation) * kZoneKindCount + zone]++] =
                CameraIndex{static_cast<std::uint32_t>(i)};
        }
    }
    m_index = SpatialIndex(m_streetPositions, 100.0);

    // The query radius must reach the farthest any camera can identify at the high end.
    const ExposureModel high(ModelParameters::builtIn(), Bound::High);
    m_queryRadius = 0.0;
    for (const Camera &c : dataset.cameras)
        if (!isSet(c.anchorStation) && c.position.isValid())
            m_queryRadius = std::max(m_queryRadius, high.coverageOf(c, {}).maxRangeMetres);
}

std::vector<CameraPass> CameraField::passesAlong(std::span<const LocalXY> polyline,
                                                 const ExposureModels &models) const
{
    std::vector<CameraPass> passes;
    if (polyline.size() < 2 || m_streetCameras.empty())
        return passes;
    const std::array<double, 3> speeds = walkSpeeds(models);
    // The query radius comes from the built-in high parameters; a user override could widen
    // ranges, so also take the models' own high range.
    double radius = m_queryRadius;
    for (CameraKind kind : {CameraKind::Fixed, CameraKind::Ptz, CameraKind::Turnstile})
        radius = std::max(radius, models.high.identificationRange(kind));
    std::unordered_map<std::uint32_t, std::size_t> passOf;
    for (std::size_t i = 0; i + 1 < polyline.size(); ++i) {
        const LocalXY a = polyline[i], b = polyline[i + 1];
        for (std::uint32_t k : m_index.withinOfSegment(a, b, radius)) {
            const Camera &camera = m_dataset.camera(m_streetCameras[k]);
            std::array<CoverageTimes, 3> times;
            bool seen = false;
            for (Bound bound : kBounds) {
                const ExposureModel &m = models.at(bound);
                const auto bi = static_cast<std::size_t>(bound);
                times[bi] =
                    m.coverageAlong(m.coverageOf(camera, m_streetPositions[k]), a, b, speeds[bi]);
                seen = seen || times[bi].total() > 0.0;
            }
            if (!seen)
                continue;
            auto [it, inserted] = passOf.try_emplace(k, passes.size());
            if (inserted) {
                passes.push_back({m_streetCameras[k], times, {}});
            } else {
                for (std::size_t bi = 0; bi < 3; ++bi)
                    passes[it->second].times[bi] += times[bi];
            }
        }
    }
    for (CameraPass &pass : passes) {
        const Camera &camera = m_dataset.camera(pass.camera);
        for (Bound bound : kBounds) {
            const auto bi = static_cast<std::size_t>(bound);
            pass.probability[bi] = models.at(bound).captureProbability(camera, pass.times[bi]);
        }
    }
    std::erase_if(passes, [](const CameraPass &p) { return p.probability[2] <= 0.0; });
    std::sort(passes.begin(), passes.end(),
              [](const CameraPass &x, const CameraPass &y) { return x.camera < y.camera; });
    return passes;
}

CameraField::View CameraField::viewAlong(std::span<const LocalXY> polyline,
                                         const ExposureModel &model, double rangeMetres,
                                         bool allRound) const
{
    View view;
    if (polyline.size() < 2 || m_streetCameras.empty() || !(rangeMetres > 0.0))
        return view;
    auto unitedLength = [](std::vector<std::pair<double, double>> spans) {
        std::sort(spans.begin(), spans.end());
        double total = 0.0, end = -INFINITY;
        for (const auto &[from, to] : spans) {
            const double start = std::max(from, end);
            if (to > start)
                total += to - start;
            end = std::max(end, to);
        }
        return total;
    };
    std::unordered_map<std::uint32_t, std::size_t> viewOf;
    double along = 0.0; // metres from the start of the polyline to the segment's start
    for (std::size_t i = 0; i + 1 < polyline.size(); ++i) {
        const LocalXY a = polyline[i], b = polyline[i + 1];
        const double length = distanceMetres(a, b);
        std::vector<std::pair<double, double>> all, fr;
        for (std::uint32_t k : m_index.withinOfSegment(a, b, rangeMetres)) {
            const Camera &camera = m_dataset.camera(m_streetCameras[k]);
            CoverageSector sector = model.viewSectorOf(camera, m_streetPositions[k], rangeMetres);
            if (allRound)
                sector.fovDegrees = 360.0;
            const auto spans = spansInside(sector, a, b);
            if (spans.empty())
                continue;
            all.insert(all.end(), spans.begin(), spans.end());
            if (camera.frStatus == FrStatus::Confirmed || camera.frStatus == FrStatus::Suspected)
                fr.insert(fr.end(), spans.begin(), spans.end());
            auto [it, added] = viewOf.try_emplace(k, view.perCamera.size());
            if (added)
                view.perCamera.push_back(
                    {m_streetCameras[k], along + spans.front().first, 0.0, INFINITY});
            CameraView &v = view.perCamera[it->second];
            for (const auto &[from, to] : spans) {
                v.metres += to - from;
                // Closest approach within the span: the foot of the perpendicular, clamped.
                const LocalXY d{(b.xMetres - a.xMetres) / length, (b.yMetres - a.yMetres) / length};
                const LocalXY apex = m_streetPositions[k];
                const double foot = std::clamp((apex.xMetres - a.xMetres) * d.xMetres +
                                                   (apex.yMetres - a.yMetres) * d.yMetres,
                                               from, to);
                v.closestMetres =
                    std::min(v.closestMetres, distanceMetres(apex, {a.xMetres + foot * d.xMetres,
                                                                    a.yMetres + foot * d.yMetres}));
            }
        }
        view.metresInView += unitedLength(std::move(all));
        view.metresInFrView += unitedLength(std::move(fr));
        along += length;
    }
    for (const CameraView &v : view.perCamera)
        view.cameras.push_back(v.camera);
    std::sort(view.cameras.begin(), view.cameras.end());
    std::sort(
        view.perCamera.begin(), view.perCamera.end(),
        [](const CameraView &x, const CameraView &y) { return x.firstMetres < y.firstMetres; });
    return view;
}

std::span<const CameraIndex> CameraField::anchoredIn(StationId station, ZoneKind zone) const
{
    const std::size_t slot = indexOf(station) * kZoneKindCount + static_cast<std::size_t>(zone);
    if (slot + 1 >= m_anchorStart.size())
        return {};
    return std::span<const CameraIndex>(m_anchored)
        .subspan(m_anchorStart[slot], m_anchorStart[slot + 1] - m_anchorStart[slot]);
}

bool polygonContains(std::span<const LocalXY> ring, LocalXY p)
{
    bool inside = false;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const LocalXY &a = ring[i], &b = ring[j];
        if ((a.yMetres > p.yMetres) != (b.yMetres > p.yMetres) &&
            p.xMetres <
                (b.xMetres - a.xMetres) * (p.yMetres - a.yMetres) / (b.yMetres - a.yMetres) +
                    a.xMetres)
            inside = !inside;
    }
    return inside;
}

SurveyCoverage::SurveyCoverage(const Dataset &dataset, const LocalProjection &projection)
{
    for (const SurveyArea &area : dataset.surveyAreas) {
        Area a;
        a.completeness = std::clamp(area.completeness, 0.0, 1.0);
        a.minX = a.minY = INFINITY;
        a.maxX = a.maxY = -INFINITY;
        for (const LatLon &v : area.polygon) {
            const LocalXY p = projection.toLocal(v);
            a.ring.push_back(p);
            a.minX = std::min(a.minX, p.xMetres);
            a.minY = std::min(a.minY, p.yMetres);
            a.maxX = std::max(a.maxX, p.xMetres);
            a.maxY = std::max(a.maxY, p.yMetres);
        }
        if (a.ring.size() >= 3)
            m_areas.push_back(std::move(a));
    }
}

double SurveyCoverage::unsurveyedShareAt(LocalXY p) const
{
    // Overlapping surveys: the most complete one counts.
    double best = 0.0;
    for (const Area &a : m_areas)
        if (p.xMetres >= a.minX && p.xMetres <= a.maxX && p.yMetres >= a.minY &&
            p.yMetres <= a.maxY && polygonContains(a.ring, p))
            best = std::max(best, a.completeness);
    return 1.0 - best;
}

double SurveyCoverage::unsurveyedMetresAlong(LocalXY a, LocalXY b) const
{
    const double length = distanceMetres(a, b);
    if (m_areas.empty() || length == 0.0)
        return length;
    const bool touchesAnArea = std::any_of(m_areas.begin(), m_areas.end(), [&](const Area &area) {
        return std::max(a.xMetres, b.xMetres) >= area.minX &&
               std::min(a.xMetres, b.xMetres) <= area.maxX &&
               std::max(a.yMetres, b.yMetres) >= area.minY &&
               std::min(a.yMetres, b.yMetres) <= area.maxY;
    });
    if (!touchesAnArea)
        return length;
    // Midpoint rule with 5 m steps (at most 400): survey boundaries are hand-drawn to tens of
    // metres, and a long walk's share is not changed by a few metres at each boundary.
    const int steps = std::clamp(static_cast<int>(std::ceil(length / 5.0)), 1, 400);
    double sum = 0.0;
    for (int i = 0; i < steps; ++i) {
        const double t = (i + 0.5) / steps;
        sum += unsurveyedShareAt(
            {a.xMetres + t * (b.xMetres - a.xMetres), a.yMetres + t * (b.yMetres - a.yMetres)});
    }
    return sum / steps * length;
}

} // namespace blindspot
