#include "gui/training/team_exercise.h"

#include "common/error_text.h"
#include "gui/map/map_layers.h"
#include "gui/training/map_marks_overlay.h"
#include "gui/map/map_view.h"
#include "gui/shell/model_text.h"
#include "common/route_text.h"
#include "common/risk_wording.h"
#include "gui/planner/route_overlay.h"
#include "gui/training/training_route_cards.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace blindspot {

namespace {

// The route team chooses among at most this many of the planner's Pareto routes: enough for a
// real trade-off, few enough to compare on one screen.
constexpr std::size_t kMaxOffered = 3;

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

TeamExercise::TeamExercise(std::shared_ptr<const Dataset> city, QWidget *parent)
    : TrainingExercise(parent), m_city(std::move(city))
{
    setObjectName(QStringLiteral("teamExercise"));
    auto *column = new QVBoxLayout(this);
    m_title = heading(this);
    column->addWidget(m_title);
    m_instructions = new QLabel(this);
    m_instructions->setWordWrap(true);
    column->addWidget(m_instructions);

    m_pages = new QStackedWidget(this);
    m_offers = new TrainingRouteCards(m_city, this);
    m_offers->setObjectName(QStringLiteral("offeredRoutes"));
    m_pages->addWidget(m_offers);

    auto *systemPage = new QWidget(this);
    auto *systemRow = new QHBoxLayout(systemPage);
    m_map = new MapView(systemPage);
    m_map->setObjectName(QStringLiteral("teamMap"));
    m_map->setMinimumSize(420, 360);
    m_map->setDataset(m_city);
    m_overlay = new MapMarksOverlay(m_map);
    systemRow->addWidget(m_map, 3);
    auto *controls = new QVBoxLayout;
    m_kind = new QComboBox(systemPage);
    m_kind->addItem(ModelText::cameraKind(CameraKind::Dome),
                    QVariant::fromValue(int(CameraKind::Dome)));
    m_kind->addItem(ModelText::cameraKind(CameraKind::Ptz),
                    QVariant::fromValue(int(CameraKind::Ptz)));
    m_kind->addItem(ModelText::cameraKind(CameraKind::Fixed),
                    QVariant::fromValue(int(CameraKind::Fixed)));
    controls->addWidget(new QLabel(tr("Kind of camera to place:"), systemPage));
    controls->addWidget(m_kind);
    m_place = new QPushButton(tr("Place cameras on the map"), systemPage);
    m_place->setCheckable(true);
    controls->addWidget(m_place);
    m_undoPlace = new QPushButton(tr("Remove the last camera"), systemPage);
    controls->addWidget(m_undoPlace);
    m_alertDay = new QCheckBox(tr("Declare an alert day"), systemPage);
    m_alertDay->setObjectName(QStringLiteral("alertDay"));
    controls->addWidget(m_alertDay);
    m_showRoute = new QCheckBox(tr("Show the route team's route (facilitator only)"), systemPage);
    controls->addWidget(m_showRoute);
    controls->addStretch();
    systemRow->addLayout(controls, 1);
    m_pages->addWidget(systemPage);

    auto *scoresPage = new QWidget(this);
    auto *scoresColumn = new QVBoxLayout(scoresPage);
    m_scores = new TrainingRouteCards(m_city, scoresPage);
    m_scores->setObjectName(QStringLiteral("scoreCards"));
    scoresColumn->addWidget(m_scores);
    m_scoreText = new QLabel(scoresPage);
    m_scoreText->setObjectName(QStringLiteral("scoreText"));
    m_scoreText->setWordWrap(true);
    scoresColumn->addWidget(m_scoreText);
    scoresColumn->addStretch();
    m_pages->addWidget(scoresPage);
    column->addWidget(m_pages, 1);

    m_next = new QPushButton(this);
    column->addWidget(m_next, 0, Qt::AlignRight);

    connect(m_offers, &TrainingRouteCards::selectedChanged, this,
            [this](std::size_t i) { chooseRoute(i); });
    connect(m_place, &QPushButton::toggled, this, [this](bool on) {
        if (on)
            m_map->beginPickPlace();
        else
            m_map->cancelPickPlace();
    });
    connect(m_map, &MapView::placePicked, this, [this](LatLon position) {
        placeCamera(position);
        if (m_place->isChecked() && int(m_placement.cameras.size()) < kMaxPlacedCameras)
            m_map->beginPickPlace();
        else
            m_place->setChecked(false);
    });
    connect(m_map, &MapView::placePickCancelled, this, [this] { m_place->setChecked(false); });
    connect(m_undoPlace, &QPushButton::clicked, this, [this] {
        if (!m_placement.cameras.empty()) {
            m_placement.cameras.pop_back();
            setPhase(m_phase);
        }
    });
    connect(m_alertDay, &QCheckBox::toggled, this, &TeamExercise::setAlertDay);
    connect(m_showRoute, &QCheckBox::toggled, this, [this](bool show) {
        if (show && m_chosen < m_offered.size())
            m_map->setRouteOverlay(std::make_shared<const RouteOverlay>(m_offered[m_chosen]));
        else
            m_map->clearRouteOverlay();
    });
    connect(m_next, &QPushButton::clicked, this, [this] { stepForward(); });
}

void TeamExercise::setScenario(ScenarioRunner *runner)
{
    m_runner = runner;
    restart();
}

void TeamExercise::restart()
{
    m_placement = {};
    m_score.reset();
    m_scoredCity.reset();
    m_chosen = 0;
    m_error.clear();
    {
        const QSignalBlocker block(m_alertDay);
        m_alertDay->setChecked(false);
    }
    planOffers();
    setPhase(Phase::RouteTeam);
}

void TeamExercise::planOffers()
{
    m_offered.clear();
    if (!m_runner)
        return;
    m_request = m_runner->request(0, 0);
    m_request.mode = TravelMode::Any;
    m_request.budgetFactor = 0.0;
    m_request.avoidStations.clear();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<const RoutePlanner *> planner = m_runner->planner(QStringLiteral("ordinary"));
    if (const auto *error = std::get_if<ParseError>(&planner)) {
        m_error = ErrorText::located(*error);
    } else {
        std::vector<Route> front = std::get<const RoutePlanner *>(planner)->pareto(m_request);
        // Keep the fastest, the least exposed and one between, when there are more.
        if (front.size() > kMaxOffered)
            front = {front.front(), front[front.size() / 2], front.back()};
        m_offered = std::move(front);
    }
    QApplication::restoreOverrideCursor();
}

void TeamExercise::chooseRoute(std::size_t index)
{
    if (index < m_offered.size())
        m_chosen = index;
    m_offers->setSelected(index);
    emit slideChanged();
}

void TeamExercise::placeCamera(LatLon position)
{
    if (int(m_placement.cameras.size()) >= kMaxPlacedCameras)
        return;
    PlacedCamera camera;
    camera.position = position;
    camera.kind = CameraKind(m_kind->currentData().toInt());
    m_placement.cameras.push_back(camera);
    setPhase(m_phase);
}

void TeamExercise::setAlertDay(bool alertDay)
{
    m_placement.alertDay = alertDay;
    const QSignalBlocker block(m_alertDay);
    m_alertDay->setChecked(alertDay);
    emit slideChanged();
}

void TeamExercise::score()
{
    m_score.reset();
    if (m_chosen >= m_offered.size())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<TeamExerciseScore> scored =
        scoreTeamExercise(m_city, m_request, m_offered[m_chosen], m_placement);
    QApplication::restoreOverrideCursor();
    if (const auto *error = std::get_if<ParseError>(&scored)) {
        m_error = ErrorText::located(*error);
        return;
    }
    m_score = std::get<TeamExerciseScore>(std::move(scored));
    m_scoredCity =
        std::make_shared<const Dataset>(cityWithPlacedCameras(*m_city, m_placement.cameras));
}

std::vector<SlideRoute> TeamExercise::offeredSlideRoutes() const
{
    std::vector<SlideRoute> routes;
    for (std::size_t i = 0; i < m_offered.size(); ++i)
        routes.push_back({tr("Route %1").arg(i + 1), QStringLiteral("ordinary"), m_offered[i]});
    return routes;
}

std::vector<SlideRoute> TeamExercise::scoreSlideRoutes() const
{
    std::vector<SlideRoute> routes;
    if (!m_score)
        return routes;
    const QString day = m_placement.alertDay ? QStringLiteral("event") : QStringLiteral("ordinary");
    routes.push_back({tr("The route team's route, before the system moved"),
                      QStringLiteral("ordinary"), m_score->before});
    routes.push_back({tr("The same route with the system's cameras and day"), day, m_score->after});
    routes.push_back({tr("The least exposed route now"), day, m_score->leastExposedAfter});
    return routes;
}

QString TeamExercise::systemSummary() const
{
    if (!m_score || !m_score->after)
        return {};
    const int before = RiskWording::outOfTen(m_score->before.probability());
    const int after = RiskWording::outOfTen(m_score->after->probability());
    QString text =
        tr("Cameras the system team placed: %1; of them, cameras that saw the route: %2. The "
           "route team's route: "
           "identified in about %3 of 10 trips before, about %4 of 10 after.")
            .arg(m_placement.cameras.size())
            .arg(m_score->placedCamerasSeeingRoute)
            .arg(before)
            .arg(after);
    if (m_placement.alertDay)
        text += QLatin1Char(' ') + tr("The system declared an alert day.");
    if (m_score->leastExposedAfter)
        text += QLatin1Char(' ') +
                tr("Knowing the system, the least exposed route would be identified in about %1 "
                   "of 10 trips and take %2.")
                    .arg(RiskWording::outOfTen(m_score->leastExposedAfter->probability()))
                    .arg(RouteText::duration(m_score->leastExposedAfter->durationSeconds));
    return text;
}

void TeamExercise::setPhase(Phase phase)
{
    m_phase = phase;
    if (!m_runner) {
        m_title->setText(tr("No scenario chosen for this block."));
        m_pages->hide();
        m_next->hide();
        emit slideChanged();
        return;
    }
    m_pages->show();
    m_next->show();
    const QString trip = m_runner->scenario().title.in(m_language);
    switch (phase) {
    case Phase::RouteTeam:
        m_title->setText(tr("Team exercise, step 1: the route team plans"));
        m_instructions->setText(
            tr("Trip: %1. The route team picks one of these routes (click a card) without "
               "knowing what the system team will do.")
                .arg(trip) +
            (m_error.isEmpty() ? QString() : QLatin1Char('\n') + m_error));
        m_offers->setRoutes(offeredSlideRoutes(), m_language);
        m_offers->setSelected(m_chosen);
        m_pages->setCurrentIndex(0);
        m_next->setText(tr("The system team's turn"));
        break;
    case Phase::SystemTeam: {
        m_title->setText(tr("Team exercise, step 2: the system team places its cameras"));
        m_instructions->setText(
            tr("Place up to %1 face-recognition cameras where you expect the route team to pass, "
               "and decide whether to declare an alert day. Placed: %2.")
                .arg(kMaxPlacedCameras)
                .arg(m_placement.cameras.size()));
        std::vector<std::pair<LatLon, QString>> labels;
        for (std::size_t i = 0; i < m_placement.cameras.size(); ++i)
            labels.push_back({m_placement.cameras[i].position, tr("S%1").arg(i + 1)});
        m_overlay->setLabels(std::move(labels));
        std::vector<LatLon> marks;
        for (const PlacedCamera &c : m_placement.cameras)
            marks.push_back(c.position);
        m_overlay->setMarks(std::move(marks));
        m_pages->setCurrentIndex(1);
        m_next->setText(tr("Score both teams"));
        break;
    }
    case Phase::Scores:
        m_title->setText(tr("Team exercise, step 3: what each team's choices changed"));
        m_instructions->setText(
            tr("Numbers from the exposure model for someone the system is looking for. Nobody "
               "wins: look at what each move changed, and what it cost."));
        m_scores->setCity(m_scoredCity ? m_scoredCity : m_city);
        m_scores->setRoutes(scoreSlideRoutes(), m_language);
        m_scoreText->setText(m_error.isEmpty() ? systemSummary() : m_error);
        m_pages->setCurrentIndex(2);
        m_next->setText(tr("Start again"));
        break;
    }
    emit slideChanged();
}

void TeamExercise::setContentLanguage(const QString &language)
{
    m_language = language;
    m_map->setNameLanguage(language);
    setPhase(m_phase);
}

bool TeamExercise::stepForward()
{
    switch (m_phase) {
    case Phase::RouteTeam:
        if (m_offered.empty())
            return false;
        m_map->fitToData();
        if (m_chosen < m_offered.size())
            RouteOverlay::fitMapTo(*m_map, m_offered[m_chosen]);
        m_map->clearRouteOverlay();
        setPhase(Phase::SystemTeam);
        return true;
    case Phase::SystemTeam:
        score();
        setPhase(Phase::Scores);
        return true;
    case Phase::Scores:
        return false;
    }
    return false;
}

bool TeamExercise::stepBack()
{
    if (m_phase == Phase::RouteTeam)
        return false;
    setPhase(m_phase == Phase::Scores ? Phase::SystemTeam : Phase::RouteTeam);
    return true;
}

PresenterSlide TeamExercise::slide() const
{
    PresenterSlide slide;
    if (!m_runner)
        return slide;
    switch (m_phase) {
    case Phase::RouteTeam:
        slide.heading = tr("Route team: which way?");
        slide.routes = offeredSlideRoutes();
        slide.showMap = true;
        slide.mapRoute = m_chosen;
        slide.mapCameras = false;
        break;
    case Phase::SystemTeam:
        slide.heading = tr("System team: where do you watch?");
        slide.showMap = true;
        slide.mapCameras = true;
        for (const PlacedCamera &c : m_placement.cameras)
            slide.marks.push_back(c.position);
        slide.lines.append(tr("Cameras placed: %1 of %2.%3")
                               .arg(m_placement.cameras.size())
                               .arg(kMaxPlacedCameras)
                               .arg(m_placement.alertDay
                                        ? QLatin1Char(' ') + tr("Alert day declared.")
                                        : QString()));
        break;
    case Phase::Scores:
        slide.heading = tr("What each team's choices changed");
        slide.routes = scoreSlideRoutes();
        slide.showMap = true;
        slide.mapRoute = 1;
        slide.mapDataset = m_scoredCity;
        slide.mapCameras = true;
        break;
    }
    return slide;
}

QStringList TeamExercise::facilitatorNotes() const
{
    return {tr("Keep the route team's choice hidden from the system team until the scores."),
            tr("Ask the system team why they placed cameras where they did: they usually pick "
               "entrances and crossings, as real systems do."),
            tr("There is no winner. Ask the route team what they would change knowing the system, "
               "and what it would cost them.")};
}

} // namespace blindspot
