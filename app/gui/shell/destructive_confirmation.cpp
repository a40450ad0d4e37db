#include "gui/shell/destructive_confirmation.h"

#include <QPushButton>

namespace blindspot {

bool DestructiveConfirmation::ask(QWidget *parent) const
{
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(objectName);
    box.setTextFormat(format);
    QPushButton *destroy = box.addButton(action, QMessageBox::DestructiveRole);
    destroy->setObjectName(actionObjectName);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == destroy;
}

} // namespace blindspot
