#include "core/geo/lat_lon.h"
#include "core/geo/local_projection.h"

#include <QTest>

using namespace blindspot;

class TstGeo : public QObject {
    Q_OBJECT
private slots:
    void haversine_data();
    void haversine();
    void bearing_data();
    void bearing();
    void projectionScale_data();
    void projectionScale();
    void projectionRoundTrip();
    void projectionAgreesWithHaversine();
    void localHelpers();
    void validity();
};

void TstGeo::haversine_data()
{
    QTest::addColumn<double>("lat1");
    QTest::addColumn<double>("lon1");
    QTest::addColumn<double>("lat2");
    QTest::addColumn<double>("lon2");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance");
    // One degree of arc on the mean sphere: 6371008.8 m * pi / 180 = 111195.08 m.
    QTest::newRow("1 deg of latitude") << 0.0 << 0.0 << 1.0 << 0.0 << 111195.08 << 0.01;
    QTest::newRow("1 deg of longitude at the equator")
        << 0.0 << 0.0 << 0.0 << 1.0 << 111195.08 << 0.01;
    // At latitude 60 a degree of longitude along the parallel is 111195.08 * cos(60) = 55597.54 m;
    // the great circle is a little shorter: 2R asin(cos60 sin0.5deg) = 55597.01 m (worked with
    // a desk calculator, not with this code).
    QTest::newRow("1 deg of longitude at 60N") << 60.0 << 0.0 << 60.0 << 1.0 << 55597.01 << 0.05;
    QTest::newRow("same point") << 55.75 << 37.6 << 55.75 << 37.6 << 0.0 << 1e-9;
    // Half the circumference: pi * R = 20015114.44 m.
    QTest::newRow("antipodes") << 0.0 << 0.0 << 0.0 << 180.0 << 20015114.44 << 0.5;
}

void TstGeo::haversine()
{
    QFETCH(double, lat1);
    QFETCH(double, lon1);
    QFETCH(double, lat2);
    QFETCH(double, lon2);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    const double d = haversineMetres({lat1, lon1}, {lat2, lon2});
    QVERIFY2(std::abs(d - expected) <= tolerance, qPrintable(QString::number(d, 'f', 3)));
}

void TstGeo::bearing_data()
{
    QTest::addColumn<double>("lat2");
    QTest::addColumn<double>("lon2");
    QTest::addColumn<double>("expected");
    QTest::newRow("north") << 1.0 << 0.0 << 0.0;
    QTest::newRow("east") << 0.0 << 1.0 << 90.0;
    QTest::newRow("south") << -1.0 << 0.0 << 180.0;
    QTest::newRow("west") << 0.0 << -1.0 << 270.0;
    // Near the equator a small step of equal degrees north and east is ~45 degrees.
    QTest::newRow("north-east") << 0.001 << 0.001 << 45.0;
}

void TstGeo::bearing()
{
    QFETCH(double, lat2);
    QFETCH(double, lon2);
    QFETCH(double, expected);
    QVERIFY(std::abs(initialBearingDegrees({0.0, 0.0}, {lat2, lon2}) - expected) < 1e-3);
}

void TstGeo::projectionScale_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("perDegreeLat");
    QTest::addColumn<double>("perDegreeLon");
    // Independent values: the WGS84 "length of a degree" table (Wikipedia, "Latitude",
    // and the US NGA tables), in metres.
    QTest::newRow("equator") << 0.0 << 110574.0 << 111320.0;
    QTest::newRow("45N") << 45.0 << 111132.0 << 78847.0;
    QTest::newRow("60N") << 60.0 << 111412.0 << 55800.0;
}

void TstGeo::projectionScale()
{
    QFETCH(double, latitude);
    QFETCH(double, perDegreeLat);
    QFETCH(double, perDegreeLon);
    const LocalProjection p({latitude, 10.0});
    QVERIFY2(std::abs(p.metresPerDegreeLat() - perDegreeLat) < 1.0,
             qPrintable(QString::number(p.metresPerDegreeLat(), 'f', 2)));
    QVERIFY2(std::abs(p.metresPerDegreeLon() - perDegreeLon) < 1.0,
             qPrintable(QString::number(p.metresPerDegreeLon(), 'f', 2)));
}

void TstGeo::projectionRoundTrip()
{
    const LocalProjection p({55.75, 37.62});
    const LatLon q{55.9, 37.4};
    const LatLon back = p.toLatLon(p.toLocal(q));
    QVERIFY(std::abs(back.lat - q.lat) < 1e-12);
    QVERIFY(std::abs(back.lon - q.lon) < 1e-12);
    const LocalXY origin = p.toLocal({55.75, 37.62});
    QCOMPARE(origin.xMetres, 0.0);
    QCOMPARE(origin.yMetres, 0.0);
    // Moving north only changes y, moving east only changes x.
    QCOMPARE(p.toLocal({55.76, 37.62}).xMetres, 0.0);
    QVERIFY(p.toLocal({55.76, 37.62}).yMetres > 0.0);
    QVERIFY(p.toLocal({55.75, 37.63}).xMetres > 0.0);
}

void TstGeo::projectionAgreesWithHaversine()
{
    // Within a city (20 km) the plane and the sphere agree to well under 1 %: the sphere is off
    // the ellipsoid by up to ~0.5 %, the plane's own error is far smaller at this distance.
    const LatLon origin{55.75, 37.62};
    const LocalProjection p(origin);
    for (double bearing = 0; bearing < 360; bearing += 30) {
        const double rad = bearing * M_PI / 180.0;
        const LocalXY xy{20000.0 * std::sin(rad), 20000.0 * std::cos(rad)};
        const LatLon q = p.toLatLon(xy);
        const double sphere = haversineMetres(origin, q);
        QVERIFY2(std::abs(sphere - 20000.0) / 20000.0 < 0.006,
                 qPrintable(QStringLiteral("bearing %1: %2 m").arg(bearing).arg(sphere)));
        QVERIFY(angleBetweenDegrees(initialBearingDegrees(origin, q), bearing) < 0.3);
    }
}

void TstGeo::localHelpers()
{
    QCOMPARE(distanceMetres({0, 0}, {3, 4}), 5.0);
    QCOMPARE(bearingDegrees({0, 0}, {0, 10}), 0.0);
    QCOMPARE(bearingDegrees({0, 0}, {10, 0}), 90.0);
    QCOMPARE(bearingDegrees({0, 0}, {-1, -1}), 225.0);
    // Perpendicular foot inside the segment, then beyond each end.
    QCOMPARE(distanceToSegmentMetres({5, 5}, {0, 0}, {10, 0}), 5.0);
    QCOMPARE(distanceToSegmentMetres({15, 0}, {0, 0}, {10, 0}), 5.0);
    QCOMPARE(distanceToSegmentMetres({-3, 4}, {0, 0}, {10, 0}), 5.0);
    QCOMPARE(distanceToSegmentMetres({3, 4}, {0, 0}, {0, 0}), 5.0);
    QCOMPARE(normalizedDegrees(-90.0), 270.0);
    QCOMPARE(normalizedDegrees(720.0), 0.0);
    QCOMPARE(angleBetweenDegrees(350.0, 10.0), 20.0);
    QCOMPARE(angleBetweenDegrees(90.0, 270.0), 180.0);
}

void TstGeo::validity()
{
    QVERIFY(!LatLon{}.isValid());
    QVERIFY(LatLon(55.0, 37.0).isValid());
    QVERIFY(!LatLon(91.0, 0.0).isValid());
    QVERIFY(!LatLon(0.0, 181.0).isValid());
    QVERIFY(!LatLon(qInf(), 0.0).isValid());
    GeoBox box;
    QVERIFY(!box.isValid());
    box.extend({1.0, 2.0});
    box.extend({-1.0, 4.0});
    box.extend({});
    QVERIFY(box.isValid());
    QCOMPARE(box.south, -1.0);
    QCOMPARE(box.north, 1.0);
    QCOMPARE(box.west, 2.0);
    QCOMPARE(box.east, 4.0);
    QCOMPARE(box.centre(), LatLon(0.0, 3.0));
}

QTEST_APPLESS_MAIN(TstGeo)
#include "tst_geo.moc"
