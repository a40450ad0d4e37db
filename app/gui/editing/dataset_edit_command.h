#pragma once

#include "core/model/dataset.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>
#include <optional>
#include <vector>

namespace blindspot {

class DatasetDocument;
struct DatasetChange;

/// One undoable change to a DatasetDocument's dataset: adding, changing, moving or deleting a
/// camera, adding or deleting a survey area, or replacing the whole dataset (an import).
///
/// Every edit records its provenance: the "Edited locally" source is created the first time
/// (and its date set to the day of the latest edit), and an added or changed camera carries a
/// sighting of that source dated today. Survey area ids stay equal to indices: deleting one
/// renumbers those after it. Cameras keep their stable ids; a new one gets an id no camera of
/// the dataset has had (Dataset::nextCameraId).
///
/// A command is built against the dataset as it is and pushed straight onto the document's
/// undo stack (DatasetDocument::push). Undo restores exactly the dataset from before
/// (operator==). After every redo the dataset is checked with validateDataset; a redo that
/// would leave it invalid is reverted and the command made obsolete, so the stack drops it and
/// the document reports the refusal.
class DatasetEditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(DatasetEditCommand)
public:
    /// A new camera; its id, and the sighting of the local source, are filled in.
    static std::unique_ptr<DatasetEditCommand> addCamera(DatasetDocument &document, Camera camera);
    /// Camera `id` becomes `after` (same id); `text` names the edit in the Edit menu.
    static std::unique_ptr<DatasetEditCommand> changeCamera(DatasetDocument &document, CameraId id,
                                                            Camera after, const QString &text);
    static std::unique_ptr<DatasetEditCommand> moveCamera(DatasetDocument &document, CameraId id,
                                                          LatLon to);
    static std::unique_ptr<DatasetEditCommand> deleteCamera(DatasetDocument &document, CameraId id);
    /// A new survey area attributed to the local source; its id is filled in, and its date
    /// if it has none.
    static std::unique_ptr<DatasetEditCommand> addSurveyArea(DatasetDocument &document,
                                                             SurveyArea area);
    static std::unique_ptr<DatasetEditCommand> deleteSurveyArea(DatasetDocument &document,
                                                                SurveyAreaId id);
    /// The whole dataset becomes `after` (an import merged into it).
    static std::unique_ptr<DatasetEditCommand> replaceDataset(DatasetDocument &document,
                                                              Dataset after, const QString &text);

    ~DatasetEditCommand() override;

    void redo() override;
    void undo() override;

private:
    enum class Operation : std::uint8_t {
        AddCamera,
        ChangeCamera,
        DeleteCamera,
        AddSurveyArea,
        DeleteSurveyArea,
        Replace,
    };

    DatasetEditCommand(DatasetDocument &document, Operation operation, const QString &text);
    /// Prepares the sources after the edit: the local source exists and carries today's date.
    /// Returns its id.
    SourceId prepareLocalSource();
    /// Applies the edit (forward) or takes it back, and says what changed.
    DatasetChange mutate(bool forward);
    /// Empty when the dataset is valid, else the first issue in words for developers.
    QString invalidity() const;

    DatasetDocument &m_document;
    Operation m_operation;
    std::uint32_t m_index = 0; ///< Where the camera or survey area the edit is about is.
    std::uint32_t m_nextCameraIdBefore = 0, m_nextCameraIdAfter = 0;
    std::optional<Camera> m_cameraBefore;
    std::optional<Camera> m_cameraAfter;
    std::optional<SurveyArea> m_areaBefore;
    std::optional<SurveyArea> m_areaAfter;
    std::vector<Source> m_sourcesBefore;
    std::vector<Source> m_sourcesAfter;
    std::vector<AttributeConflict> m_conflictsBefore;
    std::vector<AttributeConflict> m_conflictsAfter;
    std::unique_ptr<Dataset> m_datasetOther; ///< Replace: the dataset not currently in place.
};

} // namespace blindspot
