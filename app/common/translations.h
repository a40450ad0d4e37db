#pragma once

#include <QString>
#include <QStringList>

namespace blindspot {

/// Languages the UI is translated into, as ISO 639-1 codes; "en" is the source language.
QStringList availableLanguages();

/// A language's name in that language ("Русский" for "ru"), so that someone who cannot read
/// the current UI language still finds theirs; empty for a code not in availableLanguages().
QString languageNativeName(const QString &language);

/// The UI language to start with: `requested` if given and available, else the system
/// locale's language if available, else "en".
QString chooseLanguage(const QString &requested = {});

/// Installs Blindspot's and Qt's own (qtbase) translators for `language` on the running
/// QCoreApplication, replacing any installed before; "en" removes them. Returns false when the
/// Blindspot translation could not be loaded.
bool installTranslations(const QString &language);

/// While it lives, tr() on this thread answers in `language` instead of the UI's: for what a
/// trainer shows a group (the presenter view, its slides) in the session's language, which may
/// differ from the language the trainer's own screen is in. Nothing is re-sent to the widgets:
/// only texts made inside the scope are in `language`.
class TranslationScope {
public:
    explicit TranslationScope(const QString &language);
    ~TranslationScope();
    TranslationScope(const TranslationScope &) = delete;
    TranslationScope &operator=(const TranslationScope &) = delete;

private:
    QString m_previous;
};

} // namespace blindspot
