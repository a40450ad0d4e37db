// Issue 17, "nothing by colour alone": the map's cluster rings, coverage sectors and route steps
// carry a second cue beside their colour, and the legend explains it. Every check looks at
// pixels with the colour taken out (drawn or not, by alpha or by darkness against the paper), so
// that a cue which quietly disappears fails here even when the colours stay. Screenshots of the
// clusters at city zoom, the sectors at street zoom, a route and the legend, in colour and in
// grey, are kept next to the test binary for people to look at.
#include "common/embedded_data.h"
#include "gui_fixtures.h"
#include "gui/map/map_layers.h"
#include "gui/map/map_legend.h"
#include "gui/map/map_style.h"
#include "gui/map/map_view.h"
#include "gui/planner/route_overlay.h"
#include "core/sample/synthetic_city.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <vector>

using namespace blindspot;

namespace {

constexpr QSize kMapSize(900, 700);
const std::array<const char *, 4> kStatusNames{"confirmed", "suspected", "unknown", "none"};

// Which pixels are drawn, as a mask: colour takes no part in it.
using Ink = std::vector<bool>;

// Drawn at least half opaque, on a transparent image.
Ink inkByAlpha(const QImage &image, const QRect &area)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    Ink ink;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            ink.push_back(qAlpha(argb.pixel(x, y)) >= 128);
    return ink;
}

// Darker than `paper` by at least `darkness` grey levels (qGray), on an opaque image.
Ink inkByDarkness(const QImage &image, const QRect &area, QColor paper, int darkness)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const int paperGrey = qGray(paper.rgb());
    Ink ink;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            ink.push_back(paperGrey - qGray(rgb.pixel(x, y)) >= darkness);
    return ink;
}

// Pixels drawn in one mask of an area `width` wide with nothing drawn in the other within a
// pixel of them (either way round): where two drawings differ in shape by more than the
// antialiasing of an edge, which a change of colour alone moves by a pixel at most.
int differingBeyondAPixel(const Ink &a, const Ink &b, int width)
{
    if (a.size() != b.size() || width <= 0)
        return -1;
    const int height = static_cast<int>(a.size()) / width;
    const auto near = [&](const Ink &ink, int x, int y) {
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx) {
                const int nx = x + dx, ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < width && ny < height &&
                    ink[static_cast<std::size_t>(ny * width + nx)])
                    return true;
            }
        return false;
    };
    int count = 0;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const auto i = static_cast<std::size_t>(y * width + x);
            count += (a[i] && !near(b, x, y)) || (b[i] && !near(a, x, y)) ? 1 : 0;
        }
    return count;
}

int differing(const Ink &a, const Ink &b)
{
    if (a.size() != b.size())
        return -1;
    int count = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        count += a[i] != b[i] ? 1 : 0;
    return count;
}

// How many pixels' worth is drawn in column `x` of `image`: its alpha summed, so that a line
// 12.5 px wide counts 12.5 wherever it falls between pixels.
double coverageOfColumn(const QImage &image, int x)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    double sum = 0.0;
    for (int y = 0; y < argb.height(); ++y)
        sum += qAlpha(argb.pixel(x, y)) / 255.0;
    return sum;
}

std::array<double, 4> onlyStatus(int rank)
{
    std::array<double, 4> shares{};
    shares[static_cast<std::size_t>(rank)] = 1.0;
    return shares;
}

QString keptPath(const QString &name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

// `image` and its grey version, kept for people to look at.
void keep(const QImage &image, const QString &name)
{
    QVERIFY(image.save(keptPath(name + QStringLiteral(".png"))));
    QVERIFY(image.convertToFormat(QImage::Format_Grayscale8)
                .save(keptPath(name + QStringLiteral("_grey.png"))));
}

// A map view of kMapSize, shown offscreen, with `dataset` fitted.
std::unique_ptr<MapView> shownMap(std::shared_ptr<const Dataset> dataset)
{
    auto map = std::make_unique<MapView>();
    map->setAttribute(Qt::WA_DontShowOnScreen);
    map->resize(kMapSize);
    map->show();
    QCoreApplication::processEvents();
    map->setDataset(std::move(dataset));
    return map;
}

QImage rendered(MapView &map)
{
    QImage image(map.size(), QImage::Format_RGB32);
    map.render(&image);
    return image;
}

// The training city with every camera given `status`.
std::shared_ptr<const Dataset> cityWhereEveryCameraIs(FrStatus status)
{
    Dataset d = embeddedTrainingCity();
    for (Camera &camera : d.cameras)
        camera.frStatus = status;
    return std::make_shared<const Dataset>(std::move(d));
}

// The first street camera with a field of view: where the sectors are looked at.
LatLon aimedStreetCamera(const Dataset &d)
{
    for (const Camera &c : d.cameras)
        if (!isSet(c.anchorStation) && c.position.isValid() && c.headingDegrees)
            return c.position;
    return {};
}

// A route of one ride across `map` from widget x 150 to 750 at y 350, its own chance
// `probability`, marked as a chokepoint so that its chance is written beside its marker.
Route straightRoute(const MapView &map, double probability)
{
    RouteLeg leg;
    leg.kind = LegKind::Ride;
    leg.chokepoint = true;
    const double hazard = -std::log1p(-probability); // probabilityOf(hazard) == probability
    leg.hazard = {hazard, hazard, hazard};
    for (int x = 150; x <= 750; x += 100)
        leg.path.push_back(map.positionAt(QPointF(x, 350)));
    Route route;
    route.legs.push_back(std::move(leg));
    return route;
}

} // namespace

class TstColourCues : public QObject {
    Q_OBJECT
private slots:
    void clusterRingsDifferWithoutColour_data();
    void clusterRingsDifferWithoutColour();
    void clusterSpriteKeepsTheRingsCue();
    void sectorsDifferWithoutColour_data();
    void sectorsDifferWithoutColour();
    void routeStepsWidenByBand();
    void routeChanceLabels_data();
    void routeChanceLabels();
    void chokepointChanceIsWrittenOnTheMap();
    void legendExplainsTheCues();
    void screenshots();
};

namespace {

void addStatusPairs()
{
    QTest::addColumn<int>("rankA");
    QTest::addColumn<int>("rankB");
    for (int a = 0; a < 4; ++a)
        for (int b = a + 1; b < 4; ++b)
            QTest::addRow("%s vs %s", kStatusNames[a], kStatusNames[b]) << a << b;
}

} // namespace

void TstColourCues::clusterRingsDifferWithoutColour_data()
{
    addStatusPairs();
}

void TstColourCues::clusterRingsDifferWithoutColour()
{
    // A ring of radius 12 drawn all in one status, width 3 (MapStyle::statusLine): confirmed
    // solid 4.5 px, about 2 pi 12 x 4.5 = 340 pixels; suspected 3 px in dashes of 5 and gaps of
    // 3, 5/8 of 2 pi 12 x 3 = 140; unknown solid 1.8 px, 135; none 3 px dots 3 px long every
    // 8.5 px, 80. Every pair differs by about 100 pixels or more (94 to 235 when written);
    // rings drawn alike, solid and 3 px, would differ by none. At least 40 must differ.
    QFETCH(int, rankA);
    QFETCH(int, rankB);
    const auto ring = [](int rank) {
        QImage image(40, 40, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        MapStyle::paintClusterRing(painter, QPointF(20, 20), 12.0, onlyStatus(rank), 3.0);
        return image;
    };
    const QRect all(0, 0, 40, 40);
    const int differ = differing(inkByAlpha(ring(rankA), all), inkByAlpha(ring(rankB), all));
    QVERIFY2(differ >= 40, qPrintable(QString::number(differ)));
}

void TstColourCues::clusterSpriteKeepsTheRingsCue()
{
    // The map's cluster symbol: one with half its ring confirmed and half without face
    // recognition against one all confirmed. Same number, same status symbol on the edge: only
    // the ring's left half (from six to twelve o'clock) differs, and it must differ in shape,
    // not only in colour: 4.5 px solid against 3 px dots, over a half ring of radius at least
    // 10 (31 px long), well over 30 pixels. The darkness threshold (60 grey levels below the
    // white disc) counts every status colour drawn fully (vermillion is 135 below white, blue
    // 170) and leaves out the edge pixels the antialiasing blends, where colour alone would
    // make a difference (109 pixels differ when written; 2 with both halves solid and 3 px,
    // worked by drawing the rings of before issue 17 by hand).
    QFont font;
    const auto sprite = [&font](const std::array<double, 4> &shares) {
        QImage image(MapStyle::clusterSprite(shares, QStringLiteral("12"), font, 10.0, 1.0)
                         .toImage()
                         .convertToFormat(QImage::Format_ARGB32_Premultiplied));
        QImage onWhite(image.size(), QImage::Format_RGB32);
        onWhite.fill(Qt::white);
        QPainter(&onWhite).drawImage(0, 0, image);
        return onWhite;
    };
    const QImage mixed = sprite({0.5, 0.0, 0.0, 0.5});
    const QImage confirmed = sprite({1.0, 0.0, 0.0, 0.0});
    QCOMPARE(mixed.size(), confirmed.size());
    const QRect leftHalf(0, 0, mixed.width() / 2, mixed.height());
    const int differ = differing(inkByDarkness(mixed, leftHalf, Qt::white, 60),
                                 inkByDarkness(confirmed, leftHalf, Qt::white, 60));
    QVERIFY2(differ >= 30, qPrintable(QString::number(differ)));
}

void TstColourCues::sectorsDifferWithoutColour_data()
{
    addStatusPairs();
}

void TstColourCues::sectorsDifferWithoutColour()
{
    // The training city at 8 px/m around a street camera, with only the coverage sectors drawn
    // and every camera given one status, then another. Ink is a pixel at least half as dark
    // (against the paper) as the status's outline drawn whole, its colour at alpha 170 (in
    // MapStyle::setSectorStyle): so which pixels are ink depends on the shapes drawn, not on how
    // dark the colour is, and the fills (alpha 70 at most, 0.41 of the outline) never count.
    // With every status outlined alike (one solid pixel, as before issue 17) no pixel differs by
    // more than the antialiasing of an edge (0, worked with the same sectors drawn by hand);
    // solid against dashed, dotted or hatched leaves hundreds (184 to 1345 when written): at
    // least 100 must differ.
    QFETCH(int, rankA);
    QFETCH(int, rankB);
    const QRect all(QPoint(0, 0), kMapSize);
    const int paperGrey = qGray(MapStyle::background().rgb());
    const auto sectors = [&](int rank) {
        const FrStatus status = MapStyle::kFrStatusesByImportance[rank];
        auto map = shownMap(cityWhereEveryCameraIs(status));
        for (MapLayer layer : MapLayers::kAll)
            map->layers().setVisible(layer, layer == MapLayer::CoverageSectors);
        map->showPosition(aimedStreetCamera(*map->dataset()), 8.0);
        const int outline = (paperGrey - qGray(MapStyle::cameraColour(status).rgb())) * 170 / 255;
        const QImage image = rendered(*map);
        return std::pair(inkByDarkness(image, all, MapStyle::background(), outline / 2),
                         map->drawnSectorCount());
    };
    const auto [inkA, countA] = sectors(rankA);
    const auto [inkB, countB] = sectors(rankB);
    QVERIFY(countA > 0);
    QCOMPARE(countA, countB);
    const int differ = differingBeyondAPixel(inkA, inkB, all.width());
    QVERIFY2(differ >= 100, qPrintable(QString::number(differ)));
}

void TstColourCues::routeStepsWidenByBand()
{
    // A step is as wide as its band (RouteOverlay::widthFor: 4, 5.5, 7, 8.5 and 10 px, under a
    // white halo 7 px wider): across the line, away from its markers, a column holds 11, 12.5,
    // 14, 15.5 and 17 pixels' worth, each band 1.5 more than the last. The chances are one
    // from each of RiskWording's bands (below 0.1, 0.33, 0.66, 0.9, and above).
    auto map = shownMap(std::make_shared<const Dataset>(embeddedTrainingCity()));
    const std::array<double, 5> expected{11.0, 12.5, 14.0, 15.5, 17.0};
    const std::array<double, 5> chances{0.05, 0.2, 0.5, 0.8, 0.95};
    for (std::size_t band = 0; band < chances.size(); ++band) {
        const RouteOverlay overlay(straightRoute(*map, chances[band]));
        QImage image(map->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        overlay.paint(painter, map->viewport());
        painter.end();
        const double width = coverageOfColumn(image, 250); // between A (150) and marker (450)
        QVERIFY2(std::abs(width - expected[band]) <= 0.5,
                 qPrintable(QStringLiteral("band %1: %2 px").arg(band + 1).arg(width)));
    }
}

void TstColourCues::routeChanceLabels_data()
{
    // Hazards and their chances out of 10 (RiskWording::rangeOutOfTen: the central value
    // rounded, the low one floored, the high one ceiled), worked with P = 1 - exp(-hazard).
    QTest::addColumn<double>("central");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<QString>("expected");
    // P = 0.049, 0.020, 0.139: 0, 0, 2.
    QTest::newRow("unlikely, up to 2") << 0.05 << 0.02 << 0.15 << QStringLiteral("0-2 of 10");
    // P = 0.950, 0.865, 0.982: 10 (9.50 rounds up), 8, 10.
    QTest::newRow("very likely") << 3.0 << 2.0 << 4.0 << QStringLiteral("8-10 of 10");
    // P = 0 for all three: fewer than 1, never "0 of 10".
    QTest::newRow("nothing seen") << 0.0 << 0.0 << 0.0 << QStringLiteral("<1 of 10");
    // P = 1 exactly (expm1 of -1e9 is -1): 10, 10, 10.
    QTest::newRow("certain") << 1e9 << 1e9 << 1e9 << QStringLiteral("10 of 10");
}

void TstColourCues::routeChanceLabels()
{
    QFETCH(double, central);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(QString, expected);
    QCOMPARE(RouteOverlay::chanceLabel(Hazard{central, low, high}), expected);
}

void TstColourCues::chokepointChanceIsWrittenOnTheMap()
{
    // The one step is a chokepoint: its chance is written beside its marker (in the middle of
    // the line, x 450), and the map's station names keep clear of the label.
    auto map = shownMap(std::make_shared<const Dataset>(embeddedTrainingCity()));
    const RouteOverlay overlay(straightRoute(*map, 0.5));
    QImage image(map->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    const std::vector<QRectF> labels = overlay.paint(painter, map->viewport());
    painter.end();
    QCOMPARE(labels.size(), std::size_t(1));
    const QRectF box = labels.front();
    QVERIFY2(std::abs(box.center().y() - 350.0) < 30.0 && std::abs(box.center().x() - 450.0) < 120,
             qPrintable(QStringLiteral("%1, %2").arg(box.center().x()).arg(box.center().y())));
    // The label is opaque: a white box with dark text, drawn over the line's end of the map.
    const Ink ink = inkByAlpha(image, box.toAlignedRect().intersected(image.rect()));
    QVERIFY(2 * std::count(ink.begin(), ink.end(), true) > std::ssize(ink));

    // In the map itself the label is drawn, and remembered for the station names to avoid.
    map->setRouteOverlay(std::make_shared<const RouteOverlay>(straightRoute(*map, 0.5)));
    const QImage withRoute = rendered(*map);
    map->clearRouteOverlay();
    const QImage without = rendered(*map);
    const QRect labelArea = box.toAlignedRect();
    QVERIFY(differing(inkByDarkness(withRoute, labelArea, MapStyle::background(), 60),
                      inkByDarkness(without, labelArea, MapStyle::background(), 60)) > 20);
}

void TstColourCues::legendExplainsTheCues()
{
    MapLegend legend;
    legend.setAttribute(Qt::WA_DontShowOnScreen);
    legend.show();
    QCoreApplication::processEvents();

    // Each status's row shows its symbol with its field of view beside it, in the status's
    // line: the wedges (right of the symbol, from x 14 on) differ pairwise without colour.
    // Ink is alpha 128 or more: the outlines (170) and hatching (150), never the fills (70 at
    // most). Solid against dashed, dotted or hatched: 30 to 103 pixels of a 26 x 20 wedge when
    // written, none with every outline alike; at least 15 must differ.
    std::vector<Ink> wedges;
    for (int rank = 0; rank < 4; ++rank) {
        auto *icon = legend.findChild<QLabel *>(QStringLiteral("legendCameraIcon%1").arg(rank));
        QVERIFY2(icon, kStatusNames[rank]);
        const QImage image = icon->pixmap().toImage();
        const qreal ratio = image.devicePixelRatio();
        wedges.push_back(inkByAlpha(
            image, QRect(QPoint(qRound(14 * ratio), 0), QPoint(image.width() - 1,
                                                              image.height() - 1))));
    }
    for (int a = 0; a < 4; ++a)
        for (int b = a + 1; b < 4; ++b) {
            const int differ = differing(wedges[a], wedges[b]);
            QVERIFY2(differ >= 15, qPrintable(QStringLiteral("%1 vs %2: %3")
                                                  .arg(kStatusNames[a], kStatusNames[b])
                                                  .arg(differ)));
        }
    QVERIFY(legend.findChild<QLabel *>(QStringLiteral("legendClusterIcon")));

    // The route's sample: three pieces, likelier to the right, each wider than the last (bands
    // 1, 3 and 5: 4, 7 and 10 px with a casing of 3, so 7, 10 and 13 px). Only while a route
    // is on the map: there is nothing to explain without one.
    QVERIFY(!legend.findChild<QLabel *>(QStringLiteral("legendRouteIcon")));
    legend.setRouteShown(true);
    QTRY_VERIFY(legend.findChild<QLabel *>(QStringLiteral("legendRouteIcon")));
    auto *route = legend.findChild<QLabel *>(QStringLiteral("legendRouteIcon"));
    QVERIFY(route);
    const QImage sample = route->pixmap().toImage();
    const qreal ratio = sample.devicePixelRatio();
    const int third = sample.width() / 3;
    const std::array<double, 3> widths{coverageOfColumn(sample, third / 2) / ratio,
                                       coverageOfColumn(sample, third + third / 2) / ratio,
                                       coverageOfColumn(sample, 2 * third + third / 2) / ratio};
    QVERIFY2(std::abs(widths[0] - 7.0) <= 0.5 && std::abs(widths[1] - 10.0) <= 0.5 &&
                 std::abs(widths[2] - 13.0) <= 0.5,
             qPrintable(QStringLiteral("%1 %2 %3").arg(widths[0]).arg(widths[1]).arg(widths[2])));

    // And the words: each line named, and the route's numbers written as on the map.
    QString words;
    for (const QLabel *label : legend.findChildren<QLabel *>())
        words += label->text() + QLatin1Char('\n');
    for (const char *line : {"solid", "dashed", "thin", "dotted"})
        QVERIFY2(words.contains(QLatin1String(line)), line);
    QVERIFY2(words.contains(RouteOverlay::chanceText(2, 5)), qPrintable(words));
    QCOMPARE(RouteOverlay::chanceText(2, 5), QStringLiteral("2-5 of 10"));
}

void TstColourCues::screenshots()
{
    // The clusters of a large synthetic city at city zoom.
    SyntheticCityOptions options;
    options.cameras = 40'000;
    auto city = shownMap(std::make_shared<const Dataset>(makeSyntheticCity(options)));
    QVERIFY(city->clustersCameras());
    keep(rendered(*city), QStringLiteral("colour_cues_clusters"));
    // Its sectors at street zoom, off the centre as in bench_map_render, many of unknown
    // status (hatched).
    city->showPosition(
        city->positionAt(QPointF(kMapSize.width() * 0.45, kMapSize.height() * 0.55)), 2.0);
    keep(rendered(*city), QStringLiteral("colour_cues_sectors_synthetic"));

    // The sectors of the training city at street zoom, every status among them.
    auto training = shownMap(std::make_shared<const Dataset>(embeddedTrainingCity()));
    training->showPosition(aimedStreetCamera(*training->dataset()), 2.5);
    keep(rendered(*training), QStringLiteral("colour_cues_sectors"));

    // A route across it, one step in each band, and the legend.
    training->fitToData();
    Route route;
    const std::array<double, 5> chances{0.05, 0.2, 0.5, 0.8, 0.95};
    for (std::size_t i = 0; i < chances.size(); ++i) {
        Route one = straightRoute(*training, chances[i]);
        RouteLeg &leg = one.legs.front();
        leg.chokepoint = i % 2 == 0;
        leg.path = {training->positionAt(QPointF(150 + 120.0 * i, 250 + 40.0 * i)),
                    training->positionAt(QPointF(270 + 120.0 * i, 290 + 40.0 * i))};
        route.legs.push_back(leg);
    }
    training->setRouteOverlay(std::make_shared<const RouteOverlay>(route));
    keep(rendered(*training), QStringLiteral("colour_cues_route"));

    MapLegend legend;
    legend.setAttribute(Qt::WA_DontShowOnScreen);
    legend.show();
    QCoreApplication::processEvents();
    keep(legend.grab().toImage(), QStringLiteral("colour_cues_legend"));
}

int main(int argc, char **argv)
{
    return testing::runWithPrivateHome<TstColourCues>(argc, argv);
}
#include "tst_colour_cues.moc"
