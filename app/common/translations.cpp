#include "common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <map>
#include <memory>

namespace blindspot {

namespace {

// The language a TranslationScope asks for on this thread; empty for the UI's.
thread_local QString scopedLanguage;

// Searched before the UI's translators (installed after them): answers in the scoped language
// while a TranslationScope lives, and stays out of the way otherwise (an empty answer makes Qt
// ask the next translator). Switching it sends no LanguageChange, unlike installing one.
class ScopedTranslator : public QTranslator {
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        if (scopedLanguage.isEmpty())
            return {};
        if (scopedLanguage == QLatin1String("en"))
            return QString::fromUtf8(sourceText);
        auto found = m_loaded.find(scopedLanguage);
        if (found == m_loaded.end()) {
            auto translator = std::make_unique<QTranslator>();
            if (!translator->load(QStringLiteral(":/i18n/blindspot_%1.qm").arg(scopedLanguage)))
                translator.reset();
            found = m_loaded.emplace(scopedLanguage, std::move(translator)).first;
        }
        const QString text = found->second
                                 ? found->second->translate(context, sourceText, disambiguation, n)
                                 : QString();
        // Not translated: the English source rather than the UI's language.
        return text.isEmpty() ? QString::fromUtf8(sourceText) : text;
    }
    bool isEmpty() const override { return false; }

private:
    mutable std::map<QString, std::unique_ptr<QTranslator>> m_loaded;
};

struct InstalledTranslators {
    std::unique_ptr<QTranslator> blindspot;
    std::unique_ptr<QTranslator> qtbase;
    std::unique_ptr<ScopedTranslator> scoped;
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
    if (t.scoped)
        QCoreApplication::removeTranslator(t.scoped.get());
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

// Last, so that it is asked first.
void installScoped()
{
    InstalledTranslators &t = installed();
    if (!t.scoped)
        t.scoped = std::make_unique<ScopedTranslator>();
    QCoreApplication::installTranslator(t.scoped.get());
}

bool installTranslations(const QString &language)
{
    removeInstalled();
    QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en")) {
        installScoped();
        return true;
    }

    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/blindspot_%1.qm").arg(language))) {
        installScoped();
        return false;
    }
    QCoreApplication::installTranslator(own.get());
    installed().blindspot = std::move(own);

    // Qt's own strings (standard buttons, file dialogs); optional: missing only degrades dialogs.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().qtbase = std::move(qt);
    }
    installScoped();
    return true;
}

TranslationScope::TranslationScope(const QString &language) : m_previous(scopedLanguage)
{
    // Before any installTranslations() (a program that stays in English): once, now.
    if (!installed().scoped)
        installScoped();
    scopedLanguage = language;
}

TranslationScope::~TranslationScope()
{
    scopedLanguage = m_previous;
}

} // namespace blindspot
