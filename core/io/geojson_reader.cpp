#include "core/io/geojson_reader.h"

#include "core/io/field_mapper.h"
#include "core/io/progress.h"
#include "core/io/read_file.h"
#include "core/io/utf8_check.h"

#include <QFile>

#include <simdjson.h>
#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

namespace blindspot {

// ---- syntax error locator -----------------------------------------------------------------

namespace {

constexpr int kMaxJsonDepth = 1024; // simdjson's default

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Returns the offset after the string starting at `pos` (its opening quote), or sets `error`.
std::int64_t scanString(const char *s, std::int64_t n, std::int64_t pos, JsonSyntaxError &error)
{
    const std::int64_t open = pos++;
    while (pos < n) {
        const char c = s[pos];
        if (c == '"')
            return pos + 1;
        if (static_cast<unsigned char>(c) < 0x20) {
            error = {pos, ParseReason::JsonControlCharacter};
            return -1;
        }
        if (c == '\\') {
            if (pos + 1 >= n)
                break;
            const char e = s[pos + 1];
            if (e == 'u') {
                for (int k = 2; k < 6; ++k)
                    if (pos + k >= n || !isHex(s[pos + k])) {
                        error = {pos, ParseReason::JsonHexDigits};
                        return -1;
                    }
                pos += 6;
                continue;
            }
            if (std::strchr("\"\\/bfnrt", e) == nullptr || e == '\0') {
                error = {pos, ParseReason::JsonEscape};
                return -1;
            }
            pos += 2;
            continue;
        }
        ++pos;
    }
    error = {open, ParseReason::JsonClosingQuote};
    return -1;
}

std::int64_t scanNumber(const char *s, std::int64_t n, std::int64_t pos, JsonSyntaxError &error)
{
    const std::int64_t start = pos;
    if (pos < n && s[pos] == '-')
        ++pos;
    if (pos < n && s[pos] == '0') {
        ++pos;
    } else if (pos < n && isDigit(s[pos])) {
        while (pos < n && isDigit(s[pos]))
            ++pos;
    } else {
        error = {start, ParseReason::JsonNumber};
        return -1;
    }
    if (pos < n && s[pos] == '.') {
        ++pos;
        if (pos >= n || !isDigit(s[pos])) {
            error = {start, ParseReason::JsonNumber};
            return -1;
        }
        while (pos < n && isDigit(s[pos]))
            ++pos;
    }
    if (pos < n && (s[pos] == 'e' || s[pos] == 'E')) {
        ++pos;
        if (pos < n && (s[pos] == '+' || s[pos] == '-'))
            ++pos;
        if (pos >= n || !isDigit(s[pos])) {
            error = {start, ParseReason::JsonNumber};
            return -1;
        }
        while (pos < n && isDigit(s[pos]))
            ++pos;
    }
    return pos;
}

} // namespace

JsonSyntaxError locateJsonSyntaxError(QByteArrayView text)
{
    const char *s = text.data();
    const std::int64_t n = text.size();
    enum class Expect {
        Value,
        ValueOrArrayEnd,
        KeyOrObjectEnd,
        Key,
        Colon,
        CommaOrObjectEnd,
        CommaOrArrayEnd,
        End
    };
    std::vector<char> stack;
    Expect expect = Expect::Value;
    JsonSyntaxError error;
    std::int64_t pos = 0;
    if (n >= 3 && std::memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        pos = 3;
    auto afterValue = [&]() {
        expect = stack.empty()
                     ? Expect::End
                     : (stack.back() == '{' ? Expect::CommaOrObjectEnd : Expect::CommaOrArrayEnd);
    };
    for (;;) {
        while (pos < n && isJsonSpace(s[pos]))
            ++pos;
        if (pos >= n) {
            if (expect == Expect::End)
                return {};
            return {n, expect == Expect::Value && stack.empty() ? ParseReason::JsonValue
                                                                : ParseReason::JsonMoreBeforeEnd};
        }
        const char c = s[pos];
        switch (expect) {
        case Expect::End:
            return {pos, ParseReason::JsonNothingAfterEnd};
        case Expect::Colon:
            if (c != ':')
                return {pos, ParseReason::JsonColon};
            ++pos;
            expect = Expect::Value;
            continue;
        case Expect::CommaOrObjectEnd:
        case Expect::CommaOrArrayEnd: {
            const bool object = expect == Expect::CommaOrObjectEnd;
            if (c == ',') {
                ++pos;
                expect = object ? Expect::Key : Expect::Value;
                continue;
            }
            if (c == (object ? '}' : ']')) {
                ++pos;
                stack.pop_back();
                afterValue();
                continue;
            }
            return {pos, object ? ParseReason::JsonCommaOrBrace : ParseReason::JsonCommaOrBracket};
        }
        case Expect::KeyOrObjectEnd:
        case Expect::Key:
            if (c == '}' && expect == Expect::KeyOrObjectEnd) {
                ++pos;
                stack.pop_back();
                afterValue();
                continue;
            }
            if (c != '"')
                return {pos,
                        expect == Expect::Key ? ParseReason::JsonKey : ParseReason::JsonKeyOrBrace};
            pos = scanString(s, n, pos, error);
            if (pos < 0)
                return error;
            expect = Expect::Colon;
            continue;
        case Expect::ValueOrArrayEnd:
            if (c == ']') {
                ++pos;
                stack.pop_back();
                afterValue();
                continue;
            }
            [[fallthrough]];
        case Expect::Value:
            if (c == '{' || c == '[') {
                if (static_cast<int>(stack.size()) >= kMaxJsonDepth)
                    return {pos, ParseReason::JsonTooDeep};
                stack.push_back(c);
                ++pos;
                expect = c == '{' ? Expect::KeyOrObjectEnd : Expect::ValueOrArrayEnd;
                continue;
            }
            if (c == '"') {
                pos = scanString(s, n, pos, error);
            } else if (c == '-' || isDigit(c)) {
                pos = scanNumber(s, n, pos, error);
            } else {
                bool matched = false;
                for (const char *literal : {"true", "false", "null"}) {
                    const auto length = static_cast<std::int64_t>(std::strlen(literal));
                    if (n - pos >= length &&
                        std::memcmp(s + pos, literal, std::size_t(length)) == 0) {
                        pos += length;
                        matched = true;
                        break;
                    }
                }
                if (!matched)
                    return {pos, ParseReason::JsonValue};
            }
            if (pos < 0)
                return error;
            afterValue();
            continue;
        }
    }
}

// ---- reader -------------------------------------------------------------------------------
//
// simdjson On-Demand: stage 1 (finding the structure) runs in the library with the best kernel
// the CPU has, picked at run time; the walk below only touches what it reads, and every value
// it reads comes with its byte offset for error messages. It builds no tape, so it touches a
// third of the memory the DOM API would, which is what dominates a large import.

namespace {

namespace od = simdjson::ondemand;

// What one feature said, gathered from its members (in any order).
struct FeatureState {
    RecordValues values; // `where` is a byte offset into the document
    enum class Geometry : std::uint8_t {
        None,
        Point,
        MultiPoint,
        Polygon,
        Other
    } geometry = Geometry::None;
    std::vector<LatLon> points;
    std::vector<std::int64_t> pointOffsets; // where each position starts
    std::vector<std::size_t> partStarts;    // first point of each list of positions (a ring)
    int depth = 0;                          // nesting of "coordinates": 1 a position, 3 rings
    std::int64_t geometryOffset = 0;

    void clear()
    {
        values.clear();
        geometry = Geometry::None;
        points.clear();
        pointOffsets.clear();
        partStarts.clear();
        depth = 0;
    }
};

struct Failure {
    std::int64_t offset = 0;
    ParseReason reason = ParseReason::None;
    ParseErrorCode code = ParseErrorCode::Malformed;
    simdjson::error_code json = simdjson::SUCCESS; // set when simdjson itself failed
    bool wholeDocument = false;                    // about the document, not one place in it
    QStringList args;                              // the reason's
};

// A failure whose reason takes arguments (a key's or a field's name).
Failure failureWith(std::int64_t offset, ParseReason reason, QStringList args)
{
    return {offset, reason, ParseErrorCode::Malformed, simdjson::SUCCESS, false, std::move(args)};
}

bool readsFromGeoJson(RecordField f)
{
    return f != RecordField::Station && f != RecordField::Sources && f != RecordField::Line &&
           f != RecordField::Order && f != RecordField::Colour;
}

// A member's key as written: a view into the document when it has no escapes, which is nearly
// always, else unescaped into simdjson's buffer. Stage 1 has made sure every string is closed.
simdjson::error_code keyOf(od::field &field, std::string_view &key)
{
    const char *start = field.key().raw();
    const char *p = start;
    while (*p != '"' && *p != '\\')
        ++p;
    if (*p == '"') {
        key = std::string_view(start, static_cast<std::size_t>(p - start));
        return simdjson::SUCCESS;
    }
    return field.unescaped_key().get(key);
}

// What the root object said, gathered across the pieces of a document read in chunks.
struct RootState {
    std::string type;
    bool sawFeatures = false;
    FeatureState lone; // a root that is a Feature itself
};

class GeoJsonReader {
public:
    GeoJsonReader(FieldMapper &mapper, const ImportOptions &options, std::int64_t size,
                  Dataset &dataset)
        : m_mapper(mapper), m_options(options), m_progress(options.progress, size),
          m_dataset(&dataset)
    {
    }

    /// The text being read now starts at `base`; `shift` turns offsets into it into offsets
    /// into the whole file (chunks are copies of parts of it).
    void setText(const char *base, std::int64_t shift)
    {
        m_base = base;
        m_shift = shift;
    }
    /// A root object: its members, the features array if it has one (or the part of it this
    /// text holds), in `root`.
    std::optional<Failure> readRoot(od::document &doc, RootState &root);
    /// A chunk: an array of features.
    std::optional<Failure> readFeatures(od::document &doc);
    /// Checks what the whole root said, once everything is read.
    std::optional<Failure> finishRoot(RootState &root);
    /// Features read so far; rewind() forgets those after a count (a piece that failed).
    std::int64_t featureCount() const { return m_features; }
    void rewind(std::int64_t features) { m_features = features; }

private:
    std::int64_t offsetOf(od::value &v) { return v.raw_json_token().data() - m_base + m_shift; }
    static Failure json(simdjson::error_code code)
    {
        return {0, ParseReason::None, ParseErrorCode::Malformed, code};
    }
    std::optional<Failure> atEnd(od::document &doc)
    {
        if (const char *rest = nullptr; doc.current_location().get(rest) == simdjson::SUCCESS)
            return Failure{rest - m_base + m_shift, ParseReason::JsonNothingAfterEnd};
        return std::nullopt;
    }
    std::optional<Failure> featureArray(od::value value);

    std::optional<Failure> member(std::string_view key, od::value value, FeatureState &state);
    std::optional<Failure> feature(od::value value);
    std::optional<Failure> geometry(od::value value, FeatureState &state);
    std::optional<Failure> coordinates(od::value value, FeatureState &state, int level, int *depth);
    std::optional<Failure> properties(od::object object, FeatureState &state, int level);
    std::optional<Failure> finish(FeatureState &state);

    const char *m_base = nullptr;
    std::int64_t m_shift = 0;
    FieldMapper &m_mapper;
    const ImportOptions &m_options;
    ProgressTicker m_progress;
    Dataset *m_dataset;
    std::int64_t m_features = 0;
    FeatureState m_state;
};

std::optional<Failure> GeoJsonReader::featureArray(od::value value)
{
    od::array features;
    if (value.get_array().get(features))
        return Failure{offsetOf(value), ParseReason::ExpectedFeatureArray};
    for (auto element : features) {
        od::value item;
        if (const auto error = std::move(element).get(item))
            return json(error);
        if (auto failure = feature(item))
            return failure;
    }
    return std::nullopt;
}

std::optional<Failure> GeoJsonReader::readRoot(od::document &doc, RootState &state)
{
    od::object root;
    if (const auto error = doc.get_object().get(root))
        return error == simdjson::INCORRECT_TYPE
                   ? Failure{0, ParseReason::ExpectedGeoJsonRoot,
                             ParseErrorCode::Malformed, simdjson::SUCCESS, true}
                   : json(error);
    for (auto field : root) {
        od::field member_;
        std::string_view key;
        if (const auto error = std::move(field).get(member_))
            return json(error);
        if (const auto error = keyOf(member_, key))
            return json(error);
        od::value value = std::move(member_.value());
        if (key == "features") {
            state.sawFeatures = true;
            if (auto failure = featureArray(value))
                return failure;
        } else if (key == "type") {
            std::string_view type;
            if (value.get_string().get(type))
                return failureWith(offsetOf(value), ParseReason::ExpectedStringIn,
                                   {QStringLiteral("type")});
            state.type = std::string(type);
        } else if (key == "geometry" || key == "properties" || key == "id") {
            if (auto failure = member(key, value, state.lone))
                return failure;
        }
    }
    return atEnd(doc);
}

std::optional<Failure> GeoJsonReader::readFeatures(od::document &doc)
{
    od::value array;
    if (const auto error = doc.get_value().get(array))
        return json(error);
    if (auto failure = featureArray(array))
        return failure;
    return atEnd(doc);
}

std::optional<Failure> GeoJsonReader::finishRoot(RootState &root)
{
    if (root.type == "Feature")
        return finish(root.lone);
    if (!root.sawFeatures || (root.type != "FeatureCollection" && !root.type.empty()))
        return Failure{0, ParseReason::ExpectedGeoJsonRoot,
                       ParseErrorCode::Malformed, simdjson::SUCCESS, true};
    return std::nullopt;
}

std::optional<Failure> GeoJsonReader::feature(od::value value)
{
    const std::int64_t at = offsetOf(value);
    if (++m_features > m_options.limits.maxElements)
        return Failure{at, ParseReason::FeaturesLimit, ParseErrorCode::TooLarge, {}, false,
                       parseArgs(m_options.limits.maxElements)};
    if (!m_progress.tick(at))
        return Failure{at, ParseReason::None, ParseErrorCode::Cancelled};
    od::object object;
    if (value.get_object().get(object))
        return Failure{at, ParseReason::ExpectedFeatureObject};
    FeatureState &state = m_state;
    state.clear();
    for (auto field : object) {
        od::field member_;
        std::string_view key;
        if (const auto error = std::move(field).get(member_))
            return json(error);
        if (const auto error = keyOf(member_, key))
            return json(error);
        od::value member = std::move(member_.value());
        if (auto failure = this->member(key, member, state))
            return failure;
    }
    return finish(state);
}

std::optional<Failure> GeoJsonReader::member(std::string_view key, od::value value,
                                             FeatureState &state)
{
    if (key == "geometry")
        return geometry(value, state);
    if (key == "properties") {
        od::json_type type;
        if (const auto error = value.type().get(type))
            return json(error);
        if (type == od::json_type::null)
            return std::nullopt;
        od::object object;
        if (type != od::json_type::object || value.get_object().get(object))
            return failureWith(offsetOf(value), ParseReason::ExpectedObjectIn,
                               {QStringLiteral("properties")});
        return properties(object, state, 0);
    }
    if (key == "id") {
        // The feature's own id counts as a ref only when no property gives one.
        constexpr int kFeatureIdRank = 50;
        const FieldMapper::Match match{RecordField::Ref, kFeatureIdRank};
        const std::int64_t at = offsetOf(value);
        od::json_type type;
        if (const auto error = value.type().get(type))
            return json(error);
        std::string_view text;
        if (type == od::json_type::string) {
            if (const auto error = value.get_string().get(text))
                return json(error);
        } else if (type == od::json_type::number) {
            text = value.raw_json_token();
            while (!text.empty() && isJsonSpace(text.back()))
                text.remove_suffix(1);
        } else {
            return std::nullopt;
        }
        state.values.set(match, text, at);
    }
    return std::nullopt;
}

// Reads "coordinates" whatever the geometry type (which may come after them): positions go
// to state.points, each list of positions starts a part, `depth` says how deeply they nest.
std::optional<Failure> GeoJsonReader::coordinates(od::value value, FeatureState &state, int level,
                                                  int *depth)
{
    const std::int64_t at = offsetOf(value);
    const std::size_t start = state.points.size();
    constexpr int kMaxDepth = 4; // MultiPolygon
    od::array array;
    if (level > kMaxDepth || value.get_array().get(array))
        return Failure{at, ParseReason::ExpectedPositionArrays};
    bool position = false, list = false;
    double lonLat[2] = {};
    int numbers = 0;
    for (auto element : array) {
        od::value item;
        if (const auto error = std::move(element).get(item))
            return json(error);
        od::json_type type;
        if (const auto error = item.type().get(type))
            return json(error);
        if (type == od::json_type::number && !list) {
            position = true;
            double number = 0.0;
            if (item.get_double().get(number))
                return failureWith(offsetOf(item), ParseReason::ExpectedNumber,
                                   {QStringLiteral("coordinates")});
            if (numbers < 2)
                lonLat[numbers] = number;
            ++numbers;
        } else if (type == od::json_type::array && !position) {
            list = true;
            int inner = 0;
            if (auto failure = coordinates(item, state, level + 1, &inner))
                return failure;
            *depth = std::max(*depth, inner + 1);
        } else {
            return Failure{offsetOf(item), ParseReason::ExpectedPosition};
        }
    }
    if (list && *depth == 2)
        state.partStarts.push_back(start); // a list of positions: a ring, or a MultiPoint's points
    if (position) {
        if (numbers < 2)
            return Failure{at, ParseReason::ExpectedPosition};
        state.points.push_back({lonLat[1], lonLat[0]});
        state.pointOffsets.push_back(at);
        *depth = std::max(*depth, 1);
    }
    return std::nullopt;
}

std::optional<Failure> GeoJsonReader::geometry(od::value value, FeatureState &state)
{
    state.geometryOffset = offsetOf(value);
    od::json_type kind;
    if (const auto error = value.type().get(kind))
        return json(error);
    if (kind == od::json_type::null)
        return std::nullopt;
    od::object object;
    if (kind != od::json_type::object || value.get_object().get(object))
        return failureWith(state.geometryOffset, ParseReason::ExpectedObjectIn,
                           {QStringLiteral("geometry")});
    std::string_view type;
    bool haveType = false, haveCoordinates = false;
    for (auto field : object) {
        od::field member_;
        std::string_view key;
        if (const auto error = std::move(field).get(member_))
            return json(error);
        if (const auto error = keyOf(member_, key))
            return json(error);
        od::value member = std::move(member_.value());
        if (key == "type") {
            haveType = member.get_string().get(type) == simdjson::SUCCESS;
        } else if (key == "coordinates") {
            haveCoordinates = true;
            if (auto failure = coordinates(member, state, 1, &state.depth))
                return failure;
        }
    }
    if (!haveType)
        return Failure{state.geometryOffset, ParseReason::ExpectedGeometryType};
    using G = FeatureState::Geometry;
    state.geometry = type == "Point"        ? G::Point
                     : type == "MultiPoint" ? G::MultiPoint
                     : type == "Polygon"    ? G::Polygon
                                            : G::Other;
    if (state.geometry == G::Other)
        return std::nullopt;
    if (!haveCoordinates)
        return Failure{state.geometryOffset, ParseReason::ExpectedGeometryCoordinates};
    const int expectedDepth = state.geometry == G::Point        ? 1
                              : state.geometry == G::MultiPoint ? 2
                                                                : 3;
    if (state.depth != expectedDepth && !(state.depth == 0 && state.geometry == G::MultiPoint))
        return Failure{state.geometryOffset, ParseReason::CoordinatesDoNotFit};
    return std::nullopt;
}

std::optional<Failure> GeoJsonReader::properties(od::object object, FeatureState &state, int level)
{
    for (auto field : object) {
        od::field member_;
        std::string_view key;
        if (const auto error = std::move(field).get(member_))
            return json(error);
        if (const auto error = keyOf(member_, key))
            return json(error);
        od::value value = std::move(member_.value());
        const std::optional<FieldMapper::Match> match = m_mapper.fieldFor(key);
        if (!match) {
            // osmtogeojson and some Overpass exports nest the OSM tags one level down.
            if (level == 0 && key == "tags") {
                od::json_type type;
                od::object tags;
                if (value.type().get(type) == simdjson::SUCCESS && type == od::json_type::object &&
                    value.get_object().get(tags) == simdjson::SUCCESS)
                    if (auto failure = properties(tags, state, 1))
                        return failure;
            }
            continue; // a value nothing reads is skipped unparsed
        }
        // Station-list columns and the exporters' informative ones (sources, station name) do
        // not make a camera: left unparsed.
        if (!readsFromGeoJson(match->field) || !state.values.wouldTake(*match))
            continue;
        const std::int64_t at = offsetOf(value);
        od::json_type type;
        if (const auto error = value.type().get(type))
            return json(error);
        std::string_view text;
        switch (type) {
        case od::json_type::string:
            if (const auto error = value.get_string().get(text))
                return json(error);
            break;
        case od::json_type::number: {
            if (isNumericField(match->field)) {
                double number = 0.0;
                if (const auto error = value.get_double().get(number))
                    return json(error);
                state.values.setNumber(*match, number, at);
                continue;
            }
            // Text fields keep the number as written: an id such as 1234567890123 stays exact.
            text = value.raw_json_token();
            while (!text.empty() && isJsonSpace(text.back()))
                text.remove_suffix(1);
            break;
        }
        case od::json_type::boolean: {
            bool flag = false;
            if (const auto error = value.get_bool().get(flag))
                return json(error);
            text = flag ? "true" : "false";
            break;
        }
        default: // objects, arrays and nulls say nothing a field can use
            continue;
        }
        state.values.set(*match, text, at);
    }
    return std::nullopt;
}

std::optional<Failure> GeoJsonReader::finish(FeatureState &state)
{
    using G = FeatureState::Geometry;
    Dataset &d = *m_dataset;
    if (state.geometry == G::None || state.geometry == G::Other)
        return std::nullopt;
    if (state.geometry == G::Polygon) {
        SurveyArea area;
        bool survey = false;
        if (auto error = surveyAreaFromRecord(state.values, area, &survey))
            return failureWith(state.values.where(error->field), error->reason, error->args);
        if (!survey)
            return std::nullopt;
        // The outer ring only: holes do not matter for "was this area surveyed".
        const std::size_t end =
            state.partStarts.size() > 1 ? state.partStarts[1] : state.points.size();
        if (state.partStarts.empty() || state.partStarts[0] != 0)
            return Failure{state.geometryOffset, ParseReason::ExpectedRing};
        std::vector<LatLon> ring(state.points.begin(),
                                 state.points.begin() + static_cast<std::ptrdiff_t>(end));
        for (std::size_t i = 0; i < ring.size(); ++i)
            if (!ring[i].isValid())
                return Failure{state.pointOffsets[i], ParseReason::ExpectedLonLatInRange};
        if (ring.size() >= 2 && ring.front() == ring.back())
            ring.pop_back(); // GeoJSON closes rings; the model does not
        if (ring.size() < 3)
            return Failure{state.geometryOffset, ParseReason::RingTooShort};
        area.id = SurveyAreaId{static_cast<std::uint32_t>(d.surveyAreas.size())};
        area.polygon = std::move(ring);
        area.source = SourceId{0};
        d.surveyAreas.push_back(std::move(area));
        return std::nullopt;
    }
    for (std::size_t i = 0; i < state.points.size(); ++i) {
        if (!state.points[i].isValid())
            return Failure{state.pointOffsets[i], ParseReason::ExpectedLonLatInRange};
        if (auto error =
                camerasFromRecord(state.values, state.points[i], DecimalMark::Point, d.cameras))
            return failureWith(state.values.where(error->field), error->reason, error->args);
    }
    return std::nullopt;
}

ParseError errorFor(const QString &name, QByteArrayView text, std::int64_t shift,
                    const Failure &failure)
{
    if (failure.code == ParseErrorCode::Cancelled)
        return fileError(name, failure.code);
    if (failure.json == simdjson::CAPACITY || failure.json == simdjson::MEMALLOC)
        return blindspot::tooLarge(name, std::int64_t(simdjson::SIMDJSON_MAXSIZE_BYTES));
    // The first problem in the file is the one to report. simdjson skips what the reader does
    // not read without checking it closely, and says what went wrong but not always where: a
    // syntax error before the failure (or anywhere, for a failure about the whole document)
    // comes first.
    if (const std::int64_t bad = firstInvalidUtf8(text); bad >= 0)
        return textError(name, text, bad, ParseErrorCode::Malformed, ParseReason::ExpectedUtf8);
    const JsonSyntaxError syntax = locateJsonSyntaxError(text);
    const bool semantic = failure.json == simdjson::SUCCESS;
    if (syntax.offset >= 0 &&
        (!semantic || failure.wholeDocument || syntax.offset <= failure.offset + shift))
        return textError(name, text, syntax.offset, ParseErrorCode::Malformed, syntax.expected);
    if (semantic)
        return textError(name, text, failure.offset + shift, failure.code, failure.reason,
                         failure.args);
    if (failure.json == simdjson::NUMBER_ERROR || failure.json == simdjson::NUMBER_OUT_OF_RANGE)
        return textError(name, text, failure.offset + shift, ParseErrorCode::Malformed,
                         ParseReason::JsonNumberRange);
    return textError(name, text, failure.offset + shift, ParseErrorCode::Malformed,
                     ParseReason::Message,
                     {QString::fromLatin1(simdjson::error_message(failure.json))});
}

// Gives back a reservation that turned out far too large. A moderate surplus stays: shrinking
// moves every camera to fresh memory, which costs more than the untouched pages it frees.
void trimCameras(Dataset &dataset)
{
    if (dataset.cameras.capacity() > 2 * dataset.cameras.size() + 1024)
        dataset.cameras.shrink_to_fit();
}

// A dataset with the import's header and source, before any feature is read.
Dataset emptyImport(const QString &name, std::uint64_t fingerprint, std::int64_t size,
                    const ImportOptions &options)
{
    Dataset dataset;
    dataset.header = importHeader(name);
    dataset.sources.push_back(importSource(name, fingerprint, size));
    // Most features are one camera each, and exports take 150 to 400 bytes a feature: a guess
    // that saves growing a vector of 160,000 cameras twenty times.
    dataset.cameras.reserve(
        static_cast<std::size_t>(std::min<std::int64_t>(size / 150, options.limits.maxElements)));
    return dataset;
}

// The whole document at once. `padded` holds it without a byte order mark, followed by
// SIMDJSON_PADDING bytes; `text` is the input as the user's file has it, for error positions.
Result<Dataset> readWhole(const simdjson::padded_string &padded, QByteArrayView text,
                          std::int64_t bom, std::uint64_t fingerprint, const QString &name,
                          const ImportOptions &options)
{
    auto mapper = FieldMapper::create(options.mapping, name);
    if (isError(mapper))
        return std::get<ParseError>(std::move(mapper));
    Dataset dataset = emptyImport(name, fingerprint, text.size(), options);
    od::parser parser;
    od::document doc;
    GeoJsonReader reader(std::get<FieldMapper>(mapper), options, text.size(), dataset);
    reader.setText(padded.data(), 0);
    RootState root;
    std::optional<Failure> failure;
    if (const auto error = parser.iterate(padded).get(doc))
        failure = Failure{0, ParseReason::None, ParseErrorCode::Malformed, error};
    else if (!(failure = reader.readRoot(doc, root)))
        failure = reader.finishRoot(root);
    if (failure)
        return errorFor(name, text, bom, *failure);
    trimCameras(dataset);
    if (options.progress)
        options.progress->report(text.size(), text.size());
    return dataset;
}

// ---- large documents in chunks ------------------------------------------------------------
//
// A FeatureCollection of a few hundred thousand features, read whole, makes simdjson index all
// of it at once: tens of megabytes of fresh memory whose page faults cost more than the
// parsing. Read instead in pieces of about kChunkBytes, each a run of whole features copied
// with brackets around it into one reused buffer for one reused parser, the memory stays small
// and warm in the cache.
//
// Where one feature ends is found without parsing: a '}' followed by a ','. A piece cut
// anywhere else (inside a string, or a nested object) is not valid JSON on its own, so the
// parser refuses it; then, and on any other failure, the whole document is read at once
// instead, which also finds the first error's exact place.

constexpr std::int64_t kChunkBytes = 1 << 20;
constexpr std::int64_t kChunkedFromBytes = 4 * kChunkBytes;

std::int64_t skipSpace(const char *s, std::int64_t n, std::int64_t pos)
{
    while (pos < n && isJsonSpace(s[pos]))
        ++pos;
    return pos;
}

// Offset after the well-formed value at `pos`, or -1.
std::int64_t skipValue(const char *s, std::int64_t n, std::int64_t pos)
{
    JsonSyntaxError ignored;
    if (pos >= n)
        return -1;
    if (s[pos] == '"')
        return scanString(s, n, pos, ignored);
    if (s[pos] != '{' && s[pos] != '[') {
        while (pos < n && !isJsonSpace(s[pos]) && s[pos] != ',' && s[pos] != '}' && s[pos] != ']')
            ++pos;
        return pos;
    }
    int depth = 0;
    while (pos < n) {
        const char c = s[pos];
        if (c == '"') {
            pos = scanString(s, n, pos, ignored);
            if (pos < 0)
                return -1;
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return pos + 1;
        ++pos;
    }
    return -1;
}

// The offset of the '[' opening the root object's "features" array, found by stepping over
// the members before it (usually "type" and maybe "name" or "crs"); -1 when there is none.
std::int64_t featuresArrayStart(const char *s, std::int64_t n, std::int64_t pos)
{
    JsonSyntaxError ignored;
    pos = skipSpace(s, n, pos);
    if (pos >= n || s[pos] != '{')
        return -1;
    pos = skipSpace(s, n, pos + 1);
    while (pos < n && s[pos] == '"') {
        const std::int64_t keyEnd = scanString(s, n, pos, ignored);
        if (keyEnd < 0)
            return -1;
        const std::string_view key(s + pos + 1, static_cast<std::size_t>(keyEnd - pos - 2));
        pos = skipSpace(s, n, keyEnd);
        if (pos >= n || s[pos] != ':')
            return -1;
        pos = skipSpace(s, n, pos + 1);
        if (key == "features")
            return pos < n && s[pos] == '[' ? pos : -1;
        pos = skipValue(s, n, pos);
        if (pos < 0)
            return -1;
        pos = skipSpace(s, n, pos);
        if (pos >= n || s[pos] != ',')
            return -1;
        pos = skipSpace(s, n, pos + 1);
    }
    return -1;
}

// Where the feature that ends at or after `from` probably ends (after its '}'): the next '}'
// followed by a ',' and a '{', as between two features and hardly anywhere inside one. -1 when
// no such place is left.
std::int64_t nextFeatureEnd(const char *s, std::int64_t n, std::int64_t from)
{
    while (from < n) {
        const void *brace = std::memchr(s + from, '}', static_cast<std::size_t>(n - from));
        if (!brace)
            return -1;
        const std::int64_t end = static_cast<const char *>(brace) - s + 1;
        std::int64_t next = skipSpace(s, n, end);
        if (next < n && s[next] == ',') {
            next = skipSpace(s, n, next + 1);
            if (next < n && s[next] == '{')
                return end;
        }
        from = end;
    }
    return -1;
}

class ChunkBuffer {
public:
    /// Copies `prefix`, the text and `suffix` into the buffer, padded for simdjson.
    simdjson::padded_string_view fill(std::string_view prefix, QByteArrayView text,
                                      std::string_view suffix)
    {
        const std::size_t size =
            prefix.size() + static_cast<std::size_t>(text.size()) + suffix.size();
        if (m_bytes.size() < size + simdjson::SIMDJSON_PADDING)
            m_bytes.resize(size + simdjson::SIMDJSON_PADDING);
        char *out = m_bytes.data();
        // An empty view may have a null pointer, which memcpy must not get even for 0 bytes.
        const auto copy = [](char *to, const char *from, std::size_t n) {
            if (n > 0)
                std::memcpy(to, from, n);
        };
        copy(out, prefix.data(), prefix.size());
        copy(out + prefix.size(), text.data(), static_cast<std::size_t>(text.size()));
        copy(out + prefix.size() + text.size(), suffix.data(), suffix.size());
        std::memset(out + size, ' ', simdjson::SIMDJSON_PADDING);
        return simdjson::padded_string_view(out, size, m_bytes.size());
    }
    const char *data() const { return m_bytes.data(); }

private:
    std::vector<char> m_bytes;
};

// The chunked read. Empty when the document does not lend itself (no "features" array near
// the start) or when any piece fails; Cancelled and TooLarge are final.
std::optional<Result<Dataset>> readChunked(QByteArrayView text, std::int64_t bom,
                                           const QString &name, const ImportOptions &options)
{
    const char *s = text.data();
    const std::int64_t n = text.size();
    const std::int64_t arrayStart = featuresArrayStart(s, n, bom);
    if (arrayStart < 0)
        return std::nullopt;
    auto mapper = FieldMapper::create(options.mapping, name);
    if (isError(mapper))
        return std::nullopt;
    Dataset dataset = emptyImport(name, 0, n, options);
    GeoJsonReader reader(std::get<FieldMapper>(mapper), options, n, dataset);
    od::parser parser;
    ChunkBuffer buffer;
    RootState root;
    // The file's fingerprint is taken on the way, from each piece while it is in the cache; the
    // bytes between pieces (a comma and white space) are added in their place.
    struct StateDeleter {
        void operator()(XXH3_state_t *s) const { XXH3_freeState(s); }
    };
    const std::unique_ptr<XXH3_state_t, StateDeleter> hash(XXH3_createState());
    if (!hash || XXH3_64bits_reset(hash.get()) != XXH_OK)
        return std::nullopt;
    std::int64_t hashedTo = 0;
    // Runs one piece; false when it fails. A failed piece leaves nothing behind.
    std::optional<ParseError> final;
    auto run = [&](std::string_view prefix, std::int64_t from, std::int64_t to,
                   std::string_view suffix, bool features) {
        const std::size_t cameras = dataset.cameras.size(), areas = dataset.surveyAreas.size();
        const std::int64_t count = reader.featureCount();
        const simdjson::padded_string_view padded =
            buffer.fill(prefix, text.sliced(from, to - from), suffix);
        reader.setText(buffer.data(), from - static_cast<std::int64_t>(prefix.size()));
        od::document doc;
        std::optional<Failure> failure;
        if (const auto error = parser.iterate(padded).get(doc))
            failure = Failure{0, ParseReason::None, ParseErrorCode::Malformed, error};
        else
            failure = features ? reader.readFeatures(doc) : reader.readRoot(doc, root);
        if (!failure) {
            (void)XXH3_64bits_update(hash.get(), s + hashedTo,
                                     static_cast<std::size_t>(from - hashedTo));
            (void)XXH3_64bits_update(hash.get(), buffer.data() + prefix.size(),
                                     static_cast<std::size_t>(to - from));
            hashedTo = to;
            return true;
        }
        if (failure->code == ParseErrorCode::Cancelled || failure->code == ParseErrorCode::TooLarge)
            final = errorFor(name, text, 0, *failure);
        dataset.cameras.resize(cameras);
        dataset.surveyAreas.resize(areas);
        reader.rewind(count);
        return false;
    };
    auto fallBack = [&]() { return final ? std::optional<Result<Dataset>>(*final) : std::nullopt; };
    // The members before the array, with the array closed at once: {"type": ..., "features": []}.
    if (!run({}, bom, arrayStart + 1, "]}", false))
        return fallBack();
    // A cut that is no boundary after all (a "},{" inside a string, say) gets the next one a
    // few times, then the whole-document read takes over.
    constexpr int kTries = 8;
    std::int64_t start = arrayStart + 1;
    for (;;) {
        bool done = false, ok = false;
        std::int64_t end = start + kChunkBytes - 1;
        for (int attempt = 0; attempt < kTries && !ok; ++attempt) {
            end = n - start > kChunkBytes ? nextFeatureEnd(s, n, end + 1) : -1;
            if (end < 0) {
                // The rest: the last features, the array's end and the root's other members.
                ok = run("{\"features\":[", start, n, {}, false);
                done = true;
                break;
            }
            ok = run("[", start, end, "]", true);
            if (final)
                return fallBack();
        }
        if (!ok)
            return fallBack();
        if (done)
            break;
        start = skipSpace(s, n, end) + 1; // past the ','
    }
    if (reader.finishRoot(root))
        return std::nullopt;
    (void)XXH3_64bits_update(hash.get(), s + hashedTo, static_cast<std::size_t>(n - hashedTo));
    dataset.sources[0] = importSource(name, XXH3_64bits_digest(hash.get()), n);
    trimCameras(dataset);
    if (options.progress)
        options.progress->report(n, n);
    return Result<Dataset>(std::move(dataset));
}

ParseError tooLarge(const QString &name, const ImportOptions &options)
{
    return blindspot::tooLarge(name, options.limits.maxFileBytes);
}

std::int64_t bomLength(QByteArrayView bytes)
{
    return bytes.size() >= 3 && std::memcmp(bytes.data(), "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

// Copies `bytes` (less `skip` leading bytes) into simdjson's padded buffer and fingerprints all
// of them on the way, a cache-sized chunk at a time: one pass over a large file, not two.
std::uint64_t copyAndFingerprint(QByteArrayView bytes, std::int64_t skip, char *out)
{
    struct StateDeleter {
        void operator()(XXH3_state_t *s) const { XXH3_freeState(s); }
    };
    const std::unique_ptr<XXH3_state_t, StateDeleter> state(XXH3_createState());
    if (!state || XXH3_64bits_reset(state.get()) != XXH_OK) {
        std::memcpy(out, bytes.data() + skip, static_cast<std::size_t>(bytes.size() - skip));
        return contentFingerprint(bytes);
    }
    (void)XXH3_64bits_update(state.get(), bytes.data(), static_cast<std::size_t>(skip));
    constexpr std::int64_t kPiece = 64 * 1024;
    for (std::int64_t at = skip; at < bytes.size(); at += kPiece) {
        const auto n = static_cast<std::size_t>(std::min<std::int64_t>(kPiece, bytes.size() - at));
        std::memcpy(out + (at - skip), bytes.data() + at, n);
        (void)XXH3_64bits_update(state.get(), out + (at - skip), n);
    }
    return XXH3_64bits_digest(state.get());
}

} // namespace

Result<Dataset> readGeoJsonBytes(QByteArrayView bytes, const QString &name,
                                 const ImportOptions &options)
{
    if (bytes.isEmpty()) {
        ParseError e;
        e.file = name;
        e.code = ParseErrorCode::Empty;
        return e;
    }
    if (bytes.size() > options.limits.maxFileBytes)
        return tooLarge(name, options);
    const std::int64_t bom = bomLength(bytes);
    if (bytes.size() >= kChunkedFromBytes) {
        if (std::optional<Result<Dataset>> chunked =
                readChunked(bytes, bom, name, options))
            return std::move(*chunked);
    }
    // simdjson reads up to SIMDJSON_PADDING bytes past the end, so it gets its own copy with
    // room to spare; a UTF-8 byte order mark is left out (error offsets add it back).
    simdjson::padded_string padded(static_cast<std::size_t>(bytes.size() - bom));
    const std::uint64_t fingerprint = copyAndFingerprint(bytes, bom, padded.data());
    return readWhole(padded, bytes, bom, fingerprint, name, options);
}

Result<Dataset> readGeoJson(const QString &path, const ImportOptions &options)
{
    Result<QByteArray> bytes = readWholeFile(path, options.limits);
    if (isError(bytes))
        return std::get<ParseError>(std::move(bytes));
    return readGeoJsonBytes(std::get<QByteArray>(bytes), path, options);
}

} // namespace blindspot
