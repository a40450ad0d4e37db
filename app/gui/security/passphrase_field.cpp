#include "gui/security/passphrase_field.h"

#include "core/security/secure_bytes.h"

#include <QLineEdit>
#include <QString>

namespace blindspot {

QLineEdit *passphraseEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setEchoMode(QLineEdit::Password);
    // Keeps input methods from learning (and suggesting) the passphrase.
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return edit;
}

QByteArray takePassphrase(QLineEdit *edit)
{
    QString typed = edit->text();
    QByteArray utf8 = typed.toUtf8();
    wipeString(typed);
    edit->clear();
    return utf8;
}

void clearPassphrase(QLineEdit *edit)
{
    QByteArray discarded = takePassphrase(edit);
    wipeBytes(discarded);
}

} // namespace blindspot
