#include "core/training/training_text.h"

#include <QJsonObject>
#include <QJsonValue>

namespace blindspot {

QString TrainingText::in(const QString &language) const
{
    if (language == QLatin1String("ru"))
        return ru;
    if (language == QLatin1String("uk"))
        return uk;
    return en;
}

QStringList trainingLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk")};
}

QString trainingLanguageFor(const QString &language)
{
    return trainingLanguages().contains(language) ? language : QStringLiteral("en");
}

TrainingText trainingTextFrom(const QJsonObject &object, QString *missing)
{
    TrainingText text;
    text.en = object.value(QLatin1String("en")).toString().trimmed();
    text.ru = object.value(QLatin1String("ru")).toString().trimmed();
    text.uk = object.value(QLatin1String("uk")).toString().trimmed();
    if (missing) {
        missing->clear();
        for (const QString &language : trainingLanguages())
            if (text.in(language).isEmpty()) {
                *missing = language;
                break;
            }
    }
    return text;
}

} // namespace blindspot
