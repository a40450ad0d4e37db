#include "core/io/text_position.h"

#include <algorithm>
#include <cstring>

namespace blindspot {

TextPosition textPositionOf(QByteArrayView text, std::int64_t offset)
{
    offset = std::clamp<std::int64_t>(offset, 0, text.size());
    TextPosition p;
    const char *begin = text.data();
    const char *end = begin + offset;
    const char *lineStart = begin;
    for (const char *c = begin; c < end;) {
        const void *nl = std::memchr(c, '\n', static_cast<std::size_t>(end - c));
        if (!nl)
            break;
        ++p.line;
        c = static_cast<const char *>(nl) + 1;
        lineStart = c;
    }
    for (const char *c = lineStart; c < end; ++c)
        if ((static_cast<unsigned char>(*c) & 0xC0) != 0x80)
            ++p.column;
    return p;
}

} // namespace blindspot
