#pragma once

#include "core/io/import_options.h"
#include "core/io/parse_error.h"
#include "core/model/dataset.h"

#include <QByteArrayView>
#include <QString>

namespace blindspot {

/// Reads cameras from KML, as Google My Maps, Google Earth and uMap export it, or from KMZ
/// (a zip holding doc.kml, or else its first .kml entry).
///
/// Each Placemark with a Point (also inside a MultiGeometry) becomes a camera: its name and
/// description are the notes, ExtendedData (Data name/value and SchemaData SimpleData) is
/// mapped like CSV columns, TimeStamp/when is the observation date. Polygons marked as a
/// survey in their ExtendedData ("survey", "surveyed", "completeness") become survey areas;
/// other geometries are skipped. Errors carry the XML line and column (of doc.kml in a KMZ).
[[nodiscard]] Result<Dataset> readKml(const QString &path, const ImportOptions &options);

/// KML (not KMZ) from bytes; `name` is what errors and the Source call the input.
[[nodiscard]] Result<Dataset> readKmlBytes(QByteArrayView bytes, const QString &name,
                                           const ImportOptions &options);

} // namespace blindspot
