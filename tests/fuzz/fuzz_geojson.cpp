// GeoJSON from bytes.
#include "fuzz_support.h"
#include "core/io/geojson_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace blindspot;
    fuzz::ensureApplication();
    const QByteArrayView bytes = fuzz::view(data, size);
    fuzz::checkDataset(
        readGeoJsonBytes(bytes, QStringLiteral("fuzz.geojson"), fuzz::smallOptions()));
    // The slow path that locates syntax errors for messages walks the text on its own.
    const JsonSyntaxError syntax = locateJsonSyntaxError(bytes);
    if (syntax.offset > bytes.size())
        std::abort(); // an error located past the end of the text
    return 0;
}
