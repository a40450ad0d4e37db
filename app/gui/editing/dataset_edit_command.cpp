#include "gui/editing/dataset_edit_command.h"

#include "gui/editing/dataset_document.h"
#include "common/error_text.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <utility>

namespace blindspot {

namespace {

QDate today()
{
    return QDate::currentDate();
}

// The local source's sighting of `camera` says it was seen (placed or checked) today; a camera
// edited twice keeps one such sighting with the latest date.
void recordLocalSighting(Camera &camera, SourceId source)
{
    for (Sighting &sighting : camera.sightings) {
        if (sighting.source == source) {
            sighting.observed = today();
            return;
        }
    }
    Sighting sighting;
    sighting.source = source;
    sighting.observed = today();
    sighting.observers = 1;
    camera.sightings.push_back(sighting);
}

template <class Element> void renumberFrom(std::vector<Element> &elements, std::size_t from)
{
    using Id = decltype(Element::id);
    for (std::size_t i = from; i < elements.size(); ++i)
        elements[i].id = static_cast<Id>(i);
}

} // namespace

DatasetEditCommand::DatasetEditCommand(DatasetDocument &document, Operation operation,
                                       const QString &text)
    : m_document(document), m_operation(operation)
{
    setText(text);
    const Dataset &d = *document.dataset();
    m_sourcesBefore = d.sources;
    m_sourcesAfter = d.sources;
    m_conflictsBefore = d.conflicts;
    m_conflictsAfter = d.conflicts;
    m_nextCameraIdBefore = d.nextCameraId;
    m_nextCameraIdAfter = d.nextCameraId;
}

DatasetEditCommand::~DatasetEditCommand() = default;

SourceId DatasetEditCommand::prepareLocalSource()
{
    m_sourcesAfter = m_sourcesBefore;
    for (Source &source : m_sourcesAfter) {
        if (source.datasetId == QLatin1String(DatasetDocument::kLocalSourceDatasetId)) {
            source.retrieved = today();
            return source.id;
        }
    }
    Source local;
    local.id = static_cast<SourceId>(m_sourcesAfter.size());
    // Stored in English, like every name in the data; the GUI translates it for display.
    local.name = QString::fromLatin1(DatasetDocument::kLocalSourceName);
    local.datasetId = QString::fromLatin1(DatasetDocument::kLocalSourceDatasetId);
    local.retrieved = today();
    // The user's own edits: trusted by the one person who made them.
    local.trusted = true;
    m_sourcesAfter.push_back(local);
    return local.id;
}

std::unique_ptr<DatasetEditCommand> DatasetEditCommand::addCamera(DatasetDocument &document,
                                                                  Camera camera)
{
    std::unique_ptr<DatasetEditCommand> command(
        new DatasetEditCommand(document, Operation::AddCamera, tr("Add camera")));
    const SourceId source = command->prepareLocalSource();
    const Dataset &d = *document.dataset();
    command->m_index = static_cast<std::uint32_t>(d.cameras.size());
    camera.id = d.newCameraId();
    if (d.nextCameraId != 0)
        command->m_nextCameraIdAfter = indexOf(camera.id) + 1;
    recordLocalSighting(camera, source);
    command->m_cameraAfter = std::move(camera);
    return command;
}

std::unique_ptr<DatasetEditCommand> DatasetEditCommand::changeCamera(DatasetDocument &document,
                                                                     CameraId id, Camera after,
                                                                     const QString &text)
{
    std::unique_ptr<DatasetEditCommand> command(
        new DatasetEditCommand(document, Operation::ChangeCamera, text));
    const SourceId source = command->prepareLocalSource();
    const Dataset &d = *document.dataset();
    const CameraIndex at = d.findCamera(id).value();
    command->m_index = indexOf(at);
    command->m_cameraBefore = d.camera(at);
    after.id = id;
    recordLocalSighting(after, source);
    command->m_cameraAfter = std::move(after);
    return command;
}

std::unique_ptr<DatasetEditCommand> DatasetEditCommand::moveCamera(DatasetDocument &document,
                                                                   CameraId id, LatLon to)
{
    Camera after = *document.dataset()->cameraWithId(id);
    after.position = to;
    return changeCamera(document, id, std::move(after), tr("Move camera"));
}

std::unique_ptr<DatasetEditCommand> DatasetEditCommand::deleteCamera(DatasetDocument &document,
                                                                     CameraId id)
{
    std::unique_ptr<DatasetEditCommand> command(
        new DatasetEditCommand(document, Operation::DeleteCamera, tr("Delete camera")));
    // A deletion leaves no camera to carry a sighting: the local source's date records it.
    command->prepareLocalSource();
    const Dataset &d = *document.dataset();
    const CameraIndex at = d.findCamera(id).value();
    command->m_index = indexOf(at);
    command->m_cameraBefore = d.camera(at);
    // The deleted camera's id is never given to another one (nor is the largest, if it is).
    command->m_nextCameraIdAfter = indexOf(d.newCameraId());
    std::vector<AttributeConflict> &conflicts = command->m_conflictsAfter;
    std::erase_if(conflicts, [id](const AttributeConflict &c) { return c.camera == id; });
    return command;
}

std::unique_ptr<DatasetEditCommand> DatasetEditCommand::addSurveyArea(DatasetDocument &document,
                                                                      SurveyArea area)
{
    std::unique_ptr<DatasetEditCommand> command(
        new DatasetEditCommand(document, Operation::AddSurveyArea, tr("Add survey area")));
    area.source = command->prepareLocalSource();
    command->m_index = static_cast<std::uint32_t>(document.dataset()->surveyAreas.size());
    area.id = static_cast<SurveyAreaId>(command->m_index);
    if (!area.surveyed.isValid())
        area.surveyed = today();
    command->m_areaAfter = std::move(area);
    return command;
}

std::unique_ptr<DatasetEditCommand> DatasetEditCommand::deleteSurveyArea(DatasetDocument &document,
                                                                         SurveyAreaId id)
{
    std::unique_ptr<DatasetEditCommand> command(
        new DatasetEditCommand(document, Operation::DeleteSurveyArea, tr("Delete survey area")));
    command->prepareLocalSource();
    command->m_index = indexOf(id);
    command->m_areaBefore = document.dataset()->surveyAreas[indexOf(id)];
    return command;
}

std::unique_ptr<DatasetEditCommand>
DatasetEditCommand::replaceDataset(DatasetDocument &document, Dataset after, const QString &text)
{
    std::unique_ptr<DatasetEditCommand> command(
        new DatasetEditCommand(document, Operation::Replace, text));
    command->m_datasetOther = std::make_unique<Dataset>(std::move(after));
    return command;
}

DatasetChange DatasetEditCommand::mutate(bool forward)
{
    Dataset &d = m_document.editable();
    DatasetChange change;
    switch (m_operation) {
    case Operation::AddCamera:
        if (forward) {
            d.cameras.push_back(*m_cameraAfter);
            change = {DatasetChange::Kind::CameraAdded, m_cameraAfter->id, std::nullopt};
        } else {
            d.cameras.pop_back();
            change = {DatasetChange::Kind::CameraRemoved, m_cameraAfter->id, m_cameraAfter};
        }
        break;
    case Operation::ChangeCamera: {
        Camera &camera = d.cameras[m_index];
        change = {DatasetChange::Kind::CameraChanged, camera.id, camera};
        camera = forward ? *m_cameraAfter : *m_cameraBefore;
        break;
    }
    case Operation::DeleteCamera:
        if (forward) {
            d.cameras.erase(d.cameras.begin() + m_index);
            change = {DatasetChange::Kind::CameraRemoved, m_cameraBefore->id, m_cameraBefore};
        } else {
            d.cameras.insert(d.cameras.begin() + m_index, *m_cameraBefore);
            change = {DatasetChange::Kind::CameraAdded, m_cameraBefore->id, std::nullopt};
        }
        break;
    case Operation::AddSurveyArea:
        if (forward)
            d.surveyAreas.push_back(*m_areaAfter);
        else
            d.surveyAreas.pop_back();
        change.kind = DatasetChange::Kind::SurveyAreas;
        break;
    case Operation::DeleteSurveyArea:
        if (forward)
            d.surveyAreas.erase(d.surveyAreas.begin() + m_index);
        else
            d.surveyAreas.insert(d.surveyAreas.begin() + m_index, *m_areaBefore);
        renumberFrom(d.surveyAreas, m_index);
        change.kind = DatasetChange::Kind::SurveyAreas;
        break;
    case Operation::Replace:
        std::swap(d, *m_datasetOther);
        change.kind = DatasetChange::Kind::Everything;
        break;
    }
    if (m_operation != Operation::Replace) {
        d.nextCameraId = forward ? m_nextCameraIdAfter : m_nextCameraIdBefore;
        d.sources = forward ? m_sourcesAfter : m_sourcesBefore;
        d.conflicts = forward ? m_conflictsAfter : m_conflictsBefore;
    }
    return change;
}

QString DatasetEditCommand::invalidity() const
{
    const std::vector<ModelIssue> issues = validateDataset(*m_document.dataset());
    if (issues.empty())
        return {};
    return ErrorText::modelIssue(issues.front());
}

void DatasetEditCommand::redo()
{
    // Checked before anyone hears of the change: a refused edit leaves no trace.
    const DatasetChange change = mutate(true);
    if (const QString issue = invalidity(); !issue.isEmpty()) {
        mutate(false);
        setObsolete(true);
        m_document.refuse(issue);
        return;
    }
    m_document.announce(change);
}

void DatasetEditCommand::undo()
{
    m_document.announce(mutate(false));
}

} // namespace blindspot
