#pragma once

#include <QByteArray>

class QLineEdit;
class QWidget;

namespace blindspot {

/// A password field named `name` whose text input methods may not learn or suggest.
QLineEdit *passphraseEdit(QWidget *parent, const char *name);
/// The typed passphrase as UTF-8; the field is emptied and the QString copy overwritten, so that
/// the only copy left is the one the caller wipes (wipeBytes).
QByteArray takePassphrase(QLineEdit *edit);
/// Empties the field and overwrites what it held.
void clearPassphrase(QLineEdit *edit);

} // namespace blindspot
