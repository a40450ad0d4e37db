// What a screen reader meets on the main screen (issue 17), read through Qt's own accessibility
// API, the tree the AT-SPI bridge hands to Orca: every control has a name, controls in one panel
// can be told apart, and the custom widgets (route cards, icon arrays, chart, map) say in words
// what they draw. In English, Russian and Ukrainian; the wording itself is the translators', so
// the other languages are checked for names that exist and differ, not for their text.
#include "camera_inspector.h"
#include "embedded_data.h"
#include "exposure_chart.h"
#include "gui_fixtures.h"
#include "icon_array.h"
#include "main_window.h"
#include "map_view.h"
#include "planner_panel.h"
#include "risk_wording.h"
#include "route_cards.h"
#include "route_details.h"
#include "route_text.h"

#include <QAccessible>
#include <QApplication>
#include <QCoreApplication>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <map>
#include <memory>

using namespace blindspot;
using namespace blindspot::testing;

namespace {

// Ёлочная ("Fir Tree") to Fountain Square in the training city (core/sample/training_city.cpp):
// more than one route, and alternatives with "Try" and "Plan this way" buttons.
const QString kFrom = QStringLiteral("Ёлочная");
const QString kTo = QStringLiteral("Fountain Square");

// Roles a person operates; a node of these needs a name to be usable with a screen reader.
bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ListItem:
    case QAccessible::PageTab:
    case QAccessible::Slider:
        return true;
    default:
        return false;
    }
}

struct Control {
    QString panel; ///< The dock it is in ("" for the rest of the window).
    QString role;
    QString name;
    QString description;
    QString objectName;
    QString value; ///< What a combo box shows, spoken after its name.
    bool labelled = false; ///< A label names it (the "labelled by" relation).
};

QString describe(const Control &c)
{
    return QStringLiteral("[%1] %2 \"%3\" (%4)").arg(c.panel, c.role, c.name, c.objectName);
}

// Every shown control under `node`: those with a role above, and anything else that takes the
// focus with Tab (a screen reader announces it), except scroll bars. Item views, combo boxes
// and menus are leaves here: their items are named by their own text.
void collectControls(QAccessibleInterface *node, const QString &panel, std::vector<Control> &out)
{
    if (!node || !node->isValid() || node->state().invisible)
        return;
    QString here = panel;
    QObject *object = node->object();
    if (auto *dock = qobject_cast<QDockWidget *>(object))
        here = dock->objectName();
    const QAccessible::Role role = node->role();
    const auto *widget = qobject_cast<QWidget *>(object);
    const bool tabStop = widget && (widget->focusPolicy() & Qt::TabFocus) &&
                         role != QAccessible::ScrollBar && role != QAccessible::StaticText;
    if (isControl(role) || tabStop) {
        out.push_back({here, QString::number(role), node->text(QAccessible::Name).trimmed(),
                       node->text(QAccessible::Description).trimmed(),
                       object ? object->objectName() : QString(),
                       node->text(QAccessible::Value).trimmed(),
                       !node->relations(QAccessible::Label).isEmpty()});
    }
    if (role == QAccessible::List || role == QAccessible::Table || role == QAccessible::Tree ||
        role == QAccessible::ComboBox || role == QAccessible::MenuBar ||
        role == QAccessible::PopupMenu)
        return;
    for (int i = 0; i < node->childCount(); ++i)
        collectControls(node->child(i), here, out);
}

QAccessibleInterface *accessibleOf(QObject *object)
{
    return QAccessible::queryAccessibleInterface(object);
}

} // namespace

class TstAccessibility : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void mainScreen_data();
    void mainScreen();
    void tabReachesCardsAfterPlan();

private:
    void checkControls(const QString &language);
    void checkRouteCards(const QString &language);
    void checkIconArraysAndChart();
    void checkMap();

    std::unique_ptr<MainWindow> m_window;
};

void TstAccessibility::initTestCase()
{
    m_window = std::make_unique<MainWindow>(QStringLiteral("en"));
    m_window->setAttribute(Qt::WA_DontShowOnScreen);
    m_window->resize(1400, 900);
    m_window->show();
    QCoreApplication::processEvents();
    m_window->setDataset(std::make_shared<const Dataset>(embeddedTrainingCity()));
    auto *planner = m_window->findChild<PlannerPanel *>();
    QVERIFY(planner);
    QVERIFY(planner->planBetween(kFrom, kTo));
    QVERIFY(planner->cards()->count() >= 2);
    // Every part of the form a person can open: "More choices" and the camera panel.
    auto *more = child<QToolButton>(*m_window, "optionsToggle");
    QVERIFY(more);
    more->setChecked(true);
    auto *inspectorDock = child<QDockWidget>(*m_window, "cameraInspectorDock");
    QVERIFY(inspectorDock);
    QVERIFY(!m_window->dataset()->cameras.empty());
    m_window->inspector()->showCamera(m_window->dataset(), m_window->dataset()->cameras.front().id);
    inspectorDock->show();
    QCoreApplication::processEvents();
    // The details offer the alternatives as buttons, which must be told apart.
    QVERIFY(m_window->findChildren<QPushButton *>(QStringLiteral("applyAlternative")).size() >= 2);
}

void TstAccessibility::cleanupTestCase()
{
    m_window.reset();
}

void TstAccessibility::mainScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ru") << QStringLiteral("ru");
    QTest::newRow("uk") << QStringLiteral("uk");
}

void TstAccessibility::mainScreen()
{
    QFETCH(QString, language);
    QVERIFY(m_window->setLanguage(language));
    QCoreApplication::processEvents(); // the planner words its results anew after the switch
    QCoreApplication::processEvents();
    checkControls(language);
    checkRouteCards(language);
    checkIconArraysAndChart();
    checkMap();
}

void TstAccessibility::checkControls(const QString &language)
{
    std::vector<Control> controls;
    collectControls(accessibleOf(m_window.get()), QString(), controls);
    // The screen has a form, cards, details and a camera panel: far more than a handful.
    QVERIFY2(controls.size() > 40, qPrintable(QString::number(controls.size())));
    if (qEnvironmentVariableIsSet("BLINDSPOT_A11Y_DUMP"))
        for (const Control &c : controls)
            qDebug("%s", qPrintable(describe(c) + QStringLiteral(" / ") + c.description));

    QStringList unnamed;
    QStringList namedByValue;
    std::map<std::pair<QString, QString>, std::vector<const Control *>> byName;
    for (const Control &c : controls) {
        if (c.name.isEmpty())
            unnamed << describe(c);
        // On Linux, Qt names a combo box by its current choice ("Ordinary day") and leaves
        // what it chooses to the label that names it ("Day:"): there must be one.
        else if (c.role == QString::number(QAccessible::ComboBox) && c.name == c.value &&
                 !c.labelled)
            namedByValue << describe(c);
        else
            byName[{c.panel, c.name}].push_back(&c);
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(language + QStringLiteral(": no name: ") +
                                           unnamed.join(QStringLiteral("; "))));
    QVERIFY2(namedByValue.isEmpty(), qPrintable(language + QStringLiteral(": named by value: ") +
                                                namedByValue.join(QStringLiteral("; "))));

    // Two controls of one panel under one name are told apart by their descriptions, or not
    // at all.
    QStringList alike;
    for (const auto &[key, same] : byName) {
        for (std::size_t i = 0; i < same.size(); ++i)
            for (std::size_t j = i + 1; j < same.size(); ++j)
                if (same[i]->description == same[j]->description)
                    alike << describe(*same[i]) + QStringLiteral(" = ") + describe(*same[j]);
    }
    QVERIFY2(alike.isEmpty(), qPrintable(language + QStringLiteral(": same name: ") +
                                         alike.join(QStringLiteral("; "))));
}

void TstAccessibility::checkRouteCards(const QString &language)
{
    auto *cards = m_window->findChild<RouteCards *>();
    QVERIFY(cards && cards->count() >= 2);
    QStringList names;
    for (int i = 0; i < cards->count(); ++i) {
        RouteCard *card = cards->card(i);
        QAccessibleInterface *node = accessibleOf(card);
        QVERIFY(node);
        QCOMPARE(node->role(), QAccessible::ListItem);
        const QString name = node->text(QAccessible::Name);
        // The headline as the card shows it, and its data caveat where it has one.
        QVERIFY2(name.contains(card->durationText()), qPrintable(name));
        QVERIFY2(name.contains(card->likelihoodText()), qPrintable(name));
        if (auto *caveat = card->findChild<QLabel *>(QStringLiteral("evidenceLabel")))
            QVERIFY2(name.contains(caveat->text()), qPrintable(name));
        if (language == QLatin1String("en")) {
            QCOMPARE(name.contains(QLatin1String("Fastest")), card->isFastest());
            QCOMPARE(name.contains(QLatin1String("Least exposed")), card->isLeastExposed());
        }
        QVERIFY2(!node->text(QAccessible::Description).isEmpty(), qPrintable(name));
        QVERIFY(node->state().selectable);
        QCOMPARE(bool(node->state().selected), card->isSelected());
        names << name;
    }
    names.removeDuplicates();
    QCOMPARE(names.size(), cards->count());

    // Choosing another card through its accessible action selects it, and the state follows.
    const int before = cards->selected();
    const int other = before == 0 ? 1 : 0;
    QAccessibleInterface *otherNode = accessibleOf(cards->card(other));
    QVERIFY(otherNode->actionInterface());
    QVERIFY(otherNode->actionInterface()->actionNames().contains(
        QAccessibleActionInterface::pressAction()));
    otherNode->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(cards->selected(), other);
    QVERIFY(otherNode->state().selected);
    QVERIFY(!accessibleOf(cards->card(other == 0 ? 1 : 0))->state().selected);
    if (before >= 0)
        cards->select(before);
}

void TstAccessibility::checkIconArraysAndChart()
{
    // One per card and one in the details: each says its numbers.
    const QList<IconArray *> arrays = m_window->findChildren<IconArray *>();
    QVERIFY(arrays.size() >= 3);
    for (IconArray *array : arrays) {
        QAccessibleInterface *node = accessibleOf(array);
        QCOMPARE(node->role(), QAccessible::Graphic);
        const QString name = node->text(QAccessible::Name);
        const QString description = node->text(QAccessible::Description);
        QVERIFY2(name.contains(QString::number(array->filledCount())), qPrintable(name));
        QVERIFY2(description.contains(QString::number(array->rangeLow())) &&
                     description.contains(QString::number(array->rangeHigh())),
                 qPrintable(description));
    }

    auto *chart = m_window->findChild<ExposureChart *>();
    QVERIFY(chart);
    QAccessibleInterface *node = accessibleOf(chart);
    QCOMPARE(node->role(), QAccessible::Chart);
    QVERIFY(!node->text(QAccessible::Name).isEmpty());
    // The values it draws: the selected route's chance out of 10 at the end, with its range.
    auto *planner = m_window->findChild<PlannerPanel *>();
    const Route &route = planner->currentPlan()->routes[std::size_t(planner->selectedRoute())];
    const auto [low, high] = RiskWording::rangeOutOfTen(route.hazard);
    const QString description = node->text(QAccessible::Description);
    const QString expected = QCoreApplication::translate(
                                 "blindspot::ExposureChart",
                                 "At the end, after %1: identified in %2 of 10 trips (%3 to %4).")
                                 .arg(RouteText::duration(route.durationSeconds),
                                      QLocale().toString(RiskWording::outOfTen(route.probability())),
                                      QLocale().toString(low), QLocale().toString(high));
    QVERIFY2(description.endsWith(expected), qPrintable(description + QStringLiteral(" / ") + expected));
}

void TstAccessibility::checkMap()
{
    MapView *map = m_window->mapView();
    QAccessibleInterface *node = accessibleOf(map);
    QVERIFY(!node->text(QAccessible::Name).isEmpty());
    QVERIFY(node->state().focusable);
    // With a route drawn, the map says how to reach it as text, and Enter gets there.
    const QString withRoute = node->text(QAccessible::Description);
    QVERIFY(!withRoute.isEmpty());
    auto *detailsDock = child<QDockWidget>(*m_window, "routeDetailsDock");
    QVERIFY(detailsDock);
    QSignalSpy requested(map, &MapView::routeTextRequested);
    QTest::keyClick(map, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QVERIFY(detailsDock->isVisible());
    // The window is not shown on a screen, so it is never active: ask it where its focus is.
    QCOMPARE(m_window->focusWidget(), detailsDock->widget());
    // Without a route there is nothing to read, and the description no longer promises it.
    map->clearRouteOverlay();
    QVERIFY(node->text(QAccessible::Description) != withRoute);
    QTest::keyClick(map, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    auto *planner = m_window->findChild<PlannerPanel *>();
    planner->cards()->select(planner->selectedRoute() == 0 ? 1 : 0); // draws a route again
    QCOMPARE(node->text(QAccessible::Description), withRoute);
}

void TstAccessibility::tabReachesCardsAfterPlan()
{
    QVERIFY(m_window->setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents(); // the cards are made anew in the new language
    QCoreApplication::processEvents();
    auto *plan = child<QPushButton>(*m_window, "planButton");
    auto *cards = m_window->findChild<RouteCards *>();
    QVERIFY(plan && cards && cards->count() >= 2);

    // The Tab stops right after "Plan routes", as the focus chain has them: the cards in order.
    std::vector<QWidget *> stops;
    for (QWidget *w = plan->nextInFocusChain();
         w && w != plan && int(stops.size()) < cards->count(); w = w->nextInFocusChain())
        if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(m_window.get()))
            stops.push_back(w);
    QCOMPARE(int(stops.size()), cards->count());
    for (int i = 0; i < cards->count(); ++i)
        QVERIFY2(stops[std::size_t(i)] == cards->card(i),
                 qPrintable(QStringLiteral("stop %1 after Plan is %2 (%3)")
                                .arg(i)
                                .arg(stops[std::size_t(i)]->objectName(),
                                     stops[std::size_t(i)]->metaObject()->className())));

    // The same with keys: Tab from Plan to the first card, Tab to the second, Space chooses it.
    // The window is never active off screen, so the window's focus widget is where focus is.
    cards->select(0);
    plan->setFocus(Qt::TabFocusReason);
    QTest::keyClick(plan, Qt::Key_Tab);
    QCOMPARE(m_window->focusWidget(), cards->card(0));
    QTest::keyClick(cards->card(0), Qt::Key_Tab);
    QCOMPARE(m_window->focusWidget(), cards->card(1));
    QTest::keyClick(cards->card(1), Qt::Key_Space);
    QCOMPARE(cards->selected(), 1);
    QVERIFY(accessibleOf(cards->card(1))->state().selected);
    QVERIFY(!accessibleOf(cards->card(0))->state().selected);
}

QTEST_MAIN(TstAccessibility)
#include "tst_accessibility.moc"
