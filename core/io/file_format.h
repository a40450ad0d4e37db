#pragma once

#include <QString>

#include <optional>

namespace blindspot {

/// Every format Blindspot reads (DESIGN.md, Formats). Names as on the command line.
enum class FileFormat : std::uint8_t {
    Osm,     ///< "osm": OSM XML (.osm, .osm.gz, .osc)
    Pbf,     ///< "pbf": OSM PBF
    Gtfs,    ///< "gtfs": GTFS feed, zip or folder
    GeoJson, ///< "geojson"
    Csv,     ///< "csv"
    Kml,     ///< "kml": KML or KMZ
    Gpx,     ///< "gpx": GPX waypoints
    Bspack,  ///< "bspack": Blindspot's own
};

/// The format named on the command line ("osm", "pbf", ...), or none.
std::optional<FileFormat> formatFromName(const QString &name);
QString formatName(FileFormat format);

/// Guesses a file's format from its content first (signatures) and its name second.
/// Folders are GTFS feeds when they hold stops.txt. None when nothing fits.
std::optional<FileFormat> guessFormat(const QString &path);

} // namespace blindspot
