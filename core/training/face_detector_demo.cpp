#include "core/training/face_detector_demo.h"


#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace blindspot {

namespace {

// Detection runs on at most 1280 pixels a side: faster, and the demo needs no more. Scores
// tell the trainer how sure the detector was.
constexpr FaceDetectionSettings kDemoDetection{1280, true};
// The width FewerPixels leaves a face: below the ~20 px the detectors need, far below the
// 40-80 px identification needs (PARAMETERS.md).
constexpr double kFewPixelsFaceWidth = 16.0;

double overlap(const cv::Rect &a, const cv::Rect &b)
{
    const double inter = (a & b).area();
    const double smaller = std::min(a.area(), b.area());
    return smaller > 0 ? inter / smaller : 0.0;
}

cv::Rect rectOf(const DetectedFace &f)
{
    return {f.x, f.y, f.width, f.height};
}

void fill(cv::Mat &image, cv::Rect area, const cv::Scalar &colour)
{
    area &= cv::Rect(0, 0, image.cols, image.rows);
    if (area.area() > 0)
        cv::rectangle(image, area, colour, cv::FILLED);
}

} // namespace

FaceDetectorDemo::FaceDetectorDemo(std::unique_ptr<FaceDetector> detector)
    : m_detector(std::move(detector))
{
}

FaceDetectorDemo::~FaceDetectorDemo() = default;

Result<std::unique_ptr<FaceDetectorDemo>> FaceDetectorDemo::create(const QString &directory)
{
    auto detector = FaceDetector::create(directory);
    if (isError(detector))
        return std::get<ParseError>(std::move(detector));
    return std::unique_ptr<FaceDetectorDemo>(
        new FaceDetectorDemo(std::get<std::unique_ptr<FaceDetector>>(std::move(detector))));
}

Result<cv::Mat> FaceDetectorDemo::decodePhoto(QByteArrayView bytes, const QString &name)
{
    if (bytes.isEmpty())
        return fileError(name, ParseErrorCode::Empty);
    try {
        const cv::Mat raw(1, int(bytes.size()), CV_8UC1,
                          const_cast<char *>(bytes.data())); // read only: imdecode copies
        cv::Mat photo = cv::imdecode(raw, cv::IMREAD_COLOR);
        if (photo.empty())
            return fileError(name, ParseErrorCode::NotThisFormat);
        if (qint64(photo.cols) * photo.rows > kMaxPhotoPixels)
            return fileError(name, ParseErrorCode::TooLarge, ParseReason::PixelsLimit,
                             parseArgs(kMaxPhotoPixels));
        return photo;
    } catch (const cv::Exception &e) {
        return systemError(name, ParseErrorCode::Malformed, QString::fromStdString(e.msg));
    }
}

std::vector<DetectedFace> FaceDetectorDemo::detect(const cv::Mat &photo) const
{
    std::vector<DetectedFace> faces;
    if (photo.empty())
        return faces;
    try {
        const FaceDetector::Detection found = m_detector->detect(photo, kDemoDetection);
        // Back to the photo's pixels, to the nearest: the demo draws the boxes.
        const double scaleBack =
            found.scale < 1.0 ? double(found.longSide) / kDemoDetection.maxSide : 1.0;
        std::vector<DetectedFace> profiles;
        for (const CascadeHit &hit : found.hits) {
            DetectedFace f;
            f.x = int(std::lround(hit.box.x * scaleBack));
            f.y = int(std::lround(hit.box.y * scaleBack));
            f.width = int(std::lround(hit.box.width * scaleBack));
            f.height = int(std::lround(hit.box.height * scaleBack));
            f.pose = hit.pose;
            f.score = hit.score;
            (hit.pose == FacePose::Frontal ? faces : profiles).push_back(f);
        }
        // A face seen by both detectors (or by the profile one on both sides) counts once.
        for (const DetectedFace &p : profiles) {
            const bool seen = std::any_of(faces.begin(), faces.end(), [&](const DetectedFace &f) {
                return overlap(rectOf(f), rectOf(p)) > 0.5;
            });
            if (!seen)
                faces.push_back(p);
        }
    } catch (const cv::Exception &) {
        return {};
    }
    std::sort(faces.begin(), faces.end(), [](const DetectedFace &a, const DetectedFace &b) {
        return a.width * a.height > b.width * b.height;
    });
    return faces;
}

cv::Mat FaceDetectorDemo::withChange(const cv::Mat &photo, const std::vector<DetectedFace> &faces,
                                     PhotoChange change)
{
    cv::Mat out = photo.clone();
    if (out.empty())
        return out;
    try {
        if (change == PhotoChange::FewerPixels) {
            int widest = 0;
            for (const DetectedFace &f : faces)
                widest = std::max(widest, f.width);
            // Without a face to measure, as if the photo's width were a face's.
            const double factor =
                kFewPixelsFaceWidth / double(widest > 0 ? widest : std::max(1, out.cols / 4));
            if (factor < 1.0) {
                cv::Mat small;
                cv::resize(out, small, cv::Size(), factor, factor, cv::INTER_AREA);
                cv::resize(small, out, photo.size(), 0, 0, cv::INTER_NEAREST);
            }
            return out;
        }
        for (const DetectedFace &f : faces) {
            const int h = f.height;
            switch (change) {
            case PhotoChange::Cap:
                // Brim to just above the eyes, with its shadow.
                fill(out,
                     cv::Rect(f.x - f.width / 8, f.y - h / 3, f.width * 5 / 4, h / 3 + h * 3 / 10),
                     cv::Scalar(60, 45, 35));
                fill(out, cv::Rect(f.x, f.y + h * 3 / 10, f.width, h / 12), cv::Scalar(40, 40, 40));
                break;
            case PhotoChange::Sunglasses:
                fill(out, cv::Rect(f.x + f.width / 10, f.y + h * 5 / 20, f.width * 8 / 10, h / 5),
                     cv::Scalar(20, 20, 20));
                break;
            case PhotoChange::Mask:
                fill(out, cv::Rect(f.x + f.width / 10, f.y + h * 11 / 20, f.width * 8 / 10, h / 2),
                     cv::Scalar(235, 225, 200));
                break;
            case PhotoChange::None:
            case PhotoChange::FewerPixels:
                break;
            }
        }
    } catch (const cv::Exception &) {
        return photo.clone();
    }
    return out;
}

} // namespace blindspot
