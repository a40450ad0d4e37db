#include "core/training/scenario_runner.h"

#include "core/routing/place_resolver.h"
#include "core/training/json_locator.h"
#include "core/training/training_json_reader.h"

#include <algorithm>

namespace blindspot {

namespace {

using Reader = TrainingJsonReader;

ParseError placeError(const Scenario &scenario, const QString &path, ParseReason reason,
                      QStringList args)
{
    return JsonLocator(scenario.source)
        .errorAt(scenario.file, path, ParseErrorCode::InvalidModel, reason, std::move(args));
}

/// UnknownStation, or UnknownStationSuggest with the names of `suggestions` when there are any.
ParseError unknownStationError(const Scenario &scenario, const QString &path, const QString &name,
                               const Dataset &city, const std::vector<StationId> &suggestions)
{
    QStringList names;
    for (StationId s : suggestions) {
        const QString suggested = city.network.station(s).name.inLanguage(QStringLiteral("en"));
        if (!names.contains(suggested))
            names.append(suggested);
    }
    if (names.isEmpty())
        return placeError(scenario, path, ParseReason::UnknownStation, {name});
    return placeError(scenario, path, ParseReason::UnknownStationSuggest,
                      {name, names.join(QLatin1String(", "))});
}

// A station name, or an entrance of that station when `entranceRef` is set.
std::optional<Place> resolvePlace(const PlaceResolver &resolver, const Dataset &city,
                                  const Scenario &scenario, const QString &name,
                                  const QString &namePath, const QString &entranceRef,
                                  const QString &entrancePath, ParseError *error)
{
    const PlaceResolver::Resolution resolution = resolver.resolve(name);
    if (!resolution.place) {
        *error = unknownStationError(scenario, namePath, name, city, resolution.suggestions);
        return std::nullopt;
    }
    if (entranceRef.isEmpty())
        return resolution.place;
    QStringList refs;
    for (StationId s : resolution.place->stations)
        for (EntranceId e : city.network.station(s).entrances) {
            const Entrance &entrance = city.network.entrance(e);
            if (entrance.ref == entranceRef) {
                Place place;
                place.kind = Place::Kind::Entrance;
                place.entrance = e;
                place.stations = {entrance.station};
                place.position = entrance.position;
                return place;
            }
            if (!refs.contains(entrance.ref))
                refs.append(entrance.ref);
        }
    *error = placeError(scenario, entrancePath, ParseReason::NoSuchEntrance,
                        {name, entranceRef, refs.join(QLatin1String(", "))});
    return std::nullopt;
}

} // namespace

std::optional<Route> planScenarioRoute(const RoutePlanner &planner, const RouteRequest &request,
                                       ScenarioQuery query)
{
    return query == ScenarioQuery::LeastExposed ? planner.leastExposed(request)
                                                : planner.fastest(request);
}

ScenarioRunner::ScenarioRunner(Scenario scenario, std::shared_ptr<const Dataset> city)
    : m_scenario(std::move(scenario)), m_city(std::move(city))
{
}

Result<std::unique_ptr<ScenarioRunner>> ScenarioRunner::prepare(Scenario scenario,
                                                                std::shared_ptr<const Dataset> city)
{
    std::unique_ptr<ScenarioRunner> runner(new ScenarioRunner(std::move(scenario), city));
    const Scenario &s = runner->m_scenario;
    const PlaceResolver resolver(*city);
    ParseError error;
    const std::optional<Place> start = resolvePlace(resolver, *city, s, s.start,
                                                    QStringLiteral("start"), {}, {}, &error);
    if (!start)
        return error;
    const std::optional<Place> end =
        resolvePlace(resolver, *city, s, s.end, QStringLiteral("end"), {}, {}, &error);
    if (!end)
        return error;

    for (std::size_t c = 0; c < s.choices.size(); ++c) {
        std::vector<ResolvedOption> resolved;
        const QString choicePath = Reader::join(QStringLiteral("choices"), qsizetype(c));
        for (std::size_t o = 0; o < s.choices[c].options.size(); ++o) {
            const ScenarioOption &option = s.choices[c].options[o];
            const QString path =
                Reader::join(Reader::join(choicePath, QStringLiteral("options")), qsizetype(o));
            ResolvedOption r;
            r.profile = option.profile.isEmpty() ? s.profile : option.profile;
            r.request.mode = option.mode;
            r.request.budgetFactor = option.budgetFactor;
            const bool ownFrom = !option.from.isEmpty() || !option.fromEntrance.isEmpty();
            const bool ownTo = !option.to.isEmpty() || !option.toEntrance.isEmpty();
            const QString fromName = option.from.isEmpty() ? s.start : option.from;
            const QString toName = option.to.isEmpty() ? s.end : option.to;
            std::optional<Place> from = start;
            if (ownFrom)
                from = resolvePlace(
                    resolver, *city, s, fromName,
                    Reader::join(path, option.from.isEmpty() ? QStringLiteral("from_entrance")
                                                             : QStringLiteral("from")),
                    option.fromEntrance, Reader::join(path, QStringLiteral("from_entrance")),
                    &error);
            if (!from)
                return error;
            std::optional<Place> to = end;
            if (ownTo)
                to = resolvePlace(resolver, *city, s, toName,
                                  Reader::join(path, option.to.isEmpty()
                                                         ? QStringLiteral("to_entrance")
                                                         : QStringLiteral("to")),
                                  option.toEntrance,
                                  Reader::join(path, QStringLiteral("to_entrance")), &error);
            if (!to)
                return error;
            r.request.from = *from;
            r.request.to = *to;
            for (qsizetype a = 0; a < option.avoidStations.size(); ++a) {
                const PlaceResolver::Resolution avoided =
                    resolver.resolve(option.avoidStations[a]);
                if (!avoided.place || avoided.place->kind != Place::Kind::Station)
                    return unknownStationError(
                        s, Reader::join(Reader::join(path, QStringLiteral("avoid_stations")), a),
                        option.avoidStations[a], *city, avoided.suggestions);
                for (StationId station : avoided.place->stations)
                    r.request.avoidStations.push_back(station);
            }
            // Avoiding the start or end station means walking to or from its street instead,
            // as the planner does (PlanningSession): the place becomes a point there.
            for (Place *place : {&r.request.from, &r.request.to})
                if (place->kind != Place::Kind::Point &&
                    std::any_of(place->stations.begin(), place->stations.end(),
                                [&](StationId s) {
                                    return std::find(r.request.avoidStations.begin(),
                                                     r.request.avoidStations.end(),
                                                     s) != r.request.avoidStations.end();
                                })) {
                    Place point;
                    point.kind = Place::Kind::Point;
                    point.position = place->position;
                    *place = point;
                }
            resolved.push_back(std::move(r));
        }
        runner->m_resolved.push_back(std::move(resolved));
    }
    return runner;
}

RouteRequest ScenarioRunner::request(std::size_t choice, std::size_t option) const
{
    return m_resolved.at(choice).at(option).request;
}

QString ScenarioRunner::profile(std::size_t choice, std::size_t option) const
{
    return m_resolved.at(choice).at(option).profile;
}

Result<const RoutePlanner *> ScenarioRunner::planner(const QString &profile)
{
    if (auto it = m_planners.find(profile); it != m_planners.end())
        return static_cast<const RoutePlanner *>(it->second.get());
    Result<ModelParameters> parameters = parametersFor(*m_city, profile);
    if (auto *error = std::get_if<ParseError>(&parameters))
        return *error;
    auto planner =
        std::make_unique<RoutePlanner>(m_city, std::get<ModelParameters>(parameters));
    const RoutePlanner *raw = planner.get();
    m_planners.emplace(profile, std::move(planner));
    return raw;
}

Result<ScenarioOutcome> ScenarioRunner::outcome(std::size_t choice, std::size_t option)
{
    const auto key = std::make_pair(choice, option);
    if (auto it = m_outcomes.find(key); it != m_outcomes.end())
        return it->second;
    const ResolvedOption &resolved = m_resolved.at(choice).at(option);
    Result<const RoutePlanner *> planned = planner(resolved.profile);
    if (auto *error = std::get_if<ParseError>(&planned))
        return *error;
    ScenarioOutcome out;
    out.choice = choice;
    out.option = option;
    out.request = resolved.request;
    out.profile = resolved.profile;
    out.query = m_scenario.choices.at(choice).options.at(option).query;
    out.route = planScenarioRoute(*std::get<const RoutePlanner *>(planned), out.request, out.query);
    m_outcomes.emplace(key, out);
    return out;
}

Result<std::vector<ScenarioOutcome>> ScenarioRunner::outcomes(std::size_t choice)
{
    std::vector<ScenarioOutcome> out;
    for (std::size_t o = 0; o < m_scenario.choices.at(choice).options.size(); ++o) {
        Result<ScenarioOutcome> one = outcome(choice, o);
        if (auto *error = std::get_if<ParseError>(&one))
            return *error;
        out.push_back(std::get<ScenarioOutcome>(std::move(one)));
    }
    return out;
}

} // namespace blindspot
