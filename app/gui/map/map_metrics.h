#pragma once

#include <QPointF>
#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace blindspot {

/// Sizes of the map's symbols at one zoom, in pixels, and the zooms and distances on screen
/// that the painters and the hit tests of the map share.
struct SymbolMetrics {
    qreal stationRadius = 0;
    qreal lineWidth = 0;
    qreal symbolSize = 0;

    /// The sizes at `pixelsPerMetre`: one step per doubling of the zoom from the city view,
    /// within readable limits.
    static SymbolMetrics at(double pixelsPerMetre)
    {
        const double zoomSteps = std::log2(pixelsPerMetre / kCityPixelsPerMetre);
        SymbolMetrics m;
        m.stationRadius = std::clamp(3.5 + 0.8 * zoomSteps, 3.0, 8.0);
        m.lineWidth = std::clamp(m.stationRadius * 1.1, 3.0, 9.0);
        // Half-pixel steps, so that the symbol pixmaps are not re-rendered on every zoom step.
        m.symbolSize = std::round(2.0 * std::clamp(7.0 + 1.0 * zoomSteps, 7.0, 13.0)) / 2.0;
        return m;
    }

    /// Cameras inside a station (known by their station only) are one symbol on the station's
    /// upper right edge, where it covers neither the station nor the line through it.
    static QPointF badgeCentre(QPointF station, qreal stationRadius)
    {
        return station + QPointF(stationRadius * 1.1, -stationRadius * 1.1);
    }

    // Zoom levels are in pixels per metre. 0.04 px/m shows a 35 km city across 1400 px; symbol
    // sizes grow by one step per doubling from there.
    static constexpr double kCityPixelsPerMetre = 0.04;
    // Geometry is clipped to the widget plus this margin, beyond any pen's reach.
    static constexpr double kClipMarginPixels = 32.0;
    // A merge cell is a little larger than a symbol, so symbols never overlap: a calmer city
    // view.
    static constexpr double kMergeCellShare = 1.1;
    // Side of a cluster cell: a little more than the largest cluster disc, so discs rarely
    // overlap.
    static constexpr double kClusterCellPixels = 56.0;
    // Below this zoom (31 m per pixel, a city of 40 km across the window) cameras are grouped
    // into clusters with their number: single symbols would pile up into a carpet that hides
    // how many cameras there are. The fictional training city, fitted to a window, stays
    // above it.
    static constexpr double kClustersBelowPixelsPerMetre = 0.032;
    // At any zoom, cameras are clustered when their symbols would cover more than this share
    // of the view (a city of 160,000 cameras seen a district at a time).
    static constexpr double kClustersAboveCoverShare = 0.25;
};

} // namespace blindspot
