#pragma once

#include "core/geo/lat_lon.h"
#include "core/model/ids.h"
#include "core/model/localized_name.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace blindspot {

enum class LineMode : std::uint8_t { Subway, LightRail, Monorail, Suburban };

/// A metro line: its stations in travel order. A ring line lists each station once.
struct Line {
    LineId id{};
    LocalizedName name;
    QString ref;                 ///< Short label shown on signs, e.g. "1" or "М5".
    std::uint32_t colourRgb = 0; ///< 0xRRGGBB.
    LineMode mode = LineMode::Subway;
    bool isRing = false;
    std::vector<StationId> stations;
    QString sourceRef;        ///< Where it came from, e.g. "osm:relation/123".
    QByteArray unknownFields; ///< .bspack fields this version does not know, kept verbatim.
    friend bool operator==(const Line &, const Line &) = default;
};

/// One line's station (a platform). A transfer hub is a StationComplex of several stations.
struct Station {
    StationId id{};
    LocalizedName name;
    LatLon position;
    LineId line{};
    ComplexId complex = kNoId<ComplexId>;
    std::vector<EntranceId> entrances;
    std::vector<ZoneId> zones;
    QString sourceRef;
    QByteArray unknownFields;
    friend bool operator==(const Station &, const Station &) = default;
};

/// Stations joined by transfer passages, e.g. two lines' platforms under one square.
struct StationComplex {
    ComplexId id{};
    LocalizedName name;
    std::vector<StationId> stations;
    friend bool operator==(const StationComplex &, const StationComplex &) = default;
};

/// A way in from the street: a vestibule door or a stairway.
struct Entrance {
    EntranceId id{};
    StationId station{};
    LatLon position;
    QString ref; ///< The number or letter on the sign.
    LocalizedName name;
    QString sourceRef;
    friend bool operator==(const Entrance &, const Entrance &) = default;
};

enum class ZoneKind : std::uint8_t {
    EntranceHall,
    Turnstiles,
    Escalator,
    Platform,
    TransferCorridor,
    Train,
};
constexpr int kZoneKindCount = 6;

/// Whether a zone of this kind is passed on the way through one entrance only.
constexpr bool isEntranceZone(ZoneKind kind)
{
    return kind == ZoneKind::EntranceHall || kind == ZoneKind::Turnstiles ||
           kind == ZoneKind::Escalator;
}

enum class FrStatus : std::uint8_t { Unknown, Confirmed, Suspected, None };

/// A part of a station that people pass through, with what is reported about its cameras even
/// where nobody mapped their positions. Halls, turnstile lines and escalators belong to the
/// entrance (vestibule) they serve; a report for one of them without an entrance is station-wide
/// and is shared out among the station's entrances as an assumption (DESIGN.md, Exposure model).
struct Zone {
    ZoneId id{};
    StationId station{};
    ZoneKind kind = ZoneKind::EntranceHall;
    std::optional<int> reportedCameras;    ///< Cameras reported in the zone; empty if unknown.
    FrStatus frStatus = FrStatus::Unknown; ///< Whether the zone's cameras feed face recognition.
    EntranceId entrance = kNoId<EntranceId>; ///< The entrance served; none for station-wide.
    friend bool operator==(const Zone &, const Zone &) = default;
};

enum class LinkKind : std::uint8_t {
    Ride,     ///< Between adjacent stations of one line.
    Transfer, ///< Between stations of one complex.
    Entry,    ///< Between an entrance and its station (walked both ways).
};

/// A connection in the network. Links are undirected; routing decides what each direction costs.
struct Link {
    LinkKind kind = LinkKind::Ride;
    StationId from{};
    StationId to{};
    EntranceId entrance = kNoId<EntranceId>; ///< Set for Entry links only.
    double durationSeconds = 0.0;
    double lengthMetres = 0.0;
    friend bool operator==(const Link &, const Link &) = default;
};

struct Network {
    std::vector<Line> lines;
    std::vector<Station> stations;
    std::vector<StationComplex> complexes;
    std::vector<Entrance> entrances;
    std::vector<Zone> zones;
    std::vector<Link> links;

    const Line &line(LineId id) const { return lines[indexOf(id)]; }
    const Station &station(StationId id) const { return stations[indexOf(id)]; }
    const StationComplex &complex(ComplexId id) const { return complexes[indexOf(id)]; }
    const Entrance &entrance(EntranceId id) const { return entrances[indexOf(id)]; }
    const Zone &zone(ZoneId id) const { return zones[indexOf(id)]; }
    friend bool operator==(const Network &, const Network &) = default;
};

} // namespace blindspot
