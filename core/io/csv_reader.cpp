#include "core/io/csv_reader.h"

#include "core/io/field_mapper.h"
#include "core/io/progress.h"
#include "core/io/read_file.h"
#include "core/io/utf8_check.h"
#include "core/model/localized_name.h"

#include <QHash>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace blindspot {

namespace {

// Until a feed with timetables says otherwise, a ride takes its length at about 40 km/h: the
// average speed, stops included, that large metros such as Moscow's report.
constexpr double kRideSpeedMps = 40.0 / 3.6;
// Transfers between same-named stations: walked at the usual 1.3 m/s, and never under a minute
// (stairs, corridors and crowds make even adjacent platforms take that long).
constexpr double kWalkSpeedMps = 1.3;
constexpr double kMinTransferSeconds = 60.0;
// Same-named stations of different lines closer than this form one transfer complex.
constexpr double kComplexRadiusMetres = 300.0;

constexpr char kBom[] = "\xEF\xBB\xBF";

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

} // namespace

// ---- CsvTokenizer -------------------------------------------------------------------------

CsvTokenizer::CsvTokenizer(QByteArrayView bytes, char delimiter)
    : m_data(bytes.data()), m_size(bytes.size()),
      m_delimiter(delimiter != 0 ? delimiter : detectDelimiter(bytes))
{
    if (m_size >= 3 && std::memcmp(m_data, kBom, 3) == 0)
        m_pos = 3;
    m_endsField[static_cast<unsigned char>(m_delimiter)] = true;
    m_endsField['\n'] = true;
    m_endsField['\r'] = true;
}

char CsvTokenizer::detectDelimiter(QByteArrayView bytes)
{
    std::int64_t i = bytes.size() >= 3 && std::memcmp(bytes.data(), kBom, 3) == 0 ? 3 : 0;
    // Only the first line decides; a header longer than this is not a header.
    const std::int64_t end = std::min<std::int64_t>(bytes.size(), i + 65536);
    constexpr char kCandidates[] = {',', ';', '\t', '|'};
    std::int64_t counts[4] = {};
    bool quoted = false;
    for (; i < end; ++i) {
        const char c = bytes[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && isLineEnd(c))
            break;
        else if (!quoted)
            for (int k = 0; k < 4; ++k)
                counts[k] += c == kCandidates[k];
    }
    int best = 0;
    for (int k = 1; k < 4; ++k)
        if (counts[k] > counts[best])
            best = k;
    return kCandidates[best];
}

bool CsvTokenizer::fail(std::int64_t offset, ParseReason reason)
{
    m_errorOffset = offset;
    m_errorReason = reason;
    return false;
}

bool CsvTokenizer::quotedField()
{
    const std::int64_t open = m_pos;
    std::int64_t p = m_pos + 1;
    std::int64_t segmentStart = p;
    bool escaped = false;
    const auto scratchBegin = static_cast<std::int64_t>(m_scratch.size());
    for (;;) {
        const void *quote = std::memchr(m_data + p, '"', static_cast<std::size_t>(m_size - p));
        if (!quote)
            return fail(open, ParseReason::UnterminatedQuote);
        const std::int64_t q = static_cast<const char *>(quote) - m_data;
        m_line += static_cast<int>(std::count(m_data + p, m_data + q, '\n'));
        if (q + 1 < m_size && m_data[q + 1] == '"') {
            escaped = true;
            m_scratch.append(m_data + segmentStart, static_cast<std::size_t>(q + 1 - segmentStart));
            p = q + 2;
            segmentStart = p;
            continue;
        }
        if (escaped) {
            m_scratch.append(m_data + segmentStart, static_cast<std::size_t>(q - segmentStart));
            m_escaped.push_back({m_fields.size(), static_cast<std::size_t>(scratchBegin),
                                 m_scratch.size() - static_cast<std::size_t>(scratchBegin)});
            m_fields.push_back({{}, open});
        } else {
            m_fields.push_back(
                {std::string_view(m_data + open + 1, static_cast<std::size_t>(q - open - 1)),
                 open});
        }
        m_pos = q + 1;
        if (m_pos < m_size && m_data[m_pos] != m_delimiter && !isLineEnd(m_data[m_pos]))
            return fail(m_pos, ParseReason::ExpectedDelimiterAfterQuote);
        return true;
    }
}

bool CsvTokenizer::next()
{
    m_fields.clear();
    m_escaped.clear();
    m_scratch.clear();
    if (hasError())
        return false;
    while (m_pos < m_size && isLineEnd(m_data[m_pos])) {
        // CRLF counts once (at its LF), a lone CR (old Mac files) as a line of its own.
        if (m_data[m_pos] == '\n' || m_pos + 1 >= m_size || m_data[m_pos + 1] != '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= m_size)
        return false;
    m_recordStart = m_pos;
    m_recordLine = m_line;
    const char delimiter = m_delimiter;
    const bool *endsField = m_endsField.data();
    for (;;) {
        if (m_pos < m_size && m_data[m_pos] == '"') {
            if (!quotedField())
                return false;
        } else {
            const std::int64_t start = m_pos;
            const char *p = m_data + m_pos;
            const char *end = m_data + m_size;
            while (p < end && !endsField[static_cast<unsigned char>(*p)])
                ++p;
            m_pos = p - m_data;
            m_fields.push_back(
                {std::string_view(m_data + start, static_cast<std::size_t>(m_pos - start)), start});
        }
        if (m_pos >= m_size)
            break;
        const char c = m_data[m_pos++];
        if (c == delimiter)
            continue;
        if (c == '\r' && m_pos < m_size && m_data[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        break;
    }
    for (const Escaped &e : m_escaped)
        m_fields[e.field].text = std::string_view(m_scratch.data() + e.begin, e.length);
    return true;
}

// ---- reading ------------------------------------------------------------------------------

namespace {

struct StationRecord {
    QString name;
    LatLon position;
    QString line;
    double order = 0.0;
    std::optional<std::uint32_t> colourRgb;
    QString ref;
};

QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::string_view trimmedView(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// Whether a camera list or a station list reads the field; the others (the exporters'
// informative columns, a station list's columns in a camera list) are not looked at.
bool readsFrom(RecordField f, bool stationList)
{
    using F = RecordField;
    if (stationList)
        return f == F::Name || f == F::Lat || f == F::Lon || f == F::Line || f == F::Order ||
               f == F::Colour || f == F::Ref;
    return f != F::Station && f != F::Sources && f != F::Line && f != F::Order && f != F::Colour &&
           f != F::Survey && f != F::Completeness;
}

bool isTextField(RecordField f)
{
    return f == RecordField::Notes || f == RecordField::Name || f == RecordField::Ref ||
           f == RecordField::Station || f == RecordField::Sources;
}

// The camera exporter puts an apostrophe before text a spreadsheet would run as a formula
// ("=...", "+...", "-...", "@..."); one such apostrophe is taken off again here.
std::string_view withoutFormulaGuard(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size() && text[i] == '\'')
        ++i;
    if (i < text.size() && std::string_view("=+-@\t\r").find(text[i]) != std::string_view::npos)
        text.remove_prefix(1);
    return text;
}

std::optional<FieldError> stationFromRecord(const RecordValues &v, DecimalMark mark,
                                            StationRecord &s)
{
    using F = RecordField;
    auto expected = [](F field, ParseReason reason) {
        const std::string_view n = recordFieldName(field);
        return FieldError{field, reason,
                          {QLatin1String(n.data(), static_cast<qsizetype>(n.size()))}};
    };
    s.name = qstr(trimmedView(v.value(F::Name)));
    if (s.name.isEmpty())
        return expected(F::Name, ParseReason::ExpectedStationName);
    const auto lat = parseDecimal(v.value(F::Lat), mark);
    if (!lat || *lat < -90.0 || *lat > 90.0)
        return expected(F::Lat, ParseReason::ExpectedLatitude);
    const auto lon = parseDecimal(v.value(F::Lon), mark);
    if (!lon || *lon < -180.0 || *lon > 180.0)
        return expected(F::Lon, ParseReason::ExpectedLongitude);
    s.position = {*lat, *lon};
    s.line = qstr(trimmedView(v.value(F::Line)));
    if (s.line.isEmpty())
        return expected(F::Line, ParseReason::ExpectedLineName);
    if (v.has(F::Order)) {
        const auto order = parseDecimal(v.value(F::Order), mark);
        if (!order)
            return expected(F::Order, ParseReason::ExpectedNumber);
        s.order = *order;
    }
    if (v.has(F::Colour) && !trimmedView(v.value(F::Colour)).empty()) {
        s.colourRgb = parseColour(v.value(F::Colour));
        if (!s.colourRgb)
            return expected(F::Colour, ParseReason::ExpectedColour);
    }
    if (v.has(F::Ref))
        s.ref = qstr(trimmedView(v.value(F::Ref)));
    return std::nullopt;
}

void addStationNetwork(std::vector<StationRecord> &records, Network &network)
{
    struct Group {
        QString name;
        std::vector<std::size_t> rows;
        std::optional<std::uint32_t> colour;
    };
    std::vector<Group> groups;
    QHash<QString, std::size_t> groupOf;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const QString key = foldedForSearch(records[i].line);
        auto it = groupOf.find(key);
        if (it == groupOf.end()) {
            it = groupOf.insert(key, groups.size());
            groups.push_back({records[i].line, {}, {}});
        }
        Group &g = groups[*it];
        g.rows.push_back(i);
        if (!g.colour && records[i].colourRgb)
            g.colour = records[i].colourRgb;
    }
    for (Group &g : groups) {
        std::stable_sort(g.rows.begin(), g.rows.end(), [&](std::size_t a, std::size_t b) {
            return records[a].order < records[b].order;
        });
        Line line;
        line.id = LineId{static_cast<std::uint32_t>(network.lines.size())};
        line.name.native = g.name;
        // Short labels ("1", "М5") are what signs show; longer ones are names only.
        if (g.name.size() <= 3)
            line.ref = g.name;
        line.colourRgb = g.colour.value_or(0);
        for (std::size_t row : g.rows) {
            StationRecord &r = records[row];
            Station s;
            s.id = StationId{static_cast<std::uint32_t>(network.stations.size())};
            s.name.native = std::move(r.name);
            s.position = r.position;
            s.line = line.id;
            s.sourceRef = std::move(r.ref);
            if (!line.stations.empty()) {
                const Station &previous = network.station(line.stations.back());
                const double length = haversineMetres(previous.position, s.position);
                network.links.push_back({LinkKind::Ride, previous.id, s.id, kNoId<EntranceId>,
                                         length / kRideSpeedMps, length});
            }
            line.stations.push_back(s.id);
            network.stations.push_back(std::move(s));
        }
        network.lines.push_back(std::move(line));
    }

    // Same-named stations of different lines close together are one transfer complex.
    std::vector<std::size_t> parent(network.stations.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto root = [&](std::size_t i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    QHash<QString, std::vector<std::size_t>> byName;
    for (const Station &s : network.stations)
        byName[foldedForSearch(s.name.native)].push_back(indexOf(s.id));
    for (const std::vector<std::size_t> &same : std::as_const(byName))
        for (std::size_t a = 0; a < same.size(); ++a)
            for (std::size_t b = a + 1; b < same.size(); ++b) {
                const Station &sa = network.stations[same[a]];
                const Station &sb = network.stations[same[b]];
                if (sa.line != sb.line &&
                    haversineMetres(sa.position, sb.position) <= kComplexRadiusMetres)
                    parent[root(same[a])] = root(same[b]);
            }
    std::vector<std::size_t> setSize(network.stations.size(), 0);
    for (std::size_t i = 0; i < network.stations.size(); ++i)
        ++setSize[root(i)];
    std::vector<std::uint32_t> complexOfRoot(network.stations.size(), indexOf(kNoId<ComplexId>));
    for (std::size_t i = 0; i < network.stations.size(); ++i) {
        const std::size_t r = root(i);
        if (setSize[r] < 2)
            continue;
        if (complexOfRoot[r] == indexOf(kNoId<ComplexId>)) {
            complexOfRoot[r] = static_cast<std::uint32_t>(network.complexes.size());
            StationComplex c;
            c.id = ComplexId{complexOfRoot[r]};
            c.name = network.stations[i].name;
            network.complexes.push_back(std::move(c));
        }
        StationComplex &c = network.complexes[complexOfRoot[r]];
        Station &s = network.stations[i];
        for (StationId other : c.stations) {
            const double length = haversineMetres(network.station(other).position, s.position);
            network.links.push_back({LinkKind::Transfer, other, s.id, kNoId<EntranceId>,
                                     std::max(kMinTransferSeconds, length / kWalkSpeedMps),
                                     length});
        }
        c.stations.push_back(s.id);
        s.complex = c.id;
    }
}

} // namespace

Result<Dataset> readCsvBytes(QByteArrayView bytes, const QString &name,
                             const ImportOptions &options)
{
    using F = RecordField;
    if (bytes.isEmpty())
        return fileError(name, ParseErrorCode::Empty);
    if (bytes.size() > options.limits.maxFileBytes)
        return tooLarge(name, options.limits.maxFileBytes);
    if (const std::int64_t bad = firstInvalidUtf8(bytes); bad >= 0)
        return textError(name, bytes, bad, ParseErrorCode::Malformed, ParseReason::ExpectedUtf8);
    char delimiter = 0;
    if (!options.csvDelimiter.isNull()) {
        const char16_t d = options.csvDelimiter.unicode();
        if (d >= 0x80 || d == '"' || d == '\n' || d == '\r')
            return fileError(name, ParseErrorCode::Malformed, ParseReason::BadDelimiter);
        delimiter = static_cast<char>(d);
    }
    auto mapper = FieldMapper::create(options.mapping, name);
    if (isError(mapper))
        return std::get<ParseError>(std::move(mapper));
    FieldMapper &fields = std::get<FieldMapper>(mapper);

    CsvTokenizer csv(bytes, delimiter);
    auto tokenizerError = [&]() {
        return textError(name, bytes, csv.errorOffset(), ParseErrorCode::Malformed,
                         csv.errorReason());
    };
    if (!csv.next()) {
        if (csv.hasError())
            return tokenizerError();
        ParseError e;
        e.file = name;
        e.code = ParseErrorCode::Empty;
        return e;
    }

    // The header decides, once, which column holds which field.
    std::array<int, kRecordFieldCount> columnOf;
    columnOf.fill(-1);
    std::array<int, kRecordFieldCount> rankOf;
    rankOf.fill(1 << 20);
    const auto header = csv.fields();
    const std::size_t columnCount = header.size();
    for (std::size_t c = 0; c < columnCount; ++c) {
        const auto match = fields.fieldFor(trimmedView(header[c].text));
        if (!match)
            continue;
        const auto f = static_cast<std::size_t>(match->field);
        if (match->rank < rankOf[f]) {
            rankOf[f] = match->rank;
            columnOf[f] = static_cast<int>(c);
        }
    }
    const std::int64_t headerOffset = csv.recordOffset();
    auto headerError = [&](ParseReason reason, QStringList args = {}) {
        return textError(name, bytes, headerOffset, ParseErrorCode::Malformed, reason,
                         std::move(args));
    };
    for (int f = 0; f < kRecordFieldCount; ++f) {
        const std::string &mapped = fields.mappedColumn(static_cast<F>(f));
        if (!mapped.empty() && columnOf[static_cast<std::size_t>(f)] < 0)
            return headerError(ParseReason::MappedColumnMissing,
                               {qstr(mapped), qstr(recordFieldName(static_cast<F>(f)))});
    }
    auto has = [&](F f) { return columnOf[static_cast<std::size_t>(f)] >= 0; };
    const bool stationList = (has(F::Line) && has(F::Order)) ||
                             !fields.mappedColumn(F::Line).empty() ||
                             !fields.mappedColumn(F::Order).empty();
    if (!has(F::Lat) || !has(F::Lon))
        return headerError(ParseReason::ExpectedLatLonColumns);
    if (stationList && (!has(F::Name) || !has(F::Line)))
        return headerError(ParseReason::ExpectedStationColumns);

    const DecimalMark mark =
        csv.delimiter() == ',' ? DecimalMark::Point : DecimalMark::PointOrComma;
    Dataset dataset;
    dataset.header = importHeader(name);
    dataset.sources.push_back(importSource(name, bytes));
    // Rows are about 60 bytes or more; reserving avoids regrowing a large camera vector.
    if (!stationList)
        dataset.cameras.reserve(static_cast<std::size_t>(bytes.size() / 64));
    std::vector<StationRecord> stations;
    std::vector<std::pair<int, int>> used; // (field, column) pairs to read per row
    for (int f = 0; f < kRecordFieldCount; ++f)
        if (columnOf[static_cast<std::size_t>(f)] >= 0 && readsFrom(static_cast<F>(f), stationList))
            used.push_back({f, columnOf[static_cast<std::size_t>(f)]});

    ProgressTicker progress(options.progress, bytes.size());
    RecordValues values;
    std::int64_t rows = 0;
    while (csv.next()) {
        const auto row = csv.fields();
        if (row.size() != columnCount)
            return textError(name, bytes, csv.recordOffset(), ParseErrorCode::Malformed,
                             ParseReason::FieldCount, parseArgs(columnCount, row.size()));
        if (++rows > options.limits.maxElements) {
            ParseError e = textError(name, bytes, csv.recordOffset(), ParseErrorCode::TooLarge,
                                     ParseReason::RowsLimit,
                                     parseArgs(options.limits.maxElements));
            return e;
        }
        if (!progress.tick(csv.offset())) {
            ParseError e;
            e.file = name;
            e.code = ParseErrorCode::Cancelled;
            return e;
        }
        values.clear();
        for (const auto &[f, c] : used) {
            const CsvField &cell = row[static_cast<std::size_t>(c)];
            std::string_view text = cell.text;
            if (text.size() > 1 && text.front() == '\'' && isTextField(static_cast<F>(f)))
                text = withoutFormulaGuard(text);
            values.set({static_cast<F>(f), 0}, text, cell.offset);
        }
        std::optional<FieldError> error;
        if (stationList) {
            StationRecord s;
            s.order = static_cast<double>(rows);
            error = stationFromRecord(values, mark, s);
            if (!error)
                stations.push_back(std::move(s));
        } else {
            error = camerasFromRecord(values, std::nullopt, mark, dataset.cameras);
        }
        if (error)
            return textError(name, bytes, values.where(error->field), ParseErrorCode::Malformed,
                             error->reason, error->args);
    }
    if (csv.hasError())
        return tokenizerError();
    if (stationList)
        addStationNetwork(stations, dataset.network);
    progress.finish();
    return dataset;
}

Result<Dataset> readCsv(const QString &path, const ImportOptions &options)
{
    Result<QByteArray> bytes = readWholeFile(path, options.limits);
    if (isError(bytes))
        return std::get<ParseError>(std::move(bytes));
    return readCsvBytes(std::get<QByteArray>(bytes), path, options);
}

} // namespace blindspot
