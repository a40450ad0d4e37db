#include "core/training/session_plan.h"

#include "core/io/atomic_file.h"
#include "core/training/scenario.h"
#include "core/training/training_json_reader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <numeric>

namespace blindspot {

namespace {

constexpr std::array<TrainingActivity, 10> kActivities = {
    TrainingActivity::ScenarioChoices, TrainingActivity::ScenarioQuestions,
    TrainingActivity::SpotTheCamera,   TrainingActivity::RouteComparison,
    TrainingActivity::MythOrEvidence,  TrainingActivity::FaceDetectorDemo,
    TrainingActivity::TeamExercise,    TrainingActivity::Recap,
    TrainingActivity::PersonalPlan,    TrainingActivity::Break};

struct Slot {
    AdidsStep step;
    TrainingActivity activity;
    int minutes;
    int scenario; ///< Which of the plan's scenarios (0, 1, ...), or -1 for none.
};

using A = AdidsStep;
using T = TrainingActivity;

// Timings follow common ADIDS practice: a short activity to start from experience, the longest
// block for deepening (practice), and a synthesis that leaves time for each person's plan.
constexpr Slot k45[] = {
    {A::Activity, T::ScenarioChoices, 8, 0},    {A::Discussion, T::ScenarioQuestions, 7, 0},
    {A::Input, T::RouteComparison, 10, 0},      {A::Deepening, T::MythOrEvidence, 12, -1},
    {A::Synthesis, T::PersonalPlan, 8, -1},
};
constexpr Slot k90[] = {
    {A::Activity, T::SpotTheCamera, 10, 0},     {A::Activity, T::ScenarioChoices, 10, 0},
    {A::Discussion, T::ScenarioQuestions, 10, 0}, {A::Input, T::RouteComparison, 10, 0},
    {A::Input, T::FaceDetectorDemo, 10, -1},    {A::Deepening, T::TeamExercise, 20, 1},
    {A::Deepening, T::MythOrEvidence, 10, -1},  {A::Synthesis, T::PersonalPlan, 10, -1},
};
constexpr Slot k180[] = {
    {A::Activity, T::SpotTheCamera, 10, 0},      {A::Activity, T::ScenarioChoices, 10, 0},
    {A::Discussion, T::ScenarioQuestions, 15, 0}, {A::Input, T::RouteComparison, 15, 0},
    {A::Input, T::FaceDetectorDemo, 10, -1},     {A::Deepening, T::MythOrEvidence, 10, -1},
    {A::Synthesis, T::Recap, 10, -1},            {A::Synthesis, T::Break, 15, -1},
    {A::Activity, T::ScenarioChoices, 10, 1},    {A::Discussion, T::ScenarioQuestions, 10, 1},
    {A::Input, T::RouteComparison, 10, 2},       {A::Deepening, T::TeamExercise, 30, 2},
    {A::Deepening, T::ScenarioChoices, 10, 3},   {A::Synthesis, T::PersonalPlan, 15, -1},
};

template <std::size_t N>
std::vector<SessionBlock> blocksFrom(const Slot (&layout)[N], const QStringList &scenarios)
{
    std::vector<SessionBlock> blocks;
    for (const Slot &slot : layout) {
        SessionBlock b;
        b.step = slot.step;
        b.activity = slot.activity;
        b.minutes = slot.minutes;
        if (slot.scenario >= 0)
            b.scenarioId = scenarios[slot.scenario % scenarios.size()];
        blocks.push_back(b);
    }
    return blocks;
}

} // namespace

int SessionPlan::plannedMinutes() const
{
    return std::accumulate(blocks.begin(), blocks.end(), 0,
                           [](int sum, const SessionBlock &b) { return sum + b.minutes; });
}

QString adidsStepKey(AdidsStep step)
{
    switch (step) {
    case AdidsStep::Activity:
        return QStringLiteral("activity");
    case AdidsStep::Discussion:
        return QStringLiteral("discussion");
    case AdidsStep::Input:
        return QStringLiteral("input");
    case AdidsStep::Deepening:
        return QStringLiteral("deepening");
    case AdidsStep::Synthesis:
        return QStringLiteral("synthesis");
    }
    return {};
}

QString trainingActivityKey(TrainingActivity activity)
{
    switch (activity) {
    case TrainingActivity::ScenarioChoices:
        return QStringLiteral("scenario_choices");
    case TrainingActivity::ScenarioQuestions:
        return QStringLiteral("scenario_questions");
    case TrainingActivity::SpotTheCamera:
        return QStringLiteral("spot_the_camera");
    case TrainingActivity::RouteComparison:
        return QStringLiteral("route_comparison");
    case TrainingActivity::MythOrEvidence:
        return QStringLiteral("myth_or_evidence");
    case TrainingActivity::FaceDetectorDemo:
        return QStringLiteral("face_detector_demo");
    case TrainingActivity::TeamExercise:
        return QStringLiteral("team_exercise");
    case TrainingActivity::Recap:
        return QStringLiteral("recap");
    case TrainingActivity::PersonalPlan:
        return QStringLiteral("personal_plan");
    case TrainingActivity::Break:
        return QStringLiteral("break");
    }
    return {};
}

bool activityUsesScenario(TrainingActivity activity)
{
    return activity == TrainingActivity::ScenarioChoices ||
           activity == TrainingActivity::ScenarioQuestions ||
           activity == TrainingActivity::RouteComparison ||
           activity == TrainingActivity::TeamExercise ||
           activity == TrainingActivity::SpotTheCamera;
}

std::optional<SessionPlan> buildSessionPlan(int totalMinutes, const QStringList &scenarioIds)
{
    if (scenarioIds.isEmpty())
        return std::nullopt;
    SessionPlan plan;
    plan.totalMinutes = totalMinutes;
    switch (totalMinutes) {
    case 45:
        plan.blocks = blocksFrom(k45, scenarioIds);
        break;
    case 90:
        plan.blocks = blocksFrom(k90, scenarioIds);
        break;
    case 180:
        plan.blocks = blocksFrom(k180, scenarioIds);
        break;
    default:
        return std::nullopt;
    }
    return plan;
}

bool followsAdids(const SessionPlan &plan)
{
    if (plan.blocks.empty() || plan.plannedMinutes() != plan.totalMinutes)
        return false;
    constexpr int kBetweenCycles = -1;
    const int synthesis = int(AdidsStep::Synthesis);
    int at = kBetweenCycles; // the step the current cycle has reached
    for (const SessionBlock &b : plan.blocks) {
        if (b.minutes <= 0)
            return false;
        if (b.activity == TrainingActivity::Break) {
            // A break inside a cycle would cut an activity off from its discussion.
            if (at != kBetweenCycles && at != synthesis)
                return false;
            continue;
        }
        const int step = int(b.step);
        if (at == kBetweenCycles || (at == synthesis && b.step == AdidsStep::Activity)) {
            if (b.step != AdidsStep::Activity)
                return false;
            at = step;
        } else if (step == at || step == at + 1) {
            at = step;
        } else {
            return false;
        }
    }
    return at == synthesis;
}

QByteArray sessionPlanJson(const SessionPlan &plan)
{
    QJsonArray blocks;
    for (const SessionBlock &b : plan.blocks) {
        QJsonObject o{{QStringLiteral("step"), adidsStepKey(b.step)},
                      {QStringLiteral("activity"), trainingActivityKey(b.activity)},
                      {QStringLiteral("minutes"), b.minutes}};
        if (!b.scenarioId.isEmpty())
            o.insert(QStringLiteral("scenario"), b.scenarioId);
        if (!b.notes.isEmpty())
            o.insert(QStringLiteral("notes"), b.notes);
        blocks.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), QString::fromLatin1(kSessionPlanFormat)},
                           {QStringLiteral("version"), kSessionPlanVersion},
                           {QStringLiteral("title"), plan.title},
                           {QStringLiteral("minutes"), plan.totalMinutes},
                           {QStringLiteral("language"), plan.language},
                           {QStringLiteral("blocks"), blocks}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<SessionPlan> readSessionPlan(QByteArrayView json, const QString &fileName)
{
    using Reader = TrainingJsonReader;
    Reader reader(json, fileName);
    const std::optional<QJsonObject> root =
        reader.root(QString::fromLatin1(kSessionPlanFormat), kSessionPlanVersion);
    if (!root)
        return reader.error();
    reader.checkKeys(*root, QString(),
                     {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("title"),
                      QStringLiteral("minutes"), QStringLiteral("language"),
                      QStringLiteral("blocks")});
    SessionPlan plan;
    plan.title = root->value(QLatin1String("title")).toString();
    plan.totalMinutes = int(reader.number(*root, QStringLiteral("minutes"), QString(), 0, 5,
                                          24 * 60, true));
    plan.language = reader.string(*root, QStringLiteral("language"), QString(), false);
    if (plan.language.isEmpty())
        plan.language = QStringLiteral("en");
    else if (!trainingLanguages().contains(plan.language))
        reader.fail(QStringLiteral("language"), ParseErrorCode::Malformed, ParseReason::MustBeOneOf,
                    {QStringLiteral("language"), trainingLanguages().join(QLatin1String(", "))});
    const QJsonArray blocks = reader.array(*root, QStringLiteral("blocks"), QString());
    for (qsizetype i = 0; i < blocks.size() && !reader.failed(); ++i) {
        const QString path = Reader::join(QStringLiteral("blocks"), i);
        const QJsonObject o = blocks[i].toObject();
        reader.checkKeys(o, path,
                         {QStringLiteral("step"), QStringLiteral("activity"),
                          QStringLiteral("minutes"), QStringLiteral("scenario"),
                          QStringLiteral("notes")});
        SessionBlock b;
        const QString step = reader.string(o, QStringLiteral("step"), path);
        const auto stepIt = std::find_if(kAdidsSteps.begin(), kAdidsSteps.end(),
                                         [&](AdidsStep s) { return adidsStepKey(s) == step; });
        if (stepIt == kAdidsSteps.end())
            reader.fail(Reader::join(path, QStringLiteral("step")), ParseErrorCode::Malformed,
                        ParseReason::UnknownStep, {step});
        else
            b.step = *stepIt;
        const QString activity = reader.string(o, QStringLiteral("activity"), path);
        const auto activityIt =
            std::find_if(kActivities.begin(), kActivities.end(),
                         [&](TrainingActivity a) { return trainingActivityKey(a) == activity; });
        if (activityIt == kActivities.end())
            reader.fail(Reader::join(path, QStringLiteral("activity")), ParseErrorCode::Malformed,
                        ParseReason::UnknownActivity, {activity});
        else
            b.activity = *activityIt;
        b.minutes = int(reader.number(o, QStringLiteral("minutes"), path, 0, 1, 240, true));
        b.scenarioId = reader.string(o, QStringLiteral("scenario"), path, false);
        b.notes = o.value(QLatin1String("notes")).toString();
        if (!reader.failed() && activityUsesScenario(b.activity) && b.scenarioId.isEmpty() &&
            b.activity != TrainingActivity::SpotTheCamera)
            reader.fail(path, ParseErrorCode::Malformed, ParseReason::ActivityNeedsKey,
                        {activity, QStringLiteral("scenario")});
        plan.blocks.push_back(b);
    }
    if (reader.failed())
        return reader.error();
    return plan;
}

std::optional<ParseError> saveSessionPlan(const SessionPlan &plan, const QString &path)
{
    return writeFileAtomically(path, sessionPlanJson(plan));
}

Result<SessionPlan> loadSessionPlan(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return systemError(path, ParseErrorCode::CannotOpen, file.errorString());
    if (file.size() > kMaxTrainingFileBytes)
        return tooLarge(path, kMaxTrainingFileBytes);
    return readSessionPlan(file.readAll(), path);
}

} // namespace blindspot
