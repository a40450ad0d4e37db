#pragma once

#include "core/model/dataset.h"
#include "core/security/minisign.h"

#include <QObject>
#include <QString>

#include <optional>

class QWidget;

namespace blindspot {

class WorkspaceSession;

/// What the import needs to know from the signer check of a map pack.
struct PackImportTrust {
    /// Whether the merge may treat the pack as a trusted source (PackAssessment::isTrustworthy).
    bool trustworthy = false;
    /// The pack's header, to remember its version after the import; none for other formats.
    std::optional<DatasetHeader> header;
    /// The trusted key whose signature was checked, if any (the whole key, not its id).
    std::optional<MinisignPublicKey> verifiedSigner;
};

/// The signer check before a map pack is imported: its signature against the trust store,
/// PackTrustDialog when it is signed or has a warning, and its version remembered afterwards
/// for rollback checks.
class PackImportCheck : public QObject {
    Q_OBJECT
public:
    /// `dialogParent` carries the dialogs and message boxes.
    PackImportCheck(WorkspaceSession &session, QWidget *dialogParent, QObject *parent = nullptr);

    /// Before an import's review. `incoming` is replaced by the dataset read from the very
    /// bytes that were checked. None when the user cancels or the pack cannot be read (said in
    /// a message box); nothing has changed then. Files that are no map pack pass unchecked.
    std::optional<PackImportTrust> checkPackImport(const QString &path, Dataset &incoming);
    /// After an import was applied: remembers the pack's version for rollback checks.
    void packImported(const PackImportTrust &trust);

signals:
    void statusMessage(const QString &text, int timeoutMs);

private:
    WorkspaceSession &m_session;
    QWidget *m_dialogParent;
};

} // namespace blindspot
