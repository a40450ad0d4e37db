#pragma once

#include "io/parse_error.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace blindspot {

/// Replaces `path` with `bytes` so that a crash at any moment leaves either the old file or the
/// complete new one: writes a temporary file in the same folder, flushes and fsyncs it, renames
/// it over `path`, then fsyncs the folder. The temporary file is removed on failure.
[[nodiscard]] std::optional<ParseError> writeFileAtomically(const QString &path,
                                                            QByteArrayView bytes);

} // namespace blindspot
