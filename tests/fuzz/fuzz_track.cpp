// Tracks (GPX trkpt/rtept, GeoJSON lines) for `exposure --track`, from bytes.
#include "fuzz_support.h"
#include "core/io/track_reader.h"

#include <cmath>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace blindspot;
    fuzz::ensureApplication();
    const Result<Track> read =
        readTrackBytes(fuzz::view(data, size), QStringLiteral("fuzz.gpx"), fuzz::smallOptions());
    if (const Track *track = std::get_if<Track>(&read)) {
        // A track that reads has at least two valid points, and no more than the cap.
        if (track->points.size() < 2 ||
            std::int64_t(track->points.size()) > fuzz::smallOptions().limits.maxElements)
            std::abort();
        for (const LatLon &p : track->points)
            if (!p.isValid())
                std::abort();
    }
    return 0;
}
