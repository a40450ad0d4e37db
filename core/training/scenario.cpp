#include "core/training/scenario.h"

#include "core/exposure/model_parameters.h"
#include "core/training/training_json_reader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace blindspot {

namespace {

using Reader = TrainingJsonReader;

const QString kScenarioResourceDir = QStringLiteral(":/blindspot/scenarios");

/// The values a key allows, as MustBeOneOf lists them.
QString listed(const QStringList &values)
{
    return values.join(QLatin1String(", "));
}

QString profileOf(Reader &reader, const QJsonObject &object, const QString &path,
                  const QString &fallback)
{
    const QString profile = reader.string(object, QStringLiteral("profile"), path, false);
    if (profile.isEmpty())
        return fallback;
    const QStringList known = ModelParameters::builtIn().profileNames();
    if (!known.contains(profile))
        reader.fail(Reader::join(path, QStringLiteral("profile")), ParseErrorCode::Malformed,
                    ParseReason::UnknownDayProfile, {profile, listed(known)});
    return profile;
}

ScenarioOption readOption(Reader &reader, const QJsonObject &object, const QString &path)
{
    reader.checkKeys(object, path,
                     {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("note"),
                      QStringLiteral("plan"), QStringLiteral("mode"), QStringLiteral("profile"),
                      QStringLiteral("from"), QStringLiteral("to"),
                      QStringLiteral("from_entrance"), QStringLiteral("to_entrance"),
                      QStringLiteral("budget_factor"), QStringLiteral("avoid_stations")});
    ScenarioOption option;
    option.id = reader.string(object, QStringLiteral("id"), path);
    option.label = reader.text(object, QStringLiteral("label"), path);
    option.note = reader.text(object, QStringLiteral("note"), path, false);

    const QString plan = reader.string(object, QStringLiteral("plan"), path, false);
    if (plan.isEmpty() || plan == scenarioQueryKey(ScenarioQuery::Fastest))
        option.query = ScenarioQuery::Fastest;
    else if (plan == scenarioQueryKey(ScenarioQuery::LeastExposed))
        option.query = ScenarioQuery::LeastExposed;
    else
        reader.fail(
            Reader::join(path, QStringLiteral("plan")), ParseErrorCode::Malformed,
            ParseReason::MustBeOneOf,
            {QStringLiteral("plan"), listed({scenarioQueryKey(ScenarioQuery::Fastest),
                                             scenarioQueryKey(ScenarioQuery::LeastExposed)})});

    const QString mode = reader.string(object, QStringLiteral("mode"), path, false);
    if (mode.isEmpty() || mode == travelModeKey(TravelMode::Any))
        option.mode = TravelMode::Any;
    else if (mode == travelModeKey(TravelMode::MetroOnly))
        option.mode = TravelMode::MetroOnly;
    else if (mode == travelModeKey(TravelMode::WalkOnly))
        option.mode = TravelMode::WalkOnly;
    else
        reader.fail(Reader::join(path, QStringLiteral("mode")), ParseErrorCode::Malformed,
                    ParseReason::MustBeOneOf,
                    {QStringLiteral("mode"),
                     listed({travelModeKey(TravelMode::Any), travelModeKey(TravelMode::MetroOnly),
                             travelModeKey(TravelMode::WalkOnly)})});

    option.profile = profileOf(reader, object, path, QString());
    option.from = reader.string(object, QStringLiteral("from"), path, false);
    option.to = reader.string(object, QStringLiteral("to"), path, false);
    option.fromEntrance = reader.string(object, QStringLiteral("from_entrance"), path, false);
    option.toEntrance = reader.string(object, QStringLiteral("to_entrance"), path, false);
    // Up to five times the fastest: beyond that the trade-off is no longer a real choice.
    option.budgetFactor =
        reader.number(object, QStringLiteral("budget_factor"), path, 0.0, 1.0, 5.0);
    if (object.contains(QLatin1String("budget_factor")) &&
        option.query != ScenarioQuery::LeastExposed)
        reader.fail(Reader::join(path, QStringLiteral("budget_factor")), ParseErrorCode::Malformed,
                    ParseReason::OnlyAppliesTo,
                    {QStringLiteral("budget_factor"), QStringLiteral("plan"),
                     scenarioQueryKey(ScenarioQuery::LeastExposed)});
    option.avoidStations = reader.strings(object, QStringLiteral("avoid_stations"), path);
    return option;
}

ScenarioChoice readChoice(Reader &reader, const QJsonObject &object, const QString &path)
{
    reader.checkKeys(object, path,
                     {QStringLiteral("id"), QStringLiteral("prompt"), QStringLiteral("options")});
    ScenarioChoice choice;
    choice.id = reader.string(object, QStringLiteral("id"), path);
    choice.prompt = reader.text(object, QStringLiteral("prompt"), path);
    const QJsonArray options = reader.array(object, QStringLiteral("options"), path);
    const QString optionsPath = Reader::join(path, QStringLiteral("options"));
    if (!reader.failed() && options.size() < 2)
        reader.fail(optionsPath, ParseErrorCode::Malformed, ParseReason::ChoiceNeedsTwoOptions);
    for (qsizetype i = 0; i < options.size() && !reader.failed(); ++i) {
        const QString optionPath = Reader::join(optionsPath, i);
        if (!options[i].isObject()) {
            reader.fail(optionPath, ParseErrorCode::Malformed, ParseReason::ExpectedObject);
            break;
        }
        ScenarioOption option = readOption(reader, options[i].toObject(), optionPath);
        const bool duplicate = std::any_of(
            choice.options.begin(), choice.options.end(),
            [&](const ScenarioOption &other) { return other.id == option.id; });
        if (duplicate)
            reader.fail(Reader::join(optionPath, QStringLiteral("id")), ParseErrorCode::Malformed,
                        ParseReason::OptionIdTwice, {option.id});
        choice.options.push_back(std::move(option));
    }
    return choice;
}

} // namespace

QString scenarioQueryKey(ScenarioQuery query)
{
    return query == ScenarioQuery::LeastExposed ? QStringLiteral("least_exposed")
                                                : QStringLiteral("fastest");
}

QString travelModeKey(TravelMode mode)
{
    switch (mode) {
    case TravelMode::MetroOnly:
        return QStringLiteral("metro");
    case TravelMode::WalkOnly:
        return QStringLiteral("walk");
    case TravelMode::Any:
        break;
    }
    return QStringLiteral("any");
}

Result<Scenario> readScenario(QByteArrayView json, const QString &fileName)
{
    Reader reader(json, fileName);
    const std::optional<QJsonObject> root =
        reader.root(QString::fromLatin1(kScenarioFormat), kScenarioVersion);
    if (!root)
        return reader.error();
    reader.checkKeys(*root, QString(),
                     {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("id"),
                      QStringLiteral("minutes"), QStringLiteral("title"),
                      QStringLiteral("person"), QStringLiteral("goal"), QStringLiteral("start"),
                      QStringLiteral("end"), QStringLiteral("profile"),
                      QStringLiteral("choices"), QStringLiteral("questions"),
                      QStringLiteral("discussion_notes"), QStringLiteral("next_steps")});
    Scenario s;
    s.file = fileName;
    s.source = json.toByteArray();
    s.id = reader.string(*root, QStringLiteral("id"), QString());
    s.minutes = int(reader.number(*root, QStringLiteral("minutes"), QString(), 20, 5, 120));
    s.title = reader.text(*root, QStringLiteral("title"), QString());
    s.person = reader.text(*root, QStringLiteral("person"), QString());
    s.goal = reader.text(*root, QStringLiteral("goal"), QString());
    s.start = reader.string(*root, QStringLiteral("start"), QString());
    s.end = reader.string(*root, QStringLiteral("end"), QString());
    s.profile = profileOf(reader, *root, QString(), QStringLiteral("ordinary"));

    const QJsonArray choices = reader.array(*root, QStringLiteral("choices"), QString());
    if (!reader.failed() && choices.isEmpty())
        reader.fail(QStringLiteral("choices"), ParseErrorCode::Malformed,
                    ParseReason::ScenarioNeedsChoice);
    for (qsizetype i = 0; i < choices.size() && !reader.failed(); ++i) {
        const QString path = Reader::join(QStringLiteral("choices"), i);
        if (!choices[i].isObject()) {
            reader.fail(path, ParseErrorCode::Malformed, ParseReason::ExpectedObject);
            break;
        }
        ScenarioChoice choice = readChoice(reader, choices[i].toObject(), path);
        if (std::any_of(s.choices.begin(), s.choices.end(),
                        [&](const ScenarioChoice &c) { return c.id == choice.id; }))
            reader.fail(Reader::join(path, QStringLiteral("id")), ParseErrorCode::Malformed,
                        ParseReason::ChoiceIdTwice, {choice.id});
        s.choices.push_back(std::move(choice));
    }
    s.questions = reader.texts(*root, QStringLiteral("questions"), QString(), 1);
    s.discussionNotes = reader.texts(*root, QStringLiteral("discussion_notes"), QString(), 1);
    s.nextSteps = reader.texts(*root, QStringLiteral("next_steps"), QString(), 1);
    if (reader.failed())
        return reader.error();
    return s;
}

Result<Scenario> readScenarioFile(const QString &path)
{
    QFile file(path);
    const QString name = path.startsWith(QLatin1Char(':')) ? QFileInfo(path).fileName() : path;
    if (!file.open(QIODevice::ReadOnly))
        return systemError(name, ParseErrorCode::CannotOpen, file.errorString());
    if (file.size() > kMaxTrainingFileBytes)
        return tooLarge(name, kMaxTrainingFileBytes);
    return readScenario(file.readAll(), name);
}

QStringList shippedScenarioFiles()
{
    const QDir dir(kScenarioResourceDir);
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

std::vector<Scenario> shippedScenarios()
{
    std::vector<Scenario> out;
    for (const QString &path : shippedScenarioFiles()) {
        Result<Scenario> read = readScenarioFile(path);
        if (auto *scenario = std::get_if<Scenario>(&read))
            out.push_back(std::move(*scenario));
    }
    return out;
}

} // namespace blindspot
