// GTFS feeds through readGtfs, which takes a path. An input that starts like a zip ("PK") is
// read as a zipped feed. Any other input is split at 0x01 bytes into the text files of a feed
// folder (agency, stops, routes, trips, stop_times, transfers, feed_info, translations, in that
// order; a missing part is a missing file), so that mutations reach the CSV parsing and the
// feed's cross-references instead of stopping at the zip layer's CRCs. scripts/fuzz joins
// tests/data/gtfs/mini that way for a seed.
#include "fuzz_support.h"
#include "core/io/gtfs_reader.h"

#include <QDir>
#include <QList>

#include <iterator>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace blindspot;
    fuzz::ensureApplication();
    const QByteArrayView bytes = fuzz::view(data, size);
    if (bytes.startsWith("PK")) {
        const QString path = fuzz::scratchFile(bytes, QStringLiteral("feed.zip"));
        fuzz::checkDataset(readGtfs(path, fuzz::smallOptions()));
        return 0;
    }
    static const char *const kFiles[] = {"agency.txt",    "stops.txt",       "routes.txt",
                                         "trips.txt",     "stop_times.txt",  "transfers.txt",
                                         "feed_info.txt", "translations.txt"};
    const QDir folder(fuzz::scratchPath(QStringLiteral("feed")));
    if (!folder.exists() && !QDir().mkpath(folder.path()))
        std::abort(); // see fuzz::scratchPath
    const QList<QByteArray> parts = bytes.toByteArray().split('\x01');
    for (qsizetype i = 0; i < qsizetype(std::size(kFiles)); ++i) {
        const QString name = QLatin1String(kFiles[i]);
        if (i < parts.size())
            fuzz::scratchFile(parts[i], QStringLiteral("feed/") + name);
        else
            QFile::remove(folder.filePath(name));
    }
    fuzz::checkDataset(readGtfs(folder.path(), fuzz::smallOptions()));
    return 0;
}
