#include "core/security/trust_store.h"

#include "core/security/secure_bytes.h"

#include <sodium.h>

#include <algorithm>

namespace blindspot {

namespace {

/// Whether `signature` (checked with `trusted`, when that key id is trusted) comes from
/// another signer than the one `seen` remembers. Whole keys are compared wherever the key
/// is known; a signature by an untrusted key can only be told apart by its key id, but such a
/// pack is never trustworthy anyway (PackAssessment::Signer::UnknownKey).
bool signerDiffers(const SeenDataset &seen, const std::optional<MinisignSignature> &signature,
                   const std::optional<TrustedSigner> &trusted)
{
    if (seen.signer) {
        if (!signature)
            return true;
        if (trusted)
            return trusted->key != *seen.signer;
        return signature->keyId != seen.signer->keyId;
    }
    if (seen.legacySignerKeyId) {
        // Only the id is known, and no trusted key with it was there when the record was read:
        // a key trusted since then under that id cannot be shown to be the one seen before.
        if (!signature || signature->keyId != *seen.legacySignerKeyId)
            return true;
        return trusted.has_value();
    }
    return false; // last seen unsigned: signing it now is no warning
}

} // namespace

bool PackAssessment::isTrustworthy() const
{
    return signer == Signer::Trusted && signature &&
           signature->status == PackSignatureStatus::Valid && !expired && !rollback &&
           !signerChanged;
}

std::optional<SecurityError> TrustStore::trust(const MinisignPublicKey &key, const QString &name,
                                              const QDateTime &now)
{
    auto it = std::find_if(m_signers.begin(), m_signers.end(),
                           [&](const TrustedSigner &s) { return s.key.keyId == key.keyId; });
    if (it == m_signers.end()) {
        m_signers.push_back({key, name, now.toUTC()});
        return std::nullopt;
    }
    if (it->key != key) {
        // Replacing would hand the trusted signer's name, and every pack checked under this
        // id, to whoever made the new key.
        SecurityError e;
        e.code = SecurityErrorCode::KeyIdTaken;
        e.existingSignerName = it->name;
        e.existingSignerFingerprint = it->key.fingerprint();
        e.keyIdHex = it->key.keyIdHex();
        return e;
    }
    it->name = name;
    return std::nullopt;
}

bool TrustStore::distrust(const MinisignPublicKey &key)
{
    const auto before = m_signers.size();
    std::erase_if(m_signers, [&](const TrustedSigner &s) { return s.key == key; });
    return m_signers.size() != before;
}

const TrustedSigner *TrustStore::signer(const MinisignKeyId &keyId) const
{
    for (const TrustedSigner &s : m_signers)
        if (s.key.keyId == keyId)
            return &s;
    return nullptr;
}

PackAssessment TrustStore::assess(QByteArrayView packBytes, const DatasetHeader &header,
                                  const std::optional<MinisignSignature> &signature,
                                  const QDateTime &now) const
{
    PackAssessment a;
    a.expired = isExpired(header.expires, now);
    if (signature) {
        a.signerKeyId = signature->keyId;
        if (const TrustedSigner *s = signer(signature->keyId)) {
            a.trustedSigner = *s;
            a.signature = checkPackSignature(packBytes, header, *signature, s->key, now);
            // Expiry is reported on its own; the signature itself is sound.
            const bool sound = a.signature->status == PackSignatureStatus::Valid ||
                               a.signature->status == PackSignatureStatus::Expired;
            a.signer = sound ? PackAssessment::Signer::Trusted : PackAssessment::Signer::Invalid;
        } else {
            a.signer = PackAssessment::Signer::UnknownKey;
        }
    }
    const auto seen = std::find_if(m_seen.begin(), m_seen.end(),
                                   [&](const SeenDataset &d) { return d.datasetId == header.id; });
    if (seen != m_seen.end()) {
        a.highestSeenVersion = seen->highestVersion;
        a.rollback = header.version < seen->highestVersion;
        a.signerChanged = signerDiffers(*seen, signature, a.trustedSigner);
    }
    return a;
}

void TrustStore::recordImport(const DatasetHeader &header,
                              const std::optional<MinisignPublicKey> &signer, const QDateTime &now)
{
    auto it = std::find_if(m_seen.begin(), m_seen.end(),
                           [&](const SeenDataset &d) { return d.datasetId == header.id; });
    if (it == m_seen.end()) {
        m_seen.push_back({header.id, header.version, signer, std::nullopt, now.toUTC()});
        return;
    }
    it->lastSeen = now.toUTC();
    if (header.version >= it->highestVersion) {
        it->highestVersion = header.version;
        it->signer = signer;
        it->legacySignerKeyId.reset();
    }
}

void TrustStore::restore(std::vector<TrustedSigner> signers, std::vector<SeenDataset> seen)
{
    m_signers = std::move(signers);
    m_seen = std::move(seen);
    for (SeenDataset &d : m_seen) {
        if (d.signer || !d.legacySignerKeyId)
            continue;
        if (const TrustedSigner *s = signer(*d.legacySignerKeyId)) {
            d.signer = s->key;
            d.legacySignerKeyId.reset();
        }
    }
}

void TrustStore::wipe()
{
    for (TrustedSigner &s : m_signers) {
        wipeString(s.name);
        sodium_memzero(s.key.key.data(), s.key.key.size());
        sodium_memzero(s.key.keyId.data(), s.key.keyId.size());
    }
    for (SeenDataset &d : m_seen) {
        wipeString(d.datasetId);
        if (d.signer) {
            sodium_memzero(d.signer->key.data(), d.signer->key.size());
            sodium_memzero(d.signer->keyId.data(), d.signer->keyId.size());
        }
        if (d.legacySignerKeyId)
            sodium_memzero(d.legacySignerKeyId->data(), d.legacySignerKeyId->size());
    }
    m_signers.clear();
    m_signers.shrink_to_fit();
    m_seen.clear();
    m_seen.shrink_to_fit();
}

} // namespace blindspot
