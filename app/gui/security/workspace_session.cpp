#include "gui/security/workspace_session.h"

#include "gui/shell/app_locations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace blindspot {

namespace {

// A fixed name that says nothing about what is inside.
const QString kWorkspaceFileName = QStringLiteral("workspace.bsw");

// The content's strings and bytes get buffers of their own: lock() overwrites them in place,
// which must not reach a string the rest of the program goes on using (the map's header, a
// camera's evidence hash, a constant the text came from).
QString ownCopy(const QString &text)
{
    return text.isNull() ? QString() : QString(text.constData(), text.size());
}

QByteArray ownCopy(const QByteArray &bytes)
{
    return bytes.isNull() ? QByteArray() : QByteArray(bytes.constData(), bytes.size());
}

const WorkspaceContent &emptyContent()
{
    static const WorkspaceContent empty;
    return empty;
}

} // namespace

WorkspaceSession::WorkspaceSession(QObject *parent) : QObject(parent) {}

WorkspaceSession::~WorkspaceSession()
{
    // Whatever was decrypted does not outlive the window, even until the process exits.
    lock();
}

QString WorkspaceSession::standardPath()
{
    // Tails' Persistent Storage or a portable folder when there is one (AppLocations).
    return QDir(AppLocations::workspaceFolder()).filePath(kWorkspaceFileName);
}

QString WorkspaceSession::defaultPath() const
{
    return m_defaultPath.isEmpty() ? standardPath() : m_defaultPath;
}

void WorkspaceSession::setDefaultPath(const QString &path)
{
    m_defaultPath = path;
}

QString WorkspaceSession::openPath() const
{
    return m_workspace ? m_workspace->path() : QString();
}

void WorkspaceSession::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    if (changed)
        emit stateChanged(state);
    emit contentChanged();
}

std::optional<SecurityError> WorkspaceSession::create(const QString &path,
                                                      QByteArrayView passphrase)
{
    if (m_state == State::Unlocked)
        return securityError(SecurityErrorCode::Locked, path);
    // The folder is the user's alone: the file is encrypted, but its existence is nobody's
    // business either.
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return fileError(blindspot::fileError(
            path, ParseErrorCode::CannotWrite, ParseReason::Message,
            {tr("its folder %1 cannot be made").arg(QDir::toNativeSeparators(folder))}));
    }
    if (folder == QFileInfo(defaultPath()).absolutePath())
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    SecurityResult<Workspace> made = Workspace::create(path, passphrase, m_limits);
    if (auto *error = std::get_if<SecurityError>(&made))
        return *error;
    Workspace workspace = std::get<Workspace>(std::move(made));
    if (m_state == State::MemoryOnly && m_memory != WorkspaceContent{}) {
        workspace.content() = std::move(m_memory);
        m_memory = {};
        if (auto error = workspace.save()) {
            // The content stays in memory, as before, and the new, empty file goes again.
            m_memory = std::move(workspace.content());
            workspace.content() = {};
            workspace.lock();
            (void)wipeWorkspaceFiles(path, {});
            return error;
        }
    }
    m_workspace.emplace(std::move(workspace));
    setState(State::Unlocked);
    return std::nullopt;
}

std::optional<SecurityError> WorkspaceSession::unlock(const QString &path,
                                                      QByteArrayView passphrase)
{
    if (m_state != State::Locked)
        return securityError(SecurityErrorCode::Locked, path);
    SecurityResult<Workspace> opened = m_unlocker.unlock(path, passphrase);
    if (auto *error = std::get_if<SecurityError>(&opened))
        return *error;
    m_workspace.emplace(std::get<Workspace>(std::move(opened)));
    setState(State::Unlocked);
    return std::nullopt;
}

void WorkspaceSession::continueWithoutWorkspace()
{
    if (m_state != State::Locked)
        return;
    m_memory = {};
    setState(State::MemoryOnly);
}

void WorkspaceSession::lock()
{
    // Wiping overwrites every string of the content in place, and with it the copies the GUI
    // made of them (menus, form fields) while they still share its buffers.
    if (m_workspace) {
        m_workspace->lock();
        m_workspace.reset();
    }
    m_memory.wipe();
    if (m_state != State::Locked)
        setState(State::Locked);
}

std::optional<SecurityError> WorkspaceSession::wipe(const QStringList &otherFiles)
{
    std::optional<SecurityError> failure;
    if (m_workspace) {
        failure = m_workspace->wipe(otherFiles);
        m_workspace.reset();
    } else {
        failure = wipeWorkspaceFiles(defaultPath(), otherFiles);
    }
    m_memory.wipe();
    setState(State::Locked);
    return failure;
}

const WorkspaceContent &WorkspaceSession::content() const
{
    switch (m_state) {
    case State::Unlocked:
        return m_workspace->content();
    case State::MemoryOnly:
        return m_memory;
    case State::Locked:
        break;
    }
    return emptyContent();
}

WorkspaceContent &WorkspaceSession::mutableContent()
{
    return m_state == State::Unlocked ? m_workspace->content() : m_memory;
}

std::optional<SecurityError>
WorkspaceSession::change(const std::function<void(WorkspaceContent &)> &apply,
                         const std::function<void(WorkspaceContent &)> &undo)
{
    if (m_state == State::Locked)
        return securityError(SecurityErrorCode::Locked, defaultPath());
    apply(mutableContent());
    if (m_state == State::Unlocked) {
        if (auto error = m_workspace->save()) {
            undo(mutableContent());
            return error;
        }
    }
    emit contentChanged();
    return std::nullopt;
}

std::optional<SecurityError> WorkspaceSession::addPlan(SavedPlan plan)
{
    for (QString *text : {&plan.name, &plan.fromPlace, &plan.toPlace, &plan.mode, &plan.profile,
                          &plan.datasetId, &plan.notes})
        *text = ownCopy(*text);
    return change([&](WorkspaceContent &c) { c.plans.push_back(std::move(plan)); },
                  [](WorkspaceContent &c) { c.plans.pop_back(); });
}

std::optional<SecurityError> WorkspaceSession::removePlan(std::size_t index)
{
    if (index >= content().plans.size())
        return std::nullopt;
    std::optional<SavedPlan> removed;
    return change(
        [&](WorkspaceContent &c) {
            removed = std::move(c.plans[index]);
            c.plans.erase(c.plans.begin() + std::ptrdiff_t(index));
        },
        [&](WorkspaceContent &c) {
            c.plans.insert(c.plans.begin() + std::ptrdiff_t(index), std::move(*removed));
        });
}

std::optional<SecurityError> WorkspaceSession::addRecentFile(const QString &path)
{
    const QString absolute = ownCopy(QFileInfo(path).absoluteFilePath());
    QStringList before;
    return change(
        [&](WorkspaceContent &c) {
            before = c.recentFiles;
            c.recentFiles.removeAll(absolute);
            c.recentFiles.prepend(absolute);
            while (c.recentFiles.size() > kMaxRecentFiles)
                c.recentFiles.removeLast();
        },
        [&](WorkspaceContent &c) { c.recentFiles = before; });
}

std::optional<SecurityError> WorkspaceSession::trustKey(const MinisignPublicKey &key,
                                                        const QString &name)
{
    if (!hasContent())
        return securityError(SecurityErrorCode::Locked, defaultPath());
    // Tried on a copy first, so that a refusal leaves nothing to save or take back.
    TrustStore after = content().trust;
    if (auto refused = after.trust(key, ownCopy(name), QDateTime::currentDateTimeUtc()))
        return refused;
    TrustStore before;
    return change(
        [&](WorkspaceContent &c) {
            before = c.trust;
            c.trust = std::move(after);
        },
        [&](WorkspaceContent &c) { c.trust = before; });
}

std::optional<SecurityError>
WorkspaceSession::recordImport(const DatasetHeader &header,
                               const std::optional<MinisignPublicKey> &signer)
{
    DatasetHeader own;
    own.id = ownCopy(header.id);
    own.version = header.version;
    TrustStore before;
    return change(
        [&](WorkspaceContent &c) {
            before = c.trust;
            c.trust.recordImport(own, signer, QDateTime::currentDateTimeUtc());
        },
        [&](WorkspaceContent &c) { c.trust = before; });
}

std::optional<SecurityError> WorkspaceSession::distrustKey(const MinisignPublicKey &key)
{
    const TrustedSigner *signer = content().trust.signer(key.keyId);
    if (!signer || signer->key != key)
        return std::nullopt;
    TrustStore before;
    return change(
        [&](WorkspaceContent &c) {
            before = c.trust;
            c.trust.distrust(key);
        },
        [&](WorkspaceContent &c) { c.trust = before; });
}

std::optional<SecurityError> WorkspaceSession::addNote(WorkspaceNote note)
{
    note.title = ownCopy(note.title);
    note.text = ownCopy(note.text);
    return change([&](WorkspaceContent &c) { c.notes.push_back(std::move(note)); },
                  [](WorkspaceContent &c) { c.notes.pop_back(); });
}

std::optional<SecurityError> WorkspaceSession::updateNote(std::size_t index, WorkspaceNote note)
{
    if (index >= content().notes.size())
        return std::nullopt;
    note.title = ownCopy(note.title);
    note.text = ownCopy(note.text);
    return change([&](WorkspaceContent &c) { std::swap(c.notes[index], note); },
                  [&](WorkspaceContent &c) { std::swap(c.notes[index], note); });
}

std::optional<SecurityError> WorkspaceSession::removeNote(std::size_t index)
{
    if (index >= content().notes.size())
        return std::nullopt;
    std::optional<WorkspaceNote> removed;
    return change(
        [&](WorkspaceContent &c) {
            removed = std::move(c.notes[index]);
            c.notes.erase(c.notes.begin() + std::ptrdiff_t(index));
        },
        [&](WorkspaceContent &c) {
            c.notes.insert(c.notes.begin() + std::ptrdiff_t(index), std::move(*removed));
        });
}

std::optional<SecurityError> WorkspaceSession::setCameraEdits(const QByteArray &packBytes)
{
    QByteArray edits = ownCopy(packBytes);
    return change([&](WorkspaceContent &c) { std::swap(c.cameraEdits, edits); },
                  [&](WorkspaceContent &c) { std::swap(c.cameraEdits, edits); });
}

std::optional<SecurityError> WorkspaceSession::changePassphrase(QByteArrayView current,
                                                                QByteArrayView replacement)
{
    if (m_state != State::Unlocked)
        return securityError(SecurityErrorCode::Locked, defaultPath());
    // The workspace in memory cannot tell whether `current` is its passphrase (the key is all
    // it keeps), so the file is opened with it, through the unlocker that counts failures. The
    // copy this decrypts is locked (overwritten) at once.
    SecurityResult<Workspace> check = m_unlocker.unlock(m_workspace->path(), current);
    if (auto *error = std::get_if<SecurityError>(&check))
        return *error;
    std::get<Workspace>(check).lock();
    return m_workspace->changePassphrase(replacement, m_limits);
}

std::optional<SecurityError> WorkspaceSession::addPhoto(EvidencePhoto photo)
{
    if (this->photo(photo.sha256))
        return std::nullopt;
    photo.sha256 = ownCopy(photo.sha256);
    photo.image = ownCopy(photo.image);
    return change([&](WorkspaceContent &c) { c.photos.push_back(std::move(photo)); },
                  [](WorkspaceContent &c) { c.photos.pop_back(); });
}

const EvidencePhoto *WorkspaceSession::photo(const QByteArray &sha256) const
{
    const auto &photos = content().photos;
    const auto it = std::find_if(photos.begin(), photos.end(),
                                 [&](const EvidencePhoto &p) { return p.sha256 == sha256; });
    return it == photos.end() ? nullptr : &*it;
}

} // namespace blindspot
