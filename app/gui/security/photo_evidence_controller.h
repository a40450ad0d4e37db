#pragma once

#include "core/model/dataset.h"

#include <QObject>
#include <QString>

class QWidget;

namespace blindspot {

class EditingController;
class WorkspaceSession;

/// Photo evidence of a camera: a photo chosen from the camera inspector, faces covered in
/// PhotoRedactionDialog, the covered copy kept in the workspace (or in memory only) and the
/// camera's local sighting pointed at it by an undoable edit.
class PhotoEvidenceController : public QObject {
    Q_OBJECT
public:
    /// `dialogParent` carries the dialogs and message boxes.
    PhotoEvidenceController(WorkspaceSession &session, EditingController &editing,
                            QWidget *dialogParent, QObject *parent = nullptr);

    /// Attaches the photo at `path` to `camera`, after the redaction dialog; false when
    /// cancelled or failed (said).
    bool attachPhotoFile(CameraId camera, const QString &path);

public slots:
    /// Asks which photo to attach to `camera`.
    void attachPhoto(blindspot::CameraId camera);

signals:
    void statusMessage(const QString &text, int timeoutMs);

private:
    WorkspaceSession &m_session;
    EditingController &m_editing;
    QWidget *m_dialogParent;
};

} // namespace blindspot
