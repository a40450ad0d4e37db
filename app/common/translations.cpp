#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace blindspot {

namespace {

struct InstalledTranslators {
    std::unique_ptr<QTranslator> blindspot;
    std::unique_ptr<QTranslator> qtbase;
};

InstalledTranslators &installed()
{
    static InstalledTranslators translators;
    return translators;
}

void removeInstalled()
{
    InstalledTranslators &t = installed();
    if (t.blindspot)
        QCoreApplication::removeTranslator(t.blindspot.get());
    if (t.qtbase)
        QCoreApplication::removeTranslator(t.qtbase.get());
    t.blindspot.reset();
    t.qtbase.reset();
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk")};
}

QString languageNativeName(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    if (language == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (language == QLatin1String("uk"))
        return QStringLiteral("Українська");
    return {};
}

QString chooseLanguage(const QString &requested)
{
    const QStringList languages = availableLanguages();
    if (languages.contains(requested))
        return requested;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return languages.contains(system) ? system : QStringLiteral("en");
}

bool installTranslations(const QString &language)
{
    removeInstalled();
    QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en"))
        return true;

    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/blindspot_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(own.get());
    installed().blindspot = std::move(own);

    // Qt's own strings (standard buttons, file dialogs); optional: missing only degrades dialogs.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().qtbase = std::move(qt);
    }
    return true;
}

} // namespace blindspot
