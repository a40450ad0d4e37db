#include "security/workspace.h"

#include "io/atomic_file.h"
#include "security/workspace.pb.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <google/protobuf/message.h>
#include <sodium.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace blindspot {

namespace {

namespace pb = blindspot::workspace;

constexpr QByteArrayView kMagic = "BSWKSP\r\n";
constexpr std::uint8_t kKdfArgon2id13 = 2;
static_assert(crypto_pwhash_ALG_ARGON2ID13 == kKdfArgon2id13);
constexpr qsizetype kKeyCheckedBytes = 48;  // magic to salt: what the key check covers
constexpr qsizetype kKeyCheckOffset = 48;
constexpr qsizetype kStreamHeaderOffset = 80;
static_assert(kStreamHeaderOffset + crypto_secretstream_xchacha20poly1305_HEADERBYTES ==
              kWorkspaceHeaderBytes);
constexpr std::size_t kChunkBytes = 64 * 1024;
constexpr std::size_t kSealedChunkBytes = kChunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr std::uint32_t kContentSchema = 1;

void storeLe(unsigned char *out, std::uint64_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out[i] = static_cast<unsigned char>(value >> (8 * i));
}

std::uint64_t loadLe(const unsigned char *in, int bytes)
{
    std::uint64_t value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = (value << 8) | in[i];
    return value;
}

const unsigned char *bytesOf(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

ParseError errorIn(const QString &file, ParseErrorCode code, std::int64_t offset = -1,
                   const QString &detail = {})
{
    ParseError e;
    e.file = file;
    e.code = code;
    e.byteOffset = offset;
    e.detail = detail;
    return e;
}

/// The parsed, not yet trusted, first 48 bytes.
struct FileHeader {
    WorkspaceKdfLimits limits;
    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{};
};

Result<FileHeader> parseHeader(QByteArrayView bytes, const QString &name)
{
    if (bytes.isEmpty())
        return errorIn(name, ParseErrorCode::Empty);
    if (bytes.size() < kMagic.size() || !bytes.startsWith(kMagic))
        return errorIn(name, ParseErrorCode::NotThisFormat, 0);
    if (bytes.size() < kWorkspaceHeaderBytes + crypto_secretstream_xchacha20poly1305_ABYTES)
        return errorIn(name, ParseErrorCode::Truncated, bytes.size());
    const unsigned char *b = bytesOf(bytes);
    const auto major = loadLe(b + 8, 2);
    if (major != kWorkspaceFormatMajor)
        return errorIn(name, major > kWorkspaceFormatMajor ? ParseErrorCode::FutureVersion
                                                           : ParseErrorCode::Unsupported,
                       8, QString::number(major));
    if (b[12] != kKdfArgon2id13)
        return errorIn(name, ParseErrorCode::Unsupported, 12, QStringLiteral("key derivation"));
    if (b[13] != 0 || b[14] != 0 || b[15] != 0)
        return errorIn(name, ParseErrorCode::Malformed, 13, QStringLiteral("reserved bytes"));
    FileHeader header;
    header.limits.opsLimit = loadLe(b + 16, 8);
    header.limits.memLimit = loadLe(b + 24, 8);
    // Any cost between libsodium's minimum and its SENSITIVE level opens; beyond it a hostile
    // file could make opening take minutes or gigabytes.
    const WorkspaceKdfLimits low = WorkspaceKdfLimits::minimum();
    if (header.limits.opsLimit < low.opsLimit || header.limits.memLimit < low.memLimit ||
        header.limits.opsLimit > crypto_pwhash_OPSLIMIT_SENSITIVE ||
        header.limits.memLimit > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return errorIn(name, ParseErrorCode::Unsupported, 16, QStringLiteral("key derivation cost"));
    std::memcpy(header.salt.data(), b + 32, header.salt.size());
    return header;
}

QByteArray headerPrefix(const WorkspaceKdfLimits &limits, const unsigned char *salt)
{
    QByteArray h(kKeyCheckedBytes, '\0');
    auto *b = reinterpret_cast<unsigned char *>(h.data());
    std::memcpy(b, kMagic.data(), 8);
    storeLe(b + 8, kWorkspaceFormatMajor, 2);
    storeLe(b + 10, kWorkspaceFormatMinor, 2);
    b[12] = kKdfArgon2id13;
    storeLe(b + 16, limits.opsLimit, 8);
    storeLe(b + 24, limits.memLimit, 8);
    std::memcpy(b + 32, salt, crypto_pwhash_SALTBYTES);
    return h;
}

SecureBytes deriveKey(QByteArrayView passphrase, const unsigned char *salt,
                      const WorkspaceKdfLimits &limits)
{
    SecureBytes key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (key.isNull())
        return key;
    if (crypto_pwhash(key.data(), key.size(), nonNullData(passphrase),
                      static_cast<unsigned long long>(passphrase.size()), salt, limits.opsLimit,
                      static_cast<std::size_t>(limits.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        key.wipe();
    return key;
}

QByteArray keyCheck(QByteArrayView prefix, const SecureBytes &key)
{
    QByteArray check(32, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(check.data()), 32, bytesOf(prefix),
                       static_cast<unsigned long long>(prefix.size()), key.data(), key.size());
    return check;
}

/// Overwrites every string in a message tree in place: protobuf keeps its own copies of the
/// decrypted text, which must not outlive the workspace's lock.
void scrub(google::protobuf::Message &message)
{
    using google::protobuf::FieldDescriptor;
    const google::protobuf::Reflection *reflection = message.GetReflection();
    std::vector<const FieldDescriptor *> fields;
    reflection->ListFields(message, &fields);
    auto zero = [](const std::string &s, const std::string &scratch) {
        if (&s != &scratch && !s.empty())
            sodium_memzero(const_cast<char *>(s.data()), s.size());
    };
    for (const FieldDescriptor *field : fields) {
        if (field->cpp_type() == FieldDescriptor::CPPTYPE_STRING) {
            std::string scratch;
            if (field->is_repeated()) {
                for (int i = 0; i < reflection->FieldSize(message, field); ++i)
                    zero(reflection->GetRepeatedStringReference(message, field, i, &scratch), scratch);
            } else {
                zero(reflection->GetStringReference(message, field, &scratch), scratch);
            }
        } else if (field->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
            if (field->is_repeated()) {
                for (int i = 0; i < reflection->FieldSize(message, field); ++i)
                    scrub(*reflection->MutableRepeatedMessage(&message, field, i));
            } else {
                scrub(*reflection->MutableMessage(&message, field));
            }
        }
    }
}

/// Sets a protobuf string without leaving an unwiped UTF-8 copy behind.
void setString(std::string *target, const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    target->assign(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    wipeBytes(utf8);
}

QString fromProto(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::int64_t toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(std::int64_t ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

void setPosition(pb::Position *target, const LatLon &position)
{
    target->set_lat(position.lat);
    target->set_lon(position.lon);
}

LatLon positionOf(bool present, const pb::Position &position)
{
    return present ? LatLon{position.lat(), position.lon()} : LatLon{};
}

void toProto(const WorkspaceContent &content, pb::Content &out)
{
    out.set_schema_version(kContentSchema);
    for (const SavedPlan &plan : content.plans) {
        pb::SavedPlan *p = out.add_plans();
        setString(p->mutable_name(), plan.name);
        setString(p->mutable_from_place(), plan.fromPlace);
        setString(p->mutable_to_place(), plan.toPlace);
        if (plan.fromPosition.isValid())
            setPosition(p->mutable_from_position(), plan.fromPosition);
        if (plan.toPosition.isValid())
            setPosition(p->mutable_to_position(), plan.toPosition);
        setString(p->mutable_mode(), plan.mode);
        setString(p->mutable_profile(), plan.profile);
        setString(p->mutable_dataset_id(), plan.datasetId);
        p->set_created_ms(toMs(plan.created));
        setString(p->mutable_notes(), plan.notes);
    }
    for (const WorkspaceNote &note : content.notes) {
        pb::Note *n = out.add_notes();
        setString(n->mutable_title(), note.title);
        setString(n->mutable_text(), note.text);
        n->set_modified_ms(toMs(note.modified));
    }
    out.set_camera_edits(content.cameraEdits.constData(),
                         static_cast<std::size_t>(content.cameraEdits.size()));
    for (const TrustedSigner &signer : content.trust.signers()) {
        pb::Signer *s = out.add_signers();
        s->set_key_id(signer.key.keyId.data(), signer.key.keyId.size());
        s->set_public_key(signer.key.key.data(), signer.key.key.size());
        setString(s->mutable_name(), signer.name);
        s->set_added_ms(toMs(signer.addedAt));
    }
    for (const SeenDataset &seen : content.trust.seen()) {
        pb::SeenDataset *d = out.add_seen();
        setString(d->mutable_dataset_id(), seen.datasetId);
        d->set_highest_version(seen.highestVersion);
        if (seen.signer) {
            d->set_signer_key_id(seen.signer->keyId.data(), seen.signer->keyId.size());
            d->set_signer_public_key(seen.signer->key.data(), seen.signer->key.size());
        } else if (seen.legacySignerKeyId) {
            d->set_signer_key_id(seen.legacySignerKeyId->data(), seen.legacySignerKeyId->size());
        }
        d->set_last_seen_ms(toMs(seen.lastSeen));
    }
    for (const QString &file : content.recentFiles)
        setString(out.add_recent_files(), file);
    for (const EvidencePhoto &photo : content.photos) {
        pb::EvidencePhoto *p = out.add_photos();
        p->set_sha256(photo.sha256.constData(), static_cast<std::size_t>(photo.sha256.size()));
        p->set_image(photo.image.constData(), static_cast<std::size_t>(photo.image.size()));
        p->set_added_ms(toMs(photo.added));
    }
}

template <std::size_t N> bool copyFixed(const std::string &from, std::array<std::uint8_t, N> &to)
{
    if (from.size() != N)
        return false;
    std::memcpy(to.data(), from.data(), N);
    return true;
}

std::optional<WorkspaceContent> fromProto(const pb::Content &in)
{
    WorkspaceContent content;
    for (const pb::SavedPlan &p : in.plans()) {
        SavedPlan plan;
        plan.name = fromProto(p.name());
        plan.fromPlace = fromProto(p.from_place());
        plan.toPlace = fromProto(p.to_place());
        plan.fromPosition = positionOf(p.has_from_position(), p.from_position());
        plan.toPosition = positionOf(p.has_to_position(), p.to_position());
        plan.mode = fromProto(p.mode());
        plan.profile = fromProto(p.profile());
        plan.datasetId = fromProto(p.dataset_id());
        plan.created = fromMs(p.created_ms());
        plan.notes = fromProto(p.notes());
        content.plans.push_back(std::move(plan));
    }
    for (const pb::Note &n : in.notes())
        content.notes.push_back({fromProto(n.title()), fromProto(n.text()), fromMs(n.modified_ms())});
    content.cameraEdits = QByteArray(in.camera_edits().data(),
                                     static_cast<qsizetype>(in.camera_edits().size()));
    std::vector<TrustedSigner> signers;
    for (const pb::Signer &s : in.signers()) {
        TrustedSigner signer;
        if (!copyFixed(s.key_id(), signer.key.keyId) || !copyFixed(s.public_key(), signer.key.key))
            return std::nullopt;
        signer.name = fromProto(s.name());
        signer.addedAt = fromMs(s.added_ms());
        signers.push_back(std::move(signer));
    }
    std::vector<SeenDataset> seen;
    for (const pb::SeenDataset &d : in.seen()) {
        SeenDataset entry;
        entry.datasetId = fromProto(d.dataset_id());
        entry.highestVersion = d.highest_version();
        if (!d.signer_key_id().empty()) {
            MinisignPublicKey key;
            if (!copyFixed(d.signer_key_id(), key.keyId))
                return std::nullopt;
            if (d.signer_public_key().empty())
                entry.legacySignerKeyId = key.keyId; // an older workspace: see SeenDataset
            else if (copyFixed(d.signer_public_key(), key.key))
                entry.signer = key;
            else
                return std::nullopt;
        } else if (!d.signer_public_key().empty()) {
            return std::nullopt;
        }
        entry.lastSeen = fromMs(d.last_seen_ms());
        seen.push_back(std::move(entry));
    }
    content.trust.restore(std::move(signers), std::move(seen));
    for (const std::string &file : in.recent_files())
        content.recentFiles << fromProto(file);
    for (const pb::EvidencePhoto &p : in.photos())
        content.photos.push_back({QByteArray(p.sha256().data(), static_cast<qsizetype>(p.sha256().size())),
                                  QByteArray(p.image().data(), static_cast<qsizetype>(p.image().size())),
                                  fromMs(p.added_ms())});
    return content;
}

/// Overwrites a file with random bytes, syncs and deletes it. Salt and key check come first:
/// once they are gone, no passphrase opens what may survive elsewhere on the disk.
std::optional<SecurityError> destroyFile(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat info {};
    if (::lstat(name.constData(), &info) != 0)
        return errno == ENOENT ? std::nullopt
                               : std::optional(fileError(errorIn(path, ParseErrorCode::CannotWrite, -1,
                                                                 QString::fromLocal8Bit(std::strerror(errno)))));
    std::optional<SecurityError> failure;
    auto fail = [&](int error) {
        if (!failure)
            failure = fileError(errorIn(path, ParseErrorCode::CannotWrite, -1,
                                        QString::fromLocal8Bit(std::strerror(error))));
    };
    if (S_ISREG(info.st_mode)) {
        const int fd = ::open(name.constData(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0) {
            fail(errno);
        } else {
            unsigned char noise[64 * 1024];
            off_t done = 0;
            while (done < info.st_size) {
                // The header (salt and key check) goes first and alone, synced before the rest:
                // should the rest fail, no passphrase opens the file any more.
                const off_t step = done < kWorkspaceHeaderBytes ? kWorkspaceHeaderBytes - done
                                                                : static_cast<off_t>(sizeof noise);
                const std::size_t n = static_cast<std::size_t>(std::min<off_t>(step, info.st_size - done));
                randombytes_buf(noise, n);
                const ssize_t written = ::pwrite(fd, noise, n, done);
                if (written <= 0) {
                    if (written < 0 && errno == EINTR)
                        continue;
                    fail(errno);
                    break;
                }
                done += written;
                if (done == kWorkspaceHeaderBytes)
                    ::fdatasync(fd);
            }
            if (::fsync(fd) != 0)
                fail(errno);
            ::close(fd);
        }
    }
    if (::unlink(name.constData()) != 0 && errno != ENOENT)
        fail(errno);
    return failure;
}

void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

WorkspaceKdfLimits WorkspaceKdfLimits::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

WorkspaceKdfLimits WorkspaceKdfLimits::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

WorkspaceKdfLimits WorkspaceKdfLimits::minimum()
{
    // Argon2id needs at least one pass; libsodium's ALG_ARGON2ID13 minimum opslimit is 1.
    return {std::max<std::uint64_t>(crypto_pwhash_OPSLIMIT_MIN, 1), crypto_pwhash_MEMLIMIT_MIN};
}

void WorkspaceContent::wipe()
{
    for (SavedPlan &plan : plans) {
        for (QString *s : {&plan.name, &plan.fromPlace, &plan.toPlace, &plan.mode, &plan.profile,
                           &plan.datasetId, &plan.notes})
            wipeString(*s);
        plan.fromPosition = {};
        plan.toPosition = {};
    }
    plans.clear();
    plans.shrink_to_fit();
    for (WorkspaceNote &note : notes) {
        wipeString(note.title);
        wipeString(note.text);
    }
    notes.clear();
    notes.shrink_to_fit();
    wipeBytes(cameraEdits);
    trust.wipe();
    for (QString &file : recentFiles)
        wipeString(file);
    recentFiles.clear();
    for (EvidencePhoto &photo : photos) {
        wipeBytes(photo.sha256);
        wipeBytes(photo.image);
    }
    photos.clear();
    photos.shrink_to_fit();
}

struct Workspace::Secrets {
    SecureBytes key;
    WorkspaceKdfLimits limits;
    WorkspaceContent content;
};

Workspace::Workspace() = default;
Workspace::Workspace(Workspace &&) noexcept = default;
Workspace &Workspace::operator=(Workspace &&other) noexcept
{
    if (this != &other) {
        lock();
        m_path = std::move(other.m_path);
        m_header = std::move(other.m_header);
        m_secrets = std::move(other.m_secrets);
    }
    return *this;
}

Workspace::~Workspace()
{
    lock();
}

bool Workspace::isUnlocked() const
{
    return m_secrets != nullptr;
}

WorkspaceKdfLimits Workspace::limits() const
{
    return m_secrets ? m_secrets->limits : WorkspaceKdfLimits{};
}

WorkspaceContent &Workspace::content()
{
    static thread_local WorkspaceContent locked;
    if (!m_secrets) {
        locked = {};
        return locked;
    }
    return m_secrets->content;
}

const WorkspaceContent &Workspace::content() const
{
    static const WorkspaceContent locked;
    return m_secrets ? m_secrets->content : locked;
}

SecurityResult<Workspace> Workspace::create(const QString &path, QByteArrayView passphrase,
                                            const WorkspaceKdfLimits &limits)
{
    if (!initSodium())
        return securityError(SecurityErrorCode::OutOfMemory, path);
    if (QFileInfo::exists(path))
        return fileError(errorIn(path, ParseErrorCode::CannotWrite, -1, QStringLiteral("file exists")));
    Workspace w;
    w.m_path = path;
    w.m_secrets = std::make_unique<Secrets>();
    if (auto error = w.changePassphrase(passphrase, limits))
        return *error;
    return w;
}

SecurityResult<Workspace> Workspace::open(const QString &path, QByteArrayView passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(errorIn(path, ParseErrorCode::CannotOpen, -1, file.errorString()));
    if (file.size() > kMaxWorkspaceBytes)
        return fileError(errorIn(path, ParseErrorCode::TooLarge, -1, QString::number(kMaxWorkspaceBytes)));
    const QByteArray bytes = file.read(kMaxWorkspaceBytes + 1);
    return openBytes(bytes, passphrase, path);
}

SecurityResult<Workspace> Workspace::openBytes(QByteArrayView bytes, QByteArrayView passphrase,
                                               const QString &path)
{
    if (!initSodium())
        return securityError(SecurityErrorCode::OutOfMemory, path);
    if (bytes.size() > kMaxWorkspaceBytes)
        return fileError(errorIn(path, ParseErrorCode::TooLarge, -1, QString::number(kMaxWorkspaceBytes)));
    const Result<FileHeader> parsed = parseHeader(bytes, path);
    if (const auto *e = std::get_if<ParseError>(&parsed))
        return fileError(*e);
    const FileHeader &header = std::get<FileHeader>(parsed);

    Workspace w;
    w.m_path = path;
    w.m_secrets = std::make_unique<Secrets>();
    w.m_secrets->limits = header.limits;
    w.m_secrets->key = deriveKey(passphrase, header.salt.data(), header.limits);
    if (w.m_secrets->key.isNull())
        return securityError(SecurityErrorCode::OutOfMemory, path);
    const QByteArrayView prefix = bytes.first(kKeyCheckedBytes);
    if (sodium_memcmp(keyCheck(prefix, w.m_secrets->key).constData(),
                      bytes.data() + kKeyCheckOffset, 32) != 0)
        return securityError(SecurityErrorCode::WrongPassphrase, path);
    w.m_header = bytes.first(kStreamHeaderOffset).toByteArray();

    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, bytesOf(bytes) + kStreamHeaderOffset, w.m_secrets->key.data()) != 0)
        return fileError(errorIn(path, ParseErrorCode::Malformed, kStreamHeaderOffset));
    const QByteArrayView additional = bytes.first(kWorkspaceHeaderBytes);
    const QByteArrayView sealed = bytes.sliced(kWorkspaceHeaderBytes);
    SecureBytes plain(static_cast<std::size_t>(sealed.size()));
    if (plain.isNull())
        return securityError(SecurityErrorCode::OutOfMemory, path);
    std::size_t plainSize = 0;
    qsizetype offset = 0;
    bool final = false;
    while (!final) {
        const qsizetype left = sealed.size() - offset;
        if (left < static_cast<qsizetype>(crypto_secretstream_xchacha20poly1305_ABYTES)) {
            sodium_memzero(&state, sizeof state);
            return fileError(errorIn(path, ParseErrorCode::Truncated, kWorkspaceHeaderBytes + offset));
        }
        const qsizetype chunk = std::min<qsizetype>(left, kSealedChunkBytes);
        unsigned long long produced = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, plain.data() + plainSize, &produced, &tag, bytesOf(sealed) + offset,
                static_cast<unsigned long long>(chunk), bytesOf(additional),
                static_cast<unsigned long long>(additional.size())) != 0) {
            sodium_memzero(&state, sizeof state);
            return fileError(errorIn(path, ParseErrorCode::ChecksumMismatch, kWorkspaceHeaderBytes + offset));
        }
        plainSize += static_cast<std::size_t>(produced);
        offset += chunk;
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (!final && offset == sealed.size()) {
            sodium_memzero(&state, sizeof state);
            return fileError(errorIn(path, ParseErrorCode::Truncated, kWorkspaceHeaderBytes + offset));
        }
    }
    sodium_memzero(&state, sizeof state);
    if (offset != sealed.size())
        return fileError(errorIn(path, ParseErrorCode::Malformed, kWorkspaceHeaderBytes + offset,
                                 QStringLiteral("bytes after the end")));

    pb::Content message;
    const bool parsedContent = message.ParseFromArray(plain.data(), static_cast<int>(plainSize));
    plain.wipe();
    std::optional<WorkspaceContent> content;
    if (parsedContent)
        content = fromProto(message);
    scrub(message);
    if (!content)
        return fileError(errorIn(path, ParseErrorCode::Malformed, -1, QStringLiteral("content")));
    w.m_secrets->content = std::move(*content);
    return w;
}

SecurityResult<QByteArray> Workspace::encryptedBytes() const
{
    if (!m_secrets || m_header.size() != kStreamHeaderOffset)
        return securityError(SecurityErrorCode::Locked, m_path);
    pb::Content message;
    toProto(m_secrets->content, message);
    const std::size_t plainSize = message.ByteSizeLong();
    if (plainSize > static_cast<std::size_t>(kMaxWorkspaceBytes) / 2) {
        scrub(message);
        return fileError(errorIn(m_path, ParseErrorCode::TooLarge, -1, QString::number(kMaxWorkspaceBytes)));
    }
    SecureBytes plain(plainSize);
    if (plain.isNull()) {
        scrub(message);
        return securityError(SecurityErrorCode::OutOfMemory, m_path);
    }
    const bool serialized = message.SerializeToArray(plain.data(), static_cast<int>(plainSize));
    scrub(message);
    if (!serialized)
        return securityError(SecurityErrorCode::OutOfMemory, m_path);

    const std::size_t chunks = plainSize / kChunkBytes + 1; // the last may be empty
    QByteArray out = m_header;
    out.resize(kWorkspaceHeaderBytes + static_cast<qsizetype>(plainSize + chunks * crypto_secretstream_xchacha20poly1305_ABYTES));
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, o + kStreamHeaderOffset, m_secrets->key.data());
    std::size_t written = kWorkspaceHeaderBytes;
    for (std::size_t i = 0; i < chunks; ++i) {
        const std::size_t begin = i * kChunkBytes;
        const std::size_t size = std::min(kChunkBytes, plainSize - begin);
        const unsigned char tag = i + 1 == chunks ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                                  : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
        unsigned long long produced = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, o + written, &produced, plain.data() + begin,
                                                   size, o, kWorkspaceHeaderBytes, tag);
        written += static_cast<std::size_t>(produced);
    }
    sodium_memzero(&state, sizeof state);
    out.resize(static_cast<qsizetype>(written));
    return out;
}

std::optional<SecurityError> Workspace::save()
{
    SecurityResult<QByteArray> bytes = encryptedBytes();
    if (auto *e = std::get_if<SecurityError>(&bytes))
        return *e;
    if (auto error = writeFileAtomically(m_path, std::get<QByteArray>(bytes)))
        return fileError(*error);
    return std::nullopt;
}

std::optional<SecurityError> Workspace::changePassphrase(QByteArrayView passphrase,
                                                         const WorkspaceKdfLimits &limits)
{
    if (!m_secrets)
        return securityError(SecurityErrorCode::Locked, m_path);
    if (!initSodium())
        return securityError(SecurityErrorCode::OutOfMemory, m_path);
    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{};
    randombytes_buf(salt.data(), salt.size());
    SecureBytes key = deriveKey(passphrase, salt.data(), limits);
    if (key.isNull())
        return securityError(SecurityErrorCode::OutOfMemory, m_path);
    QByteArray header = headerPrefix(limits, salt.data());
    header += keyCheck(header, key);

    // Try the new key on disk first; on failure the old key still matches the old file.
    std::swap(m_secrets->key, key);
    std::swap(m_header, header);
    const WorkspaceKdfLimits oldLimits = std::exchange(m_secrets->limits, limits);
    if (auto error = save()) {
        std::swap(m_secrets->key, key);
        std::swap(m_header, header);
        m_secrets->limits = oldLimits;
        return error;
    }
    return std::nullopt;
}

void Workspace::lock()
{
    if (!m_secrets)
        return;
    m_secrets->content.wipe();
    m_secrets->key.wipe();
    m_secrets.reset();
}

std::optional<SecurityError> Workspace::wipe(const QStringList &otherFiles)
{
    lock();
    return wipeWorkspaceFiles(m_path, otherFiles);
}

std::optional<SecurityError> wipeWorkspaceFiles(const QString &workspacePath,
                                                const QStringList &otherFiles)
{
    if (!initSodium())
        return securityError(SecurityErrorCode::OutOfMemory, workspacePath);
    std::optional<SecurityError> first;
    auto keep = [&](std::optional<SecurityError> error) {
        if (error && !first)
            first = std::move(error);
    };
    QStringList doomed{workspacePath};
    // Temporary files of saves a crash interrupted (see writeFileAtomically's naming).
    const QFileInfo target(workspacePath);
    const QDir folder = target.absoluteDir();
    for (const QString &name : folder.entryList({QLatin1Char('.') + target.fileName() + QStringLiteral(".*.tmp")},
                                                QDir::Files | QDir::Hidden | QDir::System))
        doomed << folder.filePath(name);
    doomed << otherFiles;
    QStringList folders;
    for (const QString &path : doomed) {
        if (path.isEmpty())
            continue;
        keep(destroyFile(path));
        const QString parent = QFileInfo(path).absolutePath();
        if (!folders.contains(parent))
            folders << parent;
    }
    for (const QString &f : folders)
        syncFolder(f);
    return first;
}

WorkspaceUnlocker::WorkspaceUnlocker(Clock clock) : m_clock(std::move(clock)) {}

std::chrono::seconds WorkspaceUnlocker::delayAfter(int failures)
{
    if (failures <= 0)
        return std::chrono::seconds(0);
    return std::chrono::seconds(std::int64_t(1) << std::min(failures - 1, 8));
}

std::chrono::milliseconds WorkspaceUnlocker::remainingDelay() const
{
    if (m_failures == 0)
        return std::chrono::milliseconds(0);
    const auto elapsed = m_clock() - m_lastFailure;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(delayAfter(m_failures) - elapsed);
    return std::max(left, std::chrono::milliseconds(0));
}

SecurityResult<Workspace> WorkspaceUnlocker::unlock(const QString &path, QByteArrayView passphrase)
{
    if (const auto wait = remainingDelay(); wait > std::chrono::milliseconds(0)) {
        SecurityError e = securityError(SecurityErrorCode::RetryLater, path);
        e.retryAfter = wait;
        return e;
    }
    SecurityResult<Workspace> result = Workspace::open(path, passphrase);
    if (const auto *e = std::get_if<SecurityError>(&result)) {
        if (e->code == SecurityErrorCode::WrongPassphrase) {
            ++m_failures;
            m_lastFailure = m_clock();
        }
    } else {
        m_failures = 0;
    }
    return result;
}

} // namespace blindspot
