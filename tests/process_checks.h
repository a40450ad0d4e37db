#pragma once

// Child processes in tests: a program that hangs fails the test instead of passing as exit
// code 0, and kill -9 tests can prove that a kill landed inside a write.
#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QThread>

namespace blindspot::testing {

/// Waits up to `timeoutMs` for `process` to finish. If it does not (it hangs, or never
/// started), records a test failure naming the command and what it wrote to stderr, kills it,
/// and returns false. QProcess reports a process it gave up waiting for as a normal exit with
/// code 0, so an unchecked waitForFinished() would count a hung program as a success.
/// Use through BLINDSPOT_WAIT_FINISHED, which names the caller's line.
[[nodiscard]] inline bool finishedInTime(QProcess &process, int timeoutMs, const char *file,
                                         int line)
{
    if (process.waitForFinished(timeoutMs))
        return true;
    const QString message =
        QStringLiteral("%1 %2: did not finish within %3 ms (%4); stderr: %5")
            .arg(process.program(), process.arguments().join(QLatin1Char(' ')))
            .arg(timeoutMs)
            .arg(process.errorString(), QString::fromLocal8Bit(process.readAllStandardError()));
    QTest::qFail(qPrintable(message), file, line);
    process.kill();
    process.waitForFinished(10000);
    return false;
}

#define BLINDSPOT_WAIT_FINISHED(process, timeoutMs)                                             \
    ::blindspot::testing::finishedInTime(process, timeoutMs, __FILE__, __LINE__)

/// Waits up to `timeoutMs` for a file matching `pattern` (a temporary file of an atomic save,
/// such as ".city.bspack.*.tmp") to appear in `folder`: a save is then between its open() and
/// its rename(), and a kill now lands inside the write. Polls every 0.2 ms, since a save of a
/// few megabytes keeps its temporary file for a few milliseconds only.
inline bool waitForTemporaryFile(const QDir &folder, const QString &pattern, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < timeoutMs) {
        if (!folder.entryList({pattern}, QDir::Files | QDir::Hidden).isEmpty())
            return true;
        QThread::usleep(200);
    }
    return false;
}

} // namespace blindspot::testing
