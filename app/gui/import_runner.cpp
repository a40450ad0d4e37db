#include "import_runner.h"

#include "io/importer.h"
#include "io/progress.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <new>

namespace blindspot {

namespace {

// How often the dialog reads the worker's progress: smooth enough, and the worker never waits
// for the GUI.
constexpr int kPollMilliseconds = 50;
// Small files finish before a dialog would be worth showing.
constexpr int kShowAfterMilliseconds = 400;
constexpr int kPerMille = 1000;

} // namespace

Result<Dataset> ImportRunner::run(QWidget *parent, const QString &path,
                                  std::optional<FileFormat> format)
{
    return runWith(parent, path, [&](const ImportOptions &options) {
        return importFile(path, format, options);
    });
}

Result<Dataset> ImportRunner::runWith(QWidget *parent, const QString &path,
                                      const std::function<Result<Dataset>(const ImportOptions &)> &read)
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    Progress progress([&done, &total](qint64 d, qint64 t) {
        done.store(d, std::memory_order_relaxed);
        total.store(t, std::memory_order_relaxed);
    });
    ImportOptions options;
    options.progress = &progress;

    // Made before the worker starts: once memory has run out, making it might fail too. Moving
    // it into the result allocates nothing.
    ParseError outOfMemory;
    outOfMemory.file = path;
    outOfMemory.code = ParseErrorCode::OutOfMemory;
    std::optional<Result<Dataset>> result;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        // An exception leaving a QThread ends the program; the reader's own allocations are
        // freed while it unwinds.
        try {
            result = read(options);
        } catch (const std::bad_alloc &) {
            result.reset();
            result.emplace(std::move(outOfMemory));
        }
    }));

    QProgressDialog dialog(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0,
                           parent);
    dialog.setObjectName(QStringLiteral("importProgress"));
    dialog.setWindowTitle(tr("Import"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(kShowAfterMilliseconds);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        progress.cancel();
        dialog.setLabelText(tr("Stopping…"));
    });

    QTimer poll;
    poll.setInterval(kPollMilliseconds);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        const qint64 t = total.load(std::memory_order_relaxed);
        if (t > 0) {
            dialog.setMaximum(kPerMille);
            dialog.setValue(static_cast<int>(
                std::min<qint64>(kPerMille, done.load(std::memory_order_relaxed) * kPerMille / t)));
        } else {
            dialog.setValue(0); // busy indicator; also lets the dialog appear after its delay
        }
    });

    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    poll.start();
    loop.exec();
    worker->wait();
    poll.stop();
    dialog.close();
    return std::move(*result);
}

} // namespace blindspot
