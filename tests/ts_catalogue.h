#pragma once

// The .ts catalogues read as a test sees them: which English source texts Russian and Ukrainian
// translate, so that a test can find English left on screen, or spoken, after a switch
// (tst_layout_fit, tst_accessibility).
#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace blindspot::testing {

// "&Plan routes" as drawn with mnemonics: "Plan routes" ("&&" is a literal "&").
inline QString withoutMnemonic(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        out += text.at(i);
    }
    return out;
}

/// The English source texts a catalogue translates. A source counts only if every message with
/// it has a translation that differs from it (names and numbers read the same in every
/// language, and a source left untranslated somewhere is not the test's to report).
/// Sources with %1 or %n are kept as patterns: "%1 · line %2" is found in "Ёлочная · line 7".
struct Catalogue {
    std::set<QString> texts;
    std::vector<std::pair<QRegularExpression, QString>> patterns; ///< and their source

    bool isEmpty() const { return texts.empty() && patterns.empty(); }
    /// The translated source that `shown` is, if any.
    std::optional<QString> sourceOf(const QString &shown) const
    {
        if (texts.count(shown))
            return shown;
        for (const auto &[pattern, source] : patterns)
            if (pattern.match(shown).hasMatch())
                return source;
        return std::nullopt;
    }
};

inline Catalogue readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::map<QString, bool> translated; // source -> every occurrence translated differently
    QXmlStreamReader xml(&file);
    QString source;
    QStringList translations;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("message")) {
                source.clear();
                translations.clear();
                unfinished = false;
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                unfinished = !type.isEmpty(); // unfinished, vanished or obsolete
                // Plural messages hold <numerusform> children; the others their text.
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                    xml.readNext();
                    if (xml.isCharacters() && !xml.isWhitespace())
                        translations << xml.text().toString();
                    if (xml.atEnd())
                        break;
                }
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            const bool differs =
                !unfinished && !translations.isEmpty() &&
                std::any_of(translations.begin(), translations.end(),
                            [&](const QString &t) { return t.trimmed() != source.trimmed(); });
            auto [at, inserted] = translated.emplace(source, differs);
            if (!inserted)
                at->second = at->second && differs;
        }
    }
    Catalogue catalogue;
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    static const QRegularExpression letters(QStringLiteral("\\p{L}{2,}"));
    for (const auto &[text, differs] : translated) {
        if (!differs)
            continue;
        catalogue.texts.insert(text);
        const QString plain = withoutMnemonic(text);
        catalogue.texts.insert(plain);
        if (!plain.contains(placeholder))
            continue;
        // The words around the placeholders must be English words, not only punctuation.
        QString literal = plain;
        literal.replace(placeholder, QString());
        if (!literal.contains(letters))
            continue;
        QString pattern;
        qsizetype last = 0;
        for (auto it = placeholder.globalMatch(plain); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            pattern += QRegularExpression::escape(plain.mid(last, m.capturedStart() - last)) +
                       QStringLiteral(".+?");
            last = m.capturedEnd();
        }
        pattern += QRegularExpression::escape(plain.mid(last));
        catalogue.patterns.emplace_back(
            QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                               QRegularExpression::DotMatchesEverythingOption),
            text);
    }
    return catalogue;
}

#ifdef BLINDSPOT_TRANSLATIONS_DIR
/// The Russian and Ukrainian catalogues in translations/, by language code.
inline std::map<QString, Catalogue> readTranslationCatalogues()
{
    std::map<QString, Catalogue> catalogues;
    for (const char *language : {"ru", "uk"})
        catalogues[QLatin1String(language)] =
            readCatalogue(QStringLiteral(BLINDSPOT_TRANSLATIONS_DIR "/blindspot_%1.ts")
                              .arg(QLatin1String(language)));
    return catalogues;
}
#endif

} // namespace blindspot::testing
