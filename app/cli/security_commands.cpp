// Pack signatures in minisign's format: keygen, sign, verify.
//
// Passphrases: read from the environment variable BLINDSPOT_PASSPHRASE when it is set (for
// scripts and tests; anything else on the machine that can read the process environment can
// read it too), else from the terminal without echo, else one line per prompt from standard
// input (as minisign does, so `printf 'pw\npw\n' | blindspot-cli keygen ...` works).
#include "cli/cli.h"

#include "common/error_text.h"
#include "core/io/atomic_file.h"
#include "core/io/pack_io.h"
#include "core/security/minisign.h"
#include "core/security/pack_signature.h"
#include "core/security/secure_bytes.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace blindspot::cli {

namespace {

constexpr const char *kPassphraseVariable = "BLINDSPOT_PASSPHRASE";

QString securityErrorText(const SecurityError &error)
{
    switch (error.code) {
    case SecurityErrorCode::File:
        return ErrorText::located(error.file);
    case SecurityErrorCode::WrongPassphrase:
        return Cli::tr("%1: wrong passphrase for this key").arg(error.file.file);
    case SecurityErrorCode::RetryLater:
        return Cli::tr("%1: too many wrong passphrases; try again in %2 s")
            .arg(error.file.file)
            .arg((error.retryAfter.count() + 999) / 1000);
    case SecurityErrorCode::OutOfMemory:
        return Cli::tr("%1: not enough memory to derive the key from the passphrase")
            .arg(error.file.file);
    case SecurityErrorCode::Locked:
        return Cli::tr("%1: the workspace is locked").arg(error.file.file);
    case SecurityErrorCode::KeyIdTaken:
        return Cli::tr("key not trusted: its key id %1 belongs to a key already trusted, "
                       "\"%2\" (fingerprint %3), but the key bytes differ; anyone can give a key "
                       "any id, so this may be a forged key posing as that signer")
            .arg(error.keyIdHex, error.existingSignerName, error.existingSignerFingerprint);
    case SecurityErrorCode::KeyDestroyed:
        return Cli::tr("%1: no passphrase opens this workspace any more: its key was destroyed "
                       "by a passphrase change or a wipe (or its .keyslot file is missing)")
            .arg(error.file.file);
    }
    return error.file.file;
}

int securityFailure(Console &console, const SecurityError &error)
{
    console.err << securityErrorText(error) << '\n';
    console.err.flush();
    return kExitBadInput;
}

/// One line from standard input, without echo when it is a terminal; nullopt at end of input.
std::optional<QByteArray> promptLine(Console &console, const QString &prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        console.err << prompt;
        console.err.flush();
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    QByteArray line;
    bool ended = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ended = line.isEmpty();
            break;
        }
        if (c == '\n')
            break;
        line += c;
        if (line.size() > 4096)
            break;
    }
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        console.err << '\n';
        console.err.flush();
    }
    if (line.endsWith('\r'))
        line.chop(1);
    if (ended)
        return std::nullopt;
    return line;
}

/// The passphrase from BLINDSPOT_PASSPHRASE or a prompt; `confirm` asks twice (new keys).
std::optional<QByteArray> readPassphrase(Console &console, bool confirm)
{
    if (qEnvironmentVariableIsSet(kPassphraseVariable))
        return qgetenv(kPassphraseVariable);
    auto first = promptLine(console, Cli::tr("Passphrase: "));
    if (!first)
        return std::nullopt;
    if (confirm) {
        auto second = promptLine(console, Cli::tr("Passphrase (again): "));
        const bool same = second && *second == *first;
        if (second)
            wipeBytes(*second);
        if (!same) {
            wipeBytes(*first);
            console.err << Cli::tr("The passphrases do not match.") << '\n';
            return std::nullopt;
        }
    }
    return first;
}

// A key, signature or pack, read through one open file and refused when larger than
// `maxBytes`. Read in pieces up to one byte past the cap, so that neither a file that grows
// after its size was looked at nor a pipe can make it take more.
Result<QByteArray> readSmallFile(const QString &path, qint64 maxBytes)
{
    constexpr qint64 kPieceBytes = qint64(1) << 20;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return systemError(path, ParseErrorCode::CannotOpen, file.errorString());
    QByteArray bytes;
    if (!file.isSequential())
        bytes.reserve(std::min(file.size(), maxBytes + 1));
    while (bytes.size() <= maxBytes) {
        const QByteArray piece = file.read(std::min(kPieceBytes, maxBytes + 1 - bytes.size()));
        if (piece.isEmpty())
            break; // the end, or an error (below)
        bytes += piece;
    }
    if (file.error() != QFileDevice::NoError)
        return systemError(path, ParseErrorCode::CannotOpen, file.errorString());
    if (bytes.size() > maxBytes)
        return tooLarge(path, maxBytes);
    return bytes;
}

/// Makes `path` exist, readable by its owner only, so that the atomic write that follows keeps
/// those permissions (a new file would get the umask's, world-readable as a rule).
bool prepareOwnerOnly(const QString &path)
{
    // No O_TRUNC: an existing key stays intact until the atomic write replaces it.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::fchmod(fd, 0600);
    ::close(fd);
    return true;
}

QString verdictText(PackSignatureStatus status)
{
    switch (status) {
    case PackSignatureStatus::Valid:
        return Cli::tr("valid signature");
    case PackSignatureStatus::WrongKey:
        return Cli::tr("wrong key: the pack was signed with another key than this public key");
    case PackSignatureStatus::BadSignature:
        return Cli::tr("bad signature: the pack or its signature was altered after signing");
    case PackSignatureStatus::TamperedComment:
        return Cli::tr("tampered comment: the trusted comment was altered after signing");
    case PackSignatureStatus::ClaimMismatch:
        return Cli::tr("the signed comment names another dataset id, version or expiry than the "
                       "pack itself");
    case PackSignatureStatus::Expired:
        return Cli::tr("expired: the signature is valid, but the pack's expiry date has passed");
    }
    return {};
}

} // namespace

int runKeygen(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       Cli::tr("Key name: writes NAME.pub and NAME.key."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption noPassphraseOption(
        QStringLiteral("no-passphrase"),
        Cli::tr("Store the secret key unencrypted (like minisign -W)."));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         Cli::tr("Overwrite an existing key pair."));
    parser.addOptions({outOption, noPassphraseOption, forceOption});
    int code = 0;
    if (!parseCommand(parser, QStringLiteral("keygen"), args, console, &code))
        return code;
    if (!parser.isSet(outOption) || !parser.positionalArguments().isEmpty())
        return usageError(
            console, Cli::tr("usage: blindspot-cli keygen --out NAME [--no-passphrase] [--force]"));
    const QString publicPath = parser.value(outOption) + QStringLiteral(".pub");
    const QString secretPath = parser.value(outOption) + QStringLiteral(".key");
    if (!parser.isSet(forceOption) &&
        (QFileInfo::exists(publicPath) || QFileInfo::exists(secretPath)))
        return usageError(
            console,
            Cli::tr("%1 or %2 exists; add --force to overwrite it").arg(publicPath, secretPath));

    std::optional<QByteArray> passphrase;
    if (!parser.isSet(noPassphraseOption)) {
        passphrase = readPassphrase(console, true);
        if (!passphrase || passphrase->isEmpty())
            return usageError(console, Cli::tr("a passphrase is needed (or --no-passphrase)"));
    }
    std::optional<MinisignSecretKey> key = MinisignSecretKey::generate();
    if (!key)
        return securityFailure(console, securityError(SecurityErrorCode::OutOfMemory, secretPath));
    const SecurityResult<QByteArray> secret =
        key->fileBytes(passphrase ? std::optional<QByteArrayView>(*passphrase) : std::nullopt,
                       MinisignKdfLimits::sensitive());
    if (passphrase)
        wipeBytes(*passphrase);
    if (const auto *e = std::get_if<SecurityError>(&secret))
        return securityFailure(console, *e);
    if (!prepareOwnerOnly(secretPath)) {
        return inputError(console, systemError(secretPath, ParseErrorCode::CannotWrite,
                                               QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (auto error = writeFileAtomically(secretPath, std::get<QByteArray>(secret)))
        return inputError(console, *error);
    if (auto error = writeFileAtomically(publicPath, publicKeyFileBytes(key->publicKey())))
        return inputError(console, *error);
    console.out << Cli::tr("Secret key: %1 (keep it secret)").arg(secretPath) << '\n'
                << Cli::tr("Public key: %1").arg(publicPath) << '\n'
                << Cli::tr("Key id: %1").arg(key->publicKey().keyIdHex()) << '\n'
                << Cli::tr("Fingerprint: %1").arg(key->publicKey().fingerprint()) << '\n'
                << Cli::tr("minisign can verify with: minisign -Vm FILE -P %1")
                       .arg(key->publicKey().base64())
                << '\n';
    return kExitOk;
}

int runSign(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption keyOption(
        QStringLiteral("key"), Cli::tr("Secret key file (NAME.key)."), QStringLiteral("FILE"));
    const QCommandLineOption commentOption(
        QStringLiteral("comment"),
        Cli::tr("Untrusted comment line (like minisign -c); not covered by the signature."),
        QStringLiteral("TEXT"));
    const QCommandLineOption sigOption(QStringLiteral("sig"),
                                       Cli::tr("Signature file to write (default PACK.minisig)."),
                                       QStringLiteral("FILE"));
    parser.addOptions({keyOption, commentOption, sigOption});
    int code = 0;
    if (!parseCommand(parser, QStringLiteral("sign"), args, console, &code))
        return code;
    if (!parser.isSet(keyOption) || parser.positionalArguments().size() != 1)
        return usageError(
            console, Cli::tr("usage: blindspot-cli sign PACK --key NAME.key [--comment TEXT]"));
    const QString packPath = parser.positionalArguments().first();
    const QString sigPath =
        parser.isSet(sigOption) ? parser.value(sigOption) : packPath + QStringLiteral(".minisig");

    const Result<QByteArray> pack = readSmallFile(packPath, kMaxPackBytes);
    if (const auto *e = std::get_if<ParseError>(&pack))
        return inputError(console, *e);
    // The trusted comment states the pack's id, version and expiry, so the pack must be one.
    const Result<Dataset> dataset = readPackBytes(std::get<QByteArray>(pack), packPath);
    if (const auto *e = std::get_if<ParseError>(&dataset))
        return inputError(console, *e);

    const QString keyPath = parser.value(keyOption);
    const Result<QByteArray> keyBytes = readSmallFile(keyPath, kMaxMinisignKeyFileBytes);
    if (const auto *e = std::get_if<ParseError>(&keyBytes))
        return inputError(console, *e);
    const Result<MinisignSecretKeyFile> keyFile =
        parseSecretKeyFile(std::get<QByteArray>(keyBytes), keyPath);
    if (const auto *e = std::get_if<ParseError>(&keyFile))
        return inputError(console, *e);
    QByteArray passphrase;
    if (std::get<MinisignSecretKeyFile>(keyFile).encrypted) {
        auto read = readPassphrase(console, false);
        if (!read)
            return usageError(console, Cli::tr("this key needs its passphrase"));
        passphrase = std::move(*read);
    }
    SecurityResult<MinisignSecretKey> key =
        MinisignSecretKey::open(std::get<MinisignSecretKeyFile>(keyFile), passphrase);
    wipeBytes(passphrase);
    if (const auto *e = std::get_if<SecurityError>(&key))
        return securityFailure(console, *e);

    const DatasetHeader &header = std::get<Dataset>(dataset).header;
    const QByteArray trusted =
        packTrustedComment(header, QFileInfo(packPath).fileName(), QDateTime::currentDateTimeUtc());
    const QByteArray untrusted = parser.isSet(commentOption)
                                     ? parser.value(commentOption).toUtf8()
                                     : QByteArray("signature from Blindspot secret key");
    const MinisignSignature signature =
        std::get<MinisignSecretKey>(key).sign(std::get<QByteArray>(pack), trusted, untrusted);
    if (auto error = writeFileAtomically(sigPath, signatureFileBytes(signature)))
        return inputError(console, *error);
    console.out << Cli::tr("Signature: %1").arg(sigPath) << '\n'
                << Cli::tr("Trusted comment: %1").arg(QString::fromUtf8(trusted)) << '\n';
    return kExitOk;
}

std::optional<MinisignPublicKey> readPublicKeyFile(Console &console, const QString &path)
{
    const Result<QByteArray> bytes = readSmallFile(path, kMaxMinisignKeyFileBytes);
    if (const auto *e = std::get_if<ParseError>(&bytes)) {
        inputError(console, *e);
        return std::nullopt;
    }
    Result<MinisignPublicKey> key = parsePublicKeyFile(std::get<QByteArray>(bytes), path);
    if (const auto *e = std::get_if<ParseError>(&key)) {
        inputError(console, *e);
        return std::nullopt;
    }
    return std::get<MinisignPublicKey>(std::move(key));
}

std::optional<MinisignSignature> readSignatureFile(Console &console, const QString &path)
{
    const Result<QByteArray> bytes = readSmallFile(path, kMaxMinisignSignatureFileBytes);
    if (const auto *e = std::get_if<ParseError>(&bytes)) {
        inputError(console, *e);
        return std::nullopt;
    }
    Result<MinisignSignature> signature = parseSignatureFile(std::get<QByteArray>(bytes), path);
    if (const auto *e = std::get_if<ParseError>(&signature)) {
        inputError(console, *e);
        return std::nullopt;
    }
    return std::get<MinisignSignature>(std::move(signature));
}

std::optional<Dataset> readVerifiedPack(Console &console, const QString &packPath,
                                        const MinisignSignature &signature,
                                        const MinisignPublicKey &key)
{
    // The one read of the pack (issue 11): the signature is checked over these bytes and the
    // dataset comes from them, never from another read of a file that may have changed since.
    const Result<QByteArray> read = readSmallFile(packPath, kMaxPackBytes);
    if (const auto *e = std::get_if<ParseError>(&read)) {
        inputError(console, *e);
        return std::nullopt;
    }
    const QByteArray &pack = std::get<QByteArray>(read);
    // The signature first: an unsigned or altered file is not worth parsing.
    std::optional<Dataset> dataset;
    DatasetHeader header;
    if (verifyMinisign(key, signature, pack) == MinisignVerdict::Valid) {
        Result<Dataset> parsed = readPackBytes(pack, packPath);
        if (const auto *e = std::get_if<ParseError>(&parsed)) {
            console.err
                << Cli::tr("%1: the signature is valid, but the pack cannot be read:").arg(packPath)
                << '\n';
            inputError(console, *e);
            return std::nullopt;
        }
        dataset = std::get<Dataset>(std::move(parsed));
        header = dataset->header;
    }
    const PackSignatureCheck check =
        checkPackSignature(pack, header, signature, key, QDateTime::currentDateTimeUtc());
    if (check.status != PackSignatureStatus::Valid) {
        console.err << Cli::tr("%1: %2").arg(packPath, verdictText(check.status)) << '\n';
        if (check.status == PackSignatureStatus::WrongKey)
            console.err << Cli::tr("Signed by key %1; the public key is %2.")
                               .arg(keyIdHex(signature.keyId), key.keyIdHex())
                        << '\n';
        console.err.flush();
        return std::nullopt;
    }
    console.out << Cli::tr("%1: %2, key %3 (fingerprint %4)")
                       .arg(packPath, verdictText(check.status), key.keyIdHex(), key.fingerprint())
                << '\n'
                << Cli::tr("Trusted comment: %1").arg(QString::fromUtf8(check.trustedComment))
                << '\n'
                << Cli::tr("Dataset %1, version %2, expires %3")
                       .arg(header.id)
                       .arg(header.version)
                       .arg(header.expires.isValid() ? header.expires.toString(Qt::ISODate)
                                                     : Cli::tr("never"))
                << '\n';
    if (!check.claim)
        console.out << Cli::tr("The trusted comment does not restate the dataset id, version and "
                               "expiry (not signed by Blindspot); the pack's own header, which the "
                               "signature covers, is shown above.")
                    << '\n';
    return dataset;
}

int runVerify(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption pubkeyOption(
        QStringLiteral("pubkey"), Cli::tr("Public key file (NAME.pub)."), QStringLiteral("FILE"));
    const QCommandLineOption sigOption(QStringLiteral("sig"),
                                       Cli::tr("Signature file (default PACK.minisig)."),
                                       QStringLiteral("FILE"));
    parser.addOptions({pubkeyOption, sigOption});
    int code = 0;
    if (!parseCommand(parser, QStringLiteral("verify"), args, console, &code))
        return code;
    if (!parser.isSet(pubkeyOption) || parser.positionalArguments().size() != 1)
        return usageError(
            console, Cli::tr("usage: blindspot-cli verify PACK --pubkey NAME.pub [--sig FILE]"));
    const QString packPath = parser.positionalArguments().first();
    const QString sigPath =
        parser.isSet(sigOption) ? parser.value(sigOption) : packPath + QStringLiteral(".minisig");

    const std::optional<MinisignPublicKey> key =
        readPublicKeyFile(console, parser.value(pubkeyOption));
    if (!key)
        return kExitBadInput;
    const std::optional<MinisignSignature> signature = readSignatureFile(console, sigPath);
    if (!signature)
        return kExitBadInput;
    return readVerifiedPack(console, packPath, *signature, *key) ? kExitOk : kExitBadInput;
}

} // namespace blindspot::cli
