// Issue 16: address search under 10 ms on a Moscow-scale street map: the synthetic city with
// its 1.76-million-node walking grid and about 310,000 addresses. Resolving an address, a typo
// that falls through to "did you mean", and completing a few typed words are measured beside
// resolving a station name (the search every map has) in the same run, with the worst cases
// for each (what makes the most places candidates while matching none), the index build, which
// runs whenever a map opens, and both again with 100,000 named shops on the map.
#include "bench_ratio.h"

#include "core/routing/place_resolver.h"
#include "core/sample/synthetic_city.h"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <memory>
#include <utility>

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

// The same streets and addresses with 100,000 named shops besides, "Аптека Ромашка 17" and
// "Pharmacy Romashka 17" (twelve kinds, sixteen names, a number under 1,000), as many as a big
// city's map may have: "did you mean" weighs every name against what was typed.
Fixture &namedFixture()
{
    static Fixture f = [] {
        Fixture out;
        const Dataset &city = fixture().city;
        out.city.network = city.network;
        out.city.streets.ways = city.streets.ways;
        out.city.places = city.places;
        const std::pair<const char *, const char *> kinds[] = {{"Кафе", "Cafe"},
                                                               {"Аптека", "Pharmacy"},
                                                               {"Магазин", "Shop"},
                                                               {"Продукты", "Grocery"},
                                                               {"Пекарня", "Bakery"},
                                                               {"Цветы", "Flowers"},
                                                               {"Книги", "Books"},
                                                               {"Ремонт обуви", "Shoe Repair"},
                                                               {"Салон красоты", "Beauty Salon"},
                                                               {"Стоматология", "Dentist"},
                                                               {"Банкомат", "ATM"},
                                                               {"Химчистка", "Dry Cleaner"}};
        const std::pair<const char *, const char *> names[] = {
            {"Лотос", "Lotos"},      {"Рассвет", "Rassvet"},       {"Восток", "Vostok"},
            {"у дома", "Near Home"}, {"на углу", "On the Corner"}, {"Берёзка", "Beryozka"},
            {"Ромашка", "Romashka"}, {"Элита", "Elita"},           {"Сказка", "Skazka"},
            {"Уют", "Uyut"},         {"Радуга", "Raduga"},         {"Весна", "Vesna"},
            {"Калинка", "Kalinka"},  {"Глобус", "Globus"},         {"Фортуна", "Fortuna"},
            {"Орион", "Orion"}};
        std::uint32_t seed = 16;
        const auto next = [&seed](std::uint32_t below) {
            seed = seed * 1664525u + 1013904223u; // Numerical Recipes' LCG
            return (seed >> 8) % below;
        };
        const auto shopName = [](const char *kind, const char *name, std::uint32_t number) {
            return QStringLiteral("%1 %2 %3")
                .arg(QString::fromUtf8(kind), QString::fromUtf8(name))
                .arg(number);
        };
        for (int i = 0; i < 100000; ++i) {
            const auto &[kindRu, kindEn] = kinds[next(std::size(kinds))];
            const auto &[nameRu, nameEn] = names[next(std::size(names))];
            const std::uint32_t number = next(1000);
            NamedPlace shop;
            shop.kind = NamedPlace::Kind::Shop;
            shop.name.native = shopName(kindRu, nameRu, number);
            shop.name.byLanguage.insert(QStringLiteral("en"), shopName(kindEn, nameEn, number));
            shop.position = city.places[std::size_t(i) * 3].position;
            out.city.places.push_back(std::move(shop));
        }
        out.resolver = std::make_unique<PlaceResolver>(out.city);
        return out;
    }();
    return f;
}

void search(benchmark::State &state, Fixture &f, const QString &typed, bool complete)
{
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

void search(benchmark::State &state, const QString &typed, bool complete)
{
    search(state, fixture(), typed, complete);
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

// Worst cases for completion: a word every address has and a number none has; one-letter
// words that nearly every address has ("п" for Поперечная, "у" for улица) with three numbers
// where an address has two (its street's and its own); the same words pasted fifty times; and
// "поперечнaя" with a Latin "a", which no address has but whose first three letters all have.
void BM_CompleteNothing(benchmark::State &state)
{
    search(state, QStringLiteral("поперечная 0"), true);
}
void BM_CompleteOneLetterWords(benchmark::State &state)
{
    search(state, QStringLiteral("п у 1 2 3"), true);
}
void BM_CompleteManyWords(benchmark::State &state)
{
    search(state, QStringLiteral("поперечная улица 1 2 ").repeated(50) + QStringLiteral("3"), true);
}
void BM_CompleteMixedScript(benchmark::State &state)
{
    search(state, QStringLiteral("поперечн") + QLatin1Char('a') + QStringLiteral("я 2"), true);
}

// Worst cases for "did you mean": 1,100 characters of a misspelt street before a number every
// street has (each of its 1,200 addresses and each station name compared with all of it), and
// the typo with a Latin "a" in the street.
void BM_ResolveLongGarbage(benchmark::State &state)
{
    search(state, QStringLiteral("поперечнай ").repeated(100) + QStringLiteral("1"), false);
}
void BM_ResolveMixedScript(benchmark::State &state)
{
    search(state, QStringLiteral("123-я Поперечн") + QLatin1Char('a') + QStringLiteral("я 217"),
           false);
}

// "did you mean" on the map with named shops: a street typed without the space after its
// number, near no name, and the beginning of a name that many names begin.
void BM_ResolveTypoManyNames(benchmark::State &state)
{
    search(state, namedFixture(), QStringLiteral("324-яПоперечная улица"), false);
}
void BM_ResolveNameStartManyNames(benchmark::State &state)
{
    search(state, namedFixture(), QStringLiteral("Аптека Ромашк"), false);
}

// The index a map builds when it opens.
void buildIndex(benchmark::State &state, const Dataset &city)
{
    std::size_t found = 0;
    for (auto _ : state) {
        const PlaceResolver resolver(city);
        found = resolver.placeCompletions(QStringLiteral("поперечная 217")).size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["places"] = double(city.places.size());
}
void BM_BuildIndex(benchmark::State &state)
{
    buildIndex(state, fixture().city);
}
void BM_BuildIndexManyNames(benchmark::State &state)
{
    buildIndex(state, namedFixture().city);
}

BENCHMARK(BM_ResolveStation)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_ResolveAddress)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_ResolveAddressTypo)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_ResolveLongGarbage)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_ResolveMixedScript)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_CompleteAddress)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_CompleteNothing)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_CompleteOneLetterWords)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_CompleteManyWords)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_CompleteMixedScript)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_ResolveTypoManyNames)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_ResolveNameStartManyNames)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);
// A build is long enough to time once: five of them.
BENCHMARK(BM_BuildIndex)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_BuildIndexManyNames)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    blindspot::bench::MedianReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    std::printf("index of %zu places built in %.2f s\n", fixture().city.places.size(),
                fixture().buildSeconds);
    // On a shared machine CPU time says more; the limit is on the real time.
    for (const char *name :
         {"BM_ResolveAddress", "BM_ResolveAddressTypo", "BM_ResolveLongGarbage",
          "BM_ResolveMixedScript", "BM_CompleteAddress", "BM_CompleteNothing",
          "BM_CompleteOneLetterWords", "BM_CompleteManyWords", "BM_CompleteMixedScript",
          "BM_ResolveTypoManyNames", "BM_ResolveNameStartManyNames"}) {
        const double ms = reporter.median(name);
        if (ms < 0)
            continue; // left out by --benchmark_filter
        std::printf("%s median: %.3f ms, CPU %.3f ms (limit 10 ms): %s\n", name, ms,
                    reporter.cpuMedian(name), ms < 10.0 ? "ok" : "OVER");
        reporter.expect(ms < 10.0, std::string(name) + " median < 10 ms");
    }
    // Issue 16 asks for well under a second, on the GUI's worker thread.
    for (const char *name : {"BM_BuildIndex", "BM_BuildIndexManyNames"}) {
        const double ms = reporter.median(name);
        if (ms < 0)
            continue;
        std::printf("%s median: %.0f ms, CPU %.0f ms (limit 1000 ms): %s\n", name, ms,
                    reporter.cpuMedian(name), ms < 1000.0 ? "ok" : "OVER");
        reporter.expect(ms < 1000.0, std::string(name) + " median < 1000 ms");
    }
    std::fflush(stdout);
    benchmark::Shutdown();
    return reporter.exitCode();
}
