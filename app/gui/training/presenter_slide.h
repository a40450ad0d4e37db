#pragma once

#include "core/geo/lat_lon.h"
#include "core/model/dataset.h"
#include "core/routing/route.h"

#include <QImage>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace blindspot {

/// One route as a slide compares it: what the group chose, and core's answer.
struct SlideRoute {
    QString label;   ///< The option's label in the session's content language.
    QString profile; ///< "ordinary" or "event": the reference class of its numbers.
    std::optional<Route> route; ///< None: nothing reaches the destination that way.
};

/// What the projector shows for the current moment of a session. Nothing on a slide is meant
/// for the trainer alone: facilitator notes and the timer never go here.
struct PresenterSlide {
    QString stepLabel; ///< "Input · Route comparison"
    QString heading;
    QStringList lines; ///< Large text, one paragraph each.
    std::vector<SlideRoute> routes; ///< Side by side with icon arrays (at most three read well).

    bool showMap = false;
    std::size_t mapRoute = 0; ///< Which of `routes` the map draws.
    std::shared_ptr<const Dataset> mapDataset; ///< Null: the training city.
    /// An excerpt instead of the route or the whole city: its centre and how many metres across
    /// and down must be visible.
    std::optional<LatLon> mapCentre;
    QSizeF mapSpanMetres;
    bool mapCameras = true;   ///< Whether the map shows cameras (hidden before a reveal).
    std::vector<LatLon> marks; ///< Where trainees expect cameras (spot the camera).
    /// The station an excerpt is about (every platform of its complex): the map's key and
    /// labels keep clear of its name.
    std::vector<StationId> mapStations;
    bool mapLegend = false; ///< A key to the excerpt's symbols on the map.

    QImage image; ///< A picture shown large (the face-detector demo), held in memory only.
};

} // namespace blindspot
