#pragma once

#include "core/exposure/exposure_model.h"

#include <QCoreApplication>
#include <QString>

namespace blindspot {

/// How Blindspot puts a chance of identification into words (../shared/RISK-COMMUNICATION.md):
/// natural frequencies with one fixed denominator (10), a range, and a word with the numbers
/// beside it. Never a bare percentage, never "safe".
class RiskWording {
    Q_DECLARE_TR_FUNCTIONS(RiskWording)
public:
    /// Out of 10 trips, rounded: 0..10.
    static int outOfTen(double probability);
    /// The low-high range out of 10, widened outwards so it always contains the central value.
    static std::pair<int, int> rangeOutOfTen(const Hazard &hazard);

    /// "likely", "unlikely", ... for a probability.
    static QString word(double probability);
    /// "likely (6-8 of 10 trips)", or "about 7 of 10 trips" when the range is one number.
    static QString summary(const Hazard &hazard);
    /// The reference class: "of 10 trips on this route by someone the system is looking for,
    /// on an ordinary day" (profile "ordinary") or "... on an alert day" ("event").
    static QString referenceClass(const QString &profile);
    /// "Little data: about 6 of 10 parts of this estimate rest on assumptions" and the like.
    static QString evidenceLabel(double assumedShare);

    /// How many of 10 trips end with identification, for a card's headline: "Identified in
    /// about 7 of 10 trips"; "Identified in fewer than 1 of 10 trips" when it rounds to 0.
    static QString identifiedIn(double probability);
    /// A share of one part of a trip (a step, a camera): "about 3 of 10 trips", or "fewer than
    /// 1 of 10 trips" when it rounds to 0, never "0 of 10" (that would read as "none").
    static QString frequency(double probability);
    /// The word with the range beside it, starting a sentence: "Likely (6-8 of 10)".
    static QString wordWithRange(const Hazard &hazard);
};

} // namespace blindspot
