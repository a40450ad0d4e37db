// Crash dumps and debuggers: both programs switch off core dumps and ptrace attachment at start
// (core/security/process_hardening.h), so that a crash with an open workspace leaves no core
// file holding decrypted plans. Checked from outside, on the running programs, then on this
// process (after which every child inherits a core limit of 0, so the programs come first).
#include "core/security/process_hardening.h"
#include "process_checks.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <utility>

#if defined(__linux__)
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace blindspot;

namespace {

#if defined(__linux__)
/// The soft and hard "Max core file size" in /proc/PID/limits; nullopt when unreadable.
std::optional<std::pair<QString, QString>> coreLimits(const QString &pid)
{
    QFile file(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    static const QRegularExpression line(QStringLiteral("^Max core file size\\s+(\\S+)\\s+(\\S+)"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(QString::fromLatin1(file.readAll()));
    if (!m.hasMatch())
        return std::nullopt;
    return std::pair{m.captured(1), m.captured(2)};
}

bool coreDumpsOff(const QString &pid)
{
    return coreLimits(pid) == std::pair{QStringLiteral("0"), QStringLiteral("0")};
}

/// The kernel gives a non-dumpable process's /proc files to root: the one sign of
/// PR_SET_DUMPABLE 0 another process can read. Meaningful only for a process not run by root.
bool procOwnedByRoot(const QString &pid)
{
    const QFileInfo status(QStringLiteral("/proc/%1/status").arg(pid));
    return status.exists() && status.ownerId() == 0;
}

constexpr uid_t kNobody = 65534;

/// Starts `program` with core dumps allowed up to the hard limit, so that only the program
/// itself can turn them off; run as nobody when the test runs as root (see procOwnedByRoot).
void startWithCoreDumps(QProcess &p, const QString &program, const QStringList &args,
                        bool asNobody)
{
    p.setChildProcessModifier([asNobody] {
        rlimit limit{};
        if (::getrlimit(RLIMIT_CORE, &limit) == 0) {
            limit.rlim_cur = limit.rlim_max;
            ::setrlimit(RLIMIT_CORE, &limit);
        }
        if (asNobody && (::setgid(kNobody) != 0 || ::setuid(kNobody) != 0))
            ::_exit(127);
    });
    p.start(program, args);
}

/// Skips when this process may not allow core dumps at all: then a child's limit of 0 proves
/// nothing.
bool coreDumpsPossible()
{
    rlimit limit{};
    return ::getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_max != 0;
}
#endif

} // namespace

class TstProcessHardening : public QObject {
    Q_OBJECT
private slots:
    void cliTurnsOffDumps();
    void guiTurnsOffDumps();
    void helperReadsBack();
};

void TstProcessHardening::cliTurnsOffDumps()
{
#if !defined(__linux__)
    QSKIP("Process hardening is Linux only");
#else
    if (!coreDumpsPossible())
        QSKIP("This test runs with a hard core limit of 0: the CLI's own limit cannot be told "
              "from the inherited one");
    const bool asNobody = ::getuid() == 0;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // keygen waits for a passphrase on standard input, which stays open until the check is done.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BLINDSPOT_PASSPHRASE"));
    p.setProcessEnvironment(env);
    startWithCoreDumps(p, QStringLiteral(BLINDSPOT_CLI),
                       {QStringLiteral("keygen"), QStringLiteral("--out"), dir.filePath("k")},
                       asNobody);
    QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
    const QString pid = QString::number(p.processId());
    QTRY_VERIFY_WITH_TIMEOUT(coreDumpsOff(pid), 10000);
    QVERIFY(p.state() == QProcess::Running); // still waiting: observed while it runs
    QTRY_VERIFY_WITH_TIMEOUT(procOwnedByRoot(pid), 10000);
    p.closeWriteChannel(); // end of input: keygen gives up without writing a key
    QVERIFY(p.waitForFinished(30000));
    QVERIFY(!QFileInfo::exists(dir.filePath("k.key")));
#endif
}

void TstProcessHardening::guiTurnsOffDumps()
{
#if !defined(__linux__)
    QSKIP("Process hardening is Linux only");
#elif !defined(BLINDSPOT_HAS_GUI)
    QSKIP("Built without the GUI");
#else
    if (!coreDumpsPossible())
        QSKIP("This test runs with a hard core limit of 0: the GUI's own limit cannot be told "
              "from the inherited one");
    // The GUI runs as this user (it needs a writable home); its dumpability is checked through
    // the CLI above, which calls the same helper.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath("config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath("data"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    startWithCoreDumps(p, QStringLiteral(BLINDSPOT_GUI), {}, false);
    QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
    const QString pid = QString::number(p.processId());
    QTRY_VERIFY_WITH_TIMEOUT(coreDumpsOff(pid), 10000);
    QVERIFY(p.state() == QProcess::Running);
    p.kill();
    QVERIFY(BLINDSPOT_WAIT_FINISHED(p, 10000));
#endif
}

void TstProcessHardening::helperReadsBack()
{
#if !defined(__linux__)
    const ProcessHardening done = hardenProcess();
    QVERIFY(!done.coreDumpsOff && !done.notDumpable); // a no-op elsewhere
#else
    // Dumpable again first: after cliTurnsOffDumps this process is found non-dumpable too (with
    // Qt 6.4 its child's setuid, before exec, evidently ran on memory shared with this process).
    QCOMPARE(::prctl(PR_SET_DUMPABLE, 1, 0, 0, 0), 0);
    QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
    const ProcessHardening done = hardenProcess();
    QVERIFY(done.coreDumpsOff);
    QVERIFY(done.notDumpable);
    QVERIFY(done.complete());
    // Read back from the kernel, not from the helper's own report.
    QCOMPARE(coreLimits(QStringLiteral("self")),
             std::optional(std::pair{QStringLiteral("0"), QStringLiteral("0")}));
    QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    // The process can still read what Blindspot and Qt read of /proc/self.
    QFile status(QStringLiteral("/proc/self/status"));
    QVERIFY(status.open(QIODevice::ReadOnly));
    QVERIFY(!status.readAll().isEmpty());
    QVERIFY(!QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget().isEmpty());
    // Idempotent.
    QVERIFY(hardenProcess().complete());
#endif
}

QTEST_GUILESS_MAIN(TstProcessHardening)
#include "tst_process_hardening.moc"
