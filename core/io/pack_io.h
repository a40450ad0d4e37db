#pragma once

#include "core/io/parse_error.h"
#include "core/model/dataset.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace blindspot {

/// The .bspack format version this build writes. Readers accept any minor of kPackFormatMajor.
constexpr std::uint32_t kPackFormatMajor = 1;
/// 1.1: zones and cameras by entrance, systems, context. 1.2: street names, classes, details.
/// 1.3: the import's clip area. 1.4: addresses and named places. 1.5: the base map.
/// 1.6: stable camera ids and the next one to give.
constexpr std::uint32_t kPackFormatMinor = 6;

/// Caps what a reader accepts, so that a hostile file cannot exhaust memory.
constexpr qint64 kMaxPackBytes = qint64(1) << 30;

/// Reads a .bspack file. Errors name the file and, where it helps, the byte offset.
/// Never returns a partial dataset: the result is a complete, validated dataset or an error.
[[nodiscard]] Result<Dataset> readPackFile(const QString &path);

/// Reads .bspack bytes; `name` is what errors call the input.
[[nodiscard]] Result<Dataset> readPackBytes(QByteArrayView bytes, const QString &name);

/// The .bspack bytes of a dataset (frame plus payload). Deterministic: equal datasets give
/// equal bytes.
[[nodiscard]] QByteArray packBytes(const Dataset &dataset);

/// Writes a dataset atomically (see writeFileAtomically); the old file survives any failure.
[[nodiscard]] std::optional<ParseError> writePackFile(const Dataset &dataset, const QString &path);

/// True when the bytes start with the .bspack signature (for guessing a file's format).
bool looksLikePack(QByteArrayView head);

} // namespace blindspot
