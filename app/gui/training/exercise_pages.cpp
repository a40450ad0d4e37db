#include "gui/training/exercise_pages.h"

#include "core/training/myth_or_evidence.h"
#include "core/training/scenario_runner.h"
#include "core/training/session_plan.h"
#include "gui/training/face_detector_demo_widget.h"
#include "gui/training/myth_or_evidence_exercise.h"
#include "gui/training/route_comparison_exercise.h"
#include "gui/training/scenario_exercise.h"
#include "gui/training/spot_the_camera_exercise.h"
#include "gui/training/synthesis_page.h"
#include "gui/training/team_exercise.h"

namespace blindspot {

ExercisePages::ExercisePages(const std::shared_ptr<const Dataset> &city, QWidget *parent)
    : QStackedWidget(parent)
{
    m_scenarioExercise = new ScenarioExercise(city, this);
    m_routeComparison = new RouteComparisonExercise(city, this);
    m_spotTheCamera = new SpotTheCameraExercise(city, this);
    m_mythOrEvidence = new MythOrEvidenceExercise(builtInEvidenceStatements(), this);
    m_faceDemo = new FaceDetectorDemoWidget(this);
    m_team = new TeamExercise(city, this);
    m_synthesis = new SynthesisPage(this);
    for (TrainingExercise *exercise : std::initializer_list<TrainingExercise *>{
             m_scenarioExercise, m_routeComparison, m_spotTheCamera, m_mythOrEvidence, m_faceDemo,
             m_team, m_synthesis}) {
        addWidget(exercise);
        connect(exercise, &TrainingExercise::slideChanged, this, [this, exercise] {
            if (exercise == currentExercise())
                emit currentSlideChanged();
        });
    }
}

TrainingExercise *ExercisePages::currentExercise() const
{
    return qobject_cast<TrainingExercise *>(currentWidget());
}

TrainingExercise *ExercisePages::showBlock(const SessionBlock &block, ScenarioRunner *runner,
                                           std::vector<Scenario> sessionScenarios,
                                           const QString &language)
{
    TrainingExercise *exercise = nullptr;
    switch (block.activity) {
    case TrainingActivity::ScenarioChoices:
    case TrainingActivity::ScenarioQuestions:
        m_scenarioExercise->setScenario(runner, block.activity == TrainingActivity::ScenarioChoices
                                                    ? ScenarioExercise::Mode::Choices
                                                    : ScenarioExercise::Mode::Questions);
        exercise = m_scenarioExercise;
        break;
    case TrainingActivity::RouteComparison:
        m_routeComparison->setScenario(runner);
        exercise = m_routeComparison;
        break;
    case TrainingActivity::SpotTheCamera:
        if (runner && !runner->request(0, 0).from.stations.empty())
            m_spotTheCamera->setStation(runner->request(0, 0).from.stations.front());
        else
            m_spotTheCamera->restart();
        exercise = m_spotTheCamera;
        break;
    case TrainingActivity::MythOrEvidence:
        m_mythOrEvidence->restart();
        exercise = m_mythOrEvidence;
        break;
    case TrainingActivity::FaceDetectorDemo:
        m_faceDemo->restart();
        exercise = m_faceDemo;
        break;
    case TrainingActivity::TeamExercise:
        m_team->setScenario(runner);
        exercise = m_team;
        break;
    case TrainingActivity::Recap:
    case TrainingActivity::PersonalPlan:
    case TrainingActivity::Break:
        m_synthesis->setActivity(block.activity, block.minutes, std::move(sessionScenarios));
        exercise = m_synthesis;
        break;
    }
    exercise->setContentLanguage(language);
    setCurrentWidget(exercise);
    return exercise;
}

} // namespace blindspot
