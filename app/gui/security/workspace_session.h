#pragma once

#include "core/security/workspace.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace blindspot {

/// The user's own material for this run of the program: an unlocked encrypted workspace, or
/// (without one) the same content kept in memory only, or nothing at all while locked.
///
/// Every change goes through one of the change functions below, which save the workspace at
/// once; when saving fails the change is taken back, so what is shown is what is on disk.
/// Nothing here writes anything but the encrypted workspace file: no path is remembered between
/// runs (the default workspace lives at a fixed place, defaultPath()).
class WorkspaceSession : public QObject {
    Q_OBJECT
public:
    enum class State : std::uint8_t {
        Locked,     ///< No content: the unlock screen is up.
        Unlocked,   ///< An encrypted workspace is open; every change is saved to it.
        MemoryOnly, ///< No workspace: the content lives until the program exits.
    };

    /// Starts in memory-only state (what the tests and screenshots run in); the program asks
    /// for the unlock screen on startup (LockController::showUnlockScreen).
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    State state() const { return m_state; }
    bool hasContent() const { return m_state != State::Locked; }

    /// The workspace file's fixed place: "workspace.bsw" in AppLocations::workspaceFolder()
    /// (Tails' Persistent Storage, a portable folder or the app's data folder), so that
    /// no setting needs to name it.
    static QString standardPath();
    /// Where a new workspace is made and which one the unlock screen offers first:
    /// standardPath() unless set (tests point it at a temporary folder).
    QString defaultPath() const;
    void setDefaultPath(const QString &path);
    /// The open workspace's file; empty when none is open.
    QString openPath() const;

    /// Argon2id cost for workspaces made from now on: MODERATE unless a test lowers it.
    void setKdfLimits(const WorkspaceKdfLimits &limits) { m_limits = limits; }
    const WorkspaceKdfLimits &kdfLimits() const { return m_limits; }

    /// Makes a new workspace at `path`. From memory-only state the content kept so far moves
    /// into it. Refused (File error) when a file is already there.
    [[nodiscard]] std::optional<SecurityError> create(const QString &path,
                                                      QByteArrayView passphrase);
    /// Opens the workspace at `path` (only while locked). WrongPassphrase counts towards the
    /// growing delay; RetryLater while that delay runs. Nothing on disk changes either way.
    [[nodiscard]] std::optional<SecurityError> unlock(const QString &path,
                                                      QByteArrayView passphrase);
    /// How long until the next try may be made; zero when now.
    std::chrono::milliseconds remainingDelay() const { return m_unlocker.remainingDelay(); }
    int failedTries() const { return m_unlocker.failures(); }
    /// Leaves the locked state without a workspace: content in memory only.
    void continueWithoutWorkspace();

    /// "Lock now": overwrites and drops the key and everything decrypted. Idempotent.
    void lock();
    /// "Wipe": locks, then destroys the open workspace (or, when none is open, the one at
    /// defaultPath()) and each of `otherFiles`. Returns the first failure; keeps going after it.
    [[nodiscard]] std::optional<SecurityError> wipe(const QStringList &otherFiles);

    /// The content; empty while locked.
    const WorkspaceContent &content() const;

    // Changes, each saved at once (memory-only: kept in memory). Refused (Locked) while locked.
    [[nodiscard]] std::optional<SecurityError> addPlan(SavedPlan plan);
    [[nodiscard]] std::optional<SecurityError> removePlan(std::size_t index);
    /// Puts `path` first in the recent files (at most kMaxRecentFiles).
    [[nodiscard]] std::optional<SecurityError> addRecentFile(const QString &path);
    /// Trusts `key` (see TrustStore::trust): KeyIdTaken, with nothing changed, when another
    /// key with its key id is trusted.
    [[nodiscard]] std::optional<SecurityError> trustKey(const MinisignPublicKey &key,
                                                        const QString &name);
    [[nodiscard]] std::optional<SecurityError>
    recordImport(const DatasetHeader &header, const std::optional<MinisignPublicKey> &signer);
    /// Removes a trusted key; nothing happens when it is not there.
    [[nodiscard]] std::optional<SecurityError> distrustKey(const MinisignPublicKey &key);
    /// Notes (title and text); `index` counts from 0 in content().notes.
    [[nodiscard]] std::optional<SecurityError> addNote(WorkspaceNote note);
    [[nodiscard]] std::optional<SecurityError> updateNote(std::size_t index, WorkspaceNote note);
    [[nodiscard]] std::optional<SecurityError> removeNote(std::size_t index);
    /// Replaces the stored map edits (a .bspack, see WorkspaceContent::cameraEdits); empty
    /// bytes clear them.
    [[nodiscard]] std::optional<SecurityError> setCameraEdits(const QByteArray &packBytes);
    /// Checks `current` as unlock() does (a wrong one counts towards the growing delay), then
    /// saves the open workspace under a key derived from `replacement`. Only while Unlocked;
    /// on any failure the workspace and its file stay as they were.
    [[nodiscard]] std::optional<SecurityError> changePassphrase(QByteArrayView current,
                                                                QByteArrayView replacement);
    /// Stores a redacted photo (unless one with the same hash is there).
    [[nodiscard]] std::optional<SecurityError> addPhoto(EvidencePhoto photo);
    /// The stored photo with this SHA-256, if any.
    const EvidencePhoto *photo(const QByteArray &sha256) const;

    static constexpr int kMaxRecentFiles = 8;

signals:
    void stateChanged(blindspot::WorkspaceSession::State state);
    /// After every change of the content, including its loss on lock.
    void contentChanged();

private:
    WorkspaceContent &mutableContent();
    /// Runs `change` on the content and saves; on a failed save runs `undo` and reports it.
    std::optional<SecurityError> change(const std::function<void(WorkspaceContent &)> &change,
                                        const std::function<void(WorkspaceContent &)> &undo);
    void setState(State state);

    State m_state = State::MemoryOnly;
    QString m_defaultPath;
    WorkspaceKdfLimits m_limits = WorkspaceKdfLimits::moderate();
    std::optional<Workspace> m_workspace;
    WorkspaceContent m_memory;
    WorkspaceUnlocker m_unlocker;
};

} // namespace blindspot
