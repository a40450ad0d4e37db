// Addresses and named places (issue 16, item 4): kept by the OSM import, found by PlaceResolver
// as typed, checked on a hand-written fixture and on the real Monaco extract, whose addresses
// are read independently with libosmium.
#include "core/io/osm/osm_reader.h"
#include "core/routing/place_resolver.h"

#include <osmium/handler.hpp>
#include <osmium/io/pbf_input.hpp>
#include <osmium/visitor.hpp>

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <climits>
#include <map>
#include <thread>

using namespace blindspot;

class TstAddressSearch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void importKeepsPlaces();
    void addressWordsNormalise();
    void resolves_data();
    void resolves();
    void stationsStillFirst();
    void suggestsNearAddresses();
    void completesAddresses();
    void completesHardCases_data();
    void completesHardCases();
    void completesInPlaceOrder();
    void suggestsBestFiveByScoreThenPlace();
    void suggestionsAgreeWithBruteForce();
    void coordinates_data();
    void coordinates();
    void boundedEditDistance_data();
    void boundedEditDistance();
    void boundedEditDistanceAgrees();
    void builtOnWorkerThread();
    void monacoAddressResolves();

private:
    Dataset m_dataset;
};

void TstAddressSearch::initTestCase()
{
    Result<Dataset> read = readOsm(QStringLiteral(BLINDSPOT_TEST_DATA "/osm/addresses.osm"), {});
    QVERIFY(!isError(read));
    m_dataset = std::move(std::get<Dataset>(read));
}

void TstAddressSearch::importKeepsPlaces()
{
    // tests/data/osm/addresses.osm: address nodes 10, 11, 12, the café 13, the square 14 and the
    // building way 200; node 15 has a name but is a tree, neither address nor place.
    QCOMPARE(m_dataset.places.size(), std::size_t(6));
    const auto find = [this](const QString &street, const QString &number) -> const NamedPlace * {
        for (const NamedPlace &p : m_dataset.places)
            if (p.street == street && p.houseNumber == number)
                return &p;
        return nullptr;
    };
    const NamedPlace *building = find(QStringLiteral("Тверская улица"), QStringLiteral("15"));
    QVERIFY(building);
    QCOMPARE(building->kind, NamedPlace::Kind::Address);
    // The mean of its four distinct corners: (55.7610 + 55.7612) / 2, (37.6105 + 37.6107) / 2.
    QVERIFY(std::abs(building->position.lat - 55.7611) < 1e-9);
    QVERIFY(std::abs(building->position.lon - 37.6106) < 1e-9);
    const NamedPlace *yo = find(QStringLiteral("Ёлочная улица"), QStringLiteral("7к2"));
    QVERIFY(yo);
    QCOMPARE(yo->position.lat, 55.7635);
    int cafes = 0, squares = 0;
    for (const NamedPlace &p : m_dataset.places) {
        if (p.kind == NamedPlace::Kind::Amenity) {
            ++cafes;
            QCOMPARE(p.name.inLanguage(QStringLiteral("en")), QStringLiteral("Coffee House"));
        }
        squares += p.kind == NamedPlace::Kind::Locality;
        QVERIFY(p.name.native != QStringLiteral("Безымянный объект"));
    }
    QCOMPARE(cafes, 1);
    QCOMPARE(squares, 1);
}

void TstAddressSearch::addressWordsNormalise()
{
    QCOMPARE(
        addressWords(QStringLiteral("ул. Тверская, 13")),
        (QStringList{QStringLiteral("улица"), QStringLiteral("тверская"), QStringLiteral("13")}));
    QCOMPARE(addressWords(QStringLiteral("Ёлочная б-р")),
             (QStringList{QStringLiteral("елочная"), QStringLiteral("бульвар")}));
    QCOMPARE(addressWords(QStringLiteral("5th Ave.")),
             (QStringList{QStringLiteral("5th"), QStringLiteral("avenue")}));
    QCOMPARE(addressWords(QStringLiteral("Main St")),
             (QStringList{QStringLiteral("main"), QStringLiteral("street")}));
}

void TstAddressSearch::resolves_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("lat"); // NaN: nothing resolves
    QTest::addColumn<double>("lon");
    const double none = qQNaN();
    // Positions from tests/data/osm/addresses.osm.
    QTest::newRow("street and number") << QStringLiteral("Тверская 13") << 55.7605 << 37.6102;
    QTest::newRow("abbreviated, punctuated")
        << QStringLiteral("ул. Тверская, 13") << 55.7605 << 37.6102;
    QTest::newRow("full type, after") << QStringLiteral("ТВЕРСКАЯ УЛИЦА 13") << 55.7605 << 37.6102;
    QTest::newRow("latin, from name:en") << QStringLiteral("Tverskaya St 13") << 55.7605 << 37.6102;
    QTest::newRow("latin, number first")
        << QStringLiteral("13 Tverskaya Street") << 55.7605 << 37.6102;
    QTest::newRow("building way") << QStringLiteral("тверская 15") << 55.7611 << 37.6106;
    QTest::newRow("е for ё, split number") << QStringLiteral("Елочная 7 к2") << 55.7635 << 37.6102;
    QTest::newRow("ё, upper-case letter")
        << QStringLiteral("ул. Ёлочная, 7К2") << 55.7635 << 37.6102;
    QTest::newRow("б-р") << QStringLiteral("Тверской б-р 13") << 55.7625 << 37.6102;
    QTest::newRow("bd") << QStringLiteral("Tverskoy Bd 13") << 55.7625 << 37.6102;
    QTest::newRow("place, abbreviated") << QStringLiteral("Пушкинская пл.") << 55.7655 << 37.606;
    QTest::newRow("amenity, name:en") << QStringLiteral("coffee house") << 55.7615 << 37.6095;
    QTest::newRow("no such number") << QStringLiteral("Тверская 1") << none << none;
    QTest::newRow("number must match exactly") << QStringLiteral("Тверская 13а") << none << none;
    QTest::newRow("other street type") << QStringLiteral("Тверской пер. 13") << none << none;
    QTest::newRow("street alone") << QStringLiteral("Тверская улица") << none << none;
}

void TstAddressSearch::resolves()
{
    QFETCH(QString, typed);
    QFETCH(double, lat);
    QFETCH(double, lon);
    const PlaceResolver resolver(m_dataset);
    const PlaceResolver::Resolution r = resolver.resolve(typed);
    if (qIsNaN(lat)) {
        QVERIFY(!r.place);
        return;
    }
    QVERIFY(r.place);
    QCOMPARE(r.place->kind, Place::Kind::Point);
    QCOMPARE(r.place->position.lat, lat);
    QCOMPARE(r.place->position.lon, lon);
}

void TstAddressSearch::stationsStillFirst()
{
    const PlaceResolver resolver(m_dataset);
    const auto r = resolver.resolve(QStringLiteral("Пушкинская"));
    QVERIFY(r.place);
    QCOMPARE(r.place->kind, Place::Kind::Station);
}

void TstAddressSearch::suggestsNearAddresses()
{
    const PlaceResolver resolver(m_dataset);
    const auto label = [this](std::size_t i) {
        const NamedPlace &p = m_dataset.places[i];
        return p.name.isEmpty() ? p.street + QLatin1Char(' ') + p.houseNumber : p.name.native;
    };
    // "тверска" is one edit from "тверская" and two from "тверской" (the limit for 7 letters).
    auto r = resolver.resolve(QStringLiteral("Тверска 13"));
    QVERIFY(!r.place);
    QCOMPARE(r.placeSuggestions.size(), std::size_t(2));
    QCOMPARE(label(r.placeSuggestions[0]), QStringLiteral("Тверская улица 13"));
    QCOMPARE(label(r.placeSuggestions[1]), QStringLiteral("Тверской бульвар 13"));
    // A number the street does not have: its houses.
    r = resolver.resolve(QStringLiteral("Тверская 99"));
    QVERIFY(!r.place);
    QStringList houses;
    for (std::size_t i : r.placeSuggestions)
        houses << label(i);
    houses.sort();
    QCOMPARE(houses, (QStringList{QStringLiteral("Тверская улица 13"),
                                  QStringLiteral("Тверская улица 15")}));
    // A name's beginning: the café.
    r = resolver.resolve(QStringLiteral("Кофе"));
    QVERIFY(!r.place);
    QVERIFY(!r.placeSuggestions.empty());
    QCOMPARE(label(r.placeSuggestions[0]), QStringLiteral("Кофе Хаус"));
}

void TstAddressSearch::completesAddresses()
{
    const PlaceResolver resolver(m_dataset);
    const auto labels = [&](const QString &typed) {
        QStringList out;
        for (std::size_t i : resolver.placeCompletions(typed))
            out << PlaceResolver::placeLabel(m_dataset.places[i], QStringLiteral("ru"));
        out.sort();
        return out;
    };
    // Every typed word begins a word of the address, in any order, ё as е, abbreviations
    // written out: the two houses of Тверская улица (13 and 15), not Тверской бульвар.
    QCOMPARE(
        labels(QStringLiteral("тверская")),
        (QStringList{QStringLiteral("Тверская улица, 13"), QStringLiteral("Тверская улица, 15")}));
    QCOMPARE(labels(QStringLiteral("13 ул. Тверск")),
             (QStringList{QStringLiteral("Тверская улица, 13")}));
    QCOMPARE(labels(QStringLiteral("Тверской б-р")),
             (QStringList{QStringLiteral("Тверской бульвар, 13")}));
    QCOMPARE(labels(QStringLiteral("елочн")), (QStringList{QStringLiteral("Ёлочная улица, 7к2")}));
    // A named place by its English name, written back in Russian.
    QCOMPARE(labels(QStringLiteral("coffee")), (QStringList{QStringLiteral("Кофе Хаус")}));
    // Under three letters: nothing (every address would match).
    QVERIFY(labels(QStringLiteral("тв")).isEmpty());
    // Each label resolves back to its place, as the planner does when one is chosen.
    for (std::size_t i : resolver.placeCompletions(QStringLiteral("тверская"))) {
        const auto r =
            resolver.resolve(PlaceResolver::placeLabel(m_dataset.places[i], QStringLiteral("ru")));
        QVERIFY(r.place);
        QCOMPARE(r.place->position, m_dataset.places[i].position);
    }
}

void TstAddressSearch::completesHardCases_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    const QString t13 = QStringLiteral("Тверская улица, 13"),
                  t15 = QStringLiteral("Тверская улица, 15");
    const QString b13 = QStringLiteral("Тверской бульвар, 13"),
                  yo = QStringLiteral("Ёлочная улица, 7к2");
    // One-letter words, each begun by words of most addresses: т (Тверская, Тверской), у
    // (улица: not Тверской бульвар), 1 (13, 15: not 7к2).
    QTest::newRow("one-letter words") << QStringLiteral("т у 1") << QStringList{t13, t15};
    // "1" begins 13 and 15 of all three addresses on streets of Тверская/Тверской.
    QTest::newRow("a digit three times") << QStringLiteral("1 1 1") << QStringList{t13, t15, b13};
    // A word that begins another asks nothing more: as "тверская" alone.
    QTest::newRow("word and its beginning")
        << QStringLiteral("тве тверская") << QStringList{t13, t15};
    QTest::newRow("a word and a missing number") << QStringLiteral("тверская 0") << QStringList{};
    QTest::newRow("many words") << QStringLiteral("тверская улица ").repeated(100) +
                                       QStringLiteral("13")
                                << QStringList{t13};
    QTest::newRow("long garbage") << QString(2000, QChar(0x0436)) << QStringList{};
    // "тверскaя" with a Latin a: no address has it.
    QTest::newRow("latin a among cyrillic")
        << QStringLiteral("тверск") + QLatin1Char('a') + QStringLiteral("я") << QStringList{};
    // Words of different spellings of one name (name, name:en) may be mixed.
    QTest::newRow("cyrillic and latin words")
        << QStringLiteral("coffee хаус") << QStringList{QStringLiteral("Кофе Хаус")};
    QTest::newRow("ё typed, upper case") << QStringLiteral("ЁЛОЧНАЯ 7") << QStringList{yo};
    QTest::newRow("е for ё, number first") << QStringLiteral("7 елочная") << QStringList{yo};
}

void TstAddressSearch::completesHardCases()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    const PlaceResolver resolver(m_dataset);
    QStringList labels;
    for (std::size_t i : resolver.placeCompletions(typed))
        labels << PlaceResolver::placeLabel(m_dataset.places[i], QStringLiteral("ru"));
    labels.sort();
    QCOMPARE(labels, expected);
}

namespace {

// A place for each (street, house number), in the order given.
Dataset addressesDataset(std::initializer_list<std::pair<const char *, const char *>> addresses)
{
    Dataset d;
    for (const auto &[street, number] : addresses) {
        NamedPlace p;
        p.street = QString::fromUtf8(street);
        p.houseNumber = QString::fromUtf8(number);
        p.position = {55.0, 37.0};
        d.places.push_back(p);
    }
    return d;
}

std::vector<std::size_t> indices(std::initializer_list<std::size_t> list)
{
    return list;
}

} // namespace

void TstAddressSearch::completesInPlaceOrder()
{
    const Dataset d = addressesDataset({{"Лесная улица", "1"},    // 0
                                        {"Лесная улица", "2"},    // 1
                                        {"Лесной переулок", "1"}, // 2
                                        {"Полевая улица", "1"},   // 3
                                        {"Лесная улица", "10"}}); // 4
    const PlaceResolver resolver(d);
    // Matches come by index, the first `limit` of them. "лесн" begins лесная and лесной, "1"
    // begins 1 and 10: places 0, 2 and 4.
    QCOMPARE(resolver.placeCompletions(QStringLiteral("лесн 1")), indices({0, 2, 4}));
    QCOMPARE(resolver.placeCompletions(QStringLiteral("1 лесн"), 2), indices({0, 2}));
    QCOMPARE(resolver.placeCompletions(QStringLiteral("лесн 1"), 0), indices({}));
    // "ул" is written out as "улица", which the переулок (2) does not begin; "1" begins 10 too.
    QCOMPARE(resolver.placeCompletions(QStringLiteral("1 ул")), indices({0, 3, 4}));
    // Only one word begins as "лесная" (one list of places, read in order).
    QCOMPARE(resolver.placeCompletions(QStringLiteral("лесная"), 2), indices({0, 1}));
    QCOMPARE(resolver.placeCompletions(QStringLiteral("лесная 1")), indices({0, 4}));
}

void TstAddressSearch::suggestsBestFiveByScoreThenPlace()
{
    // Places named so that "кафе" (4 letters: up to max(3, 4 / 3) = 3 edits) scores 1 for a
    // name it begins, 2 for one it is inside, else the edit distance.
    Dataset d;
    for (const char *name : {"Кафе Лес",     // 0: begins, 1
                             "Кофе",         // 1: one edit, 1
                             "Дом",          // 2: four edits, none
                             "Каф",          // 3: one edit, 1
                             "Большое кафе", // 4: inside, 2
                             "Кафе Луг",     // 5: 1
                             "Кафе Мост",    // 6: 1
                             "Кафе Сад"}) {  // 7: 1, but after five others that score 1
        NamedPlace p;
        p.kind = NamedPlace::Kind::Amenity;
        p.name.native = QString::fromUtf8(name);
        p.position = {55.0, 37.0};
        d.places.push_back(p);
    }
    const PlaceResolver resolver(d);
    const auto r = resolver.resolve(QStringLiteral("кафе"));
    QVERIFY(!r.place);
    QCOMPARE(r.placeSuggestions, indices({0, 1, 3, 5, 6}));
    // "большое кафе" is exactly the name of place 4.
    const auto exact = resolver.resolve(QStringLiteral("Большое  КАФЕ"));
    QVERIFY(exact.place);

    // Ties go to the lower place, also when it comes up later: the houses of Лесная улица
    // (places 5 to 9, scoring 1 as the street typed) are looked at before the names, and the
    // names beginning "лесная" (0 to 4, also 1) come first.
    Dataset forest;
    for (const char *name :
         {"Лесная поляна", "Лесная школа", "Лесная аптека", "Лесная почта", "Лесная баня"}) {
        NamedPlace p;
        p.kind = NamedPlace::Kind::Amenity;
        p.name.native = QString::fromUtf8(name);
        forest.places.push_back(p);
    }
    for (int house = 1; house <= 5; ++house) {
        NamedPlace p;
        p.street = QStringLiteral("Лесная улица");
        p.houseNumber = QString::number(house);
        forest.places.push_back(p);
    }
    const PlaceResolver forestResolver(forest);
    QCOMPARE(forestResolver.resolve(QStringLiteral("лесная")).placeSuggestions,
             indices({0, 1, 2, 3, 4}));
}

void TstAddressSearch::suggestionsAgreeWithBruteForce()
{
    // Random names over a few letters, so that many are near each other, some longer than 64
    // letters; the five best by the rule written out plainly: per place the least over its
    // names of the edit distance, 1 for a name that begins as typed, 2 for one that contains
    // it; kept up to max(3, letters / 3); by score, then place.
    QRandomGenerator random(1616);
    const QString letters = QStringLiteral("абвге  ");
    const auto randomText = [&](int longest) {
        QString s;
        for (int i = 1 + random.bounded(longest); i > 0; --i)
            s += letters[random.bounded(int(letters.size()))];
        return s;
    };
    Dataset d;
    for (int i = 0; i < 400; ++i) {
        NamedPlace p;
        p.kind = NamedPlace::Kind::Shop;
        p.name.native = randomText(i % 10 == 0 ? 90 : 14);
        if (i % 3 == 0)
            p.name.byLanguage.insert(QStringLiteral("en"), randomText(14));
        p.position = {55.0, 37.0};
        d.places.push_back(p);
    }
    const PlaceResolver resolver(d);
    for (int q = 0; q < 1000; ++q) {
        const QString typed = randomText(q % 10 == 0 ? 80 : 12);
        const QString words = addressWords(typed).join(QLatin1Char(' '));
        const int limit = int(std::max<qsizetype>(3, words.size() / 3));
        std::vector<std::pair<int, std::size_t>> scored;
        bool exact = false;
        for (std::size_t i = 0; i < d.places.size(); ++i) {
            int best = INT_MAX;
            for (const QString &spelling : d.places[i].name.allSpellings()) {
                const QString name = addressWords(spelling).join(QLatin1Char(' '));
                exact = exact || (!words.isEmpty() && name == words);
                int score = editDistance(words, name);
                if (!words.isEmpty() && name.startsWith(words))
                    score = std::min(score, 1);
                else if (!words.isEmpty() && name.contains(words))
                    score = std::min(score, 2);
                best = std::min(best, score);
            }
            if (best <= limit)
                scored.push_back({best, i});
        }
        std::sort(scored.begin(), scored.end());
        std::vector<std::size_t> expected;
        for (std::size_t k = 0; k < scored.size() && k < 5; ++k)
            expected.push_back(scored[k].second);
        const auto r = resolver.resolve(typed);
        QCOMPARE(bool(r.place), exact);
        if (!exact)
            QCOMPARE(r.placeSuggestions, expected);
    }
}

void TstAddressSearch::coordinates_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("lat"); // NaN: no place
    QTest::addColumn<double>("lon");
    const double none = qQNaN();
    QTest::newRow("plain") << QStringLiteral("55.75,37.62") << 55.75 << 37.62;
    QTest::newRow("signs and space") << QStringLiteral(" +55.75 , -37.5 ") << 55.75 << -37.5;
    QTest::newRow("tabs, integers") << QStringLiteral("55\t,\t37") << 55.0 << 37.0;
    QTest::newRow("the corner of the world") << QStringLiteral("-90,180") << -90.0 << 180.0;
    QTest::newRow("dot without digits") << QStringLiteral("55.,37") << none << none;
    QTest::newRow("three numbers") << QStringLiteral("1,2,3") << none << none;
    QTest::newRow("a word after") << QStringLiteral("55.7,37.6 x") << none << none;
    QTest::newRow("latitude over 90") << QStringLiteral("91,0") << none << none;
    QTest::newRow("decimal comma") << QStringLiteral("55,75,37,62") << none << none;
    QTest::newRow("full-width digits") << QStringLiteral("５５,３７") << none << none;
}

void TstAddressSearch::coordinates()
{
    QFETCH(QString, typed);
    QFETCH(double, lat);
    QFETCH(double, lon);
    const PlaceResolver resolver(m_dataset);
    const auto r = resolver.resolve(typed);
    if (qIsNaN(lat)) {
        QVERIFY(!r.place);
        return;
    }
    QVERIFY(r.place);
    QCOMPARE(r.place->kind, Place::Kind::Point);
    QCOMPARE(r.place->position.lat, lat);
    QCOMPARE(r.place->position.lon, lon);
}

void TstAddressSearch::boundedEditDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("atMost");
    QTest::addColumn<int>("expected");
    // kitten -> sitten -> sittin -> sitting: 3 edits.
    QTest::newRow("at the bound") << QStringLiteral("kitten") << QStringLiteral("sitting") << 3
                                  << 3;
    QTest::newRow("under the bound")
        << QStringLiteral("kitten") << QStringLiteral("sitting") << 5 << 3;
    QTest::newRow("over the bound")
        << QStringLiteral("kitten") << QStringLiteral("sitting") << 2 << 3;
    QTest::newRow("exact only") << QStringLiteral("kitten") << QStringLiteral("kitten") << 0 << 0;
    QTest::newRow("exact only, differs")
        << QStringLiteral("kitten") << QStringLiteral("kitteN") << 0 << 1;
    // Five insertions; the lengths alone say more than 2.
    QTest::newRow("lengths far apart") << QStringLiteral("a") << QStringLiteral("abcdef") << 2 << 3;
    QTest::newRow("empty") << QString() << QStringLiteral("абв") << 3 << 3;
    // ё and е are different characters here (folding comes before).
    QTest::newRow("ё is not е") << QStringLiteral("ёлка") << QStringLiteral("елка") << 2 << 1;
    // Transposition: two substitutions.
    QTest::newRow("swap") << QStringLiteral("тверская") << QStringLiteral("теврская") << 3 << 2;
}

void TstAddressSearch::boundedEditDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, atMost);
    QFETCH(int, expected);
    QCOMPARE(editDistance(a, b, atMost), expected);
    QCOMPARE(editDistance(b, a, atMost), expected);
}

void TstAddressSearch::boundedEditDistanceAgrees()
{
    // Against the full table on random strings over a small alphabet (so that they are often
    // close): the distance when within the bound, else the bound plus one.
    QRandomGenerator random(16);
    const QString alphabet = QStringLiteral("абвa1 ");
    const auto randomString = [&] {
        QString s;
        for (int i = random.bounded(12); i > 0; --i)
            s += alphabet[random.bounded(int(alphabet.size()))];
        return s;
    };
    for (int i = 0; i < 20000; ++i) {
        const QString a = randomString(), b = randomString();
        const int atMost = random.bounded(6);
        const int full = editDistance(a, b);
        QCOMPARE(editDistance(a, b, atMost), std::min(full, atMost + 1));
    }
}

void TstAddressSearch::builtOnWorkerThread()
{
    // Built on one thread, then queried from this one and two more at once: the same answers
    // as a resolver built and queried here.
    std::unique_ptr<PlaceResolver> built;
    std::thread([&] { built = std::make_unique<PlaceResolver>(m_dataset); }).join();
    const PlaceResolver here(m_dataset);
    const QStringList typed{QStringLiteral("Тверская 13"), QStringLiteral("Тверска 13"),
                            QStringLiteral("тверская"),    QStringLiteral("Пушкинская"),
                            QStringLiteral("кофе"),        QStringLiteral("55.7,37.6")};
    const auto answers = [&typed](const PlaceResolver &resolver) {
        QStringList out;
        for (const QString &t : typed) {
            const auto r = resolver.resolve(t);
            QString line =
                r.place
                    ? QStringLiteral("%1,%2").arg(r.place->position.lat).arg(r.place->position.lon)
                    : QStringLiteral("-");
            for (std::size_t i : r.placeSuggestions)
                line += QStringLiteral(" s%1").arg(i);
            for (StationId s : r.suggestions)
                line += QStringLiteral(" t%1").arg(indexOf(s));
            for (std::size_t i : resolver.placeCompletions(t))
                line += QStringLiteral(" c%1").arg(i);
            for (StationId s : resolver.completions(t))
                line += QStringLiteral(" k%1").arg(indexOf(s));
            out << line;
        }
        return out;
    };
    const QStringList expected = answers(here);
    QStringList first, second;
    std::thread a([&] {
        for (int i = 0; i < 50; ++i)
            first = answers(*built);
    });
    std::thread b([&] {
        for (int i = 0; i < 50; ++i)
            second = answers(*built);
    });
    const QStringList onThisThread = answers(*built);
    a.join();
    b.join();
    QCOMPARE(onThisThread, expected);
    QCOMPARE(first, expected);
    QCOMPARE(second, expected);
}

namespace {

// Addresses on nodes, read straight from the file with libosmium (not through the importer).
struct AddressReader : osmium::handler::Handler {
    struct Address {
        QString street, number;
        double lat = 0, lon = 0;
    };
    std::vector<Address> nodes;
    std::map<std::pair<QString, QString>, int> count; // nodes and ways

    void node(const osmium::Node &n)
    {
        const char *street = n.tags().get_value_by_key("addr:street");
        const char *number = n.tags().get_value_by_key("addr:housenumber");
        if (!street || !number || !n.location().valid())
            return;
        nodes.push_back({QString::fromUtf8(street), QString::fromUtf8(number), n.location().lat(),
                         n.location().lon()});
        ++count[{nodes.back().street, nodes.back().number}];
    }
    void way(const osmium::Way &w)
    {
        const char *street = w.tags().get_value_by_key("addr:street");
        const char *number = w.tags().get_value_by_key("addr:housenumber");
        if (street && number)
            ++count[{QString::fromUtf8(street), QString::fromUtf8(number)}];
    }
};

} // namespace

void TstAddressSearch::monacoAddressResolves()
{
    const QString file = QDir(QStringLiteral(BLINDSPOT_SHARED_DATA))
                             .filePath(QStringLiteral("osm-city/monaco.osm.pbf"));
    if (!QFileInfo::exists(file))
        QSKIP("osm-city/monaco.osm.pbf is not in ../shared/data");
    AddressReader osm;
    {
        osmium::io::Reader reader(QFile::encodeName(file).toStdString(),
                                  osmium::osm_entity_bits::node | osmium::osm_entity_bits::way);
        osmium::apply(reader, osm);
        reader.close();
    }
    // The first node address whose street and plain number no other element of the file has.
    const AddressReader::Address *chosen = nullptr;
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    for (const auto &a : osm.nodes)
        if (osm.count[{a.street, a.number}] == 1 && digits.match(a.number).hasMatch()) {
            chosen = &a;
            break;
        }
    QVERIFY2(chosen, "no node address in the Monaco extract");
    Result<Dataset> read = readOsm(file, {});
    QVERIFY(!isError(read));
    const Dataset &dataset = std::get<Dataset>(read);
    const PlaceResolver resolver(dataset);
    const QString typed = chosen->street + QLatin1Char(' ') + chosen->number;
    const auto r = resolver.resolve(typed);
    QVERIFY2(r.place, qPrintable(typed));
    QCOMPARE(r.place->kind, Place::Kind::Point);
    QVERIFY2(std::abs(r.place->position.lat - chosen->lat) < 1e-7 &&
                 std::abs(r.place->position.lon - chosen->lon) < 1e-7,
             qPrintable(typed));
    // Typed lower-case with the number first, it is the same place.
    const auto again =
        resolver.resolve(chosen->number + QLatin1Char(' ') + chosen->street.toLower());
    QVERIFY2(again.place, qPrintable(typed));
    QCOMPARE(again.place->position.lat, r.place->position.lat);
}

QTEST_GUILESS_MAIN(TstAddressSearch)
#include "tst_address_search.moc"
