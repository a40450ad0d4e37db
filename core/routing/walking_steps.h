#pragma once

#include "core/model/dataset.h"
#include "core/routing/route.h"

#include <vector>

namespace blindspot {

/// One instruction of a walk, as data: app/common's WalkingDirections puts it into words.
struct WalkingStep {
    enum class Kind : std::uint8_t {
        Depart,     ///< The first stretch: set off in a compass heading.
        Continue,   ///< A new street or path, after a turn or straight on under a new name.
        Steps,      ///< OSM `highway=steps`.
        Underpass,  ///< A tunnel walked on foot (`tunnel=*`, `location=underground`).
        Crossing,   ///< Across a road on a crossing (`footway=crossing`, ...).
        Footbridge, ///< A footway, path or steps on a bridge.
        Indoor,     ///< A passage inside a building (`indoor=*`, `highway=corridor`).
        Arrive,     ///< The end of the walk: `arrival`.
    };
    /// The change of direction where a step starts, by how much the heading turns.
    enum class Turn : std::uint8_t {
        Straight,    ///< Under 25 degrees.
        SlightLeft,  ///< 25 to 60 degrees.
        Left,        ///< 60 to 135 degrees.
        SharpLeft,   ///< 135 degrees or more (a U-turn included).
        SlightRight,
        Right,
        SharpRight,
    };

    Kind kind = Kind::Depart;
    Turn turn = Turn::Straight;  ///< Where the step starts; Straight for Depart and Arrive.
    double headingDegrees = 0.0; ///< Compass heading over its first metres, clockwise from north.
    double metres = 0.0;         ///< Its length (0 for Arrive).
    /// The street walked along when it has a name (Dataset::streets.ways); none when unnamed.
    StreetWayId way = kNoId<StreetWayId>;
    bool trafficLights = false;          ///< Crossing: with traffic lights.
    std::vector<CameraIndex> cameras; ///< Mapped cameras met on this step (nearest to it), sorted.
    LatLon start;                  ///< Where it starts.
    Place arrival;                 ///< Arrive: the leg's end (an entrance, station or point).
};

/// The steps of a walking leg, worked out from the positions it passes (RouteLeg::path) and the
/// street network's ways: consecutive edges of one named street (or of one kind of footway:
/// steps, underpass, crossing, footbridge, indoor passage) are one step; an unnamed footway
/// splits where it bends by kMinBendDegrees or more; an unnamed stretch shorter than
/// kMinStepMetres joins its neighbour. The first step says the compass heading, each later one
/// its turn, and the last is the arrival. Distances add up to the leg's length. Cameras in
/// view on the leg (its figures and sources) go to the step that passes nearest to them.
///
/// A walk off the streets (no network, or a straight walk) is one Depart and the Arrive. Cost:
/// one pass over the street network's nodes and edges per call (a few milliseconds for a city
/// of 1.8 million nodes); meant for the routes shown, never inside a search.
std::vector<WalkingStep> walkingSteps(const Dataset &dataset, const RouteLeg &leg);

/// The turn a change of heading makes: `degrees` is the new heading minus the old, any range;
/// positive turns right (clockwise).
WalkingStep::Turn turnOf(double degrees);

/// An unnamed footway splits into steps where it bends at least this much.
constexpr double kMinBendDegrees = 45.0;
/// An unnamed stretch shorter than this is no step of its own.
constexpr double kMinStepMetres = 20.0;

} // namespace blindspot
