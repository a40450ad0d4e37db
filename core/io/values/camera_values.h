#pragma once

// The words of camera and station values (FR status, kind, mount, system, zone, yes or no), as
// OSM tags, Blindspot's own exports and the files mappers make spell them. Each parser accepts
// what the exporters write (the ...Name functions) plus the common spellings.
#include "core/model/camera.h"
#include "core/model/network.h"

#include <optional>
#include <string_view>

namespace blindspot {

/// yes/y/true/1/да or no/n/false/0/нет, any case; empty for anything else.
std::optional<bool> parseYesNo(std::string_view text);
/// confirmed/suspected/none/unknown, yes/no (parseYesNo: yes is confirmed), and Russian words;
/// empty text is Unknown. Empty for a word it does not know.
std::optional<FrStatus> parseFrStatus(std::string_view text);
/// fixed/dome/ptz/panning/turnstile/face_pay/... (OSM `camera:type`); unrecognised words give
/// Unknown.
CameraKind parseCameraKind(std::string_view text);
/// wall/pole/ceiling/street_lamp/building/... (OSM `camera:mount`); empty text and "unknown"
/// give Unknown, unrecognised words Other.
CameraMount parseCameraMount(std::string_view text);
/// metro, city (also public, police, municipal), private (also home, shop, business, OSM's
/// `surveillance=outdoor` and `indoor`); anything else is Unknown.
CameraSystem parseCameraSystem(std::string_view text);
/// A zone by its machine name (entrance_hall, turnstiles, escalator, platform,
/// transfer_corridor, train; also "turnstile"), any case.
std::optional<ZoneKind> parseZoneKind(std::string_view text);
/// Guesses the zone of a station a camera watches from free text (its zone tag, name,
/// description): turnstiles, escalators, platforms and so on, in English and Russian.
std::optional<ZoneKind> guessZoneKind(std::string_view text);

/// Text forms the exporters write and the parsers above read back.
std::string_view frStatusName(FrStatus status);
std::string_view cameraKindName(CameraKind kind);
std::string_view cameraMountName(CameraMount mount);
std::string_view cameraSystemName(CameraSystem system);
std::string_view zoneKindName(ZoneKind zone);

} // namespace blindspot
