#pragma once

#include <QFrame>

namespace blindspot {

/// The key to the map's symbols, in words, shown over a corner of the map. Every symbol is
/// drawn by MapStyle, the same code that draws the map.
class MapLegend : public QFrame {
    Q_OBJECT
public:
    explicit MapLegend(QWidget *parent = nullptr);

    /// Tall enough for the wrapped note at the legend's own width. The legend reports no
    /// height-for-width: the overlay layout would ask it at the whole map's width and squeeze it.
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return false; }
};

} // namespace blindspot
