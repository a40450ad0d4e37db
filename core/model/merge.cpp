#include "core/model/merge.h"

#include "core/geo/local_projection.h"
#include "core/geo/spatial_index.h"
#include "core/model/fr_status_risk.h"
#include "core/model/localized_name.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <set>
#include <tuple>

namespace blindspot {

namespace {

// A transfer link made when a new line's station joins a same-named station: walked at the
// usual 1.3 m/s, never under a minute (stairs and corridors), until someone measures it.
constexpr double kWalkSpeedMps = 1.3;
constexpr double kMinTransferSeconds = 60.0;

// Machine names of values, as AttributeConflict and the exporters spell them.
QString frText(FrStatus s)
{
    switch (s) {
    case FrStatus::Confirmed:
        return QStringLiteral("confirmed");
    case FrStatus::Suspected:
        return QStringLiteral("suspected");
    case FrStatus::None:
        return QStringLiteral("none");
    case FrStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString kindText(CameraKind k)
{
    switch (k) {
    case CameraKind::Fixed:
        return QStringLiteral("fixed");
    case CameraKind::Dome:
        return QStringLiteral("dome");
    case CameraKind::Ptz:
        return QStringLiteral("ptz");
    case CameraKind::Turnstile:
        return QStringLiteral("turnstile");
    case CameraKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString mountText(CameraMount m)
{
    switch (m) {
    case CameraMount::Wall:
        return QStringLiteral("wall");
    case CameraMount::Pole:
        return QStringLiteral("pole");
    case CameraMount::Ceiling:
        return QStringLiteral("ceiling");
    case CameraMount::Other:
        return QStringLiteral("other");
    case CameraMount::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString numberText(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 12) : QString();
}

QStringList foldedSpellings(const LocalizedName &name)
{
    QStringList out;
    for (const QString &s : name.allSpellings()) {
        const QString f = foldedForSearch(s);
        if (!f.isEmpty() && !out.contains(f))
            out << f;
    }
    return out;
}

// How an incoming camera's attributes meet a base camera's.
std::vector<AttributeChange> compareCameras(const Camera &b, const Camera &c, const MergeOptions &o)
{
    std::vector<AttributeChange> out;
    using O = AttributeOutcome;
    if (c.kind != CameraKind::Unknown && c.kind != b.kind)
        out.push_back({QStringLiteral("kind"),
                       b.kind == CameraKind::Unknown ? QString() : kindText(b.kind),
                       kindText(c.kind), b.kind == CameraKind::Unknown ? O::Filled : O::Conflict});
    if (c.headingDegrees) {
        if (!b.headingDegrees)
            out.push_back({QStringLiteral("heading"), {}, numberText(c.headingDegrees), O::Filled});
        else if (angleBetweenDegrees(*b.headingDegrees, *c.headingDegrees) >
                 o.headingToleranceDegrees)
            out.push_back({QStringLiteral("heading"), numberText(b.headingDegrees),
                           numberText(c.headingDegrees), O::Conflict});
    }
    if (c.frStatus != FrStatus::Unknown && c.frStatus != b.frStatus) {
        O outcome = O::Raised;
        if (frRiskRank(c.frStatus) < frRiskRank(b.frStatus)) {
            if (!o.sourceTrusted)
                outcome = O::Lowered;
            else
                outcome = b.frStatus == FrStatus::Unknown ? O::Filled : O::Conflict;
        }
        out.push_back(
            {QStringLiteral("fr_status"), frText(b.frStatus), frText(c.frStatus), outcome});
    }
    // Field of view, height and mount are details a second report rarely gets better than the
    // first: they fill gaps but never conflict.
    if (c.fovDegrees && !b.fovDegrees)
        out.push_back({QStringLiteral("fov"), {}, numberText(c.fovDegrees), O::Filled});
    if (c.heightMetres && !b.heightMetres)
        out.push_back({QStringLiteral("height"), {}, numberText(c.heightMetres), O::Filled});
    if (c.mount != CameraMount::Unknown && b.mount == CameraMount::Unknown)
        out.push_back({QStringLiteral("mount"), {}, mountText(c.mount), O::Filled});
    if (!c.notes.isEmpty() && !b.notes.contains(c.notes))
        out.push_back({QStringLiteral("notes"), b.notes, c.notes,
                       b.notes.isEmpty() ? O::Filled : O::Appended});
    return out;
}

bool isCompatible(const Camera &b, const Camera &c, const MergeOptions &o)
{
    if (c.kind != CameraKind::Unknown && b.kind != CameraKind::Unknown && c.kind != b.kind)
        return false;
    if (c.headingDegrees && b.headingDegrees &&
        angleBetweenDegrees(*b.headingDegrees, *c.headingDegrees) > o.headingToleranceDegrees)
        return false;
    if (c.frStatus != FrStatus::Unknown && frRiskRank(c.frStatus) < frRiskRank(b.frStatus))
        return o.sourceTrusted && b.frStatus == FrStatus::Unknown;
    return true;
}

ChangeKind cameraChangeKind(const std::vector<AttributeChange> &attributes, RejectReason &reason)
{
    bool conflict = false;
    for (const AttributeChange &a : attributes) {
        if (a.outcome == AttributeOutcome::Lowered) {
            reason = RejectReason::LowersFrStatus;
            return ChangeKind::RejectCamera;
        }
        conflict = conflict || a.outcome == AttributeOutcome::Conflict;
    }
    return conflict ? ChangeKind::ConflictCamera : ChangeKind::MergeCamera;
}

/// Where `camera`, an element of `list`, is in it: camera ids are stable, not places.
std::uint32_t placeIn(const std::vector<Camera> &list, const Camera &camera)
{
    return static_cast<std::uint32_t>(&camera - list.data());
}

class Planner {
public:
    Planner(const Dataset &base, const Dataset &incoming, const MergeOptions &options)
        : m_b(base), m_in(incoming), m_o(options)
    {
    }

    ChangeSet run()
    {
        m_set.sourceTrusted = m_o.sourceTrusted;
        m_set.mixesFictional = m_b.header.fictional != m_in.header.fictional && !isBlank(m_b);
        planSources();
        planLines();
        planStations();
        planEntrances();
        planZones();
        planCameras();
        planSurveyAreas();
        return std::move(m_set);
    }

private:
    static bool isBlank(const Dataset &d)
    {
        return d.cameras.empty() && d.network.stations.empty() && d.surveyAreas.empty() &&
               d.sources.empty();
    }

    void add(ChangeKind kind, std::uint32_t incoming, std::uint32_t base = kNoIndex,
             double distance = std::numeric_limits<double>::quiet_NaN(),
             MatchBasis basis = MatchBasis::None)
    {
        Change c;
        c.kind = kind;
        c.incoming = incoming;
        c.base = base;
        c.distanceMetres = distance;
        c.basis = basis;
        m_set.changes.push_back(std::move(c));
    }

    void planSources()
    {
        for (const Source &s : m_in.sources) {
            std::uint32_t match = kNoIndex;
            if (!s.datasetId.isEmpty())
                for (const Source &b : m_b.sources)
                    if (b.datasetId == s.datasetId && b.name == s.name) {
                        match = indexOf(b.id);
                        break;
                    }
            m_set.sourceMatches.push_back(match);
        }
    }

    void planLines()
    {
        QHash<QString, std::uint32_t> byRef, byName;
        for (const Line &l : m_b.network.lines) {
            if (!l.sourceRef.isEmpty())
                byRef.insert(l.sourceRef, indexOf(l.id));
            for (const QString &f : foldedSpellings(l.name))
                byName.insert(f, indexOf(l.id));
        }
        m_lineMatch.assign(m_in.network.lines.size(), kNoIndex);
        for (const Line &l : m_in.network.lines) {
            const std::uint32_t i = indexOf(l.id);
            if (!l.sourceRef.isEmpty() && byRef.contains(l.sourceRef)) {
                m_lineMatch[i] = byRef.value(l.sourceRef);
                add(ChangeKind::MatchLine, i, m_lineMatch[i],
                    std::numeric_limits<double>::quiet_NaN(), MatchBasis::SourceRef);
                continue;
            }
            for (const QString &f : foldedSpellings(l.name))
                if (byName.contains(f)) {
                    m_lineMatch[i] = byName.value(f);
                    break;
                }
            if (m_lineMatch[i] != kNoIndex)
                add(ChangeKind::MatchLine, i, m_lineMatch[i],
                    std::numeric_limits<double>::quiet_NaN(), MatchBasis::Name);
            else
                add(ChangeKind::AddLine, i);
        }
    }

    void planStations()
    {
        const Network &bn = m_b.network;
        QHash<QString, std::uint32_t> byRef;
        QHash<QString, std::vector<std::uint32_t>> byName;
        for (const Station &s : bn.stations) {
            if (!s.sourceRef.isEmpty())
                byRef.insert(s.sourceRef, indexOf(s.id));
            for (const QString &f : foldedSpellings(s.name))
                byName[f].push_back(indexOf(s.id));
        }
        m_stationMatch.assign(m_in.network.stations.size(), kNoIndex);
        for (const Station &s : m_in.network.stations) {
            const std::uint32_t i = indexOf(s.id);
            if (!s.sourceRef.isEmpty() && byRef.contains(s.sourceRef)) {
                const std::uint32_t b = byRef.value(s.sourceRef);
                m_stationMatch[i] = b;
                add(ChangeKind::MatchStation, i, b,
                    haversineMetres(s.position, bn.stations[b].position), MatchBasis::SourceRef);
                continue;
            }
            const std::uint32_t line =
                indexOf(s.line) < m_lineMatch.size() ? m_lineMatch[indexOf(s.line)] : kNoIndex;
            std::uint32_t sameLine = kNoIndex, otherLine = kNoIndex;
            double sameDistance = 0.0, otherDistance = 0.0;
            for (const QString &f : foldedSpellings(s.name)) {
                const auto it = byName.constFind(f);
                if (it == byName.constEnd())
                    continue;
                for (std::uint32_t b : *it) {
                    const double d = haversineMetres(s.position, bn.stations[b].position);
                    if (d > m_o.stationThresholdMetres)
                        continue;
                    const bool onLine = line != kNoIndex && indexOf(bn.stations[b].line) == line;
                    std::uint32_t &best = onLine ? sameLine : otherLine;
                    double &bestDistance = onLine ? sameDistance : otherDistance;
                    if (best == kNoIndex || d < bestDistance) {
                        best = b;
                        bestDistance = d;
                    }
                }
            }
            if (sameLine != kNoIndex) {
                m_stationMatch[i] = sameLine;
                add(ChangeKind::MatchStation, i, sameLine, sameDistance, MatchBasis::Name);
            } else if (otherLine != kNoIndex) {
                add(ChangeKind::AddStation, i, otherLine, otherDistance, MatchBasis::Name);
            } else {
                add(ChangeKind::AddStation, i);
            }
        }
    }

    void planEntrances()
    {
        const Network &bn = m_b.network;
        for (const Entrance &e : m_in.network.entrances) {
            const std::uint32_t i = indexOf(e.id);
            const std::uint32_t station = m_stationMatch[indexOf(e.station)];
            if (station == kNoIndex) {
                add(ChangeKind::AddEntrance, i);
                continue;
            }
            std::uint32_t match = kNoIndex;
            MatchBasis basis = MatchBasis::None;
            double best = m_o.entranceThresholdMetres;
            for (EntranceId id : bn.stations[station].entrances) {
                const Entrance &b = bn.entrance(id);
                const double d = haversineMetres(e.position, b.position);
                if (!e.sourceRef.isEmpty() && e.sourceRef == b.sourceRef) {
                    match = indexOf(id);
                    basis = MatchBasis::SourceRef;
                    break;
                }
                if (!e.ref.isEmpty() && e.ref == b.ref && basis != MatchBasis::Ref) {
                    match = indexOf(id);
                    basis = MatchBasis::Ref;
                } else if (basis != MatchBasis::Ref && d <= best) {
                    match = indexOf(id);
                    basis = MatchBasis::Position;
                    best = d;
                }
            }
            if (match == kNoIndex)
                add(ChangeKind::AddEntrance, i);
            else
                add(ChangeKind::MatchEntrance, i, match,
                    haversineMetres(e.position, bn.entrances[match].position), basis);
        }
    }

    void planZones()
    {
        const Network &bn = m_b.network;
        for (const Zone &z : m_in.network.zones) {
            const std::uint32_t i = indexOf(z.id);
            const std::uint32_t station = m_stationMatch[indexOf(z.station)];
            std::uint32_t match = kNoIndex;
            if (station != kNoIndex)
                for (ZoneId id : bn.stations[station].zones)
                    if (bn.zone(id).kind == z.kind) {
                        match = indexOf(id);
                        break;
                    }
            if (match == kNoIndex)
                add(ChangeKind::AddZone, i);
            else
                add(ChangeKind::MatchZone, i, match, 0.0, MatchBasis::Kind);
        }
    }

    void planCameras()
    {
        const auto &bc = m_b.cameras;
        const auto &ic = m_in.cameras;
        struct Pair {
            bool incompatible;
            double distance;
            std::uint32_t incoming;
            std::uint32_t base;
            MatchBasis basis;
        };
        std::vector<Pair> pairs;

        // Positioned cameras: a grid over the base's cameras on one tangent plane.
        GeoBox box;
        double maxAbsLat = 0.0;
        for (const auto *cameras : {&bc, &ic})
            for (const Camera &c : *cameras)
                if (c.position.isValid()) {
                    box.extend(c.position);
                    maxAbsLat = std::max(maxAbsLat, std::abs(c.position.lat));
                }
        std::vector<std::uint32_t> positioned;
        std::vector<LocalXY> xy;
        if (box.isValid()) {
            const LocalProjection projection(box.centre());
            for (const Camera &c : bc)
                if (c.position.isValid()) {
                    positioned.push_back(placeIn(bc, c));
                    xy.push_back(projection.toLocal(c.position));
                }
            // The plane's east-west scale is right at the centre's latitude only; towards the
            // pole it shrinks distances, so the search widens by that factor and haversine has
            // the last word.
            const double degToRad = std::numbers::pi / 180.0;
            const double stretch = std::cos(box.centre().lat * degToRad) /
                                   std::max(0.01, std::cos(std::min(89.0, maxAbsLat) * degToRad));
            const double radius = m_o.cameraThresholdMetres * std::max(1.0, stretch) + 1.0;
            const SpatialIndex index(xy, std::max(10.0, radius));
            for (const Camera &c : ic) {
                if (!c.position.isValid())
                    continue;
                for (std::uint32_t k :
                     index.withinOfPoint(projection.toLocal(c.position), radius)) {
                    const Camera &b = bc[positioned[k]];
                    const double d = haversineMetres(b.position, c.position);
                    if (d <= m_o.cameraThresholdMetres)
                        pairs.push_back({!isCompatible(b, c, m_o), d, placeIn(ic, c),
                                         placeIn(bc, b), MatchBasis::Position});
                }
            }
        }
        // Cameras placed only by station and zone pair up by those.
        QHash<std::pair<std::uint32_t, int>, std::vector<std::uint32_t>> anchored;
        for (const Camera &b : bc)
            if (!b.position.isValid() && isSet(b.anchorStation))
                anchored[{indexOf(b.anchorStation), b.anchorZone ? int(*b.anchorZone) : -1}]
                    .push_back(placeIn(bc, b));
        for (const Camera &c : ic) {
            if (c.position.isValid() || !isSet(c.anchorStation))
                continue;
            const std::uint32_t station = m_stationMatch[indexOf(c.anchorStation)];
            if (station == kNoIndex)
                continue;
            const auto it = anchored.constFind({station, c.anchorZone ? int(*c.anchorZone) : -1});
            if (it != anchored.constEnd())
                for (std::uint32_t b : *it)
                    pairs.push_back(
                        {!isCompatible(bc[b], c, m_o), 0.0, placeIn(ic, c), b, MatchBasis::Anchor});
        }

        // One to one, compatible pairs first, then the closest.
        std::sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) {
            return std::tie(a.incompatible, a.distance, a.incoming, a.base) <
                   std::tie(b.incompatible, b.distance, b.incoming, b.base);
        });
        std::vector<const Pair *> matchOf(ic.size(), nullptr);
        std::vector<bool> baseTaken(bc.size(), false);
        for (const Pair &p : pairs)
            if (!matchOf[p.incoming] && !baseTaken[p.base]) {
                matchOf[p.incoming] = &p;
                baseTaken[p.base] = true;
            }
        for (const Camera &c : ic) {
            const std::uint32_t i = placeIn(ic, c);
            const Pair *p = matchOf[i];
            if (!p) {
                add(ChangeKind::AddCamera, i);
                continue;
            }
            Change change;
            change.incoming = i;
            change.base = p->base;
            change.distanceMetres = p->distance;
            change.basis = p->basis;
            change.attributes = compareCameras(bc[p->base], c, m_o);
            change.kind = cameraChangeKind(change.attributes, change.reason);
            m_set.changes.push_back(std::move(change));
        }
    }

    void planSurveyAreas()
    {
        for (const SurveyArea &a : m_in.surveyAreas) {
            const auto same = std::find_if(
                m_b.surveyAreas.begin(), m_b.surveyAreas.end(), [&](const SurveyArea &b) {
                    return b.polygon == a.polygon && b.surveyed == a.surveyed;
                });
            if (same != m_b.surveyAreas.end())
                add(ChangeKind::MatchSurveyArea, indexOf(a.id), indexOf(same->id), 0.0,
                    MatchBasis::Identical);
            else
                add(ChangeKind::AddSurveyArea, indexOf(a.id));
        }
    }

    const Dataset &m_b;
    const Dataset &m_in;
    const MergeOptions &m_o;
    ChangeSet m_set;
    std::vector<std::uint32_t> m_lineMatch;
    std::vector<std::uint32_t> m_stationMatch;
};

void fillNames(LocalizedName &into, const LocalizedName &from)
{
    if (into.native.isEmpty())
        into.native = from.native;
    for (auto it = from.byLanguage.cbegin(); it != from.byLanguage.cend(); ++it)
        if (!into.byLanguage.contains(it.key()))
            into.byLanguage.insert(it.key(), it.value());
}

class Applier {
public:
    /// `spent`, when given, is `incoming` itself, which the caller no longer needs: its street
    /// network, places and base map are moved into an empty base instead of copied.
    Applier(Dataset base, const Dataset &incoming, const ChangeSet &set,
            const std::vector<bool> &accepted, Dataset *spent = nullptr)
        : m_r(std::move(base)), m_in(incoming), m_spent(spent), m_set(set), m_accepted(accepted)
    {
        const Network &n = incoming.network;
        m_line.assign(n.lines.size(), kNoIndex);
        m_station.assign(n.stations.size(), kNoIndex);
        m_entrance.assign(n.entrances.size(), kNoIndex);
        m_zone.assign(n.zones.size(), kNoIndex);
        m_camera.assign(incoming.cameras.size(), kNoIndex);
        m_source.assign(incoming.sources.size(), kNoIndex);
        m_addedStation.assign(n.stations.size(), false);
    }

    Dataset run()
    {
        const bool blankBase = m_r.cameras.empty() && m_r.network.stations.empty() &&
                               m_r.sources.empty() && m_r.surveyAreas.empty() &&
                               m_r.header.id.isEmpty();
        // Into nothing, the incoming cameras keep their stable ids: a pack imported on its own
        // names its cameras as before.
        m_keepCameraIds = blankBase && m_r.nextCameraId == 0;
        if (m_keepCameraIds)
            m_r.nextCameraId = m_in.nextCameraId;
        for (std::size_t i = 0; i < m_set.changes.size(); ++i)
            if (i < m_accepted.size() && m_accepted[i])
                apply(m_set.changes[i]);
        fillLineStations();
        joinComplexes();
        addLinks();
        addConflicts();
        if (blankBase)
            m_r.header = m_in.header;
        m_r.header.fictional = m_r.header.fictional || m_in.header.fictional;
        mergeStreets();
        mergePlaces();
        // The base map only draws: the incoming one is added unless it is the same.
        if (m_r.baseMap.isEmpty() && m_spent)
            m_r.baseMap = std::move(m_spent->baseMap);
        else if (!(m_in.baseMap == m_r.baseMap))
            appendBaseMap(m_r.baseMap, m_in.baseMap);
        if (m_r.parameterOverrides.isEmpty())
            m_r.parameterOverrides = m_in.parameterOverrides;
        return std::move(m_r);
    }

private:
    SourceId sourceFor(SourceId incoming)
    {
        const std::uint32_t i = indexOf(incoming);
        if (!isSet(incoming) || i >= m_source.size())
            return kNoId<SourceId>;
        if (m_source[i] == kNoIndex) {
            const std::uint32_t match =
                i < m_set.sourceMatches.size() ? m_set.sourceMatches[i] : kNoIndex;
            if (match != kNoIndex && match < m_r.sources.size()) {
                m_source[i] = match;
            } else {
                Source s = m_in.sources[i];
                s.id = SourceId{static_cast<std::uint32_t>(m_r.sources.size())};
                s.trusted = false;
                m_source[i] = indexOf(s.id);
                m_r.sources.push_back(std::move(s));
            }
            // Trust is the user's word about this import, never inherited from the file.
            if (m_set.sourceTrusted)
                m_r.sources[m_source[i]].trusted = true;
        }
        return SourceId{m_source[i]};
    }

    void addSightings(Camera &target, const Camera &from)
    {
        for (Sighting s : from.sightings) {
            s.source = sourceFor(s.source);
            if (!isSet(s.source))
                continue;
            // The same source twice (a file imported again) is one report, not two.
            const bool known = std::any_of(target.sightings.begin(), target.sightings.end(),
                                           [&](const Sighting &t) { return t.source == s.source; });
            if (!known)
                target.sightings.push_back(std::move(s));
        }
    }

    void apply(const Change &c)
    {
        Network &n = m_r.network;
        const Network &in = m_in.network;
        switch (c.kind) {
        case ChangeKind::AddLine: {
            Line l = in.lines[c.incoming];
            l.id = LineId{static_cast<std::uint32_t>(n.lines.size())};
            l.stations.clear(); // filled once the stations are known
            m_line[c.incoming] = indexOf(l.id);
            m_addedLines.push_back(c.incoming);
            n.lines.push_back(std::move(l));
            break;
        }
        case ChangeKind::MatchLine: {
            Line &l = n.lines[c.base];
            const Line &from = in.lines[c.incoming];
            fillNames(l.name, from.name);
            if (l.ref.isEmpty())
                l.ref = from.ref;
            if (l.colourRgb == 0)
                l.colourRgb = from.colourRgb;
            if (l.sourceRef.isEmpty())
                l.sourceRef = from.sourceRef;
            m_line[c.incoming] = c.base;
            m_matchedLines.push_back(c.incoming);
            break;
        }
        case ChangeKind::AddStation: {
            const Station &from = in.stations[c.incoming];
            const std::uint32_t line = m_line[indexOf(from.line)];
            if (line == kNoIndex)
                break;
            Station s = from;
            s.id = StationId{static_cast<std::uint32_t>(n.stations.size())};
            s.line = LineId{line};
            s.complex = kNoId<ComplexId>;
            s.entrances.clear();
            s.zones.clear();
            m_station[c.incoming] = indexOf(s.id);
            m_addedStation[c.incoming] = true;
            if (c.base != kNoIndex)
                m_joins.push_back({indexOf(s.id), c.base});
            n.stations.push_back(std::move(s));
            break;
        }
        case ChangeKind::MatchStation: {
            Station &s = n.stations[c.base];
            const Station &from = in.stations[c.incoming];
            fillNames(s.name, from.name);
            if (s.sourceRef.isEmpty())
                s.sourceRef = from.sourceRef;
            m_station[c.incoming] = c.base;
            break;
        }
        case ChangeKind::AddEntrance: {
            const Entrance &from = in.entrances[c.incoming];
            const std::uint32_t station = m_station[indexOf(from.station)];
            if (station == kNoIndex)
                break;
            Entrance e = from;
            e.id = EntranceId{static_cast<std::uint32_t>(n.entrances.size())};
            e.station = StationId{station};
            n.stations[station].entrances.push_back(e.id);
            m_entrance[c.incoming] = indexOf(e.id);
            n.entrances.push_back(std::move(e));
            break;
        }
        case ChangeKind::MatchEntrance: {
            Entrance &e = n.entrances[c.base];
            const Entrance &from = in.entrances[c.incoming];
            if (e.ref.isEmpty())
                e.ref = from.ref;
            fillNames(e.name, from.name);
            if (e.sourceRef.isEmpty())
                e.sourceRef = from.sourceRef;
            m_entrance[c.incoming] = c.base;
            break;
        }
        case ChangeKind::AddZone: {
            const Zone &from = in.zones[c.incoming];
            const std::uint32_t station = m_station[indexOf(from.station)];
            if (station == kNoIndex)
                break;
            Zone z = from;
            z.id = ZoneId{static_cast<std::uint32_t>(n.zones.size())};
            z.station = StationId{station};
            n.stations[station].zones.push_back(z.id);
            m_zone[c.incoming] = indexOf(z.id);
            n.zones.push_back(std::move(z));
            break;
        }
        case ChangeKind::MatchZone: {
            Zone &z = n.zones[c.base];
            const Zone &from = in.zones[c.incoming];
            if (!z.reportedCameras)
                z.reportedCameras = from.reportedCameras;
            // A zone has no conflict record: its FR status only ever rises in a merge.
            if (from.frStatus != FrStatus::Unknown
                && frRiskRank(from.frStatus) > frRiskRank(z.frStatus))
                z.frStatus = from.frStatus;
            m_zone[c.incoming] = c.base;
            break;
        }
        case ChangeKind::AddCamera: {
            Camera cam = m_in.cameras[c.incoming];
            if (isSet(cam.anchorStation)) {
                const std::uint32_t station = m_station[indexOf(cam.anchorStation)];
                if (station != kNoIndex) {
                    cam.anchorStation = StationId{station};
                } else if (cam.position.isValid()) {
                    cam.anchorStation = kNoId<StationId>;
                    cam.anchorZone.reset();
                } else {
                    break; // its station was not taken: nothing places it
                }
            }
            const bool keepId = m_keepCameraIds
                                && (m_r.cameras.empty()
                                    || indexOf(m_r.cameras.back().id) < indexOf(cam.id));
            if (!keepId)
                cam.id = m_r.takeCameraId();
            cam.sightings.clear();
            addSightings(cam, m_in.cameras[c.incoming]);
            m_camera[c.incoming] = static_cast<std::uint32_t>(m_r.cameras.size());
            m_r.cameras.push_back(std::move(cam));
            break;
        }
        case ChangeKind::MergeCamera:
        case ChangeKind::ConflictCamera:
        case ChangeKind::RejectCamera:
            mergeCamera(c);
            break;
        case ChangeKind::AddSurveyArea: {
            SurveyArea a = m_in.surveyAreas[c.incoming];
            a.id = SurveyAreaId{static_cast<std::uint32_t>(m_r.surveyAreas.size())};
            a.source = sourceFor(a.source);
            m_r.surveyAreas.push_back(std::move(a));
            break;
        }
        case ChangeKind::MatchSurveyArea:
            break;
        }
    }

    void mergeCamera(const Change &c)
    {
        Camera &target = m_r.cameras[c.base];
        const Camera &from = m_in.cameras[c.incoming];
        const SourceId otherSource =
            from.sightings.empty() ? kNoId<SourceId> : sourceFor(from.sightings.front().source);
        for (const AttributeChange &a : c.attributes) {
            if (a.outcome == AttributeOutcome::Conflict || a.outcome == AttributeOutcome::Lowered) {
                // An accepted rejection is applied as a conflict: the base keeps its value.
                const AttributeConflict conflict{target.id, a.attribute, a.baseValue,
                                                 a.incomingValue, otherSource};
                if (std::find(m_r.conflicts.begin(), m_r.conflicts.end(), conflict) ==
                    m_r.conflicts.end())
                    m_r.conflicts.push_back(conflict);
                continue;
            }
            if (a.attribute == QLatin1String("kind"))
                target.kind = from.kind;
            else if (a.attribute == QLatin1String("heading"))
                target.headingDegrees = from.headingDegrees;
            else if (a.attribute == QLatin1String("fr_status"))
                target.frStatus = from.frStatus;
            else if (a.attribute == QLatin1String("fov"))
                target.fovDegrees = from.fovDegrees;
            else if (a.attribute == QLatin1String("height"))
                target.heightMetres = from.heightMetres;
            else if (a.attribute == QLatin1String("mount"))
                target.mount = from.mount;
            else if (a.attribute == QLatin1String("notes"))
                target.notes = target.notes.isEmpty()
                                   ? from.notes
                                   : target.notes + QLatin1Char('\n') + from.notes;
        }
        if (target.sourceRef.isEmpty())
            target.sourceRef = from.sourceRef;
        if (!isSet(target.anchorStation) && isSet(from.anchorStation)) {
            const std::uint32_t station = m_station[indexOf(from.anchorStation)];
            if (station != kNoIndex) {
                target.anchorStation = StationId{station};
                target.anchorZone = from.anchorZone;
            }
        }
        addSightings(target, from);
        m_camera[c.incoming] = c.base;
    }

    // New lines list their taken stations in the incoming order; matched lines gain their new
    // stations after the station that precedes them in the incoming line.
    void fillLineStations()
    {
        Network &n = m_r.network;
        for (std::uint32_t i : m_addedLines) {
            Line &l = n.lines[m_line[i]];
            for (StationId s : m_in.network.lines[i].stations)
                if (const std::uint32_t mapped = m_station[indexOf(s)];
                    mapped != kNoIndex && indexOf(n.stations[mapped].line) == indexOf(l.id) &&
                    std::find(l.stations.begin(), l.stations.end(), StationId{mapped}) ==
                        l.stations.end())
                    l.stations.push_back(StationId{mapped});
        }
        for (std::uint32_t i : m_matchedLines) {
            Line &l = n.lines[m_line[i]];
            StationId previous = kNoId<StationId>;
            for (StationId s : m_in.network.lines[i].stations) {
                const std::uint32_t mapped = m_station[indexOf(s)];
                if (mapped == kNoIndex)
                    continue;
                if (m_addedStation[indexOf(s)]) {
                    auto at = std::find(l.stations.begin(), l.stations.end(), previous);
                    l.stations.insert(at == l.stations.end() ? l.stations.end() : at + 1,
                                      StationId{mapped});
                }
                previous = StationId{mapped};
            }
        }
    }

    void joinComplex(std::uint32_t a, std::uint32_t b, const LocalizedName &name)
    {
        Network &n = m_r.network;
        Station &sa = n.stations[a];
        Station &sb = n.stations[b];
        if (isSet(sa.complex) && isSet(sb.complex))
            return; // both already belong somewhere; merging complexes is a person's call
        ComplexId target = isSet(sa.complex) ? sa.complex : sb.complex;
        if (!isSet(target)) {
            target = ComplexId{static_cast<std::uint32_t>(n.complexes.size())};
            n.complexes.push_back({target, name, {}});
        }
        for (Station *s : {&sa, &sb})
            if (!isSet(s->complex)) {
                s->complex = target;
                n.complexes[indexOf(target)].stations.push_back(s->id);
            }
    }

    void joinComplexes()
    {
        Network &n = m_r.network;
        for (const StationComplex &c : m_in.network.complexes) {
            std::vector<std::uint32_t> members;
            for (StationId s : c.stations)
                if (const std::uint32_t m = m_station[indexOf(s)];
                    m != kNoIndex && std::find(members.begin(), members.end(), m) == members.end())
                    members.push_back(m);
            for (std::size_t k = 1; k < members.size(); ++k)
                joinComplex(members[0], members[k], c.name);
        }
        // A new line's station beside a same-named one: one complex, and a way between them.
        for (const auto &[added, existing] : m_joins) {
            const Station &a = n.stations[added];
            const Station &b = n.stations[existing];
            joinComplex(added, existing, b.name);
            const double length = haversineMetres(a.position, b.position);
            m_newTransfers.push_back(
                {LinkKind::Transfer, StationId{existing}, StationId{added}, kNoId<EntranceId>,
                 std::max(kMinTransferSeconds, length / kWalkSpeedMps), length});
        }
    }

    void addLinks()
    {
        Network &n = m_r.network;
        using Key = std::tuple<int, std::uint32_t, std::uint32_t, std::uint32_t>;
        std::set<Key> seen;
        auto keyOf = [](const Link &l) {
            const std::uint32_t a = indexOf(l.from), b = indexOf(l.to);
            return Key{int(l.kind), std::min(a, b), std::max(a, b), indexOf(l.entrance)};
        };
        for (const Link &l : n.links)
            seen.insert(keyOf(l));
        auto append = [&](const Link &l) {
            if (seen.insert(keyOf(l)).second)
                n.links.push_back(l);
        };
        for (Link l : m_in.network.links) {
            const std::uint32_t from = m_station[indexOf(l.from)];
            const std::uint32_t to =
                indexOf(l.to) < m_station.size() ? m_station[indexOf(l.to)] : kNoIndex;
            if (from == kNoIndex || (l.kind != LinkKind::Entry && to == kNoIndex))
                continue;
            l.from = StationId{from};
            l.to = to == kNoIndex ? StationId{from} : StationId{to};
            if (l.kind == LinkKind::Entry) {
                const std::uint32_t e = indexOf(l.entrance) < m_entrance.size()
                                            ? m_entrance[indexOf(l.entrance)]
                                            : kNoIndex;
                if (e == kNoIndex)
                    continue;
                l.entrance = EntranceId{e};
            }
            append(l);
        }
        for (const Link &l : m_newTransfers)
            append(l);
    }

    void addConflicts()
    {
        for (AttributeConflict c : m_in.conflicts) {
            const std::optional<CameraIndex> incoming = m_in.findCamera(c.camera);
            const std::uint32_t camera = incoming ? m_camera[indexOf(*incoming)] : kNoIndex;
            if (camera == kNoIndex)
                continue;
            c.camera = m_r.cameras[camera].id;
            c.otherSource = sourceFor(c.otherSource);
            if (std::find(m_r.conflicts.begin(), m_r.conflicts.end(), c) == m_r.conflicts.end())
                m_r.conflicts.push_back(c);
        }
    }

    void mergeStreets()
    {
        StreetNetwork &s = m_r.streets;
        const StreetNetwork &from = m_in.streets;
        if (from.nodes.empty() || from == s)
            return;
        if (s.nodes.empty()) {
            s = m_spent ? std::move(m_spent->streets) : from;
            return;
        }
        const auto offset = static_cast<std::uint32_t>(s.nodes.size());
        const auto wayOffset = static_cast<std::uint32_t>(s.ways.size());
        s.nodes.insert(s.nodes.end(), from.nodes.begin(), from.nodes.end());
        s.ways.insert(s.ways.end(), from.ways.begin(), from.ways.end());
        for (StreetEdge e : from.edges) {
            e.from = StreetNodeId{static_cast<std::uint32_t>(e.from) + offset};
            e.to = StreetNodeId{static_cast<std::uint32_t>(e.to) + offset};
            if (isSet(e.way))
                e.way = StreetWayId{indexOf(e.way) + wayOffset};
            s.edges.push_back(e);
        }
    }

    // Addresses and named places: the incoming ones are added, the same one twice kept once
    // (importing one extract again adds nothing).
    void mergePlaces()
    {
        std::vector<NamedPlace> &places = m_r.places;
        if (places.empty()) {
            places = m_spent ? std::move(m_spent->places) : m_in.places;
            return;
        }
        QSet<QString> known;
        const auto keyOf = [](const NamedPlace &p) {
            return QStringLiteral("%1|%2|%3|%4|%5|%6")
                .arg(int(p.kind))
                .arg(p.name.native, p.street, p.houseNumber)
                .arg(p.position.lat, 0, 'g', 17)
                .arg(p.position.lon, 0, 'g', 17);
        };
        for (const NamedPlace &p : places)
            known.insert(keyOf(p));
        for (const NamedPlace &p : m_in.places) {
            const QString key = keyOf(p);
            if (!known.contains(key)) {
                known.insert(key);
                places.push_back(p);
            }
        }
    }

    Dataset m_r;
    const Dataset &m_in;
    Dataset *m_spent; ///< m_in when the caller gave it up (applyMerge with an rvalue).
    const ChangeSet &m_set;
    const std::vector<bool> &m_accepted;
    /// Incoming index -> result index (kNoIndex: not taken); m_camera by camera index.
    std::vector<std::uint32_t> m_line, m_station, m_entrance, m_zone, m_camera, m_source;
    bool m_keepCameraIds = false;
    std::vector<bool> m_addedStation;
    std::vector<std::uint32_t> m_addedLines, m_matchedLines;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_joins; // (new station, base station)
    std::vector<Link> m_newTransfers;
};

} // namespace

int ChangeSet::count(ChangeKind kind) const
{
    return static_cast<int>(std::count_if(changes.begin(), changes.end(),
                                          [kind](const Change &c) { return c.kind == kind; }));
}

std::vector<bool> ChangeSet::defaultSelection() const
{
    std::vector<bool> out(changes.size());
    for (std::size_t i = 0; i < changes.size(); ++i)
        out[i] = changes[i].kind != ChangeKind::RejectCamera;
    return out;
}

ChangeSet planMerge(const Dataset &base, const Dataset &incoming, const MergeOptions &options)
{
    return Planner(base, incoming, options).run();
}

Dataset applyMerge(Dataset base, const Dataset &incoming, const ChangeSet &changes,
                   const std::vector<bool> &accepted)
{
    return Applier(std::move(base), incoming, changes, accepted).run();
}

Dataset applyMerge(Dataset base, Dataset &&incoming, const ChangeSet &changes,
                   const std::vector<bool> &accepted)
{
    return Applier(std::move(base), incoming, changes, accepted, &incoming).run();
}

} // namespace blindspot
