#include "routing/place_resolver.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace blindspot {

namespace {

std::optional<std::uint32_t> parseIndex(const QString &text)
{
    bool ok = false;
    const uint value = text.toUInt(&ok); // C-locale digits only
    return ok ? std::optional<std::uint32_t>(value) : std::nullopt;
}

} // namespace

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
    return r;
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
