#pragma once

#include "core/io/parse_error.h"
#include "core/model/clip_area.h"

#include <QString>

#include <cstdint>
#include <variant>

namespace blindspot {

/// Reads an osmium / Osmosis `.poly` file: a name line, then sections (a name line, "lon lat"
/// lines, END; a name starting with '!' is a hole), then END. Errors name the line and column;
/// a ring needs three distinct points, coordinates must be on Earth.
[[nodiscard]] Result<ClipArea> readPolyFile(const QString &path);

/// What is wrong with a box given as "S,W,N,E".
struct ClipBoxProblem {
    enum class Kind : std::uint8_t {
        Count,      ///< Not four comma-separated values.
        NotANumber, ///< value `field` is not a decimal number.
        OutOfRange, ///< value `field` is not a latitude (S, N) or longitude (W, E).
        Empty,      ///< South is not below north, or west not west of east.
    };
    Kind kind = Kind::Count;
    int field = -1; ///< 0 S, 1 W, 2 N, 3 E; -1 when no one value is at fault.
};

/// Parses "S,W,N,E" in degrees ('.' decimals whatever the locale, spaces allowed).
[[nodiscard]] std::variant<GeoBox, ClipBoxProblem> parseClipBox(const QString &spec);

} // namespace blindspot
