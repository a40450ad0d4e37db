#include "gui/editing/editing_controller.h"

#include "core/exposure/model_parameters.h"
#include "gui/editing/camera_inspector.h"
#include "gui/editing/dataset_document.h"
#include "gui/editing/dataset_edit_command.h"
#include "gui/editing/survey_area_dialog.h"
#include "gui/map/map_view.h"
#include "gui/shell/model_text.h"

#include <QInputDialog>
#include <QStringList>

namespace blindspot {

EditingController::EditingController(DatasetDocument &document, MapView &map,
                                     CameraInspector &inspector, QObject *parent)
    : QObject(parent), m_document(document), m_map(map), m_inspector(inspector)
{
    connect(&m_document, &DatasetDocument::changed, this, &EditingController::onDocumentChanged);
    connect(&m_document, &DatasetDocument::editRefused, this, [this](const QString &reason) {
        emit statusMessage(
            tr("The edit was not applied: it would leave the map inconsistent (%1).").arg(reason),
            10'000);
    });
}

std::shared_ptr<const Dataset> EditingController::dataset() const
{
    return m_document.dataset();
}

void EditingController::onDocumentChanged(const DatasetChange &change)
{
    // Camera ids are stable, so a selection follows its camera through other cameras' edits;
    // it goes with its camera, and with a dataset replaced whole (its ids name other cameras).
    const std::shared_ptr<const Dataset> shown = dataset();
    const auto stillThere = [&](std::optional<CameraId> camera) -> std::optional<CameraId> {
        if (!camera || !shown || change.kind == DatasetChange::Kind::Everything ||
            !shown->findCamera(*camera))
            return std::nullopt;
        return camera;
    };
    const std::optional<CameraId> inspected = stillThere(m_inspector.camera());
    const std::optional<CameraId> selected = stillThere(m_map.selectedCamera());

    m_map.refreshDataset();
    switch (change.kind) {
    case DatasetChange::Kind::CameraAdded:
    case DatasetChange::Kind::CameraChanged:
    case DatasetChange::Kind::CameraRemoved:
        m_map.cameraEdited(change.camera, change.before);
        break;
    case DatasetChange::Kind::SurveyAreas:
    case DatasetChange::Kind::Everything:
        m_map.surveyAreasEdited();
        break;
    case DatasetChange::Kind::Sources:
        break;
    }
    m_map.setSelectedCamera(selected);
    m_inspector.showCamera(shown, inspected);
    emit edited();
}

std::optional<CameraId> EditingController::inspectedCamera() const
{
    return m_inspector.camera();
}

void EditingController::showCamera(std::optional<CameraId> camera)
{
    m_map.setSelectedCamera(camera);
    m_inspector.showCamera(dataset(), camera);
    emit cameraShown(camera);
}

bool EditingController::addCameraAt(LatLon position)
{
    const std::shared_ptr<const Dataset> shown = dataset();
    if (!shown || !position.isValid())
        return false;
    Camera camera;
    camera.position = position;
    const bool added =
        m_document.push(DatasetEditCommand::addCamera(m_document, std::move(camera)));
    if (added) {
        showCamera(dataset()->cameras.back().id);
        emit statusMessage(tr("Camera added. Describe it in the inspector: its kind and "
                              "whether it feeds face recognition."),
                           8000);
    }
    return added;
}

bool EditingController::moveCamera(CameraId camera, LatLon to)
{
    const std::shared_ptr<const Dataset> shown = dataset();
    if (!shown || !shown->findCamera(camera) || !to.isValid())
        return false;
    return m_document.push(DatasetEditCommand::moveCamera(m_document, camera, to));
}

bool EditingController::changeCamera(CameraId camera, const Camera &after)
{
    const std::shared_ptr<const Dataset> shown = dataset();
    if (!shown || !shown->findCamera(camera))
        return false;
    return m_document.push(
        DatasetEditCommand::changeCamera(m_document, camera, after, tr("Edit camera")));
}

bool EditingController::deleteCamera(CameraId camera)
{
    const std::shared_ptr<const Dataset> shown = dataset();
    if (!shown || !shown->findCamera(camera))
        return false;
    return m_document.push(DatasetEditCommand::deleteCamera(m_document, camera));
}

void EditingController::deleteInspectedCamera()
{
    if (const std::optional<CameraId> camera = m_inspector.camera())
        deleteCamera(*camera);
}

bool EditingController::addSurveyArea(const std::vector<LatLon> &corners, SurveyArea details)
{
    if (!dataset() || corners.size() < 3)
        return false;
    details.polygon = corners;
    return m_document.push(DatasetEditCommand::addSurveyArea(m_document, std::move(details)));
}

bool EditingController::deleteSurveyArea(SurveyAreaId area)
{
    const std::shared_ptr<const Dataset> shown = dataset();
    if (!shown || indexOf(area) >= shown->surveyAreas.size())
        return false;
    return m_document.push(DatasetEditCommand::deleteSurveyArea(m_document, area));
}

bool EditingController::setSurveillanceContext(const QString &context)
{
    const std::shared_ptr<const Dataset> shown = dataset();
    if (!shown || contextOf(*shown) == context)
        return false;
    Dataset changed = *shown;
    changed.header.context = context;
    return replaceDataset(std::move(changed), tr("Set the surveillance context"));
}

bool EditingController::replaceDataset(Dataset after, const QString &text)
{
    return m_document.push(DatasetEditCommand::replaceDataset(m_document, std::move(after), text));
}

void EditingController::describeAndAddSurveyArea(const std::vector<LatLon> &corners)
{
    // Dialogs sit over the window that shows the map.
    SurveyAreaDialog dialog(m_map.window());
    if (dialog.exec() == QDialog::Accepted)
        addSurveyArea(corners, dialog.area());
}

void EditingController::chooseSurveyAreaToDelete()
{
    const std::shared_ptr<const Dataset> shown = dataset();
    if (!shown || shown->surveyAreas.empty())
        return;
    QStringList names;
    for (const SurveyArea &area : shown->surveyAreas)
        names << tr("%1 (surveyed %2)")
                     .arg(area.name.isEmpty() ? tr("Area %1").arg(indexOf(area.id) + 1) : area.name,
                          ModelText::date(area.surveyed));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_map.window(), tr("Delete survey area"),
                                                 tr("Survey area to delete:"), names, 0, false,
                                                 &ok);
    if (ok && names.contains(chosen))
        deleteSurveyArea(static_cast<SurveyAreaId>(names.indexOf(chosen)));
}

} // namespace blindspot
