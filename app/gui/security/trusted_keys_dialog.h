#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace blindspot {

class WorkspaceSession;

/// Security > Trusted keys: each signer the user trusts (name, key ID, fingerprint, date
/// added), with "Add from a key file…" (which shows the fingerprint first, TrustKeyDialog) and
/// "Remove…" (which asks). Every change goes through the session, so it is saved at once, and
/// the list follows the session's content.
class TrustedKeysDialog : public QDialog {
    Q_OBJECT
public:
    /// `session` must outlive the dialog.
    explicit TrustedKeysDialog(WorkspaceSession *session, QWidget *parent = nullptr);
    ~TrustedKeysDialog() override;

public slots:
    /// Asks for a public key file (.pub), then trusts it after showing its fingerprint.
    void chooseKeyToAdd();
    /// As chooseKeyToAdd, with the file given. False (reason shown) when it cannot be read,
    /// the user does not confirm, or saving fails.
    bool addKeyFromFile(const QString &path);
    /// Asks, then removes the signer in `row` of the list. False when not removed.
    bool removeKeyAt(int row);
    void removeSelectedKey();

private:
    void refill();

    WorkspaceSession *m_session;
    QLabel *m_where = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace blindspot
