#include "core/io/values/date.h"

#include "core/io/values/value_text.h"

#include <array>

namespace blindspot {

namespace {

// A run of `minDigits` to `maxDigits` digits at `at`, moving `at` past it.
bool readDigits(std::string_view s, std::size_t &at, std::size_t minDigits, std::size_t maxDigits,
                int &value)
{
    value = 0;
    std::size_t n = 0;
    while (at < s.size() && n < maxDigits && s[at] >= '0' && s[at] <= '9') {
        value = value * 10 + (s[at] - '0');
        ++at;
        ++n;
    }
    return n >= minDigits;
}

} // namespace

QDate parseDate(std::string_view text)
{
    text = trimmedValue(text);
    std::size_t at = 0;
    int first = 0;
    if (!readDigits(text, at, 1, 4, first))
        return {};
    if (at == 2 && at < text.size() && text[at] == '.') {
        // DD.MM.YYYY, as Russian spreadsheets write dates.
        int month = 0, year = 0;
        ++at;
        if (text.size() != 10 || !readDigits(text, at, 2, 2, month) || text[at] != '.')
            return {};
        ++at;
        if (!readDigits(text, at, 4, 4, year))
            return {};
        return QDate(year, month, first);
    }
    if (at != 4)
        return {};
    // YYYY, then optional month and day, each after a '-'.
    std::array<int, 3> parts{first, 1, 1};
    for (std::size_t i = 1; i < parts.size() && at < text.size() && text[at] == '-'; ++i) {
        ++at;
        if (!readDigits(text, at, 1, 2, parts[i]))
            return {};
    }
    // A date-time keeps its date: "2024-05-17T10:00:00Z", "2024-05-17 10:00".
    const bool timeFollows =
        at == 10 && at < text.size() && (text[at] == 'T' || text[at] == ' ');
    if (at != text.size() && !timeFollows)
        return {};
    return QDate(parts[0], parts[1], parts[2]);
}

} // namespace blindspot
