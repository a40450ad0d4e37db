// Where Blindspot keeps its files (issue 12): Tails' Persistent Storage when the home folder has
// one, and with --portable DIR nowhere but DIR, checked by tracing the real program's file
// system calls with strace.
#include "gui/shell/app_locations.h"
#include "gui/security/workspace_session.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace blindspot;

namespace {

// The environment a fresh user has: every XDG folder under HOME, none set explicitly.
void useHome(const QString &home)
{
    qputenv("HOME", QFile::encodeName(home));
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                 "XDG_STATE_HOME"})
        qunsetenv(variable);
}

} // namespace

class TstAppLocations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void workspaceInPersistentStorage();
    void workspaceInDataFolderWithoutPersistence();
    void portableFolderFromArguments_data();
    void portableFolderFromArguments();
    void portableWritesNothingOutsideItsFolder();

private:
    QByteArray m_home;
};

void TstAppLocations::initTestCase()
{
    m_home = qgetenv("HOME");
    QCoreApplication::setApplicationName(QStringLiteral("Blindspot"));
    if (AppLocations::isAmnesicSystem())
        QSKIP("running on Tails: the tests point HOME at folders of their own");
}

void TstAppLocations::cleanup()
{
    qputenv("HOME", m_home);
}

void TstAppLocations::workspaceInPersistentStorage()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkdir(QStringLiteral("Persistent")));
    useHome(home.path());

    QCOMPARE(AppLocations::workspacePlace(), WorkspacePlace::Persistent);
    const QString expected = home.filePath(QStringLiteral("Persistent/Blindspot/workspace.bsw"));
    QCOMPARE(WorkspaceSession::standardPath(), expected);

    // The session makes it there, folder and all, when asked for a new workspace.
    WorkspaceSession session;
    session.setKdfLimits(WorkspaceKdfLimits::interactive());
    QVERIFY(!session.create(session.defaultPath(), "correct horse battery staple"));
    QVERIFY(QFileInfo(expected).isFile());
    QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral(".local"))));
    session.lock();
}

void TstAppLocations::workspaceInDataFolderWithoutPersistence()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    useHome(home.path());
    QCOMPARE(AppLocations::workspacePlace(), WorkspacePlace::Standard);
    // XDG's default data folder, ~/.local/share, with the application's name.
    QCOMPARE(WorkspaceSession::standardPath(),
             home.filePath(QStringLiteral(".local/share/Blindspot/workspace.bsw")));
}

void TstAppLocations::portableFolderFromArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringList{QStringLiteral("city.bspack")} << QString();
    QTest::newRow("separate value")
        << QStringList{QStringLiteral("--portable"), QStringLiteral("/media/usb/bs")}
        << QStringLiteral("/media/usb/bs");
    QTest::newRow("joined value") << QStringList{QStringLiteral("--portable=/media/usb/bs")}
                                  << QStringLiteral("/media/usb/bs");
    QTest::newRow("after --, a file name")
        << QStringList{QStringLiteral("--"), QStringLiteral("--portable"), QStringLiteral("x")}
        << QString();
    QTest::newRow("no value") << QStringList{QStringLiteral("--portable")} << QString();
}

void TstAppLocations::portableFolderFromArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    std::vector<QByteArray> bytes{QByteArray("blindspot")};
    for (const QString &argument : arguments)
        bytes.push_back(argument.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    // The test program has no "portable" file beside it, so only the arguments decide.
    QCOMPARE(AppLocations::portableFolderFromArguments(int(argv.size()), argv.data()), expected);
}

void TstAppLocations::portableWritesNothingOutsideItsFolder()
{
#ifndef BLINDSPOT_HAS_GUI
    QSKIP("built without the desktop program");
#else
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty())
        QSKIP("strace is not installed (Debian package strace; scripts/install-deps installs it)");
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString home = root.filePath(QStringLiteral("home"));
    const QString portable = root.filePath(QStringLiteral("usb stick"));
    QVERIFY(QDir().mkpath(home));
    // Persistent Storage too: portable must win over it.
    QVERIFY(QDir().mkpath(home + QStringLiteral("/Persistent")));
    const QString log = root.filePath(QStringLiteral("strace.log"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                 "XDG_STATE_HOME"})
        env.remove(QString::fromLatin1(variable));
    // A desktop session always has a runtime folder (tmpfs, /run/user/UID); without one Qt
    // would make /tmp/runtime-USER. It is not excused: a write there counts as outside.
    const QString runtime = root.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // The unlock screen would wait for a person; the first-run welcome comes up instead and
    // records that it was shown, which is the write this test looks for.
    env.insert(QStringLiteral("BLINDSPOT_NO_UNLOCK_SCREEN"), QStringLiteral("1"));
    QProcess program;
    program.setProcessEnvironment(env);
    program.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Every call that makes, opens, renames or removes a file.
    program.start(strace, {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"), log,
                           QStringLiteral("-e"),
                           QStringLiteral("trace=openat,open,creat,mkdir,mkdirat,rename,renameat,"
                                          "renameat2,unlink,unlinkat,truncate"),
                           QStringLiteral(BLINDSPOT_GUI), QStringLiteral("--portable"), portable});
    QVERIFY(program.waitForStarted());

    const QString settings = portable + QStringLiteral("/config/Blindspot/blindspot.ini");
    QElapsedTimer waited;
    waited.start();
    while (!QFile::exists(settings) && waited.elapsed() < 60000 &&
           program.state() == QProcess::Running)
        QTest::qWait(100);
    QTest::qWait(500); // the settings file is written and closed
    // strace passes a signal on to the program it runs; the program is strace's child.
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(program.processId()));
    if (children.open(QIODevice::ReadOnly)) {
        for (const QByteArray &pid : children.readAll().split(' '))
            if (pid.trimmed().toInt() > 0)
                ::kill(pid.trimmed().toInt(), SIGTERM);
    }
    QVERIFY(program.waitForFinished(30000));
    QVERIFY2(QFile::exists(settings), "the program wrote no settings into the portable folder");

    QFile trace(log);
    QVERIFY(trace.open(QIODevice::ReadOnly));
    // openat(AT_FDCWD, "/path", O_WRONLY|O_CREAT...) and the path calls (mkdir, rename, ...).
    static const QRegularExpression call(
        QStringLiteral(R"(^\d+\s+(\w+)\((?:AT_FDCWD, |\d+<?[^,]*, )?"([^"]*)\"(.*)$)"));
    QStringList outside;
    int writesInside = 0;
    for (const QByteArray &line : trace.readAll().split('\n')) {
        const QRegularExpressionMatch m = call.match(QString::fromUtf8(line));
        if (!m.hasMatch() || m.captured(3).contains(QLatin1String("= -1")))
            continue; // a failed call changes nothing
        const QString function = m.captured(1);
        const QString path = m.captured(2);
        const bool opens = function.startsWith(QLatin1String("open")) || function == "creat";
        if (opens && !QRegularExpression(QStringLiteral("O_WRONLY|O_RDWR|O_CREAT|O_TRUNC"))
                          .match(m.captured(3))
                          .hasMatch())
            continue; // read only
        // Devices and the kernel's own files are not files kept on a disk.
        if (path.startsWith(QLatin1String("/dev/")) || path.startsWith(QLatin1String("/proc/")))
            continue;
        if (QDir::cleanPath(path) == portable ||
            QDir::cleanPath(path).startsWith(portable + QLatin1Char('/')))
            ++writesInside;
        else
            outside << QStringLiteral("%1 %2").arg(function, path);
    }
    QVERIFY2(writesInside > 0, "the trace shows no write at all: strace did not see the program");
    QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char('\n'))));
    QVERIFY(!QFileInfo::exists(home + QStringLiteral("/Persistent/Blindspot")));
#endif
}

QTEST_GUILESS_MAIN(TstAppLocations)
#include "tst_app_locations.moc"
