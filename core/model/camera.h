#pragma once

#include "core/geo/lat_lon.h"
#include "core/model/ids.h"
#include "core/model/network.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace blindspot {

enum class CameraKind : std::uint8_t { Unknown, Fixed, Dome, Ptz, Turnstile };

/// What the camera hangs on (OSM `camera:mount`). A ceiling camera looks down steeply, which
/// matters for what a cap hides.
enum class CameraMount : std::uint8_t { Unknown, Wall, Pole, Ceiling, Other };

/// Who runs a camera, which decides the shared unknowns it belongs to: whether that system feeds
/// face recognition, and how well it matches a face (DESIGN.md, Exposure model, 1 and 3).
enum class CameraSystem : std::uint8_t {
    Unknown, ///< Not known: the context's prior for street cameras applies.
    Metro,   ///< The metro's own cameras (halls, turnstiles, platforms, cars).
    City,    ///< The city's public street network.
    Private, ///< Shops, homes, businesses: not connected to a city system unless reported.
};
constexpr int kCameraSystemCount = 4;

/// One report of a camera by one source (a dataset, a survey, an import).
struct Sighting {
    SourceId source{};       ///< Index into Dataset::sources.
    QDate observed;          ///< When it was seen; invalid if the source does not say.
    int observers = 1;       ///< Independent people who reported it in this source.
    QByteArray evidenceHash; ///< SHA-256 of the redacted evidence photo, if any.
    friend bool operator==(const Sighting &, const Sighting &) = default;
};

/// A camera, placed by position, by station zone, or both.
struct Camera {
    /// Stable: kept by the pack, never renumbered, never reused within a dataset (see ids.h).
    CameraId id{};
    LatLon position; ///< Invalid when only the anchor is known.
    StationId anchorStation = kNoId<StationId>;
    std::optional<ZoneKind> anchorZone;
    /// For hall, turnstile and escalator cameras: the entrance they watch; none when the report
    /// does not say (the camera is then shared out among the station's entrances).
    EntranceId anchorEntrance = kNoId<EntranceId>;
    CameraKind kind = CameraKind::Unknown;
    std::optional<double> headingDegrees; ///< Clockwise from north; empty means all round.
    std::optional<double> fovDegrees;     ///< Horizontal field of view.
    std::optional<double> heightMetres;   ///< Mount height above the floor or street.
    FrStatus frStatus = FrStatus::Unknown;
    std::vector<Sighting> sightings;
    QString notes;
    QString sourceRef; ///< E.g. "osm:node/42" for the element it was imported from.
    QByteArray unknownFields;
    CameraMount mount = CameraMount::Unknown;
    CameraSystem system = CameraSystem::Unknown;
    friend bool operator==(const Camera &, const Camera &) = default;
};

/// Two sources disagree about one attribute of a camera. The dataset keeps the first value and
/// records the other here until a person reviews it.
struct AttributeConflict {
    CameraId camera{}; ///< The camera's stable id.
    QString attribute;  ///< Machine name of the attribute, e.g. "fr_status", "heading".
    QString keptValue;  ///< The value the camera has now, as text.
    QString otherValue; ///< The value the other source reported, as text.
    SourceId otherSource = kNoId<SourceId>;
    friend bool operator==(const AttributeConflict &, const AttributeConflict &) = default;
};

/// A source of reports: a dataset, survey or import, with its terms.
struct Source {
    SourceId id{};
    QString name;
    QString datasetId;
    QString licence;
    QString attribution;
    QDate retrieved;
    bool trusted = false; ///< Set by the user; untrusted sources cannot remove or lower data.
    friend bool operator==(const Source &, const Source &) = default;
};

/// A polygon a mapper surveyed on a date. Outside such areas, unmapped cameras are estimated.
struct SurveyArea {
    SurveyAreaId id{};
    QString name;
    std::vector<LatLon> polygon; ///< Outer ring, not closed (the last vertex is not the first).
    QDate surveyed;
    double completeness = 0.0; ///< Share of cameras the mapper believes were found, in [0, 1].
    SourceId source = kNoId<SourceId>;
    friend bool operator==(const SurveyArea &, const SurveyArea &) = default;
};

} // namespace blindspot
