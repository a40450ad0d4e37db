#pragma once

#include "core/io/file_format.h"
#include "core/io/parse_error.h"
#include "core/model/dataset.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace blindspot {

/// True for the formats cameras can be exported to: GeoJSON, CSV, KML and OSM XML.
bool canExportCameras(FileFormat format);

/// A dataset's cameras in one of the export formats, with their provenance: every camera's
/// kind, FR status, heading, field of view, height, mount, notes, source reference, the
/// latest date it was observed, the observers of all its sightings added up, and the names
/// of the sources that reported it. Importing the result gives back the same cameras (with
/// one sighting carrying that date and sum). A camera placed only by its station is written
/// at the station's position with its zone and station name.
///
/// OSM XML holds new nodes (negative ids) tagged man_made=surveillance,
/// surveillance:type=camera, camera:type, camera:direction, camera:mount, height, plus
/// blindspot:* tags for what OSM has no tag for (FR status above all).
///
/// Training data stays marked as such: GeoJSON, KML and OSM exports of a fictional dataset
/// say so. Text cells that a spreadsheet would run as a formula get a leading apostrophe,
/// which the CSV reader removes again.
///
/// Unsupported (ParseErrorCode) for a format cameras cannot be exported to.
[[nodiscard]] Result<QByteArray> cameraExportBytes(const Dataset &dataset, FileFormat format);

/// Writes cameraExportBytes atomically (see writeFileAtomically).
[[nodiscard]] std::optional<ParseError> writeCameraExport(const Dataset &dataset,
                                                          FileFormat format, const QString &path);

} // namespace blindspot
