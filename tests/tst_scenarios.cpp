#include "common/embedded_data.h"
#include "common/error_text.h"
#include "core/routing/place_resolver.h"
#include "core/routing/planning_session.h"
#include "core/training/json_locator.h"
#include "core/training/myth_or_evidence.h"
#include "core/training/scenario.h"
#include "gui/training/scenario_exercise.h"
#include "core/training/scenario_runner.h"
#include "core/training/session_plan.h"
#include "core/training/team_exercise_scoring.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace blindspot;

namespace {

std::shared_ptr<const Dataset> trainingCity()
{
    static const auto city = std::make_shared<const Dataset>(embeddedTrainingCity());
    return city;
}

// A small valid scenario, one key per line, so that the tests below can say on which line and
// column a mistake sits by counting characters in this text.
const char kValidScenario[] = R"({
  "format": "blindspot-training-scenario",
  "version": 1,
  "id": "t",
  "title": {"en": "T", "ru": "Т", "uk": "Т"},
  "person": {"en": "P", "ru": "П", "uk": "П"},
  "goal": {"en": "G", "ru": "Ц", "uk": "М"},
  "start": "Fir Tree",
  "end": "Fountain Square",
  "choices": [
    {"id": "c", "prompt": {"en": "Q", "ru": "В", "uk": "П"},
     "options": [
       {"id": "a", "label": {"en": "A", "ru": "А", "uk": "А"}, "mode": "metro"},
       {"id": "b", "label": {"en": "B", "ru": "Б", "uk": "Б"}, "mode": "walk"}
     ]}
  ],
  "questions": [{"en": "Q", "ru": "В", "uk": "П"}],
  "discussion_notes": [{"en": "N", "ru": "З", "uk": "Н"}],
  "next_steps": [{"en": "S", "ru": "Ш", "uk": "К"}]
}
)";

QByteArray mutated(const char *from, const char *to)
{
    QByteArray text(kValidScenario);
    const qsizetype at = text.indexOf(from);
    if (at < 0)
        qFatal("test scenario has no \"%s\"", from);
    return text.replace(at, qsizetype(qstrlen(from)), to);
}

// The request an option should plan with, built here from the scenario's words with the
// resolver alone, independently of ScenarioRunner.
RouteRequest expectedRequest(const Scenario &s, const ScenarioOption &o, const Dataset &city)
{
    const PlaceResolver resolver(city);
    auto place = [&](const QString &name, const QString &entrance) {
        Place p = *resolver.resolve(name).place;
        if (entrance.isEmpty())
            return p;
        for (StationId station : p.stations)
            for (EntranceId e : city.network.station(station).entrances)
                if (city.network.entrance(e).ref == entrance)
                    return *resolver.resolve(QStringLiteral("entrance:%1").arg(indexOf(e))).place;
        qFatal("no entrance %s", qPrintable(entrance));
    };
    RouteRequest r;
    r.from = place(o.from.isEmpty() ? s.start : o.from, o.fromEntrance);
    r.to = place(o.to.isEmpty() ? s.end : o.to, o.toEntrance);
    r.mode = o.mode;
    r.budgetFactor = o.budgetFactor;
    for (const QString &name : o.avoidStations) {
        const PlaceResolver::Resolution avoided = resolver.resolve(name);
        for (StationId station : avoided.place->stations)
            r.avoidStations.push_back(station);
    }
    for (Place *p : {&r.from, &r.to}) {
        const bool avoided = std::any_of(p->stations.begin(), p->stations.end(), [&](StationId x) {
            return std::find(r.avoidStations.begin(), r.avoidStations.end(), x) !=
                   r.avoidStations.end();
        });
        if (avoided) {
            Place point;
            point.position = p->position;
            *p = point;
        }
    }
    return r;
}

} // namespace

class TstScenarios : public QObject {
    Q_OBJECT
private slots:
    void shippedScenariosLoad();
    void shippedScenariosFollowTheWordingRules();
    void badFilesGiveLocatedErrors_data();
    void badFilesGiveLocatedErrors();
    void unknownStationIsNamedWithSuggestions();
    void everyScenarioRunsEndToEnd();
    void sessionPlansFollowAdids_data();
    void sessionPlansFollowAdids();
    void plansThatBreakAdidsAreCaught();
    void sessionPlanRoundTrip();
    void badSessionPlanIsLocated();
    void mythOrEvidenceFollowsTheGuide();
    void teamExerciseScores();
    void jsonLocatorCountsCharacters();
};

void TstScenarios::shippedScenariosLoad()
{
    const QStringList files = shippedScenarioFiles();
    QVERIFY2(files.size() >= 5, qPrintable(files.join(QLatin1Char(' '))));
    std::set<QString> ids;
    for (const QString &file : files) {
        Result<Scenario> read = readScenarioFile(file);
        if (const auto *error = std::get_if<ParseError>(&read))
            QFAIL(qPrintable(ErrorText::located(*error)));
        const Scenario &s = std::get<Scenario>(read);
        QVERIFY2(ids.insert(s.id).second, qPrintable(s.id));
        QVERIFY(s.title.isComplete() && s.person.isComplete() && s.goal.isComplete());
        QVERIFY(!s.choices.empty() && !s.questions.empty() && !s.nextSteps.empty());
        for (const ScenarioChoice &c : s.choices)
            QVERIFY(c.options.size() >= 2);
        Result<std::unique_ptr<ScenarioRunner>> prepared =
            ScenarioRunner::prepare(s, trainingCity());
        if (const auto *error = std::get_if<ParseError>(&prepared))
            QFAIL(qPrintable(ErrorText::located(*error)));
    }
    QCOMPARE(shippedScenarios().size(), std::size_t(files.size()));
    // The two the issue names are among them.
    QVERIFY(ids.count(QStringLiteral("student_holiday")));
    QVERIFY(ids.count(QStringLiteral("journalists_relative")));
}

void TstScenarios::shippedScenariosFollowTheWordingRules()
{
    // RISK-COMMUNICATION.md rule 10: "safe" only ever as "not safe" (the "no data" wording);
    // no advice to cover the face; legal help points to OVD-Info.
    static const QRegularExpression safe(QStringLiteral("\\bsafe\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression notSafe(QStringLiteral("\\bnot safe\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    int mentionsOvdInfo = 0;
    for (const Scenario &s : shippedScenarios()) {
        std::vector<TrainingText> texts = {s.title, s.person, s.goal};
        for (const ScenarioChoice &c : s.choices) {
            texts.push_back(c.prompt);
            for (const ScenarioOption &o : c.options)
                texts.insert(texts.end(), {o.label, o.note});
        }
        for (const auto *list : {&s.questions, &s.discussionNotes, &s.nextSteps})
            texts.insert(texts.end(), list->begin(), list->end());
        for (const TrainingText &t : texts) {
            QCOMPARE(t.en.count(safe), t.en.count(notSafe));
            QVERIFY2(!t.en.contains(QLatin1String("wear a mask"), Qt::CaseInsensitive),
                     qPrintable(t.en));
            QVERIFY2(!t.en.contains(QLatin1String("cover your face"), Qt::CaseInsensitive),
                     qPrintable(t.en));
        }
        for (const TrainingText &step : s.nextSteps)
            if (step.en.contains(QLatin1String("OVD-Info")))
                ++mentionsOvdInfo;
        for (const TrainingText &step : s.nextSteps)
            if (step.en.contains(QLatin1String("OVD-Info")))
                QVERIFY(step.ru.contains(QStringLiteral("ОВД-Инфо")) &&
                        step.uk.contains(QStringLiteral("ОВД-Інфо")));
    }
    QVERIFY(mentionsOvdInfo >= 2);
}

void TstScenarios::badFilesGiveLocatedErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");
    // Locations counted by hand in kValidScenario; columns count characters.
    // QJsonParseError's offset lies just past the character that broke the syntax: the quote
    // opening "id" (line 4, column 3), so column 4.
    QTest::newRow("missing comma") << mutated("\"version\": 1,", "\"version\": 1")
                                   << QStringLiteral("bad.json:4:4") << QString();
    QTest::newRow("future version")
        << mutated("\"version\": 1", "\"version\": 2") << QStringLiteral("bad.json:3:14:version")
        << QStringLiteral("version 2");
    QTest::newRow("missing language")
        << mutated(R"("title": {"en": "T", "ru": "Т", "uk": "Т"})",
                   R"("title": {"en": "T", "uk": "Т"})")
        << QStringLiteral("bad.json:5:12:title") << QStringLiteral("\"title\" has no \"ru\" text");
    // After Cyrillic letters on the same line: column 52 in characters (54 in bytes).
    QTest::newRow("unknown language")
        << mutated(R"("title": {"en": "T", "ru": "Т", "uk": "Т"})",
                   R"("title": {"en": "T", "ru": "Т", "uk": "Т", "de": "X"})")
        << QStringLiteral("bad.json:5:52:title/de") << QStringLiteral("unknown key \"de\"");
    QTest::newRow("misspelt key") << mutated(R"({"id": "a", "label")", R"({"id": "a", "lable")")
                                  << QStringLiteral("bad.json:13:29:choices/0/options/0/lable")
                                  << QStringLiteral("unknown key \"lable\"");
    QTest::newRow("one option") << mutated(",\n       {\"id\": \"b\", \"label\": {\"en\": \"B\", "
                                           "\"ru\": \"Б\", \"uk\": \"Б\"}, \"mode\": \"walk\"}",
                                           "")
                                << QStringLiteral("bad.json:12:17:choices/0/options")
                                << QStringLiteral("at least two options");
    QTest::newRow("unknown profile")
        << mutated("\"end\": \"Fountain Square\",",
                   "\"end\": \"Fountain Square\",\n  \"profile\": \"holiday\",")
        << QStringLiteral("bad.json:10:14:profile")
        << QStringLiteral("unknown day profile \"holiday\"");
    QTest::newRow("unknown mode") << mutated("\"mode\": \"walk\"", "\"mode\": \"bike\"")
                                  << QStringLiteral("bad.json:14:72:choices/0/options/1/mode")
                                  << QStringLiteral("\"mode\" must be");
    QTest::newRow("not a scenario")
        << mutated("blindspot-training-scenario", "blindspot-training-session")
        << QStringLiteral("bad.json:2:13:format")
        << QStringLiteral("this is not a file of the expected format");
}

void TstScenarios::badFilesGiveLocatedErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, location);
    QFETCH(QString, message);
    Result<Scenario> read = readScenario(json, QStringLiteral("bad.json"));
    QVERIFY(isError(read));
    const QString text = ErrorText::located(std::get<ParseError>(read));
    QVERIFY2(text.startsWith(location + QLatin1Char(':')), qPrintable(text));
    QVERIFY2(text.contains(message), qPrintable(text));
}

void TstScenarios::unknownStationIsNamedWithSuggestions()
{
    struct Case {
        QByteArray json;
        QString location;
        QString named;
        QString suggestion;
    };
    const Case cases[] = {
        // Line 8 is "start"; its value begins at column 12.
        {mutated("\"start\": \"Fir Tree\"", "\"start\": \"Fir Tre\""),
         QStringLiteral("bad.json:8:12:start"), QStringLiteral("unknown station \"Fir Tre\""),
         QStringLiteral("Fir Tree")},
        {mutated("\"end\": \"Fountain Square\"", "\"end\": \"Фонтанная плошадь\""),
         QStringLiteral("bad.json:9:10:end"), QStringLiteral("\"Фонтанная плошадь\""),
         QStringLiteral("Fountain Square")},
        // Option a of the choice: "from_entrance" inserted before its "mode" (value at column 81).
        {mutated("\"mode\": \"metro\"", "\"from_entrance\": \"9\", \"mode\": \"metro\""),
         QStringLiteral("bad.json:13:81:choices/0/options/0/from_entrance"),
         QStringLiteral("has no entrance \"9\""), QStringLiteral("it has: 1, 2")},
        {mutated("\"mode\": \"metro\"", "\"avoid_stations\": [\"Nowhere\"]"),
         QStringLiteral("bad.json:13:83:choices/0/options/0/avoid_stations/0"),
         QStringLiteral("unknown station \"Nowhere\""), QString()},
    };
    for (const Case &c : cases) {
        Result<Scenario> read = readScenario(c.json, QStringLiteral("bad.json"));
        if (const auto *error = std::get_if<ParseError>(&read))
            QFAIL(qPrintable(ErrorText::located(*error)));
        Result<std::unique_ptr<ScenarioRunner>> prepared =
            ScenarioRunner::prepare(std::get<Scenario>(read), trainingCity());
        QVERIFY(isError(prepared));
        const QString text = ErrorText::located(std::get<ParseError>(prepared));
        QVERIFY2(text.startsWith(c.location + QLatin1Char(':')), qPrintable(text));
        QVERIFY2(text.contains(c.named), qPrintable(text));
        QVERIFY2(text.contains(c.suggestion), qPrintable(text));
    }
}

void TstScenarios::everyScenarioRunsEndToEnd()
{
    const std::shared_ptr<const Dataset> city = trainingCity();
    std::map<QString, std::unique_ptr<RoutePlanner>> planners;
    auto plannerFor = [&](const QString &profile) -> const RoutePlanner & {
        auto &slot = planners[profile];
        if (!slot)
            slot = std::make_unique<RoutePlanner>(
                city, std::get<ModelParameters>(parametersFor(*city, profile)));
        return *slot;
    };
    for (const Scenario &s : shippedScenarios()) {
        Result<std::unique_ptr<ScenarioRunner>> prepared = ScenarioRunner::prepare(s, city);
        QVERIFY(!isError(prepared));
        ScenarioRunner &runner = *std::get<std::unique_ptr<ScenarioRunner>>(prepared);
        // Run it as the training window does, offscreen: reveal, next choice, ... to the end.
        ScenarioExercise exercise(city);
        exercise.setAttribute(Qt::WA_DontShowOnScreen);
        exercise.resize(1000, 800);
        exercise.show();
        exercise.setScenario(&runner, ScenarioExercise::Mode::Choices);
        std::size_t revealed = 0;
        while (exercise.stepForward()) {
            if (!exercise.outcomesShown())
                continue;
            ++revealed;
            const ScenarioChoice &choice = s.choices[exercise.currentChoice()];
            const PresenterSlide slide = exercise.slide();
            QCOMPARE(slide.routes.size(), choice.options.size());
            std::set<std::pair<long, long>> distinct;
            for (std::size_t o = 0; o < choice.options.size(); ++o) {
                const ScenarioOption &option = choice.options[o];
                const QString profile = option.profile.isEmpty() ? s.profile : option.profile;
                const RouteRequest request = expectedRequest(s, option, *city);
                const RoutePlanner &planner = plannerFor(profile);
                const std::optional<Route> expected = option.query == ScenarioQuery::LeastExposed
                                                          ? planner.leastExposed(request)
                                                          : planner.fastest(request);
                const std::optional<Route> &shown = slide.routes[o].route;
                const QByteArray where =
                    (s.id + QLatin1Char('/') + choice.id + QLatin1Char('/') + option.id).toUtf8();
                QVERIFY2(expected.has_value() == shown.has_value(), where.constData());
                QCOMPARE(slide.routes[o].profile, profile);
                if (!expected)
                    continue;
                QVERIFY2(sameWay(*expected, *shown), where.constData());
                QCOMPARE(shown->durationSeconds, expected->durationSeconds);
                QCOMPARE(shown->hazard.central, expected->hazard.central);
                QCOMPARE(shown->hazard.low, expected->hazard.low);
                QCOMPARE(shown->hazard.high, expected->hazard.high);
                distinct.insert({std::lround(shown->durationSeconds / 60.0),
                                 std::lround(shown->probability() * 100.0)});
            }
            // A choice is a trade-off: its options do not all lead to the same place in time and
            // exposure (rounded to minutes and hundredths).
            QVERIFY2(distinct.size() >= 2, qPrintable(s.id + QLatin1Char('/') + choice.id));
        }
        QCOMPARE(revealed, s.choices.size());
        QVERIFY(!exercise.facilitatorNotes().isEmpty());
    }
}

void TstScenarios::sessionPlansFollowAdids_data()
{
    QTest::addColumn<int>("minutes");
    for (int minutes : kSessionLengths)
        QTest::newRow(qPrintable(QString::number(minutes))) << minutes;
}

void TstScenarios::sessionPlansFollowAdids()
{
    QFETCH(int, minutes);
    const QStringList ids = {QStringLiteral("student_holiday"), QStringLiteral("market_vendor")};
    const std::optional<SessionPlan> plan = buildSessionPlan(minutes, ids);
    QVERIFY(plan);
    QVERIFY(followsAdids(*plan));
    QCOMPARE(plan->plannedMinutes(), minutes);
    std::set<AdidsStep> steps;
    for (const SessionBlock &b : plan->blocks) {
        if (b.activity != TrainingActivity::Break)
            steps.insert(b.step);
        if (!b.scenarioId.isEmpty())
            QVERIFY(ids.contains(b.scenarioId));
        if (b.activity == TrainingActivity::ScenarioChoices ||
            b.activity == TrainingActivity::ScenarioQuestions)
            QVERIFY(!b.scenarioId.isEmpty());
    }
    QCOMPARE(steps.size(), kAdidsSteps.size());
    // It starts from an everyday choice and ends with what each person will do.
    QCOMPARE(plan->blocks.front().step, AdidsStep::Activity);
    QCOMPARE(plan->blocks.back().activity, TrainingActivity::PersonalPlan);
    QVERIFY(!buildSessionPlan(60, ids));
    QVERIFY(!buildSessionPlan(minutes, {}));
}

void TstScenarios::plansThatBreakAdidsAreCaught()
{
    const SessionPlan good = *buildSessionPlan(45, {QStringLiteral("student_holiday")});
    QVERIFY(followsAdids(good));
    SessionPlan swapped = good; // discussion before the activity it discusses
    std::swap(swapped.blocks[0], swapped.blocks[1]);
    QVERIFY(!followsAdids(swapped));
    SessionPlan noSynthesis = good;
    noSynthesis.totalMinutes -= noSynthesis.blocks.back().minutes;
    noSynthesis.blocks.pop_back();
    QVERIFY(!followsAdids(noSynthesis));
    SessionPlan wrongTotal = good;
    wrongTotal.totalMinutes = 90;
    QVERIFY(!followsAdids(wrongTotal));
    SessionPlan breakInside = good;
    breakInside.blocks.insert(breakInside.blocks.begin() + 2,
                              SessionBlock{AdidsStep::Input, TrainingActivity::Break, {}, 5, {}});
    breakInside.totalMinutes += 5;
    QVERIFY(!followsAdids(breakInside));
    // Two cycles around a break, as the 180-minute plan has, are fine.
    QVERIFY(followsAdids(*buildSessionPlan(180, {QStringLiteral("student_holiday")})));
}

void TstScenarios::sessionPlanRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (int minutes : kSessionLengths) {
        SessionPlan plan = *buildSessionPlan(
            minutes, {QStringLiteral("night_shift_nurse"), QStringLiteral("volunteer_parcels")});
        plan.title = QStringLiteral("Метро и камеры: введение");
        plan.language = QStringLiteral("ru");
        plan.blocks[1].notes = QStringLiteral("Спросить про «тревожные» дни.\nSecond line.");
        const QString path = dir.filePath(QStringLiteral("plan_%1.json").arg(minutes));
        QVERIFY(!saveSessionPlan(plan, path));
        Result<SessionPlan> loaded = loadSessionPlan(path);
        if (const auto *error = std::get_if<ParseError>(&loaded))
            QFAIL(qPrintable(ErrorText::located(*error)));
        QVERIFY(std::get<SessionPlan>(loaded) == plan);
        QVERIFY(followsAdids(std::get<SessionPlan>(loaded)));
    }
    // Saving over a plan replaces it whole (writeFileAtomically): no temporary file is left.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), qsizetype(kSessionLengths.size()));
}

void TstScenarios::badSessionPlanIsLocated()
{
    SessionPlan plan = *buildSessionPlan(45, {QStringLiteral("student_holiday")});
    QByteArray json = sessionPlanJson(plan);
    json.replace("\"route_comparison\"", "\"route_comparisons\"");
    Result<SessionPlan> read = readSessionPlan(json, QStringLiteral("plan.json"));
    QVERIFY(isError(read));
    const ParseError &error = std::get<ParseError>(read);
    QCOMPARE(error.element, QStringLiteral("blocks/2/activity"));
    // The line is where the bad value is in the text.
    const qsizetype at = json.indexOf("\"route_comparisons\"");
    QCOMPARE(error.line, int(json.left(at).count('\n')) + 1);
    QVERIFY(ErrorText::located(error).contains(QLatin1String("unknown activity")));
}

void TstScenarios::mythOrEvidenceFollowsTheGuide()
{
    const std::vector<EvidenceStatement> &statements = builtInEvidenceStatements();
    QCOMPARE(statements.size(), std::size_t(8));
    for (const EvidenceStatement &s : statements) {
        QVERIFY(s.claim.isComplete() && s.advice.isComplete() && s.evidence.isComplete() &&
                s.note.isComplete());
        QVERIFY(!s.source.isEmpty());
    }
    // The table of RISK-COMMUNICATION.md, row by row: the first word of its evidence column
    // names the strength.
    QFile guide(QDir(QStringLiteral(BLINDSPOT_SHARED_DATA))
                    .filePath(QStringLiteral("../RISK-COMMUNICATION.md")));
    if (!guide.open(QIODevice::ReadOnly))
        QSKIP("../shared/RISK-COMMUNICATION.md is not available");
    const QStringList lines = QString::fromUtf8(guide.readAll()).split(QLatin1Char('\n'));
    QStringList strengths;
    bool inTable = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("| advice | evidence")))
            inTable = true;
        else if (inTable && line.startsWith(QLatin1String("|---")))
            continue;
        else if (inTable && line.startsWith(QLatin1Char('|'))) {
            const QString evidence = line.split(QLatin1Char('|'))[2].trimmed();
            const QString first =
                evidence.section(QRegularExpression(QStringLiteral("[ ,(;]")), 0, 0);
            strengths.append(first == QLatin1String("advise") ? QStringLiteral("advise_against")
                                                              : first);
        } else if (inTable)
            break;
    }
    QCOMPARE(qsizetype(statements.size()), strengths.size());
    for (std::size_t i = 0; i < statements.size(); ++i)
        QCOMPARE(evidenceStrengthKey(statements[i].strength), strengths[qsizetype(i)]);
    // The mask row carries its legal risk (Law 54-FZ) in every language.
    const auto mask =
        std::find_if(statements.begin(), statements.end(), [](const EvidenceStatement &s) {
            return s.id == QLatin1String("medical_mask");
        });
    QVERIFY(mask != statements.end() && mask->legalRisk);
    QVERIFY(mask->note.en.contains(QLatin1String("54-FZ")) &&
            mask->note.ru.contains(QStringLiteral("54-ФЗ")) &&
            mask->note.uk.contains(QStringLiteral("54-ФЗ")));
}

void TstScenarios::teamExerciseScores()
{
    const std::shared_ptr<const Dataset> city = trainingCity();
    const PlaceResolver resolver(*city);
    RouteRequest request;
    request.from = *resolver.resolve(QStringLiteral("Paper Mill")).place;
    request.to = *resolver.resolve(QStringLiteral("Mirror Square")).place;
    request.mode = TravelMode::WalkOnly;
    const RoutePlanner ordinary(
        city, std::get<ModelParameters>(parametersFor(*city, QStringLiteral("ordinary"))));
    const std::optional<Route> walk = ordinary.fastest(request);
    QVERIFY(walk && !walk->legs.empty());

    // No cameras and an ordinary day: the same route, the same numbers.
    Result<TeamExerciseScore> nothing = scoreTeamExercise(city, request, *walk, {});
    QVERIFY(!isError(nothing));
    const TeamExerciseScore &same = std::get<TeamExerciseScore>(nothing);
    QVERIFY(same.after && sameWay(*same.after, *walk));
    QCOMPARE(same.after->durationSeconds, walk->durationSeconds);
    QVERIFY(std::abs(same.after->hazard.central - walk->hazard.central) < 1e-12);
    QCOMPARE(same.placedCamerasSeeingRoute, 0);

    // Cameras on the walk, all round, raise its chance; each sees the walker.
    SystemPlacement system;
    const std::vector<LatLon> &path = walk->legs.front().path;
    QVERIFY(path.size() >= 2);
    const LatLon a = path.front();
    const LatLon b = path.back();
    for (double t : {0.3, 0.5, 0.7})
        system.cameras.push_back({LatLon{a.lat + t * (b.lat - a.lat), a.lon + t * (b.lon - a.lon)},
                                  CameraKind::Ptz, std::nullopt});
    Result<TeamExerciseScore> watched = scoreTeamExercise(city, request, *walk, system);
    QVERIFY(!isError(watched));
    const TeamExerciseScore &score = std::get<TeamExerciseScore>(watched);
    QVERIFY(score.after && sameWay(*score.after, *walk));
    QVERIFY(score.after->hazard.central > walk->hazard.central);
    QCOMPARE(score.placedCamerasSeeingRoute, 3);
    QCOMPARE(score.placedCameraIds.size(), std::size_t(3));
    QVERIFY(score.leastExposedAfter && score.fastestAfter);
    QVERIFY(score.leastExposedAfter->hazard.central <= score.after->hazard.central + 1e-12);

    // An alert day on top raises it further or leaves it (never lowers it).
    system.alertDay = true;
    const TeamExerciseScore alert =
        std::get<TeamExerciseScore>(scoreTeamExercise(city, request, *walk, system));
    QVERIFY(alert.after->hazard.central >= score.after->hazard.central - 1e-12);
}

void TstScenarios::jsonLocatorCountsCharacters()
{
    // Offsets counted by hand: "б" and "ё" take two bytes each in UTF-8.
    const QByteArray json =
        QStringLiteral("{\"a\": {\"б\": [1, {\"c\": \"ё\"}]},\n \"d\": 2}").toUtf8();
    const JsonLocator locator(json);
    QCOMPARE(locator.offsetOf(QStringLiteral("a/б/1/c")), qsizetype(23));
    QCOMPARE(locator.lineColumn(23), std::make_pair(1, 23));
    QCOMPARE(locator.offsetOf(QStringLiteral("a/б/0")), qsizetype(14));
    // "d" is on the second line: its value 2 is at character 7 there.
    const qsizetype d = locator.offsetOf(QStringLiteral("d"));
    QCOMPARE(locator.lineColumn(d), std::make_pair(2, 7));
    // A missing key points at the deepest part that exists.
    QCOMPARE(locator.offsetOf(QStringLiteral("a/missing")), qsizetype(6));
}

QTEST_MAIN(TstScenarios)
#include "tst_scenarios.moc"
