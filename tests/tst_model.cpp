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
    void stableCameraIds();
    void summary();
    void names();
    void folding_data();
    void folding();
};

void TstModel::fixtureIsValid()
{
    const auto issues = validateDataset(testing::smallCity());
    QVERIFY2(issues.empty(), issues.empty() ? ""
                                            : qPrintable(issues.front().locator() +
                                                         QLatin1Char(' ') + issues.front().detail));
}

void TstModel::detectsBrokenReferences_data()
{
    QTest::addColumn<int>("breakage");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("element");
    QTest::newRow("station's line missing")
        << 0 << int(ModelIssue::Kind::DanglingReference) << "station 3";
    QTest::newRow("camera id used twice")
        << 1 << int(ModelIssue::Kind::IdOrder) << "camera 2";
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
    QTest::newRow("camera id not below the next one")
        << 8 << int(ModelIssue::Kind::IdOrder) << "camera 2";
    QTest::newRow("conflict about no camera")
        << 9 << int(ModelIssue::Kind::DanglingReference) << "conflict 0";
    QTest::newRow("survey area id not its index")
        << 10 << int(ModelIssue::Kind::IdMismatch) << "survey area 0";
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
        d.cameras[2].id = CameraId{1};
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
    case 8:
        d.nextCameraId = 2; // camera 2 has id 2
        break;
    case 9:
        d.conflicts[0].camera = CameraId{7};
        break;
    case 10:
        d.surveyAreas[0].id = SurveyAreaId{4};
        break;
    }
    const auto issues = validateDataset(d);
    QCOMPARE(issues.size(), std::size_t(1));
    QCOMPARE(int(issues.front().kind), kind);
    QCOMPARE(issues.front().locator(), element);
}

void TstModel::stableCameraIds()
{
    // smallCity has cameras with ids 0, 1, 2 and records no next id.
    Dataset d = testing::smallCity();
    QCOMPARE(d.findCamera(CameraId{1}), std::optional(CameraIndex{1}));
    QCOMPARE(d.newCameraId(), CameraId{3});
    // Deleting the middle camera: the last keeps id 2, now at index 1; id 1 is nobody's.
    d.nextCameraId = indexOf(d.newCameraId()); // as deleting cameras does
    QCOMPARE(d.nextCameraId, 3u);
    d.cameras.erase(d.cameras.begin() + 1);
    d.conflicts.clear();
    QCOMPARE(d.findCamera(CameraId{2}), std::optional(CameraIndex{1}));
    QVERIFY(!d.findCamera(CameraId{1}));
    QVERIFY(!d.cameraWithId(CameraId{1}));
    QCOMPARE(d.cameraWithId(CameraId{2}), &d.cameras[1]);
    QVERIFY(validateDataset(d).empty());
    // Deleting the last one too: its id 2 is not given again, though no camera above it is left.
    d.cameras.pop_back();
    QCOMPARE(d.newCameraId(), CameraId{3});
    Camera added = d.cameras.front();
    added.id = d.takeCameraId();
    QCOMPARE(added.id, CameraId{3});
    QCOMPARE(d.nextCameraId, 4u);
    d.cameras.push_back(added);
    QVERIFY(validateDataset(d).empty());
    // With nothing recorded, a new id is one past the largest, and taking it records nothing:
    // the new last camera holds the count.
    Dataset fresh = testing::smallCity();
    QCOMPARE(fresh.takeCameraId(), CameraId{3});
    QCOMPARE(fresh.nextCameraId, 0u);
    QCOMPARE(Dataset().takeCameraId(), CameraId{0});
    // A search among many ids with gaps: every present id is found at its index, no absent one.
    Dataset many;
    for (std::uint32_t i = 0; i < 1000; ++i) {
        Camera c;
        c.id = CameraId{i * 3 + 1};
        many.cameras.push_back(c);
    }
    for (std::uint32_t id = 0; id < 3005; ++id) {
        const std::optional<CameraIndex> at = many.findCamera(CameraId{id});
        if (id % 3 == 1 && id < 3000)
            QCOMPARE(at, std::optional(CameraIndex{(id - 1) / 3}));
        else
            QVERIFY2(!at, qPrintable(QString::number(id)));
    }
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
