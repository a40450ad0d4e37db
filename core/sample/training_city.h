#pragma once

#include "model/dataset.h"

namespace blindspot {

/// A clearly fictional city for training and first runs ("Novoe Zerkalo"), generated from a
/// fixed seed: every call, on every build, returns an equal dataset (and so equal pack bytes).
/// A ring line and six radial lines, transfer complexes, 2-4 entrances and the six zone kinds
/// per station, ~2,000 street and in-station cameras, survey areas over part of the city, and
/// names in English, Russian and Ukrainian. header.fictional is true, and the city lies in the
/// open Black Sea (around 43.2 N, 34.0 E) so that it cannot be taken for a real place.
Dataset makeTrainingCity();

} // namespace blindspot
