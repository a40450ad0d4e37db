// Foundation issue: reading a 160,000-camera pack takes at most 1.2x a bare protobuf
// ParseFromString of the same bytes.
#include "bench_ratio.h"

#include "core/io/pack.pb.h"
#include "core/io/pack_io.h"
#include "core/sample/synthetic_city.h"

#include <QByteArray>

namespace {

const QByteArray &cityBytes()
{
    static const QByteArray bytes = blindspot::packBytes(blindspot::makeSyntheticCity({}));
    return bytes;
}

// The baseline: the protobuf payload parsed into a heap-allocated message, nothing else.
void BM_ProtobufParseFromString(benchmark::State &state)
{
    const std::string payload(cityBytes().constData() + 24, std::size_t(cityBytes().size() - 24));
    for (auto _ : state) {
        blindspot::pack::Pack pack;
        const bool ok = pack.ParseFromString(payload);
        benchmark::DoNotOptimize(ok);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(payload.size()));
}

// The candidate: frame and checksum check, parse, conversion to the model, validation.
void BM_ReadPack(benchmark::State &state)
{
    const QByteArray &bytes = cityBytes();
    for (auto _ : state) {
        auto dataset = blindspot::readPackBytes(bytes, QStringLiteral("bench"));
        benchmark::DoNotOptimize(dataset);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(bytes.size()));
}

BENCHMARK(BM_ProtobufParseFromString)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_ReadPack)->Unit(benchmark::kMillisecond)->Repetitions(9)->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    std::printf("160,000-camera synthetic city: %.1f MB\n", cityBytes().size() / 1e6);
    blindspot::bench::MedianReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatio("BM_ReadPack", "BM_ProtobufParseFromString", 1.2);
    benchmark::Shutdown();
    return reporter.exitCode();
}
