#pragma once

#include "core/model/dataset.h"
#include "core/security/minisign.h"
#include "core/security/trust_store.h"

#include <QDialog>

#include <optional>
#include <variant>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace blindspot {

class WorkspaceSession;

/// Shown before the import review of a signed map pack (or of one with a warning): who signed
/// it and whether that key is trusted, the key's fingerprint, and in plain words whether the
/// pack has expired, is older than one already imported (rollback) or comes from another
/// signer than last time. An unknown key can be trusted from here ("Trust this key…", which
/// shows the fingerprint first). A signature that does not check out is refused unless the
/// user explicitly imports the pack anyway, as an untrusted source.
class PackTrustDialog : public QDialog {
    Q_OBJECT
public:
    /// `packBytes` are the bytes the signature covers, `header` the header read from them,
    /// `signature` the parsed .minisig (none when unsigned), `signatureProblem` why a .minisig
    /// beside the pack could not be read (empty when fine). Trusting a key goes through
    /// `session`, which must outlive the dialog.
    PackTrustDialog(WorkspaceSession *session, QByteArray packBytes, DatasetHeader header,
                    std::optional<MinisignSignature> signature, QString signatureProblem,
                    const QString &fileName, QWidget *parent = nullptr);
    ~PackTrustDialog() override;

    /// The judgement as it stands (it changes when a key is trusted here).
    const PackAssessment &assessment() const { return m_assessment; }
    /// Whether the dialog lets the import go on: not for a bad signature unless "import it
    /// anyway" is ticked.
    bool canContinue() const;

public slots:
    /// Asks for the signer's public key file (.pub) and trusts it after showing its
    /// fingerprint.
    void chooseKeyToTrust();
    /// As chooseKeyToTrust, with the key file given. False (with the reason shown) when it
    /// cannot be read, is not the signer's key, or the user does not confirm.
    bool trustKeyFromFile(const QString &path);

    /// Reads a minisign public key file (.pub): the key, or why it cannot be used, in words
    /// that end "Nothing was trusted." Shared with TrustedKeysDialog.
    static std::variant<MinisignPublicKey, QString> readKeyFile(const QString &path);

private:
    void assess();
    void showAssessment();

    WorkspaceSession *m_session;
    QByteArray m_packBytes;
    DatasetHeader m_header;
    std::optional<MinisignSignature> m_signature;
    QString m_signatureProblem;
    QString m_fileName;
    PackAssessment m_assessment;

    QLabel *m_about = nullptr;
    QLabel *m_signer = nullptr;
    QLabel *m_key = nullptr;
    QPushButton *m_trustKey = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_rule = nullptr;
    QLabel *m_problem = nullptr;
    QCheckBox *m_importAnyway = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/// "Trust this key?": the key's fingerprint in large type to compare with the publisher, and
/// the name to remember the signer by. Accepting trusts nothing by itself: the caller does.
class TrustKeyDialog : public QDialog {
    Q_OBJECT
public:
    TrustKeyDialog(const MinisignPublicKey &key, QWidget *parent = nullptr);
    /// What the user calls the signer, trimmed.
    QString signerName() const;

private:
    QLineEdit *m_name = nullptr;
};

} // namespace blindspot
