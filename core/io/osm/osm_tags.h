#pragma once

// Parsers for the values of the OpenStreetMap tags Blindspot reads. Private to the OSM and GTFS
// readers: nothing here is a public API of core.
#include "core/model/camera.h"
#include "core/model/network.h"

#include <QDate>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace blindspot::osm {

/// Where one camera looks: empty heading means all round (or not known).
struct CameraDirection {
    std::optional<double> headingDegrees; ///< Clockwise from north, in [0, 360).
    std::optional<double> fovDegrees;     ///< Horizontal field of view, in (0, 360).
    friend bool operator==(const CameraDirection &, const CameraDirection &) = default;
};

/// A decimal number in the C locale ("3.5", "-10", "+2"), surrounding spaces allowed; nothing
/// else may follow it.
std::optional<double> parseDecimal(std::string_view text);

/// One bearing: degrees ("45", "45.5", "45°") or a 16-point compass letter code ("NNE").
std::optional<double> parseBearing(std::string_view text);

/// OSM `camera:direction` (or `direction`): one entry per camera the element stands for.
/// "45" and "NE" give one camera; "30-90" one camera looking at 60 with a 60 degree field of view
/// (a range runs clockwise from its first to its second bearing); "0;180" two cameras. A part
/// that cannot be read still stands for a camera, with an unknown heading. Empty input: one
/// camera with unknown heading.
std::vector<CameraDirection> parseCameraDirections(std::string_view value);

/// OSM `height`: metres by default ("3", "3.5 m", "3.5m"), feet with "ft" or "'". Only values in
/// [0, 500] are accepted, the range the model allows.
std::optional<double> parseHeightMetres(std::string_view value);

/// OSM `colour`: "#RRGGBB", "#RGB", "RRGGBB" or a CSS colour name ("brown", "grey") as 0xRRGGBB.
std::optional<std::uint32_t> parseColour(std::string_view value);

/// OSM `camera:type`: fixed, dome, panning (also "ptz"); anything else is Unknown.
CameraKind cameraKindFromTag(std::string_view value);

/// OSM `camera:mount`: wall, pole, ceiling and their common synonyms; other values are Other,
/// an absent value is Unknown.
CameraMount cameraMountFromTag(std::string_view value);

/// Blindspot's own `blindspot:fr` tag: confirmed, suspected, none or unknown. Empty when the value
/// is none of these.
std::optional<FrStatus> frStatusFromTag(std::string_view value);

/// The system a camera belongs to (DESIGN.md, Exposure model, 1): Blindspot's own
/// `blindspot:system` (metro, city, private, unknown) if present; else an `operator` naming a
/// metro is the metro's, one naming the police or a city government the city's; else
/// `surveillance=public` is the city's and `outdoor`/`indoor` (a shop's, a home's) private.
CameraSystem cameraSystemFromTags(std::string_view surveillance, std::string_view operatorName,
                                  std::string_view own);
/// The machine name of a system for `blindspot:system`.
const char *cameraSystemTag(CameraSystem system);

/// An OSM date ("2024-05-17", "2024-05" or "2024"); missing parts fall on the first day.
QDate parseOsmDate(std::string_view value);

/// A zone by its machine name as the design document spells it: entrance_hall, turnstiles,
/// escalator, platform, transfer_corridor, train.
std::optional<ZoneKind> zoneKindFromName(std::string_view name);

/// Guesses the zone of a station a camera watches from free text (its zone tag, name,
/// description): turnstiles, escalators, platforms and so on, in English and Russian.
std::optional<ZoneKind> zoneKindFromHints(std::string_view text);

} // namespace blindspot::osm
