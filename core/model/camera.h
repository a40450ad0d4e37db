#pragma once

#include "geo/lat_lon.h"
#include "model/ids.h"
#include "model/network.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace blindspot {

enum class CameraKind : std::uint8_t { Unknown, Fixed, Dome, Ptz, Turnstile };

/// One report of a camera by one source (a dataset, a survey, an import).
struct Sighting {
    SourceId source{};      ///< Index into Dataset::sources.
    QDate observed;         ///< When it was seen; invalid if the source does not say.
    int observers = 1;      ///< Independent people who reported it in this source.
    QByteArray evidenceHash; ///< SHA-256 of the redacted evidence photo, if any.
    friend bool operator==(const Sighting &, const Sighting &) = default;
};

/// A camera, placed by position, by station zone, or both.
struct Camera {
    CameraId id{};
    LatLon position; ///< Invalid when only the anchor is known.
    StationId anchorStation = kNoId<StationId>;
    std::optional<ZoneKind> anchorZone;
    CameraKind kind = CameraKind::Unknown;
    std::optional<double> headingDegrees; ///< Clockwise from north; empty means all round.
    std::optional<double> fovDegrees;     ///< Horizontal field of view.
    std::optional<double> heightMetres;   ///< Mount height above the floor or street.
    FrStatus frStatus = FrStatus::Unknown;
    std::vector<Sighting> sightings;
    QString notes;
    QString sourceRef; ///< E.g. "osm:node/42" for the element it was imported from.
    QByteArray unknownFields;
    friend bool operator==(const Camera &, const Camera &) = default;
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
