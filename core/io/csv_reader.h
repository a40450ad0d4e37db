#pragma once

#include "core/io/import_options.h"
#include "core/io/parse_error.h"
#include "core/model/dataset.h"

#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace blindspot {

/// One field of a CSV record.
struct CsvField {
    std::string_view text; ///< Unquoted, with "" turned into ". Valid until the next record.
    std::int64_t offset = 0; ///< Byte offset of its first byte (the opening quote if quoted).
};

/// The project's one CSV tokenizer (RFC 4180 and the dialects spreadsheets write): any
/// one-byte delimiter, detected from the first line when not given; quoted fields with ""
/// escapes and line breaks inside; LF, CRLF or CR line ends; a UTF-8 byte order mark is
/// skipped. Empty lines are skipped. A quote inside an unquoted field is taken literally.
///
/// Zero-copy: fields point into the input except those with "" escapes. The input must
/// outlive the tokenizer.
class CsvTokenizer {
public:
    /// `delimiter` 0 detects one of , ; TAB | from the first line (the most frequent outside
    /// quotes; a comma when none occurs).
    explicit CsvTokenizer(QByteArrayView bytes, char delimiter = 0);

    char delimiter() const { return m_delimiter; }

    /// Reads the next record into fields(). False at the end of the input or on an error.
    bool next();
    std::span<const CsvField> fields() const { return m_fields; }
    /// 1-based line on which the current record starts.
    int line() const { return m_recordLine; }
    /// Byte offset of the current record's start, and of what follows it.
    std::int64_t recordOffset() const { return m_recordStart; }
    std::int64_t offset() const { return m_pos; }

    bool hasError() const { return m_errorOffset >= 0; }
    std::int64_t errorOffset() const { return m_errorOffset; }
    /// What went wrong, e.g. ParseReason::UnterminatedQuote.
    ParseReason errorReason() const { return m_errorReason; }

    /// The delimiter a first line suggests (see the constructor).
    static char detectDelimiter(QByteArrayView bytes);

private:
    // A field with "" escapes: its text lives in m_scratch, which may move while the record is
    // read, so the view is set once the record is complete.
    struct Escaped {
        std::size_t field;
        std::size_t begin;
        std::size_t length;
    };
    bool fail(std::int64_t offset, ParseReason reason);
    // Scans one quoted field starting at the opening quote; appends its span.
    bool quotedField();

    const char *m_data;
    std::int64_t m_size;
    std::int64_t m_pos = 0;
    std::int64_t m_recordStart = 0;
    int m_line = 1;
    int m_recordLine = 1;
    char m_delimiter;
    std::array<bool, 256> m_endsField{}; // delimiter, CR and LF
    std::vector<CsvField> m_fields;
    std::vector<Escaped> m_escaped;
    std::string m_scratch;
    std::int64_t m_errorOffset = -1;
    ParseReason m_errorReason = ParseReason::None;
};

/// Reads a CSV file of cameras or of stations. The columns decide which: a file with line and
/// order columns (by name or through options.mapping) is a station list (name, lat, lon,
/// line, order, optional colour) and becomes lines, stations, ride links and transfer
/// complexes; any other file is a camera list (lat, lon and optional name, notes, kind,
/// heading, fov, height, fr, date, observers, ref, mount, zone).
///
/// All or nothing: the first bad value stops the import with its line and column.
[[nodiscard]] Result<Dataset> readCsv(const QString &path, const ImportOptions &options);

/// The same from bytes; `name` is what errors and the Source call the input.
[[nodiscard]] Result<Dataset> readCsvBytes(QByteArrayView bytes, const QString &name,
                                           const ImportOptions &options);

} // namespace blindspot
