#include "core/security/minisign.h"

#include <QStringList>

#include <sodium.h>

#include <cstring>
#include <vector>

namespace blindspot {

namespace {

constexpr QByteArrayView kUntrustedPrefix = "untrusted comment: ";
constexpr QByteArrayView kTrustedPrefix = "trusted comment: ";
constexpr QByteArrayView kAlgorithm = "Ed";        // Ed25519 over the file (legacy) and in keys
constexpr QByteArrayView kAlgorithmHashed = "ED";  // Ed25519 over BLAKE2b-512 of the file
constexpr QByteArrayView kKdfScrypt = "Sc";
constexpr QByteArrayView kChecksumBlake2b = "B2";

constexpr std::size_t kPublicKeyStructBytes = 2 + 8 + 32;
constexpr std::size_t kSignatureStructBytes = 2 + 8 + 64;
constexpr std::size_t kSecretKeyStructBytes = 2 + 2 + 2 + 32 + 8 + 8 + 104;
constexpr std::size_t kSealedKeyIdOffset = 0;
constexpr std::size_t kSealedSecretOffset = 8;
constexpr std::size_t kSealedChecksumOffset = 8 + 64;

ParseError errorAt(const QString &name, int line, ParseErrorCode code,
                   ParseReason reason = ParseReason::None, QStringList args = {})
{
    return errorAtLine(name, line, line > 0 ? 1 : 0, code, reason, std::move(args));
}

/// The file's lines without their line ends, as minisign's fgets-and-trim reads them.
std::vector<QByteArrayView> splitLines(QByteArrayView bytes)
{
    std::vector<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QByteArrayView line = bytes.sliced(start, end - start);
        while (!line.isEmpty() && line.back() == '\r')
            line.chop(1);
        lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

/// Checks size and shape common to every minisign file; returns the lines or an error.
Result<std::vector<QByteArrayView>> textLines(QByteArrayView bytes, const QString &name,
                                              qsizetype maxBytes, std::size_t neededLines)
{
    if (bytes.isEmpty())
        return errorAt(name, 0, ParseErrorCode::Empty);
    if (bytes.size() > maxBytes)
        return tooLarge(name, maxBytes);
    if (bytes.contains('\0'))
        return errorAt(name, 0, ParseErrorCode::NotThisFormat);
    std::vector<QByteArrayView> lines = splitLines(bytes);
    if (lines.size() < neededLines)
        return errorAt(name, static_cast<int>(lines.size()) + 1, ParseErrorCode::Truncated,
                       ParseReason::LinesExpected, parseArgs(neededLines));
    return lines;
}

/// Decodes standard, padded base64 of exactly `expected` bytes into `out`.
bool decodeBase64(QByteArrayView text, unsigned char *out, std::size_t expected)
{
    if (!initSodium() || text.isEmpty())
        return false;
    std::size_t length = 0;
    // A null b64_end makes libsodium refuse anything but complete, valid base64.
    if (sodium_base642bin(out, expected, text.data(), static_cast<std::size_t>(text.size()),
                          nullptr, &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
        return false;
    return length == expected;
}

QByteArray encodeBase64(const unsigned char *bytes, std::size_t size)
{
    const std::size_t encodedSize = sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_ORIGINAL);
    QByteArray text(static_cast<qsizetype>(encodedSize), Qt::Uninitialized);
    sodium_bin2base64(text.data(), encodedSize, bytes, size, sodium_base64_VARIANT_ORIGINAL);
    text.chop(1); // the terminating NUL
    return text;
}

void storeLe64(unsigned char *out, std::uint64_t value)
{
    for (int i = 0; i < 8; ++i)
        out[i] = static_cast<unsigned char>(value >> (8 * i));
}

std::uint64_t loadLe64(const unsigned char *in)
{
    std::uint64_t value = 0;
    for (int i = 7; i >= 0; --i)
        value = (value << 8) | in[i];
    return value;
}

/// minisign's checksum of a secret key: BLAKE2b-256 of algorithm, key id and secret key.
void secretKeyChecksum(const unsigned char *keyId, const unsigned char *secret, unsigned char *out)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(kAlgorithm.data()),
                              2);
    crypto_generichash_update(&state, keyId, 8);
    crypto_generichash_update(&state, secret, 64);
    crypto_generichash_final(&state, out, 32);
}

QByteArray oneLine(QByteArrayView text, qsizetype maxBytes)
{
    QByteArray line = text.first(std::min(text.size(), maxBytes)).toByteArray();
    for (char &c : line)
        if (c == '\n' || c == '\r' || c == '\0')
            c = ' ';
    return line;
}

} // namespace

QString keyIdHex(const MinisignKeyId &keyId)
{
    QString hex;
    for (int i = 7; i >= 0; --i)
        hex +=
            QStringLiteral("%1").arg(keyId[static_cast<std::size_t>(i)], 2, 16, QLatin1Char('0'));
    return hex.toUpper();
}

QString MinisignPublicKey::base64() const
{
    unsigned char raw[kPublicKeyStructBytes];
    std::memcpy(raw, kAlgorithm.data(), 2);
    std::memcpy(raw + 2, keyId.data(), 8);
    std::memcpy(raw + 10, key.data(), 32);
    return QString::fromLatin1(encodeBase64(raw, sizeof raw));
}

QString MinisignPublicKey::fingerprint() const
{
    if (!initSodium())
        return {};
    unsigned char raw[kPublicKeyStructBytes];
    std::memcpy(raw, kAlgorithm.data(), 2);
    std::memcpy(raw + 2, keyId.data(), 8);
    std::memcpy(raw + 10, key.data(), 32);
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, raw, sizeof raw);
    QStringList groups;
    for (int i = 0; i < 16; i += 2)
        groups << QStringLiteral("%1%2")
                      .arg(digest[i], 2, 16, QLatin1Char('0'))
                      .arg(digest[i + 1], 2, 16, QLatin1Char('0'))
                      .toUpper();
    return groups.join(QLatin1Char(' '));
}

QByteArray publicKeyFileBytes(const MinisignPublicKey &key)
{
    return kUntrustedPrefix.toByteArray() + "minisign public key " + key.keyIdHex().toLatin1() +
           '\n' + key.base64().toLatin1() + '\n';
}

Result<MinisignPublicKey> parsePublicKeyBase64(QByteArrayView line, const QString &name)
{
    unsigned char raw[kPublicKeyStructBytes];
    if (!decodeBase64(line.trimmed(), raw, sizeof raw))
        return errorAt(name, 0, ParseErrorCode::Malformed, ParseReason::ExpectedBase64PublicKey,
                       parseArgs(kPublicKeyStructBytes));
    if (std::memcmp(raw, kAlgorithm.data(), 2) != 0)
        return errorAt(name, 0, ParseErrorCode::Unsupported, ParseReason::SignatureAlgorithm);
    MinisignPublicKey key;
    std::memcpy(key.keyId.data(), raw + 2, 8);
    std::memcpy(key.key.data(), raw + 10, 32);
    return key;
}

Result<MinisignPublicKey> parsePublicKeyFile(QByteArrayView bytes, const QString &name)
{
    auto lines = textLines(bytes, name, kMaxMinisignKeyFileBytes, 2);
    if (auto *e = std::get_if<ParseError>(&lines))
        return *e;
    // minisign does not check the first line of a public key file; neither does Blindspot.
    auto key = parsePublicKeyBase64(std::get<0>(lines)[1], name);
    if (auto *e = std::get_if<ParseError>(&key)) {
        e->line = 2;
        e->column = 1;
    }
    return key;
}

MinisignKdfLimits MinisignKdfLimits::sensitive()
{
    return {crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_SENSITIVE,
            crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_SENSITIVE};
}

MinisignKdfLimits MinisignKdfLimits::interactive()
{
    return {crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_INTERACTIVE};
}

Result<MinisignSecretKeyFile> parseSecretKeyFile(QByteArrayView bytes, const QString &name)
{
    auto lines = textLines(bytes, name, kMaxMinisignKeyFileBytes, 2);
    if (auto *e = std::get_if<ParseError>(&lines))
        return *e;
    SecureBytes raw(kSecretKeyStructBytes);
    if (raw.isNull()) // no locked memory for it
        return errorAt(name, 0, ParseErrorCode::OutOfMemory);
    unsigned char *r = raw.data();
    if (!decodeBase64(std::get<0>(lines)[1].trimmed(), r, kSecretKeyStructBytes))
        return errorAt(name, 2, ParseErrorCode::Malformed, ParseReason::ExpectedBase64SecretKey,
                       parseArgs(kSecretKeyStructBytes));
    if (std::memcmp(r, kAlgorithm.data(), 2) != 0)
        return errorAt(name, 2, ParseErrorCode::Unsupported, ParseReason::SignatureAlgorithm);
    if (std::memcmp(r + 4, kChecksumBlake2b.data(), 2) != 0)
        return errorAt(name, 2, ParseErrorCode::Unsupported, ParseReason::ChecksumFunction);
    MinisignSecretKeyFile file;
    file.name = name;
    if (std::memcmp(r + 2, kKdfScrypt.data(), 2) == 0)
        file.encrypted = true;
    else if (r[2] == 0 && r[3] == 0)
        file.encrypted = false;
    else
        return errorAt(name, 2, ParseErrorCode::Unsupported, ParseReason::KeyDerivationFunction);
    std::memcpy(file.salt.data(), r + 6, 32);
    file.limits.opsLimit = loadLe64(r + 38);
    file.limits.memLimit = loadLe64(r + 46);
    std::memcpy(file.sealed.data(), r + 54, 104);
    if (file.encrypted) {
        const MinisignKdfLimits ceiling = MinisignKdfLimits::sensitive();
        if (file.limits.opsLimit > 2 * ceiling.opsLimit ||
            file.limits.memLimit > 2 * ceiling.memLimit)
            return errorAt(name, 2, ParseErrorCode::Unsupported, ParseReason::KdfCostAboveMinisign);
    }
    return file;
}

QByteArray signatureFileBytes(const MinisignSignature &signature)
{
    unsigned char raw[kSignatureStructBytes];
    std::memcpy(raw, (signature.prehashed ? kAlgorithmHashed : kAlgorithm).data(), 2);
    std::memcpy(raw + 2, signature.keyId.data(), 8);
    std::memcpy(raw + 10, signature.signature.data(), 64);
    QByteArray out;
    out += kUntrustedPrefix.toByteArray() +
           oneLine(signature.untrustedComment, kMaxUntrustedCommentBytes) + '\n';
    out += encodeBase64(raw, sizeof raw) + '\n';
    out += kTrustedPrefix.toByteArray() + signature.trustedComment + '\n';
    out += encodeBase64(signature.globalSignature.data(), 64) + '\n';
    return out;
}

Result<MinisignSignature> parseSignatureFile(QByteArrayView bytes, const QString &name)
{
    auto parsed = textLines(bytes, name, kMaxMinisignSignatureFileBytes, 4);
    if (auto *e = std::get_if<ParseError>(&parsed))
        return *e;
    const std::vector<QByteArrayView> &lines = std::get<0>(parsed);
    if (!lines[0].startsWith(kUntrustedPrefix))
        return errorAt(name, 1, ParseErrorCode::NotThisFormat);
    if (lines[0].size() - kUntrustedPrefix.size() > kMaxUntrustedCommentBytes)
        return errorAt(name, 1, ParseErrorCode::TooLarge, ParseReason::CommentOverBytes,
                       parseArgs(kMaxUntrustedCommentBytes));
    if (!lines[2].startsWith(kTrustedPrefix))
        return errorAt(name, 3, ParseErrorCode::Malformed, ParseReason::ExpectedLinePrefix,
                       {QString::fromLatin1(kTrustedPrefix)});
    if (lines[2].size() - kTrustedPrefix.size() > kMaxTrustedCommentBytes)
        return errorAt(name, 3, ParseErrorCode::TooLarge, ParseReason::CommentOverBytes,
                       parseArgs(kMaxTrustedCommentBytes));

    unsigned char raw[kSignatureStructBytes];
    if (!decodeBase64(lines[1].trimmed(), raw, sizeof raw))
        return errorAt(name, 2, ParseErrorCode::Malformed, ParseReason::ExpectedBase64Signature,
                       parseArgs(kSignatureStructBytes));
    MinisignSignature signature;
    if (std::memcmp(raw, kAlgorithmHashed.data(), 2) == 0)
        signature.prehashed = true;
    else if (std::memcmp(raw, kAlgorithm.data(), 2) == 0)
        signature.prehashed = false;
    else
        return errorAt(name, 2, ParseErrorCode::Unsupported, ParseReason::SignatureAlgorithm);
    std::memcpy(signature.keyId.data(), raw + 2, 8);
    std::memcpy(signature.signature.data(), raw + 10, 64);
    if (!decodeBase64(lines[3].trimmed(), signature.globalSignature.data(), 64))
        return errorAt(name, 4, ParseErrorCode::Malformed,
                       ParseReason::ExpectedBase64GlobalSignature, parseArgs(64));
    signature.untrustedComment = lines[0].sliced(kUntrustedPrefix.size()).toByteArray();
    signature.trustedComment = lines[2].sliced(kTrustedPrefix.size()).toByteArray();
    return signature;
}

MinisignVerdict verifyMinisign(const MinisignPublicKey &key, const MinisignSignature &signature,
                               QByteArrayView message)
{
    if (!initSodium())
        return MinisignVerdict::BadSignature;
    if (signature.keyId != key.keyId)
        return MinisignVerdict::WrongKey;
    int fileCheck = -1;
    if (signature.prehashed) {
        unsigned char digest[crypto_generichash_BYTES_MAX];
        crypto_generichash(digest, sizeof digest,
                           reinterpret_cast<const unsigned char *>(message.data()),
                           static_cast<unsigned long long>(message.size()), nullptr, 0);
        fileCheck = crypto_sign_verify_detached(signature.signature.data(), digest, sizeof digest,
                                                key.key.data());
    } else {
        fileCheck = crypto_sign_verify_detached(
            signature.signature.data(), reinterpret_cast<const unsigned char *>(message.data()),
            static_cast<unsigned long long>(message.size()), key.key.data());
    }
    if (fileCheck != 0)
        return MinisignVerdict::BadSignature;
    QByteArray signedComment(reinterpret_cast<const char *>(signature.signature.data()), 64);
    signedComment += signature.trustedComment;
    if (crypto_sign_verify_detached(
            signature.globalSignature.data(),
            reinterpret_cast<const unsigned char *>(signedComment.constData()),
            static_cast<unsigned long long>(signedComment.size()), key.key.data()) != 0)
        return MinisignVerdict::TamperedComment;
    return MinisignVerdict::Valid;
}

std::optional<MinisignSecretKey> MinisignSecretKey::generate()
{
    MinisignSecretKey key;
    key.m_secret = SecureBytes(crypto_sign_SECRETKEYBYTES);
    if (key.m_secret.isNull())
        return std::nullopt;
    crypto_sign_keypair(key.m_public.key.data(), key.m_secret.data());
    randombytes_buf(key.m_public.keyId.data(), key.m_public.keyId.size());
    return key;
}

SecurityResult<MinisignSecretKey> MinisignSecretKey::open(const MinisignSecretKeyFile &file,
                                                          QByteArrayView passphrase)
{
    SecureBytes sealed = SecureBytes::copyOf(
        QByteArrayView(reinterpret_cast<const char *>(file.sealed.data()), 104));
    if (sealed.isNull())
        return securityError(SecurityErrorCode::OutOfMemory, file.name);
    if (file.encrypted) {
        SecureBytes stream(104);
        if (stream.isNull())
            return securityError(SecurityErrorCode::OutOfMemory, file.name);
        if (crypto_pwhash_scryptsalsa208sha256(stream.data(), 104, nonNullData(passphrase),
                                               static_cast<unsigned long long>(passphrase.size()),
                                               file.salt.data(), file.limits.opsLimit,
                                               static_cast<std::size_t>(file.limits.memLimit)) != 0)
            return securityError(SecurityErrorCode::OutOfMemory, file.name);
        for (std::size_t i = 0; i < 104; ++i)
            sealed.data()[i] ^= stream.data()[i];
    }
    const unsigned char *keyId = sealed.data() + kSealedKeyIdOffset;
    const unsigned char *secret = sealed.data() + kSealedSecretOffset;
    const unsigned char *stored = sealed.data() + kSealedChecksumOffset;
    unsigned char checksum[32];
    secretKeyChecksum(keyId, secret, checksum);
    // minisign -W leaves the checksum of an unencrypted key zero; Blindspot fills it in.
    const bool checksumMatches = sodium_memcmp(checksum, stored, 32) == 0;
    if (!checksumMatches && file.encrypted)
        return securityError(SecurityErrorCode::WrongPassphrase, file.name);
    if (!checksumMatches && !sodium_is_zero(stored, 32))
        return fileError(errorAt(file.name, 2, ParseErrorCode::ChecksumMismatch));

    // The secret key holds its own public half; a damaged key shows as a mismatch here.
    MinisignSecretKey key;
    key.m_secret = SecureBytes(crypto_sign_SECRETKEYBYTES);
    if (key.m_secret.isNull())
        return securityError(SecurityErrorCode::OutOfMemory, file.name);
    crypto_sign_seed_keypair(key.m_public.key.data(), key.m_secret.data(), secret);
    if (sodium_memcmp(key.m_public.key.data(), secret + 32, 32) != 0)
        return fileError(errorAt(file.name, 2, ParseErrorCode::ChecksumMismatch));
    std::memcpy(key.m_public.keyId.data(), keyId, 8);
    return key;
}

MinisignSignature MinisignSecretKey::sign(QByteArrayView message, QByteArrayView trustedComment,
                                          QByteArrayView untrustedComment, bool legacy) const
{
    MinisignSignature signature;
    signature.prehashed = !legacy;
    signature.keyId = m_public.keyId;
    signature.untrustedComment = oneLine(untrustedComment, kMaxUntrustedCommentBytes);
    signature.trustedComment = oneLine(trustedComment, kMaxTrustedCommentBytes);
    if (signature.prehashed) {
        unsigned char digest[crypto_generichash_BYTES_MAX];
        crypto_generichash(digest, sizeof digest,
                           reinterpret_cast<const unsigned char *>(message.data()),
                           static_cast<unsigned long long>(message.size()), nullptr, 0);
        crypto_sign_detached(signature.signature.data(), nullptr, digest, sizeof digest,
                             m_secret.data());
    } else {
        crypto_sign_detached(signature.signature.data(), nullptr,
                             reinterpret_cast<const unsigned char *>(message.data()),
                             static_cast<unsigned long long>(message.size()), m_secret.data());
    }
    QByteArray signedComment(reinterpret_cast<const char *>(signature.signature.data()), 64);
    signedComment += signature.trustedComment;
    crypto_sign_detached(signature.globalSignature.data(), nullptr,
                         reinterpret_cast<const unsigned char *>(signedComment.constData()),
                         static_cast<unsigned long long>(signedComment.size()), m_secret.data());
    return signature;
}

SecurityResult<QByteArray> MinisignSecretKey::fileBytes(std::optional<QByteArrayView> passphrase,
                                                        const MinisignKdfLimits &limits) const
{
    SecureBytes raw(kSecretKeyStructBytes);
    if (raw.isNull())
        return securityError(SecurityErrorCode::OutOfMemory, {});
    unsigned char *r = raw.data();
    std::memcpy(r, kAlgorithm.data(), 2);
    if (passphrase)
        std::memcpy(r + 2, kKdfScrypt.data(), 2);
    std::memcpy(r + 4, kChecksumBlake2b.data(), 2);
    unsigned char *sealed = r + 54;
    std::memcpy(sealed + kSealedKeyIdOffset, m_public.keyId.data(), 8);
    std::memcpy(sealed + kSealedSecretOffset, m_secret.data(), 64);
    secretKeyChecksum(sealed + kSealedKeyIdOffset, sealed + kSealedSecretOffset,
                      sealed + kSealedChecksumOffset);
    if (passphrase) {
        randombytes_buf(r + 6, 32);
        storeLe64(r + 38, limits.opsLimit);
        storeLe64(r + 46, limits.memLimit);
        SecureBytes stream(104);
        if (stream.isNull())
            return securityError(SecurityErrorCode::OutOfMemory, {});
        if (crypto_pwhash_scryptsalsa208sha256(stream.data(), 104, nonNullData(*passphrase),
                                               static_cast<unsigned long long>(passphrase->size()),
                                               r + 6, limits.opsLimit,
                                               static_cast<std::size_t>(limits.memLimit)) != 0)
            return securityError(SecurityErrorCode::OutOfMemory, {});
        for (std::size_t i = 0; i < 104; ++i)
            sealed[i] ^= stream.data()[i];
    }
    const QByteArray comment = passphrase ? QByteArray("minisign encrypted secret key")
                                          : QByteArray("minisign unencrypted secret key");
    return kUntrustedPrefix.toByteArray() + comment + '\n' +
           encodeBase64(r, kSecretKeyStructBytes) + '\n';
}

} // namespace blindspot
