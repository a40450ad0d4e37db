#pragma once

#include "core/io/parse_error.h"
#include "core/training/json_locator.h"
#include "core/training/training_text.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace blindspot {

/// Reads the training formats (scenarios, session plans, statements, handout texts): JSON
/// objects with a "format" name and a "version", strict about keys so that a trainer's typo
/// ("lable") is reported rather than silently ignored. The first problem found is kept as a
/// ParseError located at the line and column of the value at fault.
///
/// Getters return an empty value after a failure; callers check failed() once at the end.
class TrainingJsonReader {
public:
    TrainingJsonReader(QByteArrayView json, QString file);

    /// The root object, after checking its "format" is `format` and its "version" is at most
    /// `maxVersion`; none on any error (syntax errors are located at QJsonParseError's offset).
    std::optional<QJsonObject> root(const QString &format, int maxVersion);

    bool failed() const { return m_error.has_value(); }
    const ParseError &error() const { return *m_error; }
    /// Records an error at `path` unless one was recorded before.
    void fail(const QString &path, ParseErrorCode code, ParseReason reason, QStringList args = {});

    /// Fails when `object` has a key outside `allowed`, naming it and the allowed keys.
    void checkKeys(const QJsonObject &object, const QString &path, const QStringList &allowed);

    QString string(const QJsonObject &object, const QString &key, const QString &path,
                   bool required = true);
    /// A {"en", "ru", "uk"} text; every language is required.
    TrainingText text(const QJsonObject &object, const QString &key, const QString &path,
                      bool required = true);
    /// An array of texts with at least `minCount` entries.
    std::vector<TrainingText> texts(const QJsonObject &object, const QString &key,
                                    const QString &path, int minCount);
    /// A number in [min, max]; `fallback` when absent and not required.
    double number(const QJsonObject &object, const QString &key, const QString &path,
                  double fallback, double min, double max, bool required = false);
    QJsonObject object(const QJsonObject &object, const QString &key, const QString &path,
                       bool required = true);
    QJsonArray array(const QJsonObject &object, const QString &key, const QString &path,
                     bool required = true);
    /// An array of strings (may be absent: empty).
    QStringList strings(const QJsonObject &object, const QString &key, const QString &path);

    /// "a/b" for a member `b` of the value at `a` (or "b" at the root).
    static QString join(const QString &path, const QString &key);
    static QString join(const QString &path, qsizetype index);

    const JsonLocator &locator() const { return m_locator; }
    const QString &file() const { return m_file; }

private:
    /// The value at `key` when it is there and `fits` it; otherwise records why not (MissingKey
    /// only when `required`; `mismatch` when it is there but does not fit) and returns none.
    std::optional<QJsonValue> member(const QJsonObject &object, const QString &key,
                                     const QString &path, bool required,
                                     bool (*fits)(const QJsonValue &), ParseReason mismatch);

    QByteArray m_json;
    QString m_file;
    JsonLocator m_locator;
    std::optional<ParseError> m_error;
};

} // namespace blindspot
