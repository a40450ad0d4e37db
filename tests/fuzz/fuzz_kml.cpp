// KML from bytes, and KMZ through a scratch file when the input starts like a zip (readKml
// takes a path and goes by the content).
#include "fuzz_support.h"
#include "core/io/kml_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace blindspot;
    fuzz::ensureApplication();
    const QByteArrayView bytes = fuzz::view(data, size);
    if (bytes.startsWith("PK")) {
        const QString path = fuzz::scratchFile(bytes, QStringLiteral("input.kmz"));
        fuzz::checkDataset(readKml(path, fuzz::smallOptions()));
    } else {
        fuzz::checkDataset(readKmlBytes(bytes, QStringLiteral("fuzz.kml"), fuzz::smallOptions()));
    }
    return 0;
}
