#include "gui/import/change_list_model.h"

#include "common/route_text.h"
#include "gui/import/import_review_dialog.h"
#include "gui/shell/model_text.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

// The texts stay in ImportReviewDialog's translation context, where the catalogues hold them.

namespace blindspot {

namespace {

// internalId of a group row; a change row's internalId is its group's number.
constexpr quintptr kGroupRow = ~quintptr(0);

} // namespace

ChangeListModel::Group ChangeListModel::groupOf(ChangeKind kind)
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

ChangeListModel::ChangeListModel(const Dataset &incoming, QObject *parent)
    : QAbstractItemModel(parent), m_incoming(incoming)
{
}

void ChangeListModel::setChanges(const ChangeSet *changes, std::vector<bool> accepted)
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

void ChangeListModel::setAccepted(std::size_t change, bool accepted)
{
    if (change >= m_accepted.size() || m_accepted[change] == accepted)
        return;
    m_accepted[change] = accepted;
    const auto group = static_cast<std::size_t>(groupOf(m_changes->changes[change].kind));
    const auto &rows = m_groups[group];
    const int row = static_cast<int>(std::find(rows.begin(), rows.end(), change) - rows.begin());
    const QModelIndex child = createIndex(row, 0, quintptr(group));
    emit dataChanged(child, child, {Qt::CheckStateRole});
    const QModelIndex parent = groupIndex(group);
    emit dataChanged(parent, parent, {Qt::CheckStateRole, Qt::DisplayRole});
}

void ChangeListModel::setAll(bool accepted)
{
    for (std::size_t i = 0; i < m_accepted.size(); ++i)
        setAccepted(i, accepted);
}

std::size_t ChangeListModel::changeAt(const QModelIndex &index) const
{
    return m_groups[index.internalId()][static_cast<std::size_t>(index.row())];
}

QModelIndex ChangeListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupRow);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex ChangeListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return groupIndex(child.internalId());
}

int ChangeListModel::rowCount(const QModelIndex &parent) const
{
    if (!m_changes)
        return 0;
    if (!parent.isValid())
        return static_cast<int>(kGroupCount);
    if (parent.internalId() != kGroupRow || parent.column() != 0)
        return 0;
    return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].size());
}

Qt::ItemFlags ChangeListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == 0)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ChangeListModel::headerData(int section, Qt::Orientation orientation, int role) const
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

QVariant ChangeListModel::data(const QModelIndex &index, int role) const
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

bool ChangeListModel::setData(const QModelIndex &index, const QVariant &value, int role)
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

QModelIndex ChangeListModel::groupIndex(std::size_t group) const
{
    return createIndex(static_cast<int>(group), 0, kGroupRow);
}

QVariant ChangeListModel::groupData(std::size_t group, int column, int role) const
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

QString ChangeListModel::groupExplanation(Group group)
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

LatLon ChangeListModel::positionOf(const Change &change) const
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

// "250 m from Mirror Square (north-east)": the nearest station of the map it goes into
// (else of the file), which a mapper can judge; raw coordinates only without stations.
QString ChangeListModel::nearby(LatLon position) const
{
    const Dataset *sets[] = {m_base, &m_incoming};
    for (const Dataset *d : sets)
        if (d)
            if (QString near = RouteText(*d, language()).nearStation(position); !near.isEmpty())
                return near;
    return ModelText::position(position);
}

// Where the change is: near which station, or the station of an element placed by it.
QString ChangeListModel::place(const Change &change) const
{
    if (const LatLon position = positionOf(change); position.isValid())
        return nearby(position);
    // Without a position: a camera placed by its station only.
    const Network &net = m_incoming.network;
    const std::uint32_t i = change.incoming;
    const bool camera =
        change.kind == ChangeKind::AddCamera || change.kind == ChangeKind::MergeCamera ||
        change.kind == ChangeKind::ConflictCamera || change.kind == ChangeKind::RejectCamera;
    if (!camera || i >= m_incoming.cameras.size())
        return {};
    const StationId station = m_incoming.cameras[i].anchorStation;
    if (indexOf(station) >= net.stations.size())
        return {};
    return ImportReviewDialog::tr("inside %1")
        .arg(net.station(station).name.inLanguage(language()));
}

QString ChangeListModel::describe(const Change &change) const
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

QString ChangeListModel::basisText(MatchBasis basis)
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

QString ChangeListModel::attributeText(const AttributeChange &change)
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

QString ChangeListModel::explain(const Change &change) const
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

QString ChangeListModel::language()
{
    return QLocale().name().left(2);
}

} // namespace blindspot
