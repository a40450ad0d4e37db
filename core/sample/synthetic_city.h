#pragma once

#include "model/dataset.h"

#include <cstdint>

namespace blindspot {

struct SyntheticCityOptions {
    int cameras = 160'000;
    int stations = 300;
    std::uint64_t seed = 1;
    double sizeKm = 40.0; ///< Side of the square the city covers.
};

/// A large synthetic city for benchmarks and property tests (Moscow-sized by default), marked
/// fictional. Deterministic for given options.
Dataset makeSyntheticCity(const SyntheticCityOptions &options);

} // namespace blindspot
