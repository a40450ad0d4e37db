// The encrypted workspace file, opened with a fixed passphrase. An input whose first byte is
// odd is a whole file (seeds: workspaces make_fuzz_seeds made with that passphrase at
// WorkspaceKdfLimits::minimum()); one whose first byte is even is a *plaintext* content, sealed
// here into a valid format-1 file following the layout in core/security/workspace.h (which
// still opens, and needs no key slot file), so that mutations reach the protobuf content parser
// behind the authentication. A workspace that opens must save (in format 2, with the key slot
// file keySlotFileBytes() gives) and open again with the same content.
#include "fuzz_support.h"
#include "core/security/workspace.h"

#include <sodium.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace {

using namespace blindspot;

constexpr QByteArrayView kPassphrase = "fuzz";

// A whole-file input names its own Argon2id cost; above this much a single input would take
// milliseconds instead of microseconds. A changed cost fails the key check anyway.
constexpr std::uint64_t kCheapOpsLimit = 4;
constexpr std::uint64_t kCheapMemLimit = 64 * 1024;

void storeLe(unsigned char *out, std::uint64_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out[i] = static_cast<unsigned char>(value >> (8 * i));
}

std::uint64_t loadLe(const char *in, int bytes)
{
    std::uint64_t value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(in[i]);
    return value;
}

/// A workspace file holding `plain` as its content, sealed with kPassphrase at the minimum
/// cost and a fixed salt, so that the key is derived once per process.
QByteArray sealed(QByteArrayView plain)
{
    const WorkspaceKdfLimits limits = WorkspaceKdfLimits::minimum();
    unsigned char header[kWorkspaceHeaderBytes] = {'B', 'S', 'W', 'K', 'S', 'P', '\r', '\n'};
    storeLe(header + 8, kWorkspaceLegacyFormatMajor, 2);
    header[12] = crypto_pwhash_ALG_ARGON2ID13;
    storeLe(header + 16, limits.opsLimit, 8);
    storeLe(header + 24, limits.memLimit, 8);
    std::memset(header + 32, 0x5a, crypto_pwhash_SALTBYTES);
    static const SecureBytes key = [&] {
        SecureBytes derived(crypto_secretstream_xchacha20poly1305_KEYBYTES);
        if (derived.isNull() ||
            crypto_pwhash(derived.data(), derived.size(), kPassphrase.data(),
                          static_cast<unsigned long long>(kPassphrase.size()), header + 32,
                          limits.opsLimit, static_cast<std::size_t>(limits.memLimit),
                          crypto_pwhash_ALG_ARGON2ID13) != 0)
            std::abort(); // nothing this target does would mean anything without the key
        return derived;
    }();
    crypto_generichash(header + 48, 32, header, 48, key.data(), key.size());
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, header + 80, key.data());
    QByteArray out(reinterpret_cast<const char *>(header), sizeof header);
    // 64 KiB chunks, the last one tagged FINAL, as Workspace::encryptedBytes writes them.
    constexpr qsizetype kChunk = 64 * 1024;
    qsizetype offset = 0;
    do {
        const qsizetype n = std::min(kChunk, plain.size() - offset);
        const bool last = offset + n == plain.size();
        QByteArray piece(n + qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES), '\0');
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(piece.data()), nullptr,
            reinterpret_cast<const unsigned char *>(plain.data()) + offset,
            static_cast<unsigned long long>(n), header, sizeof header,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        out += piece;
        offset += n;
    } while (offset < plain.size());
    return out;
}

/// The content as saving is allowed to change it: positions that are not valid WGS84 are
/// not written (see toProto in workspace.cpp), so they come back unset.
WorkspaceContent normalized(WorkspaceContent content)
{
    for (SavedPlan &plan : content.plans) {
        if (!plan.fromPosition.isValid())
            plan.fromPosition = {};
        if (!plan.toPosition.isValid())
            plan.toPosition = {};
    }
    return content;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0 || !initSodium())
        return 0;
    const QByteArrayView rest = fuzz::view(data + 1, size - 1);
    QByteArray file;
    if (data[0] % 2 == 0) {
        file = sealed(rest);
    } else {
        if (rest.size() >= 32 && (loadLe(rest.data() + 16, 8) > kCheapOpsLimit ||
                                  loadLe(rest.data() + 24, 8) > kCheapMemLimit))
            return 0;
        file = rest.toByteArray();
    }
    const QString path = QStringLiteral("/nonexistent/fuzz.bsws"); // never saved to
    SecurityResult<Workspace> opened =
        Workspace::openBytes(file, QByteArrayView(), kPassphrase, path);
    auto *workspace = std::get_if<Workspace>(&opened);
    if (workspace == nullptr)
        return 0;
    const SecurityResult<QByteArray> saved = workspace->encryptedBytes();
    const SecurityResult<QByteArray> slotFile = workspace->keySlotFileBytes();
    if (const auto *bytes = std::get_if<QByteArray>(&saved)) {
        if (!std::holds_alternative<QByteArray>(slotFile))
            std::abort(); // an unlocked workspace without its key slot
        SecurityResult<Workspace> again =
            Workspace::openBytes(*bytes, std::get<QByteArray>(slotFile), kPassphrase, path);
        const auto *reopened = std::get_if<Workspace>(&again);
        if (reopened == nullptr)
            std::abort(); // what Blindspot wrote, Blindspot must read
        if (reopened->content() != normalized(workspace->content()))
            std::abort(); // saving lost or altered part of the content
    } else if (std::get<SecurityError>(saved).code != SecurityErrorCode::OutOfMemory &&
               std::get<SecurityError>(saved).file.code != ParseErrorCode::TooLarge) {
        std::abort(); // an unlocked workspace that cannot be encrypted
    }
    workspace->lock();
    if (workspace->isUnlocked() || !workspace->content().plans.empty())
        std::abort(); // "lock now" left decrypted content behind
    return 0;
}
