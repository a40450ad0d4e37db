#include "gui/shell/accessibility.h"

#include "gui/planner/exposure_chart.h"
#include "gui/planner/icon_array.h"
#include "gui/shell/live_region.h"
#include "gui/planner/route_cards.h"

#include <QAbstractButton>
#include <QAccessibleWidget>
#include <QApplication>
#include <QCoreApplication>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QPointer>
#include <QScrollArea>
#include <QTextDocument>
#include <QTimer>

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

/// A live region: its role is Notification, which Orca reads out when it is shown, and its
/// name is the words it announces.
class LiveRegionAccessible : public QAccessibleWidget {
public:
    explicit LiveRegionAccessible(LiveRegion *region)
        : QAccessibleWidget(region, QAccessible::Notification)
    {
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return static_cast<const LiveRegion *>(widget())->text();
        if (t == QAccessible::Description)
            return {};
        return QAccessibleWidget::text(t);
    }
};

// A label marked with markAsHeading().
constexpr const char *kHeadingProperty = "blindspotHeading";

class HeadingAccessible : public QAccessibleWidget {
public:
    explicit HeadingAccessible(QLabel *label) : QAccessibleWidget(label, QAccessible::Heading) {}

    QString text(QAccessible::Text t) const override
    {
        const auto *label = static_cast<const QLabel *>(widget());
        if (t == QAccessible::Name) {
            if (!label->accessibleName().isEmpty())
                return label->accessibleName();
            const bool rich = label->textFormat() == Qt::RichText ||
                              (label->textFormat() == Qt::AutoText &&
                               Qt::mightBeRichText(label->text()));
            if (!rich)
                return label->text();
            // toRawText keeps no-break spaces ("23 min" stays one word).
            QTextDocument document;
            document.setHtml(label->text());
            return document.toRawText().trimmed();
        }
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *blindspotAccessible(const QString &className, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    auto *widget = static_cast<QWidget *>(object);
    if (className == QLatin1String("QLabel") && widget->property(kHeadingProperty).toBool())
        return new HeadingAccessible(static_cast<QLabel *>(widget));
    if (className == QLatin1String("blindspot::RouteCard"))
        return new RouteCardAccessible(static_cast<RouteCard *>(widget));
    if (className == QLatin1String("blindspot::LiveRegion"))
        return new LiveRegionAccessible(static_cast<LiveRegion *>(widget));
    // Pictures of numbers: the numbers themselves are in the name and description.
    if (className == QLatin1String("blindspot::IconArray"))
        return new QAccessibleWidget(widget, QAccessible::Graphic);
    if (className == QLatin1String("blindspot::ExposureChart"))
        return new QAccessibleWidget(widget, QAccessible::Chart);
    return nullptr;
}

/// Keeps the names of one dock's title bar buttons in the UI language. Qt sets its own names
/// again when the dock floats or docks, so they are set after that too.
class DockTitleButtons : public QObject {
    Q_DECLARE_TR_FUNCTIONS(DockTitleButtons)
public:
    static constexpr QLatin1StringView kObjectName{"blindspotDockTitleButtons"};

    explicit DockTitleButtons(QDockWidget &dock) : QObject(&dock), m_dock(&dock)
    {
        setObjectName(kObjectName);
        dock.installEventFilter(this);
        connect(&dock, &QWidget::windowTitleChanged, this, &DockTitleButtons::rename);
        connect(&dock, &QDockWidget::topLevelChanged, this, &DockTitleButtons::renameLater);
        connect(&dock, &QDockWidget::featuresChanged, this, &DockTitleButtons::renameLater);
        rename();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // After the switch, when the dock's owner has worded its title anew.
        if (watched == m_dock && event->type() == QEvent::LanguageChange)
            renameLater();
        return false;
    }

private:
    void renameLater() { QTimer::singleShot(0, this, &DockTitleButtons::rename); }

    void rename()
    {
        const QString title = m_dock->windowTitle().remove(QLatin1Char('&'));
        if (auto *close = m_dock->findChild<QAbstractButton *>(
                QStringLiteral("qt_dockwidget_closebutton"), Qt::FindDirectChildrenOnly)) {
            close->setAccessibleName(tr("Close %1").arg(title));
            close->setAccessibleDescription(
                tr("Hides the panel. The menu that opened it shows it again."));
            close->setToolTip(close->accessibleName());
        }
        if (auto *detach = m_dock->findChild<QAbstractButton *>(
                QStringLiteral("qt_dockwidget_floatbutton"), Qt::FindDirectChildrenOnly)) {
            detach->setAccessibleName(m_dock->isFloating()
                                          ? tr("Put %1 back into the main window").arg(title)
                                          : tr("Detach %1 into a window of its own").arg(title));
            detach->setAccessibleDescription(
                tr("Moves the panel between a window of its own and the main window."));
            detach->setToolTip(detach->accessibleName());
        }
    }

    QPointer<QDockWidget> m_dock;
};

} // namespace

void ensureAccessibleInterfaces()
{
    static const bool installed = [] {
        QAccessible::installFactory(&blindspotAccessible);
        return true;
    }();
    Q_UNUSED(installed);
}

void markAsHeading(QLabel *label)
{
    ensureAccessibleInterfaces();
    label->setProperty(kHeadingProperty, true);
}

void nameDockButtons(QDockWidget &dock)
{
    if (dock.findChild<QObject *>(DockTitleButtons::kObjectName, Qt::FindDirectChildrenOnly))
        return;
    new DockTitleButtons(dock); // owned by the dock
}

void keepFocusInView()
{
    static const bool installed = [] {
        QObject::connect(qApp, &QApplication::focusChanged, qApp, [](QWidget *, QWidget *now) {
            if (!now)
                return;
            // Every scroll area it is in, innermost first: each shows the part holding it.
            for (QWidget *w = now->parentWidget(); w; w = w->parentWidget())
                if (auto *area = qobject_cast<QScrollArea *>(w);
                    area && area->widget() && area->widget()->isAncestorOf(now))
                    area->ensureWidgetVisible(now, 8, 8);
        });
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace blindspot
