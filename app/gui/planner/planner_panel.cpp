#include "gui/planner/planner_panel.h"

#include "common/error_text.h"
#include "common/route_text.h"
#include "gui/map/map_view.h"
#include "gui/planner/place_completion.h"
#include "gui/planner/planner_form.h"
#include "gui/planner/route_card_printer.h"
#include "gui/planner/route_cards.h"
#include "gui/planner/route_details.h"
#include "gui/planner/route_overlay.h"
#include "gui/shell/background_work.h"
#include "gui/shell/private_file_dialog.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace blindspot {

namespace {

// A recorded path shorter than this is no walk: its points are all in one place.
constexpr double kShortestWalkMetres = 1.0;
// How far outside the box around the map's data a path may lie and still be "on the map".
constexpr double kMapMarginMetres = 1000.0;

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
    buildContent(content);
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

void PlannerPanel::buildContent(QWidget *content)
{
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(8, 8, 8, 8);
    column->setSpacing(8);

    const auto mapLanguage = [this] { return language(); };
    m_completion = new PlaceCompletion(mapLanguage, this);
    m_form = new PlannerForm(*m_completion, mapLanguage, content, column);
    connect(m_form, &PlannerForm::planRequested, this, &PlannerPanel::planFromForm);
    connect(m_form, &PlannerForm::pickRequested, this, &PlannerPanel::beginPick);
    connect(m_form, &PlannerForm::pickCancelRequested, this, &PlannerPanel::pickCancelled);
    connect(m_form, &PlannerForm::problem, this, &PlannerPanel::showMessage);
    connect(m_form, &PlannerForm::optionsToggled, this, &PlannerPanel::fitWidthToForm);

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
        m_form->liftTimeLimit();
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

    m_form->retranslateUi();
    m_form->updateBudgetTexts(m_plan ? &*m_plan : nullptr);
    setAccessibleName(windowTitle());
    widget()->setAccessibleName(windowTitle());
    m_detailsDock->setAccessibleName(m_detailsDock->windowTitle());
    m_detailsDock->widget()->setAccessibleName(m_detailsDock->windowTitle());
    fitWidthToForm();
}

void PlannerPanel::fitWidthToForm()
{
    fitWidthToContent(qobject_cast<QScrollArea *>(widget()));
}

bool PlannerPanel::eventFilter(QObject *watched, QEvent *event)
{
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
    m_form->renameLines();
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
    m_form->updateBudgetTexts(nullptr);
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
    m_completion->reindex();
    if (hadPlan)
        showMessage(
            tr("The map was edited: press Plan routes to see the routes on the changed map."));
    else if (hadTrack)
        showMessage(tr("The map was edited: check the recorded walk again to see it on the "
                       "changed map."));
}

void PlannerPanel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    clearResults();
    m_message->hide();
    if (m_pickTarget)
        pickCancelled();
    m_dataset = std::move(dataset);
    m_session.setDataset(m_dataset);
    m_completion->setDataset(m_dataset);
    m_form->setDataset(m_dataset);
    setEnabled(m_dataset != nullptr);
}

void PlannerPanel::beginPick(QLineEdit *target)
{
    m_pickTarget = target;
    m_form->showPickTarget(target);
    showMessage(target == m_form->fromEdit()
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
    m_form->showPickTarget(nullptr);
    // The routes planned before were for the old end.
    clearResults();
    // Coordinates alone say nothing to most people: where that is, by the nearest station.
    const QString near = RouteText(*m_dataset, language()).nearStation(position);
    target->setToolTip(near);
    if (near.isEmpty())
        m_message->hide();
    else
        showMessage(target == m_form->fromEdit() ? tr("The trip starts %1.").arg(near)
                                                 : tr("The trip ends %1.").arg(near));
}

void PlannerPanel::pickCancelled()
{
    m_pickTarget = nullptr;
    m_form->showPickTarget(nullptr);
    m_map->cancelPickPlace();
    m_message->hide();
    // Nothing changed: the route comes back.
    if (m_plan && m_selected >= 0 && m_selected < int(m_plan->routes.size()))
        m_map->setRouteOverlay(
            std::make_shared<const RouteOverlay>(m_plan->routes[std::size_t(m_selected)]));
}

void PlannerPanel::swapPlaces()
{
    m_form->swapPlaces();
}

void PlannerPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        emit messageShown(text);
}

bool PlannerPanel::planFromForm()
{
    const std::optional<RouteRequest> request = m_form->request();
    if (!request)
        return false;
    clearResults();
    // A city's street map takes seconds to plan on the first time: the window keeps drawing.
    const PlanConditions conditions = m_form->conditions();
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
    m_form->updateBudgetTexts(&*m_plan);
    const RouteText text(*m_dataset, language(), &m_plan->request);
    m_cards->setPlan(*m_plan, text);
    // The fastest is what most people would take: its details say what would lower the risk.
    m_cards->select(static_cast<int>(m_plan->fastest));
    return true;
}

bool PlannerPanel::planBetween(const QString &from, const QString &to)
{
    m_form->setPlaces(from, to);
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
    const PlanConditions conditions = m_form->conditions();
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
            const double marginLon = marginLat / std::max(0.01, std::cos(qDegreesToRadians(p.lat)));
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
    const Alternative chosen = m_alternatives[std::size_t(index)];
    m_form->applyAlternative(chosen, RouteText(*m_dataset, language()));
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
