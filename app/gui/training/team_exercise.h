#pragma once

#include "core/training/scenario_runner.h"
#include "core/training/team_exercise_scoring.h"
#include "gui/training/training_exercise.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace blindspot {

class MapMarksOverlay;
class MapView;
class TrainingRouteCards;

/// The team exercise: one team plans a trip between a scenario's start and end (picking one of
/// the routes core's planner offers), the other team plays "the system": it places up to
/// kMaxPlacedCameras face-recognition cameras on the map and decides whether to declare an
/// alert day. The app then scores both with core's exposure model: how likely the route team's
/// route is to be identified before and after, what the least exposed route would have been,
/// and how many of the system's cameras saw the route. Nobody wins; each team sees what its
/// choices changed.
///
/// Phases, stepped with "next": the route team chooses, the system team places, the scores.
class TeamExercise : public TrainingExercise {
    Q_OBJECT
public:
    enum class Phase : std::uint8_t { RouteTeam, SystemTeam, Scores };

    explicit TeamExercise(std::shared_ptr<const Dataset> city, QWidget *parent = nullptr);

    /// Takes the trip's start and end from `runner`'s scenario (its first option's request).
    void setScenario(ScenarioRunner *runner);

    Phase phase() const { return m_phase; }
    /// The route team picks route `index` of the offered routes.
    void chooseRoute(std::size_t index);
    const std::vector<Route> &offeredRoutes() const { return m_offered; }
    /// The system team places a camera (ignored beyond kMaxPlacedCameras).
    void placeCamera(LatLon position);
    void setAlertDay(bool alertDay);
    const SystemPlacement &placement() const { return m_placement; }
    /// Scores with what both teams chose; the scores phase shows it.
    void score();
    const std::optional<TeamExerciseScore> &lastScore() const { return m_score; }

    void setContentLanguage(const QString &language) override;
    bool stepForward() override;
    bool stepBack() override;
    void restart() override;
    PresenterSlide slide() const override;
    QStringList facilitatorNotes() const override;

private:
    void setPhase(Phase phase);
    void planOffers();
    void showScores();
    std::vector<SlideRoute> offeredSlideRoutes() const;
    std::vector<SlideRoute> scoreSlideRoutes() const;
    QString systemSummary() const;

    std::shared_ptr<const Dataset> m_city;
    ScenarioRunner *m_runner = nullptr;
    QString m_language = QStringLiteral("en");
    Phase m_phase = Phase::RouteTeam;
    RouteRequest m_request;
    std::vector<Route> m_offered;
    std::size_t m_chosen = 0;
    SystemPlacement m_placement;
    std::optional<TeamExerciseScore> m_score;
    std::shared_ptr<const Dataset> m_scoredCity;
    QString m_error;

    QLabel *m_title = nullptr;
    QLabel *m_instructions = nullptr;
    QStackedWidget *m_pages = nullptr;
    TrainingRouteCards *m_offers = nullptr;
    MapView *m_map = nullptr;
    MapMarksOverlay *m_overlay = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_alertDay = nullptr;
    QCheckBox *m_showRoute = nullptr;
    QPushButton *m_place = nullptr;
    QPushButton *m_undoPlace = nullptr;
    TrainingRouteCards *m_scores = nullptr;
    QLabel *m_scoreText = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace blindspot
