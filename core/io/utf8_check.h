#pragma once

// Whether text is UTF-8, checked before a reader hands it to a parser that assumes it is.
#include <QByteArrayView>

#include <cstdint>

namespace blindspot {

/// The offset of the first invalid UTF-8 byte, or -1 when the text is valid UTF-8.
std::int64_t firstInvalidUtf8(QByteArrayView text);

} // namespace blindspot
