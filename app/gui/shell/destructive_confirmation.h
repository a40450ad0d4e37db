#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace blindspot {

/// Asks before something that cannot be undone (wiping the workspace, deleting a note, no
/// longer trusting a key): a message box whose destructive button must be chosen on purpose,
/// with Cancel as the default, so that Enter or Escape never destroys anything.
struct DestructiveConfirmation {
    QMessageBox::Icon icon = QMessageBox::Question;
    QString title;
    QString text;
    /// Plain text whenever the text quotes the user's own words (a note's title, a name).
    Qt::TextFormat format = Qt::PlainText;
    QString action;           ///< The destructive button, e.g. tr("&Delete").
    QString objectName;       ///< Of the box, for tests and accessibility tools.
    QString actionObjectName; ///< Of the destructive button.

    /// Shows the box over `parent`; true when the destructive button was chosen.
    bool ask(QWidget *parent) const;
};

} // namespace blindspot
