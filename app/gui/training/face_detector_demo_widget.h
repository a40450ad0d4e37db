#pragma once

#include "core/training/face_detector_demo.h"
#include "gui/training/training_exercise.h"

#include <QImage>

#include <memory>
#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace blindspot {

/// The face-detector demonstration: the trainer opens a photo from disk (never a camera), and
/// the widget shows the faces OpenCV's frontal and profile detectors find, with their scores and
/// the face's width in pixels; then what fewer pixels, a cap, sunglasses or a mask change, each
/// drawn over a copy in memory. An honest caveat stays on screen: modern face recognition is
/// far stronger than these detectors. The photo is held in memory only and forgotten on request
/// or when the widget closes; nothing is written anywhere.
class FaceDetectorDemoWidget : public TrainingExercise {
    Q_OBJECT
public:
    explicit FaceDetectorDemoWidget(
        QWidget *parent = nullptr,
        QString cascadeDirectory = FaceDetectorDemo::defaultCascadeDirectory());
    ~FaceDetectorDemoWidget() override;

    /// Reads the photo at `path` into memory and detects faces; the reason on failure.
    std::optional<QString> openPhoto(const QString &path);
    /// Same, from bytes already in memory.
    std::optional<QString> setPhotoBytes(const QByteArray &bytes, const QString &name);
    /// Drops the photo and every copy of it.
    void forgetPhoto();
    bool hasPhoto() const;

    void setChange(PhotoChange change);
    PhotoChange change() const { return m_change; }
    /// Faces found in the photo as it is, and in the changed copy now shown.
    const std::vector<DetectedFace> &originalFaces() const { return m_originalFaces; }
    const std::vector<DetectedFace> &faces() const { return m_faces; }
    /// The changed copy with the detections drawn on it.
    const QImage &annotated() const { return m_annotated; }

    /// What a change does and what it means, for the screen and the slide.
    static QString changeExplanation(PhotoChange change);
    /// What the detectors found in the changed copy compared with the photo as it is: found or
    /// not, how many, the highest score and the widest box, higher or lower. Worded from the
    /// two results alone, never from what the change usually does: a copy with fewer pixels can
    /// yield a wider box with a higher score. Empty for PhotoChange::None.
    static QString comparisonText(PhotoChange change, const std::vector<DetectedFace> &original,
                                  const std::vector<DetectedFace> &changed);
    static QString caveat();

    void setContentLanguage(const QString &language) override;
    bool stepForward() override;
    bool stepBack() override;
    void restart() override;
    PresenterSlide slide() const override;
    QStringList facilitatorNotes() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    std::optional<QString> ensureDetector();
    void detectAndShow();
    QString resultText() const;
    void choosePhoto();

    QString m_cascadeDirectory;
    std::unique_ptr<FaceDetectorDemo> m_detector;
    cv::Mat m_photo;
    std::vector<DetectedFace> m_originalFaces;
    std::vector<DetectedFace> m_faces;
    PhotoChange m_change = PhotoChange::None;
    QImage m_annotated;

    QLabel *m_picture = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_explanation = nullptr;
    QButtonGroup *m_changes = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_forget = nullptr;
};

} // namespace blindspot
