#pragma once

#include "model/dataset.h"
#include "routing/route.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace blindspot {

/// Turns what a person types into a Place: a station name in any language (case- and
/// ё/е-insensitive), "station:N" or a bare station number, "entrance:N", "lat,lon", an address
/// ("Тверская 13", "ул. Тверская, 13", "Tverskaya St 13") or a named place from the street map.
/// Nothing typed is kept beyond the call.
class PlaceResolver {
public:
    explicit PlaceResolver(const Dataset &dataset);

    struct Resolution {
        std::optional<Place> place;
        /// When nothing matched: stations whose names are closest to what was typed, best
        /// first (for "did you mean").
        std::vector<StationId> suggestions;
        /// Likewise addresses and named places (indices into Dataset::places), best first;
        /// also the candidates when an address without a street type matched several streets.
        std::vector<std::size_t> placeSuggestions;
    };
    Resolution resolve(const QString &text) const;

    /// Stations whose name (any language) starts with or contains `text`, for completion.
    std::vector<StationId> completions(const QString &text, std::size_t limit = 10) const;
    /// Addresses and named places (indices into Dataset::places) where every word typed begins
    /// a word of the place's name or address, in any order ("тверская 13" finds "Тверская
    /// улица, 13"), for completion; nothing for fewer than three letters typed.
    std::vector<std::size_t> placeCompletions(const QString &text, std::size_t limit = 10) const;
    /// How a place is written in a list and typed back: its name, else "street, number".
    static QString placeLabel(const NamedPlace &place, const QString &language);

private:
    Place stationPlace(std::vector<StationId> stations) const;

    const Dataset &m_dataset;
    struct Spelling {
        QString folded;
        StationId station;
    };
    std::vector<Spelling> m_spellings;
    /// One spelling of an address's street, split by addressKeyOf().
    struct AddressSpelling {
        QString street;     ///< The street's name words, sorted, without its type.
        QString streetType; ///< "улица", "street", ...; empty when the name has none.
        QString houseNumber;
        std::uint32_t place = 0; ///< Index into Dataset::places.
    };
    std::vector<AddressSpelling> m_addresses;
    /// Indices into m_addresses by house number and by street words: a city has hundreds of
    /// thousands of addresses, and a search looks at one number's or one street's.
    QHash<QString, std::vector<std::uint32_t>> m_addressesByHouse;
    QHash<QString, std::vector<std::uint32_t>> m_addressesByStreet;
    struct PlaceSpelling {
        QString words;
        std::uint32_t place = 0;
    };
    std::vector<PlaceSpelling> m_placeNames;
    /// Per place: " " + the words of its name and address spellings, for word-prefix search.
    std::vector<QString> m_placeWords;
    QHash<QString, std::vector<std::uint32_t>> m_placesByWordStart;
};

/// The words of a street name or address as typed or as mapped, for matching one against the
/// other: case- and ё/е-folded, punctuation dropped, abbreviated street types written out
/// ("ул." -> "улица", "St" -> "street"). "ул. Тверская, 13" -> {"улица", "тверская", "13"}.
QStringList addressWords(const QString &text);

/// Edit distance between two strings (insertions, deletions, substitutions), for suggestions.
int editDistance(const QString &a, const QString &b);

} // namespace blindspot
