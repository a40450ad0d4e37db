#pragma once

#include "core/io/parse_error.h"
#include "core/routing/route_planner.h"
#include "core/training/scenario.h"

#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace blindspot {

/// What one option leads to, worked out by core's planner.
struct ScenarioOutcome {
    std::size_t choice = 0;
    std::size_t option = 0;
    RouteRequest request;
    QString profile;
    ScenarioQuery query = ScenarioQuery::Fastest;
    /// None when the destination cannot be reached that way (also an outcome worth discussing).
    std::optional<Route> route;
};

/// Runs a scenario on a city: resolves its places once and plans each option's route with
/// RoutePlanner, under the option's day profile. Planners are built on first use per profile
/// and kept; outcomes are computed on request and kept.
///
/// Nothing here is written anywhere: the training city is fictional, and results live in memory.
class ScenarioRunner {
public:
    /// Resolves every place of `scenario` in `city` (station names in any language, entrance
    /// refs of the start and end stations). An unknown name is an error located in the
    /// scenario's file and naming the closest station names.
    [[nodiscard]] static Result<std::unique_ptr<ScenarioRunner>>
    prepare(Scenario scenario, std::shared_ptr<const Dataset> city);

    const Scenario &scenario() const { return m_scenario; }
    const std::shared_ptr<const Dataset> &city() const { return m_city; }

    /// The request and profile an option plans with.
    RouteRequest request(std::size_t choice, std::size_t option) const;
    QString profile(std::size_t choice, std::size_t option) const;

    /// The outcome of one option (computed on first request).
    Result<ScenarioOutcome> outcome(std::size_t choice, std::size_t option);
    /// The outcomes of every option of a choice, in the file's order.
    Result<std::vector<ScenarioOutcome>> outcomes(std::size_t choice);

    /// The planner for a day profile, built on first use.
    Result<const RoutePlanner *> planner(const QString &profile);

private:
    ScenarioRunner(Scenario scenario, std::shared_ptr<const Dataset> city);

    struct ResolvedOption {
        RouteRequest request;
        QString profile;
    };

    Scenario m_scenario;
    std::shared_ptr<const Dataset> m_city;
    std::vector<std::vector<ResolvedOption>> m_resolved; ///< By choice, then option.
    std::map<QString, std::unique_ptr<RoutePlanner>> m_planners;
    std::map<std::pair<std::size_t, std::size_t>, ScenarioOutcome> m_outcomes;
};

/// Runs `request` with `query` on `planner`: the one place where a scenario's query kind maps
/// to core's planner, so tests can compare with it.
std::optional<Route> planScenarioRoute(const RoutePlanner &planner, const RouteRequest &request,
                                       ScenarioQuery query);

} // namespace blindspot
