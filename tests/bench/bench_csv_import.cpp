// Import issue: CSV import (tokenizing and building cameras) runs at 200 MB/s or more.
//
// Absolute speed depends on the machine, so the run also measures a baseline on the same bytes:
// memchr counting line ends, about the least any reader must do (touch every byte once). The
// ratio says how many such passes the import costs; the tokenizer alone is shown in between.
#include "bench_ratio.h"

#include "core/io/camera_export.h"
#include "core/io/csv_reader.h"
#include "core/sample/synthetic_city.h"

#include <QByteArray>

#include <cstring>

namespace {

constexpr double kMinMegabytesPerSecond = 200.0;

// The synthetic city's 160,000 cameras as Blindspot's own CSV export writes them.
const QByteArray &csvBytes()
{
    static const QByteArray bytes = [] {
        const auto r = blindspot::cameraExportBytes(blindspot::makeSyntheticCity({}),
                                                    blindspot::FileFormat::Csv);
        return std::get<QByteArray>(r);
    }();
    return bytes;
}

void BM_MemchrLineEnds(benchmark::State &state)
{
    const QByteArray &bytes = csvBytes();
    for (auto _ : state) {
        std::size_t lines = 0;
        const char *p = bytes.constData();
        const char *end = p + bytes.size();
        while (const void *nl = std::memchr(p, '\n', std::size_t(end - p))) {
            ++lines;
            p = static_cast<const char *>(nl) + 1;
        }
        benchmark::DoNotOptimize(lines);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * bytes.size());
}

void BM_TokenizeCsv(benchmark::State &state)
{
    const QByteArray &bytes = csvBytes();
    for (auto _ : state) {
        blindspot::CsvTokenizer csv(bytes, ',');
        std::size_t fields = 0;
        while (csv.next())
            fields += csv.fields().size();
        benchmark::DoNotOptimize(fields);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * bytes.size());
}

void BM_ReadCsv(benchmark::State &state)
{
    const QByteArray &bytes = csvBytes();
    for (auto _ : state) {
        auto dataset = blindspot::readCsvBytes(bytes, QStringLiteral("bench.csv"), {});
        if (blindspot::isError(dataset) ||
            std::get<blindspot::Dataset>(dataset).cameras.size() != 160'000)
            state.SkipWithError("import failed");
        benchmark::DoNotOptimize(dataset);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * bytes.size());
}

BENCHMARK(BM_MemchrLineEnds)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_TokenizeCsv)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_ReadCsv)->Unit(benchmark::kMillisecond)->Repetitions(9)->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    const double megabytes = csvBytes().size() / 1e6;
    std::printf("160,000 camera rows: %.1f MB of CSV\n", megabytes);
    blindspot::bench::MedianReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    const double readMs = reporter.median("BM_ReadCsv");
    const double tokenizeMs = reporter.median("BM_TokenizeCsv");
    if (readMs > 0 && tokenizeMs > 0) {
        const double rate = megabytes / (readMs / 1000.0);
        std::printf("CSV tokenizing: %.0f MB/s\n", megabytes / (tokenizeMs / 1000.0));
        std::printf("CSV import: %.0f MB/s (limit >= %.0f): %s\n", rate, kMinMegabytesPerSecond,
                    rate >= kMinMegabytesPerSecond ? "ok" : "UNDER");
        reporter.expect(rate >= kMinMegabytesPerSecond, "CSV import MB/s");
        std::printf("CSV import by CPU time: %.0f MB/s\n",
                    megabytes / (reporter.cpuMedian("BM_ReadCsv") / 1000.0));
    }
    // Informational: import time in memchr passes over the same bytes (no limit).
    reporter.printRatio("BM_ReadCsv", "BM_MemchrLineEnds", 1e9);
    benchmark::Shutdown();
    return reporter.exitCode();
}
