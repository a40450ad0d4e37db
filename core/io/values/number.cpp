#include "core/io/values/number.h"

#include "core/io/values/value_text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace blindspot {

namespace {

// CSS Color Module Level 4 named colours: the names OSM mappers use in `colour` besides hex.
struct NamedColour {
    std::string_view name;
    std::uint32_t rgb;
};
constexpr NamedColour kCssColours[] = {
    {"aliceblue", 0xF0F8FF},
    {"antiquewhite", 0xFAEBD7},
    {"aqua", 0x00FFFF},
    {"aquamarine", 0x7FFFD4},
    {"azure", 0xF0FFFF},
    {"beige", 0xF5F5DC},
    {"bisque", 0xFFE4C4},
    {"black", 0x000000},
    {"blanchedalmond", 0xFFEBCD},
    {"blue", 0x0000FF},
    {"blueviolet", 0x8A2BE2},
    {"brown", 0xA52A2A},
    {"burlywood", 0xDEB887},
    {"cadetblue", 0x5F9EA0},
    {"chartreuse", 0x7FFF00},
    {"chocolate", 0xD2691E},
    {"coral", 0xFF7F50},
    {"cornflowerblue", 0x6495ED},
    {"cornsilk", 0xFFF8DC},
    {"crimson", 0xDC143C},
    {"cyan", 0x00FFFF},
    {"darkblue", 0x00008B},
    {"darkcyan", 0x008B8B},
    {"darkgoldenrod", 0xB8860B},
    {"darkgray", 0xA9A9A9},
    {"darkgreen", 0x006400},
    {"darkgrey", 0xA9A9A9},
    {"darkkhaki", 0xBDB76B},
    {"darkmagenta", 0x8B008B},
    {"darkolivegreen", 0x556B2F},
    {"darkorange", 0xFF8C00},
    {"darkorchid", 0x9932CC},
    {"darkred", 0x8B0000},
    {"darksalmon", 0xE9967A},
    {"darkseagreen", 0x8FBC8F},
    {"darkslateblue", 0x483D8B},
    {"darkslategray", 0x2F4F4F},
    {"darkslategrey", 0x2F4F4F},
    {"darkturquoise", 0x00CED1},
    {"darkviolet", 0x9400D3},
    {"deeppink", 0xFF1493},
    {"deepskyblue", 0x00BFFF},
    {"dimgray", 0x696969},
    {"dimgrey", 0x696969},
    {"dodgerblue", 0x1E90FF},
    {"firebrick", 0xB22222},
    {"floralwhite", 0xFFFAF0},
    {"forestgreen", 0x228B22},
    {"fuchsia", 0xFF00FF},
    {"gainsboro", 0xDCDCDC},
    {"ghostwhite", 0xF8F8FF},
    {"gold", 0xFFD700},
    {"goldenrod", 0xDAA520},
    {"gray", 0x808080},
    {"green", 0x008000},
    {"greenyellow", 0xADFF2F},
    {"grey", 0x808080},
    {"honeydew", 0xF0FFF0},
    {"hotpink", 0xFF69B4},
    {"indianred", 0xCD5C5C},
    {"indigo", 0x4B0082},
    {"ivory", 0xFFFFF0},
    {"khaki", 0xF0E68C},
    {"lavender", 0xE6E6FA},
    {"lavenderblush", 0xFFF0F5},
    {"lawngreen", 0x7CFC00},
    {"lemonchiffon", 0xFFFACD},
    {"lightblue", 0xADD8E6},
    {"lightcoral", 0xF08080},
    {"lightcyan", 0xE0FFFF},
    {"lightgoldenrodyellow", 0xFAFAD2},
    {"lightgray", 0xD3D3D3},
    {"lightgreen", 0x90EE90},
    {"lightgrey", 0xD3D3D3},
    {"lightpink", 0xFFB6C1},
    {"lightsalmon", 0xFFA07A},
    {"lightseagreen", 0x20B2AA},
    {"lightskyblue", 0x87CEFA},
    {"lightslategray", 0x778899},
    {"lightslategrey", 0x778899},
    {"lightsteelblue", 0xB0C4DE},
    {"lightyellow", 0xFFFFE0},
    {"lime", 0x00FF00},
    {"limegreen", 0x32CD32},
    {"linen", 0xFAF0E6},
    {"magenta", 0xFF00FF},
    {"maroon", 0x800000},
    {"mediumaquamarine", 0x66CDAA},
    {"mediumblue", 0x0000CD},
    {"mediumorchid", 0xBA55D3},
    {"mediumpurple", 0x9370DB},
    {"mediumseagreen", 0x3CB371},
    {"mediumslateblue", 0x7B68EE},
    {"mediumspringgreen", 0x00FA9A},
    {"mediumturquoise", 0x48D1CC},
    {"mediumvioletred", 0xC71585},
    {"midnightblue", 0x191970},
    {"mintcream", 0xF5FFFA},
    {"mistyrose", 0xFFE4E1},
    {"moccasin", 0xFFE4B5},
    {"navajowhite", 0xFFDEAD},
    {"navy", 0x000080},
    {"oldlace", 0xFDF5E6},
    {"olive", 0x808000},
    {"olivedrab", 0x6B8E23},
    {"orange", 0xFFA500},
    {"orangered", 0xFF4500},
    {"orchid", 0xDA70D6},
    {"palegoldenrod", 0xEEE8AA},
    {"palegreen", 0x98FB98},
    {"paleturquoise", 0xAFEEEE},
    {"palevioletred", 0xDB7093},
    {"papayawhip", 0xFFEFD5},
    {"peachpuff", 0xFFDAB9},
    {"peru", 0xCD853F},
    {"pink", 0xFFC0CB},
    {"plum", 0xDDA0DD},
    {"powderblue", 0xB0E0E6},
    {"purple", 0x800080},
    {"rebeccapurple", 0x663399},
    {"red", 0xFF0000},
    {"rosybrown", 0xBC8F8F},
    {"royalblue", 0x4169E1},
    {"saddlebrown", 0x8B4513},
    {"salmon", 0xFA8072},
    {"sandybrown", 0xF4A460},
    {"seagreen", 0x2E8B57},
    {"seashell", 0xFFF5EE},
    {"sienna", 0xA0522D},
    {"silver", 0xC0C0C0},
    {"skyblue", 0x87CEEB},
    {"slateblue", 0x6A5ACD},
    {"slategray", 0x708090},
    {"slategrey", 0x708090},
    {"snow", 0xFFFAFA},
    {"springgreen", 0x00FF7F},
    {"steelblue", 0x4682B4},
    {"tan", 0xD2B48C},
    {"teal", 0x008080},
    {"thistle", 0xD8BFD8},
    {"tomato", 0xFF6347},
    {"turquoise", 0x40E0D0},
    {"violet", 0xEE82EE},
    {"wheat", 0xF5DEB3},
    {"white", 0xFFFFFF},
    {"whitesmoke", 0xF5F5F5},
    {"yellow", 0xFFFF00},
    {"yellowgreen", 0x9ACD32},
};

bool isHexDigits(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

std::optional<std::uint32_t> parseHex(std::string_view digits)
{
    if (digits.empty() || !isHexDigits(digits))
        return std::nullopt;
    std::uint32_t value = 0;
    const auto [end, error] =
        std::from_chars(digits.data(), digits.data() + digits.size(), value, 16);
    if (error != std::errc() || end != digits.data() + digits.size())
        return std::nullopt;
    return value;
}

} // namespace

std::optional<double> parseDecimal(std::string_view text, DecimalMark mark)
{
    text = trimmedValue(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    // Longer text is no number a person wrote; the cap also bounds the copy below.
    if (text.empty() || text.size() > 64)
        return std::nullopt;
    char buffer[64];
    if (mark == DecimalMark::PointOrComma && text.find(',') != std::string_view::npos &&
        text.find('.') == std::string_view::npos) {
        std::memcpy(buffer, text.data(), text.size());
        std::replace(buffer, buffer + text.size(), ',', '.');
        text = std::string_view(buffer, text.size());
    }
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value,
                                           std::chars_format::general);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> parseHeightMetres(std::string_view text, DecimalMark mark)
{
    std::string_view v = trimmedValue(text);
    double factor = 1.0;
    if (endsWithIgnoringCase(v, "ft")) {
        v.remove_suffix(2);
        factor = 0.3048;
    } else if (!v.empty() && v.back() == '\'') {
        v.remove_suffix(1);
        factor = 0.3048;
    } else if (endsWithIgnoringCase(v, "m")) {
        v.remove_suffix(1);
    }
    const auto number = parseDecimal(v, mark);
    if (!number)
        return std::nullopt;
    const double metres = *number * factor;
    if (!(metres >= 0.0 && metres <= 500.0))
        return std::nullopt;
    return metres;
}

std::optional<int> parseCount(std::string_view text, int minimum)
{
    const std::optional<double> n = parseDecimal(text);
    // A million is far above any count of observers or cameras in one place.
    if (!n || *n < minimum || *n > 1e6 || std::floor(*n) != *n)
        return std::nullopt;
    return static_cast<int>(*n);
}

std::optional<std::uint32_t> parseColour(std::string_view text)
{
    std::string_view v = trimmedValue(text);
    if (!v.empty() && v.front() == '#') {
        v.remove_prefix(1);
        if (v.size() == 3) {
            // #RGB doubles each digit: #a52 is #aa5522.
            const auto rgb = parseHex(v);
            if (!rgb)
                return std::nullopt;
            const std::uint32_t r = (*rgb >> 8) & 0xF, g = (*rgb >> 4) & 0xF, b = *rgb & 0xF;
            return (r * 17) << 16 | (g * 17) << 8 | (b * 17);
        }
        return v.size() == 6 ? parseHex(v) : std::nullopt;
    }
    if (v.size() == 8 && v[0] == '0' && (v[1] == 'x' || v[1] == 'X'))
        return parseHex(v.substr(2));
    if (v.size() == 6 && isHexDigits(v))
        return parseHex(v);
    for (const NamedColour &c : kCssColours)
        if (equalsIgnoringCase(v, c.name))
            return c.rgb;
    return std::nullopt;
}

} // namespace blindspot
