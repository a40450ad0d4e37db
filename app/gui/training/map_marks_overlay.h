#pragma once

#include "geo/lat_lon.h"

#include <QString>
#include <QWidget>

#include <utility>
#include <vector>

namespace blindspot {

class MapView;

/// Draws marks over a MapView that follow its pans and zooms: the places trainees expect
/// cameras (rings with a cross), and numbered labels beside cameras the app revealed, so a list
/// of "what each camera can do" can point at the map. Lets every mouse event through to the map.
class MapMarksOverlay : public QWidget {
    Q_OBJECT
public:
    explicit MapMarksOverlay(MapView *map);

    void setMarks(std::vector<LatLon> marks);
    const std::vector<LatLon> &marks() const { return m_marks; }
    /// Numbered labels: a position and its text ("1", "2", ...).
    void setLabels(std::vector<std::pair<LatLon, QString>> labels);
    /// Scales marks for a projector: 1 on a laptop, about 2 on a wall.
    void setScale(qreal scale);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    MapView *m_map;
    std::vector<LatLon> m_marks;
    std::vector<std::pair<LatLon, QString>> m_labels;
    qreal m_scale = 1.0;
};

} // namespace blindspot
