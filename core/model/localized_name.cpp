#include "core/model/localized_name.h"

namespace blindspot {

QString LocalizedName::inLanguage(const QString &language) const
{
    const QString value = byLanguage.value(language);
    return value.isEmpty() ? native : value;
}

QStringList LocalizedName::allSpellings() const
{
    QStringList out;
    if (!native.isEmpty())
        out << native;
    for (const QString &value : byLanguage)
        if (!value.isEmpty() && !out.contains(value))
            out << value;
    return out;
}

QString foldedForSearch(const QString &name)
{
    QString folded = name.simplified().toCaseFolded();
    folded.replace(QChar(0x0451), QChar(0x0435)); // ё -> е (Ё is already folded to ё)
    return folded;
}

} // namespace blindspot
