// Proof of "no network, ever" (DESIGN.md): every program of the project runs its main paths
// inside a network namespace with no interfaces (`unshare -rn`) under
// `strace -f -e trace=socket,connect`, and must not create a single AF_INET or AF_INET6
// socket; and no binary of the build links Qt6Network.
//
// AF_UNIX sockets are allowed (Qt and libc use them for D-Bus, nscd, syslog); the ones seen are
// printed so that a change shows in the test log.
#include "process_checks.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kData = QStringLiteral(BLINDSPOT_TEST_DATA);

struct Traced {
    int exitCode = -1;
    QByteArray stderrText;
    QStringList inetSockets; ///< socket() and connect() calls with AF_INET or AF_INET6
    QStringList unixConnects;
};

} // namespace

class TstNoNetwork : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void traceCatchesSockets();
    void programsOpenNoInternetSocket_data();
    void programsOpenNoInternetSocket();
    void noBinaryLinksQtNetwork();

private:
    QTemporaryDir m_dir;
    QString m_strace;
    QString m_unshare;
    bool m_namespace = false;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    Traced traced(const QString &program, const QStringList &args);
};

void TstNoNetwork::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    m_unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (m_strace.isEmpty())
        QSKIP("strace is not installed (Debian package strace; scripts/install-deps installs it)");
    // A user namespace lets an unprivileged user (and root in a container) make a network
    // namespace. Where the system forbids it, the trace alone still proves the point; the
    // namespace only adds that nothing could have been reached anyway.
    if (!m_unshare.isEmpty()) {
        QProcess probe;
        probe.start(m_unshare, {"-rn", "true"});
        m_namespace = probe.waitForFinished(10000) && probe.exitStatus() == QProcess::NormalExit &&
                      probe.exitCode() == 0;
    }
    if (!m_namespace)
        qWarning("unshare -rn is not available here: tracing without a network namespace");

    // Inputs for the programs: a pack and the small import fixtures.
    QProcess demo;
    demo.start(QStringLiteral(BLINDSPOT_CLI), {"demo", "--out", path("city.bspack")});
    QVERIFY(demo.waitForFinished(60000));
    QCOMPARE(demo.exitCode(), 0);
}

Traced TstNoNetwork::traced(const QString &program, const QStringList &args)
{
    const QString log =
        path(QStringLiteral("trace-%1.log").arg(QRandomGenerator::global()->generate()));
    QStringList command;
    if (m_namespace)
        command << "-rn" << m_strace;
    command << "-f"
            << "-qq"
            << "-e"
            << "trace=socket,connect"
            << "-o" << log << "--" << program << args;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    // In a sanitizer build: LeakSanitizer needs ptrace, which strace already holds.
    env.insert("ASAN_OPTIONS", env.value("ASAN_OPTIONS") + ":detect_leaks=0");
    p.setProcessEnvironment(env);
    p.start(m_namespace ? m_unshare : m_strace, command);
    Traced t;
    if (!BLINDSPOT_WAIT_FINISHED(p, 300000))
        return t;
    t.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    t.stderrText = p.readAllStandardError();
    QFile f(log);
    if (!f.open(QIODevice::ReadOnly))
        return t;
    const QRegularExpression inet(
        QStringLiteral("\\b(socket\\(AF_INET6?\\b|connect\\(.*sa_family=AF_INET6?\\b)"));
    const QRegularExpression unixConnect(QStringLiteral("connect\\(.*sa_family=AF_UNIX"));
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (inet.match(text).hasMatch())
            t.inetSockets << text;
        else if (unixConnect.match(text).hasMatch())
            t.unixConnects << text;
    }
    return t;
}

void TstNoNetwork::traceCatchesSockets()
{
    // The check itself must be able to fail: a program that does open an internet socket is
    // caught. Python is not always installed; perl is (dpkg needs it).
    const QString perl = QStandardPaths::findExecutable(QStringLiteral("perl"));
    if (perl.isEmpty())
        QSKIP("perl is missing: cannot show that the trace catches a socket");
    const Traced t =
        traced(perl, {"-MSocket", "-e", "socket(my $s, AF_INET, SOCK_STREAM, 0) or die"});
    QCOMPARE(t.exitCode, 0);
    QCOMPARE(t.inetSockets.size(), 1);
}

void TstNoNetwork::programsOpenNoInternetSocket_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("args");
    const QString cli = QStringLiteral(BLINDSPOT_CLI);
    const QString pack = path("city.bspack");
    QTest::newRow("cli demo") << cli << QStringList{"demo", "--out", path("demo2.bspack")};
    QTest::newRow("cli info") << cli << QStringList{"info", pack, "--json"};
    QTest::newRow("cli validate") << cli << QStringList{"validate", pack};
    QTest::newRow("cli route") << cli << QStringList{"route", pack,     "--from", "0",     "--to",
                                                     "40",    "--mode", "pareto", "--json"};
    QTest::newRow("cli density") << cli << QStringList{"density", pack, "--out", path("heat.png")};
    QTest::newRow("cli import geojson+csv+gpx+kml+osm")
        << cli
        << QStringList{"import",
                       kData + "/import/cameras.geojson",
                       kData + "/import/cameras_basic.csv",
                       kData + "/import/waypoints.gpx",
                       kData + "/import/mymaps.kmz",
                       kData + "/import/camera.osm",
                       "--out",
                       path("imported.bspack")};
    QTest::newRow("cli import gtfs")
        << cli << QStringList{"import", kData + "/gtfs/mini", "--format", "gtfs",
                              "--out",  path("gtfs.bspack")};
    QTest::newRow("cli export") << cli << QStringList{"export",  pack,    "--format",
                                                      "geojson", "--out", path("out.geojson")};
    QTest::newRow("cli keygen") << cli
                                << QStringList{"keygen", "--out", path("k"), "--no-passphrase",
                                               "--force"};
#ifdef BLINDSPOT_HAS_GUI
    QTest::newRow("gui screenshot") << QStringLiteral(BLINDSPOT_GUI)
                                    << QStringList{"--screenshot", path("shot.png"), pack};
#endif
}

void TstNoNetwork::programsOpenNoInternetSocket()
{
    QFETCH(QString, program);
    QFETCH(QStringList, args);
    const Traced t = traced(program, args);
    QVERIFY2(t.exitCode == 0, t.stderrText.constData());
    for (const QString &line : t.unixConnects)
        qInfo("AF_UNIX connect (allowed): %s", qPrintable(line));
    QVERIFY2(t.inetSockets.isEmpty(), qPrintable(t.inetSockets.join('\n')));
}

void TstNoNetwork::noBinaryLinksQtNetwork()
{
    const QString ldd = QStandardPaths::findExecutable(QStringLiteral("ldd"));
    if (ldd.isEmpty())
        QSKIP("ldd is missing");
    auto linksQtNetwork = [&](const QString &file) {
        QProcess p;
        p.start(ldd, {file});
        return BLINDSPOT_WAIT_FINISHED(p, 60000) &&
               p.readAllStandardOutput().contains("libQt6Network");
    };
    // The check can fail: Qt's own TLS plugins link Qt6Network.
    QDirIterator plugins(QStringLiteral("/usr/lib/x86_64-linux-gnu/qt6/plugins/tls"), {"*.so"},
                         QDir::Files);
    if (plugins.hasNext())
        QVERIFY(linksQtNetwork(plugins.next()));

    // Every executable and shared object the build made, wherever it is.
    int checked = 0;
    QDirIterator it(QStringLiteral(BLINDSPOT_BUILD_DIR), QDir::Files | QDir::Executable,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (file.contains(QStringLiteral("/CMakeFiles/")))
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly) || f.read(4) != QByteArray("\x7f" "ELF"))
            continue;
        QVERIFY2(!linksQtNetwork(file), qPrintable(file));
        ++checked;
    }
    QVERIFY(checked >= 3); // at least blindspot-cli, a test and this test itself
    qInfo("%d binaries checked", checked);
}

QTEST_GUILESS_MAIN(TstNoNetwork)
#include "tst_no_network.moc"
