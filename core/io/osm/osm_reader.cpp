#include "core/io/osm/osm_reader.h"

#include "core/io/osm/base_map_geometry.h"
#include "core/io/osm/base_map_tags.h"
#include "core/io/osm/node_locations.h"
#include "core/io/osm/osm_tags.h"
#include "core/io/osm/osm_xml_check.h"
#include "core/io/osm/point_grid.h"
#include "core/io/osm/way_node_ids.h"
#include "core/io/transit_network_builder.h"
#include "core/io/values/camera_values.h"
#include "core/io/values/date.h"
#include "core/io/values/direction.h"
#include "core/io/values/number.h"

#include <osmium/io/any_input.hpp>
#include <osmium/memory/buffer.hpp>
#include <osmium/osm.hpp>
#include <osmium/thread/pool.hpp>
#include <protozero/pbf_reader.hpp>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <strings.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <exception>
#include <limits>
#include <map>
#include <string_view>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace blindspot {

namespace {

using osmium::object_id_type;

// How far a stop position or platform may be from the station it is taken to belong to, when no
// stop_area says which station that is; and the same for an entrance.
constexpr double kStopToStationMetres = 300.0;
// An indoor camera this close to a station is taken to be inside it.
constexpr double kIndoorCameraToStationMetres = 150.0;
using osm::kNoIndex;
using osm::latLonOf;
using osm::NodeLocations;
using osm::PointGrid;

QString utf8(const char *s)
{
    return QString::fromUtf8(s);
}

bool is(const char *value, const char *expected)
{
    return value && !std::strcmp(value, expected);
}

std::string_view viewOf(const char *value)
{
    return value ? std::string_view(value) : std::string_view();
}

// The byte offset of the first BlobHeader in a PBF file without a type field, or -1 when all
// have one. libosmium 2.19 compares the type with strncmp without checking that the field was
// present, passing it a null pointer: undefined behaviour (harmless with glibc, fatal in the
// sanitizer builds that fuzz this reader). The PBF format requires the type, so such a file is
// refused before libosmium reads it. Only the blob headers are read, the blobs are seeked over;
// the walk stops at the first other framing problem, which libosmium reports itself.
qint64 pbfBlobWithoutType(QFile &file)
{
    constexpr quint32 kMaxBlobHeaderBytes = 64 * 1024; // libosmium's limit, as the format's
    qint64 offset = 0;
    while (offset + 4 <= file.size() && file.seek(offset)) {
        const QByteArray length = file.read(4);
        if (length.size() != 4)
            break;
        const quint32 headerBytes = qFromBigEndian<quint32>(length.constData());
        if (headerBytes == 0 || headerBytes > kMaxBlobHeaderBytes) // libosmium: end of data, error
            break;
        const QByteArray header = file.read(headerBytes);
        if (header.size() != qsizetype(headerBytes))
            break;
        bool typed = false;
        std::int32_t blobBytes = 0;
        try {
            protozero::pbf_reader fields(header.constData(), std::size_t(header.size()));
            while (fields.next()) {
                if (fields.tag() == 1 &&
                    fields.wire_type() == protozero::pbf_wire_type::length_delimited) {
                    typed = true;
                    fields.skip();
                } else if (fields.tag() == 3 &&
                           fields.wire_type() == protozero::pbf_wire_type::varint) {
                    blobBytes = fields.get_int32();
                } else {
                    fields.skip();
                }
            }
        } catch (const protozero::exception &) {
            break;
        }
        if (!typed)
            return offset;
        if (blobBytes <= 0)
            break;
        offset += 4 + qint64(headerBytes) + blobBytes;
    }
    return -1;
}

// A (type, id) pair packed into one integer, for hash maps over nodes, ways and relations.
std::uint64_t keyOf(osmium::item_type type, object_id_type id)
{
    std::uint64_t t = 0;
    if (type == osmium::item_type::way)
        t = 1;
    else if (type == osmium::item_type::relation)
        t = 2;
    return (std::uint64_t(id) << 2) | t;
}

QString elementName(osmium::item_type type, object_id_type id)
{
    const QLatin1String kind = type == osmium::item_type::node  ? QLatin1String("node/")
                               : type == osmium::item_type::way ? QLatin1String("way/")
                                                                : QLatin1String("relation/");
    return kind + QString::number(id);
}

QString sourceRefOf(osmium::item_type type, object_id_type id)
{
    return QLatin1String("osm:") + elementName(type, id);
}

// name, and name:xx for each language code xx, as OSM keeps translations.
LocalizedName localizedNameOf(const osmium::TagList &tags)
{
    LocalizedName name;
    for (const osmium::Tag &tag : tags) {
        const char *key = tag.key();
        if (!std::strcmp(key, "name")) {
            name.native = utf8(tag.value());
            continue;
        }
        if (std::strncmp(key, "name:", 5) != 0)
            continue;
        const std::string_view language(key + 5);
        const bool isCode = (language.size() == 2 || language.size() == 3) &&
                            std::all_of(language.begin(), language.end(),
                                        [](char c) { return c >= 'a' && c <= 'z'; });
        if (isCode)
            name.byLanguage.insert(QString::fromLatin1(language.data(), qsizetype(language.size())),
                                   utf8(tag.value()));
    }
    return name;
}

std::optional<LineMode> modeOf(const char *value)
{
    if (is(value, "subway"))
        return LineMode::Subway;
    if (is(value, "light_rail"))
        return LineMode::LightRail;
    if (is(value, "monorail"))
        return LineMode::Monorail;
    return std::nullopt;
}

// A metro station: `railway=station` or `public_transport=station` with `station=subway`
// (light_rail, monorail), or with `subway=yes` in the public transport v2 scheme.
std::optional<LineMode> stationModeOf(const osmium::TagList &tags)
{
    const char *railway = tags.get_value_by_key("railway");
    const char *pt = tags.get_value_by_key("public_transport");
    if (!is(railway, "station") && !is(pt, "station"))
        return std::nullopt;
    if (const auto mode = modeOf(tags.get_value_by_key("station")))
        return mode;
    if (is(tags.get_value_by_key("subway"), "yes"))
        return LineMode::Subway;
    if (is(tags.get_value_by_key("light_rail"), "yes"))
        return LineMode::LightRail;
    if (is(tags.get_value_by_key("monorail"), "yes"))
        return LineMode::Monorail;
    return std::nullopt;
}

// Ways a person may walk along: OSM `highway` values usable on foot, unless access says no.
bool isWalkable(const osmium::TagList &tags)
{
    const char *highway = tags.get_value_by_key("highway");
    if (!highway)
        return false;
    const char *foot = tags.get_value_by_key("foot");
    const bool footAllowed = is(foot, "yes") || is(foot, "designated") || is(foot, "permissive");
    if (is(foot, "no"))
        return false;
    const char *access = tags.get_value_by_key("access");
    if ((is(access, "private") || is(access, "no")) && !footAllowed)
        return false;
    static const std::unordered_set<std::string_view> kWalkable = {
        "footway", "pedestrian",   "path",     "steps",         "living_street", "residential",
        "service", "unclassified", "tertiary", "tertiary_link", "secondary",     "secondary_link",
        "primary", "primary_link", "track",    "corridor",      "crossing",      "road"};
    if (kWalkable.count(highway))
        return true;
    // Motorways and trunk roads only where foot access is signed; cycleways likewise.
    static const std::unordered_set<std::string_view> kWhereSigned = {
        "motorway", "motorway_link", "trunk", "trunk_link", "cycleway", "bridleway"};
    return footAllowed && kWhereSigned.count(highway);
}

StreetClass streetClassOf(std::string_view highway)
{
    if (highway.ends_with("_link"))
        highway.remove_suffix(5);
    static const std::unordered_map<std::string_view, StreetClass> kClasses = {
        {"footway", StreetClass::Footway},
        {"pedestrian", StreetClass::Pedestrian},
        {"path", StreetClass::Path},
        {"steps", StreetClass::Steps},
        {"corridor", StreetClass::Corridor},
        {"living_street", StreetClass::LivingStreet},
        {"residential", StreetClass::Residential},
        {"service", StreetClass::Service},
        {"track", StreetClass::Track},
        {"unclassified", StreetClass::Unclassified},
        {"tertiary", StreetClass::Tertiary},
        {"secondary", StreetClass::Secondary},
        {"primary", StreetClass::Primary},
        {"trunk", StreetClass::Trunk},
        {"motorway", StreetClass::Motorway},
        {"cycleway", StreetClass::Cycleway},
        {"bridleway", StreetClass::Bridleway}};
    const auto it = kClasses.find(highway);
    return it == kClasses.end() ? StreetClass::Other : it->second;
}

// What directions on foot need from a walkable way's tags, in one walk over them: its class,
// footway details, and name in the languages the app speaks. `key` receives all of it as
// bytes, so that ways alike are stored once.
void streetWayKeyOf(const osmium::TagList &tags, std::string &key)
{
    const char *highway = nullptr, *name = nullptr, *nameEn = nullptr, *nameRu = nullptr,
               *nameUk = nullptr, *tunnel = nullptr, *location = nullptr, *bridge = nullptr,
               *indoor = nullptr, *footway = nullptr, *path = nullptr, *cycleway = nullptr,
               *crossing = nullptr, *crossingSignals = nullptr;
    const std::pair<const char *, const char **> wanted[] = {
        {"highway", &highway},   {"name", &name},         {"name:en", &nameEn},
        {"name:ru", &nameRu},    {"name:uk", &nameUk},    {"tunnel", &tunnel},
        {"location", &location}, {"bridge", &bridge},     {"indoor", &indoor},
        {"footway", &footway},   {"path", &path},         {"cycleway", &cycleway},
        {"crossing", &crossing}, {"crossing:signals", &crossingSignals}};
    for (const osmium::Tag &tag : tags) {
        const char *k = tag.key();
        // Every key wanted starts with one of these letters; most tags are skipped here.
        if (!std::strchr("hntlbifpc", k[0]))
            continue;
        for (const auto &[wantedKey, value] : wanted)
            if (!std::strcmp(k, wantedKey)) {
                *value = tag.value();
                break;
            }
    }
    std::uint8_t features = 0;
    // A building passage is an archway, not an underpass.
    if ((tunnel && !is(tunnel, "no") && !is(tunnel, "building_passage")) ||
        is(location, "underground"))
        features |= std::uint8_t(StreetFeature::Tunnel);
    if (bridge && !is(bridge, "no"))
        features |= std::uint8_t(StreetFeature::Bridge);
    if (is(footway, "crossing") || is(path, "crossing") || is(cycleway, "crossing") ||
        is(highway, "crossing"))
        features |= std::uint8_t(StreetFeature::Crossing);
    if (is(crossing, "traffic_signals") || is(crossingSignals, "yes"))
        features |= std::uint8_t(StreetFeature::Signals);
    if (indoor && !is(indoor, "no"))
        features |= std::uint8_t(StreetFeature::Indoor);
    key.clear();
    key.push_back(char(streetClassOf(viewOf(highway))));
    key.push_back(char(features));
    for (const char *n : {name, nameEn, nameRu, nameUk}) {
        if (n)
            key.append(n);
        key.push_back('\0');
    }
}

// The StreetWay a key from streetWayKeyOf() stands for.
StreetWay streetWayOf(std::string_view key)
{
    StreetWay way;
    way.streetClass = StreetClass(std::uint8_t(key[0]));
    way.features = std::uint8_t(key[1]);
    key.remove_prefix(2);
    const char *languages[] = {nullptr, "en", "ru", "uk"};
    for (const char *language : languages) {
        const std::size_t end = key.find('\0');
        const QString name = QString::fromUtf8(key.data(), qsizetype(end));
        key.remove_prefix(end + 1);
        if (name.isEmpty())
            continue;
        if (language)
            way.name.byLanguage.insert(QString::fromLatin1(language), name);
        else
            way.name.native = name;
    }
    return way;
}

enum class MemberRole : std::uint8_t { Stop, Platform, Other };

MemberRole roleOf(const char *role)
{
    const std::string_view r(role);
    if (r.empty() || r == "stop" || r == "stop_entry_only" || r == "stop_exit_only" ||
        r == "forward_stop" || r == "backward_stop")
        return MemberRole::Stop;
    if (r == "platform" || r == "platform_entry_only" || r == "platform_exit_only")
        return MemberRole::Platform;
    return MemberRole::Other;
}

struct Member {
    osmium::item_type type;
    object_id_type ref;
    MemberRole role;
};

struct RelationInfo {
    enum class Kind : std::uint8_t { Route, RouteMaster, StopArea, StopAreaGroup, Station };
    object_id_type id = 0;
    Kind kind = Kind::Route;
    LineMode mode = LineMode::Subway;
    LocalizedName name;
    QString ref;
    QString network;
    std::optional<std::uint32_t> colour;
    std::vector<Member> members;
};

// What a surveillance element's tags say, before it has a position.
struct CameraTags {
    osmium::item_type type = osmium::item_type::node;
    object_id_type id = 0;
    LatLon position;
    CameraDirections directions;
    CameraKind kind = CameraKind::Unknown;
    CameraMount mount = CameraMount::Unknown;
    std::optional<double> heightMetres;
    FrStatus frStatus = FrStatus::Unknown;
    CameraSystem system = CameraSystem::Unknown;
    bool indoor = false;
    ZoneKind zone = ZoneKind::EntranceHall;
    QDate observed;
    int observers = 1;
    QString notes;
};

// Cameras only: `surveillance:type` camera or ALPR, or absent (most mapped cameras); guards and
// other kinds are not cameras.
bool isCameraElement(const osmium::TagList &tags)
{
    if (!is(tags.get_value_by_key("man_made"), "surveillance"))
        return false;
    const char *type = tags.get_value_by_key("surveillance:type");
    return !type || !std::strcmp(type, "camera") || !strcasecmp(type, "alpr");
}

CameraTags cameraTagsOf(const osmium::OSMObject &object)
{
    // One walk over the tags: a city has hundreds of thousands of cameras.
    const char *direction = nullptr, *bareDirection = nullptr, *cameraType = nullptr,
               *mount = nullptr, *height = nullptr, *fr = nullptr, *indoor = nullptr,
               *surveillance = nullptr, *level = nullptr, *zone = nullptr, *name = nullptr,
               *description = nullptr, *note = nullptr, *railway = nullptr, *pt = nullptr,
               *surveyDate = nullptr, *checkDate = nullptr, *angle = nullptr, *ownKind = nullptr,
               *ownFov = nullptr, *ownObservers = nullptr, *ownZone = nullptr,
               *operatorName = nullptr, *ownSystem = nullptr;
    const std::pair<const char *, const char **> wanted[] = {{"camera:direction", &direction},
                                                             {"direction", &bareDirection},
                                                             {"camera:type", &cameraType},
                                                             {"camera:mount", &mount},
                                                             {"height", &height},
                                                             {"blindspot:fr", &fr},
                                                             {"indoor", &indoor},
                                                             {"surveillance", &surveillance},
                                                             {"level", &level},
                                                             {"surveillance:zone", &zone},
                                                             {"name", &name},
                                                             {"description", &description},
                                                             {"note", &note},
                                                             {"railway", &railway},
                                                             {"public_transport", &pt},
                                                             {"survey:date", &surveyDate},
                                                             {"check_date", &checkDate},
                                                             {"camera:angle", &angle},
                                                             // what Blindspot's OSM export adds
                                                             {"blindspot:kind", &ownKind},
                                                             {"blindspot:fov", &ownFov},
                                                             {"blindspot:observers", &ownObservers},
                                                             {"blindspot:zone", &ownZone},
                                                             {"blindspot:system", &ownSystem},
                                                             {"operator", &operatorName}};
    for (const osmium::Tag &tag : object.tags())
        for (const auto &[key, value] : wanted)
            if (!std::strcmp(tag.key(), key)) {
                *value = tag.value();
                break;
            }

    CameraTags c;
    c.type = object.type();
    c.id = object.id();
    c.directions = parseCameraDirections(viewOf(direction ? direction : bareDirection));
    c.kind = parseCameraKind(viewOf(cameraType));
    if (is(ownKind, "turnstile"))
        c.kind = CameraKind::Turnstile;
    // Blindspot's export writes one field of view for the camera; OSM's camera:direction
    // ranges carry their own, which win.
    if (const std::optional<double> fov = parseDecimal(viewOf(ownFov));
        fov && *fov > 0.0 && *fov <= 360.0)
        for (CameraDirection &d : c.directions)
            if (!d.fovDegrees)
                d.fovDegrees = *fov;
    if (const std::optional<int> n = parseCount(viewOf(ownObservers), 1))
        c.observers = *n;
    c.mount = parseCameraMount(viewOf(mount));
    c.heightMetres = parseHeightMetres(viewOf(height));
    // OSM has no tag for face recognition; Blindspot keeps it in its own namespace, and an
    // element without it is Unknown (the exposure model then uses the prior for the place).
    c.frStatus = parseFrStatus(viewOf(fr)).value_or(FrStatus::Unknown);
    c.system = osm::cameraSystemFromTags(viewOf(surveillance), viewOf(operatorName),
                                         viewOf(ownSystem));
    const std::optional<ZoneKind> ownZoneKind = parseZoneKind(viewOf(ownZone));
    c.indoor = (indoor && parseYesNo(indoor) != false) || is(surveillance, "indoor") || level ||
               ownZoneKind;
    // The zone matters only for a camera inside a station, which must be indoors.
    if (c.indoor) {
        std::string hints;
        for (const char *v : {zone, name, description, note})
            if (v)
                hints.append(v).append(" ");
        c.zone = ownZoneKind ? *ownZoneKind
                 : is(railway, "platform") || is(pt, "platform")
                     ? ZoneKind::Platform
                     : guessZoneKind(hints).value_or(ZoneKind::EntranceHall);
    }
    c.observed = parseDate(viewOf(surveyDate ? surveyDate : checkDate));
    if (description || note || angle) {
        QStringList notes;
        for (const char *v : {description, note})
            if (v)
                notes << utf8(v);
        // The model has no tilt; keep what the mapper saw where a person can read it.
        if (angle)
            notes << QStringLiteral("camera:angle=") + utf8(angle);
        c.notes = notes.join(QLatin1Char('\n'));
    }
    return c;
}

struct StationCandidate {
    osmium::item_type type = osmium::item_type::node;
    object_id_type id = 0;
    LocalizedName name;
    LineMode mode = LineMode::Subway;
    LatLon position;
    TransitNetworkBuilder::ZoneReports zones;
};

// A station element. What is known about its zones' cameras lives, like camera FR status, in
// Blindspot's own tags (OSM has none): `blindspot:fr:<zone>` (confirmed, suspected, none,
// unknown) and `blindspot:cameras:<zone>` (a count), with zones named as in the design
// (entrance_hall, turnstiles, ...); a plain `blindspot:fr` applies to every zone not named.
StationCandidate stationCandidateOf(const osmium::OSMObject &object, LineMode mode, LatLon position)
{
    StationCandidate station;
    station.type = object.type();
    station.id = object.id();
    station.name = localizedNameOf(object.tags());
    station.mode = mode;
    station.position = position;
    std::optional<FrStatus> everywhere;
    for (const osmium::Tag &tag : object.tags()) {
        const std::string_view key(tag.key());
        if (key == "blindspot:fr") {
            everywhere = parseFrStatus(tag.value());
        } else if (key.starts_with("blindspot:fr:")) {
            if (const auto zone = parseZoneKind(key.substr(13)))
                station.zones.frStatus[std::size_t(*zone)] = parseFrStatus(tag.value());
        } else if (key.starts_with("blindspot:cameras:")) {
            const auto zone = parseZoneKind(key.substr(18));
            if (const auto count = parseCount(tag.value(), 0); zone && count)
                station.zones.cameras[std::size_t(*zone)] = *count;
        }
    }
    if (everywhere)
        for (auto &status : station.zones.frStatus)
            if (!status)
                status = everywhere;
    return station;
}

struct EntranceCandidate {
    object_id_type id = 0;
    LatLon position;
    QString ref;
    LocalizedName name;
    bool subway = true; // railway=subway_entrance, not train_station_entrance
};

// An address or a named place people may type as a start or destination: `name` with
// `place`, `amenity`, `shop`, `tourism` or `building`, else `addr:street` + `addr:housenumber`.
std::optional<NamedPlace> namedPlaceOf(const osmium::TagList &tags)
{
    const char *street = tags.get_value_by_key("addr:street");
    const char *houseNumber = tags.get_value_by_key("addr:housenumber");
    std::optional<NamedPlace::Kind> kind;
    if (tags.has_key("name")) {
        if (tags.has_key("place"))
            kind = NamedPlace::Kind::Locality;
        else if (tags.has_key("amenity"))
            kind = NamedPlace::Kind::Amenity;
        else if (tags.has_key("shop"))
            kind = NamedPlace::Kind::Shop;
        else if (tags.has_key("tourism"))
            kind = NamedPlace::Kind::Tourism;
        else if (const char *building = tags.get_value_by_key("building");
                 building && !is(building, "no"))
            kind = NamedPlace::Kind::Building;
    }
    if (!kind && !(street && *street && houseNumber && *houseNumber))
        return std::nullopt;
    NamedPlace place;
    place.kind = kind.value_or(NamedPlace::Kind::Address);
    if (kind)
        place.name = localizedNameOf(tags);
    if (street && houseNumber) {
        place.street = utf8(street);
        place.houseNumber = utf8(houseNumber);
    }
    return place;
}

// A way kept from the first pass other than for the base map only, with its node ids.
struct StoredWay {
    enum class Kind : std::uint8_t { Street, StationArea, Platform, Camera, Place };
    object_id_type id = 0;
    Kind kind = Kind::Street;
    std::uint64_t refs = 0;         // where its node ids are in OsmImport::m_wayRefs
    std::size_t payload = kNoIndex; // index into the station, camera, street way or place list
};

// A base-map way, in OsmImport::m_baseWays: a byte, the BaseMapKind or kCoastline, then its
// node ids (each the difference from the one before, across ways: a city's buildings are most
// of its ways, and their nodes' ids mostly follow each other). With kShared added to the byte,
// the way is something else as well (a named building is a place): then the offset of its ids
// in m_wayRefs follows instead.
constexpr std::uint8_t kCoastline = 0x7f;
constexpr std::uint8_t kShared = 0x80;
constexpr std::uint64_t kNoOffset = std::uint64_t(-1);

// A multipolygon relation the base map keeps: its kind and member ways, whose nodes a pass over
// the ways collects (members are mostly untagged ways, skipped by the first pass).
struct BaseMultipolygon {
    BaseMapKind kind = BaseMapKind::Green;
    std::vector<object_id_type> ways;
};

class OsmImport {
public:
    OsmImport(const QString &path, const ImportOptions &options) : m_path(path), m_options(options)
    {
    }

    Result<Dataset> run();

private:
    ParseError error(ParseErrorCode code, ParseReason reason = ParseReason::None,
                     QStringList args = {}) const
    {
        return fileError(m_path, code, reason, std::move(args));
    }

    std::optional<ParseError> detectFile();
    std::optional<ParseError> readPass(osmium::osm_entity_bits::type entities, int passIndex,
                                       bool stopAtFirstWay = false);
    std::optional<ParseError> readNodes(int passIndex);
    std::optional<ParseError> afterBuffer(const osmium::io::Reader &reader, int passIndex);
    void readWay(const osmium::Way &way);
    void readRelation(const osmium::Relation &relation);
    std::optional<ParseError> readNode(const osmium::Node &node);
    void appendBaseWay(std::uint8_t kind, const osmium::Way &way, std::uint64_t sharedRefs);
    void visitStoredIds(const NodeLocations::IdVisitor &visit) const;
    LatLon centroidOf(const StoredWay &way) const;
    LatLon positionOf(const Member &member) const;
    Dataset assemble();
    void resolvePositions();
    void buildNetwork(Dataset &dataset);
    void buildCameras(Dataset &dataset) const;
    void buildStreets(Dataset &dataset) const;
    void buildBaseMap(Dataset &dataset) const;
    template <class Visit> void visitBaseWays(Visit visit) const;
    void appendPoints(const std::vector<object_id_type> &ids, std::vector<BasePoint> &points) const;
    GeoBox seaBox() const;
    std::int64_t stationForStop(const Member &member) const;
    std::vector<int> stopSequenceOf(const RelationInfo &route) const;
    // Outside the import's clip area (`--clip`): dropped before the network and streets are
    // built, so that a regional extract never becomes a regional dataset in memory.
    bool outsideClip(LatLon p) const { return m_options.clip && !m_options.clip->contains(p); }

    QString m_path;
    const ImportOptions &m_options;
    // Inflating and decoding PBF blocks is most of the work; the user waits for the import, so
    // it gets every core (libosmium's shared pool leaves two free: none on a two-core laptop).
    osmium::thread::Pool m_pool{int(std::max(2u, std::thread::hardware_concurrency()))};
    osmium::io::File m_file{""};
    bool m_isXml = false;
    int m_passes = 2;
    qint64 m_fileBytes = 0;
    std::int64_t m_elements = 0;

    NodeLocations m_nodes;
    osm::WayNodeIds m_wayRefs;  // node ids of m_ways and of multipolygons' member ways
    osm::WayNodeIds m_baseWays; // the base map's ways (see kShared)
    object_id_type m_lastBaseId = 0;
    std::size_t m_baseWayCount = 0;
    std::int64_t m_storedIds = 0; // in m_wayRefs and m_baseWays, for ImportLimits::storedBase
    std::int64_t m_streetIds = 0; // of them, in street ways
    std::int64_t m_baseIds = 0;   // of them, in base-map ways (shared ones included)
    std::vector<StoredWay> m_ways;
    std::unordered_map<object_id_type, std::size_t> m_areaWayIndex; // ways other than streets
    std::vector<RelationInfo> m_relations;
    std::unordered_map<object_id_type, std::size_t> m_relationIndex;
    std::vector<StationCandidate> m_stations;
    std::unordered_map<std::uint64_t, std::size_t> m_stationIndex; // by keyOf()
    std::vector<EntranceCandidate> m_entrances;
    std::vector<CameraTags> m_cameras;
    std::vector<StreetWay> m_streetWays;
    std::vector<NamedPlace> m_places;
    std::unordered_map<std::string, std::uint32_t> m_streetWayIndex; // by streetWayKeyOf()
    std::string m_streetWayKey;                                      // reused, not reallocated
    // keyOf(member) -> the stop_area relations it belongs to
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> m_stopAreasOf;
    PointGrid m_stationGrid;
    // The base map's multipolygons and, after the member pass, their member ways' node ids:
    // member way id -> offset in m_wayRefs (kNoOffset for a way not in the file).
    std::vector<BaseMultipolygon> m_multipolygons;
    std::unordered_map<object_id_type, std::uint64_t> m_memberWays;
    bool m_memberPass = false;
    std::int64_t m_memberCount = 0; // relation members kept, for ImportLimits::storedBase
    GeoBox m_headerBox; // the file's own bounding box, where it gives one
    GeoBox m_nodeBox;   // of every node read
};

std::optional<ParseError> OsmImport::detectFile()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return systemError(m_path, ParseErrorCode::CannotOpen, file.errorString());
    m_fileBytes = file.size();
    if (m_fileBytes == 0)
        return error(ParseErrorCode::Empty);
    if (m_fileBytes > m_options.limits.maxFileBytes)
        return error(ParseErrorCode::TooLarge,
                     ParseReason::FileOverBytes,
                     parseArgs(m_options.limits.maxFileBytes));
    const QByteArray head = file.read(16);
    const auto starts = [&head](const char *magic, int n) {
        return head.size() >= n && !std::memcmp(head.constData(), magic, std::size_t(n));
    };
    const std::string path = QFile::encodeName(m_path).toStdString();

    // The content decides, not the name: a renamed download still reads.
    std::optional<osm::XmlCompression> xml;
    if (starts("\x1f\x8b", 2)) {
        xml = osm::XmlCompression::Gzip;
        m_file = osmium::io::File(path, "osm.gz");
    } else if (starts("BZh", 3)) {
        xml = osm::XmlCompression::Bzip2;
        m_file = osmium::io::File(path, "osm.bz2");
    } else if (head.size() >= 15 && head.mid(4, 11) == QByteArray("\x0a\x09OSMHeader", 11)) {
        // PBF: a 4-byte length, then a BlobHeader whose first field is the type "OSMHeader".
        m_file = osmium::io::File(path, "pbf");
        if (const qint64 untyped = pbfBlobWithoutType(file); untyped >= 0) {
            ParseError e =
                error(ParseErrorCode::Malformed, ParseReason::BlobHeaderWithoutType);
            e.byteOffset = untyped;
            return e;
        }
    } else {
        QByteArray start = head;
        if (start.startsWith("\xEF\xBB\xBF"))
            start.remove(0, 3);
        if (start.trimmed().startsWith('<')) {
            xml = osm::XmlCompression::None;
            m_file = osmium::io::File(path, "osm");
        } else {
            // OPL and O5M have no signature; let libosmium go by the name.
            m_file = osmium::io::File(path);
            if (m_file.format() == osmium::io::file_format::unknown ||
                m_file.format() == osmium::io::file_format::xml ||
                m_file.format() == osmium::io::file_format::pbf)
                return error(ParseErrorCode::NotThisFormat);
        }
    }
    if (xml) {
        m_isXml = true;
        m_passes = 3;
        if (auto problem = osm::checkOsmXml(m_path, *xml, m_options, 0, m_fileBytes * m_passes))
            return problem;
    }
    return std::nullopt;
}

std::optional<ParseError> OsmImport::afterBuffer(const osmium::io::Reader &reader, int passIndex)
{
    if (m_elements > m_options.limits.maxElements)
        return error(ParseErrorCode::TooLarge,
                     ParseReason::MoreElements,
                     parseArgs(m_options.limits.maxElements));
    const std::int64_t stored = m_storedIds + m_memberCount;
    const std::int64_t mayStore =
        m_options.limits.storedBase + m_options.limits.storedPerFileByte * m_fileBytes;
    if (stored > mayStore)
        return error(ParseErrorCode::TooLarge,
                     ParseReason::StoredRefsLimit, parseArgs(mayStore, m_fileBytes));
    if (!m_options.progress)
        return std::nullopt;
    if (m_options.progress->isCancelled())
        return error(ParseErrorCode::Cancelled);
    m_options.progress->report(qint64(passIndex) * m_fileBytes + qint64(reader.offset()),
                               qint64(m_passes) * m_fileBytes);
    return std::nullopt;
}

std::optional<ParseError> OsmImport::readNodes(int passIndex)
{
    // Files sorted by type, as PBF extracts are, hold all nodes before the first way: the pass
    // stops there instead of inflating the ways and relations a second time.
    bool sorted = false;
    if (!m_isXml) {
        osmium::io::Reader probe(m_file, osmium::osm_entity_bits::nothing, m_pool);
        sorted = probe.header().get("sorting") == "Type_then_ID";
        probe.close();
    }
    return readPass(sorted ? osmium::osm_entity_bits::node | osmium::osm_entity_bits::way
                           : osmium::osm_entity_bits::node,
                    passIndex, sorted);
}

std::optional<ParseError> OsmImport::readPass(osmium::osm_entity_bits::type entities, int passIndex,
                                              bool stopAtFirstWay)
{
    // Metadata (versions, users, timestamps) is not needed; skipping it makes PBF decoding
    // faster. XML change files mark deletions through it, so XML keeps it.
    osmium::io::Reader reader(m_file, entities, m_pool,
                              m_isXml ? osmium::io::read_meta::yes : osmium::io::read_meta::no);
    if (const osmium::io::Header header = reader.header(); !m_headerBox.isValid())
        for (const osmium::Box &box : header.boxes())
            if (box.valid()) {
                m_headerBox.extend(latLonOf(box.bottom_left()));
                m_headerBox.extend(latLonOf(box.top_right()));
                break;
            }
    while (osmium::memory::Buffer buffer = reader.read()) {
        for (const osmium::memory::Item &item : buffer) {
            switch (item.type()) {
            case osmium::item_type::node:
                ++m_elements;
                if (auto problem = readNode(static_cast<const osmium::Node &>(item)))
                    return problem;
                break;
            case osmium::item_type::way:
                if (stopAtFirstWay) {
                    reader.close();
                    return afterBuffer(reader, passIndex);
                }
                ++m_elements;
                readWay(static_cast<const osmium::Way &>(item));
                break;
            case osmium::item_type::relation:
                ++m_elements;
                readRelation(static_cast<const osmium::Relation &>(item));
                break;
            default:
                break;
            }
        }
        if (auto problem = afterBuffer(reader, passIndex))
            return problem;
    }
    reader.close();
    return std::nullopt;
}

void OsmImport::readWay(const osmium::Way &way)
{
    if (!way.visible())
        return;
    if (m_memberPass) {
        const auto it = m_memberWays.find(way.id());
        if (it == m_memberWays.end())
            return;
        it->second = m_wayRefs.size();
        const auto count = std::int64_t(m_wayRefs.appendIds(way.nodes()));
        m_storedIds += count;
        m_baseIds += count;
        return;
    }
    if (way.tags().empty())
        return;
    const osmium::TagList &tags = way.tags();
    const bool walkable = isWalkable(tags);
    const bool closed = way.nodes().size() >= 4 && way.is_closed();
    // What the base map draws of it: kCoastline, a BaseMapKind, or nothing (kNotDrawn).
    constexpr std::uint8_t kNotDrawn = 0xff;
    std::uint8_t drawn = kNotDrawn;
    if (osm::isCoastline(tags))
        drawn = kCoastline;
    else if (const auto kind = osm::baseMapKindOf(tags, closed, walkable);
             kind && (m_options.buildings || *kind != BaseMapKind::Building))
        drawn = std::uint8_t(*kind);
    StoredWay stored;
    stored.id = way.id();
    if (isCameraElement(tags)) {
        stored.kind = StoredWay::Kind::Camera;
        stored.payload = m_cameras.size();
        m_cameras.push_back(cameraTagsOf(way));
    } else if (const auto mode = stationModeOf(tags)) {
        stored.kind = StoredWay::Kind::StationArea;
        stored.payload = m_stations.size();
        m_stations.push_back(stationCandidateOf(way, *mode, {}));
    } else if (is(tags.get_value_by_key("railway"), "platform") ||
               is(tags.get_value_by_key("public_transport"), "platform")) {
        stored.kind = StoredWay::Kind::Platform;
    } else if (walkable) {
        stored.kind = StoredWay::Kind::Street;
        streetWayKeyOf(tags, m_streetWayKey);
        auto [it, added] = m_streetWayIndex.try_emplace(
            m_streetWayKey, std::uint32_t(m_streetWays.size()));
        if (added)
            m_streetWays.push_back(streetWayOf(m_streetWayKey));
        stored.payload = it->second;
    } else if (auto place = namedPlaceOf(tags)) {
        stored.kind = StoredWay::Kind::Place;
        stored.payload = m_places.size();
        m_places.push_back(std::move(*place));
    } else if (drawn != kNotDrawn) {
        appendBaseWay(drawn, way, kNoOffset);
        return;
    } else {
        return;
    }
    stored.refs = m_wayRefs.size();
    const std::size_t count = m_wayRefs.appendIds(way.nodes());
    m_storedIds += std::int64_t(count);
    if (stored.kind == StoredWay::Kind::Street)
        m_streetIds += std::int64_t(count);
    if (stored.kind != StoredWay::Kind::Street && stored.kind != StoredWay::Kind::Place)
        m_areaWayIndex[stored.id] = m_ways.size();
    m_ways.push_back(stored);
    // A way that is something else as well (a named building is a place, a station's building
    // a station) is drawn too, sharing its node ids.
    if (drawn != kNotDrawn)
        appendBaseWay(drawn, way, stored.refs);
}

void OsmImport::appendBaseWay(std::uint8_t kind, const osmium::Way &way, std::uint64_t sharedRefs)
{
    ++m_baseWayCount;
    m_baseIds += std::int64_t(way.nodes().size());
    if (sharedRefs != kNoOffset) {
        m_baseWays.appendByte(kind | kShared);
        m_baseWays.appendVarint(sharedRefs);
        return;
    }
    m_baseWays.appendByte(kind);
    m_storedIds += std::int64_t(m_baseWays.appendIds(way.nodes(), m_lastBaseId));
    if (!way.nodes().empty())
        m_lastBaseId = way.nodes().back().ref();
}

// Calls visit(kind, shared, ids) for each base-map way in file order: its kind (kCoastline or a
// BaseMapKind), whether it shares its node ids with a way in m_ways, and those ids.
template <class Visit> void OsmImport::visitBaseWays(Visit visit) const
{
    std::vector<object_id_type> ids;
    object_id_type previous = 0;
    for (std::uint64_t offset = 0; offset < m_baseWays.size();) {
        const std::uint8_t tag = m_baseWays.byteAt(offset);
        const bool shared = (tag & kShared) != 0;
        if (shared) {
            std::uint64_t refs = m_baseWays.varintAt(offset);
            m_wayRefs.idsAt(refs, ids);
        } else {
            m_baseWays.idsAt(offset, ids, previous);
            if (!ids.empty())
                previous = ids.back();
        }
        visit(std::uint8_t(tag & ~kShared), shared, ids);
    }
}

// Every node id stored for the ways, each time it is stored, for NodeLocations::seal().
void OsmImport::visitStoredIds(const NodeLocations::IdVisitor &visit) const
{
    for (std::uint64_t offset = 0; offset < m_wayRefs.size();)
        m_wayRefs.visitIdsAt(offset, visit);
    visitBaseWays([&visit](std::uint8_t, bool shared, const std::vector<object_id_type> &ids) {
        if (!shared)
            for (object_id_type id : ids)
                visit(id);
    });
}

void OsmImport::readRelation(const osmium::Relation &relation)
{
    if (!relation.visible())
        return;
    const osmium::TagList &tags = relation.tags();
    const char *type = tags.get_value_by_key("type");
    if (is(type, "multipolygon")) {
        if (const auto kind = osm::baseMapKindOf(tags, true, false);
            kind && isArea(*kind) && (m_options.buildings || *kind != BaseMapKind::Building)) {
            BaseMultipolygon &area = m_multipolygons.emplace_back();
            area.kind = *kind;
            m_memberCount += std::int64_t(relation.members().size());
            for (const osmium::RelationMember &m : relation.members())
                if (m.type() == osmium::item_type::way) {
                    area.ways.push_back(m.ref());
                    m_memberWays.try_emplace(m.ref(), kNoOffset);
                }
        }
    }
    const char *pt = tags.get_value_by_key("public_transport");
    RelationInfo info;
    info.id = relation.id();
    if (is(type, "route")) {
        const auto mode = modeOf(tags.get_value_by_key("route"));
        if (!mode)
            return;
        info.kind = RelationInfo::Kind::Route;
        info.mode = *mode;
    } else if (is(type, "route_master")) {
        const auto mode = modeOf(tags.get_value_by_key("route_master"));
        if (!mode)
            return;
        info.kind = RelationInfo::Kind::RouteMaster;
        info.mode = *mode;
    } else if (is(pt, "stop_area")) {
        info.kind = RelationInfo::Kind::StopArea;
    } else if (is(pt, "stop_area_group")) {
        info.kind = RelationInfo::Kind::StopAreaGroup;
    } else if (const auto mode = stationModeOf(tags)) {
        info.kind = RelationInfo::Kind::Station;
        info.mode = *mode;
        m_stations.push_back(stationCandidateOf(relation, *mode, {}));
    } else {
        return;
    }
    info.name = localizedNameOf(tags);
    info.ref = utf8(tags.get_value_by_key("ref", ""));
    info.network = utf8(tags.get_value_by_key("network", ""));
    info.colour = parseColour(viewOf(tags.get_value_by_key("colour")));
    m_memberCount += std::int64_t(relation.members().size());
    for (const osmium::RelationMember &m : relation.members()) {
        info.members.push_back({m.type(), m.ref(), roleOf(m.role())});
        if (m.type() == osmium::item_type::node)
            m_nodes.request(m.ref());
    }
    // A change file may list a relation more than once; the last version counts.
    if (const auto it = m_relationIndex.find(info.id); it != m_relationIndex.end()) {
        m_relations[it->second] = std::move(info);
        return;
    }
    m_relationIndex[info.id] = m_relations.size();
    m_relations.push_back(std::move(info));
}

std::optional<ParseError> OsmImport::readNode(const osmium::Node &node)
{
    if (!node.visible())
        return std::nullopt;
    const osmium::Location location = node.location();
    if (location.is_defined() && !location.valid()) {
        ParseError e = error(ParseErrorCode::Malformed, ParseReason::LocationOutOfRange);
        e.element = elementName(osmium::item_type::node, node.id());
        return e;
    }
    const std::size_t index = m_nodes.indexWhileScanning(node.id());
    if (index != kNoIndex)
        m_nodes.set(index, location);
    if (location.valid())
        m_nodeBox.extend(latLonOf(location));
    const osmium::TagList &tags = node.tags();
    if (tags.empty() || !location.valid() || outsideClip(latLonOf(location)))
        return std::nullopt;

    if (isCameraElement(tags)) {
        CameraTags camera = cameraTagsOf(node);
        camera.position = latLonOf(location);
        m_cameras.push_back(std::move(camera));
    } else if (const auto mode = stationModeOf(tags)) {
        m_stations.push_back(stationCandidateOf(node, *mode, latLonOf(location)));
    } else if (const char *railway = tags.get_value_by_key("railway");
               is(railway, "subway_entrance") || is(railway, "train_station_entrance")) {
        m_entrances.push_back({node.id(), latLonOf(location),
                               utf8(tags.get_value_by_key("ref", "")), localizedNameOf(tags),
                               is(railway, "subway_entrance")});
    } else if (auto place = namedPlaceOf(tags)) {
        place->position = latLonOf(location);
        m_places.push_back(std::move(*place));
    }
    return std::nullopt;
}

// The mean of a way's distinct vertices: inside any small, roughly convex area such as a
// station building or a platform, which is all it is used for.
LatLon OsmImport::centroidOf(const StoredWay &way) const
{
    std::vector<object_id_type> refs;
    std::uint64_t offset = way.refs;
    m_wayRefs.idsAt(offset, refs);
    if (refs.size() > 1 && refs.front() == refs.back())
        refs.pop_back();
    double lat = 0, lon = 0;
    int n = 0;
    for (object_id_type ref : refs) {
        const LatLon p = m_nodes.find(ref);
        if (!p.isValid())
            continue;
        lat += p.lat;
        lon += p.lon;
        ++n;
    }
    return n ? LatLon{lat / n, lon / n} : LatLon{};
}

LatLon OsmImport::positionOf(const Member &member) const
{
    if (member.type == osmium::item_type::node)
        return m_nodes.find(member.ref);
    if (member.type == osmium::item_type::way)
        if (const auto it = m_areaWayIndex.find(member.ref); it != m_areaWayIndex.end())
            return centroidOf(m_ways[it->second]);
    return {};
}

void OsmImport::resolvePositions()
{
    for (const StoredWay &way : m_ways) {
        if (way.kind == StoredWay::Kind::StationArea)
            m_stations[way.payload].position = centroidOf(way);
        else if (way.kind == StoredWay::Kind::Camera)
            m_cameras[way.payload].position = centroidOf(way);
        else if (way.kind == StoredWay::Kind::Place)
            m_places[way.payload].position = centroidOf(way);
    }
    std::erase_if(m_places, [this](const NamedPlace &p) {
        return !p.position.isValid() || outsideClip(p.position);
    });
    // A station mapped as a relation sits at the mean of its members that have a position.
    for (StationCandidate &station : m_stations) {
        if (station.type != osmium::item_type::relation)
            continue;
        const auto it = m_relationIndex.find(station.id);
        if (it == m_relationIndex.end())
            continue;
        double lat = 0, lon = 0;
        int n = 0;
        for (const Member &m : m_relations[it->second].members) {
            const LatLon p = positionOf(m);
            if (p.isValid()) {
                lat += p.lat;
                lon += p.lon;
                ++n;
            }
        }
        if (n)
            station.position = {lat / n, lon / n};
    }
    // A change file may list one element several times; the last version counts.
    const auto keepLast = [](auto &items, auto keyOfItem) {
        std::unordered_map<std::uint64_t, std::size_t> last;
        for (std::size_t i = 0; i < items.size(); ++i)
            last[keyOfItem(items[i])] = i;
        if (last.size() == items.size())
            return;
        std::decay_t<decltype(items)> kept;
        for (std::size_t i = 0; i < items.size(); ++i)
            if (last[keyOfItem(items[i])] == i)
                kept.push_back(std::move(items[i]));
        items = std::move(kept);
    };
    keepLast(m_cameras, [](const CameraTags &c) { return keyOf(c.type, c.id); });
    keepLast(m_entrances,
             [](const EntranceCandidate &e) { return keyOf(osmium::item_type::node, e.id); });
    keepLast(m_stations, [](const StationCandidate &s) { return keyOf(s.type, s.id); });
    // Camera ways were read in the first pass, nodes in the second; list nodes first, as files do.
    std::stable_partition(m_cameras.begin(), m_cameras.end(),
                          [](const CameraTags &c) { return c.type == osmium::item_type::node; });
    std::erase_if(m_stations, [this](const StationCandidate &s) {
        return !s.position.isValid() || outsideClip(s.position);
    });
    std::erase_if(m_cameras, [this](const CameraTags &c) { return outsideClip(c.position); });
    for (std::size_t i = 0; i < m_stations.size(); ++i) {
        m_stationIndex[keyOf(m_stations[i].type, m_stations[i].id)] = i;
        m_stationGrid.add(m_stations[i].position, std::uint32_t(i));
    }
    for (std::size_t r = 0; r < m_relations.size(); ++r)
        if (m_relations[r].kind == RelationInfo::Kind::StopArea)
            for (const Member &m : m_relations[r].members)
                m_stopAreasOf[keyOf(m.type, m.ref)].push_back(r);
}

// The station a route member (a station, stop position or platform) stands for, or -1: the
// member itself, else the station of its stop_area (the nearest, if the area has several), else
// the nearest station within kStopToStationMetres.
std::int64_t OsmImport::stationForStop(const Member &member) const
{
    const std::uint64_t key = keyOf(member.type, member.ref);
    if (const auto it = m_stationIndex.find(key); it != m_stationIndex.end())
        return std::int64_t(it->second);
    const LatLon position = positionOf(member);
    std::int64_t best = -1;
    double bestMetres = 0;
    if (const auto areas = m_stopAreasOf.find(key); areas != m_stopAreasOf.end()) {
        for (std::size_t r : areas->second)
            for (const Member &m : m_relations[r].members) {
                const auto it = m_stationIndex.find(keyOf(m.type, m.ref));
                if (it == m_stationIndex.end())
                    continue;
                const double d = position.isValid()
                                     ? haversineMetres(position, m_stations[it->second].position)
                                     : 0.0;
                if (best < 0 || d < bestMetres) {
                    best = std::int64_t(it->second);
                    bestMetres = d;
                }
            }
        if (best >= 0)
            return best;
    }
    return m_stationGrid.nearest(position, kStopToStationMetres);
}

std::vector<int> OsmImport::stopSequenceOf(const RelationInfo &route) const
{
    std::vector<int> sequence;
    for (const Member &m : route.members) {
        // Ways without a platform role are the track; relations without one are not stops.
        if (m.role == MemberRole::Other)
            continue;
        if (m.type != osmium::item_type::node && m.role != MemberRole::Platform)
            continue;
        const std::int64_t station = stationForStop(m);
        if (station >= 0)
            sequence.push_back(int(station));
    }
    return sequence;
}

void OsmImport::buildNetwork(Dataset &dataset)
{
    TransitNetworkBuilder builder;
    for (const StationCandidate &s : m_stations)
        builder.addStation(s.name, s.position, sourceRefOf(s.type, s.id), s.zones);

    // Lines: each route_master with its routes; routes without a master grouped by mode,
    // network and ref (twin directions of one line), or alone when they have no ref.
    std::unordered_set<object_id_type> claimed;
    struct LineGroup {
        const RelationInfo *master = nullptr;
        std::vector<const RelationInfo *> routes;
    };
    std::vector<LineGroup> groups;
    for (const RelationInfo &r : m_relations) {
        if (r.kind != RelationInfo::Kind::RouteMaster)
            continue;
        LineGroup group{&r, {}};
        for (const Member &m : r.members) {
            if (m.type != osmium::item_type::relation)
                continue;
            const auto it = m_relationIndex.find(m.ref);
            if (it == m_relationIndex.end() ||
                m_relations[it->second].kind != RelationInfo::Kind::Route)
                continue;
            if (claimed.insert(m.ref).second)
                group.routes.push_back(&m_relations[it->second]);
        }
        if (!group.routes.empty())
            groups.push_back(std::move(group));
    }
    std::map<std::tuple<int, QString, QString>, std::size_t> byRef;
    for (const RelationInfo &r : m_relations) {
        if (r.kind != RelationInfo::Kind::Route || claimed.count(r.id))
            continue;
        if (!r.ref.isEmpty()) {
            const auto key = std::make_tuple(int(r.mode), r.network, r.ref);
            if (const auto it = byRef.find(key); it != byRef.end()) {
                groups[it->second].routes.push_back(&r);
                continue;
            }
            byRef.emplace(key, groups.size());
        }
        groups.push_back({nullptr, {&r}});
    }

    std::unordered_set<int> routed;
    PointGrid routedGrid;
    for (const LineGroup &group : groups) {
        const RelationInfo &first = *group.routes.front();
        TransitNetworkBuilder::LineInput line;
        const RelationInfo &named = group.master ? *group.master : first;
        line.name = named.name.isEmpty() ? first.name : named.name;
        line.ref = named.ref.isEmpty() ? first.ref : named.ref;
        line.mode = named.mode;
        line.sourceRef = sourceRefOf(osmium::item_type::relation, named.id);
        // The master's colour, else the first route's that has one; black when none does.
        std::uint32_t colour = 0;
        bool coloured = false;
        if (group.master && group.master->colour) {
            colour = *group.master->colour;
            coloured = true;
        }
        for (const RelationInfo *route : group.routes) {
            if (!coloured && route->colour) {
                colour = *route->colour;
                coloured = true;
            }
            std::vector<int> sequence = stopSequenceOf(*route);
            for (int station : sequence)
                if (routed.insert(station).second)
                    routedGrid.add(m_stations[std::size_t(station)].position,
                                   std::uint32_t(station));
            line.sequences.emplace_back(std::move(sequence), 1);
        }
        line.colourRgb = colour;
        builder.addLine(std::move(line));
    }

    // Transfer complexes: stop_area_groups (followed through nested groups with a visited set,
    // since relations may refer to each other in cycles) and stop areas holding several stations.
    const auto stationsOfArea = [this](const RelationInfo &area, std::vector<int> &out) {
        for (const Member &m : area.members)
            if (const auto it = m_stationIndex.find(keyOf(m.type, m.ref));
                it != m_stationIndex.end())
                out.push_back(int(it->second));
    };
    for (const RelationInfo &r : m_relations) {
        std::vector<int> stations;
        if (r.kind == RelationInfo::Kind::StopArea) {
            stationsOfArea(r, stations);
        } else if (r.kind == RelationInfo::Kind::StopAreaGroup) {
            std::unordered_set<object_id_type> visited{r.id};
            std::vector<const RelationInfo *> pending{&r};
            while (!pending.empty()) {
                const RelationInfo *current = pending.back();
                pending.pop_back();
                for (const Member &m : current->members) {
                    if (m.type != osmium::item_type::relation || !visited.insert(m.ref).second)
                        continue;
                    const auto it = m_relationIndex.find(m.ref);
                    if (it == m_relationIndex.end())
                        continue; // not in the file
                    const RelationInfo &member = m_relations[it->second];
                    if (member.kind == RelationInfo::Kind::StopArea)
                        stationsOfArea(member, stations);
                    else if (member.kind == RelationInfo::Kind::StopAreaGroup)
                        pending.push_back(&member);
                }
            }
        } else {
            continue;
        }
        if (stations.size() >= 2)
            builder.joinStations(stations, r.name);
    }

    // Entrances belong to the station of their stop_area, else to the nearest station that a
    // line serves. Train station entrances count only inside a metro station's stop_area.
    for (const EntranceCandidate &e : m_entrances) {
        std::int64_t station = -1;
        double bestMetres = 0;
        const auto areas = m_stopAreasOf.find(keyOf(osmium::item_type::node, e.id));
        if (areas != m_stopAreasOf.end())
            for (std::size_t r : areas->second)
                for (const Member &m : m_relations[r].members) {
                    const auto it = m_stationIndex.find(keyOf(m.type, m.ref));
                    if (it == m_stationIndex.end() || !routed.count(int(it->second)))
                        continue;
                    const double d = haversineMetres(e.position, m_stations[it->second].position);
                    if (station < 0 || d < bestMetres) {
                        station = std::int64_t(it->second);
                        bestMetres = d;
                    }
                }
        if (station < 0 && e.subway)
            station = routedGrid.nearest(e.position, kStopToStationMetres);
        if (station >= 0)
            builder.addEntrance(int(station), e.position, e.ref, e.name,
                                sourceRefOf(osmium::item_type::node, e.id));
    }
    dataset.network = builder.build();
}

void OsmImport::buildCameras(Dataset &dataset) const
{
    const Network &network = dataset.network;
    PointGrid stations;
    for (const Station &s : network.stations)
        stations.add(s.position, indexOf(s.id));
    for (const CameraTags &tags : m_cameras) {
        if (!tags.position.isValid())
            continue; // a camera way none of whose nodes is in the file
        StationId anchor = kNoId<StationId>;
        if (tags.indoor) {
            const std::int64_t nearest =
                stations.nearest(tags.position, kIndoorCameraToStationMetres);
            if (nearest >= 0)
                anchor = StationId{std::uint32_t(nearest)};
        }
        const QString sourceRef = sourceRefOf(tags.type, tags.id);
        const bool several = tags.directions.size() > 1;
        for (qsizetype i = 0; i < tags.directions.size(); ++i) {
            Camera c;
            c.id = CameraId{std::uint32_t(dataset.cameras.size())};
            c.position = tags.position;
            c.anchorStation = anchor;
            if (isSet(anchor))
                c.anchorZone = tags.zone;
            c.kind = tags.kind;
            c.headingDegrees = tags.directions[i].headingDegrees;
            c.fovDegrees = tags.directions[i].fovDegrees;
            c.heightMetres = tags.heightMetres;
            c.frStatus = tags.frStatus;
            c.mount = tags.mount;
            c.system = tags.system;
            c.sightings = {{SourceId{0}, tags.observed, tags.observers, {}}};
            c.notes = tags.notes;
            c.sourceRef = several ? QStringLiteral("%1#%2").arg(sourceRef).arg(i + 1) : sourceRef;
            dataset.cameras.push_back(std::move(c));
        }
    }
}

// Every node of a walkable way becomes a street node; a way with nodes missing from the file
// keeps the stretches between the nodes that are there. Street nodes are numbered in the order
// the ways first reach them.
void OsmImport::buildStreets(Dataset &dataset) const
{
    constexpr std::uint32_t kNone = std::uint32_t(-1);
    // Each street way's node reference as an index into m_nodes, in the ways' order; kNone for
    // a node missing from the file or outside the clip area. Street nodes are a small part of a
    // city's nodes (its buildings have most): a table over all of them would cost more.
    std::vector<std::uint32_t> refNodes;
    refNodes.reserve(std::size_t(m_streetIds));
    std::size_t hint = 0;
    for (const StoredWay &way : m_ways) {
        if (way.kind != StoredWay::Kind::Street)
            continue;
        std::uint64_t offset = way.refs;
        m_wayRefs.visitIdsAt(offset, [&](object_id_type ref) {
            const std::size_t i = m_nodes.indexNear(ref, hint);
            if (i != kNoIndex)
                hint = i;
            const bool usable =
                i != kNoIndex && m_nodes.location(i).valid() && !outsideClip(m_nodes.at(i));
            refNodes.push_back(usable ? std::uint32_t(i) : kNone);
        });
    }
    std::vector<std::uint32_t> nodes = refNodes; // the street nodes, sorted
    std::sort(nodes.begin(), nodes.end());
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    if (!nodes.empty() && nodes.back() == kNone)
        nodes.pop_back();
    std::vector<std::uint32_t> streetNodeOf(nodes.size(), kNone); // beside nodes

    StreetNetwork &streets = dataset.streets;
    streets.nodes.reserve(nodes.size());
    streets.edges.reserve(refNodes.size());
    std::size_t k = 0;
    for (const StoredWay &way : m_ways) {
        if (way.kind != StoredWay::Kind::Street)
            continue;
        std::uint64_t offset = way.refs;
        const std::uint64_t count = m_wayRefs.varintAt(offset);
        std::optional<StreetNodeId> previous;
        for (std::uint64_t j = 0; j < count; ++j) {
            const std::uint32_t node = refNodes[k++];
            std::optional<StreetNodeId> current;
            if (node != kNone) {
                const std::size_t slot =
                    std::size_t(std::lower_bound(nodes.begin(), nodes.end(), node) - nodes.begin());
                if (streetNodeOf[slot] == kNone) {
                    streetNodeOf[slot] = std::uint32_t(streets.nodes.size());
                    streets.nodes.push_back(m_nodes.at(node));
                }
                current = StreetNodeId{streetNodeOf[slot]};
            }
            if (previous && current && *previous != *current)
                streets.edges.push_back({*previous, *current,
                                         haversineMetres(streets.nodes[indexOf(*previous)],
                                                         streets.nodes[indexOf(*current)]),
                                         StreetWayId{std::uint32_t(way.payload)}});
            previous = current;
        }
    }
}

// The positions of a way's nodes, appended to `points`; nodes missing from the file are left
// out. Positions are taken as OSM stores them (1e-7 degrees), as BasePoint keeps them.
void OsmImport::appendPoints(const std::vector<object_id_type> &ids,
                             std::vector<BasePoint> &points) const
{
    std::size_t hint = 0;
    for (object_id_type id : ids) {
        const std::size_t i = m_nodes.indexNear(id, hint);
        if (i == kNoIndex)
            continue;
        hint = i;
        if (const osmium::Location p = m_nodes.location(i); p.valid())
            points.push_back({p.y(), p.x()});
    }
}

// Where the sea is drawn: the file's own box (an extract's), else the box of its nodes, and
// no more than the clip area's box.
GeoBox OsmImport::seaBox() const
{
    GeoBox box = m_headerBox.isValid() ? m_headerBox : m_nodeBox;
    if (m_options.clip && box.isValid()) {
        const GeoBox clip = m_options.clip->bounds();
        box = {std::max(box.south, clip.south), std::max(box.west, clip.west),
               std::min(box.north, clip.north), std::min(box.east, clip.east)};
    }
    return box;
}

// Ways and multipolygons become features; coastline ways become the sea. With a clip area, a
// feature with no point inside is left out (one partly inside is kept whole, as drawn).
void OsmImport::buildBaseMap(Dataset &dataset) const
{
    BaseMap &map = dataset.baseMap;
    const auto keep = [this](const std::vector<BasePoint> &points) {
        if (!m_options.clip)
            return true;
        return std::any_of(points.begin(), points.end(),
                           [this](const BasePoint &p) { return !outsideClip(p.latLon()); });
    };
    if (!m_options.clip) {
        // All of it is kept: room for about that (the sea's rings add a few points along the
        // box), instead of growing into twice as much.
        constexpr std::size_t kMargin = 64 * 1024;
        map.features.reserve(m_baseWayCount + m_multipolygons.size() + 1);
        map.ringEnds.reserve(m_baseWayCount + m_memberWays.size() + kMargin);
        map.points.reserve(std::size_t(m_baseIds) + kMargin);
    }
    std::vector<std::vector<std::int64_t>> coastWays;
    std::vector<std::vector<BasePoint>> wayRings(1); // reused: a city has millions of buildings
    visitBaseWays([&](std::uint8_t kind, bool, const std::vector<object_id_type> &ids) {
        if (kind == kCoastline) {
            coastWays.push_back(ids);
            return;
        }
        wayRings.front().clear();
        appendPoints(ids, wayRings.front());
        if (keep(wayRings.front()))
            addBaseFeature(map, BaseMapKind(kind), wayRings);
    });
    for (const BaseMultipolygon &area : m_multipolygons) {
        std::vector<std::vector<std::int64_t>> members;
        for (object_id_type id : area.ways) {
            const auto it = m_memberWays.find(id);
            if (it == m_memberWays.end() || it->second == kNoOffset)
                continue;
            std::uint64_t offset = it->second;
            m_wayRefs.idsAt(offset, members.emplace_back());
            if (members.back().empty())
                members.pop_back();
        }
        std::vector<std::vector<BasePoint>> rings;
        bool inside = false;
        for (const std::vector<std::int64_t> &chain : osm::joinWays(std::move(members), true)) {
            if (chain.size() < 4 || chain.front() != chain.back())
                continue; // a ring the extract cut open cannot be filled
            std::vector<BasePoint> ring;
            ring.reserve(chain.size());
            appendPoints(chain, ring);
            inside = inside || keep(ring);
            rings.push_back(std::move(ring));
        }
        if (inside)
            addBaseFeature(map, area.kind, rings);
    }
    if (!coastWays.empty()) {
        std::vector<std::vector<LatLon>> chains;
        for (const std::vector<std::int64_t> &chain : osm::joinWays(std::move(coastWays), false)) {
            std::vector<LatLon> &points = chains.emplace_back();
            for (std::int64_t ref : chain)
                if (const LatLon p = m_nodes.find(ref); p.isValid())
                    points.push_back(p);
        }
        std::vector<std::vector<BasePoint>> rings;
        for (const std::vector<LatLon> &ring : osm::seaRings(chains, seaBox())) {
            std::vector<BasePoint> &out = rings.emplace_back();
            for (const LatLon &p : ring)
                out.push_back(BasePoint::of(p));
        }
        addBaseFeature(map, BaseMapKind::Water, rings);
    }
}

Dataset OsmImport::assemble()
{
    resolvePositions();
    Dataset dataset;
    const QFileInfo info(m_path);
    const QString base = info.fileName().section(QLatin1Char('.'), 0, 0);
    dataset.header.id = QStringLiteral("osm:") + base;
    dataset.header.version = 1;
    dataset.header.name = base;
    dataset.header.created = QDateTime::currentDateTimeUtc();
    dataset.header.licence = QStringLiteral("ODbL-1.0");
    dataset.header.attribution = QStringLiteral("© OpenStreetMap contributors");
    dataset.header.fictional = false;

    Source source;
    source.id = SourceId{0};
    source.name = info.fileName();
    source.datasetId = dataset.header.id;
    source.licence = dataset.header.licence;
    source.attribution = dataset.header.attribution;
    const QDateTime modified = info.lastModified();
    source.retrieved = modified.isValid() ? modified.toUTC().date() : QDate::currentDate();
    source.trusted = false;
    dataset.sources.push_back(source);

    buildNetwork(dataset);
    buildCameras(dataset);
    buildStreets(dataset);
    buildBaseMap(dataset);
    // Done with the file's ways and nodes: their memory goes back before the dataset is checked
    // and, in the caller, written.
    m_nodes = {};
    m_wayRefs.clear();
    m_baseWays.clear();
    m_ways = {};
    dataset.streets.ways = std::move(m_streetWays);
    dataset.places = std::move(m_places);
    return dataset;
}

Result<Dataset> OsmImport::run()
{
    if (auto problem = detectFile())
        return *problem;
    // Ways and relations first, so that the node pass knows which locations to keep: a city
    // has far more nodes than the streets, stations and cameras need.
    const int firstPass = m_passes - 2; // after the XML check, where there is one
    if (auto problem = readPass(osmium::osm_entity_bits::way | osmium::osm_entity_bits::relation,
                                firstPass))
        return *problem;
    // Multipolygons list their ways after the ways have gone by: one more pass over the ways
    // collects the members' nodes (only when the file has multipolygons the base map keeps).
    if (!m_multipolygons.empty()) {
        ++m_passes;
        m_memberPass = true;
        const auto problem = readPass(osmium::osm_entity_bits::way, firstPass + 1);
        m_memberPass = false;
        if (problem)
            return *problem;
    }
    m_nodes.seal(std::size_t(m_storedIds),
                 [this](const NodeLocations::IdVisitor &visit) { visitStoredIds(visit); });
    // Street nodes are numbered in 32 bits (StreetNodeId), and indices into m_nodes with them.
    if (m_nodes.size() >= std::numeric_limits<std::uint32_t>::max())
        return error(ParseErrorCode::TooLarge,
                     ParseReason::MoreNodes,
                     parseArgs(std::numeric_limits<std::uint32_t>::max() - 1));
    if (auto problem = readNodes(m_passes - 1))
        return *problem;
    Dataset dataset = assemble();
    // validateDataset names every element it checks, which for a city's million street nodes
    // costs more than the whole import. The street network is valid by construction (valid OSM
    // locations, edges between nodes just added, haversine lengths), so it sits the check out.
    StreetNetwork streets = std::move(dataset.streets);
    dataset.streets = {};
    const std::vector<ModelIssue> issues = validateDataset(dataset);
    dataset.streets = std::move(streets);
    if (!issues.empty())
        return invalidModel(m_path, issues.front());
    if (m_options.progress)
        m_options.progress->report(qint64(m_passes) * m_fileBytes, qint64(m_passes) * m_fileBytes);
    return dataset;
}

} // namespace

Result<Dataset> readOsm(const QString &path, const ImportOptions &options)
{
    // libosmium words its own messages; they are passed on as they are.
    const auto failure = [&path](ParseErrorCode code, const QString &message, int line = 0,
                                 int column = 0) -> Result<Dataset> {
        if (message.isEmpty())
            return fileError(path, code);
        return errorAtLine(path, line, column, code, ParseReason::Message, {message});
    };
    // libosmium reports problems by exception; none may leave core.
    try {
        return OsmImport(path, options).run();
    } catch (const osmium::xml_error &e) {
        return failure(ParseErrorCode::Malformed, utf8(e.what()), int(e.line),
                       e.line ? int(e.column) + 1 : 0);
    } catch (const osmium::format_version_error &e) {
        return failure(e.version.empty() ? ParseErrorCode::Malformed : ParseErrorCode::Unsupported,
                       utf8(e.what()));
    } catch (const osmium::pbf_error &e) {
        return failure(ParseErrorCode::Malformed, utf8(e.what()));
    } catch (const osmium::gzip_error &e) {
        return failure(ParseErrorCode::Malformed, utf8(e.what()));
    } catch (const osmium::bzip2_error &e) {
        return failure(ParseErrorCode::Malformed, utf8(e.what()));
    } catch (const osmium::io_error &e) {
        return failure(ParseErrorCode::Malformed, utf8(e.what()));
    } catch (const std::bad_alloc &) {
        return failure(ParseErrorCode::OutOfMemory, {});
    } catch (const std::system_error &e) {
        return failure(ParseErrorCode::CannotOpen, utf8(e.what()));
    } catch (const std::exception &e) {
        return failure(ParseErrorCode::Malformed, utf8(e.what()));
    }
}

} // namespace blindspot
