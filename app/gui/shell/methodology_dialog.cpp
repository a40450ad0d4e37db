#include "gui/shell/methodology_dialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace blindspot {

MethodologyDialog::MethodologyDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("methodologyDialog"));
    auto *column = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    // Links in the text name sources; following one would mean opening a browser, and
    // Blindspot never reaches for the network, so they stay text.
    m_browser->setOpenLinks(false);
    m_browser->setMarkdown(markdown());
    column->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    column->addWidget(buttons);
    retranslateUi();
    resize(760, 680);
}

QString MethodologyDialog::markdown()
{
    QFile file(QStringLiteral(":/blindspot/methodology.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void MethodologyDialog::retranslateUi()
{
    setWindowTitle(tr("How Blindspot estimates exposure"));
}

void MethodologyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace blindspot
