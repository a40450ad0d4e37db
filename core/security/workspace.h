#pragma once

// The encrypted workspace: the one file that holds what a user keeps (saved plans, notes, local
// camera edits, the trust store, recent files). On disk:
//   bytes 0-7     magic "BSWKSP\r\n"
//   bytes 8-9     format major, 10-11 format minor (unsigned 16-bit little-endian)
//   byte  12      key derivation: 2 = Argon2id v1.3 (libsodium's crypto_pwhash_ALG_ARGON2ID13)
//   bytes 13-15   zero
//   bytes 16-23   Argon2id opslimit, 24-31 memlimit in bytes (unsigned 64-bit little-endian)
//   bytes 32-47   salt
//   bytes 48-79   key check: BLAKE2b-256 keyed with the derived key over bytes 0-47, so a wrong
//                 passphrase is told apart from a damaged file
//   bytes 80-103  XChaCha20-Poly1305 secretstream header
//   then the secretstream: 64 KiB chunks of the serialized workspace.proto Content, each with
//   17 bytes of tag and MAC and bytes 0-103 as additional data; the last chunk is tagged FINAL.
// The key is derived from the passphrase, lives in guarded memory and is never written.
#include "geo/lat_lon.h"
#include "security/secure_bytes.h"
#include "security/security_error.h"
#include "security/trust_store.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace blindspot {

constexpr std::uint16_t kWorkspaceFormatMajor = 1;
constexpr std::uint16_t kWorkspaceFormatMinor = 0;
constexpr qsizetype kWorkspaceHeaderBytes = 104;
/// A workspace holds plans, notes and edits, not maps: this cap only stops hostile files.
constexpr qint64 kMaxWorkspaceBytes = qint64(256) << 20;

/// Argon2id cost. Stored in the file, so a workspace opens with the cost it was made with.
struct WorkspaceKdfLimits {
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0; ///< Bytes.
    /// What the app uses: libsodium's MODERATE (256 MiB, about a second).
    static WorkspaceKdfLimits moderate();
    /// libsodium's INTERACTIVE (64 MiB): for tests.
    static WorkspaceKdfLimits interactive();
    /// libsodium's minimum: for fuzzing only, never for a real workspace.
    static WorkspaceKdfLimits minimum();
    friend bool operator==(const WorkspaceKdfLimits &, const WorkspaceKdfLimits &) = default;
};

/// A saved trip plan: the two ends as the user typed them, and what to optimise.
struct SavedPlan {
    QString name;
    QString fromPlace; ///< As typed: a station name or id, or "lat,lon" (see PLACE in DESIGN.md).
    QString toPlace;
    LatLon fromPosition; ///< Invalid when not resolved.
    LatLon toPosition;
    QString mode;        ///< "fastest", "least-exposed" or "pareto".
    QString profile;     ///< Parameter profile name, e.g. "event-day"; empty for the default.
    QString datasetId;   ///< The pack it was planned on.
    QDateTime created;   ///< UTC.
    QString notes;
    friend bool operator==(const SavedPlan &, const SavedPlan &) = default;
};

struct WorkspaceNote {
    QString title;
    QString text;
    QDateTime modified; ///< UTC.
    friend bool operator==(const WorkspaceNote &, const WorkspaceNote &) = default;
};

/// A redacted evidence photo (see redactPhoto): what a camera's sighting refers to by its hash.
/// Packs carry only the hash; the picture stays in the workspace of whoever took it.
struct EvidencePhoto {
    QByteArray sha256; ///< 32 bytes: SHA-256 of `image`.
    QByteArray image;  ///< JPEG or PNG, metadata stripped and faces filled.
    QDateTime added;   ///< UTC.
    friend bool operator==(const EvidencePhoto &, const EvidencePhoto &) = default;
};

/// Everything a workspace holds, decrypted. Exists only while the workspace is unlocked.
struct WorkspaceContent {
    std::vector<SavedPlan> plans;
    std::vector<WorkspaceNote> notes;
    QByteArray cameraEdits; ///< A .bspack of local camera edits (see pack_io.h); empty for none.
    TrustStore trust;
    QStringList recentFiles;
    std::vector<EvidencePhoto> photos;

    /// Overwrites every string and byte in place, then empties the content.
    void wipe();
    friend bool operator==(const WorkspaceContent &, const WorkspaceContent &) = default;
};

/// An open workspace file. Unlocked after create() or open(); lock() drops the key and the
/// decrypted content, after which only the path remains and unlocking means opening again.
/// Move-only: the key exists once.
class Workspace {
public:
    /// Makes a new, empty workspace at `path` (refused if a file is there) and writes it.
    [[nodiscard]] static SecurityResult<Workspace> create(const QString &path, QByteArrayView passphrase,
                                                          const WorkspaceKdfLimits &limits);
    /// Opens the workspace at `path`. WrongPassphrase when the passphrase does not fit; File
    /// errors for a missing, truncated, damaged or foreign file. Nothing on disk is changed.
    [[nodiscard]] static SecurityResult<Workspace> open(const QString &path, QByteArrayView passphrase);
    /// As open(), from the file's bytes; `path` is where save() will write.
    [[nodiscard]] static SecurityResult<Workspace> openBytes(QByteArrayView fileBytes,
                                                             QByteArrayView passphrase,
                                                             const QString &path);

    Workspace(Workspace &&) noexcept;
    Workspace &operator=(Workspace &&) noexcept;
    ~Workspace();

    bool isUnlocked() const;
    const QString &path() const { return m_path; }
    WorkspaceKdfLimits limits() const;

    /// The decrypted content. Only while unlocked (check isUnlocked()); a locked workspace
    /// returns an empty content that save() will not write.
    WorkspaceContent &content();
    const WorkspaceContent &content() const;

    /// Encrypts the content and replaces the file atomically (writeFileAtomically): a crash or
    /// kill at any moment leaves the previous workspace or the new one, both readable.
    [[nodiscard]] std::optional<SecurityError> save();
    /// Derives a new key (new salt) from `passphrase` and saves with it.
    [[nodiscard]] std::optional<SecurityError> changePassphrase(QByteArrayView passphrase,
                                                                const WorkspaceKdfLimits &limits);
    /// The encrypted file bytes save() would write.
    [[nodiscard]] SecurityResult<QByteArray> encryptedBytes() const;

    /// "Lock now": overwrites and frees the key and every decrypted string. Idempotent.
    void lock();
    /// "Wipe": lock(), then wipeWorkspaceFiles(path(), otherFiles).
    [[nodiscard]] std::optional<SecurityError> wipe(const QStringList &otherFiles);

private:
    Workspace();
    struct Secrets;
    QString m_path;
    QByteArray m_header; ///< Bytes 0-79: magic to key check; not secret.
    std::unique_ptr<Secrets> m_secrets;
};

/// Destroys a workspace for good, unlocked or not: overwrites the file with random bytes
/// (first its salt and key check, without which no passphrase opens it), syncs, deletes it and
/// any temporary file an interrupted save left beside it, and does the same to each of
/// `otherFiles` (the app's settings file). Keeps going after a failure; returns the first.
/// Overwriting cannot reach copies a journaling file system or an SSD keeps elsewhere, nor
/// backups: such a copy still holds its own salt and opens with the passphrase. Destroying the
/// salt makes this file, and fragments of it left without their header, useless.
[[nodiscard]] std::optional<SecurityError> wipeWorkspaceFiles(const QString &workspacePath,
                                                              const QStringList &otherFiles);

/// Opens workspaces and slows down guessing: after n wrong passphrases in a row the next try
/// is refused (RetryLater) until 2^(n-1) seconds have passed: 0, 1, 2, 4, 8 ... up to 256 s.
/// Argon2id's cost is what stops offline guessing; this stops a person at the keyboard.
/// The count lives in memory only: writing it down would reveal that a workspace exists.
class WorkspaceUnlocker {
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;
    /// `clock` is injectable so that tests need not sleep.
    explicit WorkspaceUnlocker(Clock clock = &std::chrono::steady_clock::now);

    /// Workspace::open(), unless the delay after earlier failures has not passed yet.
    [[nodiscard]] SecurityResult<Workspace> unlock(const QString &path, QByteArrayView passphrase);

    int failures() const { return m_failures; }
    /// How long the caller must still wait before the next try; zero when it may try now.
    std::chrono::milliseconds remainingDelay() const;
    /// The wait after `failures` wrong passphrases in a row.
    static std::chrono::seconds delayAfter(int failures);

private:
    Clock m_clock;
    int m_failures = 0;
    std::chrono::steady_clock::time_point m_lastFailure;
};

} // namespace blindspot
