#pragma once

#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace blindspot {

/// The longest run of bytes an XML reader hands to its parser without a '<' or '>' in it:
/// a tag with its attributes, or the text between two tags. Nothing Blindspot reads needs more
/// (OSM limits a tag value to 255 characters; a KML survey area of 20,000 vertices is about
/// 800 KB), and refusing longer runs bounds what the parser keeps for a single token: a 256 MiB
/// <name> costs Qt's XML reader over 2 GB, and expat 2.5.0 (Debian 12) re-reads a token that
/// spans many buffers from its start each time, which is quadratic in the token's length.
constexpr std::int64_t kMaxXmlTokenBytes = std::int64_t(1) << 20;

/// Where a too long token starts: 1-based line and column (in bytes) and the byte offset.
struct XmlTokenPosition {
    int line = 1;
    int column = 1;
    std::int64_t byteOffset = 0;
};

/// Finds a token longer than a limit in XML fed to it in pieces, before the pieces reach a
/// parser. It only counts bytes between the markup delimiters '<' and '>', so it sees every
/// token boundary a parser would (and a few more, such as a '>' in text, which only shortens
/// what it counts); it never needs the whole document at once.
class XmlTokenLimit {
public:
    explicit XmlTokenLimit(std::int64_t maxBytes = kMaxXmlTokenBytes) : m_maxBytes(maxBytes) {}

    /// Feeds the next piece; returns where the first too long token starts, once there is one.
    std::optional<XmlTokenPosition> feed(QByteArrayView piece);

private:
    std::int64_t m_maxBytes;
    std::int64_t m_offset = 0;   ///< bytes fed so far
    std::int64_t m_runBytes = 0; ///< bytes since the last delimiter
    int m_line = 1;
    int m_column = 1;
    XmlTokenPosition m_runStart;
};

} // namespace blindspot
