#pragma once

#include "core/routing/route.h"
#include "gui/map/map_overlay.h"

#include <QColor>
#include <QCoreApplication>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <array>
#include <vector>

class QPainter;

namespace blindspot {

class MapView;

/// The selected route drawn over the map: each step coloured by its own chance of
/// identification on a colour-blind-safe sequential palette (light blue to dark purple, no
/// red) and, so that it reads without colour, as wide as its band; walking steps dashed, steps
/// whose risk rests mostly on assumptions striped grey ("no data"), numbered markers at the
/// chokepoints with the step's chance out of 10 beside them ("2-5 of 10"), A/B at the ends.
///
/// Immutable once made; MapView holds it (setRouteOverlay()) and paints it, while the Route
/// layer is shown, after the metro network and before the station names.
class RouteOverlay : public MapOverlay {
    Q_DECLARE_TR_FUNCTIONS(RouteOverlay)
public:
    explicit RouteOverlay(Route route);

    const Route &route() const { return m_route; }

    Level level() const override { return Level::UnderNames; }
    std::optional<MapLayer> layer() const override { return MapLayer::Route; }
    /// Paints the route in `view`. Returns where it wrote the steps' chances, in widget
    /// coordinates, for the map's own labels to avoid.
    std::vector<QRectF> paint(QPainter &painter, const MapViewport &view) const override;

    /// The palette, lightest (least likely) first; one colour per RiskWording word band.
    static const std::array<QColor, 5> &palette();
    /// The colour of a step whose own chance of identification is `probability`.
    static QColor colourFor(double probability);
    /// The width in pixels of a step whose own chance is `probability`: one width per colour
    /// band, wider for likelier.
    static qreal widthFor(double probability);
    /// A step's own chance as written beside it on the map: "2-5 of 10", "<1 of 10".
    static QString chanceLabel(const Hazard &hazard);
    /// The words of chanceLabel for a range out of 10 trips.
    static QString chanceText(int low, int high);
    /// A piece of a step whose own chance is `probability`, with its casing, from `from` to
    /// `to` (the legend's sample).
    static void paintStepSample(QPainter &painter, QPointF from, QPointF to, double probability);
    /// Colour of the markers (chokepoints, ends) and of the route's casing.
    static QColor markerColour();
    /// Whether a step's risk rests mostly on assumptions (no reports): drawn striped grey.
    static bool restsOnAssumptions(const RouteLeg &leg);
    /// Per step, its chokepoint number (1, 2, 3 in trip order) or 0.
    static std::vector<int> chokepointNumbers(const Route &route);
    /// Where a step's risk concentrates on the map: the entrance of an entry, the middle of a
    /// ride or walk.
    static LatLon markerPosition(const RouteLeg &leg);
    /// Paints a numbered chokepoint marker (also used in the details and the printed card).
    static void paintMarker(QPainter &painter, QPointF centre, qreal radius, const QString &text);

    /// Zooms and pans `map` so that the whole route shows with a margin.
    static void fitMapTo(MapView &map, const Route &route);

private:
    /// A numbered or A/B marker: where it belongs, and where it is drawn (moved aside when it
    /// would hide another).
    struct Marker {
        QPointF at;
        QPointF centre;
        QString label;
        int leg = -1; ///< The step a numbered marker stands for; -1 for A and B.
    };
    /// Writes each chokepoint's chance (chanceLabel) beside its marker where there is room,
    /// clear of `markers`, the legend and each other, and off the route's `runs` (per step, in
    /// widget coordinates) where it can; returns the labels' boxes.
    std::vector<QRectF> paintChanceLabels(QPainter &painter, const MapViewport &view,
                                          const std::vector<Marker> &markers,
                                          const std::vector<std::vector<QPolygonF>> &runs) const;

    Route m_route;
    std::vector<int> m_numbers;
};

} // namespace blindspot
