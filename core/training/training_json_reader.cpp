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
        ParseError error;
        error.file = m_file;
        error.code = ParseErrorCode::Empty;
        m_error = error;
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_error = m_locator.errorAtOffset(m_file, parseError.offset, ParseErrorCode::Malformed,
                                          parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(QString(), ParseErrorCode::NotThisFormat, QStringLiteral("expected a JSON object"));
        return std::nullopt;
    }
    const QJsonObject rootObject = document.object();
    if (rootObject.value(QLatin1String("format")).toString() != format) {
        fail(QStringLiteral("format"), ParseErrorCode::NotThisFormat,
             QStringLiteral("\"format\" must be \"%1\"").arg(format));
        return std::nullopt;
    }
    const QJsonValue version = rootObject.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() < 1 ||
        version.toDouble() != std::floor(version.toDouble())) {
        fail(QStringLiteral("version"), ParseErrorCode::Malformed,
             QStringLiteral("\"version\" must be a whole number from 1"));
        return std::nullopt;
    }
    if (version.toInt() > maxVersion) {
        fail(QStringLiteral("version"), ParseErrorCode::FutureVersion,
             QString::number(version.toInt()));
        return std::nullopt;
    }
    return rootObject;
}

void TrainingJsonReader::fail(const QString &path, ParseErrorCode code, const QString &detail)
{
    if (!m_error)
        m_error = m_locator.errorAt(m_file, path, code, detail);
}

void TrainingJsonReader::checkKeys(const QJsonObject &object, const QString &path,
                                   const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!allowed.contains(it.key())) {
            fail(join(path, it.key()), ParseErrorCode::Malformed,
                 QStringLiteral("unknown key \"%1\" (expected one of: %2)")
                     .arg(it.key(), allowed.join(QLatin1String(", "))));
            return;
        }
}

std::optional<QJsonValue> TrainingJsonReader::member(const QJsonObject &object, const QString &key,
                                                     const QString &path, bool required,
                                                     bool (*fits)(const QJsonValue &),
                                                     const char *kind)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            fail(path, ParseErrorCode::Malformed, QStringLiteral("missing \"%1\"").arg(key));
        return std::nullopt;
    }
    if (!fits(value)) {
        fail(join(path, key), ParseErrorCode::Malformed,
             QStringLiteral("\"%1\" must be %2").arg(key, QLatin1String(kind)));
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
        member(object, key, path, required, nonEmpty, "a non-empty string");
    return value ? value->toString().trimmed() : QString();
}

TrainingText TrainingJsonReader::text(const QJsonObject &object, const QString &key,
                                      const QString &path, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            fail(path, ParseErrorCode::Malformed, QStringLiteral("missing \"%1\"").arg(key));
        return {};
    }
    const QString at = join(path, key);
    if (!value.isObject()) {
        fail(at, ParseErrorCode::Malformed,
             QStringLiteral("\"%1\" must be an object with \"en\", \"ru\" and \"uk\" texts")
                 .arg(key));
        return {};
    }
    checkKeys(value.toObject(), at, trainingLanguages());
    QString missing;
    TrainingText text = trainingTextFrom(value.toObject(), &missing);
    if (!missing.isEmpty())
        fail(at, ParseErrorCode::Malformed,
             QStringLiteral("\"%1\" has no \"%2\" text").arg(key, missing));
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
        fail(join(path, key), ParseErrorCode::Malformed,
             QStringLiteral("\"%1\" needs at least %2 entries").arg(key).arg(minCount));
        return out;
    }
    const QString at = join(path, key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = join(at, i);
        if (!items[i].isObject()) {
            fail(itemPath, ParseErrorCode::Malformed,
                 QStringLiteral("expected an object with \"en\", \"ru\" and \"uk\" texts"));
            return out;
        }
        checkKeys(items[i].toObject(), itemPath, trainingLanguages());
        QString missing;
        out.push_back(trainingTextFrom(items[i].toObject(), &missing));
        if (!missing.isEmpty()) {
            fail(itemPath, ParseErrorCode::Malformed,
                 QStringLiteral("entry %1 of \"%2\" has no \"%3\" text")
                     .arg(i + 1)
                     .arg(key, missing));
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
            fail(path, ParseErrorCode::Malformed, QStringLiteral("missing \"%1\"").arg(key));
        return fallback;
    }
    if (!value.isDouble() || value.toDouble() < min || value.toDouble() > max) {
        fail(join(path, key), ParseErrorCode::Malformed,
             QStringLiteral("\"%1\" must be a number from %2 to %3").arg(key).arg(min).arg(max));
        return fallback;
    }
    return value.toDouble();
}

QJsonObject TrainingJsonReader::object(const QJsonObject &object, const QString &key,
                                       const QString &path, bool required)
{
    const auto isObject = [](const QJsonValue &v) { return v.isObject(); };
    const std::optional<QJsonValue> value =
        member(object, key, path, required, isObject, "an object");
    return value ? value->toObject() : QJsonObject();
}

QJsonArray TrainingJsonReader::array(const QJsonObject &object, const QString &key,
                                     const QString &path, bool required)
{
    const auto isArray = [](const QJsonValue &v) { return v.isArray(); };
    const std::optional<QJsonValue> value =
        member(object, key, path, required, isArray, "an array");
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
                 QStringLiteral("entries of \"%1\" must be non-empty strings").arg(key));
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
