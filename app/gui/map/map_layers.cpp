#include "gui/map/map_layers.h"

#include <QAction>
#include <QKeySequence>

namespace blindspot {

MapLayers::MapLayers(QObject *parent) : QObject(parent)
{
    for (MapLayer layer : kAll) {
        auto *action = new QAction(this);
        action->setCheckable(true);
        action->setChecked(layer != MapLayer::Heatmap);
        action->setObjectName(QStringLiteral("layer_") + nameOf(layer));
        // Ctrl+1 ... Ctrl+9 in menu order; Ctrl+0 is "fit to data".
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + static_cast<int>(index(layer)))));
        connect(action, &QAction::toggled, this,
                [this, layer](bool visible) { emit visibilityChanged(layer, visible); });
        m_actions[index(layer)] = action;
    }
    retranslate();
}

bool MapLayers::isVisible(MapLayer layer) const
{
    return action(layer)->isChecked();
}

void MapLayers::setVisible(MapLayer layer, bool visible)
{
    action(layer)->setChecked(visible);
}

QString MapLayers::nameOf(MapLayer layer)
{
    switch (layer) {
    case MapLayer::MetroLines:
        return QStringLiteral("lines");
    case MapLayer::Stations:
        return QStringLiteral("stations");
    case MapLayer::Cameras:
        return QStringLiteral("cameras");
    case MapLayer::CoverageSectors:
        return QStringLiteral("coverage");
    case MapLayer::Heatmap:
        return QStringLiteral("heatmap");
    case MapLayer::SurveyAreas:
        return QStringLiteral("survey_areas");
    case MapLayer::Streets:
        return QStringLiteral("streets");
    case MapLayer::Route:
        return QStringLiteral("route");
    case MapLayer::BaseMap:
        return QStringLiteral("base_map");
    }
    return {};
}

QStringList MapLayers::visibleNames() const
{
    QStringList names;
    for (MapLayer layer : kAll)
        if (isVisible(layer))
            names << nameOf(layer);
    return names;
}

void MapLayers::setVisibleNames(const QStringList &names)
{
    for (MapLayer layer : kAll)
        setVisible(layer, names.contains(nameOf(layer)));
}

void MapLayers::retranslate()
{
    const auto set = [this](MapLayer layer, const QString &text, const QString &tip) {
        QAction *a = action(layer);
        a->setText(text);
        a->setToolTip(tip);
        a->setStatusTip(tip);
    };
    set(MapLayer::MetroLines, tr("Metro &lines"), tr("Show the metro lines in their colours"));
    set(MapLayer::Stations, tr("&Stations and entrances"),
        tr("Show stations, transfers, street entrances and station names"));
    set(MapLayer::Cameras, tr("&Cameras"),
        tr("Show cameras by face-recognition status; close cameras are grouped with their "
           "number when zoomed out"));
    set(MapLayer::CoverageSectors, tr("Camera c&overage"),
        tr("When zoomed in, show where each street camera can identify a face: the area the "
           "exposure estimate uses"));
    set(MapLayer::Heatmap, tr("&Heatmap"),
        tr("Show the face-recognition hazard per second spent in each place; grey hatching "
           "marks places without data"));
    set(MapLayer::SurveyAreas, tr("Sur&vey areas"),
        tr("Show the areas where mappers looked for cameras"));
    set(MapLayer::Streets, tr("S&treets"), tr("Show the imported street network"));
    set(MapLayer::Route, tr("Selected &route"), tr("Show the route selected in the planner"));
    set(MapLayer::BaseMap, tr("&Base map"),
        tr("Show water, parks, buildings, railways and street and district names from the "
           "imported street map"));
}

} // namespace blindspot
