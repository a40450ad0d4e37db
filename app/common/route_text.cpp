#include "common/route_text.h"

#include "core/exposure/model_parameters.h"
#include "core/routing/route_planner.h"

#include <QLocale>

#include <cmath>

namespace blindspot {

RouteText::RouteText(const Dataset &dataset, QString language, const RouteRequest *request)
    : m_dataset(dataset), m_language(std::move(language)), m_request(request)
{
}

QString RouteText::nearStation(LatLon position) const
{
    const Station *nearest = nullptr;
    double best = 0.0;
    for (const Station &s : m_dataset.network.stations) {
        if (!s.position.isValid() || !position.isValid())
            continue;
        const double metres = haversineMetres(position, s.position);
        if (!nearest || metres < best) {
            nearest = &s;
            best = metres;
        }
    }
    if (!nearest)
        return {};
    const QString name = stationName(nearest->id);
    if (best < 15.0)
        return tr("at %1").arg(name);
    return tr("%1 from %2 (%3)", "250 m from Mirror Square (north-east)")
        .arg(distance(best), name,
             compassHeading(initialBearingDegrees(nearest->position, position)));
}

QString RouteText::stationName(StationId station) const
{
    if (indexOf(station) >= m_dataset.network.stations.size())
        return {};
    return m_dataset.network.station(station).name.inLanguage(m_language);
}

QString RouteText::pointName(LatLon position) const
{
    if (m_request) {
        if (m_request->from.kind == Place::Kind::Point && m_request->from.position == position)
            return tr("your start point");
        if (m_request->to.kind == Place::Kind::Point && m_request->to.position == position)
            return tr("your destination");
    }
    const QLocale locale;
    return tr("the point %1, %2")
        .arg(locale.toString(position.lat, 'f', 5), locale.toString(position.lon, 'f', 5));
}

QString RouteText::placeName(const Place &place) const
{
    switch (place.kind) {
    case Place::Kind::Station:
        if (!place.stations.empty())
            return stationName(place.stations.front());
        break;
    case Place::Kind::Entrance: {
        if (indexOf(place.entrance) >= m_dataset.network.entrances.size())
            break;
        const Entrance &e = m_dataset.network.entrance(place.entrance);
        if (!e.ref.isEmpty())
            return tr("%1, entrance %2").arg(stationName(e.station), e.ref);
        return tr("%1, %2", "station, entrance").arg(stationName(e.station),
                                                      entranceName(place.entrance));
    }
    case Place::Kind::Point:
        break;
    }
    return pointName(place.position);
}

QString RouteText::lineName(LineId id) const
{
    if (indexOf(id) >= m_dataset.network.lines.size())
        return {};
    const Line &line = m_dataset.network.line(id);
    const QString name = line.name.inLanguage(m_language);
    if (line.ref.isEmpty())
        return name.isEmpty() ? colourLineName(line.colourRgb) : name;
    if (name.isEmpty())
        return tr("line %1").arg(line.ref);
    return tr("line %1 (%2)").arg(line.ref, name);
}

QString RouteText::lineRef(LineId id) const
{
    if (indexOf(id) >= m_dataset.network.lines.size())
        return {};
    const Line &line = m_dataset.network.line(id);
    if (!line.ref.isEmpty())
        return line.ref;
    const QString name = line.name.inLanguage(m_language);
    return name.isEmpty() ? colourLineName(line.colourRgb) : name;
}

QString RouteText::entranceName(EntranceId id, bool exit) const
{
    if (indexOf(id) >= m_dataset.network.entrances.size())
        return {};
    const Entrance &e = m_dataset.network.entrance(id);
    if (!e.ref.isEmpty())
        return exit ? tr("exit %1").arg(e.ref) : tr("entrance %1").arg(e.ref);
    const QString name = e.name.inLanguage(m_language);
    if (!name.isEmpty())
        return name;
    // Where it lies from the station, to the nearest of eight directions; an entrance at the
    // station's own position (or without one) has no side.
    QString side;
    if (indexOf(e.station) < m_dataset.network.stations.size()) {
        const LatLon station = m_dataset.network.station(e.station).position;
        if (station.isValid() && e.position.isValid() &&
            haversineMetres(station, e.position) >= 5.0)
            switch (int(std::lround(initialBearingDegrees(station, e.position) / 45.0)) % 8) {
            case 0:
                side = tr("north", "side of a station");
                break;
            case 1:
                side = tr("north-east", "side of a station");
                break;
            case 2:
                side = tr("east", "side of a station");
                break;
            case 3:
                side = tr("south-east", "side of a station");
                break;
            case 4:
                side = tr("south", "side of a station");
                break;
            case 5:
                side = tr("south-west", "side of a station");
                break;
            case 6:
                side = tr("west", "side of a station");
                break;
            default:
                side = tr("north-west", "side of a station");
                break;
            }
    }
    if (side.isEmpty())
        return exit ? tr("the exit") : tr("the entrance");
    return exit ? tr("%1 exit", "north-east exit").arg(side)
                : tr("%1 entrance", "north-east entrance").arg(side);
}

QString RouteText::compassHeading(double degrees)
{
    switch (int(std::lround(normalizedDegrees(degrees) / 45.0)) % 8) {
    case 0:
        return tr("north", "heading");
    case 1:
        return tr("north-east", "heading");
    case 2:
        return tr("east", "heading");
    case 3:
        return tr("south-east", "heading");
    case 4:
        return tr("south", "heading");
    case 5:
        return tr("south-west", "heading");
    case 6:
        return tr("west", "heading");
    default:
        return tr("north-west", "heading");
    }
}

QString RouteText::colourLineName(std::uint32_t colourRgb)
{
    // The colours metro maps use, each with its name; a line takes the nearest (by RGB
    // distance). Black is what the importers give a line without a colour.
    struct Named {
        std::uint32_t rgb;
        const char *name;
    };
    static constexpr Named kColours[] = {
        {0xEF161E, QT_TR_NOOP("red line")},         {0xED9121, QT_TR_NOOP("orange line")},
        {0xFFD702, QT_TR_NOOP("yellow line")},      {0x2DBE2C, QT_TR_NOOP("green line")},
        {0x99CC00, QT_TR_NOOP("light green line")}, {0x0078BE, QT_TR_NOOP("blue line")},
        {0x00BFFF, QT_TR_NOOP("light blue line")},  {0x800080, QT_TR_NOOP("purple line")},
        {0x8D5B2D, QT_TR_NOOP("brown line")},       {0x999999, QT_TR_NOOP("grey line")},
        {0xF4A6C7, QT_TR_NOOP("pink line")},        {0x000000, QT_TR_NOOP("unnamed line")},
    };
    const auto channel = [](std::uint32_t rgb, int shift) { return int((rgb >> shift) & 0xFF); };
    const Named *best = &kColours[0];
    long bestDistance = -1;
    for (const Named &c : kColours) {
        long d = 0;
        for (int shift : {16, 8, 0}) {
            const long delta = channel(c.rgb, shift) - channel(colourRgb, shift);
            d += delta * delta;
        }
        if (bestDistance < 0 || d < bestDistance) {
            bestDistance = d;
            best = &c;
        }
    }
    return tr(best->name);
}

QString RouteText::legText(const RouteLeg &leg) const
{
    switch (leg.kind) {
    case LegKind::Walk:
        return tr("Walk %1 from %2 to %3")
            .arg(distance(leg.lengthMetres), placeName(leg.from), placeName(leg.to));
    case LegKind::Entry:
        if (leg.from.kind == Place::Kind::Entrance &&
            !m_dataset.network.entrance(leg.from.entrance).ref.isEmpty())
            return tr("Enter %1 by entrance %2 (hall, turnstiles, escalator)")
                .arg(placeName(leg.to), m_dataset.network.entrance(leg.from.entrance).ref);
        if (leg.from.kind == Place::Kind::Entrance &&
            indexOf(leg.from.entrance) < m_dataset.network.entrances.size())
            return tr("Enter %1 by %2 (hall, turnstiles, escalator)", "by north-east entrance")
                .arg(placeName(leg.to), entranceName(leg.from.entrance));
        return tr("Enter %1 (hall, turnstiles, escalator)").arg(placeName(leg.to));
    case LegKind::Ride:
        // One arg() call: a name holding "%4" must not take the next argument.
        return tr("Ride %1 from %2 to %3, stops: %4")
            .arg(lineName(leg.line), placeName(leg.from), placeName(leg.to),
                 QLocale().toString(leg.stops));
    case LegKind::Transfer: {
        const LineId to = leg.to.stations.empty()
                              ? kNoId<LineId>
                              : m_dataset.network.station(leg.to.stations.front()).line;
        return tr("Change at %1 to %2").arg(placeName(leg.from), lineName(to));
    }
    case LegKind::Exit:
        if (leg.to.kind == Place::Kind::Entrance &&
            !m_dataset.network.entrance(leg.to.entrance).ref.isEmpty())
            return tr("Leave %1 by exit %2 (escalator, hall)")
                .arg(placeName(leg.from), m_dataset.network.entrance(leg.to.entrance).ref);
        if (leg.to.kind == Place::Kind::Entrance &&
            indexOf(leg.to.entrance) < m_dataset.network.entrances.size())
            return tr("Leave %1 by %2 (escalator, hall)", "by north-east exit")
                .arg(placeName(leg.from), entranceName(leg.to.entrance, true));
        return tr("Leave %1 (escalator, hall)").arg(placeName(leg.from));
    }
    return {};
}

QString RouteText::zoneName(ZoneKind zone)
{
    switch (zone) {
    case ZoneKind::EntranceHall:
        return tr("entrance hall");
    case ZoneKind::Turnstiles:
        return tr("turnstiles");
    case ZoneKind::Escalator:
        return tr("escalator");
    case ZoneKind::Platform:
        return tr("platform");
    case ZoneKind::TransferCorridor:
        return tr("transfer corridor");
    case ZoneKind::Train:
        return tr("train cars");
    }
    return {};
}

QString RouteText::frStatusName(FrStatus status)
{
    switch (status) {
    case FrStatus::Confirmed:
        return tr("face recognition confirmed");
    case FrStatus::Suspected:
        return tr("face recognition suspected");
    case FrStatus::None:
        return tr("no face recognition");
    case FrStatus::Unknown:
        break;
    }
    return tr("face recognition unknown (no data)");
}

QString RouteText::sourceText(const HazardSource &s) const
{
    const QLocale locale;
    switch (s.kind) {
    case HazardSource::Kind::Camera: {
        if (indexOf(s.camera) >= m_dataset.cameras.size())
            break;
        const Camera &c = m_dataset.camera(s.camera);
        // Its stable id, as the inspector, the pack and `--json` give it: a name, not a
        // quantity to group.
        return tr("a mapped camera (no. %1), %2")
            .arg(QString::number(indexOf(c.id)), frStatusName(c.frStatus));
    }
    case HazardSource::Kind::Zone: {
        // The zone's cameras besides those on the map (which are sources of their own).
        const long n = std::lround(s.cameraCount);
        const QString count = locale.toString(s.cameraCount, 'f', 0);
        if (s.assumed)
            return n == 1 ? tr("%1: no count reported, about 1 more camera assumed")
                                .arg(zoneName(s.zone))
                          : tr("%1: no count reported, about %2 more cameras assumed")
                                .arg(zoneName(s.zone), count);
        return n == 1 ? tr("%1: 1 reported camera not on the map").arg(zoneName(s.zone))
                      : tr("%1: %2 reported cameras not on the map").arg(zoneName(s.zone), count);
    }
    case HazardSource::Kind::Unmapped:
        return tr("cameras nobody mapped (an estimate from camera density)");
    }
    return {};
}

QString RouteText::riskPlace(const RouteLeg &leg) const
{
    const HazardSource *top = leg.sources.empty() ? nullptr : &leg.sources.front();
    switch (leg.kind) {
    case LegKind::Walk:
        if (top && top->kind == HazardSource::Kind::Unmapped)
            return tr("the walk from %1 to %2 (cameras nobody mapped)")
                .arg(placeName(leg.from), placeName(leg.to));
        return tr("the walk from %1 to %2").arg(placeName(leg.from), placeName(leg.to));
    case LegKind::Entry:
    case LegKind::Exit:
    case LegKind::Transfer: {
        const QString station = placeName(leg.kind == LegKind::Entry ? leg.to : leg.from);
        ZoneKind zone =
            leg.kind == LegKind::Transfer ? ZoneKind::TransferCorridor : ZoneKind::EntranceHall;
        if (top && top->kind == HazardSource::Kind::Zone)
            zone = top->zone;
        else if (top && top->kind == HazardSource::Kind::Camera &&
                 indexOf(top->camera) < m_dataset.cameras.size() &&
                 m_dataset.camera(top->camera).anchorZone)
            zone = *m_dataset.camera(top->camera).anchorZone;
        switch (zone) {
        case ZoneKind::EntranceHall:
            return tr("the entrance hall of %1").arg(station);
        case ZoneKind::Turnstiles:
            return tr("the turnstiles of %1").arg(station);
        case ZoneKind::Escalator:
            return tr("the escalators of %1").arg(station);
        case ZoneKind::Platform:
            return tr("the platform of %1").arg(station);
        case ZoneKind::TransferCorridor:
            return tr("the transfer corridor of %1").arg(station);
        case ZoneKind::Train:
            return tr("the trains at %1").arg(station);
        }
        break;
    }
    case LegKind::Ride:
        return tr("the train on %1 from %2 to %3")
            .arg(lineName(leg.line), placeName(leg.from), placeName(leg.to));
    }
    return {};
}

QString RouteText::routeOutline(const Route &route) const
{
    QStringList parts;
    double walked = 0.0;
    bool rides = false;
    for (const RouteLeg &leg : route.legs) {
        switch (leg.kind) {
        case LegKind::Walk:
            walked += leg.lengthMetres;
            parts << tr("walk %1").arg(distance(leg.lengthMetres));
            break;
        case LegKind::Entry:
            parts << tr("in at %1")
                         .arg(leg.from.kind == Place::Kind::Entrance ? placeName(leg.from)
                                                                     : placeName(leg.to));
            break;
        case LegKind::Ride:
            rides = true;
            if (indexOf(leg.line) < m_dataset.network.lines.size() &&
                !m_dataset.network.line(leg.line).ref.isEmpty())
                parts << tr("line %1").arg(m_dataset.network.line(leg.line).ref);
            else
                parts << lineName(leg.line);
            break;
        case LegKind::Transfer:
            parts << tr("change at %1").arg(placeName(leg.from));
            break;
        case LegKind::Exit:
            parts << tr("out at %1")
                         .arg(leg.to.kind == Place::Kind::Entrance ? placeName(leg.to)
                                                                   : placeName(leg.from));
            break;
        }
    }
    if (!rides)
        return tr("Walk all the way (%1)").arg(distance(walked));
    return parts.join(QStringLiteral(" → "));
}

QString RouteText::tripTitle() const
{
    if (!m_request)
        return {};
    return tr("%1 → %2").arg(placeName(m_request->from), placeName(m_request->to));
}

QString RouteText::avoidedText() const
{
    if (!m_request)
        return {};
    QStringList parts;
    for (StationId station : m_request->avoidStations)
        if (const QString name = stationName(station); !parts.contains(name))
            parts << name;
    for (LineId line : m_request->avoidLines)
        parts << lineName(line);
    for (EntranceId entrance : m_request->avoidEntrances)
        parts << entranceName(entrance);
    if (parts.isEmpty())
        return {};
    return tr("Avoiding: %1.").arg(parts.join(QStringLiteral("; ")));
}

QStringList RouteText::movedEnds(const RouteRequest &asked) const
{
    QStringList out;
    if (!m_request)
        return out;
    const auto moved = [](const Place &given, const Place &planned) {
        return given.kind != Place::Kind::Point && planned.kind == Place::Kind::Point;
    };
    if (moved(asked.from, m_request->from))
        out << tr("Your start, %1, is also on your list to avoid: the routes start in the street "
                  "there and do not use it.")
                   .arg(placeName(asked.from));
    if (moved(asked.to, m_request->to))
        out << tr("Your destination, %1, is also on your list to avoid: the routes end in the "
                  "street there and do not use it.")
                   .arg(placeName(asked.to));
    return out;
}

QString RouteText::duration(double seconds)
{
    if (!std::isfinite(seconds))
        return tr("unknown time");
    const int minutes = std::max(1, static_cast<int>(std::lround(seconds / 60.0)));
    const QLocale locale;
    if (minutes < 60)
        return tr("%1\u00a0min").arg(locale.toString(minutes));
    return tr("%1\u00a0h %2\u00a0min")
        .arg(locale.toString(minutes / 60))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString RouteText::durationChange(double seconds)
{
    const long minutes = std::lround(seconds / 60.0);
    if (minutes == 0)
        return tr("about as long");
    if (minutes > 0)
        return tr("%1 longer").arg(duration(seconds));
    return tr("%1 shorter").arg(duration(-seconds));
}

QString RouteText::distance(double metres)
{
    const QLocale locale;
    if (!std::isfinite(metres))
        return tr("unknown distance");
    // Whole metres where a few matter (a camera's range), then tens, then tenths of a km.
    if (metres < 50.0)
        return tr("%1\u00a0m").arg(locale.toString(qlonglong(std::max(1L, std::lround(metres)))));
    if (metres < 950.0)
        return tr("%1\u00a0m")
            .arg(locale.toString(qlonglong(std::max(10L, std::lround(metres / 10.0) * 10))));
    return tr("%1\u00a0km").arg(locale.toString(metres / 1000.0, 'f', 1));
}

QString RouteText::viewTime(double seconds)
{
    if (std::isfinite(seconds) && seconds < 59.5)
        return tr("%1\u00a0s")
            .arg(QLocale().toString(qlonglong(std::max(0L, std::lround(seconds)))));
    return duration(seconds);
}

QString RouteText::expectedLooks(const Hazard &expected)
{
    const QLocale locale;
    const double central = std::max(0.0, expected.central);
    const long rounded = std::lround(central);
    const long low = std::min<long>(rounded, std::lround(std::max(0.0, expected.low)));
    const long high = std::max<long>(rounded, std::lround(std::max(0.0, expected.high)));
    const QString range = low == high ? locale.toString(qlonglong(low))
                                      : tr("%1-%2").arg(locale.toString(qlonglong(low)),
                                                        locale.toString(qlonglong(high)));
    if (central < 0.95)
        return tr("Good looks at your face for a face-recognition system: fewer than 1 on "
                  "average (%1)")
            .arg(range);
    return tr("Good looks at your face for a face-recognition system: about %1 (%2)")
        .arg(locale.toString(qlonglong(rounded)), range);
}

QString RouteText::checkpoints(int count)
{
    return tr("Face-recognition checkpoints passed (turnstile lines): %1")
        .arg(QLocale().toString(std::max(0, count)));
}

QString RouteText::timeInView(const ExposureFigures &f)
{
    if (f.secondsInFrView > 0.0)
        return tr("Time in view of mapped cameras: %1 (of cameras with face recognition: %2)")
            .arg(viewTime(f.secondsInView), viewTime(f.secondsInFrView));
    return tr("Time in view of mapped cameras: %1").arg(viewTime(f.secondsInView));
}

QString RouteText::walkInView(const ExposureFigures &f)
{
    if (!(f.walkMetres > 0.0))
        return {};
    // Rounded to 5 %: the cameras' positions are not known to better than that.
    const long percent = std::lround(f.walkShareInView() * 20.0) * 5;
    if (percent == 0 && f.walkMetresInView > 0.0)
        return tr("Walking in view of a mapped camera: under 5 % of %1")
            .arg(distance(f.walkMetres));
    return tr("Walking in view of a mapped camera: about %1 % of %2")
        .arg(QLocale().toString(qlonglong(percent)), distance(f.walkMetres));
}

QString RouteText::camerasInView(const ExposureFigures &f)
{
    return tr("Mapped cameras that have you in view: %1")
        .arg(QLocale().toString(qlonglong(f.camerasInView.size())));
}

QString RouteText::unsurveyedReason(const ExposureFigures &f)
{
    if (!(f.unsurveyedWalkMetres >= 100.0))
        return {};
    return tr("The range is wide partly because nobody has surveyed %1 of the walking: cameras "
              "there are estimated from their usual density. A survey of those streets would "
              "narrow it.")
        .arg(distance(f.unsurveyedWalkMetres));
}

QStringList RouteText::figureLines(const ExposureFigures &f)
{
    QStringList lines{expectedLooks(f.expectedFrCaptures), checkpoints(f.frCheckpoints),
                      timeInView(f)};
    if (const QString walk = walkInView(f); !walk.isEmpty())
        lines << walk;
    lines << camerasInView(f);
    if (const QString why = unsurveyedReason(f); !why.isEmpty())
        lines << why;
    return lines;
}

QString RouteText::mapContextNote() const
{
    return contextNote(contextOf(m_dataset));
}

QString RouteText::contextNote(const QString &context)
{
    if (context == QLatin1String("moscow") || context == QLatin1String("training"))
        return {};
    return tr("This map does not say which city or surveillance system it describes, so "
              "Blindspot uses wide priors for an unknown region, not Moscow's: cameras of "
              "unknown status may or may not feed face recognition. Whoever keeps the map can "
              "set its context in Edit > Surveillance context.");
}

QString RouteText::walkedPath(const Route &route)
{
    return tr("The path: %1, about %2 on foot")
        .arg(distance(route.figures.walkMetres), duration(route.durationSeconds));
}

QString RouteText::cameraView(const CameraField::CameraView &view, double walkSpeedMps) const
{
    const Camera *camera = indexOf(view.camera) < m_dataset.cameras.size()
                               ? &m_dataset.camera(view.camera)
                               : nullptr;
    const FrStatus status = camera ? camera->frStatus : FrStatus::Unknown;
    const double speed = walkSpeedMps > 0.0 ? walkSpeedMps : qQNaN();
    // The stable id as the inspector, the map pack and `--json` give it: a name, not a
    // quantity to group.
    const QString id = camera ? QString::number(indexOf(camera->id)) : QStringLiteral("?");
    return tr("camera %1 (%2): in view from %3 (%4) into the walk for %5, as close as %6")
        .arg(id, frStatusName(status),
             viewTime(view.firstMetres / speed), distance(view.firstMetres),
             viewTime(view.metres / speed), distance(view.closestMetres));
}

QString RouteText::noCameraInView(bool outsideMap)
{
    if (outsideMap)
        return tr("This path lies outside the area the map covers: no mapped camera is near it. "
                  "Its chance comes only from the cameras assumed on streets nobody surveyed, "
                  "which is not the same as no cameras.");
    return tr("No mapped camera has this path in view. Its chance comes from the cameras "
              "assumed on streets nobody surveyed; the map may also miss cameras.");
}

} // namespace blindspot
