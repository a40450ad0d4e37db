#pragma once

#include <QFont>
#include <QPixmap>
#include <QRectF>

#include <vector>

class QPainter;

namespace blindspot {

class MapViewport;
struct MapScene;
struct SymbolMetrics;

/// Paints the transit network of a MapScene in a view: survey areas, metro lines, stations
/// with their transfers and entrances, and the names of stations and lines. Keeps the station
/// symbol rendered once per size.
class NetworkPainter {
public:
    void paintSurveyAreas(QPainter &painter, const MapScene &scene, const MapViewport &view) const;
    /// Lines `width` pixels wide, with a white casing.
    void paintLines(QPainter &painter, const MapScene &scene, const MapViewport &view,
                    qreal width) const;
    /// Stations of `radius` pixels as batches of one symbol rendered for `devicePixelRatio`,
    /// joined to the others of their transfer complex. Returns how many it drew.
    int paintStations(QPainter &painter, const MapScene &scene, const MapViewport &view,
                      qreal radius, qreal devicePixelRatio);
    /// Entrances, from the zoom at which they are told apart from their station.
    void paintEntrances(QPainter &painter, const MapScene &scene, const MapViewport &view) const;
    /// The names of stations (from the zoom at which there is room for some) and the numbers
    /// of lines, in `font`, where they hide neither a station, a camera symbol inside one, the
    /// covered part of the view nor anything in `avoid`. Returns how many names it wrote.
    int paintLabels(QPainter &painter, const MapScene &scene, const MapViewport &view,
                    const SymbolMetrics &metrics, const QFont &font,
                    const std::vector<QRectF> &avoid) const;

private:
    QPixmap m_stationSprite;
    qreal m_stationSpriteRadius = 0.0;
};

} // namespace blindspot
