#pragma once

#include "core/geo/lat_lon.h"
#include "core/io/import_options.h"
#include "core/io/parse_error.h"

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace blindspot {

/// A path someone walked or plans to walk, to evaluate as it is (blindspot-cli exposure).
struct Track {
    std::vector<LatLon> points; ///< In order; segments of several tracks joined end to end.
};

/// Reads a track: GPX 1.0/1.1 `<trkpt>` (every segment of every track, in order) or, when the
/// file has none, `<rtept>`; GeoJSON LineString or MultiLineString geometries, alone or in a
/// Feature or FeatureCollection, in order. Fails with a located error on a malformed file, a
/// point outside WGS84, fewer than two points, or more than options.limits.maxElements points.
[[nodiscard]] Result<Track> readTrack(const QString &path, const ImportOptions &options = {});
[[nodiscard]] Result<Track> readTrackBytes(QByteArrayView bytes, const QString &name,
                                           const ImportOptions &options = {});

} // namespace blindspot
