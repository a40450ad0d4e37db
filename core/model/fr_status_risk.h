#pragma once

// The one order of FR statuses by the risk they claim. Merging (which value wins), the map
// (which symbol claims space, the legend), tooltips (a station's worst status) and the CLI's
// summary all follow it, so they cannot disagree.
#include "core/model/network.h"

#include <array>

namespace blindspot {

/// FR statuses from the most to the least risk they claim: confirmed, suspected, unknown, none.
/// "Unknown" stands for the place's prior (near certainty in Moscow's metro), so it claims more
/// than "none" and turning unknown into none lowers the risk.
inline constexpr std::array<FrStatus, 4> kFrStatusesByRisk{
    FrStatus::Confirmed, FrStatus::Suspected, FrStatus::Unknown, FrStatus::None};

/// The risk a status claims as a rank: 0 for none up to 3 for confirmed (kFrStatusesByRisk read
/// from its end). A higher rank claims more.
constexpr int frRiskRank(FrStatus status)
{
    for (std::size_t i = 0; i < kFrStatusesByRisk.size(); ++i)
        if (kFrStatusesByRisk[i] == status)
            return static_cast<int>(kFrStatusesByRisk.size() - 1 - i);
    return 1; // an out-of-range value read from a damaged file counts as unknown
}

static_assert(frRiskRank(FrStatus::None) == 0 && frRiskRank(FrStatus::Unknown) == 1 &&
              frRiskRank(FrStatus::Suspected) == 2 && frRiskRank(FrStatus::Confirmed) == 3);

} // namespace blindspot
