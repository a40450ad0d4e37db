#include "gui/map/map_scene.h"

#include "gui/map/camera_clusters.h"
#include "gui/map/map_metrics.h"
#include "gui/map/map_style.h"
#include "gui/map/map_viewport.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace blindspot {

namespace {

QPointF metresOf(const LocalProjection &projection, LatLon position)
{
    if (!position.isValid())
        return {qQNaN(), qQNaN()};
    const LocalXY xy = projection.toLocal(position);
    return {xy.xMetres, xy.yMetres};
}

} // namespace

int MapScene::importanceRank(FrStatus status)
{
    const auto &order = MapStyle::kFrStatusesByImportance;
    const auto found = std::find(order.begin(), order.end(), status);
    // A value outside the enum (from a newer file format) is drawn as what it means to us now.
    return found != order.end() ? static_cast<int>(found - order.begin())
                                : importanceRank(FrStatus::Unknown);
}

std::unique_ptr<const MapScene> MapScene::build(const Dataset &d, const QString &language,
                                                const LocalProjection *keep)
{
    const Network &n = d.network;
    const GeoBox bounds = summarize(d).bounds;
    if (!bounds.isValid())
        return nullptr;

    auto scene = std::make_unique<MapScene>();
    scene->projection = keep ? *keep : LocalProjection(bounds.centre());
    const LocalProjection &projection = scene->projection;
    // The sectors drawn are the ones the exposure model computes, with the dataset's own
    // parameter overrides, on an ordinary day, at the central values.
    const Result<ModelParameters> parameters = parametersFor(d, QStringLiteral("ordinary"));
    scene->parameters =
        isError(parameters) ? ModelParameters::builtIn() : std::get<ModelParameters>(parameters);
    const ExposureModel model(scene->parameters, Bound::Central);
    const QPointF southWest = metresOf(projection, {bounds.south, bounds.west});
    const QPointF northEast = metresOf(projection, {bounds.north, bounds.east});
    scene->boundsMetres = QRectF(southWest, northEast).normalized();

    scene->stations.reserve(n.stations.size());
    for (const Station &station : n.stations)
        scene->stations.push_back(metresOf(projection, station.position));
    const auto stationAt = [&](StationId id) -> std::optional<QPointF> {
        if (indexOf(id) >= scene->stations.size())
            return std::nullopt;
        const QPointF p = scene->stations[indexOf(id)];
        return std::isnan(p.x()) ? std::nullopt : std::optional(p);
    };

    for (const Line &line : n.lines) {
        LinePath path;
        path.colour = QColor(QRgb(line.colourRgb));
        path.ref = line.ref.trimmed();
        for (StationId id : line.stations)
            if (const auto p = stationAt(id))
                path.metres << *p;
        if (path.metres.size() < 2)
            continue;
        if (line.isRing && path.metres.size() > 2)
            path.metres << path.metres.first();
        path.bounds = path.metres.boundingRect();
        scene->lines.push_back(std::move(path));
    }

    std::vector<bool> labelled(n.stations.size(), false);
    for (const StationComplex &complex : n.complexes) {
        std::vector<std::uint32_t> members;
        QPolygonF positions;
        for (StationId id : complex.stations) {
            if (const auto p = stationAt(id)) {
                members.push_back(indexOf(id));
                positions << *p;
            }
        }
        if (members.empty())
            continue;
        for (std::size_t i = 1; i < members.size(); ++i)
            scene->transfers.emplace_back(members[i - 1], members[i]);
        QString text = complex.name.inLanguage(language);
        if (text.isEmpty())
            text = n.stations[members.front()].name.inLanguage(language);
        scene->labels.push_back({text, positions.boundingRect(), members.size() > 1});
        for (std::uint32_t member : members)
            labelled[member] = true;
    }
    for (std::size_t i = 0; i < n.stations.size(); ++i) {
        const QPointF p = scene->stations[i];
        if (labelled[i] || std::isnan(p.x()))
            continue;
        scene->labels.push_back({n.stations[i].name.inLanguage(language), QRectF(p, p), false});
    }
    std::stable_partition(scene->labels.begin(), scene->labels.end(),
                          [](const Label &label) { return label.transfer; });

    for (const Entrance &entrance : n.entrances)
        if (entrance.position.isValid())
            scene->entrances.push_back(metresOf(projection, entrance.position));

    // Worst status per station among cameras placed only by their station.
    std::vector<int> badgeRank(n.stations.size(), -1);
    for (const Camera &camera : d.cameras) {
        const int rank = importanceRank(camera.frStatus);
        if (camera.position.isValid()) {
            const QPointF metres = metresOf(projection, camera.position);
            scene->cameras[rank].push_back(metres);
            scene->cameraIds[rank].push_back(camera.id);
            // Street cameras only, as in CameraField: cameras anchored in a station count
            // through their station's zone, not by where they point.
            CoverageSector sector{};
            if (!isSet(camera.anchorStation)) {
                sector = model.coverageOf(camera, {metres.x(), metres.y()});
                scene->longestSectorMetres =
                    std::max(scene->longestSectorMetres, sector.maxRangeMetres);
            }
            scene->sectors[rank].push_back(sector);
        } else if (stationAt(camera.anchorStation)) {
            int &worst = badgeRank[indexOf(camera.anchorStation)];
            worst = worst < 0 ? rank : std::min(worst, rank);
        }
    }
    for (std::size_t i = 0; i < badgeRank.size(); ++i)
        if (badgeRank[i] >= 0)
            scene->stationBadges.push_back(
                {static_cast<std::uint32_t>(i), MapStyle::kFrStatusesByImportance[badgeRank[i]]});

    for (const SurveyArea &area : d.surveyAreas) {
        QPolygonF polygon;
        for (const LatLon &p : area.polygon)
            if (p.isValid())
                polygon << metresOf(projection, p);
        if (polygon.size() >= 3)
            scene->surveyAreas.push_back(std::move(polygon));
    }
    return scene;
}

std::optional<StationId> MapScene::stationAt(const MapViewport &view, QPointF widgetPoint,
                                             qreal reachPixels) const
{
    std::optional<StationId> best;
    qreal bestDistance = reachPixels;
    for (std::size_t i = 0; i < stations.size(); ++i) {
        const qreal distance = QLineF(view.toWidget(stations[i]), widgetPoint).length();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = StationId{static_cast<std::uint32_t>(i)};
        }
    }
    return best;
}

bool MapScene::clustersCameras(const MapViewport &view) const
{
    if (view.pixelsPerMetre() < SymbolMetrics::kClustersBelowPixelsPerMetre)
        return true;
    const double cell =
        SymbolMetrics::at(view.pixelsPerMetre()).symbolSize * SymbolMetrics::kMergeCellShare;
    return double(cameraCountIn(view.visibleMetres(cell))) * cell * cell >
           SymbolMetrics::kClustersAboveCoverShare * view.width() * view.height();
}

std::optional<CameraId> MapScene::cameraAt(const MapViewport &view, QPointF widgetPoint) const
{
    const qreal symbolSize = SymbolMetrics::at(view.pixelsPerMetre()).symbolSize;
    const qreal reach = symbolSize * 0.6 + 2.0;
    const double cellPixels = SymbolMetrics::kClusterCellPixels;
    if (clustersCameras(view)) {
        // Only a camera standing alone in its cluster cell has its own symbol.
        CameraClusters clusters;
        clusters.build(cameras, view.visibleMetres(cellPixels),
                       cellPixels / view.pixelsPerMetre());
        for (const CameraClusters::Cluster &cluster : clusters.clusters())
            if (cluster.count == 1 &&
                QLineF(view.toWidget(cluster.centreMetres), widgetPoint).length() <= reach)
                return cameraIds[static_cast<std::size_t>(cluster.rank)][cluster.first];
        return std::nullopt;
    }
    return cameraNear(view.toMetres(widgetPoint), reach / view.pixelsPerMetre());
}

std::optional<QPointF> MapScene::clusterAt(const MapViewport &view, QPointF widgetPoint) const
{
    if (!clustersCameras(view))
        return std::nullopt;
    const double cellPixels = SymbolMetrics::kClusterCellPixels;
    CameraClusters clusters;
    clusters.build(cameras, view.visibleMetres(cellPixels), cellPixels / view.pixelsPerMetre());
    std::optional<QPointF> best;
    qreal bestDistance = cellPixels / 2.0;
    for (const CameraClusters::Cluster &cluster : clusters.clusters()) {
        const qreal distance = QLineF(view.toWidget(cluster.centreMetres), widgetPoint).length();
        if (cluster.count > 1 && distance < bestDistance) {
            bestDistance = distance;
            best = cluster.centreMetres;
        }
    }
    return best;
}

std::optional<CameraId> MapScene::cameraNear(QPointF metres, double reachMetres) const
{
    std::optional<CameraId> best;
    double bestDistance = reachMetres;
    // The most important status first, as it is drawn on top.
    for (std::size_t rank = 0; rank < cameras.size(); ++rank) {
        const std::vector<QPointF> &positions = cameras[rank];
        for (std::size_t i = 0; i < positions.size(); ++i) {
            const QPointF d = positions[i] - metres;
            if (std::abs(d.x()) > bestDistance || std::abs(d.y()) > bestDistance)
                continue;
            const double distance = std::hypot(d.x(), d.y());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = cameraIds[rank][i];
            }
        }
    }
    return best;
}

qsizetype MapScene::cameraCountIn(const QRectF &areaMetres) const
{
    qsizetype count = 0;
    for (const std::vector<QPointF> &positions : cameras)
        count += std::count_if(positions.begin(), positions.end(),
                               [&](const QPointF &p) { return areaMetres.contains(p); });
    return count;
}

} // namespace blindspot
