#include "gui/planner/place_completion.h"

#include "common/route_text.h"
#include "core/routing/place_resolver.h"
#include "gui/planner/planner_panel.h"

#include <QAbstractItemView>
#include <QCollator>
#include <QCompleter>
#include <QEvent>
#include <QLineEdit>
#include <QLocale>
#include <QStandardItemModel>

#include <algorithm>
#include <limits>
#include <optional>

// The texts stay in PlannerPanel's translation context, where the catalogues hold them.

namespace blindspot {

namespace {

// Completions offered at once; more would not fit a popup anyone reads.
constexpr std::size_t kCompletionLimit = 12;
// The role holding the text a completion puts into the field (its display may add lines).
constexpr int kCompletionTextRole = Qt::UserRole + 1;

} // namespace

PlaceCompletion::PlaceCompletion(std::function<QString()> language, QObject *parent)
    : QObject(parent), m_language(std::move(language))
{
}

void PlaceCompletion::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_resolverBuild = {};
    m_dataset = std::move(dataset);
    if (m_dataset)
        reindex();
}

void PlaceCompletion::reindex()
{
    // The index refers to the map it indexes: it keeps that map alive, whatever is shown next.
    // No event loop runs meanwhile (this is called while an edit is being applied).
    std::shared_ptr<const Dataset> dataset = m_dataset;
    m_resolverBuild = std::async(std::launch::async, [dataset] {
                          return std::shared_ptr<const PlaceResolver>(
                              new PlaceResolver(*dataset),
                              [dataset](const PlaceResolver *resolver) { delete resolver; });
                      }).share();
}

const PlaceResolver *PlaceCompletion::resolver() const
{
    if (!m_resolverBuild.valid())
        return nullptr;
    try {
        return m_resolverBuild.get().get();
    } catch (const std::bad_alloc &) {
        return nullptr; // the map is shown; places cannot be typed on it
    }
}

QCompleter *PlaceCompletion::completePlaces(QLineEdit *edit, const QLineEdit *otherEnd,
                                            const QString &name)
{
    QCompleter *completer = addField(edit, name, Field{nullptr, nullptr, otherEnd, true});
    // Opened empty (clicked or tabbed into), the field lists the stations: a new user need
    // not guess a name.
    edit->installEventFilter(this);
    return completer;
}

QCompleter *PlaceCompletion::completeStations(QLineEdit *edit, const QString &name)
{
    return addField(edit, name, Field{nullptr, nullptr, nullptr, false});
}

QCompleter *PlaceCompletion::addField(QLineEdit *edit, const QString &name, Field field)
{
    field.model = new QStandardItemModel(edit);
    field.completer = new QCompleter(field.model, edit);
    field.completer->setObjectName(name);
    // The resolver already matched across languages, case and ё/е: show all it found.
    field.completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    field.completer->setCompletionRole(kCompletionTextRole);
    field.completer->setWidget(edit);
    m_fields[edit] = field;
    connect(edit, &QLineEdit::textEdited, this, [this, edit] { updateCompletions(edit); });
    return field.completer;
}

bool PlaceCompletion::eventFilter(QObject *watched, QEvent *event)
{
    if (const auto found = m_fields.find(watched);
        found != m_fields.end() &&
        (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonRelease)) {
        auto *edit = static_cast<QLineEdit *>(watched);
        // After the focus has settled: the popup must not take it back from the field.
        QMetaObject::invokeMethod(
            this,
            [this, edit] {
                if (edit->text().trimmed().isEmpty())
                    updateCompletions(edit);
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void PlaceCompletion::updateCompletions(QLineEdit *edit)
{
    const Field &field = m_fields.at(edit);
    QStandardItemModel *model = field.model;
    QCompleter *completer = field.completer;
    model->clear();
    const QString typed = edit->text();
    const PlaceResolver *places = resolver();
    if (!places || (typed.trimmed().isEmpty() && !edit->hasFocus())) {
        completer->popup()->hide();
        return;
    }
    const Network &network = m_dataset->network;
    const RouteText text(*m_dataset, m_language());
    const QString folded = foldedForSearch(typed);
    const bool empty = typed.trimmed().isEmpty();
    const std::vector<StationId> candidates =
        empty ? stationsToOffer(field.otherEnd, text)
              : places->completions(typed, kCompletionLimit * 2);
    // Typed: the best few. Empty: every station (nearest first when a point is known), the
    // popup scrolls.
    const int limit = empty ? int(network.stations.size()) : int(kCompletionLimit);
    QStringList seen;
    for (StationId id : candidates) {
        const Station &station = network.station(id);
        const QString name = text.stationName(id);
        if (seen.contains(name) || seen.size() >= limit)
            continue;
        seen << name;
        // Lines of every station of that name in its complex, so the popup tells hubs apart.
        QStringList lines;
        const auto addLine = [&](const Station &s) {
            const QString ref = network.line(s.line).ref;
            if (!ref.isEmpty() && !lines.contains(ref))
                lines << ref;
        };
        addLine(station);
        if (isSet(station.complex))
            for (StationId member : network.complex(station.complex).stations)
                if (text.stationName(member) == name)
                    addLine(network.station(member));
        // When the match was in another language, show that spelling too.
        QString matched;
        if (!foldedForSearch(name).contains(folded))
            for (const QString &spelling : station.name.allSpellings())
                if (foldedForSearch(spelling).contains(folded)) {
                    matched = spelling;
                    break;
                }
        QString display = name;
        if (!matched.isEmpty())
            display = PlannerPanel::tr("%1 (%2)").arg(name, matched);
        if (lines.size() == 1)
            display = PlannerPanel::tr("%1 · line %2").arg(display, lines.front());
        else if (!lines.isEmpty())
            display =
                PlannerPanel::tr("%1 · lines %2").arg(display, lines.join(QStringLiteral(", ")));
        auto *item = new QStandardItem(display);
        item->setData(name, kCompletionTextRole);
        model->appendRow(item);
    }
    // Addresses and named places from the street map, after the stations.
    if (!empty && field.places) {
        const QString lang = m_language();
        for (std::size_t i : places->placeCompletions(typed, kCompletionLimit)) {
            if (model->rowCount() >= int(kCompletionLimit) + 4)
                break;
            const NamedPlace &place = m_dataset->places[i];
            const QString label = PlaceResolver::placeLabel(place, lang);
            if (seen.contains(label))
                continue;
            seen << label;
            QString display = label;
            if (!place.name.isEmpty() && !place.street.isEmpty() && !place.houseNumber.isEmpty())
                display =
                    PlannerPanel::tr("%1 (%2, %3)").arg(label, place.street, place.houseNumber);
            auto *item = new QStandardItem(display);
            item->setData(label, kCompletionTextRole);
            model->appendRow(item);
        }
    }
    if (model->rowCount() > 0 && edit->hasFocus())
        completer->complete();
    else
        completer->popup()->hide();
}

std::vector<StationId> PlaceCompletion::stationsToOffer(const QLineEdit *near,
                                                        const RouteText &text) const
{
    const Network &network = m_dataset->network;
    std::vector<StationId> stations;
    stations.reserve(network.stations.size());
    for (const Station &station : network.stations)
        stations.push_back(station.id);
    // Nearest first to the other end once it is known (the start when choosing where to, and
    // back), else by name in the UI's language.
    std::optional<LatLon> position;
    if (near && !near->text().trimmed().isEmpty())
        if (const auto resolved = resolver()->resolve(near->text()).place;
            resolved && resolved->position.isValid())
            position = resolved->position;
    if (position) {
        std::vector<std::pair<double, StationId>> byDistance;
        for (StationId id : stations)
            byDistance.emplace_back(network.station(id).position.isValid()
                                        ? haversineMetres(*position, network.station(id).position)
                                        : std::numeric_limits<double>::infinity(),
                                    id);
        std::stable_sort(byDistance.begin(), byDistance.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (std::size_t i = 0; i < stations.size(); ++i)
            stations[i] = byDistance[i].second;
        return stations;
    }
    QCollator collator{QLocale()};
    std::vector<std::pair<QString, StationId>> byName;
    for (StationId id : stations)
        byName.emplace_back(text.stationName(id), id);
    std::stable_sort(byName.begin(), byName.end(), [&](const auto &a, const auto &b) {
        return collator.compare(a.first, b.first) < 0;
    });
    for (std::size_t i = 0; i < stations.size(); ++i)
        stations[i] = byName[i].second;
    return stations;
}

} // namespace blindspot
