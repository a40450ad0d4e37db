#pragma once

// The camera:direction values every camera format must read as the OSM reader does
// (tst_osm_reader's directions test): a value means the same cameras in every format. Used by
// the CSV and GeoJSON readers' directionListsAsInOsm tests.

#include <QByteArray>
#include <QList>
#include <QTest>

namespace blindspot::testing {

/// Columns "value", "headings" and "fovs" (-1: no heading or no field of view), and the rows.
inline void addDirectionListRows()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QList<double>>("headings");
    QTest::addColumn<QList<double>>("fovs");
    QTest::newRow("two cameras") << QByteArray("0;180") << QList<double>{0, 180}
                                 << QList<double>{-1, -1};
    // 100 to 140 clockwise spans 40 degrees; its middle is 120.
    QTest::newRow("list with range") << QByteArray("10;100-140") << QList<double>{10, 120}
                                     << QList<double>{-1, 40};
    QTest::newRow("compass points") << QByteArray("N; sw") << QList<double>{0, 225}
                                    << QList<double>{-1, -1};
    QTest::newRow("trailing semicolon") << QByteArray("45;") << QList<double>{45}
                                        << QList<double>{-1};
    QTest::newRow("one bearing") << QByteArray("SW") << QList<double>{225} << QList<double>{-1};
}

} // namespace blindspot::testing
