#include "gui/import/import_review_dialog.h"

#include "gui/import/change_list_model.h"
#include "gui/map/map_view.h"
#include "gui/shell/model_text.h"
#include "gui/training/map_marks_overlay.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

#include <array>

namespace blindspot {

namespace {

using Group = ChangeListModel::Group;
constexpr std::size_t kGroupCount = ChangeListModel::kGroupCount;

// Where a change counts in per-group tallies.
std::size_t groupOf(ChangeKind kind)
{
    return static_cast<std::size_t>(ChangeListModel::groupOf(kind));
}

/// Rows as tall as their wrapped text at the column's width: Qt's default asks for the text's
/// height on one line, so long reasons would be cut off with "…".
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        // Column 0 loses the tree's indentation and the check box.
        int width = m_view->columnWidth(index.column()) - 8;
        if (index.column() == 0)
            width -= m_view->indentation() * (index.parent().isValid() ? 2 : 1) + 24;
        const QRect text = opt.fontMetrics.boundingRect(QRect(0, 0, std::max(width, 40), 100000),
                                                        Qt::TextWordWrap, opt.text);
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        return {base.width(), std::max(base.height(), text.height() + 6)};
    }

private:
    QTreeView *m_view;
};

} // namespace

ImportReviewDialog::ImportReviewDialog(const Dataset &base, const Dataset &incoming,
                                       const QString &fileName, QWidget *parent)
    : QDialog(parent), m_base(base), m_incoming(incoming),
      m_fileName(QFileInfo(fileName).fileName())
{
    setObjectName(QStringLiteral("importReviewDialog"));
    auto *column = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    column->addWidget(m_summary);
    m_fictionalWarning = new QLabel(this);
    m_fictionalWarning->setWordWrap(true);
    m_fictionalWarning->setObjectName(QStringLiteral("importFictionalWarning"));
    m_fictionalWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff1c2; color: #3b2f00; padding: 6px; }"));
    column->addWidget(m_fictionalWarning);
    m_trust = new QCheckBox(this);
    m_trust->setObjectName(QStringLiteral("importTrust"));
    connect(m_trust, &QCheckBox::toggled, this, &ImportReviewDialog::setTrustsSource);
    column->addWidget(m_trust);

    // Asked once, for the whole file: who it comes from and when it was surveyed or retrieved,
    // kept with every element as its provenance.
    auto *source = new QFormLayout;
    m_sourceLabel = new QLabel(this);
    m_sourceName = new QLineEdit(this);
    m_sourceName->setObjectName(QStringLiteral("importSourceName"));
    m_sourceLabel->setBuddy(m_sourceName);
    m_sourceDateLabel = new QLabel(this);
    m_sourceDate = new QDateEdit(this);
    m_sourceDate->setObjectName(QStringLiteral("importSourceDate"));
    m_sourceDate->setCalendarPopup(true);
    m_sourceDate->setMaximumDate(QDate::currentDate());
    m_sourceDateLabel->setBuddy(m_sourceDate);
    source->addRow(m_sourceLabel, m_sourceName);
    source->addRow(m_sourceDateLabel, m_sourceDate);
    column->addLayout(source);
    if (asksForSource()) {
        const Source &s = m_incoming.sources.front();
        m_sourceName->setText(s.name.isEmpty() ? m_fileName : s.name);
        m_sourceDate->setDate(s.retrieved.isValid() ? s.retrieved : QDate::currentDate());
    } else {
        for (QWidget *w : std::initializer_list<QWidget *>{m_sourceLabel, m_sourceName,
                                                           m_sourceDateLabel, m_sourceDate})
            w->hide();
    }

    m_model = new ChangeListModel(m_incoming, this);
    m_model->setBase(&m_base);
    auto *split = new QSplitter(this);
    m_view = new QTreeView(split);
    m_view->setObjectName(QStringLiteral("importChanges"));
    m_view->setModel(m_model);
    // Reasons are sentences: wrapped, not cut off at the column's edge.
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setUniformRowHeights(false);
    m_view->setItemDelegate(new WrappingDelegate(m_view));
    // Rows take their new heights when a column is made wider or narrower.
    connect(m_view->header(), &QHeaderView::sectionResized, m_view,
            [this] { m_view->doItemsLayout(); });
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    auto *previewBox = new QWidget(split);
    auto *previewColumn = new QVBoxLayout(previewBox);
    previewColumn->setContentsMargins(0, 0, 0, 0);
    m_preview = new MapView(previewBox);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setMinimumSize(240, 200);
    m_previewMarks = new MapMarksOverlay(m_preview);
    previewColumn->addWidget(m_preview, 1);
    m_previewNote = new QLabel(previewBox);
    m_previewNote->setObjectName(QStringLiteral("importPreviewNote"));
    m_previewNote->setWordWrap(true);
    previewColumn->addWidget(m_previewNote);
    previewBox->hide(); // until the caller gives the map (setPreviewMap)
    split->addWidget(m_view);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    column->addWidget(split, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ImportReviewDialog::showSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ImportReviewDialog::updateSummary);

    auto *choices = new QHBoxLayout;
    m_acceptAll = new QPushButton(this);
    m_acceptAll->setObjectName(QStringLiteral("importAcceptAll"));
    connect(m_acceptAll, &QPushButton::clicked, this, &ImportReviewDialog::acceptAll);
    m_rejectAll = new QPushButton(this);
    m_rejectAll->setObjectName(QStringLiteral("importRejectAll"));
    connect(m_rejectAll, &QPushButton::clicked, this, &ImportReviewDialog::rejectAll);
    choices->addWidget(m_acceptAll);
    choices->addWidget(m_rejectAll);
    choices->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    choices->addWidget(m_buttons);
    column->addLayout(choices);

    replan();
    retranslateUi();
    m_view->expandAll();
    m_view->setColumnWidth(0, 250);
    m_view->setColumnWidth(1, 200);
    resize(1100, 680);
    // The list first; the map beside it is for the one change selected.
    m_preview->parentWidget()->setMinimumWidth(260);
    if (auto *split = qobject_cast<QSplitter *>(m_view->parentWidget()))
        split->setSizes({760, 300});
}

QString ImportReviewDialog::appliedSummary() const
{
    std::array<qint64, kGroupCount> ticked{};
    for (std::size_t i = 0; i < m_changes.changes.size(); ++i)
        ticked[groupOf(m_changes.changes[i].kind)] += m_model->accepted()[i] ? 1 : 0;
    const auto n = [&](Group group) {
        return ModelText::count(ticked[static_cast<std::size_t>(group)]);
    };
    // Rejected changes that were ticked are recorded as disagreements too.
    return tr("Imported %1: %2 added, %3 merged with what was on the map, %4 disagreements "
              "recorded for review.")
        .arg(m_fileName, n(Group::Added), n(Group::Merged),
             ModelText::count(ticked[std::size_t(Group::Conflicting)] +
                              ticked[std::size_t(Group::Rejected)]));
}

bool ImportReviewDialog::asksForSource() const
{
    return m_incoming.sources.size() == 1;
}

void ImportReviewDialog::setPreviewMap(std::shared_ptr<const Dataset> base)
{
    m_previewDataset = std::move(base);
    m_preview->setDataset(m_previewDataset);
    m_preview->parentWidget()->setVisible(m_previewDataset != nullptr);
    showSelected();
}

void ImportReviewDialog::showSelected()
{
    if (!m_previewDataset)
        return;
    const QModelIndex index = m_view->currentIndex();
    LatLon position;
    if (index.isValid() && index.parent().isValid())
        position = m_model->positionOf(m_changes.changes[m_model->changeAt(index)]);
    if (!position.isValid()) {
        m_previewMarks->setMarks({});
        m_previewNote->setText(index.isValid() && index.parent().isValid()
                                   ? tr("This change has no position of its own to show.")
                                   : tr("Select a change to see where it is."));
        return;
    }
    // Street level: close enough to tell which side of the road, as the mapper surveyed it.
    constexpr double kPreviewPixelsPerMetre = 1.0;
    m_preview->showPosition(position, kPreviewPixelsPerMetre);
    m_previewMarks->setMarks({position});
    m_previewNote->setText(
        tr("The ring marks where the file puts it: %1.").arg(ModelText::position(position)));
}

ImportReviewDialog::~ImportReviewDialog() = default;

void ImportReviewDialog::retranslateUi()
{
    setWindowTitle(tr("Review import"));
    m_trust->setText(tr("I trust the source of this file: let it lower face-recognition status "
                        "too (recorded as a conflict for review)"));
    m_fictionalWarning->setText(tr("One of the two maps is fictional training data. If you "
                                   "import, the whole result is marked fictional."));
    m_acceptAll->setText(tr("&Accept all"));
    m_rejectAll->setText(tr("&Reject all"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import ticked changes"));
    m_sourceLabel->setText(tr("&Source's name:"));
    m_sourceName->setToolTip(tr("Who the data comes from, as others should see it (for example "
                                "\"Survey of line 1, volunteers\"); kept with every camera"));
    m_sourceDateLabel->setText(tr("Surveyed or retrieved &on:"));
    m_model->retranslate();
    updateSummary();
}

void ImportReviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportReviewDialog::replan()
{
    m_changes = planMerge(m_base, m_incoming, m_options);
    m_model->setChanges(&m_changes, m_changes.defaultSelection());
    m_fictionalWarning->setVisible(m_changes.mixesFictional);
    for (int group = 0; group < m_model->rowCount({}); ++group)
        m_view->setRowHidden(group, {}, m_model->rowCount(m_model->index(group, 0, {})) == 0);
    m_view->expandAll();
    updateSummary();
}

void ImportReviewDialog::updateSummary()
{
    std::array<qint64, kGroupCount> ticked{};
    qint64 all = 0;
    for (std::size_t i = 0; i < m_changes.changes.size(); ++i) {
        const bool accepted = m_model->accepted()[i];
        ticked[groupOf(m_changes.changes[i].kind)] += accepted ? 1 : 0;
        all += accepted ? 1 : 0;
    }
    const auto g = [&](Group group) {
        return ModelText::count(ticked[static_cast<std::size_t>(group)]);
    };
    m_summary->setText(
        tr("%1: %2 of %3 changes are ticked (new: %4, merged: %5, conflicting: %6, rejected: "
           "%7). Untick what you do not want. Nothing changes until you import; then every "
           "ticked change applies at once.")
            .arg(m_fileName, ModelText::count(all),
                 ModelText::count(qint64(m_changes.changes.size())), g(Group::Added),
                 g(Group::Merged), g(Group::Conflicting), g(Group::Rejected)));
}

const std::vector<bool> &ImportReviewDialog::accepted() const
{
    return m_model->accepted();
}

void ImportReviewDialog::setAccepted(std::size_t change, bool accepted)
{
    m_model->setAccepted(change, accepted);
}

void ImportReviewDialog::acceptAll()
{
    m_model->setAll(true);
}

void ImportReviewDialog::rejectAll()
{
    m_model->setAll(false);
}

void ImportReviewDialog::setTrustsSource(bool trusted)
{
    if (trusted == m_options.sourceTrusted)
        return;
    m_options.sourceTrusted = trusted;
    const QSignalBlocker blocker(m_trust);
    m_trust->setChecked(trusted);
    replan();
}

Dataset ImportReviewDialog::mergedDataset() const
{
    if (!asksForSource() || (m_sourceName->text().trimmed() == m_incoming.sources.front().name &&
                             m_sourceDate->date() == m_incoming.sources.front().retrieved))
        return applyMerge(m_base, m_incoming, m_changes, m_model->accepted());
    // The changes refer to the file's elements by index, so a copy with its source renamed
    // merges exactly as planned.
    Dataset named = m_incoming;
    if (const QString name = m_sourceName->text().trimmed(); !name.isEmpty())
        named.sources.front().name = name;
    named.sources.front().retrieved = m_sourceDate->date();
    return applyMerge(m_base, named, m_changes, m_model->accepted());
}

} // namespace blindspot
