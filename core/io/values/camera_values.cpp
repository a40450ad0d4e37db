#include "core/io/values/camera_values.h"

#include "core/io/values/value_text.h"

#include <QString>

namespace blindspot {

std::optional<bool> parseYesNo(std::string_view text)
{
    const ValueWord w(text);
    if (w.isOneOf({"yes", "y", "true", "1", "да"}))
        return true;
    if (w.isOneOf({"no", "n", "false", "0", "нет"}))
        return false;
    return std::nullopt;
}

std::optional<FrStatus> parseFrStatus(std::string_view text)
{
    // The names the exporters write come first, unfolded: most imports are of those.
    for (FrStatus s :
         {FrStatus::Confirmed, FrStatus::Suspected, FrStatus::None, FrStatus::Unknown})
        if (text == frStatusName(s))
            return s;
    if (const std::optional<bool> yes = parseYesNo(text))
        return *yes ? FrStatus::Confirmed : FrStatus::None;
    const ValueWord w(text);
    if (w.isOneOf({"", "unknown", "?", "n/a", "unk", "неизвестно"}))
        return FrStatus::Unknown;
    if (w.isOneOf({"confirmed", "confirm", "fr", "подтверждено"}))
        return FrStatus::Confirmed;
    if (w.isOneOf({"suspected", "suspect", "maybe", "likely", "probable", "possible",
                   "вероятно", "возможно", "подозрение"}))
        return FrStatus::Suspected;
    if (w.isOneOf({"none"}))
        return FrStatus::None;
    return std::nullopt;
}

CameraKind parseCameraKind(std::string_view text)
{
    for (CameraKind k : {CameraKind::Unknown, CameraKind::Fixed, CameraKind::Dome,
                         CameraKind::Ptz, CameraKind::Turnstile})
        if (text == cameraKindName(k))
            return k;
    const ValueWord w(text);
    if (w.isOneOf({"fixed", "static", "bullet", "box"}))
        return CameraKind::Fixed;
    if (w.isOneOf({"dome"}))
        return CameraKind::Dome;
    if (w.isOneOf({"ptz", "panning", "pan_tilt_zoom", "rotating"}))
        return CameraKind::Ptz;
    // OSM has no value for a fare gate's face camera (Face Pay); take the obvious spellings.
    if (w.isOneOf({"turnstile", "face_pay", "facepay", "turnstiles"}))
        return CameraKind::Turnstile;
    return CameraKind::Unknown;
}

CameraMount parseCameraMount(std::string_view text)
{
    for (CameraMount m : {CameraMount::Unknown, CameraMount::Wall, CameraMount::Pole,
                          CameraMount::Ceiling, CameraMount::Other})
        if (text == cameraMountName(m))
            return m;
    const ValueWord w(text);
    if (w.isOneOf({"", "unknown"}))
        return CameraMount::Unknown;
    if (w.isOneOf({"wall", "building", "facade"}))
        return CameraMount::Wall;
    if (w.isOneOf({"pole", "street_lamp", "street_light", "lamp", "mast", "traffic_signals",
                   "column"}))
        return CameraMount::Pole;
    if (w.isOneOf({"ceiling"}))
        return CameraMount::Ceiling;
    return CameraMount::Other;
}

CameraSystem parseCameraSystem(std::string_view text)
{
    const ValueWord w(text);
    if (w.isOneOf({"metro", "subway", "underground"}))
        return CameraSystem::Metro;
    if (w.isOneOf({"city", "public", "police", "municipal", "government"}))
        return CameraSystem::City;
    if (w.isOneOf({"private", "home", "residential", "shop", "business", "doorbell", "outdoor",
                   "indoor"}))
        return CameraSystem::Private;
    return CameraSystem::Unknown;
}

std::optional<ZoneKind> parseZoneKind(std::string_view text)
{
    for (int i = 0; i < kZoneKindCount; ++i)
        if (text == zoneKindName(static_cast<ZoneKind>(i)))
            return static_cast<ZoneKind>(i);
    const ValueWord w(text);
    for (int i = 0; i < kZoneKindCount; ++i)
        if (w == zoneKindName(static_cast<ZoneKind>(i)))
            return static_cast<ZoneKind>(i);
    if (w == "turnstile")
        return ZoneKind::Turnstiles;
    return std::nullopt;
}

std::optional<ZoneKind> guessZoneKind(std::string_view text)
{
    const QString folded = QString::fromUtf8(text.data(), qsizetype(text.size())).toCaseFolded();
    if (folded.isEmpty())
        return std::nullopt;
    const auto mentions = [&folded](std::initializer_list<const char *> words) {
        for (const char *w : words)
            if (folded.contains(QString::fromUtf8(w)))
                return true;
        return false;
    };
    // Most specific first: "escalator to the platform" is about the escalator.
    if (mentions(
            {"turnstile", "faregate", "fare gate", "face pay", "facepay", "турникет", "валидатор"}))
        return ZoneKind::Turnstiles;
    if (mentions({"escalator", "эскалатор"}))
        return ZoneKind::Escalator;
    if (mentions({"transfer", "passage", "corridor", "переход"}))
        return ZoneKind::TransferCorridor;
    if (mentions({"carriage", "wagon", "train", "вагон", "поезд"}))
        return ZoneKind::Train;
    if (mentions({"platform", "платформ", "перрон"}))
        return ZoneKind::Platform;
    if (mentions({"entrance", "vestibule", "hall", "lobby", "вестибюль", "вход", "касс"}))
        return ZoneKind::EntranceHall;
    return std::nullopt;
}

std::string_view frStatusName(FrStatus status)
{
    switch (status) {
    case FrStatus::Confirmed:
        return "confirmed";
    case FrStatus::Suspected:
        return "suspected";
    case FrStatus::None:
        return "none";
    case FrStatus::Unknown:
        break;
    }
    return "unknown";
}

std::string_view cameraKindName(CameraKind kind)
{
    switch (kind) {
    case CameraKind::Fixed:
        return "fixed";
    case CameraKind::Dome:
        return "dome";
    case CameraKind::Ptz:
        return "ptz";
    case CameraKind::Turnstile:
        return "turnstile";
    case CameraKind::Unknown:
        break;
    }
    return "unknown";
}

std::string_view cameraMountName(CameraMount mount)
{
    switch (mount) {
    case CameraMount::Wall:
        return "wall";
    case CameraMount::Pole:
        return "pole";
    case CameraMount::Ceiling:
        return "ceiling";
    case CameraMount::Other:
        return "other";
    case CameraMount::Unknown:
        break;
    }
    return "unknown";
}

std::string_view cameraSystemName(CameraSystem system)
{
    switch (system) {
    case CameraSystem::Metro:
        return "metro";
    case CameraSystem::City:
        return "city";
    case CameraSystem::Private:
        return "private";
    case CameraSystem::Unknown:
        break;
    }
    return "unknown";
}

std::string_view zoneKindName(ZoneKind zone)
{
    switch (zone) {
    case ZoneKind::EntranceHall:
        return "entrance_hall";
    case ZoneKind::Turnstiles:
        return "turnstiles";
    case ZoneKind::Escalator:
        return "escalator";
    case ZoneKind::Platform:
        return "platform";
    case ZoneKind::TransferCorridor:
        return "transfer_corridor";
    case ZoneKind::Train:
        return "train";
    }
    return "entrance_hall";
}

} // namespace blindspot
