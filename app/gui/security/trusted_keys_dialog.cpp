#include "gui/security/trusted_keys_dialog.h"

#include "gui/security/pack_trust_dialog.h"
#include "gui/security/security_text.h"
#include "gui/security/workspace_session.h"
#include "gui/shell/destructive_confirmation.h"
#include "gui/shell/private_file_dialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace blindspot {

TrustedKeysDialog::TrustedKeysDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("trustedKeysDialog"));
    setWindowTitle(tr("Trusted keys"));
    auto *column = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(tr("Map packs signed with one of these keys are treated as coming from the "
                      "signer named here. Remove a key you no longer trust; add one only after "
                      "comparing its fingerprint with the signer."));
    column->addWidget(intro);
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("trustedKeysWhere"));
    m_where->setWordWrap(true);
    column->addWidget(m_where);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("trustedKeysList"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Signer"), tr("Key ID"), tr("Fingerprint"), tr("Added")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setMinimumSize(760, 160);
    column->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *add = buttons->addButton(tr("&Add from a key file…"),
                                          QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("addTrustedKeyButton"));
    add->setToolTip(tr("Choose the signer's public key file (.pub); you compare its "
                       "fingerprint before it is trusted"));
    m_remove = buttons->addButton(tr("&Remove…"), QDialogButtonBox::ActionRole);
    m_remove->setObjectName(QStringLiteral("removeTrustedKeyButton"));
    m_remove->setToolTip(tr("Stop trusting the selected key (you are asked first)"));
    for (QPushButton *button : {add, m_remove})
        button->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &TrustedKeysDialog::chooseKeyToAdd);
    connect(m_remove, &QPushButton::clicked, this, &TrustedKeysDialog::removeSelectedKey);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    column->addWidget(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_session, &WorkspaceSession::contentChanged, this, &TrustedKeysDialog::refill);
    refill();
}

TrustedKeysDialog::~TrustedKeysDialog() = default;

void TrustedKeysDialog::refill()
{
    m_where->setText(m_session->state() == WorkspaceSession::State::Unlocked
                         ? tr("These keys are kept in your encrypted workspace.")
                         : tr("Without a workspace these keys are kept in memory only, until "
                              "you lock or close Blindspot."));
    m_list->clear();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const TrustedSigner &signer : m_session->content().trust.signers()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, signer.name);
        item->setText(1, signer.key.keyIdHex());
        // In groups of four, as TrustKeyDialog shows it, to be compared group by group.
        item->setText(2, signer.key.fingerprint());
        item->setFont(1, mono);
        item->setFont(2, mono);
        item->setText(3, QLocale().toString(signer.addedAt.toLocalTime().date(),
                                            QLocale::ShortFormat));
    }
    if (m_session->content().trust.signers().empty()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, tr("No trusted keys yet."));
        item->setFlags(Qt::NoItemFlags);
    }
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

void TrustedKeysDialog::chooseKeyToAdd()
{
    const auto choice =
        PrivateFileDialog::openFile(this, tr("The signer's public key"),
                                    {tr("minisign public keys (*.pub)"), tr("All files (*)")});
    if (choice)
        addKeyFromFile(choice->path);
}

bool TrustedKeysDialog::addKeyFromFile(const QString &path)
{
    const auto refuse = [this](const QString &text) {
        QMessageBox::warning(this, tr("Key not trusted"), text);
        return false;
    };
    const std::variant<MinisignPublicKey, QString> read = PackTrustDialog::readKeyFile(path);
    if (const auto *problem = std::get_if<QString>(&read))
        return refuse(*problem);
    const MinisignPublicKey &key = std::get<MinisignPublicKey>(read);
    TrustKeyDialog confirm(key, this);
    if (confirm.exec() != QDialog::Accepted)
        return false;
    if (const auto error = m_session->trustKey(key, confirm.signerName()))
        return refuse(SecurityText::error(*error));
    return true;
}

void TrustedKeysDialog::removeSelectedKey()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (!selected.isEmpty())
        removeKeyAt(m_list->indexOfTopLevelItem(selected.constFirst()));
}

bool TrustedKeysDialog::removeKeyAt(int row)
{
    const std::vector<TrustedSigner> &signers = m_session->content().trust.signers();
    if (row < 0 || std::size_t(row) >= signers.size())
        return false;
    const TrustedSigner signer = signers[std::size_t(row)];
    const DestructiveConfirmation confirmation{
        .title = tr("Stop trusting this key?"),
        .text = tr("Stop trusting the key of %1 (key ID %2)? Map packs it signs will then be "
                   "shown as signed by an unknown key, until you add it again.")
                    .arg(signer.name, signer.key.keyIdHex()),
        .format = Qt::PlainText, // the name is the user's own text, not markup
        .action = tr("&Stop trusting it"),
        .objectName = QStringLiteral("removeTrustedKeyConfirmation"),
        .actionObjectName = QStringLiteral("removeTrustedKeyConfirmButton"),
    };
    if (!confirmation.ask(this))
        return false;
    if (const auto error = m_session->distrustKey(signer.key)) {
        QMessageBox::warning(this, tr("Key not removed"), SecurityText::error(*error));
        return false;
    }
    return true;
}

} // namespace blindspot
