#include "gui/import/import_review_dialog.h"

#include "gui/map/map_view.h"
#include "gui/shell/model_text.h"
#include "common/route_text.h"
#include "gui/training/map_marks_overlay.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

#include <array>
#include <cmath>

namespace blindspot {

namespace {

enum class Group : std::uint8_t { Added, Merged, Conflicting, Rejected };
constexpr std::size_t kGroupCount = 4;
// internalId of a group row; a change row's internalId is its group's number.
constexpr quintptr kGroupRow = ~quintptr(0);
constexpr int kColumns = 3; // what, where, why

Group groupOf(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::AddLine:
    case ChangeKind::AddStation:
    case ChangeKind::AddEntrance:
    case ChangeKind::AddZone:
    case ChangeKind::AddCamera:
    case ChangeKind::AddSurveyArea:
        return Group::Added;
    case ChangeKind::MatchLine:
    case ChangeKind::MatchStation:
    case ChangeKind::MatchEntrance:
    case ChangeKind::MatchZone:
    case ChangeKind::MergeCamera:
    case ChangeKind::MatchSurveyArea:
        return Group::Merged;
    case ChangeKind::ConflictCamera:
        return Group::Conflicting;
    case ChangeKind::RejectCamera:
        break;
    }
    return Group::Rejected;
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

/// The changes as a two-level tree, with a check box per change and per group.
class ChangeListModel : public QAbstractItemModel {
public:
    ChangeListModel(const Dataset &incoming, QObject *parent)
        : QAbstractItemModel(parent), m_incoming(incoming)
    {
    }

    void setChanges(const ChangeSet *changes, std::vector<bool> accepted)
    {
        beginResetModel();
        m_changes = changes;
        m_accepted = std::move(accepted);
        m_accepted.resize(changes->changes.size(), false);
        for (auto &rows : m_groups)
            rows.clear();
        for (std::size_t i = 0; i < changes->changes.size(); ++i)
            m_groups[static_cast<std::size_t>(groupOf(changes->changes[i].kind))].push_back(i);
        endResetModel();
    }

    const std::vector<bool> &accepted() const { return m_accepted; }

    void setAccepted(std::size_t change, bool accepted)
    {
        if (change >= m_accepted.size() || m_accepted[change] == accepted)
            return;
        m_accepted[change] = accepted;
        const auto group = static_cast<std::size_t>(groupOf(m_changes->changes[change].kind));
        const auto &rows = m_groups[group];
        const int row =
            static_cast<int>(std::find(rows.begin(), rows.end(), change) - rows.begin());
        const QModelIndex child = createIndex(row, 0, quintptr(group));
        emit dataChanged(child, child, {Qt::CheckStateRole});
        const QModelIndex parent = groupIndex(group);
        emit dataChanged(parent, parent, {Qt::CheckStateRole, Qt::DisplayRole});
    }

    void setAll(bool accepted)
    {
        for (std::size_t i = 0; i < m_accepted.size(); ++i)
            setAccepted(i, accepted);
    }

    std::size_t changeAt(const QModelIndex &index) const
    {
        return m_groups[index.internalId()][static_cast<std::size_t>(index.row())];
    }

    /// Retranslation: every text is made on demand, so a repaint is all it takes.
    void retranslate() { emit layoutChanged(); }

    QModelIndex index(int row, int column, const QModelIndex &parent) const override
    {
        if (!hasIndex(row, column, parent))
            return {};
        if (!parent.isValid())
            return createIndex(row, column, kGroupRow);
        return createIndex(row, column, quintptr(parent.row()));
    }

    QModelIndex parent(const QModelIndex &child) const override
    {
        if (!child.isValid() || child.internalId() == kGroupRow)
            return {};
        return groupIndex(child.internalId());
    }

    int rowCount(const QModelIndex &parent) const override
    {
        if (!m_changes)
            return 0;
        if (!parent.isValid())
            return static_cast<int>(kGroupCount);
        if (parent.internalId() != kGroupRow || parent.column() != 0)
            return 0;
        return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].size());
    }

    int columnCount(const QModelIndex &) const override { return kColumns; }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (index.column() == 0)
            flags |= Qt::ItemIsUserCheckable;
        return flags;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case 0:
            return ImportReviewDialog::tr("Change");
        case 1:
            return ImportReviewDialog::tr("Where");
        default:
            return ImportReviewDialog::tr("Why");
        }
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || !m_changes)
            return {};
        if (index.internalId() == kGroupRow)
            return groupData(static_cast<std::size_t>(index.row()), index.column(), role);
        const Change &change = m_changes->changes[changeAt(index)];
        if (role == Qt::CheckStateRole && index.column() == 0)
            return m_accepted[changeAt(index)] ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            switch (index.column()) {
            case 0:
                return describe(change);
            case 1:
                return place(change);
            default:
                return explain(change);
            }
        }
        return {};
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (!index.isValid() || role != Qt::CheckStateRole || index.column() != 0)
            return false;
        const bool accepted = value.toInt() == Qt::Checked;
        if (index.internalId() == kGroupRow) {
            for (std::size_t change : m_groups[static_cast<std::size_t>(index.row())])
                setAccepted(change, accepted);
        } else {
            setAccepted(changeAt(index), accepted);
        }
        return true;
    }

private:
    QModelIndex groupIndex(std::size_t group) const
    {
        return createIndex(static_cast<int>(group), 0, kGroupRow);
    }

    QVariant groupData(std::size_t group, int column, int role) const
    {
        const std::vector<std::size_t> &rows = m_groups[group];
        const auto ticked = std::count_if(rows.begin(), rows.end(),
                                          [this](std::size_t i) { return bool(m_accepted[i]); });
        if (role == Qt::CheckStateRole && column == 0) {
            if (rows.empty() || ticked == 0)
                return Qt::Unchecked;
            return ticked == qsizetype(rows.size()) ? Qt::Checked : Qt::PartiallyChecked;
        }
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        if (column == 2)
            return groupExplanation(static_cast<Group>(group));
        if (column == 1)
            return {};
        const QString count = ModelText::count(qsizetype(rows.size()));
        switch (static_cast<Group>(group)) {
        case Group::Added:
            return ImportReviewDialog::tr("New (%1)").arg(count);
        case Group::Merged:
            return ImportReviewDialog::tr("Already on the map, merged (%1)").arg(count);
        case Group::Conflicting:
            return ImportReviewDialog::tr("Conflicting (%1)").arg(count);
        case Group::Rejected:
            break;
        }
        return ImportReviewDialog::tr("Rejected (%1)").arg(count);
    }

    static QString groupExplanation(Group group)
    {
        switch (group) {
        case Group::Added:
            return ImportReviewDialog::tr("Not on the map yet: added with this file as their "
                                          "source.");
        case Group::Merged:
            return ImportReviewDialog::tr("The same as something on the map: one element with "
                                          "both sources, gaps filled in.");
        case Group::Conflicting:
            return ImportReviewDialog::tr("The same camera, but the file disagrees: the map keeps "
                                          "its value and records the disagreement for review.");
        case Group::Rejected:
            break;
        }
        return ImportReviewDialog::tr("Refused by default: an untrusted source may not lower "
                                      "face-recognition status. Tick to record it as a conflict.");
    }

    static QString language() { return QLocale().name().left(2); }

public:
    /// Where the change is on the ground; invalid for one placed only by its station.
    LatLon positionOf(const Change &change) const
    {
        const Network &net = m_incoming.network;
        const std::uint32_t i = change.incoming;
        switch (change.kind) {
        case ChangeKind::AddStation:
        case ChangeKind::MatchStation:
            return i < net.stations.size() ? net.stations[i].position : LatLon{};
        case ChangeKind::AddEntrance:
        case ChangeKind::MatchEntrance:
            return i < net.entrances.size() ? net.entrances[i].position : LatLon{};
        case ChangeKind::AddCamera:
        case ChangeKind::MergeCamera:
        case ChangeKind::ConflictCamera:
        case ChangeKind::RejectCamera:
            return i < m_incoming.cameras.size() ? m_incoming.cameras[i].position : LatLon{};
        default:
            return {};
        }
    }

    /// The map the reviewer knows, for "250 m from Mirror Square (north-east)".
    void setBase(const Dataset *base) { m_base = base; }

private:
    /// "250 m from Mirror Square (north-east)": the nearest station of the map it goes into
    /// (else of the file), which a mapper can judge; raw coordinates only without stations.
    QString nearby(LatLon position) const
    {
        const Dataset *sets[] = {m_base, &m_incoming};
        for (const Dataset *d : sets)
            if (d)
                if (QString near = RouteText(*d, language()).nearStation(position); !near.isEmpty())
                    return near;
        return ModelText::position(position);
    }

    /// Where the change is: near which station, or the station of an element placed by it.
    QString place(const Change &change) const
    {
        if (const LatLon position = positionOf(change); position.isValid())
            return nearby(position);
        // Without a position: a camera placed by its station only.
        const Network &net = m_incoming.network;
        const std::uint32_t i = change.incoming;
        const bool camera = change.kind == ChangeKind::AddCamera ||
                            change.kind == ChangeKind::MergeCamera ||
                            change.kind == ChangeKind::ConflictCamera ||
                            change.kind == ChangeKind::RejectCamera;
        if (!camera || i >= m_incoming.cameras.size())
            return {};
        const StationId station = m_incoming.cameras[i].anchorStation;
        if (indexOf(station) >= net.stations.size())
            return {};
        return ImportReviewDialog::tr("inside %1").arg(net.station(station).name.inLanguage(language()));
    }

    QString describe(const Change &change) const
    {
        const Network &net = m_incoming.network;
        const QString lang = language();
        const auto stationName = [&](StationId id) {
            return indexOf(id) < net.stations.size() ? net.station(id).name.inLanguage(lang)
                                                     : QString();
        };
        const std::uint32_t i = change.incoming;
        const auto cameraLabel = [](const Camera &camera) {
            // "Kind not known" alone reads as a problem with the row, not with the camera.
            const QString kind = camera.kind == CameraKind::Unknown
                                     ? ImportReviewDialog::tr("Camera of a kind not stated")
                                     : ModelText::cameraKind(camera.kind);
            return ImportReviewDialog::tr("%1, %2").arg(kind, ModelText::frStatus(camera.frStatus));
        };
        switch (change.kind) {
        case ChangeKind::AddLine:
        case ChangeKind::MatchLine:
            return i < net.lines.size()
                       ? ImportReviewDialog::tr("Line %1").arg(net.lines[i].name.inLanguage(lang))
                       : QString();
        case ChangeKind::AddStation:
        case ChangeKind::MatchStation:
            return ImportReviewDialog::tr("Station %1").arg(stationName(StationId{i}));
        case ChangeKind::AddEntrance:
        case ChangeKind::MatchEntrance:
            if (i >= net.entrances.size())
                return {};
            return ImportReviewDialog::tr("Entrance %1 of %2")
                .arg(net.entrances[i].ref.isEmpty() ? net.entrances[i].name.inLanguage(lang)
                                                    : net.entrances[i].ref,
                     stationName(net.entrances[i].station));
        case ChangeKind::AddZone:
        case ChangeKind::MatchZone:
            if (i >= net.zones.size())
                return {};
            return ImportReviewDialog::tr("%1 of %2")
                .arg(ModelText::zoneKind(net.zones[i].kind), stationName(net.zones[i].station));
        case ChangeKind::AddCamera:
        case ChangeKind::MergeCamera:
        case ChangeKind::ConflictCamera:
        case ChangeKind::RejectCamera:
            return i < m_incoming.cameras.size() ? cameraLabel(m_incoming.cameras[i]) : QString();
        case ChangeKind::AddSurveyArea:
        case ChangeKind::MatchSurveyArea:
            if (i >= m_incoming.surveyAreas.size())
                return {};
            return ImportReviewDialog::tr("Survey area %1 (%2)")
                .arg(m_incoming.surveyAreas[i].name,
                     ModelText::date(m_incoming.surveyAreas[i].surveyed));
        }
        return {};
    }

    static QString basisText(MatchBasis basis)
    {
        switch (basis) {
        case MatchBasis::SourceRef:
            return ImportReviewDialog::tr("the same OpenStreetMap or GTFS id");
        case MatchBasis::Name:
            return ImportReviewDialog::tr("the same name nearby");
        case MatchBasis::Position:
            return ImportReviewDialog::tr("the same place");
        case MatchBasis::Ref:
            return ImportReviewDialog::tr("the same entrance number");
        case MatchBasis::Anchor:
            return ImportReviewDialog::tr("the same station and zone");
        case MatchBasis::Kind:
            return ImportReviewDialog::tr("the same kind of zone at the same station");
        case MatchBasis::Identical:
            return ImportReviewDialog::tr("an identical area");
        case MatchBasis::None:
            break;
        }
        return {};
    }

    static QString attributeText(const AttributeChange &change)
    {
        // Core names attributes and values for machines: put them in words first.
        AttributeChange a = change;
        a.attribute = ModelText::attributeName(change.attribute);
        a.baseValue = ModelText::attributeValue(change.attribute, change.baseValue);
        a.incomingValue = ModelText::attributeValue(change.attribute, change.incomingValue);
        switch (a.outcome) {
        case AttributeOutcome::Filled:
            return ImportReviewDialog::tr("%1: adds %2").arg(a.attribute, a.incomingValue);
        case AttributeOutcome::Appended:
            return ImportReviewDialog::tr("%1: adds the file's text").arg(a.attribute);
        case AttributeOutcome::Raised:
            return ImportReviewDialog::tr("%1: raised from %2 to %3")
                .arg(a.attribute, a.baseValue, a.incomingValue);
        case AttributeOutcome::Conflict:
            return ImportReviewDialog::tr("%1: the map says %2, the file says %3")
                .arg(a.attribute, a.baseValue, a.incomingValue);
        case AttributeOutcome::Lowered:
            break;
        }
        return ImportReviewDialog::tr("%1: the file would lower %2 to %3")
            .arg(a.attribute, a.baseValue, a.incomingValue);
    }

    QString explain(const Change &change) const
    {
        QStringList parts;
        const bool matched = change.base != kNoIndex;
        switch (change.kind) {
        case ChangeKind::AddCamera:
            parts << ImportReviewDialog::tr("no camera on the map this close");
            break;
        case ChangeKind::AddStation:
            if (matched)
                parts << ImportReviewDialog::tr("joins a station of the same name as a transfer");
            break;
        case ChangeKind::RejectCamera:
            if (change.reason == RejectReason::LowersFrStatus)
                parts << ImportReviewDialog::tr("an untrusted source would lower its "
                                                "face-recognition status");
            break;
        default:
            break;
        }
        if (matched && change.kind != ChangeKind::AddStation) {
            const QString basis = basisText(change.basis);
            if (std::isfinite(change.distanceMetres))
                parts << ImportReviewDialog::tr("matched by %1, %2 apart")
                             .arg(basis, RouteText::distance(change.distanceMetres));
            else if (!basis.isEmpty())
                parts << ImportReviewDialog::tr("matched by %1").arg(basis);
        }
        for (const AttributeChange &attribute : change.attributes)
            parts << attributeText(attribute);
        return parts.join(QStringLiteral("; "));
    }

    const Dataset &m_incoming;
    const Dataset *m_base = nullptr;
    const ChangeSet *m_changes = nullptr;
    std::vector<bool> m_accepted;
    std::array<std::vector<std::size_t>, kGroupCount> m_groups;
};

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
    connect(m_view->header(), &QHeaderView::sectionResized, m_view, [this] {
        m_view->doItemsLayout();
    });
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
        ticked[static_cast<std::size_t>(groupOf(m_changes.changes[i].kind))] +=
            m_model->accepted()[i] ? 1 : 0;
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
    m_previewNote->setText(tr("The ring marks where the file puts it: %1.")
                               .arg(ModelText::position(position)));
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
        ticked[static_cast<std::size_t>(groupOf(m_changes.changes[i].kind))] += accepted ? 1 : 0;
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
