#include "core/routing/place_resolver.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <array>
#include <bit>
#include <climits>
#include <cstdlib>
#include <numeric>
#include <string_view>
#include <tuple>

namespace blindspot {

namespace {

std::optional<std::uint32_t> parseIndex(const QString &text)
{
    bool ok = false;
    const uint value = text.toUInt(&ok); // C-locale digits only
    return ok ? std::optional<std::uint32_t>(value) : std::nullopt;
}

// QString's order (by UTF-16 code unit), compared inline: sorting a map's words and searching
// them is much of what the index costs.
std::u16string_view codeUnits(QStringView s)
{
    return {reinterpret_cast<const char16_t *>(s.utf16()), std::size_t(s.size())};
}

bool codeUnitLess(const QString &a, const QString &b)
{
    return codeUnits(a) < codeUnits(b);
}

// Street types, each written out first and then its abbreviations.
constexpr std::u16string_view kStreetTypes[][5] = {
    {u"улица", u"ул"},
    {u"проспект", u"пр", u"пр-т", u"пр-кт", u"просп"},
    {u"переулок", u"пер"},
    {u"площадь", u"пл"},
    {u"бульвар", u"б-р", u"бул"},
    {u"шоссе", u"ш"},
    {u"avenue", u"ave", u"av"},
    {u"street", u"st"},
    {u"boulevard", u"bd", u"blvd"},
};

// A folded word that is a street type or its abbreviation, written out ("ул" -> "улица").
std::optional<QStringView> streetTypeOf(QStringView word)
{
    const std::u16string_view w = codeUnits(word);
    for (const auto &spellings : kStreetTypes)
        for (const std::u16string_view spelling : spellings)
            if (!spelling.empty() && spelling == w)
                return QStringView(spellings[0].data(), qsizetype(spellings[0].size()));
    return std::nullopt;
}

bool separatesWords(QChar c)
{
    return !c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('/');
}

bool isDashOrSlash(QChar c)
{
    return c == QLatin1Char('-') || c == QLatin1Char('/');
}

// Calls f(word) for each word addressWords() finds in a text folded by foldedForSearch(), in
// order: a view into `folded`, or into kStreetTypes for a street type written out.
template <class F> void forEachAddressWord(QStringView folded, const F &f)
{
    const qsizetype n = folded.size();
    qsizetype at = 0;
    while (at < n) {
        while (at < n && separatesWords(folded[at]))
            ++at;
        qsizetype from = at;
        while (at < n && !separatesWords(folded[at]))
            ++at;
        qsizetype to = at;
        while (from < to && isDashOrSlash(folded[from]))
            ++from;
        while (to > from && isDashOrSlash(folded[to - 1]))
            --to;
        if (from == to)
            continue;
        const QStringView word = folded.sliced(from, to - from);
        f(streetTypeOf(word).value_or(word));
    }
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
    QStringList name;
    for (const QString &w : words) {
        if (key.streetType.isEmpty() && streetTypeOf(w))
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

// No such street, type or house number in the index.
constexpr std::uint32_t kNone = UINT32_MAX;

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiSpace(QChar c)
{
    return c == QLatin1Char(' ') || (c >= QLatin1Char('\t') && c <= QLatin1Char('\r'));
}

// "lat,lon" as C-locale decimals with optional signs ("55.75, -37.6"): the two numbers as
// written, or nothing. The text is trimmed; space around the comma is ASCII.
std::optional<std::pair<QStringView, QStringView>> coordinateTexts(QStringView text)
{
    qsizetype at = 0;
    const auto skipDigits = [&] {
        const qsizetype from = at;
        while (at < text.size() && isAsciiDigit(text[at]))
            ++at;
        return at > from;
    };
    const auto number = [&]() -> std::optional<QStringView> {
        const qsizetype from = at;
        if (at < text.size() && (text[at] == QLatin1Char('-') || text[at] == QLatin1Char('+')))
            ++at;
        if (!skipDigits())
            return std::nullopt;
        if (at < text.size() && text[at] == QLatin1Char('.')) {
            const qsizetype dot = at++;
            if (!skipDigits())
                at = dot; // "12." : the dot is not part of the number, and nothing matches
        }
        return text.sliced(from, at - from);
    };
    const auto skipSpace = [&] {
        while (at < text.size() && isAsciiSpace(text[at]))
            ++at;
    };
    const std::optional<QStringView> lat = number();
    if (!lat)
        return std::nullopt;
    skipSpace();
    if (at == text.size() || text[at] != QLatin1Char(','))
        return std::nullopt;
    ++at;
    skipSpace();
    const std::optional<QStringView> lon = number();
    if (!lon)
        return std::nullopt;
    skipSpace();
    if (at != text.size())
        return std::nullopt;
    return std::pair{*lat, *lon};
}

// Which of 64 classes the characters of a name fall in, and which the pairs of neighbouring
// characters do: what two names do not share bounds how far apart they are, at a fraction of
// the cost of an edit distance.
struct NameClasses {
    std::uint64_t characters = 0;
    std::uint64_t pairs = 0;
};

int characterClass(char32_t c)
{
    return int((std::uint32_t(c) * 2654435761u) >> 26); // Fibonacci hashing to 6 bits
}

int pairClass(QChar a, QChar b)
{
    return characterClass((char32_t(a.unicode()) << 16) ^ char32_t(b.unicode()) ^ 0x5bd1e995u);
}

NameClasses nameClassesOf(QStringView s)
{
    NameClasses out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        out.characters |= std::uint64_t(1) << characterClass(s[i].unicode());
        if (i > 0)
            out.pairs |= std::uint64_t(1) << pairClass(s[i - 1], s[i]);
    }
    return out;
}

// What was typed, for nameDistance() to compare with many names: for each of its characters,
// which of its positions have it (a bit each, when it has at most 64), for Myers' algorithm.
class TypedName {
public:
    explicit TypedName(QStringView typed) : m_text(typed), m_classes(nameClassesOf(typed))
    {
        for (qsizetype i = 1; i < typed.size(); ++i)
            ++m_pairsInClass[std::size_t(pairClass(typed[i - 1], typed[i]))];
        if (typed.size() > 64)
            return;
        for (qsizetype i = 0; i < typed.size(); ++i)
            slotOf(typed[i]).positions |= std::uint64_t(1) << i;
    }
    QStringView text() const { return m_text; }
    const NameClasses &classes() const { return m_classes; }
    /// How many pairs of neighbouring characters it has in each pair class.
    int pairsInClass(int c) const { return m_pairsInClass[std::size_t(c)]; }

    /// The edit distance to `name`; atMost + 1 when more than atMost.
    int distanceTo(QStringView name, int atMost) const
    {
        const qsizetype n = m_text.size();
        if (n > 64 || n == 0)
            return editDistance(m_text, name, atMost);
        if (std::abs(n - name.size()) > atMost)
            return atMost + 1;
        // Myers (1999) in Hyyrö's form for a whole string against a whole string: a column of
        // the edit-distance table as bits saying where it goes up (vp) or down (vn) by one.
        const std::uint64_t last = std::uint64_t(1) << (n - 1);
        std::uint64_t vp = n == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << n) - 1, vn = 0;
        qsizetype score = n;
        for (qsizetype j = 0; j < name.size(); ++j) {
            const std::uint64_t eq = positionsOf(name[j]);
            const std::uint64_t xv = eq | vn;
            const std::uint64_t xh = (((eq & vp) + vp) ^ vp) | eq;
            std::uint64_t hp = vn | ~(xh | vp);
            std::uint64_t hn = vp & xh;
            if (hp & last)
                ++score;
            else if (hn & last)
                --score;
            // It can fall by at most one a character.
            if (score - (name.size() - 1 - j) > atMost)
                return atMost + 1;
            hp = (hp << 1) | 1; // the first row counts up: that many insertions
            hn <<= 1;
            vp = hn | ~(xv | hp);
            vn = hp & xv;
        }
        return int(std::min<qsizetype>(score, atMost + 1));
    }

private:
    struct Slot {
        char16_t character = 0;
        bool used = false;
        std::uint64_t positions = 0;
    };
    // Open addressing: at most 64 characters in 128 slots.
    Slot &slotOf(QChar c)
    {
        std::size_t i = std::size_t(characterClass(c.unicode())) * 2;
        while (m_slots[i].used && m_slots[i].character != c.unicode())
            i = (i + 1) % m_slots.size();
        m_slots[i].used = true;
        m_slots[i].character = c.unicode();
        return m_slots[i];
    }
    std::uint64_t positionsOf(QChar c) const
    {
        for (std::size_t i = std::size_t(characterClass(c.unicode())) * 2;;
             i = (i + 1) % m_slots.size()) {
            if (!m_slots[i].used)
                return 0;
            if (m_slots[i].character == c.unicode())
                return m_slots[i].positions;
        }
    }

    QStringView m_text;
    NameClasses m_classes;
    std::array<int, 64> m_pairsInClass{};
    std::array<Slot, 128> m_slots{};
};

// How far a typed name is from a known one, for "did you mean": 1 when the known one begins
// with it, 2 when it contains it, else their edit distance, whichever is least; atMost + 1
// when that is more than atMost.
int nameDistance(const TypedName &typed, QStringView name, NameClasses nameClasses, int atMost)
{
    // An edit deletes, inserts or replaces one character: it gives either name at most one
    // class of character and takes at most one away.
    const int missing = std::popcount(typed.classes().characters & ~nameClasses.characters);
    const int extra = std::popcount(nameClasses.characters & ~typed.classes().characters);
    int score = INT_MAX;
    if (missing == 0 && !typed.text().isEmpty()) {
        const std::u16string_view t = codeUnits(typed.text()), n = codeUnits(name);
        if (n.starts_with(t))
            score = 1;
        else if (atMost >= 2 && n.find(t) != std::u16string_view::npos)
            score = 2;
    }
    const int edits = std::min(atMost, score - 1); // only an edit distance below counts
    if (edits < std::max(missing, extra))
        return std::min(score, atMost + 1);
    // And it breaks at most two pairs of neighbours, so names within `edits` of each other share
    // at least max(length) - 1 - 2 * edits pairs (Ukkonen's q-gram lemma, q = 2); those of the
    // typed name in the classes the other has are at least as many.
    const qsizetype needed = std::max(typed.text().size(), name.size()) - 1 - 2 * qsizetype(edits);
    if (needed > 0) {
        qsizetype shared = 0;
        for (std::uint64_t both = typed.classes().pairs & nameClasses.pairs; both != 0;
             both &= both - 1)
            shared += typed.pairsInClass(std::countr_zero(both));
        if (shared < needed)
            return std::min(score, atMost + 1);
    }
    return std::min({score, typed.distanceTo(name, edits), atMost + 1});
}

// The best `count` places (or stations) suggested so far, by score then index, each with the
// best score it has had. A candidate that would not be among them now never will be (scores
// only fall), so its distance need not be worked out beyond worthy().
class BestMatches {
public:
    explicit BestMatches(std::size_t count) : m_count(count) {}

    /// The highest score with which `index` can still be among the best.
    int worthy(std::uint32_t index) const
    {
        if (m_best.size() < m_count)
            return INT_MAX;
        const auto &[score, last] = m_best.back();
        return index < last ? score : score - 1;
    }
    void consider(std::uint32_t index, int score)
    {
        const auto same = std::find_if(m_best.begin(), m_best.end(),
                                       [index](const auto &b) { return b.second == index; });
        if (same != m_best.end()) {
            if (same->first <= score)
                return;
            m_best.erase(same);
        } else if (score > worthy(index)) {
            return;
        }
        m_best.insert(std::upper_bound(m_best.begin(), m_best.end(), std::pair{score, index}),
                      {score, index});
        if (m_best.size() > m_count)
            m_best.pop_back();
    }
    /// Best first.
    std::vector<std::uint32_t> best() const
    {
        std::vector<std::uint32_t> out;
        for (const auto &[score, index] : m_best)
            out.push_back(index);
        return out;
    }

private:
    std::size_t m_count;
    std::vector<std::pair<int, std::uint32_t>> m_best; // (score, index), ascending
};

// Groups values by key: forEachPair(add) calls add(key, value) for every pair, values
// ascending; list k of the result holds key k's values in that order.
template <class ForEachPair> auto groupedByKey(std::size_t keys, const ForEachPair &forEachPair)
{
    std::vector<std::uint32_t> offsets(keys + 1, 0);
    forEachPair([&offsets](std::uint32_t key, std::uint32_t) { ++offsets[key + 1]; });
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    std::vector<std::uint32_t> values(offsets.back());
    std::vector<std::uint32_t> next(offsets.begin(), offsets.end() - 1);
    forEachPair([&](std::uint32_t key, std::uint32_t value) { values[next[key]++] = value; });
    return std::pair{std::move(offsets), std::move(values)};
}

// The index of `key` in `index`, adding it (and its text to `texts`) when new.
std::uint32_t internedIndex(QHash<QString, std::uint32_t> &index, std::vector<QString> &texts,
                            const QString &key)
{
    if (const auto it = index.constFind(key); it != index.constEnd())
        return *it;
    const auto added = std::uint32_t(texts.size());
    index.insert(key, added);
    texts.push_back(key);
    return added;
}

} // namespace

QStringList addressWords(const QString &text)
{
    const QString folded = foldedForSearch(text);
    QStringList words;
    forEachAddressWord(folded, [&words](QStringView w) { words << w.toString(); });
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

int editDistance(QStringView a, QStringView b, int atMost)
{
    const qsizetype n = a.size(), m = b.size();
    const int over = atMost + 1;
    if (std::abs(n - m) > atMost)
        return over;
    // Only cells within atMost of the diagonal can be on a path of at most atMost edits
    // (Ukkonen); the others count as `over`. Two rows, on the stack for names.
    constexpr qsizetype kOnStack = 128;
    std::array<int, 2 * kOnStack> stack;
    std::vector<int> heap;
    int *previous = stack.data();
    if (m + 1 > kOnStack) {
        heap.resize(2 * std::size_t(m + 1));
        previous = heap.data();
    }
    int *current = previous + (m + 1);
    std::fill(previous, previous + 2 * (m + 1), over);
    for (qsizetype j = 0; j <= std::min<qsizetype>(m, atMost); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        const qsizetype from = std::max<qsizetype>(1, i - atMost);
        const qsizetype to = std::min<qsizetype>(m, i + atMost);
        current[from - 1] = from == 1 && i <= atMost ? int(i) : over;
        int rowBest = current[from - 1];
        const QChar ai = a[i - 1];
        for (qsizetype j = from; j <= to; ++j) {
            const int substitution = previous[j - 1] + (ai == b[j - 1] ? 0 : 1);
            const int cell = std::min({previous[j] + 1, current[j - 1] + 1, substitution, over});
            current[j] = cell;
            rowBest = std::min(rowBest, cell);
        }
        if (to < m)
            current[to + 1] = over; // the next row reads it as outside the band
        if (rowBest >= over)
            return over;
        std::swap(previous, current);
    }
    return std::min(previous[m], over);
}

PlaceResolver::PlaceResolver(const Dataset &dataset) : m_dataset(dataset)
{
    for (const Station &s : dataset.network.stations)
        for (const QString &spelling : s.name.allSpellings())
            m_spellings.push_back({foldedForSearch(spelling), 0, 0, s.id});
    for (const StationComplex &c : dataset.network.complexes)
        for (const QString &spelling : c.name.allSpellings())
            for (StationId s : c.stations)
                m_spellings.push_back({foldedForSearch(spelling), 0, 0, s});
    for (Spelling &s : m_spellings) {
        const NameClasses classes = nameClassesOf(s.folded);
        s.characterClasses = classes.characters;
        s.pairClasses = classes.pairs;
    }

    // An address names its street in the local language (`addr:street`); the street's way
    // gives its other spellings ("Tverskaya Street" for "Тверская улица").
    QHash<QString, const LocalizedName *> streetNames;
    for (const StreetWay &w : dataset.streets.ways)
        if (!w.name.native.isEmpty())
            streetNames.insert(foldedForSearch(w.name.native), &w.name);

    // Words get indices as they first appear (keyed by views of their copies in `words`, whose
    // characters stay put), and are sorted once all are known.
    QHash<QStringView, std::uint32_t> wordIndex;
    std::vector<QString> words;
    std::vector<std::uint32_t> wordOffsets{0}, placeWords; // per place, unsorted
    // Appends the words of `text` to `out`; returns them joined by spaces, as addressWords()
    // would. Folded as by foldedForSearch() but for simplified(): space separates words anyway.
    const auto addWords = [&](const QString &text, std::vector<std::uint32_t> &out) {
        QString folded = text.toCaseFolded();
        folded.replace(QChar(0x0451), QChar(0x0435)); // ё -> е
        QString joined;
        joined.reserve(folded.size());
        forEachAddressWord(folded, [&](QStringView w) {
            if (!joined.isEmpty())
                joined += QLatin1Char(' ');
            joined += w;
            auto it = wordIndex.constFind(w);
            if (it == wordIndex.constEnd()) {
                words.push_back(w.toString());
                it = wordIndex.insert(words.back(), std::uint32_t(words.size() - 1));
            }
            out.push_back(*it);
        });
        return joined;
    };
    // A street or house number is written alike on all its addresses: each is split once.
    struct Street {
        std::vector<std::uint32_t> words;
        std::vector<std::pair<std::uint32_t, std::uint32_t>> spellings; // (name, type)
    };
    QHash<QString, Street> streetsAsWritten;
    struct House {
        std::vector<std::uint32_t> words;
        std::uint32_t number = 0;
    };
    QHash<QString, House> housesAsWritten;
    m_streetTypes.push_back(QString());
    m_streetTypeIndex.insert(QString(), 0);

    for (std::size_t i = 0; i < dataset.places.size(); ++i) {
        const NamedPlace &p = dataset.places[i];
        const auto place = std::uint32_t(i);
        for (const QString &spelling : p.name.allSpellings()) {
            const QString joined = addWords(spelling, placeWords);
            const NameClasses classes = nameClassesOf(joined);
            m_placeNames.push_back({std::uint32_t(m_nameText.size()), std::uint32_t(joined.size()),
                                    classes.characters, classes.pairs, place});
            m_nameText += joined;
        }
        if (!p.street.isEmpty() && !p.houseNumber.isEmpty()) {
            auto street = streetsAsWritten.find(p.street);
            if (street == streetsAsWritten.end()) {
                Street s;
                addWords(p.street, s.words);
                QStringList spellings{p.street};
                if (const LocalizedName *name = streetNames.value(foldedForSearch(p.street)))
                    for (const QString &spelling : name->allSpellings())
                        if (!spellings.contains(spelling))
                            spellings << spelling;
                for (const QString &spelling : spellings) {
                    const AddressKey key = addressKeyOf(addressWords(spelling));
                    s.spellings.push_back(
                        {internedIndex(m_streetNameIndex, m_streetNames, key.street),
                         internedIndex(m_streetTypeIndex, m_streetTypes, key.streetType)});
                }
                street = streetsAsWritten.insert(p.street, std::move(s));
            }
            auto house = housesAsWritten.find(p.houseNumber);
            if (house == housesAsWritten.end()) {
                House h;
                addWords(p.houseNumber, h.words);
                h.number = internedIndex(m_houseNumberIndex, m_houseNumbers,
                                         houseNumberKeyOf(p.houseNumber));
                house = housesAsWritten.insert(p.houseNumber, std::move(h));
            }
            // The words of "street number" are the street's then the number's: addressWords()
            // splits at the space and folds each character alone.
            placeWords.insert(placeWords.end(), street->words.begin(), street->words.end());
            placeWords.insert(placeWords.end(), house->words.begin(), house->words.end());
            for (const auto &[name, type] : street->spellings)
                m_addresses.push_back({name, type, house->number, place});
        }
        wordOffsets.push_back(std::uint32_t(placeWords.size()));
    }

    // The words sorted, and each place's words by their sorted indices, once each.
    std::vector<std::uint32_t> order(words.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&words](std::uint32_t a, std::uint32_t b) {
        return codeUnitLess(words[a], words[b]);
    });
    std::vector<std::uint32_t> rank(words.size());
    m_words.reserve(words.size());
    for (std::uint32_t r = 0; r < order.size(); ++r) {
        rank[order[r]] = r;
        m_words.push_back(std::move(words[order[r]]));
    }
    m_wordsOfPlace.offsets.reserve(wordOffsets.size());
    m_wordsOfPlace.values.reserve(placeWords.size());
    for (std::size_t i = 0; i + 1 < wordOffsets.size(); ++i) {
        const auto from = m_wordsOfPlace.values.end() - m_wordsOfPlace.values.begin();
        for (std::uint32_t k = wordOffsets[i]; k < wordOffsets[i + 1]; ++k)
            m_wordsOfPlace.values.push_back(rank[placeWords[k]]);
        const auto first = m_wordsOfPlace.values.begin() + from;
        std::sort(first, m_wordsOfPlace.values.end());
        m_wordsOfPlace.values.erase(std::unique(first, m_wordsOfPlace.values.end()),
                                    m_wordsOfPlace.values.end());
        m_wordsOfPlace.offsets.push_back(std::uint32_t(m_wordsOfPlace.values.size()));
    }
    std::tie(m_placesByWord.offsets, m_placesByWord.values) =
        groupedByKey(m_words.size(), [this](const auto &add) {
            for (std::uint32_t place = 0; place + 1 < m_wordsOfPlace.offsets.size(); ++place)
                for (std::uint32_t word : m_wordsOfPlace[place])
                    add(word, place);
        });
    std::tie(m_addressesByHouse.offsets, m_addressesByHouse.values) =
        groupedByKey(m_houseNumbers.size(), [this](const auto &add) {
            for (std::uint32_t k = 0; k < m_addresses.size(); ++k)
                add(m_addresses[k].houseNumber, k);
        });
    std::tie(m_addressesByStreet.offsets, m_addressesByStreet.values) =
        groupedByKey(m_streetNames.size(), [this](const auto &add) {
            for (std::uint32_t k = 0; k < m_addresses.size(); ++k)
                add(m_addresses[k].street, k);
        });
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

    if (const auto numbers = coordinateTexts(trimmed)) {
        const QLocale c = QLocale::c();
        const LatLon p{c.toDouble(numbers->first), c.toDouble(numbers->second)};
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
    // The typed street and number as indices into the index; kNone for what no address has.
    AddressKey typed;
    std::uint32_t typedStreet = kNone, typedType = kNone, typedHouse = kNone;
    const auto setTyped = [&](const AddressKey &street, const QString &houseNumber) {
        typed = street;
        typedStreet = m_streetNameIndex.value(street.street, kNone);
        typedType =
            street.streetType.isEmpty() ? kNone : m_streetTypeIndex.value(street.streetType, kNone);
        typedHouse = m_houseNumberIndex.value(houseNumber, kNone);
    };
    const auto sameStreet = [&](const AddressSpelling &a) {
        return a.street == typedStreet && (typed.streetType.isEmpty() || a.streetType == typedType);
    };
    const auto addressesOf = [](const IndexLists &lists, std::uint32_t key) {
        return key == kNone ? std::span<const std::uint32_t>() : lists[key];
    };
    const auto pointAt = [this](std::uint32_t place) {
        Place p;
        p.kind = Place::Kind::Point;
        p.position = m_dataset.places[place].position;
        return p;
    };
    for (const auto &[street, number] : readings) {
        setTyped(street, number);
        if (typed.street.isEmpty())
            continue;
        std::vector<std::uint32_t> matches; // one per street: "Тверская 13" may be two streets
        QStringList streets;
        for (std::uint32_t k : addressesOf(m_addressesByHouse, typedHouse)) {
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
    if (readings.empty())
        setTyped(addressKeyOf(words), QString());
    else
        setTyped(readings.front().first, readings.front().second);
    const QString typedWords = words.join(QLatin1Char(' '));
    const TypedName typedName(typedWords);
    if (!typedWords.isEmpty())
        for (const PlaceName &p : m_placeNames)
            if (p.characterClasses == typedName.classes().characters && wordsOf(p) == typedWords) {
                r.place = pointAt(p.place);
                return r;
            }
    // Nothing matched: suggest the closest names, by edit distance, prefix matches first. Each
    // is compared only as far as it might still be among the best five.
    constexpr std::size_t kSuggestions = 5;
    BestMatches stations(kSuggestions);
    const int stationLimit = int(std::max<qsizetype>(3, folded.size() / 3));
    const TypedName typedStation(folded);
    for (const Spelling &s : m_spellings) {
        const int bound = std::min(stationLimit, stations.worthy(indexOf(s.station)));
        if (bound < 0)
            continue;
        if (const int score =
                nameDistance(typedStation, s.folded, {s.characterClasses, s.pairClasses}, bound);
            score <= bound)
            stations.consider(indexOf(s.station), score);
    }
    for (std::uint32_t s : stations.best())
        r.suggestions.push_back(StationId{s});

    // Addresses on streets spelled nearly alike with the typed house number, or the houses of
    // the typed street when its number is not there; places named nearly alike.
    BestMatches places(kSuggestions);
    if (!typed.street.isEmpty()) {
        for (std::uint32_t k : addressesOf(m_addressesByStreet, typedStreet))
            if (sameStreet(m_addresses[k]))
                places.consider(m_addresses[k].place, 1);
        const int streetLimit = int(std::max<qsizetype>(2, typed.street.size() / 3));
        for (std::uint32_t k : addressesOf(m_addressesByHouse, typedHouse)) {
            const AddressSpelling &a = m_addresses[k];
            if (sameStreet(a))
                continue;
            const int bound = std::min(streetLimit, places.worthy(a.place));
            if (bound < 0)
                continue;
            if (const int d = editDistance(typed.street, m_streetNames[a.street], bound);
                d <= bound)
                places.consider(a.place, d);
        }
    }
    const int nameLimit = int(std::max<qsizetype>(3, typedWords.size() / 3));
    for (const PlaceName &p : m_placeNames) {
        const int bound = std::min(nameLimit, places.worthy(p.place));
        if (bound < 0)
            continue;
        if (const int score =
                nameDistance(typedName, wordsOf(p), {p.characterClasses, p.pairClasses}, bound);
            score <= bound)
            places.consider(p.place, score);
    }
    for (std::uint32_t p : places.best())
        r.placeSuggestions.push_back(p);
    return r;
}

std::vector<std::size_t> PlaceResolver::placeCompletions(const QString &text,
                                                        std::size_t limit) const
{
    std::vector<std::size_t> out;
    QStringList words = addressWords(text);
    qsizetype letters = 0;
    for (const QString &w : words)
        letters += w.size();
    if (letters < 3 || limit == 0)
        return out;
    // A typed word that begins another typed word asks nothing more of a place: whatever word
    // the longer one begins, the shorter begins too. Sorted, such a word comes just before one
    // it begins.
    words.sort();
    words.removeDuplicates();
    struct Typed {
        std::uint32_t first, last; // the words of m_words it begins: [first, last)
        std::uint32_t places;      // how often they occur, a place counted once per word
    };
    std::vector<Typed> typed;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words[i];
        if (i + 1 < words.size() && words[i + 1].startsWith(w))
            continue;
        const auto first = std::lower_bound(m_words.begin(), m_words.end(), w, codeUnitLess);
        const auto last = std::partition_point(first, m_words.end(), [&w](const QString &word) {
            return codeUnits(word).starts_with(codeUnits(w));
        });
        if (first == last)
            return out; // no place has a word that begins so
        const auto f = std::uint32_t(first - m_words.begin()),
                   l = std::uint32_t(last - m_words.begin());
        typed.push_back({f, l, m_placesByWord.offsets[l] - m_placesByWord.offsets[f]});
    }
    // Candidates are the places of the rarest typed word; the others are checked rarest first,
    // so that most candidates fail at the first check.
    std::sort(typed.begin(), typed.end(),
              [](const Typed &a, const Typed &b) { return a.places < b.places; });
    const auto matches = [&](std::uint32_t place) {
        const std::span<const std::uint32_t> has = m_wordsOfPlace[place];
        return std::all_of(typed.begin() + 1, typed.end(), [has](const Typed &t) {
            const auto it = std::lower_bound(has.begin(), has.end(), t.first);
            return it != has.end() && *it < t.last;
        });
    };
    const Typed &rarest = typed.front();
    if (rarest.last - rarest.first == 1) {
        for (std::uint32_t place : m_placesByWord[rarest.first]) {
            if (!matches(place))
                continue;
            out.push_back(place);
            if (out.size() == limit)
                break;
        }
        return out;
    }
    // Several words begin as it does ("13" begins "13", "130" and "13-я"): their places as one
    // set, to go through in order.
    const std::size_t placeCount = m_wordsOfPlace.offsets.size() - 1;
    std::vector<std::uint64_t> candidates((placeCount + 63) / 64, 0);
    for (std::uint32_t word = rarest.first; word < rarest.last; ++word)
        for (std::uint32_t place : m_placesByWord[word])
            candidates[place / 64] |= std::uint64_t(1) << (place % 64);
    for (std::size_t block = 0; block < candidates.size(); ++block)
        for (std::uint64_t bits = candidates[block]; bits != 0; bits &= bits - 1) {
            const auto place = std::uint32_t(block * 64 + std::size_t(std::countr_zero(bits)));
            if (!matches(place))
                continue;
            out.push_back(place);
            if (out.size() == limit)
                return out;
        }
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
