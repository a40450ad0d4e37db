#pragma once

// A small hand-made dataset shared by the tests: two lines meeting at one transfer complex,
// Cyrillic names, every optional field set somewhere.
#include "core/model/dataset.h"

#include <QDate>
#include <QTimeZone>

namespace blindspot::testing {

inline LocalizedName names(const char *ru, const char *en, const char *uk)
{
    LocalizedName n;
    n.native = QString::fromUtf8(ru);
    n.byLanguage.insert(QStringLiteral("ru"), QString::fromUtf8(ru));
    n.byLanguage.insert(QStringLiteral("en"), QString::fromUtf8(en));
    n.byLanguage.insert(QStringLiteral("uk"), QString::fromUtf8(uk));
    return n;
}

inline Dataset smallCity()
{
    Dataset d;
    d.header.id = QStringLiteral("org.example.small");
    d.header.version = 7;
    d.header.name = QStringLiteral("Малый город");
    d.header.created = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    d.header.expires = QDateTime(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC);
    d.header.publisher = QStringLiteral("Тестовая группа");
    d.header.licence = QStringLiteral("CC0-1.0");
    d.header.attribution = QStringLiteral("test fixture");
    d.header.fictional = true;

    Network &n = d.network;
    Line red{LineId{0}, names("Красная", "Red", "Червона"), "1", 0xD62728};
    red.stations = {StationId{0}, StationId{1}};
    Line blue{LineId{1}, names("Синяя", "Blue", "Синя"), "2", 0x1F77B4, LineMode::LightRail};
    blue.stations = {StationId{2}, StationId{3}};
    n.lines = {red, blue};
    auto station = [&](std::uint32_t i, const char *ru, const char *en, const char *uk, double lat,
                       double lon, std::uint32_t line) {
        Station s;
        s.id = StationId{i};
        s.name = names(ru, en, uk);
        s.position = {lat, lon};
        s.line = LineId{line};
        return s;
    };
    n.stations = {station(0, "Ёлочная", "Yolochnaya", "Ялинкова", 55.750, 37.600, 0),
                  station(1, "Площадь", "Square", "Площа", 55.760, 37.610, 0),
                  station(2, "Площадь", "Square", "Площа", 55.7601, 37.6101, 1),
                  station(3, "Заречная", "Riverside", "Зарічна", 55.770, 37.630, 1)};
    n.stations[1].complex = ComplexId{0};
    n.stations[2].complex = ComplexId{0};
    n.complexes = {
        {ComplexId{0}, names("Площадь", "Square", "Площа"), {StationId{1}, StationId{2}}}};
    n.entrances = {{EntranceId{0}, StationId{0}, {55.7505, 37.6005}, "1", {}, "osm:node/1"},
                   {EntranceId{1}, StationId{0}, {55.7495, 37.5995}, "2", {}, {}}};
    n.stations[0].entrances = {EntranceId{0}, EntranceId{1}};
    n.zones = {{ZoneId{0}, StationId{0}, ZoneKind::Turnstiles, 6, FrStatus::Confirmed},
               {ZoneId{1}, StationId{0}, ZoneKind::Platform, std::nullopt, FrStatus::Unknown}};
    n.stations[0].zones = {ZoneId{0}, ZoneId{1}};
    n.links = {{LinkKind::Ride, StationId{0}, StationId{1}, kNoId<EntranceId>, 95.0, 1300.0},
               {LinkKind::Transfer, StationId{1}, StationId{2}, kNoId<EntranceId>, 180.0, 120.0},
               {LinkKind::Entry, StationId{0}, StationId{0}, EntranceId{0}, 90.0, 80.0}};

    d.sources = {{SourceId{0}, QStringLiteral("Опрос"), QStringLiteral("survey-1"),
                  QStringLiteral("CC-BY-4.0"), QStringLiteral("Volunteers"), QDate(2026, 2, 1),
                  true}};
    Camera turnstile;
    turnstile.id = CameraId{0};
    turnstile.position = {55.7501, 37.6001};
    turnstile.anchorStation = StationId{0};
    turnstile.anchorZone = ZoneKind::Turnstiles;
    turnstile.kind = CameraKind::Turnstile;
    turnstile.headingDegrees = 180.0;
    turnstile.fovDegrees = 60.0;
    turnstile.heightMetres = 1.6;
    turnstile.frStatus = FrStatus::Confirmed;
    turnstile.sightings = {{SourceId{0}, QDate(2026, 1, 15), 3, QByteArray(32, '\x5a')}};
    turnstile.notes = QStringLiteral("Face Pay, справа от входа");
    Camera street;
    street.id = CameraId{1};
    street.position = {55.7512, 37.6020};
    street.kind = CameraKind::Dome;
    street.sightings = {{SourceId{0}, QDate(), 1, {}}};
    street.sourceRef = QStringLiteral("osm:node/42");
    Camera anchoredOnly;
    anchoredOnly.id = CameraId{2};
    anchoredOnly.anchorStation = StationId{3};
    anchoredOnly.anchorZone = ZoneKind::Platform;
    anchoredOnly.frStatus = FrStatus::Suspected;
    anchoredOnly.sightings = {{SourceId{0}, QDate(2025, 12, 31), 1, {}}};
    street.mount = CameraMount::Pole;
    d.cameras = {turnstile, street, anchoredOnly};
    d.conflicts = {{CameraId{1}, QStringLiteral("fr_status"), QStringLiteral("unknown"),
                    QStringLiteral("confirmed"), SourceId{0}}};
    d.streets.nodes = {{55.7500, 37.6000}, {55.7510, 37.6000}, {55.7510, 37.6020}};
    d.streets.edges = {{StreetNodeId{0}, StreetNodeId{1}, 111.3},
                       {StreetNodeId{1}, StreetNodeId{2}, 125.5}};

    d.surveyAreas = {{SurveyAreaId{0},
                      QStringLiteral("Центр"),
                      {{55.74, 37.59}, {55.74, 37.62}, {55.77, 37.62}, {55.77, 37.59}},
                      QDate(2026, 2, 20),
                      0.8,
                      SourceId{0}}};
    d.parameterOverrides = R"({"walking_speed_mps":1.2})";
    return d;
}

} // namespace blindspot::testing
