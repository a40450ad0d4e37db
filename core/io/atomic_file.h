#pragma once

#include "core/io/parse_error.h"

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>

namespace blindspot {

/// Replaces `path` with `bytes` so that a crash at any moment leaves either the old file or the
/// complete new one: writes a temporary file in the same folder, flushes and fsyncs it, renames
/// it over `path`, then fsyncs the folder. The temporary file is removed on failure.
/// Who may read the file written.
enum class FileAccess : std::uint8_t {
    KeepOrDefault, ///< The replaced file's permissions, else 0666 less the umask.
    OwnerOnly,     ///< 0600, whatever the replaced file had (private files: the workspace).
};

[[nodiscard]] std::optional<ParseError>
writeFileAtomically(const QString &path, QByteArrayView bytes,
                    FileAccess access = FileAccess::KeepOrDefault);

} // namespace blindspot
