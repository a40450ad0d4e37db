#include "gui/planner/planner_form.h"

#include "common/route_text.h"
#include "core/routing/place_resolver.h"
#include "gui/planner/place_completion.h"
#include "gui/planner/planner_panel.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>
#include <tuple>

// The texts stay in PlannerPanel's translation context, where the catalogues hold them.

namespace blindspot {

namespace {

// Roles of an avoided place in the list.
constexpr int kAvoidKindRole = Qt::UserRole + 1;
constexpr int kAvoidIdRole = Qt::UserRole + 2;
constexpr int kAvoidStation = 0;
constexpr int kAvoidEntrance = 1;

QIcon lineSwatch(std::uint32_t rgb)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x232323), 1));
    painter.setBrush(QColor(rgb));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 11, 11), 3, 3);
    return QIcon(pixmap);
}

} // namespace

PlannerForm::PlannerForm(PlaceCompletion &completion, std::function<QString()> language,
                         QWidget *content, QVBoxLayout *column)
    : QObject(content), m_completion(completion), m_content(content),
      m_language(std::move(language))
{
    build(column);
}

void PlannerForm::build(QVBoxLayout *column)
{

    auto *places = new QGridLayout;
    places->setHorizontalSpacing(6);
    const auto placeRow = [&](int row, const QString &name) {
        auto *edit = new QLineEdit(m_content);
        edit->setObjectName(name + QStringLiteral("Edit"));
        edit->setClearButtonEnabled(true);
        auto *caption = new QLabel(m_content);
        caption->setBuddy(edit);
        auto *pick = new QToolButton(m_content);
        pick->setObjectName(QStringLiteral("pick") + name.at(0).toUpper() + name.mid(1) +
                            QStringLiteral("Button"));
        pick->setCheckable(true);
        places->addWidget(caption, row, 0);
        places->addWidget(edit, row, 1);
        places->addWidget(pick, row, 2);

        connect(pick, &QToolButton::clicked, this, [this, edit](bool checked) {
            if (checked)
                emit pickRequested(edit);
            else
                emit pickCancelRequested();
        });
        return std::tuple{caption, edit, pick};
    };
    std::tie(m_fromLabel, m_from, m_pickFrom) = placeRow(0, QStringLiteral("from"));
    m_swap = new QToolButton(m_content);
    m_swap->setObjectName(QStringLiteral("swapButton"));
    m_swap->setText(QStringLiteral("⇅"));
    connect(m_swap, &QToolButton::clicked, this, &PlannerForm::swapPlaces);
    places->addWidget(m_swap, 0, 3, 2, 1, Qt::AlignVCenter);
    std::tie(m_toLabel, m_to, m_pickTo) = placeRow(1, QStringLiteral("to"));
    // Each end offers the stations nearest the other first.
    for (const auto &[edit, other, name] :
         {std::tuple{m_from, m_to, QStringLiteral("fromCompleter")},
          std::tuple{m_to, m_from, QStringLiteral("toCompleter")}}) {
        QCompleter *completer = m_completion.completePlaces(edit, other, name);
        connect(completer, qOverload<const QString &>(&QCompleter::activated), edit,
                &QLineEdit::setText);
        connect(edit, &QLineEdit::returnPressed, this, [this, completer] {
            if (!completer->popup()->isVisible())
                emit planRequested();
        });
    }
    column->addLayout(places);

    auto *dayRow = new QHBoxLayout;
    m_dayLabel = new QLabel(m_content);
    m_profile = new QComboBox(m_content);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->addItem(QString(), QStringLiteral("ordinary"));
    m_profile->addItem(QString(), QStringLiteral("event"));
    m_dayLabel->setBuddy(m_profile);
    dayRow->addWidget(m_dayLabel);
    dayRow->addWidget(m_profile, 1);
    column->addLayout(dayRow);
    // Tab goes through the form as it reads: start, destination, then swap and the day (the
    // swap button was made between the two rows, which would put it between the two places).
    const std::array<QWidget *, 6> tabOrder{m_from, m_pickFrom, m_to, m_pickTo, m_swap, m_profile};
    for (std::size_t i = 1; i < tabOrder.size(); ++i)
        QWidget::setTabOrder(tabOrder[i - 1], tabOrder[i]);

    m_optionsToggle = new QToolButton(m_content);
    m_optionsToggle->setObjectName(QStringLiteral("optionsToggle"));
    m_optionsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_optionsToggle->setArrowType(Qt::RightArrow);
    m_optionsToggle->setCheckable(true);
    m_optionsToggle->setAutoRaise(true);
    column->addWidget(m_optionsToggle);

    m_options = new QWidget(m_content);
    m_options->setObjectName(QStringLiteral("plannerOptions"));
    auto *options = new QFormLayout(m_options);
    // Labels above their fields: each choice gets the panel's whole width, so "Up to 1.5 × the
    // fastest (50 min)" reads in full in Russian without widening the panel.
    options->setRowWrapPolicy(QFormLayout::WrapAllRows);
    options->setContentsMargins(12, 0, 0, 0);
    options->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto formLabel = [&](QWidget *buddy) {
        auto *label = new QLabel(m_options);
        label->setBuddy(buddy);
        return label;
    };
    m_mode = new QComboBox(m_options);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    for (TravelMode mode : {TravelMode::Any, TravelMode::MetroOnly, TravelMode::WalkOnly})
        m_mode->addItem(QString(), int(mode));
    m_modeLabel = formLabel(m_mode);
    options->addRow(m_modeLabel, m_mode);
    m_budget = new QComboBox(m_options);
    m_budget->setObjectName(QStringLiteral("budgetCombo"));
    for (double factor : {0.0, 1.25, 1.5, 2.0})
        m_budget->addItem(QString(), factor);
    m_budgetLabel = formLabel(m_budget);
    options->addRow(m_budgetLabel, m_budget);

    m_avoidEdit = new QLineEdit(m_options);
    m_avoidEdit->setObjectName(QStringLiteral("avoidEdit"));
    QCompleter *avoidCompleter =
        m_completion.completeStations(m_avoidEdit, QStringLiteral("avoidCompleter"));
    connect(avoidCompleter, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                m_avoidEdit->setText(text);
                addAvoided();
            });
    connect(m_avoidEdit, &QLineEdit::returnPressed, this, [this, avoidCompleter] {
        if (!avoidCompleter->popup()->isVisible())
            addAvoided();
    });
    m_avoidLabel = formLabel(m_avoidEdit);
    options->addRow(m_avoidLabel, m_avoidEdit);
    m_avoidList = new QListWidget(m_options);
    m_avoidList->setObjectName(QStringLiteral("avoidList"));
    m_avoidList->setMaximumHeight(70);
    m_avoidList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_avoidRemove = new QPushButton(m_options);
    m_avoidRemove->setObjectName(QStringLiteral("avoidRemoveButton"));
    connect(m_avoidRemove, &QPushButton::clicked, this, &PlannerForm::removeAvoided);
    auto *avoidRow = new QHBoxLayout;
    avoidRow->addWidget(m_avoidList, 1);
    avoidRow->addWidget(m_avoidRemove, 0, Qt::AlignTop);
    options->addRow(QString(), avoidRow);
    m_avoidLines = new QListWidget(m_options);
    m_avoidLines->setObjectName(QStringLiteral("avoidLinesList"));
    m_avoidLines->setMaximumHeight(110);
    m_avoidLinesLabel = formLabel(m_avoidLines);
    options->addRow(m_avoidLinesLabel, m_avoidLines);

    m_whatIf = new QGroupBox(m_options);
    m_whatIf->setObjectName(QStringLiteral("whatIfGroup"));
    auto *whatIfColumn = new QVBoxLayout(m_whatIf);
    m_mask = new QCheckBox(m_whatIf);
    m_mask->setObjectName(QStringLiteral("maskCheck"));
    m_sunglasses = new QCheckBox(m_whatIf);
    m_sunglasses->setObjectName(QStringLiteral("sunglassesCheck"));
    m_cap = new QCheckBox(m_whatIf);
    m_cap->setObjectName(QStringLiteral("capCheck"));
    m_whatIfNote = new QLabel(m_whatIf);
    m_whatIfNote->setWordWrap(true);
    m_whatIfNote->setStyleSheet(QStringLiteral("color: #4d4d4d;"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_mask, m_sunglasses, m_cap, m_whatIfNote})
        whatIfColumn->addWidget(w);
    options->addRow(m_whatIf);
    m_options->hide();
    column->addWidget(m_options);
    // The choices' lists are as long as their longest entry ("Up to 1.5 × the fastest (50 min)"
    // in Russian): they show what fits and open as wide as they need, rather than widening the
    // panel past a laptop screen.
    for (QComboBox *combo : {m_profile, m_mode, m_budget}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    connect(m_optionsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_options->setVisible(open);
        m_optionsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        // The choices just shown may need more width than the form without them.
        emit optionsToggled();
    });

    m_planButton = new QPushButton(m_content);
    m_planButton->setObjectName(QStringLiteral("planButton"));
    m_planButton->setDefault(true);
    connect(m_planButton, &QPushButton::clicked, this, &PlannerForm::planRequested);
    column->addWidget(m_planButton);
}

void PlannerForm::retranslateUi()
{
    // Access keys (Alt+letter) differ from the menus' (File, Edit, View, Language, Plan,
    // Training, Security, Help) and from each other, in every language: a shared one only
    // moves between its owners (tst_keyboard_journey).
    m_fromLabel->setText(PlannerPanel::tr("F&rom"));
    m_toLabel->setText(PlannerPanel::tr("T&o"));
    updatePlaceholders();
    for (QToolButton *pick : {m_pickFrom, m_pickTo}) {
        pick->setText(PlannerPanel::tr("On map"));
        pick->setToolTip(PlannerPanel::tr("Click a place on the map to use it"));
    }
    m_swap->setToolTip(PlannerPanel::tr("Swap start and destination"));
    m_swap->setAccessibleName(PlannerPanel::tr("Swap start and destination"));
    // Screen readers hear a name per control, out of the layout that tells them apart.
    m_pickFrom->setAccessibleName(PlannerPanel::tr("Pick the start on the map"));
    m_pickTo->setAccessibleName(PlannerPanel::tr("Pick the destination on the map"));
    for (const auto &[edit, name] : {std::pair{m_from, PlannerPanel::tr("Clear the start")},
                                     std::pair{m_to, PlannerPanel::tr("Clear the destination")}})
        for (QToolButton *clear : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly))
            clear->setAccessibleName(name); // the line edit's own clear button
    m_dayLabel->setText(PlannerPanel::tr("&Day:"));
    m_profile->setItemText(0, PlannerPanel::tr("Ordinary day"));
    m_profile->setItemText(1, PlannerPanel::tr("Alert day (protests, holidays)"));
    m_profile->setItemData(
        1,
        PlannerPanel::tr("Around announced protests and on holidays, preventive detentions "
                         "at metro entrances spike: every camera that can feed face "
                         "recognition is assumed to."),
        Qt::ToolTipRole);
    m_optionsToggle->setText(PlannerPanel::tr("More choices: time, what to avoid, what-ifs"));
    m_modeLabel->setText(PlannerPanel::tr("Travel &by:"));
    m_mode->setItemText(0, PlannerPanel::tr("Metro and walking"));
    m_mode->setItemText(1, PlannerPanel::tr("Metro (walk only to and from it)"));
    m_mode->setItemText(2, PlannerPanel::tr("Walk only"));
    m_budgetLabel->setText(PlannerPanel::tr("Ti&me limit:"));
    m_avoidLabel->setText(PlannerPanel::tr("&Avoid:"));
    m_avoidEdit->setPlaceholderText(PlannerPanel::tr("A station's name, then Enter"));
    m_avoidRemove->setText(PlannerPanel::tr("Remove"));
    m_avoidRemove->setAccessibleName(PlannerPanel::tr("Remove the selected stations to avoid"));
    m_avoidList->setAccessibleName(PlannerPanel::tr("Stations to avoid"));
    m_avoidLinesLabel->setText(PlannerPanel::tr("Avoid lines:"));
    m_avoidLines->setAccessibleName(PlannerPanel::tr("Lines to avoid"));
    m_whatIf->setTitle(PlannerPanel::tr("What if… (never a promise of safety)"));
    m_mask->setText(PlannerPanel::tr("I wear a medical mask"));
    m_sunglasses->setText(PlannerPanel::tr("I wear dark sunglasses"));
    m_cap->setText(PlannerPanel::tr("I wear a cap and look down"));
    m_whatIfNote->setText(PlannerPanel::tr(
        "Evidence: a mask helps partly and less every year, and covering the face at a rally "
        "is illegal in Russia (54-FZ); sunglasses: moderate, from lab tests; a cap: unknown, "
        "as turnstile cameras sit at face height."));
    // Alt+P is the Plan menu's: the button has its own key.
    m_planButton->setText(PlannerPanel::tr("Pla&n routes"));
}

// A map with addresses (from a street map) says they can be typed.
void PlannerForm::updatePlaceholders()
{
    const bool addresses = m_dataset && !m_dataset->places.empty();
    for (QLineEdit *edit : {m_from, m_to})
        edit->setPlaceholderText(addresses
                                     ? PlannerPanel::tr("Station, address, or pick on the map")
                                     : PlannerPanel::tr("Station, or pick on the map"));
}

void PlannerForm::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    updatePlaceholders();
    for (QLineEdit *edit : {m_from, m_to, m_avoidEdit})
        edit->clear();
    m_avoidList->clear();
    m_avoidLines->clear();
    if (!m_dataset)
        return;
    const RouteText text(*m_dataset, m_language());
    for (const Line &line : m_dataset->network.lines) {
        auto *item =
            new QListWidgetItem(lineSwatch(line.colourRgb), text.lineName(line.id), m_avoidLines);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, indexOf(line.id));
    }
}

void PlannerForm::renameLines()
{
    if (!m_dataset)
        return;
    const RouteText lines(*m_dataset, m_language());
    for (int i = 0; i < m_avoidLines->count(); ++i)
        m_avoidLines->item(i)->setText(
            lines.lineName(LineId{m_avoidLines->item(i)->data(Qt::UserRole).toUInt()}));
}

void PlannerForm::showPickTarget(const QLineEdit *target)
{
    m_pickFrom->setChecked(target && target == m_from);
    m_pickTo->setChecked(target && target == m_to);
}

void PlannerForm::setPlaces(const QString &from, const QString &to)
{
    m_from->setText(from);
    m_to->setText(to);
}

void PlannerForm::liftTimeLimit()
{
    m_budget->setCurrentIndex(0);
}

void PlannerForm::swapPlaces()
{
    const QString from = m_from->text();
    m_from->setText(m_to->text());
    m_to->setText(from);
}

void PlannerForm::addAvoided()
{
    const QString typed = m_avoidEdit->text().trimmed();
    const PlaceResolver *places = m_completion.resolver();
    if (typed.isEmpty() || !places)
        return;
    const PlaceResolver::Resolution r = places->resolve(typed);
    const RouteText text(*m_dataset, m_language());
    if (!r.place || r.place->kind == Place::Kind::Point) {
        emit problem(PlannerPanel::tr("No station or entrance called \"%1\" to avoid.").arg(typed));
        return;
    }
    const bool entrance = r.place->kind == Place::Kind::Entrance;
    const std::uint32_t id =
        entrance ? indexOf(r.place->entrance) : indexOf(r.place->stations.front());
    for (int i = 0; i < m_avoidList->count(); ++i) {
        const QListWidgetItem *item = m_avoidList->item(i);
        if (item->data(kAvoidKindRole).toInt() == (entrance ? kAvoidEntrance : kAvoidStation) &&
            item->data(kAvoidIdRole).toUInt() == id) {
            m_avoidEdit->clear();
            return;
        }
    }
    auto *item = new QListWidgetItem(text.placeName(*r.place), m_avoidList);
    item->setData(kAvoidKindRole, entrance ? kAvoidEntrance : kAvoidStation);
    item->setData(kAvoidIdRole, id);
    m_avoidEdit->clear();
}

void PlannerForm::removeAvoided()
{
    qDeleteAll(m_avoidList->selectedItems());
}

std::optional<RouteRequest> PlannerForm::request()
{
    const PlaceResolver *places = m_completion.resolver();
    if (!places) {
        emit problem(PlannerPanel::tr("Open a map first."));
        return std::nullopt;
    }
    RouteRequest request;
    const RouteText text(*m_dataset, m_language());
    const std::array<std::tuple<QLineEdit *, Place *, QString>, 2> ends{
        std::tuple{
            m_from, &request.from,
            PlannerPanel::tr("Type where you start: a station, or pick a point on the map.")},
        std::tuple{
            m_to, &request.to,
            PlannerPanel::tr("Type where you are going: a station, or pick a point on the map.")}};
    for (const auto &[edit, place, missing] : ends) {
        const QString typed = edit->text().trimmed();
        if (typed.isEmpty()) {
            emit problem(missing);
            edit->setFocus();
            return std::nullopt;
        }
        const PlaceResolver::Resolution r = places->resolve(typed);
        if (!r.place) {
            QStringList names;
            for (StationId s : r.suggestions)
                if (!names.contains(text.stationName(s)))
                    names << text.stationName(s);
            for (std::size_t p : r.placeSuggestions)
                if (const QString label =
                        PlaceResolver::placeLabel(m_dataset->places[p], m_language());
                    !names.contains(label) && names.size() < 8)
                    names << label;
            emit problem(
                names.isEmpty()
                    ? PlannerPanel::tr(
                          "Nothing called \"%1\" on this map: no station, entrance, address or "
                          "place. Check the spelling, or pick the point on the map.")
                          .arg(typed)
                    : PlannerPanel::tr("Nothing called \"%1\" on this map. Did you mean: %2?")
                          .arg(typed, names.join(QStringLiteral("; "))));
            edit->setFocus();
            return std::nullopt;
        }
        *place = *r.place;
    }
    if (request.from.kind == request.to.kind && request.from.stations == request.to.stations &&
        request.from.entrance == request.to.entrance &&
        (request.from.kind != Place::Kind::Point || request.from.position == request.to.position)) {
        emit problem(PlannerPanel::tr("Start and destination are the same place."));
        m_to->setFocus();
        return std::nullopt;
    }
    request.mode = static_cast<TravelMode>(m_mode->currentData().toInt());
    request.budgetFactor = m_budget->currentData().toDouble();
    const Network &network = m_dataset->network;
    for (int i = 0; i < m_avoidList->count(); ++i) {
        const QListWidgetItem *item = m_avoidList->item(i);
        const std::uint32_t id = item->data(kAvoidIdRole).toUInt();
        if (item->data(kAvoidKindRole).toInt() == kAvoidEntrance) {
            request.avoidEntrances.push_back(EntranceId{id});
            continue;
        }
        // A station stands for its whole transfer complex, as it does when typed as a place.
        const Station &station = network.station(StationId{id});
        if (isSet(station.complex))
            for (StationId member : network.complex(station.complex).stations)
                request.avoidStations.push_back(member);
        else
            request.avoidStations.push_back(station.id);
    }
    for (int i = 0; i < m_avoidLines->count(); ++i)
        if (m_avoidLines->item(i)->checkState() == Qt::Checked)
            request.avoidLines.push_back(
                LineId{m_avoidLines->item(i)->data(Qt::UserRole).toUInt()});
    return request;
}

PlanConditions PlannerForm::conditions() const
{
    PlanConditions conditions;
    conditions.profile = m_profile->currentData().toString();
    conditions.traveller.medicalMask = m_mask->isChecked();
    conditions.traveller.sunglasses = m_sunglasses->isChecked();
    conditions.traveller.cap = m_cap->isChecked();
    return conditions;
}

void PlannerForm::updateBudgetTexts(const Plan *plan)
{
    // In minutes as well once a plan says how long the fastest takes: "1.5 × the fastest" alone
    // leaves the traveller to do the sum.
    const QLocale locale;
    m_budget->setItemText(0, PlannerPanel::tr("Any length"));
    for (int i = 1; i < m_budget->count(); ++i) {
        const double factor = m_budget->itemData(i).toDouble();
        const QString times = locale.toString(factor);
        m_budget->setItemText(
            i, plan ? PlannerPanel::tr("Up to %1 × the fastest (%2)")
                          .arg(times, RouteText::duration(
                                          factor * plan->routes[plan->fastest].durationSeconds))
                    : PlannerPanel::tr("Up to %1 × the fastest").arg(times));
    }
}

void PlannerForm::applyAlternative(const Alternative &a, const RouteText &text)
{
    const auto avoid = [&](int kind, std::uint32_t id, const QString &name) {
        auto *item = new QListWidgetItem(name, m_avoidList);
        item->setData(kAvoidKindRole, kind);
        item->setData(kAvoidIdRole, id);
        m_optionsToggle->setChecked(true);
    };
    switch (a.kind) {
    case Alternative::Kind::OtherEntrance:
        avoid(kAvoidEntrance, indexOf(a.entrance),
              text.placeName(Place{Place::Kind::Entrance, {a.station}, a.entrance, {}}));
        break;
    case Alternative::Kind::AvoidStation:
        avoid(kAvoidStation, indexOf(a.station), text.stationName(a.station));
        break;
    case Alternative::Kind::AvoidLine:
        for (int i = 0; i < m_avoidLines->count(); ++i)
            if (m_avoidLines->item(i)->data(Qt::UserRole).toUInt() == indexOf(a.line))
                m_avoidLines->item(i)->setCheckState(Qt::Checked);
        m_optionsToggle->setChecked(true);
        break;
    case Alternative::Kind::MetroOnly:
    case Alternative::Kind::WalkOnly:
        m_mode->setCurrentIndex(m_mode->findData(int(a.request.mode)));
        m_optionsToggle->setChecked(true);
        break;
    case Alternative::Kind::OtherDay:
        m_profile->setCurrentIndex(m_profile->findData(a.conditions.profile));
        break;
    case Alternative::Kind::MedicalMask:
    case Alternative::Kind::Sunglasses:
    case Alternative::Kind::Cap:
        m_mask->setChecked(a.conditions.traveller.medicalMask);
        m_sunglasses->setChecked(a.conditions.traveller.sunglasses);
        m_cap->setChecked(a.conditions.traveller.cap);
        m_optionsToggle->setChecked(true);
        break;
    }
}

} // namespace blindspot
