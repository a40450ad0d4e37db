#include "core/io/osm/osm_tags.h"

#include "core/geo/lat_lon.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace blindspot::osm {

namespace {

std::string_view trimmed(std::string_view s)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return lowerAscii(x) == lowerAscii(y);
           });
}

bool endsWithIgnoringCase(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() &&
           equalsIgnoringCase(s.substr(s.size() - suffix.size()), suffix);
}

// The 16 compass points, clockwise from north, 22.5 degrees apart.
constexpr std::array<std::string_view, 16> kCompassPoints = {"N",  "NNE", "NE", "ENE", "E",  "ESE",
                                                             "SE", "SSE", "S",  "SSW", "SW", "WSW",
                                                             "W",  "WNW", "NW", "NNW"};

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

std::optional<std::uint32_t> parseHex(std::string_view digits)
{
    std::uint32_t value = 0;
    const auto [end, error] =
        std::from_chars(digits.data(), digits.data() + digits.size(), value, 16);
    if (error != std::errc() || end != digits.data() + digits.size())
        return std::nullopt;
    return value;
}

bool isHexDigits(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

std::optional<int> parseInt(std::string_view s)
{
    int value = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (error != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    return value;
}

// One camera:direction part: a bearing, or a clockwise range "from-to" of two bearings.
CameraDirection parseDirectionPart(std::string_view part)
{
    // A '-' after the first character separates a range; a leading one is a sign.
    const std::size_t dash = part.find('-', 1);
    if (dash == std::string_view::npos) {
        CameraDirection d;
        d.headingDegrees = parseBearing(part);
        return d;
    }
    const auto from = parseBearing(part.substr(0, dash));
    const auto to = parseBearing(part.substr(dash + 1));
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

std::optional<double> parseDecimal(std::string_view text)
{
    text = trimmed(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    double value = 0.0;
    const auto [end, error] =
        std::from_chars(text.data(), text.data() + text.size(), value, std::chars_format::fixed);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> parseBearing(std::string_view text)
{
    text = trimmed(text);
    for (std::size_t i = 0; i < kCompassPoints.size(); ++i)
        if (equalsIgnoringCase(text, kCompassPoints[i]))
            return 22.5 * double(i);
    // "45°": the degree sign is two bytes in UTF-8.
    constexpr std::string_view kDegreeSign = "\xC2\xB0";
    if (text.size() >= kDegreeSign.size() &&
        text.substr(text.size() - kDegreeSign.size()) == kDegreeSign)
        text.remove_suffix(kDegreeSign.size());
    const auto degrees = parseDecimal(text);
    if (!degrees)
        return std::nullopt;
    return normalizedDegrees(*degrees);
}

std::vector<CameraDirection> parseCameraDirections(std::string_view value)
{
    std::vector<CameraDirection> out;
    std::size_t start = 0;
    while (start <= value.size()) {
        std::size_t end = value.find(';', start);
        if (end == std::string_view::npos)
            end = value.size();
        const std::string_view part = trimmed(value.substr(start, end - start));
        if (!part.empty())
            out.push_back(parseDirectionPart(part));
        start = end + 1;
    }
    if (out.empty())
        out.emplace_back();
    return out;
}

std::optional<double> parseHeightMetres(std::string_view value)
{
    std::string_view v = trimmed(value);
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
    const auto number = parseDecimal(v);
    if (!number)
        return std::nullopt;
    const double metres = *number * factor;
    if (!(metres >= 0.0 && metres <= 500.0))
        return std::nullopt;
    return metres;
}

std::optional<std::uint32_t> parseColour(std::string_view value)
{
    std::string_view v = trimmed(value);
    if (!v.empty() && v.front() == '#') {
        v.remove_prefix(1);
        if (v.size() == 3 && isHexDigits(v)) {
            // #RGB doubles each digit: #a52 is #aa5522.
            const auto short_ = parseHex(v);
            if (!short_)
                return std::nullopt;
            const std::uint32_t r = (*short_ >> 8) & 0xF, g = (*short_ >> 4) & 0xF,
                                b = *short_ & 0xF;
            return (r * 17) << 16 | (g * 17) << 8 | (b * 17);
        }
        if (v.size() == 6 && isHexDigits(v))
            return parseHex(v);
        return std::nullopt;
    }
    if (v.size() == 6 && isHexDigits(v))
        return parseHex(v);
    for (const NamedColour &c : kCssColours)
        if (equalsIgnoringCase(v, c.name))
            return c.rgb;
    return std::nullopt;
}

CameraKind cameraKindFromTag(std::string_view value)
{
    const std::string_view v = trimmed(value);
    if (equalsIgnoringCase(v, "fixed"))
        return CameraKind::Fixed;
    if (equalsIgnoringCase(v, "dome"))
        return CameraKind::Dome;
    if (equalsIgnoringCase(v, "panning") || equalsIgnoringCase(v, "ptz"))
        return CameraKind::Ptz;
    return CameraKind::Unknown;
}

CameraMount cameraMountFromTag(std::string_view value)
{
    const std::string_view v = trimmed(value);
    if (v.empty())
        return CameraMount::Unknown;
    for (std::string_view wall : {"wall", "building", "facade"})
        if (equalsIgnoringCase(v, wall))
            return CameraMount::Wall;
    for (std::string_view pole :
         {"pole", "street_lamp", "street_light", "lamp", "mast", "traffic_signals", "column"})
        if (equalsIgnoringCase(v, pole))
            return CameraMount::Pole;
    if (equalsIgnoringCase(v, "ceiling"))
        return CameraMount::Ceiling;
    return CameraMount::Other;
}

std::optional<FrStatus> frStatusFromTag(std::string_view value)
{
    const std::string_view v = trimmed(value);
    if (equalsIgnoringCase(v, "confirmed"))
        return FrStatus::Confirmed;
    if (equalsIgnoringCase(v, "suspected"))
        return FrStatus::Suspected;
    if (equalsIgnoringCase(v, "none"))
        return FrStatus::None;
    if (equalsIgnoringCase(v, "unknown"))
        return FrStatus::Unknown;
    return std::nullopt;
}

CameraSystem cameraSystemFromTags(std::string_view surveillance, std::string_view operatorName,
                                  std::string_view own)
{
    const std::string_view o = trimmed(own);
    for (CameraSystem s : {CameraSystem::Unknown, CameraSystem::Metro, CameraSystem::City,
                           CameraSystem::Private})
        if (!o.empty() && equalsIgnoringCase(o, cameraSystemTag(s)))
            return s;
    // Operators in English and Russian, compared in lower case (QString handles Cyrillic).
    const QString op = QString::fromUtf8(operatorName.data(), qsizetype(operatorName.size()))
                           .toLower();
    auto mentions = [&op](std::initializer_list<const char *> words) {
        return std::any_of(words.begin(), words.end(),
                           [&op](const char *w) { return op.contains(QString::fromUtf8(w)); });
    };
    if (!op.isEmpty()) {
        if (mentions({"metro", "subway", "метрополитен", "метро"}))
            return CameraSystem::Metro;
        if (mentions({"police", "city of", "government", "municipal", "полиция", "мвд",
                      "правительство", "мэрия", "департамент", "дит "}))
            return CameraSystem::City;
    }
    const std::string_view s = trimmed(surveillance);
    if (equalsIgnoringCase(s, "public"))
        return CameraSystem::City;
    if (equalsIgnoringCase(s, "outdoor") || equalsIgnoringCase(s, "indoor"))
        return CameraSystem::Private;
    return CameraSystem::Unknown;
}

const char *cameraSystemTag(CameraSystem system)
{
    switch (system) {
    case CameraSystem::Metro:
        return "metro";
    case CameraSystem::City:
        return "city";
    case CameraSystem::Private:
        return "private";
    case CameraSystem::Unknown:
        break;
    }
    return "unknown";
}

QDate parseOsmDate(std::string_view value)
{
    const std::string_view v = trimmed(value);
    // Year, then optional month and day, each after a '-'.
    std::array<int, 3> parts{0, 1, 1};
    std::size_t start = 0;
    for (int i = 0; i < 3; ++i) {
        const std::size_t dash = v.find('-', start);
        const std::size_t end = dash == std::string_view::npos ? v.size() : dash;
        const auto number = parseInt(v.substr(start, end - start));
        if (!number)
            return {};
        parts[std::size_t(i)] = *number;
        if (dash == std::string_view::npos)
            return QDate(parts[0], parts[1], parts[2]);
        start = dash + 1;
    }
    return {};
}

std::optional<ZoneKind> zoneKindFromName(std::string_view name)
{
    constexpr std::array<std::string_view, kZoneKindCount> kNames = {
        "entrance_hall", "turnstiles", "escalator", "platform", "transfer_corridor", "train"};
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (trimmed(name) == kNames[i])
            return ZoneKind(i);
    return std::nullopt;
}

std::optional<ZoneKind> zoneKindFromHints(std::string_view text)
{
    const QString folded = QString::fromUtf8(text.data(), qsizetype(text.size())).toCaseFolded();
    if (folded.isEmpty())
        return std::nullopt;
    const auto mentions = [&folded](std::initializer_list<const char *> words) {
        for (const char *w : words)
            if (folded.contains(QString::fromUtf8(w)))
                return true;
        return false;
    };
    // Most specific first: "escalator to the platform" is about the escalator.
    if (mentions(
            {"turnstile", "faregate", "fare gate", "face pay", "facepay", "турникет", "валидатор"}))
        return ZoneKind::Turnstiles;
    if (mentions({"escalator", "эскалатор"}))
        return ZoneKind::Escalator;
    if (mentions({"transfer", "passage", "corridor", "переход"}))
        return ZoneKind::TransferCorridor;
    if (mentions({"carriage", "wagon", "train", "вагон", "поезд"}))
        return ZoneKind::Train;
    if (mentions({"platform", "платформ", "перрон"}))
        return ZoneKind::Platform;
    if (mentions({"entrance", "vestibule", "hall", "lobby", "вестибюль", "вход", "касс"}))
        return ZoneKind::EntranceHall;
    return std::nullopt;
}

} // namespace blindspot::osm
