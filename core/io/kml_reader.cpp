#include "core/io/kml_reader.h"

#include "core/io/field_mapper.h"
#include "core/io/progress.h"
#include "core/io/read_file.h"
#include "core/io/xml_token_limit.h"
#include "core/io/zip_archive.h"

#include <QFileInfo>
#include <QXmlStreamReader>

#include <charconv>

namespace blindspot {

namespace {

std::string utf8(QStringView s)
{
    const QByteArray b = s.toUtf8();
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

// "lon,lat[,alt]" tuples separated by white space, as KML writes coordinates.
bool parseCoordinates(QStringView text, std::vector<LatLon> &out)
{
    const QByteArray bytes = text.toLatin1();
    const char *p = bytes.constData();
    const char *end = p + bytes.size();
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    for (;;) {
        while (p < end && space(*p))
            ++p;
        if (p >= end)
            return true;
        double values[3] = {};
        int count = 0;
        for (;;) {
            if (count == 3)
                return false;
            const auto [next, ec] =
                std::from_chars(p, end, values[count], std::chars_format::general);
            if (ec != std::errc())
                return false;
            ++count;
            p = next;
            if (p < end && *p == ',') {
                ++p;
                continue;
            }
            break;
        }
        if (count < 2 || (p < end && !space(*p)))
            return false;
        const LatLon position{values[1], values[0]};
        if (!position.isValid())
            return false;
        out.push_back(position);
    }
}

// The text of the current element and of the elements inside it, as readElementText() with
// IncludeChildElements gives it, but stopping once it has more than maxBytes: text split by
// comments or child elements would otherwise grow without a bound, however short each token
// is. Null when too long (the reader then stands inside the element).
std::optional<QString> elementTextUpToCap(QXmlStreamReader &xml,
                                          std::size_t maxBytes = kMaxTextFieldBytes)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            // A UTF-16 unit is at least one UTF-8 byte, so this bounds the bytes kept too.
            if (std::size_t(text.size() + xml.text().size()) > maxBytes)
                return std::nullopt;
            text += xml.text();
            break;
        default:
            break;
        }
    }
    return text;
}

// All the text of one placemark: a hundred notes of the largest size (see kMaxTextFieldBytes).
constexpr std::size_t kMaxPlacemarkTextBytes = std::size_t(1) << 20;

class KmlReader {
public:
    KmlReader(QByteArrayView bytes, const QString &name, FieldMapper &mapper,
              const ImportOptions &options, Dataset &dataset)
        : m_xml(QByteArray::fromRawData(bytes.data(), bytes.size())), m_name(name),
          m_mapper(mapper), m_options(options), m_dataset(dataset),
          m_progress(options.progress, bytes.size())
    {
    }

    std::optional<ParseError> read();

private:
    std::optional<ParseError> placemark();
    ParseError error(int line, int column, ParseErrorCode code, ParseReason reason,
                     QStringList args = {}) const
    {
        return errorAtLine(m_name, line, column, code, reason, std::move(args));
    }
    ParseError here(ParseReason reason) const
    {
        return malformedAt(m_name, static_cast<int>(m_xml.lineNumber()),
                           static_cast<int>(m_xml.columnNumber()) + 1, reason);
    }
    // Qt's XML reader words its own errors.
    ParseError xmlError() const
    {
        return malformedAt(m_name, static_cast<int>(m_xml.lineNumber()),
                           static_cast<int>(m_xml.columnNumber()) + 1, ParseReason::Message,
                           {m_xml.errorString()});
    }

    QXmlStreamReader m_xml;
    const QString &m_name;
    FieldMapper &m_mapper;
    const ImportOptions &m_options;
    Dataset &m_dataset;
    ProgressTicker m_progress;
    std::int64_t m_placemarks = 0;
};

std::optional<ParseError> KmlReader::read()
{
    bool sawRoot = false;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!sawRoot) {
            sawRoot = true;
            if (m_xml.name() != QLatin1String("kml"))
                return here(ParseReason::ExpectedKml);
            continue;
        }
        if (m_xml.name() == QLatin1String("Placemark")) {
            if (++m_placemarks > m_options.limits.maxElements)
                return error(static_cast<int>(m_xml.lineNumber()),
                             static_cast<int>(m_xml.columnNumber()) + 1, ParseErrorCode::TooLarge,
                             ParseReason::PlacemarksLimit, parseArgs(m_options.limits.maxElements));
            if (!m_progress.tick(m_xml.characterOffset())) {
                ParseError e;
                e.file = m_name;
                e.code = ParseErrorCode::Cancelled;
                return e;
            }
            if (auto failure = placemark())
                return failure;
        }
    }
    if (m_xml.hasError())
        return xmlError();
    if (!sawRoot)
        return here(ParseReason::ExpectedKml);
    return std::nullopt;
}

std::optional<ParseError> KmlReader::placemark()
{
    std::vector<LocatedProperty> properties;
    struct Located {
        LatLon position;
        int line;
        int column;
    };
    std::vector<Located> points;
    std::vector<LatLon> ring;
    int ringLine = 0, ringColumn = 0;
    // Where in the placemark we are: Point, outerBoundaryIs and friends decide what
    // <coordinates> mean.
    QStringList path;
    // Each property is capped, and so are all of them together: ten thousand <Data> elements
    // of 64 KB each would otherwise fill 640 MB for one camera.
    std::size_t propertyBytes = 0;
    auto add = [&](const QString &key, const QString &value, int line, int column) {
        properties.push_back({utf8(key), utf8(value), line, column});
        propertyBytes += properties.back().key.size() + properties.back().value.size();
        return propertyBytes <= kMaxPlacemarkTextBytes;
    };
    auto tooLong = [&](int line, int column) {
        return error(line, column, ParseErrorCode::TooLarge,
                     ParseReason::KmlTextLimit,
                     parseArgs(kMaxTextFieldBytes, kMaxPlacemarkTextBytes));
    };
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (path.isEmpty())
                break; // </Placemark>
            path.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const int line = static_cast<int>(m_xml.lineNumber());
        const int column = static_cast<int>(m_xml.columnNumber()) + 1;
        const QStringView name = m_xml.name();
        if (path.isEmpty() &&
            (name == QLatin1String("name") || name == QLatin1String("description"))) {
            const QString key = name.toString();
            const std::optional<QString> text = elementTextUpToCap(m_xml);
            if (!text)
                return tooLong(line, column);
            if (!add(key, text->trimmed(), line, column))
                return tooLong(line, column);
            continue;
        }
        if (name == QLatin1String("Data")) {
            const QString key = m_xml.attributes().value(QLatin1String("name")).toString();
            QString value;
            // <Data name="k"><displayName>..</displayName><value>v</value></Data>
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == QLatin1String("value")) {
                    const std::optional<QString> text = elementTextUpToCap(m_xml);
                    if (!text)
                        return tooLong(static_cast<int>(m_xml.lineNumber()),
                                       static_cast<int>(m_xml.columnNumber()) + 1);
                    value = *text;
                } else
                    m_xml.skipCurrentElement();
            }
            if (!add(key, value.trimmed(), line, column))
                return tooLong(line, column);
            continue;
        }
        if (name == QLatin1String("SimpleData")) {
            const QString key = m_xml.attributes().value(QLatin1String("name")).toString();
            const std::optional<QString> text = elementTextUpToCap(m_xml);
            if (!text)
                return tooLong(line, column);
            if (!add(key, text->trimmed(), line, column))
                return tooLong(line, column);
            continue;
        }
        if (name == QLatin1String("when")) {
            const std::optional<QString> text = elementTextUpToCap(m_xml);
            if (!text)
                return tooLong(line, column);
            if (!add(QStringLiteral("when"), text->trimmed(), line, column))
                return tooLong(line, column);
            continue;
        }
        if (name == QLatin1String("coordinates")) {
            // A survey area's ring: as long as one token may be (about 25,000 positions).
            const std::optional<QString> coordinates =
                elementTextUpToCap(m_xml, std::size_t(kMaxXmlTokenBytes));
            if (!coordinates)
                return error(line, column, ParseErrorCode::TooLarge,
                             ParseReason::CoordinatesLimit, parseArgs(kMaxXmlTokenBytes));
            const QString &text = *coordinates;
            const bool inPoint = path.contains(QLatin1String("Point"));
            const bool outer = path.contains(QLatin1String("outerBoundaryIs")) &&
                               path.contains(QLatin1String("Polygon"));
            if (!inPoint && !outer)
                continue;
            std::vector<LatLon> parsed;
            if (!parseCoordinates(text, parsed) || (inPoint && parsed.size() != 1))
                return error(line, column, ParseErrorCode::Malformed,
                             ParseReason::ExpectedKmlCoordinates);
            if (inPoint) {
                points.push_back({parsed.front(), line, column});
            } else if (ring.empty()) {
                ring = std::move(parsed);
                ringLine = line;
                ringColumn = column;
            }
            continue;
        }
        path.append(name.toString());
    }
    if (m_xml.hasError())
        return xmlError();

    const RecordValues values = recordFromProperties(m_mapper, properties);
    auto located = [&](const FieldError &failure, int line, int column) {
        if (values.has(failure.field)) {
            const LocatedProperty &at = properties[std::size_t(values.where(failure.field))];
            line = at.line;
            column = at.column;
        }
        return error(line, column, ParseErrorCode::Malformed, failure.reason, failure.args);
    };
    if (!ring.empty()) {
        SurveyArea area;
        bool survey = false;
        if (auto failure = surveyAreaFromRecord(values, area, &survey))
            return located(*failure, ringLine, ringColumn);
        if (survey) {
            if (ring.size() >= 2 && ring.front() == ring.back())
                ring.pop_back(); // KML closes rings; the model does not
            if (ring.size() < 3)
                return error(ringLine, ringColumn, ParseErrorCode::Malformed,
                             ParseReason::RingTooShort);
            area.id = SurveyAreaId{static_cast<std::uint32_t>(m_dataset.surveyAreas.size())};
            area.polygon = std::move(ring);
            area.source = SourceId{0};
            m_dataset.surveyAreas.push_back(std::move(area));
        }
    }
    for (const Located &p : points)
        if (auto failure =
                camerasFromRecord(values, p.position, DecimalMark::Point, m_dataset.cameras))
            return located(*failure, p.line, p.column);
    return std::nullopt;
}

Result<Dataset> readKmlDocument(QByteArrayView bytes, const QString &errorName,
                                const QString &sourceName, QByteArrayView fingerprinted,
                                const ImportOptions &options)
{
    ParseError e;
    e.file = errorName;
    if (bytes.isEmpty()) {
        e.code = ParseErrorCode::Empty;
        return e;
    }
    auto mapper = FieldMapper::create(options.mapping, errorName);
    if (isError(mapper))
        return std::get<ParseError>(std::move(mapper));
    // Long tokens are refused before Qt's XML reader holds one whole (see XmlTokenLimit).
    if (const auto longToken = XmlTokenLimit().feed(bytes)) {
        e.line = longToken->line;
        e.column = longToken->column;
        e.byteOffset = longToken->byteOffset;
        e.code = ParseErrorCode::TooLarge;
        e.reason = ParseReason::TokenOverBytes;
        e.args = parseArgs(kMaxXmlTokenBytes);
        return e;
    }
    Dataset dataset;
    dataset.header = importHeader(sourceName);
    dataset.sources.push_back(importSource(sourceName, fingerprinted));
    KmlReader reader(bytes, errorName, std::get<FieldMapper>(mapper), options, dataset);
    if (auto failure = reader.read())
        return *failure;
    if (options.progress)
        options.progress->report(bytes.size(), bytes.size());
    return dataset;
}

} // namespace

Result<Dataset> readKmlBytes(QByteArrayView bytes, const QString &name,
                             const ImportOptions &options)
{
    if (bytes.size() > options.limits.maxFileBytes)
        return tooLarge(name, options.limits.maxFileBytes);
    return readKmlDocument(bytes, name, name, bytes, options);
}

Result<Dataset> readKml(const QString &path, const ImportOptions &options)
{
    Result<QByteArray> read = readWholeFile(path, options.limits);
    if (isError(read))
        return std::get<ParseError>(std::move(read));
    const QByteArray &bytes = std::get<QByteArray>(read);
    if (!bytes.startsWith("PK\x03\x04"))
        return readKmlDocument(bytes, path, path, bytes, options);

    // KMZ: doc.kml by convention, else the first .kml entry.
    Result<ZipArchive> archive = ZipArchive::open(path, options.limits);
    if (isError(archive))
        return std::get<ParseError>(std::move(archive));
    const ZipArchive &zip = std::get<ZipArchive>(archive);
    QString entry;
    if (zip.contains(QStringLiteral("doc.kml"))) {
        entry = QStringLiteral("doc.kml");
    } else {
        for (const QString &name : zip.entryNames())
            if (name.endsWith(QLatin1String(".kml"), Qt::CaseInsensitive)) {
                entry = name;
                break;
            }
    }
    if (entry.isEmpty())
        return fileError(path, ParseErrorCode::Malformed, ParseReason::ExpectedKmlInKmz);
    Result<QByteArray> document = zip.read(entry);
    if (isError(document))
        return std::get<ParseError>(std::move(document));
    return readKmlDocument(std::get<QByteArray>(document), path + QLatin1Char('/') + entry, path,
                           bytes, options);
}

} // namespace blindspot
