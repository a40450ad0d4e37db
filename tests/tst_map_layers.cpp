// The map's layers, clusters, heatmap, coverage sectors, tooltips and the camera inspector,
// drawn offscreen. Screenshots of the heatmap, the sectors, clusters and the import review
// dialog are kept next to the test binary for people to look at.
#include "gui/shell/app_settings.h"
#include "gui/editing/camera_inspector.h"
#include "common/embedded_data.h"
#include "core/exposure/exposure_model.h"
#include "fixtures.h"
#include "core/geo/local_projection.h"
#include "gui_fixtures.h"
#include "gui/map/heatmap_layer.h"
#include "gui/import/import_review_dialog.h"
#include "gui/shell/main_window.h"
#include "gui/map/map_layers.h"
#include "gui/map/map_legend.h"
#include "gui/map/map_style.h"
#include "gui/map/map_view.h"
#include "gui/shell/model_text.h"
#include "core/sample/synthetic_city.h"
#include "gui/training/map_marks_overlay.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QToolBar>
#include <QToolTip>
#include <QTreeView>
#include <QTreeWidget>

#include <cmath>
#include <memory>
#include <numbers>

using namespace blindspot;
using namespace blindspot::testing;

namespace {

constexpr QSize kWindowSize(1400, 900);

// The training city with a street grid of 300 m blocks over its middle, so every layer has
// something to draw.
std::shared_ptr<const Dataset> cityWithStreets()
{
    Dataset d = embeddedTrainingCity();
    const GeoBox box = summarize(d).bounds;
    const LocalProjection projection(box.centre());
    constexpr int kSide = 21;
    for (int row = 0; row < kSide; ++row)
        for (int column = 0; column < kSide; ++column)
            d.streets.nodes.push_back(
                projection.toLatLon({(column - kSide / 2) * 300.0, (row - kSide / 2) * 300.0}));
    const auto node = [](int row, int column) {
        return static_cast<StreetNodeId>(row * kSide + column);
    };
    for (int row = 0; row < kSide; ++row) {
        for (int column = 0; column < kSide; ++column) {
            if (column + 1 < kSide)
                d.streets.edges.push_back({node(row, column), node(row, column + 1), 300.0});
            if (row + 1 < kSide)
                d.streets.edges.push_back({node(row, column), node(row + 1, column), 300.0});
        }
    }
    return std::make_shared<const Dataset>(std::move(d));
}

std::unique_ptr<MainWindow> shownWindow(std::shared_ptr<const Dataset> dataset)
{
    auto window = std::make_unique<MainWindow>(QStringLiteral("en"));
    window->setAttribute(Qt::WA_DontShowOnScreen);
    window->resize(kWindowSize);
    window->show();
    QCoreApplication::processEvents();
    window->setDataset(std::move(dataset));
    window->mapView()->fitToData();
    return window;
}

int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *la = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *lb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            count += la[x] != lb[x] ? 1 : 0;
    }
    return count;
}

// The first street camera (not anchored in a station) with a heading and a field of view.
std::optional<CameraIndex> aimedStreetCamera(const Dataset &d)
{
    for (std::size_t i = 0; i < d.cameras.size(); ++i)
        if (const Camera &c = d.cameras[i];
            !isSet(c.anchorStation) && c.position.isValid() && c.headingDegrees && c.fovDegrees &&
            *c.fovDegrees < 180.0 && c.frStatus != FrStatus::None) {
            // One that can identify somebody: mounted low enough for its range.
            const CoverageSector s =
                ExposureModel(ModelParameters::builtIn(), Bound::Central).coverageOf(c, {});
            if (s.maxRangeMetres > s.minRangeMetres + 1.0)
                return CameraIndex{std::uint32_t(i)};
        }
    return std::nullopt;
}

QString keptPath(const QString &name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

} // namespace

class TstMapLayers : public QObject {
    Q_OBJECT
private slots:
    void eachLayerChangesTheImage_data();
    void eachLayerChangesTheImage();
    void menuToolbarAndStateAgree();
    void clustersShowCountsWhenZoomedOut();
    void clustersReadWithoutColour();
    void clickOnClusterZoomsIn();
    void heatmapColoursHazardAndHatchesNoData();
    void heatmapLegendExplainsInWords();
    void legendFoldsToAButton();
    void importReviewSaysWhereAndAsksTheSource();
    void sectorsAreTheModelsCoverage();
    void stationTooltipNamesZonesEntrancesAndSources();
    void clickOnCameraOpensInspector();
    void screenshots();
};

void TstMapLayers::eachLayerChangesTheImage_data()
{
    QTest::addColumn<int>("layer");
    QTest::addColumn<double>("zoom"); // times the fitted scale
    QTest::newRow("metro lines") << int(MapLayer::MetroLines) << 1.0;
    QTest::newRow("stations") << int(MapLayer::Stations) << 1.0;
    QTest::newRow("cameras") << int(MapLayer::Cameras) << 1.0;
    QTest::newRow("coverage sectors") << int(MapLayer::CoverageSectors) << 30.0;
    QTest::newRow("heatmap") << int(MapLayer::Heatmap) << 1.0;
    QTest::newRow("survey areas") << int(MapLayer::SurveyAreas) << 1.0;
    QTest::newRow("streets") << int(MapLayer::Streets) << 3.0;
}

void TstMapLayers::eachLayerChangesTheImage()
{
    QFETCH(int, layer);
    QFETCH(double, zoom);
    const auto which = static_cast<MapLayer>(layer);
    const auto city = cityWithStreets();
    auto window = shownWindow(city);
    MapView *map = window->mapView();
    if (which == MapLayer::CoverageSectors) {
        const std::optional<CameraIndex> aimed = aimedStreetCamera(*city);
        QVERIFY(aimed);
        map->showPosition(city->camera(*aimed).position, 2.0);
    } else {
        map->zoomBy(zoom, QPointF(map->width() / 2.0, map->height() / 2.0));
    }

    MapLayers &layers = map->layers();
    layers.setVisible(which, true);
    const QImage on = grabbed(*map);
    QVERIFY(layers.isVisible(which));
    QVERIFY(layers.action(which)->isChecked());
    if (which == MapLayer::CoverageSectors)
        QVERIFY(map->drawnSectorCount() > 0);
    if (which == MapLayer::Streets)
        QVERIFY(map->drawnStreetCount() > 0);

    layers.action(which)->trigger(); // as a click in the menu or on the toolbar would
    QVERIFY(!layers.isVisible(which));
    const QImage off = grabbed(*map);
    const int changed = differingPixels(on, off);
    QVERIFY2(changed > 100, qPrintable(QStringLiteral("%1 pixels changed").arg(changed)));
    if (which == MapLayer::CoverageSectors)
        QCOMPARE(map->drawnSectorCount(), 0);
    if (which == MapLayer::Cameras)
        QCOMPARE(map->drawnCameraSymbolCount(), 0);
    if (which == MapLayer::Stations)
        QCOMPARE(map->drawnStationCount(), 0);

    layers.action(which)->trigger();
    QCOMPARE(differingPixels(on, grabbed(*map)), 0);
}

void TstMapLayers::menuToolbarAndStateAgree()
{
    auto window = shownWindow(cityWithStreets());
    MapLayers &layers = window->mapView()->layers();
    auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mapToolBar"));
    QVERIFY(toolBar);
    for (MapLayer layer : MapLayers::kAll) {
        QAction *action = layers.action(layer);
        // One action, in the View menu and on the toolbar, with a shortcut and a tooltip.
        QVERIFY(toolBar->actions().contains(action));
        bool inMenu = false;
        for (QAction *menu : window->menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(action))
                inMenu = true;
        QVERIFY(inMenu);
        QVERIFY(!action->shortcut().isEmpty());
        QVERIFY(!action->toolTip().isEmpty());

        const bool before = layers.isVisible(layer);
        layers.setVisible(layer, !before);
        QCOMPARE(action->isChecked(), !before);
        action->trigger();
        QCOMPARE(layers.isVisible(layer), before);
    }
    // The heatmap is asked for, everything else starts shown.
    MapLayers fresh;
    for (MapLayer layer : MapLayers::kAll)
        QCOMPARE(fresh.isVisible(layer), layer != MapLayer::Heatmap);
    fresh.setVisibleNames({QStringLiteral("heatmap"), QStringLiteral("cameras")});
    QCOMPARE(fresh.visibleNames(),
             QStringList({QStringLiteral("cameras"), QStringLiteral("heatmap")}));
}

void TstMapLayers::clustersShowCountsWhenZoomedOut()
{
    SyntheticCityOptions options;
    options.cameras = 8000;
    options.stations = 60;
    auto city = std::make_shared<const Dataset>(makeSyntheticCity(options));
    auto window = shownWindow(city);
    MapView *map = window->mapView();
    map->grab();
    QVERIFY(map->clustersCameras());
    QVERIFY(map->drawnClusterCount() > 10);
    QCOMPARE(map->drawnClusterLabels().size(), map->drawnClusterCount());

    // Every number is a count of at least two, and the counts add up to the cameras in view
    // (less those standing alone in their cell, drawn as plain symbols).
    qint64 counted = 0;
    for (const QString &label : map->drawnClusterLabels()) {
        bool ok = false;
        const int n = QLocale().toInt(label, &ok);
        QVERIFY2(ok && n >= 2, qPrintable(label));
        counted += n;
    }
    const qint64 singles = map->drawnCameraSymbolCount() - map->drawnClusterCount();
    QVERIFY(singles >= 0);
    QVERIFY(counted + singles >= map->clusteredCameraCount() - 200); // less station badges
    QVERIFY(counted + singles <= map->clusteredCameraCount() + 200);
    qint64 positioned = 0;
    for (const Camera &c : city->cameras)
        positioned += c.position.isValid() ? 1 : 0;
    QCOMPARE(map->clusteredCameraCount(), positioned);

    // Zoomed in to street level, every camera stands for itself.
    map->showPosition(city->cameras.front().position, 2.0);
    map->grab();
    QVERIFY(!map->clustersCameras());
    QCOMPARE(map->drawnClusterCount(), 0);
}

void TstMapLayers::clustersReadWithoutColour()
{
    // A cluster with a confirmed camera and one whose worst is suspected differ without colour
    // too: the status symbol on the ring has a different shape.
    QFont font;
    const auto alpha = [&font](const std::array<double, 4> &shares) {
        return MapStyle::clusterSprite(shares, QStringLiteral("12"), font, 10.0, 1.0)
            .toImage()
            .convertToFormat(QImage::Format_Alpha8);
    };
    const QImage alphaA = alpha({0.25, 0.25, 0.5, 0.0}); // confirmed, suspected, unknown
    const QImage alphaB = alpha({0.0, 0.5, 0.5, 0.0});   // suspected, unknown
    QCOMPARE(alphaA.size(), alphaB.size());
    int shapeDifferences = 0;
    for (int y = 0; y < alphaA.height(); ++y)
        for (int x = 0; x < alphaA.width(); ++x)
            shapeDifferences +=
                std::abs(alphaA.constScanLine(y)[x] - alphaB.constScanLine(y)[x]) > 100 ? 1 : 0;
    QVERIFY2(shapeDifferences > 10, qPrintable(QString::number(shapeDifferences)));
}

void TstMapLayers::clickOnClusterZoomsIn()
{
    SyntheticCityOptions options;
    options.cameras = 8000;
    options.stations = 60;
    auto window = shownWindow(std::make_shared<const Dataset>(makeSyntheticCity(options)));
    MapView *map = window->mapView();
    map->grab();
    QVERIFY(map->clustersCameras());
    const double before = map->pixelsPerMetre();
    // A cluster lies within a cell of any camera in it: probe around one.
    const QPoint camera =
        map->widgetPosition(
               window->dataset()->cameras[window->dataset()->cameras.size() / 2].position)
            .toPoint();
    QPoint hit;
    for (int dy = -24; dy <= 24 && hit.isNull(); dy += 6)
        for (int dx = -24; dx <= 24 && hit.isNull(); dx += 6) {
            const QPoint at = camera + QPoint(dx, dy);
            if (map->cameraAt(at) || map->stationAt(at))
                continue;
            QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, at);
            if (map->pixelsPerMetre() > before)
                hit = at;
        }
    QVERIFY(!hit.isNull());
    QVERIFY(map->pixelsPerMetre() > before * 2.0);
}

void TstMapLayers::heatmapColoursHazardAndHatchesNoData()
{
    const auto city = std::make_shared<const Dataset>(embeddedTrainingCity());
    auto window = shownWindow(city);
    MapView *map = window->mapView();
    QVERIFY(!map->heatmap()); // built on first use only
    map->layers().setVisible(MapLayer::Heatmap, true);
    QVERIFY(map->heatmap());
    QVERIFY(map->heatmap()->isValid());
    const QImage image = grabbed(*map);

    // The full-resolution picture: a mapped street camera's cell is brighter on the palette
    // than the lowest value, and outside every survey area far from cameras there is no data.
    const HeatmapLayer &heatmap = *map->heatmap();
    const DensityRaster &raster = heatmap.raster();
    const std::optional<CameraIndex> aimed = aimedStreetCamera(*city);
    QVERIFY(aimed);
    const LocalProjection projection = [&] {
        const GeoBox box = summarize(*city).bounds;
        return LocalProjection(box.centre());
    }();
    const LocalXY apex = projection.toLocal(city->camera(*aimed).position);
    const Camera &camera = city->camera(*aimed);
    // Midway between the steep-angle limit and the identification range, where it identifies.
    const CoverageSector sector =
        ExposureModel(ModelParameters::builtIn(), Bound::Central).coverageOf(camera, apex);
    const double inFront = (sector.minRangeMetres + sector.maxRangeMetres) / 2.0;
    const double h = *camera.headingDegrees * std::numbers::pi / 180.0;
    const LocalXY seen{apex.xMetres + inFront * std::sin(h), apex.yMetres + inFront * std::cos(h)};
    QVERIFY(raster.rateAt(seen) > 1e-3);

    // No data is hatched grey: the corner of the window beyond the city lies outside the grid.
    const QRect corner(map->width() - 60, 10, 40, 40);
    QSet<QRgb> greys;
    for (int y = corner.top(); y < corner.bottom(); ++y)
        for (int x = corner.left(); x < corner.right(); ++x)
            greys.insert(image.pixel(x, y));
    QVERIFY2(greys.size() >= 2, "the hatching has lines and gaps");
    for (QRgb c : greys)
        QVERIFY(std::abs(qRed(c) - qGreen(c)) < 12 && std::abs(qGreen(c) - qBlue(c)) < 12);

    // Colours come from the cividis palette (blue to yellow): no red anywhere in the data.
    const QImage picture = heatmap.image().convertToFormat(QImage::Format_ARGB32);
    int coloured = 0;
    for (int y = 0; y < picture.height(); y += 7)
        for (int x = 0; x < picture.width(); x += 7) {
            const QRgb p = picture.pixel(x, y);
            if (qAlpha(p) == 0)
                continue;
            ++coloured;
            const QColor c = QColor::fromRgba(p);
            QVERIFY2(c.red() <= c.green() + 60, "cividis has no red hues");
        }
    QVERIFY(coloured > 0);
}

void TstMapLayers::heatmapLegendExplainsInWords()
{
    auto window = shownWindow(std::make_shared<const Dataset>(embeddedTrainingCity()));
    auto *legend = window->findChild<MapLegend *>();
    QVERIFY(legend);
    const auto texts = [&] {
        QStringList all;
        for (QLabel *label : legend->findChildren<QLabel *>())
            all << label->text();
        return all.join(QLatin1Char('\n'));
    };
    QVERIFY(!texts().contains(QLatin1String("per second")));
    window->mapView()->layers().setVisible(MapLayer::Heatmap, true);
    QVERIFY(legend->heatmapShown());
    QVERIFY(
        texts().contains(QLatin1String("the chance of being identified per second spent here")));
    QVERIFY(texts().contains(QLatin1String("no data")));
    QVERIFY(legend->findChild<QLabel *>(QStringLiteral("heatmapScale")));
    window->mapView()->layers().setVisible(MapLayer::Heatmap, false);
    QVERIFY(!texts().contains(QLatin1String("per second")));
}

void TstMapLayers::legendFoldsToAButton()
{
    const auto city = std::make_shared<const Dataset>(embeddedTrainingCity());
    auto window = shownWindow(city);
    auto *legend = window->findChild<MapLegend *>();
    QVERIFY(legend && !legend->isCollapsed());
    QTRY_VERIFY(legend->height() > 200); // the whole key: cameras, metro, notes
    const int fullHeight = legend->height();
    QCOMPARE(window->mapView()->coveredRect().height(), fullHeight);

    // "Hide" on the key itself folds it down to one button on the map.
    QTest::mouseClick(legend->findChild<QPushButton *>(QStringLiteral("legendCollapse")),
                      Qt::LeftButton);
    QVERIFY(legend->isCollapsed());
    auto *expand = legend->findChild<QPushButton *>(QStringLiteral("legendExpand"));
    QVERIFY(expand && expand->isVisibleTo(window.get()));
    QCOMPARE(expand->text(), QStringLiteral("Map key"));
    QTRY_VERIFY(legend->height() < fullHeight / 4);
    // What the map keeps clear for routes shrinks with it: a button's worth, under a twentieth
    // of the map.
    const QRect covered = window->mapView()->coveredRect();
    QCOMPARE(covered.height(), legend->height());
    const QSize map = window->mapView()->size();
    QVERIFY(covered.width() * covered.height() * 20 < map.width() * map.height());
    // Remembered (a preference, not a plan): the next window starts folded.
    QVERIFY(AppSettings::legendCollapsed());
    auto next = shownWindow(city);
    QVERIFY(next->findChild<MapLegend *>()->isCollapsed());
    next.reset();

    QTest::mouseClick(expand, Qt::LeftButton);
    QVERIFY(!legend->isCollapsed());
    QTRY_COMPARE(legend->height(), fullHeight);
    QVERIFY(!AppSettings::legendCollapsed());
}

void TstMapLayers::importReviewSaysWhereAndAsksTheSource()
{
    const auto base = std::make_shared<const Dataset>(testing::smallCity());
    Dataset incoming;
    incoming.sources = {
        {SourceId{0}, QStringLiteral("cameras.csv"), QStringLiteral("file:cameras.csv")}};
    const auto camera = [&](double lat, double lon, CameraKind kind) {
        Camera c;
        c.id = static_cast<CameraId>(incoming.cameras.size());
        c.position = {lat, lon};
        c.kind = kind;
        c.frStatus = FrStatus::Suspected;
        c.sightings = {{SourceId{0}, QDate(2026, 3, 2), 1, {}}};
        incoming.cameras.push_back(c);
    };
    // 0.003 deg north (333.6 m) and 0.005 deg east (0.005 x 111.32 km x cos 55.75 = 313.3 m) of
    // Ёлочная at 55.750, 37.600: 458 m away, bearing 43 deg; every other station is further.
    camera(55.7530, 37.6050, CameraKind::Fixed);
    camera(55.7530, 37.6050 + 0.01, CameraKind::Unknown); // a second new one, kind not stated
    ImportReviewDialog review(*base, incoming, QStringLiteral("/tmp/cameras.csv"));
    review.setAttribute(Qt::WA_DontShowOnScreen);
    review.setPreviewMap(base);
    review.show();
    QTreeView *view = review.changeView();
    const QModelIndex added = view->model()->index(0, 0); // group "New"
    QCOMPARE(view->model()->rowCount(added), 2);
    const QString where = view->model()->index(0, 1, added).data().toString();
    QVERIFY2(where.startsWith(QStringLiteral("460")) && where.contains(QLatin1String("north-east")),
             qPrintable(where));
    QVERIFY2(where.contains(QStringLiteral("Ёлочная")) ||
                 where.contains(QLatin1String("Yolochnaya")),
             qPrintable(where));
    QCOMPARE(view->model()->index(1, 0, added).data().toString(),
             QStringLiteral("Camera of a kind not stated, ") +
                 ModelText::frStatus(FrStatus::Suspected));

    // The selected change on the small map: a ring where the file puts it.
    view->setCurrentIndex(view->model()->index(0, 0, added));
    auto *marks = review.findChild<MapMarksOverlay *>();
    QVERIFY(marks);
    QCOMPARE(marks->marks().size(), std::size_t(1));
    QCOMPARE(marks->marks().front(), (LatLon{55.7530, 37.6050}));
    view->setCurrentIndex(added);
    QVERIFY(marks->marks().empty());

    // The source's name and date, asked once, go with every camera it brings.
    QVERIFY(review.asksForSource());
    auto *name = review.findChild<QLineEdit *>(QStringLiteral("importSourceName"));
    QCOMPARE(name->text(), QStringLiteral("cameras.csv"));
    name->setText(QStringLiteral("Volunteers' survey of line 1"));
    review.findChild<QDateEdit *>(QStringLiteral("importSourceDate"))->setDate(QDate(2026, 3, 2));
    const Dataset merged = review.mergedDataset();
    const auto source =
        std::find_if(merged.sources.begin(), merged.sources.end(), [](const Source &s) {
            return s.name == QLatin1String("Volunteers' survey of line 1");
        });
    QVERIFY(source != merged.sources.end());
    QCOMPARE(source->retrieved, QDate(2026, 3, 2));
    QCOMPARE(merged.cameras.size(), base->cameras.size() + 2);
    QCOMPARE(review.appliedSummary(),
             QStringLiteral("Imported cameras.csv: 2 added, 0 merged with what was on the map, 0 "
                            "disagreements recorded for review."));
}

void TstMapLayers::sectorsAreTheModelsCoverage()
{
    Dataset d = testing::smallCity();
    d.parameterOverrides.clear(); // the fixture's override is for another test
    Camera aimed;
    aimed.id = CameraId{static_cast<std::uint32_t>(d.cameras.size())};
    aimed.position = {55.7530, 37.6050};
    aimed.kind = CameraKind::Ptz; // zoomed in: it identifies faces tens of metres away
    aimed.headingDegrees = 90.0;  // looking east
    aimed.fovDegrees = 60.0;
    aimed.heightMetres = 3.0;
    aimed.frStatus = FrStatus::Confirmed;
    d.cameras.push_back(aimed);
    const auto dataset = std::make_shared<const Dataset>(d);
    auto window = shownWindow(dataset);
    MapView *map = window->mapView();
    map->layers().setVisible(MapLayer::Cameras, false); // symbols would cover the apex
    map->showPosition(aimed.position, 8.0);

    const Result<ModelParameters> parameters = parametersFor(d, QStringLiteral("ordinary"));
    QVERIFY(!isError(parameters));
    const ExposureModel model(std::get<ModelParameters>(parameters), Bound::Central);
    const CoverageSector sector = model.coverageOf(aimed, {0.0, 0.0});
    QVERIFY(sector.maxRangeMetres > sector.minRangeMetres);
    const double middle = (sector.minRangeMetres + sector.maxRangeMetres) / 2.0;
    const auto pixelAt = [&](double bearing, double metres) {
        const LocalProjection local(aimed.position);
        const double b = bearing * std::numbers::pi / 180.0;
        return map->widgetPosition(local.toLatLon({metres * std::sin(b), metres * std::cos(b)}))
            .toPoint();
    };
    const QPoint inside = pixelAt(90.0, middle);
    const QPoint beyond = pixelAt(90.0, sector.maxRangeMetres + 2.0);
    const QPoint behind = pixelAt(270.0, middle);
    const QPoint aside = pixelAt(90.0 + 45.0, middle); // outside the 60-degree wedge

    map->layers().setVisible(MapLayer::CoverageSectors, true);
    const QImage on = grabbed(*map);
    QVERIFY(map->drawnSectorCount() >= 1);
    map->layers().setVisible(MapLayer::CoverageSectors, false);
    const QImage off = grabbed(*map);
    QVERIFY(on.pixel(inside) != off.pixel(inside));
    QCOMPARE(on.pixel(beyond), off.pixel(beyond));
    QCOMPARE(on.pixel(behind), off.pixel(behind));
    QCOMPARE(on.pixel(aside), off.pixel(aside));
}

void TstMapLayers::stationTooltipNamesZonesEntrancesAndSources()
{
    const Dataset d = testing::smallCity();
    const QString text = ModelText::stationTooltip(d, StationId{0}, QStringLiteral("en"));
    QVERIFY(text.contains(QLatin1String("Yolochnaya")));
    QVERIFY(text.contains(QLatin1String("Turnstiles")));
    QVERIFY(text.contains(QLatin1String("6 cameras reported")));
    QVERIFY(text.contains(QLatin1String("Face recognition confirmed")));
    QVERIFY(text.contains(QLatin1String("Entrances (2): 1, 2")));
    QVERIFY(text.contains(QString::fromUtf8("Опрос")));
    QVERIFY(text.contains(ModelText::date(QDate(2026, 1, 15))));
    // A station nobody reported on says so, in the words for "no data".
    const QString empty = ModelText::stationTooltip(d, StationId{1}, QStringLiteral("en"));
    QVERIFY(empty.contains(MapStyle::cameraDescription(FrStatus::Unknown)));

    // Hovering the station shows it.
    auto window = shownWindow(std::make_shared<const Dataset>(d));
    MapView *map = window->mapView();
    const QPoint at = map->widgetPosition(d.network.stations[0].position).toPoint();
    QVERIFY(map->stationAt(at) == StationId{0});
    QHelpEvent help(QEvent::ToolTip, at, map->mapToGlobal(at));
    QCoreApplication::sendEvent(map, &help);
    QVERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QLatin1String("Turnstiles")));
    QToolTip::hideText();
}

void TstMapLayers::clickOnCameraOpensInspector()
{
    const Dataset d = testing::smallCity();
    auto window = shownWindow(std::make_shared<const Dataset>(d));
    MapView *map = window->mapView();
    const Camera &street = d.cameras[1];
    map->showPosition(street.position, 4.0);
    const QPoint at = map->widgetPosition(street.position).toPoint();
    QCOMPARE(map->cameraAt(at), std::optional(street.id));
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, at);
    CameraInspector *inspector = window->inspector();
    QCOMPARE(inspector->camera(), std::optional(street.id));
    QVERIFY(inspector->parentWidget()->isVisible());
    QCOMPARE(map->selectedCamera(), std::optional(street.id));
    // Kind, status, heading, field of view, height, mount; every sighting with its source.
    auto *title = inspector->findChild<QLabel *>(QStringLiteral("inspectorTitle"));
    QVERIFY(title->text().contains(QLatin1String("osm:node/42")));
    auto *sightings = inspector->findChild<QTreeWidget *>(QStringLiteral("inspectorSightings"));
    QCOMPARE(sightings->topLevelItemCount(), 1);
    QCOMPARE(sightings->topLevelItem(0)->text(0), QString::fromUtf8("Опрос"));
    auto *conflicts = inspector->findChild<QLabel *>(QStringLiteral("inspectorConflicts"));
    QVERIFY(conflicts->text().contains(QLatin1String("face recognition: the map says unknown")));

    // A click on empty ground clears the selection.
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, at + QPoint(200, 150));
    QCOMPARE(map->selectedCamera(), std::nullopt);
}

void TstMapLayers::screenshots()
{
    const auto city = cityWithStreets();
    auto window = shownWindow(city);
    MapView *map = window->mapView();
    map->layers().setVisible(MapLayer::Heatmap, true);
    QVERIFY(window->grab().save(keptPath(QStringLiteral("screenshot_heatmap.png"))));
    map->showPosition(city->network.stations.front().position, 1.5);
    QVERIFY(window->grab().save(keptPath(QStringLiteral("screenshot_heatmap_zoomed.png"))));
    map->layers().setVisible(MapLayer::Heatmap, false);

    const std::optional<CameraIndex> aimed = aimedStreetCamera(*city);
    QVERIFY(aimed);
    map->showPosition(city->camera(*aimed).position, 8.0);
    QVERIFY(window->grab().save(keptPath(QStringLiteral("screenshot_coverage.png"))));

    // The inspector on a camera with its sources, and the sources panel.
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier,
                      map->widgetPosition(city->camera(*aimed).position).toPoint());
    if (auto *sources = window->findChild<QDockWidget *>(QStringLiteral("sourcesDock")))
        sources->show();
    QCoreApplication::processEvents();
    QVERIFY(window->grab().save(keptPath(QStringLiteral("screenshot_inspector.png"))));

    SyntheticCityOptions options;
    options.cameras = 160'000;
    window->setDataset(std::make_shared<const Dataset>(makeSyntheticCity(options)));
    window->mapView()->fitToData();
    QVERIFY(window->grab().save(keptPath(QStringLiteral("screenshot_clusters.png"))));

    // The import review dialog, for a CSV of cameras merged into the small test city.
    const Dataset base = testing::smallCity();
    Dataset incoming;
    incoming.sources = {
        {SourceId{0}, QStringLiteral("cameras.csv"), QStringLiteral("file:cameras.csv")}};
    const auto camera = [&](double lat, double lon, CameraKind kind, FrStatus status) {
        Camera c;
        c.id = static_cast<CameraId>(incoming.cameras.size());
        c.position = {lat, lon};
        c.kind = kind;
        c.frStatus = status;
        c.sightings = {{SourceId{0}, QDate(2026, 3, 2), 1, {}}};
        incoming.cameras.push_back(c);
    };
    camera(55.7512, 37.6020, CameraKind::Dome, FrStatus::Confirmed);
    camera(55.7530, 37.6050, CameraKind::Fixed, FrStatus::Suspected);
    camera(55.7540, 37.6060, CameraKind::Ptz, FrStatus::Unknown);
    camera(55.7501, 37.6001, CameraKind::Turnstile, FrStatus::None);
    ImportReviewDialog review(base, incoming, QStringLiteral("cameras.csv"), window.get());
    review.setAttribute(Qt::WA_DontShowOnScreen);
    review.setPreviewMap(std::make_shared<const Dataset>(base));
    review.show();
    review.changeView()->setCurrentIndex(
        review.changeView()->model()->index(0, 0, review.changeView()->model()->index(0, 0)));
    QCoreApplication::processEvents();
    QVERIFY(review.grab().save(keptPath(QStringLiteral("screenshot_import_review.png"))));
}

int main(int argc, char **argv)
{
    return runWithPrivateHome<TstMapLayers>(argc, argv);
}
#include "tst_map_layers.moc"
