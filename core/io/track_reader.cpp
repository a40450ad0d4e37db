#include "core/io/track_reader.h"

#include "core/io/field_mapper.h"
#include "core/io/read_file.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace blindspot {

namespace {


Result<Track> readGpxTrack(QByteArrayView bytes, const QString &name, const ImportOptions &options)
{
    QXmlStreamReader xml(QByteArray::fromRawData(bytes.data(), bytes.size()));
    Track track, route;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const int line = int(xml.lineNumber()), column = int(xml.columnNumber()) + 1;
        if (!sawRoot) {
            sawRoot = true;
            if (xml.name() != QLatin1String("gpx"))
                return malformedAt(name, line, column, ParseReason::ExpectedGpx);
            continue;
        }
        const bool trackPoint = xml.name() == QLatin1String("trkpt");
        if (!trackPoint && xml.name() != QLatin1String("rtept"))
            continue;
        Track &into = trackPoint ? track : route;
        if (std::int64_t(into.points.size()) >= options.limits.maxElements)
            return errorAtLine(name, line, column, ParseErrorCode::TooLarge,
                               ParseReason::PointsLimit, parseArgs(options.limits.maxElements));
        bool latOk = false, lonOk = false;
        const LatLon p{xml.attributes().value(QLatin1String("lat")).toDouble(&latOk),
                       xml.attributes().value(QLatin1String("lon")).toDouble(&lonOk)};
        if (!latOk || !lonOk || !p.isValid())
            return malformedAt(name, line, column, ParseReason::PointNeedsLatLon);
        into.points.push_back(p);
    }
    if (xml.hasError())
        return malformedAt(name, int(xml.lineNumber()), int(xml.columnNumber()) + 1,
                           ParseReason::Message, {xml.errorString()});
    if (!sawRoot)
        return malformedAt(name, 1, 1, ParseReason::ExpectedGpx);
    return track.points.empty() ? route : track;
}

/// Appends a GeoJSON position array's points; false if one is not [lon, lat] in range.
bool appendLine(const QJsonArray &positions, Track &track)
{
    for (const QJsonValue &v : positions) {
        const QJsonArray position = v.toArray();
        if (position.size() < 2 || !position[0].isDouble() || !position[1].isDouble())
            return false;
        const LatLon p{position[1].toDouble(), position[0].toDouble()};
        if (!p.isValid())
            return false;
        track.points.push_back(p);
    }
    return true;
}

Result<Track> readGeoJsonTrack(QByteArrayView bytes, const QString &name,
                               const ImportOptions &options)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return textError(name, bytes, parseError.offset, ParseErrorCode::Malformed,
                         ParseReason::Message, {parseError.errorString()});
    Track track;
    std::vector<QJsonObject> geometries;
    const QJsonObject root = doc.object();
    const QString type = root.value(QLatin1String("type")).toString();
    if (type == QLatin1String("FeatureCollection")) {
        for (const QJsonValue &f : root.value(QLatin1String("features")).toArray())
            geometries.push_back(f.toObject().value(QLatin1String("geometry")).toObject());
    } else if (type == QLatin1String("Feature")) {
        geometries.push_back(root.value(QLatin1String("geometry")).toObject());
    } else {
        geometries.push_back(root);
    }
    for (std::size_t i = 0; i < geometries.size(); ++i) {
        const QJsonObject &g = geometries[i];
        const QString kind = g.value(QLatin1String("type")).toString();
        const QJsonArray coordinates = g.value(QLatin1String("coordinates")).toArray();
        bool ok = true;
        if (kind == QLatin1String("LineString")) {
            ok = appendLine(coordinates, track);
        } else if (kind == QLatin1String("MultiLineString")) {
            for (const QJsonValue &line : coordinates)
                ok = ok && appendLine(line.toArray(), track);
        } else {
            continue; // points and polygons are not a path
        }
        if (!ok) {
            ParseError e = fileError(name, ParseErrorCode::Malformed,
                                     ParseReason::CoordinatesLonLat);
            e.element = QStringLiteral("geometry %1").arg(i + 1);
            return e;
        }
        if (std::int64_t(track.points.size()) > options.limits.maxElements) {
            return fileError(name, ParseErrorCode::TooLarge, ParseReason::PointsLimit,
                             parseArgs(options.limits.maxElements));
        }
    }
    return track;
}

} // namespace

namespace {

Result<Track> readTrackBytesMayThrow(QByteArrayView bytes, const QString &name,
                                     const ImportOptions &options)
{
    std::size_t start = 0;
    while (start < std::size_t(bytes.size()) &&
           (bytes[qsizetype(start)] == ' ' || bytes[qsizetype(start)] == '\n' ||
            bytes[qsizetype(start)] == '\r' || bytes[qsizetype(start)] == '\t' ||
            static_cast<unsigned char>(bytes[qsizetype(start)]) == 0xEF ||
            static_cast<unsigned char>(bytes[qsizetype(start)]) == 0xBB ||
            static_cast<unsigned char>(bytes[qsizetype(start)]) == 0xBF))
        ++start;
    Result<Track> read = start < std::size_t(bytes.size()) && bytes[qsizetype(start)] == '{'
                             ? readGeoJsonTrack(bytes, name, options)
                             : readGpxTrack(bytes, name, options);
    if (isError(read))
        return read;
    if (std::get<Track>(read).points.size() < 2) {
        return fileError(name, ParseErrorCode::Malformed, ParseReason::TrackTooShort);
    }
    return read;
}

} // namespace

Result<Track> readTrackBytes(QByteArrayView bytes, const QString &name,
                             const ImportOptions &options)
{
    return withoutBadAlloc(name, [&] { return readTrackBytesMayThrow(bytes, name, options); });
}

Result<Track> readTrack(const QString &path, const ImportOptions &options)
{
    return withoutBadAlloc(path, [&]() -> Result<Track> {
        const Result<QByteArray> bytes = readWholeFile(path, options.limits);
        if (isError(bytes))
            return std::get<ParseError>(bytes);
        return readTrackBytesMayThrow(std::get<QByteArray>(bytes), path, options);
    });
}

} // namespace blindspot
