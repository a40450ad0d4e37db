#pragma once

#include "core/model/dataset.h"
#include "core/security/minisign.h"
#include "core/security/pack_signature.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace blindspot {

/// A key the user decided to trust, after comparing its fingerprint.
struct TrustedSigner {
    MinisignPublicKey key;
    QString name;      ///< What the user calls the signer, e.g. "Moscow mappers collective".
    QDateTime addedAt; ///< UTC.
    friend bool operator==(const TrustedSigner &, const TrustedSigner &) = default;
};

/// The newest version of a dataset id the user has imported, and who signed it.
///
/// The signer is remembered by its whole public key, not its key id: a key id is 8 bytes its
/// owner chooses, so anyone can make a key carrying a publisher's id.
struct SeenDataset {
    QString datasetId;
    std::uint64_t highestVersion = 0;
    std::optional<MinisignPublicKey> signer; ///< Empty when that version was not signed.
    /// Set instead of `signer` by records written before signers were kept whole (workspaces
    /// of earlier versions kept the key id only). TrustStore::restore turns it into `signer`
    /// when a trusted key with that id is in the store; otherwise it stays, and a pack signed
    /// under that id counts as a changed signer (see TrustStore::assess).
    std::optional<MinisignKeyId> legacySignerKeyId;
    QDateTime lastSeen; ///< UTC.
    friend bool operator==(const SeenDataset &, const SeenDataset &) = default;
};

/// What the app shows a person about a pack before importing it.
struct PackAssessment {
    enum class Signer : std::uint8_t {
        Unsigned,     ///< No signature file.
        Trusted,      ///< Signed by a trusted key, and the signature checks out (see signature).
        UnknownKey,   ///< Signed by a key not in the trust store: the signature cannot be checked
                      ///< until the user adds the key (show signerKeyId).
        Invalid,      ///< Signed by a trusted key, but the check failed (see signature).
    };
    Signer signer = Signer::Unsigned;
    MinisignKeyId signerKeyId{};               ///< Signed packs.
    std::optional<TrustedSigner> trustedSigner; ///< Trusted and Invalid.
    std::optional<PackSignatureCheck> signature; ///< Trusted and Invalid.
    bool expired = false;                       ///< The pack's expiry date has passed.
    /// A newer version of this dataset id was imported before: someone may be feeding an old,
    /// less complete map back.
    bool rollback = false;
    /// This dataset id was last imported signed by another key, or signed and now is not.
    bool signerChanged = false;
    std::optional<std::uint64_t> highestSeenVersion; ///< Empty: this dataset id is new.

    /// Whether the import may treat the pack's source as trusted (merge rules): a trusted,
    /// valid signature with no warning.
    bool isTrustworthy() const;
};

/// The keys a user trusts and the dataset versions they have seen. Lives inside the encrypted
/// workspace (or in memory only without one); never written on its own.
class TrustStore {
public:
    /// Adds a trusted key, or renames it when this very key (id and key bytes) is trusted
    /// already. Refused (KeyIdTaken, naming the signer already trusted) when another key with
    /// the same key id is trusted: the store never holds two keys with one id, and never
    /// replaces a key behind the user's back.
    [[nodiscard]] std::optional<SecurityError> trust(const MinisignPublicKey &key,
                                                     const QString &name, const QDateTime &now);
    /// Removes this key (id and key bytes); false when it was not there.
    bool distrust(const MinisignPublicKey &key);
    /// The trusted signer with this key id, if any (there is at most one: see trust()). A
    /// signature names its key by id only; checking it with the key found here is what proves
    /// the signer holds that key.
    const TrustedSigner *signer(const MinisignKeyId &keyId) const;
    const std::vector<TrustedSigner> &signers() const { return m_signers; }
    const std::vector<SeenDataset> &seen() const { return m_seen; }

    /// Judges a pack about to be imported: `header` as read from `packBytes`, `signature` the
    /// parsed .minisig beside it (nullopt when there is none), `now` the current time.
    PackAssessment assess(QByteArrayView packBytes, const DatasetHeader &header,
                          const std::optional<MinisignSignature> &signature,
                          const QDateTime &now) const;

    /// Remembers that the user imported this pack, so that older versions are flagged later.
    /// Keeps the highest version seen per dataset id. `signer`: the trusted key whose
    /// signature was checked (PackAssessment::trustedSigner), none for unsigned packs.
    void recordImport(const DatasetHeader &header, const std::optional<MinisignPublicKey> &signer,
                      const QDateTime &now);

    /// Replaces everything; used when a workspace is opened. Seen records that know only a
    /// key id (older workspaces) get the whole key of the trusted signer with that id, if any:
    /// earlier versions kept one key per id, so that is the key that checked those imports.
    void restore(std::vector<TrustedSigner> signers, std::vector<SeenDataset> seen);
    /// Overwrites names and ids in memory, then empties the store (workspace lock).
    void wipe();

    friend bool operator==(const TrustStore &, const TrustStore &) = default;

private:
    std::vector<TrustedSigner> m_signers;
    std::vector<SeenDataset> m_seen;
};

} // namespace blindspot
