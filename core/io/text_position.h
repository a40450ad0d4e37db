#pragma once

// Where a byte of a text file is, as a person finds it in an editor. Every reader that locates
// errors by byte offset (CSV, GeoJSON, GTFS, JSON parameter and training files) uses this one
// conversion, so that a column means the same in every error.
#include <QByteArrayView>

#include <cstdint>

namespace blindspot {

/// A line and column, both from 1. The column counts characters (UTF-8 code points), not
/// bytes: a Cyrillic letter takes two bytes and is one column, as editors show it.
struct TextPosition {
    int line = 1;
    int column = 1;
    friend bool operator==(const TextPosition &, const TextPosition &) = default;
};

/// The position of byte `offset` of UTF-8 text (clamped to the text). Bytes that are not
/// valid UTF-8 count as one character each, except stray continuation bytes.
TextPosition textPositionOf(QByteArrayView text, std::int64_t offset);

} // namespace blindspot
