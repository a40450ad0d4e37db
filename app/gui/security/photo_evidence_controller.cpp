#include "gui/security/photo_evidence_controller.h"

#include "gui/editing/dataset_document.h"
#include "gui/editing/editing_controller.h"
#include "gui/security/photo_redaction_dialog.h"
#include "gui/security/security_text.h"
#include "gui/security/workspace_session.h"
#include "gui/shell/private_file_dialog.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>

#include <algorithm>

namespace blindspot {

namespace {
// How long status bar notes stay.
constexpr int kStatusMs = 8000;
} // namespace

PhotoEvidenceController::PhotoEvidenceController(WorkspaceSession &session,
                                                 EditingController &editing,
                                                 QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_session(session), m_editing(editing), m_dialogParent(dialogParent)
{
}

void PhotoEvidenceController::attachPhoto(CameraId camera)
{
    const auto choice = PrivateFileDialog::openFile(
        m_dialogParent, tr("Attach a photo of this camera"),
        {tr("Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)"), tr("All files (*)")});
    if (choice)
        attachPhotoFile(camera, choice->path);
}

bool PhotoEvidenceController::attachPhotoFile(CameraId camera, const QString &path)
{
    const std::shared_ptr<const Dataset> dataset = m_editing.dataset();
    if (!dataset || !dataset->findCamera(camera) || !m_session.hasContent())
        return false;
    const QString name = QFileInfo(path).fileName();
    const auto refuse = [&](const QString &text) {
        QMessageBox::warning(m_dialogParent, tr("Photo not attached"), text);
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(
            tr("%1 cannot be opened: %2. Nothing was attached.").arg(name, file.errorString()));
    if (file.size() > kMaxPhotoBytes)
        return refuse(
            tr("%1 is larger than Blindspot accepts for a photo. Nothing was attached.").arg(name));
    PhotoRedactionDialog dialog(file.readAll(), name, m_dialogParent);
    if (!dialog.problem().isEmpty())
        return refuse(tr("%1. Nothing was attached.").arg(dialog.problem()));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const RedactedPhoto &photo = dialog.redacted();
    if (const auto error = m_session.addPhoto(
            EvidencePhoto{photo.sha256, photo.bytes, QDateTime::currentDateTimeUtc()}))
        return refuse(SecurityText::error(*error));

    // The camera's own sighting (the local-edits source) refers to the photo by its hash; the
    // edit that records it is undoable like any other.
    const SourceId local = m_editing.document().localSource().value_or(
        static_cast<SourceId>(dataset->sources.size()));
    Camera after = *dataset->cameraWithId(camera);
    auto sighting = std::find_if(after.sightings.begin(), after.sightings.end(),
                                 [&](const Sighting &s) { return s.source == local; });
    if (sighting == after.sightings.end()) {
        Sighting added;
        added.source = local;
        added.observed = QDate::currentDate();
        after.sightings.push_back(added);
        sighting = after.sightings.end() - 1;
    }
    sighting->evidenceHash = photo.sha256;
    if (!m_editing.changeCamera(camera, after))
        return refuse(tr("The photo was stored, but the camera could not be changed to refer to "
                         "it."));
    emit statusMessage(
        m_session.state() == WorkspaceSession::State::Unlocked
            ? tr("Photo attached; the covered version is kept encrypted in your workspace.")
            : tr("Photo attached; the covered version is kept in memory only, until Blindspot "
                 "closes."),
        kStatusMs);
    return true;
}

} // namespace blindspot
