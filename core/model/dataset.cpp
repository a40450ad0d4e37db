#include "core/model/dataset.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace blindspot {

DatasetSummary summarize(const Dataset &dataset)
{
    DatasetSummary s;
    const Network &n = dataset.network;
    s.lines = static_cast<int>(n.lines.size());
    s.stations = static_cast<int>(n.stations.size());
    s.complexes = static_cast<int>(n.complexes.size());
    s.entrances = static_cast<int>(n.entrances.size());
    s.zones = static_cast<int>(n.zones.size());
    s.cameras = static_cast<int>(dataset.cameras.size());
    s.surveyAreas = static_cast<int>(dataset.surveyAreas.size());
    for (const Station &st : n.stations)
        s.bounds.extend(st.position);
    for (const Entrance &e : n.entrances)
        s.bounds.extend(e.position);
    for (const Camera &c : dataset.cameras) {
        ++s.camerasByFrStatus[static_cast<std::size_t>(c.frStatus)];
        s.bounds.extend(c.position);
    }
    for (const SurveyArea &a : dataset.surveyAreas)
        for (const LatLon &p : a.polygon)
            s.bounds.extend(p);
    // A city with streets and nothing else (an OSM extract without cameras or metro) still has
    // a place on the map, and its walks a projection centre.
    for (const LatLon &p : dataset.streets.nodes)
        s.bounds.extend(p);
    return s;
}

namespace {

constexpr std::array<const char *, 13> kElementKeys = {
    "base map", "line",   "station",     "complex",   "entrance",    "zone",       "link",
    "camera",   "survey area", "source", "conflict", "street node", "street edge"};
static_assert(kElementKeys.size() == std::size_t(ModelElement::StreetEdge) + 1);

} // namespace

QLatin1String modelElementKey(ModelElement element)
{
    return QLatin1String(kElementKeys[static_cast<std::size_t>(element)]);
}

std::optional<ModelElement> modelElementFromKey(QStringView key)
{
    for (std::size_t i = 0; i < kElementKeys.size(); ++i)
        if (key == QLatin1String(kElementKeys[i]))
            return static_cast<ModelElement>(i);
    return std::nullopt;
}

QString ModelIssue::locator() const
{
    return QStringLiteral("%1 %2").arg(modelElementKey(element)).arg(index);
}

std::optional<CameraIndex> Dataset::findCamera(CameraId id) const
{
    const auto at = std::lower_bound(cameras.begin(), cameras.end(), id,
                                     [](const Camera &c, CameraId wanted) {
                                         return indexOf(c.id) < indexOf(wanted);
                                     });
    if (at == cameras.end() || at->id != id)
        return std::nullopt;
    return CameraIndex{static_cast<std::uint32_t>(at - cameras.begin())};
}

CameraId Dataset::newCameraId() const
{
    const std::uint32_t afterLast = cameras.empty() ? 0 : indexOf(cameras.back().id) + 1;
    return CameraId{std::max(afterLast, nextCameraId)};
}

CameraId Dataset::takeCameraId()
{
    const CameraId id = newCameraId();
    // Recorded, it protects deleted ids and must stay above every id given; unrecorded, the
    // new last camera keeps the count.
    if (nextCameraId != 0)
        nextCameraId = indexOf(id) + 1;
    return id;
}

namespace {

/// Names an element ("camera 12") without formatting text unless an issue is found: checking a
/// city of 160,000 cameras must not build 160,000 strings.
struct ElementName {
    ModelElement what;
    std::size_t index;
};

class Validator {
public:
    explicit Validator(const Dataset &d) : m_d(d) {}

    std::vector<ModelIssue> run()
    {
        if (const char *problem = baseMapProblem(m_d.baseMap))
            add(ModelIssue::Kind::InvalidValue, element(ModelElement::BaseMap, 0),
                QLatin1String(problem));
        const Network &n = m_d.network;
        for (std::size_t i = 0; i < n.lines.size(); ++i) {
            const Line &l = n.lines[i];
            checkId(l.id, i, ModelElement::Line);
            for (StationId s : l.stations)
                checkRef(s, n.stations.size(), element(ModelElement::Line, i), "stations");
            if (l.colourRgb > 0xFFFFFF)
                add(ModelIssue::Kind::InvalidValue, element(ModelElement::Line, i), "colour");
        }
        for (std::size_t i = 0; i < n.stations.size(); ++i) {
            const Station &s = n.stations[i];
            checkId(s.id, i, ModelElement::Station);
            checkPosition(s.position, element(ModelElement::Station, i));
            checkRef(s.line, n.lines.size(), element(ModelElement::Station, i), "line");
            if (isSet(s.complex))
                checkRef(s.complex, n.complexes.size(), element(ModelElement::Station, i),
                         "complex");
            for (EntranceId e : s.entrances)
                checkRef(e, n.entrances.size(), element(ModelElement::Station, i), "entrances");
            for (ZoneId z : s.zones)
                checkRef(z, n.zones.size(), element(ModelElement::Station, i), "zones");
        }
        for (std::size_t i = 0; i < n.complexes.size(); ++i) {
            checkId(n.complexes[i].id, i, ModelElement::Complex);
            for (StationId s : n.complexes[i].stations)
                checkRef(s, n.stations.size(), element(ModelElement::Complex, i), "stations");
        }
        for (std::size_t i = 0; i < n.entrances.size(); ++i) {
            checkId(n.entrances[i].id, i, ModelElement::Entrance);
            checkPosition(n.entrances[i].position, element(ModelElement::Entrance, i));
            checkRef(n.entrances[i].station, n.stations.size(), element(ModelElement::Entrance, i),
                     "station");
        }
        for (std::size_t i = 0; i < n.zones.size(); ++i) {
            checkId(n.zones[i].id, i, ModelElement::Zone);
            checkRef(n.zones[i].station, n.stations.size(), element(ModelElement::Zone, i),
                     "station");
            const Zone &z = n.zones[i];
            if (isSet(z.entrance)) {
                checkRef(z.entrance, n.entrances.size(), element(ModelElement::Zone, i),
                         "entrance");
                if (indexOf(z.entrance) < n.entrances.size() &&
                    (n.entrance(z.entrance).station != z.station || !isEntranceZone(z.kind)))
                    add(ModelIssue::Kind::InvalidValue, element(ModelElement::Zone, i),
                        QStringLiteral("entrance %1, station %2, kind %3")
                            .arg(indexOf(z.entrance))
                            .arg(indexOf(z.station))
                            .arg(int(z.kind)));
            }
            if (n.zones[i].reportedCameras && *n.zones[i].reportedCameras < 0)
                add(ModelIssue::Kind::InvalidValue, element(ModelElement::Zone, i),
                    "reportedCameras");
        }
        for (std::size_t i = 0; i < n.links.size(); ++i) {
            const Link &l = n.links[i];
            checkRef(l.from, n.stations.size(), element(ModelElement::Link, i), "from");
            if (l.kind != LinkKind::Entry)
                checkRef(l.to, n.stations.size(), element(ModelElement::Link, i), "to");
            if (l.kind == LinkKind::Entry)
                checkRef(l.entrance, n.entrances.size(), element(ModelElement::Link, i),
                         "entrance");
            if (!(l.durationSeconds >= 0.0) || !std::isfinite(l.durationSeconds))
                add(ModelIssue::Kind::InvalidValue, element(ModelElement::Link, i),
                    "durationSeconds");
            if (!(l.lengthMetres >= 0.0) || !std::isfinite(l.lengthMetres))
                add(ModelIssue::Kind::InvalidValue, element(ModelElement::Link, i), "lengthMetres");
        }
        for (std::size_t i = 0; i < m_d.cameras.size(); ++i)
            checkCamera(m_d.cameras[i], i);
        for (std::size_t i = 0; i < m_d.surveyAreas.size(); ++i) {
            const SurveyArea &a = m_d.surveyAreas[i];
            checkId(a.id, i, ModelElement::SurveyArea);
            if (a.polygon.size() < 3)
                add(ModelIssue::Kind::InvalidValue, element(ModelElement::SurveyArea, i),
                    QStringLiteral("polygon %1").arg(a.polygon.size()));
            for (const LatLon &p : a.polygon)
                checkPosition(p, element(ModelElement::SurveyArea, i));
            if (!(a.completeness >= 0.0 && a.completeness <= 1.0))
                add(ModelIssue::Kind::InvalidValue, element(ModelElement::SurveyArea, i),
                    "completeness");
            if (isSet(a.source))
                checkRef(a.source, m_d.sources.size(), element(ModelElement::SurveyArea, i),
                         "source");
        }
        for (std::size_t i = 0; i < m_d.sources.size(); ++i)
            checkId(m_d.sources[i].id, i, ModelElement::Source);
        for (std::size_t i = 0; i < m_d.conflicts.size(); ++i) {
            const AttributeConflict &c = m_d.conflicts[i];
            if (!m_d.findCamera(c.camera))
                add(ModelIssue::Kind::DanglingReference, element(ModelElement::Conflict, i),
                    QStringLiteral("camera -> %1").arg(indexOf(c.camera)));
            if (isSet(c.otherSource))
                checkRef(c.otherSource, m_d.sources.size(), element(ModelElement::Conflict, i),
                         "source");
        }
        const StreetNetwork &streets = m_d.streets;
        for (std::size_t i = 0; i < streets.nodes.size(); ++i)
            checkPosition(streets.nodes[i], element(ModelElement::StreetNode, i));
        for (std::size_t i = 0; i < streets.edges.size(); ++i) {
            const StreetEdge &e = streets.edges[i];
            checkRef(e.from, streets.nodes.size(), element(ModelElement::StreetEdge, i), "from");
            checkRef(e.to, streets.nodes.size(), element(ModelElement::StreetEdge, i), "to");
            if (isSet(e.way))
                checkRef(e.way, streets.ways.size(), element(ModelElement::StreetEdge, i), "way");
            if (!(e.lengthMetres >= 0.0) || !std::isfinite(e.lengthMetres))
                add(ModelIssue::Kind::InvalidValue, element(ModelElement::StreetEdge, i), "length");
        }
        return std::move(m_issues);
    }

private:
    static ElementName element(ModelElement what, std::size_t index) { return {what, index}; }

    void add(ModelIssue::Kind kind, const ElementName &elementName, const QString &detail)
    {
        m_issues.push_back({kind, elementName.what, elementName.index, detail});
    }

    template <class Id> void checkId(Id id, std::size_t index, ModelElement what)
    {
        if (indexOf(id) != index)
            add(ModelIssue::Kind::IdMismatch, element(what, index),
                QStringLiteral("id %1").arg(indexOf(id)));
    }

    template <class Id>
    void checkRef(Id id, std::size_t count, const ElementName &elementName, const char *field)
    {
        if (indexOf(id) >= count)
            add(ModelIssue::Kind::DanglingReference, elementName,
                QStringLiteral("%1 -> %2").arg(QLatin1String(field)).arg(indexOf(id)));
    }

    void checkPosition(LatLon p, const ElementName &elementName)
    {
        if (!p.isValid())
            add(ModelIssue::Kind::InvalidPosition, elementName,
                QStringLiteral("%1,%2").arg(p.lat).arg(p.lon));
    }

    void checkCamera(const Camera &c, std::size_t i)
    {
        const ElementName name = element(ModelElement::Camera, i);
        if (i > 0 && !(indexOf(m_d.cameras[i - 1].id) < indexOf(c.id)))
            add(ModelIssue::Kind::IdOrder, name,
                QStringLiteral("id %1, id %2")
                    .arg(indexOf(m_d.cameras[i - 1].id))
                    .arg(indexOf(c.id)));
        if (m_d.nextCameraId != 0 && indexOf(c.id) >= m_d.nextCameraId)
            add(ModelIssue::Kind::IdOrder, name,
                QStringLiteral("id %1, nextCameraId %2").arg(indexOf(c.id)).arg(m_d.nextCameraId));
        if (!isSet(c.id))
            add(ModelIssue::Kind::IdOrder, name, QStringLiteral("id %1").arg(indexOf(c.id)));
        const bool anchored = isSet(c.anchorStation);
        if (anchored)
            checkRef(c.anchorStation, m_d.network.stations.size(), name, "anchorStation");
        if (isSet(c.anchorEntrance)) {
            checkRef(c.anchorEntrance, m_d.network.entrances.size(), name, "anchorEntrance");
            if (indexOf(c.anchorEntrance) < m_d.network.entrances.size() &&
                m_d.network.entrance(c.anchorEntrance).station != c.anchorStation)
                add(ModelIssue::Kind::InvalidValue, name,
                    QStringLiteral("anchorEntrance %1, anchorStation %2")
                        .arg(indexOf(c.anchorEntrance))
                        .arg(indexOf(c.anchorStation)));
        }
        if (!anchored || !std::isnan(c.position.lat) || !std::isnan(c.position.lon))
            checkPosition(c.position, name);
        if (c.headingDegrees && !(*c.headingDegrees >= 0.0 && *c.headingDegrees < 360.0))
            add(ModelIssue::Kind::InvalidValue, name, QStringLiteral("heading"));
        if (c.fovDegrees && !(*c.fovDegrees > 0.0 && *c.fovDegrees <= 360.0))
            add(ModelIssue::Kind::InvalidValue, name, QStringLiteral("fov"));
        if (c.heightMetres && !(*c.heightMetres >= 0.0 && *c.heightMetres <= 500.0))
            add(ModelIssue::Kind::InvalidValue, name, QStringLiteral("height"));
        for (const Sighting &s : c.sightings) {
            checkRef(s.source, m_d.sources.size(), name, "sighting source");
            if (s.observers < 1)
                add(ModelIssue::Kind::InvalidValue, name, QStringLiteral("observers"));
        }
    }

    const Dataset &m_d;
    std::vector<ModelIssue> m_issues;
};

} // namespace

std::vector<ModelIssue> validateDataset(const Dataset &dataset)
{
    return Validator(dataset).run();
}

ParseError invalidModel(const QString &file, const ModelIssue &issue)
{
    const ParseReason reason = [&issue] {
        switch (issue.kind) {
        case ModelIssue::Kind::IdMismatch:
            return ParseReason::ModelIdMismatch;
        case ModelIssue::Kind::IdOrder:
            return ParseReason::ModelIdOrder;
        case ModelIssue::Kind::DanglingReference:
            return ParseReason::ModelDanglingReference;
        case ModelIssue::Kind::InvalidPosition:
            return ParseReason::ModelInvalidPosition;
        case ModelIssue::Kind::InvalidValue:
            break;
        }
        return ParseReason::ModelInvalidValue;
    }();
    return fileError(file, ParseErrorCode::InvalidModel, reason,
                     parseArgs(modelElementKey(issue.element), issue.index, issue.detail));
}

} // namespace blindspot
