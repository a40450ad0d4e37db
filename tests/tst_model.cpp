#include "fixtures.h"
#include "core/model/dataset.h"

#include <QTest>

using namespace blindspot;

class TstModel : public QObject {
    Q_OBJECT
private slots:
    void fixtureIsValid();
    void detectsBrokenReferences_data();
    void detectsBrokenReferences();
    void summary();
    void names();
    void folding_data();
    void folding();
};

void TstModel::fixtureIsValid()
{
    const auto issues = validateDataset(testing::smallCity());
    QVERIFY2(issues.empty(), issues.empty() ? ""
                                            : qPrintable(issues.front().element + QLatin1Char(' ') +
                                                         issues.front().detail));
}

void TstModel::detectsBrokenReferences_data()
{
    QTest::addColumn<int>("breakage");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("element");
    QTest::newRow("station's line missing")
        << 0 << int(ModelIssue::Kind::DanglingReference) << "station 3";
    QTest::newRow("camera id not its index")
        << 1 << int(ModelIssue::Kind::IdMismatch) << "camera 1";
    QTest::newRow("position off the globe")
        << 2 << int(ModelIssue::Kind::InvalidPosition) << "entrance 1";
    QTest::newRow("heading 360") << 3 << int(ModelIssue::Kind::InvalidValue) << "camera 0";
    QTest::newRow("sighting of unknown source")
        << 4 << int(ModelIssue::Kind::DanglingReference) << "camera 2";
    QTest::newRow("street camera without position")
        << 5 << int(ModelIssue::Kind::InvalidPosition) << "camera 1";
    QTest::newRow("completeness above 1")
        << 6 << int(ModelIssue::Kind::InvalidValue) << "survey area 0";
    QTest::newRow("entry link without entrance")
        << 7 << int(ModelIssue::Kind::DanglingReference) << "link 2";
}

void TstModel::detectsBrokenReferences()
{
    QFETCH(int, breakage);
    QFETCH(int, kind);
    QFETCH(QString, element);
    Dataset d = testing::smallCity();
    switch (breakage) {
    case 0:
        d.network.stations[3].line = LineId{9};
        break;
    case 1:
        d.cameras[1].id = CameraId{5};
        break;
    case 2:
        d.network.entrances[1].position = {95.0, 37.0};
        break;
    case 3:
        d.cameras[0].headingDegrees = 360.0;
        break;
    case 4:
        d.cameras[2].sightings[0].source = SourceId{3};
        break;
    case 5:
        d.cameras[1].position = {};
        break;
    case 6:
        d.surveyAreas[0].completeness = 1.5;
        break;
    case 7:
        d.network.links[2].entrance = kNoId<EntranceId>;
        break;
    }
    const auto issues = validateDataset(d);
    QCOMPARE(issues.size(), std::size_t(1));
    QCOMPARE(int(issues.front().kind), kind);
    QCOMPARE(issues.front().element, element);
}

void TstModel::summary()
{
    const DatasetSummary s = summarize(testing::smallCity());
    QCOMPARE(s.lines, 2);
    QCOMPARE(s.stations, 4);
    QCOMPARE(s.complexes, 1);
    QCOMPARE(s.entrances, 2);
    QCOMPARE(s.cameras, 3);
    QCOMPARE(s.camerasByFrStatus[std::size_t(FrStatus::Confirmed)], 1);
    QCOMPARE(s.camerasByFrStatus[std::size_t(FrStatus::Suspected)], 1);
    QCOMPARE(s.camerasByFrStatus[std::size_t(FrStatus::Unknown)], 1);
    QCOMPARE(s.surveyAreas, 1);
    // The survey area's corners are the extremes: 55.74..55.77, 37.59..37.63 (station 3's lon).
    QCOMPARE(s.bounds.south, 55.74);
    QCOMPARE(s.bounds.north, 55.77);
    QCOMPARE(s.bounds.west, 37.59);
    QCOMPARE(s.bounds.east, 37.63);
}

void TstModel::names()
{
    const LocalizedName n = testing::names("Заречная", "Riverside", "Зарічна");
    QCOMPARE(n.inLanguage(QStringLiteral("uk")), QStringLiteral("Зарічна"));
    QCOMPARE(n.inLanguage(QStringLiteral("en")), QStringLiteral("Riverside"));
    QCOMPARE(n.inLanguage(QStringLiteral("de")), QStringLiteral("Заречная"));
    QCOMPARE(n.allSpellings(),
             (QStringList{"Заречная", "Riverside", "Зарічна"})); // ru equals native: listed once
}

void TstModel::folding_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("yo and ye") << "Ёлочная"
                               << "елочная" << true;
    QTest::newRow("case and spaces") << "  Площадь   Революции "
                                     << "площадь революции" << true;
    QTest::newRow("latin case") << "Riverside"
                                << "RIVERSIDE" << true;
    QTest::newRow("short i is a different letter") << "Май"
                                                   << "Маи" << false;
    QTest::newRow("ukrainian i stays") << "Зарічна"
                                       << "Заречна" << false;
}

void TstModel::folding()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(foldedForSearch(a) == foldedForSearch(b), same);
}

QTEST_APPLESS_MAIN(TstModel)
#include "tst_model.moc"
