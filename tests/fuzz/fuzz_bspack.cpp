// .bspack from bytes; a pack that reads must also write and read back unchanged. Inputs that do
// not start with the pack magic are taken as a payload and framed with a correct length and
// XXH3 hash, so that mutations reach the protobuf parser and the model checks instead of
// stopping at the checksum.
#include "fuzz_support.h"
#include "core/io/pack_io.h"

#include <xxhash.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace blindspot;
    fuzz::ensureApplication();
    QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (!looksLikePack(input)) {
        // The frame documented in core/io/pack.proto: magic, payload length, XXH3-64.
        char frame[24] = {'B', 'S', 'P', 'A', 'C', 'K', '\r', '\n'};
        const std::uint64_t length = size;
        const std::uint64_t hash = XXH3_64bits(data, size);
        for (int i = 0; i < 8; ++i) {
            frame[8 + i] = static_cast<char>(length >> (8 * i));
            frame[16 + i] = static_cast<char>(hash >> (8 * i));
        }
        input.prepend(frame, sizeof frame);
    }
    fuzz::checkDataset(readPackBytes(input, QStringLiteral("fuzz.bspack")));
    return 0;
}
