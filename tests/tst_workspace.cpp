// The encrypted workspace: nothing readable on disk, wrong passphrases refused and slowed down,
// damaged files refused without harm, saves that survive kill -9, lock and wipe.
#include "memory_budget.h"
#include "process_checks.h"
#include "core/security/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

#include <sodium.h>

#include <cstring>
#include <dlfcn.h>
#include <functional>
#include <mutex>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>

using namespace blindspot;
using namespace std::chrono_literals;

namespace {

// Guarded memory seen from the test: this program's own sodium_malloc and sodium_free (below)
// stand in front of libsodium's, which they call through dlsym(RTLD_NEXT): a definition in the
// executable takes precedence over the shared library's. They keep each live buffer's size, so
// that a test can look at a buffer just before libsodium zeroes and frees it.
struct GuardedBuffers {
    std::mutex mutex;
    std::unordered_map<const void *, std::size_t> live;
    std::function<void(QByteArrayView)> beforeFree; ///< Set by a test; empty otherwise.
};

GuardedBuffers &guardedBuffers()
{
    static GuardedBuffers buffers;
    return buffers;
}

/// Whether any guarded buffer still allocated holds `bytes`.
bool guardedMemoryHolds(const QByteArray &bytes)
{
    GuardedBuffers &g = guardedBuffers();
    const std::lock_guard lock(g.mutex);
    for (const auto &[data, size] : g.live)
        if (QByteArrayView(static_cast<const char *>(data), qsizetype(size)).contains(bytes))
            return true;
    return false;
}

/// The VmFlags of the mapping that holds `address` (/proc/self/smaps, e.g. "rd wr mr mw me lo
/// dd"): "lo" locked in memory, "dd" left out of core dumps. Empty when not found.
QList<QByteArray> vmFlagsAt(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    const auto at = reinterpret_cast<quintptr>(address);
    bool inside = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const QByteArray first = line.left(line.indexOf(' '));
        if (first.isEmpty())
            continue;
        if (!first.endsWith(':')) { // "start-end perms offset device inode path": a new mapping
            const QList<QByteArray> range = first.split('-');
            inside = range.size() == 2 && range[0].toULongLong(nullptr, 16) <= at &&
                     at < range[1].toULongLong(nullptr, 16);
        } else if (inside && first == "VmFlags:") {
            return line.mid(first.size()).simplified().split(' ');
        }
    }
    return {};
}

const QByteArray kPassphrase = "Тихая гавань 1917";
// Everything the tests put in a workspace that would give a user's plans away.
const char *const kStations[] = {"Охотный Ряд", "Лубянка", "Китай-город", "Taganskaya"};
const char *const kNote = "встреча у выхода 3 в 18:40";
constexpr double kLat = 55.7579123;
constexpr double kLon = 37.6219876;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/// Heap strings (as typed by a person): literals live in read-only memory that wiping skips.
QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

WorkspaceContent sampleContent()
{
    WorkspaceContent c;
    SavedPlan plan;
    plan.name = text("Суббота");
    plan.fromPlace = text(kStations[0]);
    plan.toPlace = text(kStations[1]);
    plan.fromPosition = {kLat, kLon};
    plan.toPosition = {55.7601, 37.6256};
    plan.mode = text("least-exposed");
    plan.profile = text("event-day");
    plan.datasetId = text("org.example.moscow");
    plan.created = QDateTime(QDate(2026, 5, 9), QTime(8, 30), Qt::UTC);
    plan.notes = text(kStations[2]);
    c.plans.push_back(plan);
    c.notes.push_back(
        {text("План"), text(kNote), QDateTime(QDate(2026, 5, 8), QTime(22, 0), Qt::UTC)});
    c.notes.push_back({text(kStations[3]), {}, {}});
    c.cameraEdits = QByteArray("BSPACK\r\n") + text(kStations[3]).toUtf8();
    auto key = MinisignSecretKey::generate();
    if (c.trust.trust(key->publicKey(), text("Картографы Таганки"),
                      QDateTime(QDate(2026, 1, 1), QTime(), Qt::UTC)))
        qFatal("a fresh trust store refused a key");
    DatasetHeader seen;
    seen.id = text("org.example.moscow");
    seen.version = 42;
    c.trust.recordImport(seen, key->publicKey(), QDateTime(QDate(2026, 2, 1), QTime(), Qt::UTC));
    c.recentFiles << text("/home/user/Маршруты/охотный.bspack");
    return c;
}

Workspace created(const QString &path, const WorkspaceContent &content = sampleContent(),
                  const WorkspaceKdfLimits &limits = WorkspaceKdfLimits::interactive())
{
    auto made = Workspace::create(path, kPassphrase, limits);
    if (!std::holds_alternative<Workspace>(made))
        qFatal("cannot create workspace");
    Workspace w = std::move(std::get<Workspace>(made));
    w.content() = content;
    if (w.save())
        qFatal("cannot save workspace");
    return w;
}

SecurityError errorOf(SecurityResult<Workspace> &&r)
{
    if (!std::holds_alternative<SecurityError>(r))
        return securityError(SecurityErrorCode::Locked, QStringLiteral("<opened unexpectedly>"));
    return std::get<SecurityError>(r);
}

/// The permission bits of `path`; -1 when it cannot be read.
int modeOf(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

ino_t inodeOf(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

/// A workspace file in format 1, as Blindspot wrote them before key slotFile (the layout at the
/// end of workspace.h's header comment), built here with libsodium so that the test does not
/// depend on the code it checks: Argon2id at libsodium's minimum cost, a BLAKE2b key check and
/// the unpadded content in one FINAL secretstream chunk. The content, a protobuf worked out by
/// hand: Content { notes { title: "old" text: <note> } }.
QByteArray formatOneFile(QByteArrayView passphrase, const QByteArray &note)
{
    QByteArray noteMessage = QByteArray("\x0a\x03old", 5) + '\x12' + char(note.size()) + note;
    const QByteArray plain = '\x1a' + QByteArray(1, char(noteMessage.size())) + noteMessage;
    const WorkspaceKdfLimits limits = WorkspaceKdfLimits::minimum();
    unsigned char header[104] = {'B', 'S', 'W', 'K', 'S', 'P', '\r', '\n', 1, 0, 0, 0, 2};
    for (int i = 0; i < 8; ++i) {
        header[16 + i] = static_cast<unsigned char>(limits.opsLimit >> (8 * i));
        header[24 + i] = static_cast<unsigned char>(limits.memLimit >> (8 * i));
    }
    randombytes_buf(header + 32, 16);
    unsigned char key[32];
    if (crypto_pwhash(key, sizeof key, passphrase.data(),
                      static_cast<unsigned long long>(passphrase.size()), header + 32,
                      limits.opsLimit, static_cast<std::size_t>(limits.memLimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        qFatal("Argon2id failed");
    crypto_generichash(header + 48, 32, header, 48, key, sizeof key);
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, header + 80, key);
    QByteArray sealed(plain.size() + qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES), '\0');
    crypto_secretstream_xchacha20poly1305_push(
        &state, reinterpret_cast<unsigned char *>(sealed.data()), nullptr,
        reinterpret_cast<const unsigned char *>(plain.constData()),
        static_cast<unsigned long long>(plain.size()), header, sizeof header,
        crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    return QByteArray(reinterpret_cast<const char *>(header), sizeof header) + sealed;
}

/// The generation in the last complete "saved N" line of the save loop's output; -1 for none.
int lastSaved(const QByteArray &output)
{
    const qsizetype end = output.lastIndexOf('\n');
    if (end < 0)
        return -1;
    const QByteArray line = output.left(end).split('\n').back();
    return line.startsWith("saved ") ? line.mid(6).toInt() : -1;
}

/// A steady clock the test moves by hand.
struct FakeClock {
    std::chrono::steady_clock::time_point now{std::chrono::hours(1000)};
};

} // namespace

extern "C" void *sodium_malloc(const size_t size)
{
    static const auto real =
        reinterpret_cast<void *(*)(size_t)>(::dlsym(RTLD_NEXT, "sodium_malloc"));
    void *data = real(size);
    if (data != nullptr) {
        GuardedBuffers &g = guardedBuffers();
        const std::lock_guard lock(g.mutex);
        g.live[data] = size;
    }
    return data;
}

extern "C" void sodium_free(void *data)
{
    static const auto real = reinterpret_cast<void (*)(void *)>(::dlsym(RTLD_NEXT, "sodium_free"));
    std::size_t size = 0;
    std::function<void(QByteArrayView)> look;
    {
        GuardedBuffers &g = guardedBuffers();
        const std::lock_guard lock(g.mutex);
        if (const auto found = g.live.find(data); found != g.live.end()) {
            size = found->second;
            g.live.erase(found);
            look = g.beforeFree;
        }
    }
    if (look && size > 0)
        look(QByteArrayView(static_cast<const char *>(data), qsizetype(size)));
    real(data);
}

class TstWorkspace : public QObject {
    Q_OBJECT
private slots:
    void init();
    void roundTrip();
    void seenSignerKeptWhole();
    void headerLayout();
    void noPlaintextOnDisk_data();
    void noPlaintextOnDisk();
    void wrongPassphrase();
    void delayGrows();
    void corrupted_data();
    void corrupted();
    void largeContentChunks();
    void interruptedSave();
    void lockClears();
    void changePassphrase();
    void wipeLeavesNoFiles();
    void wipeOverwritesBeforeDeleting();
    void createRefusesExistingFile();
    void ownerOnlyFiles();
    void paddedSize();
    void keySlotDamaged();
    void olderCopyAfterPassphraseChange();
    void olderCopyAfterWipe();
    void interruptedPassphraseChange();
    void formatOneOpensAndUpgrades();
    void plaintextOnlyInGuardedMemory();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TstWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstWorkspace::roundTrip()
{
    created(path("ws"));
    auto opened = Workspace::open(path("ws"), kPassphrase);
    QVERIFY(std::holds_alternative<Workspace>(opened));
    const Workspace &w = std::get<Workspace>(opened);
    QVERIFY(w.isUnlocked());
    QCOMPARE(w.limits(), WorkspaceKdfLimits::interactive());
    QCOMPARE(w.content().plans, sampleContent().plans);
    QCOMPARE(w.content().notes, sampleContent().notes);
    QCOMPARE(w.content().cameraEdits, sampleContent().cameraEdits);
    QCOMPARE(w.content().recentFiles, sampleContent().recentFiles);
    QCOMPARE(w.content().trust.seen().size(), std::size_t(1));
    QCOMPARE(w.content().trust.seen().front().highestVersion, std::uint64_t(42));
    QCOMPARE(w.content().trust.signers().size(), std::size_t(1));
    QCOMPARE(w.content().trust.signers().front().name, text("Картографы Таганки"));
}

void TstWorkspace::seenSignerKeptWhole()
{
    // A dataset last signed by a key no longer trusted: only the file can give its whole key
    // back (TrustStore::restore fills in key ids from trusted keys only).
    WorkspaceContent c;
    auto key = MinisignSecretKey::generate();
    QVERIFY(key);
    DatasetHeader seen;
    seen.id = QStringLiteral("org.example.moscow");
    seen.version = 7;
    c.trust.recordImport(seen, key->publicKey(), QDateTime(QDate(2026, 2, 1), QTime(), Qt::UTC));
    created(path("ws"), c);
    auto opened = Workspace::open(path("ws"), kPassphrase);
    QVERIFY(std::holds_alternative<Workspace>(opened));
    const TrustStore &trust = std::get<Workspace>(opened).content().trust;
    QVERIFY(trust.signers().empty());
    QCOMPARE(trust.seen().size(), std::size_t(1));
    QCOMPARE(trust.seen().front().signer, std::optional<MinisignPublicKey>(key->publicKey()));
    QVERIFY(!trust.seen().front().legacySignerKeyId);
}

void TstWorkspace::headerLayout()
{
    created(path("ws"));
    const QByteArray bytes = readAll(path("ws"));
    QVERIFY(bytes.startsWith("BSWKSP\r\n"));
    QCOMPARE(bytes.mid(8, 2), QByteArray("\x02\x00", 2)); // format 2.0
    QCOMPARE(bytes.at(12), '\x03');                      // master key from a key slot
    QCOMPARE(bytes.mid(32, 16), QByteArray(16, '\0'));
    // The key slot file: two 4096-byte slotFile, the first one in use, naming the file's key id.
    const QByteArray slotFile = readAll(path("ws.keyslot"));
    QCOMPARE(slotFile.size(), 8192);
    QVERIFY(slotFile.startsWith("BSWKEY\r\n"));
    QCOMPARE(slotFile.at(12), '\x02'); // Argon2id v1.3
    QCOMPARE(slotFile.mid(48, 16), bytes.mid(16, 16));
    QCOMPARE(slotFile.mid(136, 4096 - 136), QByteArray(4096 - 136, '\0'));
    QVERIFY(!slotFile.mid(4096).startsWith("BSWKEY"));
    // The costs are stored (little-endian), so this file opens with the cost it was made with.
    quint64 ops = 0;
    std::memcpy(&ops, slotFile.constData() + 16, 8);
    QCOMPARE(ops, WorkspaceKdfLimits::interactive().opsLimit);
    // Two saves of the same content differ everywhere after the header (fresh stream nonce);
    // a save leaves the key slot file alone.
    auto opened = Workspace::open(path("ws"), kPassphrase);
    QVERIFY(!std::get<Workspace>(opened).save());
    const QByteArray again = readAll(path("ws"));
    QCOMPARE(again.left(80), bytes.left(80));
    QVERIFY(again.mid(80, 24) != bytes.mid(80, 24));
    QCOMPARE(readAll(path("ws.keyslot")), slotFile);
}

void TstWorkspace::noPlaintextOnDisk_data()
{
    QTest::addColumn<QByteArray>("needle");
    auto add = [](const QString &s) {
        QTest::newRow(qPrintable(QStringLiteral("%1, UTF-8").arg(s))) << s.toUtf8();
        QByteArray le(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
        QTest::newRow(qPrintable(QStringLiteral("%1, UTF-16LE").arg(s))) << le;
        QByteArray be = le;
        for (qsizetype i = 0; i + 1 < be.size(); i += 2)
            std::swap(be[i], be[i + 1]);
        QTest::newRow(qPrintable(QStringLiteral("%1, UTF-16BE").arg(s))) << be;
    };
    for (const char *s : kStations)
        add(text(s));
    add(text(kNote));
    add(text("Картографы Таганки"));
    add(text("охотный.bspack"));
    add(text("org.example.moscow"));
    add(text("least-exposed"));
    // Coordinates as decimal text at several precisions, and as the raw doubles protobuf stores.
    for (int decimals : {2, 3, 4, 5, 7}) {
        QTest::newRow(qPrintable(QStringLiteral("lat, %1 decimals").arg(decimals)))
            << QByteArray::number(kLat, 'f', decimals);
        QTest::newRow(qPrintable(QStringLiteral("lon, %1 decimals").arg(decimals)))
            << QByteArray::number(kLon, 'f', decimals);
    }
    QTest::newRow("lat, double") << QByteArray(reinterpret_cast<const char *>(&kLat), sizeof kLat);
    QTest::newRow("lon, double") << QByteArray(reinterpret_cast<const char *>(&kLon), sizeof kLon);
}

void TstWorkspace::noPlaintextOnDisk()
{
    QFETCH(QByteArray, needle);
    if (!QFile::exists(path("ws")))
        created(path("ws"));
    QDir dir(m_dir->path());
    const QStringList files = dir.entryList(QDir::Files | QDir::Hidden);
    // No temporary or side files either, besides the key slot file (which holds no content).
    QCOMPARE(files, (QStringList{QStringLiteral("ws"), QStringLiteral("ws.keyslot")}));
    QVERIFY2(!readAll(path("ws.keyslot")).contains(needle), needle.toHex().constData());
    const QByteArray bytes = readAll(path("ws"));
    QVERIFY(bytes.size() > 200);
    QVERIFY(needle.size() >= 4);
    QVERIFY2(!bytes.contains(needle), needle.toHex().constData());
}

void TstWorkspace::wrongPassphrase()
{
    created(path("ws"));
    const QByteArray before = readAll(path("ws"));
    const QDateTime modified = QFileInfo(path("ws")).lastModified();
    for (const QByteArray &wrong :
         {QByteArray("тихая гавань 1917"), QByteArray(), kPassphrase + " "}) {
        const SecurityError e = errorOf(Workspace::open(path("ws"), wrong));
        QCOMPARE(e.code, SecurityErrorCode::WrongPassphrase);
        QCOMPARE(e.file.file, path("ws"));
    }
    QCOMPARE(readAll(path("ws")), before);
    QCOMPARE(QFileInfo(path("ws")).lastModified(), modified);
    QVERIFY(std::holds_alternative<Workspace>(Workspace::open(path("ws"), kPassphrase)));
}

void TstWorkspace::delayGrows()
{
    created(path("ws"));
    FakeClock clock;
    WorkspaceUnlocker unlocker([&] { return clock.now; });
    QCOMPARE(WorkspaceUnlocker::delayAfter(0), 0s);
    QCOMPARE(WorkspaceUnlocker::delayAfter(1), 1s);
    QCOMPARE(WorkspaceUnlocker::delayAfter(2), 2s);
    QCOMPARE(WorkspaceUnlocker::delayAfter(3), 4s);
    QCOMPARE(WorkspaceUnlocker::delayAfter(4), 8s);
    QCOMPARE(WorkspaceUnlocker::delayAfter(40), 256s);

    // Each wrong passphrase doubles the wait; a try inside the wait is refused without even
    // deriving a key, the right passphrase included.
    for (int failure = 1; failure <= 4; ++failure) {
        QCOMPARE(unlocker.remainingDelay(), 0ms);
        QCOMPARE(errorOf(unlocker.unlock(path("ws"), "wrong")).code,
                 SecurityErrorCode::WrongPassphrase);
        QCOMPARE(unlocker.failures(), failure);
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(
            WorkspaceUnlocker::delayAfter(failure));
        QCOMPARE(unlocker.remainingDelay(), wait);
        clock.now += wait - 1ms;
        const SecurityError early = errorOf(unlocker.unlock(path("ws"), kPassphrase));
        QCOMPARE(early.code, SecurityErrorCode::RetryLater);
        QCOMPARE(early.retryAfter, 1ms);
        QCOMPARE(unlocker.failures(), failure); // a refused try is not a failure
        clock.now += 1ms;
    }
    // A file error is not a guess: it does not count.
    QCOMPARE(errorOf(unlocker.unlock(path("missing"), "x")).code, SecurityErrorCode::File);
    QCOMPARE(unlocker.failures(), 4);
    // The right passphrase after the wait opens and resets the count.
    auto opened = unlocker.unlock(path("ws"), kPassphrase);
    QVERIFY(std::holds_alternative<Workspace>(opened));
    QCOMPARE(unlocker.failures(), 0);
    QCOMPARE(unlocker.remainingDelay(), 0ms);
}

void TstWorkspace::corrupted_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("where");
    QTest::addColumn<SecurityErrorCode>("code");
    QTest::addColumn<ParseErrorCode>("parseCode");
    using S = SecurityErrorCode;
    using P = ParseErrorCode;
    QTest::newRow("magic") << "flip" << 0 << S::File << P::NotThisFormat;
    QTest::newRow("format major") << "flip" << 9 << S::File << P::FutureVersion;
    // The passphrase opened the key slot, so a failed key check is damage, not a wrong passphrase.
    QTest::newRow("format minor") << "flip" << 10 << S::File << P::ChecksumMismatch;
    QTest::newRow("key derivation id") << "flip" << 12 << S::File << P::Unsupported;
    QTest::newRow("reserved") << "flip" << 14 << S::File << P::Malformed;
    QTest::newRow("key id") << "flip" << 23 << S::KeyDestroyed << P::Malformed;
    QTest::newRow("reserved after key id") << "flip" << 40 << S::File << P::Malformed;
    QTest::newRow("key check") << "flip" << 60 << S::File << P::ChecksumMismatch;
    QTest::newRow("stream header") << "flip" << 90 << S::File << P::ChecksumMismatch;
    QTest::newRow("first ciphertext byte") << "flip" << 104 << S::File << P::ChecksumMismatch;
    QTest::newRow("last byte (MAC)") << "flip" << -1 << S::File << P::ChecksumMismatch;
    QTest::newRow("empty") << "truncate" << 0 << S::File << P::Empty;
    QTest::newRow("truncated in magic") << "truncate" << 5 << S::File << P::NotThisFormat;
    QTest::newRow("truncated in header") << "truncate" << 50 << S::File << P::Truncated;
    QTest::newRow("header only") << "truncate" << 104 << S::File << P::Truncated;
    QTest::newRow("one byte short") << "truncate" << -1 << S::File << P::ChecksumMismatch;
    QTest::newRow("byte appended") << "append" << 1 << S::File << P::ChecksumMismatch;
}

void TstWorkspace::corrupted()
{
    QFETCH(QString, damage);
    QFETCH(int, where);
    QFETCH(SecurityErrorCode, code);
    QFETCH(ParseErrorCode, parseCode);
    created(path("ws"));
    QByteArray bytes = readAll(path("ws"));
    if (where < 0)
        where += static_cast<int>(bytes.size());
    if (damage == "flip")
        bytes[where] = static_cast<char>(bytes[where] ^ (where == 23 ? 0x40 : 0x01));
    else if (damage == "truncate")
        bytes.truncate(where);
    else
        bytes.append('\0');
    QVERIFY(writeAll(path("ws"), bytes));
    const SecurityError e = errorOf(Workspace::open(path("ws"), kPassphrase));
    QCOMPARE(e.code, code);
    if (code == SecurityErrorCode::File)
        QCOMPARE(e.file.code, parseCode);
    // No data touched: the damaged file is left exactly as it was.
    QCOMPARE(readAll(path("ws")), bytes);
}

void TstWorkspace::largeContentChunks()
{
    // 200 KiB of edits: four 64 KiB chunks. A file cut exactly at a chunk boundary lacks the
    // final tag and must read as truncated, not as a shorter workspace.
    WorkspaceContent c = sampleContent();
    c.cameraEdits = QByteArray(200 * 1024, 'e');
    // (created() hands `c` to a workspace that is locked on return, which overwrites the
    // buffers `c` shares with it: compare with a fresh copy.)
    created(path("ws"), c);
    auto opened = Workspace::open(path("ws"), kPassphrase);
    QVERIFY(std::holds_alternative<Workspace>(opened));
    QCOMPARE(std::get<Workspace>(opened).content().cameraEdits, QByteArray(200 * 1024, 'e'));
    const QByteArray bytes = readAll(path("ws"));
    const int sealedChunk = 64 * 1024 + 17;
    // 200 KiB and a little, padded to 16 KiB steps: 208 KiB, three full chunks and one of 16 KiB.
    QCOMPARE(bytes.size(), 104 + 3 * sealedChunk + 16 * 1024 + 17);
    const SecurityError e =
        errorOf(Workspace::openBytes(bytes.left(104 + 2 * sealedChunk), kPassphrase, path("ws")));
    QCOMPARE(e.code, SecurityErrorCode::File);
    QCOMPARE(e.file.code, ParseErrorCode::Truncated);
    // Chunks swapped: each authenticates alone, but not in another position.
    QByteArray swapped = bytes;
    swapped.replace(104, sealedChunk, bytes.mid(104 + sealedChunk, sealedChunk));
    swapped.replace(104 + sealedChunk, sealedChunk, bytes.mid(104, sealedChunk));
    QCOMPARE(errorOf(Workspace::openBytes(swapped, kPassphrase, path("ws"))).file.code,
             ParseErrorCode::ChecksumMismatch);
}

void TstWorkspace::interruptedSave()
{
    // A child process saves 4 MiB workspaces in a loop; it is killed with SIGKILL at moments
    // spread over its saves. Every time, the file on disk must open and hold a complete
    // generation at least as new as the last one the child reported saved.
    WorkspaceContent c;
    c.notes = {{text("generation"), text("0"), {}}};
    created(path("ws"), c);
    QRandomGenerator random(1234);
    int killedDuringWrite = 0;
    for (int round = 0; round < 8; ++round) {
        QProcess child;
        child.start(QStringLiteral(BLINDSPOT_SAVE_LOOP),
                    {path("ws"), QString::fromUtf8(kPassphrase)});
        QVERIFY(child.waitForStarted());
        int reported = -1;
        QByteArray output;
        const int wantSaves = 1 + round % 3;
        while (reported < wantSaves) {
            QVERIFY2(child.waitForReadyRead(30000), "the save loop stopped reporting");
            output += child.readAllStandardOutput();
            reported = lastSaved(output);
        }
        // Odd rounds kill as soon as the next save's temporary file appears, so that some kill
        // surely lands inside a write; even rounds at a random moment.
        if (round % 2 == 1)
            QVERIFY2(testing::waitForTemporaryFile(QDir(m_dir->path()),
                                                   QStringLiteral(".ws.*.tmp"), 30000),
                     "the save loop never started writing");
        else
            QThread::msleep(random.bounded(40));
        child.kill(); // SIGKILL: no handler, no cleanup
        QVERIFY(BLINDSPOT_WAIT_FINISHED(child, 30000));
        output += child.readAllStandardOutput();
        reported = lastSaved(output);

        // A temporary file left beside the workspace means the kill landed inside a save.
        const QStringList leftovers = QDir(m_dir->path()).entryList({QStringLiteral(".ws.*.tmp")},
                                                                    QDir::Files | QDir::Hidden);
        killedDuringWrite += leftovers.isEmpty() ? 0 : 1;
        auto opened = Workspace::open(path("ws"), kPassphrase);
        QVERIFY2(std::holds_alternative<Workspace>(opened), "the previous workspace must survive");
        const WorkspaceContent &now = std::get<Workspace>(opened).content();
        QCOMPARE(now.notes.size(), std::size_t(1));
        const int generation = now.notes.front().text.toInt();
        QVERIFY(generation >= reported);
        QVERIFY(generation <= reported + 1);
        if (generation > 0)
            QCOMPARE(now.cameraEdits, QByteArray(4 << 20, static_cast<char>(generation)));
        for (const QString &name : leftovers)
            QFile::remove(path(name));
    }
    qInfo("kill -9 landed inside a save in %d of 8 rounds", killedDuringWrite);
    QVERIFY2(killedDuringWrite > 0, "no kill landed inside a save: nothing was tested");
}

void TstWorkspace::lockClears()
{
    Workspace w = created(path("ws"));
    // Copies that share the workspace's buffers, as a GUI's might: lock overwrites the shared
    // characters themselves, so even these read as zeros afterwards.
    const QString note = w.content().notes.front().text;
    const QString station = w.content().plans.front().fromPlace;
    const QString recent = w.content().recentFiles.front();
    const QByteArray edits = w.content().cameraEdits;
    QVERIFY(note.startsWith(text("встреча")));
    w.lock();
    QVERIFY(!w.isUnlocked());
    QCOMPARE(note, QString(note.size(), QChar(0)));
    QCOMPARE(station, QString(station.size(), QChar(0)));
    QCOMPARE(recent, QString(recent.size(), QChar(0)));
    QCOMPARE(edits, QByteArray(edits.size(), '\0'));
    QVERIFY(w.content().plans.empty());
    QVERIFY(w.content().notes.empty());
    QVERIFY(w.content().trust.signers().empty());
    const auto error = w.save();
    QVERIFY(error);
    QCOMPARE(error->code, SecurityErrorCode::Locked);
    w.lock(); // idempotent
    // The file is untouched and opens again.
    QVERIFY(std::holds_alternative<Workspace>(Workspace::open(path("ws"), kPassphrase)));
}

void TstWorkspace::changePassphrase()
{
    Workspace w = created(path("ws"));
    QVERIFY(!w.changePassphrase("новая фраза", WorkspaceKdfLimits::interactive()));
    QCOMPARE(errorOf(Workspace::open(path("ws"), kPassphrase)).code,
             SecurityErrorCode::WrongPassphrase);
    auto opened = Workspace::open(path("ws"), "новая фраза");
    QVERIFY(std::holds_alternative<Workspace>(opened));
    QCOMPARE(std::get<Workspace>(opened).content().notes, sampleContent().notes);
    // A new master key in the other slot; the first slot is noise now.
    const QByteArray slotFile = readAll(path("ws.keyslot"));
    QVERIFY(!slotFile.startsWith("BSWKEY"));
    QVERIFY(slotFile.mid(4096).startsWith("BSWKEY"));
}

void TstWorkspace::wipeLeavesNoFiles()
{
    Workspace w = created(path("ws"));
    const QString settings = path("Blindspot.conf");
    QVERIFY(writeAll(settings, "[General]\nlastRoute=Охотный Ряд\n"));
    // What an interrupted save leaves behind (writeFileAtomically's naming).
    QVERIFY(writeAll(path(".ws.0123456789abcdef.tmp"), readAll(path("ws"))));
    QVERIFY(!w.wipe({settings}));
    QVERIFY(!w.isUnlocked());
    QCOMPARE(QDir(m_dir->path())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             QStringList());
    // Wiping again (nothing left) is not an error.
    QVERIFY(!wipeWorkspaceFiles(path("ws"), {settings}));
}

void TstWorkspace::wipeOverwritesBeforeDeleting()
{
    // A hard link keeps the file's blocks reachable after the wipe deletes its name: they must
    // hold noise, not the workspace (this is what overwriting buys where the disk keeps blocks).
    Workspace w = created(path("ws"));
    QTemporaryDir elsewhere;
    const QString link = elsewhere.filePath("link");
    QVERIFY(::link(QFile::encodeName(path("ws")).constData(),
                   QFile::encodeName(link).constData()) == 0);
    const QByteArray before = readAll(link);
    QVERIFY(!w.wipe({}));
    QVERIFY(!QFile::exists(path("ws")));
    const QByteArray after = readAll(link);
    QCOMPARE(after.size(), before.size());
    QVERIFY(!after.startsWith("BSWKSP"));
    int same = 0;
    for (qsizetype i = 0; i < after.size(); ++i)
        same += after[i] == before[i] ? 1 : 0;
    QVERIFY(same < after.size() / 64); // random bytes match by chance about 1 in 256
    QCOMPARE(errorOf(Workspace::open(link, kPassphrase)).code, SecurityErrorCode::File);
}

void TstWorkspace::createRefusesExistingFile()
{
    QVERIFY(writeAll(path("ws"), "precious"));
    const SecurityError e =
        errorOf(Workspace::create(path("ws"), kPassphrase, WorkspaceKdfLimits::interactive()));
    QCOMPARE(e.code, SecurityErrorCode::File);
    QCOMPARE(readAll(path("ws")), QByteArray("precious"));
}

void TstWorkspace::ownerOnlyFiles()
{
    // Other local users must not even copy the files for guessing offline: 0600 whatever the
    // umask (0022 is the usual one, which gave 0644 before), and saving tightens a 0644 file.
    const mode_t oldMask = ::umask(022);
    Workspace w = created(path("ws"), sampleContent(), WorkspaceKdfLimits::minimum());
    QCOMPARE(modeOf(path("ws")), 0600);
    QCOMPARE(modeOf(path("ws.keyslot")), 0600);
    QVERIFY(::chmod(QFile::encodeName(path("ws")).constData(), 0644) == 0);
    QVERIFY(!w.save());
    ::umask(oldMask);
    QCOMPARE(modeOf(path("ws")), 0600);
}

void TstWorkspace::paddedSize()
{
    // 16 KiB steps: an empty workspace and one with a 10 000-character note (about 10 KB of
    // protobuf) are the same size, 104 + 16384 + 17 = 16505 bytes; 20 000 characters take the
    // next step, 104 + 32768 + 17 = 32889.
    WorkspaceContent note;
    note.notes.push_back({text("n"), QString(10000, QLatin1Char('x')), {}});
    created(path("empty"), {}, WorkspaceKdfLimits::minimum());
    created(path("note"), note, WorkspaceKdfLimits::minimum());
    note.notes.front().text = QString(20000, QLatin1Char('x'));
    created(path("more"), note, WorkspaceKdfLimits::minimum());
    QCOMPARE(QFileInfo(path("empty")).size(), qint64(16505));
    QCOMPARE(QFileInfo(path("note")).size(), qint64(16505));
    QCOMPARE(QFileInfo(path("more")).size(), qint64(32889));
    auto opened = Workspace::open(path("more"), kPassphrase);
    QVERIFY(std::holds_alternative<Workspace>(opened));
    QCOMPARE(std::get<Workspace>(opened).content().notes.front().text.size(), 20000);
}

void TstWorkspace::keySlotDamaged()
{
    created(path("ws"), sampleContent(), WorkspaceKdfLimits::minimum());
    const QByteArray slotFile = readAll(path("ws.keyslot"));
    const QByteArray file = readAll(path("ws"));
    auto openWith = [&](const QByteArray &slotFile) {
        return errorOf(Workspace::openBytes(file, slotFile, kPassphrase, path("ws")));
    };
    // The sealed master key (bytes 88-135): its tag fails as a wrong passphrase would.
    QByteArray damaged = slotFile;
    damaged[100] = static_cast<char>(damaged[100] ^ 1);
    QCOMPARE(openWith(damaged).code, SecurityErrorCode::WrongPassphrase);
    // The salt (32-47) is authenticated too, and changes the derived key.
    damaged = slotFile;
    damaged[40] = static_cast<char>(damaged[40] ^ 1);
    QCOMPARE(openWith(damaged).code, SecurityErrorCode::WrongPassphrase);
    // An Argon2id cost beyond SENSITIVE (top byte of opslimit) is refused before deriving.
    damaged = slotFile;
    damaged[23] = static_cast<char>(damaged[23] ^ 0x40);
    SecurityError e = openWith(damaged);
    QCOMPARE(e.code, SecurityErrorCode::File);
    QCOMPARE(e.file.code, ParseErrorCode::Unsupported);
    QCOMPARE(e.file.file, path("ws.keyslot"));
    // No slot file, or a slot for another key id: the key is gone.
    QCOMPARE(openWith({}).code, SecurityErrorCode::KeyDestroyed);
    damaged = slotFile;
    damaged[50] = static_cast<char>(damaged[50] ^ 1);
    QCOMPARE(openWith(damaged).code, SecurityErrorCode::KeyDestroyed);
    QVERIFY(QFile::remove(path("ws.keyslot")));
    QCOMPARE(errorOf(Workspace::open(path("ws"), kPassphrase)).code,
             SecurityErrorCode::KeyDestroyed);
}

void TstWorkspace::olderCopyAfterPassphraseChange()
{
    // What someone who takes the laptop can get: a byte copy of an earlier workspace file
    // (left in free disk space by a save's rename) and the current key slot file.
    Workspace w = created(path("ws"), sampleContent(), WorkspaceKdfLimits::minimum());
    const QByteArray older = readAll(path("ws"));
    // Before the change, the copy opens: the test can tell.
    QVERIFY(
        std::holds_alternative<Workspace>(Workspace::openBytes(older, kPassphrase, path("ws"))));
    const ino_t slotInode = inodeOf(path("ws.keyslot"));
    QVERIFY(!w.changePassphrase("новая фраза", WorkspaceKdfLimits::minimum()));
    QCOMPARE(inodeOf(path("ws.keyslot")), slotInode); // overwritten in place, not replaced
    QCOMPARE(errorOf(Workspace::openBytes(older, kPassphrase, path("ws"))).code,
             SecurityErrorCode::KeyDestroyed);
    QCOMPARE(errorOf(Workspace::openBytes(older, "новая фраза", path("ws"))).code,
             SecurityErrorCode::KeyDestroyed);
    QVERIFY(std::holds_alternative<Workspace>(Workspace::open(path("ws"), "новая фраза")));
}

void TstWorkspace::olderCopyAfterWipe()
{
    // A hard link keeps the key slot file's blocks reachable after the wipe deletes its name,
    // as a disk keeps blocks nobody overwrote: the copy of the workspace must still not open.
    Workspace w = created(path("ws"), sampleContent(), WorkspaceKdfLimits::minimum());
    const QByteArray older = readAll(path("ws"));
    QTemporaryDir elsewhere;
    const QString link = elsewhere.filePath("slotFile");
    QVERIFY(::link(QFile::encodeName(path("ws.keyslot")).constData(),
                   QFile::encodeName(link).constData()) == 0);
    QVERIFY(std::holds_alternative<Workspace>(
        Workspace::openBytes(older, readAll(link), kPassphrase, path("ws"))));
    QVERIFY(!w.wipe({}));
    QVERIFY(!QFile::exists(path("ws.keyslot")));
    QCOMPARE(readAll(link).size(), 8192);
    QCOMPARE(errorOf(Workspace::openBytes(older, readAll(link), kPassphrase, path("ws"))).code,
             SecurityErrorCode::KeyDestroyed);
    QCOMPARE(errorOf(Workspace::openBytes(older, kPassphrase, path("ws"))).code,
             SecurityErrorCode::KeyDestroyed);
}

void TstWorkspace::interruptedPassphraseChange()
{
    // A crash inside changePassphrase leaves one of two states (see workspace.h); both are put
    // together here from real files. Either way one passphrase opens the workspace, and that
    // open overwrites the slot left over.
    Workspace w = created(path("ws"), sampleContent(), WorkspaceKdfLimits::minimum());
    const QByteArray oldFile = readAll(path("ws"));
    const QByteArray oldSlots = readAll(path("ws.keyslot"));
    QVERIFY(!w.changePassphrase("новая фраза", WorkspaceKdfLimits::minimum()));
    const QByteArray newFile = readAll(path("ws"));
    const QByteArray bothSlots = oldSlots.left(4096) + readAll(path("ws.keyslot")).mid(4096);
    QVERIFY(bothSlots.startsWith("BSWKEY") && bothSlots.mid(4096).startsWith("BSWKEY"));

    // Killed after writing the new slot, before the rename: the old passphrase opens.
    QVERIFY(writeAll(path("ws"), oldFile) && writeAll(path("ws.keyslot"), bothSlots));
    QCOMPARE(errorOf(Workspace::open(path("ws"), "новая фраза")).code,
             SecurityErrorCode::WrongPassphrase);
    QCOMPARE(readAll(path("ws.keyslot")), bothSlots); // a failed open changes nothing
    QVERIFY(std::holds_alternative<Workspace>(Workspace::open(path("ws"), kPassphrase)));
    QCOMPARE(readAll(path("ws.keyslot")).left(4096), bothSlots.left(4096));
    QVERIFY(!readAll(path("ws.keyslot")).mid(4096).startsWith("BSWKEY"));

    // Killed after the rename, before overwriting the old slot: the new passphrase opens, and
    // the older file stops opening once it has.
    QVERIFY(writeAll(path("ws"), newFile) && writeAll(path("ws.keyslot"), bothSlots));
    QCOMPARE(errorOf(Workspace::open(path("ws"), kPassphrase)).code,
             SecurityErrorCode::WrongPassphrase);
    QVERIFY(
        std::holds_alternative<Workspace>(Workspace::openBytes(oldFile, kPassphrase, path("ws"))));
    QVERIFY(std::holds_alternative<Workspace>(Workspace::open(path("ws"), "новая фраза")));
    QCOMPARE(errorOf(Workspace::openBytes(oldFile, kPassphrase, path("ws"))).code,
             SecurityErrorCode::KeyDestroyed);
}

void TstWorkspace::formatOneOpensAndUpgrades()
{
    const QByteArray note = "встреча в 18:40";
    const QByteArray legacy = formatOneFile(kPassphrase, note);
    QVERIFY(writeAll(path("ws"), legacy));
    QVERIFY(::chmod(QFile::encodeName(path("ws")).constData(), 0644) == 0);
    auto opened = Workspace::open(path("ws"), kPassphrase);
    QVERIFY(std::holds_alternative<Workspace>(opened));
    Workspace &w = std::get<Workspace>(opened);
    QCOMPARE(w.content().notes.size(), std::size_t(1));
    QCOMPARE(w.content().notes.front().title, QStringLiteral("old"));
    QCOMPARE(w.content().notes.front().text, QString::fromUtf8(note));
    QCOMPARE(w.limits(), WorkspaceKdfLimits::minimum());
    QCOMPARE(errorOf(Workspace::open(path("ws"), "wrong")).code,
             SecurityErrorCode::WrongPassphrase);
    // Opening changes nothing on disk; the next save writes format 2 with its key slot.
    QCOMPARE(readAll(path("ws")), legacy);
    QVERIFY(!QFile::exists(path("ws.keyslot")));
    QVERIFY(!w.save());
    const QByteArray upgraded = readAll(path("ws"));
    QCOMPARE(upgraded.mid(8, 2), QByteArray("\x02\x00", 2));
    QCOMPARE(readAll(path("ws.keyslot")).mid(48, 16), upgraded.mid(16, 16));
    QCOMPARE(modeOf(path("ws")), 0600);
    auto reopened = Workspace::open(path("ws"), kPassphrase);
    QVERIFY(std::holds_alternative<Workspace>(reopened));
    QCOMPARE(std::get<Workspace>(reopened).content().notes.front().text, QString::fromUtf8(note));
    // A second save uses the same slot.
    const QByteArray slotFile = readAll(path("ws.keyslot"));
    QVERIFY(!std::get<Workspace>(reopened).save());
    QCOMPARE(readAll(path("ws.keyslot")), slotFile);
}

void TstWorkspace::plaintextOnlyInGuardedMemory()
{
    // Issue 11: the decrypted content, from its decryption until it is parsed, and the
    // serialized content, until it is encrypted, are held in libsodium's guarded memory
    // (sodium_malloc): left out of core dumps ("dd", MADV_DONTDUMP), locked against swapping
    // ("lo") where RLIMIT_MEMLOCK allows, zeroed when freed, and freed before open() or save()
    // returns. Seen through this program's sodium_free (above): a guarded buffer that holds the
    // note's bytes is freed while the workspace opens and again while it saves. The strings the
    // content becomes are ordinary memory, which lock() overwrites (lockClears).
    created(path("ws"));
    const QByteArray note(kNote);
    int buffers = 0;
    QList<QByteArray> flags;
    const auto stopLooking = qScopeGuard([] { guardedBuffers().beforeFree = nullptr; });
    guardedBuffers().beforeFree = [&](QByteArrayView buffer) {
        if (buffer.contains(note)) {
            ++buffers;
            flags = vmFlagsAt(buffer.data());
        }
    };
    rlimit memlock{};
    QCOMPARE(::getrlimit(RLIMIT_MEMLOCK, &memlock), 0);
    // The content here is one 16 KiB padding step: far below any usual limit (8 MiB on Debian 12).
    // AddressSanitizer turns mlock() into nothing (it reserves terabytes of shadow memory), so
    // under it only "dd" is checked.
    const bool canLock = !testing::kAddressSanitizer &&
                         (memlock.rlim_cur == RLIM_INFINITY || memlock.rlim_cur >= (1u << 20));
    const auto checkFlags = [&] {
        QVERIFY2(flags.contains("dd"), flags.join(' ').constData());
        if (canLock)
            QVERIFY2(flags.contains("lo"), flags.join(' ').constData());
        else
            qInfo("RLIMIT_MEMLOCK of %llu bytes: not checked that the buffer is locked",
                  static_cast<unsigned long long>(memlock.rlim_cur));
    };

    auto opened = Workspace::open(path("ws"), kPassphrase);
    QVERIFY(std::holds_alternative<Workspace>(opened));
    Workspace &w = std::get<Workspace>(opened);
    QCOMPARE(w.content().notes.front().text, text(kNote));
    QVERIFY(buffers >= 1);
    checkFlags();
    QVERIFY(!guardedMemoryHolds(note));

    buffers = 0;
    flags.clear();
    QVERIFY(!w.save());
    QVERIFY(buffers >= 1);
    checkFlags();
    QVERIFY(!guardedMemoryHolds(note));
}

QTEST_GUILESS_MAIN(TstWorkspace)
#include "tst_workspace.moc"
