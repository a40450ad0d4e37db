#include "gui/training/route_comparison_exercise.h"

#include "common/error_text.h"
#include "gui/map/map_layers.h"
#include "gui/map/map_view.h"
#include "gui/planner/route_overlay.h"
#include "gui/training/training_route_cards.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace blindspot {

RouteComparisonExercise::RouteComparisonExercise(std::shared_ptr<const Dataset> city,
                                                 QWidget *parent)
    : TrainingExercise(parent), m_city(std::move(city))
{
    setObjectName(QStringLiteral("routeComparisonExercise"));
    auto *column = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    column->addWidget(m_title);

    auto *pick = new QFormLayout;
    m_left = new QComboBox(this);
    m_left->setObjectName(QStringLiteral("leftOption"));
    m_right = new QComboBox(this);
    m_right->setObjectName(QStringLiteral("rightOption"));
    pick->addRow(tr("Left:"), m_left);
    pick->addRow(tr("Right:"), m_right);
    column->addLayout(pick);

    auto *row = new QHBoxLayout;
    m_cards = new TrainingRouteCards(m_city, this);
    row->addWidget(m_cards, 3);
    m_map = new MapView(this);
    m_map->setObjectName(QStringLiteral("comparisonMap"));
    m_map->setMinimumSize(280, 260);
    m_map->setDataset(m_city);
    m_map->layers().setVisible(MapLayer::Cameras, false);
    m_map->layers().setVisible(MapLayer::CoverageSectors, false);
    row->addWidget(m_map, 2);
    column->addLayout(row, 1);

    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setText(
        tr("Each card shows 10 trips by someone the system is looking for. Filled figures: "
           "identified in the central estimate; hatched: the range leaves it open. The grey "
           "bar shows how much of the estimate rests on places nobody mapped: no data is not "
           "safe, not dangerous."));
    column->addWidget(m_explanation);

    connect(m_left, &QComboBox::currentIndexChanged, this, [this] { showComparison(); });
    connect(m_right, &QComboBox::currentIndexChanged, this, [this] { showComparison(); });
    connect(m_cards, &TrainingRouteCards::selectedChanged, this, [this](std::size_t i) {
        const auto &routes = m_cards->routes();
        if (i < routes.size() && routes[i].route) {
            m_map->setRouteOverlay(std::make_shared<const RouteOverlay>(*routes[i].route));
            RouteOverlay::fitMapTo(*m_map, *routes[i].route);
        }
        emit slideChanged();
    });
}

void RouteComparisonExercise::setScenario(ScenarioRunner *runner)
{
    m_runner = runner;
    fillCombos();
    restart();
}

void RouteComparisonExercise::fillCombos()
{
    const QSignalBlocker blockLeft(m_left);
    const QSignalBlocker blockRight(m_right);
    const int left = m_left->currentIndex();
    const int right = m_right->currentIndex();
    m_left->clear();
    m_right->clear();
    m_options.clear();
    if (!m_runner)
        return;
    const Scenario &s = m_runner->scenario();
    for (std::size_t c = 0; c < s.choices.size(); ++c)
        for (std::size_t o = 0; o < s.choices[c].options.size(); ++o) {
            const QString text = QStringLiteral("%1 %2").arg(
                s.choices[c].prompt.in(m_language), s.choices[c].options[o].label.in(m_language));
            m_left->addItem(text);
            m_right->addItem(text);
            m_options.push_back({c, o});
        }
    m_left->setCurrentIndex(std::max(0, left));
    m_right->setCurrentIndex(right >= 0 ? right : std::min(1, m_right->count() - 1));
}

void RouteComparisonExercise::restart()
{
    if (m_runner && m_options.size() >= 2) {
        const QSignalBlocker blockLeft(m_left);
        const QSignalBlocker blockRight(m_right);
        m_left->setCurrentIndex(0);
        m_right->setCurrentIndex(1);
    }
    showComparison();
}

void RouteComparisonExercise::compare(std::pair<std::size_t, std::size_t> left,
                                      std::pair<std::size_t, std::size_t> right)
{
    const auto indexOf = [this](std::pair<std::size_t, std::size_t> option) {
        const auto it = std::find(m_options.begin(), m_options.end(), option);
        return it == m_options.end() ? -1 : int(it - m_options.begin());
    };
    const QSignalBlocker blockLeft(m_left);
    const QSignalBlocker blockRight(m_right);
    m_left->setCurrentIndex(indexOf(left));
    m_right->setCurrentIndex(indexOf(right));
    showComparison();
}

void RouteComparisonExercise::showComparison()
{
    if (!m_runner) {
        m_title->setText(tr("No scenario chosen for this block."));
        m_cards->setRoutes({}, m_language);
        emit slideChanged();
        return;
    }
    m_title->setText(tr("Compare: %1").arg(m_runner->scenario().title.in(m_language)));
    std::vector<SlideRoute> routes;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (QComboBox *combo : {m_left, m_right}) {
        const int index = combo->currentIndex();
        if (index < 0 || std::size_t(index) >= m_options.size())
            continue;
        const auto [c, o] = m_options[std::size_t(index)];
        Result<ScenarioOutcome> outcome = m_runner->outcome(c, o);
        if (const auto *error = std::get_if<ParseError>(&outcome)) {
            m_explanation->setText(ErrorText::located(*error));
            continue;
        }
        const ScenarioOutcome &out = std::get<ScenarioOutcome>(outcome);
        routes.push_back({m_runner->scenario().choices[c].options[o].label.in(m_language),
                          out.profile, out.route});
    }
    QApplication::restoreOverrideCursor();
    m_cards->setRoutes(std::move(routes), m_language);
    m_cards->setSelected(0);
    const auto &shown = m_cards->routes();
    if (!shown.empty() && shown.front().route) {
        m_map->setRouteOverlay(std::make_shared<const RouteOverlay>(*shown.front().route));
        RouteOverlay::fitMapTo(*m_map, *shown.front().route);
    } else {
        m_map->clearRouteOverlay();
    }
    emit slideChanged();
}

void RouteComparisonExercise::setContentLanguage(const QString &language)
{
    m_language = language;
    m_map->setNameLanguage(language);
    fillCombos();
    showComparison();
}

bool RouteComparisonExercise::stepForward()
{
    if (m_cards->routes().size() > 1 && m_cards->selected() == 0) {
        m_cards->setSelected(1);
        return true;
    }
    return false;
}

bool RouteComparisonExercise::stepBack()
{
    if (m_cards->selected() > 0) {
        m_cards->setSelected(m_cards->selected() - 1);
        return true;
    }
    return false;
}

const std::vector<SlideRoute> &RouteComparisonExercise::comparedRoutes() const
{
    return m_cards->routes();
}

PresenterSlide RouteComparisonExercise::slide() const
{
    PresenterSlide slide;
    if (!m_runner)
        return slide;
    slide.heading = tr("Compare: %1").arg(m_runner->scenario().title.in(m_language));
    slide.routes = m_cards->routes();
    slide.showMap = true;
    slide.mapRoute = m_cards->selected();
    slide.mapCameras = false;
    return slide;
}

QStringList RouteComparisonExercise::facilitatorNotes() const
{
    return {tr("Ask which number rests on data and which on assumptions, before asking which "
               "route is \"better\"."),
            tr("Point at the grey bar: no data is not safe, not dangerous.")};
}

} // namespace blindspot
