// Exposure/routing issue, on the 160,000-camera, 300-station synthetic city: fastest and
// least-exposed queries under 5 ms each; the Pareto front at most 10x the two single queries
// together. Queries run between random station pairs, the same pairs for every benchmark.
//
// The same city with a Moscow-sized walking network (a grid every 100 m, about 1.76 million
// street nodes): walk-and-metro queries between random points, fastest at most 0.3x a plain
// Dijkstra over the same graph (every street node and arc, every entrance joined to its
// street, every station edge) in the same run; least exposed and Pareto reported against it.
#include "bench_ratio.h"

#include "core/routing/place_resolver.h"
#include "core/routing/route_planner.h"
#include "core/sample/synthetic_city.h"

#include <chrono>
#include <queue>
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

// The city with streets, and the plain Dijkstra's graph: street nodes first, then the
// transit graph's nodes; arcs in seconds.
struct StreetFixture {
    std::shared_ptr<const Dataset> city;
    std::unique_ptr<RoutePlanner> planner;
    std::vector<RouteRequest> requests;
    double buildSeconds = 0.0;
    std::vector<std::uint32_t> start;
    std::vector<std::pair<std::uint32_t, double>> arcs;
    std::uint32_t streetNodes = 0;
};

const StreetFixture &streetFixture()
{
    static const StreetFixture f = [] {
        StreetFixture out;
        SyntheticCityOptions options;
        options.streetBlockMetres = 100.0;
        out.city = std::make_shared<const Dataset>(makeSyntheticCity(options));
        const auto begin = std::chrono::steady_clock::now();
        out.planner = std::make_unique<RoutePlanner>(out.city, ModelParameters::builtIn());
        out.buildSeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
        const TransitGraph &g = out.planner->graph();
        const StreetGraph &streets = g.streets();
        const double speed = g.models().central.parameter(Param::WalkSpeedMps);
        out.streetNodes = streets.nodeCount();
        const std::uint32_t nodes = streets.nodeCount() + g.nodeCount();
        std::vector<std::vector<std::pair<std::uint32_t, double>>> adjacency(nodes);
        for (std::uint32_t n = 0; n < streets.nodeCount(); ++n)
            for (const StreetGraph::Arc &a : streets.arcsFrom(n))
                adjacency[n].push_back({a.to, a.metres / speed});
        for (std::uint32_t n = 0; n < g.streetNodeCount(); ++n)
            if (const auto snap = g.streetSnapOf(n)) {
                const double t =
                    distanceMetres(g.streetPosition(n), streets.position(*snap)) / speed;
                adjacency[*snap].push_back({out.streetNodes + n, t});
                adjacency[out.streetNodes + n].push_back({*snap, t});
            }
        for (std::uint32_t n = 0; n < g.nodeCount(); ++n)
            for (const GraphEdge &e : g.edgesFrom(n))
                adjacency[out.streetNodes + n].push_back({out.streetNodes + e.to, e.seconds});
        out.start.push_back(0);
        for (const auto &list : adjacency) {
            out.arcs.insert(out.arcs.end(), list.begin(), list.end());
            out.start.push_back(std::uint32_t(out.arcs.size()));
        }
        // Random points anywhere in the city, at least 3 km apart.
        const LocalProjection &plane = g.projection();
        std::mt19937 rng(12);
        std::uniform_real_distribution<double> coordinate(-19000.0, 19000.0);
        while (out.requests.size() < 16) {
            const LocalXY a{coordinate(rng), coordinate(rng)};
            const LocalXY b{coordinate(rng), coordinate(rng)};
            if (distanceMetres(a, b) < 3000.0)
                continue;
            RouteRequest r;
            r.from.position = plane.toLatLon(a);
            r.to.position = plane.toLatLon(b);
            out.requests.push_back(r);
        }
        return out;
    }();
    return f;
}

/// Plain Dijkstra by time from the start's street node to the end's, over every node.
double plainDijkstraSeconds(const StreetFixture &f, const RouteRequest &r)
{
    const TransitGraph &g = f.planner->graph();
    const auto from = g.streets().snap(g.projection().toLocal(r.from.position), 300.0);
    const auto to = g.streets().snap(g.projection().toLocal(r.to.position), 300.0);
    std::vector<double> best(f.start.size() - 1, INFINITY);
    using Item = std::pair<double, std::uint32_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> open;
    best[*from] = 0.0;
    open.push({0.0, *from});
    while (!open.empty()) {
        const auto [t, u] = open.top();
        open.pop();
        if (t > best[u])
            continue;
        if (u == *to)
            return t;
        for (std::uint32_t i = f.start[u]; i < f.start[u + 1]; ++i) {
            const auto [v, seconds] = f.arcs[i];
            if (t + seconds < best[v]) {
                best[v] = t + seconds;
                open.push({best[v], v});
            }
        }
    }
    return INFINITY;
}

void BM_StreetsPlainDijkstra(benchmark::State &state)
{
    const StreetFixture &f = streetFixture();
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(plainDijkstraSeconds(f, f.requests[i++ % f.requests.size()]));
}

void BM_StreetsFastest(benchmark::State &state)
{
    const StreetFixture &f = streetFixture();
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(f.planner->fastest(f.requests[i++ % f.requests.size()]));
}

void BM_StreetsLeastExposed(benchmark::State &state)
{
    const StreetFixture &f = streetFixture();
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(f.planner->leastExposed(f.requests[i++ % f.requests.size()]));
}

void BM_StreetsPareto(benchmark::State &state)
{
    const StreetFixture &f = streetFixture();
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
// The street city: 16 point pairs, each benchmark cycling through all of them.
BENCHMARK(BM_StreetsPlainDijkstra)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(16)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_StreetsFastest)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(16)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_StreetsLeastExposed)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(16)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_StreetsPareto)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(16)
    ->Repetitions(5)
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
    const StreetFixture &sf = streetFixture();
    std::printf("street city: %u street nodes, %zu street edges; planner built in %.2f s\n",
                sf.streetNodes, sf.city->streets.edges.size(), sf.buildSeconds);
    reporter.printRatio("BM_StreetsFastest", "BM_StreetsPlainDijkstra", 0.3);
    std::printf("least exposed / plain Dijkstra = %.2f, Pareto / plain Dijkstra = %.2f "
                "(reported, no target)\n",
                reporter.median("BM_StreetsLeastExposed") /
                    reporter.median("BM_StreetsPlainDijkstra"),
                reporter.median("BM_StreetsPareto") / reporter.median("BM_StreetsPlainDijkstra"));
    benchmark::Shutdown();
    return reporter.exitCode();
}
