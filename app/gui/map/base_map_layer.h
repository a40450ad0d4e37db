#pragma once

#include "core/model/base_map.h"

#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <QHash>
#include <QImage>

#include <array>
#include <cstdint>
#include <vector>

class QPainter;

namespace blindspot {

struct Dataset;
class LocalProjection;

/// What the map draws under the surveillance layers so that people can tell where they are:
/// the base map (water, green, buildings, railways, rivers) and the street network by class,
/// with street and district names. Built once per dataset in the map's metres (x east, y north);
/// a grid over the ground finds what a frame shows, and levels of detail keep a whole city's
/// frame cheap: buildings and minor streets only up close, small areas skipped when they would
/// be under two pixels, lines simplified to the pixel when zoomed out.
class BaseMapLayer {
public:
    BaseMapLayer(const Dataset &dataset, const LocalProjection &projection, QString language);

    /// Where metres land on the widget: widget = (origin.x + x * scale, origin.y - y * scale).
    struct View {
        QPointF origin;
        double pixelsPerMetre = 1.0;
        QRectF viewMetres; ///< The ground the frame shows (with a margin), y north.
        QRectF frame;      ///< The frame, in widget pixels.
    };

    /// Water, green, buildings, rivers and railways.
    void paintGround(QPainter &painter, const View &view);
    /// Streets by class, and roads closed to people on foot; returns how many pieces were drawn.
    int paintStreets(QPainter &painter, const View &view);
    /// Street names along their streets and district names; `occupied` grows with what was
    /// placed (and is read: nothing is placed over it).
    void paintLabels(QPainter &painter, const View &view, std::vector<QRectF> &occupied);

    bool hasGround() const { return m_hasGround; }
    bool hasStreets() const { return m_hasStreets; }

    /// How streets look, by importance: 0 main roads (primary and above, roads closed to
    /// walkers), 1 secondary and tertiary, 2 the rest. Shown from the zoom in kTierFrom.
    static constexpr int kTiers = 3;

private:
    struct Point {
        float x = 0;
        float y = 0;
    };
    enum class Style : std::uint8_t {
        Water,
        Green,
        Building,
        Waterway,
        Rail,
        Road,    ///< closed to walkers
        Street0, ///< tiers of the street network
        Street1,
        Street2,
        Count
    };
    struct Item {
        Style style = Style::Building;
        std::uint32_t firstPart = 0; ///< into m_partEnds
        std::uint32_t partCount = 0;
        std::uint32_t coarseFirstPart = 0; ///< simplified parts for zoomed-out frames (lines)
        std::uint32_t coarsePartCount = 0;
        QRectF bounds;               ///< metres
        std::uint32_t name = ~0u;    ///< into m_names; streets only
    };
    struct Place {
        QPointF at;
        QString name;
    };

    void addItem(Style style, const std::vector<std::vector<Point>> &parts, std::uint32_t name);
    void addStreets(const Dataset &dataset, const LocalProjection &projection);
    void buildGrid();
    /// The items whose bounds meet `view`, of the given styles, in order of style.
    void collect(const QRectF &view, std::uint32_t styles, std::vector<std::uint32_t> &out);
    int column(double x) const;
    int row(double y) const;
    void drawItems(QPainter &painter, const View &view, const std::vector<std::uint32_t> &items,
                   Style style);

    std::vector<Point> m_points;
    std::vector<std::uint32_t> m_partEnds; ///< one past each part's last point
    std::vector<Item> m_items;
    std::vector<QString> m_names;
    std::vector<Place> m_places;
    // A grid per style: cells of kCellMetres over all items' bounds, each listing the items of
    // that style that touch it; items wider than kLargeCells cells are in `large` and always
    // tested. Per style, so that a city frame never walks the buildings it does not draw.
    struct Grid {
        std::vector<std::uint32_t> cellStart; ///< m_columns * m_rows + 1 offsets into cellItems
        std::vector<std::uint32_t> cellItems;
        std::vector<std::uint32_t> large;
    };
    QRectF m_bounds;
    int m_columns = 0;
    int m_rows = 0;
    std::array<Grid, std::size_t(Style::Count)> m_grids;
    std::vector<std::uint32_t> m_seen; ///< per item: the last query that returned it
    /// Labels drawn once with their halo, then copied: text outlines cost more than a frame.
    QHash<QString, QImage> m_labelImages;
    QImage labelImage(const QString &text, const QFont &font, QColor colour);
    std::uint32_t m_query = 0;
    bool m_hasGround = false;
    bool m_hasStreets = false;
    // Reused between frames.
    std::vector<QPointF> m_scratch;
    std::vector<QPointF> m_clipped;
    std::vector<QLineF> m_segments;
    std::vector<std::uint32_t> m_visible;
};

} // namespace blindspot
