#pragma once

#include <QMap>
#include <QString>

namespace blindspot {

/// A name with translations, as OSM keeps them: `name` plus `name:en`, `name:ru`, ...
struct LocalizedName {
    QString native;                    ///< The name in the local language (OSM `name`).
    QMap<QString, QString> byLanguage; ///< ISO 639-1 code -> name, e.g. "uk" -> "Хрещатик".

    /// The name in `language`, else the native name.
    QString inLanguage(const QString &language) const;
    /// Every distinct spelling (native first), for searching by name in any language.
    QStringList allSpellings() const;
    bool isEmpty() const { return native.isEmpty() && byLanguage.isEmpty(); }
    friend bool operator==(const LocalizedName &, const LocalizedName &) = default;
};

/// Folds a name for matching: case-insensitive, ё as е, й kept, surrounding space trimmed and
/// inner runs of space collapsed. "Ёлкино " and "елкино" fold to the same key.
QString foldedForSearch(const QString &name);

} // namespace blindspot
