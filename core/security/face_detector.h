#pragma once

// The one face detector: OpenCV's Haar cascades, used by photo redaction (to fill faces before
// a photo is stored as evidence) and by training mode's face-detector demonstration.
#include "core/io/parse_error.h"

#include <QString>

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include <cstdint>
#include <memory>
#include <vector>

namespace cv {
class CascadeClassifier;
}

namespace blindspot {

/// Where Debian's opencv-data package puts OpenCV's Haar cascades.
inline constexpr const char *kDefaultCascadeFolder = "/usr/share/opencv4/haarcascades";

/// Which cascade found a face: the frontal one, or the profile one (which OpenCV trained on
/// faces turned to one side; run on the mirrored photo it finds the other side).
enum class FacePose : std::uint8_t { Frontal, ProfileLeft, ProfileRight };

/// A face a cascade found, in the pixels of the copy detection ran on (see Detection::scale).
struct CascadeHit {
    cv::Rect box;
    FacePose pose = FacePose::Frontal;
    /// The cascade's last-stage sum (OpenCV's levelWeights) when scores were asked for: higher
    /// is more certain. A score, not a probability; 0 otherwise.
    double score = 0.0;
};

/// How to run the cascades. Redaction and the demo differ on purpose: redaction looks at more
/// pixels (a missed face costs more than time) and needs no scores.
struct FaceDetectionSettings {
    /// Detection runs on a copy whose longer side is at most this many pixels: faster, and the
    /// cascades, trained on 20-24 pixel windows, gain little from more.
    int maxSide = 1280;
    /// Whether to ask the cascades for scores (CascadeHit::score).
    bool withScores = false;
};

/// The frontal and profile cascades (haarcascade_frontalface_default.xml and
/// haarcascade_profileface.xml), loaded once.
class FaceDetector {
public:
    /// The hits of one photo, and the scale of the copy they were found on.
    struct Detection {
        /// Frontal hits, then profile hits, then mirrored profile hits (their boxes flipped back).
        std::vector<CascadeHit> hits;
        /// The copy's pixels per photo pixel (1 when the photo was small enough): a box maps
        /// back to the photo by dividing by it.
        double scale = 1.0;
        /// The photo's longer side, which with maxSide gives the scale.
        int longSide = 0;
    };

    ~FaceDetector();

    /// Debian's location of the cascades (package opencv-data), as a QString.
    static QString defaultCascadeDirectory();
    /// Loads the cascades from `directory`: CannotOpen naming the file when one is missing,
    /// Malformed when OpenCV cannot load it.
    [[nodiscard]] static Result<std::unique_ptr<FaceDetector>>
    create(const QString &directory = defaultCascadeDirectory());

    /// Runs the cascades on a grey, histogram-equalised copy of a BGR, BGRA or grey photo.
    /// May throw cv::Exception; callers catch it at their edge.
    Detection detect(const cv::Mat &photo, const FaceDetectionSettings &settings) const;

private:
    FaceDetector();

    // detectMultiScale is not const in OpenCV; detection changes no state that matters here.
    std::unique_ptr<cv::CascadeClassifier> m_frontal;
    std::unique_ptr<cv::CascadeClassifier> m_profile;
};

} // namespace blindspot
