#include "core/io/gpx_reader.h"

#include "core/io/field_mapper.h"
#include "core/io/progress.h"
#include "core/io/read_file.h"

#include <QXmlStreamReader>

namespace blindspot {

namespace {

std::string utf8(QStringView s)
{
    const QByteArray b = s.toUtf8();
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

class GpxReader {
public:
    GpxReader(QByteArrayView bytes, const QString &name, FieldMapper &mapper,
              const ImportOptions &options, Dataset &dataset)
        : m_xml(QByteArray::fromRawData(bytes.data(), bytes.size())), m_name(name),
          m_mapper(mapper), m_options(options), m_dataset(dataset),
          m_progress(options.progress, bytes.size())
    {
    }

    std::optional<ParseError> read();

private:
    std::optional<ParseError> waypoint();
    // Adds every simple element below the current one (GPX <extensions>) as a property.
    void extensions(std::vector<LocatedProperty> &properties);
    ParseError error(int line, int column, ParseErrorCode code, ParseReason reason,
                     QStringList args = {}) const
    {
        return errorAtLine(m_name, line, column, code, reason, std::move(args));
    }
    int line() const { return static_cast<int>(m_xml.lineNumber()); }
    int column() const { return static_cast<int>(m_xml.columnNumber()) + 1; }

    QXmlStreamReader m_xml;
    const QString &m_name;
    FieldMapper &m_mapper;
    const ImportOptions &m_options;
    Dataset &m_dataset;
    ProgressTicker m_progress;
    std::int64_t m_waypoints = 0;
    std::int64_t m_paths = 0; ///< Tracks and routes skipped.
};

std::optional<ParseError> GpxReader::read()
{
    bool sawRoot = false;
    while (!m_xml.atEnd()) {
        if (m_xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (!sawRoot) {
            sawRoot = true;
            if (m_xml.name() != QLatin1String("gpx"))
                return error(line(), column(), ParseErrorCode::Malformed,
                             ParseReason::ExpectedGpx);
            continue;
        }
        if (m_xml.name() != QLatin1String("wpt")) {
            // Tracks and routes hold where someone walked, not cameras.
            if (m_xml.name() == QLatin1String("trk") || m_xml.name() == QLatin1String("rte")) {
                ++m_paths;
                m_xml.skipCurrentElement();
            }
            continue;
        }
        if (++m_waypoints > m_options.limits.maxElements)
            return error(line(), column(), ParseErrorCode::TooLarge,
                         ParseReason::WaypointsLimit,
                         parseArgs(m_options.limits.maxElements));
        if (!m_progress.tick(m_xml.characterOffset())) {
            ParseError e;
            e.file = m_name;
            e.code = ParseErrorCode::Cancelled;
            return e;
        }
        if (auto failure = waypoint())
            return failure;
    }
    if (m_xml.hasError())
        return error(line(), column(), ParseErrorCode::Malformed, ParseReason::Message,
                     {m_xml.errorString()});
    if (!sawRoot)
        return error(line(), column(), ParseErrorCode::Malformed, ParseReason::ExpectedGpx);
    // A file of tracks alone is where someone walked, not cameras: say so rather than import
    // nothing without a word.
    if (m_waypoints == 0 && m_paths > 0)
        return error(line(), column(), ParseErrorCode::Unsupported,
                     ParseReason::TracksNotWaypoints, parseArgs(m_paths));
    return std::nullopt;
}

void GpxReader::extensions(std::vector<LocatedProperty> &properties)
{
    while (m_xml.readNextStartElement()) {
        const int l = line(), c = column();
        const QString key = m_xml.name().toString();
        QString text;
        bool simple = true;
        // A simple element holds text only; a container's children are properties too.
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::Characters) {
                text += m_xml.text();
            } else if (token == QXmlStreamReader::StartElement) {
                simple = false;
                // Re-enter for the child: treat it as the first of a nested list.
                const int cl = line(), cc = column();
                const QString childKey = m_xml.name().toString();
                const QString childText =
                    m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                properties.push_back({utf8(childKey), utf8(childText.trimmed()), cl, cc});
            } else if (token == QXmlStreamReader::EndElement) {
                break;
            }
        }
        if (simple)
            properties.push_back({utf8(key), utf8(text.trimmed()), l, c});
    }
}

std::optional<ParseError> GpxReader::waypoint()
{
    const int wptLine = line(), wptColumn = column();
    const auto attributes = m_xml.attributes();
    const QByteArray latText = attributes.value(QLatin1String("lat")).toUtf8();
    const QByteArray lonText = attributes.value(QLatin1String("lon")).toUtf8();
    const auto lat =
        parseDecimal(std::string_view(latText.constData(), std::size_t(latText.size())));
    const auto lon =
        parseDecimal(std::string_view(lonText.constData(), std::size_t(lonText.size())));
    if (!lat || !lon || !LatLon{*lat, *lon}.isValid())
        return error(wptLine, wptColumn, ParseErrorCode::Malformed,
                     ParseReason::ExpectedWaypointLatLon);
    std::vector<LocatedProperty> properties;
    while (m_xml.readNextStartElement()) {
        const int l = line(), c = column();
        const QString name = m_xml.name().toString();
        if (name == QLatin1String("extensions")) {
            extensions(properties);
            continue;
        }
        // ele, sym, link and the like are read and dropped by the mapper: no field uses them.
        const QString text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
        properties.push_back({utf8(name), utf8(text.trimmed()), l, c});
    }
    if (m_xml.hasError())
        return error(line(), column(), ParseErrorCode::Malformed, ParseReason::Message,
                     {m_xml.errorString()});
    if (auto failure =
            camerasFromProperties(m_mapper, properties, LatLon{*lat, *lon}, m_dataset.cameras)) {
        const LocatedProperty *at =
            failure->property >= 0 ? &properties[std::size_t(failure->property)] : nullptr;
        return error(at ? at->line : wptLine, at ? at->column : wptColumn,
                     ParseErrorCode::Malformed, failure->error.reason, failure->error.args);
    }
    return std::nullopt;
}

} // namespace

Result<Dataset> readGpxBytes(QByteArrayView bytes, const QString &name,
                             const ImportOptions &options)
{
    ParseError e;
    e.file = name;
    if (bytes.isEmpty()) {
        e.code = ParseErrorCode::Empty;
        return e;
    }
    if (bytes.size() > options.limits.maxFileBytes)
        return tooLarge(name, options.limits.maxFileBytes);
    auto mapper = FieldMapper::create(options.mapping, name);
    if (isError(mapper))
        return std::get<ParseError>(std::move(mapper));
    Dataset dataset;
    dataset.header = importHeader(name);
    dataset.sources.push_back(importSource(name, bytes));
    GpxReader reader(bytes, name, std::get<FieldMapper>(mapper), options, dataset);
    if (auto failure = reader.read())
        return *failure;
    if (options.progress)
        options.progress->report(bytes.size(), bytes.size());
    return dataset;
}

Result<Dataset> readGpx(const QString &path, const ImportOptions &options)
{
    Result<QByteArray> bytes = readWholeFile(path, options.limits);
    if (isError(bytes))
        return std::get<ParseError>(std::move(bytes));
    return readGpxBytes(std::get<QByteArray>(bytes), path, options);
}

} // namespace blindspot
