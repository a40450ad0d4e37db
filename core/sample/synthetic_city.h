#pragma once

#include "core/model/dataset.h"

#include <cstdint>

namespace blindspot {

struct SyntheticCityOptions {
    int cameras = 160'000;
    int stations = 300;
    std::uint64_t seed = 1;
    double sizeKm = 40.0; ///< Side of the square the city covers.
    /// A walking grid over the whole city, streets this far apart with a node every sixth of
    /// it; 0 for none. 100 m on the default 40 km gives about 1.76 million street nodes, a
    /// Moscow-sized walking network.
    double streetBlockMetres = 0.0;
};

/// A large synthetic city for benchmarks and property tests (Moscow-sized by default), marked
/// fictional. Deterministic for given options.
Dataset makeSyntheticCity(const SyntheticCityOptions &options);

} // namespace blindspot
