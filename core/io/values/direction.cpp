#include "core/io/values/direction.h"

#include "core/geo/lat_lon.h"
#include "core/io/values/value_text.h"

#include <array>
#include <cctype>

namespace blindspot {

namespace {

// The 16 compass points, clockwise from north, 22.5 degrees apart.
constexpr std::array<std::string_view, 16> kCompassPoints = {
    "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
    "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"};

// One part of a direction value: a bearing, or a clockwise range "from-to" of two bearings.
CameraDirection parseDirectionPart(std::string_view part, DecimalMark mark)
{
    // A '-' after the first character separates a range; a leading one is a sign.
    const std::size_t dash = part.find('-', 1);
    if (dash == std::string_view::npos) {
        CameraDirection d;
        d.headingDegrees = parseBearing(part, mark);
        return d;
    }
    const auto from = parseBearing(part.substr(0, dash), mark);
    const auto to = parseBearing(part.substr(dash + 1), mark);
    if (!from || !to)
        return {};
    const double width = normalizedDegrees(*to - *from);
    CameraDirection d;
    d.headingDegrees = normalizedDegrees(*from + width / 2.0);
    if (width > 0.0)
        d.fovDegrees = width;
    return d;
}

} // namespace

std::optional<double> parseBearing(std::string_view text, DecimalMark mark)
{
    text = trimmedValue(text);
    // A compass code is letters only; most directions are numbers, which skip the search.
    if (!text.empty() && std::isalpha(static_cast<unsigned char>(text.front())))
        for (std::size_t i = 0; i < kCompassPoints.size(); ++i)
            if (equalsIgnoringCase(text, kCompassPoints[i]))
                return 22.5 * double(i);
    // "45°": the degree sign is two bytes in UTF-8.
    constexpr std::string_view kDegreeSign = "\xC2\xB0";
    if (text.size() >= kDegreeSign.size() &&
        text.substr(text.size() - kDegreeSign.size()) == kDegreeSign)
        text.remove_suffix(kDegreeSign.size());
    const auto degrees = parseDecimal(text, mark);
    if (!degrees)
        return std::nullopt;
    return normalizedDegrees(*degrees);
}

CameraDirections parseCameraDirections(std::string_view text, DecimalMark mark)
{
    CameraDirections out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(';', start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view part = trimmedValue(text.substr(start, end - start));
        if (!part.empty())
            out.push_back(parseDirectionPart(part, mark));
        start = end + 1;
    }
    if (out.empty())
        out.emplace_back();
    return out;
}

} // namespace blindspot
