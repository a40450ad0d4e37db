#include "core/io/values/value_text.h"

#include <QByteArray>
#include <QString>

#include <algorithm>

namespace blindspot {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool isAscii(std::string_view s)
{
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

} // namespace

std::string_view trimmedValue(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return lowerAscii(x) == lowerAscii(y);
           });
}

bool endsWithIgnoringCase(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() &&
           equalsIgnoringCase(text.substr(text.size() - suffix.size()), suffix);
}

std::string caseFolded(std::string_view text)
{
    text = trimmedValue(text);
    if (isAscii(text)) {
        std::string out(text);
        for (char &c : out)
            c = lowerAscii(c);
        return out;
    }
    const QByteArray f = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()))
                             .toCaseFolded()
                             .toUtf8();
    return std::string(f.constData(), static_cast<std::size_t>(f.size()));
}

ValueWord::ValueWord(std::string_view text)
{
    text = trimmedValue(text);
    if (text.size() <= sizeof m_buffer && isAscii(text)) {
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = lowerAscii(text[i]);
            m_buffer[i] = (c == ' ' || c == '-') ? '_' : c;
        }
        m_view = std::string_view(m_buffer, text.size());
        return;
    }
    m_heap = caseFolded(text);
    std::replace_if(m_heap.begin(), m_heap.end(), [](char c) { return c == ' ' || c == '-'; },
                    '_');
    m_view = m_heap;
}

bool ValueWord::isOneOf(std::initializer_list<std::string_view> words) const
{
    return std::find(words.begin(), words.end(), m_view) != words.end();
}

} // namespace blindspot
