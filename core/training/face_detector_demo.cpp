#include "core/training/face_detector_demo.h"

#include <QDir>
#include <QFileInfo>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>
#include <cmath>

namespace blindspot {

namespace {

// Detection runs on at most this long a side: faster, and Haar cascades gain nothing from more.
constexpr int kDetectionLongSide = 1280;
// The cascades were trained on 24x24 (frontal) and 20x20 (profile) windows.
constexpr int kMinFacePixels = 20;
// OpenCV's usual settings: a 10 % scale step and 3 neighbouring hits to accept a face.
constexpr double kScaleStep = 1.1;
constexpr int kMinNeighbours = 3;
// The width FewerPixels leaves a face: below the ~20 px the detectors need, far below the
// 40-80 px identification needs (PARAMETERS.md).
constexpr double kFewPixelsFaceWidth = 16.0;

ParseError demoError(const QString &file, ParseErrorCode code, const QString &detail)
{
    ParseError e;
    e.file = file;
    e.code = code;
    e.detail = detail;
    return e;
}

double overlap(const cv::Rect &a, const cv::Rect &b)
{
    const double inter = (a & b).area();
    const double smaller = std::min(a.area(), b.area());
    return smaller > 0 ? inter / smaller : 0.0;
}

void detectWith(cv::CascadeClassifier &cascade, const cv::Mat &grey, FacePose pose, bool mirrored,
                double scaleBack, std::vector<DetectedFace> &out)
{
    std::vector<cv::Rect> boxes;
    std::vector<int> levels;
    std::vector<double> weights;
    cascade.detectMultiScale(grey, boxes, levels, weights, kScaleStep, kMinNeighbours, 0,
                             cv::Size(kMinFacePixels, kMinFacePixels), cv::Size(), true);
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        cv::Rect r = boxes[i];
        if (mirrored)
            r.x = grey.cols - r.x - r.width;
        DetectedFace f;
        f.x = int(std::lround(r.x * scaleBack));
        f.y = int(std::lround(r.y * scaleBack));
        f.width = int(std::lround(r.width * scaleBack));
        f.height = int(std::lround(r.height * scaleBack));
        f.pose = pose;
        f.score = i < weights.size() ? weights[i] : 0.0;
        out.push_back(f);
    }
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

FaceDetectorDemo::FaceDetectorDemo()
    : m_frontal(std::make_unique<cv::CascadeClassifier>()),
      m_profile(std::make_unique<cv::CascadeClassifier>())
{
}

FaceDetectorDemo::~FaceDetectorDemo() = default;

QString FaceDetectorDemo::defaultCascadeDirectory()
{
    return QStringLiteral("/usr/share/opencv4/haarcascades");
}

Result<std::unique_ptr<FaceDetectorDemo>> FaceDetectorDemo::create(const QString &directory)
{
    std::unique_ptr<FaceDetectorDemo> demo(new FaceDetectorDemo);
    const QDir dir(directory);
    const QString frontal = dir.filePath(QStringLiteral("haarcascade_frontalface_default.xml"));
    const QString profile = dir.filePath(QStringLiteral("haarcascade_profileface.xml"));
    try {
        for (const auto &[path, cascade] :
             {std::pair{frontal, demo->m_frontal.get()}, std::pair{profile, demo->m_profile.get()}}) {
            if (!QFileInfo::exists(path))
                return demoError(path, ParseErrorCode::CannotOpen,
                                 QStringLiteral("not installed (Debian package opencv-data)"));
            if (!cascade->load(path.toStdString()))
                return demoError(path, ParseErrorCode::Malformed,
                                 QStringLiteral("not a cascade OpenCV can load"));
        }
    } catch (const cv::Exception &e) {
        return demoError(directory, ParseErrorCode::Malformed, QString::fromStdString(e.msg));
    }
    return demo;
}

Result<cv::Mat> FaceDetectorDemo::decodePhoto(QByteArrayView bytes, const QString &name)
{
    if (bytes.isEmpty())
        return demoError(name, ParseErrorCode::Empty, {});
    try {
        const cv::Mat raw(1, int(bytes.size()), CV_8UC1,
                          const_cast<char *>(bytes.data())); // read only: imdecode copies
        cv::Mat photo = cv::imdecode(raw, cv::IMREAD_COLOR);
        if (photo.empty())
            return demoError(name, ParseErrorCode::NotThisFormat,
                             QStringLiteral("not an image OpenCV can read"));
        if (qint64(photo.cols) * photo.rows > kMaxPhotoPixels)
            return demoError(name, ParseErrorCode::TooLarge,
                             QStringLiteral("%1 pixels").arg(kMaxPhotoPixels));
        return photo;
    } catch (const cv::Exception &e) {
        return demoError(name, ParseErrorCode::Malformed, QString::fromStdString(e.msg));
    }
}

std::vector<DetectedFace> FaceDetectorDemo::detect(const cv::Mat &photo) const
{
    std::vector<DetectedFace> faces;
    if (photo.empty())
        return faces;
    try {
        cv::Mat grey;
        if (photo.channels() == 3)
            cv::cvtColor(photo, grey, cv::COLOR_BGR2GRAY);
        else if (photo.channels() == 4)
            cv::cvtColor(photo, grey, cv::COLOR_BGRA2GRAY);
        else
            grey = photo.clone();
        double scaleBack = 1.0;
        const int longSide = std::max(grey.cols, grey.rows);
        if (longSide > kDetectionLongSide) {
            scaleBack = double(longSide) / kDetectionLongSide;
            cv::resize(grey, grey, cv::Size(), 1.0 / scaleBack, 1.0 / scaleBack, cv::INTER_AREA);
        }
        cv::equalizeHist(grey, grey);
        detectWith(*m_frontal, grey, FacePose::Frontal, false, scaleBack, faces);
        std::vector<DetectedFace> profiles;
        detectWith(*m_profile, grey, FacePose::ProfileLeft, false, scaleBack, profiles);
        cv::Mat mirrored;
        cv::flip(grey, mirrored, 1);
        detectWith(*m_profile, mirrored, FacePose::ProfileRight, true, scaleBack, profiles);
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
                fill(out, cv::Rect(f.x - f.width / 8, f.y - h / 3, f.width * 5 / 4, h / 3 + h * 3 / 10),
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
