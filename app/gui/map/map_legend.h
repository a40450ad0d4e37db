#pragma once

#include <QFrame>

namespace blindspot {

/// The key to the map's symbols, in words, shown over a corner of the map. Every symbol is
/// drawn by MapStyle (and the heatmap's colours by HeatmapLayer), the same code that draws the
/// map. It folds down to one small button on the map ("Map key"), so that on a laptop screen it
/// need not cover the stations and the route; the header's "Hide" button folds it.
class MapLegend : public QFrame {
    Q_OBJECT
public:
    explicit MapLegend(QWidget *parent = nullptr);

    /// Adds the heatmap's key (its colour scale and the no-data hatching) while it is shown.
    void setHeatmapShown(bool shown);
    bool heatmapShown() const { return m_heatmapShown; }
    /// Adds the key to the selected route's drawing while a route is on the map.
    void setRouteShown(bool shown);
    bool routeShown() const { return m_routeShown; }
    /// Folds the key down to its button, or opens it again.
    void setCollapsed(bool collapsed);
    bool isCollapsed() const { return m_collapsed; }

    /// Tall enough for the wrapped note at the legend's own width. The legend reports no
    /// height-for-width: the overlay layout would ask it at the whole map's width and squeeze it.
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return false; }

signals:
    /// The user folded or opened the key.
    void collapsedChanged(bool collapsed);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Builds the contents in the current language.
    void rebuild();

    bool m_heatmapShown = false;
    bool m_routeShown = false;
    bool m_collapsed = false;
    QWidget *m_contents = nullptr;
};

} // namespace blindspot
