#pragma once

#include "core/security/security_error.h"
#include "core/security/trust_store.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace blindspot {

/// The security module's results in translated, plain words: errors, passphrase strength, and
/// what a pack's signature check means for the person about to import it.
class SecurityText {
    Q_DECLARE_TR_FUNCTIONS(SecurityText)
public:
    /// A failed workspace operation, ending with what was (not) changed.
    static QString error(const SecurityError &error);
    /// What went wrong, without saying what it changed: for messages that say that themselves.
    static QString problem(const SecurityError &error);
    /// Why a key was refused (SecurityErrorCode::KeyIdTaken), naming the signer already trusted.
    static QString keyIdTaken(const SecurityError &error);
    /// Why an older copy of a workspace no longer opens (SecurityErrorCode::KeyDestroyed).
    static QString keyDestroyed();
    /// "N s", rounded up to whole seconds.
    static QString seconds(std::chrono::milliseconds wait);

    /// A rough guide to how hard a passphrase is to guess, for the create form.
    struct Strength {
        int level = 0; ///< 0 unusable (too short), 1 weak, 2 fair, 3 strong.
        QString text;
    };
    static Strength passphraseStrength(const QString &passphrase);
    /// Shorter passphrases are refused: a seized laptop gives an attacker all the time needed.
    static constexpr int kMinPassphraseLength = 8;

    /// One sentence on who signed a pack: unsigned, trusted signer by name, unknown key,
    /// invalid signature and why.
    static QString signer(const PackAssessment &assessment);
    /// The warnings (expired, rollback, signer changed) as separate paragraphs, empty if none.
    static QStringList warnings(const PackAssessment &assessment, const DatasetHeader &header);
    /// What an untrusted source may do in a merge, for packs that are not trustworthy.
    static QString mergeRule();

    /// `text` (a file or plan name) as a menu entry: its own "&" stay, rather than becoming a
    /// mnemonic.
    static QString menuText(QString text);
};

} // namespace blindspot
