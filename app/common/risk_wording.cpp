#include "common/risk_wording.h"

#include <algorithm>
#include <cmath>

namespace blindspot {

int RiskWording::outOfTen(double probability)
{
    return std::clamp(static_cast<int>(std::lround(probability * 10.0)), 0, 10);
}

std::pair<int, int> RiskWording::rangeOutOfTen(const Hazard &hazard)
{
    const int central = outOfTen(probabilityOf(hazard.central));
    const int low =
        std::clamp(static_cast<int>(std::floor(probabilityOf(hazard.low) * 10.0)), 0, 10);
    const int high =
        std::clamp(static_cast<int>(std::ceil(probabilityOf(hazard.high) * 10.0)), 0, 10);
    return {std::min(low, central), std::max(high, central)};
}

QString RiskWording::word(double probability)
{
    // Bands after the IPCC likelihood scale, coarsened: people read 5 words reliably.
    if (probability < 0.1)
        return tr("unlikely");
    if (probability < 0.33)
        return tr("possible");
    if (probability < 0.66)
        return tr("about as likely as not");
    if (probability < 0.9)
        return tr("likely");
    return tr("very likely");
}

QString RiskWording::summary(const Hazard &hazard)
{
    const double p = probabilityOf(hazard.central);
    const auto [low, high] = rangeOutOfTen(hazard);
    // A rounded 0 is not "none": it says fewer than 1 in 10.
    if (low == high && low == 0)
        return tr("%1 (fewer than 1 of 10 trips)").arg(word(p));
    if (low == high)
        return tr("%1 (about %2 of 10 trips)").arg(word(p)).arg(low);
    if (outOfTen(p) == 0)
        return tr("%1 (%2-%3 of 10 trips, most likely fewer than 1)")
            .arg(word(p))
            .arg(low)
            .arg(high);
    return tr("%1 (%2-%3 of 10 trips, most likely %4)")
        .arg(word(p))
        .arg(low)
        .arg(high)
        .arg(outOfTen(p));
}

QString RiskWording::referenceClass(const QString &profile)
{
    if (profile == QLatin1String("event"))
        return tr("Of 10 trips like this by someone the system is looking for, on an alert day "
                  "(announced protests, holidays).");
    return tr("Of 10 trips like this by someone the system is looking for, on an ordinary day.");
}

QString RiskWording::evidenceLabel(double assumedShare)
{
    const int parts = outOfTen(assumedShare);
    if (parts >= 7)
        return tr("Little data: most of this estimate rests on assumptions where nobody reported "
                  "cameras (no data is not safe, not dangerous).");
    if (parts >= 3)
        return tr("Some data: about %1 of 10 parts of this estimate rest on assumptions where "
                  "nobody reported cameras.")
            .arg(parts);
    return tr("Mapped data: most of this estimate rests on reported cameras.");
}

QString RiskWording::identifiedIn(double probability)
{
    const int n = outOfTen(probability);
    if (n == 0)
        return tr("Identified in fewer than 1 of 10 trips");
    return tr("Identified in about %1 of 10 trips").arg(n);
}

QString RiskWording::frequency(double probability)
{
    const int n = outOfTen(probability);
    if (n == 0)
        return tr("fewer than 1 of 10 trips");
    return tr("about %1 of 10 trips").arg(n);
}

QString RiskWording::wordWithRange(const Hazard &hazard)
{
    QString w = word(probabilityOf(hazard.central));
    // Words start lower case so they fit inside sentences; here one starts a line.
    if (!w.isEmpty())
        w[0] = w[0].toUpper();
    const auto [low, high] = rangeOutOfTen(hazard);
    if (low == high && low == 0)
        return tr("%1 (fewer than 1 of 10)").arg(w);
    if (low == high)
        return tr("%1 (%2 of 10)").arg(w).arg(low);
    return tr("%1 (%2-%3 of 10)").arg(w).arg(low).arg(high);
}

} // namespace blindspot
