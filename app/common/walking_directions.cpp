#include "common/walking_directions.h"

#include <QLocale>

namespace blindspot {

WalkingDirections::WalkingDirections(const RouteText &text) : m_text(text) {}

std::vector<WalkingDirections::Line> WalkingDirections::linesOf(const Route &route,
                                                                std::size_t legIndex) const
{
    std::vector<Line> lines;
    if (legIndex >= route.legs.size() || route.legs[legIndex].kind != LegKind::Walk)
        return lines;
    const bool enters =
        legIndex + 1 < route.legs.size() && route.legs[legIndex + 1].kind == LegKind::Entry;
    for (WalkingStep &step : walkingSteps(m_text.dataset(), route.legs[legIndex])) {
        Line line;
        line.text = stepText(step, enters);
        if (!step.cameras.empty())
            line.cameras = camerasText(step.cameras.size());
        line.step = std::move(step);
        lines.push_back(std::move(line));
    }
    return lines;
}

QString WalkingDirections::streetName(StreetWayId way) const
{
    const StreetNetwork &streets = m_text.dataset().streets;
    if (!isSet(way) || indexOf(way) >= streets.ways.size())
        return {};
    return streets.ways[indexOf(way)].name.inLanguage(m_text.language());
}

QString WalkingDirections::turnPhrase(WalkingStep::Turn turn)
{
    switch (turn) {
    case WalkingStep::Turn::Straight:
        return tr("Continue straight");
    case WalkingStep::Turn::SlightLeft:
        return tr("Turn slightly left");
    case WalkingStep::Turn::Left:
        return tr("Turn left");
    case WalkingStep::Turn::SharpLeft:
        return tr("Turn sharp left");
    case WalkingStep::Turn::SlightRight:
        return tr("Turn slightly right");
    case WalkingStep::Turn::Right:
        return tr("Turn right");
    case WalkingStep::Turn::SharpRight:
        return tr("Turn sharp right");
    }
    return {};
}

QString WalkingDirections::camerasText(std::size_t count)
{
    return count == 1
               ? tr("1 mapped camera sees you here")
               : tr("%1 mapped cameras see you here").arg(QLocale().toString(qulonglong(count)));
}

QString WalkingDirections::stepText(const WalkingStep &step, bool entersStation) const
{
    const QString metres = RouteText::distance(step.metres);
    const QString street = streetName(step.way);
    const bool turned = step.turn != WalkingStep::Turn::Straight;
    const QString turn = turnPhrase(step.turn);
    switch (step.kind) {
    case WalkingStep::Kind::Depart:
        if (street.isEmpty())
            return tr("Go %1 for %2").arg(RouteText::compassHeading(step.headingDegrees), metres);
        return tr("Go %1 along %2 for %3")
            .arg(RouteText::compassHeading(step.headingDegrees), street, metres);
    case WalkingStep::Kind::Continue:
        if (!turned)
            return street.isEmpty() ? tr("Continue straight for %1").arg(metres)
                                    : tr("Continue onto %1 for %2").arg(street, metres);
        return street.isEmpty()
                   ? tr("%1 and walk %2", "Turn left and walk 200 m").arg(turn, metres)
                   : tr("%1 onto %2 and walk %3", "Turn left onto Main Street and walk 200 m")
                         .arg(turn, street, metres);
    case WalkingStep::Kind::Steps:
        return turned ? tr("%1 and take the steps (%2)").arg(turn, metres)
                      : tr("Take the steps (%1)").arg(metres);
    case WalkingStep::Kind::Underpass:
        return turned ? tr("%1 and go through the underpass (%2)").arg(turn, metres)
                      : tr("Go through the underpass (%1)").arg(metres);
    case WalkingStep::Kind::Crossing:
        if (step.trafficLights)
            return turned ? tr("%1 and cross at the traffic lights (%2)").arg(turn, metres)
                          : tr("Cross at the traffic lights (%1)").arg(metres);
        return turned ? tr("%1 and cross the road at the crossing (%2)").arg(turn, metres)
                      : tr("Cross the road at the crossing (%1)").arg(metres);
    case WalkingStep::Kind::Footbridge:
        return turned ? tr("%1 and cross by the footbridge (%2)").arg(turn, metres)
                      : tr("Cross by the footbridge (%1)").arg(metres);
    case WalkingStep::Kind::Indoor:
        return turned ? tr("%1 and go through the indoor passage (%2)").arg(turn, metres)
                      : tr("Go through the indoor passage (%1)").arg(metres);
    case WalkingStep::Kind::Arrive:
        if (step.arrival.kind == Place::Kind::Entrance && entersStation)
            return tr("Enter by %1", "Enter by entrance 3")
                .arg(m_text.entranceName(step.arrival.entrance));
        return tr("Arrive at %1").arg(m_text.placeName(step.arrival));
    }
    return {};
}

} // namespace blindspot
