#include "gui/security/change_passphrase_dialog.h"

#include "gui/security/passphrase_field.h"
#include "core/security/secure_bytes.h"
#include "gui/security/security_text.h"
#include "gui/security/workspace_session.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace blindspot {

ChangePassphraseDialog::ChangePassphraseDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change the workspace passphrase"));
    auto *column = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(tr("The workspace is saved again under the new passphrase; from then on "
                      "this file no longer opens with the old one. Earlier copies (backups, USB "
                      "sticks) and old data the disk itself may keep still open with the old "
                      "passphrase."));
    column->addWidget(intro);
    auto *form = new QFormLayout;
    m_current = passphraseEdit(this, "currentPassphrase");
    m_new = passphraseEdit(this, "newPassphrase");
    m_repeat = passphraseEdit(this, "repeatNewPassphrase");
    m_current->setMinimumWidth(320); // the form's other fields follow the widest
    form->addRow(tr("&Current passphrase:"), m_current);
    form->addRow(tr("&New passphrase:"), m_new);
    form->addRow(tr("&Repeat the new one:"), m_repeat);
    column->addLayout(form);
    m_strength = new QLabel(this);
    m_strength->setObjectName(QStringLiteral("newPassphraseStrength"));
    m_strength->setWordWrap(true);
    column->addWidget(m_strength);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("changePassphraseMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4e0; color: #1d1d1d; border-left: 5px solid #c77700; "
        "padding: 6px; }"));
    m_message->hide();
    column->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_change = buttons->addButton(tr("C&hange passphrase"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changePassphraseButton"));
    m_change->setDefault(true);
    connect(m_change, &QPushButton::clicked, this, &ChangePassphraseDialog::tryChange);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    column->addWidget(buttons);
    connect(m_new, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateStrength);
    updateStrength();
    m_current->setFocus();
}

ChangePassphraseDialog::~ChangePassphraseDialog()
{
    for (QLineEdit *edit : {m_current, m_new, m_repeat})
        clearPassphrase(edit);
}

void ChangePassphraseDialog::updateStrength()
{
    m_strength->setText(SecurityText::passphraseStrength(m_new->text()).text);
}

void ChangePassphraseDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

bool ChangePassphraseDialog::tryChange()
{
    if (m_session->state() != WorkspaceSession::State::Unlocked) {
        showMessage(tr("No workspace is open, so there is no passphrase to change."));
        return false;
    }
    if (m_current->text().isEmpty()) {
        showMessage(tr("Type the current passphrase first."));
        m_current->setFocus();
        return false;
    }
    if (m_new->text() != m_repeat->text()) {
        clearPassphrase(m_repeat);
        m_repeat->setFocus();
        showMessage(tr("The two new passphrases are not the same. Type the same one twice. "
                       "Nothing was changed."));
        return false;
    }
    if (SecurityText::passphraseStrength(m_new->text()).level == 0) {
        showMessage(tr("The new passphrase is too short: use at least %1 characters. Nothing "
                       "was changed.")
                        .arg(SecurityText::kMinPassphraseLength));
        m_new->setFocus();
        return false;
    }
    if (const auto wait = m_session->remainingDelay(); wait.count() > 0) {
        showMessage(tr("Too many wrong passphrases in a row. You can try again in %1.")
                        .arg(SecurityText::seconds(wait)));
        return false;
    }
    QByteArray current = takePassphrase(m_current);
    QByteArray replacement = takePassphrase(m_new);
    QByteArray repeated = takePassphrase(m_repeat);
    wipeBytes(repeated);
    showMessage(tr("Checking the passphrase and saving; this takes a few seconds…"));
    m_message->repaint();
    m_change->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<SecurityError> error = m_session->changePassphrase(current, replacement);
    QApplication::restoreOverrideCursor();
    wipeBytes(current);
    wipeBytes(replacement);
    m_change->setEnabled(true);
    if (error) {
        showMessage(SecurityText::error(*error));
        m_current->setFocus();
        return false;
    }
    m_message->hide();
    accept();
    return true;
}

} // namespace blindspot
