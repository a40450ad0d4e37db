#include "gui/map/map_legend.h"

#include "gui/map/heatmap_layer.h"
#include "gui/map/map_style.h"
#include "gui/planner/route_overlay.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <functional>

namespace blindspot {

namespace {

constexpr QSize kIconSize(24, 16);
// A camera's symbol with its field of view beside it, and a cluster's ring: a little larger.
constexpr QSize kWideIconSize(40, 20);
constexpr int kMaxWidth = 340;

QPixmap legendIcon(const std::function<void(QPainter &, QPointF)> &paint,
                   QSize size = kIconSize)
{
    const qreal ratio = qApp->devicePixelRatio();
    QPixmap icon(size * ratio);
    icon.setDevicePixelRatio(ratio);
    icon.fill(Qt::transparent);
    QPainter painter(&icon);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, QPointF(size.width() / 2.0, size.height() / 2.0));
    return icon;
}

// A coverage sector from `apex` towards three o'clock: `spread` degrees wide, `range` long.
QPainterPath wedge(QPointF apex, qreal range, qreal spread)
{
    QPainterPath path;
    const QRectF box(apex - QPointF(range, range), QSizeF(2 * range, 2 * range));
    path.moveTo(apex);
    path.arcTo(box, -spread / 2.0, spread);
    path.closeSubpath();
    return path;
}

// A camera's symbol and, reaching right from it, its field of view in the status's style: the
// key to both the sector outlines and the lines of a cluster's ring.
QPixmap cameraIcon(FrStatus status)
{
    return legendIcon(
        [status](QPainter &p, QPointF c) {
            const QPointF apex(c.x() - kWideIconSize.width() / 2.0 + 8.0, c.y());
            MapStyle::setSectorStyle(p, status);
            p.drawPath(wedge(apex, kWideIconSize.width() - 9.0, 30.0));
            MapStyle::paintCamera(p, status, apex, 10.0);
        },
        kWideIconSize);
}

// The heatmap's colour scale with the rates (per second) at its ticks, drawn from the same
// palette and scale as the heatmap itself.
QPixmap heatmapScale(const QFont &font)
{
    constexpr int kWidth = 250;
    constexpr int kBarHeight = 12;
    constexpr int kMargin = 16; // room for the outer labels to overhang the bar
    const QFontMetricsF metrics(font);
    const qreal ratio = qApp->devicePixelRatio();
    const QSize size(kWidth + 2 * kMargin, kBarHeight + 6 + static_cast<int>(metrics.height()) + 2);
    QPixmap scale(size * ratio);
    scale.setDevicePixelRatio(ratio);
    scale.fill(Qt::transparent);
    QPainter painter(&scale);
    for (int x = 0; x < kWidth; ++x)
        painter.fillRect(QRectF(kMargin + x, 0, 1, kBarHeight),
                         HeatmapLayer::paletteColour(double(x) / (kWidth - 1)));
    painter.setFont(font);
    painter.setPen(QColor(0x23, 0x23, 0x23));
    const QLocale locale;
    for (double tick : HeatmapLayer::legendTicks()) {
        const qreal x = kMargin + HeatmapLayer::displayValue(tick) * (kWidth - 1);
        painter.drawLine(QPointF(x, 0), QPointF(x, kBarHeight + 3));
        const QString label = locale.toString(tick, 'g', 1);
        const qreal w = metrics.horizontalAdvance(label);
        const qreal left = std::clamp(x - w / 2.0, 0.0, size.width() - w);
        painter.drawText(QPointF(left, kBarHeight + 5 + metrics.ascent()), label);
    }
    return scale;
}

// The symbols and their words, scrolling when the map is too short for all of them (a short
// window, a dock under the map) instead of squeezing the lines into each other. It asks for
// the whole key's height, and at least a few lines.
class LegendBody : public QScrollArea {
public:
    explicit LegendBody(QWidget *parent) : QScrollArea(parent)
    {
        setObjectName(QStringLiteral("legendBody"));
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setWidgetResizable(true);
        // The key's own translucent white shows through.
        viewport()->setAutoFillBackground(false);
    }
    QSize sizeHint() const override
    {
        if (!widget())
            return QScrollArea::sizeHint();
        const QSize content = widget()->sizeHint();
        return {content.width() + scrollBarRoom(), heightForWidth(content.width())};
    }
    QSize minimumSizeHint() const override
    {
        const int width = widget() ? widget()->minimumSizeHint().width() : 0;
        return {width + scrollBarRoom(), kMinimumLines * fontMetrics().lineSpacing()};
    }
    bool hasHeightForWidth() const override { return widget() != nullptr; }
    int heightForWidth(int width) const override
    {
        const QLayout *content = widget() ? widget()->layout() : nullptr;
        if (!content)
            return QScrollArea::heightForWidth(width);
        return content->hasHeightForWidth() ? content->totalHeightForWidth(width - scrollBarRoom())
                                            : content->totalSizeHint().height();
    }

private:
    static constexpr int kMinimumLines = 4;
    // Kept free for the scroll bar, so that the words need not wrap anew when it appears.
    int scrollBarRoom() const { return verticalScrollBar()->sizeHint().width(); }
};

} // namespace

MapLegend::MapLegend(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("mapLegend"));
    // The legend sits on the light map, so its colours are fixed rather than taken from a
    // possibly dark desktop theme.
    setStyleSheet(QStringLiteral(
        "#mapLegend { background: rgba(255, 255, 255, 238); border: 1px solid #c9c7c0;"
        " border-radius: 6px; }"
        "#mapLegend QLabel { color: #232323; background: transparent; }"
        "#mapLegend QLabel[role=\"heading\"] { font-weight: bold; }"
        "#mapLegend QLabel[role=\"note\"] { color: #4a4a4a; }"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    setMaximumWidth(kMaxWidth);
    rebuild();
}

void MapLegend::setHeatmapShown(bool shown)
{
    if (shown == m_heatmapShown)
        return;
    m_heatmapShown = shown;
    rebuild();
}

void MapLegend::setRouteShown(bool shown)
{
    if (shown == m_routeShown)
        return;
    m_routeShown = shown;
    rebuild();
}

void MapLegend::setCollapsed(bool collapsed)
{
    if (collapsed == m_collapsed)
        return;
    m_collapsed = collapsed;
    rebuild();
    emit collapsedChanged(collapsed);
}

void MapLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QFrame::changeEvent(event);
}

void MapLegend::rebuild()
{
    // Later, not now: the fold and unfold buttons rebuild the key from their own click.
    if (m_contents) {
        m_contents->hide();
        layout()->removeWidget(m_contents);
        // Out of the key at once, so that nothing finds its old labels among the key's.
        m_contents->setParent(nullptr);
        m_contents->deleteLater();
    }
    m_contents = new QWidget(this);
    layout()->addWidget(m_contents);
    QWidget *parent = m_contents;

    // Grids with free-standing notes between them: a word-wrapped label gets its proper
    // height in a box layout, not when it spans grid columns.
    auto *column = new QVBoxLayout(parent);
    if (m_collapsed) {
        column->setContentsMargins(0, 0, 0, 0);
        auto *expand = new QPushButton(tr("Map key"), parent);
        expand->setObjectName(QStringLiteral("legendExpand"));
        expand->setToolTip(tr("Show what the map's symbols mean"));
        expand->setFlat(true);
        expand->setStyleSheet(QStringLiteral("QPushButton { color: #232323; padding: 4px 10px; }"));
        connect(expand, &QPushButton::clicked, this, [this] { setCollapsed(false); });
        column->addWidget(expand);
        m_contents->show();
        updateGeometry();
        adjustSize();
        return;
    }
    column->setContentsMargins(10, 4, 6, 10);
    column->setSpacing(3);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Map key"), parent);
    title->setProperty("role", QStringLiteral("heading"));
    header->addWidget(title);
    header->addStretch();
    auto *collapse = new QPushButton(tr("Hide"), parent);
    collapse->setObjectName(QStringLiteral("legendCollapse"));
    collapse->setToolTip(tr("Fold the key down to a button, so that it covers less of the map"));
    collapse->setFlat(true);
    collapse->setStyleSheet(QStringLiteral("QPushButton { color: #005a8c; padding: 2px 6px;"
                                           " text-decoration: underline; }"));
    connect(collapse, &QPushButton::clicked, this, [this] { setCollapsed(true); });
    header->addWidget(collapse);
    column->addLayout(header);
    auto *body = new LegendBody(m_contents);
    // Tab reaches it, so that the arrow keys scroll a key too long for the map; its name says
    // what it holds.
    body->setAccessibleName(tr("Map key"));
    auto *symbols = new QWidget(body);
    symbols->setObjectName(QStringLiteral("legendSymbols"));
    column->addWidget(body, 1);
    column = new QVBoxLayout(symbols);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(3);
    parent = symbols;
    QGridLayout *grid = nullptr;
    int row = 0;
    const auto startSection = [&](const QString &heading) {
        auto *label = new QLabel(heading, parent);
        label->setProperty("role", QStringLiteral("heading"));
        column->addWidget(label);
        grid = new QGridLayout;
        grid->setHorizontalSpacing(8);
        grid->setVerticalSpacing(4);
        grid->setColumnMinimumWidth(0, kIconSize.width());
        grid->setColumnStretch(1, 1);
        column->addLayout(grid);
        row = 0;
    };
    const auto addEntry = [&](const QPixmap &icon, const QString &text,
                              const QString &iconName = QString()) {
        auto *iconLabel = new QLabel(parent);
        iconLabel->setObjectName(iconName);
        iconLabel->setPixmap(icon);
        grid->addWidget(iconLabel, row, 0, Qt::AlignCenter);
        // Wrapped, so that a longer translation takes two lines instead of being cut off.
        auto *textLabel = new QLabel(text, parent);
        textLabel->setWordWrap(true);
        grid->addWidget(textLabel, row++, 1);
        return textLabel;
    };
    const auto addNote = [&](const QString &text) {
        auto *note = new QLabel(text, parent);
        note->setProperty("role", QStringLiteral("note"));
        note->setWordWrap(true);
        column->addWidget(note);
        return note;
    };

    startSection(tr("Cameras"));
    for (std::size_t rank = 0; rank < MapStyle::kFrStatusesByImportance.size(); ++rank) {
        const FrStatus status = MapStyle::kFrStatusesByImportance[rank];
        addEntry(cameraIcon(status), MapStyle::cameraDescription(status),
                 QStringLiteral("legendCameraIcon%1").arg(rank));
    }
    addEntry(legendIcon([](QPainter &p, QPointF c) {
                 MapStyle::setSectorStyle(p, FrStatus::Confirmed);
                 p.drawPath(wedge(c + QPointF(-9, 0), 18.0, 50.0));
             }),
             tr("Where a camera identifies faces"));
    // The short version stays on the map; the details are one hover away.
    QLabel *grouping = addEntry(
        legendIcon(
            [](QPainter &p, QPointF c) {
                const qreal radius = 7.0;
                p.setPen(Qt::NoPen);
                p.setBrush(Qt::white);
                p.drawEllipse(c, radius + 3.0, radius + 3.0);
                MapStyle::paintClusterRing(p, c, radius, {0.25, 0.25, 0.25, 0.25}, 2.8);
            },
            kWideIconSize),
        tr("Zoomed out, nearby cameras are counted in a circle: click it or zoom in to see "
           "each one."),
        QStringLiteral("legendClusterIcon"));
    grouping->setToolTip(
        tr("Close cameras share one symbol, showing the most serious of them. A circle's ring "
           "is divided by the statuses of the cameras it counts, and the symbol on its edge is "
           "the most serious one inside. A symbol on a station's edge stands for cameras inside "
           "the station."));
    addNote(tr("Edges of wedges and parts of rings: solid for confirmed, dashed for "
               "suspected, thin for unknown (wedges hatched too), dotted for none."));
    column->addSpacing(6);

    startSection(tr("Metro"));
    addEntry(legendIcon([](QPainter &p, QPointF c) { MapStyle::paintStation(p, c, 4.5); }),
             tr("Station"));
    addEntry(legendIcon([](QPainter &p, QPointF c) {
                 const QPointF a = c - QPointF(6, 0);
                 const QPointF b = c + QPointF(6, 0);
                 MapStyle::paintTransferCasing(p, a, b, 4.5);
                 MapStyle::paintStation(p, a, 4.5);
                 MapStyle::paintStation(p, b, 4.5);
                 MapStyle::paintTransferFill(p, a, b, 4.5);
             }),
             tr("Transfer between lines"));
    addEntry(legendIcon([](QPainter &p, QPointF c) { MapStyle::paintEntrance(p, c, 7.0); }),
             tr("Station entrance (when zoomed in)"));
    addEntry(legendIcon([](QPainter &p, QPointF c) {
                 MapStyle::setSurveyAreaStyle(p);
                 p.drawRect(QRectF(c - QPointF(10, 6), QSizeF(20, 12)));
             }),
             tr("Area where mappers looked for cameras"));

    if (m_routeShown) {
    column->addSpacing(6);
    startSection(tr("Selected route"));
    addEntry(legendIcon(
                 [](QPainter &p, QPointF c) {
                     const qreal third = kWideIconSize.width() / 3.0;
                     const qreal left = c.x() - kWideIconSize.width() / 2.0;
                     // Likelier to the right: bands 1, 3 and 5 of 5.
                     const std::array<double, 3> chances{0.05, 0.5, 0.95};
                     for (std::size_t i = 0; i < chances.size(); ++i)
                         RouteOverlay::paintStepSample(p, QPointF(left + i * third, c.y()),
                                                       QPointF(left + (i + 1) * third, c.y()),
                                                       chances[i]);
                 },
                 kWideIconSize),
             tr("A step's own chance of being identified: the wider and darker, the likelier. "
                "Beside a numbered marker: out of 10 trips (%1).")
                 .arg(RouteOverlay::chanceText(2, 5)),
             QStringLiteral("legendRouteIcon"));
    }

    if (m_heatmapShown) {
        column->addSpacing(6);
        startSection(tr("Heatmap"));
        addNote(tr("How quickly cameras here, mapped and estimated, could identify a face "
                   "of someone who stays: dark is slowly, bright is within seconds. The numbers: "
                   "the chance of being identified per second spent here."));
        auto *scale = new QLabel(parent);
        scale->setObjectName(QStringLiteral("heatmapScale"));
        scale->setPixmap(heatmapScale(font()));
        column->addWidget(scale);
        startSection(QString());
        addEntry(legendIcon([](QPainter &p, QPointF c) {
                     const QRectF box(c - QPointF(10, 6), QSizeF(20, 12));
                     QColor veil = HeatmapLayer::noDataColour();
                     veil.setAlpha(60);
                     p.fillRect(box, veil);
                     QColor lines = HeatmapLayer::noDataColour();
                     lines.setAlpha(150);
                     p.fillRect(box, QBrush(lines, Qt::BDiagPattern));
                 }),
                 tr("No data"));
        addNote(tr("Grey hatching: nobody has mapped cameras here. Not safe, not dangerous."));
    }
    body->setWidget(symbols);
    // QScrollArea::setWidget() fills the widget's background; the key's white shows through.
    symbols->setAutoFillBackground(false);
    m_contents->show();
    updateGeometry();
    adjustSize();
}

QSize MapLegend::sizeHint() const
{
    const QSize hint = QFrame::sizeHint();
    const int width = std::min(hint.width(), maximumWidth());
    if (!layout()->hasHeightForWidth())
        return {width, hint.height()};
    return {width, layout()->totalHeightForWidth(width)};
}

} // namespace blindspot
