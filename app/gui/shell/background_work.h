#pragma once

#include "core/io/progress.h"

#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace blindspot {

/// Cancellation and progress shared by a worker and the dialog of runInBackground(): pass
/// `progress` to the work, which reports through it and stops when it is cancelled.
struct WorkProgress {
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    Progress progress{[this](qint64 d, qint64 t) {
        done.store(d, std::memory_order_relaxed);
        total.store(t, std::memory_order_relaxed);
    }};
};

/// Runs long work (reading a big file, planning on a city's street map) on a worker thread
/// while the window keeps drawing itself, and says what is happening in a window-modal dialog
/// shown after a short delay. The dialog blocks input to the window until the work is done, so
/// nothing the work reads can change under it.
///
/// With a WorkProgress, the dialog shows how far the work got and has a Cancel button that cancels
/// through it. Without one, the dialog shows a busy bar and cannot be closed: work that cannot
/// be stopped does not offer to stop.
///
/// Blocks (running the event loop) until `work` has returned. An exception leaving `work` is
/// rethrown here, on the caller's thread.
void runInBackground(QWidget *parent, const QString &title, const QString &label,
                     const std::function<void()> &work, WorkProgress *progress = nullptr);

} // namespace blindspot
