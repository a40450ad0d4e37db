#pragma once

// The encrypted workspace: the one file that holds what a user keeps (saved plans, notes, local
// camera edits, the trust store, recent files), and beside it its key slot file.
//
// Why two files: every save writes a new workspace file and renames it over the old one, so
// the blocks of each older version stay in free disk space. If the passphrase alone opened
// them, a passphrase change or a wipe would leave every older copy readable with the (old)
// passphrase. So, as LUKS does, the content is encrypted with a random master key, and only the
// key slot file, never renamed but overwritten in place, holds that master key wrapped with a
// key derived from the passphrase. A passphrase change makes a new master key; a wipe
// overwrites the slots: either way every older copy of the workspace file needs a key that no
// longer exists anywhere.
//
// Workspace file (format 2.0):
//   bytes 0-7     magic "BSWKSP\r\n"
//   bytes 8-9     format major, 10-11 format minor (unsigned 16-bit little-endian)
//   byte  12      key source: 3 = a master key from the key slot file, split with crypto_kdf
//   bytes 13-15   zero
//   bytes 16-31   key id: names the slot that holds this file's master key
//   bytes 32-47   zero
//   bytes 48-79   key check: BLAKE2b-256 over bytes 0-47, keyed with the master key's subkey 1
//                 (crypto_kdf_derive_from_key, context "BSWkspce"), so a damaged file or slot
//                 is told apart from a wrong passphrase
//   bytes 80-103  XChaCha20-Poly1305 secretstream header; the stream's key is subkey 2
//   then the secretstream: 64 KiB chunks of the serialized workspace.proto Content, padded
//   (sodium_pad) to a multiple of kWorkspacePadBytes so the file size tells little about the
//   content's size, each chunk with 17 bytes of tag and MAC and bytes 0-103 as additional
//   data; the last chunk is tagged FINAL.
//
// Key slot file (workspaceKeySlotPath(): the workspace's name + ".keyslot"), created 0600,
// written only in place (pwrite + fsync), never renamed: two slots of 4096 bytes each, so that
// writing one can never tear the other. A slot that does not start with its magic is empty.
//   bytes 0-7     magic "BSWKEY\r\n"
//   bytes 8-9     slot format major (1), 10-11 minor (0)
//   byte  12      key derivation: 2 = Argon2id v1.3; bytes 13-15 zero
//   bytes 16-23   Argon2id opslimit, 24-31 memlimit in bytes (unsigned 64-bit little-endian)
//   bytes 32-47   salt
//   bytes 48-63   key id of the master key this slot holds
//   bytes 64-87   nonce
//   bytes 88-135  the 32-byte master key sealed with XChaCha20-Poly1305-IETF (AEAD), keyed with
//                 the Argon2id output, bytes 0-63 as additional data; the rest of the slot zero
//
// Crash safety (a crash or kill at any moment leaves a workspace that opens):
// - A save writes only the workspace file (atomically: temporary file, fsync, rename); the slot
//   it needs is already on disk.
// - A passphrase change (and the first save after upgrading a format-1 file) writes the new
//   slot into the slot the current file does not use, syncs it, then saves the workspace file
//   with the new master key, then overwrites the old slot with random bytes and syncs. Until
//   the rename the old file and its old slot open with the old passphrase; after it the new
//   file and the new slot open with the new one. A slot left over by an interrupted change is
//   overwritten the next time the workspace opens.
// - A wipe overwrites the key slot file first, then the workspace file.
// Keys never reach the disk unwrapped; the passphrase-derived key only ever wraps the master
// key.
//
// Format 1.0 (before key slots; still opened, upgraded to 2.0 on the next save): byte 12 = 2
// (Argon2id), 16-31 costs, 32-47 salt, 48-79 BLAKE2b key check keyed with the Argon2id output,
// which also keyed the unpadded secretstream.
#include "core/geo/lat_lon.h"
#include "core/security/secure_bytes.h"
#include "core/security/security_error.h"
#include "core/security/trust_store.h"

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

constexpr std::uint16_t kWorkspaceFormatMajor = 2;
constexpr std::uint16_t kWorkspaceFormatMinor = 0;
/// Workspaces written before key slots; opened, and written as format 2 on the next save.
constexpr std::uint16_t kWorkspaceLegacyFormatMajor = 1;
/// The content is padded to a multiple of this many bytes before encryption.
constexpr std::size_t kWorkspacePadBytes = 16 * 1024;
constexpr qsizetype kWorkspaceKeySlotBytes = 4096;
constexpr int kWorkspaceKeySlots = 2;
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
    [[nodiscard]] static SecurityResult<Workspace>
    create(const QString &path, QByteArrayView passphrase, const WorkspaceKdfLimits &limits);
    /// Opens the workspace at `path` with its key slot file. WrongPassphrase when the
    /// passphrase does not fit; KeyDestroyed when no slot holds the file's master key (an older
    /// copy after a passphrase change or a wipe); File errors for a missing, truncated, damaged
    /// or foreign file. The only change on disk: after a successful open, a slot an interrupted
    /// passphrase change left behind is overwritten.
    [[nodiscard]] static SecurityResult<Workspace> open(const QString &path,
                                                        QByteArrayView passphrase);
    /// As open(), from the file's bytes, reading the key slot file beside `path` (where save()
    /// will write); changes nothing on disk.
    [[nodiscard]] static SecurityResult<Workspace> openBytes(QByteArrayView fileBytes,
                                                             QByteArrayView passphrase,
                                                             const QString &path);
    /// As openBytes(), with the key slot file's bytes given too (empty: no slot file); reads
    /// nothing from disk.
    [[nodiscard]] static SecurityResult<Workspace> openBytes(QByteArrayView fileBytes,
                                                             QByteArrayView keySlotFileBytes,
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

    /// Encrypts the content and replaces the file atomically (writeFileAtomically, mode 0600):
    /// a crash or kill at any moment leaves the previous workspace or the new one, both
    /// readable. The first save of a workspace opened in format 1 writes its key slot first
    /// (see the crash-safety notes at the top of this file).
    [[nodiscard]] std::optional<SecurityError> save();
    /// Makes a new master key, wraps it with a key derived from `passphrase` (new salt) in the
    /// slot the file does not use, saves with it, then overwrites the old slot: no older copy
    /// of the workspace file opens any more, with either passphrase. On failure before the
    /// save, the old passphrase still opens the workspace; should only the final overwrite
    /// fail, the new one does (and the next open overwrites the old slot).
    [[nodiscard]] std::optional<SecurityError> changePassphrase(QByteArrayView passphrase,
                                                                const WorkspaceKdfLimits &limits);
    /// The encrypted file bytes save() would write.
    [[nodiscard]] SecurityResult<QByteArray> encryptedBytes() const;
    /// The key slot file encryptedBytes() needs, as a fresh file holding only that slot (for
    /// tests and fuzzing; the app never writes it whole).
    [[nodiscard]] SecurityResult<QByteArray> keySlotFileBytes() const;

    /// "Lock now": overwrites and frees the key and every decrypted string. Idempotent.
    void lock();
    /// "Wipe": lock(), then wipeWorkspaceFiles(path(), otherFiles).
    [[nodiscard]] std::optional<SecurityError> wipe(const QStringList &otherFiles);

private:
    Workspace();
    /// Writes the pending key slot beside the one the file uses (`slotInUse`, -1 for none),
    /// saves with its master key, then overwrites every other slot.
    [[nodiscard]] std::optional<SecurityError> saveWithNewSlot(int slotInUse);
    struct Secrets;
    QString m_path;
    std::unique_ptr<Secrets> m_secrets;
};

/// Where the key slot file of the workspace at `workspacePath` lives: beside it, its name plus
/// ".keyslot".
QString workspaceKeySlotPath(const QString &workspacePath);

/// Destroys a workspace for good, unlocked or not: overwrites its key slot file with random
/// bytes in place and syncs it (after which no older copy of the workspace file opens either),
/// then overwrites the workspace file (first its header), syncs, deletes both and any
/// temporary file an interrupted save left beside it, and does the same to each of
/// `otherFiles` (the app's settings file). Keeps going after a failure; returns the first.
/// Overwriting in place cannot reach copies a copy-on-write file system (btrfs, ZFS), a
/// journal in data mode or an SSD's wear levelling keeps elsewhere, nor backups; a format-1
/// workspace file (from before key slots) left in free space still opens with its passphrase.
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
