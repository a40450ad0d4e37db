#include "gui/security/pack_import_check.h"

#include "common/error_text.h"
#include "core/io/pack_io.h"
#include "gui/security/pack_trust_dialog.h"
#include "gui/security/security_text.h"
#include "gui/security/workspace_session.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

namespace blindspot {

namespace {
// How long status bar notes stay.
constexpr int kStatusMs = 8000;

// The signature file beside a pack, read and parsed; `problem` says why it is unusable.
std::optional<MinisignSignature> readSignatureFile(const QString &signaturePath,
                                                   QString &problem)
{
    QFile sigFile(signaturePath);
    if (!sigFile.open(QIODevice::ReadOnly)) {
        problem = PackImportCheck::tr("%1 cannot be opened: %2.")
                      .arg(QFileInfo(signaturePath).fileName(), sigFile.errorString());
        return std::nullopt;
    }
    const QString sigName = QFileInfo(signaturePath).fileName();
    const QByteArray sigBytes = sigFile.read(kMaxMinisignSignatureFileBytes + 1);
    Result<MinisignSignature> parsed = ParseError{};
    if (sigBytes.size() > kMaxMinisignSignatureFileBytes) {
        ParseError tooLarge;
        tooLarge.file = sigName;
        tooLarge.code = ParseErrorCode::TooLarge;
        tooLarge.reason = ParseReason::Message; // worded here, in the user's locale
        tooLarge.args = {QLocale().formattedDataSize(kMaxMinisignSignatureFileBytes)};
        parsed = tooLarge;
    } else {
        parsed = parseSignatureFile(sigBytes, sigName);
    }
    if (const auto *error = std::get_if<ParseError>(&parsed)) {
        problem = ErrorText::located(*error);
        return std::nullopt;
    }
    return std::get<MinisignSignature>(std::move(parsed));
}

} // namespace

PackImportCheck::PackImportCheck(WorkspaceSession &session, QWidget *dialogParent,
                                 QObject *parent)
    : QObject(parent), m_session(session), m_dialogParent(dialogParent)
{
}

std::optional<PackImportTrust> PackImportCheck::checkPackImport(const QString &path,
                                                                Dataset &incoming)
{
    const QString name = QFileInfo(path).fileName();
    const auto refuse = [&](const QString &text) -> std::optional<PackImportTrust> {
        QMessageBox::warning(m_dialogParent, tr("Cannot import"), text);
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !looksLikePack(file.peek(16)))
        return PackImportTrust{}; // not a map pack: nobody signs CSV or OSM files
    if (file.size() > kMaxPackBytes)
        return refuse(tr("%1 is larger than Blindspot accepts. Nothing was imported.").arg(name));
    // The signature is checked over these bytes, and the import uses what is read from them,
    // not from an earlier read of a file that may have changed since.
    const QByteArray bytes = file.readAll();
    Result<Dataset> read = readPackBytes(bytes, name);
    if (const auto *error = std::get_if<ParseError>(&read))
        return refuse(tr("%1. Nothing was imported.").arg(ErrorText::located(*error)));
    incoming = std::get<Dataset>(std::move(read));

    std::optional<MinisignSignature> signature;
    QString signatureProblem;
    const QString signaturePath = path + QStringLiteral(".minisig");
    if (QFileInfo::exists(signaturePath))
        signature = readSignatureFile(signaturePath, signatureProblem);

    PackImportTrust trust;
    trust.header = incoming.header;
    const PackAssessment quick = m_session.content().trust.assess(
        bytes, incoming.header, signature, QDateTime::currentDateTimeUtc());
    // An unsigned pack with nothing to warn about goes straight to the review, as any file.
    if (!signature && signatureProblem.isEmpty() && !quick.expired && !quick.rollback &&
        !quick.signerChanged)
        return trust;
    PackTrustDialog dialog(&m_session, bytes, incoming.header, signature, signatureProblem, path,
                           m_dialogParent);
    if (dialog.exec() != QDialog::Accepted || !dialog.canContinue())
        return std::nullopt;
    const PackAssessment &assessment = dialog.assessment();
    trust.trustworthy = signatureProblem.isEmpty() && assessment.isTrustworthy();
    if (assessment.signer == PackAssessment::Signer::Trusted && assessment.trustedSigner)
        trust.verifiedSigner = assessment.trustedSigner->key;
    return trust;
}

void PackImportCheck::packImported(const PackImportTrust &trust)
{
    if (!trust.header || !m_session.hasContent())
        return;
    if (const auto error = m_session.recordImport(*trust.header, trust.verifiedSigner))
        emit statusMessage(
            tr("The import was applied, but its version could not be remembered: %1")
                .arg(SecurityText::problem(*error)),
            kStatusMs);
}

} // namespace blindspot
