#include "core/sample/city_building.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace blindspot::sample {

LatLon roundedLatLon(const LocalProjection &projection, LocalXY xy)
{
    const LatLon p = projection.toLatLon(xy);
    return {std::round(p.lat * 1e7) / 1e7, std::round(p.lon * 1e7) / 1e7};
}

LineId appendLine(Network &network, LocalizedName name, QString ref, std::uint32_t colourRgb,
                  bool ring)
{
    Line l;
    l.id = static_cast<LineId>(network.lines.size());
    l.name = std::move(name);
    l.ref = std::move(ref);
    l.colourRgb = colourRgb;
    l.isRing = ring;
    network.lines.push_back(std::move(l));
    return network.lines.back().id;
}

StationId appendStation(Network &network, LineId line, LatLon position)
{
    Station s;
    s.id = static_cast<StationId>(network.stations.size());
    s.position = position;
    s.line = line;
    network.stations.push_back(std::move(s));
    network.lines[indexOf(line)].stations.push_back(network.stations.back().id);
    return network.stations.back().id;
}

FrStatus drawFrStatus(Random &random, const std::array<double, 4> &weights)
{
    return static_cast<FrStatus>(random.weightedIndex(weights));
}

double roundTo(double value, double step)
{
    return std::round(value / step) * step;
}

double roundedBearing(double degrees)
{
    return normalizedDegrees(std::round(normalizedDegrees(degrees)));
}

LocalXY moved(LocalXY from, double bearingDeg, double metres)
{
    const double rad = bearingDeg * std::numbers::pi / 180.0;
    return {from.xMetres + metres * std::sin(rad), from.yMetres + metres * std::cos(rad)};
}

LocalXY offset(LocalXY from, double bearingDeg, double forward, double lateral)
{
    return moved(moved(from, bearingDeg, forward), bearingDeg + 90.0, lateral);
}

LocalXY between(LocalXY a, LocalXY b, double t)
{
    return {a.xMetres + (b.xMetres - a.xMetres) * t, a.yMetres + (b.yMetres - a.yMetres) * t};
}

std::array<double, 5> streetMountWeights(CameraKind kind)
{
    switch (kind) {
    case CameraKind::Fixed:
        return {0.1, 0.6, 0.3, 0.0, 0.0};
    case CameraKind::Dome:
        return {0.2, 0.5, 0.2, 0.1, 0.0};
    case CameraKind::Ptz:
        return {0.1, 0.2, 0.7, 0.0, 0.0};
    case CameraKind::Unknown:
    case CameraKind::Turnstile:
        break;
    }
    return {0.6, 0.2, 0.2, 0.0, 0.0};
}

StreetCameraLook streetCameraLook(CameraKind kind)
{
    switch (kind) {
    case CameraKind::Fixed:
        return {0.9, 60.0, 100.0, 2.5, 6.0};
    case CameraKind::Dome:
        // A dome's lens is hidden: its aim is rarely known.
        return {0.15, 90.0, 110.0, 2.5, 4.5};
    case CameraKind::Ptz:
        // A PTZ camera turns; its heading is the home position seen most often, and its field
        // of view is narrow because it is usually zoomed in.
        return {0.85, 40.0, 60.0, 5.0, 8.0};
    case CameraKind::Unknown:
    case CameraKind::Turnstile:
        break;
    }
    return {};
}

void addMetroLinks(Network &n, const std::vector<LocalXY> &stationXY,
                   const std::vector<LocalXY> &entranceXY, Random &random)
{
    for (const Line &line : n.lines) {
        const std::size_t count = line.stations.size();
        if (count < 2)
            continue;
        const std::size_t hops = line.isRing ? count : count - 1;
        for (std::size_t i = 0; i < hops; ++i) {
            const StationId a = line.stations[i];
            const StationId b = line.stations[(i + 1) % count];
            const double metres = distanceMetres(stationXY[indexOf(a)], stationXY[indexOf(b)]);
            Link l;
            l.kind = LinkKind::Ride;
            l.from = a;
            l.to = b;
            l.durationSeconds = std::round(metres / kTrainSpeedMps);
            l.lengthMetres = std::round(metres);
            n.links.push_back(l);
        }
    }
    for (const StationComplex &c : n.complexes) {
        for (std::size_t i = 0; i < c.stations.size(); ++i) {
            for (std::size_t j = i + 1; j < c.stations.size(); ++j) {
                Link l;
                l.kind = LinkKind::Transfer;
                l.from = c.stations[i];
                l.to = c.stations[j];
                l.lengthMetres = std::round(random.uniform(100.0, 250.0));
                l.durationSeconds = std::clamp(
                    std::round(l.lengthMetres / kWalkSpeedMps + random.uniform(20.0, 120.0)),
                    120.0, 300.0);
                n.links.push_back(l);
            }
        }
    }
    for (const Entrance &e : n.entrances) {
        const double straight =
            distanceMetres(entranceXY[indexOf(e.id)], stationXY[indexOf(e.station)]);
        Link l;
        l.kind = LinkKind::Entry;
        l.from = e.station;
        l.to = e.station;
        l.entrance = e.id;
        l.lengthMetres = std::round(straight * 1.2);
        // Walking plus the stairs or escalator down to the platform.
        l.durationSeconds = std::clamp(
            std::round(l.lengthMetres / kWalkSpeedMps + random.uniform(20.0, 60.0)), 60.0, 180.0);
        n.links.push_back(l);
    }
}

} // namespace blindspot::sample
