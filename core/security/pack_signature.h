#pragma once

#include "core/model/dataset.h"
#include "core/security/minisign.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace blindspot {

/// What a Blindspot signature's trusted comment says about the pack it signs. The comment reads
/// "timestamp:UNIX<TAB>file:NAME<TAB>blindspot:id=ID;version=N;expires=ISO|never", so that
/// `minisign -V` shows it and vouches for it like any trusted comment. The id is
/// percent-encoded; the pack's own header, inside the signed bytes, says the same.
struct PackClaim {
    QString datasetId;
    std::uint64_t version = 0;
    QDateTime expires;  ///< UTC; invalid when the pack does not expire.
    QDateTime signedAt; ///< From "timestamp:"; invalid when absent.
    QString fileName;   ///< From "file:"; empty when absent.
    friend bool operator==(const PackClaim &, const PackClaim &) = default;
};

/// The trusted comment for signing a pack with this header.
QByteArray packTrustedComment(const DatasetHeader &header, const QString &fileName,
                              const QDateTime &signedAt);

/// The claim in a trusted comment; nullopt when it has no well-formed "blindspot:" field
/// (e.g. minisign's default comment).
std::optional<PackClaim> parsePackTrustedComment(QByteArrayView comment);

/// The outcome of checking a pack's signature, worst first after Valid.
enum class PackSignatureStatus : std::uint8_t {
    Valid,           ///< Signed by this key, intact, consistent and not expired.
    WrongKey,        ///< Signed by another key.
    BadSignature,    ///< The pack or the signature was altered.
    TamperedComment, ///< The pack is intact but the trusted comment was altered.
    ClaimMismatch,   ///< The signed comment names another id, version or expiry than the pack.
    Expired,         ///< Everything checks out, but the pack's expiry date has passed.
};

struct PackSignatureCheck {
    PackSignatureStatus status = PackSignatureStatus::BadSignature;
    std::optional<PackClaim> claim; ///< When the comment carries one (signed or not).
    QByteArray trustedComment;
};

/// Checks `signature` over the pack's bytes with `key`, then that the signed claim (if any)
/// matches `header` (the header read from those bytes) and that the pack has not expired at
/// `now`. A signature made by plain minisign (no claim) is valid on its own: the header inside
/// the signed bytes is vouched for all the same.
[[nodiscard]] PackSignatureCheck checkPackSignature(QByteArrayView packBytes,
                                                    const DatasetHeader &header,
                                                    const MinisignSignature &signature,
                                                    const MinisignPublicKey &key,
                                                    const QDateTime &now);

/// True when a pack with this expiry has expired at `now`.
bool isExpired(const QDateTime &expires, const QDateTime &now);

} // namespace blindspot
