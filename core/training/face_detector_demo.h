#pragma once

#include "core/io/parse_error.h"
#include "core/security/face_detector.h"

#include <QByteArrayView>
#include <QString>

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <memory>
#include <vector>

namespace blindspot {

/// A face a detector found, in the photo's pixels.
struct DetectedFace {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
    FacePose pose = FacePose::Frontal;
    /// The cascade's last-stage sum (OpenCV's levelWeights): higher is more certain. A score,
    /// not a probability; around 0-2 is borderline, 4 and above is clear.
    double score = 0.0;
};

/// What the demo can change in a copy of the photo, to show what a detector depends on. The
/// changes are drawn in memory over each detected face; the photo itself is never changed.
enum class PhotoChange : std::uint8_t {
    None,
    FewerPixels, ///< The photo shrunk until faces are ~16 px wide, as a distant camera sees them.
    Cap,         ///< A cap's brim and shadow over the forehead and eyebrows.
    Sunglasses,  ///< Dark glasses over the eyes.
    Mask,        ///< A medical mask over nose and mouth.
};

/// The face-detector demonstration of training mode: OpenCV's Haar cascades (the frontal and
/// profile models in Debian's opencv-data) on one photo a trainer opens from disk.
///
/// A teaching tool, not a model of face recognition: these 2001-era detectors only find where a
/// face is, and modern FR systems detect and match faces far more robustly than they do. Photos
/// stay in memory (decoded from bytes, never written); there is no camera input.
class FaceDetectorDemo {
public:
    ~FaceDetectorDemo();

    /// Debian's location of the cascades (package opencv-data): FaceDetector's.
    static QString defaultCascadeDirectory() { return FaceDetector::defaultCascadeDirectory(); }
    /// Loads the cascades from `directory` (FaceDetector::create): CannotOpen naming the file
    /// when one is missing, Malformed when OpenCV cannot load it.
    [[nodiscard]] static Result<std::unique_ptr<FaceDetectorDemo>>
    create(const QString &directory = defaultCascadeDirectory());

    /// Decodes a photo (JPEG, PNG, ...) from bytes in memory, as 8-bit BGR. Photos larger than
    /// kMaxPhotoPixels are refused.
    [[nodiscard]] static Result<cv::Mat> decodePhoto(QByteArrayView bytes, const QString &name);

    /// Faces found in a BGR photo, largest first; frontal and profile detections of the same
    /// face are reported once (the frontal one).
    std::vector<DetectedFace> detect(const cv::Mat &photo) const;

    /// A copy of `photo` with `change` applied over each face in `faces` (for FewerPixels, to
    /// the whole photo). None returns a copy.
    static cv::Mat withChange(const cv::Mat &photo, const std::vector<DetectedFace> &faces,
                              PhotoChange change);

    /// Photos above this many pixels are refused (a 50-megapixel camera's photo is ~50 M).
    static constexpr qint64 kMaxPhotoPixels = 60'000'000;

private:
    explicit FaceDetectorDemo(std::unique_ptr<FaceDetector> detector);

    std::unique_ptr<FaceDetector> m_detector;
};

} // namespace blindspot
