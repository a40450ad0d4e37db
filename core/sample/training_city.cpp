#include "core/sample/training_city.h"

#include "core/geo/local_projection.h"
#include "core/sample/city_building.h"
#include "core/sample/random.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <optional>

namespace blindspot {

namespace {

using namespace sample;

// The city sits in the open Black Sea, about 130 km from both the Crimean and the Turkish coast,
// so that no one can mistake its streets for real ones or read a real place into a scenario.
// The centre is Mirror Square's neighbourhood; the local frame's origin is here.
const LatLon kCentre{43.2, 34.0};

// Any fixed value; changing it changes the whole city (and the embedded pack's bytes).
constexpr std::uint64_t kSeed = 0x5A45524B414C4F31ULL;

constexpr double kRingRadiusMetres = 4200.0;
constexpr int kCameraCount = 2000;

// Ring stations are added between two transfer stations when they are farther apart than this
// along the ring, so that stops are 1-2 km apart as on real ring lines.
constexpr double kMaxRingGapMetres = 1600.0;

struct NameSpec {
    const char *en;
    const char *ru;
    const char *uk;
};

LocalizedName localized(const NameSpec &spec)
{
    LocalizedName name;
    name.native = QString::fromUtf8(spec.ru); // the city's fictional local language is Russian
    name.byLanguage.insert(QStringLiteral("en"), QString::fromUtf8(spec.en));
    name.byLanguage.insert(QStringLiteral("ru"), QString::fromUtf8(spec.ru));
    name.byLanguage.insert(QStringLiteral("uk"), QString::fromUtf8(spec.uk));
    return name;
}

// Names of transfer complexes, taken in the order the complexes are laid out: the two central
// squares, the radial-radial crossings, then the ring's crossings line by line. "Берёзовая
// роща", "Перекрёсток", "Ёлочная" and "Приозёрная" carry ё so that ё/е-insensitive search can be
// shown and tested.
constexpr NameSpec kComplexNames[] = {
    {"Mirror Square", "Зеркальная площадь", "Дзеркальна площа"},
    {"Lantern Square", "Фонарная площадь", "Ліхтарна площа"},
    {"Crossroads", "Перекрёсток", "Перехрестя"},
    {"Paper Mill", "Бумажная фабрика", "Паперова фабрика"},
    {"Lilac Square", "Сиреневая площадь", "Бузкова площа"},
    {"Clock Tower", "Часовая башня", "Годинникова вежа"},
    {"Glassworks", "Стекольный завод", "Скляний завод"},
    {"Harbour Gate", "Портовые ворота", "Портова брама"},
    {"Salt Market", "Соляной рынок", "Соляний ринок"},
    {"Observatory", "Обсерватория", "Обсерваторія"},
    {"Birch Grove", "Берёзовая роща", "Березовий гай"},
    {"Chestnut Avenue", "Каштановый проспект", "Каштановий проспект"},
    {"Old Bridge", "Старый мост", "Старий міст"},
    {"Fountain Square", "Фонтанная площадь", "Фонтанна площа"},
    {"Tram Depot", "Трамвайное депо", "Трамвайне депо"},
    {"University Hill", "Университетская горка", "Університетська гірка"},
    // Spares, should the layout gain a crossing.
    {"Mirror Lake", "Зеркальное озеро", "Дзеркальне озеро"},
    {"Tanners' Yard", "Кожевенный двор", "Кожум'яцький двір"},
};
// At Old Bridge the ring's platform has a name of its own, as many real transfer stations do,
// so that a complex's stations cannot be assumed to share one name.
constexpr int kOldBridge = 12;
constexpr NameSpec kOldBridgeRingPlatform{"New Bridge", "Новый мост", "Новий міст"};

// Names of the stations of one line only, taken line by line in travel order, ring last.
constexpr NameSpec kStationNames[] = {
    {"Fir Tree", "Ёлочная", "Ялинкова"},
    {"Lighthouse", "Маячная", "Маякова"},
    {"Amber Park", "Янтарный парк", "Бурштиновий парк"},
    {"Telegraph", "Телеграфная", "Телеграфна"},
    {"Windmill", "Мельничная", "Млинова"},
    {"Rope Walk", "Канатная", "Канатна"},
    {"Bell Foundry", "Колокольная", "Дзвонова"},
    {"Bakers' Row", "Пекарский ряд", "Пекарський ряд"},
    {"Potters' Lane", "Гончарный переулок", "Гончарний провулок"},
    {"Weavers", "Ткацкая", "Ткацька"},
    {"Silver Pond", "Серебряный пруд", "Срібний став"},
    {"Heron Lake", "Цаплино озеро", "Чаплине озеро"},
    {"Quarry", "Карьерная", "Кар'єрна"},
    {"Starfall", "Звездопад", "Зорепад"},
    {"Apothecary Garden", "Аптекарский сад", "Аптекарський сад"},
    {"Linden Alley", "Липовая аллея", "Липова алея"},
    {"Meadow", "Луговая", "Лугова"},
    {"Sunflower Field", "Подсолнечное поле", "Соняшникове поле"},
    {"Apple Orchard", "Яблоневый сад", "Яблуневий сад"},
    {"Fishermen's Wharf", "Рыбацкий причал", "Рибальський причал"},
    {"Shipyard", "Верфь", "Верф"},
    {"Water Tower", "Водонапорная башня", "Водонапірна вежа"},
    {"Museum Quarter", "Музейный квартал", "Музейний квартал"},
    {"Printers", "Типографская", "Друкарська"},
    {"Cherry Orchard", "Вишнёвый сад", "Вишневий сад"},
    {"Oak Hill", "Дубовая горка", "Дубова гірка"},
    {"Willow Bank", "Ивовый берег", "Вербовий берег"},
    {"Pine Forest", "Сосновый бор", "Сосновий бір"},
    {"Rowan", "Рябиновая", "Горобинова"},
    {"Fox Hollow", "Лисья балка", "Лисяча балка"},
    {"Hare Meadow", "Заячий луг", "Заячий луг"},
    {"Crane Lake", "Журавлиное озеро", "Журавлине озеро"},
    {"North Gate", "Северные ворота", "Північна брама"},
    {"South Gate", "Южные ворота", "Південна брама"},
    {"Sawmill", "Лесопилка", "Лісопилка"},
    {"Brickworks", "Кирпичный завод", "Цегельний завод"},
    {"Radio Tower", "Радиобашня", "Радіовежа"},
    {"Puppet Theatre", "Кукольный театр", "Ляльковий театр"},
    {"Honey Fair", "Медовая ярмарка", "Медовий ярмарок"},
    {"Flax Field", "Льняное поле", "Лляне поле"},
    {"Acacia", "Акациевая", "Акацієва"},
    {"Poplar", "Тополиная", "Тополина"},
    {"Nightingale Grove", "Соловьиная роща", "Солов'їний гай"},
    {"Greenhouses", "Тепличная", "Теплична"},
    {"Dairy", "Молочная", "Молочна"},
    {"Mint Yard", "Монетный двор", "Монетний двір"},
    {"Spring Brook", "Родниковая", "Джерельна"},
    {"Stone Steps", "Каменные ступени", "Кам'яні сходи"},
    {"Copper Hill", "Медная горка", "Мідна гірка"},
    {"Hawk Hill", "Ястребиная горка", "Яструбина гірка"},
    {"Ferry Landing", "Паромная пристань", "Поромна пристань"},
    {"Saltworks", "Солеварня", "Солеварня"},
    {"Lakeside", "Приозёрная", "Приозерна"},
    {"East Gate", "Восточные ворота", "Східна брама"},
    {"West Gate", "Западные ворота", "Західна брама"},
    {"Library", "Библиотечная", "Бібліотечна"},
    {"Philharmonic", "Филармония", "Філармонія"},
};

template <std::size_t N> const NameSpec &nameAt(const NameSpec (&names)[N], int index)
{
    // The layout is fixed, so the lists are long enough; wrapping only keeps a future change to
    // the layout from reading past the end before a test catches the repeated names.
    return names[static_cast<std::size_t>(index) % N];
}

constexpr int kCentralSquareCount = 2;
// Where the radial lines meet: each square is a transfer complex of three lines whose bearings
// differ by about 60 degrees, about a kilometre apart as central hubs often are.
constexpr LocalXY kCentralSquares[kCentralSquareCount] = {{-450.0, 350.0}, {500.0, -300.0}};

struct RadialSpec {
    NameSpec name;
    const char *ref;
    std::uint32_t colourRgb;
    double bearingDegrees; ///< Direction from the back terminus to the front one.
    int square;            ///< Index into kCentralSquares.
    int outerBack;         ///< Stations beyond the ring at the back end.
    int outerFront;
    // Stations without FR turnstiles, at the ends of some lines (older, poorer districts) so
    // that training can compare a route through them with one through the centre.
    FrStatus backTerminusTurnstiles;
    FrStatus frontTerminusTurnstiles;
};

// One line per radial reads better than one field per line.
// clang-format off
constexpr RadialSpec kRadials[] = {
    {{"Sunrise Line", "Рассветная линия", "Світанкова лінія"}, "1", 0xD7263D, 4.0, 0, 2, 2,
     FrStatus::Confirmed, FrStatus::None},
    {{"Garden Line", "Садовая линия", "Садова лінія"}, "2", 0x2E9E48, 28.0, 1, 2, 1,
     FrStatus::Unknown, FrStatus::Confirmed},
    {{"River Line", "Речная линия", "Річкова лінія"}, "3", 0x1F5FBF, 57.0, 0, 2, 2,
     FrStatus::Confirmed, FrStatus::None},
    {{"Amber Line", "Янтарная линия", "Бурштинова лінія"}, "4", 0xE8801A, 93.0, 1, 1, 2,
     FrStatus::Confirmed, FrStatus::Confirmed},
    {{"Lilac Line", "Сиреневая линия", "Бузкова лінія"}, "5", 0x8E44AD, 122.0, 0, 2, 2,
     FrStatus::Confirmed, FrStatus::None},
    {{"Sunflower Line", "Подсолнечная линия", "Соняшникова лінія"}, "6", 0xC9A000, 151.0, 1, 2,
     1, FrStatus::Unknown, FrStatus::Confirmed},
};
// clang-format on
constexpr NameSpec kRingName{"Ring Line", "Кольцевая линия", "Кільцева лінія"};
constexpr std::uint32_t kRingColourRgb = 0x8B5A2B;

struct SourceSpec {
    const char *name;
    const char *datasetId;
    QDate retrieved;
};

enum SourceIndex : std::uint32_t { kSurveyA, kSurveyB, kProcurementList };

struct SurveySpec {
    const char *name;
    LocalXY centre;
    double radiusMetres;
    int vertices;
    QDate surveyed;
    double completeness;
    SourceIndex source;
};

// A transfer complex being laid out: the point where two or three lines meet.
struct Hub {
    LocalXY xy;
    int nameIndex = 0;
    int expectedStations = 2;
    double offsetBearing = 0.0; ///< Platforms are spread around xy, starting at this bearing.
    std::vector<StationId> stations;
};

class TrainingCityBuilder {
public:
    Dataset build()
    {
        writeHeaderAndSources();
        layOutNetwork();
        for (std::size_t i = 0; i < m_dataset.network.stations.size(); ++i)
            fitOutStation(static_cast<StationId>(i));
        addLinks();
        addStreetCameras();
        addSightings();
        addSurveyAreas();
        addBaseMap();
        return std::move(m_dataset);
    }

private:
    LatLon latLon(LocalXY xy) const
    {
        return roundedLatLon(m_projection, xy);
    }

    // A fictional base map, so that the map, the route card and the presenter view show
    // something to find one's way by: the river Zerkalka south of the centre, the lake beside
    // Lakeside station, the birch wood beside Birch Grove, a park by Mirror Square and a
    // suburban railway. Drawn only; laid out by hand (no random draws, so the rest of the city
    // stays as it was).
    void addBaseMap()
    {
        BaseMap &map = m_dataset.baseMap;
        const auto at = [this](double x, double y) { return BasePoint::of(latLon({x, y})); };
        const auto stationXY = [this](const char *ru) -> std::optional<LocalXY> {
            for (const Station &s : m_dataset.network.stations)
                if (s.name.native == QString::fromUtf8(ru))
                    return m_projection.toLocal(s.position);
            return std::nullopt;
        };
        const auto ellipse = [&](LocalXY c, double rx, double ry) {
            std::vector<BasePoint> ring;
            for (int k = 0; k < 48; ++k) {
                const double a = 2 * std::numbers::pi * k / 48;
                // A little irregular, as shores and wood edges are.
                const double wobble = 1.0 + 0.08 * std::sin(3 * a) + 0.05 * std::cos(5 * a);
                ring.push_back(at(c.xMetres + rx * wobble * std::cos(a),
                                  c.yMetres + ry * wobble * std::sin(a)));
            }
            return ring;
        };
        // The river: 80 m wide, west to east, 2.6 km south of the centre.
        const auto riverY = [](double x) { return -2600.0 + 450.0 * std::sin(x / 1700.0); };
        std::vector<BasePoint> south, north, middle;
        for (double x = -9000; x <= 9000; x += 150) {
            south.push_back(at(x, riverY(x) - 40));
            north.push_back(at(x, riverY(x) + 40));
            middle.push_back(at(x, riverY(x)));
        }
        std::vector<BasePoint> river(south.begin(), south.end());
        river.insert(river.end(), north.rbegin(), north.rend());
        addBaseFeature(map, BaseMapKind::Water, {river});
        addBaseFeature(map, BaseMapKind::Waterway, {middle}); // its line, seen from afar
        if (const auto lake = stationXY("Приозёрная"))
            addBaseFeature(map, BaseMapKind::Water,
                           {ellipse({lake->xMetres + 150, lake->yMetres - 650}, 650, 420)});
        if (const auto grove = stationXY("Берёзовая роща"))
            addBaseFeature(map, BaseMapKind::Green,
                           {ellipse({grove->xMetres + 450, grove->yMetres + 400}, 520, 380)});
        addBaseFeature(map, BaseMapKind::Green, {ellipse({650, 520}, 260, 200)});
        std::vector<BasePoint> railway;
        for (double t = -9000; t <= 9000; t += 500)
            railway.push_back(at(t, 0.55 * t + 1800.0 + 300.0 * std::sin(t / 2500.0)));
        addBaseFeature(map, BaseMapKind::Rail, {railway});
    }

    void writeHeaderAndSources()
    {
        DatasetHeader &h = m_dataset.header;
        h.id = QStringLiteral("org.blindspot.training-city");
        // 2: zones by entrance, the training context, ride times without a second stop time.
        // 3: a base map (a river, a lake, woods, a park, a railway).
        h.version = 3;
        // Novoe Zerkalo, "New Mirror": Новое Зеркало in Russian, Нове Дзеркало in Ukrainian.
        h.name = QString::fromLatin1(kTrainingCityName);
        h.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        h.publisher = QStringLiteral("Blindspot project");
        h.licence = QStringLiteral("CC0-1.0");
        h.attribution = QString::fromLatin1(kTrainingCityAttribution);
        h.fictional = true;
        h.context = QStringLiteral("training");

        const SourceSpec sources[] = {
            {"Training survey A", "org.blindspot.training-city.survey-a", QDate(2025, 10, 1)},
            {"Training survey B", "org.blindspot.training-city.survey-b", QDate(2025, 11, 15)},
            {"Training procurement list C", "org.blindspot.training-city.procurement-c",
             QDate(2025, 12, 1)},
        };
        for (const SourceSpec &spec : sources) {
            Source s;
            s.id = static_cast<SourceId>(m_dataset.sources.size());
            s.name = QString::fromUtf8(spec.name);
            s.datasetId = QString::fromUtf8(spec.datasetId);
            s.licence = h.licence;
            s.attribution = h.attribution;
            s.retrieved = spec.retrieved;
            m_dataset.sources.push_back(s);
        }
    }

    // ---- network -------------------------------------------------------------------------

    void layOutNetwork()
    {
        for (int i = 0; i < kCentralSquareCount; ++i)
            addHub(kCentralSquares[i], 3);
        findRadialCrossings();

        std::vector<int> ringHubs;
        for (std::size_t i = 0; i < std::size(kRadials); ++i)
            addRadial(i, ringHubs);
        addRing(ringHubs);

        Network &n = m_dataset.network;
        for (std::size_t i = 0; i < m_hubs.size(); ++i) {
            StationComplex c;
            c.id = static_cast<ComplexId>(i);
            c.name = localized(nameAt(kComplexNames, m_hubs[i].nameIndex));
            c.stations = m_hubs[i].stations;
            n.complexes.push_back(c);
        }
    }

    // A radial line: the points origin + s * direction, s in metres, negative towards the back.
    struct RadialGeometry {
        LocalXY origin;
        LocalXY direction;

        explicit RadialGeometry(const RadialSpec &spec)
            : origin(kCentralSquares[spec.square]),
              direction(moved({0.0, 0.0}, spec.bearingDegrees, 1.0))
        {
        }

        LocalXY at(double s, double lateral = 0.0) const
        {
            return {origin.xMetres + s * direction.xMetres + lateral * direction.yMetres,
                    origin.yMetres + s * direction.yMetres - lateral * direction.xMetres};
        }
    };

    // Lines from different squares cross; where they do so well between the centre and the
    // ring, they get a transfer there, as radial lines in real cities do away from the centre.
    // The crossing station takes the place of the line's inner station on that side.
    void findRadialCrossings()
    {
        constexpr double kMinFromSquareMetres = 1500.0;
        constexpr double kMinInsideRingMetres = 1000.0;
        m_innerCrossing.assign(std::size(kRadials), {{{-1, 0.0}, {-1, 0.0}}});
        for (std::size_t i = 0; i < std::size(kRadials); ++i) {
            for (std::size_t j = i + 1; j < std::size(kRadials); ++j) {
                if (kRadials[i].square == kRadials[j].square)
                    continue;
                const RadialGeometry a(kRadials[i]);
                const RadialGeometry b(kRadials[j]);
                // Solve a.origin + s a.direction = b.origin + t b.direction.
                const double det = b.direction.xMetres * a.direction.yMetres -
                                   a.direction.xMetres * b.direction.yMetres;
                if (std::abs(det) < 1e-9)
                    continue;
                const double dx = b.origin.xMetres - a.origin.xMetres;
                const double dy = b.origin.yMetres - a.origin.yMetres;
                const double s = (b.direction.xMetres * dy - b.direction.yMetres * dx) / det;
                const double t = (a.direction.xMetres * dy - a.direction.yMetres * dx) / det;
                const LocalXY p = a.at(s);
                if (std::abs(s) < kMinFromSquareMetres || std::abs(t) < kMinFromSquareMetres ||
                    distanceMetres(p, {0.0, 0.0}) > kRingRadiusMetres - kMinInsideRingMetres)
                    continue;
                InnerCrossing &onA = m_innerCrossing[i][s > 0 ? 1 : 0];
                InnerCrossing &onB = m_innerCrossing[j][t > 0 ? 1 : 0];
                if (onA.hub >= 0 || onB.hub >= 0)
                    continue;
                const int hub = addHub(p, 2);
                onA = {hub, s};
                onB = {hub, t};
            }
        }
    }

    void addRadial(std::size_t index, std::vector<int> &ringHubs)
    {
        const RadialSpec &spec = kRadials[index];
        const RadialGeometry line(spec);
        // Where the line crosses the ring: |origin + s direction| = R.
        const double od = line.origin.xMetres * line.direction.xMetres +
                          line.origin.yMetres * line.direction.yMetres;
        const double oo =
            line.origin.xMetres * line.origin.xMetres + line.origin.yMetres * line.origin.yMetres;
        const double root = std::sqrt(od * od - oo + kRingRadiusMetres * kRingRadiusMetres);
        const double sBack = -od - root;
        const double sFront = -od + root;

        struct Stop {
            double s;
            int hub; // -1 for a station of this line only
        };
        auto inner = [&](int side, double sRing) {
            const InnerCrossing &crossing = m_innerCrossing[index][side];
            if (crossing.hub >= 0)
                return Stop{crossing.s, crossing.hub};
            return Stop{sRing / 2 + m_random.uniform(-200.0, 200.0), -1};
        };
        std::vector<Stop> stops;
        double s = sBack;
        for (int k = 0; k < spec.outerBack; ++k) {
            s -= m_random.uniform(1900.0, 2400.0);
            stops.push_back({s, -1});
        }
        std::reverse(stops.begin(), stops.end());
        stops.push_back({sBack, addRingHub(line.at(sBack), ringHubs)});
        stops.push_back(inner(0, sBack));
        stops.push_back({0.0, spec.square});
        stops.push_back(inner(1, sFront));
        stops.push_back({sFront, addRingHub(line.at(sFront), ringHubs)});
        s = sFront;
        for (int k = 0; k < spec.outerFront; ++k) {
            s += m_random.uniform(1900.0, 2400.0);
            stops.push_back({s, -1});
        }

        const LineId lineId =
            addLine(localized(spec.name), QString::fromUtf8(spec.ref), spec.colourRgb, false);
        for (std::size_t i = 0; i < stops.size(); ++i) {
            FrStatus turnstiles = FrStatus::Confirmed;
            if (i == 0)
                turnstiles = spec.backTerminusTurnstiles;
            else if (i + 1 == stops.size())
                turnstiles = spec.frontTerminusTurnstiles;
            if (stops[i].hub >= 0) {
                addHubStation(lineId, stops[i].hub, spec.bearingDegrees, turnstiles);
            } else {
                const double lateral = m_random.uniform(-120.0, 120.0);
                const LocalXY xy = clearOfOtherStations(
                    [&](double shift) { return line.at(stops[i].s + shift, lateral); });
                addStation(lineId, localized(nameAt(kStationNames, m_nextStationName++)), xy,
                           spec.bearingDegrees, turnstiles);
            }
        }
    }

    // Lines from the two squares cross near the centre; a station placed right where another
    // line already has one would be two stations a stone's throw apart with no transfer between
    // them, which no real network builds. Slides the station along its line until it is clear.
    template <class PointAt> LocalXY clearOfOtherStations(PointAt pointAt) const
    {
        constexpr double kClearanceMetres = 500.0;
        constexpr double kShifts[] = {0.0, 250.0, -250.0, 500.0, -500.0, 750.0, -750.0};
        for (double shift : kShifts) {
            const LocalXY xy = pointAt(shift);
            const bool clear = std::none_of(m_stationXY.begin(), m_stationXY.end(), [&](LocalXY o) {
                return distanceMetres(o, xy) < kClearanceMetres;
            });
            if (clear)
                return xy;
        }
        return pointAt(0.0);
    }

    int addHub(LocalXY xy, int expectedStations)
    {
        const double offsetBearing = m_random.uniform(0.0, 360.0);
        m_hubs.push_back(
            {xy, static_cast<int>(m_hubs.size()), expectedStations, offsetBearing, {}});
        return static_cast<int>(m_hubs.size()) - 1;
    }

    int addRingHub(LocalXY xy, std::vector<int> &ringHubs)
    {
        ringHubs.push_back(addHub(xy, 2));
        return ringHubs.back();
    }

    void addRing(const std::vector<int> &ringHubs)
    {
        const LocalXY centre{0.0, 0.0};
        std::vector<std::pair<double, int>> byBearing; // bearing from the centre, hub index
        for (int hub : ringHubs)
            byBearing.emplace_back(bearingDegrees(centre, m_hubs[hub].xy), hub);
        std::sort(byBearing.begin(), byBearing.end());

        const LineId line =
            addLine(localized(kRingName), QStringLiteral("7"), kRingColourRgb, true);
        for (std::size_t i = 0; i < byBearing.size(); ++i) {
            const auto [bearing, hub] = byBearing[i];
            const StationId id = addHubStation(line, hub, bearing + 90.0, FrStatus::Confirmed);
            if (m_hubs[hub].nameIndex == kOldBridge)
                m_dataset.network.stations[indexOf(id)].name = localized(kOldBridgeRingPlatform);

            double next = byBearing[(i + 1) % byBearing.size()].first;
            if (next <= bearing)
                next += 360.0;
            const double gapMetres =
                (next - bearing) * std::numbers::pi / 180.0 * kRingRadiusMetres;
            if (gapMetres > kMaxRingGapMetres) {
                const double mid = (bearing + next) / 2 + m_random.uniform(-3.0, 3.0);
                const LocalXY xy =
                    moved(centre, mid, kRingRadiusMetres + m_random.uniform(-150.0, 150.0));
                addStation(line, localized(nameAt(kStationNames, m_nextStationName++)), xy,
                           mid + 90.0, FrStatus::Confirmed);
            }
        }
    }

    LineId addLine(LocalizedName name, QString ref, std::uint32_t colour, bool ring)
    {
        return appendLine(m_dataset.network, std::move(name), std::move(ref), colour, ring);
    }

    StationId addHubStation(LineId line, int hubIndex, double trackBearing, FrStatus turnstiles)
    {
        Hub &hub = m_hubs[hubIndex];
        // Platforms of one complex lie tens of metres apart around the crossing point.
        const double bearing = hub.offsetBearing + static_cast<double>(hub.stations.size()) *
                                                       360.0 / hub.expectedStations;
        const LocalXY xy = moved(hub.xy, bearing, m_random.uniform(25.0, 55.0));
        const StationId id = addStation(line, localized(nameAt(kComplexNames, hub.nameIndex)), xy,
                                        trackBearing, turnstiles);
        m_dataset.network.stations[indexOf(id)].complex = static_cast<ComplexId>(hubIndex);
        hub.stations.push_back(id);
        return id;
    }

    StationId addStation(LineId line, LocalizedName name, LocalXY xy, double trackBearing,
                         FrStatus turnstiles)
    {
        const StationId id = appendStation(m_dataset.network, line, latLon(xy));
        m_dataset.network.stations.back().name = std::move(name);
        m_stationXY.push_back(xy);
        m_trackBearing.push_back(normalizedDegrees(trackBearing));
        m_turnstileFr.push_back(turnstiles);
        return id;
    }

    // ---- entrances, zones and the cameras inside a station ----------------------------------

    void fitOutStation(StationId id)
    {
        Network &n = m_dataset.network;
        const std::size_t index = indexOf(id);
        const LocalXY stationXY = m_stationXY[index];
        const double track = m_trackBearing[index];
        const bool inComplex = isSet(n.stations[index].complex);

        const int entranceCount = 2 + m_random.weightedIndex(std::array{0.4, 0.35, 0.25});
        std::vector<LocalXY> entrances;
        std::vector<EntranceId> entranceIds;
        for (int k = 0; k < entranceCount; ++k) {
            const double bearing =
                track + k * 360.0 / entranceCount + m_random.uniform(-25.0, 25.0);
            const LocalXY xy = moved(stationXY, bearing, m_random.uniform(40.0, 150.0));
            Entrance e;
            e.id = static_cast<EntranceId>(n.entrances.size());
            e.station = id;
            e.position = latLon(xy);
            e.ref = QString::number(k + 1);
            n.stations[index].entrances.push_back(e.id);
            n.entrances.push_back(std::move(e));
            m_entranceXY.push_back(xy);
            entrances.push_back(xy);
            entranceIds.push_back(n.entrances.back().id);
        }

        const FrStatus turnstiles = m_turnstileFr[index];
        const bool frStation = turnstiles == FrStatus::Confirmed;
        std::array<FrStatus, kZoneKindCount> fr{};
        fr[int(ZoneKind::EntranceHall)] =
            frStation ? pickFr({0.2, 0.35, 0.45, 0.0}) : FrStatus::Unknown;
        fr[int(ZoneKind::Turnstiles)] = turnstiles;
        fr[int(ZoneKind::Escalator)] = frStation ? pickFr({0.6, 0.0, 0.4, 0.0}) : FrStatus::Unknown;
        fr[int(ZoneKind::Platform)] = frStation ? pickFr({0.4, 0.1, 0.5, 0.0}) : FrStatus::Unknown;
        fr[int(ZoneKind::TransferCorridor)] =
            !inComplex ? FrStatus::None
                       : (frStation ? pickFr({0.5, 0.0, 0.5, 0.0}) : FrStatus::Unknown);
        fr[int(ZoneKind::Train)] = pickFr({0.8, 0.0, 0.2, 0.0});

        // Halls, turnstile lines and escalators belong to their entrance. At every third
        // face-recognition station the last vestibule is an older side entrance whose turnstiles
        // have no cameras: the entrance a careful traveller would choose.
        std::vector<std::array<FrStatus, kZoneKindCount>> entranceFr(entrances.size(), fr);
        if (frStation && entranceCount >= 2 && index % 3 == 0) {
            entranceFr.back()[int(ZoneKind::Turnstiles)] = FrStatus::None;
            entranceFr.back()[int(ZoneKind::EntranceHall)] = FrStatus::Unknown;
        }
        std::array<int, kZoneKindCount> mapped{};
        std::vector<std::array<int, kZoneKindCount>> mappedAt(entrances.size());
        auto anchored = [&](LocalXY xy, ZoneKind zone, CameraKind kind,
                            int entrance = -1) -> Camera & {
            ++mapped[int(zone)];
            const FrStatus status =
                entrance >= 0 ? entranceFr[std::size_t(entrance)][int(zone)] : fr[int(zone)];
            Camera &c = addCamera(xy, kind, status);
            c.anchorStation = id;
            c.anchorZone = zone;
            if (entrance >= 0) {
                ++mappedAt[std::size_t(entrance)][int(zone)];
                c.anchorEntrance = entranceIds[std::size_t(entrance)];
            }
            // Face Pay cameras are built into the gate; the rest hang from the vault.
            c.mount = kind == CameraKind::Turnstile ? CameraMount::Other : CameraMount::Ceiling;
            return c;
        };

        for (std::size_t k = 0; k < entrances.size(); ++k) {
            const LocalXY &entrance = entrances[k];
            const int at = int(k);
            const double inward = bearingDegrees(entrance, stationXY);
            // Face Pay turnstiles stand in a row across the vestibule, each camera looking at
            // the face of the person walking in from the street door.
            if (entranceFr[k][int(ZoneKind::Turnstiles)] != FrStatus::None) {
                const int gates = m_random.uniformInt(1, 2);
                for (int g = 0; g < gates; ++g) {
                    const double forward = m_random.uniform(15.0, 22.0);
                    const LocalXY xy =
                        offset(entrance, inward, forward, m_random.uniform(-4.0, 4.0));
                    Camera &c = anchored(xy, ZoneKind::Turnstiles, CameraKind::Turnstile, at);
                    c.headingDegrees = roundedBearing(bearingDegrees(xy, entrance));
                    c.fovDegrees = std::round(m_random.uniform(60.0, 80.0));
                    c.heightMetres = roundTo(m_random.uniform(1.4, 1.6), 0.1);
                }
            }
            const int domes = m_random.uniformInt(1, 2);
            for (int k = 0; k < domes; ++k) {
                const double forward = m_random.uniform(6.0, 12.0);
                const LocalXY xy = offset(entrance, inward, forward, m_random.uniform(-6.0, 6.0));
                Camera &c = anchored(xy, ZoneKind::EntranceHall, CameraKind::Dome, at);
                if (m_random.chance(0.4)) {
                    c.headingDegrees = roundedBearing(bearingDegrees(xy, entrance));
                    c.fovDegrees = std::round(m_random.uniform(90.0, 110.0));
                }
                c.heightMetres = roundTo(m_random.uniform(2.8, 3.6), 0.1);
            }
            // One camera at the foot of each escalator, facing the people riding down.
            const LocalXY foot = between(entrance, stationXY, m_random.uniform(0.35, 0.6));
            Camera &esc = anchored(foot, ZoneKind::Escalator, CameraKind::Fixed, at);
            esc.headingDegrees =
                roundedBearing(bearingDegrees(foot, entrance) + m_random.uniform(-5.0, 5.0));
            esc.fovDegrees = std::round(m_random.uniform(50.0, 70.0));
            esc.heightMetres = roundTo(m_random.uniform(3.0, 4.0), 0.1);
        }

        const int platformCameras = m_random.uniformInt(2, 4);
        for (int k = 0; k < platformCameras; ++k) {
            const double forward = m_random.uniform(-80.0, 80.0);
            const LocalXY xy = offset(stationXY, track, forward, m_random.uniform(-5.0, 5.0));
            const bool dome = m_random.chance(0.5);
            Camera &c =
                anchored(xy, ZoneKind::Platform, dome ? CameraKind::Dome : CameraKind::Fixed);
            if (!dome) {
                c.headingDegrees = roundedBearing(track + (m_random.chance(0.5) ? 0.0 : 180.0));
                c.fovDegrees = std::round(m_random.uniform(70.0, 100.0));
            }
            c.heightMetres = roundTo(m_random.uniform(3.0, 4.0), 0.1);
        }

        if (inComplex) {
            const LocalXY hubXY = m_hubs[indexOf(n.stations[index].complex)].xy;
            const int corridorCameras = m_random.uniformInt(1, 2);
            for (int k = 0; k < corridorCameras; ++k) {
                const LocalXY xy = between(stationXY, hubXY, m_random.uniform(0.3, 0.7));
                Camera &c = anchored(xy, ZoneKind::TransferCorridor, CameraKind::Fixed);
                c.headingDegrees = roundedBearing(bearingDegrees(xy, hubXY) +
                                                  (m_random.chance(0.5) ? 0.0 : 180.0));
                c.fovDegrees = std::round(m_random.uniform(60.0, 90.0));
                c.heightMetres = roundTo(m_random.uniform(2.8, 3.5), 0.1);
            }
        }

        // Reports count at least the cameras mapped in a zone, and often a few nobody placed:
        // per entrance for its hall, turnstile line and escalator, per station for the rest.
        constexpr std::array<double, kZoneKindCount> kCountKnown = {0.8, 0.85, 0.75, 0.8, 0.7, 0.3};
        auto addZone = [&](ZoneKind kind, int entrance) {
            Zone z;
            z.id = static_cast<ZoneId>(n.zones.size());
            z.station = id;
            z.kind = kind;
            const std::size_t k = std::size_t(std::max(entrance, 0));
            z.frStatus = entrance >= 0 ? entranceFr[k][int(kind)] : fr[int(kind)];
            const int mappedHere = entrance >= 0 ? mappedAt[k][int(kind)] : mapped[int(kind)];
            if (entrance >= 0)
                z.entrance = entranceIds[k];
            if (kind == ZoneKind::TransferCorridor && !inComplex)
                z.reportedCameras = 0; // no corridor, so certainly no cameras in one
            else if (kind == ZoneKind::Turnstiles && z.frStatus == FrStatus::None)
                z.reportedCameras = 0; // the side entrance: turnstiles without cameras
            else if (m_random.chance(kCountKnown[int(kind)]))
                z.reportedCameras = mappedHere + m_random.uniformInt(0, 3);
            n.stations[index].zones.push_back(z.id);
            n.zones.push_back(z);
        };
        for (int k = 0; k < entranceCount; ++k)
            for (ZoneKind kind :
                 {ZoneKind::EntranceHall, ZoneKind::Turnstiles, ZoneKind::Escalator})
                addZone(kind, k);
        for (ZoneKind kind : {ZoneKind::Platform, ZoneKind::TransferCorridor, ZoneKind::Train})
            addZone(kind, -1);
    }

    // Weights in FrStatus order: Unknown, Confirmed, Suspected, None.
    FrStatus pickFr(const std::array<double, 4> &weights)
    {
        return drawFrStatus(m_random, weights);
    }

    Camera &addCamera(LocalXY xy, CameraKind kind, FrStatus fr)
    {
        Camera c;
        c.id = static_cast<CameraId>(m_dataset.cameras.size());
        c.position = latLon(xy);
        c.kind = kind;
        c.frStatus = fr;
        m_dataset.cameras.push_back(std::move(c));
        m_cameraXY.push_back(xy);
        return m_dataset.cameras.back();
    }

    // ---- links -----------------------------------------------------------------------------

    void addLinks() { addMetroLinks(m_dataset.network, m_stationXY, m_entranceXY, m_random); }

    // ---- street cameras ------------------------------------------------------------------

    void addStreetCameras()
    {
        // Around every entrance: the cameras that watch people arrive, more often with FR than
        // elsewhere on the street because the city wires them to the metro's system.
        for (std::size_t i = 0; i < m_entranceXY.size(); ++i) {
            const int count = m_random.uniformInt(1, 2);
            for (int k = 0; k < count; ++k) {
                const double bearing = m_random.uniform(0.0, 360.0);
                const LocalXY xy = moved(m_entranceXY[i], bearing, m_random.uniform(8.0, 35.0));
                addStreetCamera(xy, bearingDegrees(xy, m_entranceXY[i]), {0.3, 0.25, 0.35, 0.1});
            }
        }

        // Along the avenues above the lines, and scattered over courtyards and squares with a
        // density that falls off from the centre, until the city has kCameraCount cameras.
        struct Street {
            LocalXY a;
            LocalXY b;
        };
        std::vector<Street> streets;
        std::vector<double> lengths;
        for (const Line &line : m_dataset.network.lines) {
            const std::size_t count = line.stations.size();
            const std::size_t hops = line.isRing ? count : count - 1;
            for (std::size_t i = 0; i < hops; ++i) {
                const Street s{m_stationXY[indexOf(line.stations[i])],
                               m_stationXY[indexOf(line.stations[(i + 1) % count])]};
                streets.push_back(s);
                lengths.push_back(distanceMetres(s.a, s.b));
            }
        }
        constexpr std::array<double, 4> kStreetFr = {0.55, 0.08, 0.2, 0.17};
        while (static_cast<int>(m_dataset.cameras.size()) < kCameraCount) {
            if (m_random.chance(0.75)) {
                const Street &s = streets[m_random.weightedIndex(lengths)];
                const double along = bearingDegrees(s.a, s.b);
                const double side = m_random.chance(0.5) ? 1.0 : -1.0;
                const double lateral = side * m_random.uniform(12.0, 40.0);
                const LocalXY xy =
                    moved(between(s.a, s.b, m_random.uniform()), along + 90.0, lateral);
                // Along the street either way, or across it from the building it hangs on.
                double aim = along + (m_random.chance(0.5) ? 0.0 : 180.0);
                if (m_random.chance(0.4))
                    aim = along + (lateral > 0 ? -90.0 : 90.0);
                addStreetCamera(xy, aim + m_random.uniform(-15.0, 15.0), kStreetFr);
            } else {
                LocalXY xy;
                do {
                    const double x = m_random.normal(0.0, 2500.0);
                    xy = {x, m_random.normal(0.0, 2500.0)};
                } while (distanceMetres(xy, {0.0, 0.0}) > 11000.0);
                addStreetCamera(xy, m_random.uniform(0.0, 360.0), kStreetFr);
            }
        }
    }

    void addStreetCamera(LocalXY xy, double aim, const std::array<double, 4> &frWeights)
    {
        const auto kind = static_cast<CameraKind>(m_random.weightedIndex(kStreetKindWeights));
        Camera &c = addCamera(xy, kind, pickFr(frWeights));
        c.mount = static_cast<CameraMount>(m_random.weightedIndex(streetMountWeights(kind)));
        const StreetCameraLook look = streetCameraLook(kind);
        const bool aimed = m_random.chance(look.aimKnownChance);
        if (aimed) {
            c.headingDegrees = roundedBearing(aim);
            c.fovDegrees = std::round(m_random.uniform(look.fovLow, look.fovHigh));
        }
        if (kind != CameraKind::Unknown || m_random.chance(0.6))
            c.heightMetres = roundTo(m_random.uniform(look.heightLow, look.heightHigh), 0.1);
    }

    // ---- provenance ------------------------------------------------------------------------

    void addSightings()
    {
        // Survey A walked the centre inside the ring, survey B the outer districts; the
        // procurement list names the FR cameras the city paid for, so it confirms most of them.
        constexpr std::array<double, 3> kObservers = {0.6, 0.3, 0.1};
        for (std::size_t i = 0; i < m_dataset.cameras.size(); ++i) {
            Camera &c = m_dataset.cameras[i];
            const bool central = distanceMetres(m_cameraXY[i], {0.0, 0.0}) < kRingRadiusMetres;
            const SourceIndex survey = central ? kSurveyA : kSurveyB;
            c.sightings.push_back(surveySighting(survey, 1 + m_random.weightedIndex(kObservers)));
            if (c.frStatus == FrStatus::Confirmed && m_random.chance(0.7)) {
                Sighting s;
                s.source = static_cast<SourceId>(kProcurementList);
                s.observed = QDate(2025, 2, 10).addDays(m_random.uniformInt(0, 20));
                c.sightings.push_back(s);
            } else if (m_random.chance(0.15)) {
                c.sightings.push_back(
                    surveySighting(central ? kSurveyB : kSurveyA, m_random.uniformInt(1, 2)));
            }
        }
    }

    Sighting surveySighting(SourceIndex survey, int observers)
    {
        Sighting s;
        s.source = static_cast<SourceId>(survey);
        s.observed = survey == kSurveyA ? QDate(2025, 3, 1).addDays(m_random.uniformInt(0, 180))
                                        : QDate(2025, 6, 1).addDays(m_random.uniformInt(0, 150));
        s.observers = observers;
        return s;
    }

    void addSurveyAreas()
    {
        const SurveySpec areas[] = {
            {"Centre inside the ring", {0.0, 0.0}, 2800.0, 8, QDate(2025, 9, 15), 0.85, kSurveyA},
            {"Harbour district", {6500.0, -1000.0}, 1800.0, 6, QDate(2025, 8, 2), 0.7, kSurveyB},
            {"North-west estates",
             {-5000.0, 5500.0},
             2000.0,
             7,
             QDate(2025, 10, 20),
             0.6,
             kSurveyB},
            {"South ring", {1000.0, -4200.0}, 1200.0, 5, QDate(2025, 9, 1), 0.75, kSurveyA},
        };
        for (const SurveySpec &spec : areas) {
            SurveyArea a;
            a.id = static_cast<SurveyAreaId>(m_dataset.surveyAreas.size());
            a.name = QString::fromUtf8(spec.name);
            // Counter-clockwise (increasing mathematical angle), as GeoJSON wants outer rings.
            for (int k = 0; k < spec.vertices; ++k) {
                const double angle =
                    (k + m_random.uniform(-0.2, 0.2)) * 2.0 * std::numbers::pi / spec.vertices;
                const double r = spec.radiusMetres * m_random.uniform(0.8, 1.15);
                a.polygon.push_back(latLon({spec.centre.xMetres + r * std::cos(angle),
                                            spec.centre.yMetres + r * std::sin(angle)}));
            }
            a.surveyed = spec.surveyed;
            a.completeness = spec.completeness;
            a.source = static_cast<SourceId>(spec.source);
            m_dataset.surveyAreas.push_back(std::move(a));
        }
    }

    Random m_random{kSeed};
    LocalProjection m_projection{kCentre};
    Dataset m_dataset;
    std::vector<Hub> m_hubs;
    struct InnerCrossing {
        int hub = -1;
        double s = 0.0;
    };
    std::vector<std::array<InnerCrossing, 2>> m_innerCrossing; ///< Per radial: back, front.
    int m_nextStationName = 0;
    // Layout in the local metric frame, indexed like the dataset's vectors.
    std::vector<LocalXY> m_stationXY;
    std::vector<double> m_trackBearing;
    std::vector<FrStatus> m_turnstileFr;
    std::vector<LocalXY> m_entranceXY;
    std::vector<LocalXY> m_cameraXY;
};

} // namespace

Dataset makeTrainingCity()
{
    return TrainingCityBuilder().build();
}

} // namespace blindspot
