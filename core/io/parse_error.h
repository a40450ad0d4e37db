#pragma once

#include <QString>

#include <cstdint>
#include <new>
#include <variant>

namespace blindspot {

/// What went wrong while reading or writing a file. Core never words errors for people:
/// the app turns a code (plus `detail`) into translated text.
enum class ParseErrorCode : std::uint8_t {
    CannotOpen,       ///< detail: the operating system's reason.
    CannotWrite,      ///< detail: the operating system's reason.
    Empty,            ///< The file has no bytes.
    TooLarge,         ///< detail: the cap that was exceeded.
    NotThisFormat,    ///< The file does not start with the format's signature.
    Truncated,        ///< The file ends before its declared length.
    ChecksumMismatch, ///< The content does not match its checksum: damaged or altered.
    FutureVersion,    ///< detail: the file's format version.
    Malformed,        ///< detail: what was expected.
    InvalidModel,     ///< Parsed, but its parts do not fit together. detail: element and field.
    Cancelled,        ///< The user stopped the import; nothing was changed.
    Unsupported,      ///< A valid file using a feature Blindspot does not read. detail: which.
    OutOfMemory,      ///< Reading it needed more memory than there was (std::bad_alloc); nothing
                      ///< was changed.
};

/// A located error: file name plus line and column for text formats, a byte offset for binary
/// ones, or the id of the element at fault (e.g. "node/123" in OSM data); unset parts stay 0,
/// -1 or empty.
struct ParseError {
    QString file;
    int line = 0;
    int column = 0;
    std::int64_t byteOffset = -1;
    QString element;
    ParseErrorCode code = ParseErrorCode::Malformed;
    QString detail;
};

/// A value or the reason there is none. Core APIs return this instead of throwing.
template <class T> using Result = std::variant<T, ParseError>;

template <class T> bool isError(const Result<T> &r)
{
    return std::holds_alternative<ParseError>(r);
}

/// Calls `read` and returns what it returns, or ParseErrorCode::OutOfMemory located at `file`
/// when it throws std::bad_alloc: no exception leaves core, and a file that needs more memory
/// than there is must end its import, not the program. The reader's memory is freed while the
/// exception unwinds, so making the error has memory to work with again.
template <class Read> auto withoutBadAlloc(const QString &file, Read &&read) -> decltype(read())
{
    try {
        return read();
    } catch (const std::bad_alloc &) {
        ParseError e;
        e.file = file;
        e.code = ParseErrorCode::OutOfMemory;
        return e;
    }
}

} // namespace blindspot
