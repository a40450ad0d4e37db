// `route`: plans routes on a pack and explains their exposure.
#include "cli/cli.h"

#include "common/alternative_text.h"
#include "common/error_text.h"
#include "core/exposure/model_parameters.h"
#include "core/io/pack_io.h"
#include "core/io/track_reader.h"
#include "common/risk_wording.h"
#include "common/route_text.h"
#include "core/routing/place_resolver.h"
#include "core/routing/planning_session.h"
#include "core/routing/route_planner.h"
#include "common/translations.h"
#include "common/walking_directions.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace blindspot::cli {

namespace {

QString lang()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

QString stationName(const Dataset &d, StationId s)
{
    return d.network.station(s).name.inLanguage(lang());
}

QString legKindKey(LegKind kind)
{
    switch (kind) {
    case LegKind::Walk:
        return QStringLiteral("walk");
    case LegKind::Entry:
        return QStringLiteral("entry");
    case LegKind::Ride:
        return QStringLiteral("ride");
    case LegKind::Transfer:
        return QStringLiteral("transfer");
    case LegKind::Exit:
        return QStringLiteral("exit");
    }
    return {};
}

QJsonObject hazardJson(const Hazard &h)
{
    return QJsonObject{{QStringLiteral("p"), h.central},
                       {QStringLiteral("low"), h.low},
                       {QStringLiteral("high"), h.high}};
}

/// A camera as the JSON names it: by its stable id, which the pack keeps (DESIGN.md).
double cameraJson(const Dataset &dataset, CameraIndex camera)
{
    return double(indexOf(dataset.camera(camera).id));
}

/// The model v2 figures (DESIGN.md, command line contract), for a route or a leg.
void addFigures(QJsonObject &o, const Dataset &dataset, const ExposureFigures &f)
{
    QJsonArray cameras;
    for (CameraIndex camera : f.camerasInView)
        cameras.append(cameraJson(dataset, camera));
    o.insert(QStringLiteral("expected_fr_captures"), hazardJson(f.expectedFrCaptures));
    o.insert(QStringLiteral("fr_checkpoints"), f.frCheckpoints);
    o.insert(QStringLiteral("seconds_in_view"), f.secondsInView);
    o.insert(QStringLiteral("seconds_in_fr_view"), f.secondsInFrView);
    o.insert(QStringLiteral("walk_m"), f.walkMetres);
    o.insert(QStringLiteral("walk_share_in_view"), f.walkShareInView());
    o.insert(QStringLiteral("unsurveyed_walk_m"), f.unsurveyedWalkMetres);
    o.insert(QStringLiteral("cameras_in_view"), cameras);
}

QString stepKindKey(WalkingStep::Kind kind)
{
    switch (kind) {
    case WalkingStep::Kind::Depart:
        return QStringLiteral("depart");
    case WalkingStep::Kind::Continue:
        return QStringLiteral("continue");
    case WalkingStep::Kind::Steps:
        return QStringLiteral("steps");
    case WalkingStep::Kind::Underpass:
        return QStringLiteral("underpass");
    case WalkingStep::Kind::Crossing:
        return QStringLiteral("crossing");
    case WalkingStep::Kind::Footbridge:
        return QStringLiteral("footbridge");
    case WalkingStep::Kind::Indoor:
        return QStringLiteral("indoor");
    case WalkingStep::Kind::Arrive:
        return QStringLiteral("arrive");
    }
    return {};
}

QString turnKey(WalkingStep::Turn turn)
{
    switch (turn) {
    case WalkingStep::Turn::Straight:
        return QStringLiteral("straight");
    case WalkingStep::Turn::SlightLeft:
        return QStringLiteral("slight_left");
    case WalkingStep::Turn::Left:
        return QStringLiteral("left");
    case WalkingStep::Turn::SharpLeft:
        return QStringLiteral("sharp_left");
    case WalkingStep::Turn::SlightRight:
        return QStringLiteral("slight_right");
    case WalkingStep::Turn::Right:
        return QStringLiteral("right");
    case WalkingStep::Turn::SharpRight:
        return QStringLiteral("sharp_right");
    }
    return {};
}

/// A walking leg's `steps`: what to do, the street (in the UI language, absent when unnamed),
/// the turn, heading and distance, and the cameras met on the step.
QJsonArray walkingStepsJson(const RouteText &text, const Route &r, std::size_t legIndex)
{
    QJsonArray steps;
    for (const WalkingDirections::Line &line : WalkingDirections(text).linesOf(r, legIndex)) {
        const WalkingStep &s = line.step;
        QJsonArray cameras;
        for (CameraIndex camera : s.cameras)
            cameras.append(cameraJson(text.dataset(), camera));
        QJsonObject o{{QStringLiteral("kind"), stepKindKey(s.kind)},
                      {QStringLiteral("text"), line.text},
                      {QStringLiteral("turn"), turnKey(s.turn)},
                      {QStringLiteral("heading_deg"), qRound(s.headingDegrees) % 360},
                      {QStringLiteral("distance_m"), qRound(s.metres)},
                      {QStringLiteral("lat"), s.start.lat},
                      {QStringLiteral("lon"), s.start.lon},
                      {QStringLiteral("cameras"), cameras}};
        if (isSet(s.way) && indexOf(s.way) < text.dataset().streets.ways.size()) {
            const QString street =
                text.dataset().streets.ways[indexOf(s.way)].name.inLanguage(text.language());
            if (!street.isEmpty())
                o.insert(QStringLiteral("street"), street);
        }
        steps.append(o);
    }
    return steps;
}

QJsonObject routeJson(const RouteText &text, const Route &r)
{
    QJsonArray legs;
    for (const RouteLeg &leg : r.legs) {
        QJsonArray cameras;
        for (const HazardSource &s : leg.sources)
            if (s.kind == HazardSource::Kind::Camera)
                cameras.append(cameraJson(text.dataset(), s.camera));
        QJsonObject o{{QStringLiteral("kind"), legKindKey(leg.kind)},
                      {QStringLiteral("from"), text.placeName(leg.from)},
                      {QStringLiteral("to"), text.placeName(leg.to)},
                      {QStringLiteral("duration_s"), qRound(leg.durationSeconds)},
                      {QStringLiteral("hazard"), leg.hazard.central},
                      {QStringLiteral("hazard_low"), leg.hazard.low},
                      {QStringLiteral("hazard_high"), leg.hazard.high},
                      {QStringLiteral("chokepoint"), leg.chokepoint},
                      {QStringLiteral("cameras"), cameras}};
        if (leg.kind == LegKind::Ride) {
            o.insert(QStringLiteral("line"), text.lineRef(leg.line));
            o.insert(QStringLiteral("stops"), leg.stops);
            QJsonArray passed;
            for (StationId s : leg.passedStations)
                passed.append(text.stationName(s));
            o.insert(QStringLiteral("passes"), passed);
        }
        addFigures(o, text.dataset(), leg.figures);
        if (leg.kind == LegKind::Walk)
            o.insert(QStringLiteral("steps"),
                     walkingStepsJson(text, r, std::size_t(&leg - r.legs.data())));
        legs.append(o);
    }
    QJsonObject route{
        {QStringLiteral("duration_s"), qRound(r.durationSeconds)},
        {QStringLiteral("exposure"),
         QJsonObject{{QStringLiteral("p"), r.probability(Bound::Central)},
                     {QStringLiteral("low"), r.probability(Bound::Low)},
                     {QStringLiteral("high"), r.probability(Bound::High)}}},
        {QStringLiteral("transfers"), r.transfers},
        {QStringLiteral("fr_cameras"), r.frCamerasPassed},
        {QStringLiteral("assumed_share"), r.assumedShare},
        {QStringLiteral("legs"), legs},
    };
    addFigures(route, text.dataset(), r.figures);
    return route;
}

QString alternativeKindKey(Alternative::Kind kind)
{
    switch (kind) {
    case Alternative::Kind::OtherEntrance:
        return QStringLiteral("other_entrance");
    case Alternative::Kind::AvoidStation:
        return QStringLiteral("avoid_station");
    case Alternative::Kind::AvoidLine:
        return QStringLiteral("avoid_line");
    case Alternative::Kind::MetroOnly:
        return QStringLiteral("metro_only");
    case Alternative::Kind::WalkOnly:
        return QStringLiteral("walk_only");
    case Alternative::Kind::OtherDay:
        return QStringLiteral("other_day");
    case Alternative::Kind::MedicalMask:
        return QStringLiteral("medical_mask");
    case Alternative::Kind::Sunglasses:
        return QStringLiteral("sunglasses");
    case Alternative::Kind::Cap:
        return QStringLiteral("cap");
    }
    return {};
}

/// What `--suggest` adds to a route in JSON: each alternative, what it changes and where it
/// leads ("route" null when nothing reaches the destination that way).
QJsonArray alternativesJson(const RouteText &text, const Plan &plan, const Route &current,
                            const std::vector<Alternative> &alternatives)
{
    QJsonArray list;
    for (const Alternative &a : alternatives) {
        QJsonObject o{
            {QStringLiteral("kind"), alternativeKindKey(a.kind)},
            {QStringLiteral("helps"), AlternativeText::describe(a, plan, current, text).helps}};
        if (a.leg != Alternative::kAnyLeg)
            o.insert(QStringLiteral("leg"), double(a.leg));
        if (isSet(a.station))
            o.insert(QStringLiteral("station"), text.stationName(a.station));
        if (isSet(a.entrance))
            o.insert(QStringLiteral("entrance"),
                     text.placeName(Place{Place::Kind::Entrance, {a.station}, a.entrance, {}}));
        if (isSet(a.line))
            o.insert(QStringLiteral("line"), text.lineRef(a.line));
        if (a.kind == Alternative::Kind::OtherDay)
            o.insert(QStringLiteral("profile"), a.conditions.profile);
        o.insert(QStringLiteral("same_way"), a.sameWay);
        if (a.route) {
            const Route &r = *a.route;
            o.insert(
                QStringLiteral("route"),
                QJsonObject{{QStringLiteral("duration_s"), qRound(r.durationSeconds)},
                            {QStringLiteral("exposure"),
                             QJsonObject{{QStringLiteral("p"), r.probability(Bound::Central)},
                                         {QStringLiteral("low"), r.probability(Bound::Low)},
                                         {QStringLiteral("high"), r.probability(Bound::High)}}},
                            {QStringLiteral("expected_fr_captures"),
                             hazardJson(r.figures.expectedFrCaptures)},
                            {QStringLiteral("fr_checkpoints"), r.figures.frCheckpoints},
                            {QStringLiteral("transfers"), r.transfers}});
        } else {
            o.insert(QStringLiteral("route"), QJsonValue::Null);
        }
        list.append(o);
    }
    return list;
}

/// `--suggest` in text: what would lower the risk of route `number`, worded as the planner's
/// details word it.
void printSuggestions(Console &console, const RouteText &text, const Plan &plan,
                      const Route &current, int number,
                      const std::vector<Alternative> &alternatives)
{
    QTextStream &o = console.out;
    o << Cli::tr("What would lower the risk (compared with route %1):").arg(number) << '\n';
    const AlternativeText::Suggestions suggestions =
        AlternativeText::suggestions(alternatives, plan, current, text);
    bool whatIfHeading = false;
    for (const AlternativeText::Suggestions::Item &item : suggestions.listed) {
        const AlternativeText::Action &action = item.action;
        if (action.whatIf && !whatIfHeading) {
            o << "  " << AlternativeText::whatIfHeading() << '\n';
            whatIfHeading = true;
        }
        o << "  - " << action.what << '\n';
        o << "    " << action.effect << '\n';
        if (!action.evidence.isEmpty())
            o << "    " << action.evidence << '\n';
    }
    if (!suggestions.alsoTried.isEmpty())
        o << "  " << suggestions.alsoTried << '\n';
}

void printRoute(Console &console, const RouteText &text, const Route &r, int number, int count,
                const QString &label, const QString &profile)
{
    QTextStream &o = console.out;
    o << Cli::tr("Route %1 of %2: %3, transfers: %4")
             .arg(number)
             .arg(count)
             .arg(RouteText::duration(r.durationSeconds))
             .arg(r.transfers);
    if (!label.isEmpty())
        o << " - " << label;
    o << '\n';
    o << "  " << Cli::tr("Chance of being identified: %1").arg(RiskWording::summary(r.hazard))
      << '\n';
    o << "  " << RiskWording::referenceClass(profile) << '\n';
    o << "  " << RiskWording::evidenceLabel(r.assumedShare) << '\n';
    for (const QString &line : RouteText::figureLines(r.figures))
        o << "  " << line << '\n';
    o << "  "
      << Cli::tr("Mapped cameras with face recognition confirmed or suspected along the way: %1")
             .arg(r.frCamerasPassed)
      << '\n';
    int step = 1;
    for (const RouteLeg &leg : r.legs) {
        o << QStringLiteral("  %1. ").arg(step++) << text.legText(leg) << " ("
          << RouteText::duration(leg.durationSeconds) << ")";
        if (leg.chokepoint)
            o << "  <- " << Cli::tr("most of the risk is here");
        o << '\n';
        if (leg.hazard.high > 0.0) {
            QStringList parts;
            for (std::size_t i = 0; i < leg.sources.size() && i < 3; ++i)
                parts << text.sourceText(leg.sources[i]);
            o << "       "
              << Cli::tr("this step alone: %1; from %2")
                     .arg(RiskWording::summary(leg.hazard), parts.join(QStringLiteral("; ")))
              << '\n';
            o << "       " << RouteText::expectedLooks(leg.figures.expectedFrCaptures) << '\n';
        }
        if (leg.kind == LegKind::Walk)
            for (const WalkingDirections::Line &line :
                 WalkingDirections(text).linesOf(r, std::size_t(&leg - r.legs.data())))
                o << "       - " << line.text
                  << (line.cameras.isEmpty() ? QString()
                                             : QStringLiteral(" (%1)").arg(line.cameras))
                  << '\n';
    }
}

std::optional<std::vector<StationId>> stationsFrom(Console &console, const PlaceResolver &resolver,
                                                   const QString &list)
{
    std::vector<StationId> out;
    for (const QString &name : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto r = resolver.resolve(name);
        if (!r.place || r.place->kind != Place::Kind::Station) {
            console.err << Cli::tr("unknown station \"%1\"").arg(name) << '\n';
            return std::nullopt;
        }
        out.insert(out.end(), r.place->stations.begin(), r.place->stations.end());
    }
    return out;
}

} // namespace

int runRoute(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        Cli::tr("Start: station, station:N, entrance:N or lat,lon; - reads it from standard "
                "input, out of other users' sight."),
        QStringLiteral("PLACE"));
    const QCommandLineOption toOption(QStringLiteral("to"), Cli::tr("End, like --from."),
                                      QStringLiteral("PLACE"));
    const QCommandLineOption modeOption(QStringLiteral("mode"),
                                        Cli::tr("fastest, least-exposed or pareto."),
                                        QStringLiteral("MODE"), QStringLiteral("pareto"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           Cli::tr("Day profile: ordinary or event."),
                                           QStringLiteral("P"), QStringLiteral("ordinary"));
    const QCommandLineOption travelOption(QStringLiteral("travel"), Cli::tr("any, metro or walk."),
                                          QStringLiteral("T"), QStringLiteral("any"));
    const QCommandLineOption avoidOption(QStringLiteral("avoid"),
                                         Cli::tr("Stations to avoid, comma-separated."),
                                         QStringLiteral("S1,S2"));
    const QCommandLineOption avoidLinesOption(
        QStringLiteral("avoid-lines"), Cli::tr("Lines to avoid (ref or name), comma-separated."),
        QStringLiteral("L1,L2"));
    const QCommandLineOption avoidEntrancesOption(
        QStringLiteral("avoid-entrances"),
        Cli::tr("Entrance numbers to avoid (entrance:N), comma-separated."),
        QStringLiteral("E1,E2"));
    const QCommandLineOption budgetOption(
        QStringLiteral("budget"), Cli::tr("At most this many times the fastest route's duration."),
        QStringLiteral("X"));
    const QCommandLineOption maskOption(QStringLiteral("mask"),
                                        Cli::tr("What if: wearing a medical mask."));
    const QCommandLineOption sunglassesOption(QStringLiteral("sunglasses"),
                                              Cli::tr("What if: wearing dark sunglasses."));
    const QCommandLineOption capOption(QStringLiteral("cap"),
                                       Cli::tr("What if: wearing a cap against ceiling cameras."));
    const QCommandLineOption paramsOption(QStringLiteral("params"),
                                          Cli::tr("A JSON file of model parameter overrides."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption suggestOption(
        QStringLiteral("suggest"),
        Cli::tr("Also say what would lower the risk of the least exposed route (or the one "
                "route of --mode fastest or least-exposed): other entrances, stations, lines, "
                "walking, another day, what-ifs; each planned again."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOptions({fromOption, toOption, modeOption, profileOption, travelOption, avoidOption,
                       avoidLinesOption, avoidEntrancesOption, budgetOption, maskOption,
                       sunglassesOption, capOption, paramsOption, suggestOption, jsonOption});
    if (int code = kExitOk; !parseCommand(parser, QStringLiteral("route"), args, console, &code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(fromOption) ||
        !parser.isSet(toOption))
        return usageError(console,
                          Cli::tr("usage: blindspot-cli route FILE --from PLACE --to PLACE "
                                  "[--mode fastest|least-exposed|pareto] [--profile P] "
                                  "[--suggest] [--json]"));
    const QString mode = parser.value(modeOption);
    if (mode != QLatin1String("fastest") && mode != QLatin1String("least-exposed") &&
        mode != QLatin1String("pareto"))
        return usageError(console, Cli::tr("--mode must be fastest, least-exposed or pareto"));
    RouteRequest request;
    const QString travel = parser.value(travelOption);
    if (travel == QLatin1String("metro"))
        request.mode = TravelMode::MetroOnly;
    else if (travel == QLatin1String("walk"))
        request.mode = TravelMode::WalkOnly;
    else if (travel != QLatin1String("any"))
        return usageError(console, Cli::tr("--travel must be any, metro or walk"));
    if (parser.isSet(budgetOption)) {
        bool ok = false;
        request.budgetFactor = QLocale::c().toDouble(parser.value(budgetOption), &ok);
        if (!ok || request.budgetFactor < 1.0)
            return usageError(console,
                              Cli::tr("--budget must be a number of at least 1, e.g. 1.5"));
    }

    const Result<Dataset> read = readPackFile(parser.positionalArguments().first());
    if (isError(read))
        return inputError(console, std::get<ParseError>(read));
    auto dataset = std::make_shared<const Dataset>(std::get<Dataset>(read));
    const Result<ModelParameters> parameters =
        parametersFor(*dataset, parser.value(profileOption), parser.value(paramsOption));
    if (isError(parameters)) {
        const ParseError &e = std::get<ParseError>(parameters);
        if (e.reason == ParseReason::UnknownProfile)
            return usageError(console, Cli::tr("unknown profile \"%1\"; known: %2")
                                           .arg(parser.value(profileOption),
                                                ModelParameters::builtIn().profileNames().join(
                                                    QStringLiteral(", "))));
        return inputError(console, e);
    }

    // "-" reads the place from standard input, one line each (--from's first): places given
    // as arguments are visible to every local user in /proc/PID/cmdline while this runs.
    QString fromPlace = parser.value(fromOption);
    QString toPlace = parser.value(toOption);
    QTextStream standardInput(stdin);
    for (QString *place : {&fromPlace, &toPlace}) {
        if (*place != QLatin1String("-"))
            continue;
        *place = standardInput.readLine().trimmed();
        if (place->isEmpty())
            return usageError(console, Cli::tr("--from - and --to - read one place per line "
                                               "from standard input; a line is missing or empty"));
    }
    const PlaceResolver resolver(*dataset);
    for (auto [text, place] :
         {std::pair{&fromPlace, &request.from}, std::pair{&toPlace, &request.to}}) {
        const auto r = resolver.resolve(*text);
        if (!r.place) {
            console.err << Cli::tr("%1: no station, entrance or position called \"%2\"")
                               .arg(parser.positionalArguments().first(), *text)
                        << '\n';
            if (!r.suggestions.empty() || !r.placeSuggestions.empty()) {
                QStringList names;
                for (StationId s : r.suggestions)
                    if (!names.contains(stationName(*dataset, s)))
                        names << stationName(*dataset, s);
                for (std::size_t i : r.placeSuggestions) {
                    const NamedPlace &p = dataset->places[i];
                    const QString name =
                        p.name.isEmpty()
                            ? Cli::tr("%1 %2", "an address: street, then house number")
                                  .arg(p.street, p.houseNumber)
                            : p.name.inLanguage(lang());
                    if (!names.contains(name))
                        names << name;
                }
                console.err << Cli::tr("Did you mean: %1?").arg(names.join(QStringLiteral(", ")))
                            << '\n';
            }
            return kExitBadInput;
        }
        *place = *r.place;
    }
    if (parser.isSet(avoidOption)) {
        const auto stations = stationsFrom(console, resolver, parser.value(avoidOption));
        if (!stations)
            return kExitBadInput;
        request.avoidStations = *stations;
    }
    for (const QString &name :
         parser.value(avoidLinesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool found = false;
        for (const Line &line : dataset->network.lines)
            if (line.ref == name || line.name.allSpellings().contains(name, Qt::CaseInsensitive)) {
                request.avoidLines.push_back(line.id);
                found = true;
            }
        if (!found) {
            console.err << Cli::tr("unknown line \"%1\"").arg(name) << '\n';
            return kExitBadInput;
        }
    }
    for (const QString &name :
         parser.value(avoidEntrancesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto r = resolver.resolve(name.startsWith(QLatin1String("entrance:"))
                                            ? name
                                            : QStringLiteral("entrance:") + name);
        if (!r.place || r.place->kind != Place::Kind::Entrance) {
            console.err << Cli::tr("unknown entrance \"%1\"").arg(name) << '\n';
            return kExitBadInput;
        }
        request.avoidEntrances.push_back(r.place->entrance);
    }

    // Planned as the GUI plans (PlanningSession): an avoided start or end becomes a point there.
    PlanConditions conditions;
    conditions.profile = parser.value(profileOption);
    conditions.traveller.medicalMask = parser.isSet(maskOption);
    conditions.traveller.sunglasses = parser.isSet(sunglassesOption);
    conditions.traveller.cap = parser.isSet(capOption);
    PlanningSession session;
    session.setDataset(dataset);
    session.setParameterFile(parser.value(paramsOption));
    Result<Plan> planned = session.plan(request, conditions);
    if (isError(planned))
        return inputError(console, std::get<ParseError>(planned));
    const Plan &plan = std::get<Plan>(planned);

    // Indices into plan.routes, which are ordered by duration.
    std::vector<std::size_t> shown;
    if (!plan.routes.empty()) {
        if (mode == QLatin1String("fastest"))
            shown = {plan.fastest};
        else if (mode == QLatin1String("least-exposed"))
            shown = {plan.leastExposed};
        else
            for (std::size_t i = 0; i < plan.routes.size(); ++i)
                shown.push_back(i);
    }
    if (shown.empty() && request.mode == TravelMode::MetroOnly &&
        dataset->network.stations.empty()) {
        console.err << Cli::tr("%1: this map has no metro stations; plan with --travel any or walk")
                           .arg(parser.positionalArguments().first())
                    << '\n';
        return kExitBadInput;
    }
    if (shown.empty()) {
        console.err << Cli::tr("%1: no route found from \"%2\" to \"%3\" with these constraints")
                           .arg(parser.positionalArguments().first(), fromPlace, toPlace)
                    << '\n';
        return kExitBadInput;
    }
    // --suggest works on the least exposed route shown, as the planner's details would for it.
    const std::size_t suggested = shown.size() == 1 ? shown.front() : plan.leastExposed;
    std::vector<Alternative> alternatives;
    if (parser.isSet(suggestOption))
        alternatives = session.alternatives(plan, plan.routes[suggested]);
    const RouteText text(*dataset, lang(), &plan.request);

    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (std::size_t i : shown) {
            QJsonObject route = routeJson(text, plan.routes[i]);
            if (parser.isSet(suggestOption))
                route.insert(QStringLiteral("alternatives"),
                             alternativesJson(text, plan, plan.routes[i],
                                              i == suggested
                                                  ? alternatives
                                                  : session.alternatives(plan, plan.routes[i])));
            list.append(route);
        }
        QJsonObject root{{QStringLiteral("context"), contextOf(*dataset)},
                         {QStringLiteral("routes"), list}};
        // A time limit never hides the least exposed way without a word (as in the GUI).
        if (!AlternativeText::hiddenByTimeLimit(plan).isEmpty())
            root.insert(QStringLiteral("hidden_by_time_limit"),
                        routeJson(text, *plan.hiddenByTimeLimit));
        console.out << QJsonDocument(root).toJson(QJsonDocument::Compact) << '\n';
        return kExitOk;
    }
    if (dataset->header.fictional)
        console.out << Cli::tr("FICTIONAL training data: not a real city.") << "\n\n";
    if (const QString note = RouteText::contextNote(contextOf(*dataset)); !note.isEmpty())
        console.out << note << "\n\n";
    if (const QStringList moved = text.movedEnds(request); !moved.isEmpty())
        console.out << moved.join(QLatin1Char('\n')) << "\n\n";
    const QString hidden = AlternativeText::hiddenByTimeLimit(plan);
    for (std::size_t n = 0; n < shown.size(); ++n) {
        const std::size_t i = shown[n];
        QString label;
        if (shown.size() > 1 && i == plan.fastest)
            label = Cli::tr("fastest");
        if (shown.size() > 1 && i == plan.leastExposed) {
            const QString least = hidden.isEmpty() ? Cli::tr("least exposed")
                                                   : Cli::tr("least exposed within the limit");
            label = label.isEmpty() ? least : label + QStringLiteral(", ") + least;
        }
        printRoute(console, text, plan.routes[i], int(n) + 1, int(shown.size()), label,
                   std::get<ModelParameters>(parameters).activeProfile());
        console.out << '\n';
    }
    if (!hidden.isEmpty())
        console.out << hidden << ' ' << Cli::tr("Plan without --budget to see it.") << "\n\n";
    if (parser.isSet(suggestOption)) {
        const auto number = std::find(shown.begin(), shown.end(), suggested) - shown.begin();
        printSuggestions(console, text, plan, plan.routes[suggested], int(number) + 1,
                         alternatives);
        console.out << '\n';
    }
    console.out << Cli::tr("No route is safe: a low number is not a promise. To lower the chance: "
                           "compare routes and entrances (--mode pareto), avoid alert days "
                           "(--profile event shows them), and see the methodology for what the "
                           "numbers do not cover.")
                << '\n';
    return kExitOk;
}

int runExposure(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption trackOption(
        QStringLiteral("track"),
        Cli::tr("The path: a GPX track or route, or a GeoJSON LineString."),
        QStringLiteral("PATH"));
    const QCommandLineOption rangeOption(
        QStringLiteral("range-m"),
        Cli::tr("Count a camera as having the walker in view within this many metres, whichever "
                "way it looks (default: its field of view out to the model's view range)."),
        QStringLiteral("R"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           Cli::tr("Day profile: ordinary or event."),
                                           QStringLiteral("P"), QStringLiteral("ordinary"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOptions({trackOption, rangeOption, profileOption, jsonOption});
    if (int code = kExitOk; !parseCommand(parser, QStringLiteral("exposure"), args, console, &code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(trackOption))
        return usageError(console, Cli::tr("usage: blindspot-cli exposure FILE --track PATH "
                                           "[--range-m R] [--profile P] [--json]"));
    std::optional<double> range;
    if (parser.isSet(rangeOption)) {
        bool ok = false;
        range = QLocale::c().toDouble(parser.value(rangeOption), &ok);
        if (!ok || !(*range > 0.0) || *range > 1000.0)
            return usageError(
                console, Cli::tr("--range-m must be a number of metres above 0, at most 1000"));
    }
    const Result<Dataset> read = readPackFile(parser.positionalArguments().first());
    if (isError(read))
        return inputError(console, std::get<ParseError>(read));
    auto dataset = std::make_shared<const Dataset>(std::get<Dataset>(read));
    const Result<ModelParameters> parameters =
        parametersFor(*dataset, parser.value(profileOption));
    if (isError(parameters))
        return usageError(console, Cli::tr("unknown profile \"%1\"; known: %2")
                                       .arg(parser.value(profileOption),
                                            ModelParameters::builtIn().profileNames().join(
                                                QStringLiteral(", "))));
    const Result<Track> track = readTrack(parser.value(trackOption));
    if (isError(track))
        return inputError(console, std::get<ParseError>(track));
    const RoutePlanner planner(dataset, std::get<ModelParameters>(parameters));
    const RoutePlanner::TrackExposure e =
        planner.exposureAlong(std::get<Track>(track).points, range);
    const RouteText text(*dataset, lang());
    const QString context = contextOf(*dataset);
    if (parser.isSet(jsonOption)) {
        QJsonObject route = routeJson(text, e.route);
        QJsonArray views;
        for (const CameraField::CameraView &v : e.views)
            views.append(QJsonObject{
                {QStringLiteral("id"), cameraJson(*dataset, v.camera)},
                {QStringLiteral("first_s"), v.firstMetres / e.walkSpeedMps},
                {QStringLiteral("first_m"), v.firstMetres},
                {QStringLiteral("seconds"), v.metres / e.walkSpeedMps},
                {QStringLiteral("metres"), v.metres},
                {QStringLiteral("closest_m"), v.closestMetres}});
        route.insert(QStringLiteral("views"), views);
        route.insert(QStringLiteral("context"), context);
        console.out << QJsonDocument(route).toJson(QJsonDocument::Compact) << '\n';
        return kExitOk;
    }
    if (dataset->header.fictional)
        console.out << Cli::tr("FICTIONAL training data: not a real city.") << "\n\n";
    if (const QString note = RouteText::contextNote(context); !note.isEmpty())
        console.out << note << "\n\n";
    const Route &r = e.route;
    QTextStream &o = console.out;
    o << RouteText::walkedPath(r) << '\n';
    o << "  " << Cli::tr("Chance of being identified: %1").arg(RiskWording::summary(r.hazard))
      << '\n';
    o << "  " << RiskWording::referenceClass(parser.value(profileOption)) << '\n';
    o << "  " << RiskWording::evidenceLabel(r.assumedShare) << '\n';
    for (const QString &line : RouteText::figureLines(r.figures))
        o << "  " << line << '\n';
    if (range)
        o << "  "
          << Cli::tr("\"In view\" here: within %1 of a camera, whichever way it looks.")
                 .arg(RouteText::distance(*range))
          << '\n';
    for (const CameraField::CameraView &v : e.views)
        o << "    " << text.cameraView(v, e.walkSpeedMps) << '\n';
    if (e.views.empty())
        o << "  " << RouteText::noCameraInView(false) << '\n';
    return kExitOk;
}

} // namespace blindspot::cli
