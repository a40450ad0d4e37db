#pragma once

#include "core/training/scenario_runner.h"
#include "gui/training/training_exercise.h"

#include <QString>

class QLabel;
class QPushButton;

namespace blindspot {

class TrainingRouteCards;

/// A scenario in the training window, in one of two modes.
///
/// Choices: the fictional person and goal, then each choice in turn: the group weighs the
/// options, the facilitator reveals what each leads to (core's planner, as route cards with
/// icon arrays, the map drawing the selected one), then moves to the next choice. "Next" walks
/// through exactly that: reveal, next choice, reveal, ...
///
/// Questions: the scenario's questions for the group; its discussion notes go to the
/// facilitator's screen only.
class ScenarioExercise : public TrainingExercise {
    Q_OBJECT
public:
    enum class Mode : std::uint8_t { Choices, Questions };

    ScenarioExercise(std::shared_ptr<const Dataset> city, QWidget *parent = nullptr);

    /// The scenario to run (owned by the caller, which keeps it alive while shown); nullptr for
    /// none.
    void setScenario(ScenarioRunner *runner, Mode mode);
    ScenarioRunner *runner() const { return m_runner; }
    Mode mode() const { return m_mode; }

    void setContentLanguage(const QString &language) override;
    bool stepForward() override;
    bool stepBack() override;
    void restart() override;
    PresenterSlide slide() const override;
    QStringList facilitatorNotes() const override;

    std::size_t currentChoice() const { return m_choice; }
    bool outcomesShown() const { return m_revealed; }
    /// The outcomes of the current choice as shown (empty before they are revealed).
    const std::vector<ScenarioOutcome> &shownOutcomes() const { return m_outcomes; }

private:
    void showState();
    void reveal();

    std::shared_ptr<const Dataset> m_city;
    ScenarioRunner *m_runner = nullptr;
    Mode m_mode = Mode::Choices;
    QString m_language = QStringLiteral("en");
    std::size_t m_choice = 0;
    bool m_revealed = false;
    std::vector<ScenarioOutcome> m_outcomes;
    QString m_error;

    QLabel *m_title = nullptr;
    QLabel *m_person = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_prompt = nullptr;
    QLabel *m_options = nullptr;
    QPushButton *m_revealButton = nullptr;
    QPushButton *m_previousChoice = nullptr;
    QPushButton *m_nextChoice = nullptr;
    TrainingRouteCards *m_cards = nullptr;
    QLabel *m_notes = nullptr;
};

} // namespace blindspot
