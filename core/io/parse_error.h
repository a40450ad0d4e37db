#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <new>
#include <type_traits>
#include <variant>

namespace blindspot {

/// What went wrong while reading or writing a file. Core never words errors for people:
/// the app turns a code and a reason (with its arguments) into translated text.
enum class ParseErrorCode : std::uint8_t {
    CannotOpen,       ///< Reason: usually the operating system's message.
    CannotWrite,      ///< Reason: usually the operating system's message.
    Empty,            ///< The file has no bytes.
    TooLarge,         ///< Reason: the cap that was exceeded.
    NotThisFormat,    ///< The file does not start with the format's signature.
    Truncated,        ///< The file ends before its declared length.
    ChecksumMismatch, ///< The content does not match its checksum: damaged or altered.
    FutureVersion,    ///< Reason FormatVersion: the file's format version.
    Malformed,        ///< Reason: what was expected.
    InvalidModel,     ///< Parsed, but its parts do not fit together. Reason: a Model* one.
    Cancelled,        ///< The user stopped the import; nothing was changed.
    Unsupported,      ///< A valid file using a feature Blindspot does not read. Reason: which.
    OutOfMemory,      ///< Reading it needed more memory than there was (std::bad_alloc); nothing
                      ///< was changed.
};

/// Why, more precisely than ParseErrorCode: each reason is one phrase that the app words in the
/// user's language (app/common/error_text.cpp), filled in from ParseError::args in the order
/// given here. Arguments are data, never words: numbers (C locale digits), names of fields,
/// columns, files and elements as the input spells them, values quoted from the input.
enum class ParseReason : std::uint16_t {
    None, ///< Nothing to add to the code.
    /// args: a message from the operating system or a library, shown as it is (it is not
    /// Blindspot's to translate), or text the app already worded.
    Message,
    FormatVersion, ///< args: the version, e.g. "2.0".

    // Sizes and counts over a cap; args: the cap.
    LimitBytes,         ///< "N bytes"
    FileOverBytes,      ///< a file over N bytes
    FeedOverBytes,      ///< a GTFS feed over N bytes
    XmlOverBytes,       ///< more than N bytes of XML after decompression
    TokenOverBytes,     ///< an XML tag or text of more than N bytes
    MoreElements,       ///< more than N elements (OSM)
    MoreNodes,          ///< more than N nodes (OSM)
    MoreEntries,        ///< more than N entries (ZIP)
    MoreRows,           ///< more than N rows (GTFS)
    RowsLimit,          ///< N rows (CSV)
    FeaturesLimit,      ///< N features (GeoJSON)
    PlacemarksLimit,    ///< N placemarks (KML)
    WaypointsLimit,     ///< N waypoints (GPX)
    PointsLimit,        ///< N points (tracks)
    PixelsLimit,        ///< N pixels (photos)
    StoredRefsLimit,    ///< args: references allowed, file bytes (OSM)
    RecordsLimit,       ///< args: records allowed, payload bytes (packs)
    FieldTextLimit,     ///< args: bytes, field name
    KmlTextLimit,       ///< args: bytes in a field, bytes in a placemark
    CoordinatesLimit,   ///< args: bytes of <coordinates>
    NoParserMemory,     ///< no memory for the XML parser

    // Whole files and archives.
    NoSuchFile,
    NoSuchFileOrFolder,
    FolderNotFile,
    UnrecognisedFormat,
    ExportUnsupported, ///< args: the export format's name
    NoSuchEntry,       ///< ZIP entry
    EntrySizeUnknown,
    EncryptedEntry,
    EntryOverBytes,      ///< args: declared bytes, limit
    CompressionRatio,    ///< args: ratio limit
    ArchiveOverBytes,    ///< args: bytes
    ArchiveRatioOver,    ///< args: bytes, ratio limit
    EntryPastDeclared,   ///< args: declared bytes
    BytesOfDeclared,     ///< args: bytes present, bytes declared
    TrailingBytes,
    ProtobufUnparsable,
    StreetColumnsDiffer,
    BaseMapColumnsDiffer,
    NoDataset,

    // Text, CSV and column mappings.
    ExpectedUtf8,
    UnterminatedQuote,
    ExpectedDelimiterAfterQuote,
    BadDelimiter,
    UnknownMappingField,   ///< args: field
    MappingWithoutColumn,  ///< args: field
    MappedColumnMissing,   ///< args: column, field
    ExpectedLatLonColumns,
    ExpectedStationColumns,
    FieldCount,            ///< args: fields in the header, fields found

    // A field's value; args: the field's name.
    ExpectedNumber,
    ExpectedLatitude,
    ExpectedLongitude,
    ExpectedHeading,
    ExpectedFov,
    ExpectedHeight,
    ExpectedFrStatus,
    ExpectedDate,
    ExpectedObservers,
    ExpectedZone,
    ExpectedCompleteness,
    ExpectedStationName,
    ExpectedLineName,
    ExpectedColour,

    // JSON syntax (no args) and GeoJSON structure.
    JsonControlCharacter,
    JsonHexDigits,
    JsonEscape,
    JsonClosingQuote,
    JsonNumber,
    JsonValue,
    JsonMoreBeforeEnd,
    JsonNothingAfterEnd,
    JsonColon,
    JsonCommaOrBrace,
    JsonCommaOrBracket,
    JsonKey,
    JsonKeyOrBrace,
    JsonTooDeep,
    JsonNumberRange,
    ExpectedFeatureArray,
    ExpectedGeoJsonRoot,
    ExpectedStringIn, ///< args: key
    ExpectedObjectIn, ///< args: key
    ExpectedFeatureObject,
    ExpectedPositionArrays,
    ExpectedPosition,
    ExpectedGeometryType,
    ExpectedGeometryCoordinates,
    CoordinatesDoNotFit,
    ExpectedRing,
    ExpectedLonLatInRange,
    RingTooShort,

    // KML, GPX, tracks and clip areas.
    ExpectedKmlCoordinates,
    ExpectedKmlInKmz,
    ExpectedKml,
    ExpectedGpx,
    TracksNotWaypoints, ///< args: number of tracks and routes
    ExpectedWaypointLatLon,
    PointNeedsLatLon,
    CoordinatesLonLat,
    TrackTooShort,
    TextAfterEnd,
    NoRingBeforeEnd,
    RingFewPoints,         ///< args: points
    ExpectedLonLatOrEnd,
    LongitudeNotNumber,    ///< args: the text
    LatitudeNotNumber,     ///< args: the text
    LongitudeOutOfRange,   ///< args: the value
    LatitudeOutOfRange,    ///< args: the value
    RingWithoutEnd,        ///< args: the line the ring began on
    NoFinalEnd,

    // OSM.
    WithoutNumericId,       ///< args: element
    NodeLatLon,
    RootElement,            ///< args: element
    WithoutVersion,         ///< args: element
    OsmXmlVersion,          ///< args: version
    UnknownElementIn,       ///< args: element, parent element
    UnknownElementInChange, ///< args: element
    TagWithoutKeyValue,
    NdWithoutRef,
    MemberType,
    MemberWithoutRef,
    ElementNotAllowed,      ///< args: element
    EntityDeclarations,
    BlobHeaderWithoutType,
    LocationOutOfRange,

    // GTFS; args name the column or file as the feed spells it.
    MissingColumn,          ///< args: column
    RowFieldCount,          ///< args: fields in the row, fields in the header
    RequiredFileMissing,
    NoStopsOrRoutes,
    EmptyId,                ///< args: column
    NotANumber,             ///< args: column
    NotWholeNumber,         ///< args: column
    DuplicateId,            ///< args: column, id
    NotInStops,             ///< args: column, id
    LocationType,
    NotATime,
    StopLatRange,
    StopLonRange,
    TransferSeconds,

    // A model that does not fit together (ModelIssue); args: the element's key
    // (modelElementKey, e.g. "camera"), its index in its list, the detail (field and value).
    ModelIdMismatch,
    ModelIdOrder, ///< camera ids that do not ascend, or one used twice
    ModelDanglingReference,
    ModelInvalidPosition,
    ModelInvalidValue,

    // Model parameters (the built-in file and a user's overrides); args name parameters,
    // fields, profiles and contexts as the file spells them, values in C-locale digits. A
    // problem inside a profile or a context has its JSON path ("contexts/moscow") as element.
    KeyMustBeValue,      ///< args: key, the value it must have
    UnsupportedKeyValue, ///< args: key
    ExpectedOverridesObject,
    ParameterMissing,           ///< args: parameter
    ParameterWithoutSource,     ///< args: parameter
    UnknownParameter,           ///< args: parameter
    ParameterNotNumberOrObject, ///< args: parameter
    ParameterFieldNotNumber,    ///< args: parameter, field
    ParameterFieldNotBool,      ///< args: parameter, field
    ParameterUnknownField,      ///< args: parameter, field
    ParameterImpossible,        ///< args: parameter, value
    ParameterMinAboveMax,       ///< args: parameter, min, max
    ParameterOutsideRange,      ///< args: parameter, value, min, max
    UnknownProfile,             ///< args: profile, the known ones joined with ", "
    UnknownContext,             ///< args: context, the known ones joined with ", "
    ContextMissing,             ///< args: context

    // Training files (scenarios, session plans, statements); args name keys and values as the
    // file spells them. The error's element is the JSON path of the value at fault.
    WholeNumberFrom,      ///< args: key, the least value
    UnknownKey,           ///< args: key, the keys allowed there joined with ", "
    MissingKey,           ///< args: key
    MustBeNonEmptyString, ///< args: key
    MustBeObject,         ///< args: key
    MustBeArray,          ///< args: key
    MustBeNumberFromTo,   ///< args: key, min, max
    MustBeOneOf,          ///< args: key, the values allowed joined with ", "
    MustBeTextsObject,    ///< args: key, the languages joined with ", "
    ExpectedTextsObject,  ///< args: the languages joined with ", "
    NoTextIn,             ///< args: key, language
    EntryWithoutText,     ///< args: entry number (from 1), key, language
    TooFewEntries,        ///< args: key, the least number of entries
    EntriesNotStrings,    ///< args: key
    ExpectedObject,
    OnlyAppliesTo,     ///< args: key, the other key, the value it needs
    UnknownDayProfile, ///< args: profile, the known ones joined with ", "
    ChoiceNeedsTwoOptions,
    ScenarioNeedsChoice,
    OptionIdTwice,    ///< args: id
    ChoiceIdTwice,    ///< args: id
    UnknownStep,      ///< args: step
    UnknownActivity,  ///< args: activity
    ActivityNeedsKey, ///< args: activity, key
    UnknownStrength,  ///< args: strength
    NoStatements,
    UnknownStation,        ///< args: name
    UnknownStationSuggest, ///< args: name, the names suggested joined with ", "
    NoSuchEntrance,        ///< args: station, entrance ref, the station's refs joined with ", "

    // Signatures and keys (minisign), the workspace, photos and face detection.
    LinesExpected,                 ///< args: number of lines
    CommentOverBytes,              ///< args: bytes
    ExpectedLinePrefix,            ///< args: the text the line must begin with
    ExpectedBase64PublicKey,       ///< args: bytes
    ExpectedBase64SecretKey,       ///< args: bytes
    ExpectedBase64Signature,       ///< args: bytes
    ExpectedBase64GlobalSignature, ///< args: bytes
    SignatureAlgorithm,
    ChecksumFunction,
    KeyDerivationFunction,
    KeyDerivationCost,        ///< outside the range Blindspot accepts
    KdfCostAboveMinisign,     ///< above twice minisign's own
    UnsupportedFormatVersion, ///< args: the version
    ReservedBytesSet,
    InvalidPadding,
    FileExists,
    FaceModelsMissing, ///< args: the folder searched
    CascadeNotInstalled,
    NotACascade,
    PhotoNotEncoded,

    // Written pictures.
    DensityRasterNotBuilt,
    PngNotEncoded,
};

/// A located error: file name plus line and column for text formats, a byte offset for binary
/// ones, or the id of the element at fault (e.g. "node/123" in OSM data); unset parts stay 0,
/// -1 or empty.
struct ParseError {
    QString file;
    int line = 0;
    int column = 0;
    std::int64_t byteOffset = -1;
    QString element;
    ParseErrorCode code = ParseErrorCode::Malformed;
    ParseReason reason = ParseReason::None;
    QStringList args; ///< The reason's arguments, in its order.
};

/// One argument of a reason: text as it is, numbers in C-locale digits.
inline QString parseArg(const QString &text)
{
    return text;
}
template <class Number>
    requires std::is_arithmetic_v<Number>
QString parseArg(Number n)
{
    return QString::number(n);
}
template <class... Values> QStringList parseArgs(const Values &...values)
{
    return {parseArg(values)...};
}

/// An error about a file as a whole.
inline ParseError fileError(const QString &file, ParseErrorCode code,
                            ParseReason reason = ParseReason::None, QStringList args = {})
{
    ParseError e;
    e.file = file;
    e.code = code;
    e.reason = reason;
    e.args = std::move(args);
    return e;
}

/// TooLarge: the file is over `limitBytes`.
inline ParseError tooLarge(const QString &file, std::int64_t limitBytes)
{
    return fileError(file, ParseErrorCode::TooLarge, ParseReason::LimitBytes,
                     parseArgs(limitBytes));
}

/// CannotOpen, CannotWrite (or another code) with the operating system's own message.
inline ParseError systemError(const QString &file, ParseErrorCode code, const QString &message)
{
    return fileError(file, code, ParseReason::Message, {message});
}

/// An error at a 1-based line and column of a text file.
inline ParseError errorAtLine(const QString &file, int line, int column, ParseErrorCode code,
                              ParseReason reason, QStringList args = {})
{
    ParseError e = fileError(file, code, reason, std::move(args));
    e.line = line;
    e.column = column;
    return e;
}

/// Malformed at a line and column.
inline ParseError malformedAt(const QString &file, int line, int column, ParseReason reason,
                              QStringList args = {})
{
    return errorAtLine(file, line, column, ParseErrorCode::Malformed, reason, std::move(args));
}

/// An error at a byte offset of a binary file (-1: none).
inline ParseError errorAtByte(const QString &file, std::int64_t offset, ParseErrorCode code,
                              ParseReason reason = ParseReason::None, QStringList args = {})
{
    ParseError e = fileError(file, code, reason, std::move(args));
    e.byteOffset = offset;
    return e;
}

/// A value or the reason there is none. Core APIs return this instead of throwing.
template <class T> using Result = std::variant<T, ParseError>;

template <class T> bool isError(const Result<T> &r)
{
    return std::holds_alternative<ParseError>(r);
}

/// Calls `read` and returns what it returns, or ParseErrorCode::OutOfMemory located at `file`
/// when it throws std::bad_alloc: no exception leaves core, and a file that needs more memory
/// than there is must end its import, not the program. The reader's memory is freed while the
/// exception unwinds, so making the error has memory to work with again.
template <class Read> auto withoutBadAlloc(const QString &file, Read &&read) -> decltype(read())
{
    try {
        return read();
    } catch (const std::bad_alloc &) {
        return fileError(file, ParseErrorCode::OutOfMemory);
    }
}

} // namespace blindspot
