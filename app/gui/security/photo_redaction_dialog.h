#pragma once

#include "core/security/photo_redaction.h"

#include <QDialog>
#include <QImage>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;

namespace blindspot {

/// The photo as it will be stored, scaled to fit; dragging draws a box to be filled.
class RedactionPreview : public QWidget {
    Q_OBJECT
public:
    explicit RedactionPreview(QWidget *parent = nullptr);
    void setImage(const QImage &image);
    const QImage &image() const { return m_image; }
    /// Where the image is drawn, in widget coordinates.
    QRect imageArea() const;
    QSize sizeHint() const override;

signals:
    /// A box was drawn, in pixels of the image.
    void boxDrawn(const QRect &imageBox);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRect toImage(const QRect &widgetRect) const;

    QImage m_image;
    QPoint m_dragStart;
    QRect m_dragRect; ///< Widget coordinates; empty when not dragging.
};

/// "Attach a photo": decodes the photo and encodes it anew without any metadata, fills the
/// faces OpenCV finds with solid black (never blur), and lets the user drag further boxes over
/// faces it missed, name tags or number plates. What it shows is exactly what will be stored:
/// the preview is the redacted file itself, made again after every box. The original bytes
/// are overwritten when the dialog goes.
class PhotoRedactionDialog : public QDialog {
    Q_OBJECT
public:
    /// `original` is the photo file's content, `name` what errors call it.
    PhotoRedactionDialog(QByteArray original, const QString &name, QWidget *parent = nullptr);
    ~PhotoRedactionDialog() override;

    /// Why the photo cannot be used (not an image, too large…); empty when it can.
    const QString &problem() const { return m_problem; }
    /// The redacted photo with every box drawn so far.
    const RedactedPhoto &redacted() const { return m_current; }
    /// Faces found automatically (before their margin), in image pixels.
    const std::vector<QRect> &detectedFaces() const { return m_detected.faces; }
    const std::vector<QRect> &manualBoxes() const { return m_boxes; }
    RedactionPreview *preview() const { return m_preview; }

public slots:
    /// Fills `imageBox` (image pixels) as well; false when it failed (shown).
    bool addBox(const QRect &imageBox);
    void undoBox();

private:
    bool redact();
    void updateTexts();

    QByteArray m_original;
    QString m_name;
    QString m_problem;
    bool m_detectionMissing = false;
    RedactedPhoto m_detected; ///< The first pass, with face detection.
    RedactedPhoto m_current;
    std::vector<QRect> m_boxes;

    RedactionPreview *m_preview = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_found = nullptr;
    QPushButton *m_undo = nullptr;
};

} // namespace blindspot
