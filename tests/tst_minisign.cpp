// Pack signatures in minisign's format. Interoperability is checked against Debian's minisign
// 0.11 in both directions: against the binary when it is installed, and always against files
// that binary made once (tests/data/security).
#include "fixtures.h"
#include "process_checks.h"
#include "core/io/pack_io.h"
#include "core/security/minisign.h"
#include "core/security/pack_signature.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace blindspot;

namespace {

const QString kData = QStringLiteral(BLINDSPOT_TEST_DATA "/security/");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs a program; `input` goes to its standard input (minisign reads passwords from there
/// when it is not a terminal), `passphrase` to BLINDSPOT_PASSPHRASE when set.
Run run(const QString &program, const QStringList &args, const QByteArray &input = {},
        const std::optional<QByteArray> &passphrase = std::nullopt)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BLINDSPOT_PASSPHRASE"));
    if (passphrase)
        env.insert(QStringLiteral("BLINDSPOT_PASSPHRASE"), QString::fromUtf8(*passphrase));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!BLINDSPOT_WAIT_FINISHED(p, 120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

Run cli(const QStringList &args, const std::optional<QByteArray> &passphrase = std::nullopt,
        const QByteArray &input = {})
{
    return run(QStringLiteral(BLINDSPOT_CLI), args, input, passphrase);
}

/// A pack that expires a year from now, so that the tests do not age.
Dataset freshCity(std::uint64_t version = 7)
{
    Dataset d = testing::smallCity();
    d.header.version = version;
    d.header.expires = QDateTime::currentDateTimeUtc().addDays(365);
    d.header.expires.setTime(QTime(d.header.expires.time().hour(), 0)); // whole seconds
    return d;
}

MinisignSecretKey newKey()
{
    auto key = MinisignSecretKey::generate();
    Q_ASSERT(key);
    return std::move(*key);
}

template <class T> T valueOf(const Result<T> &r)
{
    if (const auto *e = std::get_if<ParseError>(&r))
        qFatal("unexpected error: %s, reason %d (%s)", qPrintable(e->file), int(e->reason),
               qPrintable(e->args.join(QLatin1String(", "))));
    return std::get<T>(r);
}

/// Decodes a signature file's second line, flips one bit at `byte`, encodes it again.
QByteArray flipSignatureBit(const QByteArray &sigFile, int byte)
{
    QList<QByteArray> lines = sigFile.split('\n');
    QByteArray raw = QByteArray::fromBase64(lines[1]);
    raw[byte] = static_cast<char>(raw[byte] ^ 0x01);
    lines[1] = raw.toBase64();
    return lines.join('\n');
}

} // namespace

class TstMinisign : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    // Blindspot alone
    void signAndVerify_data();
    void signAndVerify();
    void keyFilesRoundTrip();
    void encryptedKeyRoundTrip();
    void wrongPassphrase();
    void damagedUnencryptedKey();
    void keyIdAndFingerprint();
    void tampering_data();
    void tampering();
    void malformedFiles_data();
    void malformedFiles();
    void packClaimRoundTrip();
    void packCheck_data();
    void packCheck();

    // minisign's own files, made once by minisign 0.11
    void readsMinisignFixtures();
    void opensMinisignPasswordKey();

    void keygenProtectsSecretKey();

    // Against the minisign binary
    void minisignSignsBlindspotVerifies();
    void blindspotSignsMinisignVerifies();
    void passphraseKeysBothWays();
    void cliTampering_data();
    void cliTampering();

private:
    QTemporaryDir m_dir;
    QString m_minisign;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void requireMinisign();
};

void TstMinisign::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_minisign = QStandardPaths::findExecutable(QStringLiteral("minisign"));
}

void TstMinisign::requireMinisign()
{
    if (m_minisign.isEmpty())
        QSKIP("the minisign binary is not installed (Debian package minisign; scripts/install-deps "
              "installs it): interoperability checked only against the stored fixtures");
}

void TstMinisign::signAndVerify_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("legacy");
    QTest::newRow("prehashed") << QByteArray("a pack") << false;
    QTest::newRow("legacy") << QByteArray("a pack") << true;
    QTest::newRow("empty, prehashed") << QByteArray() << false;
    QTest::newRow("binary, legacy") << QByteArray("\0\1\2\xff", 4) << true;
}

void TstMinisign::signAndVerify()
{
    QFETCH(QByteArray, message);
    QFETCH(bool, legacy);
    const MinisignSecretKey key = newKey();
    const MinisignSignature sig = key.sign(message, "trusted words", "untrusted words", legacy);
    QCOMPARE(sig.prehashed, !legacy);
    QCOMPARE(verifyMinisign(key.publicKey(), sig, message), MinisignVerdict::Valid);
    // Through the file format and back.
    const QByteArray file = signatureFileBytes(sig);
    const MinisignSignature parsed = valueOf(parseSignatureFile(file, "sig"));
    QCOMPARE(parsed.trustedComment, QByteArray("trusted words"));
    QCOMPARE(parsed.untrustedComment, QByteArray("untrusted words"));
    QCOMPARE(verifyMinisign(key.publicKey(), parsed, message), MinisignVerdict::Valid);
    // minisign's file layout: four lines, each ending in a line feed.
    QCOMPARE(file.count('\n'), 4);
    QVERIFY(file.startsWith("untrusted comment: "));
    QCOMPARE(QByteArray::fromBase64(file.split('\n')[1]).left(2),
             legacy ? QByteArray("Ed") : QByteArray("ED"));
}

void TstMinisign::keyFilesRoundTrip()
{
    const MinisignSecretKey key = newKey();
    const QByteArray pub = publicKeyFileBytes(key.publicKey());
    QVERIFY(pub.startsWith("untrusted comment: minisign public key " +
                           key.publicKey().keyIdHex().toLatin1() + "\n"));
    QCOMPARE(valueOf(parsePublicKeyFile(pub, "pub")), key.publicKey());
    QCOMPARE(valueOf(parsePublicKeyBase64(key.publicKey().base64().toLatin1(), "pub")),
             key.publicKey());

    const QByteArray secret = std::get<QByteArray>(key.fileBytes(std::nullopt, {}));
    const MinisignSecretKeyFile file = valueOf(parseSecretKeyFile(secret, "key"));
    QVERIFY(!file.encrypted);
    auto reopened = MinisignSecretKey::open(file, {});
    QVERIFY(std::holds_alternative<MinisignSecretKey>(reopened));
    const MinisignSecretKey &again = std::get<MinisignSecretKey>(reopened);
    QCOMPARE(again.publicKey(), key.publicKey());
    // Same key: a signature made by the reopened key verifies with the original public key.
    QCOMPARE(verifyMinisign(key.publicKey(), again.sign("m", "c"), "m"), MinisignVerdict::Valid);
    // The layout minisign -W writes: "Ed", two zero bytes for "no KDF", "B2", zero salt and costs.
    const QByteArray raw = QByteArray::fromBase64(secret.split('\n')[1]);
    QCOMPARE(raw.size(), 158);
    QCOMPARE(raw.left(6), QByteArray("Ed\0\0B2", 6));
    QCOMPARE(raw.mid(6, 48), QByteArray(48, '\0'));
}

void TstMinisign::encryptedKeyRoundTrip()
{
    const MinisignSecretKey key = newKey();
    const QByteArray secret = std::get<QByteArray>(
        key.fileBytes(QByteArrayView("correct horse"), MinisignKdfLimits::interactive()));
    const QByteArray raw = QByteArray::fromBase64(secret.split('\n')[1]);
    QCOMPARE(raw.mid(2, 2), QByteArray("Sc"));
    // The key id is encrypted too: it must not appear in the clear.
    QVERIFY(
        !raw.contains(QByteArray(reinterpret_cast<const char *>(key.publicKey().keyId.data()), 8)));
    const MinisignSecretKeyFile file = valueOf(parseSecretKeyFile(secret, "key"));
    QVERIFY(file.encrypted);
    QCOMPARE(file.limits.memLimit, MinisignKdfLimits::interactive().memLimit);
    auto reopened = MinisignSecretKey::open(file, "correct horse");
    QVERIFY(std::holds_alternative<MinisignSecretKey>(reopened));
    QCOMPARE(std::get<MinisignSecretKey>(reopened).publicKey(), key.publicKey());
}

void TstMinisign::wrongPassphrase()
{
    const MinisignSecretKey key = newKey();
    const QByteArray secret = std::get<QByteArray>(
        key.fileBytes(QByteArrayView("right"), MinisignKdfLimits::interactive()));
    auto reopened = MinisignSecretKey::open(valueOf(parseSecretKeyFile(secret, "k.key")), "wrong");
    QVERIFY(std::holds_alternative<SecurityError>(reopened));
    QCOMPARE(std::get<SecurityError>(reopened).code, SecurityErrorCode::WrongPassphrase);
    QCOMPARE(std::get<SecurityError>(reopened).file.file, QStringLiteral("k.key"));
}

void TstMinisign::damagedUnencryptedKey()
{
    const MinisignSecretKey key = newKey();
    const QByteArray secret = std::get<QByteArray>(key.fileBytes(std::nullopt, {}));
    QByteArray raw = QByteArray::fromBase64(secret.split('\n')[1]);
    raw[54 + 8 + 40] = static_cast<char>(raw[54 + 8 + 40] ^ 0x10); // inside the secret key
    const QByteArray damaged = "untrusted comment: x\n" + raw.toBase64() + "\n";
    auto reopened = MinisignSecretKey::open(valueOf(parseSecretKeyFile(damaged, "k")), {});
    QVERIFY(std::holds_alternative<SecurityError>(reopened));
    QCOMPARE(std::get<SecurityError>(reopened).code, SecurityErrorCode::File);
    QCOMPARE(std::get<SecurityError>(reopened).file.code, ParseErrorCode::ChecksumMismatch);
}

void TstMinisign::keyIdAndFingerprint()
{
    MinisignPublicKey key;
    // minisign prints the key id as a little-endian number: these bytes read E9DF...0BC5
    // backwards, as in the public key comment of a key minisign made (worked by hand).
    key.keyId = {0xe9, 0xdf, 0xa3, 0x1b, 0xdb, 0x5a, 0x0b, 0xc5};
    QCOMPARE(key.keyIdHex(), QStringLiteral("C50B5ADB1BA3DFE9"));
    QVERIFY(key.base64().startsWith(QStringLiteral("RWTp36Mb21oLxQ"))); // "Ed" + the id, base64
    const QStringList groups = key.fingerprint().split(QLatin1Char(' '));
    QCOMPARE(groups.size(), 8);
    for (const QString &g : groups)
        QCOMPARE(g.size(), 4);
    MinisignPublicKey other = key;
    other.key[0] = 1;
    QVERIFY(other.fingerprint() != key.fingerprint());
}

void TstMinisign::tampering_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<MinisignVerdict>("expected");
    QTest::newRow("one byte of the pack") << "pack" << MinisignVerdict::BadSignature;
    QTest::newRow("one bit of the signature") << "signature" << MinisignVerdict::BadSignature;
    QTest::newRow("one byte of the trusted comment")
        << "comment" << MinisignVerdict::TamperedComment;
    QTest::newRow("one bit of the global signature")
        << "global" << MinisignVerdict::TamperedComment;
    QTest::newRow("one bit of the key id") << "keyid" << MinisignVerdict::WrongKey;
    QTest::newRow("another key") << "otherkey" << MinisignVerdict::WrongKey;
    QTest::newRow("untrusted comment (not signed)") << "untrusted" << MinisignVerdict::Valid;
}

void TstMinisign::tampering()
{
    QFETCH(QString, what);
    QFETCH(MinisignVerdict, expected);
    const MinisignSecretKey key = newKey();
    QByteArray pack = packBytes(freshCity());
    const QByteArray comment =
        packTrustedComment(freshCity().header, "city.bspack", QDateTime::currentDateTimeUtc());
    QByteArray sigFile = signatureFileBytes(key.sign(pack, comment));
    MinisignPublicKey publicKey = key.publicKey();
    if (what == "pack") {
        pack[pack.size() / 2] = static_cast<char>(pack[pack.size() / 2] ^ 0x01);
    } else if (what == "signature") {
        sigFile = flipSignatureBit(sigFile, 2 + 8 + 20);
    } else if (what == "keyid") {
        sigFile = flipSignatureBit(sigFile, 2 + 3);
    } else if (what == "comment") {
        // version=7 becomes version=8: an attacker's favourite edit.
        QVERIFY(sigFile.contains(";version=7;"));
        sigFile.replace(";version=7;", ";version=8;");
    } else if (what == "global") {
        QList<QByteArray> lines = sigFile.split('\n');
        QByteArray raw = QByteArray::fromBase64(lines[3]);
        raw[10] = static_cast<char>(raw[10] ^ 0x80);
        lines[3] = raw.toBase64();
        sigFile = lines.join('\n');
    } else if (what == "otherkey") {
        publicKey = newKey().publicKey();
    } else if (what == "untrusted") {
        sigFile.replace("signature from Blindspot secret key", "signature from someone else");
    }
    const MinisignSignature sig = valueOf(parseSignatureFile(sigFile, "sig"));
    QCOMPARE(verifyMinisign(publicKey, sig, pack), expected);
}

void TstMinisign::malformedFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ParseErrorCode>("code");
    QTest::addColumn<int>("line");
    const QByteArray pub = readAll(kData + "minisign_w.pub");
    const QByteArray sig = readAll(kData + "message.txt.minisig");
    const QByteArray key = readAll(kData + "minisign_w.key");
    QTest::newRow("empty public key") << "pub" << QByteArray() << ParseErrorCode::Empty << 0;
    QTest::newRow("public key, one line") << "pub" << pub.left(pub.indexOf('\n') + 1)
                                          << ParseErrorCode::Truncated << 2;
    QTest::newRow("public key, not base64")
        << "pub" << QByteArray("c\n!!!!\n") << ParseErrorCode::Malformed << 2;
    QTest::newRow("public key, short")
        << "pub" << QByteArray("c\nRWQAAA==\n") << ParseErrorCode::Malformed << 2;
    QByteArray wrongAlg = pub;
    wrongAlg.replace("RWT", "RXT"); // "Ed" becomes "Et"
    QTest::newRow("public key, other algorithm")
        << "pub" << wrongAlg << ParseErrorCode::Unsupported << 2;
    QTest::newRow("public key, huge")
        << "pub" << QByteArray(100000, 'A') << ParseErrorCode::TooLarge << 0;
    QTest::newRow("signature, no prefix")
        << "sig" << sig.mid(2) << ParseErrorCode::NotThisFormat << 1;
    QTest::newRow("signature, three lines")
        << "sig" << sig.left(sig.lastIndexOf('\n', sig.size() - 2) + 1) << ParseErrorCode::Truncated
        << 4;
    QByteArray noTrusted = sig;
    noTrusted.replace("trusted comment: f", "distrusted comment: f");
    QTest::newRow("signature, trusted prefix missing")
        << "sig" << noTrusted << ParseErrorCode::Malformed << 3;
    QByteArray badGlobal = sig;
    badGlobal.chop(5);
    badGlobal += "\n";
    QTest::newRow("signature, global cut") << "sig" << badGlobal << ParseErrorCode::Malformed << 4;
    QTest::newRow("signature, NUL")
        << "sig" << QByteArray(sig).insert(5, '\0') << ParseErrorCode::NotThisFormat << 0;
    QTest::newRow("secret key, garbage")
        << "key" << QByteArray("x\ny\n") << ParseErrorCode::Malformed << 2;
    QByteArray badKdf = QByteArray::fromBase64(key.split('\n')[1]);
    badKdf[2] = 'X';
    QTest::newRow("secret key, unknown KDF") << "key" << "c\n" + badKdf.toBase64() + "\n"
                                             << ParseErrorCode::Unsupported << 2;
    QByteArray costly = QByteArray::fromBase64(readAll(kData + "minisign_pw.key").split('\n')[1]);
    costly[46 + 5] = '\x40'; // memlimit of 64 TiB: refused before any derivation
    QTest::newRow("secret key, absurd cost") << "key" << "c\n" + costly.toBase64() + "\n"
                                             << ParseErrorCode::Unsupported << 2;
}

void TstMinisign::malformedFiles()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(ParseErrorCode, code);
    QFETCH(int, line);
    ParseError error;
    if (kind == "pub") {
        const auto r = parsePublicKeyFile(bytes, "f");
        QVERIFY(isError(r));
        error = std::get<ParseError>(r);
    } else if (kind == "sig") {
        const auto r = parseSignatureFile(bytes, "f");
        QVERIFY(isError(r));
        error = std::get<ParseError>(r);
    } else {
        const auto r = parseSecretKeyFile(bytes, "f");
        QVERIFY(isError(r));
        error = std::get<ParseError>(r);
    }
    QCOMPARE(error.code, code);
    QCOMPARE(error.line, line);
    QCOMPARE(error.file, QStringLiteral("f"));
}

void TstMinisign::packClaimRoundTrip()
{
    DatasetHeader h;
    h.id = QStringLiteral("org.example;version=99\tсеть=1%"); // every separator, escaped
    h.version = 18446744073709551615ull;
    h.expires = QDateTime(QDate(2031, 5, 6), QTime(7, 8, 9), Qt::UTC);
    const QDateTime signedAt(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const QByteArray comment = packTrustedComment(h, "a\tb.bspack", signedAt);
    QVERIFY(!comment.contains('\n'));
    QCOMPARE(comment.count('\t'), 2);
    QVERIFY(comment.startsWith("timestamp:1767323045\tfile:a b.bspack\tblindspot:id="));
    QVERIFY(comment.endsWith(";version=18446744073709551615;expires=2031-05-06T07:08:09Z"));
    const auto claim = parsePackTrustedComment(comment);
    QVERIFY(claim);
    QCOMPARE(claim->datasetId, h.id);
    QCOMPARE(claim->version, h.version);
    QCOMPARE(claim->expires, h.expires);
    QCOMPARE(claim->signedAt, signedAt);
    QCOMPARE(claim->fileName, QStringLiteral("a b.bspack"));

    h.expires = QDateTime();
    QVERIFY(packTrustedComment(h, "x", signedAt).endsWith(";expires=never"));
    QVERIFY(!parsePackTrustedComment("timestamp:1\tfile:x\thashed")); // minisign's default
    QVERIFY(!parsePackTrustedComment("blindspot:id=a;version=x;expires=never"));
    QVERIFY(!parsePackTrustedComment("blindspot:id=a;version=1"));
    QVERIFY(!parsePackTrustedComment("blindspot:id=a;version=99999999999999999999;expires=never"));
}

void TstMinisign::packCheck_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<PackSignatureStatus>("expected");
    QTest::newRow("as signed") << "" << PackSignatureStatus::Valid;
    QTest::newRow("expired") << "expired" << PackSignatureStatus::Expired;
    QTest::newRow("comment claims another version")
        << "claim" << PackSignatureStatus::ClaimMismatch;
    QTest::newRow("minisign's default comment") << "noclaim" << PackSignatureStatus::Valid;
    QTest::newRow("comment edited") << "edited" << PackSignatureStatus::TamperedComment;
    QTest::newRow("pack edited") << "pack" << PackSignatureStatus::BadSignature;
    QTest::newRow("another key") << "key" << PackSignatureStatus::WrongKey;
}

void TstMinisign::packCheck()
{
    QFETCH(QString, change);
    QFETCH(PackSignatureStatus, expected);
    const MinisignSecretKey key = newKey();
    Dataset d = freshCity();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (change == "expired")
        d.header.expires = now.addDays(-1);
    QByteArray pack = packBytes(d);
    DatasetHeader claimed = d.header;
    if (change == "claim")
        claimed.version += 1;
    QByteArray comment = packTrustedComment(claimed, "city.bspack", now);
    if (change == "noclaim")
        comment = "timestamp:1767323045\tfile:city.bspack\thashed";
    MinisignSignature sig = key.sign(pack, comment);
    if (change == "edited")
        sig.trustedComment.replace("city.bspack", "town.bspack");
    if (change == "pack")
        pack[100] = static_cast<char>(pack[100] ^ 0x04);
    const MinisignPublicKey publicKey = change == "key" ? newKey().publicKey() : key.publicKey();
    const PackSignatureCheck check = checkPackSignature(pack, d.header, sig, publicKey, now);
    QCOMPARE(check.status, expected);
    QCOMPARE(check.claim.has_value(), change != "noclaim");
}

void TstMinisign::readsMinisignFixtures()
{
    const MinisignPublicKey key =
        valueOf(parsePublicKeyFile(readAll(kData + "minisign_w.pub"), "pub"));
    const QByteArray message = readAll(kData + "message.txt");
    QVERIFY(!message.isEmpty());
    const MinisignSignature hashed =
        valueOf(parseSignatureFile(readAll(kData + "message.txt.minisig"), "s"));
    QVERIFY(hashed.prehashed);
    QCOMPARE(hashed.trustedComment, QByteArray("fixture prehashed"));
    QCOMPARE(verifyMinisign(key, hashed, message), MinisignVerdict::Valid);
    const MinisignSignature legacy =
        valueOf(parseSignatureFile(readAll(kData + "message.txt.legacy.minisig"), "s"));
    QVERIFY(!legacy.prehashed);
    QCOMPARE(verifyMinisign(key, legacy, message), MinisignVerdict::Valid);
    QCOMPARE(verifyMinisign(key, hashed, message + "x"), MinisignVerdict::BadSignature);

    // minisign -W leaves the checksum zero; the key opens all the same, and it is the key of
    // the public key file.
    const MinisignSecretKeyFile file =
        valueOf(parseSecretKeyFile(readAll(kData + "minisign_w.key"), "k"));
    QVERIFY(!file.encrypted);
    auto secret = MinisignSecretKey::open(file, {});
    QVERIFY(std::holds_alternative<MinisignSecretKey>(secret));
    QCOMPARE(std::get<MinisignSecretKey>(secret).publicKey(), key);
}

void TstMinisign::opensMinisignPasswordKey()
{
    // minisign's own cost (scrypt, 1 GiB): about two seconds.
    const MinisignSecretKeyFile file =
        valueOf(parseSecretKeyFile(readAll(kData + "minisign_pw.key"), "k"));
    QVERIFY(file.encrypted);
    QCOMPARE(file.limits.memLimit, MinisignKdfLimits::sensitive().memLimit);
    auto wrong = MinisignSecretKey::open(file, "pw-fixturE");
    QVERIFY(std::holds_alternative<SecurityError>(wrong));
    QCOMPARE(std::get<SecurityError>(wrong).code, SecurityErrorCode::WrongPassphrase);
    auto right = MinisignSecretKey::open(file, "pw-fixture");
    QVERIFY(std::holds_alternative<MinisignSecretKey>(right));
    QCOMPARE(std::get<MinisignSecretKey>(right).publicKey(),
             valueOf(parsePublicKeyFile(readAll(kData + "minisign_pw.pub"), "pub")));
}

void TstMinisign::keygenProtectsSecretKey()
{
    Run r = cli({"keygen", "--out", path("perm"), "--no-passphrase"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QFileDevice::Permissions secret = QFile::permissions(path("perm.key"));
    QVERIFY(secret & QFileDevice::ReadOwner);
    QVERIFY(!(secret & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                        QFileDevice::WriteOther)));
    QVERIFY(QFile::permissions(path("perm.pub")) & QFileDevice::ReadOther);
    // An existing pair is kept unless --force.
    const QByteArray before = readAll(path("perm.key"));
    r = cli({"keygen", "--out", path("perm"), "--no-passphrase"});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(readAll(path("perm.key")), before);
    r = cli({"keygen", "--out", path("perm"), "--no-passphrase", "--force"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(readAll(path("perm.key")) != before);
    QVERIFY(!(QFile::permissions(path("perm.key")) & QFileDevice::ReadOther));
    // A passphrase is required unless --no-passphrase: an empty one is refused.
    r = cli({"keygen", "--out", path("empty")}, QByteArray());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(path("empty.key")));
}

void TstMinisign::minisignSignsBlindspotVerifies()
{
    requireMinisign();
    const QString pack = path("ms1.bspack");
    QVERIFY(!writePackFile(freshCity(), pack));
    Run r = run(m_minisign, {"-G", "-W", "-p", path("ms1.pub"), "-s", path("ms1.key")});
    QCOMPARE(r.exitCode, 0);
    // minisign's default comment, prehashed.
    r = run(m_minisign, {"-S", "-s", path("ms1.key"), "-m", pack});
    QCOMPARE(r.exitCode, 0);
    r = cli({"verify", pack, "--pubkey", path("ms1.pub")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("valid signature"));
    // A Blindspot-style trusted comment written by minisign -t is read as a claim.
    const QByteArray comment = packTrustedComment(freshCity().header, "ms1.bspack",
                                                  QDateTime::currentDateTimeUtc());
    r = run(m_minisign, {"-S", "-s", path("ms1.key"), "-m", pack, "-x", path("ms1.claim.minisig"),
                         "-t", QString::fromUtf8(comment)});
    QCOMPARE(r.exitCode, 0);
    r = cli({"verify", pack, "--pubkey", path("ms1.pub"), "--sig", path("ms1.claim.minisig")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!r.out.contains("does not restate"));
    // Legacy signatures from minisign -l verify too.
    r = run(m_minisign,
            {"-S", "-l", "-s", path("ms1.key"), "-m", pack, "-x", path("ms1.legacy.minisig")});
    QCOMPARE(r.exitCode, 0);
    r = cli({"verify", pack, "--pubkey", path("ms1.pub"), "--sig", path("ms1.legacy.minisig")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Blindspot reads minisign's unencrypted secret key and signs with it; minisign agrees.
    r = cli({"sign", pack, "--key", path("ms1.key"), "--sig", path("ms1.bs.minisig")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(m_minisign, {"-V", "-m", pack, "-p", path("ms1.pub"), "-x", path("ms1.bs.minisig")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TstMinisign::blindspotSignsMinisignVerifies()
{
    requireMinisign();
    const QString pack = path("bs1.bspack");
    QVERIFY(!writePackFile(freshCity(), pack));
    Run r = cli({"keygen", "--out", path("bs1"), "--no-passphrase"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({"sign", pack, "--key", path("bs1.key"), "--comment", "made by the test"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // -H: minisign must find the prehashed format minisign 0.11 writes by default.
    r = run(m_minisign, {"-V", "-H", "-m", pack, "-p", path("bs1.pub")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("Signature and comment signature verified"));
    QVERIFY(r.out.contains("blindspot:id=org.example.small;version=7;expires="));
    QVERIFY(readAll(pack + ".minisig").startsWith("untrusted comment: made by the test\n"));
    // minisign uses Blindspot's unencrypted secret key (-W) and rebuilds the same public key.
    r = run(m_minisign,
            {"-S", "-W", "-s", path("bs1.key"), "-m", pack, "-x", path("bs1.ms.minisig")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({"verify", pack, "--pubkey", path("bs1.pub"), "--sig", path("bs1.ms.minisig")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(m_minisign, {"-R", "-s", path("bs1.key"), "-p", path("bs1.rebuilt.pub")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(readAll(path("bs1.rebuilt.pub")).split('\n')[1],
             readAll(path("bs1.pub")).split('\n')[1]);
}

void TstMinisign::passphraseKeysBothWays()
{
    requireMinisign();
    // minisign reads passwords from standard input when it is not a terminal, one per line,
    // so password-protected keys can be scripted in both directions. Each derivation uses
    // minisign's own scrypt cost (1 GiB, a few seconds).
    const QString pack = path("pw.bspack");
    QVERIFY(!writePackFile(freshCity(), pack));

    // Blindspot's key, protected by a passphrase, used by minisign.
    Run r = cli({"keygen", "--out", path("bspw")}, QByteArray("blue moon"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QByteArray::fromBase64(readAll(path("bspw.key")).split('\n')[1]).mid(2, 2),
             QByteArray("Sc"));
    r = run(m_minisign, {"-S", "-s", path("bspw.key"), "-m", pack, "-x", path("bspw.ms.minisig")},
            "blue moon\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({"verify", pack, "--pubkey", path("bspw.pub"), "--sig", path("bspw.ms.minisig")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(m_minisign, {"-S", "-s", path("bspw.key"), "-m", pack, "-x", path("bspw.bad.minisig")},
            "blue mood\n");
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.err.contains("Wrong password"));

    // minisign's key, protected by a password, used by Blindspot (passphrase from the
    // environment, then from standard input as a script would pipe it).
    r = run(m_minisign, {"-G", "-p", path("mspw.pub"), "-s", path("mspw.key")},
            "red sun\nred sun\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({"sign", pack, "--key", path("mspw.key"), "--sig", path("mspw.bs.minisig")},
            QByteArray("red sun"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(m_minisign, {"-V", "-m", pack, "-p", path("mspw.pub"), "-x", path("mspw.bs.minisig")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({"sign", pack, "--key", path("mspw.key"), "--sig", path("mspw.stdin.minisig")},
            std::nullopt, "red sun\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({"sign", pack, "--key", path("mspw.key"), "--sig", path("mspw.bad.minisig")},
            QByteArray("red son"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("wrong passphrase"));
    QVERIFY(!QFile::exists(path("mspw.bad.minisig")));
}

void TstMinisign::cliTampering_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<bool>("minisignRejects");
    QTest::newRow("intact") << "" << QByteArray("valid signature") << false;
    QTest::newRow("one byte of the pack") << "pack" << QByteArray("bad signature") << true;
    QTest::newRow("one bit of the signature") << "signature" << QByteArray("bad signature") << true;
    QTest::newRow("one byte of the trusted comment")
        << "comment" << QByteArray("tampered comment") << true;
    QTest::newRow("another key") << "key" << QByteArray("wrong key") << true;
    QTest::newRow("expired pack") << "expired" << QByteArray("expired") << false;
}

void TstMinisign::cliTampering()
{
    QFETCH(QString, what);
    QFETCH(QByteArray, reason);
    QFETCH(bool, minisignRejects);
    const QString pack = path("t.bspack");
    Dataset d = freshCity();
    if (what == "expired")
        d.header.expires = QDateTime::currentDateTimeUtc().addDays(-2);
    QVERIFY(!writePackFile(d, pack));
    if (!QFile::exists(path("t.key"))) {
        QCOMPARE(cli({"keygen", "--out", path("t"), "--no-passphrase"}).exitCode, 0);
        QCOMPARE(cli({"keygen", "--out", path("other"), "--no-passphrase"}).exitCode, 0);
    }
    Run r = cli({"sign", pack, "--key", path("t.key")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString sig = pack + ".minisig";
    QString pub = path("t.pub");
    if (what == "pack") {
        QByteArray bytes = readAll(pack);
        bytes[bytes.size() - 10] = static_cast<char>(bytes[bytes.size() - 10] ^ 0x01);
        QVERIFY(writeAll(pack, bytes));
    } else if (what == "signature") {
        QVERIFY(writeAll(sig, flipSignatureBit(readAll(sig), 40)));
    } else if (what == "comment") {
        QByteArray bytes = readAll(sig);
        const qsizetype at = bytes.indexOf("version=7");
        QVERIFY(at > 0);
        bytes[at + 8] = '9'; // one byte: version 7 claimed as 9
        QVERIFY(writeAll(sig, bytes));
    } else if (what == "key") {
        pub = path("other.pub");
    }
    r = cli({"verify", pack, "--pubkey", pub});
    if (what.isEmpty()) {
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(reason));
    } else {
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(reason), r.err.constData());
    }
    // minisign, an independent verifier, agrees about the signature itself (expiry is
    // Blindspot's own rule).
    if (!m_minisign.isEmpty()) {
        const Run m = run(m_minisign, {"-V", "-m", pack, "-p", pub, "-x", sig});
        QCOMPARE(m.exitCode != 0, minisignRejects);
    }
}

QTEST_GUILESS_MAIN(TstMinisign)
#include "tst_minisign.moc"
