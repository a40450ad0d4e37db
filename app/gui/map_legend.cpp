#include "map_legend.h"

#include "map_style.h"

#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace blindspot {

namespace {

constexpr QSize kIconSize(24, 16);
constexpr int kMaxWidth = 340;

QPixmap legendIcon(const std::function<void(QPainter &, QPointF)> &paint)
{
    const qreal ratio = qApp->devicePixelRatio();
    QPixmap icon(kIconSize * ratio);
    icon.setDevicePixelRatio(ratio);
    icon.fill(Qt::transparent);
    QPainter painter(&icon);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, QPointF(kIconSize.width() / 2.0, kIconSize.height() / 2.0));
    return icon;
}

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

    // Two grids with a free-standing note between them: a word-wrapped label gets its proper
    // height in a box layout, not when it spans grid columns.
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(10, 8, 12, 10);
    column->setSpacing(3);
    QGridLayout *grid = nullptr;
    int row = 0;
    const auto startSection = [&](const QString &heading) {
        auto *label = new QLabel(heading, this);
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
    const auto addEntry = [&](const QPixmap &icon, const QString &text) {
        auto *iconLabel = new QLabel(this);
        iconLabel->setPixmap(icon);
        grid->addWidget(iconLabel, row, 0, Qt::AlignCenter);
        grid->addWidget(new QLabel(text, this), row++, 1);
    };

    startSection(tr("Cameras"));
    for (FrStatus status : MapStyle::kFrStatusesByImportance) {
        addEntry(legendIcon([status](QPainter &p, QPointF c) {
                     MapStyle::paintCamera(p, status, c, 10.0);
                 }),
                 MapStyle::cameraDescription(status));
    }
    auto *note = new QLabel(tr("Close cameras share one symbol, showing the most serious of "
                               "them; where the map is crowded, symbols shrink to dots of the "
                               "same colours. Zoom in to see each camera. A symbol on a "
                               "station's edge stands for cameras inside the station."),
                            this);
    note->setProperty("role", QStringLiteral("note"));
    note->setWordWrap(true);
    column->addWidget(note);
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

    setMaximumWidth(kMaxWidth);
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
