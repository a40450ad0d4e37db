#include "core/io/file_format.h"

#include "core/io/pack_io.h"
#include "core/io/zip_archive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>

#include <array>
#include <cstring>

namespace blindspot {

namespace {

struct NamedFormat {
    FileFormat format;
    const char *name;
};

constexpr std::array<NamedFormat, 8> kNames = {{
    {FileFormat::Osm, "osm"},
    {FileFormat::Pbf, "pbf"},
    {FileFormat::Gtfs, "gtfs"},
    {FileFormat::GeoJson, "geojson"},
    {FileFormat::Csv, "csv"},
    {FileFormat::Kml, "kml"},
    {FileFormat::Gpx, "gpx"},
    {FileFormat::Bspack, "bspack"},
}};

// Enough of the start of a file to recognise every signature and an XML root element behind a
// long comment or doctype.
constexpr qint64 kHeadBytes = 4096;

bool startsWith(const QByteArray &head, const char *magic, qsizetype length)
{
    return head.size() >= length && std::memcmp(head.constData(), magic, std::size_t(length)) == 0;
}

// An OSM PBF file starts with a 4-byte big-endian BlobHeader length, then the BlobHeader
// message whose field 1 (type, a string) is "OSMHeader".
bool looksLikePbf(const QByteArray &head)
{
    if (head.size() < 15)
        return false;
    const auto *b = reinterpret_cast<const unsigned char *>(head.constData());
    const std::uint32_t length = (std::uint32_t(b[0]) << 24) | (std::uint32_t(b[1]) << 16) |
                                 (std::uint32_t(b[2]) << 8) | b[3];
    return length > 0 && length < 64 * 1024 && b[4] == 0x0A && b[5] == 9 &&
           std::memcmp(b + 6, "OSMHeader", 9) == 0;
}

// The format of text by its first significant characters: an XML root element or a JSON object.
std::optional<FileFormat> sniffText(const QByteArray &head)
{
    qsizetype i = startsWith(head, "\xEF\xBB\xBF", 3) ? 3 : 0;
    auto skipSpace = [&]() {
        while (i < head.size() &&
               (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r'))
            ++i;
    };
    skipSpace();
    if (i >= head.size())
        return std::nullopt;
    if (head[i] == '{')
        return FileFormat::GeoJson;
    if (head[i] != '<')
        return std::nullopt;
    // Skip the XML declaration, comments, processing instructions and a doctype.
    while (i < head.size() && head[i] == '<') {
        if (head.mid(i, 2) == "<?" || head.mid(i, 2) == "<!") {
            const char *end = head.mid(i, 4) == "<!--" ? "-->" : ">";
            const qsizetype close = head.indexOf(end, i);
            if (close < 0)
                return std::nullopt;
            i = close + qsizetype(std::strlen(end));
            skipSpace();
            continue;
        }
        qsizetype n = i + 1;
        while (n < head.size() && head[n] != ' ' && head[n] != '>' && head[n] != '/' &&
               head[n] != '\n' && head[n] != '\r' && head[n] != '\t')
            ++n;
        QByteArray root = head.mid(i + 1, n - i - 1);
        if (const qsizetype colon = root.indexOf(':'); colon >= 0)
            root = root.mid(colon + 1); // a namespace prefix, e.g. <kml:kml>
        if (root == "osm" || root == "osmChange")
            return FileFormat::Osm;
        if (root == "kml")
            return FileFormat::Kml;
        if (root == "gpx")
            return FileFormat::Gpx;
        return std::nullopt;
    }
    return std::nullopt;
}

// The first bytes of a gzip stream, inflated, to tell OSM XML from anything else compressed.
QByteArray gunzipHead(const QByteArray &compressed)
{
    QByteArray out(kHeadBytes, '\0');
    z_stream z{};
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
        return {};
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    z.avail_in = static_cast<uInt>(compressed.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    inflate(&z, Z_SYNC_FLUSH);
    out.truncate(static_cast<qsizetype>(z.total_out));
    inflateEnd(&z);
    return out;
}

std::optional<FileFormat> formatOfZip(const QString &path, const QString &lowerName)
{
    if (lowerName.endsWith(QLatin1String(".kmz")))
        return FileFormat::Kml;
    const Result<ZipArchive> zip = ZipArchive::open(path, ImportLimits{});
    if (isError(zip))
        return std::nullopt;
    const QStringList names = std::get<ZipArchive>(zip).entryNames();
    for (const QString &name : names)
        if (name == QLatin1String("stops.txt") || name.endsWith(QLatin1String("/stops.txt")))
            return FileFormat::Gtfs;
    for (const QString &name : names)
        if (name.endsWith(QLatin1String(".kml"), Qt::CaseInsensitive))
            return FileFormat::Kml;
    return std::nullopt;
}

std::optional<FileFormat> formatOfName(const QString &lowerName)
{
    struct Suffix {
        const char *suffix;
        FileFormat format;
    };
    static constexpr Suffix kSuffixes[] = {
        {".osm.pbf", FileFormat::Pbf},     {".pbf", FileFormat::Pbf},
        {".osm", FileFormat::Osm},         {".osc", FileFormat::Osm},
        {".osm.gz", FileFormat::Osm},      {".osc.gz", FileFormat::Osm},
        {".osm.bz2", FileFormat::Osm},     {".osc.bz2", FileFormat::Osm},
        {".geojson", FileFormat::GeoJson}, {".json", FileFormat::GeoJson},
        {".csv", FileFormat::Csv},         {".tsv", FileFormat::Csv},
        {".txt", FileFormat::Csv},         {".kml", FileFormat::Kml},
        {".kmz", FileFormat::Kml},         {".gpx", FileFormat::Gpx},
        {".bspack", FileFormat::Bspack},   {".zip", FileFormat::Gtfs},
    };
    for (const Suffix &s : kSuffixes)
        if (lowerName.endsWith(QLatin1String(s.suffix)))
            return s.format;
    return std::nullopt;
}

} // namespace

std::optional<FileFormat> formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (const NamedFormat &f : kNames)
        if (n == QLatin1String(f.name))
            return f.format;
    if (n == QLatin1String("json"))
        return FileFormat::GeoJson;
    if (n == QLatin1String("kmz"))
        return FileFormat::Kml;
    return std::nullopt;
}

QString formatName(FileFormat format)
{
    for (const NamedFormat &f : kNames)
        if (f.format == format)
            return QLatin1String(f.name);
    return {};
}

std::optional<FileFormat> guessFormat(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        if (QFileInfo(QDir(path).filePath(QStringLiteral("stops.txt"))).isFile())
            return FileFormat::Gtfs;
        return std::nullopt;
    }
    const QString lowerName = info.fileName().toLower();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return formatOfName(lowerName);
    const QByteArray head = file.read(kHeadBytes);
    file.close();

    if (looksLikePack(head))
        return FileFormat::Bspack;
    if (looksLikePbf(head))
        return FileFormat::Pbf;
    if (startsWith(head, "\x1f\x8b", 2)) {
        if (lowerName.endsWith(QLatin1String(".osm.gz")) ||
            lowerName.endsWith(QLatin1String(".osc.gz")))
            return FileFormat::Osm;
        const auto inner = sniffText(gunzipHead(head));
        return inner == FileFormat::Osm ? inner : std::nullopt;
    }
    if (startsWith(head, "BZh", 3))
        return lowerName.endsWith(QLatin1String(".osm.bz2")) ||
                       lowerName.endsWith(QLatin1String(".osc.bz2"))
                   ? std::optional(FileFormat::Osm)
                   : std::nullopt;
    if (startsWith(head, "PK\x03\x04", 4) || startsWith(head, "PK\x05\x06", 4))
        return formatOfZip(path, lowerName);
    if (const auto text = sniffText(head))
        return text;
    const auto byName = formatOfName(lowerName);
    // A .zip that is no zip, or a .kmz that is no zip: the content has the last word.
    if (byName == FileFormat::Gtfs)
        return std::nullopt;
    return byName;
}

} // namespace blindspot
