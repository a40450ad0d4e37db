#pragma once

// Ed25519 signatures in minisign's file formats, so that `minisign -V` accepts what Blindspot
// signs and Blindspot accepts what minisign signs. The formats, all base64 lines under a comment:
//   public key  "untrusted comment: ..." / "Ed" + key id (8) + public key (32)
//   secret key  "untrusted comment: ..." / "Ed" + KDF ("Sc" scrypt, or two zero bytes for an
//               unencrypted key as minisign -W writes) + "B2" + salt (32) + opslimit (8, LE) +
//               memlimit (8, LE) + [key id (8) + secret key (64) + BLAKE2b-256 checksum (32)],
//               the bracket XORed with scrypt's output when encrypted
//   signature   "untrusted comment: ..." / "ED" (BLAKE2b-512 of the file signed, minisign's
//               default since 0.10) or "Ed" (the file itself, legacy) + key id (8) + signature
//               (64) / "trusted comment: ..." / global signature (64) over signature + comment
#include "core/io/parse_error.h"
#include "core/security/secure_bytes.h"
#include "core/security/security_error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace blindspot {

using MinisignKeyId = std::array<std::uint8_t, 8>;

/// A key id as minisign prints it: 16 upper-case hex digits of the little-endian number.
QString keyIdHex(const MinisignKeyId &keyId);

/// The caps readers apply: minisign's own line limits, with room for line ends.
constexpr qsizetype kMaxMinisignKeyFileBytes = 4096;
constexpr qsizetype kMaxMinisignSignatureFileBytes = 16384;
/// minisign's TRUSTEDCOMMENTMAXBYTES less the "trusted comment: " prefix and the line end.
constexpr qsizetype kMaxTrustedCommentBytes = 8192 - 17 - 2;
/// minisign's COMMENTMAXBYTES less the "untrusted comment: " prefix and the line end.
constexpr qsizetype kMaxUntrustedCommentBytes = 1024 - 19 - 2;

/// An Ed25519 public key with minisign's random key id.
struct MinisignPublicKey {
    MinisignKeyId keyId{};
    std::array<std::uint8_t, 32> key{};

    /// The key id as minisign prints it (see blindspot::keyIdHex).
    QString keyIdHex() const { return blindspot::keyIdHex(keyId); }
    /// The one-line form `minisign -P` takes ("RWT..."): what people paste to share a key.
    QString base64() const;
    /// A fingerprint for people to compare aloud: SHA-256 of the key id and key, first 16
    /// bytes as eight groups of four hex digits.
    QString fingerprint() const;
    friend bool operator==(const MinisignPublicKey &, const MinisignPublicKey &) = default;
};

/// A public key file: "untrusted comment: minisign public key KEYID" and the key line.
QByteArray publicKeyFileBytes(const MinisignPublicKey &key);
/// Reads a public key file (minisign.pub). `name` is what errors call the input.
[[nodiscard]] Result<MinisignPublicKey> parsePublicKeyFile(QByteArrayView bytes,
                                                           const QString &name);
/// Reads the one-line base64 form (what `minisign -P` takes).
[[nodiscard]] Result<MinisignPublicKey> parsePublicKeyBase64(QByteArrayView line,
                                                             const QString &name);

/// scrypt cost of an encrypted secret key. The file records it, so any cost can be read back.
struct MinisignKdfLimits {
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0; ///< Bytes.
    /// minisign's own choice (1 GiB, a few seconds): what `keygen` writes.
    static MinisignKdfLimits sensitive();
    /// libsodium's interactive cost (16 MiB): for tests only.
    static MinisignKdfLimits interactive();
};

/// A secret key file as stored, not yet decrypted.
struct MinisignSecretKeyFile {
    bool encrypted = true;
    MinisignKdfLimits limits;
    std::array<std::uint8_t, 32> salt{};
    std::array<std::uint8_t, 104>
        sealed{}; ///< Key id, secret key and checksum, XORed if encrypted.
    QString name;                           ///< What errors call the file.
};

/// Reads a secret key file's structure; the key itself is decrypted by MinisignSecretKey::open.
/// Refuses KDF costs above twice minisign's own (a hostile file must not take minutes or
/// gigabytes to reject).
[[nodiscard]] Result<MinisignSecretKeyFile> parseSecretKeyFile(QByteArrayView bytes,
                                                               const QString &name);

/// A signature file (.minisig), parsed.
struct MinisignSignature {
    bool prehashed = true; ///< "ED": the BLAKE2b-512 hash of the file was signed; "Ed": the file.
    MinisignKeyId keyId{};
    std::array<std::uint8_t, 64> signature{};
    QByteArray untrustedComment; ///< Without the prefix; not covered by any signature.
    QByteArray trustedComment;   ///< Without the prefix; covered by the global signature.
    std::array<std::uint8_t, 64> globalSignature{};
};

/// The four lines of a .minisig file.
QByteArray signatureFileBytes(const MinisignSignature &signature);
/// Reads a .minisig file. `name` is what errors call the input.
[[nodiscard]] Result<MinisignSignature> parseSignatureFile(QByteArrayView bytes,
                                                           const QString &name);

/// What checking a signature found, in the order minisign checks.
enum class MinisignVerdict : std::uint8_t {
    Valid,           ///< The file and the trusted comment are as the key's owner signed them.
    WrongKey,        ///< Signed by another key (the key ids differ).
    BadSignature,    ///< The file or the signature was altered, or the key is not the signer's.
    TamperedComment, ///< The file is intact but the trusted comment (or global signature) was
                     ///< altered.
};

/// Checks `signature` over `message` with `key`, as `minisign -V` does (legacy "Ed" included).
[[nodiscard]] MinisignVerdict verifyMinisign(const MinisignPublicKey &key,
                                             const MinisignSignature &signature,
                                             QByteArrayView message);

/// An Ed25519 secret key in guarded memory (see SecureBytes), with its public half.
class MinisignSecretKey {
public:
    /// A new random key pair; nullopt when guarded memory could not be had.
    static std::optional<MinisignSecretKey> generate();
    /// Decrypts a parsed secret key file. `passphrase` is ignored for unencrypted files.
    /// WrongPassphrase when the checksum does not match after decryption; File
    /// (ChecksumMismatch) when an unencrypted key is damaged.
    [[nodiscard]] static SecurityResult<MinisignSecretKey> open(const MinisignSecretKeyFile &file,
                                                                QByteArrayView passphrase);

    const MinisignPublicKey &publicKey() const { return m_public; }

    /// Signs `message` with the given trusted comment (one line, at most
    /// kMaxTrustedCommentBytes; line breaks are replaced by spaces). Prehashed ("ED") unless
    /// `legacy`, which signs the whole message ("Ed") as minisign before 0.10 did.
    MinisignSignature sign(QByteArrayView message, QByteArrayView trustedComment,
                           QByteArrayView untrustedComment = "signature from Blindspot secret key",
                           bool legacy = false) const;

    /// The secret key file. With a passphrase the key is encrypted with scrypt at `limits`, as
    /// minisign does; without one (nullopt) it is stored in the clear, as `minisign -W` does.
    [[nodiscard]] SecurityResult<QByteArray> fileBytes(std::optional<QByteArrayView> passphrase,
                                                       const MinisignKdfLimits &limits) const;

private:
    MinisignSecretKey() = default;
    MinisignPublicKey m_public;
    SecureBytes m_secret; ///< libsodium's 64-byte layout: seed, then public key.
};

} // namespace blindspot
