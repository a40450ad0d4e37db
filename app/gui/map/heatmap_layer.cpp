#include "gui/map/heatmap_layer.h"

#include <QPainter>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace blindspot {

namespace {

// A mapped camera's blurred tail weaker than half the unmapped-camera prior is not evidence of
// anything: such a cell outside survey areas counts as having no data. (Lower, the square
// window of the blur kernel would show as a square of "data" around every camera.)
constexpr double kKnownEvidencePerSecond = 5e-5;

// The heatmap hides the plain map beneath it but lets a trace of it through; brighter (higher)
// values are more opaque, so hazards stand out and quiet places stay calm.
constexpr double kAlphaAtZero = 0.62;
constexpr double kAlphaAtTop = 0.92;

// The pyramid stops at this size: a coarser level would be smaller than any view of it.
constexpr int kSmallestLevelSide = 256;

constexpr int kSurveyShift = 8; // fixed-point bits for cv::fillPoly

using Palette = std::array<QRgb, 256>;

// cividis (Nuñez, Anderton & Renslow, PLoS ONE 2018) from OpenCV, the same table the CLI's PNG
// uses.
const Palette &cividis()
{
    static const Palette palette = [] {
        Palette out{};
        cv::Mat ramp(1, 256, CV_8U);
        for (int i = 0; i < 256; ++i)
            ramp.at<std::uint8_t>(0, i) = static_cast<std::uint8_t>(i);
        cv::Mat bgr;
        cv::applyColorMap(ramp, bgr, cv::COLORMAP_CIVIDIS);
        for (int i = 0; i < 256; ++i) {
            const cv::Vec3b c = bgr.at<cv::Vec3b>(0, i);
            out[static_cast<std::size_t>(i)] = qRgb(c[2], c[1], c[0]);
        }
        return out;
    }();
    return palette;
}

QRgb premultipliedCell(double rate)
{
    const double value = HeatmapLayer::displayValue(rate);
    const QRgb rgb = cividis()[static_cast<std::size_t>(std::lround(value * 255.0))];
    const int alpha = static_cast<int>(
        std::lround(255.0 * (kAlphaAtZero + (kAlphaAtTop - kAlphaAtZero) * value)));
    return qPremultiply(qRgba(qRed(rgb), qGreen(rgb), qBlue(rgb), alpha));
}

} // namespace

HeatmapLayer::HeatmapLayer(const Dataset &dataset, const LocalProjection &projection,
                           const ModelParameters &parameters)
    : m_dataset(dataset), m_projection(projection), m_model(parameters, Bound::Central)
{
    m_raster = std::make_unique<DensityRaster>(m_dataset, m_projection, m_model);
    buildSurveyMask();
    buildPyramid();
}

HeatmapLayer::~HeatmapLayer() = default;

bool HeatmapLayer::isValid() const
{
    return !m_raster->priorLayer().empty() && !m_raster->knownLayer().empty() && !m_levels.empty();
}

double HeatmapLayer::displayValue(double ratePerSecond)
{
    return heatmapDisplayValue(ratePerSecond); // the scale of the CLI's heatmap PNG
}

QColor HeatmapLayer::paletteColour(double value)
{
    return QColor(
        cividis()[static_cast<std::size_t>(std::lround(std::clamp(value, 0.0, 1.0) * 255.0))]);
}

std::vector<double> HeatmapLayer::legendTicks()
{
    return {1e-4, 1e-3, 1e-2, 1e-1, 1.0};
}

QColor HeatmapLayer::noDataColour()
{
    return QColor(0x70, 0x70, 0x70);
}

QRectF HeatmapLayer::boundsMetres() const
{
    const LocalXY origin = m_raster->origin();
    const double cell = m_raster->cellMetres();
    return QRectF(origin.xMetres, origin.yMetres, m_raster->columns() * cell,
                  m_raster->rows() * cell);
}

void HeatmapLayer::buildSurveyMask()
{
    const int columns = m_raster->columns(), rows = m_raster->rows();
    m_surveyed.assign(static_cast<std::size_t>(columns) * static_cast<std::size_t>(rows), 0);
    cv::Mat mask(rows, columns, CV_8U, m_surveyed.data());
    const double cell = m_raster->cellMetres();
    const LocalXY origin = m_raster->origin();
    const double north = origin.yMetres + rows * cell;
    constexpr double kScale = 1 << kSurveyShift;
    for (const SurveyArea &area : m_dataset.surveyAreas) {
        // A survey that believes it found nothing is no evidence about the place.
        if (!(area.completeness > 0.0) || area.polygon.size() < 3)
            continue;
        std::vector<cv::Point> ring;
        for (const LatLon &p : area.polygon) {
            const LocalXY xy = m_projection.toLocal(p);
            const double col = std::clamp((xy.xMetres - origin.xMetres) / cell - 0.5, -1e6, 1e6);
            const double row = std::clamp((north - xy.yMetres) / cell - 0.5, -1e6, 1e6);
            ring.emplace_back(static_cast<int>(std::lround(col * kScale)),
                              static_cast<int>(std::lround(row * kScale)));
        }
        const std::vector<std::vector<cv::Point>> polygons{ring};
        cv::fillPoly(mask, polygons, cv::Scalar(1), cv::LINE_8, kSurveyShift);
    }
}

void HeatmapLayer::buildPyramid()
{
    m_levels.clear();
    const int columns = m_raster->columns(), rows = m_raster->rows();
    if (m_raster->knownLayer().empty() || m_raster->priorLayer().empty() || columns <= 0 ||
        rows <= 0)
        return;
    Level full;
    full.colour = QImage(columns, rows, QImage::Format_ARGB32_Premultiplied);
    full.noData = QImage(columns, rows, QImage::Format_Alpha8);
    if (full.colour.isNull() || full.noData.isNull())
        return; // out of memory: isValid() says so
    m_levels.push_back(std::move(full));
    while (std::max(m_levels.back().colour.width(), m_levels.back().colour.height()) >
           kSmallestLevelSide) {
        const QSize size((m_levels.back().colour.width() + 1) / 2,
                         (m_levels.back().colour.height() + 1) / 2);
        Level next;
        next.colour = QImage(size, QImage::Format_ARGB32_Premultiplied);
        next.noData = QImage(size, QImage::Format_Alpha8);
        next.rate.assign(static_cast<std::size_t>(size.width()) *
                             static_cast<std::size_t>(size.height()),
                         -1.0f);
        m_levels.push_back(std::move(next));
    }
    renderCells(0, 0, columns - 1, rows - 1);
}

void HeatmapLayer::renderCells(int col0, int row0, int col1, int row1)
{
    if (m_levels.empty())
        return;
    const int columns = m_raster->columns(), rows = m_raster->rows();
    col0 = std::max(col0, 0);
    row0 = std::max(row0, 0);
    col1 = std::min(col1, columns - 1);
    row1 = std::min(row1, rows - 1);
    if (col0 > col1 || row0 > row1)
        return;
    Level &full = m_levels.front();
    for (int row = row0; row <= row1; ++row) {
        auto *colour = reinterpret_cast<QRgb *>(full.colour.scanLine(row));
        std::uint8_t *noData = full.noData.scanLine(row);
        for (int col = col0; col <= col1; ++col) {
            const float rate = cellRate(col, row);
            colour[col] = rate >= 0.0f ? premultipliedCell(rate) : 0u;
            noData[col] = rate >= 0.0f ? 0 : 255;
        }
    }
    // Coarser levels: each pixel the highest rate of the four below it, its no-data share
    // their mean. Outside the grid there is no data either.
    QRect region(QPoint(col0, row0), QPoint(col1, row1));
    for (std::size_t level = 1; level < m_levels.size(); ++level) {
        region = QRect(QPoint(region.left() / 2, region.top() / 2),
                       QPoint(region.right() / 2, region.bottom() / 2));
        const Level &below = m_levels[level - 1];
        Level &here = m_levels[level];
        const int belowWidth = below.colour.width(), belowHeight = below.colour.height();
        const int width = here.colour.width();
        for (int y = region.top(); y <= region.bottom(); ++y) {
            auto *colour = reinterpret_cast<QRgb *>(here.colour.scanLine(y));
            std::uint8_t *noData = here.noData.scanLine(y);
            for (int x = region.left(); x <= region.right(); ++x) {
                float best = -1.0f;
                int noDataSum = 0;
                for (int dy = 0; dy < 2; ++dy) {
                    for (int dx = 0; dx < 2; ++dx) {
                        const int bx = 2 * x + dx, by = 2 * y + dy;
                        if (bx >= belowWidth || by >= belowHeight) {
                            noDataSum += 255;
                            continue;
                        }
                        best = std::max(
                            best, level == 1
                                      ? cellRate(bx, by)
                                      : below.rate[static_cast<std::size_t>(by) * belowWidth + bx]);
                        noDataSum += below.noData.constScanLine(by)[bx];
                    }
                }
                here.rate[static_cast<std::size_t>(y) * width + x] = best;
                colour[x] = best >= 0.0f ? premultipliedCell(best) : 0u;
                noData[x] = static_cast<std::uint8_t>((noDataSum + 2) / 4);
            }
        }
    }
}

float HeatmapLayer::cellRate(int column, int row) const
{
    const float known = m_raster->knownLayer().ptr<float>(row)[column];
    const bool surveyed = m_surveyed[static_cast<std::size_t>(row) * m_raster->columns() + column];
    if (!surveyed && !(known > kKnownEvidencePerSecond))
        return -1.0f;
    return known + m_raster->priorLayer().ptr<float>(row)[column];
}

QRect HeatmapLayer::cellsTouchedBy(const Camera &camera) const
{
    if (isSet(camera.anchorStation) || !camera.position.isValid())
        return {}; // the raster counts street cameras only
    const LocalXY apex = m_projection.toLocal(camera.position);
    const CoverageSector sector = m_model.coverageOf(camera, apex);
    const double cell = m_raster->cellMetres();
    // The raster blurs sectors by the location uncertainty out to four sigma; two cells more
    // cover rounding at both ends.
    const double reach =
        sector.maxRangeMetres + 4.0 * m_model.parameter(Param::LocationSigmaM) + 2.0 * cell;
    const LocalXY origin = m_raster->origin();
    const double north = origin.yMetres + m_raster->rows() * cell;
    const int col0 = static_cast<int>(std::floor((apex.xMetres - reach - origin.xMetres) / cell));
    const int col1 = static_cast<int>(std::floor((apex.xMetres + reach - origin.xMetres) / cell));
    const int row0 = static_cast<int>(std::floor((north - apex.yMetres - reach) / cell));
    const int row1 = static_cast<int>(std::floor((north - apex.yMetres + reach) / cell));
    return QRect(QPoint(col0, row0), QPoint(col1, row1));
}

void HeatmapLayer::updateCamera(CameraId id, const std::optional<Camera> &before)
{
    m_raster->updateCamera(id, before);
    std::array<QRect, 2> dirty{};
    if (before)
        dirty[0] = cellsTouchedBy(*before);
    if (const std::optional<CameraIndex> now = m_dataset.findCamera(id))
        dirty[1] = cellsTouchedBy(m_dataset.camera(*now));
    for (const QRect &r : dirty)
        if (!r.isEmpty())
            renderCells(r.left(), r.top(), r.right(), r.bottom());
}

void HeatmapLayer::rebuild()
{
    m_raster->rebuild();
    buildSurveyMask();
    buildPyramid();
}

void HeatmapLayer::paint(QPainter &painter, const QRectF &widgetRect, double pixelsPerMetre,
                         QPointF widgetOfOrigin) const
{
    if (m_levels.empty() || !(pixelsPerMetre > 0.0))
        return;
    const double cell = m_raster->cellMetres();
    const LocalXY origin = m_raster->origin();
    const double north = origin.yMetres + m_raster->rows() * cell;
    const QPointF gridTopLeft(widgetOfOrigin.x() + origin.xMetres * pixelsPerMetre,
                              widgetOfOrigin.y() - north * pixelsPerMetre);

    // The coarsest level whose pixels are still no smaller than a screen pixel.
    const double cellPixels = cell * pixelsPerMetre;
    std::size_t level = 0;
    while (level + 1 < m_levels.size() && cellPixels * double(1 << (level + 1)) <= 1.0)
        ++level;
    const Level &image = m_levels[level];
    const double pixelSize = cellPixels * double(1 << level); // widget pixels per image pixel

    // Only the part of the image in view, on whole image pixels.
    const QRectF inImage((widgetRect.left() - gridTopLeft.x()) / pixelSize,
                         (widgetRect.top() - gridTopLeft.y()) / pixelSize,
                         widgetRect.width() / pixelSize, widgetRect.height() / pixelSize);
    const QRect source = QRectF(QPointF(std::floor(inImage.left()), std::floor(inImage.top())),
                                QPointF(std::ceil(inImage.right()), std::ceil(inImage.bottom())))
                             .toRect()
                             .intersected(image.colour.rect());

    // Hatching everywhere first; the mask then keeps it only where there is no data. Outside the
    // grid there is none at all.
    if (m_hatch.size() != widgetRect.size().toSize())
        m_hatch = QImage(widgetRect.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    m_hatch.fill(Qt::transparent);
    {
        QPainter hatch(&m_hatch);
        const QRect all = m_hatch.rect();
        QColor veil = noDataColour();
        veil.setAlpha(60);
        hatch.fillRect(all, veil);
        QColor lines = noDataColour();
        lines.setAlpha(150);
        hatch.fillRect(all, QBrush(lines, Qt::BDiagPattern));
        if (!source.isEmpty()) {
            const QRectF target(gridTopLeft.x() - widgetRect.left() + source.left() * pixelSize,
                                gridTopLeft.y() - widgetRect.top() + source.top() * pixelSize,
                                source.width() * pixelSize, source.height() * pixelSize);
            hatch.setCompositionMode(QPainter::CompositionMode_DestinationIn);
            hatch.setRenderHint(QPainter::SmoothPixmapTransform, pixelSize > 1.0);
            hatch.drawImage(target, image.noData, source);
        }
    }

    painter.save();
    if (!source.isEmpty()) {
        const QRectF target(gridTopLeft.x() + source.left() * pixelSize,
                            gridTopLeft.y() + source.top() * pixelSize, source.width() * pixelSize,
                            source.height() * pixelSize);
        // Bilinear when enlarged: the raster itself is read bilinearly between cell centres.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, pixelSize > 1.0);
        painter.drawImage(target, image.colour, source);
    }
    painter.drawImage(widgetRect.topLeft(), m_hatch);
    painter.restore();
}

} // namespace blindspot
