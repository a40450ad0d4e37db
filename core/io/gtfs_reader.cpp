#include "core/io/gtfs_reader.h"

#include "core/io/csv_reader.h"
#include "core/io/field_mapper.h"
#include "core/io/transit_network_builder.h"
#include "core/io/values/number.h"
#include "core/io/zip_archive.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <charconv>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace blindspot {

namespace {

constexpr int kCancelCheckRows = 4096;

// One GTFS file being read with the project's CSV tokenizer: its header and the current row.
// Positions are counted as editors show them: lines from 1, columns in characters (UTF-8 code
// points) from 1.
class GtfsTable {
public:
    /// `bytes` must outlive the table.
    GtfsTable(const QByteArray &bytes, QString file)
        : m_bytes(bytes), m_tokens(bytes, ','), m_file(std::move(file))
    {
    }

    std::optional<ParseError> readHeader(std::initializer_list<const char *> required)
    {
        if (!m_tokens.next()) {
            if (m_tokens.hasError())
                return tokenizerError();
            return error(1, 1, ParseErrorCode::Empty);
        }
        const std::span<const CsvField> header = m_tokens.fields();
        for (std::size_t i = 0; i < header.size(); ++i) {
            std::string name(header[i].text);
            // Some exporters pad header names; GTFS names never contain spaces.
            name.erase(std::remove(name.begin(), name.end(), ' '), name.end());
            m_columns.emplace(std::move(name), int(i));
        }
        m_headerSize = header.size();
        for (const char *name : required)
            if (!m_columns.count(name))
                return error(1, 1, ParseErrorCode::Malformed,
                             ParseReason::MissingColumn,
                             {QLatin1String(name)});
        return std::nullopt;
    }

    int column(const char *name) const
    {
        const auto it = m_columns.find(name);
        return it == m_columns.end() ? -1 : it->second;
    }

    /// Next data row; false at the end. Check error() afterwards.
    bool next()
    {
        if (!m_tokens.next()) {
            if (m_tokens.hasError())
                m_error = tokenizerError();
            return false;
        }
        const std::span<const CsvField> row = m_tokens.fields();
        if (row.size() > m_headerSize) {
            const TextPosition at = placeOf(row[m_headerSize].offset);
            m_error = error(
                at.line, at.column, ParseErrorCode::Malformed,
                ParseReason::RowFieldCount,
                parseArgs(row.size(), m_headerSize));
            return false;
        }
        ++m_rows;
        return true;
    }

    std::string_view field(int column) const
    {
        const std::span<const CsvField> row = m_tokens.fields();
        if (column < 0 || std::size_t(column) >= row.size())
            return {};
        std::string_view v = row[std::size_t(column)].text;
        while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
            v.remove_prefix(1);
        while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
            v.remove_suffix(1);
        return v;
    }
    QString text(int column) const
    {
        const std::string_view v = field(column);
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    }
    /// Where a field of the current row starts; a column the row lacks points at its last field.
    TextPosition place(int column) const
    {
        const std::span<const CsvField> row = m_tokens.fields();
        if (row.empty())
            return {m_tokens.line(), 1};
        const std::size_t i =
            column >= 0 && std::size_t(column) < row.size() ? std::size_t(column) : row.size() - 1;
        return placeOf(row[i].offset);
    }
    int line() const { return m_tokens.line(); }
    std::int64_t rows() const { return m_rows; }
    std::size_t bytesRead() const { return std::size_t(m_tokens.offset()); }
    std::optional<ParseError> error() const { return m_error; }

    ParseError error(int line, int column, ParseErrorCode code,
                     ParseReason reason = ParseReason::None, QStringList args = {}) const
    {
        return errorAtLine(m_file, line, column, code, reason, std::move(args));
    }
    /// An error about a field of the current row.
    ParseError fieldError(int column, ParseReason reason, QStringList args = {}) const
    {
        const TextPosition at = place(column);
        return malformedAt(m_file, at.line, at.column, reason, std::move(args));
    }

private:
    // The position of a byte of the current record, counted from the record's start so that
    // the cost is the record's length, not the file's (stops keep the places of their fields).
    TextPosition placeOf(std::int64_t offset) const
    {
        const std::int64_t start = m_tokens.recordOffset();
        TextPosition at{m_tokens.line(), 1};
        std::int64_t lineStart = start;
        for (std::int64_t i = start; i < offset; ++i)
            if (m_bytes[i] == '\n') {
                ++at.line;
                lineStart = i + 1;
            }
        for (std::int64_t i = lineStart; i < offset; ++i)
            if ((static_cast<unsigned char>(m_bytes[i]) & 0xC0) != 0x80)
                ++at.column;
        return at;
    }

    ParseError tokenizerError() const
    {
        // Once per file: counting from its start is affordable here.
        const TextPosition at = textPositionOf(m_bytes, m_tokens.errorOffset());
        return error(at.line, at.column, ParseErrorCode::Malformed, m_tokens.errorReason());
    }

    QByteArrayView m_bytes;
    CsvTokenizer m_tokens;
    QString m_file;
    std::unordered_map<std::string, int> m_columns;
    std::size_t m_headerSize = 0;
    std::optional<ParseError> m_error;
    std::int64_t m_rows = 0;
};

std::optional<long long> parseInteger(std::string_view s)
{
    long long value = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (error != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    return value;
}

// GTFS times are H:MM:SS or HH:MM:SS and run past 24:00:00 for trips after midnight.
std::optional<int> parseGtfsTime(std::string_view s)
{
    const std::size_t first = s.find(':');
    if (first == std::string_view::npos || first == 0 || first > 3)
        return std::nullopt;
    const std::size_t second = s.find(':', first + 1);
    if (second != first + 3 || s.size() != second + 3)
        return std::nullopt;
    const auto h = parseInteger(s.substr(0, first));
    const auto m = parseInteger(s.substr(first + 1, 2));
    const auto sec = parseInteger(s.substr(second + 1, 2));
    if (!h || !m || !sec || *h < 0 || *m < 0 || *m > 59 || *sec < 0 || *sec > 59)
        return std::nullopt;
    return int(*h * 3600 + *m * 60 + *sec);
}

// Which GTFS route types Blindspot imports, and as what. Metro and monorail always; rail,
// because city rail rings and cross-city lines (Moscow's MCC and MCD) share the metro's stations,
// turnstiles and cameras. Trams, buses and ferries stop in the street, where the network model
// (halls, turnstiles, escalators) does not apply.
std::optional<LineMode> modeOfRouteType(long long type)
{
    if (type == 1 || (type >= 400 && type <= 404))
        return LineMode::Subway;
    if (type == 12 || type == 405)
        return LineMode::Monorail;
    if (type == 2 || (type >= 100 && type <= 117))
        return LineMode::Suburban;
    return std::nullopt;
}

struct Stop {
    QString id;
    LocalizedName name;
    QString code;
    int locationType = 0;
    QString parentId;
    int parent = -1;
    // Coordinates are checked when the stop is used, so that a broken bus stop elsewhere in a
    // city-wide feed does not stop a metro import; the cell is kept to say where the fault is.
    std::string latText;
    std::string lonText;
    int line = 0; // the row's first line
    TextPosition latPlace;
    TextPosition lonPlace;
};

struct Route {
    QString id;
    QString shortName;
    LocalizedName longName;
    std::uint32_t colour = 0;
    LineMode mode = LineMode::Subway;
};

struct StopTime {
    std::uint32_t trip;
    std::int64_t sequence;
    int stop;
    int arrival;   // seconds, or -1
    int departure; // seconds, or -1
};

// The feed's files, in a folder or a zip (possibly inside one folder of the zip).
class Feed {
public:
    static Result<Feed> open(const QString &path, const ImportOptions &options)
    {
        Feed feed;
        feed.m_path = path;
        feed.m_limits = options.limits;
        const QFileInfo info(path);
        if (!info.exists())
            return feed.error({}, ParseErrorCode::CannotOpen,
                              ParseReason::NoSuchFileOrFolder);
        if (info.isDir())
            return feed;
        Result<ZipArchive> zip = ZipArchive::open(path, options.limits);
        if (isError(zip))
            return std::get<ParseError>(zip);
        feed.m_zip = std::make_shared<ZipArchive>(std::move(std::get<ZipArchive>(zip)));
        // Some feeds are zipped with their folder: use the one folder that holds stops.txt.
        if (!feed.m_zip->contains(QStringLiteral("stops.txt")))
            for (const QString &name : feed.m_zip->entryNames())
                if (name.endsWith(QLatin1String("/stops.txt")) &&
                    name.count(QLatin1Char('/')) == 1) {
                    feed.m_prefix = name.left(name.size() - int(qstrlen("stops.txt")));
                    break;
                }
        return feed;
    }

    bool has(const QString &name) const
    {
        if (m_zip)
            return m_zip->contains(m_prefix + name);
        return QFileInfo(QDir(m_path).filePath(name)).isFile();
    }

    Result<QByteArray> read(const QString &name)
    {
        if (m_zip) {
            Result<QByteArray> bytes = m_zip->read(m_prefix + name);
            if (isError(bytes)) {
                ParseError e = std::get<ParseError>(bytes);
                e.file = label(name);
                return e;
            }
            return bytes;
        }
        QFile file(QDir(m_path).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return systemError(label(name), ParseErrorCode::CannotOpen, file.errorString());
        if (file.size() > m_limits.maxFileBytes ||
            m_readBytes + file.size() > m_limits.maxDecompressedBytes)
            return error(name, ParseErrorCode::TooLarge,
                         ParseReason::FeedOverBytes,
                         parseArgs(m_limits.maxDecompressedBytes));
        m_readBytes += file.size();
        return file.readAll();
    }

    /// How errors name a file of the feed: "feed.zip/stops.txt".
    QString label(const QString &name) const { return m_path + QLatin1Char('/') + name; }

    /// Bytes in the feed's files for progress, or 0 when not known beforehand (zipped feeds).
    std::int64_t folderBytes() const
    {
        if (m_zip)
            return 0;
        std::int64_t total = 0;
        for (const QFileInfo &f :
             QDir(m_path).entryInfoList({QStringLiteral("*.txt")}, QDir::Files))
            total += f.size();
        return total;
    }
    QString path() const { return m_path; }

    ParseError error(const QString &name, ParseErrorCode code,
                     ParseReason reason = ParseReason::None, QStringList args = {}) const
    {
        return fileError(name.isEmpty() ? m_path : label(name), code, reason, std::move(args));
    }

private:
    QString m_path;
    QString m_prefix;
    ImportLimits m_limits;
    std::shared_ptr<ZipArchive> m_zip;
    std::int64_t m_readBytes = 0;
};

class GtfsImport {
public:
    GtfsImport(Feed feed, const ImportOptions &options)
        : m_feed(std::move(feed)), m_options(options)
    {
    }

    Result<Dataset> run();

private:
    std::optional<ParseError> load(const QString &name, QByteArray &bytes);
    std::optional<ParseError> rowDone(const GtfsTable &table);
    std::optional<ParseError> readTranslations();
    std::optional<ParseError> readRoutes();
    std::optional<ParseError> readTrips();
    std::optional<ParseError> readStops();
    std::optional<ParseError> readStopTimes();
    std::optional<ParseError> readTransfers(TransitNetworkBuilder &builder);
    std::optional<ParseError> positionOf(int stop, LatLon &out) const;
    int stationOf(int stop) const;
    LocalizedName translated(const char *table, const char *field, const QString &record,
                             const QString &native) const;

    Feed m_feed;
    const ImportOptions &m_options;
    std::int64_t m_rows = 0;
    std::int64_t m_bytesDone = 0;
    std::int64_t m_bytesTotal = 0;
    // (table, field, record id or original text) -> language -> translation
    std::map<std::tuple<std::string, std::string, QString>, QMap<QString, QString>> m_translations;
    std::vector<Route> m_routes;
    std::unordered_map<QString, int> m_routeIndex; // kept routes only
    std::vector<int> m_tripRoute;                  // kept trips: route index
    std::unordered_map<QString, std::uint32_t> m_tripIndex;
    std::vector<Stop> m_stops;
    std::unordered_map<QString, int> m_stopIndex;
    std::vector<StopTime> m_stopTimes;
    std::map<int, int> m_sourceStation; // station stop -> builder index
};

std::optional<ParseError> GtfsImport::load(const QString &name, QByteArray &bytes)
{
    Result<QByteArray> read = m_feed.read(name);
    if (isError(read))
        return std::get<ParseError>(read);
    bytes = std::move(std::get<QByteArray>(read));
    return std::nullopt;
}

std::optional<ParseError> GtfsImport::rowDone(const GtfsTable &table)
{
    if (++m_rows > m_options.limits.maxElements)
        return table.error(table.line(), 1, ParseErrorCode::TooLarge,
                           ParseReason::MoreRows,
                           parseArgs(m_options.limits.maxElements));
    if (m_options.progress && m_rows % kCancelCheckRows == 0) {
        if (m_options.progress->isCancelled())
            return table.error(0, 0, ParseErrorCode::Cancelled);
        m_options.progress->report(qint64(m_bytesDone + std::int64_t(table.bytesRead())),
                                   qint64(m_bytesTotal));
    }
    return std::nullopt;
}

LocalizedName GtfsImport::translated(const char *table, const char *field, const QString &record,
                                     const QString &native) const
{
    LocalizedName name;
    name.native = native;
    for (const QString &key : {record, native}) {
        const auto it = m_translations.find({table, field, key});
        if (it != m_translations.end())
            for (auto t = it->second.cbegin(); t != it->second.cend(); ++t)
                if (!name.byLanguage.contains(t.key()))
                    name.byLanguage.insert(t.key(), t.value());
    }
    return name;
}

// translations.txt in the GTFS reference form: table_name, field_name, language, translation
// and record_id or field_value. Feeds in the older Google form are read without translations.
std::optional<ParseError> GtfsImport::readTranslations()
{
    const QString name = QStringLiteral("translations.txt");
    if (!m_feed.has(name))
        return std::nullopt;
    QByteArray bytes;
    if (auto e = load(name, bytes))
        return e;
    GtfsTable t(bytes, m_feed.label(name));
    if (auto e = t.readHeader({}))
        return e->code == ParseErrorCode::Empty ? std::nullopt : e;
    const int table = t.column("table_name"), field = t.column("field_name"),
              language = t.column("language"), translation = t.column("translation"),
              record = t.column("record_id"), value = t.column("field_value");
    if (table < 0 || field < 0 || language < 0 || translation < 0)
        return std::nullopt;
    while (t.next()) {
        if (auto e = rowDone(t))
            return e;
        const QString key = !t.field(record).empty() ? t.text(record) : t.text(value);
        if (key.isEmpty())
            continue;
        m_translations[{std::string(t.field(table)), std::string(t.field(field)), key}].insert(
            t.text(language), t.text(translation));
    }
    m_bytesDone += bytes.size();
    return t.error();
}

std::optional<ParseError> GtfsImport::readRoutes()
{
    const QString name = QStringLiteral("routes.txt");
    QByteArray bytes;
    if (auto e = load(name, bytes))
        return e;
    GtfsTable t(bytes, m_feed.label(name));
    if (auto e = t.readHeader({"route_id", "route_type"}))
        return e;
    const int id = t.column("route_id"), type = t.column("route_type"),
              shortName = t.column("route_short_name"), longName = t.column("route_long_name"),
              colour = t.column("route_color");
    while (t.next()) {
        if (auto e = rowDone(t))
            return e;
        if (t.field(id).empty())
            return t.fieldError(id, ParseReason::EmptyId, {QStringLiteral("route_id")});
        const auto routeType = parseInteger(t.field(type));
        if (!routeType)
            return t.fieldError(type, ParseReason::NotANumber, {QStringLiteral("route_type")});
        const auto mode = modeOfRouteType(*routeType);
        if (!mode)
            continue;
        Route route;
        route.id = t.text(id);
        route.shortName = t.text(shortName);
        const QString longText = t.text(longName);
        route.longName = translated("routes", "route_long_name", route.id, longText);
        // A colour that cannot be read only loses the colour: it is not worth refusing a feed.
        route.colour = parseColour(t.field(colour)).value_or(0);
        route.mode = *mode;
        if (m_routeIndex.count(route.id))
            return t.fieldError(id, ParseReason::DuplicateId,
                                {QStringLiteral("route_id"), route.id});
        m_routeIndex.emplace(route.id, int(m_routes.size()));
        m_routes.push_back(std::move(route));
    }
    m_bytesDone += bytes.size();
    return t.error();
}

std::optional<ParseError> GtfsImport::readTrips()
{
    const QString name = QStringLiteral("trips.txt");
    QByteArray bytes;
    if (auto e = load(name, bytes))
        return e;
    GtfsTable t(bytes, m_feed.label(name));
    if (auto e = t.readHeader({"route_id", "trip_id"}))
        return e;
    const int route = t.column("route_id"), trip = t.column("trip_id");
    while (t.next()) {
        if (auto e = rowDone(t))
            return e;
        const auto it = m_routeIndex.find(t.text(route));
        if (it == m_routeIndex.end())
            continue; // a bus or tram trip, or a route the feed lacks: not read either way
        const QString tripId = t.text(trip);
        if (tripId.isEmpty())
            return t.fieldError(trip, ParseReason::EmptyId, {QStringLiteral("trip_id")});
        if (!m_tripIndex.emplace(tripId, std::uint32_t(m_tripRoute.size())).second)
            return t.fieldError(trip, ParseReason::DuplicateId,
                                {QStringLiteral("trip_id"), tripId});
        m_tripRoute.push_back(it->second);
    }
    m_bytesDone += bytes.size();
    return t.error();
}

std::optional<ParseError> GtfsImport::readStops()
{
    const QString name = QStringLiteral("stops.txt");
    QByteArray bytes;
    if (auto e = load(name, bytes))
        return e;
    GtfsTable t(bytes, m_feed.label(name));
    if (auto e = t.readHeader({"stop_id"}))
        return e;
    const int id = t.column("stop_id"), stopName = t.column("stop_name"),
              lat = t.column("stop_lat"), lon = t.column("stop_lon"),
              type = t.column("location_type"), parent = t.column("parent_station"),
              code = t.column("stop_code");
    while (t.next()) {
        if (auto e = rowDone(t))
            return e;
        Stop stop;
        stop.id = t.text(id);
        if (stop.id.isEmpty())
            return t.fieldError(id, ParseReason::EmptyId, {QStringLiteral("stop_id")});
        stop.name = translated("stops", "stop_name", stop.id, t.text(stopName));
        stop.code = t.text(code);
        if (!t.field(type).empty()) {
            const auto value = parseInteger(t.field(type));
            if (!value || *value < 0 || *value > 4)
                return t.fieldError(type, ParseReason::LocationType);
            stop.locationType = int(*value);
        }
        stop.parentId = t.text(parent);
        stop.latText = std::string(t.field(lat));
        stop.lonText = std::string(t.field(lon));
        stop.line = t.line();
        stop.latPlace = t.place(lat);
        stop.lonPlace = t.place(lon);
        if (!m_stopIndex.emplace(stop.id, int(m_stops.size())).second)
            return t.fieldError(id, ParseReason::DuplicateId,
                                {QStringLiteral("stop_id"), stop.id});
        m_stops.push_back(std::move(stop));
    }
    if (auto e = t.error())
        return e;
    for (Stop &stop : m_stops) {
        if (stop.parentId.isEmpty())
            continue;
        const auto it = m_stopIndex.find(stop.parentId);
        if (it == m_stopIndex.end())
            return t.error(
                stop.line, 1, ParseErrorCode::InvalidModel,
                ParseReason::NotInStops, {QStringLiteral("parent_station"), stop.parentId});
        stop.parent = it->second;
    }
    m_bytesDone += bytes.size();
    return std::nullopt;
}

std::optional<ParseError> GtfsImport::readStopTimes()
{
    const QString name = QStringLiteral("stop_times.txt");
    QByteArray bytes;
    if (auto e = load(name, bytes))
        return e;
    GtfsTable t(bytes, m_feed.label(name));
    if (auto e = t.readHeader({"trip_id", "stop_id", "stop_sequence"}))
        return e;
    const int trip = t.column("trip_id"), stop = t.column("stop_id"),
              sequence = t.column("stop_sequence"), arrival = t.column("arrival_time"),
              departure = t.column("departure_time");
    // Rows come in runs of one trip: the trip is looked up once per run.
    std::string lastTripKey;
    bool haveLast = false;
    std::uint32_t lastTrip = 0;
    bool lastKept = false;
    while (t.next()) {
        if (auto e = rowDone(t))
            return e;
        const std::string_view tripField = t.field(trip);
        if (!haveLast || tripField != lastTripKey) {
            lastTripKey.assign(tripField);
            haveLast = true;
            const auto it = m_tripIndex.find(t.text(trip));
            lastKept = it != m_tripIndex.end();
            lastTrip = lastKept ? it->second : 0;
        }
        if (!lastKept)
            continue;
        const auto stopIt = m_stopIndex.find(t.text(stop));
        if (stopIt == m_stopIndex.end())
            return t.fieldError(stop, ParseReason::NotInStops,
                                {QStringLiteral("stop_id"), t.text(stop)});
        const auto seq = parseInteger(t.field(sequence));
        if (!seq || *seq < 0)
            return t.fieldError(sequence, ParseReason::NotWholeNumber,
                                {QStringLiteral("stop_sequence")});
        int times[2] = {-1, -1};
        const int columns[2] = {arrival, departure};
        for (int k = 0; k < 2; ++k) {
            const std::string_view v = t.field(columns[k]);
            if (v.empty())
                continue;
            const auto seconds = parseGtfsTime(v);
            if (!seconds)
                return t.fieldError(columns[k], ParseReason::NotATime);
            times[k] = *seconds;
        }
        m_stopTimes.push_back({lastTrip, *seq, stopIt->second, times[0], times[1]});
    }
    m_bytesDone += bytes.size();
    return t.error();
}

// The stop that stands for the station a stop belongs to: a platform's parent station (a
// boarding area's platform's parent), or the stop itself when it has none.
int GtfsImport::stationOf(int stop) const
{
    for (int hops = 0; hops < 3; ++hops) {
        const Stop &s = m_stops[std::size_t(stop)];
        if (s.locationType == 1 || s.parent < 0)
            return stop;
        stop = s.parent;
    }
    return stop;
}

std::optional<ParseError> GtfsImport::positionOf(int stopIndex, LatLon &out) const
{
    const Stop &stop = m_stops[std::size_t(stopIndex)];
    const auto lat = parseDecimal(stop.latText);
    const auto lon = parseDecimal(stop.lonText);
    const QString file = m_feed.label(QStringLiteral("stops.txt"));
    const auto failure = [&](const TextPosition &at, ParseReason reason) {
        ParseError e = malformedAt(file, at.line, at.column, reason);
        e.element = QStringLiteral("stop/") + stop.id;
        return e;
    };
    if (!lat || *lat < -90.0 || *lat > 90.0)
        return failure(stop.latPlace, ParseReason::StopLatRange);
    if (!lon || *lon < -180.0 || *lon > 180.0)
        return failure(stop.lonPlace, ParseReason::StopLonRange);
    out = {*lat, *lon};
    return std::nullopt;
}

std::optional<ParseError> GtfsImport::readTransfers(TransitNetworkBuilder &builder)
{
    const QString name = QStringLiteral("transfers.txt");
    if (!m_feed.has(name))
        return std::nullopt;
    QByteArray bytes;
    if (auto e = load(name, bytes))
        return e;
    GtfsTable t(bytes, m_feed.label(name));
    if (auto e = t.readHeader({"from_stop_id", "to_stop_id"}))
        return e->code == ParseErrorCode::Empty ? std::nullopt : e;
    const int from = t.column("from_stop_id"), to = t.column("to_stop_id"),
              type = t.column("transfer_type"), minTime = t.column("min_transfer_time");
    while (t.next()) {
        if (auto e = rowDone(t))
            return e;
        // Type 3 says the transfer is impossible; 4 and 5 are about staying in the vehicle.
        const auto transferType = parseInteger(t.field(type)).value_or(0);
        if (transferType == 3 || transferType == 4 || transferType == 5)
            continue;
        const auto a = m_stopIndex.find(t.text(from));
        const auto b = m_stopIndex.find(t.text(to));
        if (a == m_stopIndex.end() || b == m_stopIndex.end())
            continue; // transfers are optional; one to a stop the feed lacks is left out
        const auto sa = m_sourceStation.find(stationOf(a->second));
        const auto sb = m_sourceStation.find(stationOf(b->second));
        if (sa == m_sourceStation.end() || sb == m_sourceStation.end())
            continue; // not a station of an imported line
        if (sa->second != sb->second)
            builder.joinStations({sa->second, sb->second});
        if (!t.field(minTime).empty()) {
            const auto seconds = parseInteger(t.field(minTime));
            if (!seconds || *seconds < 0)
                return t.fieldError(minTime, ParseReason::TransferSeconds);
            builder.setTransferSeconds(sa->second, sb->second, double(*seconds));
        }
    }
    m_bytesDone += bytes.size();
    return t.error();
}

Result<Dataset> GtfsImport::run()
{
    const QStringList required = {QStringLiteral("stops.txt"), QStringLiteral("routes.txt"),
                                  QStringLiteral("trips.txt"), QStringLiteral("stop_times.txt")};
    if (!m_feed.has(required[0]) && !m_feed.has(required[1]))
        return m_feed.error({}, ParseErrorCode::NotThisFormat,
                            ParseReason::NoStopsOrRoutes);
    for (const QString &name : required)
        if (!m_feed.has(name))
            return m_feed.error(name, ParseErrorCode::Malformed,
                                ParseReason::RequiredFileMissing);

    m_bytesTotal = m_feed.folderBytes();
    if (auto e = readTranslations())
        return *e;
    if (auto e = readRoutes())
        return *e;
    if (auto e = readTrips())
        return *e;
    if (auto e = readStops())
        return *e;
    if (auto e = readStopTimes())
        return *e;

    // Trips in stop order; each route's distinct stop patterns, and ride times between stations.
    std::sort(m_stopTimes.begin(), m_stopTimes.end(), [](const StopTime &a, const StopTime &b) {
        return a.trip != b.trip ? a.trip < b.trip : a.sequence < b.sequence;
    });
    // Per route, its distinct patterns with trip counts, in the order trips.txt first uses them
    // (which breaks ties between equally long and frequent patterns).
    std::vector<std::vector<std::pair<std::vector<int>, int>>> patterns(m_routes.size());
    std::vector<std::map<std::vector<int>, std::size_t>> patternIndex(m_routes.size());
    std::map<std::pair<int, int>, std::vector<int>> rideSamples; // station stops -> seconds
    for (std::size_t begin = 0; begin < m_stopTimes.size();) {
        std::size_t end = begin;
        while (end < m_stopTimes.size() && m_stopTimes[end].trip == m_stopTimes[begin].trip)
            ++end;
        std::vector<int> pattern;
        int previousStation = -1, previousTime = -1;
        for (std::size_t i = begin; i < end; ++i) {
            const StopTime &st = m_stopTimes[i];
            const int station = stationOf(st.stop);
            const int arrives = st.arrival >= 0 ? st.arrival : st.departure;
            if (station != previousStation) {
                pattern.push_back(station);
                // Arrival to arrival: the ride and the stop before it, as the fallback estimate
                // (distance at line speed plus a stop) counts it.
                if (previousStation >= 0 && previousTime >= 0 && arrives > previousTime) {
                    const auto key = std::minmax(previousStation, station);
                    rideSamples[{key.first, key.second}].push_back(arrives - previousTime);
                }
            }
            previousStation = station;
            if (arrives >= 0)
                previousTime = arrives;
            else
                previousTime = -1;
        }
        const auto route = std::size_t(m_tripRoute[m_stopTimes[begin].trip]);
        const auto [it, added] = patternIndex[route].emplace(pattern, patterns[route].size());
        if (added)
            patterns[route].emplace_back(std::move(pattern), 0);
        ++patterns[route][it->second].second;
        begin = end;
    }

    TransitNetworkBuilder builder;
    const auto sourceStation = [&](int stop) -> Result<int> {
        if (const auto it = m_sourceStation.find(stop); it != m_sourceStation.end())
            return it->second;
        LatLon position;
        if (auto e = positionOf(stop, position))
            return *e;
        const Stop &s = m_stops[std::size_t(stop)];
        const int index = builder.addStation(s.name, position, QStringLiteral("gtfs:stop/") + s.id);
        m_sourceStation.emplace(stop, index);
        return index;
    };
    for (std::size_t r = 0; r < m_routes.size(); ++r) {
        const Route &route = m_routes[r];
        TransitNetworkBuilder::LineInput line;
        line.name = route.longName.native.isEmpty()
                        ? translated("routes", "route_short_name", route.id, route.shortName)
                        : route.longName;
        line.ref = route.shortName;
        line.colourRgb = route.colour;
        line.mode = route.mode;
        line.sourceRef = QStringLiteral("gtfs:route/") + route.id;
        for (const auto &[pattern, trips] : patterns[r]) {
            std::vector<int> stations;
            for (int stop : pattern) {
                Result<int> station = sourceStation(stop);
                if (isError(station))
                    return std::get<ParseError>(station);
                stations.push_back(std::get<int>(station));
            }
            for (std::size_t i = 1; i < pattern.size(); ++i) {
                const auto key = std::minmax(pattern[i - 1], pattern[i]);
                const auto it = rideSamples.find({key.first, key.second});
                if (it == rideSamples.end())
                    continue;
                std::vector<int> samples = it->second;
                std::nth_element(samples.begin(),
                                 samples.begin() + std::ptrdiff_t(samples.size() / 2),
                                 samples.end());
                line.rideSeconds.push_back(
                    {{stations[i - 1], stations[i]}, double(samples[samples.size() / 2])});
            }
            line.sequences.emplace_back(std::move(stations), trips);
        }
        builder.addLine(std::move(line));
    }

    for (std::size_t i = 0; i < m_stops.size(); ++i) {
        const Stop &stop = m_stops[i];
        if (stop.locationType != 2 || stop.parent < 0)
            continue;
        const auto station = m_sourceStation.find(stationOf(stop.parent));
        if (station == m_sourceStation.end())
            continue; // an entrance of a bus station, or of a station no imported line serves
        LatLon position;
        if (auto e = positionOf(int(i), position))
            return *e;
        // stop_code is what riders see on the sign; feeds that copy the id into it say nothing.
        const QString ref = stop.code != stop.id ? stop.code : QString();
        builder.addEntrance(station->second, position, ref, stop.name,
                            QStringLiteral("gtfs:stop/") + stop.id);
    }
    if (auto e = readTransfers(builder))
        return *e;

    Dataset dataset;
    dataset.network = builder.build();

    const QFileInfo info(m_feed.path());
    const QString base = info.fileName().section(QLatin1Char('.'), 0, 0);
    QString publisher;
    for (const auto &[file, column] :
         {std::pair(QStringLiteral("feed_info.txt"), "feed_publisher_name"),
          std::pair(QStringLiteral("agency.txt"), "agency_name")}) {
        if (!publisher.isEmpty() || !m_feed.has(file))
            continue;
        QByteArray bytes;
        if (auto e = load(file, bytes))
            return *e;
        GtfsTable t(bytes, m_feed.label(file));
        if (auto e = t.readHeader({}); e && e->code != ParseErrorCode::Empty)
            return *e;
        QStringList names;
        while (t.next())
            if (const QString name = t.text(t.column(column));
                !name.isEmpty() && !names.contains(name))
                names << name;
        if (auto e = t.error())
            return *e;
        publisher = names.join(QStringLiteral("; "));
    }
    dataset.header.id = QStringLiteral("gtfs:") + base;
    dataset.header.version = 1;
    dataset.header.name = base;
    dataset.header.created = QDateTime::currentDateTimeUtc();
    dataset.header.publisher = publisher;
    dataset.header.attribution = publisher;
    dataset.header.fictional = false;
    Source source;
    source.id = SourceId{0};
    source.name = info.fileName();
    source.datasetId = dataset.header.id;
    source.attribution = publisher;
    const QDateTime modified = info.lastModified();
    source.retrieved = modified.isValid() ? modified.toUTC().date() : QDate::currentDate();
    dataset.sources.push_back(source);

    if (const std::vector<ModelIssue> issues = validateDataset(dataset); !issues.empty())
        return invalidModel(m_feed.path(), issues.front());
    if (m_options.progress) {
        const qint64 all = qint64(std::max(m_bytesTotal, m_bytesDone));
        m_options.progress->report(all, all);
    }
    return dataset;
}

} // namespace

Result<Dataset> readGtfs(const QString &path, const ImportOptions &options)
{
    try {
        Result<Feed> feed = Feed::open(path, options);
        if (isError(feed))
            return std::get<ParseError>(feed);
        return GtfsImport(std::move(std::get<Feed>(feed)), options).run();
    } catch (const std::bad_alloc &) {
        ParseError e;
        e.file = path;
        e.code = ParseErrorCode::OutOfMemory;
        return e;
    }
}

} // namespace blindspot
