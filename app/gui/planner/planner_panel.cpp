#include "gui/planner/planner_panel.h"

#include "gui/shell/background_work.h"
#include "common/error_text.h"
#include "gui/map/map_view.h"
#include "gui/shell/private_file_dialog.h"
#include "gui/planner/route_card_printer.h"
#include "gui/planner/route_cards.h"
#include "gui/planner/route_details.h"
#include "gui/planner/route_overlay.h"
#include "common/route_text.h"
#include "core/routing/place_resolver.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtMath>

#include <algorithm>
#include <limits>
#include <array>
#include <cmath>
#include <tuple>

namespace blindspot {

namespace {

// Completions offered at once; more would not fit a popup anyone reads.
constexpr std::size_t kCompletionLimit = 12;
// The role holding the text a completion puts into the field (its display may add lines).
constexpr int kCompletionTextRole = Qt::UserRole + 1;
// Roles of an avoided place in the list.
constexpr int kAvoidKindRole = Qt::UserRole + 1;
constexpr int kAvoidIdRole = Qt::UserRole + 2;
constexpr int kAvoidStation = 0;
constexpr int kAvoidEntrance = 1;
// A recorded path shorter than this is no walk: its points are all in one place.
constexpr double kShortestWalkMetres = 1.0;
// How far outside the box around the map's data a path may lie and still be "on the map".
constexpr double kMapMarginMetres = 1000.0;

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

QScrollArea *scrolling(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

/// Without a sideways scroll bar, an area must be as wide as its content beside the vertical
/// scroll bar, or the content's right edge is cut; labels change width with the language.
void fitWidthToContent(QScrollArea *area)
{
    if (!area || !area->widget())
        return;
    area->widget()->adjustSize();
    area->setMinimumWidth(area->widget()->minimumSizeHint().width() +
                          area->verticalScrollBar()->sizeHint().width() + 2 * area->frameWidth());
}

} // namespace

PlannerPanel::PlannerPanel(MapView *map, QWidget *parent) : QDockWidget(parent), m_map(map)
{
    setObjectName(QStringLiteral("plannerDock"));
    auto *content = new QWidget(this);
    buildForm(content);
    setWidget(scrolling(content, this));
    setMinimumWidth(390);

    m_details = new RouteDetails;
    m_detailsDock = new QDockWidget(parent);
    m_detailsDock->setObjectName(QStringLiteral("routeDetailsDock"));
    m_detailsDock->setWidget(scrolling(m_details, m_detailsDock));
    m_detailsDock->setMinimumWidth(360);
    connect(m_details, &RouteDetails::alternativeChosen, this, &PlannerPanel::applyAlternative);
    connect(m_details, &RouteDetails::methodologyRequested, this,
            &PlannerPanel::methodologyRequested);

    m_map->installEventFilter(this);
    connect(m_map, &MapView::placePicked, this, &PlannerPanel::placePicked);
    connect(m_map, &MapView::placePickCancelled, this, &PlannerPanel::pickCancelled);
    // The map's text alternative: Enter on it moves to the route step by step.
    connect(m_map, &MapView::routeTextRequested, this, [this] {
        m_detailsDock->show();
        m_detailsDock->raise();
        m_detailsDock->widget()->setFocus(Qt::OtherFocusReason);
    });
    buildMenu();
    retranslateUi();
}

PlannerPanel::~PlannerPanel()
{
    // The overlay shows a route the user planned; it goes with the planner (unless the map,
    // a sibling in the main window, is already gone).
    if (m_map)
        m_map->clearRouteOverlay();
}

QString PlannerPanel::language() const
{
    return m_map ? m_map->nameLanguage() : QStringLiteral("en");
}

void PlannerPanel::buildForm(QWidget *content)
{
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(8, 8, 8, 8);
    column->setSpacing(8);

    auto *places = new QGridLayout;
    places->setHorizontalSpacing(6);
    const auto placeRow = [&](int row, const QString &name) {
        auto *edit = new QLineEdit(content);
        edit->setObjectName(name + QStringLiteral("Edit"));
        edit->setClearButtonEnabled(true);
        auto *caption = new QLabel(content);
        caption->setBuddy(edit);
        auto *pick = new QToolButton(content);
        pick->setObjectName(QStringLiteral("pick") + name.at(0).toUpper() + name.mid(1) +
                            QStringLiteral("Button"));
        pick->setCheckable(true);
        places->addWidget(caption, row, 0);
        places->addWidget(edit, row, 1);
        places->addWidget(pick, row, 2);

        auto *model = new QStandardItemModel(edit);
        auto *completer = new QCompleter(model, edit);
        completer->setObjectName(name + QStringLiteral("Completer"));
        // The resolver already matched across languages, case and ё/е: show all it found.
        completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        completer->setCompletionRole(kCompletionTextRole);
        completer->setWidget(edit);
        connect(edit, &QLineEdit::textEdited, this,
                [this, edit, model, completer] { updateCompletions(edit, model, completer); });
        // Opened empty (clicked or tabbed into), the field lists the stations: a new user need
        // not guess a name.
        edit->installEventFilter(this);
        m_emptyFieldCompletions[edit] = [this, edit, model, completer] {
            if (edit->text().trimmed().isEmpty())
                updateCompletions(edit, model, completer);
        };
        connect(completer, qOverload<const QString &>(&QCompleter::activated), edit,
                &QLineEdit::setText);
        connect(edit, &QLineEdit::returnPressed, this, [this, completer] {
            if (!completer->popup()->isVisible())
                planFromForm();
        });
        connect(pick, &QToolButton::clicked, this, [this, edit](bool checked) {
            if (checked)
                beginPick(edit);
            else
                pickCancelled();
        });
        return std::tuple{caption, edit, pick};
    };
    std::tie(m_fromLabel, m_from, m_pickFrom) = placeRow(0, QStringLiteral("from"));
    m_swap = new QToolButton(content);
    m_swap->setObjectName(QStringLiteral("swapButton"));
    m_swap->setText(QStringLiteral("⇅"));
    connect(m_swap, &QToolButton::clicked, this, &PlannerPanel::swapPlaces);
    places->addWidget(m_swap, 0, 3, 2, 1, Qt::AlignVCenter);
    std::tie(m_toLabel, m_to, m_pickTo) = placeRow(1, QStringLiteral("to"));
    column->addLayout(places);

    auto *dayRow = new QHBoxLayout;
    m_dayLabel = new QLabel(content);
    m_profile = new QComboBox(content);
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
        setTabOrder(tabOrder[i - 1], tabOrder[i]);

    m_optionsToggle = new QToolButton(content);
    m_optionsToggle->setObjectName(QStringLiteral("optionsToggle"));
    m_optionsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_optionsToggle->setArrowType(Qt::RightArrow);
    m_optionsToggle->setCheckable(true);
    m_optionsToggle->setAutoRaise(true);
    column->addWidget(m_optionsToggle);

    m_options = new QWidget(content);
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
    auto *avoidModel = new QStandardItemModel(m_avoidEdit);
    auto *avoidCompleter = new QCompleter(avoidModel, m_avoidEdit);
    avoidCompleter->setObjectName(QStringLiteral("avoidCompleter"));
    avoidCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    avoidCompleter->setCompletionRole(kCompletionTextRole);
    avoidCompleter->setWidget(m_avoidEdit);
    connect(m_avoidEdit, &QLineEdit::textEdited, this, [this, avoidModel, avoidCompleter] {
        updateCompletions(m_avoidEdit, avoidModel, avoidCompleter);
    });
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
    connect(m_avoidRemove, &QPushButton::clicked, this, &PlannerPanel::removeAvoided);
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
        fitWidthToContent(qobject_cast<QScrollArea *>(widget()));
    });

    m_planButton = new QPushButton(content);
    m_planButton->setObjectName(QStringLiteral("planButton"));
    m_planButton->setDefault(true);
    connect(m_planButton, &QPushButton::clicked, this, &PlannerPanel::planFromForm);
    column->addWidget(m_planButton);

    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("plannerMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral(
        "#plannerMessage { background: #eef3f7; color: #1d2b36; border-left: 4px solid #0072b2;"
        " padding: 4px 6px; }"));
    m_message->hide();
    column->addWidget(m_message);

    m_cards = new RouteCards(content);
    m_cards->setObjectName(QStringLiteral("routeCards"));
    connect(m_cards, &RouteCards::routeSelected, this, &PlannerPanel::selectRoute);
    connect(m_cards, &RouteCards::liftTimeLimitRequested, this, [this] {
        m_budget->setCurrentIndex(0);
        planFromForm();
    });
    column->addWidget(m_cards);
    column->addStretch();
}

void PlannerPanel::buildMenu()
{
    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("planMenu"));
    m_planAction = m_menu->addAction(QString(), this, &PlannerPanel::planFromForm);
    m_planAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_swapAction = m_menu->addAction(QString(), this, &PlannerPanel::swapPlaces);
    m_menu->addSeparator();
    m_printAction = m_menu->addAction(QString(), this, &PlannerPanel::saveRouteCardPdf);
    m_printAction->setShortcut(QKeySequence::Print);
    m_imageAction = m_menu->addAction(QString(), this, &PlannerPanel::saveRouteCardImage);
    m_imageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    for (QAction *needsRoute : {m_printAction, m_imageAction}) {
        needsRoute->setEnabled(false);
        connect(this, &PlannerPanel::routeAvailable, needsRoute, &QAction::setEnabled);
    }
    m_menu->addSeparator();
    m_menu->addAction(toggleViewAction());
    m_menu->addAction(m_detailsDock->toggleViewAction());
}

void PlannerPanel::retranslateUi()
{
    setWindowTitle(tr("Plan a trip"));
    m_detailsDock->setWindowTitle(tr("Route details"));
    m_menu->setTitle(tr("&Plan"));
    m_planAction->setText(tr("&Plan routes"));
    m_swapAction->setText(tr("&Swap start and destination"));
    m_printAction->setText(tr("P&rint route card (save as PDF)…"));
    m_imageAction->setText(tr("Save route card as &image…"));

    // Access keys (Alt+letter) differ from the menus' (File, Edit, View, Language, Plan,
    // Training, Security, Help) and from each other, in every language: a shared one only
    // moves between its owners (tst_keyboard_journey).
    m_fromLabel->setText(tr("F&rom"));
    m_toLabel->setText(tr("T&o"));
    updatePlaceholders();
    for (QToolButton *pick : {m_pickFrom, m_pickTo}) {
        pick->setText(tr("On map"));
        pick->setToolTip(tr("Click a place on the map to use it"));
    }
    m_swap->setToolTip(tr("Swap start and destination"));
    m_swap->setAccessibleName(tr("Swap start and destination"));
    // Screen readers hear a name per control, out of the layout that tells them apart.
    m_pickFrom->setAccessibleName(tr("Pick the start on the map"));
    m_pickTo->setAccessibleName(tr("Pick the destination on the map"));
    for (const auto &[edit, name] : {std::pair{m_from, tr("Clear the start")},
                                     std::pair{m_to, tr("Clear the destination")}})
        for (QToolButton *clear : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly))
            clear->setAccessibleName(name); // the line edit's own clear button
    setAccessibleName(windowTitle());
    widget()->setAccessibleName(windowTitle());
    m_detailsDock->setAccessibleName(m_detailsDock->windowTitle());
    m_detailsDock->widget()->setAccessibleName(m_detailsDock->windowTitle());
    m_dayLabel->setText(tr("&Day:"));
    m_profile->setItemText(0, tr("Ordinary day"));
    m_profile->setItemText(1, tr("Alert day (protests, holidays)"));
    m_profile->setItemData(1,
                           tr("Around announced protests and on holidays, preventive detentions "
                              "at metro entrances spike: every camera that can feed face "
                              "recognition is assumed to."),
                           Qt::ToolTipRole);
    m_optionsToggle->setText(tr("More choices: time, what to avoid, what-ifs"));
    m_modeLabel->setText(tr("Travel &by:"));
    m_mode->setItemText(0, tr("Metro and walking"));
    m_mode->setItemText(1, tr("Metro (walk only to and from it)"));
    m_mode->setItemText(2, tr("Walk only"));
    m_budgetLabel->setText(tr("Ti&me limit:"));
    updateBudgetTexts();
    m_avoidLabel->setText(tr("&Avoid:"));
    m_avoidEdit->setPlaceholderText(tr("A station's name, then Enter"));
    m_avoidRemove->setText(tr("Remove"));
    m_avoidRemove->setAccessibleName(tr("Remove the selected stations to avoid"));
    m_avoidList->setAccessibleName(tr("Stations to avoid"));
    m_avoidLinesLabel->setText(tr("Avoid lines:"));
    m_avoidLines->setAccessibleName(tr("Lines to avoid"));
    m_whatIf->setTitle(tr("What if… (never a promise of safety)"));
    m_mask->setText(tr("I wear a medical mask"));
    m_sunglasses->setText(tr("I wear dark sunglasses"));
    m_cap->setText(tr("I wear a cap and look down"));
    m_whatIfNote->setText(
        tr("Evidence: a mask helps partly and less every year, and covering the face at a rally "
           "is illegal in Russia (54-FZ); sunglasses: moderate, from lab tests; a cap: unknown, "
           "as turnstile cameras sit at face height."));
    // Alt+P is the Plan menu's: the button has its own key.
    m_planButton->setText(tr("Pla&n routes"));
    fitWidthToContent(qobject_cast<QScrollArea *>(widget()));
}

bool PlannerPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (const auto found = m_emptyFieldCompletions.find(watched);
        found != m_emptyFieldCompletions.end() &&
        (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonRelease)) {
        // After the focus has settled: the popup must not take it back from the field.
        QMetaObject::invokeMethod(this, found->second, Qt::QueuedConnection);
    }
    if (watched == m_map) {
        switch (event->type()) {
        case QEvent::Resize:
            if (m_keepRouteFitted && m_map->routeOverlay())
                RouteOverlay::fitMapTo(*m_map, m_map->routeOverlay()->route());
            break;
        case QEvent::MouseButtonPress:
        case QEvent::Wheel:
        case QEvent::KeyPress:
            m_keepRouteFitted = false; // the user moves the map now
            break;
        default:
            break;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void PlannerPanel::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    retranslateUi();
    // After the switch has finished: station names follow the map's language, set with it.
    QTimer::singleShot(0, this, &PlannerPanel::showResultsAgain);
}

void PlannerPanel::showResultsAgain()
{
    if (!m_dataset)
        return;
    const RouteText lines(*m_dataset, language());
    for (int i = 0; i < m_avoidLines->count(); ++i)
        m_avoidLines->item(i)->setText(
            lines.lineName(LineId{m_avoidLines->item(i)->data(Qt::UserRole).toUInt()}));
    if (m_track) {
        m_details->setTrack(*m_track, m_trackConditions.profile, m_trackOutsideMap,
                            RouteText(*m_dataset, language()));
        return;
    }
    if (!m_plan)
        return;
    const RouteText text(*m_dataset, language(), &m_plan->request);
    const int selected = m_selected;
    m_cards->setPlan(*m_plan, text);
    if (selected >= 0) {
        // The same route and alternatives as before, worded anew; nothing is planned again.
        m_cards->blockSignals(true);
        m_cards->select(selected);
        m_cards->blockSignals(false);
        m_details->setRoute(*m_plan, std::size_t(selected), m_alternatives, text);
    }
}

void PlannerPanel::clearResults()
{
    m_keepRouteFitted = false;
    m_plan.reset();
    m_track.reset();
    m_selected = -1;
    m_alternatives.clear();
    m_cards->clear();
    m_details->clear();
    updateBudgetTexts();
    if (m_map)
        m_map->clearRouteOverlay();
    emit routeAvailable(false);
}

void PlannerPanel::datasetEdited()
{
    if (!m_dataset)
        return;
    // Cached planners hold graphs of the dataset as it was; an edit may even have removed a
    // camera a cached route refers to.
    const bool hadPlan = m_plan.has_value();
    const bool hadTrack = m_track.has_value();
    clearResults();
    m_session.setDataset(m_dataset);
    indexPlaces();
    if (hadPlan)
        showMessage(
            tr("The map was edited: press Plan routes to see the routes on the changed map."));
    else if (hadTrack)
        showMessage(tr("The map was edited: check the recorded walk again to see it on the "
                       "changed map."));
}

// A map with addresses (from a street map) says they can be typed.
void PlannerPanel::updatePlaceholders()
{
    const bool addresses = m_dataset && !m_dataset->places.empty();
    for (QLineEdit *edit : {m_from, m_to})
        edit->setPlaceholderText(addresses ? tr("Station, address, or pick on the map")
                                           : tr("Station, or pick on the map"));
}

void PlannerPanel::indexPlaces()
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

const PlaceResolver *PlannerPanel::resolver() const
{
    if (!m_resolverBuild.valid())
        return nullptr;
    try {
        return m_resolverBuild.get().get();
    } catch (const std::bad_alloc &) {
        return nullptr; // the map is shown; places cannot be typed on it
    }
}

void PlannerPanel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    clearResults();
    m_message->hide();
    if (m_pickTarget)
        pickCancelled();
    m_resolverBuild = {};
    m_dataset = std::move(dataset);
    m_session.setDataset(m_dataset);
    updatePlaceholders();
    for (QLineEdit *edit : {m_from, m_to, m_avoidEdit})
        edit->clear();
    m_avoidList->clear();
    m_avoidLines->clear();
    if (m_dataset) {
        indexPlaces();
        const RouteText text(*m_dataset, language());
        for (const Line &line : m_dataset->network.lines) {
            auto *item = new QListWidgetItem(lineSwatch(line.colourRgb), text.lineName(line.id),
                                             m_avoidLines);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setData(Qt::UserRole, indexOf(line.id));
        }
    }
    setEnabled(m_dataset != nullptr);
}

void PlannerPanel::updateCompletions(QLineEdit *edit, QStandardItemModel *model,
                                     QCompleter *completer)
{
    model->clear();
    const QString typed = edit->text();
    const PlaceResolver *places = resolver();
    if (!places || (typed.trimmed().isEmpty() && !edit->hasFocus())) {
        completer->popup()->hide();
        return;
    }
    const Network &network = m_dataset->network;
    const RouteText text(*m_dataset, language());
    const QString folded = foldedForSearch(typed);
    const bool empty = typed.trimmed().isEmpty();
    const std::vector<StationId> candidates =
        empty ? stationsToOffer(edit, text) : places->completions(typed, kCompletionLimit * 2);
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
            display = tr("%1 (%2)").arg(name, matched);
        if (lines.size() == 1)
            display = tr("%1 · line %2").arg(display, lines.front());
        else if (!lines.isEmpty())
            display = tr("%1 · lines %2").arg(display, lines.join(QStringLiteral(", ")));
        auto *item = new QStandardItem(display);
        item->setData(name, kCompletionTextRole);
        model->appendRow(item);
    }
    // Addresses and named places from the street map, after the stations.
    if (!empty && edit != m_avoidEdit) {
        const QString lang = language();
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
                display = tr("%1 (%2, %3)").arg(label, place.street, place.houseNumber);
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

std::vector<StationId> PlannerPanel::stationsToOffer(const QLineEdit *edit,
                                                    const RouteText &text) const
{
    const Network &network = m_dataset->network;
    std::vector<StationId> stations;
    stations.reserve(network.stations.size());
    for (const Station &station : network.stations)
        stations.push_back(station.id);
    // Nearest first to the other end once it is known (the start when choosing where to, and
    // back), else by name in the UI's language.
    const QLineEdit *other = edit == m_from ? m_to : edit == m_to ? m_from : nullptr;
    std::optional<LatLon> near;
    if (other && !other->text().trimmed().isEmpty())
        if (const auto resolved = resolver()->resolve(other->text()).place;
            resolved && resolved->position.isValid())
            near = resolved->position;
    if (near) {
        std::vector<std::pair<double, StationId>> byDistance;
        for (StationId id : stations)
            byDistance.emplace_back(network.station(id).position.isValid()
                                        ? haversineMetres(*near, network.station(id).position)
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

void PlannerPanel::beginPick(QLineEdit *target)
{
    m_pickTarget = target;
    m_pickFrom->setChecked(target == m_from);
    m_pickTo->setChecked(target == m_to);
    showMessage(target == m_from
                    ? tr("Click the map where the trip starts. Esc cancels.")
                    : tr("Click the map where the trip ends. Esc cancels."));
    // The drawn route is about the old ends: off the map while a new one is picked.
    m_map->clearRouteOverlay();
    m_map->beginPickPlace();
}

void PlannerPanel::placePicked(LatLon position)
{
    if (!m_pickTarget)
        return;
    // C-locale digits, as PlaceResolver reads them back.
    QLineEdit *target = m_pickTarget;
    target->setText(QStringLiteral("%1, %2").arg(QString::number(position.lat, 'f', 5),
                                                 QString::number(position.lon, 'f', 5)));
    m_pickTarget = nullptr;
    m_pickFrom->setChecked(false);
    m_pickTo->setChecked(false);
    // The routes planned before were for the old end.
    clearResults();
    // Coordinates alone say nothing to most people: where that is, by the nearest station.
    const QString near = RouteText(*m_dataset, language()).nearStation(position);
    target->setToolTip(near);
    if (near.isEmpty())
        m_message->hide();
    else
        showMessage(target == m_from ? tr("The trip starts %1.").arg(near)
                                     : tr("The trip ends %1.").arg(near));
}

void PlannerPanel::pickCancelled()
{
    m_pickTarget = nullptr;
    m_pickFrom->setChecked(false);
    m_pickTo->setChecked(false);
    m_map->cancelPickPlace();
    m_message->hide();
    // Nothing changed: the route comes back.
    if (m_plan && m_selected >= 0 && m_selected < int(m_plan->routes.size()))
        m_map->setRouteOverlay(
            std::make_shared<const RouteOverlay>(m_plan->routes[std::size_t(m_selected)]));
}

void PlannerPanel::swapPlaces()
{
    const QString from = m_from->text();
    m_from->setText(m_to->text());
    m_to->setText(from);
}

void PlannerPanel::addAvoided()
{
    const QString typed = m_avoidEdit->text().trimmed();
    const PlaceResolver *places = resolver();
    if (typed.isEmpty() || !places)
        return;
    const PlaceResolver::Resolution r = places->resolve(typed);
    const RouteText text(*m_dataset, language());
    if (!r.place || r.place->kind == Place::Kind::Point) {
        showMessage(tr("No station or entrance called \"%1\" to avoid.").arg(typed));
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

void PlannerPanel::removeAvoided()
{
    qDeleteAll(m_avoidList->selectedItems());
}

void PlannerPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        emit messageShown(text);
}

std::optional<RouteRequest> PlannerPanel::requestFromForm()
{
    const PlaceResolver *places = resolver();
    if (!places) {
        showMessage(tr("Open a map first."));
        return std::nullopt;
    }
    RouteRequest request;
    const RouteText text(*m_dataset, language());
    const std::array<std::tuple<QLineEdit *, Place *, QString>, 2> ends{
        std::tuple{m_from, &request.from,
                   tr("Type where you start: a station, or pick a point on the map.")},
        std::tuple{m_to, &request.to,
                   tr("Type where you are going: a station, or pick a point on the map.")}};
    for (const auto &[edit, place, missing] : ends) {
        const QString typed = edit->text().trimmed();
        if (typed.isEmpty()) {
            showMessage(missing);
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
                if (const QString label = PlaceResolver::placeLabel(m_dataset->places[p], language());
                    !names.contains(label) && names.size() < 8)
                    names << label;
            showMessage(
                names.isEmpty()
                    ? tr("Nothing called \"%1\" on this map: no station, entrance, address or "
                         "place. Check the spelling, or pick the point on the map.")
                          .arg(typed)
                    : tr("Nothing called \"%1\" on this map. Did you mean: %2?")
                          .arg(typed, names.join(QStringLiteral("; "))));
            edit->setFocus();
            return std::nullopt;
        }
        *place = *r.place;
    }
    if (request.from.kind == request.to.kind && request.from.stations == request.to.stations &&
        request.from.entrance == request.to.entrance &&
        (request.from.kind != Place::Kind::Point || request.from.position == request.to.position)) {
        showMessage(tr("Start and destination are the same place."));
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

PlanConditions PlannerPanel::conditionsFromForm() const
{
    PlanConditions conditions;
    conditions.profile = m_profile->currentData().toString();
    conditions.traveller.medicalMask = m_mask->isChecked();
    conditions.traveller.sunglasses = m_sunglasses->isChecked();
    conditions.traveller.cap = m_cap->isChecked();
    return conditions;
}

void PlannerPanel::updateBudgetTexts()
{
    // In minutes as well once a plan says how long the fastest takes: "1.5 × the fastest" alone
    // leaves the traveller to do the sum.
    const QLocale locale;
    m_budget->setItemText(0, tr("Any length"));
    for (int i = 1; i < m_budget->count(); ++i) {
        const double factor = m_budget->itemData(i).toDouble();
        const QString times = locale.toString(factor);
        m_budget->setItemText(
            i, m_plan ? tr("Up to %1 × the fastest (%2)")
                            .arg(times, RouteText::duration(
                                            factor * m_plan->routes[m_plan->fastest].durationSeconds))
                      : tr("Up to %1 × the fastest").arg(times));
    }
}

bool PlannerPanel::planFromForm()
{
    const std::optional<RouteRequest> request = requestFromForm();
    if (!request)
        return false;
    clearResults();
    // A city's street map takes seconds to plan on the first time: the window keeps drawing.
    const PlanConditions conditions = conditionsFromForm();
    std::optional<Result<Plan>> result;
    runInBackground(window(), tr("Plan routes"), tr("Planning routes…"),
                    [&] { result = m_session.plan(*request, conditions); });
    Result<Plan> planned = std::move(*result);
    if (const auto *error = std::get_if<ParseError>(&planned)) {
        showMessage(tr("Cannot plan on this map: %1").arg(ErrorText::message(*error)));
        return false;
    }
    Plan &plan = std::get<Plan>(planned);
    if (plan.routes.empty()) {
        showMessage(tr("No route found with these choices. Allow more time, avoid fewer stations "
                       "or lines, or choose another way of travelling."));
        return false;
    }
    m_message->hide();
    m_plan = std::move(plan);
    updateBudgetTexts();
    const RouteText text(*m_dataset, language(), &m_plan->request);
    m_cards->setPlan(*m_plan, text);
    // The fastest is what most people would take: its details say what would lower the risk.
    m_cards->select(static_cast<int>(m_plan->fastest));
    return true;
}

bool PlannerPanel::planBetween(const QString &from, const QString &to)
{
    m_from->setText(from);
    m_to->setText(to);
    return planFromForm();
}

void PlannerPanel::selectRoute(int index)
{
    if (!m_plan || index < 0 || index >= int(m_plan->routes.size()))
        return;
    m_selected = index;
    const Route &route = m_plan->routes[std::size_t(index)];
    runInBackground(window(), tr("Plan routes"), tr("Looking for what would lower the risk…"),
                    [&] { m_alternatives = m_session.alternatives(*m_plan, route); });
    const RouteText text(*m_dataset, language(), &m_plan->request);
    m_details->setRoute(*m_plan, std::size_t(index), m_alternatives, text);
    // Another route's details start at their top, not where the last one was scrolled to.
    if (auto *area = qobject_cast<QScrollArea *>(m_detailsDock->widget()))
        area->verticalScrollBar()->setValue(0);
    m_detailsDock->show();
    m_map->setRouteOverlay(std::make_shared<const RouteOverlay>(route));
    RouteOverlay::fitMapTo(*m_map, route);
    // The details dock may just have appeared and will narrow the map: fit again then.
    m_keepRouteFitted = true;
    emit routeAvailable(true);
}

std::optional<QString> PlannerPanel::showTrack(const std::vector<LatLon> &points)
{
    if (!m_dataset)
        return tr("Open a map first.");
    const PlanConditions conditions = conditionsFromForm();
    std::optional<Result<const RoutePlanner *>> result;
    std::optional<RoutePlanner::TrackExposure> track;
    runInBackground(window(), tr("Check a recorded walk"), tr("Checking the walk…"), [&] {
        result = m_session.planner(conditions);
        if (!isError(*result))
            track = std::get<const RoutePlanner *>(*result)->exposureAlong(points);
    });
    const Result<const RoutePlanner *> &planner = *result;
    if (const auto *error = std::get_if<ParseError>(&planner))
        return tr("Cannot evaluate on this map: %1").arg(ErrorText::message(*error));
    // Points all in one place (a phone left on a table) make no walk to evaluate.
    if (!(track->route.figures.walkMetres >= kShortestWalkMetres))
        return tr("This file holds no walk: its points are all in one place.");

    // Outside the map: no point within the box around its data, widened by kMapMarginMetres.
    const GeoBox bounds = summarize(*m_dataset).bounds;
    const bool outside =
        !bounds.isValid() || std::none_of(points.begin(), points.end(), [&](LatLon p) {
            const double marginLat = kMapMarginMetres / qDegreesToRadians(kEarthRadiusMetres);
            const double marginLon =
                marginLat / std::max(0.01, std::cos(qDegreesToRadians(p.lat)));
            return p.lat >= bounds.south - marginLat && p.lat <= bounds.north + marginLat &&
                   p.lon >= bounds.west - marginLon && p.lon <= bounds.east + marginLon;
        });

    if (m_pickTarget)
        pickCancelled();
    clearResults();
    m_track = std::move(track);
    m_trackConditions = conditions;
    m_trackOutsideMap = outside;
    m_details->setTrack(*m_track, conditions.profile, outside, RouteText(*m_dataset, language()));
    m_detailsDock->show();
    m_map->setRouteOverlay(std::make_shared<const RouteOverlay>(m_track->route));
    RouteOverlay::fitMapTo(*m_map, m_track->route);
    m_keepRouteFitted = true;
    showMessage(tr("Shown: a recorded walk from a file, as it was walked. It is not a suggested "
                   "route. Planning a trip replaces it."));
    return std::nullopt;
}

void PlannerPanel::applyAlternative(int index)
{
    if (index < 0 || index >= int(m_alternatives.size()) || !m_dataset)
        return;
    const Alternative a = m_alternatives[std::size_t(index)];
    const RouteText text(*m_dataset, language());
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
    planFromForm();
}

std::optional<QString> PlannerPanel::exportRouteCard(const QString &path)
{
    if (!m_plan || m_selected < 0 || !m_dataset)
        return tr("Plan a trip and choose a route first.");
    RouteCardContent content;
    content.dataset = m_dataset;
    content.plan = *m_plan;
    content.index = std::size_t(m_selected);
    content.alternatives = m_alternatives;
    content.language = language();
    const RouteCardPrinter printer(std::move(content));
    if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return printer.writePng(path);
    return printer.writePdf(path);
}

void PlannerPanel::saveRouteCardPdf()
{
    saveRouteCard(false);
}

void PlannerPanel::saveRouteCardImage()
{
    saveRouteCard(true);
}

void PlannerPanel::saveRouteCard(bool image)
{
    if (!m_plan || m_selected < 0) {
        showMessage(tr("Plan a trip and choose a route first."));
        return;
    }
    // A neutral name: the file name must not give the trip away.
    const std::optional<PrivateFileDialog::Choice> choice =
        image ? PrivateFileDialog::saveFile(this, tr("Save route card as image"),
                                            {tr("PNG images (*.png)")}, {QStringLiteral("png")},
                                            QStringLiteral("card.png"))
              : PrivateFileDialog::saveFile(this, tr("Save route card as PDF"),
                                            {tr("PDF documents (*.pdf)")}, {QStringLiteral("pdf")},
                                            QStringLiteral("card.pdf"));
    if (!choice)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<QString> error = exportRouteCard(choice->path);
    QApplication::restoreOverrideCursor();
    if (error)
        showMessage(*error);
    else
        showMessage(tr("Route card saved to %1. It shows your route: print it, then delete the "
                       "file.")
                        .arg(QDir::toNativeSeparators(choice->path)));
}

} // namespace blindspot
