#pragma once

#include "model/dataset.h"
#include "routing/route.h"

#include <QString>

#include <optional>
#include <vector>

namespace blindspot {

/// Turns what a person types into a Place: a station name in any language (case- and
/// ё/е-insensitive), "station:N" or a bare station number, "entrance:N", or "lat,lon".
class PlaceResolver {
public:
    explicit PlaceResolver(const Dataset &dataset);

    struct Resolution {
        std::optional<Place> place;
        /// When nothing matched: stations whose names are closest to what was typed, best
        /// first (for "did you mean").
        std::vector<StationId> suggestions;
    };
    Resolution resolve(const QString &text) const;

    /// Stations whose name (any language) starts with or contains `text`, for completion.
    std::vector<StationId> completions(const QString &text, std::size_t limit = 10) const;

private:
    Place stationPlace(std::vector<StationId> stations) const;

    const Dataset &m_dataset;
    struct Spelling {
        QString folded;
        StationId station;
    };
    std::vector<Spelling> m_spellings;
};

/// Edit distance between two strings (insertions, deletions, substitutions), for suggestions.
int editDistance(const QString &a, const QString &b);

} // namespace blindspot
