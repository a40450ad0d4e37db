#pragma once

#include <QObject>
#include <QStringList>

#include <array>
#include <cstdint>

class QAction;

namespace blindspot {

/// What the map can show, each independently. The order is the order of the View menu and the
/// layer toolbar.
enum class MapLayer : std::uint8_t {
    MetroLines,
    Stations,        ///< Stations, transfers, entrances and station names.
    Cameras,         ///< Camera symbols and clusters, and symbols for cameras inside stations.
    CoverageSectors, ///< Where each street camera can identify a face; drawn when zoomed in.
    Heatmap,         ///< The density raster: face-recognition hazard per second spent somewhere.
    SurveyAreas,
    Streets, ///< The imported street network.
    Route,   ///< The route selected in the planner.
    BaseMap, ///< Water, green, buildings, railways and place names (from an imported street map).
};
constexpr std::size_t kMapLayerCount = 9;

/// The one owner of which map layers are shown. Each layer has a checkable action, shared by
/// the View menu and the layer toolbar, so that a menu, a button, a shortcut and code can never
/// disagree about the state.
class MapLayers : public QObject {
    Q_OBJECT
public:
    static constexpr std::array<MapLayer, kMapLayerCount> kAll{
        MapLayer::MetroLines, MapLayer::Stations,    MapLayer::Cameras, MapLayer::CoverageSectors,
        MapLayer::Heatmap,    MapLayer::SurveyAreas, MapLayer::Streets, MapLayer::Route,
        MapLayer::BaseMap};

    /// Every layer but the heatmap starts shown: the heatmap takes a moment to compute and
    /// covers the map, so it is asked for.
    explicit MapLayers(QObject *parent = nullptr);

    bool isVisible(MapLayer layer) const;
    void setVisible(MapLayer layer, bool visible);
    /// The checkable action that toggles `layer`; owned by this object.
    QAction *action(MapLayer layer) const { return m_actions[index(layer)]; }

    /// Stable names of the shown layers, for the settings file (never translated).
    QStringList visibleNames() const;
    /// Shows exactly the layers named; unknown names are ignored.
    void setVisibleNames(const QStringList &names);
    static QString nameOf(MapLayer layer);

    /// Sets the actions' texts and tooltips in the current UI language.
    void retranslate();

signals:
    void visibilityChanged(blindspot::MapLayer layer, bool visible);

private:
    static std::size_t index(MapLayer layer) { return static_cast<std::size_t>(layer); }

    std::array<QAction *, kMapLayerCount> m_actions{};
};

} // namespace blindspot
