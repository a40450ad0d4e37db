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

} // namespace blindspot
