#pragma once

#include "core/geo/lat_lon.h"
#include "core/io/parse_error.h"
#include "core/model/base_map.h"
#include "core/model/camera.h"
#include "core/model/clip_area.h"
#include "core/model/named_place.h"
#include "core/model/network.h"
#include "core/model/street_network.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace blindspot {

/// Who made a dataset, which version it is and how it may be used.
struct DatasetHeader {
    QString id;                ///< Stable across versions, e.g. "org.example.moscow-cameras".
    std::uint64_t version = 0; ///< Increases with every release of the same id.
    QString name;
    QDateTime created; ///< UTC.
    QDateTime expires; ///< UTC; invalid when it does not expire.
    QString publisher;
    QString licence; ///< SPDX identifier where one exists, e.g. "ODbL-1.0".
    QString attribution;
    bool fictional = false; ///< Training data: never to be mistaken for a real city.
    /// The surveillance context whose priors apply ("moscow", "training"; empty or "unknown"
    /// for data that does not say: then the wide "unknown region" priors apply).
    QString context;
    /// The area an import kept (`import --clip`); empty when nothing was clipped (format 1.3).
    ClipArea clip;
    QByteArray unknownFields;
    friend bool operator==(const DatasetHeader &, const DatasetHeader &) = default;
};

/// Everything one .bspack holds.
struct Dataset {
    DatasetHeader header;
    Network network;
    /// In ascending order of their stable ids, each id once (checked by validateDataset).
    std::vector<Camera> cameras;
    std::vector<SurveyArea> surveyAreas;
    std::vector<Source> sources;
    std::vector<AttributeConflict> conflicts; ///< Awaiting review.
    StreetNetwork streets;
    std::vector<NamedPlace> places; ///< Addresses and named places (pack format 1.4).
    BaseMap baseMap; ///< Water, green, buildings, railways, for drawing only (pack format 1.5).
    QByteArray parameterOverrides; ///< JSON object of model parameters; empty for none.
    /// The id the next new camera gets (takeCameraId()): above every id a camera of this
    /// dataset has had, deleted ones included, so that no id comes back. Whatever deletes
    /// cameras sets it to newCameraId() first. 0 when the dataset does not record it (no
    /// camera deleted yet, a pack before format 1.6): then one past the largest id.
    std::uint32_t nextCameraId = 0;
    QByteArray unknownFields;
    friend bool operator==(const Dataset &, const Dataset &) = default;

    const Camera &camera(CameraIndex index) const { return cameras[indexOf(index)]; }
    /// Where the camera with stable id `id` is in `cameras`; none when no camera has it.
    /// O(log n): the ids ascend.
    std::optional<CameraIndex> findCamera(CameraId id) const;
    /// The camera with stable id `id`; nullptr when no camera has it.
    const Camera *cameraWithId(CameraId id) const
    {
        const std::optional<CameraIndex> at = findCamera(id);
        return at ? &cameras[indexOf(*at)] : nullptr;
    }
    /// The id for a new camera appended to `cameras`: never one a camera of this dataset has
    /// had. takeCameraId() also raises nextCameraId past it when that is recorded.
    CameraId newCameraId() const;
    CameraId takeCameraId();
    const Source &source(SourceId id) const { return sources[indexOf(id)]; }
};

/// Counts for `info` and the sources panel.
struct DatasetSummary {
    int lines = 0;
    int stations = 0;
    int complexes = 0;
    int entrances = 0;
    int zones = 0;
    int cameras = 0;
    std::array<int, 4> camerasByFrStatus{}; ///< Indexed by FrStatus.
    int surveyAreas = 0;
    GeoBox bounds;
};

DatasetSummary summarize(const Dataset &dataset);

/// The kinds of element a ModelIssue can be about.
enum class ModelElement : std::uint8_t {
    BaseMap,
    Line,
    Station,
    Complex,
    Entrance,
    Zone,
    Link,
    Camera,
    SurveyArea,
    Source,
    Conflict,
    StreetNode,
    StreetEdge,
};

/// The element's machine name ("camera", "survey area"): how errors carry it as data, and how
/// a ModelIssue names its element for developers.
QLatin1String modelElementKey(ModelElement element);
/// The element whose machine name is `key`; none for another text.
std::optional<ModelElement> modelElementFromKey(QStringView key);

/// What is wrong in a dataset whose parts refer to each other inconsistently.
struct ModelIssue {
    enum class Kind : std::uint8_t {
        IdMismatch,        ///< An element's id is not its index.
        IdOrder,           ///< Camera ids that do not ascend, or one used twice.
        DanglingReference, ///< A reference to an element that does not exist.
        InvalidPosition,   ///< A position outside WGS84 or missing where it is required.
        InvalidValue,      ///< A number outside its allowed range.
    };
    Kind kind = Kind::InvalidValue;
    ModelElement element = ModelElement::Camera;
    std::uint64_t index = 0; ///< Of the element in its list (for a camera, not its id).
    QString detail; ///< Data, not a sentence: the field at fault and its value, e.g. "fov".
    /// Element and index for developers and as a location, e.g. "camera 12".
    QString locator() const;
};

/// Checks every invariant the rest of the program relies on: ids equal indices (camera ids
/// ascend instead, each below nextCameraId when that is recorded), references
/// resolve, positions are valid, angles and shares are in range. Empty when all is well.
std::vector<ModelIssue> validateDataset(const Dataset &dataset);

/// InvalidModel at `file` for `issue`: its kind as the reason, and as the arguments the
/// element's key, its index and the detail, so that the app words it as it words any
/// ModelIssue (the element is in the message, not repeated as the location).
ParseError invalidModel(const QString &file, const ModelIssue &issue);

} // namespace blindspot
