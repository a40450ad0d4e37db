#include "core/io/osm/osm_xml_check.h"

#include "core/io/values/number.h"
#include "core/io/xml_token_limit.h"

#include <osmium/io/bzip2_compression.hpp>
#include <osmium/io/compression.hpp>
#include <osmium/io/gzip_compression.hpp>

#include <QFile>
#include <QFileInfo>

#include <expat.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstring>
#include <exception>
#include <string_view>
#include <vector>

namespace blindspot::osm {

namespace {

enum class Context : std::uint8_t {
    Osm,
    OsmChange,
    ChangeSection, // <create>, <modify>, <delete>
    Node,
    Way,
    Relation,
    Leaf,   // <tag>, <nd>, <member>, <bounds>: nothing inside
    Opaque, // <changeset>, <note>, <meta>: not read, their content is not checked
};

// Data-level elements other programs write that carry no map data; skipped, like libosmium does.
constexpr std::string_view kIgnoredDataLevel[] = {"bounds", "bound", "changeset",
                                                  "note",   "meta",  "remark"};

bool isInteger(const char *text)
{
    if (!text || !*text)
        return false;
    const std::size_t n = std::strlen(text);
    long long value = 0;
    const auto [end, error] = std::from_chars(text, text + n, value);
    return error == std::errc() && end == text + n;
}

const char *attribute(const XML_Char **attrs, const char *name)
{
    for (; *attrs; attrs += 2)
        if (!std::strcmp(attrs[0], name))
            return attrs[1];
    return nullptr;
}

class Checker {
public:
    Checker(const QString &path, const ImportOptions &options) : m_path(path), m_options(options)
    {
        m_parser = XML_ParserCreate(nullptr);
        if (!m_parser)
            return;
        XML_SetUserData(m_parser, this);
        XML_SetElementHandler(m_parser, &Checker::onStart, &Checker::onEnd);
        XML_SetEntityDeclHandler(m_parser, &Checker::onEntityDecl);
    }
    ~Checker()
    {
        if (m_parser)
            XML_ParserFree(m_parser);
    }
    Checker(const Checker &) = delete;
    Checker &operator=(const Checker &) = delete;

    bool isReady() const { return m_parser != nullptr; }

    // Feeds one chunk; false once an error is known.
    bool feed(const std::string &chunk, bool last)
    {
        // Long tokens are refused before expat sees them: expat 2.5.0 re-reads a token that
        // spans buffers from its start on every buffer, so a 256 MiB tag value in a 1 MB
        // .osm.gz would take minutes (see XmlTokenLimit).
        if (const auto longToken = m_tokens.feed(chunk)) {
            ParseError e;
            e.file = m_path;
            e.line = longToken->line;
            e.column = longToken->column;
            e.byteOffset = longToken->byteOffset;
            e.code = ParseErrorCode::TooLarge;
            e.reason = ParseReason::TokenOverBytes;
            e.args = parseArgs(kMaxXmlTokenBytes);
            if (!m_error)
                m_error = e;
            return false;
        }
        if (XML_Parse(m_parser, chunk.data(), int(chunk.size()), last) == XML_STATUS_ERROR) {
            if (!m_error) {
                m_error = located(ParseErrorCode::Malformed, ParseReason::Message,
                                  {QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(m_parser)))});
            }
            return false;
        }
        return !m_error;
    }

    std::optional<ParseError> error() const { return m_error; }
    std::int64_t elements() const { return m_elements; }

private:
    ParseError located(ParseErrorCode code, ParseReason reason, QStringList args = {}) const
    {
        ParseError e = errorAtLine(m_path, int(XML_GetCurrentLineNumber(m_parser)),
                                   int(XML_GetCurrentColumnNumber(m_parser)) + 1, // from 0
                                   code, reason, std::move(args));
        e.byteOffset = XML_GetCurrentByteIndex(m_parser);
        return e;
    }

    void fail(ParseErrorCode code, ParseReason reason, QStringList args = {})
    {
        if (m_error)
            return;
        m_error = located(code, reason, std::move(args));
        XML_StopParser(m_parser, XML_FALSE);
    }

    static QString named(const char *element)
    {
        return QString::fromUtf8(element);
    }

    void checkObject(const char *element, const XML_Char **attrs, Context context)
    {
        if (++m_elements > m_options.limits.maxElements) {
            fail(ParseErrorCode::TooLarge,
                 ParseReason::MoreElements,
                 parseArgs(m_options.limits.maxElements));
            return;
        }
        if (!isInteger(attribute(attrs, "id"))) {
            fail(ParseErrorCode::Malformed,
                 ParseReason::WithoutNumericId, {named(element)});
            return;
        }
        if (context != Context::Node)
            return;
        const char *lat = attribute(attrs, "lat");
        const char *lon = attribute(attrs, "lon");
        if (!lat && !lon)
            return; // a deleted node in a change file carries no position
        const auto inRange = [](const char *text, double limit) {
            if (!text)
                return false;
            const double value = parseDecimal(text).value_or(qQNaN());
            return value >= -limit && value <= limit;
        };
        if (!inRange(lat, 90.0) || !inRange(lon, 180.0))
            fail(ParseErrorCode::Malformed, ParseReason::NodeLatLon);
    }

    void start(const char *element, const XML_Char **attrs)
    {
        if (m_stack.empty()) {
            const bool osm = !std::strcmp(element, "osm");
            if (!osm && std::strcmp(element, "osmChange") != 0) {
                fail(ParseErrorCode::NotThisFormat,
                     ParseReason::RootElement, {named(element)});
                return;
            }
            const char *version = attribute(attrs, "version");
            if (!version) {
                fail(ParseErrorCode::Malformed,
                     ParseReason::WithoutVersion, {named(element)});
                return;
            }
            if (std::strcmp(version, "0.6") != 0) {
                fail(ParseErrorCode::Unsupported,
                     ParseReason::OsmXmlVersion, {QString::fromUtf8(version)});
                return;
            }
            m_stack.push_back(osm ? Context::Osm : Context::OsmChange);
            return;
        }
        const Context parent = m_stack.back();
        const auto is = [element](const char *name) { return !std::strcmp(element, name); };
        switch (parent) {
        case Context::Osm:
        case Context::ChangeSection:
            if (is("node") || is("way") || is("relation")) {
                const Context c = is("node")  ? Context::Node
                                  : is("way") ? Context::Way
                                              : Context::Relation;
                checkObject(element, attrs, c);
                m_stack.push_back(c);
                return;
            }
            if (parent == Context::Osm)
                for (std::string_view ignored : kIgnoredDataLevel)
                    if (ignored == element) {
                        m_stack.push_back(Context::Opaque);
                        return;
                    }
            if (parent == Context::Osm)
                fail(ParseErrorCode::Malformed, ParseReason::UnknownElementIn,
                     {named(element), QStringLiteral("osm")});
            else
                fail(ParseErrorCode::Malformed, ParseReason::UnknownElementInChange,
                     {named(element)});
            return;
        case Context::OsmChange:
            if (is("create") || is("modify") || is("delete")) {
                m_stack.push_back(Context::ChangeSection);
                return;
            }
            for (std::string_view ignored : kIgnoredDataLevel)
                if (ignored == element) {
                    m_stack.push_back(Context::Opaque);
                    return;
                }
            fail(ParseErrorCode::Malformed,
                 ParseReason::UnknownElementIn, {named(element), QStringLiteral("osmChange")});
            return;
        case Context::Node:
        case Context::Way:
        case Context::Relation:
            if (is("tag")) {
                if (!attribute(attrs, "k") || !attribute(attrs, "v"))
                    fail(ParseErrorCode::Malformed, ParseReason::TagWithoutKeyValue);
                m_stack.push_back(Context::Leaf);
                return;
            }
            if (parent == Context::Way && is("nd")) {
                if (!isInteger(attribute(attrs, "ref")))
                    fail(ParseErrorCode::Malformed, ParseReason::NdWithoutRef);
                m_stack.push_back(Context::Leaf);
                return;
            }
            if (parent == Context::Relation && is("member")) {
                const char *type = attribute(attrs, "type");
                if (!type || (std::strcmp(type, "node") && std::strcmp(type, "way") &&
                              std::strcmp(type, "relation")))
                    fail(ParseErrorCode::Malformed,
                         ParseReason::MemberType);
                else if (!isInteger(attribute(attrs, "ref")))
                    fail(ParseErrorCode::Malformed,
                         ParseReason::MemberWithoutRef);
                m_stack.push_back(Context::Leaf);
                return;
            }
            // Overpass writes a bounding box into ways and relations ("out bb").
            if (parent != Context::Node && (is("bounds") || is("bbox"))) {
                m_stack.push_back(Context::Leaf);
                return;
            }
            fail(ParseErrorCode::Malformed,
                 ParseReason::UnknownElementIn,
                 {named(element), parent == Context::Node  ? QStringLiteral("node")
                                  : parent == Context::Way ? QStringLiteral("way")
                                                           : QStringLiteral("relation")});
            return;
        case Context::Leaf:
            fail(ParseErrorCode::Malformed,
                 ParseReason::ElementNotAllowed, {named(element)});
            return;
        case Context::Opaque:
            m_stack.push_back(Context::Opaque);
            return;
        }
    }

    static void XMLCALL onStart(void *data, const XML_Char *element, const XML_Char **attrs)
    {
        auto *self = static_cast<Checker *>(data);
        if (!self->m_error)
            self->start(element, attrs);
    }
    static void XMLCALL onEnd(void *data, const XML_Char *)
    {
        auto *self = static_cast<Checker *>(data);
        if (!self->m_stack.empty())
            self->m_stack.pop_back();
    }
    static void XMLCALL onEntityDecl(void *data, const XML_Char *, int, const XML_Char *, int,
                                     const XML_Char *, const XML_Char *, const XML_Char *,
                                     const XML_Char *)
    {
        static_cast<Checker *>(data)->fail(ParseErrorCode::Malformed,
                                           ParseReason::EntityDeclarations);
    }

    QString m_path;
    const ImportOptions &m_options;
    XML_Parser m_parser = nullptr;
    std::vector<Context> m_stack;
    XmlTokenLimit m_tokens;
    std::optional<ParseError> m_error;
    std::int64_t m_elements = 0;
};

osmium::io::file_compression osmiumCompression(XmlCompression c)
{
    switch (c) {
    case XmlCompression::Gzip:
        return osmium::io::file_compression::gzip;
    case XmlCompression::Bzip2:
        return osmium::io::file_compression::bzip2;
    case XmlCompression::None:
        break;
    }
    return osmium::io::file_compression::none;
}

constexpr std::int64_t kFreeExpansionBytes = std::int64_t(64) << 20;
constexpr std::int64_t kMaxCompressionRatio = 25;

} // namespace

std::optional<ParseError> checkOsmXml(const QString &path, XmlCompression compression,
                                      const ImportOptions &options, qint64 progressBase,
                                      qint64 progressTotal)
{
    Checker checker(path, options);
    if (!checker.isReady())
        return fileError(path, ParseErrorCode::TooLarge, ParseReason::NoParserMemory);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return systemError(path, ParseErrorCode::CannotOpen,
                           QString::fromLocal8Bit(std::strerror(errno)));
    try {
        // The decompressor owns the descriptor from here on and closes it.
        std::unique_ptr<osmium::io::Decompressor> input =
            osmium::io::CompressionFactory::instance().create_decompressor(
                osmiumCompression(compression), fd);
        std::atomic<std::size_t> offset{0};
        input->set_offset_ptr(&offset);
        std::int64_t expanded = 0;
        // Compressed XML may expand to 64 MiB or 25 times the file's size, whichever is more,
        // as zip archives may (see zip_archive.cpp): OSM XML gzips 6 to 12 times, and a 10 MB
        // file that claims gigabytes of nodes would fill memory with their locations.
        const std::int64_t maxExpanded =
            compression == XmlCompression::None
                ? options.limits.maxDecompressedBytes
                : std::min(options.limits.maxDecompressedBytes,
                           std::max(kFreeExpansionBytes,
                                    kMaxCompressionRatio * std::int64_t(QFileInfo(path).size())));
        bool ok = true;
        bool atEnd = false;
        for (;;) {
            const std::string chunk = input->read();
            const bool last = chunk.empty();
            expanded += std::int64_t(chunk.size());
            // Early returns leave closing to the destructor, which ignores errors: a stream read
            // only in part would otherwise be reported as truncated.
            if (expanded > maxExpanded) {
                return fileError(path, ParseErrorCode::TooLarge, ParseReason::XmlOverBytes,
                                 parseArgs(maxExpanded));
            }
            if (options.progress) {
                if (options.progress->isCancelled())
                    return fileError(path, ParseErrorCode::Cancelled);
                options.progress->report(progressBase + qint64(offset.load()), progressTotal);
            }
            ok = checker.feed(chunk, last);
            atEnd = last;
            if (!ok || last)
                break;
        }
        // Closing after the whole stream reports a damaged compressed file (a truncated gzip
        // file) as an exception; that is the real cause of any XML error seen at its end.
        if (atEnd)
            input->close();
        if (!ok)
            return checker.error();
    } catch (const osmium::gzip_error &e) {
        return systemError(path,
                           e.gzip_error_code == Z_BUF_ERROR ? ParseErrorCode::Truncated
                                                            : ParseErrorCode::Malformed,
                           QStringLiteral("gzip: %1").arg(QString::fromUtf8(e.what())));
    } catch (const osmium::bzip2_error &e) {
        return systemError(path,
                           e.bzip2_error_code == BZ_UNEXPECTED_EOF ? ParseErrorCode::Truncated
                                                                   : ParseErrorCode::Malformed,
                           QStringLiteral("bzip2: %1").arg(QString::fromUtf8(e.what())));
    } catch (const std::bad_alloc &) {
        return fileError(path, ParseErrorCode::OutOfMemory);
    } catch (const std::exception &e) {
        return systemError(path, ParseErrorCode::Malformed, QString::fromUtf8(e.what()));
    }
    return std::nullopt;
}

} // namespace blindspot::osm
