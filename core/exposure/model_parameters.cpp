#include "core/exposure/model_parameters.h"

#include "core/io/text_position.h"
#include "core/model/dataset.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace blindspot {

namespace {

constexpr std::array<const char *, kParamCount> kKeys = {
    "px_per_m_needed",
    "sensor_px_width",
    "range_ptz_m",
    "range_turnstile_m",
    "fov_fr_lens_deg",
    "fov_ptz_deg",
    "tilt_limit_deg",
    "face_height_m",
    "mount_height_default_m",
    "f_towards",
    "f_sideways",
    "f_away",
    "tau_s",
    "r_video",
    "r_turnstile",
    "r_mult_medical_mask",
    "r_mult_sunglasses",
    "r_mult_cap_ceiling",
    "q_confirmed",
    "q_suspected",
    "q_none",
    "q_metro_entrance",
    "q_metro_platform",
    "q_train",
    "q_street_unknown",
    "unmapped_fr_per_km2",
    "unmapped_facing_share",
    "location_sigma_m",
    "walk_speed_mps",
    "detour_factor",
    "train_speed_kmh",
    "headway_s",
    "stop_time_s",
    "escalator_s",
    "street_to_platform_s",
    "transfer_s",
    "entrance_hall_s",
    "turnstile_s",
    "zone_cameras_entrance_hall",
    "zone_cameras_turnstiles",
    "zone_cameras_escalator",
    "zone_cameras_platform",
    "zone_cameras_transfer_corridor",
    "zone_cameras_train",
    "zone_view_s_entrance_hall",
    "zone_view_s_escalator",
    "zone_view_s_platform",
    "zone_view_s_transfer_corridor",
    "zone_view_s_train",
    "zone_facing_entrance_hall",
    "zone_facing_escalator",
    "zone_facing_platform",
    "zone_facing_transfer_corridor",
    "zone_facing_train",
    "q_private_unknown",
    "view_range_m",
};

/// What values make physical sense for a parameter, whatever the file says.
enum class Kind { Probability, Positive, NonNegative, Angle };

Kind kindOf(const QString &key)
{
    if (key.startsWith(QLatin1String("q_")) || key.startsWith(QLatin1String("r_")) ||
        key.startsWith(QLatin1String("f_")) || key.startsWith(QLatin1String("zone_facing_")) ||
        key == QLatin1String("unmapped_facing_share"))
        return Kind::Probability;
    if (key.startsWith(QLatin1String("fov_")) || key == QLatin1String("tilt_limit_deg"))
        return Kind::Angle;
    if (key.startsWith(QLatin1String("zone_cameras_")) ||
        key == QLatin1String("unmapped_fr_per_km2") || key.endsWith(QLatin1String("_s")) ||
        key == QLatin1String("location_sigma_m"))
        return Kind::NonNegative;
    return Kind::Positive;
}

bool allowed(Kind kind, double v)
{
    if (!std::isfinite(v))
        return false;
    switch (kind) {
    case Kind::Probability:
        return v >= 0.0 && v <= 1.0;
    case Kind::Positive:
        return v > 0.0;
    case Kind::NonNegative:
        return v >= 0.0;
    case Kind::Angle:
        return v > 0.0 && v <= 360.0;
    }
    return false;
}

ParseError jsonError(const QString &name, QByteArrayView json, const QJsonParseError &e)
{
    const TextPosition at = textPositionOf(json, e.offset);
    // Qt's own message, translated by Qt's catalogue where one is installed.
    return malformedAt(name, at.line, at.column, ParseReason::Message, {e.errorString()});
}

/// What is wrong with a parameter or an override, before it is known in which file.
struct Problem {
    ParseReason reason;
    QStringList args;
};

/// Malformed `name`; `element` is the JSON path of the profile or context at fault, if any.
ParseError invalid(const QString &name, ParseReason reason, QStringList args = {},
                   const QString &element = {})
{
    ParseError out = fileError(name, ParseErrorCode::Malformed, reason, std::move(args));
    out.element = element;
    return out;
}

ParseError invalid(const QString &name, const Problem &problem, const QString &element = {})
{
    return invalid(name, problem.reason, problem.args, element);
}

int indexOfKey(const QString &key)
{
    for (std::size_t i = 0; i < kKeys.size(); ++i)
        if (key == QLatin1String(kKeys[i]))
            return static_cast<int>(i);
    return -1;
}

std::optional<Problem> checkParameter(const ParameterInfo &p)
{
    const Kind kind = kindOf(p.key);
    for (double v : {p.value, p.min, p.max})
        if (!allowed(kind, v))
            return Problem{ParseReason::ParameterImpossible, parseArgs(p.key, v)};
    if (p.min > p.max)
        return Problem{ParseReason::ParameterMinAboveMax, parseArgs(p.key, p.min, p.max)};
    if (p.value < p.min || p.value > p.max)
        return Problem{ParseReason::ParameterOutsideRange, parseArgs(p.key, p.value, p.min, p.max)};
    return std::nullopt;
}

/// Applies one override object (key -> number or {value, min, max}) to `params`.
std::optional<Problem> applyOverrides(std::array<ParameterInfo, kParamCount> &params,
                                      const QJsonObject &overrides)
{
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        const int index = indexOfKey(it.key());
        if (index < 0)
            return Problem{ParseReason::UnknownParameter, {it.key()}};
        ParameterInfo &p = params[static_cast<std::size_t>(index)];
        if (it.value().isDouble()) {
            p.value = it.value().toDouble();
            // A bare number pins the parameter: no range is left to explore.
            p.min = p.max = p.value;
        } else if (it.value().isObject()) {
            const QJsonObject o = it.value().toObject();
            for (auto field = o.begin(); field != o.end(); ++field) {
                if (!field.value().isDouble())
                    return Problem{ParseReason::ParameterFieldNotNumber, {it.key(), field.key()}};
                if (field.key() == QLatin1String("value"))
                    p.value = field.value().toDouble();
                else if (field.key() == QLatin1String("min"))
                    p.min = field.value().toDouble();
                else if (field.key() == QLatin1String("max"))
                    p.max = field.value().toDouble();
                else
                    return Problem{ParseReason::ParameterUnknownField, {it.key(), field.key()}};
            }
        } else {
            return Problem{ParseReason::ParameterNotNumberOrObject, {it.key()}};
        }
        if (auto problem = checkParameter(p))
            return problem;
    }
    return std::nullopt;
}

} // namespace

QString parameterKey(Param p)
{
    return QLatin1String(kKeys[static_cast<std::size_t>(p)]);
}

const ModelParameters &ModelParameters::builtIn()
{
    static const ModelParameters parameters = [] {
        QFile file(QStringLiteral(":/blindspot/model_parameters.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("embedded model parameters are missing");
        Result<ModelParameters> read = fromJson(file.readAll(), file.fileName());
        // The embedded file is part of the build and checked by the tests; a failure here is a
        // build bug, not bad input.
        if (isError(read)) {
            const ParseError &e = std::get<ParseError>(read);
            qFatal("embedded model parameters are invalid: reason %d (%s) at %s", int(e.reason),
                   qPrintable(e.args.join(QLatin1String(", "))), qPrintable(e.element));
        }
        return std::get<ModelParameters>(std::move(read));
    }();
    return parameters;
}

Result<ModelParameters> ModelParameters::fromJson(QByteArrayView json, const QString &name)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return jsonError(name, json, error);
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() !=
        QLatin1String("blindspot-model-parameters"))
        return invalid(name, ParseReason::KeyMustBeValue,
                       {QStringLiteral("format"), QStringLiteral("blindspot-model-parameters")});
    if (root.value(QLatin1String("version")).toInt() != 1)
        return invalid(name, ParseReason::UnsupportedKeyValue, {QStringLiteral("version")});
    const QJsonObject params = root.value(QLatin1String("parameters")).toObject();
    ModelParameters out;
    for (std::size_t i = 0; i < kParamCount; ++i) {
        const QString key = QLatin1String(kKeys[i]);
        const QJsonObject o = params.value(key).toObject();
        if (o.isEmpty())
            return invalid(name, ParseReason::ParameterMissing, {key});
        ParameterInfo &p = out.m_params[i];
        p.key = key;
        p.unit = o.value(QLatin1String("unit")).toString();
        p.source = o.value(QLatin1String("source")).toString();
        for (const char *field : {"value", "min", "max"})
            if (!o.value(QLatin1String(field)).isDouble())
                return invalid(name, ParseReason::ParameterFieldNotNumber,
                               {key, QLatin1String(field)});
        p.value = o.value(QLatin1String("value")).toDouble();
        p.min = o.value(QLatin1String("min")).toDouble();
        p.max = o.value(QLatin1String("max")).toDouble();
        if (!o.value(QLatin1String("raises_exposure")).isBool())
            return invalid(name, ParseReason::ParameterFieldNotBool,
                           {key, QStringLiteral("raises_exposure")});
        p.raisesExposure = o.value(QLatin1String("raises_exposure")).toBool();
        if (p.source.isEmpty())
            return invalid(name, ParseReason::ParameterWithoutSource, {key});
        if (auto problem = checkParameter(p))
            return invalid(name, *problem);
    }
    for (auto it = params.begin(); it != params.end(); ++it)
        if (indexOfKey(it.key()) < 0)
            return invalid(name, ParseReason::UnknownParameter, {it.key()});
    const QJsonObject profiles = root.value(QLatin1String("profiles")).toObject();
    for (auto it = profiles.begin(); it != profiles.end(); ++it) {
        // Check every profile now, so that choosing one later cannot fail on a bad file.
        std::array<ParameterInfo, kParamCount> trial = out.m_params;
        if (auto problem = applyOverrides(
                trial, it.value().toObject().value(QLatin1String("overrides")).toObject()))
            return invalid(name, *problem, QStringLiteral("profiles/") + it.key());
    }
    out.m_profilesJson = QJsonDocument(profiles).toJson(QJsonDocument::Compact);
    const QJsonObject contexts = root.value(QLatin1String("contexts")).toObject();
    if (!contexts.contains(QLatin1String("unknown")))
        return invalid(name, ParseReason::ContextMissing, {QStringLiteral("unknown")});
    for (auto it = contexts.begin(); it != contexts.end(); ++it) {
        std::array<ParameterInfo, kParamCount> trial = out.m_params;
        const QJsonObject context = it.value().toObject();
        if (auto problem =
                applyOverrides(trial, context.value(QLatin1String("overrides")).toObject()))
            return invalid(name, *problem, QStringLiteral("contexts/") + it.key());
        const QJsonObject own = context.value(QLatin1String("profiles")).toObject();
        for (auto p = own.begin(); p != own.end(); ++p) {
            std::array<ParameterInfo, kParamCount> withProfile = trial;
            if (auto problem = applyOverrides(
                    withProfile, p.value().toObject().value(QLatin1String("overrides")).toObject()))
                return invalid(name, *problem,
                               QStringLiteral("contexts/%1/profiles/%2").arg(it.key(), p.key()));
        }
    }
    out.m_contextsJson = QJsonDocument(contexts).toJson(QJsonDocument::Compact);
    return out;
}

Result<ModelParameters> ModelParameters::withOverrides(QByteArrayView json,
                                                       const QString &name) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return jsonError(name, json, error);
    if (!doc.isObject())
        return invalid(name, ParseReason::ExpectedOverridesObject);
    QJsonObject overrides = doc.object();
    // A user file may be a whole parameter file; then its "parameters" object is the override.
    if (overrides.value(QLatin1String("parameters")).isObject())
        overrides = overrides.value(QLatin1String("parameters")).toObject();
    ModelParameters out = *this;
    if (auto problem = applyOverrides(out.m_params, overrides))
        return invalid(name, *problem);
    return out;
}

QStringList ModelParameters::profileNames() const
{
    return QJsonDocument::fromJson(m_profilesJson).object().keys();
}

QString ModelParameters::profileComment(const QString &profile) const
{
    return QJsonDocument::fromJson(m_profilesJson)
        .object()
        .value(profile)
        .toObject()
        .value(QLatin1String("comment"))
        .toString();
}

Result<ModelParameters> ModelParameters::forProfile(const QString &profile) const
{
    const QJsonObject profiles = QJsonDocument::fromJson(m_profilesJson).object();
    if (!profiles.contains(profile))
        return invalid(QStringLiteral("model_parameters.json"), ParseReason::UnknownProfile,
                       {profile, profiles.keys().join(QStringLiteral(", "))});
    // A context may word a profile its own way (an alert day in an unknown region raises the
    // unknown region's priors, not Moscow's).
    const QJsonObject contextProfile = QJsonDocument::fromJson(m_contextsJson)
                                           .object()
                                           .value(m_activeContext)
                                           .toObject()
                                           .value(QLatin1String("profiles"))
                                           .toObject()
                                           .value(profile)
                                           .toObject();
    const QJsonObject chosen =
        contextProfile.isEmpty() ? profiles.value(profile).toObject() : contextProfile;
    ModelParameters out = *this;
    if (auto problem =
            applyOverrides(out.m_params, chosen.value(QLatin1String("overrides")).toObject()))
        return invalid(QStringLiteral("model_parameters.json"), *problem);
    out.m_activeProfile = profile;
    return out;
}

QStringList ModelParameters::contextNames() const
{
    return QJsonDocument::fromJson(m_contextsJson).object().keys();
}

Result<ModelParameters> ModelParameters::forContext(const QString &context) const
{
    const QJsonObject contexts = QJsonDocument::fromJson(m_contextsJson).object();
    if (!contexts.contains(context))
        return invalid(QStringLiteral("model_parameters.json"), ParseReason::UnknownContext,
                       {context, contexts.keys().join(QStringLiteral(", "))});
    ModelParameters out = *this;
    if (auto problem = applyOverrides(
            out.m_params,
            contexts.value(context).toObject().value(QLatin1String("overrides")).toObject()))
        return invalid(QStringLiteral("model_parameters.json"), *problem);
    out.m_activeContext = context;
    return out;
}

QString contextOf(const Dataset &dataset)
{
    const QString named = dataset.header.context.trimmed().toLower();
    if (!named.isEmpty() && ModelParameters::builtIn().contextNames().contains(named))
        return named;
    return QStringLiteral("unknown");
}

double ModelParameters::value(Param p, Bound bound) const
{
    const ParameterInfo &info = m_params[static_cast<std::size_t>(p)];
    switch (bound) {
    case Bound::Central:
        return info.value;
    case Bound::Low:
        return info.raisesExposure ? info.min : info.max;
    case Bound::High:
        return info.raisesExposure ? info.max : info.min;
    }
    return info.value;
}

Result<ModelParameters> parametersFor(const Dataset &dataset, const QString &profile,
                                      const QString &userFile)
{
    Result<ModelParameters> current = ModelParameters::builtIn().forContext(contextOf(dataset));
    if (isError(current))
        return current;
    if (!dataset.parameterOverrides.isEmpty()) {
        current = std::get<ModelParameters>(current).withOverrides(dataset.parameterOverrides,
                                                                   dataset.header.name);
        // The overrides are a field of the dataset: the error names it as the pack does.
        if (auto *e = std::get_if<ParseError>(&current)) {
            e->element = QStringLiteral("parameter_overrides_json");
            return current;
        }
    }
    current = std::get<ModelParameters>(current).forProfile(
        profile.isEmpty() ? QStringLiteral("ordinary") : profile);
    if (isError(current) || userFile.isEmpty())
        return current;
    QFile file(userFile);
    if (!file.open(QIODevice::ReadOnly))
        return systemError(userFile, ParseErrorCode::CannotOpen, file.errorString());
    return std::get<ModelParameters>(current).withOverrides(file.read(1 << 20), userFile);
}

} // namespace blindspot
