#include "gui/security/pack_trust_dialog.h"

#include "common/error_text.h"
#include "gui/shell/model_text.h"
#include "gui/shell/private_file_dialog.h"
#include "gui/security/security_text.h"
#include "gui/security/workspace_session.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace blindspot {

namespace {

// A coloured bar on the left says what kind of news a paragraph is. Green only where the
// signature was checked; amber for problems; never red (RISK-COMMUNICATION.md).
QString boxStyle(const char *border, const char *background)
{
    return QStringLiteral("QLabel { background: %1; color: #1d1d1d; border-left: 5px solid %2;"
                          " padding: 8px 10px; }")
        .arg(QLatin1String(background), QLatin1String(border));
}

QLabel *richLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PackTrustDialog::PackTrustDialog(WorkspaceSession *session, QByteArray packBytes,
                                 DatasetHeader header, std::optional<MinisignSignature> signature,
                                 QString signatureProblem, const QString &fileName, QWidget *parent)
    : QDialog(parent), m_session(session), m_packBytes(std::move(packBytes)),
      m_header(std::move(header)), m_signature(std::move(signature)),
      m_signatureProblem(std::move(signatureProblem)), m_fileName(QFileInfo(fileName).fileName())
{
    setObjectName(QStringLiteral("packTrustDialog"));
    setWindowTitle(tr("Who made this map pack?"));
    auto *column = new QVBoxLayout(this);
    column->setSpacing(10);
    m_about = richLabel(this, "packAbout");
    column->addWidget(m_about);
    m_signer = richLabel(this, "signerStatus");
    column->addWidget(m_signer);
    m_key = richLabel(this, "signerKey");
    column->addWidget(m_key);
    m_trustKey = new QPushButton(this);
    m_trustKey->setObjectName(QStringLiteral("trustKeyButton"));
    m_trustKey->setAutoDefault(false);
    m_trustKey->setText(tr("&Trust this key…"));
    m_trustKey->setToolTip(tr("Choose the signer's public key file (.pub), compare its "
                              "fingerprint with the signer, and give the signer a name"));
    column->addWidget(m_trustKey, 0, Qt::AlignLeft);
    connect(m_trustKey, &QPushButton::clicked, this, &PackTrustDialog::chooseKeyToTrust);
    m_problem = richLabel(this, "signatureProblem");
    m_problem->setStyleSheet(boxStyle("#b36b00", "#fdf3e3"));
    column->addWidget(m_problem);
    m_warnings = richLabel(this, "packWarnings");
    m_warnings->setStyleSheet(boxStyle("#b36b00", "#fdf3e3"));
    column->addWidget(m_warnings);
    m_rule = richLabel(this, "packMergeRule");
    column->addWidget(m_rule);
    m_importAnyway = new QCheckBox(this);
    m_importAnyway->setObjectName(QStringLiteral("importAnyway"));
    m_importAnyway->setText(tr("I know why: import it anyway, as an untrusted source"));
    column->addWidget(m_importAnyway);
    column->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Review the changes…"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Do not import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canContinue())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importAnyway, &QCheckBox::toggled, this, &PackTrustDialog::showAssessment);
    column->addWidget(m_buttons);

    assess();
    setMinimumWidth(620);
}

PackTrustDialog::~PackTrustDialog() = default;

void PackTrustDialog::assess()
{
    m_assessment = m_session->content().trust.assess(m_packBytes, m_header, m_signature,
                                                     QDateTime::currentDateTimeUtc());
    showAssessment();
}

bool PackTrustDialog::canContinue() const
{
    const bool refused =
        m_assessment.signer == PackAssessment::Signer::Invalid || !m_signatureProblem.isEmpty();
    return !refused || m_importAnyway->isChecked();
}

void PackTrustDialog::showAssessment()
{
    const PackAssessment &a = m_assessment;
    // The publisher's name is what the file says; only a trusted signature vouches for it.
    const QString publisher =
        m_header.publisher.isEmpty() ? tr("not stated") : m_header.publisher.toHtmlEscaped();
    m_about->setText(
        tr("<b>%1</b><br>Map: %2, version %3. Publisher, as the file says: %4.")
            .arg(m_fileName.toHtmlEscaped(),
                 m_header.name.isEmpty() ? tr("untitled") : m_header.name.toHtmlEscaped(),
                 ModelText::count(qint64(m_header.version)), publisher));

    if (!m_signatureProblem.isEmpty()) {
        m_signer->setText(tr("<b>The signature file beside this map pack cannot be read.</b> "
                             "It may be damaged, or it was altered."));
        m_signer->setStyleSheet(boxStyle("#b36b00", "#fdf3e3"));
    } else {
        m_signer->setText(SecurityText::signer(a));
        switch (a.signer) {
        case PackAssessment::Signer::Trusted:
            m_signer->setStyleSheet(boxStyle("#1b6e3a", "#eaf5ee"));
            break;
        case PackAssessment::Signer::Invalid:
            m_signer->setStyleSheet(boxStyle("#b36b00", "#fdf3e3"));
            break;
        case PackAssessment::Signer::Unsigned:
        case PackAssessment::Signer::UnknownKey:
            m_signer->setStyleSheet(boxStyle("#6b7680", "#f1f3f5"));
            break;
        }
    }

    if (a.signer == PackAssessment::Signer::Trusted ||
        a.signer == PackAssessment::Signer::Invalid) {
        const MinisignPublicKey &key = a.trustedSigner->key;
        m_key->setText(tr("Key ID %1 · fingerprint <tt>%2</tt> · trusted since %3")
                           .arg(key.keyIdHex(), key.fingerprint(),
                                ModelText::date(a.trustedSigner->addedAt.toLocalTime().date())));
        m_key->show();
    } else if (a.signer == PackAssessment::Signer::UnknownKey) {
        m_key->setText(tr("To trust it, get the signer's public key file (.pub) from them in "
                          "person or through a channel you already trust, not from where this "
                          "map pack came from. You will compare its fingerprint before anything "
                          "is trusted."));
        m_key->show();
    } else {
        m_key->hide();
    }
    m_trustKey->setVisible(a.signer == PackAssessment::Signer::UnknownKey &&
                           m_signatureProblem.isEmpty());

    const QStringList warnings = SecurityText::warnings(a, m_header);
    m_warnings->setText(warnings.join(QStringLiteral("<br><br>")));
    m_warnings->setVisible(!warnings.isEmpty());

    const bool refused =
        a.signer == PackAssessment::Signer::Invalid || !m_signatureProblem.isEmpty();
    m_problem->setVisible(!m_signatureProblem.isEmpty());
    m_problem->setText(m_signatureProblem.toHtmlEscaped());
    m_importAnyway->setVisible(refused);
    m_rule->setText(a.isTrustworthy()
                        ? tr("It is imported as a trusted source: it may also remove cameras or "
                             "lower their face-recognition status, each shown for your review.")
                        : SecurityText::mergeRule());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canContinue());
    // A refused or flagged pack must be imported on purpose: Enter does not do it.
    const bool careful = refused || !warnings.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(!careful);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(careful);
    if (careful)
        m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
}

void PackTrustDialog::chooseKeyToTrust()
{
    const auto choice =
        PrivateFileDialog::openFile(this, tr("The signer's public key"),
                                    {tr("minisign public keys (*.pub)"), tr("All files (*)")});
    if (choice)
        trustKeyFromFile(choice->path);
}

bool PackTrustDialog::trustKeyFromFile(const QString &path)
{
    const auto refuse = [this](const QString &text) {
        QMessageBox::warning(this, tr("Key not trusted"), text);
        return false;
    };
    const std::variant<MinisignPublicKey, QString> read = readKeyFile(path);
    if (const auto *problem = std::get_if<QString>(&read))
        return refuse(*problem);
    const MinisignPublicKey &key = std::get<MinisignPublicKey>(read);
    if (key.keyId != m_assessment.signerKeyId)
        return refuse(tr("This key (key ID %1) did not sign this map pack, which was signed with "
                         "key ID %2. Choose the public key of the one who signed it. Nothing was "
                         "trusted.")
                          .arg(key.keyIdHex(), keyIdHex(m_assessment.signerKeyId)));
    TrustKeyDialog confirm(key, this);
    if (confirm.exec() != QDialog::Accepted)
        return false;
    if (const auto error = m_session->trustKey(key, confirm.signerName()))
        return refuse(SecurityText::error(*error));
    assess();
    return true;
}

std::variant<MinisignPublicKey, QString> PackTrustDialog::readKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be opened: %2. Nothing was trusted.")
            .arg(QFileInfo(path).fileName(), file.errorString());
    const QByteArray bytes = file.read(kMaxMinisignKeyFileBytes + 1);
    if (bytes.size() > kMaxMinisignKeyFileBytes)
        return tr("%1 is too large to be a public key file. Nothing was trusted.")
            .arg(QFileInfo(path).fileName());
    Result<MinisignPublicKey> parsed = parsePublicKeyFile(bytes, QFileInfo(path).fileName());
    if (const auto *error = std::get_if<ParseError>(&parsed))
        return tr("This is not a public key file Blindspot can read (%1). Nothing was "
                  "trusted.")
            .arg(ErrorText::located(*error));
    return std::get<MinisignPublicKey>(std::move(parsed));
}

TrustKeyDialog::TrustKeyDialog(const MinisignPublicKey &key, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("trustKeyDialog"));
    setWindowTitle(tr("Trust this key?"));
    auto *column = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(tr("Before you trust this key, compare its fingerprint with the signer: in "
                      "person, or over a channel you already trust. Trust it only if every "
                      "group of four matches. Anyone who gets you to trust their key can "
                      "send you maps that look trustworthy."));
    column->addWidget(intro);
    auto *fingerprint = new QLabel(this);
    fingerprint->setObjectName(QStringLiteral("trustFingerprint"));
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fingerprint->setAlignment(Qt::AlignCenter);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    mono.setBold(true);
    fingerprint->setFont(mono);
    fingerprint->setText(key.fingerprint());
    fingerprint->setStyleSheet(QStringLiteral("QLabel { padding: 10px; background: #f1f3f5; }"));
    column->addWidget(fingerprint);
    auto *keyId = new QLabel(this);
    keyId->setObjectName(QStringLiteral("trustKeyId"));
    keyId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    keyId->setText(tr("Key ID: %1").arg(key.keyIdHex()));
    keyId->setAlignment(Qt::AlignCenter);
    column->addWidget(keyId);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("trustName"));
    m_name->setPlaceholderText(tr("for example: Moscow mappers collective"));
    auto *nameLabel = new QLabel(tr("&Signer's name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    column->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("The fingerprint matches: &trust this key"));
    ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_name, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!signerName().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    column->addWidget(buttons);
    m_name->setFocus();
}

QString TrustKeyDialog::signerName() const
{
    return m_name->text().trimmed();
}

} // namespace blindspot
