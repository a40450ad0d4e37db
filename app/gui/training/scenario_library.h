#pragma once

#include "core/io/parse_error.h"
#include "core/model/dataset.h"
#include "core/training/scenario.h"
#include "core/training/scenario_runner.h"
#include "core/training/session_plan.h"

#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace blindspot {

/// The scenarios a training session can run on the fictional training city: the shipped ones
/// and those the trainer added, each with its runner, prepared on first use.
class ScenarioLibrary {
public:
    ScenarioLibrary(std::shared_ptr<const Dataset> city, std::vector<Scenario> scenarios);

    const std::shared_ptr<const Dataset> &city() const { return m_city; }
    const std::vector<Scenario> &scenarios() const { return m_scenarios; }
    /// nullptr for an unknown id.
    const Scenario *scenario(const QString &id) const;
    /// The scenarios `plan` names, once each, in the order it first names them.
    std::vector<Scenario> scenariosOf(const SessionPlan &plan) const;
    /// The runner of scenario `id`: nullptr for an unknown id, the error for a scenario that
    /// does not fit the city.
    Result<ScenarioRunner *> runner(const QString &id);
    /// Reads a scenario file and adds it (replacing one with the same id) once it fits the city.
    std::optional<ParseError> addScenarioFile(const QString &path);

private:
    std::shared_ptr<const Dataset> m_city;
    std::vector<Scenario> m_scenarios;
    std::map<QString, std::unique_ptr<ScenarioRunner>> m_runners;
};

} // namespace blindspot
