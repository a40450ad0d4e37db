#include "core/io/field_mapper.h"

#include "core/io/values/value_text.h"

#include <QDateTime>
#include <QFileInfo>

#include <xxhash.h>

#include <algorithm>
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

QString fieldName(RecordField field)
{
    const std::string_view n = recordFieldName(field);
    return QLatin1String(n.data(), static_cast<qsizetype>(n.size()));
}

// The field's name is the argument of every field reason.
FieldError fieldError(RecordField field, ParseReason reason)
{
    const std::string_view n = recordFieldName(field);
    return {field, reason, {QLatin1String(n.data(), static_cast<qsizetype>(n.size()))}};
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

} // namespace

std::string_view recordFieldName(RecordField field)
{
    return kFieldNames[static_cast<std::size_t>(field)];
}

std::optional<RecordField> recordFieldFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    for (int i = 0; i < kRecordFieldCount; ++i)
        if (n ==
            QLatin1String(kFieldNames[i].data(), static_cast<qsizetype>(kFieldNames[i].size())))
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
        if (!field)
            return fileError(file, ParseErrorCode::Malformed, ParseReason::UnknownMappingField,
                             {it.key()});
        if (it.value().trimmed().isEmpty())
            return fileError(file, ParseErrorCode::Malformed, ParseReason::MappingWithoutColumn,
                             {it.key()});
        const QByteArray column = it.value().trimmed().toUtf8();
        const std::string key =
            caseFolded(std::string_view(column.constData(), std::size_t(column.size())));
        mapped[static_cast<std::size_t>(*field)] = true;
        m.m_mapped[static_cast<std::size_t>(*field)] =
            std::string(column.constData(), std::size_t(column.size()));
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
    const std::string k = caseFolded(key);
    const auto it =
        std::lower_bound(m_byFoldedKey.begin(), m_byFoldedKey.end(), k,
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

// ---- records ------------------------------------------------------------------------------

namespace {

// A numeric field: absent (or empty text), or present with its value (empty if unreadable).
struct NumberField {
    bool present = false;
    std::optional<double> value;
};

NumberField numberField(const RecordValues &values, RecordField f, DecimalMark mark)
{
    if (!values.has(f))
        return {};
    if (const auto n = values.number(f))
        return {true, n};
    const std::string_view text = trimmedValue(values.value(f));
    if (text.empty())
        return {};
    // A height may carry its unit, as OSM's `height` does ("3 m", "10 ft").
    return {true, f == RecordField::Height ? parseHeightMetres(text, mark)
                                           : parseDecimal(text, mark)};
}

} // namespace

std::optional<FieldError> camerasFromRecord(const RecordValues &values,
                                            std::optional<LatLon> position, DecimalMark mark,
                                            std::vector<Camera> &cameras)
{
    using F = RecordField;
    Camera camera;
    Sighting sighting;
    sighting.source = SourceId{0};
    for (const F text : {F::Name, F::Notes, F::Ref})
        if (values.value(text).size() > kMaxTextFieldBytes)
            return FieldError{text, ParseReason::FieldTextLimit,
                              parseArgs(kMaxTextFieldBytes, fieldName(text))};
    if (position) {
        camera.position = *position;
    } else {
        const auto lat = numberField(values, F::Lat, mark).value;
        if (!lat)
            return fieldError(F::Lat, ParseReason::ExpectedNumber);
        if (*lat < -90.0 || *lat > 90.0)
            return fieldError(F::Lat, ParseReason::ExpectedLatitude);
        const auto lon = numberField(values, F::Lon, mark).value;
        if (!lon)
            return fieldError(F::Lon, ParseReason::ExpectedNumber);
        if (*lon < -180.0 || *lon > 180.0)
            return fieldError(F::Lon, ParseReason::ExpectedLongitude);
        camera.position = {*lat, *lon};
    }
    if (values.has(F::Kind))
        camera.kind = parseCameraKind(values.value(F::Kind));
    // One camera per direction, as the OSM reader reads camera:direction: "0;180" is two
    // cameras on one mast. Unlike OSM, a file's unreadable direction is reported, not guessed.
    CameraDirections directions(1);
    if (const auto number = values.number(F::Heading)) {
        if (!std::isfinite(*number))
            return fieldError(F::Heading, ParseReason::ExpectedHeading);
        directions[0].headingDegrees = normalizedDegrees(*number);
    } else if (values.has(F::Heading) && !trimmedValue(values.value(F::Heading)).empty()) {
        directions = parseCameraDirections(values.value(F::Heading), mark);
        for (const CameraDirection &d : directions)
            if (!d.headingDegrees)
                return fieldError(F::Heading, ParseReason::ExpectedHeading);
    }
    if (const NumberField fov = numberField(values, F::Fov, mark); fov.present) {
        if (!fov.value || !(*fov.value > 0.0 && *fov.value <= 360.0))
            return fieldError(F::Fov, ParseReason::ExpectedFov);
        camera.fovDegrees = *fov.value;
    }
    if (const NumberField height = numberField(values, F::Height, mark); height.present) {
        if (!height.value || !(*height.value >= 0.0 && *height.value <= 500.0))
            return fieldError(F::Height, ParseReason::ExpectedHeight);
        camera.heightMetres = *height.value;
    }
    if (values.has(F::Fr)) {
        const auto fr = parseFrStatus(values.value(F::Fr));
        if (!fr)
            return fieldError(F::Fr, ParseReason::ExpectedFrStatus);
        camera.frStatus = *fr;
    }
    if (values.has(F::Date) && !trimmedValue(values.value(F::Date)).empty()) {
        sighting.observed = parseDate(values.value(F::Date));
        if (!sighting.observed.isValid())
            return fieldError(F::Date, ParseReason::ExpectedDate);
    }
    if (const NumberField observers = numberField(values, F::Observers, DecimalMark::Point);
        observers.present) {
        const std::optional<double> n = observers.value;
        if (!n || *n < 1.0 || *n > 1e6 || std::floor(*n) != *n)
            return fieldError(F::Observers, ParseReason::ExpectedObservers);
        sighting.observers = static_cast<int>(*n);
    }
    if (values.has(F::Ref))
        camera.sourceRef = refFrom(trimmedValue(values.value(F::Ref)));
    if (values.has(F::Mount))
        camera.mount = parseCameraMount(values.value(F::Mount));
    if (values.has(F::System))
        camera.system = parseCameraSystem(values.value(F::System));
    if (values.has(F::Zone) && !trimmedValue(values.value(F::Zone)).empty()) {
        const auto zone = parseZoneKind(values.value(F::Zone));
        if (!zone)
            return fieldError(F::Zone, ParseReason::ExpectedZone);
        camera.anchorZone = *zone;
    }
    const std::string_view notes = values.value(F::Notes);
    const std::string_view name = trimmedValue(values.value(F::Name));
    if (!name.empty() && notes.find(name) == std::string_view::npos)
        camera.notes = notes.empty() ? qstr(name) : qstr(name) + QLatin1Char('\n') + qstr(notes);
    else if (!notes.empty())
        camera.notes = qstr(notes);
    camera.sightings.push_back(std::move(sighting));
    for (qsizetype k = 0; k < directions.size(); ++k) {
        const CameraDirection &d = directions[k];
        // The last one takes the camera itself: no copy of its sightings and texts.
        Camera &added = k + 1 < directions.size() ? cameras.emplace_back(camera)
                                                  : cameras.emplace_back(std::move(camera));
        added.id = CameraId{static_cast<std::uint32_t>(cameras.size() - 1)};
        added.headingDegrees = d.headingDegrees;
        // A range such as "300-60" gives the view's width, which wins over a field of view
        // given for the whole record (as OSM's ranges win over blindspot:fov).
        if (d.fovDegrees)
            added.fovDegrees = d.fovDegrees;
    }
    return std::nullopt;
}

std::optional<PropertyFailure> camerasFromProperties(FieldMapper &mapper,
                                                     const std::vector<LocatedProperty> &properties,
                                                     std::optional<LatLon> position,
                                                     std::vector<Camera> &cameras)
{
    const RecordValues values = recordFromProperties(mapper, properties);
    if (auto error = camerasFromRecord(values, position, DecimalMark::Point, cameras))
        return PropertyFailure{values.has(error->field) ? values.where(error->field) : -1,
                               std::move(*error)};
    return std::nullopt;
}

std::optional<FieldError> surveyAreaFromRecord(const RecordValues &values, SurveyArea &area,
                                               bool *isSurvey)
{
    using F = RecordField;
    // A "survey" of no (false, 0, нет) marks no survey; any other value, a date say, does.
    *isSurvey = (values.has(F::Survey) && parseYesNo(values.value(F::Survey)) != false) ||
                values.has(F::Completeness);
    if (!*isSurvey)
        return std::nullopt;
    if (values.value(F::Name).size() > kMaxTextFieldBytes)
        return FieldError{F::Name, ParseReason::FieldTextLimit,
                          parseArgs(kMaxTextFieldBytes, fieldName(F::Name))};
    area.name = qstr(trimmedValue(values.value(F::Name)));
    // "surveyed": 2026-02-20 says when; "survey": yes leaves that to a date field.
    area.surveyed = parseDate(values.value(F::Survey));
    if (!area.surveyed.isValid())
        area.surveyed = parseDate(values.value(F::Date));
    if (values.has(F::Completeness)) {
        std::optional<double> share = values.number(F::Completeness);
        bool percent = false;
        if (!share) {
            std::string_view text = trimmedValue(values.value(F::Completeness));
            percent = !text.empty() && text.back() == '%';
            if (percent)
                text.remove_suffix(1);
            share = parseDecimal(text);
        }
        // 80 and 80% are percentages; 0.8 is a share.
        if (share && (percent || *share > 1.0))
            *share /= 100.0;
        if (!share || *share < 0.0 || *share > 1.0)
            return fieldError(F::Completeness, ParseReason::ExpectedCompleteness);
        area.completeness = *share;
    }
    return std::nullopt;
}

RecordValues recordFromProperties(FieldMapper &mapper,
                                  const std::vector<LocatedProperty> &properties)
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

ParseError textError(const QString &file, QByteArrayView text, std::int64_t offset,
                     ParseErrorCode code, ParseReason reason, QStringList args)
{
    const TextPosition p = textPositionOf(text, offset);
    ParseError e = errorAtLine(file, p.line, p.column, code, reason, std::move(args));
    e.byteOffset = offset;
    return e;
}

} // namespace blindspot
