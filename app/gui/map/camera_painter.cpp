#include "gui/map/camera_painter.h"

#include "gui/map/map_metrics.h"
#include "gui/map/map_scene.h"
#include "gui/map/map_style.h"
#include "gui/map/map_viewport.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace blindspot {

namespace {

// A cluster's ring shows the shares of the statuses inside in steps of this many to a circle.
constexpr int kClusterRingSteps = 24;
// Coverage sectors are drawn from this zoom on: a 20 m sector is then 14 pixels long.
constexpr double kSectorsFromPixelsPerMetre = 0.7;
// More sectors than this in view would be a grey smear, not information.
constexpr int kMaxSectorsDrawn = 4000;
// Cluster sprites kept: the clusters of a few hundred views.
constexpr qsizetype kMaxClusterSprites = 4096;

QPainterPath sectorPath(const CoverageSector &sector, QPointF apex, double pixelsPerMetre)
{
    const qreal outer = sector.maxRangeMetres * pixelsPerMetre;
    const qreal inner = std::max(0.0, sector.minRangeMetres) * pixelsPerMetre;
    QPainterPath path;
    if (sector.fovDegrees >= 360.0) {
        path.setFillRule(Qt::OddEvenFill);
        path.addEllipse(apex, outer, outer);
        if (inner > 0.0)
            path.addEllipse(apex, inner, inner);
        return path;
    }
    // QPainterPath measures angles anticlockwise from three o'clock; headings run clockwise
    // from north. The sector spans heading -+ fov/2.
    const qreal start = 90.0 - (sector.headingDegrees + sector.fovDegrees / 2.0);
    const QRectF outerBox(apex - QPointF(outer, outer), QSizeF(2 * outer, 2 * outer));
    const QRectF innerBox(apex - QPointF(inner, inner), QSizeF(2 * inner, 2 * inner));
    path.arcMoveTo(outerBox, start);
    path.arcTo(outerBox, start, sector.fovDegrees);
    if (inner > 0.0)
        path.arcTo(innerBox, start + sector.fovDegrees, -sector.fovDegrees);
    else
        path.lineTo(apex);
    path.closeSubpath();
    return path;
}

} // namespace

void CameraPainter::begin(qreal symbolSize, qreal devicePixelRatio)
{
    m_drawn = {};
    if (symbolSize == m_symbolSize && devicePixelRatio == m_spriteRatio && !m_sprites.empty())
        return;
    m_sprites.clear();
    m_clusterSprites.clear();
    for (FrStatus status : MapStyle::kFrStatusesByImportance)
        m_sprites.push_back(MapStyle::cameraSprite(status, symbolSize, devicePixelRatio));
    m_symbolSize = symbolSize;
    m_spriteRatio = devicePixelRatio;
}

void CameraPainter::paintCameras(QPainter &painter, const MapScene &scene,
                                 const MapViewport &view)
{
    const qreal ratio = m_spriteRatio;
    const qreal cellPixels = m_symbolSize * SymbolMetrics::kMergeCellShare;
    const QRectF shown = view.visibleMetres(m_symbolSize);

    // Cells aligned to the ground, not the widget, so that panning does not reshuffle which
    // camera of a cluster is shown.
    const double cellMetres = cellPixels / view.pixelsPerMetre();
    const double originColumn = std::floor(shown.left() / cellMetres);
    const double originRow = std::floor(shown.top() / cellMetres);
    const int columns = static_cast<int>(std::ceil(shown.width() / cellMetres)) + 2;
    const int rows = static_cast<int>(std::ceil(shown.height() / cellMetres)) + 2;
    m_mergeCells.assign(static_cast<std::size_t>(columns) * rows, 0);

    std::array<std::vector<QPainter::PixmapFragment>, 4> fragments;
    for (std::size_t rank = 0; rank < fragments.size(); ++rank) {
        const QRectF source(QPointF(0, 0), m_sprites[rank].size());
        for (const QPointF &metres : scene.cameras[rank]) {
            if (!shown.contains(metres))
                continue;
            const auto column =
                static_cast<int>(std::floor(metres.x() / cellMetres) - originColumn);
            const auto row = static_cast<int>(std::floor(metres.y() / cellMetres) - originRow);
            std::uint8_t &cell = m_mergeCells[static_cast<std::size_t>(row) * columns + column];
            if (cell) {
                m_drawn.camerasMerged = true;
                continue;
            }
            cell = 1;
            fragments[rank].push_back(QPainter::PixmapFragment::create(
                view.toWidget(metres), source, 1.0 / ratio, 1.0 / ratio));
        }
    }
    // Least important first, so the most important status ends up on top.
    for (std::size_t rank = fragments.size(); rank-- > 0;) {
        painter.drawPixmapFragments(fragments[rank].data(),
                                    static_cast<int>(fragments[rank].size()), m_sprites[rank]);
        m_drawn.cameraSymbols += static_cast<int>(fragments[rank].size());
    }
}

void CameraPainter::paintStationBadges(QPainter &painter, const MapScene &scene,
                                       const MapViewport &view, qreal stationRadius)
{
    const qreal ratio = m_spriteRatio;
    const qreal size = m_symbolSize;
    const QRectF shown = QRectF(view.rect()).adjusted(-size, -size, size, size);
    for (const MapScene::StationBadge &badge : scene.stationBadges) {
        const QPointF p = SymbolMetrics::badgeCentre(view.toWidget(scene.stations[badge.station]),
                                                     stationRadius);
        if (!shown.contains(p))
            continue;
        const QPixmap &sprite = m_sprites[MapScene::importanceRank(badge.status)];
        painter.drawPixmap(p - QPointF(sprite.width(), sprite.height()) / (2.0 * ratio), sprite);
        ++m_drawn.cameraSymbols;
    }
}

void CameraPainter::paintSectors(QPainter &painter, const MapScene &scene,
                                 const MapViewport &view)
{
    const double pixelsPerMetre = view.pixelsPerMetre();
    if (pixelsPerMetre < kSectorsFromPixelsPerMetre)
        return;
    const QRectF shown = view.visibleMetres(scene.longestSectorMetres * pixelsPerMetre +
                                            SymbolMetrics::kClipMarginPixels);
    int drawn = 0;
    // The least important first, so the most important status ends up on top.
    for (std::size_t rank = scene.sectors.size(); rank-- > 0 && drawn < kMaxSectorsDrawn;) {
        MapStyle::setSectorStyle(painter, MapStyle::kFrStatusesByImportance[rank]);
        const std::vector<CoverageSector> &sectors = scene.sectors[rank];
        for (std::size_t i = 0; i < sectors.size() && drawn < kMaxSectorsDrawn; ++i) {
            const CoverageSector &sector = sectors[i];
            const QPointF apex(sector.apex.xMetres, sector.apex.yMetres);
            if (!(sector.maxRangeMetres > 0.0) || !shown.contains(apex))
                continue;
            painter.drawPath(sectorPath(sector, view.toWidget(apex), pixelsPerMetre));
            ++drawn;
        }
    }
    m_drawn.sectors = drawn;
}

const QPixmap &CameraPainter::clusterSprite(const std::array<int, 4> &countByRank,
                                            const QString &label, const QFont &font)
{
    // Shares in steps of a twenty-fourth of the ring, so that sprites can be reused; a status
    // present at all gets at least one step, so a single confirmed camera still shows.
    std::array<int, 4> steps{};
    int total = 0, stepsTotal = 0;
    for (int count : countByRank)
        total += count;
    QString key = label;
    for (std::size_t rank = 0; rank < steps.size(); ++rank) {
        if (countByRank[rank] > 0)
            steps[rank] = std::max(1, static_cast<int>(std::lround(
                                          kClusterRingSteps * double(countByRank[rank]) / total)));
        stepsTotal += steps[rank];
        key += QLatin1Char('|') + QString::number(steps[rank]);
    }
    if (const auto found = m_clusterSprites.constFind(key); found != m_clusterSprites.cend())
        return *found;
    if (m_clusterSprites.size() >= kMaxClusterSprites)
        m_clusterSprites.clear();
    std::array<double, 4> shares{};
    for (std::size_t rank = 0; rank < steps.size(); ++rank)
        shares[rank] = stepsTotal > 0 ? double(steps[rank]) / stepsTotal : 0.0;
    QFont clusterFont = font;
    clusterFont.setWeight(QFont::DemiBold);
    clusterFont.setPointSizeF(clusterFont.pointSizeF() * 0.9);
    return *m_clusterSprites.insert(
        key, MapStyle::clusterSprite(shares, label, clusterFont, m_symbolSize, m_spriteRatio));
}

std::vector<QRectF> CameraPainter::paintClusters(QPainter &painter, const MapScene &scene,
                                                 const MapViewport &view, const QFont &font)
{
    const double cellPixels = SymbolMetrics::kClusterCellPixels;
    m_clusters.build(scene.cameras, view.visibleMetres(cellPixels),
                     cellPixels / view.pixelsPerMetre());
    const qreal ratio = m_spriteRatio;
    std::array<std::vector<QPainter::PixmapFragment>, 4> singles;
    std::vector<const CameraClusters::Cluster *> groups;
    for (const CameraClusters::Cluster &cluster : m_clusters.clusters()) {
        if (cluster.count > 1) {
            groups.push_back(&cluster);
            continue;
        }
        const QPixmap &sprite = m_sprites[static_cast<std::size_t>(cluster.rank)];
        singles[static_cast<std::size_t>(cluster.rank)].push_back(QPainter::PixmapFragment::create(
            view.toWidget(cluster.centreMetres), QRectF(QPointF(0, 0), sprite.size()),
            1.0 / ratio, 1.0 / ratio));
    }
    for (std::size_t rank = singles.size(); rank-- > 0;) {
        painter.drawPixmapFragments(singles[rank].data(), static_cast<int>(singles[rank].size()),
                                    m_sprites[rank]);
        m_drawn.cameraSymbols += static_cast<int>(singles[rank].size());
    }
    // Clusters above single cameras, the most important status on top.
    std::stable_sort(groups.begin(), groups.end(),
                     [](const auto *a, const auto *b) { return a->rank > b->rank; });
    const QLocale locale;
    std::vector<QRectF> boxes;
    for (const CameraClusters::Cluster *cluster : groups) {
        // Thousands, so that a disc stays small: "1.2k", "37k".
        const int count = cluster->count;
        const QString label =
            count < 1000    ? locale.toString(count)
            : count < 10000 ? tr("%1k").arg(locale.toString(std::floor(count / 100.0) / 10.0,
                                                            'f', 1))
                            : tr("%1k").arg(locale.toString(count / 1000));
        const QPixmap &sprite = clusterSprite(cluster->countByRank, label, font);
        const QSizeF size = QSizeF(sprite.size()) / ratio;
        const QPointF topLeft =
            view.toWidget(cluster->centreMetres) - QPointF(size.width(), size.height()) / 2.0;
        painter.drawPixmap(topLeft, sprite);
        boxes.emplace_back(topLeft, size);
        m_drawn.clusterLabels << label;
    }
    m_drawn.clusters = static_cast<int>(groups.size());
    m_drawn.cameraSymbols += static_cast<int>(groups.size());
    m_drawn.clusteredCameras = m_clusters.cameraCount();
    m_drawn.camerasMerged = m_drawn.camerasMerged || !groups.empty();
    return boxes;
}

void CameraPainter::paintSelection(QPainter &painter, QPointF at,
                                   std::optional<QPointF> draggedTo, FrStatus status) const
{
    if (!draggedTo) {
        MapStyle::paintSelection(painter, at, m_symbolSize * 0.9);
        return;
    }
    // While dragging: where it was, a line, and the camera where it would go.
    painter.save();
    painter.setPen(QPen(MapStyle::labelText(), 1.0, Qt::DashLine));
    painter.drawLine(at, *draggedTo);
    painter.restore();
    MapStyle::paintCamera(painter, status, *draggedTo, m_symbolSize);
    MapStyle::paintSelection(painter, *draggedTo, m_symbolSize * 0.9);
}

} // namespace blindspot
