#include "core/io/utf8_check.h"

#include <simdjson.h>

namespace blindspot {

std::int64_t firstInvalidUtf8(QByteArrayView text)
{
    if (simdjson::validate_utf8(text.data(), static_cast<std::size_t>(text.size())))
        return -1;
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const std::int64_t n = text.size();
    for (std::int64_t i = 0; i < n;) {
        const unsigned char c = s[i];
        int length = 0;
        std::uint32_t min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        std::uint32_t cp = c & (0xFF >> (length + 1));
        for (int k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

} // namespace blindspot
