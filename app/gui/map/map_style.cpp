#include "gui/map/map_style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace blindspot {

namespace {

// Okabe & Ito (2008), "Color Universal Design": distinguishable with the common colour-vision
// deficiencies. Each fill has a darker outline of the same hue so symbols stand out on the
// line colours beneath them.
constexpr QRgb kVermillion = 0xD55E00;
constexpr QRgb kVermillionDark = 0x7A3600;
constexpr QRgb kOrange = 0xE69F00;
constexpr QRgb kOrangeDark = 0x7A5500;
constexpr QRgb kBlue = 0x0072B2;
constexpr QRgb kBlueDark = 0x003D5E;
constexpr QRgb kNeutralGrey = 0x6E6E6E;
constexpr QRgb kUnknownDot = 0x9A9A9A;

constexpr QRgb kPaper = 0xF3F2EE;
constexpr QRgb kInk = 0x232323;
constexpr QRgb kSurveyArea = 0x4F6D7A;
// Streets are quiet background: a light warm grey under the metro lines.
constexpr QRgb kStreet = 0xD3CFC4;
// The smallest cluster disc: room for two digits in the map's font.
constexpr qreal kClusterMinRadius = 10.0;
// Width of a suspected part of a cluster's ring; confirmed is wider (statusLine()).
constexpr qreal kClusterRingWidth = 3.0;
// Status lines (statusLine()): widths relative to a suspected line, and dash lengths in pixels,
// long enough to see at a glance on a cluster ring 60 pixels round and on a sector's edge.
constexpr qreal kConfirmedLineShare = 1.5;
constexpr qreal kUnknownLineShare = 0.6;
constexpr qreal kDashPixels = 5.0;
constexpr qreal kDashGapPixels = 3.0;

// A thin white halo around each camera symbol keeps it legible over thick coloured lines.
constexpr qreal kHaloWidth = 1.5;
// A transfer is a bridge narrower than the stations it joins, so that the stations stay visible
// at its ends and it covers little of the map when the platforms are far apart.
constexpr qreal kTransferWidthShare = 0.6;

qreal stationOutlineWidth(qreal radius)
{
    return std::max(1.2, radius * 0.3);
}

QPolygonF diamond(QPointF c, qreal half)
{
    return QPolygonF{
        {c.x(), c.y() - half}, {c.x() + half, c.y()}, {c.x(), c.y() + half}, {c.x() - half, c.y()}};
}

// Equilateral, pointing up, centred on its centroid so it sits on the camera's position.
QPolygonF triangle(QPointF c, qreal half)
{
    const qreal h = half * 1.8;
    const qreal w = h / std::sqrt(3.0);
    return QPolygonF{
        {c.x(), c.y() - h * 2.0 / 3.0}, {c.x() + w, c.y() + h / 3.0}, {c.x() - w, c.y() + h / 3.0}};
}

// Unknown sectors: a light grey veil with grey lines rising to the right every 8 pixels, the
// hatching that means "no data" on the heatmap too. One tile, so a sector is one fill.
const QImage &noDataHatch()
{
    static const QImage tile = [] {
        constexpr int kTile = 8;
        QImage image(kTile, kTile, QImage::Format_ARGB32);
        QColor veil(kNeutralGrey);
        veil.setAlpha(35);
        image.fill(veil);
        QColor line(kNeutralGrey);
        line.setAlpha(150);
        for (int x = 0; x < kTile; ++x)
            image.setPixelColor(x, kTile - 1 - x, line);
        return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    }();
    return tile;
}

void paintHaloed(QPainter &painter, const QPainterPath &shape, QColor fill, QColor outline,
                 qreal outlineWidth)
{
    painter.setBrush(Qt::NoBrush);
    painter.setPen(
        QPen(Qt::white, outlineWidth + 2 * kHaloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(shape);
    painter.setBrush(fill);
    painter.setPen(QPen(outline, outlineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(shape);
}

} // namespace

QColor MapStyle::background()
{
    return QColor(kPaper);
}

QColor MapStyle::stationOutline()
{
    return QColor(kInk);
}

QColor MapStyle::labelText()
{
    return QColor(kInk);
}

QColor MapStyle::cameraColour(FrStatus status)
{
    switch (status) {
    case FrStatus::Confirmed:
        return QColor(kVermillion);
    case FrStatus::Suspected:
        return QColor(kOrange);
    case FrStatus::None:
        return QColor(kBlue);
    case FrStatus::Unknown:
        break;
    }
    return QColor(kNeutralGrey);
}

void MapStyle::paintCamera(QPainter &painter, FrStatus status, QPointF centre, qreal size)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal half = size / 2.0;
    QPainterPath shape;
    switch (status) {
    case FrStatus::Confirmed:
        shape.addPolygon(diamond(centre, half * 1.15));
        shape.closeSubpath();
        paintHaloed(painter, shape, QColor(kVermillion), QColor(kVermillionDark), 1.0);
        break;
    case FrStatus::Suspected:
        shape.addPolygon(triangle(centre, half));
        shape.closeSubpath();
        paintHaloed(painter, shape, QColor(kOrange), QColor(kOrangeDark), 1.0);
        break;
    case FrStatus::Unknown:
        // Hollow: nothing is known, so nothing is filled in.
        shape.addEllipse(centre, half * 0.75, half * 0.75);
        paintHaloed(painter, shape, QColor(255, 255, 255, 170), QColor(kNeutralGrey), 1.6);
        break;
    case FrStatus::None:
        // Smaller: a camera without face recognition matters least to the people this map is for.
        shape.addEllipse(centre, half * 0.5, half * 0.5);
        paintHaloed(painter, shape, QColor(kBlue), QColor(kBlueDark), 0.8);
        break;
    }
    painter.restore();
}

QPixmap MapStyle::cameraSprite(FrStatus status, qreal size, qreal devicePixelRatio)
{
    // Room for the halo and outline around the nominal size.
    const int side = static_cast<int>(std::ceil(size * 1.3 + 2 * kHaloWidth + 2));
    QPixmap sprite(QSize(side, side) * devicePixelRatio);
    sprite.setDevicePixelRatio(devicePixelRatio);
    sprite.fill(Qt::transparent);
    QPainter painter(&sprite);
    paintCamera(painter, status, QPointF(side / 2.0, side / 2.0), size);
    return sprite;
}

QPen MapStyle::statusLine(FrStatus status, const QColor &colour, qreal width)
{
    QPen pen(colour, width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    switch (status) {
    case FrStatus::Confirmed:
        pen.setWidthF(width * kConfirmedLineShare);
        break;
    case FrStatus::Suspected: // dash lengths are in pen widths
        pen.setDashPattern({kDashPixels / width, kDashGapPixels / width});
        break;
    case FrStatus::None: // square dots a width apart and a little more
        pen.setDashPattern({1.0, 1.5 + 1.0 / width});
        break;
    case FrStatus::Unknown:
        pen.setWidthF(width * kUnknownLineShare);
        break;
    }
    return pen;
}

void MapStyle::paintClusterRing(QPainter &painter, QPointF centre, qreal radius,
                                const std::array<double, 4> &sharesByRank, qreal width)
{
    // A share chart: a few confirmed cameras among many unknown ones show as a short arc, not
    // a whole circle. "Unknown" is a thin light grey line here, not a gap: a hollow ring would
    // read as "empty". Each part starts with a dash, so even the shortest shows.
    const QRectF box(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
    double start = 90.0;
    painter.setBrush(Qt::NoBrush);
    for (std::size_t rank = 0; rank < sharesByRank.size(); ++rank) {
        if (!(sharesByRank[rank] > 0.0))
            continue;
        const FrStatus status = kFrStatusesByImportance[rank];
        const double span = -360.0 * sharesByRank[rank];
        painter.setPen(statusLine(
            status, status == FrStatus::Unknown ? QColor(kUnknownDot) : cameraColour(status),
            width));
        painter.drawArc(box, static_cast<int>(std::lround(start * 16)),
                        static_cast<int>(std::lround(span * 16)));
        start += span;
    }
}

QPixmap MapStyle::clusterSprite(const std::array<double, 4> &sharesByRank, const QString &label,
                                const QFont &font, qreal symbolSize, qreal devicePixelRatio)
{
    const QFontMetricsF metrics(font);
    const qreal textWidth = metrics.horizontalAdvance(label);
    // The disc grows a little with the number of digits, never so much that it hides the map.
    const qreal radius = std::max(kClusterMinRadius, textWidth / 2.0 + 5.0);
    const qreal ring = kClusterRingWidth * kConfirmedLineShare; // the widest part
    // Room on the upper right for the status symbol, which reaches past the disc.
    const qreal extent = radius + ring + symbolSize * 0.6 + 2.0;
    const int side = static_cast<int>(std::ceil(2.0 * extent));
    QPixmap sprite(QSize(side, side) * devicePixelRatio);
    sprite.setDevicePixelRatio(devicePixelRatio);
    sprite.fill(Qt::transparent);
    QPainter painter(&sprite);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF centre(side / 2.0, side / 2.0);

    // White under the whole ring, so that its gaps and thin parts read as gaps.
    painter.setPen(QPen(Qt::white, ring + 2 * kHaloWidth));
    painter.setBrush(Qt::white);
    painter.drawEllipse(centre, radius, radius);
    paintClusterRing(painter, centre, radius, sharesByRank, kClusterRingWidth);

    painter.setFont(font);
    painter.setPen(QColor(kInk));
    painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                     Qt::AlignCenter, label);

    const auto mostImportant =
        std::find_if(sharesByRank.begin(), sharesByRank.end(), [](double s) { return s > 0.0; });
    const qreal offset = radius * 0.78;
    if (mostImportant != sharesByRank.end())
        paintCamera(painter, kFrStatusesByImportance[mostImportant - sharesByRank.begin()],
                    centre + QPointF(offset, -offset), symbolSize * 0.85);
    return sprite;
}

void MapStyle::setSectorStyle(QPainter &painter, FrStatus status)
{
    QColor fill = cameraColour(status);
    fill.setAlpha(status == FrStatus::Confirmed ? 70 : 50);
    QColor outline = cameraColour(status);
    outline.setAlpha(170);
    if (status == FrStatus::Unknown)
        painter.setBrush(QBrush(noDataHatch()));
    else
        painter.setBrush(fill);
    // At most a pixel wide, confirmed too: the raster engine draws such lines, dashes and dots
    // included, on a fast path, where a solid 1.5 px outline costs about 3 ms more in a street
    // frame of some 400 sectors.
    QPen pen = statusLine(status, outline, 1.0);
    pen.setWidthF(std::min(pen.widthF(), 1.0));
    painter.setPen(pen);
}

QPen MapStyle::streetPen(qreal width)
{
    return QPen(QColor(kStreet), width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

void MapStyle::paintSelection(QPainter &painter, QPointF centre, qreal radius)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::white, 5.0));
    painter.drawEllipse(centre, radius, radius);
    painter.setPen(QPen(QColor(kInk), 2.0));
    painter.drawEllipse(centre, radius, radius);
    painter.restore();
}

QString MapStyle::cameraDescription(FrStatus status)
{
    switch (status) {
    case FrStatus::Confirmed:
        return tr("Face recognition confirmed");
    case FrStatus::Suspected:
        return tr("Face recognition suspected");
    case FrStatus::None:
        return tr("No face recognition");
    case FrStatus::Unknown:
        break;
    }
    return tr("Unknown: no data, not safe, not dangerous");
}

void MapStyle::paintStation(QPainter &painter, QPointF centre, qreal radius)
{
    painter.setBrush(Qt::white);
    painter.setPen(QPen(QColor(kInk), stationOutlineWidth(radius)));
    painter.drawEllipse(centre, radius, radius);
}

QPixmap MapStyle::stationSprite(qreal radius, qreal devicePixelRatio)
{
    const int side = static_cast<int>(std::ceil(2.0 * radius + stationOutlineWidth(radius) + 2.0));
    QPixmap sprite(QSize(side, side) * devicePixelRatio);
    sprite.setDevicePixelRatio(devicePixelRatio);
    sprite.fill(Qt::transparent);
    QPainter painter(&sprite);
    painter.setRenderHint(QPainter::Antialiasing);
    paintStation(painter, QPointF(side / 2.0, side / 2.0), radius);
    return sprite;
}

void MapStyle::paintTransferCasing(QPainter &painter, QPointF a, QPointF b, qreal radius)
{
    const qreal outline = stationOutlineWidth(radius);
    painter.setPen(QPen(QColor(kInk), 2 * radius * kTransferWidthShare + outline, Qt::SolidLine,
                        Qt::RoundCap));
    painter.drawLine(a, b);
}

void MapStyle::paintTransferFill(QPainter &painter, QPointF a, QPointF b, qreal radius)
{
    const qreal outline = stationOutlineWidth(radius);
    painter.setPen(
        QPen(Qt::white, 2 * radius * kTransferWidthShare - outline, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(a, b);
}

void MapStyle::paintEntrance(QPainter &painter, QPointF centre, qreal size)
{
    const qreal half = size / 2.0;
    painter.setPen(QPen(Qt::white, 1.0));
    painter.setBrush(QColor(kInk));
    painter.drawRoundedRect(QRectF(centre.x() - half, centre.y() - half, size, size), 1.0, 1.0);
}

void MapStyle::setSurveyAreaDraftStyle(QPainter &painter)
{
    QColor fill(kSurveyArea);
    fill.setAlpha(40);
    painter.setBrush(fill);
    painter.setPen(QPen(QColor(kSurveyArea), 2.0, Qt::DashLine));
}

void MapStyle::setSurveyAreaStyle(QPainter &painter)
{
    // Outline only: grey fills and hatching mean "no data" (RISK-COMMUNICATION.md, rule 6), and
    // a surveyed area is the opposite of that.
    QColor outline(kSurveyArea);
    outline.setAlpha(200);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(outline, 1.5, Qt::DashLine));
}

} // namespace blindspot
