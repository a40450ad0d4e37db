#include "core/training/team_exercise_scoring.h"

#include <QDate>

#include <algorithm>
#include <set>

namespace blindspot {

namespace {

// A typical street camera on a wall or pole (PARAMETERS.md: mount heights of 3-4 m).
constexpr double kPlacedCameraHeightMetres = 3.5;
// A fixed camera's lens when the team gives it a direction: the 4 mm default of PARAMETERS.md.
constexpr double kPlacedCameraFovDegrees = 79.0;

void addPlaces(const Place &place, std::set<StationId> &stations, std::set<EntranceId> &entrances)
{
    for (StationId s : place.stations)
        stations.insert(s);
    if (place.kind == Place::Kind::Entrance)
        entrances.insert(place.entrance);
}

} // namespace

Dataset cityWithPlacedCameras(const Dataset &city, const std::vector<PlacedCamera> &cameras)
{
    Dataset out = city;
    Source source;
    source.id = static_cast<SourceId>(out.sources.size());
    source.name = QStringLiteral("Team exercise: the system team");
    source.datasetId = QStringLiteral("blindspot.training.team-exercise");
    source.retrieved = QDate::currentDate();
    out.sources.push_back(source);
    for (const PlacedCamera &placed : cameras) {
        Camera c;
        c.id = out.takeCameraId();
        c.position = placed.position;
        c.kind = placed.kind;
        c.headingDegrees = placed.headingDegrees;
        if (placed.headingDegrees)
            c.fovDegrees = kPlacedCameraFovDegrees;
        c.heightMetres = kPlacedCameraHeightMetres;
        c.mount = CameraMount::Pole;
        c.frStatus = FrStatus::Confirmed;
        c.sightings.push_back(Sighting{source.id, QDate::currentDate(), 1, {}});
        out.cameras.push_back(std::move(c));
    }
    return out;
}

RouteRequest requestAlong(const Dataset &city, const RouteRequest &request, const Route &route)
{
    std::set<StationId> stations;
    std::set<EntranceId> entrances;
    std::set<LineId> lines;
    bool walksBetweenStations = false;
    for (const RouteLeg &leg : route.legs) {
        addPlaces(leg.from, stations, entrances);
        addPlaces(leg.to, stations, entrances);
        if (isSet(leg.line))
            lines.insert(leg.line);
        if (leg.kind == LegKind::Walk && !leg.from.stations.empty() && !leg.to.stations.empty())
            walksBetweenStations = true;
    }
    RouteRequest along = request;
    along.budgetFactor = 0.0;
    const bool usesMetro = !lines.empty();
    along.mode = usesMetro ? (walksBetweenStations ? TravelMode::Any : TravelMode::MetroOnly)
                           : TravelMode::WalkOnly;
    if (!usesMetro)
        return along;
    for (const Station &s : city.network.stations)
        if (!stations.count(s.id))
            along.avoidStations.push_back(s.id);
    for (const Line &l : city.network.lines)
        if (!lines.count(l.id))
            along.avoidLines.push_back(l.id);
    // Entrances of the route's own stations that it does not use.
    for (const Entrance &e : city.network.entrances)
        if (stations.count(e.station) && !entrances.count(e.id))
            along.avoidEntrances.push_back(e.id);
    return along;
}

Result<TeamExerciseScore> scoreTeamExercise(std::shared_ptr<const Dataset> city,
                                            const RouteRequest &request, const Route &route,
                                            const SystemPlacement &system)
{
    TeamExerciseScore score;
    score.before = route;
    const std::size_t firstPlaced = city->cameras.size();
    auto changed = std::make_shared<const Dataset>(cityWithPlacedCameras(*city, system.cameras));
    for (std::size_t i = firstPlaced; i < changed->cameras.size(); ++i)
        score.placedCameraIds.push_back(changed->cameras[i].id);

    Result<ModelParameters> parameters = parametersFor(
        *changed, system.alertDay ? QStringLiteral("event") : QStringLiteral("ordinary"));
    if (auto *error = std::get_if<ParseError>(&parameters))
        return *error;
    const RoutePlanner planner(changed, std::get<ModelParameters>(parameters));
    score.after = planner.fastest(requestAlong(*city, request, route));
    RouteRequest open = request;
    open.budgetFactor = 0.0;
    score.leastExposedAfter = planner.leastExposed(open);
    score.fastestAfter = planner.fastest(open);
    if (score.after) {
        std::set<CameraIndex> seen;
        for (const RouteLeg &leg : score.after->legs)
            for (const HazardSource &source : leg.sources)
                if (source.kind == HazardSource::Kind::Camera &&
                    indexOf(source.camera) >= firstPlaced && source.hazard.central > 0.0)
                    seen.insert(source.camera);
        score.placedCamerasSeeingRoute = int(seen.size());
    }
    return score;
}

} // namespace blindspot
