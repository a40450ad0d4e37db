#include "core/training/json_locator.h"

#include "core/io/text_position.h"

#include <QStringList>

#include <algorithm>

namespace blindspot {

namespace {

// A recursive-descent walk over JSON that is known to be valid: it only needs to tell where
// values begin and end, never to check them.
class Scanner {
public:
    explicit Scanner(QByteArrayView text) : m_text(text) {}

    qsizetype find(const QStringList &path)
    {
        skipSpace();
        return findFrom(path, 0);
    }

private:
    qsizetype findFrom(const QStringList &path, qsizetype depth)
    {
        const qsizetype start = m_pos;
        if (depth == path.size() || m_pos >= m_text.size())
            return start;
        const char open = m_text[m_pos];
        if (open == '{') {
            ++m_pos;
            const QByteArray wanted = path[depth].toUtf8();
            while (true) {
                skipSpace();
                if (m_pos >= m_text.size() || m_text[m_pos] == '}')
                    return start;
                const QByteArray key = readString();
                skipSpace();
                ++m_pos; // ':'
                skipSpace();
                if (key == wanted)
                    return findFrom(path, depth + 1);
                skipValue();
                skipSpace();
                if (m_pos < m_text.size() && m_text[m_pos] == ',')
                    ++m_pos;
            }
        }
        if (open == '[') {
            bool ok = false;
            const qsizetype wanted = path[depth].toLongLong(&ok);
            if (!ok)
                return start;
            ++m_pos;
            for (qsizetype index = 0;; ++index) {
                skipSpace();
                if (m_pos >= m_text.size() || m_text[m_pos] == ']')
                    return start;
                if (index == wanted)
                    return findFrom(path, depth + 1);
                skipValue();
                skipSpace();
                if (m_pos < m_text.size() && m_text[m_pos] == ',')
                    ++m_pos;
            }
        }
        return start; // a scalar has no members
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() &&
               (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n' ||
                m_text[m_pos] == '\r'))
            ++m_pos;
    }

    // Reads a string starting at its opening quote; escapes other than \" and \\ are kept as
    // written, which is enough to compare the ASCII keys of Blindspot's formats.
    QByteArray readString()
    {
        QByteArray out;
        ++m_pos; // opening quote
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size()) {
                ++m_pos;
                out += m_text[m_pos] == '"' || m_text[m_pos] == '\\' ? m_text[m_pos] : '?';
            } else {
                out += m_text[m_pos];
            }
            ++m_pos;
        }
        ++m_pos; // closing quote
        return out;
    }

    void skipValue()
    {
        if (m_pos >= m_text.size())
            return;
        const char c = m_text[m_pos];
        if (c == '"') {
            readString();
            return;
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            while (m_pos < m_text.size()) {
                const char d = m_text[m_pos];
                if (d == '"') {
                    readString();
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if (d == '}' || d == ']')
                    --depth;
                ++m_pos;
                if (depth == 0)
                    return;
            }
            return;
        }
        while (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != '}' &&
               m_text[m_pos] != ']' && m_text[m_pos] != ' ' && m_text[m_pos] != '\n' &&
               m_text[m_pos] != '\r' && m_text[m_pos] != '\t')
            ++m_pos;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace

JsonLocator::JsonLocator(QByteArrayView json) : m_json(json.toByteArray()) {}

std::pair<int, int> JsonLocator::lineColumn(qsizetype offset) const
{
    const TextPosition p = textPositionOf(m_json, offset);
    return {p.line, p.column};
}

qsizetype JsonLocator::offsetOf(const QString &path) const
{
    if (path.isEmpty())
        return 0;
    Scanner scanner(m_json);
    return scanner.find(path.split(QLatin1Char('/')));
}

ParseError JsonLocator::errorAt(const QString &file, const QString &path, ParseErrorCode code,
                                ParseReason reason, QStringList args) const
{
    ParseError error = errorAtOffset(file, offsetOf(path), code, reason, std::move(args));
    error.element = path;
    return error;
}

ParseError JsonLocator::errorAtOffset(const QString &file, qsizetype offset, ParseErrorCode code,
                                      ParseReason reason, QStringList args) const
{
    const auto [line, column] = lineColumn(offset);
    ParseError error = errorAtLine(file, line, column, code, reason, std::move(args));
    error.byteOffset = offset;
    return error;
}

} // namespace blindspot
