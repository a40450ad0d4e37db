#pragma once

#include "core/model/dataset.h"

#include <QObject>

#include <functional>
#include <future>
#include <map>
#include <memory>
#include <vector>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace blindspot {

class PlaceResolver;
class RouteText;

/// Names offered as the planner's fields are typed in: stations in every language (with their
/// lines, and the spelling that matched), and on a map made from a street map its addresses and
/// named places. It owns the map's place index, built on a worker thread when a map opens or
/// changes, which the planner also resolves typed places with.
class PlaceCompletion : public QObject {
    Q_OBJECT
public:
    /// `language` says which names the map shows (stations are offered by those).
    PlaceCompletion(std::function<QString()> language, QObject *parent);

    /// Completes on `dataset` from now on (nullptr: none) and starts indexing its places.
    void setDataset(std::shared_ptr<const Dataset> dataset);
    /// The dataset was changed in place: its places are indexed again.
    void reindex();
    /// The map's place index; waits for it to be built. nullptr without a map, or when the
    /// index did not fit in memory (the map is shown; places cannot be typed on it).
    const PlaceResolver *resolver() const;

    /// Completes `edit` with stations, addresses and places. Opened empty (clicked or tabbed
    /// into), it lists every station, nearest first to `otherEnd`'s place when that resolves.
    QCompleter *completePlaces(QLineEdit *edit, const QLineEdit *otherEnd, const QString &name);
    /// Completes `edit` with stations only (a station or entrance to avoid).
    QCompleter *completeStations(QLineEdit *edit, const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Field {
        QStandardItemModel *model = nullptr;
        QCompleter *completer = nullptr;
        const QLineEdit *otherEnd = nullptr;
        bool places = false; ///< Addresses and named places too, not only stations.
    };
    QCompleter *addField(QLineEdit *edit, const QString &name, Field field);
    void updateCompletions(QLineEdit *edit);
    /// Every station for an empty field: nearest first to `near`'s place when it resolves,
    /// else by name.
    std::vector<StationId> stationsToOffer(const QLineEdit *near, const RouteText &text) const;

    std::function<QString()> m_language;
    std::shared_ptr<const Dataset> m_dataset;
    /// Built by a worker thread; resolver() waits for it.
    std::shared_future<std::shared_ptr<const PlaceResolver>> m_resolverBuild;
    std::map<const QObject *, Field> m_fields;
};

} // namespace blindspot
