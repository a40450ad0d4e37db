#pragma once

// A structural check of OSM XML before libosmium reads it. Private to the OSM reader.
#include "core/io/import_options.h"
#include "core/io/parse_error.h"

#include <QString>

#include <optional>

namespace blindspot::osm {

enum class XmlCompression : std::uint8_t { None, Gzip, Bzip2 };

/// Reads an OSM XML or osmChange file once, without building objects, and returns the first
/// problem with its line and column, or nothing when the file is well formed.
///
/// libosmium accepts some invalid files (an unknown element beside the nodes is skipped) and
/// reports its own structural errors without a position. This check rejects, each with line and
/// column: malformed XML; entity declarations (the "billion laughs" expansion attack); a root
/// other than <osm> or <osmChange>; a missing or unsupported version; unknown elements at the
/// data level or inside node, way and relation; a node, way or relation without a numeric id;
/// an <nd> or <member> without a numeric ref; a member type other than node, way or relation; a
/// <tag> without k or v; a lat or lon that is not a number in range. It also enforces the
/// decompressed size and element count caps, reports progress in compressed bytes read (added to
/// progressBase, out of progressTotal) and stops when the import is cancelled.
std::optional<ParseError> checkOsmXml(const QString &path, XmlCompression compression,
                                      const ImportOptions &options, qint64 progressBase,
                                      qint64 progressTotal);

} // namespace blindspot::osm
