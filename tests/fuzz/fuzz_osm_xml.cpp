// OpenStreetMap XML through readOsm, which takes a path: the input goes to a scratch .osm file.
// readOsm goes by the content (XML, gzip, bzip2 or PBF signature), so gzipped and PBF inputs a
// mutation produces are read too; fuzz_pbf starts from PBF seeds instead.
#include "fuzz_support.h"
#include "core/io/osm/osm_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace blindspot;
    fuzz::ensureApplication();
    const QString path = fuzz::scratchFile(fuzz::view(data, size), QStringLiteral("input.osm"));
    fuzz::checkDataset(readOsm(path, fuzz::smallOptions()));
    return 0;
}
