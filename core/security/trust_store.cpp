#include "security/trust_store.h"

#include "security/secure_bytes.h"

#include <sodium.h>

#include <algorithm>

namespace blindspot {

bool PackAssessment::isTrustworthy() const
{
    return signer == Signer::Trusted && signature &&
           signature->status == PackSignatureStatus::Valid && !expired && !rollback &&
           !signerChanged;
}

void TrustStore::trust(const MinisignPublicKey &key, const QString &name, const QDateTime &now)
{
    TrustedSigner entry{key, name, now.toUTC()};
    auto it = std::find_if(m_signers.begin(), m_signers.end(),
                           [&](const TrustedSigner &s) { return s.key.keyId == key.keyId; });
    if (it != m_signers.end())
        *it = entry;
    else
        m_signers.push_back(entry);
}

bool TrustStore::distrust(const MinisignKeyId &keyId)
{
    const auto before = m_signers.size();
    std::erase_if(m_signers, [&](const TrustedSigner &s) { return s.key.keyId == keyId; });
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
        const std::optional<MinisignKeyId> currentSigner =
            signature ? std::optional<MinisignKeyId>(signature->keyId) : std::nullopt;
        a.signerChanged = seen->signer.has_value() && seen->signer != currentSigner;
    }
    return a;
}

void TrustStore::recordImport(const DatasetHeader &header, const std::optional<MinisignKeyId> &signer,
                              const QDateTime &now)
{
    auto it = std::find_if(m_seen.begin(), m_seen.end(),
                           [&](const SeenDataset &d) { return d.datasetId == header.id; });
    if (it == m_seen.end()) {
        m_seen.push_back({header.id, header.version, signer, now.toUTC()});
        return;
    }
    it->lastSeen = now.toUTC();
    if (header.version >= it->highestVersion) {
        it->highestVersion = header.version;
        it->signer = signer;
    }
}

void TrustStore::restore(std::vector<TrustedSigner> signers, std::vector<SeenDataset> seen)
{
    m_signers = std::move(signers);
    m_seen = std::move(seen);
}

void TrustStore::wipe()
{
    for (TrustedSigner &s : m_signers) {
        wipeString(s.name);
        sodium_memzero(s.key.key.data(), s.key.key.size());
        sodium_memzero(s.key.keyId.data(), s.key.keyId.size());
    }
    for (SeenDataset &d : m_seen)
        wipeString(d.datasetId);
    m_signers.clear();
    m_signers.shrink_to_fit();
    m_seen.clear();
    m_seen.shrink_to_fit();
}

} // namespace blindspot
