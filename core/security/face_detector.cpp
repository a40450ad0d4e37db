#include "core/security/face_detector.h"

#include <QDir>
#include <QFileInfo>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>

namespace blindspot {

namespace {

// The cascades were trained on 24x24 (frontal) and 20x20 (profile) windows.
constexpr int kMinFacePixels = 20;
// A 10 % scale step, and 3 neighbouring hits to accept a face rather than OpenCV's usual 4-5:
// for redaction a missed face costs far more than a filled patch of wall.
constexpr double kScaleStep = 1.1;
constexpr int kMinNeighbours = 3;

void detectWith(cv::CascadeClassifier &cascade, const cv::Mat &grey, FacePose pose, bool mirrored,
                bool withScores, std::vector<CascadeHit> &out)
{
    std::vector<cv::Rect> boxes;
    std::vector<int> levels;
    std::vector<double> weights;
    if (withScores)
        cascade.detectMultiScale(grey, boxes, levels, weights, kScaleStep, kMinNeighbours, 0,
                                 cv::Size(kMinFacePixels, kMinFacePixels), cv::Size(), true);
    else
        cascade.detectMultiScale(grey, boxes, kScaleStep, kMinNeighbours, 0,
                                 cv::Size(kMinFacePixels, kMinFacePixels));
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        CascadeHit hit;
        hit.box = boxes[i];
        if (mirrored)
            hit.box.x = grey.cols - hit.box.x - hit.box.width;
        hit.pose = pose;
        hit.score = i < weights.size() ? weights[i] : 0.0;
        out.push_back(hit);
    }
}

} // namespace

FaceDetector::FaceDetector()
    : m_frontal(std::make_unique<cv::CascadeClassifier>()),
      m_profile(std::make_unique<cv::CascadeClassifier>())
{
}

FaceDetector::~FaceDetector() = default;

QString FaceDetector::defaultCascadeDirectory()
{
    return QString::fromLatin1(kDefaultCascadeFolder);
}

Result<std::unique_ptr<FaceDetector>> FaceDetector::create(const QString &directory)
{
    std::unique_ptr<FaceDetector> detector(new FaceDetector);
    const QDir dir(directory);
    const QString frontal = dir.filePath(QStringLiteral("haarcascade_frontalface_default.xml"));
    const QString profile = dir.filePath(QStringLiteral("haarcascade_profileface.xml"));
    try {
        for (const auto &[path, cascade] : {std::pair{frontal, detector->m_frontal.get()},
                                            std::pair{profile, detector->m_profile.get()}}) {
            if (!QFileInfo::exists(path))
                return fileError(path, ParseErrorCode::CannotOpen,
                                 ParseReason::CascadeNotInstalled);
            if (!cascade->load(path.toStdString()))
                return fileError(path, ParseErrorCode::Malformed, ParseReason::NotACascade);
        }
    } catch (const cv::Exception &e) {
        return systemError(directory, ParseErrorCode::Malformed, QString::fromStdString(e.msg));
    }
    return detector;
}

FaceDetector::Detection FaceDetector::detect(const cv::Mat &photo,
                                             const FaceDetectionSettings &settings) const
{
    Detection d;
    if (photo.empty())
        return d;
    cv::Mat grey;
    if (photo.channels() == 3)
        cv::cvtColor(photo, grey, cv::COLOR_BGR2GRAY);
    else if (photo.channels() == 4)
        cv::cvtColor(photo, grey, cv::COLOR_BGRA2GRAY);
    else
        grey = photo.clone();
    d.longSide = std::max(grey.cols, grey.rows);
    d.scale = std::min(1.0, double(settings.maxSide) / d.longSide);
    if (d.scale < 1.0)
        cv::resize(grey, grey, cv::Size(), d.scale, d.scale, cv::INTER_AREA);
    cv::equalizeHist(grey, grey);
    detectWith(*m_frontal, grey, FacePose::Frontal, false, settings.withScores, d.hits);
    detectWith(*m_profile, grey, FacePose::ProfileLeft, false, settings.withScores, d.hits);
    cv::Mat mirrored;
    cv::flip(grey, mirrored, 1);
    detectWith(*m_profile, mirrored, FacePose::ProfileRight, true, settings.withScores, d.hits);
    return d;
}

} // namespace blindspot
