#include "fixtures.h"
#include "core/model/merge.h"

#include <QTest>

#include <cmath>

using namespace blindspot;

Q_DECLARE_METATYPE(blindspot::Camera)

namespace {

// Metres north along a meridian as degrees of latitude, worked by hand from the mean radius
// haversineMetres uses: 1 degree = 6371008.8 * pi / 180 = 111194.93 m.
double northDegrees(double metres)
{
    return metres / (6371008.8 * M_PI / 180.0);
}

const LatLon kOrigin{55.75, 37.60};

Source source(std::uint32_t id, const char *name, bool trusted)
{
    Source s;
    s.id = SourceId{id};
    s.name = QString::fromUtf8(name);
    s.datasetId = QStringLiteral("id-") + s.name;
    s.trusted = trusted;
    return s;
}

Camera camera(double metresNorth, FrStatus fr, CameraKind kind = CameraKind::Unknown,
              std::optional<double> heading = std::nullopt, int observers = 1)
{
    Camera c;
    c.position = {kOrigin.lat + northDegrees(metresNorth), kOrigin.lon};
    c.frStatus = fr;
    c.kind = kind;
    c.headingDegrees = heading;
    c.sightings = {{SourceId{0}, QDate(2026, 1, 1), observers, {}}};
    return c;
}

Dataset withCameras(std::vector<Camera> cameras, const char *sourceName, bool trusted = false)
{
    Dataset d;
    d.sources = {source(0, sourceName, trusted)};
    for (std::size_t i = 0; i < cameras.size(); ++i)
        cameras[i].id = CameraId{static_cast<std::uint32_t>(i)};
    d.cameras = std::move(cameras);
    return d;
}

MergeOptions trusted(bool yes)
{
    MergeOptions o;
    o.sourceTrusted = yes;
    return o;
}

const Change *cameraChange(const ChangeSet &set, std::uint32_t incoming)
{
    for (const Change &c : set.changes)
        if (c.incoming == incoming &&
            (c.kind == ChangeKind::AddCamera || c.kind == ChangeKind::MergeCamera ||
             c.kind == ChangeKind::ConflictCamera || c.kind == ChangeKind::RejectCamera))
            return &c;
    return nullptr;
}

Dataset mergedByDefault(const Dataset &base, const Dataset &incoming, const MergeOptions &options)
{
    const ChangeSet set = planMerge(base, incoming, options);
    Dataset out = applyMerge(base, incoming, set, set.defaultSelection());
    if (!validateDataset(out).empty())
        qWarning("merge produced an invalid dataset");
    return out;
}

int totalObservers(const Camera &c)
{
    int n = 0;
    for (const Sighting &s : c.sightings)
        n += s.observers;
    return n;
}

// Names the first part in which two datasets differ, for a readable failure.
QByteArray firstDifference(const Dataset &a, const Dataset &b)
{
    if (!(a.header == b.header))
        return "header";
    if (!(a.network.lines == b.network.lines))
        return "lines";
    if (!(a.network.stations == b.network.stations))
        return "stations";
    if (!(a.network.complexes == b.network.complexes))
        return "complexes";
    if (!(a.network.entrances == b.network.entrances))
        return "entrances";
    if (!(a.network.zones == b.network.zones))
        return "zones";
    if (!(a.network.links == b.network.links))
        return "links";
    for (std::size_t i = 0; i < std::min(a.cameras.size(), b.cameras.size()); ++i)
        if (!(a.cameras[i] == b.cameras[i]))
            return "camera " + QByteArray::number(qulonglong(i));
    if (a.cameras.size() != b.cameras.size())
        return "camera count";
    if (!(a.sources == b.sources))
        return "sources";
    if (!(a.conflicts == b.conflicts))
        return "conflicts";
    if (!(a.surveyAreas == b.surveyAreas))
        return "survey areas";
    if (!(a == b))
        return "streets, parameters or unknown fields";
    return {};
}

// A camera placed only by its anchor has a NaN position, and NaN equals nothing, not even
// itself: such positions are set to one marker value before comparing.
Dataset comparable(Dataset d)
{
    for (Camera &c : d.cameras)
        if (std::isnan(c.position.lat) && std::isnan(c.position.lon))
            c.position = {1000.0, 1000.0};
    return d;
}

#define COMPARE_DATASETS(actual, expected)                                                        \
    do {                                                                                           \
        const Dataset a_ = comparable(actual);                                                     \
        const Dataset b_ = comparable(expected);                                                   \
        QVERIFY2(a_ == b_, firstDifference(a_, b_).constData());                                   \
    } while (false)

} // namespace

class TstMerge : public QObject {
    Q_OBJECT
private slots:
    void compatibleCamerasThreeMetresApartMerge();
    void conflicts_data();
    void conflicts();
    void eightMetresApartIsANewCamera();
    void untrustedLoweringIsRejected();
    void trustedLoweringIsAppliedAsConflict();
    void frStatusRules_data();
    void frStatusRules();
    void oneToOneCompatibleFirst();
    void stationMatchedByNameWithYo();
    void newLineJoinsSameNamedStation();
    void mergingADatasetIntoItselfChangesNothing();
    void importIntoEmptyDatasetKeepsEverything();
    void cameraIdsStayAndNewOnesAreFresh();
    void refusedLineDropsItsStations();
    void sameFileTwiceIsOneSource();
    void fictionalIsNeverLost();
};

void TstMerge::compatibleCamerasThreeMetresApartMerge()
{
    const Dataset base =
        withCameras({camera(0, FrStatus::Confirmed, CameraKind::Dome, 90.0, 2)}, "base", true);
    const Dataset incoming =
        withCameras({camera(3, FrStatus::Confirmed, CameraKind::Unknown, std::nullopt, 3)}, "new");
    const ChangeSet set = planMerge(base, incoming, trusted(false));
    const Change *c = cameraChange(set, 0);
    QVERIFY(c);
    QCOMPARE(c->kind, ChangeKind::MergeCamera);
    QCOMPARE(c->base, 0u);
    QVERIFY(std::abs(c->distanceMetres - 3.0) < 0.001);
    QCOMPARE(c->basis, MatchBasis::Position);
    QVERIFY(c->attributes.empty());
    const Dataset merged = applyMerge(base, incoming, set, set.defaultSelection());
    QVERIFY(validateDataset(merged).empty());
    QCOMPARE(merged.cameras.size(), std::size_t(1));
    QCOMPARE(merged.cameras[0].sightings.size(), std::size_t(2));
    QCOMPARE(totalObservers(merged.cameras[0]), 5); // 2 + 3
    QCOMPARE(merged.cameras[0].sightings[1].source, SourceId{1});
    QCOMPARE(merged.sources.size(), std::size_t(2));
    QCOMPARE(merged.sources[1].name, QStringLiteral("new"));
    QVERIFY(!merged.sources[1].trusted);
    QCOMPARE(merged.cameras[0].position, base.cameras[0].position); // the base's position stays
    QCOMPARE(merged.cameras[0].kind, CameraKind::Dome);
}

void TstMerge::conflicts_data()
{
    QTest::addColumn<Camera>("baseCamera");
    QTest::addColumn<Camera>("incomingCamera");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("kept");
    QTest::addColumn<QString>("other");
    // A trusted source that says "none" where the base says "suspected", 4 m away.
    QTest::newRow("fr status") << camera(0, FrStatus::Suspected) << camera(4, FrStatus::None)
                               << "fr_status"
                               << "suspected"
                               << "none";
    QTest::newRow("kind") << camera(0, FrStatus::Unknown, CameraKind::Dome)
                          << camera(4, FrStatus::Unknown, CameraKind::Turnstile) << "kind"
                          << "dome"
                          << "turnstile";
    // 90 and 150 degrees are 60 apart, more than the 45-degree tolerance.
    QTest::newRow("heading") << camera(0, FrStatus::Unknown, CameraKind::Unknown, 90.0)
                             << camera(4, FrStatus::Unknown, CameraKind::Unknown, 150.0)
                             << "heading"
                             << "90"
                             << "150";
    // 350 and 40 degrees are 50 apart across north.
    QTest::newRow("heading across north")
        << camera(0, FrStatus::Unknown, CameraKind::Unknown, 350.0)
        << camera(1, FrStatus::Unknown, CameraKind::Unknown, 40.0) << "heading"
        << "350"
        << "40";
}

void TstMerge::conflicts()
{
    QFETCH(Camera, baseCamera);
    QFETCH(Camera, incomingCamera);
    QFETCH(QString, attribute);
    QFETCH(QString, kept);
    QFETCH(QString, other);
    const Dataset base = withCameras({baseCamera}, "base", true);
    const Dataset incoming = withCameras({incomingCamera}, "other");
    const ChangeSet set = planMerge(base, incoming, trusted(true));
    const Change *c = cameraChange(set, 0);
    QVERIFY(c);
    QCOMPARE(c->kind, ChangeKind::ConflictCamera);
    QCOMPARE(c->attributes.size(), std::size_t(1));
    QCOMPARE(c->attributes[0].attribute, attribute);
    QCOMPARE(c->attributes[0].outcome, AttributeOutcome::Conflict);
    QCOMPARE(c->attributes[0].baseValue, kept);
    QCOMPARE(c->attributes[0].incomingValue, other);
    const Dataset merged = applyMerge(base, incoming, set, set.defaultSelection());
    QVERIFY(validateDataset(merged).empty());
    QCOMPARE(merged.cameras.size(), std::size_t(1));
    QCOMPARE(merged.cameras[0].frStatus, baseCamera.frStatus);
    QCOMPARE(merged.cameras[0].kind, baseCamera.kind);
    QCOMPARE(merged.cameras[0].headingDegrees, baseCamera.headingDegrees);
    QCOMPARE(merged.cameras[0].sightings.size(), std::size_t(2));
    QCOMPARE(merged.conflicts.size(), std::size_t(1));
    const AttributeConflict expected{CameraId{0}, attribute, kept, other, SourceId{1}};
    QCOMPARE(merged.conflicts[0], expected);
    QVERIFY(merged.sources[1].trusted);
}

void TstMerge::eightMetresApartIsANewCamera()
{
    const Dataset base = withCameras({camera(0, FrStatus::Confirmed)}, "base");
    const Dataset incoming = withCameras({camera(8, FrStatus::Confirmed)}, "new");
    const ChangeSet set = planMerge(base, incoming, trusted(false));
    QCOMPARE(cameraChange(set, 0)->kind, ChangeKind::AddCamera);
    const Dataset merged = applyMerge(base, incoming, set, set.defaultSelection());
    QCOMPARE(merged.cameras.size(), std::size_t(2));
    QCOMPARE(merged.cameras[1].id, CameraId{1});
    QCOMPARE(merged.cameras[1].sightings[0].source, SourceId{1});
    // A larger threshold makes them one.
    MergeOptions wide;
    wide.cameraThresholdMetres = 10.0;
    QCOMPARE(cameraChange(planMerge(base, incoming, wide), 0)->kind, ChangeKind::MergeCamera);
}

void TstMerge::untrustedLoweringIsRejected()
{
    const Dataset base = withCameras({camera(0, FrStatus::Confirmed)}, "base", true);
    const Dataset incoming = withCameras({camera(2, FrStatus::None)}, "rumour");
    const ChangeSet set = planMerge(base, incoming, trusted(false));
    const Change *c = cameraChange(set, 0);
    QCOMPARE(c->kind, ChangeKind::RejectCamera);
    QCOMPARE(c->reason, RejectReason::LowersFrStatus);
    QCOMPARE(c->attributes[0].outcome, AttributeOutcome::Lowered);
    QCOMPARE(set.defaultSelection(), std::vector<bool>{false});
    // By default nothing of it lands, not even its source.
    COMPARE_DATASETS(applyMerge(base, incoming, set, set.defaultSelection()), base);
    // A person who accepts it gets a conflict to resolve, never a silent downgrade.
    const Dataset reviewed = applyMerge(base, incoming, set, {true});
    QCOMPARE(reviewed.cameras[0].frStatus, FrStatus::Confirmed);
    QCOMPARE(reviewed.conflicts.size(), std::size_t(1));
    QCOMPARE(reviewed.conflicts[0].otherValue, QStringLiteral("none"));
    QVERIFY(validateDataset(reviewed).empty());
}

void TstMerge::trustedLoweringIsAppliedAsConflict()
{
    const Dataset base = withCameras({camera(0, FrStatus::Confirmed)}, "base", true);
    const Dataset incoming = withCameras({camera(2, FrStatus::Suspected)}, "trusted survey");
    const ChangeSet set = planMerge(base, incoming, trusted(true));
    QCOMPARE(cameraChange(set, 0)->kind, ChangeKind::ConflictCamera);
    QCOMPARE(set.defaultSelection(), std::vector<bool>{true});
    const Dataset merged = applyMerge(base, incoming, set, set.defaultSelection());
    QCOMPARE(merged.cameras[0].frStatus, FrStatus::Confirmed);
    QCOMPARE(merged.cameras[0].sightings.size(), std::size_t(2));
    QCOMPARE(merged.conflicts.size(), std::size_t(1));
    QCOMPARE(merged.conflicts[0].attribute, QStringLiteral("fr_status"));
    QCOMPARE(merged.conflicts[0].otherValue, QStringLiteral("suspected"));
}

void TstMerge::frStatusRules_data()
{
    QTest::addColumn<int>("baseFr");
    QTest::addColumn<int>("incomingFr");
    QTest::addColumn<bool>("trustedSource");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("after"); // FR status after the default merge
    using F = FrStatus;
    using K = ChangeKind;
    const auto row = [](const char *name, F b, F i, bool t, K k, F after) {
        QTest::newRow(name) << int(b) << int(i) << t << int(k) << int(after);
    };
    row("untrusted raises suspected to confirmed", F::Suspected, F::Confirmed, false,
        K::MergeCamera, F::Confirmed);
    row("untrusted raises unknown to suspected", F::Unknown, F::Suspected, false, K::MergeCamera,
        F::Suspected);
    row("untrusted raises none to suspected", F::None, F::Suspected, false, K::MergeCamera,
        F::Suspected);
    row("unknown incoming says nothing", F::Confirmed, F::Unknown, false, K::MergeCamera,
        F::Confirmed);
    row("untrusted unknown to none is lowering", F::Unknown, F::None, false, K::RejectCamera,
        F::Unknown);
    row("trusted unknown to none fills in", F::Unknown, F::None, true, K::MergeCamera, F::None);
    row("untrusted suspected to none", F::Suspected, F::None, false, K::RejectCamera, F::Suspected);
    row("trusted confirmed to none", F::Confirmed, F::None, true, K::ConflictCamera, F::Confirmed);
    row("same", F::None, F::None, false, K::MergeCamera, F::None);
}

void TstMerge::frStatusRules()
{
    QFETCH(int, baseFr);
    QFETCH(int, incomingFr);
    QFETCH(bool, trustedSource);
    QFETCH(int, kind);
    QFETCH(int, after);
    const Dataset base = withCameras({camera(0, FrStatus(baseFr))}, "base", true);
    const Dataset incoming = withCameras({camera(1, FrStatus(incomingFr))}, "incoming");
    const ChangeSet set = planMerge(base, incoming, trusted(trustedSource));
    QCOMPARE(int(cameraChange(set, 0)->kind), kind);
    QCOMPARE(int(mergedByDefault(base, incoming, trusted(trustedSource)).cameras[0].frStatus),
             after);
}

void TstMerge::oneToOneCompatibleFirst()
{
    // Two cameras on one pole: the one that agrees with the base's heading is that camera, even
    // though the other is closer; the other is a camera of its own.
    const Dataset base =
        withCameras({camera(0, FrStatus::Unknown, CameraKind::Unknown, 0.0)}, "base");
    const Dataset incoming = withCameras({camera(1, FrStatus::Unknown, CameraKind::Unknown, 180.0),
                                          camera(2, FrStatus::Unknown, CameraKind::Unknown, 10.0)},
                                         "pole");
    const ChangeSet set = planMerge(base, incoming, trusted(false));
    QCOMPARE(cameraChange(set, 0)->kind, ChangeKind::AddCamera);
    QCOMPARE(cameraChange(set, 1)->kind, ChangeKind::MergeCamera);
    QCOMPARE(mergedByDefault(base, incoming, trusted(false)).cameras.size(), std::size_t(2));
}

void TstMerge::stationMatchedByNameWithYo()
{
    const Dataset base = testing::smallCity();
    // The same line (lower case) and station spelt with е instead of ё, 50 m away, plus a
    // station the base lacks.
    Dataset incoming;
    incoming.sources = {source(0, "stations.csv", false)};
    Line line;
    line.id = LineId{0};
    line.name.native = QStringLiteral("красная");
    line.stations = {StationId{0}, StationId{1}};
    incoming.network.lines = {line};
    Station yolochnaya;
    yolochnaya.id = StationId{0};
    yolochnaya.name.native = QStringLiteral("Елочная");
    yolochnaya.position = {55.750 + northDegrees(50), 37.600};
    yolochnaya.line = LineId{0};
    Station fresh;
    fresh.id = StationId{1};
    fresh.name.native = QStringLiteral("Новая");
    fresh.position = {55.740, 37.590};
    fresh.line = LineId{0};
    incoming.network.stations = {yolochnaya, fresh};
    incoming.network.links = {
        {LinkKind::Ride, StationId{0}, StationId{1}, kNoId<EntranceId>, 120.0, 1300.0}};
    QVERIFY(validateDataset(incoming).empty());

    const ChangeSet set = planMerge(base, incoming, trusted(false));
    QCOMPARE(set.count(ChangeKind::MatchLine), 1);
    QCOMPARE(set.count(ChangeKind::MatchStation), 1);
    QCOMPARE(set.count(ChangeKind::AddStation), 1);
    const auto match = std::find_if(set.changes.begin(), set.changes.end(), [](const Change &c) {
        return c.kind == ChangeKind::MatchStation;
    });
    QCOMPARE(match->base, 0u);
    QCOMPARE(match->basis, MatchBasis::Name);
    QVERIFY(std::abs(match->distanceMetres - 50.0) < 0.01);

    const Dataset merged = applyMerge(base, incoming, set, set.defaultSelection());
    QVERIFY(validateDataset(merged).empty());
    QCOMPARE(merged.network.stations.size(), std::size_t(5)); // 4 + Новая, Ёлочная not duplicated
    QCOMPARE(merged.network.lines.size(), std::size_t(2));
    const Station &added = merged.network.stations[4];
    QCOMPARE(added.name.native, QStringLiteral("Новая"));
    QCOMPARE(added.line, LineId{0});
    // Новая follows Ёлочная on the red line, as in the incoming line.
    const std::vector<StationId> expected{StationId{0}, StationId{4}, StationId{1}};
    QCOMPARE(merged.network.lines[0].stations, expected);
    const auto ride =
        std::find_if(merged.network.links.begin(), merged.network.links.end(), [](const Link &l) {
            return l.kind == LinkKind::Ride && l.from == StationId{0} && l.to == StationId{4};
        });
    QVERIFY(ride != merged.network.links.end());
    QCOMPARE(merged.network.stations[0].name.native,
             QStringLiteral("Ёлочная")); // the base's spelling
}

void TstMerge::newLineJoinsSameNamedStation()
{
    const Dataset base = testing::smallCity();
    Dataset incoming;
    Line green;
    green.id = LineId{0};
    green.name.native = QStringLiteral("Зелёная");
    green.stations = {StationId{0}};
    incoming.network.lines = {green};
    Station s;
    s.id = StationId{0};
    s.name.native = QStringLiteral("ЁЛОЧНАЯ");
    s.position = {55.750 + northDegrees(90), 37.600};
    s.line = LineId{0};
    incoming.network.stations = {s};
    const ChangeSet set = planMerge(base, incoming, trusted(false));
    QCOMPARE(set.count(ChangeKind::AddLine), 1);
    const auto add = std::find_if(set.changes.begin(), set.changes.end(),
                                  [](const Change &c) { return c.kind == ChangeKind::AddStation; });
    QCOMPARE(add->base, 0u); // joins Ёлочная of the red line
    const Dataset merged = applyMerge(base, incoming, set, set.defaultSelection());
    QVERIFY(validateDataset(merged).empty());
    const Station &joined = merged.network.stations[4];
    QVERIFY(isSet(joined.complex));
    QCOMPARE(merged.network.stations[0].complex, joined.complex);
    const auto transfer =
        std::find_if(merged.network.links.begin(), merged.network.links.end(), [](const Link &l) {
            return l.kind == LinkKind::Transfer && l.to == StationId{4};
        });
    QVERIFY(transfer != merged.network.links.end());
    QVERIFY(std::abs(transfer->lengthMetres - 90.0) < 0.01);
    // Walked at 1.3 m/s: 90 / 1.3 = 69.2 s, above the one-minute floor.
    QVERIFY(std::abs(transfer->durationSeconds - 90.0 / 1.3) < 0.01);
}

void TstMerge::mergingADatasetIntoItselfChangesNothing()
{
    const Dataset city = testing::smallCity();
    const ChangeSet set = planMerge(city, city, trusted(false));
    QCOMPARE(set.count(ChangeKind::AddCamera), 0);
    QCOMPARE(set.count(ChangeKind::AddStation), 0);
    QCOMPARE(set.count(ChangeKind::AddLine), 0);
    QCOMPARE(set.count(ChangeKind::AddEntrance), 0);
    QCOMPARE(set.count(ChangeKind::AddZone), 0);
    QCOMPARE(set.count(ChangeKind::MergeCamera), 3);
    QCOMPARE(set.count(ChangeKind::MatchSurveyArea), 1);
    COMPARE_DATASETS(applyMerge(city, city, set, set.defaultSelection()), city);
}

void TstMerge::cameraIdsStayAndNewOnesAreFresh()
{
    // A base whose camera 1 (100 m north) was deleted: ids 0 and 2 left, 0 to 2 used.
    Dataset base = withCameras({camera(0, FrStatus::Unknown), camera(100, FrStatus::Unknown),
                                camera(200, FrStatus::Unknown)},
                               "base");
    base.nextCameraId = indexOf(base.newCameraId()); // as deleting cameras does
    base.cameras.erase(base.cameras.begin() + 1);
    // Incoming: the camera at 200 m again, a new one at 400 m with a conflict of its own, and
    // one at 100 m, where the deleted camera stood.
    Dataset incoming = withCameras({camera(200, FrStatus::Unknown), camera(400, FrStatus::Unknown),
                                    camera(100, FrStatus::Unknown)},
                                   "new");
    incoming.conflicts = {{CameraId{1}, QStringLiteral("kind"), QStringLiteral("dome"),
                           QStringLiteral("fixed"), SourceId{0}}};
    const Dataset merged = mergedByDefault(base, incoming, trusted(false));
    QVERIFY(validateDataset(merged).empty());
    // The base's cameras keep 0 and 2; the two new ones get 3 and 4, not the deleted 1.
    QCOMPARE(merged.cameras.size(), std::size_t(4));
    QCOMPARE(merged.cameras[0].id, CameraId{0});
    QCOMPARE(merged.cameras[1].id, CameraId{2});
    QCOMPARE(merged.cameras[2].id, CameraId{3});
    QCOMPARE(merged.cameras[3].id, CameraId{4});
    QCOMPARE(merged.cameras[2].position, incoming.cameras[1].position);
    QCOMPARE(merged.nextCameraId, 5u);
    // The incoming conflict follows its camera to its new id.
    QCOMPARE(merged.conflicts.size(), std::size_t(1));
    QCOMPARE(merged.conflicts[0].camera, CameraId{3});

    // Into nothing, a pack's cameras keep their ids and its record of ids used.
    const Dataset alone = mergedByDefault(Dataset{}, merged, trusted(false));
    QCOMPARE(alone.cameras.size(), std::size_t(4));
    for (std::size_t i = 0; i < 4; ++i)
        QCOMPARE(alone.cameras[i].id, merged.cameras[i].id);
    QCOMPARE(alone.nextCameraId, 5u);
    QCOMPARE(alone.conflicts, merged.conflicts);
}

void TstMerge::importIntoEmptyDatasetKeepsEverything()
{
    const Dataset city = testing::smallCity();
    const ChangeSet set = planMerge(Dataset{}, city, trusted(false));
    QCOMPARE(set.count(ChangeKind::AddCamera), 3);
    Dataset expected = city;
    expected.sources[0].trusted = false; // trust is the importing user's to give
    COMPARE_DATASETS(applyMerge(Dataset{}, city, set, set.defaultSelection()), expected);
    expected.sources[0].trusted = true;
    COMPARE_DATASETS(mergedByDefault(Dataset{}, city, trusted(true)), expected);

    // An incoming dataset given up (moved in) merges the same; its street network is moved,
    // not copied, so it is left without one.
    QVERIFY(!city.streets.nodes.empty());
    Dataset spent = city;
    expected.sources[0].trusted = false;
    COMPARE_DATASETS(applyMerge(Dataset{}, std::move(spent), set, set.defaultSelection()),
                     expected);
    QVERIFY(spent.streets.nodes.empty()); // NOLINT(bugprone-use-after-move): that is the point
}

void TstMerge::refusedLineDropsItsStations()
{
    const Dataset city = testing::smallCity();
    const ChangeSet set = planMerge(Dataset{}, city, trusted(false));
    std::vector<bool> accepted = set.defaultSelection();
    // Refuse the blue line (the second AddLine): its stations, their links and the camera
    // anchored only to one of them go too.
    for (std::size_t i = 0; i < set.changes.size(); ++i)
        if (set.changes[i].kind == ChangeKind::AddLine && set.changes[i].incoming == 1)
            accepted[i] = false;
    const Dataset merged = applyMerge(Dataset{}, city, set, accepted);
    QVERIFY(validateDataset(merged).empty());
    QCOMPARE(merged.network.lines.size(), std::size_t(1));
    QCOMPARE(merged.network.stations.size(), std::size_t(2));
    QCOMPARE(merged.cameras.size(), std::size_t(2));
    for (const Link &l : merged.network.links)
        QVERIFY(l.kind != LinkKind::Transfer);
}

void TstMerge::sameFileTwiceIsOneSource()
{
    const Dataset base = withCameras({camera(0, FrStatus::Confirmed)}, "cams.csv");
    const Dataset once = mergedByDefault(Dataset{}, base, trusted(false));
    const Dataset twice = mergedByDefault(once, base, trusted(false));
    QCOMPARE(twice.sources.size(), std::size_t(1));
    QCOMPARE(twice.cameras.size(), std::size_t(1));
    QCOMPARE(twice.cameras[0].sightings.size(), std::size_t(1));
    COMPARE_DATASETS(twice, once);
}

void TstMerge::fictionalIsNeverLost()
{
    Dataset training = testing::smallCity();
    const Dataset real = withCameras({camera(0, FrStatus::Confirmed)}, "real");
    const ChangeSet set = planMerge(real, training, trusted(false));
    QVERIFY(set.mixesFictional);
    QVERIFY(applyMerge(real, training, set, set.defaultSelection()).header.fictional);
    QVERIFY(!planMerge(Dataset{}, training, trusted(false)).mixesFictional);
}

QTEST_GUILESS_MAIN(TstMerge)
#include "tst_merge.moc"
