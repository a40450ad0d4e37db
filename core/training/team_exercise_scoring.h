#pragma once

#include "core/io/parse_error.h"
#include "core/model/camera.h"
#include "core/routing/route_planner.h"

#include <memory>
#include <optional>
#include <vector>

namespace blindspot {

/// A camera the "system" team places in the team exercise. Placed cameras feed face
/// recognition (that is the system's point); the team picks where, what kind and which way.
struct PlacedCamera {
    LatLon position;
    CameraKind kind = CameraKind::Dome;
    std::optional<double> headingDegrees; ///< Empty: looks all round.
};

/// What the system team decided: its cameras and whether the day is an alert day.
struct SystemPlacement {
    std::vector<PlacedCamera> cameras;
    bool alertDay = false;
};

/// Both teams' results, each as core's exposure of the route team's route: how likely the
/// route is to be identified before and after the system's move, and what the route team could
/// have done had they known. Nobody "wins": each side sees what its choices changed.
struct TeamExerciseScore {
    Route before; ///< The route team's route on the city as it was, on an ordinary day.
    /// The same way through the city with the system's cameras and day; none when the system
    /// made that way impossible (it cannot: cameras block nothing, but the check is cheap).
    std::optional<Route> after;
    /// The least exposed route between the same places with the system in place, and the
    /// fastest: what the route team could have chosen knowing the system.
    std::optional<Route> leastExposedAfter;
    std::optional<Route> fastestAfter;
    int placedCamerasSeeingRoute = 0; ///< Of the system's cameras, those that see `after`.
    std::vector<CameraId> placedCameraIds; ///< The placed cameras' ids in the scored city.
};

/// Most cameras a system team may place: enough to cover a route's chokepoints, few enough
/// that they must choose.
constexpr int kMaxPlacedCameras = 8;

/// Scores the exercise: `route` was planned for `request` on `city` (ordinary day); the system
/// team's cameras are added to a copy of the city as FR-confirmed cameras and the route is
/// re-evaluated along the same way (the planner restricted to its stations, lines and
/// entrances), under the alert-day profile if the system chose it.
[[nodiscard]] Result<TeamExerciseScore> scoreTeamExercise(std::shared_ptr<const Dataset> city,
                                                          const RouteRequest &request,
                                                          const Route &route,
                                                          const SystemPlacement &system);

/// The city with the system's cameras added (ids follow the city's own), as scored.
Dataset cityWithPlacedCameras(const Dataset &city, const std::vector<PlacedCamera> &cameras);

/// The request restricted to `route`'s own way: every other station, line and entrance is
/// avoided, so that planning it again finds the same way with new exposure.
RouteRequest requestAlong(const Dataset &city, const RouteRequest &request, const Route &route);

} // namespace blindspot
