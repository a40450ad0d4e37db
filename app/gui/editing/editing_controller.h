#pragma once

#include "core/geo/lat_lon.h"
#include "core/model/dataset.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace blindspot {

class CameraInspector;
class DatasetDocument;
class MapView;
struct DatasetChange;

/// The editing API: every edit of the map as one undoable step on a DatasetDocument, and the
/// map and camera inspector kept in step with the document after each edit or its undo (which
/// camera is selected and shown, what the map draws again).
///
/// It knows nothing of menus or docks: the window wires its actions and views to it and
/// listens to cameraShown(), edited() and statusMessage().
class EditingController : public QObject {
    Q_OBJECT
public:
    /// `map` and `inspector` show the document's dataset; both outlive this controller.
    EditingController(DatasetDocument &document, MapView &map, CameraInspector &inspector,
                      QObject *parent = nullptr);

    DatasetDocument &document() const { return m_document; }
    /// The document's dataset, or nullptr when none is open.
    std::shared_ptr<const Dataset> dataset() const;

    // Edits, each one undoable step with its provenance (see DatasetEditCommand). False when
    // nothing was changed.
    bool addCameraAt(LatLon position);
    bool moveCamera(CameraId camera, LatLon to);
    bool changeCamera(CameraId camera, const Camera &after);
    bool deleteCamera(CameraId camera);
    /// `details` gives the name, date and completeness; `corners` the outline.
    bool addSurveyArea(const std::vector<LatLon> &corners, SurveyArea details);
    bool deleteSurveyArea(SurveyAreaId area);
    /// Sets the map's surveillance context: whose priors apply to cameras of unknown status and
    /// to streets nobody mapped. False when it was that already or the edit was refused.
    bool setSurveillanceContext(const QString &context);
    /// Replaces the whole dataset (an import merged into it) as one step named `text`.
    bool replaceDataset(Dataset after, const QString &text);

    /// The camera the inspector shows, if any: what Delete deletes.
    std::optional<CameraId> inspectedCamera() const;
    /// Selects `camera` on the map and shows it in the inspector; none clears both.
    void showCamera(std::optional<CameraId> camera);
    /// Deletes the camera the inspector shows, if any.
    void deleteInspectedCamera();
    /// Asks for the survey area's details, then adds it.
    void describeAndAddSurveyArea(const std::vector<LatLon> &corners);
    /// Asks which survey area to delete, then deletes it.
    void chooseSurveyAreaToDelete();

signals:
    /// showCamera() was called; the window shows the inspector for a camera.
    void cameraShown(std::optional<blindspot::CameraId> camera);
    /// The dataset was changed in place by an edit or its undo, and the map and inspector show
    /// it: whatever else is computed from it must be computed again.
    void edited();
    /// Something for the status bar, shown for `timeoutMs` (0: until replaced).
    void statusMessage(const QString &text, int timeoutMs);

private:
    void onDocumentChanged(const DatasetChange &change);

    DatasetDocument &m_document;
    MapView &m_map;
    CameraInspector &m_inspector;
};

} // namespace blindspot
