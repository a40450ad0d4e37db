#pragma once

#include "core/io/parse_error.h"
#include "core/routing/route_planner.h"
#include "core/training/training_text.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace blindspot {

/// How an option's route is found: core's planner answers, never a number typed into the file.
enum class ScenarioQuery : std::uint8_t {
    Fastest,      ///< RoutePlanner::fastest.
    LeastExposed, ///< RoutePlanner::leastExposed (within budget_factor when set).
};

/// One way to make a choice. Everything that is not set falls back to the scenario's own
/// start, end and day profile, so an option states only what it changes.
struct ScenarioOption {
    QString id;
    TrainingText label; ///< What the trainees choose: "Take the metro, it is quicker".
    TrainingText note;  ///< Optional: what a facilitator may add once it was chosen.
    ScenarioQuery query = ScenarioQuery::Fastest;
    TravelMode mode = TravelMode::Any;
    QString profile;          ///< "ordinary", "event"; empty: the scenario's.
    QString from;             ///< A place (station name in any language); empty: the start.
    QString to;               ///< Empty: the end.
    QString fromEntrance;     ///< The ref of an entrance ("2") of the start station.
    QString toEntrance;       ///< The ref of an entrance of the end station.
    double budgetFactor = 0.0; ///< For LeastExposed: at most this times the fastest; 0 none.
    QStringList avoidStations; ///< Station names.
};

/// A decision point: two or more options that trade one thing against another. There is no
/// right answer in the format and so no way to write one.
struct ScenarioChoice {
    QString id;
    TrainingText prompt;
    std::vector<ScenarioOption> options;
};

/// A training scenario: a fictional person with an everyday goal in the training city, the
/// choices they face, the questions to ask, the facilitator's discussion notes and the concrete
/// steps a session ends with. The format is documented for trainers in
/// resources/scenarios/README.md.
struct Scenario {
    QString id;
    int minutes = 20; ///< Suggested time for the scenario's activity and discussion.
    TrainingText title;
    TrainingText person;
    TrainingText goal;
    QString start; ///< Place names as written; resolved against the city by ScenarioRunner.
    QString end;
    QString profile = QStringLiteral("ordinary");
    std::vector<ScenarioChoice> choices;
    std::vector<TrainingText> questions;
    std::vector<TrainingText> discussionNotes;
    std::vector<TrainingText> nextSteps;

    QString file;      ///< Where it was read from, for located errors.
    QByteArray source; ///< The file's text, to locate errors found later (unknown stations).
};

/// The "format" of a scenario file and the newest version this program reads.
inline constexpr char kScenarioFormat[] = "blindspot-training-scenario";
constexpr int kScenarioVersion = 1;
/// Scenario and other training files are small; anything larger is refused unread.
constexpr qint64 kMaxTrainingFileBytes = 1 << 20;

/// Reads and checks a scenario: syntax, keys, every text in all three languages, at least one
/// choice of two or more options, questions and next steps, known profiles. Place names are
/// checked against a city by ScenarioRunner::prepare. Errors name file, line and column.
[[nodiscard]] Result<Scenario> readScenario(QByteArrayView json, const QString &fileName);
[[nodiscard]] Result<Scenario> readScenarioFile(const QString &path);

/// The scenarios shipped inside the program (resources/scenarios), as resource paths, sorted.
QStringList shippedScenarioFiles();
/// Every shipped scenario, read; a broken one is a build error that tests catch.
std::vector<Scenario> shippedScenarios();

QString scenarioQueryKey(ScenarioQuery query);
QString travelModeKey(TravelMode mode);

} // namespace blindspot
