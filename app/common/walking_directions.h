#pragma once

#include "common/route_text.h"
#include "core/routing/walking_steps.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace blindspot {

/// Puts a walking leg's steps (core's walkingSteps()) into words for the details panel, the
/// printed route card and the CLI: "Go north-east along Tverskaya Street for 350 m", "Turn
/// left onto Main Street and walk 200 m", "Take the steps (20 m)", "Enter by entrance 3".
/// Street names are in the UI language when the map has them in it, else native.
class WalkingDirections {
    Q_DECLARE_TR_FUNCTIONS(WalkingDirections)
public:
    /// `text` names places and distances; it must outlive this object.
    explicit WalkingDirections(const RouteText &text);

    struct Line {
        WalkingStep step;
        QString text;    ///< The instruction.
        QString cameras; ///< "2 mapped cameras see you here"; empty when none.
    };
    /// The steps of leg `legIndex` of `route`, a walking leg, in words; none for other legs.
    /// Its last step enters the station when the next leg is an entry, else arrives.
    std::vector<Line> linesOf(const Route &route, std::size_t legIndex) const;

    /// One step: `entersStation` words an arrival at an entrance as going in by it.
    QString stepText(const WalkingStep &step, bool entersStation) const;
    /// The turn as an imperative: "Turn left", "Continue straight".
    static QString turnPhrase(WalkingStep::Turn turn);
    /// "2 mapped cameras see you here" (how many of the map's cameras have this step in view).
    static QString camerasText(std::size_t count);

private:
    QString streetName(StreetWayId way) const;

    const RouteText &m_text;
};

} // namespace blindspot
