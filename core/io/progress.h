#pragma once

#include <QtGlobal>

#include <atomic>
#include <cstdint>
#include <functional>

namespace blindspot {

/// Progress and cancellation for long operations (imports, big writes): the one mechanism the
/// CLI's progress bar and the GUI's progress dialog both use.
///
/// The worker calls report() now and then and stops with ParseErrorCode::Cancelled when
/// isCancelled() turns true; another thread may call cancel() at any time.
class Progress {
public:
    /// Called from the worker's thread with work done and total (total 0 when unknown), in
    /// whatever unit the operation counts (bytes read, usually).
    using Callback = std::function<void(qint64 done, qint64 total)>;

    Progress() = default;
    explicit Progress(Callback callback) : m_callback(std::move(callback)) {}

    void report(qint64 done, qint64 total)
    {
        if (m_callback)
            m_callback(done, total);
    }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    Callback m_callback;
    std::atomic<bool> m_cancelled{false};
};

/// Reports progress and notices cancellation, cheaply enough to call for every record: only
/// every few thousandth call reaches the Progress.
class ProgressTicker {
public:
    ProgressTicker(Progress *progress, std::int64_t total) : m_progress(progress), m_total(total) {}
    /// False when the user cancelled.
    bool tick(std::int64_t done)
    {
        if (!m_progress || ++m_calls % kEvery != 0)
            return true;
        m_progress->report(done, m_total);
        return !m_progress->isCancelled();
    }
    void finish() const
    {
        if (m_progress)
            m_progress->report(m_total, m_total);
    }
    bool cancelled() const { return m_progress && m_progress->isCancelled(); }

private:
    static constexpr std::uint32_t kEvery = 4096;
    Progress *m_progress;
    std::int64_t m_total;
    std::uint32_t m_calls = 0;
};

} // namespace blindspot
