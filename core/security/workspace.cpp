#include "core/security/workspace.h"

#include "core/io/atomic_file.h"
#include "core/security/workspace.pb.h"

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
constexpr std::size_t kSealedChunkBytes =
    kChunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr std::uint32_t kContentSchema = 1;
// Format 2: the master key from a key slot, split with crypto_kdf (see workspace.h).
constexpr std::uint8_t kKeyFromSlot = 3;
constexpr qsizetype kKeyIdOffset = 16;
constexpr qsizetype kKeyIdBytes = 16;
using KeyId = std::array<unsigned char, kKeyIdBytes>;
constexpr char kSubkeyContext[crypto_kdf_CONTEXTBYTES + 1] = "BSWkspce";
constexpr std::uint64_t kSubkeyKeyCheck = 1;
constexpr std::uint64_t kSubkeyStream = 2;
constexpr std::size_t kMasterKeyBytes = crypto_kdf_KEYBYTES;
static_assert(crypto_secretstream_xchacha20poly1305_KEYBYTES == 32 && kMasterKeyBytes == 32);
// The key slot file.
constexpr QByteArrayView kSlotMagic = "BSWKEY\r\n";
constexpr std::uint16_t kSlotFormatMajor = 1;
constexpr qsizetype kSlotKeyIdOffset = 48;
constexpr qsizetype kSlotNonceOffset = 64; // also the end of the additional data
constexpr qsizetype kSlotSealedOffset =
    kSlotNonceOffset + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kSlotUsedBytes =
    kSlotSealedOffset + kMasterKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(kSlotSealedOffset == 88 && kSlotUsedBytes == 136);
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == 32);
constexpr qsizetype kSlotFileBytes = kWorkspaceKeySlotBytes * kWorkspaceKeySlots;

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
                   ParseReason reason = ParseReason::None, QStringList args = {})
{
    return errorAtByte(file, offset, code, reason, std::move(args));
}

/// An Argon2id cost read from a file, if between libsodium's minimum and its SENSITIVE level:
/// beyond it a hostile file could make opening take minutes or gigabytes.
std::optional<WorkspaceKdfLimits> acceptableLimits(const unsigned char *opsAndMem)
{
    WorkspaceKdfLimits limits;
    limits.opsLimit = loadLe(opsAndMem, 8);
    limits.memLimit = loadLe(opsAndMem + 8, 8);
    const WorkspaceKdfLimits low = WorkspaceKdfLimits::minimum();
    if (limits.opsLimit < low.opsLimit || limits.memLimit < low.memLimit ||
        limits.opsLimit > crypto_pwhash_OPSLIMIT_SENSITIVE ||
        limits.memLimit > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return std::nullopt;
    return limits;
}

/// The parsed, not yet trusted, first 48 bytes.
struct FileHeader {
    std::uint16_t major = 0;
    KeyId keyId{};            ///< Format 2.
    WorkspaceKdfLimits limits; ///< Format 1.
    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{}; ///< Format 1.
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
    if (major != kWorkspaceFormatMajor && major != kWorkspaceLegacyFormatMajor)
        return major > kWorkspaceFormatMajor
                   ? errorIn(name, ParseErrorCode::FutureVersion, 8, ParseReason::FormatVersion,
                             parseArgs(major))
                   : errorIn(name, ParseErrorCode::Unsupported, 8,
                             ParseReason::UnsupportedFormatVersion, parseArgs(major));
    FileHeader header;
    header.major = static_cast<std::uint16_t>(major);
    const std::uint8_t keySource = major == kWorkspaceFormatMajor ? kKeyFromSlot : kKdfArgon2id13;
    if (b[12] != keySource)
        return errorIn(name, ParseErrorCode::Unsupported, 12, ParseReason::KeyDerivationFunction);
    if (b[13] != 0 || b[14] != 0 || b[15] != 0)
        return errorIn(name, ParseErrorCode::Malformed, 13, ParseReason::ReservedBytesSet);
    if (major == kWorkspaceFormatMajor) {
        for (qsizetype i = kKeyIdOffset + kKeyIdBytes; i < kKeyCheckedBytes; ++i) {
            if (b[i] != 0)
                return errorIn(name, ParseErrorCode::Malformed, i, ParseReason::ReservedBytesSet);
        }
        std::memcpy(header.keyId.data(), b + kKeyIdOffset, kKeyIdBytes);
        return header;
    }
    const std::optional<WorkspaceKdfLimits> limits = acceptableLimits(b + 16);
    if (!limits)
        return errorIn(name, ParseErrorCode::Unsupported, 16, ParseReason::KeyDerivationCost);
    header.limits = *limits;
    std::memcpy(header.salt.data(), b + 32, header.salt.size());
    return header;
}

/// Bytes 0-47 of a format-2 file whose master key has the id `keyId`.
QByteArray headerPrefix(const KeyId &keyId)
{
    QByteArray h(kKeyCheckedBytes, '\0');
    auto *b = reinterpret_cast<unsigned char *>(h.data());
    std::memcpy(b, kMagic.data(), 8);
    storeLe(b + 8, kWorkspaceFormatMajor, 2);
    storeLe(b + 10, kWorkspaceFormatMinor, 2);
    b[12] = kKeyFromSlot;
    std::memcpy(b + kKeyIdOffset, keyId.data(), keyId.size());
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

/// Subkey `id` of a master key; null when guarded memory ran out.
SecureBytes subkey(const SecureBytes &masterKey, std::uint64_t id)
{
    SecureBytes key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (!key.isNull() && crypto_kdf_derive_from_key(key.data(), key.size(), id, kSubkeyContext,
                                                    masterKey.data()) != 0)
        key.wipe();
    return key;
}

/// A new random master key; null when guarded memory ran out.
SecureBytes randomMasterKey()
{
    SecureBytes key(kMasterKeyBytes);
    if (!key.isNull())
        crypto_kdf_keygen(key.data());
    return key;
}

/// A key slot (kWorkspaceKeySlotBytes) holding `masterKey`, wrapped with a key derived from
/// `passphrase` with a new salt.
SecurityResult<QByteArray> makeSlot(QByteArrayView passphrase, const WorkspaceKdfLimits &limits,
                                    const KeyId &keyId, const SecureBytes &masterKey,
                                    const QString &path)
{
    QByteArray slot(kWorkspaceKeySlotBytes, '\0');
    auto *b = reinterpret_cast<unsigned char *>(slot.data());
    std::memcpy(b, kSlotMagic.data(), 8);
    storeLe(b + 8, kSlotFormatMajor, 2);
    b[12] = kKdfArgon2id13;
    storeLe(b + 16, limits.opsLimit, 8);
    storeLe(b + 24, limits.memLimit, 8);
    randombytes_buf(b + 32, crypto_pwhash_SALTBYTES);
    std::memcpy(b + kSlotKeyIdOffset, keyId.data(), keyId.size());
    randombytes_buf(b + kSlotNonceOffset, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    SecureBytes wrappingKey = deriveKey(passphrase, b + 32, limits);
    if (wrappingKey.isNull())
        return securityError(SecurityErrorCode::OutOfMemory, path);
    crypto_aead_xchacha20poly1305_ietf_encrypt(b + kSlotSealedOffset, nullptr, masterKey.data(),
                                               masterKey.size(), b, kSlotNonceOffset, nullptr,
                                               b + kSlotNonceOffset, wrappingKey.data());
    return slot;
}

/// The key id a slot holds; nullopt for an empty (overwritten) slot or one of another format.
std::optional<KeyId> slotKeyId(QByteArrayView slot)
{
    if (slot.size() < kSlotUsedBytes || !slot.startsWith(kSlotMagic) ||
        loadLe(bytesOf(slot) + 8, 2) != kSlotFormatMajor)
        return std::nullopt;
    KeyId id{};
    std::memcpy(id.data(), slot.data() + kSlotKeyIdOffset, id.size());
    return id;
}

/// The index of the slot in `slotFile` that holds `keyId`; -1 when none does.
int slotHolding(QByteArrayView slotFile, const KeyId &keyId)
{
    for (int i = 0; i < kWorkspaceKeySlots; ++i) {
        const qsizetype begin = i * kWorkspaceKeySlotBytes;
        if (slotFile.size() <= begin)
            break;
        const QByteArrayView slot = slotFile.sliced(begin).first(
            std::min(kWorkspaceKeySlotBytes, slotFile.size() - begin));
        if (slotKeyId(slot) == keyId)
            return i;
    }
    return -1;
}

struct UnwrappedSlot {
    SecureBytes masterKey;
    WorkspaceKdfLimits limits;
};

/// The master key in `slot` (a slot slotKeyId() accepts), if `passphrase` opens it.
SecurityResult<UnwrappedSlot> unwrapSlot(QByteArrayView slot, QByteArrayView passphrase,
                                         const QString &slotPath)
{
    const unsigned char *b = bytesOf(slot);
    if (b[12] != kKdfArgon2id13)
        return fileError(
            errorIn(slotPath, ParseErrorCode::Unsupported, 12, ParseReason::KeyDerivationFunction));
    const std::optional<WorkspaceKdfLimits> limits = acceptableLimits(b + 16);
    if (!limits)
        return fileError(
            errorIn(slotPath, ParseErrorCode::Unsupported, 16, ParseReason::KeyDerivationCost));
    const SecureBytes wrappingKey = deriveKey(passphrase, b + 32, *limits);
    SecureBytes masterKey(kMasterKeyBytes);
    if (wrappingKey.isNull() || masterKey.isNull())
        return securityError(SecurityErrorCode::OutOfMemory, slotPath);
    // The AEAD tag tells a wrong passphrase; it cannot tell it from a damaged slot.
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            masterKey.data(), nullptr, nullptr, b + kSlotSealedOffset,
            kMasterKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES, b, kSlotNonceOffset,
            b + kSlotNonceOffset, wrappingKey.data()) != 0)
        return securityError(SecurityErrorCode::WrongPassphrase, slotPath);
    return UnwrappedSlot{std::move(masterKey), *limits};
}

std::optional<SecurityError> slotFileError(const QString &slotPath, int error)
{
    return fileError(systemError(slotPath, ParseErrorCode::CannotWrite,
                                 QString::fromLocal8Bit(std::strerror(error))));
}

void syncFolder(const QString &folder);

/// Overwrites slot `index` of the key slot file in place with `slot` and syncs it. With
/// `create`, makes the file (0600, every slot empty) when there is none; without it, a missing
/// file is left missing. Never renames: the point is that no older version of a slot survives
/// as a file system's free blocks.
std::optional<SecurityError> writeSlot(const QString &slotPath, int index, QByteArrayView slot,
                                       bool create)
{
    Q_ASSERT(slot.size() == kWorkspaceKeySlotBytes);
    const QByteArray name = QFile::encodeName(slotPath);
    bool created = false;
    int fd = ::open(name.constData(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0 && errno == ENOENT && !create)
        return std::nullopt;
    if (fd < 0 && errno == ENOENT) {
        fd = ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
        created = fd >= 0;
    }
    if (fd < 0)
        return slotFileError(slotPath, errno);
    auto failed = [&] {
        const int error = errno;
        ::close(fd);
        return slotFileError(slotPath, error);
    };
    struct stat info {};
    if (::fstat(fd, &info) != 0)
        return failed();
    if (!S_ISREG(info.st_mode)) {
        errno = EINVAL;
        return failed();
    }
    if ((info.st_mode & 0077) != 0 && ::fchmod(fd, 0600) != 0)
        return failed();
    if (info.st_size < kSlotFileBytes && ::ftruncate(fd, kSlotFileBytes) != 0)
        return failed();
    qsizetype done = 0;
    while (done < slot.size()) {
        const ssize_t n =
            ::pwrite(fd, slot.data() + done, static_cast<std::size_t>(slot.size() - done),
                     index * kWorkspaceKeySlotBytes + done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return failed();
        done += n;
    }
    if (::fsync(fd) != 0)
        return failed();
    if (::close(fd) != 0)
        return slotFileError(slotPath, errno);
    if (created)
        syncFolder(QFileInfo(slotPath).absolutePath());
    return std::nullopt;
}

/// Overwrites slot `index` with random bytes in place: the master key it held is gone.
std::optional<SecurityError> destroySlot(const QString &slotPath, int index)
{
    QByteArray noise(kWorkspaceKeySlotBytes, '\0');
    randombytes_buf(noise.data(), static_cast<std::size_t>(noise.size()));
    return writeSlot(slotPath, index, noise, false);
}

/// The first kSlotFileBytes of the key slot file; empty when there is none.
QByteArray readSlotFile(const QString &slotPath)
{
    QFile file(slotPath);
    return file.open(QIODevice::ReadOnly) ? file.read(kSlotFileBytes) : QByteArray();
}

/// The decrypted content before it is parsed. What locked, no-dump memory covers (issue 11):
/// this buffer, and the serialized content encryptedBytes() builds, are libsodium's guarded
/// memory (SecureBytes: sodium_malloc, which mlocks and, on Linux, madvises MADV_DONTDUMP; zeroed
/// and freed right after parsing or encrypting), as are the keys. What it does not cover: the
/// protobuf message parsed from it (std::string fields on the ordinary heap, overwritten by
/// scrub() at once) and the Qt strings and byte arrays of WorkspaceContent, which live as long as
/// the workspace is unlocked. Qt has no allocator hook, so those can be neither locked nor kept
/// out of a core dump; lock() overwrites them, and hardenProcess() turns core dumps off.
struct Plaintext {
    SecureBytes bytes;
    std::size_t size = 0;
};

/// Decrypts the secretstream after the header with `key`.
SecurityResult<Plaintext> decryptStream(QByteArrayView bytes, const SecureBytes &key,
                                        const QString &path)
{
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, bytesOf(bytes) + kStreamHeaderOffset, key.data()) != 0)
        return fileError(errorIn(path, ParseErrorCode::Malformed, kStreamHeaderOffset));
    const QByteArrayView additional = bytes.first(kWorkspaceHeaderBytes);
    const QByteArrayView sealed = bytes.sliced(kWorkspaceHeaderBytes);
    Plaintext plain{SecureBytes(static_cast<std::size_t>(sealed.size())), 0};
    if (plain.bytes.isNull())
        return securityError(SecurityErrorCode::OutOfMemory, path);
    qsizetype offset = 0;
    bool final = false;
    auto failure = [&](ParseErrorCode code) {
        sodium_memzero(&state, sizeof state);
        return fileError(errorIn(path, code, kWorkspaceHeaderBytes + offset));
    };
    while (!final) {
        const qsizetype left = sealed.size() - offset;
        if (left < static_cast<qsizetype>(crypto_secretstream_xchacha20poly1305_ABYTES))
            return failure(ParseErrorCode::Truncated);
        const qsizetype chunk = std::min<qsizetype>(left, kSealedChunkBytes);
        unsigned long long produced = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, plain.bytes.data() + plain.size, &produced, &tag, bytesOf(sealed) + offset,
                static_cast<unsigned long long>(chunk), bytesOf(additional),
                static_cast<unsigned long long>(additional.size())) != 0)
            return failure(ParseErrorCode::ChecksumMismatch);
        plain.size += static_cast<std::size_t>(produced);
        offset += chunk;
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (!final && offset == sealed.size())
            return failure(ParseErrorCode::Truncated);
    }
    sodium_memzero(&state, sizeof state);
    if (offset != sealed.size())
        return fileError(errorIn(path, ParseErrorCode::Malformed, kWorkspaceHeaderBytes + offset,
                                 ParseReason::TrailingBytes));
    return plain;
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
                    zero(reflection->GetRepeatedStringReference(message, field, i, &scratch),
                         scratch);
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
        content.notes.push_back(
            {fromProto(n.title()), fromProto(n.text()), fromMs(n.modified_ms())});
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
        content.photos.push_back(
            {QByteArray(p.sha256().data(), static_cast<qsizetype>(p.sha256().size())),
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
                               : std::optional(fileError(
                                     systemError(path, ParseErrorCode::CannotWrite,
                                                 QString::fromLocal8Bit(std::strerror(errno)))));
    std::optional<SecurityError> failure;
    auto fail = [&](int error) {
        if (!failure)
            failure = fileError(systemError(path, ParseErrorCode::CannotWrite,
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
                const std::size_t n =
                    static_cast<std::size_t>(std::min<off_t>(step, info.st_size - done));
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
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
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
    SecureBytes
        masterKey; ///< kMasterKeyBytes; the file's key check and stream keys derive from it.
    KeyId keyId{};
    QByteArray slot;    ///< The key slot holding masterKey, wrapped: not secret.
    int slotIndex = -1; ///< Where `slot` is in the key slot file; -1 while not written yet.
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
        return fileError(errorIn(path, ParseErrorCode::CannotWrite, -1, ParseReason::FileExists));
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
        return fileError(systemError(path, ParseErrorCode::CannotOpen, file.errorString()));
    if (file.size() > kMaxWorkspaceBytes)
        return fileError(tooLarge(path, kMaxWorkspaceBytes));
    const QByteArray bytes = file.read(kMaxWorkspaceBytes + 1);
    SecurityResult<Workspace> opened = openBytes(bytes, passphrase, path);
    if (auto *w = std::get_if<Workspace>(&opened); w != nullptr && w->m_secrets->slotIndex >= 0) {
        // Finish what an interrupted passphrase change left: the other slot holds a key no
        // current file uses, only older copies. Best effort: the workspace is open either way.
        const QString slotPath = workspaceKeySlotPath(path);
        const QByteArray slotFile = readSlotFile(slotPath);
        for (int i = 0; i < kWorkspaceKeySlots; ++i) {
            const qsizetype begin = i * kWorkspaceKeySlotBytes;
            if (i != w->m_secrets->slotIndex && slotFile.size() > begin &&
                slotKeyId(slotFile.sliced(begin).first(
                    std::min(kWorkspaceKeySlotBytes, slotFile.size() - begin))))
                (void)destroySlot(slotPath, i);
        }
    }
    return opened;
}

SecurityResult<Workspace> Workspace::openBytes(QByteArrayView bytes, QByteArrayView passphrase,
                                               const QString &path)
{
    return openBytes(bytes, readSlotFile(workspaceKeySlotPath(path)), passphrase, path);
}

SecurityResult<Workspace> Workspace::openBytes(QByteArrayView bytes, QByteArrayView slotFile,
                                               QByteArrayView passphrase, const QString &path)
{
    if (!initSodium())
        return securityError(SecurityErrorCode::OutOfMemory, path);
    if (bytes.size() > kMaxWorkspaceBytes)
        return fileError(tooLarge(path, kMaxWorkspaceBytes));
    const Result<FileHeader> parsed = parseHeader(bytes, path);
    if (const auto *e = std::get_if<ParseError>(&parsed))
        return fileError(*e);
    const FileHeader &header = std::get<FileHeader>(parsed);
    const bool legacy = header.major == kWorkspaceLegacyFormatMajor;

    Workspace w;
    w.m_path = path;
    w.m_secrets = std::make_unique<Secrets>();
    Secrets &secrets = *w.m_secrets;
    const QByteArrayView prefix = bytes.first(kKeyCheckedBytes);
    SecureBytes streamKey;
    if (legacy) {
        // Format 1: the Argon2id output keyed both the key check and the stream.
        secrets.limits = header.limits;
        streamKey = deriveKey(passphrase, header.salt.data(), header.limits);
        if (streamKey.isNull())
            return securityError(SecurityErrorCode::OutOfMemory, path);
        if (sodium_memcmp(keyCheck(prefix, streamKey).constData(), bytes.data() + kKeyCheckOffset,
                          32) != 0)
            return securityError(SecurityErrorCode::WrongPassphrase, path);
    } else {
        const int index = slotHolding(slotFile, header.keyId);
        if (index < 0)
            return securityError(SecurityErrorCode::KeyDestroyed, path);
        QByteArray slot = slotFile.sliced(index * kWorkspaceKeySlotBytes)
                              .first(std::min(kWorkspaceKeySlotBytes,
                                              slotFile.size() - index * kWorkspaceKeySlotBytes))
                              .toByteArray();
        slot.resize(kWorkspaceKeySlotBytes, '\0');
        SecurityResult<UnwrappedSlot> unwrapped =
            unwrapSlot(slot, passphrase, workspaceKeySlotPath(path));
        if (auto *e = std::get_if<SecurityError>(&unwrapped)) {
            e->file.file = e->code == SecurityErrorCode::File ? e->file.file : path;
            return *e;
        }
        secrets.masterKey = std::move(std::get<UnwrappedSlot>(unwrapped).masterKey);
        secrets.limits = std::get<UnwrappedSlot>(unwrapped).limits;
        secrets.keyId = header.keyId;
        secrets.slot = std::move(slot);
        secrets.slotIndex = index;
        const SecureBytes checkKey = subkey(secrets.masterKey, kSubkeyKeyCheck);
        streamKey = subkey(secrets.masterKey, kSubkeyStream);
        if (checkKey.isNull() || streamKey.isNull())
            return securityError(SecurityErrorCode::OutOfMemory, path);
        // The slot opened, so the passphrase is right: a mismatch here is damage.
        if (sodium_memcmp(keyCheck(prefix, checkKey).constData(), bytes.data() + kKeyCheckOffset,
                          32) != 0)
            return fileError(errorIn(path, ParseErrorCode::ChecksumMismatch, kKeyCheckOffset));
    }

    SecurityResult<Plaintext> decrypted = decryptStream(bytes, streamKey, path);
    streamKey.wipe();
    if (auto *e = std::get_if<SecurityError>(&decrypted))
        return *e;
    Plaintext &plain = std::get<Plaintext>(decrypted);
    std::size_t plainSize = plain.size;
    if (!legacy &&
        sodium_unpad(&plainSize, plain.bytes.data(), plain.size, kWorkspacePadBytes) != 0) {
        plain.bytes.wipe();
        return fileError(errorIn(path, ParseErrorCode::Malformed, -1, ParseReason::InvalidPadding));
    }

    pb::Content message;
    const bool parsedContent =
        message.ParseFromArray(plain.bytes.data(), static_cast<int>(plainSize));
    plain.bytes.wipe();
    std::optional<WorkspaceContent> content;
    if (parsedContent)
        content = fromProto(message);
    scrub(message);
    if (!content)
        return fileError(
            errorIn(path, ParseErrorCode::Malformed, -1, ParseReason::ProtobufUnparsable));
    secrets.content = std::move(*content);

    if (legacy) {
        // Upgraded on the next save: a master key and its slot, wrapped with a new salt at the
        // file's cost, wait in memory until save() writes them (see workspace.h).
        secrets.masterKey = randomMasterKey();
        if (secrets.masterKey.isNull())
            return securityError(SecurityErrorCode::OutOfMemory, path);
        randombytes_buf(secrets.keyId.data(), secrets.keyId.size());
        SecurityResult<QByteArray> slot = makeSlot(passphrase, secrets.limits, secrets.keyId,
                                                   secrets.masterKey, path);
        if (auto *e = std::get_if<SecurityError>(&slot))
            return *e;
        secrets.slot = std::get<QByteArray>(std::move(slot));
        secrets.slotIndex = -1;
    }
    return w;
}

SecurityResult<QByteArray> Workspace::encryptedBytes() const
{
    if (!m_secrets || m_secrets->masterKey.isNull())
        return securityError(SecurityErrorCode::Locked, m_path);
    pb::Content message;
    toProto(m_secrets->content, message);
    const std::size_t plainSize = message.ByteSizeLong();
    if (plainSize > static_cast<std::size_t>(kMaxWorkspaceBytes) / 2) {
        scrub(message);
        return fileError(tooLarge(m_path, kMaxWorkspaceBytes));
    }
    // sodium_pad always adds at least one byte: room for a whole step more.
    SecureBytes plain(plainSize + kWorkspacePadBytes);
    if (plain.isNull()) {
        scrub(message);
        return securityError(SecurityErrorCode::OutOfMemory, m_path);
    }
    const bool serialized = message.SerializeToArray(plain.data(), static_cast<int>(plainSize));
    scrub(message);
    std::size_t paddedSize = 0;
    if (!serialized ||
        sodium_pad(&paddedSize, plain.data(), plainSize, kWorkspacePadBytes, plain.size()) != 0)
        return securityError(SecurityErrorCode::OutOfMemory, m_path);
    const SecureBytes checkKey = subkey(m_secrets->masterKey, kSubkeyKeyCheck);
    const SecureBytes streamKey = subkey(m_secrets->masterKey, kSubkeyStream);
    if (checkKey.isNull() || streamKey.isNull())
        return securityError(SecurityErrorCode::OutOfMemory, m_path);

    const std::size_t chunks = paddedSize / kChunkBytes + 1; // the last may be empty
    QByteArray out = headerPrefix(m_secrets->keyId);
    out += keyCheck(out, checkKey);
    out.resize(
        kWorkspaceHeaderBytes +
        static_cast<qsizetype>(paddedSize + chunks * crypto_secretstream_xchacha20poly1305_ABYTES));
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, o + kStreamHeaderOffset,
                                                    streamKey.data());
    std::size_t written = kWorkspaceHeaderBytes;
    for (std::size_t i = 0; i < chunks; ++i) {
        const std::size_t begin = i * kChunkBytes;
        const std::size_t size = std::min(kChunkBytes, paddedSize - begin);
        const unsigned char tag = i + 1 == chunks
                                      ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                      : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
        unsigned long long produced = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, o + written, &produced,
                                                   plain.data() + begin, size, o,
                                                   kWorkspaceHeaderBytes, tag);
        written += static_cast<std::size_t>(produced);
    }
    sodium_memzero(&state, sizeof state);
    out.resize(static_cast<qsizetype>(written));
    return out;
}

SecurityResult<QByteArray> Workspace::keySlotFileBytes() const
{
    if (!m_secrets || m_secrets->slot.size() != kWorkspaceKeySlotBytes)
        return securityError(SecurityErrorCode::Locked, m_path);
    QByteArray file(kSlotFileBytes, '\0');
    file.replace(std::max(m_secrets->slotIndex, 0) * kWorkspaceKeySlotBytes, kWorkspaceKeySlotBytes,
                 m_secrets->slot);
    return file;
}

std::optional<SecurityError> Workspace::save()
{
    if (!m_secrets)
        return securityError(SecurityErrorCode::Locked, m_path);
    if (m_secrets->slotIndex < 0)
        return saveWithNewSlot(-1);
    SecurityResult<QByteArray> bytes = encryptedBytes();
    if (auto *e = std::get_if<SecurityError>(&bytes))
        return *e;
    if (auto error =
            writeFileAtomically(m_path, std::get<QByteArray>(bytes), FileAccess::OwnerOnly))
        return fileError(*error);
    return std::nullopt;
}

std::optional<SecurityError> Workspace::saveWithNewSlot(int slotInUse)
{
    // The order that keeps a workspace that opens at every moment: see workspace.h.
    const QString slotPath = workspaceKeySlotPath(m_path);
    const int target = slotInUse == 0 ? 1 : 0;
    if (auto error = writeSlot(slotPath, target, m_secrets->slot, true))
        return error;
    SecurityResult<QByteArray> bytes = encryptedBytes();
    std::optional<SecurityError> failure;
    if (auto *e = std::get_if<SecurityError>(&bytes))
        failure = *e;
    else if (auto error =
                 writeFileAtomically(m_path, std::get<QByteArray>(bytes), FileAccess::OwnerOnly))
        failure = fileError(*error);
    if (failure) {
        (void)destroySlot(slotPath, target); // no file uses it; the old slot still serves
        return failure;
    }
    m_secrets->slotIndex = target;
    // From here on no older copy of the workspace file opens: their master keys are gone.
    for (int i = 0; i < kWorkspaceKeySlots; ++i) {
        if (i == target)
            continue;
        if (auto error = destroySlot(slotPath, i); error && !failure)
            failure = error;
    }
    return failure;
}

std::optional<SecurityError> Workspace::changePassphrase(QByteArrayView passphrase,
                                                         const WorkspaceKdfLimits &limits)
{
    if (!m_secrets)
        return securityError(SecurityErrorCode::Locked, m_path);
    if (!initSodium())
        return securityError(SecurityErrorCode::OutOfMemory, m_path);
    SecureBytes masterKey = randomMasterKey();
    if (masterKey.isNull())
        return securityError(SecurityErrorCode::OutOfMemory, m_path);
    KeyId keyId{};
    randombytes_buf(keyId.data(), keyId.size());
    SecurityResult<QByteArray> made = makeSlot(passphrase, limits, keyId, masterKey, m_path);
    if (auto *e = std::get_if<SecurityError>(&made))
        return *e;
    QByteArray slot = std::get<QByteArray>(std::move(made));

    Secrets &s = *m_secrets;
    const int slotInUse = s.slotIndex;
    WorkspaceKdfLimits oldLimits = limits;
    auto swapKeys = [&] {
        std::swap(s.masterKey, masterKey);
        std::swap(s.keyId, keyId);
        std::swap(s.slot, slot);
        std::swap(s.limits, oldLimits);
    };
    swapKeys();
    s.slotIndex = -1;
    std::optional<SecurityError> error = saveWithNewSlot(slotInUse);
    if (error && s.slotIndex < 0) {
        // Nothing on disk uses the new key: the old one goes on serving.
        swapKeys();
        s.slotIndex = slotInUse;
    }
    masterKey.wipe();
    return error;
}

void Workspace::lock()
{
    if (!m_secrets)
        return;
    m_secrets->content.wipe();
    m_secrets->masterKey.wipe();
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
    // The key slot file first: once it is overwritten, no copy of the workspace file opens.
    QStringList doomed{workspaceKeySlotPath(workspacePath), workspacePath};
    // Temporary files of saves a crash interrupted (see writeFileAtomically's naming).
    const QFileInfo target(workspacePath);
    const QDir folder = target.absoluteDir();
    for (const QString &name :
         folder.entryList({QLatin1Char('.') + target.fileName() + QStringLiteral(".*.tmp")},
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

QString workspaceKeySlotPath(const QString &workspacePath)
{
    return workspacePath + QStringLiteral(".keyslot");
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
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(delayAfter(m_failures) - elapsed);
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
