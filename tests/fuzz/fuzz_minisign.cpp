// minisign files: the same bytes are read as a public key file, a secret key file and a
// signature file. What parses must write and read back the same; a secret key that opens must
// sign what its public half verifies; a signature is checked against the fixture key of
// tests/data/security over the fixture message, so that the seeds reach every verdict.
#include "fuzz_support.h"
#include "core/security/minisign.h"

#include <cstdlib>

namespace {

using namespace blindspot;

// tests/data/security/minisign_w.pub and message.txt, which message.txt.minisig and
// message.txt.legacy.minisig sign.
constexpr QByteArrayView kFixtureKey = "RWTVsK/JKAgbUK9uy5K7P6Ae2XYRSShscDVGyXyuZNxUF164RDQJaKUL";
constexpr QByteArrayView kFixtureMessage =
    "Blindspot minisign fixture: signed by minisign 0.11, never by Blindspot.\n";

// Opening an encrypted key derives with scrypt at the cost the file names (up to twice
// minisign's, seconds and a gigabyte); libsodium raises any lower cost to 32768 operations
// and 1 MiB, a few milliseconds, and twice that is where the fuzzer stops.
constexpr std::uint64_t kCheapOpsLimit = 2 * 32768;
constexpr std::uint64_t kCheapMemLimit = 2 << 20;

void checkPublicKey(QByteArrayView bytes)
{
    const Result<MinisignPublicKey> key = parsePublicKeyFile(bytes, QStringLiteral("fuzz.pub"));
    const auto *k = std::get_if<MinisignPublicKey>(&key);
    if (k == nullptr)
        return;
    const Result<MinisignPublicKey> again =
        parsePublicKeyFile(publicKeyFileBytes(*k), QStringLiteral("again"));
    if (!std::holds_alternative<MinisignPublicKey>(again) ||
        std::get<MinisignPublicKey>(again) != *k)
        std::abort(); // what Blindspot wrote, Blindspot must read
    const Result<MinisignPublicKey> line =
        parsePublicKeyBase64(k->base64().toLatin1(), QStringLiteral("line"));
    if (!std::holds_alternative<MinisignPublicKey>(line) || std::get<MinisignPublicKey>(line) != *k)
        std::abort();
}

void checkSecretKey(QByteArrayView bytes)
{
    const Result<MinisignSecretKeyFile> parsed =
        parseSecretKeyFile(bytes, QStringLiteral("fuzz.key"));
    const auto *file = std::get_if<MinisignSecretKeyFile>(&parsed);
    if (file == nullptr)
        return;
    if (file->encrypted &&
        (file->limits.opsLimit > kCheapOpsLimit || file->limits.memLimit > kCheapMemLimit))
        return;
    SecurityResult<MinisignSecretKey> opened = MinisignSecretKey::open(*file, "fuzz");
    const auto *key = std::get_if<MinisignSecretKey>(&opened);
    if (key == nullptr)
        return;
    const MinisignSignature signature = key->sign("message", "comment");
    if (verifyMinisign(key->publicKey(), signature, "message") != MinisignVerdict::Valid)
        std::abort(); // a key that opened signs what its own public half rejects
    // The key written in the clear (minisign -W's form) opens again as the same key.
    const SecurityResult<QByteArray> written = key->fileBytes(std::nullopt, {});
    if (!std::holds_alternative<QByteArray>(written))
        return; // out of guarded memory
    const Result<MinisignSecretKeyFile> reparsed =
        parseSecretKeyFile(std::get<QByteArray>(written), QStringLiteral("again"));
    if (!std::holds_alternative<MinisignSecretKeyFile>(reparsed))
        std::abort();
    const SecurityResult<MinisignSecretKey> reopened =
        MinisignSecretKey::open(std::get<MinisignSecretKeyFile>(reparsed), {});
    if (!std::holds_alternative<MinisignSecretKey>(reopened) ||
        std::get<MinisignSecretKey>(reopened).publicKey() != key->publicKey())
        std::abort();
}

void checkSignature(QByteArrayView bytes)
{
    const Result<MinisignSignature> parsed =
        parseSignatureFile(bytes, QStringLiteral("fuzz.minisig"));
    const auto *s = std::get_if<MinisignSignature>(&parsed);
    if (s == nullptr)
        return;
    const Result<MinisignPublicKey> fixture =
        parsePublicKeyBase64(kFixtureKey, QStringLiteral("fixture"));
    if (!std::holds_alternative<MinisignPublicKey>(fixture))
        std::abort();
    MinisignPublicKey key = std::get<MinisignPublicKey>(fixture);
    (void)verifyMinisign(key, *s, kFixtureMessage);
    key.keyId = s->keyId; // so that the Ed25519 checks run for every key id the fuzzer makes
    (void)verifyMinisign(key, *s, kFixtureMessage);

    // Written and read back, everything but the untrusted comment (made one line on writing)
    // must survive.
    const Result<MinisignSignature> again =
        parseSignatureFile(signatureFileBytes(*s), QStringLiteral("again"));
    const auto *a = std::get_if<MinisignSignature>(&again);
    if (a == nullptr || a->prehashed != s->prehashed || a->keyId != s->keyId ||
        a->signature != s->signature || a->trustedComment != s->trustedComment ||
        a->globalSignature != s->globalSignature)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes = blindspot::fuzz::view(data, size);
    checkPublicKey(bytes);
    checkSecretKey(bytes);
    checkSignature(bytes);
    return 0;
}
