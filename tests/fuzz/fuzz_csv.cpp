// CSV from bytes. An input starting with byte 1, 2 or 3 is read with the delimiter ',', ';' or
// TAB given and that byte dropped; any other input (the fixtures) as it is, with the delimiter
// detected from the header line.
#include "fuzz_support.h"
#include "core/io/csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace blindspot;
    fuzz::ensureApplication();
    ImportOptions options = fuzz::smallOptions();
    QByteArrayView bytes = fuzz::view(data, size);
    if (size > 0 && data[0] >= 1 && data[0] <= 3) {
        constexpr char kDelimiters[] = {',', ';', '\t'};
        options.csvDelimiter = QChar(kDelimiters[data[0] - 1]);
        bytes = bytes.sliced(1);
    }
    fuzz::checkDataset(readCsvBytes(bytes, QStringLiteral("fuzz.csv"), options));

    // The tokenizer on its own, as its public interface promises: offsets inside the input.
    CsvTokenizer tokenizer(bytes, options.csvDelimiter.toLatin1());
    while (tokenizer.next()) {
        for (const CsvField &field : tokenizer.fields())
            if (field.offset < 0 || field.offset > bytes.size())
                std::abort();
        if (tokenizer.offset() > bytes.size())
            std::abort();
    }
    return 0;
}
