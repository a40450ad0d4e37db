#include "core/exposure/exposure_model.h"

#include <algorithm>
#include <numbers>

namespace blindspot {

namespace {

constexpr double kDegToRad = std::numbers::pi / 180.0;

/// A direction on the tangent plane for a compass bearing.
LocalXY directionOf(double bearingDegrees)
{
    const double r = bearingDegrees * kDegToRad;
    return {std::sin(r), std::cos(r)};
}

double cross(LocalXY a, LocalXY b)
{
    return a.xMetres * b.yMetres - a.yMetres * b.xMetres;
}

double dot(LocalXY a, LocalXY b)
{
    return a.xMetres * b.xMetres + a.yMetres * b.yMetres;
}

LocalXY minus(LocalXY a, LocalXY b)
{
    return {a.xMetres - b.xMetres, a.yMetres - b.yMetres};
}

struct Span {
    double from;
    double to;
};

/// Up to a few disjoint spans of the along-track coordinate u in [0, length].
using Spans = std::vector<Span>;

Spans intersect(const Spans &a, const Spans &b)
{
    Spans out;
    for (const Span &x : a)
        for (const Span &y : b) {
            const double from = std::max(x.from, y.from);
            const double to = std::min(x.to, y.to);
            if (to > from)
                out.push_back({from, to});
        }
    return out;
}

Spans unite(Spans a, const Spans &b)
{
    a.insert(a.end(), b.begin(), b.end());
    std::sort(a.begin(), a.end(), [](const Span &x, const Span &y) { return x.from < y.from; });
    Spans out;
    for (const Span &s : a) {
        if (!out.empty() && s.from <= out.back().to)
            out.back().to = std::max(out.back().to, s.to);
        else
            out.push_back(s);
    }
    return out;
}

/// Where c0 + c1 * u >= 0 within [0, length].
Spans whereNonNegative(double c0, double c1, double length)
{
    if (c1 == 0.0)
        return c0 >= 0.0 ? Spans{{0.0, length}} : Spans{};
    const double root = -c0 / c1;
    Span s = c1 > 0.0 ? Span{root, length} : Span{0.0, root};
    s.from = std::max(s.from, 0.0);
    s.to = std::min(s.to, length);
    return s.to > s.from ? Spans{s} : Spans{};
}

double clamp01(double v)
{
    return std::clamp(v, 0.0, 1.0);
}

/// The q parameter a reported FR status stands for; empty for Unknown, where the place decides.
std::optional<Param> reportedShare(FrStatus status)
{
    switch (status) {
    case FrStatus::Confirmed:
        return Param::QConfirmed;
    case FrStatus::Suspected:
        return Param::QSuspected;
    case FrStatus::None:
        return Param::QNone;
    case FrStatus::Unknown:
        break;
    }
    return std::nullopt;
}

} // namespace

bool CoverageSector::contains(LocalXY p) const
{
    const double d = distanceMetres(apex, p);
    if (d < minRangeMetres || d > maxRangeMetres)
        return false;
    if (fovDegrees >= 360.0 || d == 0.0)
        return true;
    return angleBetweenDegrees(bearingDegrees(apex, p), headingDegrees) <= fovDegrees / 2.0;
}

ExposureModel::ExposureModel(const ModelParameters &parameters, Bound bound, Traveller traveller)
    : m_bound(bound), m_traveller(traveller)
{
    for (std::size_t i = 0; i < kParamCount; ++i)
        m_values[i] = parameters.value(static_cast<Param>(i), bound);
}

double ExposureModel::frShare(const Camera &camera) const
{
    if (const std::optional<Param> reported = reportedShare(camera.frStatus))
        return parameter(*reported);
    if (camera.kind == CameraKind::Turnstile)
        return parameter(Param::QMetroEntrance);
    if (isSet(camera.anchorStation))
        return zoneFrShare(camera.anchorZone.value_or(ZoneKind::Platform), FrStatus::Unknown);
    return parameter(Param::QStreetUnknown);
}

double ExposureModel::zoneFrShare(ZoneKind zone, FrStatus status) const
{
    if (const std::optional<Param> reported = reportedShare(status))
        return parameter(*reported);
    switch (zone) {
    case ZoneKind::EntranceHall:
    case ZoneKind::Turnstiles:
        return parameter(Param::QMetroEntrance);
    case ZoneKind::Train:
        return parameter(Param::QTrain);
    case ZoneKind::Escalator:
    case ZoneKind::Platform:
    case ZoneKind::TransferCorridor:
        break;
    }
    return parameter(Param::QMetroPlatform);
}

double ExposureModel::matchRate(const Camera &camera) const
{
    const bool turnstile = camera.kind == CameraKind::Turnstile ||
                           camera.anchorZone == std::optional<ZoneKind>(ZoneKind::Turnstiles);
    double r = parameter(turnstile ? Param::RTurnstile : Param::RVideo);
    if (m_traveller.medicalMask)
        r *= parameter(Param::RMultMedicalMask);
    if (m_traveller.sunglasses)
        r *= parameter(Param::RMultSunglasses);
    // A cap hides the face only from cameras that look down on it, not from face-height ones.
    const double height = camera.heightMetres.value_or(
        turnstile ? parameter(Param::FaceHeightM) : parameter(Param::MountHeightDefaultM));
    if (m_traveller.cap &&
        (camera.mount == CameraMount::Ceiling || height > parameter(Param::FaceHeightM) + 0.5))
        r *= parameter(Param::RMultCapCeiling);
    return clamp01(r);
}

double ExposureModel::zoneMatchRate(ZoneKind zone) const
{
    Camera typical;
    typical.anchorZone = zone;
    typical.kind = zone == ZoneKind::Turnstiles ? CameraKind::Turnstile : CameraKind::Dome;
    return matchRate(typical);
}

double ExposureModel::identificationRange(CameraKind kind) const
{
    switch (kind) {
    case CameraKind::Ptz:
        return parameter(Param::RangePtzM);
    case CameraKind::Turnstile:
        return parameter(Param::RangeTurnstileM);
    case CameraKind::Unknown:
    case CameraKind::Fixed:
    case CameraKind::Dome:
        break;
    }
    // Pixels across the scene at distance R with field of view F: W / (2 R tan(F/2)); the
    // camera identifies while that stays above the pixel density needed.
    const double halfFov = parameter(Param::FovFrLensDeg) / 2.0 * kDegToRad;
    return parameter(Param::SensorPxWidth) /
           (parameter(Param::PxPerMNeeded) * 2.0 * std::tan(halfFov));
}

CoverageSector ExposureModel::coverageOf(const Camera &camera, LocalXY apex) const
{
    CoverageSector s;
    s.apex = apex;
    const bool turnstile = camera.kind == CameraKind::Turnstile;
    if (camera.headingDegrees) {
        s.headingDegrees = *camera.headingDegrees;
        const double defaultFov = camera.kind == CameraKind::Ptz ? parameter(Param::FovPtzDeg)
                                                                 : parameter(Param::FovFrLensDeg);
        s.fovDegrees = camera.fovDegrees.value_or(defaultFov);
    }
    double range = identificationRange(camera.kind);
    if (camera.fovDegrees && camera.headingDegrees && !turnstile &&
        camera.kind != CameraKind::Ptz) {
        // A mapped field of view sets the range by the same pixel-density rule.
        const double halfFov = std::min(*camera.fovDegrees, 170.0) / 2.0 * kDegToRad;
        range = parameter(Param::SensorPxWidth) /
                (parameter(Param::PxPerMNeeded) * 2.0 * std::tan(halfFov));
    }
    s.maxRangeMetres = range;
    const double height = camera.heightMetres.value_or(
        turnstile ? parameter(Param::FaceHeightM) : parameter(Param::MountHeightDefaultM));
    const double drop = std::max(0.0, height - parameter(Param::FaceHeightM));
    s.minRangeMetres = drop / std::tan(parameter(Param::TiltLimitDeg) * kDegToRad);
    return s;
}

namespace {

/// Where the segment a -> b (of `length`, direction d) runs inside the sector, as along-track
/// spans; s0 and offset are the camera's along-track position and the walker's distance from it.
Spans insideSpans(const CoverageSector &sector, LocalXY a, LocalXY d, double length, double s0,
                  double offset)
{
    if (offset >= sector.maxRangeMetres)
        return {};

    // Inside the ring: |s0 - u| between the inner and outer radii' half-chords.
    const double outer = std::sqrt(sector.maxRangeMetres * sector.maxRangeMetres - offset * offset);
    const double innerSq = sector.minRangeMetres * sector.minRangeMetres - offset * offset;
    Spans ring;
    auto addSpan = [&](double from, double to) {
        from = std::max(from, 0.0);
        to = std::min(to, length);
        if (to > from)
            ring.push_back({from, to});
    };
    if (innerSq <= 0.0) {
        addSpan(s0 - outer, s0 + outer);
    } else {
        const double inner = std::sqrt(innerSq);
        addSpan(s0 - outer, s0 - inner);
        addSpan(s0 + inner, s0 + outer);
    }
    Spans inside = ring;
    if (sector.fovDegrees < 360.0) {
        // The field of view is the wedge between the bearings heading -+ fov/2, clockwise.
        const double half = sector.fovDegrees / 2.0;
        const LocalXY v1 = directionOf(sector.headingDegrees - half);
        const LocalXY v2 = directionOf(sector.headingDegrees + half);
        const LocalXY fromApex = minus(a, sector.apex);
        // q(u) = fromApex + u d. Clockwise of v1: cross(v1, q) <= 0; anticlockwise of v2:
        // cross(v2, q) >= 0.
        const Spans afterV1 = whereNonNegative(-cross(v1, fromApex), -cross(v1, d), length);
        const Spans beforeV2 = whereNonNegative(cross(v2, fromApex), cross(v2, d), length);
        inside =
            intersect(ring, half <= 90.0 ? intersect(afterV1, beforeV2) : unite(afterV1, beforeV2));
    }
    return inside;
}

} // namespace

std::vector<std::pair<double, double>> spansInside(const CoverageSector &sector, LocalXY a,
                                                   LocalXY b)
{
    std::vector<std::pair<double, double>> out;
    const double length = distanceMetres(a, b);
    if (!(length > 0.0) || sector.maxRangeMetres <= sector.minRangeMetres)
        return out;
    const LocalXY d{(b.xMetres - a.xMetres) / length, (b.yMetres - a.yMetres) / length};
    const LocalXY toApex = minus(sector.apex, a);
    const Spans spans = unite({}, insideSpans(sector, a, d, length, dot(d, toApex),
                                              std::abs(cross(d, toApex))));
    for (const Span &s : spans)
        out.emplace_back(s.from, s.to);
    return out;
}

CoverageSector ExposureModel::viewSectorOf(const Camera &camera, LocalXY apex,
                                           double rangeMetres) const
{
    CoverageSector s = coverageOf(camera, apex);
    s.minRangeMetres = 0.0;
    s.maxRangeMetres = std::max(0.0, rangeMetres);
    return s;
}

CoverageTimes ExposureModel::coverageAlong(const CoverageSector &sector, LocalXY a, LocalXY b,
                                           double speedMps) const
{
    CoverageTimes times;
    const double length = distanceMetres(a, b);
    if (length <= 0.0 || speedMps <= 0.0 || sector.maxRangeMetres <= sector.minRangeMetres)
        return times;
    const LocalXY d{(b.xMetres - a.xMetres) / length, (b.yMetres - a.yMetres) / length};
    const LocalXY toApex = minus(sector.apex, a);
    // Along-track position of the camera and the walker's constant perpendicular offset.
    const double s0 = dot(d, toApex);
    const double offset = std::abs(cross(d, toApex));
    const Spans inside = insideSpans(sector, a, d, length, s0, offset);
    // Facing the camera within 45 deg while the camera is ahead by more than the offset.
    const Spans towards{{-INFINITY, s0 - offset}};
    const Spans away{{s0 + offset, INFINITY}};
    const Spans sideways{{s0 - offset, s0 + offset}};
    auto lengthOf = [](const Spans &spans) {
        double total = 0.0;
        for (const Span &s : spans)
            total += s.to - s.from;
        return total;
    };
    times.towards = lengthOf(intersect(inside, towards)) / speedMps;
    times.away = lengthOf(intersect(inside, away)) / speedMps;
    times.sideways = lengthOf(intersect(inside, sideways)) / speedMps;
    return times;
}

double ExposureModel::usableCapture(const CoverageTimes &t) const
{
    const double tau = parameter(Param::TauS);
    auto dwell = [tau](double seconds) { return -std::expm1(-seconds / tau); };
    const double missTowards = 1.0 - parameter(Param::FTowards) * dwell(t.towards);
    const double missSideways = 1.0 - parameter(Param::FSideways) * dwell(t.sideways);
    const double missAway = 1.0 - parameter(Param::FAway) * dwell(t.away);
    return clamp01(1.0 - missTowards * missSideways * missAway);
}

double ExposureModel::captureProbability(const Camera &camera, const CoverageTimes &times) const
{
    return clamp01(frShare(camera) * usableCapture(times) * matchRate(camera));
}

double ExposureModel::zonePriorCameras(ZoneKind zone) const
{
    switch (zone) {
    case ZoneKind::EntranceHall:
        return parameter(Param::ZoneCamerasEntranceHall);
    case ZoneKind::Turnstiles:
        return parameter(Param::ZoneCamerasTurnstiles);
    case ZoneKind::Escalator:
        return parameter(Param::ZoneCamerasEscalator);
    case ZoneKind::Platform:
        return parameter(Param::ZoneCamerasPlatform);
    case ZoneKind::TransferCorridor:
        return parameter(Param::ZoneCamerasTransferCorridor);
    case ZoneKind::Train:
        return parameter(Param::ZoneCamerasTrain);
    }
    return 0.0;
}

double ExposureModel::zoneViewSeconds(ZoneKind zone, double rideSeconds) const
{
    switch (zone) {
    case ZoneKind::EntranceHall:
        return parameter(Param::ZoneViewSEntranceHall);
    case ZoneKind::Turnstiles:
        return parameter(Param::TurnstileS);
    case ZoneKind::Escalator:
        return parameter(Param::ZoneViewSEscalator);
    case ZoneKind::Platform:
        return parameter(Param::ZoneViewSPlatform);
    case ZoneKind::TransferCorridor:
        return parameter(Param::ZoneViewSTransferCorridor);
    case ZoneKind::Train:
        return parameter(Param::ZoneViewSTrain) * std::max(0.0, rideSeconds) / 60.0;
    }
    return 0.0;
}

double ExposureModel::zonePassProbability(ZoneKind zone, double q, double r,
                                          double viewSeconds) const
{
    double facing = 0.0;
    switch (zone) {
    case ZoneKind::EntranceHall:
        facing = parameter(Param::ZoneFacingEntranceHall);
        break;
    case ZoneKind::Turnstiles:
        // Turnstile cameras face the passenger at face height for the whole passage.
        facing = parameter(Param::FTowards);
        break;
    case ZoneKind::Escalator:
        facing = parameter(Param::ZoneFacingEscalator);
        break;
    case ZoneKind::Platform:
        facing = parameter(Param::ZoneFacingPlatform);
        break;
    case ZoneKind::TransferCorridor:
        facing = parameter(Param::ZoneFacingTransferCorridor);
        break;
    case ZoneKind::Train:
        facing = parameter(Param::ZoneFacingTrain);
        break;
    }
    return clamp01(q * facing * -std::expm1(-viewSeconds / parameter(Param::TauS)) * r);
}

double ExposureModel::zoneHazard(ZoneKind zone, double cameras, double q, double rideSeconds) const
{
    const double p =
        zonePassProbability(zone, q, zoneMatchRate(zone), zoneViewSeconds(zone, rideSeconds));
    return cameras * hazardOf(p);
}

double ExposureModel::unmappedHazardPerSecond(double unsurveyedShare) const
{
    // Expected number of unmapped FR cameras whose coverage contains a given point: density
    // times one camera's coverage area. While inside, hazard accrues at facing * r / tau per
    // second (the small-dwell limit of 1 - exp(-t / tau)).
    Camera typical;
    typical.headingDegrees = 0.0;
    const CoverageSector s = coverageOf(typical, {});
    const double area = std::max(
        0.0, s.fovDegrees / 360.0 * std::numbers::pi *
                 (s.maxRangeMetres * s.maxRangeMetres - s.minRangeMetres * s.minRangeMetres));
    const double perSquareMetre = parameter(Param::UnmappedFrPerKm2) / 1e6;
    return clamp01(unsurveyedShare) * perSquareMetre * area *
           parameter(Param::UnmappedFacingShare) * matchRate(typical) / parameter(Param::TauS);
}

CameraSystem ExposureModel::systemOf(const Camera &camera)
{
    if (isSet(camera.anchorStation) || camera.kind == CameraKind::Turnstile)
        return CameraSystem::Metro;
    return camera.system;
}

FrGroup ExposureModel::zoneFrGroup(ZoneKind zone, FrStatus status, FrStatus turnstileStatus)
{
    FrGroup g{CameraSystem::Metro, Param::QMetroPlatform};
    if (const std::optional<Param> reported = reportedShare(status)) {
        g.share = *reported;
        return g;
    }
    switch (zone) {
    case ZoneKind::Turnstiles:
        g.share = Param::QMetroEntrance;
        break;
    case ZoneKind::EntranceHall:
        g.share = turnstileStatus == FrStatus::None ? Param::QMetroPlatform : Param::QMetroEntrance;
        break;
    case ZoneKind::Train:
        g.share = Param::QTrain;
        break;
    case ZoneKind::Escalator:
    case ZoneKind::Platform:
    case ZoneKind::TransferCorridor:
        break;
    }
    return g;
}

FrGroup ExposureModel::frGroupOf(const Camera &camera)
{
    const CameraSystem system = systemOf(camera);
    if (system == CameraSystem::Metro) {
        if (camera.kind == CameraKind::Turnstile && !camera.anchorZone)
            return zoneFrGroup(ZoneKind::Turnstiles, camera.frStatus);
        return zoneFrGroup(camera.anchorZone.value_or(ZoneKind::Platform), camera.frStatus);
    }
    FrGroup g{system, Param::QStreetUnknown};
    if (const std::optional<Param> reported = reportedShare(camera.frStatus)) {
        g.share = *reported;
        return g;
    }
    if (system == CameraSystem::Private)
        g.share = Param::QPrivateUnknown;
    return g;
}

double ExposureModel::groupShare(FrGroup group) const
{
    if (group.share == Param::UnmappedFrPerKm2)
        return 1.0;
    return clamp01(parameter(group.share));
}

double ExposureModel::systemMatchRate(CameraSystem system) const
{
    double r = parameter(system == CameraSystem::Metro ? Param::RTurnstile : Param::RVideo);
    if (m_traveller.medicalMask)
        r *= parameter(Param::RMultMedicalMask);
    if (m_traveller.sunglasses)
        r *= parameter(Param::RMultSunglasses);
    return clamp01(r);
}

namespace {

/// The camera's own match rate before the traveller's what-ifs, and whether a cap hides the face
/// from it (it looks down from above face height).
struct CameraMatch {
    double rate;
    bool looksDown;
};

CameraMatch cameraMatch(const ExposureModel &m, const Camera &camera)
{
    const bool turnstile = camera.kind == CameraKind::Turnstile ||
                           camera.anchorZone == std::optional<ZoneKind>(ZoneKind::Turnstiles);
    const double height = camera.heightMetres.value_or(
        turnstile ? m.parameter(Param::FaceHeightM) : m.parameter(Param::MountHeightDefaultM));
    return {m.parameter(turnstile ? Param::RTurnstile : Param::RVideo),
            camera.mount == CameraMount::Ceiling || height > m.parameter(Param::FaceHeightM) + 0.5};
}

} // namespace

double ExposureModel::captureChance(const Camera &camera, const CoverageTimes &times) const
{
    const CameraMatch match = cameraMatch(*this, camera);
    const double systemRate =
        parameter(systemOf(camera) == CameraSystem::Metro ? Param::RTurnstile : Param::RVideo);
    double quality = systemRate > 0.0 ? std::min(1.0, match.rate / systemRate) : 0.0;
    if (m_traveller.cap && match.looksDown)
        quality *= parameter(Param::RMultCapCeiling);
    return clamp01(usableCapture(times) * quality);
}

double ExposureModel::zoneCaptureChance(ZoneKind zone, double viewSeconds) const
{
    Camera typical;
    typical.anchorStation = StationId{0};
    typical.anchorZone = zone;
    typical.kind = zone == ZoneKind::Turnstiles ? CameraKind::Turnstile : CameraKind::Dome;
    return anchoredCaptureChance(typical, zone, viewSeconds);
}

double ExposureModel::anchoredCaptureChance(const Camera &camera, ZoneKind zone,
                                            double viewSeconds) const
{
    // The zone's facing share stands in for geometry; q and r are left out (shared), so this is
    // zonePassProbability with q = r = 1, times the camera's quality against the metro's best.
    const CameraMatch match = cameraMatch(*this, camera);
    double quality = std::min(1.0, match.rate / parameter(Param::RTurnstile));
    if (m_traveller.cap && match.looksDown)
        quality *= parameter(Param::RMultCapCeiling);
    return clamp01(zonePassProbability(zone, 1.0, 1.0, viewSeconds) * quality);
}

double ExposureModel::unmappedCaptureRate(double unsurveyedShare) const
{
    Traveller none;
    ExposureModel bare = *this;
    bare.m_traveller = none;
    // unmappedHazardPerSecond includes the street match rate; the tally applies r once per
    // system, so take it out here.
    Camera typical;
    const double r = bare.matchRate(typical);
    const double rate = r > 0.0 ? bare.unmappedHazardPerSecond(unsurveyedShare) / r : 0.0;
    // The typical unmapped camera hangs above face height, where a cap hides the face.
    return m_traveller.cap ? rate * parameter(Param::RMultCapCeiling) : rate;
}

} // namespace blindspot
