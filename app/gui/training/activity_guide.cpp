#include "gui/training/activity_guide.h"

namespace blindspot {

QString ActivityGuide::stepName(AdidsStep step)
{
    switch (step) {
    case AdidsStep::Activity:
        return tr("Activity");
    case AdidsStep::Discussion:
        return tr("Discussion");
    case AdidsStep::Input:
        return tr("Input");
    case AdidsStep::Deepening:
        return tr("Deepening");
    case AdidsStep::Synthesis:
        return tr("Synthesis");
    }
    return {};
}

QString ActivityGuide::stepPurpose(AdidsStep step)
{
    switch (step) {
    case AdidsStep::Activity:
        return tr("Start from what people already do: an everyday choice, made together.");
    case AdidsStep::Discussion:
        return tr("Talk about what happened and what people noticed; collect questions.");
    case AdidsStep::Input:
        return tr("Bring in what is known, with its sources and what is not known.");
    case AdidsStep::Deepening:
        return tr("Practise with it: apply what was learnt to a new situation.");
    case AdidsStep::Synthesis:
        return tr("Each person decides what they will do: concrete, small, this week.");
    }
    return {};
}

QString ActivityGuide::activityName(TrainingActivity activity)
{
    switch (activity) {
    case TrainingActivity::ScenarioChoices:
        return tr("Scenario: choices");
    case TrainingActivity::ScenarioQuestions:
        return tr("Scenario: questions");
    case TrainingActivity::SpotTheCamera:
        return tr("Spot the camera");
    case TrainingActivity::RouteComparison:
        return tr("Route comparison");
    case TrainingActivity::MythOrEvidence:
        return tr("Myth or evidence");
    case TrainingActivity::FaceDetectorDemo:
        return tr("What a face detector sees");
    case TrainingActivity::TeamExercise:
        return tr("Team exercise");
    case TrainingActivity::Recap:
        return tr("Recap");
    case TrainingActivity::PersonalPlan:
        return tr("My plan for this week");
    case TrainingActivity::Break:
        return tr("Break");
    }
    return {};
}

QStringList ActivityGuide::facilitatorNotes(TrainingActivity activity)
{
    QStringList notes;
    switch (activity) {
    case TrainingActivity::ScenarioChoices:
        notes << tr("Read the person and goal aloud. Let pairs choose before you reveal anything.")
              << tr("After the reveal, ask what each option costs, not which one is right. There "
                    "is no right answer.");
        break;
    case TrainingActivity::ScenarioQuestions:
        notes << tr("Ask the questions one at a time and collect answers on a flip chart.")
              << tr("If fear rises, name it, and come back to what can be done.");
        break;
    case TrainingActivity::SpotTheCamera:
    case TrainingActivity::RouteComparison:
    case TrainingActivity::MythOrEvidence:
    case TrainingActivity::FaceDetectorDemo:
    case TrainingActivity::TeamExercise:
        break; // the exercise adds its own notes
    case TrainingActivity::Recap:
        notes << tr("Ask each person for one thing they noticed. Correct misunderstandings "
                    "gently, especially \"a low number means safe\".");
        break;
    case TrainingActivity::PersonalPlan:
        notes << tr("Hand out the worksheet. Ask for one change each person can keep up this "
                    "week; small is good.")
              << tr("Give out the legal help sheet. Do not give legal advice yourself: point to "
                    "OVD-Info.");
        break;
    case TrainingActivity::Break:
        notes << tr("Invite people to step away from screens.");
        break;
    }
    notes << tr("Say every number with its reference class: of 10 trips by someone the system "
                "is looking for. Never call anything safe.");
    return notes;
}

} // namespace blindspot
