#pragma once

#include "core/model/dataset.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace blindspot {

/// Everything known about one camera, editable: kind, FR status, heading, field of view,
/// height, mount and notes, plus (read only) where it is, every sighting with its source, date
/// and observers, and the conflicts awaiting review.
///
/// The inspector changes nothing itself: Apply asks for the edit (applyRequested) and the main
/// window turns it into an undoable command, which records its provenance.
class CameraInspector : public QWidget {
    Q_OBJECT
public:
    explicit CameraInspector(QWidget *parent = nullptr);

    /// Shows camera `camera` of `dataset`; none clears the inspector.
    void showCamera(std::shared_ptr<const Dataset> dataset, std::optional<CameraId> camera);
    std::optional<CameraId> camera() const { return m_camera; }
    /// Re-reads the camera shown after the dataset changed; fields being edited are replaced.
    void refresh();
    /// ISO 639-1 code of the language station names are shown in.
    void setNameLanguage(const QString &language);

    /// The camera as the fields describe it.
    Camera editedCamera() const;
    /// The fields differ from the camera in the dataset.
    bool hasChanges() const;

public slots:
    void apply();
    void revert();

signals:
    /// Apply: camera `camera` should become `after` (its sightings untouched).
    void applyRequested(blindspot::CameraId camera, const blindspot::Camera &after);
    void deleteRequested(blindspot::CameraId camera);
    /// "Attach photo…": the main window redacts and stores a photo as evidence for `camera`.
    void attachPhotoRequested(blindspot::CameraId camera);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillFields(const Camera &camera);
    void fillDetails(const Camera &camera);
    void updateEnabled();
    const Camera *current() const;

    std::shared_ptr<const Dataset> m_dataset;
    std::optional<CameraId> m_camera;
    QString m_language = QStringLiteral("en");

    QLabel *m_title = nullptr;
    QLabel *m_where = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_headingKnown = nullptr;
    QSpinBox *m_heading = nullptr;
    QCheckBox *m_fovKnown = nullptr;
    QSpinBox *m_fov = nullptr;
    QCheckBox *m_heightKnown = nullptr;
    QDoubleSpinBox *m_height = nullptr;
    QComboBox *m_mount = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_sightingsHeading = nullptr;
    QTreeWidget *m_sightings = nullptr;
    QLabel *m_conflicts = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_attachPhoto = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_content = nullptr;
    QWidget *m_scroll = nullptr;
};

} // namespace blindspot
