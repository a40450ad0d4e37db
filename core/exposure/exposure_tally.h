#pragma once

#include "core/exposure/exposure_model.h"

#include <array>
#include <vector>

namespace blindspot {

/// What a stretch of a trip (a step, a leg, a whole route) gives the surveillance systems,
/// grouped by shared unknown (FrGroup), for the low, central and high models (indexed by Bound).
///
/// Model v2 (DESIGN.md, Exposure model, 3-4): within a group, captures combine as
/// 1 - prod(1 - c_i) = 1 - exp(-C) with C the sum of capture hazards -ln(1 - c_i); a group feeds
/// face recognition with its q once, a system matches with its r once:
///   P_s = r_s * (1 - prod over groups g of s (1 - q_g * (1 - exp(-C_g))))
///   P   = 1 - prod over systems (1 - P_s)
/// and the expected number of face-recognition captures is E = sum over groups q_g * sum c_i,
/// which grows with every look and never saturates.
class ExposureTally {
public:
    using PerBound = std::array<double, 3>;

    /// One camera's pass with capture chance c per bound, counted `weight` times (a camera
    /// shared out among a station's entrances counts a fraction at each).
    void addCapture(FrGroup group, const PerBound &chance, const PerBound &weight = {1, 1, 1});
    /// A capture hazard that is already a rate times a time (the unmapped-camera prior): it adds
    /// to C and, in the small-chance limit it describes, to the expected captures.
    void addCaptureHazard(FrGroup group, const PerBound &hazard);

    ExposureTally &operator+=(const ExposureTally &other);
    bool isEmpty() const { return m_groups.empty(); }

    /// hazardOf(P) per bound; finite (P is kept below 1).
    Hazard identificationHazard(const ExposureModels &models) const;
    /// E per bound.
    Hazard expectedCaptures(const ExposureModels &models) const;
    /// The same at one bound (what a search compares).
    double identificationHazardAt(const ExposureModels &models, Bound bound) const;
    double expectedCapturesAt(const ExposureModels &models, Bound bound) const;
    /// Whether every group's capture hazard and captures here are at most `other`'s at `bound`:
    /// then anything added to both leaves this one at most as exposed (P and E only grow with
    /// each of them).
    bool atMost(const ExposureTally &other, Bound bound) const;

    struct Group {
        FrGroup group;
        PerBound captureHazard{}; ///< C = sum of -ln(1 - c_i).
        PerBound captures{};      ///< sum of c_i.
    };
    const std::vector<Group> &groups() const { return m_groups; }

private:
    Group &groupFor(FrGroup group);
    std::vector<Group> m_groups; ///< Sorted by group; a route has a handful.
};

} // namespace blindspot
