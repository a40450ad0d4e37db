#pragma once

#include "core/model/dataset.h"
#include "core/training/scenario.h"

#include <QStackedWidget>

#include <memory>
#include <vector>

namespace blindspot {

class FaceDetectorDemoWidget;
class MythOrEvidenceExercise;
class RouteComparisonExercise;
class ScenarioExercise;
class ScenarioRunner;
class SpotTheCameraExercise;
class SynthesisPage;
class TeamExercise;
class TrainingExercise;
struct SessionBlock;

/// The middle of the training window: one page per kind of exercise, of which it shows the one
/// a session block calls for, set up for that block.
class ExercisePages : public QStackedWidget {
    Q_OBJECT
public:
    /// The exercises run on `city`, the fictional training city.
    ExercisePages(const std::shared_ptr<const Dataset> &city, QWidget *parent = nullptr);

    /// Shows and sets up the exercise of `block`, with its scenario's `runner` (nullptr: none),
    /// the session's scenarios (for the recap and the personal plan) and the content language.
    TrainingExercise *showBlock(const SessionBlock &block, ScenarioRunner *runner,
                                std::vector<Scenario> sessionScenarios, const QString &language);
    TrainingExercise *currentExercise() const;

    ScenarioExercise *scenarioExercise() const { return m_scenarioExercise; }
    RouteComparisonExercise *routeComparison() const { return m_routeComparison; }
    SpotTheCameraExercise *spotTheCamera() const { return m_spotTheCamera; }
    MythOrEvidenceExercise *mythOrEvidence() const { return m_mythOrEvidence; }
    FaceDetectorDemoWidget *faceDetectorDemo() const { return m_faceDemo; }
    TeamExercise *teamExercise() const { return m_team; }
    SynthesisPage *synthesis() const { return m_synthesis; }

signals:
    /// The exercise shown changed its slide (a reveal, the next statement).
    void currentSlideChanged();

private:
    ScenarioExercise *m_scenarioExercise = nullptr;
    RouteComparisonExercise *m_routeComparison = nullptr;
    SpotTheCameraExercise *m_spotTheCamera = nullptr;
    MythOrEvidenceExercise *m_mythOrEvidence = nullptr;
    FaceDetectorDemoWidget *m_faceDemo = nullptr;
    TeamExercise *m_team = nullptr;
    SynthesisPage *m_synthesis = nullptr;
};

} // namespace blindspot
