#pragma once

// What the two made-up cities (the training city and the synthetic benchmark cities) build
// alike: geometry in the local frame, travel times, the look of street cameras and the links
// of the metro. Private to core/sample. Both cities must come out the same on every build, so
// nothing here draws a random number the caller did not ask for, and each caller keeps the
// order of its own draws.
#include "core/geo/local_projection.h"
#include "core/model/camera.h"
#include "core/model/localized_name.h"
#include "core/model/network.h"
#include "core/sample/random.h"

#include <QString>

#include <array>
#include <cstdint>
#include <vector>

namespace blindspot::sample {

// Travel times use the defaults of the exposure model's parameter file (PARAMETERS.md): trains
// at 41.6 km/h, the Moscow Metro's operating speed, which already includes the stops (nothing is
// added per stop), walking at 1.35 m/s.
constexpr double kTrainSpeedMps = 41.6 / 3.6;
constexpr double kWalkSpeedMps = 1.35;

/// Street camera kinds' weights, in CameraKind order: Unknown, Fixed, Dome, Ptz, Turnstile.
constexpr std::array<double, 5> kStreetKindWeights = {0.15, 0.45, 0.28, 0.12, 0.0};

/// The position of a point of the local frame, rounded to 1e-7 degrees (about 1 cm, OSM's
/// precision): the rounding also keeps the bytes equal on builds whose floating point differs
/// in the last bit.
LatLon roundedLatLon(const LocalProjection &projection, LocalXY xy);

/// Appends a line to the network, its id the next index, and returns the id.
LineId appendLine(Network &network, LocalizedName name, QString ref, std::uint32_t colourRgb,
                  bool ring);
/// Appends a station at `position` to the network and to the end of its line; returns its id.
StationId appendStation(Network &network, LineId line, LatLon position);

/// An FR status drawn with weights in FrStatus order: Unknown, Confirmed, Suspected, None.
FrStatus drawFrStatus(Random &random, const std::array<double, 4> &weights);

/// `value` rounded to a multiple of `step`.
double roundTo(double value, double step);
/// Whole degrees in [0, 360): enough for a camera's aim, and immune to last-bit differences
/// between maths libraries.
double roundedBearing(double degrees);
/// `metres` from `from` along a bearing (degrees clockwise from north).
LocalXY moved(LocalXY from, double bearingDeg, double metres);
/// `forward` metres along the bearing, then `lateral` metres to its right.
LocalXY offset(LocalXY from, double bearingDeg, double forward, double lateral);
/// The point a share `t` of the way from a to b.
LocalXY between(LocalXY a, LocalXY b, double t);

/// What a street camera hangs on: mostly walls, PTZ cameras mostly on poles, domes sometimes
/// under an arcade's ceiling. Weights in CameraMount order: Unknown, Wall, Pole, Ceiling, Other.
std::array<double, 5> streetMountWeights(CameraKind kind);

/// What is known of a street camera of a kind: the chance its aim is known, and the ranges its
/// field of view and mount height are drawn from.
struct StreetCameraLook {
    double aimKnownChance = 0.5;
    double fovLow = 50.0;
    double fovHigh = 110.0;
    double heightLow = 3.0;
    double heightHigh = 8.0;
};
StreetCameraLook streetCameraLook(CameraKind kind);

/// Adds the metro's links to `network`: a ride between each pair of neighbouring stations of a
/// line (the ring's last to its first), a transfer between each pair of stations of a complex
/// (100-250 m, two to five minutes), and an entry from each entrance to its station's platform
/// (the straight distance and a fifth, plus stairs). Positions are indexed by station and
/// entrance index. Draws from `random` in that order.
void addMetroLinks(Network &network, const std::vector<LocalXY> &stationXY,
                   const std::vector<LocalXY> &entranceXY, Random &random);

} // namespace blindspot::sample
