#pragma once

#include "core/exposure/exposure_model.h"
#include "core/geo/local_projection.h"
#include "core/geo/spatial_index.h"
#include "core/model/dataset.h"

#include <array>
#include <span>
#include <vector>

namespace blindspot {

/// One camera's share of one walk: time in its coverage and the capture probability, for the
/// low, central and high models (indexed by Bound).
struct CameraPass {
    CameraIndex camera{};
    std::array<CoverageTimes, 3> times;
    std::array<double, 3> probability{};

    double hazard(Bound b) const { return hazardOf(probability[static_cast<std::size_t>(b)]); }
};

/// Walking speed for each bound (a slower walk means a longer dwell).
std::array<double, 3> walkSpeeds(const ExposureModels &models);

/// The dataset's street cameras projected onto its tangent plane and indexed, answering "which
/// cameras see this walk, and how much". Cameras anchored in a station are not street cameras:
/// they count through their station zone (see StationExposure).
class CameraField {
public:
    CameraField(const Dataset &dataset, const LocalProjection &projection);

    const LocalProjection &projection() const { return m_projection; }

    /// Each street camera whose coverage the polyline passes through, once, with the coverage
    /// times of all the polyline's segments added up (a camera seen on two segments of one
    /// walk is one pass).
    std::vector<CameraPass> passesAlong(std::span<const LocalXY> polyline,
                                        const ExposureModels &models) const;

    /// How much of a walk mapped street cameras have in view (in their picture at all, out to
    /// `rangeMetres`; not the identification range): metres in view of any camera, of any
    /// camera with face recognition confirmed or suspected, and the cameras, sorted.
    /// One camera's view of a path: from how far along it the walker is first in view, for how
    /// many metres, and how close they come.
    struct CameraView {
        CameraIndex camera{};
        double firstMetres = 0.0;
        double metres = 0.0;
        double closestMetres = 0.0;
    };
    struct View {
        double metresInView = 0.0;
        double metresInFrView = 0.0;
        std::vector<CameraIndex> cameras;
        std::vector<CameraView> perCamera; ///< Sorted by firstMetres.
    };
    /// `allRound`: in view within the range whatever way the camera looks (as research tools
    /// count "% of a walk filmed"); otherwise within its field of view.
    View viewAlong(std::span<const LocalXY> polyline, const ExposureModel &model,
                   double rangeMetres, bool allRound = false) const;

    /// Cameras anchored in `station` whose zone is `zone` (anchored cameras without a zone
    /// count as being on the platform).
    std::span<const CameraIndex> anchoredIn(StationId station, ZoneKind zone) const;

private:
    const Dataset &m_dataset;
    LocalProjection m_projection;
    std::vector<CameraIndex> m_streetCameras; ///< Index in m_index -> camera.
    std::vector<LocalXY> m_streetPositions;
    SpatialIndex m_index;
    double m_queryRadius = 0.0; ///< Largest coverage range at the high end of the parameters.
    /// CSR: for station s and zone z, m_anchored[m_anchorStart[s * 6 + z] ..) are its cameras.
    std::vector<std::uint32_t> m_anchorStart;
    std::vector<CameraIndex> m_anchored;
};

/// Where mappers have surveyed, and how completely: the share of cameras nobody mapped is 1
/// outside every survey area and 1 - completeness inside one.
class SurveyCoverage {
public:
    SurveyCoverage(const Dataset &dataset, const LocalProjection &projection);

    /// Share of cameras that are probably unmapped at p, in [0, 1].
    double unsurveyedShareAt(LocalXY p) const;
    /// The integral of unsurveyedShareAt along the segment, in metres (sampled every few metres).
    double unsurveyedMetresAlong(LocalXY a, LocalXY b) const;

    struct Area {
        std::vector<LocalXY> ring;
        double minX, minY, maxX, maxY;
        double completeness;
    };
    const std::vector<Area> &areas() const { return m_areas; }

private:
    std::vector<Area> m_areas;
};

/// True when p is inside the polygon (even-odd rule).
bool polygonContains(std::span<const LocalXY> ring, LocalXY p);

} // namespace blindspot
