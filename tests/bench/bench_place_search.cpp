// Issue 16: address search under 10 ms on a Moscow-scale street map: the synthetic city with
// its 1.76-million-node walking grid and about 320,000 addresses. Resolving an address, a typo
// that falls through to "did you mean", and completing a few typed words are measured beside
// resolving a station name (the search every map has) in the same run.
#include "bench_ratio.h"

#include "routing/place_resolver.h"
#include "sample/synthetic_city.h"

#include <chrono>
#include <cstdio>
#include <memory>

namespace {

using namespace blindspot;

struct Fixture {
    Dataset city;
    std::unique_ptr<PlaceResolver> resolver;
    double buildSeconds = 0.0;
};

Fixture &fixture()
{
    static Fixture f = [] {
        Fixture out;
        SyntheticCityOptions options;
        options.streetBlockMetres = 100.0;
        out.city = makeSyntheticCity(options);
        const auto start = std::chrono::steady_clock::now();
        out.resolver = std::make_unique<PlaceResolver>(out.city);
        out.buildSeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return out;
    }();
    return f;
}

void search(benchmark::State &state, const QString &typed, bool complete)
{
    Fixture &f = fixture();
    std::size_t found = 0;
    for (auto _ : state) {
        if (complete) {
            found = f.resolver->placeCompletions(typed).size();
        } else {
            const auto r = f.resolver->resolve(typed);
            found = r.place ? 1 : r.placeSuggestions.size() + r.suggestions.size();
        }
        benchmark::DoNotOptimize(found);
    }
    state.counters["found"] = double(found);
    state.counters["places"] = double(f.city.places.size());
}

void BM_ResolveStation(benchmark::State &state)
{
    search(state, fixture().city.network.stations[150].name.native, false);
}
void BM_ResolveAddress(benchmark::State &state)
{
    search(state, QStringLiteral("ул. 123-я Поперечная, 217"), false);
}
void BM_ResolveAddressTypo(benchmark::State &state)
{
    search(state, QStringLiteral("123-я Поперечнай 217"), false);
}
void BM_CompleteAddress(benchmark::State &state)
{
    search(state, QStringLiteral("поперечная 217"), true);
}

// The worst case: a word every address has and a number none has, too short for the
// word-start index, so all 310,000 places with "поп..." are looked at and none matches.
void BM_CompleteNothing(benchmark::State &state)
{
    search(state, QStringLiteral("поперечная 0"), true);
}

BENCHMARK(BM_ResolveStation)->Unit(benchmark::kMillisecond)->Repetitions(9)->ReportAggregatesOnly(true);
BENCHMARK(BM_ResolveAddress)->Unit(benchmark::kMillisecond)->Repetitions(9)->ReportAggregatesOnly(true);
BENCHMARK(BM_ResolveAddressTypo)->Unit(benchmark::kMillisecond)->Repetitions(9)->ReportAggregatesOnly(true);
BENCHMARK(BM_CompleteAddress)->Unit(benchmark::kMillisecond)->Repetitions(9)->ReportAggregatesOnly(true);
BENCHMARK(BM_CompleteNothing)->Unit(benchmark::kMillisecond)->Repetitions(9)->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    blindspot::bench::MedianReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    std::printf("index of %zu places built in %.2f s\n", fixture().city.places.size(),
                fixture().buildSeconds);
    for (const char *name :
         {"BM_ResolveAddress", "BM_ResolveAddressTypo", "BM_CompleteAddress", "BM_CompleteNothing"}) {
        const double ms = reporter.median(name);
        std::printf("%s median: %.2f ms (limit 10 ms): %s\n", name, ms,
                    ms >= 0 && ms < 10.0 ? "ok" : "OVER");
        reporter.printRatio(name, "BM_ResolveStation", 1e9);
    }
    std::fflush(stdout);
    benchmark::Shutdown();
    return 0;
}
