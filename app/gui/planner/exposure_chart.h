#pragma once

#include "core/routing/route.h"

#include <QCoreApplication>
#include <QWidget>

class QPainter;

namespace blindspot {

/// A small chart of how the chance of identification builds up over a trip: out of 10 trips
/// (the same denominator as everywhere else) against minutes since the start, the central
/// estimate as a line over its low-high band, chokepoints numbered as on the map.
class ExposureChart : public QWidget {
    Q_OBJECT
public:
    explicit ExposureChart(QWidget *parent = nullptr);

    void setRoute(const Route &route);
    void clear();

    QSize sizeHint() const override { return {360, 170}; }
    QSize minimumSizeHint() const override { return {240, 140}; }

    /// One point of the cumulative curve: minutes since the start and the chance so far.
    struct Point {
        double minutes = 0.0;
        double low = 0.0; ///< Probabilities, 0..1.
        double central = 0.0;
        double high = 0.0;
    };
    /// The curve of `route`: a point at each step's end (and inside long steps), ending at the
    /// route's own total, which counts a camera seen on two steps once.
    static std::vector<Point> curve(const Route &route);

    /// Paints the chart of `route` into `area` (also for print and export).
    static void paint(QPainter &painter, const QRectF &area, const Route &route, const QFont &font);

    /// The chart in words, for screen readers: where the chance out of 10 rises and where it
    /// ends, with its range.
    static QString spokenValues(const Route &route);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    Route m_route;
    bool m_hasRoute = false;
};

} // namespace blindspot
