#include "core/io/pack_io.h"

#include "core/io/atomic_file.h"
#include "core/io/pack.pb.h"

#include <QFile>
#include <QtEndian>

#include <google/protobuf/arena.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/wire_format_lite.h>
#include <xxhash.h>

#include <cmath>
#include <cstring>
#include <utility>
#include <vector>

namespace blindspot {

namespace pb = blindspot::pack;

namespace {

constexpr char kMagic[8] = {'B', 'S', 'P', 'A', 'C', 'K', '\r', '\n'};
constexpr qsizetype kFrameBytes = 24;

// ---- small conversions -------------------------------------------------------------------

std::string utf8(const QString &s)
{
    const QByteArray b = s.toUtf8();
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

QString qstr(const std::string &s)
{
    return s.empty() ? QString() : QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::uint32_t plusOne(std::uint32_t index, bool set)
{
    return set ? index + 1 : 0;
}

template <class Id> Id fromPlusOne(std::uint32_t value)
{
    return value == 0 ? kNoId<Id> : static_cast<Id>(value - 1);
}

qint64 julianDay(const QDate &d)
{
    return d.isValid() ? d.toJulianDay() : 0;
}

QDate dateFromJulian(qint64 jd)
{
    return jd == 0 ? QDate() : QDate::fromJulianDay(jd);
}

qint64 unixSeconds(const QDateTime &t)
{
    return t.isValid() ? t.toSecsSinceEpoch() : 0;
}

QDateTime dateTimeFromUnix(qint64 s)
{
    return s == 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
}

// Unknown fields are kept as their wire bytes so that a newer writer's additions survive.
template <class Message> QByteArray unknownOf(const Message &m)
{
    // Message::GetReflection() looks the descriptor up on every call; a city has 160,000
    // cameras, so the class's reflection is fetched once.
    static const google::protobuf::Reflection *const reflection = Message::GetReflection();
    const auto &set = reflection->GetUnknownFields(m);
    if (set.empty())
        return {};
    std::string bytes;
    set.SerializeToString(&bytes);
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

template <class Message> void restoreUnknown(Message *m, const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        m->GetReflection()->MutableUnknownFields(m)->ParseFromArray(bytes.constData(),
                                                                    static_cast<int>(bytes.size()));
}

void toProto(const LocalizedName &n, pb::LocalizedName *out)
{
    out->set_native(utf8(n.native));
    auto *map = out->mutable_by_language();
    for (auto it = n.byLanguage.cbegin(); it != n.byLanguage.cend(); ++it)
        (*map)[utf8(it.key())] = utf8(it.value());
}

LocalizedName fromProto(const pb::LocalizedName &n)
{
    LocalizedName out;
    out.native = qstr(n.native());
    for (const auto &[language, name] : n.by_language())
        out.byLanguage.insert(qstr(language), qstr(name));
    return out;
}

void toProto(LatLon p, pb::LatLon *out)
{
    out->set_lat(p.lat);
    out->set_lon(p.lon);
}

LatLon fromProto(const pb::LatLon &p)
{
    return {p.lat(), p.lon()};
}

template <class Id, class Repeated> std::vector<Id> idsFrom(const Repeated &r)
{
    std::vector<Id> out;
    out.reserve(static_cast<std::size_t>(r.size()));
    for (std::uint32_t v : r)
        out.push_back(static_cast<Id>(v));
    return out;
}

template <class Id, class Repeated> void idsTo(const std::vector<Id> &ids, Repeated *out)
{
    out->Reserve(static_cast<int>(ids.size()));
    for (Id id : ids)
        out->Add(indexOf(id));
}

// ---- Dataset -> protobuf -------------------------------------------------------------------


void baseMapToProto(const BaseMap &map, pb::BaseMap *o)
{
    o->mutable_feature_kind()->Reserve(int(map.features.size()));
    o->mutable_feature_rings()->Reserve(int(map.features.size()));
    for (const BaseFeature &f : map.features) {
        o->add_feature_kind(std::uint32_t(f.kind));
        o->add_feature_rings(f.ringCount);
    }
    o->mutable_ring_points()->Reserve(int(map.ringEnds.size()));
    for (std::uint32_t r = 0; r < map.ringEnds.size(); ++r)
        o->add_ring_points(map.ringEnds[r] - map.ringBegin(r));
    o->mutable_lat_delta_e7()->Reserve(int(map.points.size()));
    o->mutable_lon_delta_e7()->Reserve(int(map.points.size()));
    BasePoint previous;
    for (const BasePoint &q : map.points) {
        // Differences of two valid positions fit: |lat| <= 9e8, |lon| <= 1.8e9, so 3.6e9 at most
        // for longitude, which wraps in 32 bits; it is undone by the same wrap on reading.
        o->add_lat_delta_e7(std::int32_t(std::uint32_t(q.latE7) - std::uint32_t(previous.latE7)));
        o->add_lon_delta_e7(std::int32_t(std::uint32_t(q.lonE7) - std::uint32_t(previous.lonE7)));
        previous = q;
    }
}

// Columns that disagree in length or count would index past each other; checked before any
// point is converted, so that a hostile file is refused before it costs memory.
bool baseMapColumnsConsistent(const pb::BaseMap &m)
{
    if (m.feature_kind_size() != m.feature_rings_size() ||
        m.lat_delta_e7_size() != m.lon_delta_e7_size())
        return false;
    std::uint64_t rings = 0;
    for (std::uint32_t n : m.feature_rings())
        rings += n;
    if (rings != std::uint64_t(m.ring_points_size()))
        return false;
    std::uint64_t points = 0;
    for (std::uint32_t n : m.ring_points())
        points += n;
    return points == std::uint64_t(m.lat_delta_e7_size());
}

BaseMap baseMapFrom(const pb::BaseMap &m)
{
    BaseMap map;
    map.features.reserve(std::size_t(m.feature_kind_size()));
    std::uint32_t ring = 0;
    for (int f = 0; f < m.feature_kind_size(); ++f) {
        // A kind from a newer minor version is kept as it is and not drawn (see isKnown()).
        const std::uint32_t kind = std::min<std::uint32_t>(m.feature_kind(f), 255);
        map.features.push_back({BaseMapKind(kind), ring, m.feature_rings(f)});
        ring += m.feature_rings(f);
    }
    map.ringEnds.reserve(std::size_t(m.ring_points_size()));
    std::uint32_t end = 0;
    for (std::uint32_t n : m.ring_points())
        map.ringEnds.push_back(end += n);
    map.points.reserve(std::size_t(m.lat_delta_e7_size()));
    std::uint32_t lat = 0, lon = 0;
    for (int i = 0; i < m.lat_delta_e7_size(); ++i) {
        lat += std::uint32_t(m.lat_delta_e7(i));
        lon += std::uint32_t(m.lon_delta_e7(i));
        map.points.push_back({std::int32_t(lat), std::int32_t(lon)});
    }
    return map;
}

void fillPack(const Dataset &d, pb::Pack *p)
{
    p->set_format_major(kPackFormatMajor);
    p->set_format_minor(kPackFormatMinor);

    pb::Header *h = p->mutable_header();
    h->set_id(utf8(d.header.id));
    h->set_version(d.header.version);
    h->set_name(utf8(d.header.name));
    h->set_created_unix_s(unixSeconds(d.header.created));
    h->set_expires_unix_s(unixSeconds(d.header.expires));
    h->set_publisher(utf8(d.header.publisher));
    h->set_licence(utf8(d.header.licence));
    h->set_attribution(utf8(d.header.attribution));
    h->set_fictional(d.header.fictional);
    h->set_context(utf8(d.header.context));
    if (!d.header.clip.isEmpty()) {
        pb::Clip *clip = h->mutable_clip();
        clip->set_name(utf8(d.header.clip.name()));
        for (const ClipRing &ring : d.header.clip.rings()) {
            pb::ClipRing *o = clip->add_rings();
            for (const LatLon &p : ring.points) {
                o->add_lat(p.lat);
                o->add_lon(p.lon);
            }
            o->set_hole(ring.hole);
        }
    }
    restoreUnknown(h, d.header.unknownFields);

    const Network &n = d.network;
    for (const Line &l : n.lines) {
        pb::Line *o = p->add_lines();
        toProto(l.name, o->mutable_name());
        o->set_ref(utf8(l.ref));
        o->set_colour_rgb(l.colourRgb);
        o->set_mode(static_cast<pb::LineMode>(l.mode));
        o->set_is_ring(l.isRing);
        idsTo(l.stations, o->mutable_stations());
        o->set_source_ref(utf8(l.sourceRef));
        restoreUnknown(o, l.unknownFields);
    }
    for (const Station &s : n.stations) {
        pb::Station *o = p->add_stations();
        toProto(s.name, o->mutable_name());
        toProto(s.position, o->mutable_position());
        o->set_line(indexOf(s.line));
        o->set_complex_plus1(plusOne(indexOf(s.complex), isSet(s.complex)));
        idsTo(s.entrances, o->mutable_entrances());
        idsTo(s.zones, o->mutable_zones());
        o->set_source_ref(utf8(s.sourceRef));
        restoreUnknown(o, s.unknownFields);
    }
    for (const StationComplex &c : n.complexes) {
        pb::StationComplex *o = p->add_complexes();
        toProto(c.name, o->mutable_name());
        idsTo(c.stations, o->mutable_stations());
    }
    for (const Entrance &e : n.entrances) {
        pb::Entrance *o = p->add_entrances();
        o->set_station(indexOf(e.station));
        toProto(e.position, o->mutable_position());
        o->set_ref(utf8(e.ref));
        if (!e.name.isEmpty())
            toProto(e.name, o->mutable_name());
        o->set_source_ref(utf8(e.sourceRef));
    }
    for (const Zone &z : n.zones) {
        pb::Zone *o = p->add_zones();
        o->set_station(indexOf(z.station));
        o->set_kind(static_cast<pb::ZoneKind>(z.kind));
        if (z.reportedCameras)
            o->set_reported_cameras(static_cast<std::uint32_t>(*z.reportedCameras));
        o->set_fr_status(static_cast<pb::FrStatus>(z.frStatus));
        o->set_entrance_plus1(plusOne(indexOf(z.entrance), isSet(z.entrance)));
    }
    for (const Link &l : n.links) {
        pb::Link *o = p->add_links();
        o->set_kind(static_cast<pb::LinkKind>(l.kind));
        o->set_from(indexOf(l.from));
        o->set_to(indexOf(l.to));
        o->set_entrance_plus1(plusOne(indexOf(l.entrance), isSet(l.entrance)));
        o->set_duration_s(l.durationSeconds);
        o->set_length_m(l.lengthMetres);
    }
    p->mutable_cameras()->Reserve(static_cast<int>(d.cameras.size()));
    for (const Camera &c : d.cameras) {
        pb::Camera *o = p->add_cameras();
        // Written only where it is not the camera's place in the list, as readers assume.
        if (indexOf(c.id) != static_cast<std::uint32_t>(p->cameras_size() - 1))
            o->set_id(indexOf(c.id));
        if (!std::isnan(c.position.lat) || !std::isnan(c.position.lon)) {
            o->set_lat(c.position.lat);
            o->set_lon(c.position.lon);
        }
        o->set_anchor_station_plus1(plusOne(indexOf(c.anchorStation), isSet(c.anchorStation)));
        if (c.anchorZone)
            o->set_anchor_zone(static_cast<pb::ZoneKind>(*c.anchorZone));
        o->set_kind(static_cast<pb::CameraKind>(c.kind));
        if (c.headingDegrees)
            o->set_heading_deg(*c.headingDegrees);
        if (c.fovDegrees)
            o->set_fov_deg(*c.fovDegrees);
        if (c.heightMetres)
            o->set_height_m(*c.heightMetres);
        o->set_fr_status(static_cast<pb::FrStatus>(c.frStatus));
        for (const Sighting &s : c.sightings) {
            pb::Sighting *so = o->add_sightings();
            so->set_source(indexOf(s.source));
            so->set_observed_julian_day(julianDay(s.observed));
            so->set_observers(static_cast<std::uint32_t>(s.observers));
            if (!s.evidenceHash.isEmpty())
                so->set_evidence_sha256(s.evidenceHash.constData(),
                                        static_cast<std::size_t>(s.evidenceHash.size()));
        }
        o->set_notes(utf8(c.notes));
        o->set_source_ref(utf8(c.sourceRef));
        o->set_mount(static_cast<pb::CameraMount>(c.mount));
        o->set_anchor_entrance_plus1(plusOne(indexOf(c.anchorEntrance), isSet(c.anchorEntrance)));
        o->set_system(static_cast<pb::CameraSystem>(c.system));
        restoreUnknown(o, c.unknownFields);
    }
    for (const SurveyArea &a : d.surveyAreas) {
        pb::SurveyArea *o = p->add_survey_areas();
        o->set_name(utf8(a.name));
        for (const LatLon &v : a.polygon)
            toProto(v, o->add_polygon());
        o->set_surveyed_julian_day(julianDay(a.surveyed));
        o->set_completeness(a.completeness);
        o->set_source_plus1(plusOne(indexOf(a.source), isSet(a.source)));
    }
    for (const Source &s : d.sources) {
        pb::Source *o = p->add_sources();
        o->set_name(utf8(s.name));
        o->set_dataset_id(utf8(s.datasetId));
        o->set_licence(utf8(s.licence));
        o->set_attribution(utf8(s.attribution));
        o->set_retrieved_julian_day(julianDay(s.retrieved));
        o->set_trusted(s.trusted);
    }
    for (const AttributeConflict &c : d.conflicts) {
        pb::AttributeConflict *o = p->add_conflicts();
        o->set_camera(indexOf(c.camera));
        o->set_attribute(utf8(c.attribute));
        o->set_kept_value(utf8(c.keptValue));
        o->set_other_value(utf8(c.otherValue));
        o->set_other_source_plus1(plusOne(indexOf(c.otherSource), isSet(c.otherSource)));
    }
    if (!d.streets.nodes.empty() || !d.streets.edges.empty()) {
        pb::StreetNetwork *o = p->mutable_streets();
        o->mutable_node_lat()->Reserve(static_cast<int>(d.streets.nodes.size()));
        o->mutable_node_lon()->Reserve(static_cast<int>(d.streets.nodes.size()));
        for (const LatLon &n : d.streets.nodes) {
            o->add_node_lat(n.lat);
            o->add_node_lon(n.lon);
        }
        for (const StreetEdge &e : d.streets.edges) {
            o->add_edge_from(indexOf(e.from));
            o->add_edge_to(indexOf(e.to));
            o->add_edge_length_m(e.lengthMetres);
        }
        if (!d.streets.ways.empty()) {
            o->mutable_edge_way_plus1()->Reserve(static_cast<int>(d.streets.edges.size()));
            for (const StreetEdge &e : d.streets.edges)
                o->add_edge_way_plus1(plusOne(indexOf(e.way), isSet(e.way)));
            for (const StreetWay &w : d.streets.ways) {
                pb::StreetWay *ow = o->add_ways();
                if (!w.name.isEmpty())
                    toProto(w.name, ow->mutable_name());
                ow->set_street_class(static_cast<std::uint32_t>(w.streetClass));
                ow->set_features(w.features);
            }
        }
    }
    for (const NamedPlace &place : d.places) {
        pb::NamedPlace *o = p->add_places();
        o->set_kind(static_cast<std::uint32_t>(place.kind));
        if (!place.name.isEmpty())
            toProto(place.name, o->mutable_name());
        o->set_street(place.street.toStdString());
        o->set_house_number(place.houseNumber.toStdString());
        toProto(place.position, o->mutable_position());
    }
    if (!d.baseMap.isEmpty())
        baseMapToProto(d.baseMap, p->mutable_base_map());
    p->set_parameter_overrides_json(d.parameterOverrides.toStdString());
    p->set_next_camera_id(d.nextCameraId);
    restoreUnknown(p, d.unknownFields);
}

// ---- protobuf -> Dataset -------------------------------------------------------------------

// Enum values a newer writer may add are mapped to "unknown"-like defaults rather than cast
// blindly, so the model only ever holds values its switch statements know.
template <class E> E enumOrDefault(int value, int count, E fallback)
{
    return value >= 0 && value < count ? static_cast<E>(value) : fallback;
}

void cameraFrom(const pb::Camera &c, std::uint32_t index, Camera &out)
{
    out.id = static_cast<CameraId>(c.has_id() ? c.id() : index);
    if (c.has_lat() || c.has_lon())
        out.position = {c.lat(), c.lon()};
    out.anchorStation = fromPlusOne<StationId>(c.anchor_station_plus1());
    if (c.has_anchor_zone())
        out.anchorZone = enumOrDefault(c.anchor_zone(), kZoneKindCount, ZoneKind::EntranceHall);
    out.kind = enumOrDefault(c.kind(), 5, CameraKind::Unknown);
    if (c.has_heading_deg())
        out.headingDegrees = c.heading_deg();
    if (c.has_fov_deg())
        out.fovDegrees = c.fov_deg();
    if (c.has_height_m())
        out.heightMetres = c.height_m();
    out.frStatus = enumOrDefault(c.fr_status(), 4, FrStatus::Unknown);
    out.sightings.reserve(static_cast<std::size_t>(c.sightings_size()));
    for (const pb::Sighting &s : c.sightings()) {
        Sighting &o = out.sightings.emplace_back();
        o.source = static_cast<SourceId>(s.source());
        o.observed = dateFromJulian(s.observed_julian_day());
        o.observers = static_cast<int>(std::min<std::uint32_t>(s.observers(), 1'000'000));
        if (!s.evidence_sha256().empty())
            o.evidenceHash = QByteArray(s.evidence_sha256().data(),
                                        static_cast<qsizetype>(s.evidence_sha256().size()));
    }
    out.notes = qstr(c.notes());
    out.sourceRef = qstr(c.source_ref());
    out.mount = enumOrDefault(c.mount(), 5, CameraMount::Unknown);
    out.anchorEntrance = fromPlusOne<EntranceId>(c.anchor_entrance_plus1());
    out.system = enumOrDefault(c.system(), kCameraSystemCount, CameraSystem::Unknown);
    out.unknownFields = unknownOf(c);
}

bool streetColumnsConsistent(const pb::StreetNetwork &s)
{
    return s.node_lat_size() == s.node_lon_size() && s.edge_from_size() == s.edge_to_size() &&
           s.edge_from_size() == s.edge_length_m_size() &&
           (s.edge_way_plus1_size() == 0 || s.edge_way_plus1_size() == s.edge_from_size());
}

Dataset datasetFrom(const pb::Pack &p)
{
    Dataset d;
    const pb::Header &h = p.header();
    d.header.id = qstr(h.id());
    d.header.version = h.version();
    d.header.name = qstr(h.name());
    d.header.created = dateTimeFromUnix(h.created_unix_s());
    d.header.expires = dateTimeFromUnix(h.expires_unix_s());
    d.header.publisher = qstr(h.publisher());
    d.header.licence = qstr(h.licence());
    d.header.attribution = qstr(h.attribution());
    d.header.fictional = h.fictional();
    d.header.context = qstr(h.context());
    if (h.has_clip()) {
        std::vector<ClipRing> rings;
        for (const pb::ClipRing &r : h.clip().rings()) {
            ClipRing &ring = rings.emplace_back();
            ring.hole = r.hole();
            const int n = std::min(r.lat_size(), r.lon_size());
            for (int i = 0; i < n; ++i)
                ring.points.push_back({r.lat(i), r.lon(i)});
        }
        d.header.clip = ClipArea(qstr(h.clip().name()), std::move(rings));
    }
    d.header.unknownFields = unknownOf(h);

    Network &n = d.network;
    n.lines.reserve(static_cast<std::size_t>(p.lines_size()));
    for (int i = 0; i < p.lines_size(); ++i) {
        const pb::Line &l = p.lines(i);
        Line &o = n.lines.emplace_back();
        o.id = static_cast<LineId>(i);
        o.name = fromProto(l.name());
        o.ref = qstr(l.ref());
        o.colourRgb = l.colour_rgb();
        o.mode = enumOrDefault(l.mode(), 4, LineMode::Subway);
        o.isRing = l.is_ring();
        o.stations = idsFrom<StationId>(l.stations());
        o.sourceRef = qstr(l.source_ref());
        o.unknownFields = unknownOf(l);
    }
    n.stations.reserve(static_cast<std::size_t>(p.stations_size()));
    for (int i = 0; i < p.stations_size(); ++i) {
        const pb::Station &s = p.stations(i);
        Station &o = n.stations.emplace_back();
        o.id = static_cast<StationId>(i);
        o.name = fromProto(s.name());
        o.position = fromProto(s.position());
        o.line = static_cast<LineId>(s.line());
        o.complex = fromPlusOne<ComplexId>(s.complex_plus1());
        o.entrances = idsFrom<EntranceId>(s.entrances());
        o.zones = idsFrom<ZoneId>(s.zones());
        o.sourceRef = qstr(s.source_ref());
        o.unknownFields = unknownOf(s);
    }
    n.complexes.reserve(static_cast<std::size_t>(p.complexes_size()));
    for (int i = 0; i < p.complexes_size(); ++i) {
        StationComplex &o = n.complexes.emplace_back();
        o.id = static_cast<ComplexId>(i);
        o.name = fromProto(p.complexes(i).name());
        o.stations = idsFrom<StationId>(p.complexes(i).stations());
    }
    n.entrances.reserve(static_cast<std::size_t>(p.entrances_size()));
    for (int i = 0; i < p.entrances_size(); ++i) {
        const pb::Entrance &e = p.entrances(i);
        Entrance &o = n.entrances.emplace_back();
        o.id = static_cast<EntranceId>(i);
        o.station = static_cast<StationId>(e.station());
        o.position = fromProto(e.position());
        o.ref = qstr(e.ref());
        o.name = fromProto(e.name());
        o.sourceRef = qstr(e.source_ref());
    }
    n.zones.reserve(static_cast<std::size_t>(p.zones_size()));
    for (int i = 0; i < p.zones_size(); ++i) {
        const pb::Zone &z = p.zones(i);
        Zone &o = n.zones.emplace_back();
        o.id = static_cast<ZoneId>(i);
        o.station = static_cast<StationId>(z.station());
        o.kind = enumOrDefault(z.kind(), kZoneKindCount, ZoneKind::EntranceHall);
        if (z.has_reported_cameras())
            o.reportedCameras =
                static_cast<int>(std::min<std::uint32_t>(z.reported_cameras(), 1'000'000));
        o.frStatus = enumOrDefault(z.fr_status(), 4, FrStatus::Unknown);
        o.entrance = fromPlusOne<EntranceId>(z.entrance_plus1());
    }
    n.links.reserve(static_cast<std::size_t>(p.links_size()));
    for (const pb::Link &l : p.links()) {
        Link &o = n.links.emplace_back();
        o.kind = enumOrDefault(l.kind(), 3, LinkKind::Ride);
        o.from = static_cast<StationId>(l.from());
        o.to = static_cast<StationId>(l.to());
        o.entrance = fromPlusOne<EntranceId>(l.entrance_plus1());
        o.durationSeconds = l.duration_s();
        o.lengthMetres = l.length_m();
    }
    // Filled in place, each right after it is made: a city has 160,000 of them (40 MB), and
    // moving each costs as much as filling it, and a separate pass to make them all first
    // costs as much again.
    d.cameras.reserve(static_cast<std::size_t>(p.cameras_size()));
    for (int i = 0; i < p.cameras_size(); ++i)
        cameraFrom(p.cameras(i), static_cast<std::uint32_t>(i), d.cameras.emplace_back());
    d.surveyAreas.reserve(static_cast<std::size_t>(p.survey_areas_size()));
    for (int i = 0; i < p.survey_areas_size(); ++i) {
        const pb::SurveyArea &a = p.survey_areas(i);
        SurveyArea &o = d.surveyAreas.emplace_back();
        o.id = static_cast<SurveyAreaId>(i);
        o.name = qstr(a.name());
        o.polygon.reserve(static_cast<std::size_t>(a.polygon_size()));
        for (const pb::LatLon &v : a.polygon())
            o.polygon.push_back(fromProto(v));
        o.surveyed = dateFromJulian(a.surveyed_julian_day());
        o.completeness = a.completeness();
        o.source = fromPlusOne<SourceId>(a.source_plus1());
    }
    d.sources.reserve(static_cast<std::size_t>(p.sources_size()));
    for (int i = 0; i < p.sources_size(); ++i) {
        const pb::Source &s = p.sources(i);
        Source &o = d.sources.emplace_back();
        o.id = static_cast<SourceId>(i);
        o.name = qstr(s.name());
        o.datasetId = qstr(s.dataset_id());
        o.licence = qstr(s.licence());
        o.attribution = qstr(s.attribution());
        o.retrieved = dateFromJulian(s.retrieved_julian_day());
        o.trusted = s.trusted();
    }
    d.conflicts.reserve(static_cast<std::size_t>(p.conflicts_size()));
    for (const pb::AttributeConflict &c : p.conflicts()) {
        AttributeConflict &o = d.conflicts.emplace_back();
        o.camera = static_cast<CameraId>(c.camera()); // before 1.6 an index, which was the id
        o.attribute = qstr(c.attribute());
        o.keptValue = qstr(c.kept_value());
        o.otherValue = qstr(c.other_value());
        o.otherSource = fromPlusOne<SourceId>(c.other_source_plus1());
    }
    if (p.has_streets()) {
        // Column lengths were checked by streetColumnsConsistent() before conversion.
        const pb::StreetNetwork &s = p.streets();
        d.streets.nodes.reserve(static_cast<std::size_t>(s.node_lat_size()));
        for (int i = 0; i < s.node_lat_size(); ++i)
            d.streets.nodes.push_back({s.node_lat(i), s.node_lon(i)});
        d.streets.edges.reserve(static_cast<std::size_t>(s.edge_from_size()));
        // Packs before format 1.2 have no ways: their edges have none.
        const bool wayed = s.edge_way_plus1_size() == s.edge_from_size();
        for (int i = 0; i < s.edge_from_size(); ++i)
            d.streets.edges.push_back(
                {static_cast<StreetNodeId>(s.edge_from(i)), static_cast<StreetNodeId>(s.edge_to(i)),
                 s.edge_length_m(i),
                 wayed ? fromPlusOne<StreetWayId>(s.edge_way_plus1(i)) : kNoId<StreetWayId>});
        d.streets.ways.reserve(static_cast<std::size_t>(s.ways_size()));
        for (const pb::StreetWay &w : s.ways()) {
            StreetWay &o = d.streets.ways.emplace_back();
            if (w.has_name())
                o.name = fromProto(w.name());
            o.streetClass = static_cast<std::uint32_t>(w.street_class()) < kStreetClassCount
                                ? static_cast<StreetClass>(w.street_class())
                                : StreetClass::Other;
            o.features = static_cast<std::uint8_t>(w.features() & 0x1F);
        }
    }
    // Packs before format 1.4 have no places.
    d.places.reserve(static_cast<std::size_t>(p.places_size()));
    for (const pb::NamedPlace &place : p.places()) {
        NamedPlace &o = d.places.emplace_back();
        o.kind = place.kind() < std::uint32_t(NamedPlace::kKindCount)
                     ? static_cast<NamedPlace::Kind>(place.kind())
                     : NamedPlace::Kind::Address;
        if (place.has_name())
            o.name = fromProto(place.name());
        o.street = QString::fromStdString(place.street());
        o.houseNumber = QString::fromStdString(place.house_number());
        o.position = fromProto(place.position());
    }
    if (p.has_base_map())
        d.baseMap = baseMapFrom(p.base_map()); // columns checked by baseMapColumnsConsistent()
    d.parameterOverrides = QByteArray::fromStdString(p.parameter_overrides_json());
    d.nextCameraId = p.next_camera_id();
    d.unknownFields = unknownOf(p);
    return d;
}

std::uint64_t readLe64(const char *p)
{
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(p[i]);
    return v;
}

void appendLe(QByteArray &out, std::uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(static_cast<char>((v >> (8 * i)) & 0xFF));
}

/// The payload's checksum. XXH3 rather than CRC-32: it reads a city-sized pack about twenty
/// times faster, and the checksum only has to catch damage (signatures catch tampering).
std::uint64_t checksumOf(const char *data, std::size_t size)
{
    return XXH3_64bits(data, size);
}

// Messages cost memory out of all proportion to their size on the wire: an empty camera is two
// bytes in the file and about 500 in the parsed message and the model (2 million of them in a
// 4 MB pack needed 1.05 GB). So the messages are counted before any is built, and a payload
// may hold one message per kMinBytesPerMessage bytes on average, plus kFreeMessages: a 10 MB
// pack then builds at most 1.3 million messages, about 650 MB. Real packs average well over
// 8 bytes a message (a camera with a position and one sighting is about 40 bytes in two).
constexpr std::int64_t kMinBytesPerMessage = 8;
constexpr std::int64_t kFreeMessages = 65'536;
// The schema nests five deep (Pack > Camera > Sighting); anything deeper is not a pack.
constexpr int kMaxMessageDepth = 16;

// For each message type of the schema, which of its field numbers hold a message (and of what
// type): built once from the descriptors, since looking a field up by number for every field
// of 160,000 cameras cost as much as a sixth of reading the pack.
class MessageFields {
public:
    /// The type of the messages field `number` of `type` holds; nullptr for a field that holds
    /// no message, or none this schema knows.
    const google::protobuf::Descriptor *messageIn(const google::protobuf::Descriptor &type,
                                                  std::uint32_t number)
    {
        const std::vector<const google::protobuf::Descriptor *> &table = tableOf(type);
        return number < table.size() ? table[number] : nullptr;
    }

private:
    const std::vector<const google::protobuf::Descriptor *> &
    tableOf(const google::protobuf::Descriptor &type)
    {
        for (const auto &[known, table] : m_tables)
            if (known == &type)
                return table;
        std::vector<const google::protobuf::Descriptor *> table;
        for (int i = 0; i < type.field_count(); ++i) {
            const google::protobuf::FieldDescriptor *field = type.field(i);
            if (field->cpp_type() != google::protobuf::FieldDescriptor::CPPTYPE_MESSAGE)
                continue;
            const auto number = static_cast<std::size_t>(field->number());
            if (table.size() <= number)
                table.resize(number + 1, nullptr);
            table[number] = field->message_type();
        }
        return m_tables.emplace_back(&type, std::move(table)).second;
    }

    // A handful of types: a list is faster to search than a map.
    std::vector<std::pair<const google::protobuf::Descriptor *,
                         std::vector<const google::protobuf::Descriptor *>>>
        m_tables;
};

// Counts the messages in a serialized `type`, nested ones included, by walking the wire format
// with the schema's descriptors; unknown fields are skipped, as the parser keeps them: as
// bytes. Stops as soon as the count passes `cap`. False when the bytes are not a message this
// schema reads (groups included, which the parser would keep as unknown fields): the pack is
// then refused, and the version probe says whether a newer format is the reason.
bool countMessages(const google::protobuf::Descriptor &type, MessageFields &fields,
                   google::protobuf::io::CodedInputStream &in, int depth, std::int64_t cap,
                   std::int64_t &count)
{
    using google::protobuf::internal::WireFormatLite;
    if (depth > kMaxMessageDepth)
        return false;
    for (;;) {
        const std::uint32_t tag = in.ReadTagNoLastTag();
        if (tag == 0)
            return in.ConsumedEntireMessage();
        switch (WireFormatLite::GetTagWireType(tag)) {
        case WireFormatLite::WIRETYPE_VARINT: {
            std::uint64_t ignored = 0;
            if (!in.ReadVarint64(&ignored))
                return false;
            break;
        }
        case WireFormatLite::WIRETYPE_FIXED64:
            if (!in.Skip(8))
                return false;
            break;
        case WireFormatLite::WIRETYPE_FIXED32:
            if (!in.Skip(4))
                return false;
            break;
        case WireFormatLite::WIRETYPE_LENGTH_DELIMITED: {
            std::uint32_t length = 0;
            if (!in.ReadVarint32(&length) || length > std::uint32_t(in.BytesUntilTotalBytesLimit()))
                return false;
            const google::protobuf::Descriptor *message =
                fields.messageIn(type, WireFormatLite::GetTagFieldNumber(tag));
            if (message) {
                if (++count > cap)
                    return true;
                const auto limit = in.PushLimit(int(length));
                if (!countMessages(*message, fields, in, depth + 1, cap, count))
                    return false;
                if (count > cap)
                    return true;
                in.PopLimit(limit);
            } else if (!in.Skip(int(length))) {
                return false;
            }
            break;
        }
        default: // groups: not in the schema, and the parser refuses them too
            return false;
        }
    }
}

} // namespace

bool looksLikePack(QByteArrayView head)
{
    return head.size() >= qsizetype(sizeof kMagic) &&
           std::memcmp(head.data(), kMagic, sizeof kMagic) == 0;
}

QByteArray packBytes(const Dataset &dataset)
{
    google::protobuf::Arena arena;
    auto *pack = google::protobuf::Arena::CreateMessage<pb::Pack>(&arena);
    fillPack(dataset, pack);
    // Written straight after the frame: a city's payload is hundreds of megabytes, and a
    // payload string copied into the output would hold it twice.
    const std::size_t size = pack->ByteSizeLong();
    QByteArray out;
    out.reserve(kFrameBytes + static_cast<qsizetype>(size));
    out.append(kMagic, sizeof kMagic);
    appendLe(out, size, 8);
    appendLe(out, 0, 8); // the checksum, once the payload is there
    out.resize(kFrameBytes + static_cast<qsizetype>(size));
    char *payload = out.data() + kFrameBytes;
    {
        google::protobuf::io::ArrayOutputStream stream(payload, static_cast<int>(size));
        google::protobuf::io::CodedOutputStream coded(&stream);
        // Deterministic: map entries (the per-language names) are written in key order.
        coded.SetSerializationDeterministic(true);
        pack->SerializeWithCachedSizes(&coded);
        Q_ASSERT(!coded.HadError() && std::size_t(coded.ByteCount()) == size);
    }
    qToLittleEndian<quint64>(checksumOf(payload, size), out.data() + kFrameBytes - 8);
    return out;
}

namespace {

Result<Dataset> readPackBytesMayThrow(QByteArrayView bytes, const QString &name)
{
    if (bytes.isEmpty())
        return errorAtByte(name, 0, ParseErrorCode::Empty);
    if (!looksLikePack(bytes))
        return errorAtByte(name, 0, ParseErrorCode::NotThisFormat);
    if (bytes.size() < kFrameBytes)
        return errorAtByte(name, bytes.size(), ParseErrorCode::Truncated);
    const std::uint64_t declared = readLe64(bytes.data() + 8);
    const std::uint64_t present = static_cast<std::uint64_t>(bytes.size() - kFrameBytes);
    if (declared > static_cast<std::uint64_t>(kMaxPackBytes))
        return errorAtByte(name, 8, ParseErrorCode::TooLarge, ParseReason::LimitBytes,
                           parseArgs(kMaxPackBytes));
    if (present < declared)
        return errorAtByte(name, bytes.size(), ParseErrorCode::Truncated,
                           ParseReason::BytesOfDeclared, parseArgs(present, declared));
    if (present > declared)
        return errorAtByte(name, kFrameBytes + qint64(declared), ParseErrorCode::Malformed,
                           ParseReason::TrailingBytes);
    const char *payload = bytes.data() + kFrameBytes;
    const auto payloadSize = static_cast<std::size_t>(declared);
    if (checksumOf(payload, payloadSize) != readLe64(bytes.data() + 16))
        return errorAtByte(name, kFrameBytes, ParseErrorCode::ChecksumMismatch);

    const std::int64_t allowedMessages =
        kFreeMessages + static_cast<std::int64_t>(payloadSize) / kMinBytesPerMessage;
    std::int64_t messages = 0;
    google::protobuf::io::CodedInputStream counted(reinterpret_cast<const std::uint8_t *>(payload),
                                                   static_cast<int>(payloadSize));
    MessageFields fields;
    const bool countable =
        countMessages(*pb::Pack::descriptor(), fields, counted, 0, allowedMessages, messages);
    if (countable && messages > allowedMessages)
        return errorAtByte(name, kFrameBytes, ParseErrorCode::TooLarge,
                           ParseReason::RecordsLimit, parseArgs(allowedMessages, payloadSize));

    // Parsing into an arena avoids one heap allocation per message: most of the read time for
    // a city with 160,000 cameras.
    google::protobuf::ArenaOptions options;
    options.start_block_size = 64 * 1024;
    options.max_block_size = 8 * 1024 * 1024;
    google::protobuf::Arena arena(options);
    auto *pack = google::protobuf::Arena::CreateMessage<pb::Pack>(&arena);
    const bool parsed =
        countable && pack->ParseFromArray(payload, static_cast<int>(payloadSize));
    if (!parsed) {
        // A newer major version may have changed field types; say so rather than "malformed".
        pb::FormatProbe probe;
        if (probe.ParseFromArray(payload, static_cast<int>(payloadSize)) &&
            probe.format_major() > kPackFormatMajor)
            return errorAtByte(
                name, kFrameBytes, ParseErrorCode::FutureVersion, ParseReason::FormatVersion,
                {QStringLiteral("%1.%2").arg(probe.format_major()).arg(probe.format_minor())});
        return errorAtByte(name, kFrameBytes, ParseErrorCode::Malformed,
                           ParseReason::ProtobufUnparsable);
    }
    if (pack->format_major() != kPackFormatMajor)
        return errorAtByte(
            name, kFrameBytes, ParseErrorCode::FutureVersion, ParseReason::FormatVersion,
            {QStringLiteral("%1.%2").arg(pack->format_major()).arg(pack->format_minor())});

    if (!streetColumnsConsistent(pack->streets()))
        return errorAtByte(name, kFrameBytes, ParseErrorCode::Malformed,
                           ParseReason::StreetColumnsDiffer);
    if (!baseMapColumnsConsistent(pack->base_map()))
        return errorAtByte(name, kFrameBytes, ParseErrorCode::Malformed,
                           ParseReason::BaseMapColumnsDiffer);
    Dataset dataset = datasetFrom(*pack);
    const std::vector<ModelIssue> issues = validateDataset(dataset);
    if (!issues.empty()) {
        ParseError e = invalidModel(name, issues.front());
        e.byteOffset = kFrameBytes;
        return e;
    }
    return dataset;
}

Result<Dataset> readPackFileMayThrow(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return systemError(path, ParseErrorCode::CannotOpen, file.errorString());
    if (file.size() > kMaxPackBytes + kFrameBytes)
        return errorAtByte(path, 0, ParseErrorCode::TooLarge, ParseReason::LimitBytes,
                           parseArgs(kMaxPackBytes));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return systemError(path, ParseErrorCode::CannotOpen, file.errorString());
    return readPackBytesMayThrow(bytes, path);
}

} // namespace

Result<Dataset> readPackBytes(QByteArrayView bytes, const QString &name)
{
    return withoutBadAlloc(name, [&] { return readPackBytesMayThrow(bytes, name); });
}

Result<Dataset> readPackFile(const QString &path)
{
    return withoutBadAlloc(path, [&] { return readPackFileMayThrow(path); });
}

std::optional<ParseError> writePackFile(const Dataset &dataset, const QString &path)
{
    return writeFileAtomically(path, packBytes(dataset));
}

} // namespace blindspot
