#pragma once

#include "core/io/import_options.h"
#include "core/io/parse_error.h"
#include "core/model/dataset.h"

#include <QByteArrayView>
#include <QString>

namespace blindspot {

/// Reads cameras from GeoJSON (RFC 7946): a FeatureCollection or a single Feature.
///
/// Point and MultiPoint features become cameras; their properties are mapped like CSV columns
/// (options.mapping, then well-known names including OSM tags such as camera:direction and
/// Overpass's "@id", also inside a nested "tags" object). Polygon features with a "survey",
/// "surveyed" or "completeness" property become survey areas. Other geometries are skipped.
/// Errors carry the line and column of the offending value.
[[nodiscard]] Result<Dataset> readGeoJson(const QString &path, const ImportOptions &options);

/// The same from bytes; `name` is what errors and the Source call the input.
[[nodiscard]] Result<Dataset> readGeoJsonBytes(QByteArrayView bytes, const QString &name,
                                               const ImportOptions &options);

/// Where the first JSON syntax error is (byte offset and what was expected), or -1 when the
/// text is well-formed JSON. Slow path for error messages: simdjson says what went wrong but
/// not where.
struct JsonSyntaxError {
    std::int64_t offset = -1;
    ParseReason expected = ParseReason::None; ///< What was expected there, e.g. JsonValue.
};
JsonSyntaxError locateJsonSyntaxError(QByteArrayView text);

} // namespace blindspot
