// Exposure/routing issue, on the 160,000-camera, 300-station synthetic city: fastest and
// least-exposed queries under 5 ms each; the Pareto front at most 10x the two single queries
// together. Queries run between random station pairs, the same pairs for every benchmark.
#include "bench_ratio.h"

#include "routing/place_resolver.h"
#include "routing/route_planner.h"
#include "sample/synthetic_city.h"

#include <chrono>
#include <random>

namespace {

using namespace blindspot;

struct Fixture {
    std::shared_ptr<const Dataset> city;
    std::unique_ptr<RoutePlanner> planner;
    std::vector<RouteRequest> requests;
    double buildSeconds = 0.0;
};

const Fixture &fixture()
{
    static const Fixture f = [] {
        Fixture out;
        out.city = std::make_shared<const Dataset>(makeSyntheticCity({}));
        const auto start = std::chrono::steady_clock::now();
        out.planner = std::make_unique<RoutePlanner>(out.city, ModelParameters::builtIn());
        out.buildSeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const PlaceResolver resolver(*out.city);
        std::mt19937 rng(11);
        std::uniform_int_distribution<std::uint32_t> station(
            0, std::uint32_t(out.city->network.stations.size() - 1));
        while (out.requests.size() < 32) {
            RouteRequest r;
            r.from = *resolver.resolve(QStringLiteral("station:%1").arg(station(rng))).place;
            r.to = *resolver.resolve(QStringLiteral("station:%1").arg(station(rng))).place;
            if (r.from.stations != r.to.stations)
                out.requests.push_back(r);
        }
        return out;
    }();
    return f;
}

void BM_Fastest(benchmark::State &state)
{
    const Fixture &f = fixture();
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(f.planner->fastest(f.requests[i++ % f.requests.size()]));
}

void BM_LeastExposed(benchmark::State &state)
{
    const Fixture &f = fixture();
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(f.planner->leastExposed(f.requests[i++ % f.requests.size()]));
}

// The baseline the Pareto target is stated against: one fastest plus one least-exposed query.
void BM_FastestPlusLeastExposed(benchmark::State &state)
{
    const Fixture &f = fixture();
    std::size_t i = 0;
    for (auto _ : state) {
        const RouteRequest &r = f.requests[i++ % f.requests.size()];
        benchmark::DoNotOptimize(f.planner->fastest(r));
        benchmark::DoNotOptimize(f.planner->leastExposed(r));
    }
}

void BM_Pareto(benchmark::State &state)
{
    const Fixture &f = fixture();
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(f.planner->pareto(f.requests[i++ % f.requests.size()]));
}

// Every benchmark cycles through all 32 pairs: 32 iterations minimum per repetition.
BENCHMARK(BM_Fastest)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(64)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_LeastExposed)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(64)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_FastestPlusLeastExposed)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(64)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_Pareto)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(64)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    const Fixture &f = fixture();
    std::printf("synthetic city: %zu stations, %zu cameras; planner built in %.2f s\n",
                f.city->network.stations.size(), f.city->cameras.size(), f.buildSeconds);
    blindspot::bench::MedianReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    std::printf("fastest median %.2f ms (target < 5), least exposed median %.2f ms (target < 5)\n",
                reporter.median("BM_Fastest"), reporter.median("BM_LeastExposed"));
    reporter.printRatio("BM_Pareto", "BM_FastestPlusLeastExposed", 10.0);
    benchmark::Shutdown();
    return 0;
}
