#include "core/io/importer.h"

#include "core/io/csv_reader.h"
#include "core/io/geojson_reader.h"
#include "core/io/gpx_reader.h"
#include "core/io/gtfs_reader.h"
#include "core/io/kml_reader.h"
#include "core/io/osm/osm_reader.h"
#include "core/io/pack_io.h"

#include <QFile>
#include <QFileInfo>

namespace blindspot {

namespace {

Result<Dataset> readAs(const QString &path, FileFormat format, const ImportOptions &options)
{
    switch (format) {
    case FileFormat::Osm:
    case FileFormat::Pbf:
        return readOsm(path, options);
    case FileFormat::Gtfs:
        return readGtfs(path, options);
    case FileFormat::GeoJson:
        return readGeoJson(path, options);
    case FileFormat::Csv:
        return readCsv(path, options);
    case FileFormat::Kml:
        return readKml(path, options);
    case FileFormat::Gpx:
        return readGpx(path, options);
    case FileFormat::Bspack:
        return readPackFile(path);
    }
    return fileError(path, ParseErrorCode::Unsupported, ParseReason::UnrecognisedFormat);
}

Result<Dataset> importFileMayThrow(const QString &path, std::optional<FileFormat> format,
                                   const ImportOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        QFile file(path);
        (void)file.open(QIODevice::ReadOnly); // only for the system's words for what is wrong
        return systemError(path, ParseErrorCode::CannotOpen, file.errorString());
    }
    if (!info.isDir() && info.size() > options.limits.maxFileBytes)
        return tooLarge(path, options.limits.maxFileBytes);
    if (info.isDir() && format && format != FileFormat::Gtfs)
        return fileError(path, ParseErrorCode::CannotOpen, ParseReason::FolderNotFile);
    if (!format)
        format = guessFormat(path);
    if (!format)
        return fileError(path, ParseErrorCode::Unsupported, ParseReason::UnrecognisedFormat);
    if (options.progress && options.progress->isCancelled())
        return fileError(path, ParseErrorCode::Cancelled);

    Result<Dataset> read = readAs(path, *format, options);
    if (isError(read))
        return read;
    return clippedAndValidated(std::get<Dataset>(std::move(read)), path, options);
}

} // namespace

Result<Dataset> importFile(const QString &path, std::optional<FileFormat> format,
                           const ImportOptions &options)
{
    return withoutBadAlloc(path, [&] { return importFileMayThrow(path, format, options); });
}

Result<Dataset> clippedAndValidated(Dataset dataset, const QString &name,
                                    const ImportOptions &options)
{
    return withoutBadAlloc(name, [&]() -> Result<Dataset> {
        if (options.clip)
            clipDataset(dataset, *options.clip);
        // Readers build valid datasets by construction; this is the one place that makes sure,
        // so that no reader's slip can put a broken dataset in front of the rest of the program.
        const std::vector<ModelIssue> issues = validateDataset(dataset);
        if (!issues.empty())
            return invalidModel(name, issues.front());
        return std::move(dataset);
    });
}

} // namespace blindspot
