#pragma once

#include "core/training/scenario.h"
#include "core/training/scenario_runner.h"
#include "core/training/session_plan.h"
#include "gui/training/exercise_pages.h"
#include "gui/training/facilitator_panel.h"
#include "gui/training/handouts.h"
#include "gui/training/scenario_library.h"

#include <QMainWindow>
#include <QPointer>

#include <map>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QToolBar;

namespace blindspot {

class FaceDetectorDemoWidget;
class MythOrEvidenceExercise;
class PresenterView;
class RouteComparisonExercise;
class ScenarioExercise;
class SpotTheCameraExercise;
class SynthesisPage;
class TeamExercise;
class TrainingExercise;

/// Training mode for NGO trainers: runs a session plan block by block on the fictional
/// training city, following ADIDS (Activity, Discussion, Input, Deepening, Synthesis).
///
/// Left, the plan's blocks; in the middle, the current block's exercise; right, for the
/// trainer only: the block's timer, the session's elapsed time, what the step is for, the
/// facilitator notes and the trainer's own notes. A second window (PresenterView) shows the
/// slides on a projector. "Next" (Page Down, or the presenter's keys) first steps through the
/// current exercise (reveal, next choice) and then moves to the next block.
///
/// The window runs the session: it moves from block to block, sets up the exercise a block
/// calls for (ExercisePages), keeps the trainer's side up to date (FacilitatorPanel) and
/// saves plans and handouts; the scenarios and their runners are ScenarioLibrary's.
///
/// Plans are built with SessionBuilderDialog and saved as plain JSON (they name only scenarios
/// of the fictional city and the trainer's notes). Nothing else is written, except handouts
/// where the trainer asks for them.
class TrainingWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit TrainingWindow(const QString &uiLanguage, QWidget *parent = nullptr);
    ~TrainingWindow() override;

    const std::shared_ptr<const Dataset> &city() const { return m_library.city(); }
    const std::vector<Scenario> &scenarios() const { return m_library.scenarios(); }
    /// Reads a scenario file and adds it (replacing one with the same id); the located error,
    /// in words, on failure.
    std::optional<QString> addScenarioFile(const QString &path);

    void setPlan(SessionPlan plan);
    const SessionPlan &plan() const { return m_plan; }
    std::optional<QString> savePlan(const QString &path) const;
    std::optional<QString> loadPlan(const QString &path);

    int currentBlock() const { return m_block; }
    void goToBlock(int block);
    TrainingExercise *currentExercise() const;

    void setContentLanguage(const QString &language);
    QString contentLanguage() const { return m_contentLanguage; }

    /// Opens the presenter view, on a second screen when there is one.
    void showPresenter();
    PresenterView *presenter() const;

    bool timerRunning() const { return m_facilitator->timerRunning(); }
    int blockSecondsElapsed() const { return m_facilitator->blockSecondsElapsed(); }
    int sessionSecondsElapsed() const { return m_facilitator->sessionSecondsElapsed(); }

    /// The runner of scenario `id`, prepared on first use; nullptr for an unknown id or a
    /// scenario that does not fit the city.
    ScenarioRunner *runner(const QString &id);

    /// Writes a handout in the content language (the route card: of the current scenario's
    /// first option); the reason on failure.
    std::optional<QString> writeHandout(Handouts::Kind kind, const QString &path);

    ScenarioExercise *scenarioExercise() const { return m_pages->scenarioExercise(); }
    RouteComparisonExercise *routeComparison() const { return m_pages->routeComparison(); }
    SpotTheCameraExercise *spotTheCamera() const { return m_pages->spotTheCamera(); }
    MythOrEvidenceExercise *mythOrEvidence() const { return m_pages->mythOrEvidence(); }
    FaceDetectorDemoWidget *faceDetectorDemo() const { return m_pages->faceDetectorDemo(); }
    TeamExercise *teamExercise() const { return m_pages->teamExercise(); }

public slots:
    /// Asks for a new plan with SessionBuilderDialog.
    void buildSession();
    void next();
    void previous();
    void toggleTimer();
    void resetTimer();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void createActions();
    void retranslateUi();
    void showBlock();
    void pushSlide();
    void updateNotes();
    void fillBlockList();
    void chooseAndLoadPlan();
    void chooseAndSavePlan();
    void chooseAndAddScenario();
    void chooseAndWriteHandout(Handouts::Kind kind);
    std::vector<Scenario> planScenarios() const;

    ScenarioLibrary m_library;
    SessionPlan m_plan;
    int m_block = 0;
    QString m_contentLanguage;

    QListWidget *m_blocks = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_blockHeader = nullptr;
    ExercisePages *m_pages = nullptr;
    FacilitatorPanel *m_facilitator = nullptr;
    QComboBox *m_language = nullptr;
    QToolBar *m_toolBar = nullptr;

    QPointer<PresenterView> m_presenter;

    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_timerAction = nullptr;
    QAction *m_resetTimerAction = nullptr;
    QAction *m_presenterAction = nullptr;
    QAction *m_buildAction = nullptr;
    QAction *m_openPlanAction = nullptr;
    QAction *m_savePlanAction = nullptr;
    QAction *m_addScenarioAction = nullptr;
    QMenu *m_handoutMenu = nullptr;
    std::map<Handouts::Kind, QAction *> m_handoutActions;
};

} // namespace blindspot
