// Addresses and named places (issue 16, item 4): kept by the OSM import, found by PlaceResolver
// as typed, checked on a hand-written fixture and on the real Monaco extract, whose addresses
// are read independently with libosmium.
#include "io/osm_reader.h"
#include "routing/place_resolver.h"

#include <osmium/handler.hpp>
#include <osmium/io/pbf_input.hpp>
#include <osmium/visitor.hpp>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <map>

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
    QCOMPARE(addressWords(QStringLiteral("ул. Тверская, 13")),
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
    QTest::newRow("abbreviated, punctuated") << QStringLiteral("ул. Тверская, 13") << 55.7605 << 37.6102;
    QTest::newRow("full type, after") << QStringLiteral("ТВЕРСКАЯ УЛИЦА 13") << 55.7605 << 37.6102;
    QTest::newRow("latin, from name:en") << QStringLiteral("Tverskaya St 13") << 55.7605 << 37.6102;
    QTest::newRow("latin, number first") << QStringLiteral("13 Tverskaya Street") << 55.7605 << 37.6102;
    QTest::newRow("building way") << QStringLiteral("тверская 15") << 55.7611 << 37.6106;
    QTest::newRow("е for ё, split number") << QStringLiteral("Елочная 7 к2") << 55.7635 << 37.6102;
    QTest::newRow("ё, upper-case letter") << QStringLiteral("ул. Ёлочная, 7К2") << 55.7635 << 37.6102;
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
    QCOMPARE(houses, (QStringList{QStringLiteral("Тверская улица 13"), QStringLiteral("Тверская улица 15")}));
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
    QCOMPARE(labels(QStringLiteral("тверская")),
             (QStringList{QStringLiteral("Тверская улица, 13"), QStringLiteral("Тверская улица, 15")}));
    QCOMPARE(labels(QStringLiteral("13 ул. Тверск")),
             (QStringList{QStringLiteral("Тверская улица, 13")}));
    QCOMPARE(labels(QStringLiteral("Тверской б-р")), (QStringList{QStringLiteral("Тверской бульвар, 13")}));
    QCOMPARE(labels(QStringLiteral("елочн")), (QStringList{QStringLiteral("Ёлочная улица, 7к2")}));
    // A named place by its English name, written back in Russian.
    QCOMPARE(labels(QStringLiteral("coffee")), (QStringList{QStringLiteral("Кофе Хаус")}));
    // Under three letters: nothing (every address would match).
    QVERIFY(labels(QStringLiteral("тв")).isEmpty());
    // Each label resolves back to its place, as the planner does when one is chosen.
    for (std::size_t i : resolver.placeCompletions(QStringLiteral("тверская"))) {
        const auto r = resolver.resolve(PlaceResolver::placeLabel(m_dataset.places[i], QStringLiteral("ru")));
        QVERIFY(r.place);
        QCOMPARE(r.place->position, m_dataset.places[i].position);
    }
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
    const QString file =
        QDir(QStringLiteral(BLINDSPOT_SHARED_DATA)).filePath(QStringLiteral("osm-city/monaco.osm.pbf"));
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
    const auto again = resolver.resolve(chosen->number + QLatin1Char(' ') + chosen->street.toLower());
    QVERIFY2(again.place, qPrintable(typed));
    QCOMPARE(again.place->position.lat, r.place->position.lat);
}

QTEST_GUILESS_MAIN(TstAddressSearch)
#include "tst_address_search.moc"
