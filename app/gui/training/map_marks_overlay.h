#pragma once

#include "core/geo/lat_lon.h"
#include "gui/map/map_overlay.h"

#include <QObject>
#include <QRect>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace blindspot {

class MapView;

/// Draws marks over a MapView that follow its pans and zooms: the places trainees expect
/// cameras (rings with a cross), and numbered labels beside cameras the app revealed, so a list
/// of "what each camera can do" can point at the map.
///
/// The numbered labels keep clear of the station's name (wherever the map may write it beside
/// the station), of the camera symbols, of the marks and of each other: a label that cannot sit
/// beside its camera moves out and points back at it with a thin line. On request a small key
/// says what each symbol of the excerpt means, in the corner where it hides the least.
///
/// A child of the map (not a widget: every mouse event stays with the map), which draws it over
/// everything else while it lives (MapOverlay).
class MapMarksOverlay : public QObject, public MapOverlay {
    Q_OBJECT
public:
    explicit MapMarksOverlay(MapView *map);

    void setMarks(std::vector<LatLon> marks);
    const std::vector<LatLon> &marks() const { return m_marks; }
    /// Numbered labels: a position and its text ("1", "2", ...).
    void setLabels(std::vector<std::pair<LatLon, QString>> labels);
    /// The station the excerpt is about (all platforms of its transfer complex) and its name as
    /// the map writes it beside them: labels keep clear of the name.
    void setStation(std::vector<LatLon> platforms, const QString &name);
    /// Shows the key to the symbols.
    void setLegendShown(bool shown);
    bool legendShown() const { return m_legendShown; }
    /// Scales marks for a projector: 1 on a laptop, about 2 on a wall.
    void setScale(qreal scale);

    /// The area it draws in: the map's, in the map's coordinates.
    QRect rect() const;

    /// Where everything is drawn now, in the map's coordinates (for tests and the slide).
    struct Layout {
        QRectF legend;                   ///< Empty when the key is not shown.
        QStringList legendTexts;         ///< Its entries' words, top to bottom.
        std::vector<QRectF> labelBoxes;  ///< One per label, in setLabels() order.
        std::vector<QRectF> stationName; ///< Every place the map may write the station's name.
    };
    Layout layout() const;

    Level level() const override { return Level::Top; }
    std::vector<QRectF> paint(QPainter &painter, const MapViewport &view) const override;

private:
    struct LegendEntry;
    std::vector<LegendEntry> legendEntries() const;
    Layout layoutIn(const MapViewport &view) const;

    MapView *m_map;
    std::vector<LatLon> m_marks;
    std::vector<std::pair<LatLon, QString>> m_labels;
    std::vector<LatLon> m_platforms;
    QString m_stationName;
    bool m_legendShown = false;
    qreal m_scale = 1.0;
};

} // namespace blindspot
