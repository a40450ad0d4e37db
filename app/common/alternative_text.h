#pragma once

#include "core/routing/planning_session.h"

#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <vector>

namespace blindspot {

class RouteText;

/// Puts what PlanningSession::alternatives() found into words, the same way for the planner's
/// details, the printed route card and `blindspot-cli route --suggest`: what to do, what it
/// changes with the numbers, how well the advice is supported; and, for a whole list, the
/// options that help one by one and the rest named in one closing sentence.
class AlternativeText {
    Q_DECLARE_TR_FUNCTIONS(AlternativeText)
public:
    /// One thing to do, in words.
    struct Action {
        QString what;     ///< "Use an entrance other than Lilac Square, entrance 2".
        QString effect;   ///< "Then: about 3 of 10 trips (1-6 of 10), 4 min longer."
        QString evidence; ///< How well the advice is supported, where the table says so.
        /// Lowers the chance, or leaves it but gives the system fewer good looks or checkpoints.
        bool helps = false;
        bool whatIf = false; ///< A what-if about the traveller, never a promise of safety.
        /// A day to stay away from rather than a change to make: shown whether or not it helps.
        bool warning = false;
    };
    /// `alternative` compared with `current`, the route of `plan` it was found for.
    static Action describe(const Alternative &alternative, const Plan &plan, const Route &current,
                           const RouteText &text);
    /// What was tried, to fill a list: "using another entrance at Lilac Square", "walking the
    /// whole way".
    static QString triedName(const Alternative &alternative, const Plan &plan,
                             const RouteText &text);

    /// A list of alternatives as it is shown.
    struct Suggestions {
        struct Item {
            std::size_t index = 0; ///< Into the alternatives given.
            Action action;
        };
        /// Those that help, and warnings, in the order found (what-ifs come last).
        std::vector<Item> listed;
        /// Indices of the others, named in `alsoTried`.
        std::vector<std::size_t> folded;
        /// "Also tried, without lowering the chance here: walking the whole way and wearing a
        /// medical mask."; empty when every alternative is listed.
        QString alsoTried;
    };
    /// Words `alternatives` of `current`: one line each for those that help, one sentence for
    /// those that neither lower the chance nor give the system fewer good looks.
    static Suggestions suggestions(const std::vector<Alternative> &alternatives, const Plan &plan,
                                   const Route &current, const RouteText &text);

    /// The heading over the what-ifs.
    static QString whatIfHeading();

    /// What the plan's time limit hides (Plan::hiddenByTimeLimit), when that noticeably lowers
    /// the chance: "Your time limit hides a way with a lower chance: about 5 of 10 trips (0-10
    /// of 10) instead of about 10, 2 h 12 min longer than the fastest."; empty otherwise.
    static QString hiddenByTimeLimit(const Plan &plan);
};

} // namespace blindspot
