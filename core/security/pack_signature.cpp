#include "core/security/pack_signature.h"

#include <QUrl>

namespace blindspot {

namespace {

constexpr QByteArrayView kClaimPrefix = "blindspot:";

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

/// A file name as one field of a tab-separated, one-line comment.
QByteArray commentField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    for (char &c : bytes)
        if (c == '\t' || c == '\n' || c == '\r' || c == '\0')
            c = ' ';
    return bytes;
}

std::optional<std::uint64_t> parseUnsigned(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 20)
        return std::nullopt;
    std::uint64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const std::uint64_t digit = static_cast<std::uint64_t>(c - '0');
        if (value > (UINT64_MAX - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

} // namespace

QByteArray packTrustedComment(const DatasetHeader &header, const QString &fileName,
                              const QDateTime &signedAt)
{
    const QByteArray expires = header.expires.isValid() ? isoUtc(header.expires).toLatin1()
                                                        : QByteArray("never");
    return "timestamp:" + QByteArray::number(signedAt.toSecsSinceEpoch()) +
           "\tfile:" + commentField(fileName) + '\t' + kClaimPrefix.toByteArray() +
           "id=" + QUrl::toPercentEncoding(header.id) +
           ";version=" + QByteArray::number(header.version) + ";expires=" + expires;
}

std::optional<PackClaim> parsePackTrustedComment(QByteArrayView comment)
{
    PackClaim claim;
    bool found = false;
    for (QByteArrayView field : QByteArray(comment.toByteArray()).split('\t')) {
        if (field.startsWith("timestamp:")) {
            if (const auto seconds = parseUnsigned(field.sliced(10));
                seconds && *seconds < (std::uint64_t(1) << 40))
                claim.signedAt =
                    QDateTime::fromSecsSinceEpoch(static_cast<qint64>(*seconds), Qt::UTC);
        } else if (field.startsWith("file:")) {
            claim.fileName = QString::fromUtf8(field.sliced(5));
        } else if (field.startsWith(kClaimPrefix)) {
            bool hasId = false, hasVersion = false, hasExpires = false;
            for (QByteArrayView pair : field.sliced(kClaimPrefix.size()).toByteArray().split(';')) {
                const qsizetype eq = pair.indexOf('=');
                if (eq <= 0)
                    return std::nullopt;
                const QByteArrayView key = pair.first(eq);
                const QByteArrayView value = pair.sliced(eq + 1);
                if (key == "id") {
                    claim.datasetId =
                        QString::fromUtf8(QByteArray::fromPercentEncoding(value.toByteArray()));
                    hasId = !claim.datasetId.isEmpty();
                } else if (key == "version") {
                    const auto version = parseUnsigned(value);
                    if (!version)
                        return std::nullopt;
                    claim.version = *version;
                    hasVersion = true;
                } else if (key == "expires") {
                    if (value != "never") {
                        claim.expires =
                            QDateTime::fromString(QString::fromLatin1(value), Qt::ISODate);
                        if (!claim.expires.isValid())
                            return std::nullopt;
                        claim.expires = claim.expires.toUTC();
                    }
                    hasExpires = true;
                }
                // Unknown keys are for later versions; they are signed, so keeping quiet is safe.
            }
            if (!hasId || !hasVersion || !hasExpires)
                return std::nullopt;
            found = true;
        }
    }
    if (!found)
        return std::nullopt;
    return claim;
}

bool isExpired(const QDateTime &expires, const QDateTime &now)
{
    return expires.isValid() && now.isValid() && expires <= now;
}

PackSignatureCheck checkPackSignature(QByteArrayView packBytes, const DatasetHeader &header,
                                      const MinisignSignature &signature,
                                      const MinisignPublicKey &key, const QDateTime &now)
{
    PackSignatureCheck check;
    check.trustedComment = signature.trustedComment;
    check.claim = parsePackTrustedComment(signature.trustedComment);
    switch (verifyMinisign(key, signature, packBytes)) {
    case MinisignVerdict::Valid:
        break;
    case MinisignVerdict::WrongKey:
        check.status = PackSignatureStatus::WrongKey;
        return check;
    case MinisignVerdict::BadSignature:
        check.status = PackSignatureStatus::BadSignature;
        return check;
    case MinisignVerdict::TamperedComment:
        check.status = PackSignatureStatus::TamperedComment;
        return check;
    }
    if (check.claim) {
        // Compare expiry at one-second resolution: the comment stores whole seconds.
        const auto seconds = [](const QDateTime &t) {
            return t.isValid() ? std::optional<qint64>(t.toSecsSinceEpoch()) : std::nullopt;
        };
        if (check.claim->datasetId != header.id || check.claim->version != header.version ||
            seconds(check.claim->expires) != seconds(header.expires)) {
            check.status = PackSignatureStatus::ClaimMismatch;
            return check;
        }
    }
    check.status = isExpired(header.expires, now) ? PackSignatureStatus::Expired
                                                  : PackSignatureStatus::Valid;
    return check;
}

} // namespace blindspot
