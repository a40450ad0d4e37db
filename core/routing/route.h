#pragma once

#include "exposure/exposure_model.h"
#include "geo/lat_lon.h"
#include "model/ids.h"
#include "model/network.h"

#include <QString>

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
    CameraId camera = kNoId<CameraId>;
    StationId station = kNoId<StationId>;
    ZoneKind zone = ZoneKind::EntranceHall;
    double cameraCount = 0.0; ///< Zone: cameras counted (mapped + reported or assumed).
    bool assumed = false;     ///< No data: the hazard rests on priors, not on reports.
    Hazard hazard;
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
};

/// A planned route and how exposed it is. The route's hazard counts each camera once even when
/// several legs pass it, so it can be less than the sum of the legs'.
struct Route {
    std::vector<RouteLeg> legs;
    double durationSeconds = 0.0;
    Hazard hazard;
    int transfers = 0;
    int frCamerasPassed = 0; ///< Mapped cameras with FR confirmed or suspected that see the route.
    double assumedShare = 0.0; ///< Share of the central hazard that rests on priors (no data).

    double probability(Bound b = Bound::Central) const { return probabilityOf(hazard.at(b)); }
};

} // namespace blindspot
