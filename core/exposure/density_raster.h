#pragma once

#include "core/exposure/camera_field.h"
#include "core/exposure/exposure_model.h"
#include "core/geo/local_projection.h"
#include "core/io/parse_error.h"
#include "core/model/dataset.h"

#include <opencv2/core/mat.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>

namespace blindspot {

/// The heatmap's fixed scale, the same for every dataset so that images and the GUI's layer
/// compare: display value log1p(rate / knee) / log1p(top / knee), clamped to [0, 1]. The knee is
/// about the central unmapped-camera prior (~1e-4 /s) so that it shows as a faint tint; the top,
/// 1 /s, is a confirmed face-recognition camera with r = 1 and tau = 1 s looking straight at a
/// passer-by. Rates above it saturate.
inline constexpr double kHeatmapKneePerSecond = 1e-4;
inline constexpr double kHeatmapTopPerSecond = 1.0;
inline double heatmapDisplayValue(double ratePerSecond)
{
    const double top = std::log1p(kHeatmapTopPerSecond / kHeatmapKneePerSecond);
    return std::clamp(std::log1p(std::max(0.0, ratePerSecond) / kHeatmapKneePerSecond) / top, 0.0,
                      1.0);
}

/// The local camera-density model (DESIGN.md, Exposure model 4): a grid over the dataset holding
/// face-recognition hazard per second of presence, for one parameter bound.
///
/// Two layers: `known`, the mapped street cameras' coverage sectors rasterised with weight
/// q * r * f_towards / tau (the small-dwell hazard rate of a passer-by facing the camera: a grid
/// cannot know which way people walk, so it shows the exposed case), each cell holding that
/// weight times the share of its area inside the sector, and smoothed by a Gaussian of the location
/// uncertainty; and `prior`, the unmapped-camera rate (ExposureModel::unmappedHazardPerSecond)
/// times the unsurveyed share of each cell. The heatmap draws known + prior; walking legs integrate
/// them along polylines.
class DensityRaster {
public:
    struct Options {
        double cellMetres = 10.0;
        double marginMetres = 200.0; ///< Around the dataset's bounding box.
    };

    DensityRaster(const Dataset &dataset, const LocalProjection &projection,
                  const ExposureModel &model, Options options);
    DensityRaster(const Dataset &dataset, const LocalProjection &projection,
                  const ExposureModel &model)
        : DensityRaster(dataset, projection, model, Options{})
    {
    }

    /// Recomputes both layers from the dataset.
    void rebuild();

    /// After camera `id` changed from `before` to its current state in the dataset (or was
    /// added: `before` empty), updates only the cells the old and new sectors touch. When no
    /// camera has `id` any more, it was removed: only `before` is subtracted.
    void updateCamera(CameraId id, const std::optional<Camera> &before);

    int columns() const;
    int rows() const;
    double cellMetres() const;
    /// Local coordinates of the grid's south-west corner.
    LocalXY origin() const;

    /// Hazard per second at a point (known + prior), 0 outside the grid.
    double rateAt(LocalXY p) const;
    /// Hazard accumulated walking the polyline at speedMps: the sum of rate * dt, sampled at
    /// a quarter cell. `includeKnown` false integrates the prior layer alone.
    double integrateAlong(std::span<const LocalXY> polyline, double speedMps,
                          bool includeKnown = true) const;

    const cv::Mat &knownLayer() const; ///< CV_32F, rows x columns, row 0 is the north edge.
    const cv::Mat &priorLayer() const; ///< CV_32F

    /// Writes the heatmap (known + prior) as a PNG with a colour-blind-safe palette (cividis)
    /// and a legend strip; errors name the file.
    std::optional<ParseError> writeHeatmapPng(const QString &path) const;

private:
    struct Private;
    std::shared_ptr<Private> d;
};

} // namespace blindspot
