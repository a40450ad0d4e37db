#include "core/sample/synthetic_city.h"

#include "core/geo/local_projection.h"
#include "core/sample/city_building.h"
#include "core/sample/random.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>
#include <tuple>

namespace blindspot {

namespace {

using namespace sample;

// In the open North Sea, about 200 km from any coast, at Moscow's latitude so that the metric
// behaviour (degrees of longitude per metre) matches the city the default size imitates.
const LatLon kCentre{55.5, 3.5};

// Moscow has 14 lines counting the ring; more would only crowd the centre.
constexpr int kMaxLines = 14;
static_assert(kMaxLines <= 32, "ComplexGroups keeps a bit per line");
constexpr int kMinStationsPerRadial = 2;
constexpr double kRingShareOfStations = 0.12;
constexpr double kRingRadiusShareOfHalfSide = 0.2; // 4 km in a 40 km city, like Moscow's ring

// Stations of different lines closer than this are one transfer complex.
constexpr double kComplexRadiusMetres = 150.0;
constexpr double kInStationCameraShare = 0.1;
constexpr double kNearEntranceShareOfStreet = 0.15;

// Distinct line colours that stay readable on a light map.
constexpr std::uint32_t kPalette[] = {
    0xD7263D, 0x2E9E48, 0x1F5FBF, 0xE8801A, 0x8E44AD, 0xC9A000, 0x8B5A2B, 0x00A3A3,
    0xE0569B, 0x6C7A89, 0x7FB800, 0x0B3C7D, 0xB03A2E, 0x5D4FB3, 0x3A8F6B,
};

// Weights in FrStatus order: Unknown, Confirmed, Suspected, None.
constexpr std::array<double, 4> kStreetFr = {0.55, 0.08, 0.2, 0.17};
constexpr std::array<double, 4> kEntranceStreetFr = {0.3, 0.25, 0.35, 0.1};

// Groups stations into complexes. A complex holds at most one station per line and at most
// kMaxComplexStations stations: without that, stations packed closely (a small city with many
// stations) would chain into one complex with a transfer between every pair.
constexpr int kMaxComplexStations = 5; // Moscow's largest complexes join four or five lines

class ComplexGroups {
public:
    explicit ComplexGroups(const std::vector<Station> &stations)
        : m_parent(stations.size()), m_lines(stations.size()), m_size(stations.size(), 1)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
        for (std::size_t i = 0; i < stations.size(); ++i)
            m_lines[i] = std::uint32_t(1) << indexOf(stations[i].line);
    }

    int find(int x)
    {
        while (m_parent[x] != x)
            x = m_parent[x] = m_parent[m_parent[x]];
        return x;
    }

    /// Joins the groups of a and b unless that would put two stations of a line in one group
    /// or make it too large.
    void join(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a == b || (m_lines[a] & m_lines[b]) != 0 || m_size[a] + m_size[b] > kMaxComplexStations)
            return;
        // The smaller index becomes the root, so a group's root is its first station.
        const int root = std::min(a, b);
        const int child = std::max(a, b);
        m_parent[child] = root;
        m_lines[root] |= m_lines[child];
        m_size[root] += m_size[child];
    }

    int size(int root) const { return m_size[root]; }

private:
    std::vector<int> m_parent;
    std::vector<std::uint32_t> m_lines; ///< Bit per line (kMaxLines <= 32), valid at roots.
    std::vector<int> m_size;
};

class SyntheticCityBuilder {
public:
    explicit SyntheticCityBuilder(const SyntheticCityOptions &options)
        : m_random(options.seed), m_seed(options.seed), m_cameraCount(std::max(0, options.cameras)),
          m_stationCount(std::max(0, options.stations))
    {
        // A non-finite or absurd size would make positions invalid; fall back to the default.
        const double sizeKm = std::isfinite(options.sizeKm) && options.sizeKm > 0.0
                                  ? std::clamp(options.sizeKm, 0.5, 500.0)
                                  : SyntheticCityOptions{}.sizeKm;
        m_halfSideMetres = sizeKm * 500.0;
        m_streetBlockMetres = std::isfinite(options.streetBlockMetres)
                                  ? std::max(0.0, options.streetBlockMetres)
                                  : 0.0;
        // At least 10 m apart: a finer grid would be tens of millions of nodes.
        if (m_streetBlockMetres > 0.0)
            m_streetBlockMetres = std::max(10.0, m_streetBlockMetres);
        m_ringRadiusMetres = m_halfSideMetres * kRingRadiusShareOfHalfSide;
    }

    Dataset build()
    {
        writeHeader();
        planLines();
        layOutRadials();
        layOutRing();
        formComplexes();
        nameStations();
        fitOutStations();
        addLinks();
        addCameras();
        addSurveyAreas();
        addStreets();
        addBaseMap();
        return std::move(m_dataset);
    }

private:
    LatLon latLon(LocalXY xy) const
    {
        return roundedLatLon(m_projection, xy);
    }

    void writeHeader()
    {
        DatasetHeader &h = m_dataset.header;
        h.id = QStringLiteral("org.blindspot.synthetic-city");
        h.version = 1;
        h.name = QStringLiteral("Synthetic city (seed %1)").arg(m_seed);
        h.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        h.publisher = QStringLiteral("Blindspot project");
        h.licence = QStringLiteral("CC0-1.0");
        h.attribution = QStringLiteral("Synthetic data generated by Blindspot");
        h.fictional = true;
        // Moscow-sized and Moscow-like: it measures the planner under Moscow's priors.
        h.context = QStringLiteral("moscow");

        Source s;
        s.id = SourceId{0};
        s.name = QStringLiteral("Synthetic generator");
        s.datasetId = h.id;
        s.licence = h.licence;
        s.attribution = h.attribution;
        s.retrieved = QDate(2026, 1, 1);
        m_dataset.sources.push_back(s);
    }

    // ---- network plan ----------------------------------------------------------------------

    int ringStationsFor(int lines) const
    {
        if (lines < 3)
            return 0; // a ring needs radials to cross
        return std::max(3, static_cast<int>(std::lround(m_stationCount * kRingShareOfStations)));
    }

    void planLines()
    {
        int lines = m_stationCount >= 2 ? std::min(kMaxLines, m_stationCount / 2) : m_stationCount;
        // Fewer lines until every radial has at least two stations.
        while (lines > 1) {
            const int radials = lines - (ringStationsFor(lines) > 0 ? 1 : 0);
            if (m_stationCount - ringStationsFor(lines) >= kMinStationsPerRadial * radials)
                break;
            --lines;
        }
        m_ringStations = ringStationsFor(lines);
        const int radials = lines - (m_ringStations > 0 ? 1 : 0);
        const int radialStations = m_stationCount - m_ringStations;
        for (int k = 0; k < radials; ++k)
            m_radialStations.push_back(radialStations / radials + (k < radialStations % radials));
    }

    LineId addLine(LocalizedName name, QString ref, bool ring)
    {
        const std::size_t index = m_dataset.network.lines.size();
        return appendLine(m_dataset.network, std::move(name), std::move(ref),
                          kPalette[index % std::size(kPalette)], ring);
    }

    StationId addStation(LineId line, LocalXY xy, double trackBearing)
    {
        const StationId id = appendStation(m_dataset.network, line, latLon(xy));
        m_stationXY.push_back(xy);
        m_trackBearing.push_back(normalizedDegrees(trackBearing));
        return id;
    }

    // Radial lines run through the centre from edge to edge, in groups of up to three that
    // share a central square (a transfer complex), as Moscow's lines meet in its centre.
    void layOutRadials()
    {
        const int radials = static_cast<int>(m_radialStations.size());
        if (radials == 0)
            return;
        const int squares = (radials + 2) / 3;
        std::vector<LocalXY> squareXY;
        for (int i = 0; i < squares; ++i) {
            LocalXY xy{0.0, 0.0};
            for (int attempt = 0; attempt < 50; ++attempt) {
                const double bearing = m_random.uniform(0.0, 360.0);
                xy = moved({0.0, 0.0}, bearing, m_random.uniform(0.0, 0.35) * m_ringRadiusMetres);
                const bool apart = std::none_of(squareXY.begin(), squareXY.end(), [&](LocalXY o) {
                    return distanceMetres(o, xy) < 0.15 * m_ringRadiusMetres;
                });
                if (apart)
                    break;
            }
            squareXY.push_back(xy);
        }
        m_squareStations.assign(squareXY.size(), {});

        const double edge = 0.95 * m_halfSideMetres;
        const double step = 180.0 / radials;
        for (int k = 0; k < radials; ++k) {
            // Lines sharing a square are `squares` steps apart in bearing, so they cross there
            // at a wide angle instead of running side by side.
            const int square = k % squares;
            const LocalXY origin = squareXY[square];
            const double bearing = k * step + m_random.uniform(-0.25, 0.25) * step;
            const LocalXY d = moved({0.0, 0.0}, bearing, 1.0);
            // How far the line runs each way before it leaves the city.
            auto reach = [&](double sign) {
                double s = std::numeric_limits<double>::max();
                if (std::abs(d.xMetres) > 1e-12)
                    s = std::min(
                        s, (sign * d.xMetres > 0 ? edge - origin.xMetres : edge + origin.xMetres) /
                               std::abs(d.xMetres));
                if (std::abs(d.yMetres) > 1e-12)
                    s = std::min(
                        s, (sign * d.yMetres > 0 ? edge - origin.yMetres : edge + origin.yMetres) /
                               std::abs(d.yMetres));
                return s;
            };
            const double front = reach(1.0);
            const double back = reach(-1.0);

            const int count = m_radialStations[k];
            const int others = count - 1;
            const int frontCount = static_cast<int>(std::lround(others * front / (front + back)));
            const int backCount = others - frontCount;
            std::vector<double> stops;
            for (int j = backCount; j >= 1; --j)
                stops.push_back(-back * (j - m_random.uniform(-0.15, 0.15)) / backCount);
            stops.push_back(0.0);
            for (int j = 1; j <= frontCount; ++j)
                stops.push_back(front * (j - m_random.uniform(-0.15, 0.15)) / frontCount);
            // The terminus is the last stop, exactly at the edge of the built-up area.
            if (backCount > 0)
                stops.front() = -back;
            if (frontCount > 0)
                stops.back() = front;

            RadialPlan plan;
            plan.origin = origin;
            plan.direction = d;
            plan.bearing = bearing;
            plan.stops = std::move(stops);
            plan.hubStop = backCount;
            plan.square = square;
            m_radials.push_back(std::move(plan));
        }
        snapStopsToRing();

        for (int k = 0; k < radials; ++k) {
            RadialPlan &plan = m_radials[k];
            const LineId line = addLine(lineName(k + 1), QString::number(k + 1), false);
            for (std::size_t j = 0; j < plan.stops.size(); ++j) {
                LocalXY xy{plan.origin.xMetres + plan.stops[j] * plan.direction.xMetres,
                           plan.origin.yMetres + plan.stops[j] * plan.direction.yMetres};
                const bool atSquare = static_cast<int>(j) == plan.hubStop;
                const bool atRing = plan.ringStop[0] == static_cast<int>(j) ||
                                    plan.ringStop[1] == static_cast<int>(j);
                // Platforms of one complex lie tens of metres apart; other stations wander a
                // little off the straight line, as real alignments do.
                const double offsetBearing = m_random.uniform(0.0, 360.0);
                if (atSquare || atRing)
                    xy = moved(xy, offsetBearing, m_random.uniform(25.0, 55.0));
                else
                    xy = moved(xy, plan.bearing + 90.0, m_random.uniform(-150.0, 150.0));
                const StationId id = addStation(line, xy, plan.bearing);
                if (atSquare)
                    m_squareStations[plan.square].push_back(id);
                if (atRing) {
                    const int side = plan.ringStop[0] == static_cast<int>(j) ? 0 : 1;
                    m_ringCrossings.emplace_back(indexOf(id), plan.ringXY[side]);
                }
            }
        }
    }

    // Moves the stop nearest to each point where a radial crosses the ring onto the ring, so
    // that the ring can have a transfer there. Only as many crossings as the ring has stations.
    void snapStopsToRing()
    {
        if (m_ringStations == 0)
            return;
        struct Crossing {
            double bearing;
            int radial;
            int side; // 0 back, 1 front
            double s;
        };
        std::vector<Crossing> crossings;
        for (int k = 0; k < static_cast<int>(m_radials.size()); ++k) {
            const RadialPlan &plan = m_radials[k];
            const LocalXY o = plan.origin;
            const LocalXY d = plan.direction;
            const double od = o.xMetres * d.xMetres + o.yMetres * d.yMetres;
            const double oo = o.xMetres * o.xMetres + o.yMetres * o.yMetres;
            const double root = std::sqrt(od * od - oo + m_ringRadiusMetres * m_ringRadiusMetres);
            const double sides[2] = {-od - root, -od + root};
            for (int side = 0; side < 2; ++side) {
                const LocalXY p{o.xMetres + sides[side] * d.xMetres,
                                o.yMetres + sides[side] * d.yMetres};
                crossings.push_back({bearingDegrees({0.0, 0.0}, p), k, side, sides[side]});
            }
        }
        std::sort(crossings.begin(), crossings.end(), [](const Crossing &a, const Crossing &b) {
            // A total order, so that every standard library sorts alike.
            return std::tie(a.bearing, a.radial, a.side) < std::tie(b.bearing, b.radial, b.side);
        });

        // With fewer ring stations than crossings, spread the transfers evenly round the ring.
        const std::size_t wanted = std::min<std::size_t>(crossings.size(), m_ringStations);
        for (std::size_t i = 0; i < wanted; ++i) {
            const Crossing &c = crossings[i * crossings.size() / wanted];
            RadialPlan &plan = m_radials[c.radial];
            std::vector<double> &stops = plan.stops;
            const auto nearest =
                std::min_element(stops.begin(), stops.end(), [&](double a, double b) {
                    return std::abs(a - c.s) < std::abs(b - c.s);
                });
            const int j = static_cast<int>(nearest - stops.begin());
            // Never move the central square's stop or a stop already on the ring, and keep the
            // stops in order.
            if (j == plan.hubStop || plan.ringStop[0] == j || plan.ringStop[1] == j)
                continue;
            if ((j > 0 && stops[j - 1] >= c.s) ||
                (j + 1 < static_cast<int>(stops.size()) && stops[j + 1] <= c.s))
                continue;
            stops[j] = c.s;
            plan.ringStop[c.side] = j;
            plan.ringXY[c.side] = {plan.origin.xMetres + c.s * plan.direction.xMetres,
                                   plan.origin.yMetres + c.s * plan.direction.yMetres};
        }
    }

    void layOutRing()
    {
        if (m_ringStations == 0)
            return;
        struct RingStop {
            double bearing;
            int partner; // the radial station it transfers to, or -1
        };
        std::vector<RingStop> stops;
        for (const auto &[station, xy] : m_ringCrossings)
            stops.push_back({bearingDegrees({0.0, 0.0}, xy), static_cast<int>(station)});
        std::sort(stops.begin(), stops.end(), [](const RingStop &a, const RingStop &b) {
            return std::tie(a.bearing, a.partner) < std::tie(b.bearing, b.partner);
        });

        // The other ring stations go into the gaps, each gap getting stations in proportion to
        // its length (largest remaining gap per station first).
        const int extra = m_ringStations - static_cast<int>(stops.size());
        std::vector<RingStop> ring;
        if (stops.empty()) {
            for (int i = 0; i < extra; ++i)
                ring.push_back({i * 360.0 / extra, -1});
        } else {
            const std::size_t gaps = stops.size();
            std::vector<double> gapDegrees(gaps);
            for (std::size_t i = 0; i < gaps; ++i) {
                double next = stops[(i + 1) % gaps].bearing;
                if (next <= stops[i].bearing)
                    next += 360.0;
                gapDegrees[i] = next - stops[i].bearing;
            }
            std::vector<int> inGap(gaps, 0);
            for (int e = 0; e < extra; ++e) {
                std::size_t best = 0;
                for (std::size_t i = 1; i < gaps; ++i)
                    if (gapDegrees[i] / (inGap[i] + 1) > gapDegrees[best] / (inGap[best] + 1))
                        best = i;
                ++inGap[best];
            }
            for (std::size_t i = 0; i < gaps; ++i) {
                ring.push_back(stops[i]);
                for (int k = 1; k <= inGap[i]; ++k)
                    ring.push_back({stops[i].bearing + gapDegrees[i] * k / (inGap[i] + 1), -1});
            }
        }

        const LineId line = addLine(ringName(), QString::number(m_radials.size() + 1), true);
        for (const RingStop &stop : ring) {
            LocalXY xy;
            if (stop.partner >= 0) {
                const double offsetBearing = m_random.uniform(0.0, 360.0);
                xy = moved(m_stationXY[stop.partner], offsetBearing, m_random.uniform(25.0, 55.0));
            } else {
                xy = moved({0.0, 0.0}, stop.bearing,
                           m_ringRadiusMetres + m_random.uniform(-150.0, 150.0));
            }
            const StationId id = addStation(line, xy, stop.bearing + 90.0);
            if (stop.partner >= 0)
                m_explicitPairs.emplace_back(stop.partner, static_cast<int>(indexOf(id)));
        }
    }

    // Transfer complexes: the central squares, the ring crossings, and any other stations of
    // different lines that happen to lie within kComplexRadiusMetres of each other.
    void formComplexes()
    {
        Network &n = m_dataset.network;
        const std::size_t count = n.stations.size();
        ComplexGroups groups(n.stations);
        for (const std::vector<StationId> &square : m_squareStations)
            for (std::size_t i = 1; i < square.size(); ++i)
                groups.join(static_cast<int>(indexOf(square[0])),
                            static_cast<int>(indexOf(square[i])));
        for (const auto &[a, b] : m_explicitPairs)
            groups.join(a, b);

        // Sweep in x order so that only stations within the radius in x are compared.
        std::vector<int> byX(count);
        std::iota(byX.begin(), byX.end(), 0);
        std::sort(byX.begin(), byX.end(), [&](int a, int b) {
            return m_stationXY[a].xMetres < m_stationXY[b].xMetres ||
                   (m_stationXY[a].xMetres == m_stationXY[b].xMetres && a < b);
        });
        for (std::size_t i = 0; i < count; ++i) {
            const int a = byX[i];
            for (std::size_t j = i + 1; j < count; ++j) {
                const int b = byX[j];
                if (m_stationXY[b].xMetres - m_stationXY[a].xMetres > kComplexRadiusMetres)
                    break;
                if (distanceMetres(m_stationXY[a], m_stationXY[b]) <= kComplexRadiusMetres)
                    groups.join(a, b);
            }
        }

        std::vector<int> complexOfRoot(count, -1);
        for (std::size_t i = 0; i < count; ++i) {
            const int root = groups.find(static_cast<int>(i));
            if (groups.size(root) < 2)
                continue;
            if (complexOfRoot[root] < 0) {
                complexOfRoot[root] = static_cast<int>(n.complexes.size());
                StationComplex c;
                c.id = static_cast<ComplexId>(n.complexes.size());
                n.complexes.push_back(std::move(c));
            }
            StationComplex &c = n.complexes[complexOfRoot[root]];
            c.stations.push_back(static_cast<StationId>(i));
            n.stations[i].complex = c.id;
        }
    }

    static LocalizedName threeLanguages(const QString &en, const QString &ru, const QString &uk)
    {
        LocalizedName name;
        name.native = ru;
        name.byLanguage.insert(QStringLiteral("en"), en);
        name.byLanguage.insert(QStringLiteral("ru"), ru);
        name.byLanguage.insert(QStringLiteral("uk"), uk);
        return name;
    }

    static LocalizedName lineName(int number)
    {
        const QString n = QString::number(number);
        return threeLanguages(QStringLiteral("Line ") + n, QString::fromUtf8("Линия ") + n,
                              QString::fromUtf8("Лінія ") + n);
    }

    static LocalizedName ringName()
    {
        return threeLanguages(QStringLiteral("Ring Line"), QString::fromUtf8("Кольцевая линия"),
                              QString::fromUtf8("Кільцева лінія"));
    }

    // "Station 17" in three languages; the stations of a complex share their first station's
    // name, as most real transfer stations do.
    void nameStations()
    {
        Network &n = m_dataset.network;
        for (Station &s : n.stations) {
            StationId named = s.id;
            if (isSet(s.complex))
                named = n.complexes[indexOf(s.complex)].stations.front();
            const QString number = QString::number(indexOf(named) + 1);
            s.name = threeLanguages(QStringLiteral("Station ") + number,
                                    QString::fromUtf8("Станция ") + number,
                                    QString::fromUtf8("Станція ") + number);
        }
        for (StationComplex &c : n.complexes)
            c.name = n.stations[indexOf(c.stations.front())].name;
    }

    // ---- entrances and zones ---------------------------------------------------------------

    void fitOutStations()
    {
        Network &n = m_dataset.network;
        n.entrances.reserve(n.stations.size() * 2);
        n.zones.reserve(n.stations.size() * kZoneKindCount);
        m_zoneFr.reserve(n.stations.size());
        for (Station &s : n.stations) {
            const std::size_t index = indexOf(s.id);
            for (int k = 0; k < 2; ++k) {
                // One vestibule at each end of the platform.
                const double bearing =
                    m_trackBearing[index] + 180.0 * k + m_random.uniform(-30.0, 30.0);
                const LocalXY xy =
                    moved(m_stationXY[index], bearing, m_random.uniform(40.0, 150.0));
                Entrance e;
                e.id = static_cast<EntranceId>(n.entrances.size());
                e.station = s.id;
                e.position = latLon(xy);
                e.ref = QString::number(k + 1);
                s.entrances.push_back(e.id);
                n.entrances.push_back(std::move(e));
                m_entranceXY.push_back(xy);
            }

            // Most stations have FR turnstiles, as every Moscow station has since 2020.
            const bool inComplex = isSet(s.complex);
            const FrStatus turnstiles = pickFr({0.03, 0.95, 0.0, 0.02});
            const bool frStation = turnstiles == FrStatus::Confirmed;
            std::array<FrStatus, kZoneKindCount> fr{};
            fr[int(ZoneKind::EntranceHall)] =
                frStation ? pickFr({0.2, 0.35, 0.45, 0.0}) : FrStatus::Unknown;
            fr[int(ZoneKind::Turnstiles)] = turnstiles;
            fr[int(ZoneKind::Escalator)] =
                frStation ? pickFr({0.6, 0.0, 0.4, 0.0}) : FrStatus::Unknown;
            fr[int(ZoneKind::Platform)] =
                frStation ? pickFr({0.4, 0.1, 0.5, 0.0}) : FrStatus::Unknown;
            fr[int(ZoneKind::TransferCorridor)] =
                inComplex ? pickFr({0.5, 0.0, 0.5, 0.0}) : FrStatus::None;
            fr[int(ZoneKind::Train)] = pickFr({0.8, 0.0, 0.2, 0.0});
            m_zoneFr.push_back(fr);

            constexpr std::array<double, kZoneKindCount> kCountKnown = {0.8, 0.85, 0.75,
                                                                        0.8, 0.7,  0.3};
            constexpr std::array<int, kZoneKindCount> kTypicalCount = {4, 6, 3, 6, 3, 2};
            // Station-wide reports, as most published counts are: the planner shares the
            // halls', turnstiles' and escalators' out among the two entrances.
            for (int kind = 0; kind < kZoneKindCount; ++kind) {
                Zone z;
                z.id = static_cast<ZoneId>(n.zones.size());
                z.station = s.id;
                z.kind = static_cast<ZoneKind>(kind);
                z.frStatus = fr[kind];
                if (z.kind == ZoneKind::TransferCorridor && !inComplex)
                    z.reportedCameras = 0;
                else if (m_random.chance(kCountKnown[kind]))
                    z.reportedCameras = m_random.uniformInt(1, 2 * kTypicalCount[kind]);
                s.zones.push_back(z.id);
                n.zones.push_back(z);
            }
        }
    }

    FrStatus pickFr(const std::array<double, 4> &weights)
    {
        return drawFrStatus(m_random, weights);
    }

    // ---- links -----------------------------------------------------------------------------

    void addLinks() { addMetroLinks(m_dataset.network, m_stationXY, m_entranceXY, m_random); }

    // ---- cameras ---------------------------------------------------------------------------

    void addCameras()
    {
        const Network &n = m_dataset.network;
        const int stations = static_cast<int>(n.stations.size());
        const int inStation =
            stations > 0 ? static_cast<int>(std::lround(m_cameraCount * kInStationCameraShare)) : 0;
        m_dataset.cameras.reserve(static_cast<std::size_t>(m_cameraCount));
        for (int i = 0; i < inStation; ++i)
            addStationCamera(m_random.uniformInt(0, stations - 1));

        const int entrances = static_cast<int>(n.entrances.size());
        const double edge = m_halfSideMetres;
        while (static_cast<int>(m_dataset.cameras.size()) < m_cameraCount) {
            if (entrances > 0 && m_random.chance(kNearEntranceShareOfStreet)) {
                const LocalXY entrance = m_entranceXY[m_random.uniformInt(0, entrances - 1)];
                const double bearing = m_random.uniform(0.0, 360.0);
                const LocalXY xy = moved(entrance, bearing, m_random.uniform(8.0, 35.0));
                addStreetCamera(xy, bearingDegrees(xy, entrance), kEntranceStreetFr);
                continue;
            }
            // Denser in the centre: most cameras around it, the rest spread over the city.
            LocalXY xy;
            if (m_random.chance(0.6)) {
                do {
                    const double x = m_random.normal(0.0, 0.3 * edge);
                    xy = {x, m_random.normal(0.0, 0.3 * edge)};
                } while (std::abs(xy.xMetres) > edge || std::abs(xy.yMetres) > edge);
            } else {
                const double x = m_random.uniform(-edge, edge);
                xy = {x, m_random.uniform(-edge, edge)};
            }
            addStreetCamera(xy, m_random.uniform(0.0, 360.0), kStreetFr);
        }
    }

    Camera &addCamera(LocalXY xy, CameraKind kind, FrStatus fr)
    {
        Camera c;
        c.id = static_cast<CameraId>(m_dataset.cameras.size());
        c.position = latLon(xy);
        c.kind = kind;
        c.frStatus = fr;
        Sighting s;
        s.source = SourceId{0};
        s.observed = QDate(2024, 1, 1).addDays(m_random.uniformInt(0, 729));
        s.observers = 1 + m_random.weightedIndex(std::array{0.6, 0.3, 0.1});
        c.sightings.push_back(s);
        m_dataset.cameras.push_back(std::move(c));
        return m_dataset.cameras.back();
    }

    void addStationCamera(int station)
    {
        const Station &s = m_dataset.network.stations[station];
        const LocalXY stationXY = m_stationXY[station];
        const double track = m_trackBearing[station];
        const bool inComplex = isSet(s.complex);
        auto zone = static_cast<ZoneKind>(
            m_random.weightedIndex(std::array{0.25, 0.3, 0.15, 0.25, 0.05, 0.0}));
        if (zone == ZoneKind::TransferCorridor && !inComplex)
            zone = ZoneKind::Platform;
        if (zone == ZoneKind::Turnstiles && m_zoneFr[station][int(zone)] == FrStatus::None)
            zone = ZoneKind::EntranceHall; // old turnstiles without cameras
        const FrStatus fr = m_zoneFr[station][int(zone)];
        const LocalXY entrance =
            m_entranceXY[indexOf(s.entrances[static_cast<std::size_t>(m_random.uniformInt(0, 1))])];
        const double inward = bearingDegrees(entrance, stationXY);

        Camera *c = nullptr;
        switch (zone) {
        case ZoneKind::Turnstiles: {
            const LocalXY xy = between(entrance, stationXY, m_random.uniform(0.1, 0.2));
            c = &addCamera(xy, CameraKind::Turnstile, fr);
            c->headingDegrees = roundedBearing(inward + 180.0);
            c->fovDegrees = std::round(m_random.uniform(60.0, 80.0));
            c->heightMetres = roundTo(m_random.uniform(1.4, 1.6), 0.1);
            break;
        }
        case ZoneKind::EntranceHall: {
            const LocalXY xy = between(entrance, stationXY, m_random.uniform(0.03, 0.1));
            c = &addCamera(xy, CameraKind::Dome, fr);
            c->heightMetres = roundTo(m_random.uniform(2.8, 3.6), 0.1);
            break;
        }
        case ZoneKind::Escalator: {
            const LocalXY xy = between(entrance, stationXY, m_random.uniform(0.35, 0.6));
            c = &addCamera(xy, CameraKind::Fixed, fr);
            c->headingDegrees = roundedBearing(inward + 180.0);
            c->fovDegrees = std::round(m_random.uniform(50.0, 70.0));
            c->heightMetres = roundTo(m_random.uniform(3.0, 4.0), 0.1);
            break;
        }
        case ZoneKind::Platform:
        case ZoneKind::Train: {
            const LocalXY xy = moved(stationXY, track, m_random.uniform(-80.0, 80.0));
            const bool dome = m_random.chance(0.5);
            c = &addCamera(xy, dome ? CameraKind::Dome : CameraKind::Fixed, fr);
            if (!dome) {
                c->headingDegrees = roundedBearing(track + (m_random.chance(0.5) ? 0.0 : 180.0));
                c->fovDegrees = std::round(m_random.uniform(70.0, 100.0));
            }
            c->heightMetres = roundTo(m_random.uniform(3.0, 4.0), 0.1);
            zone = ZoneKind::Platform;
            break;
        }
        case ZoneKind::TransferCorridor: {
            const double bearing = m_random.uniform(0.0, 360.0);
            const LocalXY xy = moved(stationXY, bearing, m_random.uniform(10.0, 40.0));
            c = &addCamera(xy, CameraKind::Fixed, fr);
            c->headingDegrees = roundedBearing(bearing);
            c->fovDegrees = std::round(m_random.uniform(60.0, 90.0));
            c->heightMetres = roundTo(m_random.uniform(2.8, 3.5), 0.1);
            break;
        }
        }
        c->anchorStation = s.id;
        c->anchorZone = zone;
        c->mount = c->kind == CameraKind::Turnstile ? CameraMount::Other : CameraMount::Ceiling;
    }

    void addStreetCamera(LocalXY xy, double aim, const std::array<double, 4> &frWeights)
    {
        const auto kind = static_cast<CameraKind>(m_random.weightedIndex(kStreetKindWeights));
        Camera &c = addCamera(xy, kind, pickFr(frWeights));
        c.mount = static_cast<CameraMount>(m_random.weightedIndex(streetMountWeights(kind)));
        const StreetCameraLook look = streetCameraLook(kind);
        const bool aimed = m_random.chance(look.aimKnownChance);
        if (aimed) {
            c.headingDegrees = roundedBearing(aim + m_random.uniform(-15.0, 15.0));
            c.fovDegrees = std::round(m_random.uniform(look.fovLow, look.fovHigh));
        }
        if (kind != CameraKind::Unknown || m_random.chance(0.6))
            c.heightMetres = roundTo(m_random.uniform(look.heightLow, look.heightHigh), 0.1);
    }

    // ---- survey areas ----------------------------------------------------------------------

    // The centre and two districts, so that benchmarks exercise both sides of the
    // surveyed/unsurveyed boundary of the density model.
    void addSurveyAreas()
    {
        struct Spec {
            const char *name;
            double bearing;
            double distanceShare; // of the half side
            double radiusShare;
            int vertices;
        };
        constexpr Spec kAreas[] = {{"Centre", 0.0, 0.0, 0.25, 8},
                                   {"North-east", 45.0, 0.55, 0.15, 6},
                                   {"South-west", 225.0, 0.5, 0.12, 7}};
        for (const Spec &spec : kAreas) {
            SurveyArea a;
            a.id = static_cast<SurveyAreaId>(m_dataset.surveyAreas.size());
            a.name = QString::fromUtf8(spec.name);
            const LocalXY centre =
                moved({0.0, 0.0}, spec.bearing, spec.distanceShare * m_halfSideMetres);
            for (int k = 0; k < spec.vertices; ++k) {
                const double angle =
                    (k + m_random.uniform(-0.2, 0.2)) * 2.0 * std::numbers::pi / spec.vertices;
                const double r = spec.radiusShare * m_halfSideMetres * m_random.uniform(0.8, 1.15);
                a.polygon.push_back(latLon(
                    {centre.xMetres + r * std::cos(angle), centre.yMetres + r * std::sin(angle)}));
            }
            a.surveyed = QDate(2025, 6, 1).addDays(m_random.uniformInt(0, 180));
            a.completeness = roundTo(m_random.uniform(0.6, 0.9), 0.01);
            a.source = SourceId{0};
            m_dataset.surveyAreas.push_back(std::move(a));
        }
    }

    // The walking grid: streets every m_streetBlockMetres both ways with a node every sixth of
    // a block, each moved up to 2 m (a perfectly regular grid ties every pair of paths, real
    // streets do not); lengths are the distances between the moved nodes.
    void addStreets()
    {
        if (m_streetBlockMetres <= 0.0)
            return;
        constexpr int kNodesPerBlock = 6;
        const int blocks = int(std::floor(2.0 * m_halfSideMetres / m_streetBlockMetres));
        const int steps = blocks * kNodesPerBlock; // node steps along one street
        const double step = m_streetBlockMetres / kNodesPerBlock;
        StreetNetwork &streets = m_dataset.streets;
        // Node (i, j) on the fine lattice exists where i or j falls on a street.
        std::vector<std::uint32_t> index(std::size_t(steps + 1) * std::size_t(steps + 1),
                                         std::numeric_limits<std::uint32_t>::max());
        auto nodeAt = [&](int i, int j) {
            std::uint32_t &n = index[std::size_t(j) * std::size_t(steps + 1) + std::size_t(i)];
            if (n == std::numeric_limits<std::uint32_t>::max()) {
                n = std::uint32_t(streets.nodes.size());
                const LocalXY xy{-m_halfSideMetres + i * step + m_random.uniform(-2.0, 2.0),
                                 -m_halfSideMetres + j * step + m_random.uniform(-2.0, 2.0)};
                streets.nodes.push_back(latLon(xy));
            }
            return StreetNodeId{n};
        };
        auto link = [&](StreetNodeId a, StreetNodeId b, StreetWayId way) {
            streets.edges.push_back(
                {a, b, haversineMetres(streets.nodes[indexOf(a)], streets.nodes[indexOf(b)]),
                 way});
        };
        // Fictional names, numbered like the lines of a grid town: "3-я Поперечная улица"
        // (Cross Street 3) west to east, "3-я Продольная улица" (Long Street 3) south to north.
        auto addWay = [&](const char *ru, const char *en, const char *uk, int number) {
            StreetWay way;
            way.name.native = QString::fromUtf8(ru).arg(number);
            way.name.byLanguage.insert(QStringLiteral("ru"), way.name.native);
            way.name.byLanguage.insert(QStringLiteral("en"), QString::fromUtf8(en).arg(number));
            way.name.byLanguage.insert(QStringLiteral("uk"), QString::fromUtf8(uk).arg(number));
            // Every tenth street a main road, every fifth a secondary one: the base map draws
            // them from further out.
            way.streetClass = number % 10 == 1  ? StreetClass::Primary
                              : number % 5 == 1 ? StreetClass::Secondary
                                                : StreetClass::Residential;
            streets.ways.push_back(std::move(way));
            return StreetWayId{std::uint32_t(streets.ways.size() - 1)};
        };
        for (int line = 0; line <= blocks; ++line) {
            const int fixed = line * kNodesPerBlock;
            const StreetWayId across = addWay("%1-я Поперечная улица", "Cross Street %1",
                                              "%1-а Поперечна вулиця", line + 1);
            const StreetWayId along = addWay("%1-я Продольная улица", "Long Street %1",
                                             "%1-а Поздовжня вулиця", line + 1);
            // Each street's edges one after another, as an import lists a way's.
            for (int k = 0; k < steps; ++k)
                link(nodeAt(k, fixed), nodeAt(k + 1, fixed), across); // west to east
            for (int k = 0; k < steps; ++k)
                link(nodeAt(fixed, k), nodeAt(fixed, k + 1), along); // south to north
        }
    }

    // With the walking grid, a base map as a real city's extract gives one: two buildings in
    // every block (320,000 on the default city), a park in one block of 41, a river 200 m wide
    // meandering west to east, six railways through the centre and a district name every 5 km.
    void addBaseMap()
    {
        if (m_streetBlockMetres <= 0.0)
            return;
        BaseMap &map = m_dataset.baseMap;
        const double half = m_halfSideMetres;
        const auto at = [this](double x, double y) { return BasePoint::of(latLon({x, y})); };
        const auto riverY = [half](double x) { return 0.22 * half * std::sin(x / 6000.0); };
        constexpr double kRiverHalfWidth = 100.0;
        std::vector<BasePoint> north, south;
        for (double x = -half; x <= half; x += 100.0) {
            north.push_back(at(x, riverY(x) + kRiverHalfWidth));
            south.push_back(at(x, riverY(x) - kRiverHalfWidth));
        }
        std::vector<BasePoint> river(south.begin(), south.end());
        river.insert(river.end(), north.rbegin(), north.rend());
        addBaseFeature(map, BaseMapKind::Water, {river});

        const double block = m_streetBlockMetres;
        const int blocks = int(std::floor(2.0 * half / block));
        constexpr double kSetBack = 10.0; // from the street to the buildings
        for (int bi = 0; bi < blocks; ++bi) {
            for (int bj = 0; bj < blocks; ++bj) {
                const double x0 = -half + bi * block, y0 = -half + bj * block;
                const double cx = x0 + block / 2, cy = y0 + block / 2;
                if (std::abs(cy - riverY(cx)) < kRiverHalfWidth + block / 2)
                    continue; // on the river or its bank
                const double inset = std::min(kSetBack, block / 4);
                const double x1 = x0 + block - inset, y1 = y0 + block - inset;
                const double xa = x0 + inset, ya = y0 + inset;
                if ((bi * 7 + bj * 13) % 41 == 0) {
                    addBaseFeature(map, BaseMapKind::Green,
                                   {{at(xa, ya), at(x1, ya), at(x1, y1), at(xa, y1)}});
                    continue;
                }
                const double mid = (xa + x1) / 2, gap = std::min(3.0, block / 20);
                addBaseFeature(map, BaseMapKind::Building,
                               {{at(xa, ya), at(mid - gap, ya), at(mid - gap, y1), at(xa, y1)}});
                addBaseFeature(map, BaseMapKind::Building,
                               {{at(mid + gap, ya), at(x1, ya), at(x1, y1), at(mid + gap, y1)}});
                // Each building an address on the cross street south of its block, numbered
                // west to east, odd and even: about 320,000, as many as Moscow's buildings.
                for (int side = 0; side < 2; ++side) {
                    NamedPlace address;
                    address.street = QStringLiteral("%1-я Поперечная улица").arg(bj + 1);
                    address.houseNumber = QString::number(2 * bi + side + 1);
                    address.position = latLon({side == 0 ? (xa + mid) / 2 : (mid + x1) / 2, ya});
                    m_dataset.places.push_back(std::move(address));
                }
            }
        }
        for (int k = 0; k < 6; ++k) {
            const double angle = k * std::numbers::pi / 6 + 0.2;
            std::vector<BasePoint> line;
            for (double r = -half; r <= half; r += 500.0)
                line.push_back(at(r * std::cos(angle), r * std::sin(angle)));
            addBaseFeature(map, BaseMapKind::Rail, {line});
        }
        int district = 0;
        for (double y = -half + 2500; y < half; y += 5000)
            for (double x = -half + 2500; x < half; x += 5000) {
                NamedPlace place;
                place.kind = NamedPlace::Kind::Locality;
                ++district;
                place.name.native = QStringLiteral("Район %1").arg(district);
                place.name.byLanguage.insert(QStringLiteral("en"),
                                             QStringLiteral("District %1").arg(district));
                place.name.byLanguage.insert(QStringLiteral("uk"),
                                             QStringLiteral("Район %1").arg(district));
                place.position = latLon({x, y});
                m_dataset.places.push_back(std::move(place));
            }
    }

    struct RadialPlan {
        LocalXY origin;
        LocalXY direction;
        double bearing = 0.0;
        std::vector<double> stops; ///< Metres along the line from its square, in travel order.
        int hubStop = 0;           ///< Index of the stop at the central square.
        int square = 0;
        std::array<int, 2> ringStop{-1, -1}; ///< Stops moved onto the ring: back, front.
        std::array<LocalXY, 2> ringXY{};
    };

    Random m_random;
    std::uint64_t m_seed;
    int m_cameraCount;
    int m_stationCount;
    double m_halfSideMetres = 0.0;
    double m_ringRadiusMetres = 0.0;
    double m_streetBlockMetres = 0.0;
    LocalProjection m_projection{kCentre};
    Dataset m_dataset;

    int m_ringStations = 0;
    std::vector<int> m_radialStations;
    std::vector<RadialPlan> m_radials;
    std::vector<std::vector<StationId>> m_squareStations;
    std::vector<std::pair<std::uint32_t, LocalXY>> m_ringCrossings; ///< Radial station, ring point.
    std::vector<std::pair<int, int>> m_explicitPairs;               ///< Radial and ring station.

    // Layout in the local metric frame, indexed like the dataset's vectors.
    std::vector<LocalXY> m_stationXY;
    std::vector<double> m_trackBearing;
    std::vector<LocalXY> m_entranceXY;
    std::vector<std::array<FrStatus, kZoneKindCount>> m_zoneFr;
};

} // namespace

Dataset makeSyntheticCity(const SyntheticCityOptions &options)
{
    return SyntheticCityBuilder(options).build();
}

} // namespace blindspot
