#pragma once

#include "core/io/progress.h"

#include <QHash>
#include <QString>

#include <cstdint>

namespace blindspot {

class ClipArea;

/// Caps every reader enforces, so that a hostile or broken file is refused instead of
/// exhausting memory or time. A zip or gzip whose content would exceed maxDecompressedBytes is
/// refused before it is expanded.
struct ImportLimits {
    std::int64_t maxFileBytes = std::int64_t(4) << 30;         ///< 4 GiB on disk
    std::int64_t maxDecompressedBytes = std::int64_t(8) << 30; ///< 8 GiB after gunzip/unzip
    std::int64_t maxElements = 200'000'000;                    ///< nodes, rows, features...
    /// What an OSM import keeps in memory (node references of kept ways, relation members):
    /// at most this many plus storedPerFileByte for each byte of the file. A compressed file
    /// can list hundreds of millions of references in a few megabytes; real extracts hold
    /// under one per byte, and 4 million + 3 per byte keeps a 10 MB file under 1 GB.
    std::int64_t storedBase = 4'000'000;
    std::int64_t storedPerFileByte = 3;
};

/// How columns or properties map to camera or station fields, e.g. from
/// `--csv-map lat=latitude,lon=longitude,name=name,fr=face_rec`: Blindspot field -> column.
struct FieldMapping {
    QHash<QString, QString> columnFor;
    bool isEmpty() const { return columnFor.isEmpty(); }
};

struct ImportOptions {
    FieldMapping mapping; ///< For CSV and GeoJSON; empty: the reader's defaults.
    QChar csvDelimiter;   ///< Null: detect from the header line.
    ImportLimits limits;
    Progress *progress = nullptr; ///< Optional; not owned.
    /// Optional, not owned: only what is inside is kept (`import --clip`); see clipDataset().
    const ClipArea *clip = nullptr;
    /// False: OSM buildings are left out of the base map (`import --no-buildings`). A city's
    /// buildings are most of its nodes, and of the memory its import and its pack need.
    bool buildings = true;
};

} // namespace blindspot
