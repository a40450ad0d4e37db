#include "gui/map/base_map_layer.h"

#include "core/geo/local_projection.h"
#include "gui/map/segment_clip.h"
#include "core/model/dataset.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace blindspot {

namespace {

// What each style looks like: muted, so that cameras, lines and the route stay what the eye
// finds first. Indexed by BaseMapLayer::Style.
constexpr QRgb kFill[] = {0xBCD5E2, 0xD6E6C6, 0xE2DDD3, 0, 0, 0, 0, 0, 0};
constexpr QRgb kLine[] = {0,        0,        0xCFC8BB, 0xA9C8D8, 0xA29D95,
                          0xC2BAA8, 0xC4BDAE, 0xD0CABD, 0xD8D3C8};
// The zoom (pixels per metre) from which a style is drawn.
constexpr double kFrom[] = {0.0, 0.0, 0.3, 0.01, 0.0, 0.0, 0.0, 0.02, 0.05};
// Lines are simplified to this many metres for frames zoomed out beyond kCoarseBelow.
constexpr double kCoarseMetres = 12.0;
constexpr double kCoarseBelow = 0.2;
// Areas smaller than this on screen are skipped.
constexpr double kSmallestPixels = 1.5;
constexpr double kCellMetres = 500.0;
constexpr int kLargeCells = 256;
constexpr double kStreetLabelsFrom = 0.4;
constexpr double kPlaceLabelsFrom = 0.02;
constexpr double kPlaceLabelsBelow = 3.0;
constexpr int kMostLabels = 60;

int tierOf(StreetClass c)
{
    switch (c) {
    case StreetClass::Primary:
    case StreetClass::Trunk:
    case StreetClass::Motorway:
        return 0;
    case StreetClass::Secondary:
    case StreetClass::Tertiary:
        return 1;
    default:
        return 2;
    }
}

qreal lineWidth(int style, double pixelsPerMetre)
{
    switch (style) {
    case 3: // waterway
        return std::clamp(0.8 + pixelsPerMetre * 4.0, 1.0, 6.0);
    case 4: // rail
        return std::clamp(0.6 + pixelsPerMetre * 1.5, 1.0, 3.0);
    case 5: // road closed to walkers
    case 6: // main streets
        return std::clamp(1.2 + pixelsPerMetre * 7.0, 1.5, 12.0);
    case 7:
        return std::clamp(0.9 + pixelsPerMetre * 5.0, 1.0, 9.0);
    default:
        return std::clamp(0.6 + pixelsPerMetre * 3.0, 0.8, 7.0);
    }
}

// Douglas-Peucker: the points of [first, last] that keep the line within `tolerance` metres.
template <class P>
void simplify(const std::vector<P> &in, std::size_t first, std::size_t last, double tolerance,
              std::vector<bool> &keep)
{
    if (last <= first + 1)
        return;
    const double ax = in[first].x, ay = in[first].y, bx = in[last].x, by = in[last].y;
    const double dx = bx - ax, dy = by - ay;
    const double length = std::hypot(dx, dy);
    double worst = -1;
    std::size_t at = first;
    for (std::size_t i = first + 1; i < last; ++i) {
        const double d = length > 0 ? std::abs((in[i].x - ax) * dy - (in[i].y - ay) * dx) / length
                                    : std::hypot(in[i].x - ax, in[i].y - ay);
        if (d > worst) {
            worst = d;
            at = i;
        }
    }
    if (worst <= tolerance)
        return;
    keep[at] = true;
    simplify(in, first, at, tolerance, keep);
    simplify(in, at, last, tolerance, keep);
}

} // namespace

BaseMapLayer::BaseMapLayer(const Dataset &dataset, const LocalProjection &projection,
                           QString language)
{
    const BaseMap &map = dataset.baseMap;
    std::vector<std::vector<Point>> parts;
    for (const BaseFeature &f : map.features) {
        if (!isKnown(f.kind))
            continue;
        parts.clear();
        for (std::uint32_t r = f.firstRing; r < f.firstRing + f.ringCount; ++r) {
            std::vector<Point> &part = parts.emplace_back();
            for (std::uint32_t i = map.ringBegin(r); i < map.ringEnds[r]; ++i) {
                const LocalXY xy = projection.toLocal(map.points[i].latLon());
                part.push_back({float(xy.xMetres), float(xy.yMetres)});
            }
        }
        addItem(Style(f.kind), parts, ~0u);
    }
    m_hasGround = !m_items.empty();
    addStreets(dataset, projection);
    for (const NamedPlace &place : dataset.places) {
        if (place.kind != NamedPlace::Kind::Locality || !place.position.isValid())
            continue;
        const QString name = place.name.inLanguage(language);
        if (name.isEmpty())
            continue;
        const LocalXY xy = projection.toLocal(place.position);
        m_places.push_back({QPointF(xy.xMetres, xy.yMetres), name});
    }
    buildGrid();
}

void BaseMapLayer::addItem(Style style, const std::vector<std::vector<Point>> &parts,
                           std::uint32_t name)
{
    const bool area = style == Style::Water || style == Style::Green || style == Style::Building;
    Item item;
    item.style = style;
    item.name = name;
    item.firstPart = std::uint32_t(m_partEnds.size());
    float west = INFINITY, east = -INFINITY, south = INFINITY, north = -INFINITY;
    for (const std::vector<Point> &part : parts) {
        if (part.size() < (area ? 3u : 2u))
            continue;
        for (const Point &p : part) {
            west = std::min(west, p.x);
            east = std::max(east, p.x);
            south = std::min(south, p.y);
            north = std::max(north, p.y);
        }
        m_points.insert(m_points.end(), part.begin(), part.end());
        m_partEnds.push_back(std::uint32_t(m_points.size()));
        ++item.partCount;
    }
    if (item.partCount == 0)
        return;
    // Half a metre around, so that a street running exactly east-west still has an area to
    // meet the view with (QRectF::intersects() needs one).
    item.bounds = QRectF(QPointF(west, south), QPointF(east, north)).adjusted(-0.5, -0.5, 0.5, 0.5);
    // The simplified parts, where simplifying saves points.
    item.coarseFirstPart = std::uint32_t(m_partEnds.size());
    std::vector<bool> keep;
    bool saved = false;
    std::vector<std::vector<Point>> coarse;
    for (const std::vector<Point> &part : parts) {
        if (part.size() < (area ? 3u : 2u))
            continue;
        keep.assign(part.size(), false);
        keep.front() = keep.back() = true;
        simplify(part, 0, part.size() - 1, kCoarseMetres, keep);
        std::vector<Point> &out = coarse.emplace_back();
        for (std::size_t i = 0; i < part.size(); ++i)
            if (keep[i])
                out.push_back(part[i]);
        if (area && out.size() < 3)
            out = part;
        saved = saved || out.size() < part.size();
    }
    if (saved) {
        for (const std::vector<Point> &part : coarse) {
            m_points.insert(m_points.end(), part.begin(), part.end());
            m_partEnds.push_back(std::uint32_t(m_points.size()));
        }
        item.coarsePartCount = std::uint32_t(coarse.size());
    } else {
        item.coarseFirstPart = item.firstPart;
        item.coarsePartCount = item.partCount;
    }
    m_items.push_back(item);
}

// Edges of one way come one after another from an import, each starting where the last
// ended: such runs become one line, which is drawn and simplified as a whole.
void BaseMapLayer::addStreets(const Dataset &dataset, const LocalProjection &projection)
{
    const StreetNetwork &streets = dataset.streets;
    std::vector<Point> nodes;
    nodes.reserve(streets.nodes.size());
    for (const LatLon &p : streets.nodes) {
        const LocalXY xy = p.isValid() ? projection.toLocal(p) : LocalXY{qQNaN(), qQNaN()};
        nodes.push_back({float(xy.xMetres), float(xy.yMetres)});
    }
    // Street names by way, stored once per distinct name.
    std::vector<std::uint32_t> nameOfWay(streets.ways.size(), ~0u);
    QHash<QString, std::uint32_t> names;
    const auto nameOf = [&](StreetWayId way) -> std::uint32_t {
        if (!isSet(way) || indexOf(way) >= streets.ways.size())
            return ~0u;
        std::uint32_t &cached = nameOfWay[indexOf(way)];
        if (cached == ~0u) {
            const QString name = streets.ways[indexOf(way)].name.native;
            if (name.isEmpty())
                return ~0u;
            auto it = names.find(name);
            if (it == names.end()) {
                it = names.insert(name, std::uint32_t(m_names.size()));
                m_names.push_back(name);
            }
            cached = *it;
        }
        return cached;
    };
    const auto styleOf = [&](StreetWayId way) {
        const int tier = isSet(way) && indexOf(way) < streets.ways.size()
                             ? tierOf(streets.ways[indexOf(way)].streetClass)
                             : 2;
        return Style(int(Style::Street0) + tier);
    };
    std::vector<std::vector<Point>> run(1);
    StreetWayId runWay = kNoId<StreetWayId>;
    std::uint32_t runEnd = ~0u;
    const auto flush = [&] {
        if (run.front().size() >= 2)
            addItem(styleOf(runWay), run, nameOf(runWay));
        run.front().clear();
    };
    for (const StreetEdge &e : streets.edges) {
        const auto from = indexOf(e.from), to = indexOf(e.to);
        if (from >= nodes.size() || to >= nodes.size() || std::isnan(nodes[from].x) ||
            std::isnan(nodes[to].x))
            continue;
        // A run is cut every 256 points, so that the grid can skip the parts of a long street
        // that a close frame does not show.
        if (e.way != runWay || from != runEnd || run.front().size() >= 256) {
            flush();
            run.front().push_back(nodes[from]);
            runWay = e.way;
        }
        run.front().push_back(nodes[to]);
        runEnd = to;
    }
    flush();
    m_hasStreets = !streets.edges.empty();
}

void BaseMapLayer::buildGrid()
{
    if (m_items.empty())
        return;
    QRectF bounds = m_items.front().bounds;
    for (const Item &item : m_items)
        bounds |= item.bounds;
    m_bounds = bounds.adjusted(-1, -1, 1, 1);
    m_columns = std::clamp(int(std::ceil(m_bounds.width() / kCellMetres)), 1, 4096);
    m_rows = std::clamp(int(std::ceil(m_bounds.height() / kCellMetres)), 1, 4096);
    const std::size_t cells = std::size_t(m_columns) * std::size_t(m_rows);
    std::vector<std::array<int, 4>> spans(m_items.size());
    std::vector<bool> large(m_items.size(), false);
    for (Grid &grid : m_grids)
        grid.cellStart.assign(cells + 1, 0);
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const QRectF &b = m_items[i].bounds;
        const int c0 = column(b.left()), c1 = column(b.right());
        const int r0 = row(b.top()), r1 = row(b.bottom());
        spans[i] = {c0, c1, r0, r1};
        Grid &grid = m_grids[std::size_t(m_items[i].style)];
        if (std::int64_t(c1 - c0 + 1) * (r1 - r0 + 1) > kLargeCells) {
            large[i] = true;
            grid.large.push_back(std::uint32_t(i));
            continue;
        }
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                ++grid.cellStart[std::size_t(r) * m_columns + c + 1];
    }
    for (Grid &grid : m_grids) {
        for (std::size_t k = 1; k <= cells; ++k)
            grid.cellStart[k] += grid.cellStart[k - 1];
        grid.cellItems.resize(grid.cellStart[cells]);
    }
    std::array<std::vector<std::uint32_t>, std::size_t(Style::Count)> fill;
    for (std::size_t s = 0; s < fill.size(); ++s)
        fill[s].assign(m_grids[s].cellStart.begin(), m_grids[s].cellStart.end() - 1);
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (large[i])
            continue;
        const std::size_t s = std::size_t(m_items[i].style);
        const auto [c0, c1, r0, r1] = spans[i];
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                m_grids[s].cellItems[fill[s][std::size_t(r) * m_columns + c]++] = std::uint32_t(i);
    }
    m_seen.assign(m_items.size(), 0);
}

int BaseMapLayer::column(double x) const
{
    return std::clamp(int((x - m_bounds.left()) / m_bounds.width() * m_columns), 0, m_columns - 1);
}

int BaseMapLayer::row(double y) const
{
    return std::clamp(int((y - m_bounds.top()) / m_bounds.height() * m_rows), 0, m_rows - 1);
}

void BaseMapLayer::collect(const QRectF &view, std::uint32_t styles,
                           std::vector<std::uint32_t> &out)
{
    out.clear();
    if (m_items.empty() || !view.intersects(m_bounds))
        return;
    ++m_query;
    const int c0 = column(view.left()), c1 = column(view.right());
    const int r0 = row(view.top()), r1 = row(view.bottom());
    for (std::size_t s = 0; s < m_grids.size(); ++s) {
        if (!(styles >> s & 1u))
            continue;
        const Grid &grid = m_grids[s];
        const auto take = [&](std::uint32_t i) {
            if (m_seen[i] == m_query)
                return;
            m_seen[i] = m_query;
            if (m_items[i].bounds.intersects(view))
                out.push_back(i);
        };
        for (std::uint32_t i : grid.large)
            take(i);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c) {
                const std::size_t cell = std::size_t(r) * m_columns + c;
                for (std::uint32_t k = grid.cellStart[cell]; k < grid.cellStart[cell + 1]; ++k)
                    take(grid.cellItems[k]);
            }
    }
    // Items in the order they were added (within a style), whatever cells they came from.
    std::sort(out.begin(), out.end());
}

QImage BaseMapLayer::labelImage(const QString &text, const QFont &font, QColor colour)
{
    const QString key = text + QChar(0x1F) + font.toString() + QChar(0x1F) + colour.name();
    if (const auto it = m_labelImages.constFind(key); it != m_labelImages.constEnd())
        return *it;
    const QFontMetricsF metrics(font);
    constexpr qreal kHalo = 2.0;
    const QSizeF size(metrics.horizontalAdvance(text) + 2 * kHalo + 2,
                      metrics.height() + 2 * kHalo);
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addText(QPointF(kHalo + 1, kHalo + metrics.ascent()), font, text);
    painter.strokePath(path, QPen(QColor(255, 255, 255, 220), 2 * kHalo, Qt::SolidLine,
                                  Qt::RoundCap, Qt::RoundJoin));
    painter.fillPath(path, colour);
    painter.end();
    if (m_labelImages.size() > 4000)
        m_labelImages.clear();
    m_labelImages.insert(key, image);
    return image;
}

void BaseMapLayer::drawItems(QPainter &painter, const View &view,
                             const std::vector<std::uint32_t> &items, Style style)
{
    const int s = int(style);
    const bool area = style == Style::Water || style == Style::Green || style == Style::Building;
    const double ppm = view.pixelsPerMetre;
    const bool coarse = ppm < kCoarseBelow;
    const double ox = view.origin.x(), oy = view.origin.y();
    const qreal width = area ? 1.0 : lineWidth(s, ppm);
    // Geometry handed to QPainter is cut to the frame first (see segment_clip.h).
    const QRectF clip = view.frame.adjusted(-width - 2, -width - 2, width + 2, width + 2);
    const double clipArea = clip.width() * clip.height();
    if (area) {
        painter.setBrush(QColor(kFill[s]));
        painter.setPen(kLine[s] != 0 && ppm >= 1.0 ? QPen(QColor(kLine[s]), 1.0) : Qt::NoPen);
    } else {
        // Round caps join a line's pieces, but cost curves per piece: thin lines, drawn by the
        // thousand when zoomed out, get square ones, which look the same at that width.
        QPen pen(QColor(kLine[s]), width, Qt::SolidLine, width < 2.5 ? Qt::SquareCap : Qt::RoundCap,
                 Qt::RoundJoin);
        if (style == Style::Rail && ppm >= 0.3)
            pen.setDashPattern({4.0, 3.0});
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
    }
    m_segments.clear();
    QPainterPath path;
    for (std::uint32_t i : items) {
        const Item &item = m_items[i];
        if (item.style != style)
            continue;
        if (std::max(item.bounds.width(), item.bounds.height()) * ppm <
            (area ? kSmallestPixels : 0.8))
            continue;
        const std::uint32_t first = coarse ? item.coarseFirstPart : item.firstPart;
        const std::uint32_t count = coarse ? item.coarsePartCount : item.partCount;
        // Areas much larger than the frame are cut to it; the rest are drawn as they are.
        const bool cut =
            area && item.bounds.width() * item.bounds.height() * ppm * ppm > 4 * clipArea;
        if (area && (count > 1 || cut))
            path = QPainterPath();
        for (std::uint32_t part = first; part < first + count; ++part) {
            const std::uint32_t begin = part == 0 ? 0 : m_partEnds[part - 1];
            const std::uint32_t end = m_partEnds[part];
            m_scratch.resize(end - begin);
            for (std::uint32_t k = begin; k < end; ++k)
                m_scratch[k - begin] = QPointF(ox + m_points[k].x * ppm, oy - m_points[k].y * ppm);
            if (!area) {
                for (std::size_t k = 1; k < m_scratch.size(); ++k)
                    if (const auto piece = clippedSegment(m_scratch[k - 1], m_scratch[k], clip))
                        m_segments.push_back(*piece);
            } else if (cut) {
                clipRing(m_scratch.data(), int(m_scratch.size()), clip, m_clipped);
                if (!m_clipped.empty())
                    path.addPolygon(QPolygonF(QList<QPointF>(m_clipped.begin(), m_clipped.end())));
            } else if (count == 1) {
                painter.drawPolygon(m_scratch.data(), int(m_scratch.size()), Qt::OddEvenFill);
            } else {
                path.addPolygon(QPolygonF(QList<QPointF>(m_scratch.begin(), m_scratch.end())));
            }
        }
        if (area && (count > 1 || cut) && !path.isEmpty()) {
            path.setFillRule(Qt::OddEvenFill);
            painter.drawPath(path);
        }
    }
    // Every line of a style in one call: the lines' round caps join the pieces.
    if (!m_segments.empty())
        painter.drawLines(m_segments.data(), int(m_segments.size()));
}

void BaseMapLayer::paintGround(QPainter &painter, const View &view)
{
    std::uint32_t styles = 0;
    for (Style s : {Style::Water, Style::Green, Style::Waterway, Style::Building, Style::Rail})
        if (view.pixelsPerMetre >= kFrom[int(s)])
            styles |= 1u << int(s);
    collect(view.viewMetres, styles, m_visible);
    if (m_visible.empty())
        return;
    painter.save();
    for (Style s : {Style::Water, Style::Green, Style::Waterway, Style::Building, Style::Rail})
        if (styles >> int(s) & 1u)
            drawItems(painter, view, m_visible, s);
    painter.restore();
}

int BaseMapLayer::paintStreets(QPainter &painter, const View &view)
{
    std::uint32_t styles = 0;
    for (Style s : {Style::Road, Style::Street2, Style::Street1, Style::Street0})
        if (view.pixelsPerMetre >= kFrom[int(s)])
            styles |= 1u << int(s);
    collect(view.viewMetres, styles, m_visible);
    painter.save();
    // Minor streets first, so that main roads run over them.
    for (Style s : {Style::Street2, Style::Street1, Style::Road, Style::Street0})
        if (styles >> int(s) & 1u)
            drawItems(painter, view, m_visible, s);
    painter.restore();
    return int(m_visible.size());
}

void BaseMapLayer::paintLabels(QPainter &painter, const View &view, std::vector<QRectF> &occupied)
{
    const double ppm = view.pixelsPerMetre;
    const auto toWidget = [&](Point p) {
        return QPointF(view.origin.x() + p.x * ppm, view.origin.y() - p.y * ppm);
    };
    const auto free = [&occupied](const QRectF &r) {
        return std::none_of(occupied.begin(), occupied.end(),
                            [&r](const QRectF &o) { return o.intersects(r); });
    };
    int placed = 0;
    painter.save();
    if (ppm >= kPlaceLabelsFrom && ppm < kPlaceLabelsBelow) {
        QFont font = painter.font();
        font.setItalic(true);
        const QFontMetricsF metrics(font);
        for (const Place &place : m_places) {
            if (placed >= kMostLabels)
                break;
            if (!view.viewMetres.contains(place.at))
                continue;
            const QPointF at = toWidget({float(place.at.x()), float(place.at.y())});
            const qreal w = metrics.horizontalAdvance(place.name);
            const QRectF box(at.x() - w / 2, at.y() - metrics.ascent(), w, metrics.height());
            if (!free(box.adjusted(-4, -2, 4, 2)))
                continue;
            occupied.push_back(box);
            const QImage image = labelImage(place.name, font, QColor(0x6B6558));
            painter.drawImage(QPointF(at.x() - image.width() / 2.0, at.y() - image.height() / 2.0),
                              image);
            ++placed;
        }
    }
    if (ppm >= kStreetLabelsFrom) {
        std::uint32_t styles = 0;
        for (Style s : {Style::Street0, Style::Street1, Style::Street2})
            styles |= 1u << int(s);
        collect(view.viewMetres, styles, m_visible);
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 0.9);
        const QFontMetricsF metrics(font);
        std::vector<std::uint32_t> named;
        std::vector<bool> done(m_names.size(), false);
        const QRectF frame = view.frame.adjusted(8, 8, -8, -8);
        for (std::uint32_t i : m_visible) {
            if (placed >= kMostLabels)
                break;
            const Item &item = m_items[i];
            if (item.name >= m_names.size() || done[item.name])
                continue;
            const QString &name = m_names[item.name];
            const qreal w = metrics.horizontalAdvance(name) + 12;
            // The longest nearly straight run of the street on screen.
            const std::uint32_t begin = item.firstPart == 0 ? 0 : m_partEnds[item.firstPart - 1];
            const std::uint32_t end = m_partEnds[item.firstPart + item.partCount - 1];
            QPointF bestA, bestB;
            qreal best = 0;
            std::uint32_t runStart = begin;
            for (std::uint32_t k = begin + 1; k <= end; ++k) {
                const QPointF a = toWidget(m_points[runStart]);
                const QPointF b = toWidget(m_points[k - 1]);
                bool bend = k == end;
                if (!bend) {
                    const QPointF c = toWidget(m_points[k]);
                    const qreal chord = std::atan2(b.y() - a.y(), b.x() - a.x());
                    const qreal next = std::atan2(c.y() - b.y(), c.x() - b.x());
                    qreal turn = std::abs(next - chord);
                    turn = std::min(turn, 2 * M_PI - turn);
                    bend = k - 1 > runStart && turn > 0.25;
                }
                if (bend) {
                    const qreal length = QLineF(a, b).length();
                    if (length > best && frame.contains(a) && frame.contains(b)) {
                        best = length;
                        bestA = a;
                        bestB = b;
                    }
                    runStart = k - 1;
                }
            }
            if (best < w)
                continue;
            QPointF a = bestA, b = bestB;
            if (a.x() > b.x())
                std::swap(a, b); // text reads left to right
            const QPointF mid = (a + b) / 2;
            const qreal angle = std::atan2(b.y() - a.y(), b.x() - a.x()) * 180.0 / M_PI;
            // The label's bounding box on screen, for collisions (rotated text takes its box).
            const qreal c = std::abs(std::cos(angle * M_PI / 180)),
                        s = std::abs(std::sin(angle * M_PI / 180));
            const qreal bw = w * c + metrics.height() * s, bh = w * s + metrics.height() * c;
            const QRectF bounds(mid.x() - bw / 2, mid.y() - bh / 2, bw, bh);
            if (!free(bounds))
                continue;
            occupied.push_back(bounds);
            done[item.name] = true;
            const QImage image = labelImage(name, font, QColor(0x4A463F));
            painter.save();
            painter.translate(mid);
            painter.rotate(angle);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(QPointF(-image.width() / 2.0, -image.height() / 2.0), image);
            painter.restore();
            ++placed;
        }
    }
    painter.restore();
}

} // namespace blindspot
