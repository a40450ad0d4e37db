#include "gui/training/scenario_library.h"

#include <QStringList>

namespace blindspot {

ScenarioLibrary::ScenarioLibrary(std::shared_ptr<const Dataset> city,
                                 std::vector<Scenario> scenarios)
    : m_city(std::move(city)), m_scenarios(std::move(scenarios))
{
}

const Scenario *ScenarioLibrary::scenario(const QString &id) const
{
    for (const Scenario &s : m_scenarios)
        if (s.id == id)
            return &s;
    return nullptr;
}

std::vector<Scenario> ScenarioLibrary::scenariosOf(const SessionPlan &plan) const
{
    std::vector<Scenario> out;
    QStringList seen;
    for (const SessionBlock &b : plan.blocks)
        if (!b.scenarioId.isEmpty() && !seen.contains(b.scenarioId))
            if (const Scenario *s = scenario(b.scenarioId)) {
                out.push_back(*s);
                seen.append(b.scenarioId);
            }
    return out;
}

Result<ScenarioRunner *> ScenarioLibrary::runner(const QString &id)
{
    if (auto it = m_runners.find(id); it != m_runners.end())
        return it->second.get();
    const Scenario *s = scenario(id);
    if (!s)
        return static_cast<ScenarioRunner *>(nullptr);
    Result<std::unique_ptr<ScenarioRunner>> prepared = ScenarioRunner::prepare(*s, m_city);
    if (const auto *error = std::get_if<ParseError>(&prepared))
        return *error;
    ScenarioRunner *raw = std::get<std::unique_ptr<ScenarioRunner>>(prepared).get();
    m_runners.emplace(id, std::get<std::unique_ptr<ScenarioRunner>>(std::move(prepared)));
    return raw;
}

std::optional<ParseError> ScenarioLibrary::addScenarioFile(const QString &path)
{
    Result<Scenario> read = readScenarioFile(path);
    if (const auto *error = std::get_if<ParseError>(&read))
        return *error;
    Scenario s = std::get<Scenario>(std::move(read));
    // Check its places against the city now, so a wrong station name shows while the trainer
    // is at hand to fix it, not in the middle of a session.
    Result<std::unique_ptr<ScenarioRunner>> prepared = ScenarioRunner::prepare(s, m_city);
    if (const auto *error = std::get_if<ParseError>(&prepared))
        return *error;
    m_runners.erase(s.id);
    for (Scenario &existing : m_scenarios)
        if (existing.id == s.id) {
            existing = s;
            return std::nullopt;
        }
    m_scenarios.push_back(std::move(s));
    return std::nullopt;
}

} // namespace blindspot
