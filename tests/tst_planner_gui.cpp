#include "common/embedded_data.h"
#include "core/exposure/model_parameters.h"
#include "gui_fixtures.h"
#include "gui/planner/icon_array.h"
#include "gui/shell/app_settings.h"
#include "gui/shell/main_window.h"
#include "gui/map/map_view.h"
#include "gui/planner/planner_panel.h"
#include "common/risk_wording.h"
#include "gui/planner/route_cards.h"
#include "gui/planner/route_details.h"
#include "gui/planner/route_overlay.h"
#include "common/route_text.h"
#include "core/routing/place_resolver.h"
#include "core/routing/route_planner.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLineF>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace blindspot;
using namespace blindspot::testing;

namespace {

constexpr QSize kWindowSize(1400, 900);
// The completion's text role in PlannerPanel: the name a completion puts into the field.
constexpr int kCompletionTextRole = Qt::UserRole + 1;

// Training city names (core/sample/training_city.cpp): Ёлочная is "Fir Tree" in English and
// "Ялинкова" in Ukrainian; Фонтанная площадь is "Fountain Square".
const QString kFirTreeRu = QStringLiteral("Ёлочная");
const QString kFirTreeEn = QStringLiteral("Fir Tree");
const QString kFountainEn = QStringLiteral("Fountain Square");

std::shared_ptr<const Dataset> trainingCity()
{
    static const auto city = std::make_shared<const Dataset>(embeddedTrainingCity());
    return city;
}

std::unique_ptr<MainWindow> shownWindow()
{
    auto window = std::make_unique<MainWindow>(QStringLiteral("en"));
    window->setAttribute(Qt::WA_DontShowOnScreen);
    window->resize(kWindowSize);
    window->show();
    QCoreApplication::processEvents();
    window->setDataset(trainingCity());
    return window;
}

// Plans through the form, as a person would: type both places, press the button.
bool planThroughForm(MainWindow &window, const QString &from, const QString &to)
{
    auto *fromEdit = child<QLineEdit>(window, "fromEdit");
    auto *toEdit = child<QLineEdit>(window, "toEdit");
    auto *plan = child<QPushButton>(window, "planButton");
    if (!fromEdit || !toEdit || !plan)
        return false;
    fromEdit->setText(from);
    toEdit->setText(to);
    QTest::mouseClick(plan, Qt::LeftButton);
    return window.findChild<PlannerPanel *>()->currentPlan().has_value();
}

// What core answers for the same question, planned independently of the GUI.
std::vector<Route> coreRoutes(const QString &from, const QString &to, const QString &profile,
                              TravelMode mode = TravelMode::Any)
{
    const auto city = trainingCity();
    const PlaceResolver resolver(*city);
    RouteRequest request;
    request.from = *resolver.resolve(from).place;
    request.to = *resolver.resolve(to).place;
    request.mode = mode;
    const RoutePlanner planner(city, std::get<ModelParameters>(parametersFor(*city, profile)));
    return planner.pareto(request);
}

// "26 min" or "1 h 54 min" (no line break inside a number and its unit), worked out here from
// the seconds rather than by the app's helper.
QString expectedDuration(double seconds)
{
    const int minutes = std::max(1, int(std::lround(seconds / 60.0)));
    const QString space(QChar(0x00A0));
    if (minutes < 60)
        return QStringLiteral("%1%2min").arg(minutes).arg(space);
    return QStringLiteral("%1%2h %3%2min")
        .arg(minutes / 60)
        .arg(space)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// Types `text` key by key; QTest::keyClicks knows ASCII only.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

QStringList completionTexts(MainWindow &window, const char *completerName)
{
    QStringList texts;
    auto *completer = child<QCompleter>(window, completerName);
    if (!completer)
        return texts;
    const QAbstractItemModel *model = completer->model();
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, 0).data(kCompletionTextRole).toString();
    return texts;
}

} // namespace

class TstPlannerGui : public QObject {
    Q_OBJECT
private slots:
    void cardsMatchCore();
    void completionAcrossCaseLettersAndLanguages();
    void unknownPlaceSuggests();
    void selectingCardDrawsRoute();
    void swapSwaps();
    void pickOnMap();
    void walkOnlyGivesOneWalkingCard();
    void timeLimitAndAvoidedStation();
    void timeLimitSaysWhatItHides();
    void planThisWayApplies();
    void eventDayNotLower();
    void detailsExplainWithReplannedActions();
    void pdfRouteCard();
    void pngRouteCard();
    void nothingTypedIsStored();
    void editingTheMapDropsRoutes();
    void switchingLanguageRewordsRoutes();
    void russianUsesQtsWordsAndLocaleNumbers();
    void tabFollowsTheForm();
    void screenshots_data();
    void screenshots();
};

void TstPlannerGui::cardsMatchCore()
{
    auto window = shownWindow();
    QVERIFY(planThroughForm(*window, kFirTreeRu, kFountainEn));
    const std::vector<Route> expected =
        coreRoutes(kFirTreeRu, kFountainEn, QStringLiteral("ordinary"));
    QVERIFY(!expected.empty());

    auto *cards = window->findChild<RouteCards *>();
    QVERIFY(cards && cards->isVisible());
    QCOMPARE(cards->count(), int(expected.size()));
    for (int i = 0; i < cards->count(); ++i) {
        const RouteCard *card = cards->card(i);
        const Route &route = expected[std::size_t(i)];
        QCOMPARE(card->route().durationSeconds, route.durationSeconds);
        QCOMPARE(card->durationText(), expectedDuration(route.durationSeconds));
        const int outOfTen = RiskWording::outOfTen(route.probability());
        QCOMPARE(card->iconArray()->filledCount(), outOfTen);
        const auto [low, high] = RiskWording::rangeOutOfTen(route.hazard);
        QCOMPARE(card->iconArray()->rangeLow(), low);
        QCOMPARE(card->iconArray()->rangeHigh(), high);
        QVERIFY2(
            card->likelihoodText().contains(QStringLiteral(" %1 of 10").arg(outOfTen)) ||
                (outOfTen == 0 && card->likelihoodText().contains(QLatin1String("fewer than 1"))),
            qPrintable(card->likelihoodText()));
    }
    // The fastest is the first by duration; the least exposed has the lowest central hazard.
    QVERIFY(cards->card(0)->isFastest());
    std::size_t least = 0;
    for (std::size_t i = 1; i < expected.size(); ++i)
        if (expected[i].hazard.central < expected[least].hazard.central)
            least = i;
    QVERIFY(cards->card(int(least))->isLeastExposed());
}

void TstPlannerGui::completionAcrossCaseLettersAndLanguages()
{
    auto window = shownWindow();
    auto *fromEdit = child<QLineEdit>(*window, "fromEdit");
    QVERIFY(fromEdit);
    fromEdit->setFocus();
    // Upper case with Е for Ё, Russian; then lower case; then Ukrainian.
    for (const QString &typed :
         {QStringLiteral("ЕЛОЧН"), QStringLiteral("елочная"), QStringLiteral("Ялинк")}) {
        fromEdit->clear();
        type(fromEdit, typed);
        const QStringList texts = completionTexts(*window, "fromCompleter");
        QVERIFY2(texts.contains(kFirTreeEn),
                 qPrintable(typed + QStringLiteral(": ") + texts.join(QStringLiteral(", "))));
    }
    // What the completion puts in the field plans.
    QVERIFY(planThroughForm(*window, kFirTreeEn, QStringLiteral("ФОНТАННАЯ ПЛОЩАДЬ")));
}

void TstPlannerGui::unknownPlaceSuggests()
{
    auto window = shownWindow();
    QVERIFY(!planThroughForm(*window, QStringLiteral("Fir Trea"), kFountainEn));
    auto *message = child<QLabel>(*window, "plannerMessage");
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().contains(kFirTreeEn), qPrintable(message->text()));
    QVERIFY(!window->findChild<RouteCards *>()->isVisible());
}

void TstPlannerGui::selectingCardDrawsRoute()
{
    auto window = shownWindow();
    QVERIFY(planThroughForm(*window, kFirTreeRu, kFountainEn));
    auto *cards = window->findChild<RouteCards *>();
    QVERIFY(cards->count() >= 2);
    MapView *map = window->mapView();

    for (int i : {cards->count() - 1, 0}) {
        QTest::mouseClick(cards->card(i), Qt::LeftButton, Qt::NoModifier, QPoint(20, 10));
        QCOMPARE(cards->selected(), i);
        QVERIFY(cards->card(i)->isSelected());
        const RouteOverlay *overlay = map->routeOverlay();
        QVERIFY(overlay);
        QCOMPARE(overlay->route().durationSeconds, cards->card(i)->route().durationSeconds);
        // Really drawn: each step's colour reaches the screen, and the route fills the view.
        const QImage image = map->grab().toImage().convertToFormat(QImage::Format_RGB32);
        for (const RouteLeg &leg : overlay->route().legs) {
            double onScreen = 0.0; // an entry is a few metres: hidden under its marker
            for (std::size_t k = 1; k < leg.path.size(); ++k)
                onScreen +=
                    QLineF(map->widgetPosition(leg.path[k - 1]), map->widgetPosition(leg.path[k]))
                        .length();
            if (onScreen < 60.0)
                continue;
            const QColor colour = RouteOverlay::colourFor(probabilityOf(leg.hazard.central));
            QVERIFY2(pixelsOfColour(image, colour.rgb()) >= 20,
                     qPrintable(QStringLiteral("card %1, step %2: %3")
                                    .arg(i)
                                    .arg(int(leg.kind))
                                    .arg(colour.name())));
        }
        const QPointF start = map->widgetPosition(overlay->route().legs.front().path.front());
        QVERIFY(map->rect().contains(start.toPoint()));
    }
}

void TstPlannerGui::swapSwaps()
{
    auto window = shownWindow();
    auto *fromEdit = child<QLineEdit>(*window, "fromEdit");
    auto *toEdit = child<QLineEdit>(*window, "toEdit");
    fromEdit->setText(kFirTreeRu);
    toEdit->setText(kFountainEn);
    QTest::mouseClick(child<QToolButton>(*window, "swapButton"), Qt::LeftButton);
    QCOMPARE(fromEdit->text(), kFountainEn);
    QCOMPARE(toEdit->text(), kFirTreeRu);
}

void TstPlannerGui::pickOnMap()
{
    auto window = shownWindow();
    MapView *map = window->mapView();
    auto *pick = child<QToolButton>(*window, "pickToButton");
    auto *toEdit = child<QLineEdit>(*window, "toEdit");
    QVERIFY(pick && toEdit);

    // Escape cancels.
    QTest::mouseClick(pick, Qt::LeftButton);
    QVERIFY(map->isPickingPlace());
    QTest::keyClick(map, Qt::Key_Escape);
    QVERIFY(!map->isPickingPlace());
    QVERIFY(!pick->isChecked());
    QVERIFY(toEdit->text().isEmpty());

    // A click sets a point that plans.
    QTest::mouseClick(pick, Qt::LeftButton);
    const QPoint at(map->width() / 2 + 40, map->height() / 2 - 30);
    const LatLon expected = map->positionAt(at);
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, at);
    QVERIFY(!map->isPickingPlace());
    const PlaceResolver resolver(*trainingCity());
    const auto resolved = resolver.resolve(toEdit->text());
    QVERIFY2(resolved.place && resolved.place->kind == Place::Kind::Point,
             qPrintable(toEdit->text()));
    QVERIFY(std::abs(resolved.place->position.lat - expected.lat) < 1e-4);
    QVERIFY(std::abs(resolved.place->position.lon - expected.lon) < 1e-4);
    // Where that is, in words a person can check: by the nearest station (worked out here).
    const Station *nearest = nullptr;
    for (const Station &s : trainingCity()->network.stations)
        if (!nearest || haversineMetres(expected, s.position) <
                            haversineMetres(expected, nearest->position))
            nearest = &s;
    const QString message = child<QLabel>(*window, "plannerMessage")->text();
    QVERIFY2(message.startsWith(QLatin1String("The trip ends ")) &&
                 message.contains(nearest->name.inLanguage(QStringLiteral("en"))),
             qPrintable(message));
    child<QLineEdit>(*window, "fromEdit")->setText(kFirTreeEn);
    QTest::mouseClick(child<QPushButton>(*window, "planButton"), Qt::LeftButton);
    QVERIFY(window->findChild<RouteCards *>()->count() >= 1);

    // Picking again takes the old route off the map; cancelling brings it back; a new pick
    // drops the routes planned for the old end.
    QVERIFY(map->routeOverlay());
    QTest::mouseClick(pick, Qt::LeftButton);
    QVERIFY(!map->routeOverlay());
    QTest::keyClick(map, Qt::Key_Escape);
    QVERIFY(map->routeOverlay());
    QTest::mouseClick(pick, Qt::LeftButton);
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, at - QPoint(60, 0));
    QVERIFY(!map->routeOverlay());
    QVERIFY(!window->findChild<PlannerPanel *>()->currentPlan());
}

void TstPlannerGui::walkOnlyGivesOneWalkingCard()
{
    auto window = shownWindow();
    auto *mode = child<QComboBox>(*window, "modeCombo");
    mode->setCurrentIndex(mode->findData(int(TravelMode::WalkOnly)));
    QVERIFY(planThroughForm(*window, kFirTreeRu, kFountainEn));
    auto *cards = window->findChild<RouteCards *>();
    QCOMPARE(cards->count(), 1);
    for (const RouteLeg &leg : cards->card(0)->route().legs)
        QCOMPARE(leg.kind, LegKind::Walk);
    const std::vector<Route> expected =
        coreRoutes(kFirTreeRu, kFountainEn, QStringLiteral("ordinary"), TravelMode::WalkOnly);
    QCOMPARE(cards->card(0)->route().durationSeconds, expected.front().durationSeconds);
}

void TstPlannerGui::timeLimitAndAvoidedStation()
{
    auto window = shownWindow();
    auto *budget = child<QComboBox>(*window, "budgetCombo");
    budget->setCurrentIndex(budget->findData(1.25));
    QVERIFY(planThroughForm(*window, kFirTreeRu, kFountainEn));
    auto *cards = window->findChild<RouteCards *>();
    const double fastest = cards->card(0)->route().durationSeconds;
    for (int i = 0; i < cards->count(); ++i)
        QVERIFY(cards->card(i)->route().durationSeconds <= 1.25 * fastest + 1e-6);

    // Lilac Square (both its platforms) avoided: no step of any route touches it.
    budget->setCurrentIndex(0);
    auto *avoid = child<QLineEdit>(*window, "avoidEdit");
    avoid->setText(QStringLiteral("lilac square"));
    QTest::keyClick(avoid, Qt::Key_Return);
    QCOMPARE(child<QListWidget>(*window, "avoidList")->count(), 1);
    QVERIFY(planThroughForm(*window, kFirTreeRu, kFountainEn));
    const PlaceResolver resolver(*trainingCity());
    const std::vector<StationId> lilac =
        resolver.resolve(QStringLiteral("Lilac Square")).place->stations;
    QVERIFY(lilac.size() >= 2);
    for (int i = 0; i < cards->count(); ++i)
        for (const RouteLeg &leg : cards->card(i)->route().legs)
            for (const Place *place : {&leg.from, &leg.to})
                for (StationId s : place->stations)
                    QVERIFY(std::find(lilac.begin(), lilac.end(), s) == lilac.end());
}

void TstPlannerGui::timeLimitSaysWhatItHides()
{
    // station:1 to station:33 on the training city: the fastest takes about 33 min and the
    // least exposed way is walking the whole way, over two hours longer (core, unlimited):
    // a limit of 1.5 x the fastest hides it, and the panel must say so.
    const std::vector<Route> unlimited =
        coreRoutes(QStringLiteral("station:1"), QStringLiteral("station:33"),
                   QStringLiteral("ordinary"));
    QVERIFY(!unlimited.empty());
    const Route &slowest = unlimited.back(); // sorted by duration: the least exposed is last
    const double fastestSeconds = unlimited.front().durationSeconds;
    QVERIFY(slowest.durationSeconds > 1.5 * fastestSeconds);
    QVERIFY(RiskWording::outOfTen(slowest.probability()) <
            RiskWording::outOfTen(unlimited.front().probability()));

    auto window = shownWindow();
    auto *budget = child<QComboBox>(*window, "budgetCombo");
    budget->setCurrentIndex(budget->findData(1.5));
    QVERIFY(planThroughForm(*window, QStringLiteral("station:1"), QStringLiteral("station:33")));
    auto *note = child<QWidget>(*window, "hiddenByLimit");
    QVERIFY(note->isVisibleTo(window.get()));
    const QString text = child<QLabel>(*window, "hiddenByLimitText")->text();
    QVERIFY2(text.contains(QStringLiteral("%1 of 10").arg(RiskWording::outOfTen(
                 slowest.probability()))),
             qPrintable(text));
    // The least exposed card says it is so only within the limit.
    auto *cards = window->findChild<RouteCards *>();
    bool taggedWithin = false;
    for (QLabel *tag : window->findChildren<QLabel *>(QStringLiteral("leastExposedTag")))
        taggedWithin |= tag->text() == QLatin1String("Least exposed within the limit");
    QVERIFY(taggedWithin);
    // The limit in minutes: 1.5 x 33 min is about 49-50 min.
    const QString item = budget->itemText(budget->findData(1.5));
    QVERIFY2(item.contains(QStringLiteral("min)")), qPrintable(item));

    // One click lifts the limit: the walk is back among the cards and the note is gone.
    QTest::mouseClick(child<QPushButton>(*window, "liftTimeLimit"), Qt::LeftButton);
    QCOMPARE(budget->currentIndex(), 0);
    QVERIFY(!note->isVisibleTo(window.get()));
    QCOMPARE(cards->count(), int(unlimited.size()));
    QCOMPARE(cards->card(cards->count() - 1)->route().durationSeconds, slowest.durationSeconds);
}

void TstPlannerGui::planThisWayApplies()
{
    auto window = shownWindow();
    QVERIFY(planThroughForm(*window, kFirTreeRu, kFountainEn));
    auto *details = window->findChild<RouteDetails *>();
    const auto &alternatives = details->alternatives();
    const auto walk =
        std::find_if(alternatives.begin(), alternatives.end(),
                     [](const Alternative &a) { return a.kind == Alternative::Kind::WalkOnly; });
    QVERIFY(walk != alternatives.end());
    const double walkSeconds = walk->route->durationSeconds;
    // Its button is in the row of that alternative: each row says which one it shows.
    const QList<QWidget *> rows = details->findChildren<QWidget *>(QStringLiteral("actionRow"));
    const int index = int(walk - alternatives.begin());
    const auto row = std::find_if(rows.begin(), rows.end(), [&](const QWidget *r) {
        return r->property("alternative").toInt() == index;
    });
    QVERIFY(row != rows.end());
    auto *apply = (*row)->findChild<QPushButton *>(QStringLiteral("applyAlternative"));
    QVERIFY(apply);
    QTest::mouseClick(apply, Qt::LeftButton);
    auto *cards = window->findChild<RouteCards *>();
    QCOMPARE(cards->count(), 1);
    QCOMPARE(cards->card(0)->route().durationSeconds, walkSeconds);
    auto *mode = child<QComboBox>(*window, "modeCombo");
    QCOMPARE(mode->currentData().toInt(), int(TravelMode::WalkOnly));
}

void TstPlannerGui::eventDayNotLower()
{
    auto window = shownWindow();
    QVERIFY(planThroughForm(*window, kFirTreeRu, kFountainEn));
    auto *cards = window->findChild<RouteCards *>();
    std::vector<Route> ordinary;
    for (int i = 0; i < cards->count(); ++i)
        ordinary.push_back(cards->card(i)->route());

    auto *profile = child<QComboBox>(*window, "profileCombo");
    profile->setCurrentIndex(profile->findData(QStringLiteral("event")));
    QTest::mouseClick(child<QPushButton>(*window, "planButton"), Qt::LeftButton);
    QVERIFY(cards->count() >= 1);
    // The same way is at least as exposed on an alert day, and so is the fastest.
    int compared = 0;
    for (int i = 0; i < cards->count(); ++i)
        for (const Route &before : ordinary)
            if (sameWay(before, cards->card(i)->route())) {
                QVERIFY(cards->card(i)->route().probability() >= before.probability() - 1e-12);
                QVERIFY(cards->card(i)->iconArray()->filledCount() >=
                        RiskWording::outOfTen(before.probability()));
                ++compared;
            }
    QVERIFY(compared >= 1);
    QVERIFY(cards->card(0)->route().probability() >= ordinary.front().probability() - 1e-12);
}

void TstPlannerGui::detailsExplainWithReplannedActions()
{
    auto window = shownWindow();
    QVERIFY(planThroughForm(*window, kFirTreeRu, kFountainEn));
    auto *details = window->findChild<RouteDetails *>();
    QVERIFY(details);
    QVERIFY2(details->summaryText().startsWith(QLatin1String("Most of the risk is at")),
             qPrintable(details->summaryText()));

    // The "other day" action is the same way planned again under the event profile.
    const Route &selected = window->findChild<RouteCards *>()->card(0)->route();
    const std::vector<Route> eventRoutes =
        coreRoutes(kFirTreeRu, kFountainEn, QStringLiteral("event"));
    bool checked = false;
    for (const Alternative &a : details->alternatives()) {
        if (a.kind != Alternative::Kind::OtherDay || !a.route || !a.sameWay)
            continue;
        QVERIFY(sameWay(*a.route, selected));
        for (const Route &r : eventRoutes)
            if (sameWay(r, selected)) {
                QCOMPARE(a.route->probability(), r.probability());
                checked = true;
            }
    }
    QVERIFY(checked);
    // Every chokepoint comes with something to do there, or else walking instead.
    const auto &alternatives = details->alternatives();
    const bool walking =
        std::any_of(alternatives.begin(), alternatives.end(), [](const Alternative &a) {
            return a.kind == Alternative::Kind::WalkOnly && a.route;
        });
    for (std::size_t leg = 0; leg < selected.legs.size(); ++leg)
        if (selected.legs[leg].chokepoint)
            QVERIFY(walking || std::any_of(alternatives.begin(), alternatives.end(),
                                           [&](const Alternative &a) { return a.leg == leg; }));
    // What helps has a row of its own; what does not is named in one closing sentence, never a
    // row that says it does not lower the chance.
    const QList<QWidget *> rows = details->findChildren<QWidget *>(QStringLiteral("actionRow"));
    QVERIFY(!rows.isEmpty());
    for (const QWidget *row : rows) {
        const auto *label = row->findChild<QLabel *>();
        QVERIFY(label && !label->text().contains(QLatin1String("does not lower the chance")));
    }
    const auto *alsoTried = details->findChild<QLabel *>(QStringLiteral("alsoTried"));
    QCOMPARE(alsoTried != nullptr, rows.size() < int(alternatives.size()));
    if (alsoTried)
        QVERIFY2(alsoTried->text().startsWith(QLatin1String("Also tried, without lowering the "
                                                            "chance here: ")) ||
                     alsoTried->text().startsWith(QLatin1String("Nothing Blindspot tried lowers "
                                                                "the chance here: ")),
                 qPrintable(alsoTried->text()));
    // Each worked out by planning: its route is one core finds for the changed request.
    for (const Alternative &a : alternatives) {
        if (!a.route || a.kind != Alternative::Kind::WalkOnly)
            continue;
        const std::vector<Route> walk =
            coreRoutes(kFirTreeRu, kFountainEn, QStringLiteral("ordinary"), TravelMode::WalkOnly);
        QCOMPARE(a.route->probability(), walk.front().probability());
        QCOMPARE(a.route->durationSeconds, walk.front().durationSeconds);
    }
}

void TstPlannerGui::pdfRouteCard()
{
    auto window = shownWindow();
    QVERIFY(planThroughForm(*window, kFirTreeRu, kFountainEn));
    auto *panel = window->findChild<PlannerPanel *>();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("card.pdf"));
    const std::optional<QString> error = panel->exportRouteCard(pdf);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
    file.close();
    // Kept next to the tests for people to look at.
    const QString kept =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("route_card_en.pdf"));
    QFile::remove(kept);
    QVERIFY(QFile::copy(pdf, kept));

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess process;
    process.start(pdftotext,
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 0);
    // Compatibility normalisation undoes the typesetter's ligatures ("ﬁ" for "fi").
    const QString text = QString::fromUtf8(process.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();

    const Route &route = panel->currentPlan()->routes[std::size_t(panel->selectedRoute())];
    const Dataset &city = *trainingCity();
    int names = 0;
    for (const RouteLeg &leg : route.legs)
        for (const Place *place : {&leg.from, &leg.to})
            for (StationId s : place->stations) {
                const QString name = city.network.station(s).name.inLanguage(QStringLiteral("en"));
                QVERIFY2(text.contains(name), qPrintable(name));
                ++names;
            }
    QVERIFY(names >= 2);
    QVERIFY(text.contains(QLatin1String("FICTIONAL TRAINING DATA")));
    QVERIFY(text.contains(RiskWording::identifiedIn(route.probability())));
    // The training city by its name in the UI's language ("Novoe Zerkalo"); the banner above
    // says it is fictional.
    QVERIFY(text.contains(QLatin1String("Map data: Novoe Zerkalo, version")));
}

void TstPlannerGui::pngRouteCard()
{
    auto window = shownWindow();
    QVERIFY(planThroughForm(*window, kFirTreeRu, kFountainEn));
    auto *panel = window->findChild<PlannerPanel *>();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("card.png"));
    const std::optional<QString> error = panel->exportRouteCard(png);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    const QImage image(png);
    QVERIFY(!image.isNull());
    // A4 at 150 dpi: 210 x 297 mm = 1240 x 1754 px; a route of five steps fits on one page.
    QVERIFY(std::abs(image.width() - 1240) <= 1);
    QVERIFY2(std::abs(image.height() - 1754) <= 1, qPrintable(QString::number(image.height())));
    // Not blank: the route's colours are on it.
    const Route &route = panel->currentPlan()->routes[std::size_t(panel->selectedRoute())];
    const QColor colour = RouteOverlay::colourFor(probabilityOf(route.legs.front().hazard.central));
    QVERIFY(pixelsOfColour(image.convertToFormat(QImage::Format_RGB32), colour.rgb()) > 20);
    const QString kept =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("route_card_en.png"));
    QFile::remove(kept);
    QVERIFY(QFile::copy(png, kept));
}

void TstPlannerGui::nothingTypedIsStored()
{
    // The store the program writes (AppSettings), inside this run's private home (main()), so
    // that the test reads what the window saved and never touches the real ~/.config.
    const QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    QVERIFY(!configHome.isEmpty());
    QVERIFY2(AppSettings::open()->fileName().startsWith(configHome),
             qPrintable(AppSettings::open()->fileName()));
    {
        auto window = shownWindow();
        QVERIFY(planThroughForm(*window, kFirTreeRu, kFountainEn));
        window->close();
    }
    const auto settings = AppSettings::open();
    // Closing saves the window's layout: proof that this is the file the program writes.
    QVERIFY2(settings->contains(QStringLiteral("window/geometry")),
             qPrintable(settings->fileName()));
    const QStringList allowed = AppSettings::keys();
    for (const QString &key : settings->allKeys()) {
        QVERIFY2(allowed.contains(key), qPrintable(key));
        const QString value = settings->value(key).toString();
        QVERIFY2(!value.contains(kFirTreeRu) && !value.contains(kFountainEn), qPrintable(key));
    }
    // The same for the file's bytes, whatever QSettings makes of them.
    QFile file(settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(kFirTreeRu.toUtf8()) && !bytes.contains(kFountainEn.toUtf8()));
}

void TstPlannerGui::editingTheMapDropsRoutes()
{
    auto window = shownWindow();
    QVERIFY(planThroughForm(*window, kFirTreeRu, kFountainEn));
    QVERIFY(window->mapView()->routeOverlay());
    // Routes planned on the map as it was would be wrong after an edit: they go, with a word.
    emit window->datasetEdited();
    auto *panel = window->findChild<PlannerPanel *>();
    QVERIFY(!panel->currentPlan());
    QCOMPARE(window->findChild<RouteCards *>()->count(), 0);
    QVERIFY(!window->mapView()->routeOverlay());
    QVERIFY(child<QLabel>(*window, "plannerMessage")->isVisible());
    QTest::mouseClick(child<QPushButton>(*window, "planButton"), Qt::LeftButton);
    QVERIFY(panel->currentPlan());
}

void TstPlannerGui::russianUsesQtsWordsAndLocaleNumbers()
{
    auto window = shownWindow();
    QVERIFY(window->setLanguage(QStringLiteral("ru")));
    const auto back = qScopeGuard([&] { window->setLanguage(QStringLiteral("en")); });
    // Qt's own qtbase_ru.qm is loaded: a standard button says "Отмена" (as the file Debian ships
    // has it for QPlatformTheme's "Cancel"), when Qt has translations installed at all.
    if (QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                          QStringLiteral("/qtbase_ru.qm")))
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QString::fromUtf8("Отмена"));
    // Numbers follow the locale: 6,500 m is "6,5" km with a decimal comma in Russian.
    QVERIFY2(RouteText::distance(6500.0).startsWith(QStringLiteral("6,5")),
             qPrintable(RouteText::distance(6500.0)));
    window->setLanguage(QStringLiteral("en"));
    QVERIFY2(RouteText::distance(6500.0).startsWith(QStringLiteral("6.5")),
             qPrintable(RouteText::distance(6500.0)));
}

void TstPlannerGui::tabFollowsTheForm()
{
    auto window = shownWindow();
    // The first six stops of Tab from the start field, in reading order.
    QStringList order;
    QWidget *w = child<QLineEdit>(*window, "fromEdit");
    QVERIFY(w);
    while (w && order.size() < 6) {
        if (w->focusPolicy() & Qt::TabFocus)
            order << w->objectName();
        w = w->nextInFocusChain();
    }
    QCOMPARE(order, (QStringList{"fromEdit", "pickFromButton", "toEdit", "pickToButton",
                                 "swapButton", "profileCombo"}));
}

void TstPlannerGui::switchingLanguageRewordsRoutes()
{
    auto window = shownWindow();
    QVERIFY(planThroughForm(*window, kFirTreeRu, kFountainEn));
    auto *details = window->findChild<RouteDetails *>();
    QVERIFY(details->summaryText().contains(kFirTreeEn));
    const int routes = window->findChild<RouteCards *>()->count();

    window->setLanguage(QStringLiteral("ru"));
    QCoreApplication::processEvents(); // the planner words its results anew after the switch
    auto *panel = window->findChild<PlannerPanel *>();
    QCOMPARE(panel->windowTitle(), PlannerPanel::tr("Plan a trip"));
    auto *cards = window->findChild<RouteCards *>();
    QCOMPARE(cards->count(), routes);
    QCOMPARE(cards->card(0)->likelihoodText(),
             RiskWording::identifiedIn(cards->card(0)->route().probability()));
    // Station names follow the language too, without planning again.
    QVERIFY2(details->summaryText().contains(kFirTreeRu), qPrintable(details->summaryText()));
    QCOMPARE(cards->selected(), panel->selectedRoute());

    // The route card speaks the UI language too; kept next to the tests for people to look at.
    const QString kept =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("route_card_ru.pdf"));
    QFile::remove(kept);
    const std::optional<QString> error = panel->exportRouteCard(kept);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess process;
        process.start(pdftotext,
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), kept, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60'000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        QVERIFY(text.contains(kFirTreeRu));
        QVERIFY(text.contains(QStringLiteral("Фонтанная площадь")));
    }

    window->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QVERIFY(details->summaryText().contains(kFirTreeEn));
}

void TstPlannerGui::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Russian") << QStringLiteral("ru");
}

void TstPlannerGui::screenshots()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString shot = dir.filePath(QStringLiteral("planner_%1.png").arg(language));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BLINDSPOT_GUI),
                  {QStringLiteral("--screenshot"), shot, QStringLiteral("--lang"), language,
                   QStringLiteral("--from"), kFirTreeRu, QStringLiteral("--to"), kFountainEn});
    QVERIFY(process.waitForFinished(120'000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAllStandardError().constData());
    const QImage image(shot);
    QCOMPARE(image.size(), kWindowSize);
    // The route is on the map: the darkest palette colour or another of its steps shows.
    int routePixels = 0;
    for (const QColor &colour : RouteOverlay::palette())
        routePixels += pixelsOfColour(image, colour.rgb());
    QVERIFY(routePixels > 50);

    // Kept next to the tests for people to look at.
    const QString kept = QDir(QCoreApplication::applicationDirPath())
                             .filePath(QStringLiteral("planner_%1.png").arg(language));
    QFile::remove(kept);
    QVERIFY(QFile::copy(shot, kept));

    // A place that does not exist fails the screenshot with the reason.
    QProcess failing;
    failing.setProcessEnvironment(environment);
    failing.start(QStringLiteral(BLINDSPOT_GUI),
                  {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("never.png")),
                   QStringLiteral("--lang"), language, QStringLiteral("--from"),
                   QStringLiteral("Nowhere at all"), QStringLiteral("--to"), kFountainEn});
    QVERIFY(failing.waitForFinished(120'000));
    QCOMPARE(failing.exitCode(), 1);
    QVERIFY(failing.readAllStandardError().contains("Nowhere at all"));
}

// A private home: nothingTypedIsStored reads the settings the window writes.
int main(int argc, char **argv)
{
    return runWithPrivateHome<TstPlannerGui>(argc, argv);
}
#include "tst_planner_gui.moc"
