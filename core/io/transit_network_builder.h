#pragma once

// Turns stations, lines (as stop sequences), entrances and transfer groups, read from any
// source, into Blindspot's Network. Shared by the OSM and GTFS readers so that both apply the
// same rules and two descriptions of one network import alike. Private to core/io.
#include "core/model/network.h"

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace blindspot {

/// Collects one source's view of a metro network, then builds the model from it.
///
/// A source station (an OSM station node, a GTFS parent station) may be served by several lines;
/// in the model a Station belongs to one line, so it becomes one Station per line, joined in a
/// StationComplex at the same position. A source station no line serves is left out, with its
/// entrances: the model has no place for a station without a line.
class TransitNetworkBuilder {
public:
    /// Speed between stations and the stop at each, used when the source gives no times: 41.6 km/h
    /// is the Moscow Metro's published average speed.
    static constexpr double kRideSpeedMps = 41.6 / 3.6;
    static constexpr double kStopSeconds = 25.0;
    static constexpr double kTransferSeconds = 180.0;
    /// Walking from an entrance to the hall: the straight distance times a detour factor, at a
    /// walking speed slowed by stairs and crowds, plus a minute for doors and queues.
    static constexpr double kEntryDetourFactor = 1.2;
    static constexpr double kEntryWalkMps = 1.35;
    static constexpr double kEntryFixedSeconds = 60.0;
    /// Complexes larger than this get transfers from their first station only (a star), so that
    /// hostile data cannot ask for millions of links.
    static constexpr std::size_t kMaxFullyLinkedComplex = 16;

    /// What a source says about a station's zones, by ZoneKind; unset entries stay unknown.
    struct ZoneReports {
        std::array<std::optional<FrStatus>, kZoneKindCount> frStatus;
        std::array<std::optional<int>, kZoneKindCount> cameras;
    };

    /// Adds a source station; returns its index for the calls below.
    int addStation(const LocalizedName &name, LatLon position, const QString &sourceRef,
                   const ZoneReports &zones = {});

    struct LineInput {
        LocalizedName name;
        QString ref;
        std::uint32_t colourRgb = 0;
        LineMode mode = LineMode::Subway;
        QString sourceRef;
        /// Stop sequences of the line's routes or trip patterns, as station indices, each with how
        /// many trips follow it. The longest (then the most followed) gives the line's order.
        std::vector<std::pair<std::vector<int>, int>> sequences;
        /// Known ride times between two adjacent stations (either order), seconds.
        std::vector<std::pair<std::pair<int, int>, double>> rideSeconds;
    };
    void addLine(LineInput line);

    /// An entrance of a source station.
    void addEntrance(int station, LatLon position, const QString &ref, const LocalizedName &name,
                     const QString &sourceRef);

    /// Joins source stations into one transfer complex, named `name` when it is not empty.
    void joinStations(const std::vector<int> &stations, const LocalizedName &name = {});
    /// The time to change between two source stations (or between lines at one, a == b), when
    /// the source says; otherwise transfers take kTransferSeconds.
    void setTransferSeconds(int a, int b, double seconds);

    /// The model. Every station gets the six zones, with what its source reported about them.
    Network build() const;

private:
    struct SourceStation {
        LocalizedName name;
        LatLon position;
        QString sourceRef;
        ZoneReports zones;
    };
    struct SourceEntrance {
        int station = -1;
        LatLon position;
        QString ref;
        LocalizedName name;
        QString sourceRef;
    };
    std::vector<SourceStation> m_stations;
    std::vector<LineInput> m_lines;
    std::vector<SourceEntrance> m_entrances;
    std::vector<std::pair<std::vector<int>, LocalizedName>> m_joins;
    std::vector<std::pair<std::pair<int, int>, double>> m_transferSeconds;
};

} // namespace blindspot
