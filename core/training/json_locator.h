#pragma once

#include "core/io/parse_error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <utility>

namespace blindspot {

/// Finds where a value sits in JSON text, so that an error found after parsing (QJsonDocument
/// keeps no positions) can still name a line and column a person can go to.
///
/// The text must already have parsed as JSON; the scan trusts its grammar.
class JsonLocator {
public:
    explicit JsonLocator(QByteArrayView json);

    /// Line and column (both from 1; the column counts characters, not bytes) of byte `offset`.
    std::pair<int, int> lineColumn(qsizetype offset) const;

    /// Byte offset of the value at `path`, a '/'-separated list of object keys and array
    /// indices ("choices/0/options/2/from"). When part of the path does not exist (a missing
    /// key), the offset of the deepest value that does; 0 for the empty path.
    qsizetype offsetOf(const QString &path) const;

    /// An error located at the value at `path`, with `path` as its element.
    ParseError errorAt(const QString &file, const QString &path, ParseErrorCode code,
                       ParseReason reason, QStringList args = {}) const;

    /// An error at byte `offset` (e.g. QJsonParseError::offset).
    ParseError errorAtOffset(const QString &file, qsizetype offset, ParseErrorCode code,
                             ParseReason reason, QStringList args = {}) const;

private:
    QByteArray m_json;
};

} // namespace blindspot
