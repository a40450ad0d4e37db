#include "gui/security/security_text.h"

#include "common/error_text.h"
#include "gui/shell/model_text.h"

#include <QLocale>
#include <QRegularExpression>

namespace blindspot {

QString SecurityText::seconds(std::chrono::milliseconds wait)
{
    const qint64 whole = (wait.count() + 999) / 1000;
    return tr("%1 s", "seconds").arg(QLocale().toString(whole));
}

QString SecurityText::error(const SecurityError &error)
{
    switch (error.code) {
    case SecurityErrorCode::File:
        return tr("%1. Nothing was changed.").arg(ErrorText::located(error.file));
    case SecurityErrorCode::WrongPassphrase:
        return tr("That passphrase does not open this workspace; the workspace was not "
                  "changed. Check Caps Lock and the keyboard layout (Russian, Ukrainian or "
                  "English).");
    case SecurityErrorCode::RetryLater:
        return tr("Too many wrong passphrases in a row. You can try again in %1.")
            .arg(seconds(error.retryAfter));
    case SecurityErrorCode::OutOfMemory:
        return tr("There is not enough free memory to check the passphrase. Close other "
                  "programs and try again. Nothing was changed.");
    case SecurityErrorCode::Locked:
        return tr("The workspace is locked. Unlock it first; nothing was changed.");
    case SecurityErrorCode::KeyIdTaken:
        return keyIdTaken(error) + QLatin1Char(' ') +
               tr("If they really made a new key, check with them, remove the old key from the "
                  "trusted keys, then add the new one.");
    case SecurityErrorCode::KeyDestroyed:
        return keyDestroyed() + QLatin1Char(' ') + tr("Nothing was changed.");
    }
    return tr("Unknown error; nothing was changed.");
}

QString SecurityText::keyIdTaken(const SecurityError &error)
{
    return tr("This key was not added. Its key ID %1 is that of a key you already trust, "
              "\"%2\" (fingerprint %3), but the key itself is different. Anyone can give a key "
              "any ID: this is what a forged key posing as a trusted signer looks like.")
        .arg(error.keyIdHex, error.existingSignerName, error.existingSignerFingerprint);
}

QString SecurityText::keyDestroyed()
{
    return tr("This workspace file cannot be opened with any passphrase: its key was destroyed "
              "when the passphrase was changed or the workspace was wiped. It is an older copy "
              "of a workspace, or its key slot file (the same name ending in .keyslot) is "
              "missing.");
}

QString SecurityText::problem(const SecurityError &error)
{
    switch (error.code) {
    case SecurityErrorCode::File:
        return tr("%1.").arg(ErrorText::located(error.file));
    case SecurityErrorCode::WrongPassphrase:
        return tr("That passphrase does not open this workspace.");
    case SecurityErrorCode::RetryLater:
        return tr("Too many wrong passphrases in a row. You can try again in %1.")
            .arg(seconds(error.retryAfter));
    case SecurityErrorCode::OutOfMemory:
        return tr("There is not enough free memory to check the passphrase.");
    case SecurityErrorCode::Locked:
        return tr("The workspace is locked.");
    case SecurityErrorCode::KeyIdTaken:
        return keyIdTaken(error);
    case SecurityErrorCode::KeyDestroyed:
        return keyDestroyed();
    }
    return tr("Unknown error.");
}

SecurityText::Strength SecurityText::passphraseStrength(const QString &passphrase)
{
    // A rough guide only: length and separate words are what make a passphrase hard to guess;
    // a checker cannot see that "correct horse" is a famous example.
    const qsizetype length = passphrase.size();
    static const QRegularExpression separators(QStringLiteral("[\\s\\-_.,;:]+"));
    const qsizetype words = passphrase.split(separators, Qt::SkipEmptyParts).size();
    if (length == 0)
        return {0, tr("Four or more unrelated words make a good passphrase.")};
    if (length < kMinPassphraseLength)
        return {0, tr("Too short: use at least %1 characters; four or more unrelated words are "
                      "better.")
                       .arg(kMinPassphraseLength)};
    if ((words >= 4 && length >= 16) || length >= 24)
        return {3, tr("Strong: hard to guess, even for someone who takes this computer.")};
    if (length >= 12)
        return {2, tr("Fair: one or two more words would make it much harder to guess.")};
    return {1, tr("Weak: someone who takes this computer could guess it. Use four or more "
                  "unrelated words.")};
}

QString SecurityText::signer(const PackAssessment &a)
{
    const QString name = a.trustedSigner ? a.trustedSigner->name.toHtmlEscaped() : QString();
    switch (a.signer) {
    case PackAssessment::Signer::Unsigned:
        return tr("<b>Nobody signed this map pack.</b> Blindspot cannot tell who made it, or "
                  "whether it was changed after it was made.");
    case PackAssessment::Signer::Trusted:
        return tr("<b>Signed by %1</b>, a key you trust. The signature checks out: the map pack "
                  "is exactly as %1 signed it.")
            .arg(name);
    case PackAssessment::Signer::UnknownKey:
        return tr("<b>Signed with a key you have not trusted yet</b> (key ID %1). Anyone can sign "
                  "a file: until you add that key, Blindspot cannot tell who signed it.")
            .arg(keyIdHex(a.signerKeyId));
    case PackAssessment::Signer::Invalid:
        break;
    }
    const PackSignatureStatus status =
        a.signature ? a.signature->status : PackSignatureStatus::BadSignature;
    switch (status) {
    case PackSignatureStatus::WrongKey:
        return tr("<b>The signature is not from %1's key</b>, though it claims to be. Do not "
                  "import this map pack unless you know why.")
            .arg(name);
    case PackSignatureStatus::TamperedComment:
        return tr("<b>The signature was altered.</b> The map is as %1 signed it, but the signed "
                  "note on its version and expiry was changed afterwards. Do not import it "
                  "unless you know why.")
            .arg(name);
    case PackSignatureStatus::ClaimMismatch:
        return tr("<b>The signature does not fit this file.</b> %1 signed another version of "
                  "this map (another name, version or expiry date). Do not import it unless you "
                  "know why.")
            .arg(name);
    case PackSignatureStatus::Valid:
    case PackSignatureStatus::Expired:
    case PackSignatureStatus::BadSignature:
        break;
    }
    return tr("<b>The signature does not match.</b> The map pack, or its signature, was changed "
              "after %1 signed it. Do not import it unless you know why.")
        .arg(name);
}

QStringList SecurityText::warnings(const PackAssessment &a, const DatasetHeader &header)
{
    QStringList out;
    if (a.expired)
        out << tr("<b>Out of date.</b> This map pack expired on %1: its publisher meant it to be "
                  "replaced by then, and cameras may have been added or removed since. Look for "
                  "a newer version from the same publisher.")
                   .arg(ModelText::date(header.expires.toUTC().date()));
    if (a.rollback && a.highestSeenVersion)
        out << tr("<b>Older than what you have.</b> You already imported version %1 of this map; "
                  "this file is version %2. Someone may be passing on an old map with fewer "
                  "cameras. Import it only if you meant to go back.")
                   .arg(ModelText::count(qint64(*a.highestSeenVersion)),
                        ModelText::count(qint64(header.version)));
    if (a.signerChanged)
        out << tr("<b>Another signer than last time.</b> The last version of this map you "
                  "imported was signed by a different key, or was signed and this one is not. "
                  "Ask the publisher whether they changed their key before you trust it.");
    return out;
}

QString SecurityText::mergeRule()
{
    return tr("It is imported as an untrusted source: it can add cameras and raise their "
              "face-recognition status, but it cannot remove cameras or lower their status "
              "unless you tick that change in the review.");
}

QString SecurityText::menuText(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace blindspot
