#pragma once

#include "core/model/dataset.h"
#include "core/routing/route.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace blindspot {

/// Turns what a person types into a Place: a station name in any language (case- and
/// ё/е-insensitive), "station:N" or a bare station number, "entrance:N", "lat,lon", an address
/// ("Тверская 13", "ул. Тверская, 13", "Tverskaya St 13") or a named place from the street map.
/// Nothing typed is kept beyond the call.
///
/// Thread safety: the constructor builds every index and no query changes anything afterwards,
/// so a resolver built on a worker thread may be handed to, and queried from, any thread(s),
/// provided the dataset does not change while the resolver exists.
class PlaceResolver {
public:
    /// Indexes `dataset`, which must outlive the resolver; for a big city's 310,000 addresses
    /// in a small part of a second (tests/bench/bench_place_search).
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
    /// Addresses and named places (indices into Dataset::places, ascending: the first `limit`
    /// that match) where every word typed begins a word of the place's name or address, in any
    /// order ("тверская 13" finds "Тверская улица, 13"), for completion; nothing for fewer
    /// than three letters typed.
    std::vector<std::size_t> placeCompletions(const QString &text, std::size_t limit = 10) const;
    /// How a place is written in a list and typed back: its name, else "street, number".
    static QString placeLabel(const NamedPlace &place, const QString &language);

private:
    Place stationPlace(std::vector<StationId> stations) const;

    /// Lists of indices kept one after another ("compressed rows"): list i is
    /// values[offsets[i], offsets[i + 1]), each ascending.
    struct IndexLists {
        std::vector<std::uint32_t> offsets{0};
        std::vector<std::uint32_t> values;
        std::span<const std::uint32_t> operator[](std::size_t i) const
        {
            return {values.data() + offsets[i], values.data() + offsets[i + 1]};
        }
    };

    const Dataset &m_dataset;
    /// A station's name folded. The classes (of its characters and of their pairs) bound its
    /// edit distance from what was typed, which "did you mean" then need not work out.
    struct Spelling {
        QString folded;
        std::uint64_t characterClasses = 0, pairClasses = 0;
        StationId station;
    };
    std::vector<Spelling> m_spellings;
    /// One spelling of an address's street, split by addressKeyOf(). A city has hundreds of
    /// thousands of addresses on a few thousand streets and house numbers, so those are kept
    /// once each and referred to by index.
    struct AddressSpelling {
        std::uint32_t street = 0;      ///< Into m_streetNames.
        std::uint32_t streetType = 0;  ///< Into m_streetTypes.
        std::uint32_t houseNumber = 0; ///< Into m_houseNumbers.
        std::uint32_t place = 0;       ///< Into Dataset::places.
    };
    std::vector<AddressSpelling> m_addresses;
    /// A street's name words, sorted, without its type ("13-я парковая"), and where each is.
    std::vector<QString> m_streetNames;
    QHash<QString, std::uint32_t> m_streetNameIndex;
    /// "улица", "street", ...; the first is empty, for a name without one.
    std::vector<QString> m_streetTypes;
    QHash<QString, std::uint32_t> m_streetTypeIndex;
    /// Folded, without spaces ("7к2").
    std::vector<QString> m_houseNumbers;
    QHash<QString, std::uint32_t> m_houseNumberIndex;
    /// Indices into m_addresses by house number and by street name: a search looks at one
    /// number's or one street's.
    IndexLists m_addressesByHouse;
    IndexLists m_addressesByStreet;
    /// Each spelling of each place's name as its words joined by spaces, one after another in
    /// m_nameText (a city may have a hundred thousand, and "did you mean" reads them all).
    struct PlaceName {
        std::uint32_t from = 0, size = 0;                    ///< In m_nameText.
        std::uint64_t characterClasses = 0, pairClasses = 0; ///< As a station name's.
        std::uint32_t place = 0;
    };
    QString m_nameText;
    std::vector<PlaceName> m_placeNames;
    QStringView wordsOf(const PlaceName &name) const
    {
        return QStringView(m_nameText).sliced(name.from, name.size);
    }
    /// Every distinct word of the places' names and addresses, sorted, so that the words that
    /// begin as a typed word does are one range of it.
    std::vector<QString> m_words;
    /// Per word (index into m_words): the places that have it; per place: its words.
    IndexLists m_placesByWord;
    IndexLists m_wordsOfPlace;
};

/// The words of a street name or address as typed or as mapped, for matching one against the
/// other: case- and ё/е-folded, punctuation dropped, abbreviated street types written out
/// ("ул." -> "улица", "St" -> "street"). "ул. Тверская, 13" -> {"улица", "тверская", "13"}.
QStringList addressWords(const QString &text);

/// Edit distance between two strings (insertions, deletions, substitutions), for suggestions.
int editDistance(const QString &a, const QString &b);
/// The same when it is at most `atMost` (>= 0), else atMost + 1: in time proportional to the
/// length of `a` times `atMost`, and none when the lengths differ by more than `atMost`.
int editDistance(QStringView a, QStringView b, int atMost);

} // namespace blindspot
