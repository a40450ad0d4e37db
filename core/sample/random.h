#pragma once

#include <cmath>
#include <cstdint>
#include <numbers>

namespace blindspot {

/// A small deterministic pseudo-random generator (xoshiro256**, seeded through SplitMix64) for
/// the sample datasets.
///
/// The sample cities must be equal on every build, so nothing here uses the std:: distributions:
/// the standard leaves their algorithms to each library, and libstdc++, libc++ and MSVC give
/// different numbers for the same engine. Every mapping from bits to values is written out here.
/// normal() calls std::log and std::cos, whose last bit may differ between maths libraries;
/// callers round what they store (positions to 1e-7 degrees and so on) so that such a difference
/// cannot reach a dataset.
///
/// Draw each value in its own statement: the order in which a call's arguments (or the operands
/// of `+`) are evaluated is unspecified, so `f(r.uniform(), r.uniform())` differs between
/// compilers.
class Random {
public:
    explicit Random(std::uint64_t seed)
    {
        // SplitMix64 spreads any seed, including 0, over the whole state, as the xoshiro authors
        // recommend; an all-zero state would otherwise stay zero for ever.
        std::uint64_t x = seed;
        for (std::uint64_t &word : m_state)
            word = splitMix64(x);
    }

    /// The next 64 uniformly distributed bits.
    std::uint64_t nextU64()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, 1), on a grid of 2^-53: exactly the doubles the top 53 bits can express.
    double uniform() { return static_cast<double>(nextU64() >> 11) * 0x1.0p-53; }

    /// Uniform in [low, high).
    double uniform(double low, double high) { return low + (high - low) * uniform(); }

    /// Uniform integer in [low, high], both included; low when high < low.
    int uniformInt(int low, int high)
    {
        if (high <= low)
            return low;
        const std::uint64_t range =
            static_cast<std::uint64_t>(static_cast<std::int64_t>(high) - low) + 1;
        // Rejecting the top partial block of 2^64 keeps every value equally likely.
        const std::uint64_t limit = std::uint64_t(0) - (std::uint64_t(0) - range) % range;
        std::uint64_t x = nextU64();
        while (limit != 0 && x >= limit)
            x = nextU64();
        return static_cast<int>(static_cast<std::int64_t>(low) +
                                static_cast<std::int64_t>(x % range));
    }

    /// True with probability p.
    bool chance(double p) { return uniform() < p; }

    /// Standard normal deviate (mean 0, standard deviation 1) by the Box-Muller transform.
    /// Draws two uniforms per call and keeps no spare, so the stream stays simple to reason about.
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]: log(0) is never taken
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }

    /// Normal deviate with the given mean and standard deviation.
    double normal(double mean, double sigma) { return mean + sigma * normal(); }

    /// An index into `weights` (non-negative, not all zero), picked in proportion to its weight.
    template <class Container> int weightedIndex(const Container &weights)
    {
        double total = 0.0;
        for (double w : weights)
            total += w;
        double pick = uniform() * total;
        int index = 0;
        int last = 0;
        for (double w : weights) {
            if (w > 0.0) {
                if (pick < w)
                    return index;
                pick -= w;
                last = index;
            }
            ++index;
        }
        return last; // rounding left pick just above the sum of the weights
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    static std::uint64_t splitMix64(std::uint64_t &x)
    {
        std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state[4]{};
};

} // namespace blindspot
