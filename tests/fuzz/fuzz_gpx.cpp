// GPX from bytes.
#include "fuzz_support.h"
#include "core/io/gpx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace blindspot;
    fuzz::ensureApplication();
    fuzz::checkDataset(
        readGpxBytes(fuzz::view(data, size), QStringLiteral("fuzz.gpx"), fuzz::smallOptions()));
    return 0;
}
