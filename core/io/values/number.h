#pragma once

// Numbers in tag and field values, in the C locale whatever the process locale is.
#include <cstdint>
#include <optional>
#include <string_view>

namespace blindspot {

/// How numbers are written in the file.
enum class DecimalMark : std::uint8_t {
    Point,        ///< "55.75" only.
    PointOrComma, ///< Also "55,75", as spreadsheets in Russian and many other locales save
                  ///< semicolon-separated files. Never used when the comma separates fields.
};

/// A finite decimal number ("55.75", "-3e2", "+2"), surrounding spaces allowed; nothing else
/// may follow it. With PointOrComma a comma is the decimal mark when there is no point.
std::optional<double> parseDecimal(std::string_view text, DecimalMark mark = DecimalMark::Point);

/// A height in metres: metres by default ("3", "3.5 m", "3.5m"), feet with "ft" or "'" (OSM's
/// `height`). Only values in [0, 500] are accepted, the range the model allows.
std::optional<double> parseHeightMetres(std::string_view text,
                                        DecimalMark mark = DecimalMark::Point);

/// A whole number of people or things from `minimum` up to a million ("2", "2.0"); empty when
/// the text is not one.
std::optional<int> parseCount(std::string_view text, int minimum);

/// "#D62728", "D62728", "0xD62728", "#a52" (each digit doubled) or a CSS colour name ("brown",
/// "grey", as OSM's `colour` has them), as 0xRRGGBB.
std::optional<std::uint32_t> parseColour(std::string_view text);

} // namespace blindspot
