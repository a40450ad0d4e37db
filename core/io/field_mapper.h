#pragma once

// What the tabular and feature readers (CSV, GeoJSON, KML, GPX) share: which column or
// property holds which field, how field text becomes camera and station values, and the
// bookkeeping every import does (its Source, error positions).
#include "core/io/import_options.h"
#include "core/io/parse_error.h"
#include "core/io/text_position.h"
#include "core/io/values/camera_values.h"
#include "core/io/values/date.h"
#include "core/io/values/direction.h"
#include "core/io/values/number.h"
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
    ParseReason reason = ParseReason::None; ///< E.g. ExpectedNumber; args[0] is the field name.
    QStringList args;
};

/// The most bytes of text a camera or survey area keeps from one field (name, notes, ref).
/// A note is a few sentences; the cap keeps a file that a zip or gzip layer expands from
/// turning a few kilobytes into gigabytes of names (each byte costs three or more in memory:
/// the file, the parsed value and the UTF-16 string).
constexpr std::size_t kMaxTextFieldBytes = 64 * 1024;

/// Appends the cameras a record stands for to `cameras`, each with its index as id and one
/// Sighting (source 0, with the record's date and observers): one camera per direction the
/// Heading field lists ("0;180" is two cameras, as OSM's camera:direction reads; see
/// parseCameraDirections), alike in everything else. The position comes from the Lat/Lon
/// fields unless `position` is given (GeoJSON and KML geometry). Notes are the Notes field,
/// with the Name field in front when the notes do not already contain it. Appends nothing when
/// a field cannot be read.
std::optional<FieldError> camerasFromRecord(const RecordValues &values,
                                            std::optional<LatLon> position, DecimalMark mark,
                                            std::vector<Camera> &cameras);

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

/// camerasFromRecord for a list of properties, each resolved through the mapper.
std::optional<PropertyFailure> camerasFromProperties(FieldMapper &mapper,
                                                     const std::vector<LocatedProperty> &properties,
                                                     std::optional<LatLon> position,
                                                     std::vector<Camera> &cameras);

/// The record's fields, each property resolved through the mapper; `where` is the property's
/// index.
RecordValues recordFromProperties(FieldMapper &mapper,
                                  const std::vector<LocatedProperty> &properties);

/// Whether a polygon's record marks it as a survey area (a "survey" or "surveyed" property
/// that is not false, or a "completeness"), and if so its name, date and completeness.
std::optional<FieldError> surveyAreaFromRecord(const RecordValues &values, SurveyArea &area,
                                               bool *isSurvey);

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

/// A ParseError at a byte offset of a text file, with its line and column.
ParseError textError(const QString &file, QByteArrayView text, std::int64_t offset,
                     ParseErrorCode code, ParseReason reason, QStringList args = {});

} // namespace blindspot
