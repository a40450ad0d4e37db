#include "core/training/training_json_reader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace blindspot {

TrainingJsonReader::TrainingJsonReader(QByteArrayView json, QString file)
    : m_json(json.toByteArray()), m_file(std::move(file)), m_locator(json)
{
}

std::optional<QJsonObject> TrainingJsonReader::root(const QString &format, int maxVersion)
{
    if (m_json.trimmed().isEmpty()) {
        m_error = fileError(m_file, ParseErrorCode::Empty);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's own message, translated by Qt's catalogue where one is installed.
        m_error = m_locator.errorAtOffset(m_file, parseError.offset, ParseErrorCode::Malformed,
                                          ParseReason::Message, {parseError.errorString()});
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(QString(), ParseErrorCode::NotThisFormat, ParseReason::None);
        return std::nullopt;
    }
    const QJsonObject rootObject = document.object();
    if (rootObject.value(QLatin1String("format")).toString() != format) {
        fail(QStringLiteral("format"), ParseErrorCode::NotThisFormat, ParseReason::KeyMustBeValue,
             {QStringLiteral("format"), format});
        return std::nullopt;
    }
    const QJsonValue version = rootObject.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() < 1 ||
        version.toDouble() != std::floor(version.toDouble())) {
        fail(QStringLiteral("version"), ParseErrorCode::Malformed, ParseReason::WholeNumberFrom,
             parseArgs(QStringLiteral("version"), 1));
        return std::nullopt;
    }
    if (version.toInt() > maxVersion) {
        fail(QStringLiteral("version"), ParseErrorCode::FutureVersion, ParseReason::FormatVersion,
             parseArgs(version.toInt()));
        return std::nullopt;
    }
    return rootObject;
}

void TrainingJsonReader::fail(const QString &path, ParseErrorCode code, ParseReason reason,
                              QStringList args)
{
    if (!m_error)
        m_error = m_locator.errorAt(m_file, path, code, reason, std::move(args));
}

void TrainingJsonReader::checkKeys(const QJsonObject &object, const QString &path,
                                   const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!allowed.contains(it.key())) {
            fail(join(path, it.key()), ParseErrorCode::Malformed, ParseReason::UnknownKey,
                 {it.key(), allowed.join(QLatin1String(", "))});
            return;
        }
}

std::optional<QJsonValue> TrainingJsonReader::member(const QJsonObject &object, const QString &key,
                                                     const QString &path, bool required,
                                                     bool (*fits)(const QJsonValue &),
                                                     ParseReason mismatch)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            fail(path, ParseErrorCode::Malformed, ParseReason::MissingKey, {key});
        return std::nullopt;
    }
    if (!fits(value)) {
        fail(join(path, key), ParseErrorCode::Malformed, mismatch, {key});
        return std::nullopt;
    }
    return value;
}

QString TrainingJsonReader::string(const QJsonObject &object, const QString &key,
                                   const QString &path, bool required)
{
    const auto nonEmpty = [](const QJsonValue &v) {
        return v.isString() && !v.toString().trimmed().isEmpty();
    };
    const std::optional<QJsonValue> value =
        member(object, key, path, required, nonEmpty, ParseReason::MustBeNonEmptyString);
    return value ? value->toString().trimmed() : QString();
}

TrainingText TrainingJsonReader::text(const QJsonObject &object, const QString &key,
                                      const QString &path, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            fail(path, ParseErrorCode::Malformed, ParseReason::MissingKey, {key});
        return {};
    }
    const QString at = join(path, key);
    if (!value.isObject()) {
        fail(at, ParseErrorCode::Malformed, ParseReason::MustBeTextsObject,
             {key, trainingLanguages().join(QLatin1String(", "))});
        return {};
    }
    checkKeys(value.toObject(), at, trainingLanguages());
    QString missing;
    TrainingText text = trainingTextFrom(value.toObject(), &missing);
    if (!missing.isEmpty())
        fail(at, ParseErrorCode::Malformed, ParseReason::NoTextIn, {key, missing});
    return text;
}

std::vector<TrainingText> TrainingJsonReader::texts(const QJsonObject &object, const QString &key,
                                                    const QString &path, int minCount)
{
    std::vector<TrainingText> out;
    const QJsonArray items = array(object, key, path, minCount > 0);
    if (failed())
        return out;
    if (items.size() < minCount) {
        fail(join(path, key), ParseErrorCode::Malformed, ParseReason::TooFewEntries,
             parseArgs(key, minCount));
        return out;
    }
    const QString at = join(path, key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = join(at, i);
        if (!items[i].isObject()) {
            fail(itemPath, ParseErrorCode::Malformed, ParseReason::ExpectedTextsObject,
                 {trainingLanguages().join(QLatin1String(", "))});
            return out;
        }
        checkKeys(items[i].toObject(), itemPath, trainingLanguages());
        QString missing;
        out.push_back(trainingTextFrom(items[i].toObject(), &missing));
        if (!missing.isEmpty()) {
            fail(itemPath, ParseErrorCode::Malformed, ParseReason::EntryWithoutText,
                 parseArgs(i + 1, key, missing));
            return out;
        }
    }
    return out;
}

double TrainingJsonReader::number(const QJsonObject &object, const QString &key,
                                  const QString &path, double fallback, double min, double max,
                                  bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            fail(path, ParseErrorCode::Malformed, ParseReason::MissingKey, {key});
        return fallback;
    }
    if (!value.isDouble() || value.toDouble() < min || value.toDouble() > max) {
        fail(join(path, key), ParseErrorCode::Malformed, ParseReason::MustBeNumberFromTo,
             parseArgs(key, min, max));
        return fallback;
    }
    return value.toDouble();
}

QJsonObject TrainingJsonReader::object(const QJsonObject &object, const QString &key,
                                       const QString &path, bool required)
{
    const auto isObject = [](const QJsonValue &v) { return v.isObject(); };
    const std::optional<QJsonValue> value =
        member(object, key, path, required, isObject, ParseReason::MustBeObject);
    return value ? value->toObject() : QJsonObject();
}

QJsonArray TrainingJsonReader::array(const QJsonObject &object, const QString &key,
                                     const QString &path, bool required)
{
    const auto isArray = [](const QJsonValue &v) { return v.isArray(); };
    const std::optional<QJsonValue> value =
        member(object, key, path, required, isArray, ParseReason::MustBeArray);
    return value ? value->toArray() : QJsonArray();
}

QStringList TrainingJsonReader::strings(const QJsonObject &object, const QString &key,
                                        const QString &path)
{
    QStringList out;
    const QJsonArray items = array(object, key, path, false);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isString() || items[i].toString().trimmed().isEmpty()) {
            fail(join(join(path, key), i), ParseErrorCode::Malformed,
                 ParseReason::EntriesNotStrings, {key});
            return {};
        }
        out.append(items[i].toString().trimmed());
    }
    return out;
}

QString TrainingJsonReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('/') + key;
}

QString TrainingJsonReader::join(const QString &path, qsizetype index)
{
    return join(path, QString::number(index));
}

} // namespace blindspot
