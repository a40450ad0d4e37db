#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace blindspot {

class WorkspaceSession;

/// Security > Change passphrase: the current passphrase, the new one twice with the strength
/// hint the unlock screen gives, then WorkspaceSession::changePassphrase. A wrong current
/// passphrase counts like a failed unlock (the same growing wait). Every failure is said in
/// the dialog and leaves the workspace as it was.
class ChangePassphraseDialog : public QDialog {
    Q_OBJECT
public:
    /// `session` must be unlocked and outlive the dialog.
    explicit ChangePassphraseDialog(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ChangePassphraseDialog() override;

public slots:
    /// Checks the fields and changes the passphrase; accepts the dialog on success. False (with
    /// the reason shown) otherwise. The passphrase fields are emptied after each try.
    bool tryChange();

private:
    void updateStrength();
    void showMessage(const QString &text);

    WorkspaceSession *m_session;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_strength = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_change = nullptr;
};

} // namespace blindspot
