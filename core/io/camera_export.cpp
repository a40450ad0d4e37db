#include "core/io/camera_export.h"

#include "core/io/atomic_file.h"
#include "core/io/field_mapper.h"

#include <QXmlStreamWriter>

#include <algorithm>
#include <charconv>
#include <string>
#include <vector>

namespace blindspot {

namespace {

std::string number(double value)
{
    char buffer[32];
    // Shortest text that reads back as the same double: exports round-trip exactly.
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, r.ptr);
}

// OSM stores coordinates as integers of 1e-7 degrees (about 1 cm): more digits would only
// pretend to a precision the OSM reader drops.
std::string osmCoordinate(double value)
{
    char buffer[32];
    const auto r =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 7);
    std::string text(buffer, r.ptr);
    while (text.back() == '0')
        text.pop_back();
    if (text.back() == '.')
        text.pop_back();
    return text;
}

std::string utf8(const QString &s)
{
    const QByteArray b = s.toUtf8();
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// One camera as the exporters see it: a position and named text values, in a fixed order.
struct ExportField {
    std::string_view key;
    std::string value;
    bool isNumber = false;
};

struct ExportRow {
    LatLon position;
    std::vector<ExportField> fields;
    const Camera *camera = nullptr;

    const std::string *value(std::string_view key) const
    {
        for (const ExportField &f : fields)
            if (f.key == key)
                return &f.value;
        return nullptr;
    }
};

// The keys, in the order CSV columns and properties are written. They are the names the
// readers map by default (see FieldMapper).
constexpr std::string_view kKeys[] = {"kind",   "fr",  "system", "heading", "fov",
                                      "height", "mount", "observed", "observers", "ref",
                                      "zone",   "station", "sources", "notes"};

std::vector<ExportRow> exportRows(const Dataset &d)
{
    std::vector<ExportRow> rows;
    rows.reserve(d.cameras.size());
    for (const Camera &c : d.cameras) {
        ExportRow row;
        row.camera = &c;
        row.position = c.position;
        const bool anchored = isSet(c.anchorStation);
        if (!c.position.isValid() && anchored)
            row.position = d.network.station(c.anchorStation).position;
        if (!row.position.isValid())
            continue; // nothing places it; a valid dataset has no such camera
        auto &f = row.fields;
        f.push_back({"kind", std::string(cameraKindName(c.kind))});
        f.push_back({"fr", std::string(frStatusName(c.frStatus))});
        if (c.system != CameraSystem::Unknown)
            f.push_back({"system", std::string(cameraSystemName(c.system))});
        if (c.headingDegrees)
            f.push_back({"heading", number(*c.headingDegrees), true});
        if (c.fovDegrees)
            f.push_back({"fov", number(*c.fovDegrees), true});
        if (c.heightMetres)
            f.push_back({"height", number(*c.heightMetres), true});
        if (c.mount != CameraMount::Unknown)
            f.push_back({"mount", std::string(cameraMountName(c.mount))});
        QDate latest;
        int observers = 0;
        std::vector<QString> sourceNames;
        for (const Sighting &s : c.sightings) {
            if (s.observed.isValid() && (!latest.isValid() || s.observed > latest))
                latest = s.observed;
            observers += s.observers;
            if (indexOf(s.source) < d.sources.size()) {
                const QString &name = d.source(s.source).name;
                if (!name.isEmpty() &&
                    std::find(sourceNames.begin(), sourceNames.end(), name) == sourceNames.end())
                    sourceNames.push_back(name);
            }
        }
        if (latest.isValid())
            f.push_back({"observed", utf8(latest.toString(Qt::ISODate))});
        if (observers > 0)
            f.push_back({"observers", std::to_string(observers), true});
        if (!c.sourceRef.isEmpty())
            f.push_back({"ref", utf8(c.sourceRef)});
        if (c.anchorZone)
            f.push_back({"zone", std::string(zoneKindName(*c.anchorZone))});
        if (anchored)
            f.push_back({"station", utf8(d.network.station(c.anchorStation).name.native)});
        if (!sourceNames.empty()) {
            QString joined;
            for (const QString &n : sourceNames)
                joined += (joined.isEmpty() ? QString() : QStringLiteral("; ")) + n;
            f.push_back({"sources", utf8(joined)});
        }
        if (!c.notes.isEmpty())
            f.push_back({"notes", utf8(c.notes)});
        rows.push_back(std::move(row));
    }
    return rows;
}

// ---- GeoJSON ------------------------------------------------------------------------------

void appendJsonString(std::string &out, std::string_view s)
{
    out += '"';
    for (const char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
                out += escape;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

QByteArray geoJson(const Dataset &d, const std::vector<ExportRow> &rows)
{
    std::string out;
    out.reserve(rows.size() * 300 + 256);
    out += "{\"type\":\"FeatureCollection\",\"name\":";
    appendJsonString(out, utf8(d.header.name));
    if (d.header.fictional)
        out += ",\"fictional\":true";
    out += ",\"features\":[";
    bool first = true;
    for (const ExportRow &row : rows) {
        out += first ? "\n" : ",\n";
        first = false;
        out += "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[";
        out += number(row.position.lon);
        out += ',';
        out += number(row.position.lat);
        out += "]},\"properties\":{";
        bool firstField = true;
        for (const ExportField &f : row.fields) {
            if (!firstField)
                out += ',';
            firstField = false;
            appendJsonString(out, f.key);
            out += ':';
            if (f.isNumber)
                out += f.value;
            else
                appendJsonString(out, f.value);
        }
        out += "}}";
    }
    out += "\n]}\n";
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

// ---- CSV ----------------------------------------------------------------------------------

bool startsLikeFormula(std::string_view s)
{
    // A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
    std::size_t i = 0;
    while (i < s.size() && s[i] == '\'')
        ++i;
    return i < s.size() && std::string_view("=+-@\t\r").find(s[i]) != std::string_view::npos;
}

void appendCsvCell(std::string &out, std::string_view s, bool text)
{
    std::string guarded;
    if (text && startsLikeFormula(s)) {
        guarded.reserve(s.size() + 1);
        guarded.push_back('\'');
        guarded.append(s);
        s = guarded;
    }
    const bool quote = s.find_first_of(",\"\r\n") != std::string_view::npos ||
                       (!s.empty() && (s.front() == ' ' || s.back() == ' '));
    if (!quote) {
        out += s;
        return;
    }
    out += '"';
    for (const char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

QByteArray csv(const std::vector<ExportRow> &rows)
{
    std::string out;
    out.reserve(rows.size() * 160 + 256);
    out += "lat,lon";
    for (std::string_view key : kKeys) {
        out += ',';
        out += key;
    }
    out += "\r\n";
    for (const ExportRow &row : rows) {
        out += number(row.position.lat);
        out += ',';
        out += number(row.position.lon);
        for (std::string_view key : kKeys) {
            out += ',';
            if (const std::string *v = row.value(key)) {
                const bool text =
                    key == "notes" || key == "ref" || key == "station" || key == "sources";
                appendCsvCell(out, *v, text);
            }
        }
        out += "\r\n";
    }
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

// ---- KML ----------------------------------------------------------------------------------

// KML colours are aabbggrr. Red, orange, green and grey, as the map legend uses them.
struct FrStyle {
    FrStatus status;
    const char *colour;
};
constexpr FrStyle kFrStyles[] = {{FrStatus::Confirmed, "ff2827d6"},
                                 {FrStatus::Suspected, "ff0e7fff"},
                                 {FrStatus::None, "ff2ca02c"},
                                 {FrStatus::Unknown, "ff7f7f7f"}};

QByteArray kml(const Dataset &d, const std::vector<ExportRow> &rows)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("kml"));
    w.writeDefaultNamespace(QStringLiteral("http://www.opengis.net/kml/2.2"));
    w.writeStartElement(QStringLiteral("Document"));
    w.writeTextElement(QStringLiteral("name"),
                       d.header.fictional
                           ? d.header.name + QStringLiteral(" (FICTIONAL training data)")
                           : d.header.name);
    for (const FrStyle &style : kFrStyles) {
        w.writeStartElement(QStringLiteral("Style"));
        w.writeAttribute(QStringLiteral("id"),
                         QStringLiteral("fr-") + qstr(frStatusName(style.status)));
        w.writeStartElement(QStringLiteral("IconStyle"));
        w.writeTextElement(QStringLiteral("color"), QLatin1String(style.colour));
        w.writeEndElement();
        w.writeEndElement();
    }
    for (const ExportRow &row : rows) {
        w.writeStartElement(QStringLiteral("Placemark"));
        if (const std::string *notes = row.value("notes")) {
            // The title map apps show: the notes' first line, which the reader recognises as
            // part of the notes and does not add twice.
            const QString all = qstr(*notes);
            w.writeTextElement(QStringLiteral("name"),
                               all.section(QLatin1Char('\n'), 0, 0).left(80));
            w.writeTextElement(QStringLiteral("description"), all);
        }
        w.writeTextElement(QStringLiteral("styleUrl"),
                           QStringLiteral("#fr-") + qstr(frStatusName(row.camera->frStatus)));
        w.writeStartElement(QStringLiteral("ExtendedData"));
        for (const ExportField &f : row.fields) {
            if (f.key == "notes")
                continue;
            w.writeStartElement(QStringLiteral("Data"));
            w.writeAttribute(QStringLiteral("name"), qstr(f.key));
            w.writeTextElement(QStringLiteral("value"), qstr(f.value));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("Point"));
        w.writeTextElement(QStringLiteral("coordinates"), qstr(number(row.position.lon)) +
                                                              QLatin1Char(',') +
                                                              qstr(number(row.position.lat)));
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return bytes;
}

// ---- OSM XML ------------------------------------------------------------------------------

QByteArray osmXml(const Dataset &d, const std::vector<ExportRow> &rows)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("osm"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("0.6"));
    w.writeAttribute(QStringLiteral("generator"), QStringLiteral("Blindspot"));
    // OSM has no tag for face recognition or for several survey details; those go in
    // blindspot:* tags so that nothing is lost and nothing is passed off as an OSM convention.
    auto tag = [&w](const QString &k, const QString &v) {
        w.writeStartElement(QStringLiteral("tag"));
        w.writeAttribute(QStringLiteral("k"), k);
        w.writeAttribute(QStringLiteral("v"), v);
        w.writeEndElement();
    };
    std::int64_t id = 0;
    for (const ExportRow &row : rows) {
        const Camera &c = *row.camera;
        w.writeStartElement(QStringLiteral("node"));
        // New objects: negative ids, as JOSM writes them, so that nothing claims to be an
        // existing OSM node.
        w.writeAttribute(QStringLiteral("id"), QString::number(--id));
        w.writeAttribute(QStringLiteral("lat"), qstr(osmCoordinate(row.position.lat)));
        w.writeAttribute(QStringLiteral("lon"), qstr(osmCoordinate(row.position.lon)));
        tag(QStringLiteral("man_made"), QStringLiteral("surveillance"));
        tag(QStringLiteral("surveillance:type"), QStringLiteral("camera"));
        switch (c.kind) {
        case CameraKind::Fixed:
            tag(QStringLiteral("camera:type"), QStringLiteral("fixed"));
            break;
        case CameraKind::Dome:
            tag(QStringLiteral("camera:type"), QStringLiteral("dome"));
            break;
        case CameraKind::Ptz:
            tag(QStringLiteral("camera:type"), QStringLiteral("panning"));
            break;
        case CameraKind::Turnstile:
            tag(QStringLiteral("camera:type"), QStringLiteral("fixed"));
            tag(QStringLiteral("blindspot:kind"), QStringLiteral("turnstile"));
            break;
        case CameraKind::Unknown:
            break;
        }
        if (const std::string *v = row.value("heading"))
            tag(QStringLiteral("camera:direction"), qstr(*v));
        if (const std::string *v = row.value("fov"))
            tag(QStringLiteral("blindspot:fov"), qstr(*v));
        if (const std::string *v = row.value("mount"))
            tag(QStringLiteral("camera:mount"), qstr(*v));
        if (const std::string *v = row.value("height"))
            tag(QStringLiteral("height"), qstr(*v));
        tag(QStringLiteral("blindspot:fr"), qstr(frStatusName(c.frStatus)));
        if (c.system != CameraSystem::Unknown)
            tag(QStringLiteral("blindspot:system"),
                qstr(cameraSystemName(c.system)));
        if (const std::string *v = row.value("notes"))
            tag(QStringLiteral("description"), qstr(*v));
        if (const std::string *v = row.value("observed"))
            tag(QStringLiteral("survey:date"), qstr(*v));
        if (const std::string *v = row.value("observers"))
            tag(QStringLiteral("blindspot:observers"), qstr(*v));
        if (const std::string *v = row.value("sources"))
            tag(QStringLiteral("source"), qstr(*v));
        if (const std::string *v = row.value("ref"))
            tag(QStringLiteral("blindspot:ref"), qstr(*v));
        if (const std::string *v = row.value("zone"))
            tag(QStringLiteral("blindspot:zone"), qstr(*v));
        if (const std::string *v = row.value("station"))
            tag(QStringLiteral("blindspot:station"), qstr(*v));
        if (d.header.fictional)
            tag(QStringLiteral("blindspot:fictional"), QStringLiteral("yes"));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return bytes;
}

} // namespace

bool canExportCameras(FileFormat format)
{
    return format == FileFormat::GeoJson || format == FileFormat::Csv ||
           format == FileFormat::Kml || format == FileFormat::Osm;
}

Result<QByteArray> cameraExportBytes(const Dataset &dataset, FileFormat format)
{
    if (!canExportCameras(format))
        return fileError({}, ParseErrorCode::Unsupported, ParseReason::ExportUnsupported,
                         {formatName(format)});
    const std::vector<ExportRow> rows = exportRows(dataset);
    switch (format) {
    case FileFormat::GeoJson:
        return geoJson(dataset, rows);
    case FileFormat::Csv:
        return csv(rows);
    case FileFormat::Kml:
        return kml(dataset, rows);
    default:
        return osmXml(dataset, rows);
    }
}

std::optional<ParseError> writeCameraExport(const Dataset &dataset, FileFormat format,
                                            const QString &path)
{
    Result<QByteArray> bytes = cameraExportBytes(dataset, format);
    if (isError(bytes)) {
        ParseError e = std::get<ParseError>(std::move(bytes));
        e.file = path;
        return e;
    }
    return writeFileAtomically(path, std::get<QByteArray>(bytes));
}

} // namespace blindspot
