#pragma once

#include "routing/route.h"

#include <QColor>
#include <QCoreApplication>
#include <QPointF>
#include <QString>

#include <array>
#include <vector>

class QPainter;

namespace blindspot {

class MapView;

/// The selected route drawn over the map: each step coloured by its own chance of
/// identification on a colour-blind-safe sequential palette (light blue to dark purple, no
/// red), walking steps dashed, steps whose risk rests mostly on assumptions striped grey ("no
/// data"), numbered markers at the chokepoints and A/B at the ends.
///
/// Immutable once made; MapView holds it and asks it to paint after the metro network and
/// before the station names.
class RouteOverlay {
    Q_DECLARE_TR_FUNCTIONS(RouteOverlay)
public:
    explicit RouteOverlay(Route route);

    const Route &route() const { return m_route; }

    /// Paints the route in `map`'s current view.
    void paint(QPainter &painter, const MapView &map) const;

    /// The palette, lightest (least likely) first; one colour per RiskWording word band.
    static const std::array<QColor, 5> &palette();
    /// The colour of a step whose own chance of identification is `probability`.
    static QColor colourFor(double probability);
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
    Route m_route;
    std::vector<int> m_numbers;
};

} // namespace blindspot
