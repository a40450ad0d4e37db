#pragma once

// How the OpenStreetMap tags Blindspot reads combine into camera values. Private to the OSM
// reader. The values of single tags are read by the parsers every reader shares
// (core/io/values), so a value means the same in OSM, CSV, GeoJSON and KML.
#include "core/model/camera.h"

#include <string_view>

namespace blindspot::osm {

/// The system a camera belongs to (DESIGN.md, Exposure model, 1): Blindspot's own
/// `blindspot:system` (metro, city, private, unknown) if present; else an `operator` naming a
/// metro is the metro's, one naming the police or a city government the city's; else
/// `surveillance=public` is the city's and `outdoor`/`indoor` (a shop's, a home's) private.
CameraSystem cameraSystemFromTags(std::string_view surveillance, std::string_view operatorName,
                                  std::string_view own);

} // namespace blindspot::osm
