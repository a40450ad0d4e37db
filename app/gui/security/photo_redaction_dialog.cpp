#include "gui/security/photo_redaction_dialog.h"

#include "common/error_text.h"
#include "core/security/secure_bytes.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace blindspot {

namespace {

// Smaller drags are taken for clicks.
constexpr int kMinBoxPixels = 4;

} // namespace

RedactionPreview::RedactionPreview(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("redactionPreview"));
    setCursor(Qt::CrossCursor);
    setMinimumSize(320, 240);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void RedactionPreview::setImage(const QImage &image)
{
    m_image = image;
    update();
}

QSize RedactionPreview::sizeHint() const
{
    return {720, 480};
}

QRect RedactionPreview::imageArea() const
{
    if (m_image.isNull())
        return {};
    const QSize fitted = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    return {QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted};
}

QRect RedactionPreview::toImage(const QRect &widgetRect) const
{
    const QRect area = imageArea();
    if (area.isEmpty())
        return {};
    const double sx = double(m_image.width()) / area.width();
    const double sy = double(m_image.height()) / area.height();
    const QRect clipped = widgetRect.normalized() & area;
    // Outwards to whole image pixels: a box never covers less than what was drawn.
    const int left = int(std::floor((clipped.left() - area.left()) * sx));
    const int top = int(std::floor((clipped.top() - area.top()) * sy));
    const int right = int(std::ceil((clipped.right() + 1 - area.left()) * sx));
    const int bottom = int(std::ceil((clipped.bottom() + 1 - area.top()) * sy));
    return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1)) & m_image.rect();
}

void RedactionPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x3a3a3a));
    if (m_image.isNull())
        return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(imageArea(), m_image);
    if (!m_dragRect.isEmpty()) {
        painter.setPen(QPen(QColor(0xffd500), 2, Qt::DashLine));
        painter.setBrush(QColor(0, 0, 0, 140));
        painter.drawRect(m_dragRect.normalized());
    }
}

void RedactionPreview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragStart = event->position().toPoint();
    m_dragRect = QRect(m_dragStart, QSize(1, 1));
    update();
}

void RedactionPreview::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    m_dragRect = QRect(m_dragStart, event->position().toPoint()).normalized();
    update();
}

void RedactionPreview::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QRect drawn = QRect(m_dragStart, event->position().toPoint()).normalized();
    m_dragRect = {};
    update();
    if (drawn.width() < kMinBoxPixels || drawn.height() < kMinBoxPixels)
        return;
    const QRect box = toImage(drawn);
    if (!box.isEmpty())
        emit boxDrawn(box);
}

PhotoRedactionDialog::PhotoRedactionDialog(QByteArray original, const QString &name,
                                           QWidget *parent)
    : QDialog(parent), m_original(std::move(original)), m_name(name)
{
    setObjectName(QStringLiteral("photoRedactionDialog"));
    setWindowTitle(tr("Attach a photo of this camera"));
    auto *column = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    column->addWidget(m_intro);
    m_found = new QLabel(this);
    m_found->setObjectName(QStringLiteral("redactionFaces"));
    m_found->setWordWrap(true);
    column->addWidget(m_found);
    m_preview = new RedactionPreview(this);
    column->addWidget(m_preview, 1);
    connect(m_preview, &RedactionPreview::boxDrawn, this, &PhotoRedactionDialog::addBox);

    auto *row = new QHBoxLayout;
    m_undo = new QPushButton(tr("&Remove last box"), this);
    m_undo->setObjectName(QStringLiteral("redactionUndo"));
    m_undo->setAutoDefault(false);
    connect(m_undo, &QPushButton::clicked, this, &PhotoRedactionDialog::undoBox);
    row->addWidget(m_undo);
    row->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Attach this version"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    row->addWidget(buttons);
    column->addLayout(row);

    // The first pass finds the faces; later passes fill those boxes and the user's, without
    // looking again, so that a box never moves under the user's eyes.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    RedactionOptions options;
    Result<RedactedPhoto> first = redactPhoto(m_original, m_name, options);
    if (const auto *error = std::get_if<ParseError>(&first);
        error && error->code == ParseErrorCode::CannotOpen) {
        // OpenCV's face models are not installed: the user must cover every face by hand.
        m_detectionMissing = true;
        options.detectFaces = false;
        first = redactPhoto(m_original, m_name, options);
    }
    QApplication::restoreOverrideCursor();
    if (const auto *error = std::get_if<ParseError>(&first)) {
        m_problem = ErrorText::located(*error);
    } else {
        m_detected = std::get<RedactedPhoto>(std::move(first));
        m_current = m_detected;
        m_preview->setImage(QImage::fromData(m_current.bytes));
    }
    updateTexts();
    resize(900, 700);
}

PhotoRedactionDialog::~PhotoRedactionDialog()
{
    // The original may carry the place and time it was taken: it does not linger in memory.
    wipeBytes(m_original);
}

void PhotoRedactionDialog::updateTexts()
{
    m_intro->setText(tr("This is the version that will be stored. Hidden data in the photo (the "
                        "place and time it was taken, the phone's model) is removed, and the "
                        "faces Blindspot found are covered with solid black. Faces it missed "
                        "are not covered: drag a box over every face, name tag, number plate or "
                        "anything else that could identify someone. The original file is not "
                        "changed or copied; delete it yourself if it could harm anyone."));
    if (m_detectionMissing)
        m_found->setText(tr("Faces cannot be found automatically on this computer (OpenCV's face "
                            "models are not installed). Cover every face yourself."));
    else if (m_detected.faces.empty())
        m_found->setText(tr("No faces were found. Look carefully and cover any you see."));
    else
        m_found->setText(tr("Faces found and covered: %1. Check for any that were missed.")
                             .arg(QLocale().toString(qint64(m_detected.faces.size()))));
    if (!m_boxes.empty())
        m_found->setText(m_found->text() + QLatin1Char(' ') +
                         tr("Boxes you drew: %1.").arg(QLocale().toString(qint64(m_boxes.size()))));
    m_undo->setEnabled(!m_boxes.empty());
}

bool PhotoRedactionDialog::redact()
{
    RedactionOptions options;
    options.detectFaces = false;
    options.manualBoxes = m_detected.filled;
    options.manualBoxes.insert(options.manualBoxes.end(), m_boxes.begin(), m_boxes.end());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<RedactedPhoto> result = redactPhoto(m_original, m_name, options);
    QApplication::restoreOverrideCursor();
    if (const auto *error = std::get_if<ParseError>(&result)) {
        QMessageBox::warning(this, tr("Cannot cover that part"),
                             tr("%1. The photo stays as it was.").arg(ErrorText::located(*error)));
        return false;
    }
    m_current = std::get<RedactedPhoto>(std::move(result));
    // Faces were found by the first pass only; keep them on the result for whoever reads it.
    m_current.faces = m_detected.faces;
    m_preview->setImage(QImage::fromData(m_current.bytes));
    return true;
}

bool PhotoRedactionDialog::addBox(const QRect &imageBox)
{
    if (!m_problem.isEmpty() || imageBox.isEmpty())
        return false;
    m_boxes.push_back(imageBox);
    if (!redact()) {
        m_boxes.pop_back();
        return false;
    }
    updateTexts();
    return true;
}

void PhotoRedactionDialog::undoBox()
{
    if (m_boxes.empty())
        return;
    m_boxes.pop_back();
    if (m_boxes.empty()) {
        m_current = m_detected;
        m_preview->setImage(QImage::fromData(m_current.bytes));
    } else {
        redact();
    }
    updateTexts();
}

} // namespace blindspot
