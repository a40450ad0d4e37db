#include "model_text.h"

#include "dataset_document.h"
#include "map_style.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace blindspot {

namespace {

// Tooltips list at most this many entrances and sources: a big station stays readable.
constexpr qsizetype kMaxListed = 8;

int seriousness(FrStatus status)
{
    const auto &order = MapStyle::kFrStatusesByImportance;
    return static_cast<int>(order.end() - std::find(order.begin(), order.end(), status));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString ModelText::cameraKind(CameraKind kind)
{
    switch (kind) {
    case CameraKind::Fixed:
        return tr("Fixed camera");
    case CameraKind::Dome:
        return tr("Dome camera");
    case CameraKind::Ptz:
        return tr("Pan-tilt-zoom camera");
    case CameraKind::Turnstile:
        return tr("Turnstile camera (Face Pay)");
    case CameraKind::Unknown:
        break;
    }
    return tr("Kind not known");
}

QString ModelText::mount(CameraMount mount)
{
    switch (mount) {
    case CameraMount::Wall:
        return tr("Wall");
    case CameraMount::Pole:
        return tr("Pole");
    case CameraMount::Ceiling:
        return tr("Ceiling");
    case CameraMount::Other:
        return tr("Other mount");
    case CameraMount::Unknown:
        break;
    }
    return tr("Mount not known");
}

QString ModelText::frStatus(FrStatus status)
{
    return MapStyle::cameraDescription(status);
}

QString ModelText::zoneKind(ZoneKind zone)
{
    switch (zone) {
    case ZoneKind::EntranceHall:
        return tr("Entrance hall");
    case ZoneKind::Turnstiles:
        return tr("Turnstiles");
    case ZoneKind::Escalator:
        return tr("Escalators");
    case ZoneKind::Platform:
        return tr("Platform");
    case ZoneKind::TransferCorridor:
        return tr("Transfer corridor");
    case ZoneKind::Train:
        return tr("Trains");
    }
    return {};
}

QString ModelText::attributeName(const QString &attribute)
{
    if (attribute == QLatin1String("fr_status"))
        return tr("face recognition");
    if (attribute == QLatin1String("kind"))
        return tr("kind");
    if (attribute == QLatin1String("heading"))
        return tr("heading");
    if (attribute == QLatin1String("fov"))
        return tr("field of view");
    if (attribute == QLatin1String("height"))
        return tr("height");
    if (attribute == QLatin1String("mount"))
        return tr("mount");
    if (attribute == QLatin1String("notes"))
        return tr("notes");
    return attribute;
}

QString ModelText::attributeValue(const QString &attribute, const QString &value)
{
    if (attribute == QLatin1String("fr_status")) {
        if (value == QLatin1String("confirmed"))
            return tr("confirmed");
        if (value == QLatin1String("suspected"))
            return tr("suspected");
        if (value == QLatin1String("none"))
            return tr("none");
        if (value == QLatin1String("unknown"))
            return tr("unknown");
    }
    return value.isEmpty() ? tr("not known") : value;
}

QString ModelText::sourceName(const Source &source)
{
    if (source.datasetId == QLatin1String(DatasetDocument::kLocalSourceDatasetId))
        return tr("Edited locally");
    return source.name.isEmpty() ? tr("Unnamed source") : source.name;
}

QString ModelText::count(qint64 n)
{
    return QLocale().toString(n);
}

QString ModelText::date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : tr("date not stated");
}

QString ModelText::position(LatLon position)
{
    if (!position.isValid())
        return tr("no position");
    const QLocale locale;
    return tr("%1, %2").arg(locale.toString(position.lat, 'f', 6),
                            locale.toString(position.lon, 'f', 6));
}

QString ModelText::stationTooltip(const Dataset &dataset, StationId id, const QString &language)
{
    const Network &network = dataset.network;
    if (indexOf(id) >= network.stations.size())
        return {};
    const Station &station = network.station(id);
    QString text = QStringLiteral("<b>%1</b>").arg(escaped(station.name.inLanguage(language)));
    if (indexOf(station.line) < network.lines.size()) {
        const Line &line = network.line(station.line);
        const QString lineName = line.name.inLanguage(language);
        text += QStringLiteral("<br>") +
                (line.ref.isEmpty() ? tr("Line: %1").arg(escaped(lineName))
                                    : tr("Line %1: %2").arg(escaped(line.ref), escaped(lineName)));
    }

    // Cameras known to be inside, by zone (a camera without a zone counts on the platform, as
    // the exposure model counts it).
    std::map<ZoneKind, std::vector<const Camera *>> inside;
    FrStatus worst = FrStatus::None;
    bool anything = false;
    for (const Camera &camera : dataset.cameras) {
        if (camera.anchorStation != id)
            continue;
        inside[camera.anchorZone.value_or(ZoneKind::Platform)].push_back(&camera);
        if (!anything || seriousness(camera.frStatus) > seriousness(worst))
            worst = camera.frStatus;
        anything = true;
    }
    for (ZoneId zoneId : station.zones) {
        if (indexOf(zoneId) >= network.zones.size())
            continue;
        const FrStatus status = network.zone(zoneId).frStatus;
        if (!anything || seriousness(status) > seriousness(worst))
            worst = status;
        anything = true;
    }
    text += QStringLiteral("<br>") + frStatus(anything ? worst : FrStatus::Unknown);

    QStringList zoneLines;
    std::array<bool, kZoneKindCount> listed{};
    for (ZoneId zoneId : station.zones) {
        if (indexOf(zoneId) >= network.zones.size())
            continue;
        const Zone &zone = network.zone(zoneId);
        listed[static_cast<std::size_t>(zone.kind)] = true;
        const auto mapped = inside.find(zone.kind);
        const qsizetype mappedCount = mapped == inside.end() ? 0 : qsizetype(mapped->second.size());
        const QString cameras =
            zone.reportedCameras
                ? tr("%1 cameras reported").arg(count(*zone.reportedCameras))
                : (mappedCount > 0 ? tr("%1 cameras mapped").arg(count(mappedCount))
                                   : tr("number of cameras not known"));
        zoneLines << tr("%1: %2; %3").arg(zoneKind(zone.kind), cameras, frStatus(zone.frStatus));
    }
    for (const auto &[kind, cameras] : inside) {
        if (listed[static_cast<std::size_t>(kind)])
            continue;
        zoneLines
            << tr("%1: %2 cameras mapped").arg(zoneKind(kind), count(qsizetype(cameras.size())));
    }
    if (!zoneLines.isEmpty())
        text += QStringLiteral("<br>") + tr("Zones:") + QStringLiteral("<br>&nbsp;• ") +
                zoneLines.join(QStringLiteral("<br>&nbsp;• "));

    QStringList entrances;
    for (EntranceId entranceId : station.entrances) {
        if (indexOf(entranceId) >= network.entrances.size())
            continue;
        const Entrance &entrance = network.entrance(entranceId);
        const QString name = entrance.name.inLanguage(language);
        const QString label = entrance.ref.isEmpty() ? name
                              : name.isEmpty()       ? entrance.ref
                                                     : tr("%1 (%2)").arg(entrance.ref, name);
        entrances << escaped(label.isEmpty() ? tr("unnamed") : label);
    }
    if (entrances.isEmpty()) {
        text += QStringLiteral("<br>") + tr("Entrances: none mapped");
    } else {
        const qsizetype total = entrances.size();
        if (total > kMaxListed)
            entrances.resize(kMaxListed);
        text += QStringLiteral("<br>") +
                (total > kMaxListed ? tr("Entrances (%1): %2 and more") : tr("Entrances (%1): %2"))
                    .arg(count(total), entrances.join(QStringLiteral(", ")));
    }

    // Who reported the cameras inside, with the latest date each saw one.
    std::map<std::uint32_t, QDate> seen;
    for (const auto &[kind, cameras] : inside)
        for (const Camera *camera : cameras)
            for (const Sighting &sighting : camera->sightings) {
                QDate &latest = seen[indexOf(sighting.source)];
                if (sighting.observed.isValid() &&
                    (!latest.isValid() || sighting.observed > latest))
                    latest = sighting.observed;
            }
    QStringList sources;
    for (const auto &[index, latest] : seen) {
        if (index >= dataset.sources.size())
            continue;
        sources << tr("%1 (%2)").arg(escaped(sourceName(dataset.sources[index])), date(latest));
        if (sources.size() == kMaxListed)
            break;
    }
    text += QStringLiteral("<br>") +
            (sources.isEmpty() ? tr("Sources: none for this station")
                               : tr("Sources: %1").arg(sources.join(QStringLiteral("; "))));
    return text;
}

} // namespace blindspot
