#include "core/exposure/density_raster.h"

#include "core/io/atomic_file.h"

#include <QtGlobal>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <vector>

// Definitions the numbers depend on:
// - A camera's weight is q * r * f_towards / tau per second: the hazard rate of a passer-by
//   facing it, in the small-dwell limit of 1 - exp(-t / tau). A grid cannot know which way a
//   walker faces, so it shows the exposed case; integrating it along a leg gives
//   sum q * r * f_towards * t_c / tau, t_c the time in each camera's coverage.
// - A cell holds weight times the share of its area inside the sector (exact along sub-rows,
//   midpoint rule across them), not the weight at its centre alone: a 3-7 m sector in a 10 m
//   cell keeps its hazard times area instead of being dropped or inflated to the whole cell.
// - rateAt interpolates bilinearly between cell centres, so a route moved by a metre changes
//   its hazard by a little, not by a whole cell's jump; integrateAlong uses the midpoint rule
//   with samples at most a quarter cell apart.

namespace blindspot {

namespace {

constexpr double kDegToRad = std::numbers::pi / 180.0;

/// Cells per layer at most (128 MiB of floats): a finer cell asked for on a large dataset is
/// coarsened to stay within it, so that three layers fit in a laptop's memory.
constexpr double kMaxCells = 33'554'432.0;
constexpr double kDefaultCellMetres = 10.0;

/// Sub-rows per cell for the area share: at least this many across a sector's outer radius,
/// so that a 3 m sector in a 10 m cell is measured, not hit or missed by one sample.
constexpr double kSubRowsPerRange = 8.0;
constexpr int kMaxSubRows = 32;

/// Larger grids are shrunk (averaging cells) to this many pixels on the longer side.
constexpr int kHeatmapMaxSide = 4096;
/// Smaller grids are enlarged by a whole factor up to about this size, so cells stay sharp and
/// the legend's numbers stay legible.
constexpr int kHeatmapMinSide = 1024;
/// Legend strip sizes at a 1200 px wide image; wider images scale them up.
constexpr int kLegendHeight = 56;
constexpr int kLegendMinWidth = 480;
constexpr double kLegendReferenceWidth = 1200.0;

LocalXY directionOf(double bearingDegrees)
{
    const double r = bearingDegrees * kDegToRad;
    return {std::sin(r), std::cos(r)};
}

/// An interval of x (metres east of a sector's apex) on one sub-row.
struct Interval {
    double from;
    double to;
};

/// Up to four intervals: a ring cut by a wedge of more than 180 degrees.
struct Intervals {
    std::array<Interval, 4> items{};
    int count = 0;

    void add(double from, double to)
    {
        if (to > from && count < static_cast<int>(items.size()))
            items[static_cast<std::size_t>(count++)] = {from, to};
    }
};

/// {x : c0 + c1 * x >= 0} as an interval with infinite ends; empty when from > to.
Interval halfLine(double c0, double c1)
{
    if (c1 > 0.0)
        return {-c0 / c1, INFINITY};
    if (c1 < 0.0)
        return {-INFINITY, -c0 / c1};
    return c0 >= 0.0 ? Interval{-INFINITY, INFINITY} : Interval{INFINITY, -INFINITY};
}

/// A camera is on the street when it is not anchored in a station and has a position: the
/// same rule as CameraField, so the raster and the per-camera sums see the same cameras.
bool isStreetCamera(const Camera &camera)
{
    return !isSet(camera.anchorStation) && camera.position.isValid();
}

/// Cells [col0, col1] x [row0, row1], inclusive; empty when col0 > col1.
struct CellRect {
    int col0 = 0;
    int row0 = 0;
    int col1 = -1;
    int row1 = -1;

    bool isEmpty() const { return col0 > col1 || row0 > row1; }
    cv::Rect toCv() const { return {col0, row0, col1 - col0 + 1, row1 - row0 + 1}; }
};

} // namespace

struct DensityRaster::Private {
    Private(const Dataset &d, const LocalProjection &p, const ExposureModel &m, Options o)
        : dataset(d), projection(p), model(m), options(o)
    {
    }

    const Dataset &dataset;
    LocalProjection projection;
    ExposureModel model;
    Options options;

    double cell = kDefaultCellMetres;
    int columns = 0;
    int rows = 0;
    LocalXY origin;         ///< South-west corner of the grid.
    double northMetres = 0; ///< y of the north edge (row 0's top).
    double sigmaCells = 0;
    int blurRadius = 0; ///< Cells: the kernel reaches this far, about 4 sigma.

    cv::Mat knownRaw; ///< Sectors before the blur; updates patch it and re-blur a window.
    cv::Mat known;    ///< Shares knownRaw's pixels when there is no blur.
    cv::Mat prior;
    std::vector<double> patch; ///< Scratch for one sector's cells.

    void layOutGrid();
    void buildPrior();
    /// Weight of a camera's sector in hazard per second (0 for cameras that do not count).
    double weightOf(const Camera &camera) const;
    /// Adds weight times the cell's area share inside the sector to knownRaw; returns the cells
    /// it touched.
    CellRect addSector(const CoverageSector &sector, double weight);
    /// Adds (sign +1) or removes (-1) a camera's sector; returns the cells touched.
    CellRect addCamera(const Camera &camera, double sign);
    /// Recomputes `known` over `dirty` and as far as the kernel reaches from it.
    void reblur(CellRect dirty);
    double sample(const cv::Mat &layer, double fx, double fy) const;
    double rateAt(LocalXY p, bool includeKnown) const;
};

void DensityRaster::Private::layOutGrid()
{
    cell = options.cellMetres;
    if (!std::isfinite(cell) || cell <= 0.0)
        cell = kDefaultCellMetres;
    const double margin =
        std::isfinite(options.marginMetres) ? std::max(0.0, options.marginMetres) : 0.0;
    const GeoBox bounds = summarize(dataset).bounds;
    // The projection is linear in latitude and longitude, so the box's corners bound it.
    LocalXY sw{}, ne{};
    if (bounds.isValid()) {
        sw = projection.toLocal({bounds.south, bounds.west});
        ne = projection.toLocal({bounds.north, bounds.east});
    }
    const double west = sw.xMetres - margin;
    const double south = sw.yMetres - margin;
    const double width = std::max(ne.xMetres + margin - west, cell);
    const double height = std::max(ne.yMetres + margin - south, cell);
    if (width * height / (cell * cell) > kMaxCells) {
        // Round the coarser cell up to a tenth of a metre, so it reads well in messages.
        // Callers see the change in cellMetres().
        cell = std::ceil(std::sqrt(width * height / kMaxCells) * 10.0 * 1.0001) / 10.0;
    }
    columns = std::max(1, static_cast<int>(std::ceil(width / cell)));
    rows = std::max(1, static_cast<int>(std::ceil(height / cell)));
    origin = {west, south};
    northMetres = south + rows * cell;
    sigmaCells = model.parameter(Param::LocationSigmaM) / cell;
    blurRadius = sigmaCells > 0.0 ? static_cast<int>(std::ceil(4.0 * sigmaCells)) : 0;
}

double DensityRaster::Private::weightOf(const Camera &camera) const
{
    if (!isStreetCamera(camera))
        return 0.0;
    // The facing factor is f_towards, not an average over walking directions (see the top of
    // this file).
    return model.frShare(camera) * model.matchRate(camera) * model.parameter(Param::FTowards) /
           model.parameter(Param::TauS);
}

CellRect DensityRaster::Private::addCamera(const Camera &camera, double sign)
{
    const double weight = weightOf(camera);
    if (!(weight > 0.0))
        return {};
    return addSector(model.coverageOf(camera, projection.toLocal(camera.position)), sign * weight);
}

CellRect DensityRaster::Private::addSector(const CoverageSector &s, double weight)
{
    const double outer = s.maxRangeMetres;
    const double inner = std::max(0.0, s.minRangeMetres);
    if (!(outer > inner) || weight == 0.0 || knownRaw.empty())
        return {};
    const double ax = s.apex.xMetres, ay = s.apex.yMetres;
    const bool wedge = s.fovDegrees < 360.0;
    const double half = s.fovDegrees / 2.0;

    // Bounding box: the arcs' ends, and the outer circle's extreme points inside the wedge.
    double minX = ax - outer, maxX = ax + outer, minY = ay - outer, maxY = ay + outer;
    if (wedge) {
        minX = maxX = ax;
        minY = maxY = ay;
        auto extend = [&](double bearing, double radius) {
            const LocalXY d = directionOf(bearing);
            minX = std::min(minX, ax + radius * d.xMetres);
            maxX = std::max(maxX, ax + radius * d.xMetres);
            minY = std::min(minY, ay + radius * d.yMetres);
            maxY = std::max(maxY, ay + radius * d.yMetres);
        };
        // The box starts at the apex: simpler than testing whether the inner arc excludes it,
        // and it widens the box by at most the inner radius, a few metres.
        for (double b : {s.headingDegrees - half, s.headingDegrees + half}) {
            extend(b, inner);
            extend(b, outer);
        }
        for (double b : {0.0, 90.0, 180.0, 270.0})
            if (angleBetweenDegrees(b, s.headingDegrees) <= half)
                extend(b, outer);
    }
    CellRect r;
    r.col0 = std::max(0, static_cast<int>(std::floor((minX - origin.xMetres) / cell)));
    r.col1 = std::min(columns - 1, static_cast<int>(std::floor((maxX - origin.xMetres) / cell)));
    r.row0 = std::max(0, static_cast<int>(std::floor((northMetres - maxY) / cell)));
    r.row1 = std::min(rows - 1, static_cast<int>(std::floor((northMetres - minY) / cell)));
    if (r.isEmpty())
        return {};

    const int patchColumns = r.col1 - r.col0 + 1;
    patch.assign(static_cast<std::size_t>(patchColumns) *
                     static_cast<std::size_t>(r.row1 - r.row0 + 1),
                 0.0);

    // Area share inside the sector: exact along each sub-row, midpoint rule across them.
    const int subRows =
        std::clamp(static_cast<int>(std::ceil(kSubRowsPerRange * cell / outer)), 1, kMaxSubRows);
    const double perSubRow = weight / subRows / cell; // weight per metre of sub-row inside
    const LocalXY v1 = directionOf(s.headingDegrees - half);
    const LocalXY v2 = directionOf(s.headingDegrees + half);
    const double outerSq = outer * outer, innerSq = inner * inner;
    const double cellX0 = origin.xMetres + r.col0 * cell; // west edge of the patch

    for (int row = r.row0; row <= r.row1; ++row) {
        double *out = patch.data() + static_cast<std::size_t>(row - r.row0) * patchColumns;
        for (int k = 0; k < subRows; ++k) {
            const double dy = northMetres - (row + (k + 0.5) / subRows) * cell - ay;
            const double dySq = dy * dy;
            if (dySq >= outerSq)
                continue;
            const double o = std::sqrt(outerSq - dySq);
            Intervals ring;
            if (dySq < innerSq) {
                const double i = std::sqrt(innerSq - dySq);
                ring.add(-o, -i);
                ring.add(i, o);
            } else {
                ring.add(-o, o);
            }
            Intervals inside;
            if (!wedge) {
                inside = ring;
            } else {
                // Relative position p = (x, dy). Clockwise of v1: cross(v1, p) <= 0; anticlockwise
                // of v2: cross(v2, p) >= 0 (as in ExposureModel::coverageAlong). A wedge up to
                // 180 degrees is both; a wider one either.
                const Interval a = halfLine(-v1.xMetres * dy, v1.yMetres);
                const Interval b = halfLine(v2.xMetres * dy, -v2.yMetres);
                std::array<Interval, 2> allowed{};
                int allowedCount = 0;
                if (half <= 90.0) {
                    allowed[0] = {std::max(a.from, b.from), std::min(a.to, b.to)};
                    allowedCount = 1;
                } else if (a.from > b.from) {
                    allowed = {b, a};
                    allowedCount = 2;
                } else {
                    allowed = {a, b};
                    allowedCount = 2;
                }
                if (allowedCount == 2 && allowed[1].from <= allowed[0].to) {
                    allowed[0].to = std::max(allowed[0].to, allowed[1].to);
                    allowedCount = 1;
                }
                for (int i = 0; i < ring.count; ++i)
                    for (int j = 0; j < allowedCount; ++j)
                        inside.add(std::max(ring.items[i].from, allowed[j].from),
                                   std::min(ring.items[i].to, allowed[j].to));
            }
            for (int i = 0; i < inside.count; ++i) {
                // Spread the interval over the cells it crosses, in patch metres.
                const double from = std::max(ax + inside.items[i].from - cellX0, 0.0);
                const double to = std::min(ax + inside.items[i].to - cellX0, patchColumns * cell);
                if (!(to > from))
                    continue;
                const int c0 = std::min(static_cast<int>(from / cell), patchColumns - 1);
                const int c1 = std::min(static_cast<int>(to / cell), patchColumns - 1);
                if (c0 == c1) {
                    out[c0] += (to - from) * perSubRow;
                    continue;
                }
                out[c0] += ((c0 + 1) * cell - from) * perSubRow;
                for (int c = c0 + 1; c < c1; ++c)
                    out[c] += cell * perSubRow;
                out[c1] += (to - c1 * cell) * perSubRow;
            }
        }
    }
    // One addition per cell: removing the same sector later subtracts the same float, so a
    // cell the camera had alone returns to exactly zero.
    for (int row = r.row0; row <= r.row1; ++row) {
        float *dst = knownRaw.ptr<float>(row) + r.col0;
        const double *src = patch.data() + static_cast<std::size_t>(row - r.row0) * patchColumns;
        for (int c = 0; c < patchColumns; ++c)
            if (src[c] != 0.0)
                dst[c] = std::max(0.0f, dst[c] + static_cast<float>(src[c]));
    }
    return r;
}

void DensityRaster::Private::buildPrior()
{
    const double everywhere = model.unmappedHazardPerSecond(1.0);
    prior.create(rows, columns, CV_32F);
    prior.setTo(everywhere);
    // Overlapping surveys: the most complete one counts. Filling in increasing completeness
    // order leaves the smallest prior, i.e. the largest completeness, where they overlap.
    const SurveyCoverage survey(dataset, projection);
    std::vector<const SurveyCoverage::Area *> areas;
    for (const SurveyCoverage::Area &a : survey.areas())
        areas.push_back(&a);
    std::stable_sort(areas.begin(), areas.end(), [](const auto *x, const auto *y) {
        return x->completeness < y->completeness;
    });
    // fillPoly takes fixed-point vertices (pixel centres at integers) with this many
    // fractional bits.
    constexpr int kShift = 8;
    constexpr double kScale = 1 << kShift;
    for (const SurveyCoverage::Area *a : areas) {
        std::vector<cv::Point> ring;
        ring.reserve(a->ring.size());
        for (const LocalXY &p : a->ring) {
            const double col = (p.xMetres - origin.xMetres) / cell - 0.5;
            const double row = (northMetres - p.yMetres) / cell - 0.5;
            // Clamp far outside the grid first: the fixed-point form has 23 integer bits.
            ring.emplace_back(static_cast<int>(std::lround(std::clamp(col, -1e6, 1e6) * kScale)),
                              static_cast<int>(std::lround(std::clamp(row, -1e6, 1e6) * kScale)));
        }
        const std::vector<std::vector<cv::Point>> polygons{ring};
        cv::fillPoly(prior, polygons, cv::Scalar(everywhere * (1.0 - a->completeness)), cv::LINE_8,
                     kShift);
    }
}

void DensityRaster::Private::reblur(CellRect dirty)
{
    if (dirty.isEmpty() || blurRadius == 0)
        return; // Without a blur, `known` is knownRaw and already up to date.
    CellRect window{std::max(0, dirty.col0 - blurRadius), std::max(0, dirty.row0 - blurRadius),
                    std::min(columns - 1, dirty.col1 + blurRadius),
                    std::min(rows - 1, dirty.row1 + blurRadius)};
    const int ksize = 2 * blurRadius + 1;
    cv::Mat blurred;
    // A region of interest reads its neighbours outside the window from the whole layer (the
    // border mode applies only at the grid's edge), so the window comes out exactly as a full
    // blur would compute it.
    cv::GaussianBlur(knownRaw(window.toCv()), blurred, cv::Size(ksize, ksize), sigmaCells,
                     sigmaCells, cv::BORDER_REFLECT);
    blurred.copyTo(known(window.toCv()));
}

double DensityRaster::Private::sample(const cv::Mat &layer, double fx, double fy) const
{
    // Bilinear between cell centres; at the grid's edge the outermost cells extend to it.
    const double x = std::clamp(fx - 0.5, 0.0, columns - 1.0);
    const double y = std::clamp(fy - 0.5, 0.0, rows - 1.0);
    const int c0 = std::min(static_cast<int>(x), columns - 1);
    const int r0 = std::min(static_cast<int>(y), rows - 1);
    const int c1 = std::min(c0 + 1, columns - 1);
    const int r1 = std::min(r0 + 1, rows - 1);
    const double tx = x - c0, ty = y - r0;
    const float *top = layer.ptr<float>(r0);
    const float *bottom = layer.ptr<float>(r1);
    return (1.0 - ty) * ((1.0 - tx) * top[c0] + tx * top[c1]) +
           ty * ((1.0 - tx) * bottom[c0] + tx * bottom[c1]);
}

double DensityRaster::Private::rateAt(LocalXY p, bool includeKnown) const
{
    if (prior.empty())
        return 0.0;
    const double fx = (p.xMetres - origin.xMetres) / cell;
    const double fy = (northMetres - p.yMetres) / cell;
    if (!(fx >= 0.0 && fx <= columns && fy >= 0.0 && fy <= rows))
        return 0.0;
    double rate = sample(prior, fx, fy);
    if (includeKnown)
        rate += sample(known, fx, fy);
    return rate;
}

DensityRaster::DensityRaster(const Dataset &dataset, const LocalProjection &projection,
                             const ExposureModel &model, Options options)
    : d(std::make_shared<Private>(dataset, projection, model, options))
{
    rebuild();
}

void DensityRaster::rebuild()
{
    try {
        d->layOutGrid();
        d->knownRaw.create(d->rows, d->columns, CV_32F);
        d->knownRaw.setTo(0.0);
        for (const Camera &camera : d->dataset.cameras)
            d->addCamera(camera, 1.0);
        if (d->blurRadius > 0) {
            const int ksize = 2 * d->blurRadius + 1;
            cv::GaussianBlur(d->knownRaw, d->known, cv::Size(ksize, ksize), d->sigmaCells,
                             d->sigmaCells, cv::BORDER_REFLECT);
        } else {
            d->known = d->knownRaw;
        }
        d->buildPrior();
    } catch (const cv::Exception &e) {
        // Only an allocation can fail here. An empty raster reads as zero hazard, so say so
        // loudly; the heatmap refuses to draw it.
        qCritical("density raster: %s", e.what());
        d->knownRaw.release();
        d->known.release();
        d->prior.release();
    }
}

void DensityRaster::updateCamera(CameraId id, const std::optional<Camera> &before)
{
    if (d->knownRaw.empty())
        return;
    try {
        CellRect removed, added;
        if (before)
            removed = d->addCamera(*before, -1.0);
        if (const std::optional<CameraIndex> now = d->dataset.findCamera(id))
            added = d->addCamera(d->dataset.camera(*now), 1.0);
        // Two windows rather than their union: a camera moved across the city would otherwise
        // re-blur everything between its old and new places.
        d->reblur(removed);
        d->reblur(added);
    } catch (const cv::Exception &e) {
        qCritical("density raster: %s", e.what());
    }
}

int DensityRaster::columns() const
{
    return d->columns;
}

int DensityRaster::rows() const
{
    return d->rows;
}

double DensityRaster::cellMetres() const
{
    return d->cell;
}

LocalXY DensityRaster::origin() const
{
    return d->origin;
}

double DensityRaster::rateAt(LocalXY p) const
{
    return d->rateAt(p, true);
}

double DensityRaster::integrateAlong(std::span<const LocalXY> polyline, double speedMps,
                                     bool includeKnown) const
{
    if (!(speedMps > 0.0))
        return 0.0;
    double hazard = 0.0;
    const double step = d->cell / 4.0;
    for (std::size_t i = 0; i + 1 < polyline.size(); ++i) {
        const LocalXY a = polyline[i], b = polyline[i + 1];
        const double length = distanceMetres(a, b);
        if (!(length > 0.0))
            continue;
        // Midpoint rule, samples at most a quarter cell apart.
        const int samples = std::max(1, static_cast<int>(std::ceil(length / step)));
        double sum = 0.0;
        for (int k = 0; k < samples; ++k) {
            const double t = (k + 0.5) / samples;
            sum += d->rateAt({a.xMetres + t * (b.xMetres - a.xMetres),
                              a.yMetres + t * (b.yMetres - a.yMetres)},
                             includeKnown);
        }
        hazard += sum * (length / samples / speedMps);
    }
    return hazard;
}

const cv::Mat &DensityRaster::knownLayer() const
{
    return d->known;
}

const cv::Mat &DensityRaster::priorLayer() const
{
    return d->prior;
}

std::optional<ParseError> DensityRaster::writeHeatmapPng(const QString &path) const
{
    if (d->prior.empty() || d->known.empty())
        return fileError(path, ParseErrorCode::CannotWrite, ParseReason::DensityRasterNotBuilt);
    std::vector<uchar> png;
    try {
        cv::Mat rate;
        cv::add(d->known, d->prior, rate);
        const int longer = std::max(rate.cols, rate.rows);
        if (longer > kHeatmapMaxSide) {
            // Average the rate, not the colours: the mean hazard of the merged cells.
            const double f = static_cast<double>(kHeatmapMaxSide) / longer;
            cv::resize(rate, rate,
                       cv::Size(std::max(1, static_cast<int>(rate.cols * f)),
                                std::max(1, static_cast<int>(rate.rows * f))),
                       0, 0, cv::INTER_AREA);
        }
        const double top = std::log1p(kHeatmapTopPerSecond / kHeatmapKneePerSecond);
        cv::Mat logRate;
        cv::max(rate, 0.0, logRate);
        cv::log(logRate / kHeatmapKneePerSecond + 1.0, logRate);
        cv::Mat grey;
        logRate.convertTo(grey, CV_8U, 255.0 / top); // saturates above the top rate
        const int factor = std::max(1, kHeatmapMinSide / std::max(grey.cols, grey.rows));
        if (factor > 1)
            cv::resize(grey, grey, cv::Size(), factor, factor, cv::INTER_NEAREST);
        cv::Mat map;
        cv::applyColorMap(grey, map, cv::COLORMAP_CIVIDIS);

        // Legend strip under the map: the colour ramp with rates (per second) at ticks. Only
        // numbers and a unit: core has no translated words; the apps explain the figure.
        const cv::Scalar background(255, 255, 255), ink(40, 40, 40);
        const int width = std::max(map.cols, kLegendMinWidth);
        const double unit = std::max(1.0, width / kLegendReferenceWidth);
        auto scaled = [unit](int pixels) { return static_cast<int>(std::lround(pixels * unit)); };
        cv::Mat image(map.rows + scaled(kLegendHeight), width, CV_8UC3, background);
        map.copyTo(image(cv::Rect(0, 0, map.cols, map.rows)));
        const int barX = scaled(24), barWidth = width - 2 * barX, barY = map.rows + scaled(8);
        const int barHeight = scaled(16);
        const double fontScale = 0.45 * unit;
        const int thickness = std::max(1, static_cast<int>(std::lround(unit)));
        cv::Mat ramp(1, barWidth, CV_8U);
        for (int x = 0; x < barWidth; ++x)
            ramp.at<uchar>(0, x) = cv::saturate_cast<uchar>(255.0 * x / std::max(1, barWidth - 1));
        cv::Mat rampColours;
        cv::applyColorMap(ramp, rampColours, cv::COLORMAP_CIVIDIS);
        cv::resize(rampColours, rampColours, cv::Size(barWidth, barHeight), 0, 0,
                   cv::INTER_NEAREST);
        rampColours.copyTo(image(cv::Rect(barX, barY, barWidth, barHeight)));
        struct Tick {
            double rate;
            const char *label;
        };
        constexpr Tick kTicks[] = {{0.0, "0"},     {1e-4, "1e-4"}, {1e-3, "0.001"},
                                   {1e-2, "0.01"}, {0.1, "0.1"},   {1.0, "1 /s"}};
        for (const Tick &t : kTicks) {
            const int x =
                barX + static_cast<int>(std::lround(heatmapDisplayValue(t.rate) * (barWidth - 1)));
            cv::line(image, {x, barY + barHeight}, {x, barY + barHeight + scaled(4)}, ink,
                     thickness);
            int baseline = 0;
            const cv::Size size =
                cv::getTextSize(t.label, cv::FONT_HERSHEY_SIMPLEX, fontScale, thickness, &baseline);
            const int textX = std::clamp(x - size.width / 2, 2, width - size.width - 2);
            cv::putText(image, t.label, {textX, barY + barHeight + scaled(8) + size.height},
                        cv::FONT_HERSHEY_SIMPLEX, fontScale, ink, thickness, cv::LINE_AA);
        }
        if (!cv::imencode(".png", image, png))
            return fileError(path, ParseErrorCode::CannotWrite, ParseReason::PngNotEncoded);
    } catch (const cv::Exception &e) {
        return systemError(path, ParseErrorCode::CannotWrite, QString::fromUtf8(e.what()));
    }
    return writeFileAtomically(path, QByteArrayView(reinterpret_cast<const char *>(png.data()),
                                                    static_cast<qsizetype>(png.size())));
}

} // namespace blindspot
