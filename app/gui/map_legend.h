#pragma once

#include <QFrame>

namespace blindspot {

/// The key to the map's symbols, in words, shown over a corner of the map. Every symbol is
/// drawn by MapStyle (and the heatmap's colours by HeatmapLayer), the same code that draws the
/// map.
class MapLegend : public QFrame {
    Q_OBJECT
public:
    explicit MapLegend(QWidget *parent = nullptr);

    /// Adds the heatmap's key (its colour scale and the no-data hatching) while it is shown.
    void setHeatmapShown(bool shown);
    bool heatmapShown() const { return m_heatmapShown; }

    /// Tall enough for the wrapped note at the legend's own width. The legend reports no
    /// height-for-width: the overlay layout would ask it at the whole map's width and squeeze it.
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return false; }

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Builds the contents in the current language.
    void rebuild();

    bool m_heatmapShown = false;
    QWidget *m_contents = nullptr;
};

} // namespace blindspot
