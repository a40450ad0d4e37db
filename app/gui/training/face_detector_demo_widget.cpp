#include "gui/training/face_detector_demo_widget.h"

#include "common/error_text.h"
#include "gui/shell/private_file_dialog.h"

#include <QButtonGroup>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <opencv2/core.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace blindspot {

namespace {

constexpr std::array<PhotoChange, 5> kChanges = {PhotoChange::None, PhotoChange::FewerPixels,
                                                 PhotoChange::Cap, PhotoChange::Sunglasses,
                                                 PhotoChange::Mask};
// Photos larger than this are refused before reading: far beyond any camera's JPEG.
constexpr qint64 kMaxPhotoBytes = 64LL * 1024 * 1024;
// PARAMETERS.md: 40-80 px across a face to identify it (Axis; IEC 62676-4 DORI).
constexpr int kIdentifyPixelsLow = 40;
constexpr int kIdentifyPixelsHigh = 80;
constexpr QRgb kFrontalColour = 0x4A2A7A; // IconArray's ink: "a face was found"
constexpr QRgb kProfileColour = 0x009E73;

QImage toImage(const cv::Mat &bgr)
{
    if (bgr.empty())
        return {};
    // Wraps the Mat's pixels, then copies them so the QImage owns its data.
    return QImage(bgr.data, bgr.cols, bgr.rows, int(bgr.step), QImage::Format_BGR888).copy();
}

QString changeName(PhotoChange change)
{
    switch (change) {
    case PhotoChange::None:
        return FaceDetectorDemoWidget::tr("The photo as it is");
    case PhotoChange::FewerPixels:
        return FaceDetectorDemoWidget::tr("Fewer pixels (a distant camera)");
    case PhotoChange::Cap:
        return FaceDetectorDemoWidget::tr("A cap");
    case PhotoChange::Sunglasses:
        return FaceDetectorDemoWidget::tr("Dark sunglasses");
    case PhotoChange::Mask:
        return FaceDetectorDemoWidget::tr("A medical mask");
    }
    return {};
}

// A detector's score as the demo shows it: one decimal, in the UI's number format.
QString scoreText(double score)
{
    return QLocale().toString(score, 'f', 1);
}

QString poseName(FacePose pose)
{
    switch (pose) {
    case FacePose::Frontal:
        return FaceDetectorDemoWidget::tr("frontal");
    case FacePose::ProfileLeft:
    case FacePose::ProfileRight:
        return FaceDetectorDemoWidget::tr("profile");
    }
    return {};
}

} // namespace

FaceDetectorDemoWidget::FaceDetectorDemoWidget(QWidget *parent, QString cascadeDirectory)
    : TrainingExercise(parent), m_cascadeDirectory(std::move(cascadeDirectory))
{
    setObjectName(QStringLiteral("faceDetectorDemo"));
    auto *row = new QHBoxLayout(this);
    m_picture = new QLabel(this);
    m_picture->setObjectName(QStringLiteral("facePicture"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(360, 270);
    m_picture->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_picture->setText(tr("Open a photo from disk to begin. It stays in memory only; nothing is "
                          "saved, and no camera is used."));
    m_picture->setWordWrap(true);
    row->addWidget(m_picture, 3);

    auto *side = new QVBoxLayout;
    m_open = new QPushButton(tr("Open a photo..."), this);
    m_forget = new QPushButton(tr("Forget the photo"), this);
    side->addWidget(m_open);
    side->addWidget(m_forget);
    m_changes = new QButtonGroup(this);
    for (PhotoChange change : kChanges) {
        auto *button = new QRadioButton(changeName(change), this);
        m_changes->addButton(button, int(change));
        side->addWidget(button);
    }
    m_changes->button(int(PhotoChange::None))->setChecked(true);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("faceResult"));
    m_result->setWordWrap(true);
    side->addWidget(m_result);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    side->addWidget(m_explanation);
    auto *caveatLabel = new QLabel(caveat(), this);
    caveatLabel->setWordWrap(true);
    QFont caveatFont = caveatLabel->font();
    caveatFont.setItalic(true);
    caveatLabel->setFont(caveatFont);
    side->addWidget(caveatLabel);
    side->addStretch();
    row->addLayout(side, 2);

    connect(m_open, &QPushButton::clicked, this, &FaceDetectorDemoWidget::choosePhoto);
    connect(m_forget, &QPushButton::clicked, this, &FaceDetectorDemoWidget::forgetPhoto);
    connect(m_changes, &QButtonGroup::idClicked, this,
            [this](int id) { setChange(PhotoChange(id)); });
    detectAndShow();
}

FaceDetectorDemoWidget::~FaceDetectorDemoWidget()
{
    // Only the pixels: the widgets around are being destroyed and must not be told.
    m_photo.release();
    m_annotated = QImage();
}

QString FaceDetectorDemoWidget::caveat()
{
    return tr("These are OpenCV's Haar cascade detectors, a method from 2001: they only find "
              "where a face is, and they are easy to fool. Modern face-recognition systems find "
              "and match faces far more reliably: a face this demo misses may still be "
              "identified by a real system.");
}

QString FaceDetectorDemoWidget::changeExplanation(PhotoChange change)
{
    switch (change) {
    case PhotoChange::None:
        return tr("Each box is a face a detector found: the frontal or the profile detector, its "
                  "score (higher is surer; it is not a probability) and the face's width in "
                  "pixels. Identification needs about %1-%2 pixels across a face. A turned head "
                  "may be found only by the profile detector, or by neither; turnstile cameras "
                  "see faces straight on. Detectors also err: a box may sit on something that is "
                  "not a face.")
            .arg(kIdentifyPixelsLow)
            .arg(kIdentifyPixelsHigh);
    case PhotoChange::FewerPixels:
        // What the change does, not what it does to the detectors: that is measured and said
        // by comparisonText(), and a coarse copy can still give a face a higher score.
        return tr("The same photo as a distant or wide-angle camera sees it: shrunk until a "
                  "face is about 16 pixels across, then enlarged back, so its detail is lost. "
                  "Identification needs about %1-%2 pixels across a face: a detector can still "
                  "find a face that is too coarse to identify.")
            .arg(kIdentifyPixelsLow)
            .arg(kIdentifyPixelsHigh);
    case PhotoChange::Cap:
        return tr("A brim over the forehead. Against a camera at face height, like those at "
                  "turnstiles, a brim hides little; against one on the ceiling, more. Nobody has "
                  "measured what it does against metro systems.");
    case PhotoChange::Sunglasses:
        return tr("Dark glasses over the eyes. Lab studies found they lower matching rates; "
                  "detectors often still find the face.");
    case PhotoChange::Mask:
        return tr("A medical mask over nose and mouth. Old detectors often miss masked faces, but "
                  "modern systems were retrained on them, and vendors say masks no longer help. "
                  "Covering the face at rallies is banned in Russia (Law 54-FZ).");
    }
    return {};
}

std::optional<QString> FaceDetectorDemoWidget::ensureDetector()
{
    if (m_detector)
        return std::nullopt;
    Result<std::unique_ptr<FaceDetectorDemo>> created =
        FaceDetectorDemo::create(m_cascadeDirectory);
    if (auto *error = std::get_if<ParseError>(&created))
        return ErrorText::located(*error);
    m_detector = std::get<std::unique_ptr<FaceDetectorDemo>>(std::move(created));
    return std::nullopt;
}

void FaceDetectorDemoWidget::choosePhoto()
{
    const std::optional<PrivateFileDialog::Choice> choice = PrivateFileDialog::openFile(
        this, tr("Open a photo"), {tr("Images (*.jpg *.jpeg *.png *.bmp *.webp)")});
    if (!choice)
        return;
    if (const std::optional<QString> error = openPhoto(choice->path))
        m_result->setText(*error);
}

std::optional<QString> FaceDetectorDemoWidget::openPhoto(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot open %1: %2").arg(path, file.errorString());
    if (file.size() > kMaxPhotoBytes)
        return tr("%1 is too large for the demo.").arg(path);
    return setPhotoBytes(file.readAll(), path);
}

std::optional<QString> FaceDetectorDemoWidget::setPhotoBytes(const QByteArray &bytes,
                                                             const QString &name)
{
    if (const std::optional<QString> error = ensureDetector())
        return error;
    Result<cv::Mat> decoded = FaceDetectorDemo::decodePhoto(bytes, name);
    if (auto *error = std::get_if<ParseError>(&decoded))
        return ErrorText::located(*error);
    m_photo = std::get<cv::Mat>(std::move(decoded));
    m_originalFaces = m_detector->detect(m_photo);
    detectAndShow();
    return std::nullopt;
}

void FaceDetectorDemoWidget::forgetPhoto()
{
    m_photo.release();
    m_originalFaces.clear();
    m_faces.clear();
    m_annotated = QImage();
    if (m_picture) {
        m_picture->setPixmap(QPixmap());
        detectAndShow();
    }
}

bool FaceDetectorDemoWidget::hasPhoto() const
{
    return !m_photo.empty();
}

void FaceDetectorDemoWidget::setChange(PhotoChange change)
{
    m_change = change;
    if (QAbstractButton *button = m_changes->button(int(change)))
        button->setChecked(true);
    detectAndShow();
}

void FaceDetectorDemoWidget::detectAndShow()
{
    m_explanation->setText(changeExplanation(m_change));
    if (m_photo.empty() || !m_detector) {
        m_faces.clear();
        m_annotated = QImage();
        m_picture->setPixmap(QPixmap());
        m_picture->setText(tr("Open a photo from disk to begin. It stays in memory only; nothing "
                              "is saved, and no camera is used."));
        m_result->clear();
        emit slideChanged();
        return;
    }
    const cv::Mat changed = FaceDetectorDemo::withChange(m_photo, m_originalFaces, m_change);
    m_faces = m_detector->detect(changed);
    m_annotated = toImage(changed);
    QPainter painter(&m_annotated);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal line = std::max(2.0, m_annotated.width() / 300.0);
    QFont font = painter.font();
    font.setPixelSize(std::max(12, m_annotated.width() / 45));
    font.setBold(true);
    painter.setFont(font);
    for (std::size_t i = 0; i < m_faces.size(); ++i) {
        const DetectedFace &f = m_faces[i];
        const QColor colour(f.pose == FacePose::Frontal ? kFrontalColour : kProfileColour);
        painter.setPen(QPen(Qt::white, line * 2.2));
        painter.setBrush(Qt::NoBrush);
        const QRectF box(f.x, f.y, f.width, f.height);
        painter.drawRect(box);
        painter.setPen(QPen(colour, line));
        painter.drawRect(box);
        const QString label = QString::number(i + 1);
        const QRectF tag =
            QFontMetricsF(font).boundingRect(label).adjusted(-line * 2, -line, line * 2, line);
        const QRectF placed = tag.translated(box.topLeft() - tag.bottomLeft());
        painter.fillRect(placed, colour);
        painter.setPen(Qt::white);
        painter.drawText(placed, Qt::AlignCenter, label);
    }
    painter.end();
    m_picture->setText(QString());
    m_picture->setPixmap(QPixmap::fromImage(m_annotated).scaled(
        m_picture->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_result->setText(resultText());
    emit slideChanged();
}

QString FaceDetectorDemoWidget::resultText() const
{
    QStringList lines;
    if (m_faces.empty())
        lines.append(tr("No face found."));
    else
        lines.append(m_faces.size() == 1 ? tr("1 face found.")
                                         : tr("%1 faces found.").arg(m_faces.size()));
    for (std::size_t i = 0; i < m_faces.size(); ++i) {
        const DetectedFace &f = m_faces[i];
        lines.append(tr("%1: %2 detector, score %3, %4 pixels wide")
                         .arg(i + 1)
                         .arg(poseName(f.pose))
                         .arg(scoreText(f.score))
                         .arg(f.width));
    }
    if (const QString comparison = comparisonText(m_change, m_originalFaces, m_faces);
        !comparison.isEmpty())
        lines.append(comparison);
    return lines.join(QLatin1Char('\n'));
}

QString FaceDetectorDemoWidget::comparisonText(PhotoChange change,
                                               const std::vector<DetectedFace> &original,
                                               const std::vector<DetectedFace> &changed)
{
    if (change == PhotoChange::None)
        return {};
    const qsizetype before = qsizetype(original.size());
    const qsizetype after = qsizetype(changed.size());
    if (before == 0 && after == 0)
        return tr("No face was found in the photo as it is, and none in this copy either.");
    if (before == 0)
        return after == 1
                   ? tr("No face was found in the photo as it is, but 1 face was found in this "
                        "copy.")
                   : tr("No face was found in the photo as it is, but %1 faces were found in "
                        "this copy.")
                         .arg(after);
    if (after == 0)
        return before == 1 ? tr("1 face was found in the photo as it is, and none in this copy.")
                           : tr("%1 faces were found in the photo as it is, and none in this copy.")
                                 .arg(before);

    QStringList sentences;
    if (after == before)
        sentences << (after == 1 ? tr("As in the photo as it is, 1 face was found.")
                                 : tr("As in the photo as it is, %1 faces were found.").arg(after));
    else if (after < before)
        sentences << tr("Fewer faces were found than in the photo as it is: %1 instead of %2.")
                         .arg(after)
                         .arg(before);
    else
        sentences << tr("More faces were found than in the photo as it is: %1 instead of %2.")
                         .arg(after)
                         .arg(before);

    // Compared as shown (one decimal), so that two scores that read the same are the same.
    const auto highest = [](const std::vector<DetectedFace> &faces) {
        double best = faces.front().score;
        for (const DetectedFace &f : faces)
            best = std::max(best, f.score);
        return std::round(best * 10.0) / 10.0;
    };
    const double scoreBefore = highest(original);
    const double scoreAfter = highest(changed);
    if (scoreAfter > scoreBefore)
        sentences << tr("The highest score is higher than in the photo as it is: %1 against %2.")
                         .arg(scoreText(scoreAfter), scoreText(scoreBefore));
    else if (scoreAfter < scoreBefore)
        sentences << tr("The highest score is lower than in the photo as it is: %1 against %2.")
                         .arg(scoreText(scoreAfter), scoreText(scoreBefore));
    else
        sentences << tr("The highest score is the same as in the photo as it is: %1.")
                         .arg(scoreText(scoreAfter));

    const auto widest = [](const std::vector<DetectedFace> &faces) {
        int width = 0;
        for (const DetectedFace &f : faces)
            width = std::max(width, f.width);
        return width;
    };
    const int widthBefore = widest(original);
    const int widthAfter = widest(changed);
    if (widthAfter > widthBefore)
        sentences << tr("The widest box is wider than in the photo as it is: %1 pixels against "
                        "%2.")
                         .arg(widthAfter)
                         .arg(widthBefore);
    else if (widthAfter < widthBefore)
        sentences << tr("The widest box is narrower than in the photo as it is: %1 pixels "
                        "against %2.")
                         .arg(widthAfter)
                         .arg(widthBefore);
    return sentences.join(QLatin1Char(' '));
}

void FaceDetectorDemoWidget::resizeEvent(QResizeEvent *event)
{
    TrainingExercise::resizeEvent(event);
    if (!m_annotated.isNull())
        m_picture->setPixmap(QPixmap::fromImage(m_annotated).scaled(
            m_picture->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void FaceDetectorDemoWidget::setContentLanguage(const QString &) {}

bool FaceDetectorDemoWidget::stepForward()
{
    if (m_photo.empty())
        return false;
    const std::size_t at = std::size_t(m_change);
    if (at + 1 >= kChanges.size())
        return false;
    setChange(kChanges[at + 1]);
    return true;
}

bool FaceDetectorDemoWidget::stepBack()
{
    if (m_photo.empty() || m_change == PhotoChange::None)
        return false;
    setChange(kChanges[std::size_t(m_change) - 1]);
    return true;
}

void FaceDetectorDemoWidget::restart()
{
    setChange(PhotoChange::None);
}

PresenterSlide FaceDetectorDemoWidget::slide() const
{
    PresenterSlide slide;
    slide.heading = tr("What a face detector sees: %1").arg(changeName(m_change).toLower());
    slide.image = m_annotated;
    if (!m_photo.empty())
        slide.lines.append(resultText());
    slide.lines.append(changeExplanation(m_change));
    slide.lines.append(caveat());
    return slide;
}

QStringList FaceDetectorDemoWidget::facilitatorNotes() const
{
    return {tr("Use a photo you are allowed to show, ideally of a volunteer who agreed. It is "
               "never saved."),
            tr("Step through the changes with \"next\": fewer pixels usually matters most."),
            tr("End with the caveat: a real system is stronger than this demo. Never present a "
               "mask or makeup as a way to be invisible.")};
}

} // namespace blindspot
