#pragma once

#include "core/io/parse_error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace blindspot {

/// The steps of an adult-learning session as Level Up's curricula use them: start from what
/// people do (Activity), talk about it (Discussion), bring in new knowledge (Input), practise
/// with it (Deepening), and end with what each person will do (Synthesis).
enum class AdidsStep : std::uint8_t { Activity, Discussion, Input, Deepening, Synthesis };
constexpr std::array<AdidsStep, 5> kAdidsSteps = {AdidsStep::Activity, AdidsStep::Discussion,
                                                  AdidsStep::Input, AdidsStep::Deepening,
                                                  AdidsStep::Synthesis};

/// What a block of a session does; each has a screen in the training window.
enum class TrainingActivity : std::uint8_t {
    ScenarioChoices,   ///< Trainees make a scenario's choices in pairs.
    ScenarioQuestions, ///< The scenario's questions and discussion notes.
    SpotTheCamera,     ///< Mark where cameras are expected; the app reveals them.
    RouteComparison,   ///< Two of a scenario's outcomes side by side, with icon arrays.
    MythOrEvidence,    ///< Statements about countermeasures and the strength of evidence.
    FaceDetectorDemo,  ///< What a face detector finds in a photo, and what changes it.
    TeamExercise,      ///< One team plans a route, the other places the "system".
    Recap,             ///< The group names what it learnt so far.
    PersonalPlan,      ///< "What I will change this week", with the worksheet handout.
    Break,             ///< Not part of the ADIDS cycle.
};

/// One timed block of a session.
struct SessionBlock {
    AdidsStep step = AdidsStep::Activity;
    TrainingActivity activity = TrainingActivity::ScenarioChoices;
    QString scenarioId; ///< For the scenario activities (and the team exercise's start and end).
    int minutes = 10;
    QString notes; ///< The trainer's own facilitator notes, added to the built-in ones.
    friend bool operator==(const SessionBlock &, const SessionBlock &) = default;
};

/// A session plan a trainer builds, runs and shares. It names scenario ids of the fictional
/// training city and holds the trainer's notes: nothing about anyone's real plans, so it may be
/// saved as a plain file (DESIGN.md's workspace rules apply to plans that name real places;
/// the shipped scenarios cannot).
struct SessionPlan {
    QString title;
    int totalMinutes = 90;
    QString language = QStringLiteral("en"); ///< Language of the scenario content shown.
    std::vector<SessionBlock> blocks;

    int plannedMinutes() const;
    friend bool operator==(const SessionPlan &, const SessionPlan &) = default;
};

/// Session lengths the builder plans for.
constexpr std::array<int, 3> kSessionLengths = {45, 90, 180};

inline constexpr char kSessionPlanFormat[] = "blindspot-training-session";
constexpr int kSessionPlanVersion = 1;

/// A plan of `totalMinutes` (one of kSessionLengths) for the scenarios `scenarioIds` (at least
/// one; used in order, repeated when the plan has more scenario blocks than scenarios). A
/// 45-minute plan is one ADIDS cycle; 90 minutes adds the spot-the-camera, face-detector and team
/// exercises; 180 minutes is two cycles around a break.
[[nodiscard]] std::optional<SessionPlan> buildSessionPlan(int totalMinutes,
                                                          const QStringList &scenarioIds);

/// Whether the plan follows ADIDS: leaving breaks aside, it is one or more cycles, each going
/// through Activity, Discussion, Input, Deepening and Synthesis in that order (a step may take
/// several blocks), and its blocks add up to its length.
bool followsAdids(const SessionPlan &plan);

QByteArray sessionPlanJson(const SessionPlan &plan);
[[nodiscard]] Result<SessionPlan> readSessionPlan(QByteArrayView json, const QString &fileName);
/// Writes the plan atomically (writeFileAtomically).
[[nodiscard]] std::optional<ParseError> saveSessionPlan(const SessionPlan &plan,
                                                        const QString &path);
[[nodiscard]] Result<SessionPlan> loadSessionPlan(const QString &path);

/// Stable names used in the file.
QString adidsStepKey(AdidsStep step);
QString trainingActivityKey(TrainingActivity activity);
/// Whether the activity works on one scenario.
bool activityUsesScenario(TrainingActivity activity);

} // namespace blindspot
