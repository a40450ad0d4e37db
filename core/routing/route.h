#pragma once

#include "core/exposure/exposure_model.h"
#include "core/exposure/exposure_tally.h"
#include "core/geo/lat_lon.h"
#include "core/model/ids.h"
#include "core/model/network.h"

#include <QString>

#include <algorithm>
#include <vector>

namespace blindspot {

/// A start or end of a trip: a station (or transfer complex), an entrance, or a point.
struct Place {
    enum class Kind : std::uint8_t { Station, Entrance, Point };
    Kind kind = Kind::Point;
    std::vector<StationId> stations; ///< Kind Station: every station of the named complex.
    EntranceId entrance = kNoId<EntranceId>;
    LatLon position; ///< Kind Point; for the others, where the place is.
};

/// One thing that adds to a leg's hazard, so that a route can explain itself.
struct HazardSource {
    enum class Kind : std::uint8_t {
        Camera,   ///< A mapped camera (`camera`).
        Zone,     ///< A station zone (`station`, `zone`): mapped cameras anchored there plus
                  ///< reported or assumed unmapped ones.
        Unmapped, ///< Cameras nobody mapped along a walk (density prior).
    };
    Kind kind = Kind::Camera;
    CameraIndex camera = kNoId<CameraIndex>;
    StationId station = kNoId<StationId>;
    ZoneKind zone = ZoneKind::EntranceHall;
    double cameraCount = 0.0; ///< Zone: cameras counted (mapped + reported or assumed).
    bool assumed = false;     ///< No data: the hazard rests on priors, not on reports.
    Hazard hazard;            ///< Identification hazard of this source alone.
    ExposureTally tally;      ///< What it gives the systems, to compose with the rest.
};

/// The figures shown beside the chance, which do not saturate (DESIGN.md, Exposure model, 4).
/// For a leg or a whole route; central values except where a range is given.
struct ExposureFigures {
    /// E: how many times a live face-recognition system gets a usable look at the face.
    Hazard expectedFrCaptures;
    int frCheckpoints = 0;          ///< Turnstile lines passed that feed or may feed FR.
    double secondsInView = 0.0;     ///< In view of mapped or reported cameras.
    double secondsInFrView = 0.0;   ///< ... of those with face recognition confirmed/suspected.
    double walkMetres = 0.0;        ///< Distance walked on the street.
    double walkMetresInView = 0.0;  ///< ... of it in view of a mapped camera.
    double unsurveyedWalkMetres = 0.0; ///< ... of it where nobody surveyed (prior applies).
    std::vector<CameraIndex> camerasInView; ///< Distinct mapped cameras, sorted.

    /// Share of the walking distance in view of a mapped camera, 0-1 (0 without a walk).
    double walkShareInView() const
    {
        return walkMetres > 0.0 ? std::min(1.0, walkMetresInView / walkMetres) : 0.0;
    }
    /// Adds another stretch's figures (cameras merged, expected captures summed: callers that
    /// count one camera on two stretches recompute E from the combined tally).
    ExposureFigures &operator+=(const ExposureFigures &o);
};

enum class LegKind : std::uint8_t { Walk, Entry, Ride, Transfer, Exit };

/// One step of a route as a traveller would describe it.
struct RouteLeg {
    LegKind kind = LegKind::Walk;
    Place from;
    Place to;
    LineId line = kNoId<LineId>; ///< Ride legs.
    int stops = 0;               ///< Ride legs: stations passed, counting the last.
    double durationSeconds = 0.0;
    double lengthMetres = 0.0;
    Hazard hazard;                     ///< This leg's own hazard.
    std::vector<HazardSource> sources; ///< Largest first.
    std::vector<LatLon> path;          ///< For drawing: the positions the leg passes.
    bool chokepoint = false;           ///< One of the few legs that carry most of the hazard.
    ExposureTally tally;               ///< Its sources' captures together.
    ExposureFigures figures;
    /// Ride legs: every station the train stops at after boarding, the last one included.
    std::vector<StationId> passedStations;
};

/// A planned route and how exposed it is: every pass of every leg, with shared unknowns composed
/// once (ExposureTally), so its hazard is at most the sum of the legs'.
struct Route {
    std::vector<RouteLeg> legs;
    double durationSeconds = 0.0;
    Hazard hazard; ///< Identification hazard of the whole trip: hazardOf(P) per bound.
    ExposureTally tally;
    ExposureFigures figures;
    int transfers = 0;
    int frCamerasPassed = 0; ///< Mapped cameras with FR confirmed or suspected that see the route.
    double assumedShare = 0.0; ///< Share of the central hazard that rests on priors (no data).

    double probability(Bound b = Bound::Central) const { return probabilityOf(hazard.at(b)); }
};

inline ExposureFigures &ExposureFigures::operator+=(const ExposureFigures &o)
{
    expectedFrCaptures += o.expectedFrCaptures;
    frCheckpoints += o.frCheckpoints;
    secondsInView += o.secondsInView;
    secondsInFrView += o.secondsInFrView;
    walkMetres += o.walkMetres;
    walkMetresInView += o.walkMetresInView;
    unsurveyedWalkMetres += o.unsurveyedWalkMetres;
    std::vector<CameraIndex> merged;
    std::set_union(camerasInView.begin(), camerasInView.end(), o.camerasInView.begin(),
                   o.camerasInView.end(), std::back_inserter(merged));
    camerasInView = std::move(merged);
    return *this;
}

} // namespace blindspot
