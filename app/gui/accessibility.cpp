#include "accessibility.h"

#include "exposure_chart.h"
#include "icon_array.h"
#include "route_cards.h"

#include <QAccessibleWidget>

namespace blindspot {
namespace {

/// A route card is one choice among the plan's routes: a list item that can be selected, and
/// whose press action chooses it (as click, Space and Enter do). Its name and description are
/// the card's own words (RouteCard sets them).
class RouteCardAccessible : public QAccessibleWidget {
public:
    explicit RouteCardAccessible(RouteCard *card) : QAccessibleWidget(card, QAccessible::ListItem)
    {
    }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.selectable = true;
        state.selected = card()->isSelected();
        return state;
    }

    QStringList actionNames() const override
    {
        return QStringList{pressAction()} + QAccessibleWidget::actionNames();
    }

    void doAction(const QString &actionName) override
    {
        if (actionName == pressAction())
            emit card()->activated();
        else
            QAccessibleWidget::doAction(actionName);
    }

private:
    RouteCard *card() const { return static_cast<RouteCard *>(widget()); }
};

QAccessibleInterface *blindspotAccessible(const QString &className, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    auto *widget = static_cast<QWidget *>(object);
    if (className == QLatin1String("blindspot::RouteCard"))
        return new RouteCardAccessible(static_cast<RouteCard *>(widget));
    // Pictures of numbers: the numbers themselves are in the name and description.
    if (className == QLatin1String("blindspot::IconArray"))
        return new QAccessibleWidget(widget, QAccessible::Graphic);
    if (className == QLatin1String("blindspot::ExposureChart"))
        return new QAccessibleWidget(widget, QAccessible::Chart);
    return nullptr;
}

} // namespace

void ensureAccessibleInterfaces()
{
    static const bool installed = [] {
        QAccessible::installFactory(&blindspotAccessible);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace blindspot
