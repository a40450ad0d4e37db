#include "core/io/xml_token_limit.h"

namespace blindspot {

std::optional<XmlTokenPosition> XmlTokenLimit::feed(QByteArrayView piece)
{
    const char *p = piece.data();
    const char *const end = p + piece.size();
    for (; p < end; ++p) {
        const char c = *p;
        if (m_runBytes == 0)
            m_runStart = {m_line, m_column, m_offset};
        if (c == '<' || c == '>') {
            m_runBytes = 0;
        } else if (++m_runBytes > m_maxBytes) {
            return m_runStart;
        }
        ++m_offset;
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
    }
    return std::nullopt;
}

} // namespace blindspot
