#include "core/geo/spatial_index.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace blindspot;

class TstSpatialIndex : public QObject {
    Q_OBJECT
private slots:
    void handWorked();
    void matchesBruteForce();
    void emptyAndOutside();
    void nearest();
};

void TstSpatialIndex::handWorked()
{
    // Points 10 m apart on the x axis, and two off to the side at y = 3 and y = 6.
    std::vector<LocalXY> points;
    for (int i = 0; i <= 10; ++i)
        points.push_back({i * 10.0, 0.0});
    points.push_back({50.0, 3.0}); // index 11
    points.push_back({50.0, 6.0}); // index 12
    const SpatialIndex index(points, 20.0);
    // A vertical segment at x = 50 from y = 10 to 20: within 4 m is only (50, 6) (4 m away);
    // within 7 m also (50, 3); within 10 m also (50, 0).
    QCOMPARE(index.withinOfSegment({50, 10}, {50, 20}, 4.0), std::vector<std::uint32_t>{12});
    QCOMPARE(index.withinOfSegment({50, 10}, {50, 20}, 7.0), (std::vector<std::uint32_t>{11, 12}));
    QCOMPARE(index.withinOfSegment({50, 10}, {50, 20}, 10.0),
             (std::vector<std::uint32_t>{5, 11, 12}));
    // Along the axis from x = 15 to 35 with radius 5: 10? no (5 m from x=15 end: yes), 20, 30,
    // 40 (5 m from x=35 end): distances exactly 5 are included.
    QCOMPARE(index.withinOfSegment({15, 0}, {35, 0}, 5.0),
             (std::vector<std::uint32_t>{1, 2, 3, 4}));
}

void TstSpatialIndex::matchesBruteForce()
{
    QRandomGenerator rng(42);
    std::vector<LocalXY> points(20000);
    for (LocalXY &p : points)
        p = {rng.bounded(10000.0) - 5000.0, rng.bounded(10000.0) - 5000.0};
    const SpatialIndex index(points, 75.0);
    for (int q = 0; q < 300; ++q) {
        const LocalXY a{rng.bounded(12000.0) - 6000.0, rng.bounded(12000.0) - 6000.0};
        const LocalXY b{a.xMetres + rng.bounded(2000.0) - 1000.0,
                        a.yMetres + rng.bounded(2000.0) - 1000.0};
        const double radius = rng.bounded(150.0);
        std::vector<std::uint32_t> expected;
        for (std::uint32_t i = 0; i < points.size(); ++i)
            if (distanceToSegmentMetres(points[i], a, b) <= radius)
                expected.push_back(i);
        QCOMPARE(index.withinOfSegment(a, b, radius), expected);
    }
}

void TstSpatialIndex::emptyAndOutside()
{
    const SpatialIndex empty(std::vector<LocalXY>{});
    QVERIFY(empty.withinOfSegment({0, 0}, {100, 0}, 1000).empty());
    QCOMPARE(empty.nearest({0, 0}, 100), -1);
    const std::vector<LocalXY> one{{0, 0}};
    const SpatialIndex index(one);
    QVERIFY(index.withinOfSegment({5000, 5000}, {6000, 6000}, 10).empty());
    QVERIFY(index.withinOfSegment({0, 0}, {0, 0}, -1).empty());
    QCOMPARE(index.withinOfPoint({0, 0}, 0.0), std::vector<std::uint32_t>{0});
}

void TstSpatialIndex::nearest()
{
    const std::vector<LocalXY> points{{0, 0}, {10, 0}, {0, 30}};
    const SpatialIndex index(points, 5.0);
    QCOMPARE(index.nearest({6, 1}, 100), 1);
    QCOMPARE(index.nearest({1, 20}, 100), 2);
    QCOMPARE(index.nearest({100, 100}, 50), -1);
}

QTEST_APPLESS_MAIN(TstSpatialIndex)
#include "tst_spatial_index.moc"
