#pragma once

// What the tabular and feature readers (CSV, GeoJSON, KML, GPX) share: which column or
// property holds which field, how field text becomes camera and station values, and the
// bookkeeping every import does (its Source, progress, error positions).
#include "core/io/import_options.h"
#include "core/io/parse_error.h"
#include "core/model/dataset.h"

#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace blindspot {

/// The fields a record (CSV row, GeoJSON properties, KML placemark, GPX waypoint) may carry.
enum class RecordField : std::uint8_t {
    Lat,
    Lon,
    Name,
    Notes,
    Kind,
    Heading,
    Fov,
    Height,
    Fr,
    Date,
    Observers,
    Ref,
    Mount,
    Zone,
    Station, ///< Written by the exporters for people to read; no reader needs it.
    Sources, ///< Likewise: the names of the sources that reported a camera.
    Line,
    Order,
    Colour,
    Survey,       ///< Marks a polygon as a survey area; its value may be the survey date.
    Completeness, ///< A survey area's completeness, 0-1 or a percentage.
    System,       ///< Who runs the camera: metro, city, private (or OSM surveillance=...).
};
constexpr int kRecordFieldCount = 22;

/// True for fields whose value is a number (a JSON number can be kept as one).
constexpr bool isNumericField(RecordField f)
{
    return f == RecordField::Lat || f == RecordField::Lon || f == RecordField::Heading ||
           f == RecordField::Fov || f == RecordField::Height || f == RecordField::Observers ||
           f == RecordField::Order || f == RecordField::Completeness;
}

/// The field's name as `--csv-map` and the exporters spell it ("lat", "fr", ...).
std::string_view recordFieldName(RecordField field);
/// The field a `--csv-map` name stands for; a few synonyms are accepted ("direction",
/// "color", "id", "lng", "description").
std::optional<RecordField> recordFieldFromName(QStringView name);

/// Decides which column or property holds which field: the user's mapping first, then
/// well-known names (lat, latitude, y; lon, lng, longitude, x; OSM keys such as
/// camera:direction; the names Blindspot's own exporters write).
///
/// Keys are compared case-insensitively (Unicode case folding, so "Широта" is "широта"). A column
/// the user mapped is never also taken by a well-known name, and a field the user mapped takes no
/// other column.
class FieldMapper {
public:
    struct Match {
        RecordField field = RecordField::Lat;
        /// 0 for the user's mapping, else the well-known name's preference (lower wins when a
        /// record has several columns for one field, e.g. both "lat" and "y").
        int rank = 0;
    };

    /// Fails (Malformed, detail names the entry) when the mapping names an unknown field; the
    /// error names `file`, the file the mapping was given for.
    static Result<FieldMapper> create(const FieldMapping &mapping, const QString &file);

    /// The field a key stands for. Remembers recent keys, so that repeated property names
    /// (one set per GeoJSON feature) cost a short comparison, not a hash of a folded copy.
    std::optional<Match> fieldFor(std::string_view key);

    /// The column the user mapped to a field, in UTF-8; empty when not mapped.
    const std::string &mappedColumn(RecordField field) const
    {
        return m_mapped[static_cast<std::size_t>(field)];
    }

private:
    std::optional<Match> lookUp(std::string_view key) const;

    std::vector<std::pair<std::string, Match>> m_byFoldedKey; // sorted by key
    std::array<std::string, kRecordFieldCount> m_mapped;
    struct Recent {
        std::string key;
        std::optional<Match> match;
    };
    std::vector<Recent> m_recent;
    std::size_t m_next = 0;
};

/// The text of each field in one record, as views into the reader's buffers (valid while the
/// record is being converted), plus where each value starts, in whatever unit the reader uses
/// to locate errors (a byte offset for CSV and JSON, an element index for XML).
class RecordValues {
public:
    void clear() { m_rank.fill(kAbsent); }
    /// Keeps the value when no better-ranked column already gave this field.
    void set(FieldMapper::Match match, std::string_view value, std::int64_t where)
    {
        const auto i = static_cast<std::size_t>(match.field);
        if (match.rank >= m_rank[i])
            return;
        m_rank[i] = static_cast<std::int16_t>(match.rank);
        m_value[i] = value;
        m_where[i] = where;
        m_isNumber[i] = false;
    }
    /// The same for a value that is a number already (a JSON number): it is not turned into
    /// text and parsed again. Only for isNumericField fields.
    void setNumber(FieldMapper::Match match, double value, std::int64_t where)
    {
        const auto i = static_cast<std::size_t>(match.field);
        if (match.rank >= m_rank[i])
            return;
        m_rank[i] = static_cast<std::int16_t>(match.rank);
        m_value[i] = {};
        m_number[i] = value;
        m_where[i] = where;
        m_isNumber[i] = true;
    }
    /// The number set with setNumber, if that is how the field was set.
    std::optional<double> number(RecordField f) const
    {
        const auto i = static_cast<std::size_t>(f);
        return has(f) && m_isNumber[i] ? std::optional<double>(m_number[i]) : std::nullopt;
    }
    /// True when set() would keep a value for this match.
    bool wouldTake(FieldMapper::Match match) const
    {
        return match.rank < m_rank[static_cast<std::size_t>(match.field)];
    }
    bool has(RecordField f) const { return m_rank[static_cast<std::size_t>(f)] != kAbsent; }
    std::string_view value(RecordField f) const
    {
        return has(f) ? m_value[static_cast<std::size_t>(f)] : std::string_view();
    }
    std::int64_t where(RecordField f) const { return m_where[static_cast<std::size_t>(f)]; }

private:
    static constexpr std::int16_t kAbsent = 0x7FFF;
    std::array<std::string_view, kRecordFieldCount> m_value{};
    std::array<std::int64_t, kRecordFieldCount> m_where{};
    std::array<double, kRecordFieldCount> m_number{};
    std::array<bool, kRecordFieldCount> m_isNumber{};
    std::array<std::int16_t, kRecordFieldCount> m_rank = filled();
    static constexpr std::array<std::int16_t, kRecordFieldCount> filled()
    {
        std::array<std::int16_t, kRecordFieldCount> a{};
        a.fill(kAbsent);
        return a;
    }
};

/// Why a field's text could not be used; the reader adds the position.
struct FieldError {
    RecordField field = RecordField::Lat;
    QString detail; ///< Machine-oriented, e.g. `expected a number in "lat"`.
};

/// How numbers are written in the file.
enum class DecimalMark : std::uint8_t {
    Point,        ///< "55.75" only.
    PointOrComma, ///< Also "55,75", as spreadsheets in Russian and many other locales save
                  ///< semicolon-separated files. Never used when the comma separates fields.
};

/// The most bytes of text a camera or survey area keeps from one field (name, notes, ref).
/// A note is a few sentences; the cap keeps a file that a zip or gzip layer expands from
/// turning a few kilobytes into gigabytes of names (each byte costs three or more in memory:
/// the file, the parsed value and the UTF-16 string).
constexpr std::size_t kMaxTextFieldBytes = 64 * 1024;

/// Fills `camera` (everything but id and sightings) and `sighting` (date and observers) from
/// a record. The position comes from the Lat/Lon fields unless `position` is given (GeoJSON
/// and KML geometry). Notes are the Notes field, with the Name field in front when the notes
/// do not already contain it.
std::optional<FieldError> cameraFromRecord(const RecordValues &values,
                                           std::optional<LatLon> position, DecimalMark mark,
                                           Camera &camera, Sighting &sighting);

/// A named value read from a markup file (KML ExtendedData, GPX waypoint children), with the
/// line and column where it stood.
struct LocatedProperty {
    std::string key;
    std::string value;
    int line = 0;
    int column = 0;
};

/// A failed conversion of properties: the offending property's index (-1 when a required one
/// is missing) and why.
struct PropertyFailure {
    std::int64_t property = -1;
    FieldError error;
};

/// cameraFromRecord for a list of properties, each resolved through the mapper.
std::optional<PropertyFailure> cameraFromProperties(FieldMapper &mapper,
                                                    const std::vector<LocatedProperty> &properties,
                                                    std::optional<LatLon> position, Camera &camera,
                                                    Sighting &sighting);

/// The record's fields, each property resolved through the mapper; `where` is the property's
/// index.
RecordValues recordFromProperties(FieldMapper &mapper,
                                  const std::vector<LocatedProperty> &properties);

/// Whether a polygon's record marks it as a survey area (a "survey" or "surveyed" property
/// that is not false, or a "completeness"), and if so its name, date and completeness.
std::optional<FieldError> surveyAreaFromRecord(const RecordValues &values, SurveyArea &area,
                                               bool *isSurvey);

// Field value parsers, shared with the exporters' tests; each accepts what Blindspot's own
// exporters write plus the common spellings found in mappers' files and OSM tags.

/// Decimal number in the C locale ("55.75", "-3e2"), optionally with a decimal comma.
std::optional<double> parseDecimal(std::string_view text, DecimalMark mark = DecimalMark::Point);
/// yes/no/true/false/1/0/confirmed/suspected/none/unknown and Russian да/нет.
std::optional<FrStatus> parseFrStatus(std::string_view text);
/// fixed/dome/ptz/panning/turnstile/face_pay/...; unrecognised words give Unknown.
CameraKind parseCameraKind(std::string_view text);
/// wall/pole/ceiling/street_lamp/building/...; unrecognised words give Other.
CameraMount parseCameraMount(std::string_view text);
/// A camera's system from a record: metro, city (also public, police, municipal), private (also
/// home, shop, business, OSM's outdoor and indoor); anything else is Unknown.
CameraSystem parseCameraSystem(std::string_view text);
std::optional<ZoneKind> parseZoneKind(std::string_view text);
/// OSM camera:direction style: degrees, compass points (N, NNE, ...), or a range "300-60"
/// (its middle; `spanDegrees` receives its width). Result in [0, 360).
std::optional<double> parseHeading(std::string_view text, DecimalMark mark,
                                   double *spanDegrees = nullptr);
/// YYYY-MM-DD, an ISO date-time (its date), DD.MM.YYYY, YYYY-MM or YYYY (the first day).
QDate parseDate(std::string_view text);
/// "#D62728", "D62728", "0xD62728".
std::optional<std::uint32_t> parseColour(std::string_view text);

/// Text forms the exporters write and parseFrStatus/parseCameraKind/... read back.
std::string_view frStatusName(FrStatus status);
std::string_view cameraKindName(CameraKind kind);
std::string_view cameraMountName(CameraMount mount);
std::string_view zoneKindName(ZoneKind zone);

/// The Source an import of `bytes` adds: named after the file, identified by a 64-bit
/// fingerprint of the content and its length (so the same file imported twice is recognised as one
/// source), retrieved today (UTC), untrusted until the user says otherwise.
Source importSource(const QString &fileName, QByteArrayView bytes);
/// The same with the fingerprint already taken (contentFingerprint, or XXH3 streamed over the
/// bytes while they were copied), for readers that pass over large inputs once.
Source importSource(const QString &fileName, std::uint64_t fingerprint, std::int64_t size);
/// The 64-bit content fingerprint importSource uses: XXH3 of the bytes.
std::uint64_t contentFingerprint(QByteArrayView bytes);
/// A header for a dataset read from a file that has none: named after the file, created now.
DatasetHeader importHeader(const QString &fileName);

/// 1-based line and column (in characters) of a byte offset into UTF-8 text.
struct TextPosition {
    int line = 1;
    int column = 1;
};
TextPosition textPositionOf(QByteArrayView text, std::int64_t offset);

/// A ParseError at a byte offset of a text file, with its line and column.
ParseError textError(const QString &file, QByteArrayView text, std::int64_t offset,
                     ParseErrorCode code, const QString &detail);

/// Reads a whole file under the size cap. `name` is what errors call it.
Result<QByteArray> readWholeFile(const QString &path, const ImportLimits &limits);

/// The first invalid UTF-8 byte, or -1 when the text is valid UTF-8.
std::int64_t firstInvalidUtf8(QByteArrayView text);

/// Reports progress and notices cancellation, cheaply enough to call for every record.
class ProgressTicker {
public:
    ProgressTicker(Progress *progress, std::int64_t total) : m_progress(progress), m_total(total) {}
    /// False when the user cancelled.
    bool tick(std::int64_t done)
    {
        if (!m_progress || ++m_calls % kEvery != 0)
            return true;
        m_progress->report(done, m_total);
        return !m_progress->isCancelled();
    }
    void finish() const
    {
        if (m_progress)
            m_progress->report(m_total, m_total);
    }
    bool cancelled() const { return m_progress && m_progress->isCancelled(); }

private:
    static constexpr std::uint32_t kEvery = 4096;
    Progress *m_progress;
    std::int64_t m_total;
    std::uint32_t m_calls = 0;
};

} // namespace blindspot
