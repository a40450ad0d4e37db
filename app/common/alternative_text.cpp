#include "common/alternative_text.h"

#include "common/risk_wording.h"
#include "common/route_text.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace blindspot {

namespace {

// A change helps when it lowers the chance by at least this much (in probability), even if the
// rounded number of trips out of 10 stays the same.
constexpr double kNoticeableDrop = 0.05;

bool stationIn(const Place &place, StationId station)
{
    return std::find(place.stations.begin(), place.stations.end(), station) != place.stations.end();
}

bool rides(const Route &route)
{
    return std::any_of(route.legs.begin(), route.legs.end(),
                       [](const RouteLeg &leg) { return leg.kind == LegKind::Ride; });
}

bool onAlertDay(const Plan &plan)
{
    return plan.conditions.profile == QLatin1String("event");
}

} // namespace

AlternativeText::Action AlternativeText::describe(const Alternative &a, const Plan &plan,
                                                  const Route &current, const RouteText &text)
{
    Action action;
    const QString station = text.stationName(a.station);
    switch (a.kind) {
    case Alternative::Kind::OtherEntrance: {
        const QString door =
            text.placeName(Place{Place::Kind::Entrance, {a.station}, a.entrance, {}});
        action.what = tr("Use an entrance other than %1").arg(door);
        break;
    }
    case Alternative::Kind::AvoidStation:
        if (stationIn(plan.request.from, a.station))
            action.what = tr("Walk to a station other than %1 and start there").arg(station);
        else if (stationIn(plan.request.to, a.station))
            action.what = tr("Get off at a station other than %1 and walk the rest").arg(station);
        else
            action.what = tr("Go around %1 station").arg(station);
        break;
    case Alternative::Kind::AvoidLine:
        action.what = tr("Avoid %1").arg(text.lineName(a.line));
        break;
    case Alternative::Kind::MetroOnly:
        action.what = tr("Ride the metro instead of walking between stations");
        break;
    case Alternative::Kind::WalkOnly:
        action.what = tr("Walk the whole way, without the metro");
        break;
    case Alternative::Kind::OtherDay:
        if (onAlertDay(plan))
            action.what = tr("If you can, travel on an ordinary day instead");
        else if (rides(current))
            action.what = tr("Avoid the metro on alert days (announced protests, holidays)");
        else
            action.what = tr("If you can, avoid this trip on alert days (announced protests, "
                             "holidays)");
        action.evidence = tr("Strong evidence: on 12 June 2022, 43 people were detained in the "
                             "metro through face recognition, and it repeats on holidays.");
        // Not a change the traveller makes but a day to stay away from: the number is the
        // warning.
        action.warning = !onAlertDay(plan);
        break;
    case Alternative::Kind::MedicalMask:
        action.what = tr("What if you wear a medical mask");
        action.evidence = tr("Partial, weakening evidence: NIST tests found the best systems "
                             "barely affected, and vendors say masks no longer help. Covering "
                             "the face at a rally is illegal in Russia (Law 54-FZ).");
        action.whatIf = true;
        break;
    case Alternative::Kind::Sunglasses:
        action.what = tr("What if you wear dark sunglasses");
        action.evidence = tr("Moderate evidence, from laboratory tests only.");
        action.whatIf = true;
        break;
    case Alternative::Kind::Cap:
        action.what = tr("What if you wear a cap and look down");
        action.evidence = tr("Unknown: turnstile cameras sit at face height, where a cap hides "
                             "little.");
        action.whatIf = true;
        break;
    }

    if (!a.route) {
        action.effect = tr("No route reaches the destination that way.");
        return action;
    }
    const Route &r = *a.route;
    const double before = current.probability();
    const double after = r.probability();
    const auto [low, high] = RiskWording::rangeOutOfTen(r.hazard);
    action.helps = RiskWording::outOfTen(after) < RiskWording::outOfTen(before) ||
                   after < before - kNoticeableDrop;
    const QString change = RouteText::durationChange(r.durationSeconds - current.durationSeconds);
    if (action.warning) {
        action.effect = tr("On such a day this way: %1 (%2-%3 of 10).")
                            .arg(RiskWording::frequency(after))
                            .arg(low)
                            .arg(high);
        action.helps = false;
    } else if (!action.helps && RiskWording::outOfTen(after) > RiskWording::outOfTen(before)) {
        action.effect = tr("Then %1 (%2-%3 of 10), %4: this raises the chance.")
                            .arg(RiskWording::frequency(after))
                            .arg(low)
                            .arg(high)
                            .arg(change);
    } else if (const long looksAfter = std::lround(r.figures.expectedFrCaptures.central),
               looksBefore = std::lround(current.figures.expectedFrCaptures.central);
               !action.helps && looksAfter <= looksBefore &&
               r.figures.frCheckpoints <= current.figures.frCheckpoints &&
               (looksAfter <= 0.9 * double(looksBefore) - 0.5 ||
                r.figures.frCheckpoints < current.figures.frCheckpoints)) {
        // A look or two fewer out of twenty is noise in these estimates, not a reason to walk
        // further: a tenth fewer, or a checkpoint fewer, is.
        // The chance is near certain either way, but the system gets fewer looks (model v2,
        // RISK-COMMUNICATION.md): fewer checkpoints, less footage to find later.
        action.helps = true;
        const QString still = RiskWording::frequency(after);
        action.effect =
            r.figures.frCheckpoints == current.figures.frCheckpoints
                ? tr("Then still %1 (%2-%3 of 10), %4, but fewer good looks at your face: about "
                     "%5 instead of %6.")
                      .arg(still)
                      .arg(low)
                      .arg(high)
                      .arg(change)
                      .arg(looksAfter)
                      .arg(looksBefore)
            : looksAfter < looksBefore
                ? tr("Then still %1 (%2-%3 of 10), %4, but fewer good looks at your face: about "
                     "%5 instead of %6 (face-recognition checkpoints: %7 instead of %8).")
                      .arg(still)
                      .arg(low)
                      .arg(high)
                      .arg(change)
                      .arg(looksAfter)
                      .arg(looksBefore)
                      .arg(r.figures.frCheckpoints)
                      .arg(current.figures.frCheckpoints)
                : tr("Then still %1 (%2-%3 of 10), %4, but fewer face-recognition checkpoints: "
                     "%5 instead of %6 (good looks at your face: about %7).")
                      .arg(still)
                      .arg(low)
                      .arg(high)
                      .arg(change)
                      .arg(r.figures.frCheckpoints)
                      .arg(current.figures.frCheckpoints)
                      .arg(looksAfter);
    } else if (action.helps) {
        action.effect = tr("Then: %1 (%2-%3 of 10), %4.")
                            .arg(RiskWording::frequency(after))
                            .arg(low)
                            .arg(high)
                            .arg(change);
    } else {
        action.effect = tr("Then still %1 (%2-%3 of 10), %4: this does not lower the chance here.")
                            .arg(RiskWording::frequency(after))
                            .arg(low)
                            .arg(high)
                            .arg(change);
    }
    if (!a.sameWay)
        action.effect += QLatin1Char(' ') + tr("(Planning found a different way for this.)");
    return action;
}

QString AlternativeText::hiddenByTimeLimit(const Plan &plan)
{
    if (!plan.hiddenByTimeLimit || plan.routes.empty())
        return {};
    const Route &hidden = *plan.hiddenByTimeLimit;
    const Route &shown = plan.routes[plan.leastExposed];
    const double before = shown.probability();
    const double after = hidden.probability();
    // The same rule as for an alternative that helps: a lower count out of ten, or a drop the
    // estimate can tell apart from noise.
    if (!(RiskWording::outOfTen(after) < RiskWording::outOfTen(before) ||
          after < before - kNoticeableDrop))
        return {};
    const auto [low, high] = RiskWording::rangeOutOfTen(hidden.hazard);
    const double fastest = plan.routes[plan.fastest].durationSeconds;
    return tr("Your time limit hides a way with a lower chance: %1 (%2-%3 of 10) instead of %4, "
              "%5 than the fastest.")
        .arg(RiskWording::frequency(after))
        .arg(low)
        .arg(high)
        .arg(RiskWording::frequency(before))
        .arg(RouteText::durationChange(hidden.durationSeconds - fastest));
}

QString AlternativeText::triedName(const Alternative &a, const Plan &plan, const RouteText &text)
{
    const QString station = text.stationName(a.station);
    switch (a.kind) {
    case Alternative::Kind::OtherEntrance:
        return tr("using another entrance at %1").arg(station);
    case Alternative::Kind::AvoidStation:
        if (stationIn(plan.request.from, a.station))
            return tr("starting at a station other than %1").arg(station);
        if (stationIn(plan.request.to, a.station))
            return tr("getting off at a station other than %1").arg(station);
        return tr("going around %1 station").arg(station);
    case Alternative::Kind::AvoidLine:
        // The line's short label, so that the name needs no grammatical case around it.
        return tr("avoiding line %1").arg(text.lineRef(a.line));
    case Alternative::Kind::MetroOnly:
        return tr("riding the metro instead of walking between stations");
    case Alternative::Kind::WalkOnly:
        return tr("walking the whole way");
    case Alternative::Kind::OtherDay:
        return onAlertDay(plan) ? tr("travelling on an ordinary day")
                                : tr("travelling on an alert day");
    case Alternative::Kind::MedicalMask:
        return tr("wearing a medical mask");
    case Alternative::Kind::Sunglasses:
        return tr("wearing dark sunglasses");
    case Alternative::Kind::Cap:
        return tr("wearing a cap with your head down");
    }
    return {};
}

AlternativeText::Suggestions
AlternativeText::suggestions(const std::vector<Alternative> &alternatives, const Plan &plan,
                             const Route &current, const RouteText &text)
{
    Suggestions out;
    QStringList tried;
    for (std::size_t i = 0; i < alternatives.size(); ++i) {
        Action action = describe(alternatives[i], plan, current, text);
        if (action.helps || action.warning) {
            out.listed.push_back({i, std::move(action)});
        } else {
            out.folded.push_back(i);
            tried << triedName(alternatives[i], plan, text);
        }
    }
    tried.removeDuplicates();
    if (tried.isEmpty())
        return out;
    const bool anyHelps =
        std::any_of(out.listed.begin(), out.listed.end(),
                    [](const Suggestions::Item &item) { return item.action.helps; });
    const QString list = QLocale().createSeparatedList(tried);
    out.alsoTried = anyHelps ? tr("Also tried, without lowering the chance here: %1.").arg(list)
                             : tr("Nothing Blindspot tried lowers the chance here: %1.").arg(list);
    return out;
}

QString AlternativeText::whatIfHeading()
{
    return tr("What if… (a what-if, never a promise of safety)");
}

} // namespace blindspot
