#include "routing/place_resolver.h"

#include <QHash>
#include <QSet>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <tuple>

namespace blindspot {

namespace {

std::optional<std::uint32_t> parseIndex(const QString &text)
{
    bool ok = false;
    const uint value = text.toUInt(&ok); // C-locale digits only
    return ok ? std::optional<std::uint32_t>(value) : std::nullopt;
}

// Street types and their abbreviations, each mapped to the full word.
const QHash<QString, QString> &streetTypes()
{
    static const QHash<QString, QString> types = [] {
        QHash<QString, QString> t;
        const auto add = [&t](std::initializer_list<const char *> spellings) {
            const QString full = QString::fromUtf8(*spellings.begin());
            for (const char *s : spellings)
                t.insert(QString::fromUtf8(s), full);
        };
        add({"улица", "ул"});
        add({"проспект", "пр", "пр-т", "пр-кт", "просп"});
        add({"переулок", "пер"});
        add({"площадь", "пл"});
        add({"бульвар", "б-р", "бул"});
        add({"шоссе", "ш"});
        add({"avenue", "ave", "av"});
        add({"street", "st"});
        add({"boulevard", "bd", "blvd"});
        return t;
    }();
    return types;
}

bool startsWithDigit(const QString &word)
{
    return !word.isEmpty() && word.front().isDigit();
}

struct AddressKey {
    QString street; // name words, sorted, joined by spaces
    QString streetType;
};

// Splits a street's words into its name (word order ignored: "Тверская улица" and "улица
// Тверская" are one street) and its type.
AddressKey addressKeyOf(QStringList words)
{
    AddressKey key;
    const QHash<QString, QString> &types = streetTypes();
    QStringList name;
    for (const QString &w : words) {
        if (key.streetType.isEmpty() && types.contains(w))
            key.streetType = w; // addressWords() already wrote it out
        else
            name << w;
    }
    name.sort();
    key.street = name.join(QLatin1Char(' '));
    return key;
}

// "13", "13 к2" and "13К2" are one house number.
QString houseNumberKeyOf(const QString &houseNumber)
{
    return foldedForSearch(houseNumber).remove(QLatin1Char(' '));
}

} // namespace

QStringList addressWords(const QString &text)
{
    QString folded = foldedForSearch(text);
    for (QChar &c : folded)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('/'))
            c = QLatin1Char(' ');
    QStringList words;
    const QHash<QString, QString> &types = streetTypes();
    for (QString w : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        while (!w.isEmpty() && (w.front() == QLatin1Char('-') || w.front() == QLatin1Char('/')))
            w.remove(0, 1);
        while (!w.isEmpty() && (w.back() == QLatin1Char('-') || w.back() == QLatin1Char('/')))
            w.chop(1);
        if (!w.isEmpty())
            words << types.value(w, w);
    }
    return words;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(std::size_t(b.size()) + 1), current(std::size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[std::size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[std::size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[std::size_t(j)] = std::min(
                {previous[std::size_t(j)] + 1, current[std::size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[std::size_t(b.size())];
}

PlaceResolver::PlaceResolver(const Dataset &dataset) : m_dataset(dataset)
{
    for (const Station &s : dataset.network.stations)
        for (const QString &spelling : s.name.allSpellings())
            m_spellings.push_back({foldedForSearch(spelling), s.id});
    for (const StationComplex &c : dataset.network.complexes)
        for (const QString &spelling : c.name.allSpellings())
            for (StationId s : c.stations)
                m_spellings.push_back({foldedForSearch(spelling), s});

    // An address names its street in the local language (`addr:street`); the street's way
    // gives its other spellings ("Tverskaya Street" for "Тверская улица").
    QHash<QString, const LocalizedName *> streetNames;
    for (const StreetWay &w : dataset.streets.ways)
        if (!w.name.native.isEmpty())
            streetNames.insert(foldedForSearch(w.name.native), &w.name);
    m_placeWords.resize(dataset.places.size());
    for (std::size_t i = 0; i < dataset.places.size(); ++i) {
        const NamedPlace &p = dataset.places[i];
        QString &searchable = m_placeWords[i];
        for (const QString &spelling : p.name.allSpellings()) {
            const QString words = addressWords(spelling).join(QLatin1Char(' '));
            m_placeNames.push_back({words, std::uint32_t(i)});
            searchable += QLatin1Char(' ') + words;
        }
        if (p.street.isEmpty() || p.houseNumber.isEmpty())
            continue;
        searchable += QLatin1Char(' ') + addressWords(p.street + QLatin1Char(' ') + p.houseNumber)
                                             .join(QLatin1Char(' '));

        QStringList streets{p.street};
        if (const LocalizedName *name = streetNames.value(foldedForSearch(p.street)))
            for (const QString &spelling : name->allSpellings())
                if (!streets.contains(spelling))
                    streets << spelling;
        for (const QString &street : streets) {
            const AddressKey key = addressKeyOf(addressWords(street));
            m_addresses.push_back(
                {key.street, key.streetType, houseNumberKeyOf(p.houseNumber), std::uint32_t(i)});
            const auto k = std::uint32_t(m_addresses.size() - 1);
            m_addressesByHouse[m_addresses.back().houseNumber].push_back(k);
            m_addressesByStreet[m_addresses.back().street].push_back(k);
        }
    }
    // Places by the first three letters of each of their words, for completion.
    for (std::size_t i = 0; i < m_placeWords.size(); ++i) {
        QSet<QStringView> starts;
        for (const QStringView word :
             QStringView(m_placeWords[i]).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (word.size() >= 3)
                starts.insert(word.left(3));
        for (const QStringView start : starts)
            m_placesByWordStart[start.toString()].push_back(std::uint32_t(i));
    }
}

Place PlaceResolver::stationPlace(std::vector<StationId> stations) const
{
    // A station of a transfer complex stands for the whole complex: start at any of its lines.
    std::vector<StationId> all;
    for (StationId s : stations) {
        const Station &station = m_dataset.network.station(s);
        if (isSet(station.complex))
            for (StationId member : m_dataset.network.complex(station.complex).stations)
                all.push_back(member);
        all.push_back(s);
    }
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    Place p;
    p.kind = Place::Kind::Station;
    p.stations = all;
    p.position = m_dataset.network.station(stations.front()).position;
    return p;
}

PlaceResolver::Resolution PlaceResolver::resolve(const QString &text) const
{
    Resolution r;
    const QString trimmed = text.trimmed();
    const Network &net = m_dataset.network;

    static const QRegularExpression coordinates(
        QStringLiteral(R"(^\s*([-+]?\d+(?:\.\d+)?)\s*,\s*([-+]?\d+(?:\.\d+)?)\s*$)"));
    if (const auto m = coordinates.match(trimmed); m.hasMatch()) {
        const QLocale c = QLocale::c();
        const LatLon p{c.toDouble(m.captured(1)), c.toDouble(m.captured(2))};
        if (p.isValid()) {
            Place place;
            place.kind = Place::Kind::Point;
            place.position = p;
            r.place = place;
        }
        return r;
    }
    if (trimmed.startsWith(QLatin1String("entrance:"))) {
        if (const auto i = parseIndex(trimmed.mid(9)); i && *i < net.entrances.size()) {
            const Entrance &e = net.entrances[*i];
            Place place;
            place.kind = Place::Kind::Entrance;
            place.entrance = e.id;
            place.stations = {e.station};
            place.position = e.position;
            r.place = place;
        }
        return r;
    }
    const QString number = trimmed.startsWith(QLatin1String("station:")) ? trimmed.mid(8) : trimmed;
    if (const auto i = parseIndex(number); i) {
        if (*i < net.stations.size())
            r.place = stationPlace({StationId{*i}});
        return r;
    }

    const QString folded = foldedForSearch(trimmed);
    std::vector<StationId> exact;
    for (const Spelling &s : m_spellings)
        if (s.folded == folded)
            exact.push_back(s.station);
    if (!exact.empty()) {
        r.place = stationPlace(exact);
        return r;
    }

    // An address: the house number is the last word that starts with a digit and what follows
    // it ("13 к2"), or else the first word when the street follows it ("13 Tverskaya St", also
    // "6 Quai Antoine 1er", whose street ends in a digit).
    const QStringList words = addressWords(trimmed);
    qsizetype house = -1;
    for (qsizetype i = words.size() - 1; i >= 0 && house < 0; --i)
        if (startsWithDigit(words[i]))
            house = i;
    std::vector<std::pair<AddressKey, QString>> readings; // (street, house number)
    if (house > 0)
        readings.push_back({addressKeyOf(words.mid(0, house)),
                            houseNumberKeyOf(words.mid(house).join(QString()))});
    if (!words.isEmpty() && startsWithDigit(words[0]) && words.size() > 1)
        readings.push_back({addressKeyOf(words.mid(1)), words[0]});
    AddressKey typed;
    QString typedHouse;
    const auto sameStreet = [&typed](const AddressSpelling &a) {
        return a.street == typed.street &&
               (typed.streetType.isEmpty() || a.streetType == typed.streetType);
    };
    const auto pointAt = [this](std::uint32_t place) {
        Place p;
        p.kind = Place::Kind::Point;
        p.position = m_dataset.places[place].position;
        return p;
    };
    for (const auto &[street, number] : readings) {
        typed = street;
        typedHouse = number;
        if (typed.street.isEmpty())
            continue;
        std::vector<std::uint32_t> matches; // one per street: "Тверская 13" may be two streets
        QStringList streets;
        for (std::uint32_t k : m_addressesByHouse.value(typedHouse)) {
            const AddressSpelling &a = m_addresses[k];
            if (!sameStreet(a))
                continue;
            const QString folded = foldedForSearch(m_dataset.places[a.place].street);
            if (!streets.contains(folded)) {
                streets << folded;
                matches.push_back(a.place);
            }
        }
        if (matches.size() == 1) {
            r.place = pointAt(matches.front());
            return r;
        }
        if (matches.size() > 1) {
            r.placeSuggestions.assign(matches.begin(), matches.end());
            return r;
        }
    }
    // For suggestions: the first reading, else the words as a street alone (its houses).
    if (readings.empty()) {
        typed = addressKeyOf(words);
        typedHouse.clear();
    } else {
        std::tie(typed, typedHouse) = readings.front();
    }
    const QString typedWords = words.join(QLatin1Char(' '));
    for (const PlaceSpelling &p : m_placeNames)
        if (!typedWords.isEmpty() && p.words == typedWords) {
            r.place = pointAt(p.place);
            return r;
        }
    // Nothing matched: suggest the closest names, by edit distance, prefix matches first.
    std::map<std::uint32_t, int> best;
    for (const Spelling &s : m_spellings) {
        int score = editDistance(folded, s.folded);
        if (!folded.isEmpty() && s.folded.startsWith(folded))
            score = std::min(score, 1);
        else if (!folded.isEmpty() && s.folded.contains(folded))
            score = std::min(score, 2);
        auto [it, inserted] = best.try_emplace(indexOf(s.station), score);
        if (!inserted)
            it->second = std::min(it->second, score);
    }
    std::vector<std::pair<int, std::uint32_t>> ranked;
    for (auto [station, score] : best)
        if (score <= std::max<qsizetype>(3, folded.size() / 3))
            ranked.push_back({score, station});
    std::sort(ranked.begin(), ranked.end());
    for (std::size_t i = 0; i < ranked.size() && r.suggestions.size() < 5; ++i)
        r.suggestions.push_back(StationId{ranked[i].second});

    // Addresses on streets spelled nearly alike with the typed house number, or the houses of
    // the typed street when its number is not there; places named nearly alike.
    std::map<std::uint32_t, int> nearPlaces;
    const auto consider = [&nearPlaces](std::uint32_t place, int score) {
        auto [it, inserted] = nearPlaces.try_emplace(place, score);
        if (!inserted)
            it->second = std::min(it->second, score);
    };
    const qsizetype limit = std::max<qsizetype>(3, typedWords.size() / 3);
    if (!typed.street.isEmpty()) {
        for (std::uint32_t k : m_addressesByStreet.value(typed.street))
            if (sameStreet(m_addresses[k]))
                consider(m_addresses[k].place, 1);
        for (std::uint32_t k : m_addressesByHouse.value(typedHouse)) {
            const AddressSpelling &a = m_addresses[k];
            if (sameStreet(a))
                continue;
            if (const int d = editDistance(typed.street, a.street);
                d <= std::max<qsizetype>(2, typed.street.size() / 3))
                consider(a.place, d);
        }
    }
    for (const PlaceSpelling &p : m_placeNames) {
        int score = editDistance(typedWords, p.words);
        if (!typedWords.isEmpty() && p.words.startsWith(typedWords))
            score = std::min(score, 1);
        else if (!typedWords.isEmpty() && p.words.contains(typedWords))
            score = std::min(score, 2);
        if (score <= limit)
            consider(p.place, score);
    }
    std::vector<std::pair<int, std::uint32_t>> rankedPlaces;
    for (auto [place, score] : nearPlaces)
        rankedPlaces.push_back({score, place});
    std::sort(rankedPlaces.begin(), rankedPlaces.end());
    for (std::size_t i = 0; i < rankedPlaces.size() && r.placeSuggestions.size() < 5; ++i)
        r.placeSuggestions.push_back(rankedPlaces[i].second);
    return r;
}

std::vector<std::size_t> PlaceResolver::placeCompletions(const QString &text,
                                                        std::size_t limit) const
{
    std::vector<std::size_t> out;
    const QStringList words = addressWords(text);
    qsizetype letters = 0;
    for (const QString &w : words)
        letters += w.size();
    if (letters < 3)
        return out;
    QStringList needles;
    for (const QString &w : words)
        needles << QLatin1Char(' ') + w;
    const auto matches = [&](std::size_t i) {
        const QString &haystack = m_placeWords[i];
        return std::all_of(needles.begin(), needles.end(),
                           [&haystack](const QString &n) { return haystack.contains(n); });
    };
    // The places that have a word beginning as the typed word with the fewest of them do;
    // every place when no typed word has three letters.
    const std::vector<std::uint32_t> *fewest = nullptr;
    static const std::vector<std::uint32_t> kNone;
    for (const QString &w : words) {
        if (w.size() < 3)
            continue;
        const auto it = m_placesByWordStart.constFind(w.left(3));
        const std::vector<std::uint32_t> &places = it == m_placesByWordStart.constEnd() ? kNone : *it;
        if (!fewest || places.size() < fewest->size())
            fewest = &places;
    }
    if (fewest) {
        for (std::uint32_t i : *fewest)
            if (out.size() < limit && matches(i))
                out.push_back(i);
        return out;
    }
    for (std::size_t i = 0; i < m_placeWords.size() && out.size() < limit; ++i)
        if (matches(i))
            out.push_back(i);
    return out;
}

QString PlaceResolver::placeLabel(const NamedPlace &place, const QString &language)
{
    const QString name = place.name.inLanguage(language);
    if (!name.isEmpty())
        return name;
    return QStringLiteral("%1, %2").arg(place.street, place.houseNumber);
}

std::vector<StationId> PlaceResolver::completions(const QString &text, std::size_t limit) const
{
    const QString folded = foldedForSearch(text);
    std::vector<StationId> starts, contains;
    for (const Spelling &s : m_spellings) {
        if (s.folded.startsWith(folded))
            starts.push_back(s.station);
        else if (s.folded.contains(folded))
            contains.push_back(s.station);
    }
    starts.insert(starts.end(), contains.begin(), contains.end());
    std::vector<StationId> out;
    for (StationId s : starts)
        if (std::find(out.begin(), out.end(), s) == out.end() && out.size() < limit)
            out.push_back(s);
    return out;
}

} // namespace blindspot
