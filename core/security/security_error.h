#pragma once

#include "core/io/parse_error.h"

#include <chrono>
#include <cstdint>
#include <variant>

namespace blindspot {

/// Why a security operation failed. File and format problems carry a located ParseError;
/// the other codes are about keys and passphrases, which a ParseError cannot express.
enum class SecurityErrorCode : std::uint8_t {
    File,            ///< Reading, parsing or writing a file failed: see `file`.
    WrongPassphrase, ///< The passphrase does not open this key or workspace.
    RetryLater,      ///< Too many wrong passphrases in a row: wait `retryAfter`, then try again.
    OutOfMemory,     ///< Locked memory or the key derivation's memory could not be had.
    Locked,          ///< The workspace is locked (or was never unlocked).
    /// A key was offered for trust whose key id is already trusted with other key bytes. Key
    /// ids are chosen by a key's owner, so this is what a forged key posing as a trusted
    /// signer looks like: see `existingSignerName` and `existingSignerFingerprint`.
    KeyIdTaken,
    /// The workspace's master key no longer exists: no key slot holds it. What an older copy
    /// of a workspace file shows after a passphrase change or a wipe (see workspace.h).
    KeyDestroyed,
};

/// The security module's one error type. Core never words it for people; the app does.
struct SecurityError {
    SecurityErrorCode code = SecurityErrorCode::File;
    ParseError file;                         ///< code File: what and where; else file name only.
    std::chrono::milliseconds retryAfter{0}; ///< code RetryLater: how long until the next try.
    QString existingSignerName;        ///< code KeyIdTaken: the trusted signer holding the key id.
    QString existingSignerFingerprint; ///< code KeyIdTaken: its MinisignPublicKey::fingerprint().
    QString keyIdHex;                  ///< code KeyIdTaken: the key id both keys carry.
};

/// A value or the reason there is none, like Result<T> for modules that read files.
template <class T> using SecurityResult = std::variant<T, SecurityError>;

/// A SecurityError of code File wrapping a located error.
inline SecurityError fileError(ParseError error)
{
    SecurityError e;
    e.code = SecurityErrorCode::File;
    e.file = std::move(error);
    return e;
}

/// A SecurityError of a non-file code, naming the file it concerns.
inline SecurityError securityError(SecurityErrorCode code, const QString &file)
{
    SecurityError e;
    e.code = code;
    e.file.file = file;
    return e;
}

} // namespace blindspot
