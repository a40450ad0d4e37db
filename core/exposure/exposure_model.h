#pragma once

#include "core/exposure/model_parameters.h"
#include "core/geo/lat_lon.h"
#include "core/model/camera.h"

#include <cmath>
#include <span>

namespace blindspot {

/// A hazard h = -ln(1 - P): hazards of independent chances add up. Central value and the
/// low-high range from the parameters' ends (see Bound).
struct Hazard {
    double central = 0.0;
    double low = 0.0;
    double high = 0.0;

    Hazard &operator+=(const Hazard &o)
    {
        central += o.central;
        low += o.low;
        high += o.high;
        return *this;
    }
    friend Hazard operator+(Hazard a, const Hazard &b) { return a += b; }
    double at(Bound b) const { return b == Bound::Low ? low : b == Bound::High ? high : central; }
    double &at(Bound b) { return b == Bound::Low ? low : b == Bound::High ? high : central; }
    bool isZero() const { return central == 0.0 && low == 0.0 && high == 0.0; }
};

/// P(identified) for a hazard.
inline double probabilityOf(double hazard)
{
    return -std::expm1(-hazard);
}

/// The hazard of a probability; +inf for p >= 1.
inline double hazardOf(double p)
{
    return p >= 1.0 ? INFINITY : -std::log1p(-p);
}

/// "What if" choices of the traveller that change the match rate r. Shown as what-ifs: the
/// evidence is partial (NISTIR 8311/8331) and never a promise of safety.
struct Traveller {
    bool medicalMask = false;
    bool sunglasses = false;
    bool cap = false; ///< Cap or hood: matters against cameras that look down from above.
};

/// Seconds a walker spends inside one camera's coverage, by how their face is turned to it.
struct CoverageTimes {
    double towards = 0.0;  ///< Walking towards the camera (within +-45 deg).
    double sideways = 0.0; ///< Passing across it (45-135 deg).
    double away = 0.0;     ///< Walking away from it.

    CoverageTimes &operator+=(const CoverageTimes &o)
    {
        towards += o.towards;
        sideways += o.sideways;
        away += o.away;
        return *this;
    }
    double total() const { return towards + sideways + away; }
};

/// Where one camera can identify a face: a ring sector around it on the tangent plane.
struct CoverageSector {
    LocalXY apex;
    double headingDegrees = 0.0; ///< Centre of the field of view, clockwise from north.
    double fovDegrees = 360.0;   ///< 360 when the heading is unknown.
    double minRangeMetres = 0.0; ///< Closer than this the face is seen too steeply from above.
    double maxRangeMetres = 0.0; ///< Farther than this there are too few pixels on the face.

    bool contains(LocalXY p) const;
};

/// One shared unknown of model v2 (DESIGN.md, Exposure model, 3): the cameras of one system whose
/// chance of feeding live face recognition is the same parameter. All cameras of a group feed
/// face recognition together or not at all; they are not fresh draws per camera.
struct FrGroup {
    CameraSystem system = CameraSystem::Unknown;
    Param share = Param::QStreetUnknown; ///< The q parameter; UnmappedFrPerKm2 for the prior.
    friend auto operator<=>(const FrGroup &, const FrGroup &) = default;
};

/// The group of cameras nobody mapped along walks: the prior counts face-recognition cameras,
/// so their q is 1 and the density carries the uncertainty.
constexpr FrGroup kUnmappedGroup{CameraSystem::City, Param::UnmappedFrPerKm2};

/// The parts of the segment a -> b inside `sector`, as distances from a in metres: sorted,
/// disjoint, within [0, |ab|].
std::vector<std::pair<double, double>> spansInside(const CoverageSector &sector, LocalXY a,
                                                   LocalXY b);

/// The per-camera capture model p = q * g * f * d * r (DESIGN.md, Exposure model) at one end of
/// the parameter ranges. Cheap to copy; holds the resolved numbers, not the file.
class ExposureModel {
public:
    ExposureModel(const ModelParameters &parameters, Bound bound, Traveller traveller = {});

    Bound bound() const { return m_bound; }
    double parameter(Param p) const { return m_values[static_cast<std::size_t>(p)]; }

    /// q: the probability the camera feeds face recognition, from its FR status or, when that
    /// is unknown, from the prior for its place (metro entrance, platform, train, street).
    double frShare(const Camera &camera) const;

    // Model v2: shared unknowns composed once (see ExposureTally).

    /// The system a camera belongs to: anchored and turnstile cameras are the metro's.
    static CameraSystem systemOf(const Camera &camera);
    /// The shared unknown a camera's q belongs to.
    static FrGroup frGroupOf(const Camera &camera);
    /// The shared unknown of a station zone's cameras with the zone's reported status. Hall
    /// cameras of unknown status follow their entrance's turnstile line (`turnstileStatus`):
    /// where the turnstiles are known not to feed face recognition, the hall's cameras are
    /// ordinary metro cameras.
    static FrGroup zoneFrGroup(ZoneKind zone, FrStatus status,
                               FrStatus turnstileStatus = FrStatus::Unknown);
    /// q of a group at this bound (1 for the unmapped prior, whose density counts FR cameras).
    double groupShare(FrGroup group) const;
    /// r_s: this traveller's match rate against a system's best capture (turnstiles for the
    /// metro, street video otherwise), with the what-ifs applied. One unknown per system.
    double systemMatchRate(CameraSystem system) const;
    /// c = g * f * d * quality: the chance that one pass gives the system a frame good enough
    /// to match, where quality is the camera's match rate relative to its system's (and a cap's
    /// effect on a camera looking down). Without q and r, which are shared.
    double captureChance(const Camera &camera, const CoverageTimes &times) const;
    /// c for one camera of a station zone seen for `viewSeconds`, facing it the zone's share.
    double zoneCaptureChance(ZoneKind zone, double viewSeconds) const;
    /// c for a mapped camera anchored in a station zone (no geometry: the zone's stands in).
    double anchoredCaptureChance(const Camera &camera, ZoneKind zone, double viewSeconds) const;
    /// Capture hazard per second of walking from unmapped FR cameras (without r), scaled by the
    /// share left unsurveyed.
    double unmappedCaptureRate(double unsurveyedShare) const;
    /// q for an unmapped camera in a station zone whose FR status is `status`.
    double zoneFrShare(ZoneKind zone, FrStatus status) const;
    /// r: the match rate given a usable capture, with the traveller's what-ifs applied.
    double matchRate(const Camera &camera) const;
    double zoneMatchRate(ZoneKind zone) const;

    /// g: the camera's coverage on the tangent plane, where `apex` is its projected position.
    CoverageSector coverageOf(const Camera &camera, LocalXY apex) const;
    /// Where a camera has a walker in its picture at all ("in view", not identifiable): its
    /// field of view (all round when unknown) out to `rangeMetres`.
    CoverageSector viewSectorOf(const Camera &camera, LocalXY apex, double rangeMetres) const;
    /// Identification range of a camera kind (metres), before the steep-angle limit.
    double identificationRange(CameraKind kind) const;

    /// Time inside `sector` while walking from a to b at `speedMps`, split by face orientation.
    CoverageTimes coverageAlong(const CoverageSector &sector, LocalXY a, LocalXY b,
                                double speedMps) const;

    /// f * d combined over the orientations: the chance of at least one usable frame,
    /// 1 - prod over orientations (1 - f_o * (1 - exp(-t_o / tau))).
    double usableCapture(const CoverageTimes &times) const;

    /// p = q * usableCapture * r for one pass of `camera` with the given coverage times.
    double captureProbability(const Camera &camera, const CoverageTimes &times) const;

    /// Probability that one camera in a station zone, with FR share q and match rate r,
    /// identifies a passer-by who spends `viewSeconds` in its view, facing it the zone's usual
    /// share. Zone cameras have no geometry: the zone's parameters stand in for it.
    double zonePassProbability(ZoneKind zone, double q, double r, double viewSeconds) const;
    /// Seconds one camera of the zone sees a passer-by on one pass (for trains: per ride of
    /// `rideSeconds`, as a passenger's face is in a car camera's view part of each minute).
    double zoneViewSeconds(ZoneKind zone, double rideSeconds = 60.0) const;
    /// Hazard of passing a station zone with `cameras` unmapped cameras of FR share q.
    double zoneHazard(ZoneKind zone, double cameras, double q, double rideSeconds = 60.0) const;
    /// Cameras assumed in a zone whose count nobody reported.
    double zonePriorCameras(ZoneKind zone) const;

    /// Hazard per second of presence from cameras nobody mapped (density prior times coverage
    /// area, FR share, facing share and match rate), scaled by the share left unsurveyed.
    double unmappedHazardPerSecond(double unsurveyedShare) const;

private:
    std::array<double, kParamCount> m_values{};
    Bound m_bound;
    Traveller m_traveller;
};

/// Central, low and high models side by side: every result carries its range.
struct ExposureModels {
    ExposureModel low;
    ExposureModel central;
    ExposureModel high;

    ExposureModels(const ModelParameters &parameters, Traveller traveller = {})
        : low(parameters, Bound::Low, traveller), central(parameters, Bound::Central, traveller),
          high(parameters, Bound::High, traveller)
    {
    }
    const ExposureModel &at(Bound b) const
    {
        return b == Bound::Low ? low : b == Bound::High ? high : central;
    }
};

constexpr std::array<Bound, 3> kBounds = {Bound::Low, Bound::Central, Bound::High};

} // namespace blindspot
