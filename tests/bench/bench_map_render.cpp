// Map view issue: a city-wide frame of the 160,000-camera synthetic city, rendered offscreen
// into a 1400 x 900 image, takes under 16 ms and at least 20x less than a QGraphicsScene
// holding one item per camera rendering the same view into the same size of image (both
// measured in this run).
//
// The baseline draws the cameras alone, as small discs that ignore the view's scale (the
// cheapest item QGraphicsScene offers for a point symbol); the map view draws the whole map:
// lines, stations, survey areas, camera clusters with their numbers, labels, scale bar.
#include "bench_ratio.h"

#include "map_style.h"
#include "map_view.h"
#include "sample/synthetic_city.h"

#include <QApplication>
#include <QGraphicsEllipseItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>

#include <cstdio>
#include <memory>

namespace {

using namespace blindspot;

constexpr QSize kFrame(1400, 900);

struct Fixture {
    std::shared_ptr<const Dataset> city;
    std::unique_ptr<MapView> view;
    std::unique_ptr<QGraphicsScene> scene;
    QRectF sceneView; ///< The map view's visible ground in scene coordinates (metres, y south).
    QImage image{kFrame, QImage::Format_ARGB32_Premultiplied};
};

// Built on first use, destroyed before the application object (widgets cannot outlive it).
std::unique_ptr<Fixture> g_fixture;

Fixture &fixture()
{
    if (!g_fixture)
        g_fixture = std::make_unique<Fixture>();
    Fixture &out = *g_fixture;
    if (!out.view) {
        out.city = std::make_shared<const Dataset>(makeSyntheticCity({}));
        out.view = std::make_unique<MapView>();
        out.view->setAttribute(Qt::WA_DontShowOnScreen);
        out.view->resize(kFrame);
        out.view->show();
        QCoreApplication::processEvents();
        out.view->setDataset(out.city);
        out.view->fitToData();

        // The same ground in the scene: metres east and south of the view's projection origin.
        const LatLon northWest = out.view->positionAt(QPointF(0, 0));
        const LatLon southEast = out.view->positionAt(QPointF(kFrame.width(), kFrame.height()));
        const LatLon origin =
            out.view->positionAt(QPointF(kFrame.width() / 2.0, kFrame.height() / 2.0));
        const LocalProjection projection(origin);
        const auto toScene = [&](LatLon p) {
            const LocalXY xy = projection.toLocal(p);
            return QPointF(xy.xMetres, -xy.yMetres);
        };
        out.sceneView = QRectF(toScene(northWest), toScene(southEast)).normalized();
        out.scene = std::make_unique<QGraphicsScene>();
        out.scene->setSceneRect(out.sceneView.adjusted(-5000, -5000, 5000, 5000));
        for (const Camera &camera : out.city->cameras) {
            if (!camera.position.isValid())
                continue;
            auto *item = new QGraphicsEllipseItem(-2.0, -2.0, 4.0, 4.0);
            item->setFlag(QGraphicsItem::ItemIgnoresTransformations);
            item->setPen(Qt::NoPen);
            item->setBrush(MapStyle::cameraColour(camera.frStatus));
            item->setPos(toScene(camera.position));
            out.scene->addItem(item);
        }
        // Warm both up: the scene builds its index on the first render, the view its sprites.
        QPainter painter(&out.image);
        out.scene->render(&painter, QRectF(QPointF(0, 0), kFrame), out.sceneView);
        painter.end();
        out.view->render(&out.image);
    }
    return out;
}

void BM_MapViewCityFrame(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        f.view->render(&f.image);
        benchmark::DoNotOptimize(f.image.constBits());
    }
    state.counters["clusters"] = f.view->drawnClusterCount();
    state.counters["cameras"] = static_cast<double>(f.view->clusteredCameraCount());
}

void BM_GraphicsSceneCityFrame(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        f.image.fill(MapStyle::background());
        QPainter painter(&f.image);
        painter.setRenderHint(QPainter::Antialiasing);
        f.scene->render(&painter, QRectF(QPointF(0, 0), kFrame), f.sceneView);
        painter.end();
        benchmark::DoNotOptimize(f.image.constBits());
    }
    state.counters["items"] = static_cast<double>(f.scene->items().size());
}

BENCHMARK(BM_MapViewCityFrame)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(9)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_GraphicsSceneCityFrame)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    blindspot::bench::MedianReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    const double frame = reporter.median("BM_MapViewCityFrame");
    std::printf("city frame median: %.2f ms (limit 16 ms): %s\n", frame,
                frame >= 0 && frame < 16.0 ? "ok" : "OVER");
    const double scene = reporter.median("BM_GraphicsSceneCityFrame");
    if (frame > 0 && scene > 0)
        std::printf(
            "QGraphicsScene frame median: %.2f ms; the map view is %.1fx faster (limit 20x)\n",
            scene, scene / frame);
    reporter.printRatio("BM_MapViewCityFrame", "BM_GraphicsSceneCityFrame", 1.0 / 20.0);
    std::fflush(stdout);
    benchmark::Shutdown();
    g_fixture.reset();
    return 0;
}
