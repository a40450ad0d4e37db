#pragma once

#include "core/model/dataset.h"

namespace blindspot {

/// The fictional training city embedded in the program (generated at build time by
/// makeTrainingCity()). Always available; reading it cannot fail in a correct build.
const Dataset &embeddedTrainingCity();

/// The embedded training city as .bspack bytes.
QByteArray embeddedTrainingCityBytes();

} // namespace blindspot
