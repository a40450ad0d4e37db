#pragma once

#include "core/exposure/density_raster.h"
#include "core/exposure/model_parameters.h"
#include "core/geo/local_projection.h"
#include "core/model/dataset.h"

#include <QColor>
#include <QImage>
#include <QRectF>

#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace blindspot {

/// The density raster (core's DensityRaster, central parameters) as a picture over the map.
///
/// The raster is rendered once into images at a few resolutions (a pyramid, so a city seen
/// whole does not resample millions of cells each frame) and drawn georeferenced: the grid's
/// corners are placed where they lie in the map's metres. A coarser pixel shows the highest
/// rate among the cells it stands for, so that a camera's few hot metres stay visible when the
/// whole city is in view. Colours come from the cividis palette
/// (readable with every common colour-vision deficiency and in greyscale) on the same fixed
/// scale as `blindspot-cli density`, so the window and the CLI's PNG agree.
///
/// Places without data (outside every survey area, and beyond the reach of every mapped camera)
/// are not coloured at all: they are hatched grey, "no data: not safe, not dangerous"
/// (RISK-COMMUNICATION.md, rule 6), drawn in screen space so the hatching stays the same at
/// every zoom.
class HeatmapLayer {
public:
    /// Builds the raster over `dataset`, which must outlive this layer: edits to it are
    /// passed on through updateCamera() and rebuild().
    HeatmapLayer(const Dataset &dataset, const LocalProjection &projection,
                 const ModelParameters &parameters);
    ~HeatmapLayer();

    /// Whether the raster could be built (it can fail for lack of memory).
    bool isValid() const;

    /// After camera `id` changed from `before` (empty: it was added; no camera has `id` any
    /// more: it was removed). Only the cells the old and new coverage touch are recomputed and
    /// repainted.
    void updateCamera(CameraId id, const std::optional<Camera> &before);
    /// Recomputes everything, e.g. after survey areas changed.
    void rebuild();

    /// Draws the layer into `widgetRect` for a view of `pixelsPerMetre` where the projection's
    /// origin appears at `widgetOfOrigin` (x grows east, y north, so widget y = origin.y -
    /// pixelsPerMetre * y).
    void paint(QPainter &painter, const QRectF &widgetRect, double pixelsPerMetre,
               QPointF widgetOfOrigin) const;

    /// The grid's extent in the projection's metres (x east, y north; top() is the south).
    QRectF boundsMetres() const;
    const DensityRaster &raster() const { return *m_raster; }
    /// The full-resolution picture (row 0 north), for tests.
    const QImage &image() const { return m_levels.front().colour; }

    /// Display value in [0, 1] of a hazard rate per second: the CLI's fixed logarithmic scale.
    static double displayValue(double ratePerSecond);
    /// The palette colour of a display value (opaque).
    static QColor paletteColour(double value);
    /// Rates at the legend's ticks, per second.
    static std::vector<double> legendTicks();
    /// Colour of the hatching that marks places without data.
    static QColor noDataColour();

private:
    struct Level {
        QImage colour; ///< Premultiplied ARGB, transparent where there is no data.
        QImage noData; ///< Alpha8: 255 where there is no data.
        /// Coarser levels: the highest rate among the cells below, -1 for none with data.
        std::vector<float> rate;
    };

    /// Repaints cells [col0, col1] x [row0, row1] of the full-resolution level and the coarser
    /// levels above them.
    void renderCells(int col0, int row0, int col1, int row1);
    void buildPyramid();
    /// Cells whose no-data state is decided by survey areas: 1 inside one with some
    /// completeness.
    void buildSurveyMask();
    /// The rate a full-resolution cell shows, or -1 when it has no data.
    float cellRate(int column, int row) const;
    /// The cells a camera's coverage (plus the raster's blur) can touch.
    QRect cellsTouchedBy(const Camera &camera) const;

    const Dataset &m_dataset;
    LocalProjection m_projection;
    ExposureModel m_model;
    std::unique_ptr<DensityRaster> m_raster;
    std::vector<std::uint8_t> m_surveyed; ///< Per cell, row-major.
    std::vector<Level> m_levels;          ///< Full resolution first, each next half the size.
    mutable QImage m_hatch;               ///< Reused each frame: the widget-sized hatching.
};

} // namespace blindspot
