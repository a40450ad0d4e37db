#pragma once

#include <QString>
#include <QStringList>

class QJsonObject;

namespace blindspot {

/// A text of the training material in every language it ships in: English, Russian and
/// Ukrainian. Training content (scenarios, statements, handouts) lives in data files with all
/// three, unlike the UI, whose strings are translated with Qt Linguist.
struct TrainingText {
    QString en;
    QString ru;
    QString uk;

    /// The text in `language` (ISO 639-1); English for any other language.
    QString in(const QString &language) const;
    bool isComplete() const { return !en.isEmpty() && !ru.isEmpty() && !uk.isEmpty(); }
    friend bool operator==(const TrainingText &, const TrainingText &) = default;
};

/// The languages every training text has, in file order: "en", "ru", "uk".
QStringList trainingLanguages();

/// The training language nearest to the UI language `language`: itself when it is one of
/// trainingLanguages(), else English.
QString trainingLanguageFor(const QString &language);

/// Reads {"en": ..., "ru": ..., "uk": ...}. `missing` is set to the first language without a
/// non-empty string (empty when all are there).
TrainingText trainingTextFrom(const QJsonObject &object, QString *missing);

} // namespace blindspot
