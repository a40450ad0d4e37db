#pragma once

#include "core/exposure/camera_field.h"
#include "core/model/dataset.h"
#include "core/routing/route.h"

#include <QCoreApplication>
#include <QString>

namespace blindspot {

struct RouteRequest;

/// Puts a planned route into words for the planner, its cards, details and the printed route
/// card, so that all of them describe a step the same way. Station and line names are shown in
/// one language (the UI's), falling back to the native spelling.
///
/// Risk itself is worded by RiskWording; this class words places, steps and what causes risk.
class RouteText {
    Q_DECLARE_TR_FUNCTIONS(RouteText)
public:
    /// `request`, when given, names the trip's own start and end points ("your start point")
    /// instead of printing their coordinates. Both must outlive this object.
    RouteText(const Dataset &dataset, QString language, const RouteRequest *request = nullptr);

    QString stationName(StationId station) const;
    /// A station, an entrance ("Lilac Square, entrance 2") or a point.
    QString placeName(const Place &place) const;
    /// "line 1 (Sunrise Line)"; its name or "line 1" when it has only one; its colour
    /// ("red line") when it has neither.
    QString lineName(LineId line) const;
    /// The line's short label: its ref, else its name, else its colour ("red line").
    QString lineRef(LineId line) const;
    /// How to find an entrance at the station: "entrance 3" (its ref), else its name, else
    /// where it lies from the station ("north-east entrance"; "north-east exit" with `exit`).
    QString entranceName(EntranceId entrance, bool exit = false) const;
    /// A line by its colour alone: "red line" (the nearest of a few named colours), "unnamed
    /// line" for black, which is what a line without a colour gets on import.
    static QString colourLineName(std::uint32_t colourRgb);
    /// A compass direction as a heading, "north-east", for "Go north-east".
    static QString compassHeading(double degrees);

    /// Where a point is for someone who knows the stations: "460 m from Mirror Square
    /// (north-east)", "at Mirror Square" within 15 m; empty on a map without stations.
    QString nearStation(LatLon position) const;

    const Dataset &dataset() const { return m_dataset; }
    const QString &language() const { return m_language; }
    /// What the traveller does on this step: "Enter Lilac Square by entrance 2 (hall,
    /// turnstiles, escalator)".
    QString legText(const RouteLeg &leg) const;
    /// One cause of a step's risk: "turnstiles: 2 reported cameras, face recognition
    /// confirmed", or "train cars: no report, about 8 cameras assumed" for a cause that rests
    /// on assumptions (HazardSource::assumed).
    QString sourceText(const HazardSource &source) const;
    /// Where on the trip a step's risk lies, to fill a sentence: "the turnstiles of Lilac
    /// Square", "the walk from Fir Tree to Lilac Square".
    QString riskPlace(const RouteLeg &leg) const;
    /// The route in one line for a card: "in at Fir Tree, entrance 1 → line 1 → change at
    /// Lilac Square → line 7 → out at Fountain Square, entrance 2".
    QString routeOutline(const Route &route) const;
    /// A short title for the whole trip: "Fir Tree → Fountain Square".
    QString tripTitle() const;
    /// What the request avoids, for a card that must say it on paper: "Avoiding: Lilac Square;
    /// line 3; Fir Tree, entrance 2." (a station once for all its platforms); empty when
    /// nothing is avoided.
    QString avoidedText() const;
    /// Where planning moved an end that is also to be avoided (PlanningSession::plan makes it a
    /// point there): "Your start, Fir Tree, is also on your list to avoid: the routes start in
    /// the street there and do not use it." `asked` is the request as given, the request passed
    /// to the constructor the one planned; none when no end moved.
    QStringList movedEnds(const RouteRequest &asked) const;

    static QString zoneName(ZoneKind zone);
    static QString frStatusName(FrStatus status);
    /// A duration rounded to whole minutes (at least 1): "34 min", "1 h 05 min".
    static QString duration(double seconds);
    /// A difference in time: "3 min longer", "2 min shorter", "about as long".
    static QString durationChange(double seconds);
    /// A distance: "7 m", "850 m", "1.2 km", in the UI locale.
    static QString distance(double metres);
    /// A time in view: "40 s", "3 min", "1 h 05 min".
    static QString viewTime(double seconds);

    // The figures beside the chance, which do not saturate (model v2; RISK-COMMUNICATION.md,
    // "When the chance is near certain"). Each is one line, a label and its value.

    /// "Good looks at your face for a face-recognition system: about 4 (2-7)".
    static QString expectedLooks(const Hazard &expected);
    /// "Face-recognition checkpoints passed (turnstile lines): 2".
    static QString checkpoints(int count);
    /// "Time in view of mapped cameras: 3 min (of cameras with face recognition: 40 s)".
    static QString timeInView(const ExposureFigures &figures);
    /// "Walking in view of a mapped camera: about 40 % of 2.1 km"; empty without a walk.
    static QString walkInView(const ExposureFigures &figures);
    /// "Mapped cameras that have you in view: 12".
    static QString camerasInView(const ExposureFigures &figures);
    /// Why a range is wide, with what would narrow it; empty when little of the walk is
    /// unsurveyed.
    static QString unsurveyedReason(const ExposureFigures &figures);
    /// Every figure line above that applies, in display order.
    static QStringList figureLines(const ExposureFigures &figures);
    /// What the map's surveillance context means for the numbers; empty for a known context.
    static QString contextNote(const QString &context);
    /// contextNote for this route's map.
    QString mapContextNote() const;

    // A recorded path walked as it is (RoutePlanner::exposureAlong), for the GUI's "Check a
    // recorded walk" and `blindspot-cli exposure --track`.

    /// "The path: 1.2 km, about 15 min on foot".
    static QString walkedPath(const Route &route);
    /// One camera's view of the path: "camera 3 (face recognition confirmed): in view from
    /// 26 s (36 m) into the walk for 36 s, as close as 5 m". `walkSpeedMps` turns the view's
    /// metres into time, at the speed the path was evaluated with.
    QString cameraView(const CameraField::CameraView &view, double walkSpeedMps) const;
    /// Why no camera is listed for a path: none on the map has it in view, so its chance comes
    /// from what is assumed for streets nobody surveyed. `outsideMap`: the path lies outside
    /// the area the map covers at all.
    static QString noCameraInView(bool outsideMap);

private:
    QString pointName(LatLon position) const;

    const Dataset &m_dataset;
    QString m_language;
    const RouteRequest *m_request = nullptr;
};

} // namespace blindspot
