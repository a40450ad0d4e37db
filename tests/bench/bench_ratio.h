#pragma once

// Benchmarks report ratios between a candidate and a baseline measured in the same run, from
// the medians of repeated runs: absolute times on a shared machine mean little.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>

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

    /// Prints "candidate / baseline = R (limit L): ok|OVER" and returns whether R <= limit.
    bool printRatio(const std::string &candidate, const std::string &baseline, double limit) const
    {
        const double c = median(candidate), b = median(baseline);
        if (c < 0 || b <= 0) {
            std::printf("ratio %s / %s: not measured\n", candidate.c_str(), baseline.c_str());
            return false;
        }
        const double ratio = c / b;
        std::printf("ratio %s / %s = %.3f (limit %.3f): %s\n", candidate.c_str(), baseline.c_str(),
                    ratio, limit, ratio <= limit ? "ok" : "OVER");
        return ratio <= limit;
    }

private:
    std::map<std::string, double> m_medians;
    std::map<std::string, double> m_cpuMedians;
};

} // namespace blindspot::bench
