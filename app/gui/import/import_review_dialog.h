#pragma once

#include "core/model/dataset.h"
#include "core/model/merge.h"

#include <QDialog>

#include <memory>
#include <vector>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace blindspot {

class ChangeListModel;
class MapMarksOverlay;
class MapView;

/// Shows what importing a file would change, before anything changes: each proposed change
/// (planMerge's ChangeSet) grouped as added, merged with what the map has, conflicting, or
/// rejected, each with its reason, and a check box to accept or reject it. The caller applies
/// the accepted ones in one step (mergedDataset(), applyMerge), so an import is all or nothing.
///
/// Rejections (an untrusted source lowering a camera's FR status) start unticked; everything
/// else starts ticked, as on the command line.
class ImportReviewDialog : public QDialog {
    Q_OBJECT
public:
    /// `base` and `incoming` must outlive the dialog. `fileName` is only shown.
    ImportReviewDialog(const Dataset &base, const Dataset &incoming, const QString &fileName,
                       QWidget *parent = nullptr);
    ~ImportReviewDialog() override;

    const ChangeSet &changes() const { return m_changes; }
    /// accepted()[i] says whether changes().changes[i] is to be applied.
    const std::vector<bool> &accepted() const;
    void setAccepted(std::size_t change, bool accepted);
    /// The base with the accepted changes applied, the file's source named and dated as the
    /// reviewer said.
    Dataset mergedDataset() const;
    /// Whether the dialog asks for the source's name and date: when the file has one source.
    bool asksForSource() const;
    /// What importing the ticked changes does, in one sentence for the status bar: "cameras.csv:
    /// 12 added, 3 merged with what was on the map, 1 disagreement recorded."
    QString appliedSummary() const;
    /// The map the changes are shown on, one at a time as they are selected (the base, which
    /// the caller holds); none: no preview.
    void setPreviewMap(std::shared_ptr<const Dataset> base);

    /// Whether the file's source is trusted: then it may also lower FR status (as a conflict
    /// for review). Changing it plans the merge again and resets the choices.
    bool trustsSource() const { return m_options.sourceTrusted; }
    void setTrustsSource(bool trusted);

    /// The list, for tests: top-level rows are the groups, their children the changes.
    QTreeView *changeView() const { return m_view; }

public slots:
    void acceptAll();
    void rejectAll();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void replan();
    void updateSummary();
    /// Shows the selected change on the small map, or says it has no position.
    void showSelected();

    const Dataset &m_base;
    const Dataset &m_incoming;
    QString m_fileName;
    MergeOptions m_options;
    ChangeSet m_changes;

    QLabel *m_summary = nullptr;
    QLabel *m_fictionalWarning = nullptr;
    QCheckBox *m_trust = nullptr;
    QTreeView *m_view = nullptr;
    ChangeListModel *m_model = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLineEdit *m_sourceName = nullptr;
    QLabel *m_sourceDateLabel = nullptr;
    QDateEdit *m_sourceDate = nullptr;
    MapView *m_preview = nullptr;
    MapMarksOverlay *m_previewMarks = nullptr;
    QLabel *m_previewNote = nullptr;
    std::shared_ptr<const Dataset> m_previewDataset;
    QPushButton *m_acceptAll = nullptr;
    QPushButton *m_rejectAll = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace blindspot
