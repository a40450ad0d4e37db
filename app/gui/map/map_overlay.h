#pragma once

#include "gui/map/map_layers.h"

#include <QRectF>

#include <cstdint>
#include <optional>
#include <vector>

class QPainter;

namespace blindspot {

class MapViewport;

/// Something another feature draws over the map and that follows its pans and zooms: the
/// planner's route (RouteOverlay), the marks of a training exercise (MapMarksOverlay). MapView
/// draws every overlay the same way, at the level it asks for, in the view of that paint.
class MapOverlay {
public:
    /// Where an overlay sits among the map's own layers.
    enum class Level : std::uint8_t {
        /// Over the network and the cameras, under the station names, which keep clear of the
        /// words it writes (paint()'s result).
        UnderNames,
        /// Over everything the map draws, painted with a painter of its own in its initial
        /// state, as a widget of its own would be.
        Top,
    };

    virtual ~MapOverlay() = default;

    virtual Level level() const = 0;
    /// The map layer that shows and hides the overlay; none when it is always shown.
    virtual std::optional<MapLayer> layer() const { return std::nullopt; }
    /// Paints in `view`. Returns where it wrote words, in widget coordinates, for the map's
    /// own labels to avoid (used at Level::UnderNames).
    virtual std::vector<QRectF> paint(QPainter &painter, const MapViewport &view) const = 0;
};

} // namespace blindspot
