#pragma once

// Where cameras look, as OSM's `camera:direction` and the files mappers make write it.
#include "core/io/values/number.h"

#include <QVarLengthArray>

#include <optional>
#include <string_view>

namespace blindspot {

/// Where one camera looks: empty heading means all round (or not known).
struct CameraDirection {
    std::optional<double> headingDegrees; ///< Clockwise from north, in [0, 360).
    std::optional<double> fovDegrees;     ///< Horizontal field of view, in (0, 360).
    friend bool operator==(const CameraDirection &, const CameraDirection &) = default;
};

/// The cameras one direction value stands for: almost always one, kept without a heap
/// allocation (a city's file has 160,000 of them).
using CameraDirections = QVarLengthArray<CameraDirection, 1>;

/// One bearing: degrees ("45", "45.5", "45°", "-90" is 270) or a 16-point compass code ("NNE",
/// any case). Result in [0, 360).
std::optional<double> parseBearing(std::string_view text, DecimalMark mark = DecimalMark::Point);

/// A direction value (OSM `camera:direction`, a CSV or GeoJSON "direction" or "heading"): one
/// entry per camera it stands for. "45" and "NE" give one camera; "30-90" one camera looking at
/// 60 with a 60 degree field of view (a range runs clockwise from its first to its second
/// bearing); "0;180" two cameras, as OSM tags one mast with two cameras. A part that cannot be
/// read gives an entry without a heading (the OSM reader keeps such a camera, the file readers
/// report the value). Empty input: one camera with unknown heading.
CameraDirections parseCameraDirections(std::string_view text,
                                       DecimalMark mark = DecimalMark::Point);

} // namespace blindspot
