#pragma once

#include "core/io/import_options.h"
#include "core/io/parse_error.h"
#include "core/model/dataset.h"

#include <QByteArrayView>
#include <QString>

namespace blindspot {

/// Reads cameras from the waypoints of a GPX 1.0 or 1.1 file (what phone survey apps such as
/// OsmAnd and Organic Maps export): `<wpt lat lon>` with name, desc, cmt, type (the camera
/// kind), time (the observation date) and any simple element under `<extensions>` (e.g.
/// `<fr>yes</fr>`), mapped like CSV columns. Tracks and routes are skipped.
/// Errors carry the XML line and column.
[[nodiscard]] Result<Dataset> readGpx(const QString &path, const ImportOptions &options);

/// The same from bytes; `name` is what errors and the Source call the input.
[[nodiscard]] Result<Dataset> readGpxBytes(QByteArrayView bytes, const QString &name,
                                           const ImportOptions &options);

} // namespace blindspot
