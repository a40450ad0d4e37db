// Import issue: reading 160,000 camera points from GeoJSON takes at most 0.25x the time
// QJsonDocument::fromJson needs just to parse the same bytes (no model built at all).
#include "bench_ratio.h"

#include "core/io/camera_export.h"
#include "core/io/geojson_reader.h"
#include "core/sample/synthetic_city.h"

#include <QByteArray>
#include <QJsonDocument>

namespace {

// The synthetic Moscow-sized city's 160,000 cameras, as Blindspot's own GeoJSON export writes
// them: every feature carries kind, FR status, heading, provenance and so on.
const QByteArray &geoJsonBytes()
{
    static const QByteArray bytes = [] {
        const auto r = blindspot::cameraExportBytes(blindspot::makeSyntheticCity({}),
                                                    blindspot::FileFormat::GeoJson);
        return std::get<QByteArray>(r);
    }();
    return bytes;
}

// The baseline: Qt's JSON parser building its document tree, nothing else.
void BM_QJsonDocumentFromJson(benchmark::State &state)
{
    const QByteArray &bytes = geoJsonBytes();
    for (auto _ : state) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        benchmark::DoNotOptimize(doc);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * bytes.size());
}

// The candidate: parse, map properties, build and check every camera and its source.
void BM_ReadGeoJson(benchmark::State &state)
{
    const QByteArray &bytes = geoJsonBytes();
    for (auto _ : state) {
        auto dataset = blindspot::readGeoJsonBytes(bytes, QStringLiteral("bench.geojson"), {});
        if (blindspot::isError(dataset) ||
            std::get<blindspot::Dataset>(dataset).cameras.size() != 160'000)
            state.SkipWithError("import failed");
        benchmark::DoNotOptimize(dataset);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * bytes.size());
}

BENCHMARK(BM_QJsonDocumentFromJson)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_ReadGeoJson)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    std::printf("160,000 camera features: %.1f MB of GeoJSON\n", geoJsonBytes().size() / 1e6);
    blindspot::bench::MedianReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatio("BM_ReadGeoJson", "BM_QJsonDocumentFromJson", 0.25);
    const double cpu = reporter.cpuMedian("BM_ReadGeoJson"),
                 cpuBase = reporter.cpuMedian("BM_QJsonDocumentFromJson");
    if (cpu > 0 && cpuBase > 0)
        std::printf("CPU time: BM_ReadGeoJson / BM_QJsonDocumentFromJson = %.3f\n", cpu / cpuBase);
    benchmark::Shutdown();
    return reporter.exitCode();
}
