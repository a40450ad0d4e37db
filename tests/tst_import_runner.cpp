// The GUI's worker thread (runInBackground), which imports and planning use: a reader running
// out of memory (std::bad_alloc, which a hostile file can cause) becomes a located error shown
// like any other, instead of ending the program; work that cannot be stopped cannot be
// dismissed; Cancel reaches the worker.
#include "gui/shell/background_work.h"
#include "common/error_text.h"
#include "gui/import/import_runner.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <new>
#include <stdexcept>

using namespace blindspot;

class TstImportRunner : public QObject {
    Q_OBJECT
private slots:
    void badAllocIsAnError();
    void resultPassesThrough();
    void workRunsOnAnotherThread();
    void exceptionReachesTheCaller();
    void busyDialogCannotBeDismissed();
    void cancelReachesTheWorker();
};

namespace {

// The worker waits for the GUI side of a test at most this long, so a broken test fails
// instead of hanging.
constexpr int kWaitLimitMs = 20000;

QProgressDialog *workDialog(QWidget *window)
{
    return window->findChild<QProgressDialog *>(QStringLiteral("backgroundWork"));
}

// Calls `step` every 20 ms on the GUI thread (while runInBackground's loop runs) until it
// returns true.
void everyTick(QObject *owner, std::function<bool()> step)
{
    auto *timer = new QTimer(owner);
    QObject::connect(timer, &QTimer::timeout, owner, [timer, step = std::move(step)] {
        if (step())
            timer->stop();
    });
    timer->start(20);
}

void waitFor(const std::atomic<bool> &flag)
{
    QElapsedTimer clock;
    clock.start();
    while (!flag.load() && clock.elapsed() < kWaitLimitMs)
        QThread::msleep(5);
}

} // namespace

void TstImportRunner::badAllocIsAnError()
{
    const QString path = QStringLiteral("/tmp/hostile.bspack");
    const Result<Dataset> read = ImportRunner::runWith(
        nullptr, path, [](const ImportOptions &) -> Result<Dataset> { throw std::bad_alloc(); });
    QVERIFY(isError(read));
    const ParseError &e = std::get<ParseError>(read);
    QCOMPARE(e.code, ParseErrorCode::OutOfMemory);
    QCOMPARE(e.file, path);
    // Worded where every import error is worded, starting with the file it concerns.
    QVERIFY(ErrorText::located(e).startsWith(path + QStringLiteral(": ")));
    QVERIFY(ErrorText::message(e) != ErrorText::message(ParseError{}));
}

void TstImportRunner::resultPassesThrough()
{
    ParseError malformed;
    malformed.file = QStringLiteral("x.csv");
    malformed.line = 3;
    const Result<Dataset> read = ImportRunner::runWith(
        nullptr, malformed.file, [&](const ImportOptions &options) -> Result<Dataset> {
            if (!options.progress)
                return Dataset{}; // a Dataset here fails the check below
            return malformed;
        });
    QVERIFY(isError(read));
    QCOMPARE(std::get<ParseError>(read).line, 3);
}

void TstImportRunner::workRunsOnAnotherThread()
{
    QThread *seen = nullptr;
    runInBackground(nullptr, QStringLiteral("t"), QStringLiteral("l"),
                    [&] { seen = QThread::currentThread(); });
    QVERIFY(seen != nullptr);
    QVERIFY(seen != QThread::currentThread());
}

void TstImportRunner::exceptionReachesTheCaller()
{
    bool caught = false;
    try {
        runInBackground(nullptr, QStringLiteral("t"), QStringLiteral("l"),
                        [] { throw std::runtime_error("from the worker"); });
    } catch (const std::runtime_error &e) {
        caught = QByteArray(e.what()) == "from the worker";
    }
    QVERIFY(caught);
}

// Without a WorkProgress the dialog has no Cancel and ignores Escape and close: dismissing it
// would give the window back while the worker still reads what the window may change.
void TstImportRunner::busyDialogCannotBeDismissed()
{
    QWidget window;
    window.resize(400, 300);
    window.show();
    std::atomic<bool> release{false};
    bool stayedAfterEscape = false;
    bool stayedAfterClose = false;
    bool hadCancel = true;
    int step = 0;
    everyTick(&window, [&] {
        QProgressDialog *dialog = workDialog(&window);
        if (!dialog || !dialog->isVisible())
            return false; // it appears after its delay
        if (step == 0) {
            hadCancel = dialog->findChild<QPushButton *>() != nullptr;
            QTest::keyClick(dialog, Qt::Key_Escape);
            dialog->close();
            ++step;
            return false;
        }
        stayedAfterEscape = stayedAfterClose = dialog->isVisible();
        release = true;
        return true;
    });
    runInBackground(&window, QStringLiteral("t"), QStringLiteral("busy"),
                    [&] { waitFor(release); });
    QVERIFY(release.load());
    QVERIFY(!hadCancel);
    QVERIFY(stayedAfterEscape);
    QVERIFY(stayedAfterClose);
    QVERIFY(!workDialog(&window)); // gone with the call
}

void TstImportRunner::cancelReachesTheWorker()
{
    QWidget window;
    window.resize(400, 300);
    window.show();
    WorkProgress progress;
    std::atomic<bool> cancelPressed{false};
    everyTick(&window, [&] {
        QProgressDialog *dialog = workDialog(&window);
        if (!dialog || !dialog->isVisible())
            return false;
        QPushButton *cancel = dialog->findChild<QPushButton *>();
        if (!cancel)
            return false;
        cancel->click();
        cancelPressed = true;
        return true;
    });
    bool cancelledSeen = false;
    runInBackground(
        &window, QStringLiteral("t"), QStringLiteral("cancellable"),
        [&] {
            QElapsedTimer clock;
            clock.start();
            while (!progress.progress.isCancelled() && clock.elapsed() < kWaitLimitMs) {
                progress.progress.report(clock.elapsed(), kWaitLimitMs);
                QThread::msleep(5);
            }
            cancelledSeen = progress.progress.isCancelled();
        },
        &progress);
    QVERIFY(cancelPressed.load());
    QVERIFY(cancelledSeen);
    QVERIFY(progress.total.load() == kWaitLimitMs); // reports reached the dialog's side
}

QTEST_MAIN(TstImportRunner)
#include "tst_import_runner.moc"
