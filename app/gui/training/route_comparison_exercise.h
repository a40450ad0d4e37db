#pragma once

#include "core/training/scenario_runner.h"
#include "gui/training/training_exercise.h"

class QComboBox;
class QLabel;

namespace blindspot {

class MapView;
class TrainingRouteCards;

/// Two of a scenario's outcomes side by side: the same-size icon arrays of 10, the range in
/// words and numbers, the reference class, and how much of each estimate rests on places
/// nobody mapped ("no data", hatched grey), with the selected route on a map. The facilitator
/// picks any two options of the scenario; "next" switches the map between the two routes.
class RouteComparisonExercise : public TrainingExercise {
    Q_OBJECT
public:
    explicit RouteComparisonExercise(std::shared_ptr<const Dataset> city,
                                     QWidget *parent = nullptr);

    void setScenario(ScenarioRunner *runner);
    /// Compares option `leftOption` with `rightOption`, each a (choice, option) pair.
    void compare(std::pair<std::size_t, std::size_t> left,
                 std::pair<std::size_t, std::size_t> right);

    void setContentLanguage(const QString &language) override;
    bool stepForward() override;
    bool stepBack() override;
    void restart() override;
    PresenterSlide slide() const override;
    QStringList facilitatorNotes() const override;

    const std::vector<SlideRoute> &comparedRoutes() const;

private:
    void fillCombos();
    void showComparison();

    std::shared_ptr<const Dataset> m_city;
    ScenarioRunner *m_runner = nullptr;
    QString m_language = QStringLiteral("en");
    std::vector<std::pair<std::size_t, std::size_t>> m_options; ///< Combo index -> option.

    QLabel *m_title = nullptr;
    QComboBox *m_left = nullptr;
    QComboBox *m_right = nullptr;
    TrainingRouteCards *m_cards = nullptr;
    MapView *m_map = nullptr;
    QLabel *m_explanation = nullptr;
};

} // namespace blindspot
