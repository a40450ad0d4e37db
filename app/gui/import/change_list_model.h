#pragma once

#include "core/geo/lat_lon.h"
#include "core/model/dataset.h"
#include "core/model/merge.h"

#include <QAbstractItemModel>

#include <array>
#include <cstdint>
#include <vector>

namespace blindspot {

/// The proposed changes of an import (planMerge's ChangeSet) as a two-level tree for review:
/// the groups (added, merged, conflicting, rejected) at the top, their changes below, each in
/// words (what, where, why) with a check box per change and per group. It holds which changes
/// are ticked; it changes nothing itself.
class ChangeListModel : public QAbstractItemModel {
public:
    /// How a change is grouped for the reviewer.
    enum class Group : std::uint8_t { Added, Merged, Conflicting, Rejected };
    static constexpr std::size_t kGroupCount = 4;
    static Group groupOf(ChangeKind kind);

    /// `incoming` (the file's dataset) must outlive the model.
    ChangeListModel(const Dataset &incoming, QObject *parent);

    /// Shows `changes` (which must outlive the model or the next call), ticked as `accepted`.
    void setChanges(const ChangeSet *changes, std::vector<bool> accepted);
    /// accepted()[i] says whether changes->changes[i] is ticked.
    const std::vector<bool> &accepted() const { return m_accepted; }
    void setAccepted(std::size_t change, bool accepted);
    void setAll(bool accepted);
    /// The change a row below a group stands for.
    std::size_t changeAt(const QModelIndex &index) const;
    /// Retranslation: every text is made on demand, so a repaint is all it takes.
    void retranslate() { emit layoutChanged(); }

    /// Where the change is on the ground; invalid for one placed only by its station.
    LatLon positionOf(const Change &change) const;
    /// The map the reviewer knows, for "250 m from Mirror Square (north-east)".
    void setBase(const Dataset *base) { m_base = base; }

    QModelIndex index(int row, int column, const QModelIndex &parent) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent) const override;
    int columnCount(const QModelIndex &) const override { return kColumns; }
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    static constexpr int kColumns = 3; // what, where, why

    QModelIndex groupIndex(std::size_t group) const;
    QVariant groupData(std::size_t group, int column, int role) const;
    static QString groupExplanation(Group group);
    static QString language();
    QString nearby(LatLon position) const;
    QString place(const Change &change) const;
    QString describe(const Change &change) const;
    static QString basisText(MatchBasis basis);
    static QString attributeText(const AttributeChange &change);
    QString explain(const Change &change) const;

    const Dataset &m_incoming;
    const Dataset *m_base = nullptr;
    const ChangeSet *m_changes = nullptr;
    std::vector<bool> m_accepted;
    std::array<std::vector<std::size_t>, kGroupCount> m_groups;
};

} // namespace blindspot
