#pragma once

#include "core/io/parse_error.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>

namespace blindspot {

/// Every number the exposure model uses. Values, ranges, units and sources live in
/// resources/model_parameters.json (embedded); these are the keys, in that file's order.
enum class Param : std::uint8_t {
    PxPerMNeeded,
    SensorPxWidth,
    RangePtzM,
    RangeTurnstileM,
    FovFrLensDeg,
    FovPtzDeg,
    TiltLimitDeg,
    FaceHeightM,
    MountHeightDefaultM,
    FTowards,
    FSideways,
    FAway,
    TauS,
    RVideo,
    RTurnstile,
    RMultMedicalMask,
    RMultSunglasses,
    RMultCapCeiling,
    QConfirmed,
    QSuspected,
    QNone,
    QMetroEntrance,
    QMetroPlatform,
    QTrain,
    QStreetUnknown,
    UnmappedFrPerKm2,
    UnmappedFacingShare,
    LocationSigmaM,
    WalkSpeedMps,
    DetourFactor,
    TrainSpeedKmh,
    HeadwayS,
    StopTimeS,
    EscalatorS,
    StreetToPlatformS,
    TransferS,
    EntranceHallS,
    TurnstileS,
    ZoneCamerasEntranceHall,
    ZoneCamerasTurnstiles,
    ZoneCamerasEscalator,
    ZoneCamerasPlatform,
    ZoneCamerasTransferCorridor,
    ZoneCamerasTrain,
    ZoneViewSEntranceHall,
    ZoneViewSEscalator,
    ZoneViewSPlatform,
    ZoneViewSTransferCorridor,
    ZoneViewSTrain,
    ZoneFacingEntranceHall,
    ZoneFacingEscalator,
    ZoneFacingPlatform,
    ZoneFacingTransferCorridor,
    ZoneFacingTrain,
    QPrivateUnknown, ///< q for private cameras (shops, homes) of unknown status.
    ViewRangeM,      ///< Distance within which a camera counts as having a walker "in view".
    Count
};
constexpr std::size_t kParamCount = static_cast<std::size_t>(Param::Count);

/// Which end of the parameters' ranges a computation uses. Low takes, for every parameter, the
/// end that lowers exposure; High the end that raises it; Central the default values.
enum class Bound : std::uint8_t { Low, Central, High };

/// One parameter as the file states it.
struct ParameterInfo {
    QString key; ///< As in the JSON file, e.g. "tau_s".
    QString unit;
    QString source;
    double value = 0.0;
    double min = 0.0;
    double max = 0.0;
    bool raisesExposure = true; ///< Whether a larger value makes routes more exposed.
};

/// The model's parameter set: defaults from the embedded file, optionally changed by a profile
/// ("ordinary", "event") and by a user's override file.
class ModelParameters {
public:
    /// The parameters embedded in the program (resources/model_parameters.json), ordinary day.
    static const ModelParameters &builtIn();

    /// Reads a complete parameter file (the embedded file's format).
    static Result<ModelParameters> fromJson(QByteArrayView json, const QString &name);

    /// The same parameters with some changed. `json` is an object of key -> number (the value)
    /// or key -> {"value": v, "min": a, "max": b} (any subset). Unknown keys, values outside
    /// their range and impossible values (a probability above 1) are errors naming the key.
    Result<ModelParameters> withOverrides(QByteArrayView json, const QString &name) const;

    /// The same parameters under a named profile ("ordinary", "event"); error if unknown. Under
    /// a context with profiles of its own (see forContext), the context's version applies.
    Result<ModelParameters> forProfile(const QString &profile) const;
    /// The same parameters with a surveillance context's priors ("moscow", "training",
    /// "unknown"); error if unknown. Apply before the dataset's overrides and the profile.
    Result<ModelParameters> forContext(const QString &context) const;
    QStringList contextNames() const;
    /// "unknown" until forContext names another.
    QString activeContext() const { return m_activeContext; }
    QStringList profileNames() const;
    /// The profile's explanation from the file (English; the app shows translated text).
    QString profileComment(const QString &profile) const;
    QString activeProfile() const { return m_activeProfile; }

    const ParameterInfo &info(Param p) const { return m_params[static_cast<std::size_t>(p)]; }
    /// The value used for a computation at the given bound.
    double value(Param p, Bound bound = Bound::Central) const;

private:
    std::array<ParameterInfo, kParamCount> m_params;
    QByteArray m_profilesJson; ///< The file's "profiles" object, kept to apply on request.
    QByteArray m_contextsJson; ///< The file's "contexts" object.
    QString m_activeProfile = QStringLiteral("ordinary");
    QString m_activeContext = QStringLiteral("moscow");
};

/// The key of a parameter in the JSON file.
QString parameterKey(Param p);

struct Dataset;

/// The surveillance context a dataset's priors come from: its header's, or "unknown" when it
/// names none or one this build does not know.
QString contextOf(const Dataset &dataset);

/// The parameters for planning on `dataset`: the built-in file, then the dataset's context
/// (contextOf), then its own overrides, then the profile ("ordinary", "event"), then the user's
/// file if one is named.
Result<ModelParameters> parametersFor(const Dataset &dataset, const QString &profile,
                                      const QString &userFile = {});

} // namespace blindspot
