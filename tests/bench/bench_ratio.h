#pragma once

// Benchmarks report ratios between a candidate and a baseline measured in the same run, from
// the medians of repeated runs: absolute times on a shared machine mean little. A program exits
// with 1 when a ratio (or a time) misses the limit it states, 0 otherwise.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace blindspot::bench {

/// Console output as usual, and remembers each benchmark's median real time and, since on a
/// busy machine CPU time says more about the code, its median CPU time.
class MedianReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs)
            if (run.run_type == Run::RT_Aggregate && run.aggregate_name == "median") {
                m_medians[run.run_name.function_name] = run.GetAdjustedRealTime();
                m_cpuMedians[run.run_name.function_name] = run.GetAdjustedCPUTime();
            }
        ConsoleReporter::ReportRuns(runs);
    }

    /// Median real time of a benchmark function in its display unit; negative when not run.
    double median(const std::string &function) const
    {
        const auto it = m_medians.find(function);
        return it == m_medians.end() ? -1.0 : it->second;
    }

    /// Median CPU time of a benchmark function in its display unit; negative when not run.
    double cpuMedian(const std::string &function) const
    {
        const auto it = m_cpuMedians.find(function);
        return it == m_cpuMedians.end() ? -1.0 : it->second;
    }

    /// Prints "candidate / baseline = R (limit L): ok|OVER" and returns whether R <= limit; a
    /// ratio over its limit is remembered as missed (exitCode()). A pair left out by
    /// --benchmark_filter is "not measured", which is not a miss.
    bool printRatio(const std::string &candidate, const std::string &baseline, double limit)
    {
        const double c = median(candidate), b = median(baseline);
        if (c < 0 || b <= 0) {
            std::printf("ratio %s / %s: not measured\n", candidate.c_str(), baseline.c_str());
            return false;
        }
        const double ratio = c / b;
        std::printf("ratio %s / %s = %.3f (limit %.3f): %s\n", candidate.c_str(), baseline.c_str(),
                    ratio, limit, ratio <= limit ? "ok" : "OVER");
        return expect(ratio <= limit, candidate + " / " + baseline);
    }

    /// Remembers a limit the program states (printed by the caller) as missed unless `met`.
    bool expect(bool met, const std::string &what)
    {
        if (!met)
            m_missed.push_back(what);
        return met;
    }

    /// The program's exit code: 0 when every stated limit was met, else 1, after naming the
    /// misses (scripts/bench lists the programs that missed).
    int exitCode() const
    {
        for (const std::string &what : m_missed)
            std::printf("MISSED LIMIT: %s\n", what.c_str());
        std::fflush(stdout);
        return m_missed.empty() ? 0 : 1;
    }

private:
    std::map<std::string, double> m_medians;
    std::map<std::string, double> m_cpuMedians;
    std::vector<std::string> m_missed;
};

} // namespace blindspot::bench
