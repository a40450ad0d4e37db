// What would lower a route's risk, in words (app/common/alternative_text): when an option counts
// as helping, and how a list of options is shown, with those that do not help named in one
// closing sentence. The planner's details, the printed route card and `route --suggest` all use
// this wording.
#include "common/alternative_text.h"
#include "common/embedded_data.h"
#include "common/route_text.h"
#include "core/routing/place_resolver.h"
#include "common/translations.h"

#include <QLocale>
#include <QTest>

#include <algorithm>

using namespace blindspot;

namespace {

// A route with the same chance at both ends of its range, so that "(a-b of 10)" is known.
Route route(double p, double looks, int checkpoints, double seconds)
{
    Route r;
    r.hazard = {hazardOf(p), hazardOf(p), hazardOf(p)};
    r.figures.expectedFrCaptures = {looks, looks, looks};
    r.figures.frCheckpoints = checkpoints;
    r.durationSeconds = seconds;
    return r;
}

Alternative alternative(Alternative::Kind kind, std::optional<Route> leadsTo)
{
    Alternative a;
    a.kind = kind;
    a.route = std::move(leadsTo);
    return a;
}

StationId stationNamed(const Dataset &city, const QString &name)
{
    return PlaceResolver(city).resolve(name).place->stations.front();
}

LineId lineWithRef(const Dataset &city, const QString &ref)
{
    for (const Line &line : city.network.lines)
        if (line.ref == ref)
            return line.id;
    return kNoId<LineId>;
}

} // namespace

class TstAlternativeText : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void suggestionsCountLooks();
    void foldsWhatDoesNotHelp();
    void foldsWhenNothingHelps();
    void nothingFoldedWhenAllHelp();
    void foldedInRussianAndUkrainian_data();
    void foldedInRussianAndUkrainian();
    void hiddenByTimeLimitOnlyWhenItHelps();
    void avoidedTextNamesEachOnce();

private:
    // Birch Grove to Fountain Square on the training city, and seven alternatives of the route
    // `m_current` (about 10 of 10, 6 looks, 1 checkpoint, 20 min): 0 another entrance at Birch
    // Grove (5 of 10: helps), 1 avoiding line 2 (7 looks: does not), 2 around Lilac Square (no
    // route), 3 walking (10 of 10 with 9 looks: does not), 4 the alert day (a warning, listed
    // whatever it does), 5 sunglasses (6 of 10: helps), 6 a cap (the same: does not).
    std::vector<Alternative> sevenAlternatives() const;

    Dataset m_city;
    Plan m_plan;
    Route m_current = route(0.99, 6.0, 1, 1200.0);
};

void TstAlternativeText::initTestCase()
{
    m_city = embeddedTrainingCity();
    const PlaceResolver resolver(m_city);
    m_plan.request.from = *resolver.resolve(QStringLiteral("Birch Grove")).place;
    m_plan.request.to = *resolver.resolve(QStringLiteral("Fountain Square")).place;
    QVERIFY(isSet(lineWithRef(m_city, QStringLiteral("2"))));
}

void TstAlternativeText::cleanup()
{
    installTranslations(QStringLiteral("en"));
    // English lists as people write them in the US: "a, b, and c" (CLDR), whatever the system.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TstAlternativeText::hiddenByTimeLimitOnlyWhenItHelps()
{
    Plan plan = m_plan;
    plan.request.budgetFactor = 1.5;
    plan.routes = {route(0.99, 6, 1, 1200)};
    // Nothing hidden: nothing to say.
    QVERIFY(AlternativeText::hiddenByTimeLimit(plan).isEmpty());
    // A walk of 4000 s at 5 of 10: 2800 s = 46.7 min longer than the fastest, rounded to 47.
    plan.hiddenByTimeLimit = route(0.5, 2, 0, 4000);
    QCOMPARE(AlternativeText::hiddenByTimeLimit(plan),
             QStringLiteral("Your time limit hides a way with a lower chance: about 5 of 10 trips "
                            "(5-5 of 10) instead of about 10 of 10 trips, 47\u00a0min longer than "
                            "the fastest."));
    // 0.98 against 0.99: still 10 of 10 and a drop under 0.05, which the estimate cannot tell
    // from noise; saying "lower" would mislead.
    plan.hiddenByTimeLimit = route(0.98, 2, 0, 4000);
    QVERIFY(AlternativeText::hiddenByTimeLimit(plan).isEmpty());
}

void TstAlternativeText::avoidedTextNamesEachOnce()
{
    RouteRequest request = m_plan.request;
    // Lilac Square is a transfer: both platforms are avoided, and named once.
    const std::vector<StationId> lilac =
        PlaceResolver(m_city).resolve(QStringLiteral("Lilac Square")).place->stations;
    QVERIFY(lilac.size() >= 2);
    request.avoidStations = lilac;
    request.avoidLines = {lineWithRef(m_city, QStringLiteral("2"))};
    const RouteText text(m_city, QStringLiteral("en"), &request);
    const QString avoided = text.avoidedText();
    QVERIFY2(avoided.startsWith(QLatin1String("Avoiding: Lilac Square; line 2")),
             qPrintable(avoided));
    QCOMPARE(avoided.count(QLatin1String("Lilac Square")), 1);
    QVERIFY(avoided.endsWith(QLatin1Char('.')));
    QVERIFY(RouteText(m_city, QStringLiteral("en"), &m_plan.request).avoidedText().isEmpty());
}

std::vector<Alternative> TstAlternativeText::sevenAlternatives() const
{
    const StationId birch = stationNamed(m_city, QStringLiteral("Birch Grove"));
    Alternative entrance = alternative(Alternative::Kind::OtherEntrance, route(0.5, 3, 0, 1320));
    entrance.station = birch;
    entrance.entrance = m_city.network.station(birch).entrances.front();
    Alternative line = alternative(Alternative::Kind::AvoidLine, route(0.99, 7, 1, 1300));
    line.line = lineWithRef(m_city, QStringLiteral("2"));
    Alternative around = alternative(Alternative::Kind::AvoidStation, std::nullopt);
    around.station = stationNamed(m_city, QStringLiteral("Lilac Square"));
    return {entrance,
            line,
            around,
            alternative(Alternative::Kind::WalkOnly, route(0.999, 9, 0, 7000)),
            alternative(Alternative::Kind::OtherDay, route(0.995, 8, 1, 1200)),
            alternative(Alternative::Kind::Sunglasses, route(0.6, 6, 1, 1200)),
            alternative(Alternative::Kind::Cap, route(0.99, 6, 1, 1200))};
}

void TstAlternativeText::suggestionsCountLooks()
{
    // Model v2 (RISK-COMMUNICATION.md, "When the chance is near certain"): when an option leaves
    // the chance at about 10 of 10 but the system gets fewer looks, the suggestion says so and
    // counts as helping; when it raises the chance it says "raises"; otherwise nothing helps.
    cleanup();
    const RouteText text(m_city, QStringLiteral("en"));
    const Plan plan;
    const Route current = route(0.99, 6.0, 1, 1200.0);
    Alternative a;
    a.kind = Alternative::Kind::AvoidStation;
    a.route = route(0.99, 5.0, 0, 1320.0);
    AlternativeText::Action action = AlternativeText::describe(a, plan, current, text);
    QVERIFY(action.helps);
    QVERIFY2(action.effect.contains(QLatin1String("fewer good looks at your face: about 5 "
                                                  "instead of 6")) &&
                 action.effect.contains(QLatin1String("checkpoints: 0 instead of 1")),
             qPrintable(action.effect));
    // Same looks, one checkpoint fewer.
    a.route = route(0.99, 6.0, 0, 1320.0);
    action = AlternativeText::describe(a, plan, current, text);
    QVERIFY(action.helps);
    QVERIFY2(action.effect.contains(QLatin1String("fewer face-recognition checkpoints: 0 instead "
                                                  "of 1")),
             qPrintable(action.effect));
    // One look fewer of six, same checkpoints: noise, not a gain; two fewer: a gain.
    a.route = route(0.99, 5.0, 1, 1320.0);
    QVERIFY(!AlternativeText::describe(a, plan, current, text).helps);
    a.route = route(0.99, 4.0, 1, 1320.0);
    action = AlternativeText::describe(a, plan, current, text);
    QVERIFY(action.helps);
    QVERIFY2(action.effect.contains(QLatin1String("about 4 instead of 6.")),
             qPrintable(action.effect));
    // More looks and no fewer checkpoints: nothing gained.
    a.route = route(0.99, 7.0, 1, 1320.0);
    action = AlternativeText::describe(a, plan, current, text);
    QVERIFY(!action.helps);
    QVERIFY(action.effect.contains(QLatin1String("does not lower the chance")));
    // A higher chance out of 10 is said as raising it.
    const Route walk = route(0.55, 1.0, 0, 1200.0);
    a.route = route(0.9, 3.0, 0, 1300.0);
    action = AlternativeText::describe(a, plan, walk, text);
    QVERIFY(!action.helps);
    QVERIFY2(action.effect.contains(QLatin1String("raises the chance")), qPrintable(action.effect));
}

void TstAlternativeText::foldsWhatDoesNotHelp()
{
    cleanup();
    const RouteText text(m_city, QStringLiteral("en"), &m_plan.request);
    const std::vector<Alternative> all = sevenAlternatives();
    const AlternativeText::Suggestions s =
        AlternativeText::suggestions(all, m_plan, m_current, text);

    // Listed, in the order found: the other entrance, the alert day, sunglasses.
    QCOMPARE(s.listed.size(), std::size_t(3));
    QCOMPARE(s.listed[0].index, std::size_t(0));
    QCOMPARE(s.listed[1].index, std::size_t(4));
    QCOMPARE(s.listed[2].index, std::size_t(5));
    // 0.99 -> 0.5: 10 of 10 -> 5 of 10 (rounded), 1320 - 1200 s = 2 min longer (no line break
    // inside "2 min").
    QCOMPARE(s.listed[0].action.effect, QStringLiteral("Then: about 5 of 10 trips (5-5 of 10), "
                                                       "2\u00a0min longer."));
    QVERIFY(s.listed[0].action.helps);
    QVERIFY(s.listed[1].action.warning && !s.listed[1].action.helps);
    QVERIFY(s.listed[2].action.whatIf && s.listed[2].action.helps);
    for (const auto &item : s.listed)
        QVERIFY2(!item.action.effect.contains(QLatin1String("does not lower")),
                 qPrintable(item.action.effect));

    // The rest in one sentence, each named, in the order found.
    QCOMPARE(s.folded, (std::vector<std::size_t>{1, 2, 3, 6}));
    QCOMPARE(s.alsoTried,
             QStringLiteral("Also tried, without lowering the chance here: avoiding line 2, "
                            "going around Lilac Square station, walking the whole way, and "
                            "wearing a cap with your head down."));
}

void TstAlternativeText::foldsWhenNothingHelps()
{
    cleanup();
    const RouteText text(m_city, QStringLiteral("en"), &m_plan.request);
    std::vector<Alternative> all = sevenAlternatives();
    // Without the entrance and the sunglasses only the warning is listed; the sentence cannot
    // say "also".
    all.erase(all.begin() + 5);
    all.erase(all.begin());
    const AlternativeText::Suggestions s =
        AlternativeText::suggestions(all, m_plan, m_current, text);
    QCOMPARE(s.listed.size(), std::size_t(1));
    QCOMPARE(all[s.listed[0].index].kind, Alternative::Kind::OtherDay);
    QCOMPARE(s.alsoTried,
             QStringLiteral("Nothing Blindspot tried lowers the chance here: avoiding line 2, "
                            "going around Lilac Square station, walking the whole way, and "
                            "wearing a cap with your head down."));

    // Starting elsewhere is named as such: Birch Grove is the trip's start.
    Alternative start = alternative(Alternative::Kind::AvoidStation, route(0.99, 6, 1, 1500));
    start.station = stationNamed(m_city, QStringLiteral("Birch Grove"));
    QCOMPARE(AlternativeText::suggestions({start}, m_plan, m_current, text).alsoTried,
             QStringLiteral("Nothing Blindspot tried lowers the chance here: starting at a "
                            "station other than Birch Grove."));
}

void TstAlternativeText::nothingFoldedWhenAllHelp()
{
    cleanup();
    const RouteText text(m_city, QStringLiteral("en"), &m_plan.request);
    const std::vector<Alternative> all = sevenAlternatives();
    const AlternativeText::Suggestions s =
        AlternativeText::suggestions({all[0], all[5]}, m_plan, m_current, text);
    QCOMPARE(s.listed.size(), std::size_t(2));
    QVERIFY(s.folded.empty());
    QVERIFY(s.alsoTried.isEmpty());
}

void TstAlternativeText::foldedInRussianAndUkrainian_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    // Station names are the city's own (Сиреневая площадь, Бузкова площа); lists joined as
    // each language does (CLDR: "a, b, c и d"; "a, b, c і d").
    QTest::newRow("ru") << QStringLiteral("ru")
                        << QStringLiteral("Также проверили, но вероятность здесь от этого не "
                                          "ниже: маршрут без линии 2, маршрут в обход станции "
                                          "Сиреневая площадь, весь путь пешком и взгляд вниз "
                                          "из-под кепки.");
    QTest::newRow("uk") << QStringLiteral("uk")
                        << QStringLiteral("Також перевірили, але ймовірність тут від цього не "
                                          "нижча: маршрут без лінії 2, маршрут в обхід станції "
                                          "Бузкова площа, увесь шлях пішки і погляд униз з-під "
                                          "кепки.");
}

void TstAlternativeText::foldedInRussianAndUkrainian()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QVERIFY(installTranslations(language));
    const RouteText text(m_city, language, &m_plan.request);
    const AlternativeText::Suggestions s =
        AlternativeText::suggestions(sevenAlternatives(), m_plan, m_current, text);
    QCOMPARE(s.alsoTried, expected);
}

QTEST_GUILESS_MAIN(TstAlternativeText)
#include "tst_alternative_text.moc"
