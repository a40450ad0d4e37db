#include "core/exposure/camera_field.h"
#include "core/exposure/exposure_model.h"
#include "core/exposure/model_parameters.h"
#include "core/geo/local_projection.h"

#include <QTest>

Q_DECLARE_METATYPE(blindspot::ParseReason)

using namespace blindspot;

namespace {

// Hand-worked numbers below use the built-in central parameters:
//   range of a 30 deg lens: 1920 px / (500 px/m * 2 tan 15 deg) = 7.16554 m
//   walking speed 1.35 m/s, tau 1 s, r (video) 0.9, f sideways 0.3, f away 0.
constexpr double kRange = 7.165537550532244;

Camera facingNorth(FrStatus status = FrStatus::Confirmed)
{
    Camera c;
    c.kind = CameraKind::Fixed;
    c.headingDegrees = 0.0;
    c.fovDegrees = 30.0;
    c.heightMetres = 1.6; // face height: no steep-angle limit
    c.frStatus = status;
    return c;
}

double passProbability(const ExposureModel &m, const Camera &c, LocalXY a, LocalXY b)
{
    const CoverageSector s = m.coverageOf(c, {0, 0});
    return m.captureProbability(c, m.coverageAlong(s, a, b, m.parameter(Param::WalkSpeedMps)));
}

} // namespace

class TstExposureModel : public QObject {
    Q_OBJECT
private slots:
    void builtInParametersLoad();
    void camera_data();
    void camera();
    void coverageGeometry();
    void tiltLimit();
    void twoCamerasCompose();
    void cameraSeenOnTwoSegmentsCountsOnce();
    void zoneOnlyStation();
    void frShareFromPlace();
    void maskWhatIf();
    void boundsAreOrdered();
    void badParameterFiles_data();
    void badParameterFiles();
    void parameterErrorColumnCountsCharacters();
    void profiles();
    void unmappedPrior();
};

void TstExposureModel::builtInParametersLoad()
{
    const ModelParameters &p = ModelParameters::builtIn();
    for (std::size_t i = 0; i < kParamCount; ++i) {
        const ParameterInfo &info = p.info(static_cast<Param>(i));
        QVERIFY2(!info.source.isEmpty(), qPrintable(info.key));
        QVERIFY(info.min <= info.value && info.value <= info.max);
    }
    QCOMPARE(p.value(Param::TauS), 1.0);
    // A shorter dwell constant raises exposure, so the low result uses the longest one.
    QCOMPARE(p.value(Param::TauS, Bound::Low), 3.0);
    QCOMPARE(p.value(Param::TauS, Bound::High), 0.3);
    QCOMPARE(p.value(Param::QStreetUnknown, Bound::Low), 0.02);
    QVERIFY(p.profileNames().contains(QStringLiteral("ordinary")));
    QVERIFY(p.profileNames().contains(QStringLiteral("event")));
}

void TstExposureModel::camera_data()
{
    QTest::addColumn<double>("ax");
    QTest::addColumn<double>("ay");
    QTest::addColumn<double>("bx");
    QTest::addColumn<double>("by");
    QTest::addColumn<double>("expected");
    // Walking south straight at the camera: 7.16554 m in view facing it, t = 5.30781 s,
    // p = 1 * (1 - e^-5.30781) * 0.9 = 0.895542.
    QTest::newRow("head-on") << 0.0 << 20.0 << 0.0 << -20.0 << 0.895542;
    // Crossing 3 m in front: in the 30 deg wedge for 2 * 3 tan 15 = 1.60770 m, sideways,
    // t = 1.19089 s, p = 0.3 * (1 - e^-1.19089) * 0.9 = 0.187933.
    QTest::newRow("sideways") << -20.0 << 3.0 << 20.0 << 3.0 << 0.187933;
    // Walking north away from it: in view only with the back turned, f = 0.
    QTest::newRow("behind") << 0.0 << -20.0 << 0.0 << 20.0 << 0.0;
    // Parallel 8 m away: beyond the 7.17 m range.
    QTest::newRow("out of range") << -20.0 << 8.0 << 20.0 << 8.0 << 0.0;
    // Behind the camera's back, close: outside the field of view.
    QTest::newRow("behind its back") << -20.0 << -2.0 << 20.0 << -2.0 << 0.0;
}

void TstExposureModel::camera()
{
    QFETCH(double, ax);
    QFETCH(double, ay);
    QFETCH(double, bx);
    QFETCH(double, by);
    QFETCH(double, expected);
    const ExposureModel m(ModelParameters::builtIn(), Bound::Central);
    const double p = passProbability(m, facingNorth(), {ax, ay}, {bx, by});
    QVERIFY2(std::abs(p - expected) < 1e-5, qPrintable(QString::number(p, 'f', 6)));
}

void TstExposureModel::coverageGeometry()
{
    const ExposureModel m(ModelParameters::builtIn(), Bound::Central);
    const CoverageSector s = m.coverageOf(facingNorth(), {0, 0});
    QVERIFY(std::abs(s.maxRangeMetres - kRange) < 1e-9);
    QCOMPARE(s.minRangeMetres, 0.0);
    QVERIFY(s.contains({0, 5}));
    QVERIFY(s.contains({1.2, 5}));  // 13.5 deg off axis
    QVERIFY(!s.contains({1.5, 5})); // 16.7 deg off axis
    QVERIFY(!s.contains({0, -5}));
    // The times by orientation add up to the time in view for an oblique crossing too.
    const CoverageTimes t = m.coverageAlong(s, {-5, 0}, {5, 10}, 1.0);
    QVERIFY(t.towards + t.sideways + t.away > 0.0);
    Camera roundAbout = facingNorth();
    roundAbout.headingDegrees.reset();
    QCOMPARE(m.coverageOf(roundAbout, {0, 0}).fovDegrees, 360.0);
}

void TstExposureModel::tiltLimit()
{
    // At 3 m the face is seen too steeply closer than (3 - 1.6) / tan 15 deg = 5.22487 m.
    const ExposureModel m(ModelParameters::builtIn(), Bound::Central);
    Camera c = facingNorth();
    c.heightMetres = 3.0;
    const CoverageSector s = m.coverageOf(c, {0, 0});
    QVERIFY(std::abs(s.minRangeMetres - 5.224871) < 1e-5);
    // Head-on, in view from 7.16554 m to 5.22487 m: 1.94067 m, t = 1.43753 s,
    // p = (1 - e^-1.43753) * 0.9 = 0.686238.
    const double p = passProbability(m, c, {0, 20}, {0, -20});
    QVERIFY2(std::abs(p - 0.686238) < 1e-5, qPrintable(QString::number(p, 'f', 6)));
}

void TstExposureModel::twoCamerasCompose()
{
    // Two cameras on one walk: hazards add, so P = 1 - (1 - p1)(1 - p2)
    // = 1 - (1 - 0.895542)(1 - 0.187933) = 0.915174.
    Dataset d;
    const LocalProjection projection({45.0, 30.0});
    Camera headOn = facingNorth();
    headOn.id = CameraId{0};
    headOn.position = projection.toLatLon({0, 0});
    Camera side = facingNorth();
    side.id = CameraId{1};
    side.position = projection.toLatLon({100, 0});
    d.cameras = {headOn, side};
    const CameraField field(d, projection);
    const ExposureModels models(ModelParameters::builtIn());
    // Head-on past the first, then round behind it (out of its view) and across the second
    // 3 m in front of it.
    const std::vector<LocalXY> walk{{0, 20}, {0, -20}, {80, 3}, {120, 3}};
    const auto passes = field.passesAlong(walk, models);
    QCOMPARE(passes.size(), std::size_t(2));
    double hazard = 0.0;
    for (const CameraPass &p : passes)
        hazard += p.hazard(Bound::Central);
    QVERIFY(std::abs(passes[0].probability[1] - 0.895542) < 1e-5);
    QVERIFY(std::abs(passes[1].probability[1] - 0.187933) < 1e-5);
    QVERIFY(std::abs(probabilityOf(hazard) - 0.915174) < 1e-5);
}

void TstExposureModel::cameraSeenOnTwoSegmentsCountsOnce()
{
    // The head-on walk split at y = 4: as one pass p = 0.895542; counted as two separate passes
    // it would be 1 - (1 - p_a)(1 - p_b) = 0.972711 (p_a for 3.16554 m, p_b for 4 m).
    Dataset d;
    const LocalProjection projection({45.0, 30.0});
    Camera c = facingNorth();
    c.position = projection.toLatLon({0, 0});
    d.cameras = {c};
    const CameraField field(d, projection);
    const std::vector<LocalXY> walk{{0, 20}, {0, 4}, {0, -20}};
    const auto passes = field.passesAlong(walk, ExposureModels(ModelParameters::builtIn()));
    QCOMPARE(passes.size(), std::size_t(1));
    QVERIFY(std::abs(passes[0].probability[1] - 0.895542) < 1e-5);
}

void TstExposureModel::zoneOnlyStation()
{
    // Two reported turnstile cameras, FR confirmed, no positions: per camera
    // p = 1 * 1 * (1 - e^-3) * 0.99 = 0.940711, h = 2.825328; two: P = 1 - (1 - p)^2 = 0.996485.
    const ExposureModel m(ModelParameters::builtIn(), Bound::Central);
    const double h = m.zoneHazard(ZoneKind::Turnstiles, 2,
                                  m.zoneFrShare(ZoneKind::Turnstiles, FrStatus::Confirmed));
    QVERIFY(std::abs(h - 2 * 2.825328) < 1e-5);
    QVERIFY(std::abs(probabilityOf(h) - 0.996485) < 1e-6);
    QCOMPARE(
        m.zoneHazard(ZoneKind::Turnstiles, 2, m.zoneFrShare(ZoneKind::Turnstiles, FrStatus::None)),
        0.0);
    // Train cars: time on board sets the dwell (10 s per minute in view), so a longer ride is
    // more exposed, but less than proportionally.
    const double q = m.zoneFrShare(ZoneKind::Train, FrStatus::Unknown);
    const double oneMinute = m.zoneHazard(ZoneKind::Train, 8, q, 60);
    const double tenMinutes = m.zoneHazard(ZoneKind::Train, 8, q, 600);
    QVERIFY(tenMinutes > oneMinute);
    QVERIFY(tenMinutes < 10 * oneMinute);
}

void TstExposureModel::frShareFromPlace()
{
    const ExposureModel m(ModelParameters::builtIn(), Bound::Central);
    Camera street;
    QCOMPARE(m.frShare(street), 0.6);
    street.frStatus = FrStatus::Suspected;
    QCOMPARE(m.frShare(street), 0.5);
    Camera turnstile;
    turnstile.anchorStation = StationId{0};
    turnstile.anchorZone = ZoneKind::Turnstiles;
    QCOMPARE(m.frShare(turnstile), 1.0);
    turnstile.anchorZone = ZoneKind::Train;
    QCOMPARE(m.frShare(turnstile), 0.26);
    Camera none;
    none.frStatus = FrStatus::None;
    QCOMPARE(m.frShare(none), 0.0);
}

void TstExposureModel::maskWhatIf()
{
    // The mask multiplies the match rate by 0.95 (NISTIR 8311): 0.895542 * 0.95 = 0.850765.
    Traveller masked;
    masked.medicalMask = true;
    const ExposureModel m(ModelParameters::builtIn(), Bound::Central, masked);
    const double p = passProbability(m, facingNorth(), {0, 20}, {0, -20});
    QVERIFY2(std::abs(p - 0.850765) < 1e-5, qPrintable(QString::number(p, 'f', 6)));
    // A cap does nothing against a face-height camera, something against a high one.
    Traveller capped;
    capped.cap = true;
    const ExposureModel withCap(ModelParameters::builtIn(), Bound::Central, capped);
    QCOMPARE(withCap.matchRate(facingNorth()), 0.9);
    Camera ceiling = facingNorth();
    ceiling.heightMetres = 3.5;
    QVERIFY(std::abs(withCap.matchRate(ceiling) - 0.9 * 0.85) < 1e-12);
}

void TstExposureModel::boundsAreOrdered()
{
    const ExposureModels models(ModelParameters::builtIn());
    for (FrStatus status : {FrStatus::Confirmed, FrStatus::Suspected, FrStatus::Unknown}) {
        Camera c = facingNorth(status);
        c.heightMetres = 3.0;
        c.fovDegrees.reset();
        const double low = passProbability(models.low, c, {0, 30}, {0, -30});
        const double central = passProbability(models.central, c, {0, 30}, {0, -30});
        const double high = passProbability(models.high, c, {0, 30}, {0, -30});
        QVERIFY(low <= central && central <= high);
        QVERIFY(high > 0.0);
    }
}

void TstExposureModel::badParameterFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ParseReason>("reason");
    QTest::addColumn<QStringList>("args"); // the first of the error's arguments
    // The value is the override's, the range the built-in one's: only its start is compared.
    QTest::newRow("outside range")
        << QByteArray(R"({"tau_s": {"value": 5}})") << ParseReason::ParameterOutsideRange
        << QStringList{"tau_s", "5"};
    QTest::newRow("impossible probability")
        << QByteArray(R"({"q_train": 1.5})") << ParseReason::ParameterImpossible
        << QStringList{"q_train", "1.5"};
    QTest::newRow("unknown key") << QByteArray(R"({"fr_magic": 1})")
                                 << ParseReason::UnknownParameter << QStringList{"fr_magic"};
    QTest::newRow("text instead of number")
        << QByteArray(R"({"tau_s": "fast"})") << ParseReason::ParameterNotNumberOrObject
        << QStringList{"tau_s"};
    QTest::newRow("unknown field")
        << QByteArray(R"({"tau_s": {"mean": 1}})") << ParseReason::ParameterUnknownField
        << QStringList{"tau_s", "mean"};
    QTest::newRow("min above max")
        << QByteArray(R"({"tau_s": {"min": 2, "max": 1}})") << ParseReason::ParameterMinAboveMax
        << QStringList{"tau_s", "2", "1"};
    // Qt's own message, as it is.
    QTest::newRow("broken JSON") << QByteArray("{\n  \"tau_s\": ,\n}") << ParseReason::Message
                                 << QStringList{};
    QTest::newRow("not an object")
        << QByteArray("[1, 2]") << ParseReason::ExpectedOverridesObject << QStringList{};
}

void TstExposureModel::badParameterFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(ParseReason, reason);
    QFETCH(QStringList, args);
    const auto r = ModelParameters::builtIn().withOverrides(json, QStringLiteral("mine.json"));
    QVERIFY(isError(r));
    const ParseError &e = std::get<ParseError>(r);
    QCOMPARE(e.file, QStringLiteral("mine.json"));
    QCOMPARE(e.code, ParseErrorCode::Malformed);
    QCOMPARE(e.reason, reason);
    QCOMPARE(e.args.mid(0, args.size()), args);
    if (json.startsWith("{\n")) {
        QCOMPARE(e.line, 2); // the error is on the second line
        QVERIFY(e.column > 1);
    }
    // A good override changes exactly what it names.
    const auto good = ModelParameters::builtIn().withOverrides(R"({"walk_speed_mps": 1.1})", "ok");
    QVERIFY(!isError(good));
    QCOMPARE(std::get<ModelParameters>(good).value(Param::WalkSpeedMps, Bound::High), 1.1);
    QCOMPARE(std::get<ModelParameters>(good).value(Param::TauS), 1.0);
}

void TstExposureModel::parameterErrorColumnCountsCharacters()
{
    // The same broken line with a Latin and a Cyrillic key of seven letters each: the error's
    // column must not move, though the Cyrillic key takes seven more bytes in UTF-8.
    const auto column = [](const QByteArray &json) {
        const auto r = ModelParameters::builtIn().withOverrides(json, QStringLiteral("mine.json"));
        return isError(r) ? std::get<ParseError>(r).column : -1;
    };
    const int latin = column("{\"zametka\": 1, \"tau_s\": ,}");
    const int cyrillic = column("{\"заметка\": 1, \"tau_s\": ,}");
    QVERIFY2(latin > 20, qPrintable(QString::number(latin))); // past `"tau_s": `
    QCOMPARE(cyrillic, latin);
}

void TstExposureModel::profiles()
{
    const auto event = ModelParameters::builtIn().forProfile(QStringLiteral("event"));
    QVERIFY(!isError(event));
    QCOMPARE(std::get<ModelParameters>(event).value(Param::QStreetUnknown), 0.8);
    QCOMPARE(std::get<ModelParameters>(event).activeProfile(), QStringLiteral("event"));
    const auto holiday = ModelParameters::builtIn().forProfile(QStringLiteral("holiday"));
    QVERIFY(isError(holiday));
    // The CLI tells an unknown profile from a broken file by this reason.
    QCOMPARE(std::get<ParseError>(holiday).reason, ParseReason::UnknownProfile);
    QCOMPARE(std::get<ParseError>(holiday).args.value(0), QStringLiteral("holiday"));
}

void TstExposureModel::unmappedPrior()
{
    // Unmapped FR cameras: 45 per km2, each covering 30/360 * pi * (7.16554^2 - 5.22487^2)
    // = 6.29514 m2, facing share 0.4, r 0.9, tau 1 s:
    // 45e-6 * 6.29514 * 0.4 * 0.9 = 1.019812e-4 per second; inside a survey 80 % complete, 1/5.
    const ExposureModel m(ModelParameters::builtIn(), Bound::Central);
    QVERIFY(std::abs(m.unmappedHazardPerSecond(1.0) - 1.019812e-4) < 1e-9);
    QVERIFY(std::abs(m.unmappedHazardPerSecond(0.2) - 0.2 * 1.019812e-4) < 1e-9);
}

QTEST_APPLESS_MAIN(TstExposureModel)
#include "tst_exposure_model.moc"
