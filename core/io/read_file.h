#pragma once

// Reading a whole input file for the readers that parse from memory (CSV, GeoJSON, KML, GPX).
#include "core/io/import_options.h"
#include "core/io/parse_error.h"

#include <QByteArray>
#include <QString>

namespace blindspot {

/// Reads a whole file under the size cap (limits.maxFileBytes). Errors name `path`.
Result<QByteArray> readWholeFile(const QString &path, const ImportLimits &limits);

} // namespace blindspot
