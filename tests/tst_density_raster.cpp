#include "core/exposure/density_raster.h"
#include "process_checks.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <numbers>

using namespace blindspot;

namespace {

const LocalProjection kProjection(LatLon{55.75, 37.62});

Camera streetCamera(std::size_t index, LocalXY xy, CameraKind kind, FrStatus fr,
                    std::optional<double> heading, std::optional<double> fov, double height)
{
    Camera c;
    c.id = static_cast<CameraId>(index);
    c.position = kProjection.toLatLon(xy);
    c.kind = kind;
    c.frStatus = fr;
    c.headingDegrees = heading;
    c.fovDegrees = fov;
    c.heightMetres = height;
    return c;
}

/// The built-in parameters with some pinned; a bad override is a bug in the test.
ExposureModel modelWith(const char *json)
{
    const Result<ModelParameters> p =
        ModelParameters::builtIn().withOverrides(QByteArray(json), QStringLiteral("test"));
    if (isError(p))
        qFatal("bad test override: reason %d (%s)", int(std::get<ParseError>(p).reason),
               qPrintable(std::get<ParseError>(p).args.join(QLatin1String(", "))));
    return ExposureModel(std::get<ModelParameters>(p), Bound::Central);
}

/// No blur and no unmapped cameras: the known layer alone, as rasterised.
ExposureModel sharpKnownOnly()
{
    return modelWith(R"({"location_sigma_m": 0, "unmapped_fr_per_km2": 0})");
}

/// The cell holding p, as (column, row) with row 0 at the north edge.
std::pair<int, int> cellOf(const DensityRaster &r, LocalXY p)
{
    const double north = r.origin().yMetres + r.rows() * r.cellMetres();
    return {static_cast<int>(std::floor((p.xMetres - r.origin().xMetres) / r.cellMetres())),
            static_cast<int>(std::floor((north - p.yMetres) / r.cellMetres()))};
}

/// Centre of cell (column, row).
LocalXY centreOf(const DensityRaster &r, int column, int row)
{
    const double north = r.origin().yMetres + r.rows() * r.cellMetres();
    return {r.origin().xMetres + (column + 0.5) * r.cellMetres(),
            north - (row + 0.5) * r.cellMetres()};
}

double maxAbs(const cv::Mat &m)
{
    double lo = 0.0, hi = 0.0;
    cv::minMaxLoc(m, &lo, &hi);
    return std::max(std::abs(lo), std::abs(hi));
}

/// A dataset whose bounding box is fixed by two cameras of no FR (q = 0, so they add nothing)
/// at (-1000, -1000) and (1000, 1000), plus a mix of cameras in between.
Dataset mixedCity()
{
    Dataset d;
    d.cameras.push_back(
        streetCamera(0, {-1000, -1000}, CameraKind::Ptz, FrStatus::None, 0.0, 40.0, 6.0));
    d.cameras.push_back(
        streetCamera(1, {1000, 1000}, CameraKind::Ptz, FrStatus::None, 0.0, 40.0, 6.0));
    const struct {
        LocalXY xy;
        CameraKind kind;
        FrStatus fr;
        std::optional<double> heading;
        std::optional<double> fov;
    } kCameras[] = {
        {{-300, 120}, CameraKind::Ptz, FrStatus::Confirmed, 45.0, 50.0},
        {{-280, 140}, CameraKind::Dome, FrStatus::Unknown, std::nullopt, std::nullopt},
        {{10, 10}, CameraKind::Ptz, FrStatus::Suspected, 200.0, 40.0},
        {{30, -5}, CameraKind::Ptz, FrStatus::Unknown, std::nullopt, std::nullopt},
        {{250, -400}, CameraKind::Unknown, FrStatus::Confirmed, 300.0, std::nullopt},
        {{-600, -250}, CameraKind::Ptz, FrStatus::Confirmed, 120.0, 60.0},
        {{600, 600}, CameraKind::Fixed, FrStatus::Unknown, std::nullopt, std::nullopt},
        {{612, 590}, CameraKind::Ptz, FrStatus::Unknown, 10.0, 45.0},
    };
    for (const auto &c : kCameras)
        d.cameras.push_back(
            streetCamera(d.cameras.size(), c.xy, c.kind, c.fr, c.heading, c.fov, 2.0));
    return d;
}

struct CliRun {
    int exitCode = -1;
    QByteArray err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(BLINDSPOT_CLI), args);
    if (!BLINDSPOT_WAIT_FINISHED(p, 120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardError()};
}

} // namespace

class TstDensityRaster : public QObject {
    Q_OBJECT
private slots:
    void singleSectorHasHandComputedWeight();
    void blurPreservesTotal();
    void priorFollowsSurveyAreas();
    void updateMatchesRebuild();
    void legIntegralMatchesDirectSum_data();
    void legIntegralMatchesDirectSum();
    void heatmapPng();
    void heatmapIntoMissingFolderFails();
    void cliDensity();
    void cliErrors_data();
    void cliErrors();
};

void TstDensityRaster::singleSectorHasHandComputedWeight()
{
    // One confirmed PTZ camera looking east with a 60 deg field, mounted 3 m high.
    // Weight = q * r * f_towards / tau = 1.0 * 0.9 (r_video) * 1.0 / 1.0 s = 0.9 per second.
    // Sector: PTZ range 40 m; inner radius (3.0 - 1.6) m / tan(15 deg) = 1.4 / 0.267949 = 5.2249 m.
    // Area = 60/360 * pi * (40^2 - 5.2249^2) = 0.523599 * 1572.70 = 823.47 m2.
    const LocalXY apex{13.3, -7.1};
    Dataset d;
    d.cameras.push_back(
        streetCamera(0, apex, CameraKind::Ptz, FrStatus::Confirmed, 90.0, 60.0, 3.0));
    const ExposureModel model = sharpKnownOnly();
    const CoverageSector sector = model.coverageOf(d.cameras[0], apex);
    QCOMPARE(sector.maxRangeMetres, 40.0);
    QVERIFY(std::abs(sector.minRangeMetres - 5.2249) < 1e-3);

    DensityRaster raster(d, kProjection, model, {2.0, 200.0});
    // One point plus a 200 m margin on each side, in 2 m cells.
    QCOMPARE(raster.columns(), 200);
    QCOMPARE(raster.rows(), 200);
    QVERIFY(std::abs(raster.origin().xMetres - (apex.xMetres - 200.0)) < 1e-6);
    QVERIFY(std::abs(raster.origin().yMetres - (apex.yMetres - 200.0)) < 1e-6);
    const cv::Mat &known = raster.knownLayer();
    QCOMPARE(known.type(), CV_32F);
    QCOMPARE(known.rows, raster.rows());
    QCOMPARE(known.cols, raster.columns());

    constexpr double kWeight = 0.9;
    const double tan30 = std::tan(30.0 * std::numbers::pi / 180.0);
    int inside = 0, outside = 0;
    double total = 0.0;
    for (int row = 0; row < raster.rows(); ++row)
        for (int col = 0; col < raster.columns(); ++col) {
            const double v = known.at<float>(row, col);
            total += v;
            // The cell's corners relative to the apex (x east, y north).
            const LocalXY c = centreOf(raster, col, row);
            const double x0 = c.xMetres - 1.0 - apex.xMetres, x1 = x0 + 2.0;
            const double y0 = c.yMetres - 1.0 - apex.yMetres, y1 = y0 + 2.0;
            const double nearX = std::clamp(0.0, x0, x1), nearY = std::clamp(0.0, y0, y1);
            const double nearest = std::hypot(nearX, nearY);
            const double farthest = std::hypot(std::max(-x0, x1), std::max(-y0, y1));
            // The wedge |y| <= x tan 30 is convex: a cell is in it when all four corners are.
            const bool cornersInWedge = y1 <= x0 * tan30 && -y0 <= x0 * tan30 && x0 >= 0;
            const bool cornersBeyondAnEdge =
                y0 > x1 * tan30 || -y1 > x1 * tan30 || x1 < 0; // all corners outside one edge
            if (cornersInWedge && nearest >= sector.minRangeMetres && farthest <= 40.0) {
                ++inside;
                QVERIFY2(std::abs(v - kWeight) < 1e-5, qPrintable(QString::number(v)));
            } else if (cornersBeyondAnEdge || nearest > 40.0 || farthest < sector.minRangeMetres) {
                ++outside;
                QCOMPARE(v, 0.0);
            }
        }
    QVERIFY(inside > 100); // the sector holds ~200 cells of 4 m2
    QVERIFY(outside > 30000);
    // Partly covered cells hold their area share: the layer sums to weight * area / cell area
    // = 0.9 * 823.47 / 4 = 185.28.
    QVERIFY2(std::abs(total - 185.28) / 185.28 < 0.01, qPrintable(QString::number(total)));

    // Orientation: east of the apex is covered, north, south and west are not.
    QVERIFY(std::abs(raster.rateAt({apex.xMetres + 20.0, apex.yMetres}) - kWeight) < 1e-5);
    QCOMPARE(raster.rateAt({apex.xMetres, apex.yMetres + 20.0}), 0.0);
    QCOMPARE(raster.rateAt({apex.xMetres, apex.yMetres - 20.0}), 0.0);
    QCOMPARE(raster.rateAt({apex.xMetres - 20.0, apex.yMetres}), 0.0);
    const auto [col, row] = cellOf(raster, {apex.xMetres + 20.0, apex.yMetres + 1.0});
    QVERIFY(std::abs(known.at<float>(row, col) - kWeight) < 1e-5);
    // Outside the grid: zero.
    QCOMPARE(raster.rateAt({apex.xMetres + 5000.0, apex.yMetres}), 0.0);
}

void TstDensityRaster::blurPreservesTotal()
{
    const Dataset d = mixedCity();
    const DensityRaster sharp(d, kProjection, sharpKnownOnly(), {2.0, 200.0});
    // Default location_sigma_m = 5 m: 2.5 cells.
    const DensityRaster blurred(d, kProjection, modelWith(R"({"unmapped_fr_per_km2": 0})"),
                                {2.0, 200.0});
    const double before = cv::sum(sharp.knownLayer())[0];
    const double after = cv::sum(blurred.knownLayer())[0];
    QVERIFY(before > 100.0);
    QVERIFY2(std::abs(after - before) / before < 0.01,
             qPrintable(QStringLiteral("%1 vs %2").arg(after).arg(before)));
    // The blur did something: peaks are lower and mass reaches cells the sectors did not.
    QVERIFY(maxAbs(blurred.knownLayer()) < 0.99 * maxAbs(sharp.knownLayer()));
    QVERIFY(cv::countNonZero(blurred.knownLayer()) > cv::countNonZero(sharp.knownLayer()));
}

void TstDensityRaster::priorFollowsSurveyAreas()
{
    // Two overlapping surveyed squares: A [0, 300]^2 with completeness 0.7 and
    // B [200, 500]^2 with 0.9; the overlap takes the larger completeness.
    Dataset d = mixedCity();
    for (Camera &c : d.cameras)
        c.frStatus = FrStatus::None; // the prior alone
    auto square = [](double from, double to) {
        return std::vector<LatLon>{kProjection.toLatLon({from, from}),
                                   kProjection.toLatLon({to, from}), kProjection.toLatLon({to, to}),
                                   kProjection.toLatLon({from, to})};
    };
    d.surveyAreas.push_back({SurveyAreaId{0}, QStringLiteral("A"), square(0, 300), {}, 0.7});
    d.surveyAreas.push_back({SurveyAreaId{1}, QStringLiteral("B"), square(200, 500), {}, 0.9});
    const ExposureModel model(ModelParameters::builtIn(), Bound::Central);
    const DensityRaster raster(d, kProjection, model, {10.0, 200.0});

    // unmappedHazardPerSecond(1) by hand, central values: the typical unmapped camera has a
    // 30 deg field; range 1920 px / (500 px/m * 2 tan 15 deg) = 7.16554 m; inner radius
    // (3.0 - 1.6) / tan 15 deg = 5.22487 m; area 30/360 * pi * (51.3450 - 27.2993) = 6.29520 m2.
    // Rate = 45e-6 per m2 * 6.29520 m2 * 0.4 facing * 0.9 r / 1 s = 1.01982e-4 per second.
    const double everywhere = model.unmappedHazardPerSecond(1.0);
    QVERIFY(std::abs(everywhere - 1.01982e-4) / 1.01982e-4 < 1e-4);

    const struct {
        LocalXY p;
        double share;
    } kPoints[] = {{{100, 100}, 0.3}, {{250, 250}, 0.1}, {{400, 400}, 0.1},
                   {{-100, 400}, 1.0}, {{700, -700}, 1.0}, {{100, 450}, 1.0}};
    for (const auto &k : kPoints) {
        const auto [col, row] = cellOf(raster, k.p);
        const double v = raster.priorLayer().at<float>(row, col);
        QVERIFY2(
            std::abs(v - k.share * everywhere) < 1e-6 * everywhere + 1e-12,
            qPrintable(QStringLiteral("at %1,%2: %3").arg(k.p.xMetres).arg(k.p.yMetres).arg(v)));
        QVERIFY(std::abs(raster.rateAt(k.p) - k.share * everywhere) < 1e-5 * everywhere);
        QVERIFY(std::abs(model.unmappedHazardPerSecond(
                             SurveyCoverage(d, kProjection).unsurveyedShareAt(k.p)) -
                         v) < 1e-5 * everywhere);
    }
    QCOMPARE(cv::countNonZero(raster.knownLayer()), 0);
    // integrateAlong: 100 m at 1 m/s inside A only = 100 s * 0.3 * rate.
    const std::array<LocalXY, 2> leg{LocalXY{20, 50}, LocalXY{120, 50}};
    QVERIFY(std::abs(raster.integrateAlong(leg, 1.0) - 100.0 * 0.3 * everywhere) <
            1e-5 * everywhere);
    QVERIFY(std::abs(raster.integrateAlong(leg, 1.0, false) - 100.0 * 0.3 * everywhere) <
            1e-5 * everywhere);
}

void TstDensityRaster::updateMatchesRebuild()
{
    Dataset d = mixedCity();
    const ExposureModel model(ModelParameters::builtIn(), Bound::Central);
    const DensityRaster::Options options{4.0, 200.0}; // sigma 5 m = 1.25 cells, kernel radius 5
    DensityRaster raster(d, kProjection, model, options);

    auto compareWithRebuild = [&](const char *what) {
        const DensityRaster fresh(d, kProjection, model, options);
        QCOMPARE(fresh.columns(), raster.columns());
        QCOMPARE(fresh.rows(), raster.rows());
        const double scale = maxAbs(fresh.knownLayer());
        QVERIFY(scale > 0.0);
        const double diff = maxAbs(raster.knownLayer() - fresh.knownLayer());
        QVERIFY2(diff <= 1e-6 * scale, qPrintable(QStringLiteral("%1: %2").arg(what).arg(diff)));
        QCOMPARE(maxAbs(raster.priorLayer() - fresh.priorLayer()), 0.0);
    };
    // Cells an edit of a camera at p may change: centres of cells its sector touches are at
    // most 40 m (PTZ range) + 2.83 m (half a cell's diagonal) from p, and the separable kernel
    // is a square of +-5 cells, reaching 5 * 4 m * sqrt(2) = 28.3 m diagonally: 71.1 m.
    auto near = [&](int col, int row, LocalXY p) {
        return distanceMetres(centreOf(raster, col, row), p) <= 71.2;
    };
    auto checkChangedCells = [&](const cv::Mat &before, std::initializer_list<LocalXY> places) {
        const cv::Mat after = raster.knownLayer();
        int changedNear = 0;
        for (int row = 0; row < after.rows; ++row)
            for (int col = 0; col < after.cols; ++col)
                if (after.at<float>(row, col) != before.at<float>(row, col)) {
                    bool close = false;
                    for (LocalXY p : places)
                        close = close || near(col, row, p);
                    QVERIFY2(close, qPrintable(QStringLiteral("cell %1,%2 changed %3 -> %4")
                                                   .arg(col)
                                                   .arg(row)
                                                   .arg(before.at<float>(row, col), 0, 'g', 10)
                                                   .arg(after.at<float>(row, col), 0, 'g', 10)));
                    ++changedNear;
                }
        QVERIFY(changedNear > 20);
    };

    // Move camera 4 (a PTZ at (10, 10)) 150 m east and 60 m south, and turn it.
    {
        const cv::Mat before = raster.knownLayer().clone();
        const Camera old = d.cameras[4];
        d.cameras[4].position = kProjection.toLatLon({160, -50});
        d.cameras[4].headingDegrees = 330.0;
        raster.updateCamera(CameraId{4}, old);
        compareWithRebuild("moved");
        checkChangedCells(before, {{10, 10}, {160, -50}});
        // Both places changed: the old sector emptied, the new one filled.
        const auto [oc, orow] =
            cellOf(raster, {10.0 - 15.0 * std::sin(20.0 * std::numbers::pi / 180),
                            10.0 - 15.0 * std::cos(20.0 * std::numbers::pi / 180)});
        QVERIFY(before.at<float>(orow, oc) > 0.0f);
        QVERIFY(raster.knownLayer().at<float>(orow, oc) < before.at<float>(orow, oc));
    }
    // A camera added.
    {
        const cv::Mat before = raster.knownLayer().clone();
        d.cameras.push_back(streetCamera(d.cameras.size(), {-500, 500}, CameraKind::Ptz,
                                         FrStatus::Confirmed, 180.0, 50.0, 2.0));
        raster.updateCamera(d.cameras.back().id, std::nullopt);
        compareWithRebuild("added");
        checkChangedCells(before, {{-500, 500}});
    }
    // A camera whose FR status is found to be "none": it no longer counts.
    {
        const cv::Mat before = raster.knownLayer().clone();
        const Camera old = d.cameras[7];
        d.cameras[7].frStatus = FrStatus::None;
        raster.updateCamera(CameraId{7}, old);
        compareWithRebuild("no FR");
        checkChangedCells(before, {{-600, -250}});
    }
}

void TstDensityRaster::legIntegralMatchesDirectSum_data()
{
    QTest::addColumn<double>("bearing");
    QTest::newRow("east") << 90.0;
    QTest::newRow("north-east, off the grid axes") << 37.0;
    QTest::newRow("south") << 180.0;
}

void TstDensityRaster::legIntegralMatchesDirectSum()
{
    // The issue's property: the raster integral along a leg agrees with the direct per-camera
    // sum within 5 %. The raster holds each camera's hazard rate q * r * f_towards / tau inside
    // its sector, so its integral is the small-dwell linearisation of the per-camera model:
    // sum over cameras of q * r * f_towards * t_c / tau, t_c the time inside the sector from
    // ExposureModel::coverageAlong. That sum, computed independently of any grid, is the
    // reference. 1 m cells, no blur, no unmapped prior.
    QFETCH(double, bearing);
    const double rad = bearing * std::numbers::pi / 180.0;
    const LocalXY along{std::sin(rad), std::cos(rad)};
    const LocalXY across{along.yMetres, -along.xMetres};
    auto place = [&](double u, double v) {
        return LocalXY{u * along.xMetres + v * across.xMetres,
                       u * along.yMetres + v * across.yMetres};
    };
    const LocalXY a = place(0, 0), b = place(500, 0);

    // 40 cameras from a fixed linear congruential sequence, a mix of kinds and FR statuses:
    // PTZ cameras (40 m range) up to 30 m off the leg, the others (a few metres' range) up to
    // 8 m off it; headings aimed at a random point of the leg give or take 60 deg, or all round
    // for the domes.
    Dataset d;
    std::uint32_t state = 12345;
    auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) / 16777216.0;
    };
    const CameraKind kinds[] = {CameraKind::Ptz, CameraKind::Dome, CameraKind::Unknown,
                                CameraKind::Fixed};
    const FrStatus statuses[] = {FrStatus::Confirmed, FrStatus::Suspected, FrStatus::Unknown};
    for (int i = 0; i < 40; ++i) {
        const CameraKind kind = kinds[i % 4];
        const double offLeg = kind == CameraKind::Ptz ? 30.0 : 8.0;
        const double u = -20.0 + 540.0 * next(), v = offLeg * (2.0 * next() - 1.0);
        std::optional<double> heading, fov;
        if (kind != CameraKind::Dome) {
            const LocalXY target = place(500.0 * next(), 0.0);
            heading =
                normalizedDegrees(bearingDegrees(place(u, v), target) + 120.0 * next() - 60.0);
            fov = 30.0 + 60.0 * next();
        }
        const double height = 1.8 + next();
        d.cameras.push_back(streetCamera(d.cameras.size(), place(u, v), kind, statuses[i % 3],
                                         heading, fov, height));
    }
    const ExposureModel model = sharpKnownOnly();
    constexpr double kSpeed = 1.35;
    double direct = 0.0;
    int seen = 0;
    for (const Camera &c : d.cameras) {
        const CoverageSector s = model.coverageOf(c, kProjection.toLocal(c.position));
        const double t = model.coverageAlong(s, a, b, kSpeed).total();
        seen += t > 0.0;
        direct += model.frShare(c) * model.matchRate(c) * model.parameter(Param::FTowards) * t /
                  model.parameter(Param::TauS);
    }
    QVERIFY2(seen >= 12, qPrintable(QString::number(seen)));

    const DensityRaster raster(d, kProjection, model, {1.0, 100.0});
    const std::array<LocalXY, 2> leg{a, b};
    const double integral = raster.integrateAlong(leg, kSpeed);
    QVERIFY2(std::abs(integral - direct) / direct < 0.05,
             qPrintable(QStringLiteral("raster %1, direct %2 (%3 cameras seen)")
                            .arg(integral)
                            .arg(direct)
                            .arg(seen)));
    // Without the known layer only the prior (zero here) remains.
    QCOMPARE(raster.integrateAlong(leg, kSpeed, false), 0.0);
}

void TstDensityRaster::heatmapPng()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Dataset d = mixedCity();
    const DensityRaster raster(
        d, kProjection, ExposureModel(ModelParameters::builtIn(), Bound::Central), {4.0, 200.0});
    const QString path = dir.filePath(QStringLiteral("heat.png"));
    const std::optional<ParseError> error = raster.writeHeatmapPng(path);
    QVERIFY2(!error, error ? qPrintable(error->args.join(QLatin1String(", "))) : "");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(8).startsWith("\x89PNG\r\n\x1a\n"));
    const cv::Mat image = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
    QVERIFY(!image.empty());
    // 600 x 600 cells, shown at least one pixel per cell, plus the legend strip below.
    QVERIFY(image.cols >= raster.columns());
    QVERIFY(image.rows > image.cols);
    // Cameras stand out from the faint prior: the map has both dark and bright pixels.
    cv::Mat grey;
    cv::cvtColor(image(cv::Rect(0, 0, image.cols, image.cols)), grey, cv::COLOR_BGR2GRAY);
    double lo = 0.0, hi = 0.0;
    cv::minMaxLoc(grey, &lo, &hi);
    QVERIFY2(hi - lo > 100.0, qPrintable(QStringLiteral("%1..%2").arg(lo).arg(hi)));
    // Only the PNG is left in the folder (no temporary file).
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("heat.png")});
}

void TstDensityRaster::heatmapIntoMissingFolderFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Dataset d = mixedCity();
    const DensityRaster raster(d, kProjection,
                               ExposureModel(ModelParameters::builtIn(), Bound::Central));
    const QString path = dir.filePath(QStringLiteral("no-such-folder/heat.png"));
    const std::optional<ParseError> error = raster.writeHeatmapPng(path);
    QVERIFY(error);
    QCOMPARE(error->file, path);
    QCOMPARE(error->code, ParseErrorCode::CannotWrite);
    QCOMPARE(error->reason, ParseReason::Message);
    QVERIFY(!error->args.value(0).isEmpty()); // the system's own reason
    QVERIFY(QDir(dir.path())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                .isEmpty());
}

void TstDensityRaster::cliDensity()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pack = dir.filePath(QStringLiteral("demo.bspack"));
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--out"), pack}).exitCode, 0);
    const QString png = dir.filePath(QStringLiteral("heat.png"));
    const CliRun run =
        cli({QStringLiteral("density"), pack, QStringLiteral("--out"), png,
             QStringLiteral("--cell"), QStringLiteral("20"), QStringLiteral("--profile"),
             QStringLiteral("event"), QStringLiteral("--bound"), QStringLiteral("high")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!cv::imread(png.toStdString()).empty());
}

void TstDensityRaster::cliErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString pack = QStringLiteral("PACK");
    QTest::newRow("no --out") << QStringList{"density", pack} << 2;
    QTest::newRow("no file") << QStringList{"density", "--out", "h.png"} << 2;
    QTest::newRow("--cell zero") << QStringList{"density", pack, "--out", "h.png", "--cell", "0"}
                                 << 2;
    QTest::newRow("--cell negative")
        << QStringList{"density", pack, "--out", "h.png", "--cell", "-5"} << 2;
    QTest::newRow("--cell not a number")
        << QStringList{"density", pack, "--out", "h.png", "--cell", "ten"} << 2;
    QTest::newRow("--cell locale comma")
        << QStringList{"density", pack, "--out", "h.png", "--cell", "2,5"} << 2;
    QTest::newRow("--profile unknown")
        << QStringList{"density", pack, "--out", "h.png", "--profile", "party"} << 2;
    QTest::newRow("--bound unknown")
        << QStringList{"density", pack, "--out", "h.png", "--bound", "middle"} << 2;
    QTest::newRow("missing file") << QStringList{"density", "MISSING", "--out", "h.png"} << 1;
    QTest::newRow("output folder missing")
        << QStringList{"density", pack, "--out", "nowhere/h.png"} << 1;
}

void TstDensityRaster::cliErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pack = dir.filePath(QStringLiteral("demo.bspack"));
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--out"), pack}).exitCode, 0);
    for (QString &a : args) {
        if (a == QLatin1String("PACK"))
            a = pack;
        else if (a == QLatin1String("MISSING"))
            a = dir.filePath(QStringLiteral("missing.bspack"));
        else if (a.endsWith(QLatin1String(".png")))
            a = dir.filePath(a);
    }
    const CliRun run = cli(args);
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    QVERIFY(!run.err.isEmpty());
    // Nothing written on failure.
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("h.png"))));
}

QTEST_GUILESS_MAIN(TstDensityRaster)
#include "tst_density_raster.moc"
