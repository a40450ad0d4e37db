// OpenStreetMap PBF through readOsm, from a scratch .osm.pbf file. Seeded with the OSM fixtures
// converted by osmium (scripts/fuzz); PBF blobs are zlib-compressed, so most mutations stop at
// inflating, and those of the BlobHeaders and uncompressed blobs reach the decoder.
#include "fuzz_support.h"
#include "core/io/osm/osm_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace blindspot;
    fuzz::ensureApplication();
    const QString path = fuzz::scratchFile(fuzz::view(data, size), QStringLiteral("input.osm.pbf"));
    fuzz::checkDataset(readOsm(path, fuzz::smallOptions()));
    return 0;
}
