#include "core/io/field_mapper.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <simdjson.h>
#include <xxhash.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace blindspot {

namespace {

struct Alias {
    const char *key; // ASCII lower case, or UTF-8 already case-folded
    RecordField field;
    int rank;
};

// Well-known column and property names. Rank orders alternatives for one field: the name
// Blindspot's exporters write comes first, then common spellings, then loose guesses such as
// "x"/"y" or "type" that only count when nothing better is there.
constexpr Alias kAliases[] = {
    {"lat", RecordField::Lat, 1},
    {"latitude", RecordField::Lat, 1},
    {"@lat", RecordField::Lat, 2},
    {"y", RecordField::Lat, 3},
    {"широта", RecordField::Lat, 2},
    {"lon", RecordField::Lon, 1},
    {"lng", RecordField::Lon, 1},
    {"long", RecordField::Lon, 2},
    {"longitude", RecordField::Lon, 1},
    {"@lon", RecordField::Lon, 2},
    {"x", RecordField::Lon, 3},
    {"долгота", RecordField::Lon, 2},
    {"name", RecordField::Name, 1},
    {"title", RecordField::Name, 2},
    {"label", RecordField::Name, 3},
    {"название", RecordField::Name, 2},
    {"notes", RecordField::Notes, 1},
    {"note", RecordField::Notes, 2},
    {"description", RecordField::Notes, 2},
    {"desc", RecordField::Notes, 3},
    {"comment", RecordField::Notes, 3},
    {"comments", RecordField::Notes, 3},
    {"cmt", RecordField::Notes, 4},
    {"описание", RecordField::Notes, 3},
    {"kind", RecordField::Kind, 1},
    {"blindspot:kind", RecordField::Kind, 2},
    {"camera:type", RecordField::Kind, 3},
    {"camera_type", RecordField::Kind, 2},
    {"type", RecordField::Kind, 4},
    {"тип", RecordField::Kind, 3},
    {"heading", RecordField::Heading, 1},
    {"camera:direction", RecordField::Heading, 2},
    {"direction", RecordField::Heading, 2},
    {"bearing", RecordField::Heading, 3},
    {"azimuth", RecordField::Heading, 3},
    {"fov", RecordField::Fov, 1},
    {"field_of_view", RecordField::Fov, 2},
    {"blindspot:fov", RecordField::Fov, 2},
    {"height", RecordField::Height, 1},
    {"camera:height", RecordField::Height, 2},
    {"mount_height", RecordField::Height, 2},
    {"fr", RecordField::Fr, 1},
    {"blindspot:fr", RecordField::Fr, 2},
    {"fr_status", RecordField::Fr, 2},
    {"face_recognition", RecordField::Fr, 2},
    {"facial_recognition", RecordField::Fr, 2},
    {"face_rec", RecordField::Fr, 3},
    {"observed", RecordField::Date, 1},
    {"date", RecordField::Date, 2},
    {"survey:date", RecordField::Date, 3},
    {"check_date", RecordField::Date, 3},
    {"observed_date", RecordField::Date, 3},
    {"time", RecordField::Date, 4},
    {"timestamp", RecordField::Date, 4},
    {"when", RecordField::Date, 4},
    {"observers", RecordField::Observers, 1},
    {"observer_count", RecordField::Observers, 2},
    {"blindspot:observers", RecordField::Observers, 2},
    {"ref", RecordField::Ref, 1},
    {"id", RecordField::Ref, 2},
    {"@id", RecordField::Ref, 2},
    {"osm_id", RecordField::Ref, 3},
    {"source_ref", RecordField::Ref, 3},
    {"blindspot:ref", RecordField::Ref, 2},
    {"mount", RecordField::Mount, 1},
    {"camera:mount", RecordField::Mount, 2},
    {"zone", RecordField::Zone, 1},
    {"blindspot:zone", RecordField::Zone, 2},
    {"station", RecordField::Station, 1},
    {"sources", RecordField::Sources, 1},
    {"source", RecordField::Sources, 2},
    {"line", RecordField::Line, 1},
    {"line_name", RecordField::Line, 2},
    {"route", RecordField::Line, 3},
    {"линия", RecordField::Line, 2},
    {"order", RecordField::Order, 1},
    {"seq", RecordField::Order, 2},
    {"sequence", RecordField::Order, 2},
    {"stop_sequence", RecordField::Order, 2},
    {"index", RecordField::Order, 3},
    {"survey", RecordField::Survey, 1},
    {"surveyed", RecordField::Survey, 1},
    {"completeness", RecordField::Completeness, 1},
    {"system", RecordField::System, 1},
    {"blindspot:system", RecordField::System, 2},
    {"surveillance", RecordField::System, 3},
    {"owner", RecordField::System, 4},
    {"colour", RecordField::Colour, 1},
    {"color", RecordField::Colour, 1},
    {"line_colour", RecordField::Colour, 2},
    {"line_color", RecordField::Colour, 2},
    {"route_color", RecordField::Colour, 3},
};

constexpr std::string_view kFieldNames[kRecordFieldCount] = {
    "lat",  "lon",       "name", "notes", "kind",  "heading", "fov",     "height", "fr",    "date",
    "observers", "ref",  "mount", "zone", "station", "sources", "line", "order", "colour",
    "survey", "completeness", "system"};

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

bool isAscii(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Case-folded key for comparing names: ASCII lower case on the fast path, Unicode case folding
// for the rare non-ASCII names (Russian column headers).
std::string folded(std::string_view s)
{
    s = trimmed(s);
    if (isAscii(s)) {
        std::string out(s);
        for (char &c : out)
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        return out;
    }
    const QByteArray f =
        QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())).toCaseFolded().toUtf8();
    return std::string(f.constData(), static_cast<std::size_t>(f.size()));
}

// A value lower-cased with spaces and hyphens turned into underscores ("Face Pay" -> "face_pay"),
// for comparing with the words the parsers know. Short ASCII words, which is nearly all of
// them, stay on the stack: the parsers run once per field of every row.
class Word {
public:
    explicit Word(std::string_view s)
    {
        s = trimmed(s);
        if (s.size() <= sizeof m_buffer && isAscii(s)) {
            for (std::size_t i = 0; i < s.size(); ++i) {
                char c = s[i];
                if (c >= 'A' && c <= 'Z')
                    c = static_cast<char>(c - 'A' + 'a');
                else if (c == ' ' || c == '-')
                    c = '_';
                m_buffer[i] = c;
            }
            m_view = std::string_view(m_buffer, s.size());
            return;
        }
        m_heap = folded(s);
        for (char &c : m_heap)
            if (c == ' ' || c == '-')
                c = '_';
        m_view = m_heap;
    }
    std::string_view view() const { return m_view; }
    bool operator==(std::string_view other) const { return m_view == other; }

private:
    char m_buffer[32];
    std::string m_heap;
    std::string_view m_view;
};

bool oneOf(const Word &w, std::initializer_list<std::string_view> options)
{
    return std::find(options.begin(), options.end(), w.view()) != options.end();
}

QString fieldQuoted(RecordField field)
{
    const std::string_view n = recordFieldName(field);
    return QStringLiteral("\"%1\"").arg(QLatin1String(n.data(), static_cast<qsizetype>(n.size())));
}

FieldError fieldError(RecordField field, const char *expected)
{
    return {field, QStringLiteral("expected %1 in %2").arg(QLatin1String(expected), fieldQuoted(field))};
}

QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// "node/123" (Overpass's @id) becomes "osm:node/123", the form OSM imports use.
QString refFrom(std::string_view text)
{
    for (std::string_view type : {"node/", "way/", "relation/"})
        if (text.size() > type.size() && text.substr(0, type.size()) == type &&
            std::all_of(text.begin() + static_cast<std::ptrdiff_t>(type.size()), text.end(),
                        [](char c) { return c >= '0' && c <= '9'; }))
            return QStringLiteral("osm:") + qstr(text);
    return qstr(text);
}

int digitsValue(std::string_view s, std::size_t from, std::size_t count, bool *ok)
{
    int v = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (i >= s.size() || s[i] < '0' || s[i] > '9') {
            *ok = false;
            return 0;
        }
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

} // namespace

std::string_view recordFieldName(RecordField field)
{
    return kFieldNames[static_cast<std::size_t>(field)];
}

std::optional<RecordField> recordFieldFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    for (int i = 0; i < kRecordFieldCount; ++i)
        if (n == QLatin1String(kFieldNames[i].data(), static_cast<qsizetype>(kFieldNames[i].size())))
            return static_cast<RecordField>(i);
    if (n == QLatin1String("direction"))
        return RecordField::Heading;
    if (n == QLatin1String("color"))
        return RecordField::Colour;
    if (n == QLatin1String("id"))
        return RecordField::Ref;
    if (n == QLatin1String("lng") || n == QLatin1String("longitude"))
        return RecordField::Lon;
    if (n == QLatin1String("latitude"))
        return RecordField::Lat;
    if (n == QLatin1String("description"))
        return RecordField::Notes;
    return std::nullopt;
}

// ---- FieldMapper --------------------------------------------------------------------------

Result<FieldMapper> FieldMapper::create(const FieldMapping &mapping, const QString &file)
{
    FieldMapper m;
    std::array<bool, kRecordFieldCount> mapped{};
    for (auto it = mapping.columnFor.cbegin(); it != mapping.columnFor.cend(); ++it) {
        const auto field = recordFieldFromName(it.key());
        ParseError e;
        e.file = file;
        e.code = ParseErrorCode::Malformed;
        if (!field) {
            e.detail = QStringLiteral("unknown field \"%1\" in the column mapping").arg(it.key());
            return e;
        }
        if (it.value().trimmed().isEmpty()) {
            e.detail = QStringLiteral("no column given for field \"%1\" in the column mapping").arg(it.key());
            return e;
        }
        const QByteArray column = it.value().trimmed().toUtf8();
        const std::string key = folded(std::string_view(column.constData(), std::size_t(column.size())));
        mapped[static_cast<std::size_t>(*field)] = true;
        m.m_mapped[static_cast<std::size_t>(*field)] = std::string(column.constData(), std::size_t(column.size()));
        m.m_byFoldedKey.push_back({key, {*field, 0}});
    }
    for (const Alias &a : kAliases) {
        if (mapped[static_cast<std::size_t>(a.field)])
            continue;
        const std::string key = a.key;
        const bool taken = std::any_of(m.m_byFoldedKey.begin(), m.m_byFoldedKey.end(),
                                       [&](const auto &e) { return e.first == key; });
        if (!taken)
            m.m_byFoldedKey.push_back({key, {a.field, a.rank}});
    }
    std::sort(m.m_byFoldedKey.begin(), m.m_byFoldedKey.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return m;
}

std::optional<FieldMapper::Match> FieldMapper::lookUp(std::string_view key) const
{
    const std::string k = folded(key);
    const auto it = std::lower_bound(m_byFoldedKey.begin(), m_byFoldedKey.end(), k,
                                     [](const auto &e, const std::string &x) { return e.first < x; });
    if (it == m_byFoldedKey.end() || it->first != k)
        return std::nullopt;
    return it->second;
}

namespace {

// Byte equality without a call to memcmp: keys are short and compared millions of times.
bool sameBytes(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    const char *x = a.data();
    const char *y = b.data();
    std::size_t n = a.size();
    for (; n >= 8; n -= 8, x += 8, y += 8) {
        std::uint64_t u, v;
        std::memcpy(&u, x, 8);
        std::memcpy(&v, y, 8);
        if (u != v)
            return false;
    }
    for (; n > 0; --n)
        if (*x++ != *y++)
            return false;
    return true;
}

} // namespace

std::optional<FieldMapper::Match> FieldMapper::fieldFor(std::string_view key)
{
    // Records name their keys in the same order one after another: the key after the last one
    // found is tried first, so a hit usually costs one comparison.
    const std::size_t n = m_recent.size();
    for (std::size_t k = 0; k < n; ++k) {
        std::size_t i = m_next + k;
        if (i >= n)
            i -= n;
        if (sameBytes(m_recent[i].key, key)) {
            m_next = i + 1 == n ? 0 : i + 1;
            return m_recent[i].match;
        }
    }
    const std::optional<Match> match = lookUp(key);
    // Files use a few dozen property names at most; a hostile file with a new name per feature
    // only makes the cache stop growing.
    constexpr std::size_t kMaxRecent = 64;
    if (n < kMaxRecent) {
        m_recent.push_back({std::string(key), match});
        m_next = 0;
    }
    return match;
}

// ---- value parsers ------------------------------------------------------------------------

std::optional<double> parseDecimal(std::string_view text, DecimalMark mark)
{
    text = trimmed(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
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

std::optional<FrStatus> parseFrStatus(std::string_view text)
{
    // The names the exporters write come first, unfolded: most imports are of those.
    for (FrStatus s : {FrStatus::Confirmed, FrStatus::Suspected, FrStatus::None, FrStatus::Unknown})
        if (text == frStatusName(s))
            return s;
    const Word w(text);
    if (oneOf(w, {"", "unknown", "?", "n/a", "unk", "неизвестно"}))
        return FrStatus::Unknown;
    if (oneOf(w, {"confirmed", "yes", "y", "true", "1", "confirm", "fr", "да", "подтверждено"}))
        return FrStatus::Confirmed;
    if (oneOf(w, {"suspected", "suspect", "maybe", "likely", "probable", "possible", "вероятно",
                  "возможно", "подозрение"}))
        return FrStatus::Suspected;
    if (oneOf(w, {"none", "no", "n", "false", "0", "нет"}))
        return FrStatus::None;
    return std::nullopt;
}

CameraKind parseCameraKind(std::string_view text)
{
    for (CameraKind k : {CameraKind::Unknown, CameraKind::Fixed, CameraKind::Dome, CameraKind::Ptz,
                         CameraKind::Turnstile})
        if (text == cameraKindName(k))
            return k;
    const Word w(text);
    if (oneOf(w, {"fixed", "static", "bullet", "box"}))
        return CameraKind::Fixed;
    if (oneOf(w, {"dome"}))
        return CameraKind::Dome;
    if (oneOf(w, {"ptz", "panning", "pan_tilt_zoom", "rotating"}))
        return CameraKind::Ptz;
    if (oneOf(w, {"turnstile", "face_pay", "facepay", "turnstiles"}))
        return CameraKind::Turnstile;
    return CameraKind::Unknown;
}

CameraSystem parseCameraSystem(std::string_view text)
{
    const Word w(text);
    if (oneOf(w, {"metro", "subway", "underground"}))
        return CameraSystem::Metro;
    if (oneOf(w, {"city", "public", "police", "municipal", "government"}))
        return CameraSystem::City;
    if (oneOf(w, {"private", "home", "residential", "shop", "business", "doorbell", "outdoor",
                  "indoor"}))
        return CameraSystem::Private;
    return CameraSystem::Unknown;
}

CameraMount parseCameraMount(std::string_view text)
{
    for (CameraMount m : {CameraMount::Unknown, CameraMount::Wall, CameraMount::Pole, CameraMount::Ceiling,
                          CameraMount::Other})
        if (text == cameraMountName(m))
            return m;
    const Word w(text);
    if (oneOf(w, {"", "unknown"}))
        return CameraMount::Unknown;
    if (oneOf(w, {"wall", "building", "facade"}))
        return CameraMount::Wall;
    if (oneOf(w, {"pole", "street_lamp", "lamp", "mast"}))
        return CameraMount::Pole;
    if (oneOf(w, {"ceiling"}))
        return CameraMount::Ceiling;
    return CameraMount::Other;
}

std::optional<ZoneKind> parseZoneKind(std::string_view text)
{
    for (int i = 0; i < kZoneKindCount; ++i)
        if (text == zoneKindName(static_cast<ZoneKind>(i)))
            return static_cast<ZoneKind>(i);
    const Word w(text);
    for (int i = 0; i < kZoneKindCount; ++i)
        if (w == zoneKindName(static_cast<ZoneKind>(i)))
            return static_cast<ZoneKind>(i);
    if (w == "turnstile")
        return ZoneKind::Turnstiles;
    return std::nullopt;
}

namespace {

std::optional<double> compassDegrees(std::string_view text)
{
    static constexpr std::string_view kPoints[16] = {"n",  "nne", "ne", "ene", "e",  "ese",
                                                     "se", "sse", "s",  "ssw", "sw", "wsw",
                                                     "w",  "wnw", "nw", "nnw"};
    const Word w(text);
    for (int i = 0; i < 16; ++i)
        if (w == kPoints[i])
            return 22.5 * i;
    return std::nullopt;
}

std::optional<double> oneDirection(std::string_view text, DecimalMark mark)
{
    text = trimmed(text);
    if (const auto d = parseDecimal(text, mark))
        return normalizedDegrees(*d);
    return compassDegrees(text);
}

} // namespace

std::optional<double> parseHeading(std::string_view text, DecimalMark mark, double *spanDegrees)
{
    text = trimmed(text);
    // OSM allows several directions separated by ';'; one camera has one heading: the first.
    if (const auto semicolon = text.find(';'); semicolon != std::string_view::npos)
        text = text.substr(0, semicolon);
    const std::size_t dash = text.find('-', 1);
    if (dash != std::string_view::npos) {
        const auto from = oneDirection(text.substr(0, dash), mark);
        const auto to = oneDirection(text.substr(dash + 1), mark);
        if (!from || !to)
            return std::nullopt;
        const double span = normalizedDegrees(*to - *from);
        if (spanDegrees && span > 0.0)
            *spanDegrees = span;
        return normalizedDegrees(*from + span / 2.0);
    }
    return oneDirection(text, mark);
}

QDate parseDate(std::string_view text)
{
    text = trimmed(text);
    bool ok = true;
    if (text.size() >= 10 && text[4] == '-' && text[7] == '-' &&
        (text.size() == 10 || text[10] == 'T' || text[10] == ' ')) {
        const int y = digitsValue(text, 0, 4, &ok), m = digitsValue(text, 5, 2, &ok),
                  d = digitsValue(text, 8, 2, &ok);
        return ok ? QDate(y, m, d) : QDate();
    }
    if (text.size() == 10 && text[2] == '.' && text[5] == '.') {
        const int d = digitsValue(text, 0, 2, &ok), m = digitsValue(text, 3, 2, &ok),
                  y = digitsValue(text, 6, 4, &ok);
        return ok ? QDate(y, m, d) : QDate();
    }
    if (text.size() == 7 && text[4] == '-') {
        const int y = digitsValue(text, 0, 4, &ok), m = digitsValue(text, 5, 2, &ok);
        return ok ? QDate(y, m, 1) : QDate();
    }
    if (text.size() == 4) {
        const int y = digitsValue(text, 0, 4, &ok);
        return ok ? QDate(y, 1, 1) : QDate();
    }
    return QDate();
}

std::optional<std::uint32_t> parseColour(std::string_view text)
{
    text = trimmed(text);
    if (!text.empty() && text.front() == '#')
        text.remove_prefix(1);
    else if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        text.remove_prefix(2);
    if (text.size() != 6)
        return std::nullopt;
    std::uint32_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + 6, value, 16);
    if (ec != std::errc() || end != text.data() + 6)
        return std::nullopt;
    return value;
}

std::string_view frStatusName(FrStatus status)
{
    switch (status) {
    case FrStatus::Confirmed:
        return "confirmed";
    case FrStatus::Suspected:
        return "suspected";
    case FrStatus::None:
        return "none";
    case FrStatus::Unknown:
        break;
    }
    return "unknown";
}

std::string_view cameraKindName(CameraKind kind)
{
    switch (kind) {
    case CameraKind::Fixed:
        return "fixed";
    case CameraKind::Dome:
        return "dome";
    case CameraKind::Ptz:
        return "ptz";
    case CameraKind::Turnstile:
        return "turnstile";
    case CameraKind::Unknown:
        break;
    }
    return "unknown";
}

std::string_view cameraMountName(CameraMount mount)
{
    switch (mount) {
    case CameraMount::Wall:
        return "wall";
    case CameraMount::Pole:
        return "pole";
    case CameraMount::Ceiling:
        return "ceiling";
    case CameraMount::Other:
        return "other";
    case CameraMount::Unknown:
        break;
    }
    return "unknown";
}

std::string_view zoneKindName(ZoneKind zone)
{
    switch (zone) {
    case ZoneKind::EntranceHall:
        return "entrance_hall";
    case ZoneKind::Turnstiles:
        return "turnstiles";
    case ZoneKind::Escalator:
        return "escalator";
    case ZoneKind::Platform:
        return "platform";
    case ZoneKind::TransferCorridor:
        return "transfer_corridor";
    case ZoneKind::Train:
        return "train";
    }
    return "entrance_hall";
}

// ---- records ------------------------------------------------------------------------------

namespace {

// A numeric field: absent (or empty text), or present with its value (empty if unreadable).
struct NumberField {
    bool present = false;
    std::optional<double> value;
};

NumberField numberField(const RecordValues &values, RecordField f, DecimalMark mark, bool metresSuffix = false)
{
    if (!values.has(f))
        return {};
    if (const auto n = values.number(f))
        return {true, n};
    std::string_view text = trimmed(values.value(f));
    if (metresSuffix && text.size() > 1 && text.back() == 'm')
        text = trimmed(text.substr(0, text.size() - 1)); // OSM's "3 m"
    if (text.empty())
        return {};
    return {true, parseDecimal(text, mark)};
}

} // namespace

std::optional<FieldError> cameraFromRecord(const RecordValues &values,
                                           std::optional<LatLon> position, DecimalMark mark,
                                           Camera &camera, Sighting &sighting)
{
    using F = RecordField;
    for (const F text : {F::Name, F::Notes, F::Ref})
        if (values.value(text).size() > kMaxTextFieldBytes)
            return FieldError{text, QStringLiteral("expected at most %1 bytes of text in %2")
                                        .arg(kMaxTextFieldBytes)
                                        .arg(fieldQuoted(text))};
    if (position) {
        camera.position = *position;
    } else {
        const auto lat = numberField(values, F::Lat, mark).value;
        if (!lat)
            return fieldError(F::Lat, "a number");
        if (*lat < -90.0 || *lat > 90.0)
            return fieldError(F::Lat, "a latitude from -90 to 90");
        const auto lon = numberField(values, F::Lon, mark).value;
        if (!lon)
            return fieldError(F::Lon, "a number");
        if (*lon < -180.0 || *lon > 180.0)
            return fieldError(F::Lon, "a longitude from -180 to 180");
        camera.position = {*lat, *lon};
    }
    if (values.has(F::Kind))
        camera.kind = parseCameraKind(values.value(F::Kind));
    double span = 0.0;
    if (const auto number = values.number(F::Heading)) {
        if (!std::isfinite(*number))
            return fieldError(F::Heading, "a direction in degrees or compass points");
        camera.headingDegrees = normalizedDegrees(*number);
    } else if (values.has(F::Heading) && !trimmed(values.value(F::Heading)).empty()) {
        const auto heading = parseHeading(values.value(F::Heading), mark, &span);
        if (!heading)
            return fieldError(F::Heading, "a direction in degrees or compass points");
        camera.headingDegrees = *heading;
    }
    if (const NumberField fov = numberField(values, F::Fov, mark); fov.present) {
        if (!fov.value || !(*fov.value > 0.0 && *fov.value <= 360.0))
            return fieldError(F::Fov, "an angle above 0 and up to 360 degrees");
        camera.fovDegrees = *fov.value;
    } else if (span > 0.0) {
        camera.fovDegrees = span; // a direction range such as "300-60" also gives the view's width
    }
    if (const NumberField height = numberField(values, F::Height, mark, true); height.present) {
        if (!height.value || !(*height.value >= 0.0 && *height.value <= 500.0))
            return fieldError(F::Height, "a height from 0 to 500 metres");
        camera.heightMetres = *height.value;
    }
    if (values.has(F::Fr)) {
        const auto fr = parseFrStatus(values.value(F::Fr));
        if (!fr)
            return fieldError(F::Fr, "confirmed, suspected, none, unknown, yes or no");
        camera.frStatus = *fr;
    }
    if (values.has(F::Date) && !trimmed(values.value(F::Date)).empty()) {
        sighting.observed = parseDate(values.value(F::Date));
        if (!sighting.observed.isValid())
            return fieldError(F::Date, "a date (YYYY-MM-DD)");
    }
    if (const NumberField observers = numberField(values, F::Observers, DecimalMark::Point); observers.present) {
        const std::optional<double> n = observers.value;
        if (!n || *n < 1.0 || *n > 1e6 || std::floor(*n) != *n)
            return fieldError(F::Observers, "a whole number of observers from 1");
        sighting.observers = static_cast<int>(*n);
    }
    if (values.has(F::Ref))
        camera.sourceRef = refFrom(trimmed(values.value(F::Ref)));
    if (values.has(F::Mount))
        camera.mount = parseCameraMount(values.value(F::Mount));
    if (values.has(F::System))
        camera.system = parseCameraSystem(values.value(F::System));
    if (values.has(F::Zone) && !trimmed(values.value(F::Zone)).empty()) {
        const auto zone = parseZoneKind(values.value(F::Zone));
        if (!zone)
            return fieldError(F::Zone, "a station zone (entrance_hall, turnstiles, escalator, "
                                       "platform, transfer_corridor, train)");
        camera.anchorZone = *zone;
    }
    const std::string_view notes = values.value(F::Notes);
    const std::string_view name = trimmed(values.value(F::Name));
    if (!name.empty() && notes.find(name) == std::string_view::npos)
        camera.notes = notes.empty() ? qstr(name) : qstr(name) + QLatin1Char('\n') + qstr(notes);
    else if (!notes.empty())
        camera.notes = qstr(notes);
    return std::nullopt;
}

std::optional<PropertyFailure> cameraFromProperties(FieldMapper &mapper,
                                                    const std::vector<LocatedProperty> &properties,
                                                    std::optional<LatLon> position, Camera &camera,
                                                    Sighting &sighting)
{
    const RecordValues values = recordFromProperties(mapper, properties);
    if (auto error = cameraFromRecord(values, position, DecimalMark::Point, camera, sighting))
        return PropertyFailure{values.has(error->field) ? values.where(error->field) : -1,
                               std::move(*error)};
    return std::nullopt;
}

std::optional<FieldError> surveyAreaFromRecord(const RecordValues &values, SurveyArea &area, bool *isSurvey)
{
    using F = RecordField;
    const Word flag(values.value(F::Survey));
    *isSurvey = (values.has(F::Survey) && !oneOf(flag, {"false", "no", "0", "нет"})) || values.has(F::Completeness);
    if (!*isSurvey)
        return std::nullopt;
    if (values.value(F::Name).size() > kMaxTextFieldBytes)
        return FieldError{F::Name, QStringLiteral("expected at most %1 bytes of text in %2")
                                       .arg(kMaxTextFieldBytes)
                                       .arg(fieldQuoted(F::Name))};
    area.name = qstr(trimmed(values.value(F::Name)));
    // "surveyed": 2026-02-20 says when; "survey": yes leaves that to a date field.
    area.surveyed = parseDate(values.value(F::Survey));
    if (!area.surveyed.isValid())
        area.surveyed = parseDate(values.value(F::Date));
    if (values.has(F::Completeness)) {
        std::optional<double> share = values.number(F::Completeness);
        bool percent = false;
        if (!share) {
            std::string_view text = trimmed(values.value(F::Completeness));
            percent = !text.empty() && text.back() == '%';
            if (percent)
                text.remove_suffix(1);
            share = parseDecimal(text);
        }
        // 80 and 80% are percentages; 0.8 is a share.
        if (share && (percent || *share > 1.0))
            *share /= 100.0;
        if (!share || *share < 0.0 || *share > 1.0)
            return fieldError(F::Completeness, "a share from 0 to 1 (or 0% to 100%)");
        area.completeness = *share;
    }
    return std::nullopt;
}

RecordValues recordFromProperties(FieldMapper &mapper, const std::vector<LocatedProperty> &properties)
{
    RecordValues values;
    for (std::size_t i = 0; i < properties.size(); ++i)
        if (const auto match = mapper.fieldFor(properties[i].key))
            values.set(*match, properties[i].value, static_cast<std::int64_t>(i));
    return values;
}

// ---- bookkeeping --------------------------------------------------------------------------

std::uint64_t contentFingerprint(QByteArrayView bytes)
{
    // XXH3, as the pack checksum uses: fast enough to disappear in an import's time, and a
    // content change that keeps both hash and length is vanishingly unlikely.
    return XXH3_64bits(bytes.data(), static_cast<std::size_t>(bytes.size()));
}

Source importSource(const QString &fileName, QByteArrayView bytes)
{
    return importSource(fileName, contentFingerprint(bytes), bytes.size());
}

Source importSource(const QString &fileName, std::uint64_t fingerprint, std::int64_t size)
{
    Source s;
    s.name = QFileInfo(fileName).fileName();
    s.datasetId = QStringLiteral("file:xxh3:%1:%2")
                      .arg(static_cast<qulonglong>(fingerprint), 16, 16, QLatin1Char('0'))
                      .arg(size);
    s.retrieved = QDateTime::currentDateTimeUtc().date();
    s.trusted = false;
    return s;
}

DatasetHeader importHeader(const QString &fileName)
{
    DatasetHeader h;
    h.name = QFileInfo(fileName).fileName();
    h.created = QDateTime::currentDateTimeUtc();
    h.created.setTime(QTime(h.created.time().hour(), h.created.time().minute(),
                            h.created.time().second()));
    return h;
}

TextPosition textPositionOf(QByteArrayView text, std::int64_t offset)
{
    offset = std::clamp<std::int64_t>(offset, 0, text.size());
    TextPosition p;
    const char *begin = text.data();
    const char *end = begin + offset;
    const char *lineStart = begin;
    for (const char *c = begin; c < end;) {
        const void *nl = std::memchr(c, '\n', static_cast<std::size_t>(end - c));
        if (!nl)
            break;
        ++p.line;
        c = static_cast<const char *>(nl) + 1;
        lineStart = c;
    }
    for (const char *c = lineStart; c < end; ++c)
        if ((static_cast<unsigned char>(*c) & 0xC0) != 0x80)
            ++p.column;
    return p;
}

ParseError textError(const QString &file, QByteArrayView text, std::int64_t offset,
                     ParseErrorCode code, const QString &detail)
{
    const TextPosition p = textPositionOf(text, offset);
    ParseError e;
    e.file = file;
    e.line = p.line;
    e.column = p.column;
    e.byteOffset = offset;
    e.code = code;
    e.detail = detail;
    return e;
}

Result<QByteArray> readWholeFile(const QString &path, const ImportLimits &limits)
{
    QFile file(path);
    ParseError e;
    e.file = path;
    if (!file.open(QIODevice::ReadOnly)) {
        e.code = ParseErrorCode::CannotOpen;
        e.detail = file.errorString();
        return e;
    }
    if (file.size() > limits.maxFileBytes) {
        e.code = ParseErrorCode::TooLarge;
        e.detail = QStringLiteral("%1 bytes").arg(limits.maxFileBytes);
        return e;
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        e.code = ParseErrorCode::CannotOpen;
        e.detail = file.errorString();
        return e;
    }
    return bytes;
}

std::int64_t firstInvalidUtf8(QByteArrayView text)
{
    if (simdjson::validate_utf8(text.data(), static_cast<std::size_t>(text.size())))
        return -1;
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const std::int64_t n = text.size();
    for (std::int64_t i = 0; i < n;) {
        const unsigned char c = s[i];
        int length = 0;
        std::uint32_t min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        std::uint32_t cp = c & (0xFF >> (length + 1));
        for (int k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

} // namespace blindspot
