#pragma once

// Text handling the value parsers share: the words of a tag or field are compared without
// case and surrounding space, in ASCII on the fast path and with Unicode case folding for the
// rest (Russian column headers and values).
#include <initializer_list>
#include <string>
#include <string_view>

namespace blindspot {

/// The text without leading and trailing spaces, tabs and line breaks.
std::string_view trimmedValue(std::string_view text);

/// ASCII case-insensitive equality ("NNE" and "nne").
bool equalsIgnoringCase(std::string_view a, std::string_view b);
bool endsWithIgnoringCase(std::string_view text, std::string_view suffix);

/// The text trimmed and case-folded: ASCII lower case, or Unicode case folding when the text
/// is not ASCII ("Широта" becomes "широта").
std::string caseFolded(std::string_view text);

/// A value as a word to compare with the words a parser knows: trimmed, case-folded, spaces and
/// hyphens turned into underscores ("Face Pay" is "face_pay"). Short ASCII words, which is
/// nearly all of them, stay on the stack: the parsers run once per field of every row.
class ValueWord {
public:
    explicit ValueWord(std::string_view text);
    ValueWord(const ValueWord &) = delete;
    ValueWord &operator=(const ValueWord &) = delete;

    std::string_view view() const { return m_view; }
    bool operator==(std::string_view other) const { return m_view == other; }
    bool isOneOf(std::initializer_list<std::string_view> words) const;

private:
    char m_buffer[32];
    std::string m_heap;
    std::string_view m_view;
};

} // namespace blindspot
