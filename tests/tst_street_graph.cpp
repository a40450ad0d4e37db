// Walking on the imported streets (DESIGN.md, Routing): shortest paths worked by hand and
// checked against Floyd-Warshall on random graphs, snapping that skips stray fragments, and
// planned walks that follow the streets, with the cameras along them and not along the
// straight line.
#include "core/exposure/model_parameters.h"
#include "core/routing/route_planner.h"
#include "core/routing/street_graph.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace blindspot;

namespace {

const LocalProjection kPlane({55.75, 37.60});

/// Streets from local positions and (a, b) pairs, each as long as the straight line times
/// `stretch` (a curve on the ground).
StreetNetwork streetsOf(const std::vector<LocalXY> &nodes,
                        const std::vector<std::pair<int, int>> &edges,
                        const std::vector<double> &stretch = {})
{
    StreetNetwork s;
    for (const LocalXY &p : nodes)
        s.nodes.push_back(kPlane.toLatLon(p));
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const auto [a, b] = edges[i];
        const double k = stretch.empty() ? 1.0 : stretch[i];
        s.edges.push_back({StreetNodeId{std::uint32_t(a)}, StreetNodeId{std::uint32_t(b)},
                           distanceMetres(nodes[std::size_t(a)], nodes[std::size_t(b)]) * k});
    }
    return s;
}

bool adjacent(const StreetGraph &g, std::uint32_t a, std::uint32_t b)
{
    const auto arcs = g.arcsFrom(a);
    return std::any_of(arcs.begin(), arcs.end(),
                       [b](const StreetGraph::Arc &x) { return x.to == b; });
}

double pathMetres(const StreetGraph &g, const StreetGraph::Path &p)
{
    double sum = 0.0;
    for (std::size_t i = 0; i + 1 < p.nodes.size(); ++i) {
        double best = INFINITY;
        for (const StreetGraph::Arc &a : g.arcsFrom(p.nodes[i]))
            if (a.to == p.nodes[i + 1])
                best = std::min(best, double(a.metres));
        sum += best;
    }
    return sum;
}

} // namespace

class TstStreetGraph : public QObject {
    Q_OBJECT
private slots:
    void gridByHand();
    void againstFloydWarshall();
    void snapSkipsStrayFragments();
    void walksFollowTheStreets();
    void farFromStreetsWalksStraight();
};

void TstStreetGraph::gridByHand()
{
    // A 3 x 3 grid, 100 m apart, numbered row by row from the south-west corner:
    //   6 7 8
    //   3 4 5
    //   0 1 2
    std::vector<LocalXY> nodes;
    for (int j = 0; j < 3; ++j)
        for (int i = 0; i < 3; ++i)
            nodes.push_back({100.0 * i, 100.0 * j});
    std::vector<std::pair<int, int>> edges;
    for (int j = 0; j < 3; ++j)
        for (int i = 0; i < 3; ++i) {
            if (i < 2)
                edges.push_back({3 * j + i, 3 * j + i + 1});
            if (j < 2)
                edges.push_back({3 * j + i, 3 * (j + 1) + i});
        }
    const StreetGraph g(streetsOf(nodes, edges), kPlane);
    QCOMPARE(g.nodeCount(), 9u);
    // Corner to corner: four blocks, 400 m, five nodes, each step along a street.
    const auto path = g.shortestPath(0, 8, 1000.0);
    QVERIFY(path);
    QVERIFY(std::abs(path->metres - 400.0) < 0.01);
    QCOMPARE(path->nodes.size(), std::size_t(5));
    QCOMPARE(path->nodes.front(), 0u);
    QCOMPARE(path->nodes.back(), 8u);
    for (std::size_t i = 0; i + 1 < path->nodes.size(); ++i)
        QVERIFY(adjacent(g, path->nodes[i], path->nodes[i + 1]));
    // Not within 399 m; within 400 m exactly.
    QVERIFY(!g.shortestPath(0, 8, 399.0));
    QVERIFY(g.shortestPath(0, 8, 400.01));
    // From the corner to several at once: 400, 200, 200 m and itself (0 m, one node).
    const std::vector<std::uint32_t> targets = {8, 4, 2, 0};
    const auto many = g.shortestPaths(0, targets, 1000.0);
    QCOMPARE(many.size(), std::size_t(4));
    const double expected[] = {400.0, 200.0, 200.0, 0.0};
    for (std::size_t i = 0; i < 4; ++i) {
        QVERIFY(many[i]);
        QVERIFY(std::abs(many[i]->metres - expected[i]) < 0.01);
        QCOMPARE(many[i]->nodes.back(), targets[i]);
    }
    QCOMPARE(many[3]->nodes.size(), std::size_t(1));
    // Bounded at 250 m: the far corner is not reached, the others are.
    const auto near = g.shortestPaths(0, targets, 250.0);
    QVERIFY(!near[0] && near[1] && near[2] && near[3]);
    // Out-of-range nodes are refused, not read.
    QVERIFY(!g.shortestPath(0, 99, 1000.0));
    const std::vector<std::uint32_t> bad = {99};
    QVERIFY(!g.shortestPaths(0, bad, 1000.0).front());
}

void TstStreetGraph::againstFloydWarshall()
{
    // 100 random graphs of 25 nodes in a 1 km square, streets 1 to 1.5 times as long as the
    // straight line (some of them in no connected part with the rest): every pair's A* length
    // and every length from node 0 by Dijkstra equal Floyd-Warshall's, and each path adds up.
    QRandomGenerator rng(1206);
    int compared = 0, unreachable = 0;
    for (int graph = 0; graph < 100; ++graph) {
        const int n = 25;
        std::vector<LocalXY> nodes;
        for (int i = 0; i < n; ++i)
            nodes.push_back({rng.bounded(1000.0), rng.bounded(1000.0)});
        std::vector<std::pair<int, int>> edges;
        std::vector<double> stretch;
        for (int k = 0; k < 40; ++k) {
            const int a = int(rng.bounded(n)), b = int(rng.bounded(n));
            edges.push_back({a, b});
            stretch.push_back(1.0 + rng.bounded(0.5));
        }
        const StreetNetwork streets = streetsOf(nodes, edges, stretch);
        const StreetGraph g(streets, kPlane);
        // Floyd-Warshall on the graph's own arc lengths (no loops; parallel streets: the
        // shorter).
        std::vector<std::vector<double>> d(n, std::vector<double>(n, INFINITY));
        for (int i = 0; i < n; ++i) {
            d[i][i] = 0.0;
            for (const StreetGraph::Arc &a : g.arcsFrom(std::uint32_t(i)))
                d[i][a.to] = std::min(d[i][a.to], double(a.metres));
        }
        for (int k = 0; k < n; ++k)
            for (int i = 0; i < n; ++i)
                for (int j = 0; j < n; ++j)
                    d[i][j] = std::min(d[i][j], d[i][k] + d[k][j]);
        std::vector<std::uint32_t> all(n);
        for (int i = 0; i < n; ++i)
            all[i] = std::uint32_t(i);
        const auto fromZero = g.shortestPaths(0, all, 1e9);
        for (int j = 0; j < n; ++j) {
            QCOMPARE(bool(fromZero[j]), std::isfinite(d[0][j]));
            if (fromZero[j])
                QVERIFY(std::abs(fromZero[j]->metres - d[0][j]) < 1e-3);
        }
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) {
                const auto p = g.shortestPath(std::uint32_t(i), std::uint32_t(j), 1e9);
                QCOMPARE(bool(p), std::isfinite(d[i][j]));
                if (!p) {
                    ++unreachable;
                    continue;
                }
                ++compared;
                QVERIFY2(std::abs(p->metres - d[i][j]) < 1e-3,
                         qPrintable(QStringLiteral("graph %1, %2 -> %3: %4 against %5")
                                        .arg(graph)
                                        .arg(i)
                                        .arg(j)
                                        .arg(p->metres)
                                        .arg(d[i][j])));
                QVERIFY(std::abs(pathMetres(g, *p) - p->metres) < 1e-3);
                // Bounded just below and just above its length.
                if (d[i][j] > 1.0)
                    QVERIFY(!g.shortestPath(std::uint32_t(i), std::uint32_t(j), d[i][j] - 0.5));
                QVERIFY(g.shortestPath(std::uint32_t(i), std::uint32_t(j), d[i][j] + 0.5));
            }
    }
    QVERIFY(compared > 10000 && unreachable > 100); // both cases were exercised
}

void TstStreetGraph::snapSkipsStrayFragments()
{
    // A street of 60 nodes along y = 0, and a stray two-node footway at y = 40, closer to the
    // point (x = 0, y = 50) than the street is.
    std::vector<LocalXY> nodes;
    std::vector<std::pair<int, int>> edges;
    for (int i = 0; i < 60; ++i) {
        nodes.push_back({10.0 * i, 0.0});
        if (i > 0)
            edges.push_back({i - 1, i});
    }
    nodes.push_back({0.0, 40.0});
    nodes.push_back({5.0, 40.0});
    edges.push_back({60, 61});
    const StreetGraph g(streetsOf(nodes, edges), kPlane);
    QCOMPARE(g.snap({0.0, 50.0}, 300.0), std::optional<std::uint32_t>(0u));
    QCOMPARE(g.snap({300.0, 10.0}, 300.0), std::optional<std::uint32_t>(30u));
    QVERIFY(!g.snap({0.0, 400.0}, 300.0)); // too far from any street
    // With only small parts, the largest is snapped to.
    const StreetGraph small(
        streetsOf({{0, 0}, {10, 0}, {20, 0}, {0, 40}, {5, 40}}, {{0, 1}, {1, 2}, {3, 4}}), kPlane);
    QCOMPARE(small.snap({0.0, 50.0}, 300.0), std::optional<std::uint32_t>(0u));
    // No streets: nothing to snap to.
    QVERIFY(!StreetGraph(StreetNetwork{}, kPlane).snap({0, 0}, 300.0));
}

namespace {

/// Two streets along the banks of a river (y = 0 and y = 200, x from 0 to 400) and one bridge
/// at x = 400; a confirmed city camera on the bridge's east side looking west at it, and one
/// in the river where the straight line from bank to bank would pass.
Dataset riverTown()
{
    std::vector<LocalXY> nodes;
    std::vector<std::pair<int, int>> edges;
    for (int i = 0; i <= 4; ++i)
        nodes.push_back({100.0 * i, 0.0}); // 0-4: south bank
    for (int i = 0; i <= 4; ++i)
        nodes.push_back({100.0 * i, 200.0}); // 5-9: north bank
    nodes.push_back({400.0, 100.0});         // 10: middle of the bridge
    for (int i = 0; i < 4; ++i) {
        edges.push_back({i, i + 1});
        edges.push_back({5 + i, 6 + i});
    }
    edges.push_back({4, 10});
    edges.push_back({10, 9});
    Dataset d;
    d.header.name = QStringLiteral("river town");
    d.header.context = QStringLiteral("moscow");
    d.streets = streetsOf(nodes, edges);
    for (const LocalXY p : {LocalXY{410.0, 100.0}, LocalXY{10.0, 100.0}}) {
        Camera c;
        c.id = CameraId{std::uint32_t(d.cameras.size())};
        c.position = kPlane.toLatLon(p);
        c.headingDegrees = 270.0;
        c.frStatus = FrStatus::Confirmed;
        c.system = CameraSystem::City;
        c.heightMetres = 3.0;
        d.cameras.push_back(c);
    }
    return d;
}

} // namespace

void TstStreetGraph::walksFollowTheStreets()
{
    const auto town = std::make_shared<const Dataset>(riverTown());
    QVERIFY(validateDataset(*town).empty());
    const RoutePlanner planner(town, std::get<ModelParameters>(parametersFor(*town, "ordinary")));
    const ExposureModel &central = planner.graph().models().central;
    // From 10 m south of the south bank's west end to 10 m north of the north bank's: 220 m
    // straight across the river, but on foot 10 + 400 along the bank + 200 over the bridge +
    // 400 back + 10 = 1020 m.
    RouteRequest request;
    request.from.position = kPlane.toLatLon({0.0, -10.0});
    request.to.position = kPlane.toLatLon({0.0, 210.0});
    for (TravelMode mode : {TravelMode::Any, TravelMode::WalkOnly}) {
        request.mode = mode;
        for (const auto &route : {planner.fastest(request), planner.leastExposed(request)}) {
            QVERIFY(route);
            QCOMPARE(route->legs.size(), std::size_t(1));
            const RouteLeg &walk = route->legs.front();
            QVERIFY2(std::abs(walk.lengthMetres - 1020.0) < 0.5,
                     qPrintable(QString::number(walk.lengthMetres)));
            QVERIFY(std::abs(route->durationSeconds -
                             1020.0 / central.parameter(Param::WalkSpeedMps)) < 0.5);
            QVERIFY(std::abs(route->figures.walkMetres - 1020.0) < 0.5);
            // The path drawn goes over the bridge: start, the four corners, end (the street
            // nodes in between lie on straight lines and are thinned out).
            const LocalXY corners[] = {{0, -10}, {0, 0}, {400, 0}, {400, 200}, {0, 200}, {0, 210}};
            QCOMPARE(walk.path.size(), std::size_t(6));
            for (std::size_t i = 0; i < 6; ++i)
                QVERIFY(distanceMetres(kPlane.toLocal(walk.path[i]), corners[i]) < 0.5);
            // The bridge camera sees the walker; the one in the river does not.
            const auto &seen = route->figures.camerasInView;
            QVERIFY(std::find(seen.begin(), seen.end(), CameraIndex{0}) != seen.end());
            QVERIFY(std::find(seen.begin(), seen.end(), CameraIndex{1}) == seen.end());
            QVERIFY(std::any_of(walk.sources.begin(), walk.sources.end(),
                                [](const HazardSource &s) {
                                    return s.kind == HazardSource::Kind::Camera &&
                                           s.camera == CameraIndex{0};
                                }));
            QVERIFY(route->figures.expectedFrCaptures.central > 0.0);
        }
    }
}

void TstStreetGraph::farFromStreetsWalksStraight()
{
    // 600 m south of the streets: further than any street node may be snapped to, so the walk
    // is the straight line with the detour factor, as without streets.
    const auto town = std::make_shared<const Dataset>(riverTown());
    const RoutePlanner planner(town, std::get<ModelParameters>(parametersFor(*town, "ordinary")));
    const ExposureModel &central = planner.graph().models().central;
    RouteRequest request;
    request.mode = TravelMode::WalkOnly;
    request.from.position = kPlane.toLatLon({0.0, -600.0});
    request.to.position = kPlane.toLatLon({0.0, 210.0});
    const auto route = planner.fastest(request);
    QVERIFY(route);
    const RouteLeg &walk = route->legs.front();
    QCOMPARE(walk.path.size(), std::size_t(2));
    const double straight = distanceMetres(kPlane.toLocal(request.from.position),
                                           kPlane.toLocal(request.to.position));
    QVERIFY(std::abs(walk.lengthMetres - straight * central.parameter(Param::DetourFactor)) < 0.5);
}

QTEST_GUILESS_MAIN(TstStreetGraph)
#include "tst_street_graph.moc"
