// What a screen reader meets on the main screen (issue 17), read through Qt's own accessibility
// API, the tree the AT-SPI bridge hands to Orca: every control has a name, controls in one panel
// can be told apart, and the custom widgets (route cards, icon arrays, chart, map) say in words
// what they draw. In English, Russian and Ukrainian; the wording itself is the translators', so
// the other languages are checked for names that exist and differ, not for their text.
#include "gui/editing/camera_inspector.h"
#include "common/embedded_data.h"
#include "gui/planner/exposure_chart.h"
#include "gui_fixtures.h"
#include "gui/planner/icon_array.h"
#include "gui/shell/live_region.h"
#include "gui/shell/main_window.h"
#include "gui/map/map_style.h"
#include "gui/map/map_view.h"
#include "gui/map/nearby_cameras_dialog.h"
#include "gui/planner/planner_panel.h"
#include "common/risk_wording.h"
#include "gui/planner/route_cards.h"
#include "gui/planner/route_details.h"
#include "common/route_text.h"
#include "ts_catalogue.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <map>
#include <memory>
#include <utility>
#include <vector>

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

/// What a live region read out: its words each time it was shown. Showing a widget is when Qt
/// tells assistive technology ObjectShow, which Orca reads out for the Notification role. (The
/// events themselves reach QAccessible's update handler only with a platform bridge active,
/// which offscreen has not.)
class Announcements : public QObject {
public:
    explicit Announcements(LiveRegion &region) : m_region(region)
    {
        region.installEventFilter(this);
    }
    ~Announcements() override { m_region.removeEventFilter(this); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == &m_region && event->type() == QEvent::Show)
            m_words << m_region.text();
        return false;
    }
    /// The words read out since the last call.
    QStringList take() { return std::exchange(m_words, {}); }

private:
    LiveRegion &m_region;
    QStringList m_words;
};

// Reading order in the window: Tab stops from `start` on, as long as they stay inside `within`.
std::vector<QWidget *> tabStopsWithin(QWidget *start, const QWidget *within)
{
    std::vector<QWidget *> stops;
    QWidget *w = start;
    do {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(w->window()) &&
            !w->focusProxy())
            stops.push_back(w);
        w = w->nextInFocusChain();
    } while (w && w != start && within->isAncestorOf(w));
    return stops;
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
    void routeDetailsAreADocument();
    void selectedCardSaysSoInWords();
    void dockButtonsFollowFloating();
    void planningAndSavesAnnounced();
    void pickStartWithKeyboard();
    void mapShowsFocusAndKeyboardCursor();
    void largeTextFitsAScreen();
    void nearbyCamerasInWords();
    void nearbyCamerasFromTheKeyboard();

private:
    void checkControls(const QString &language);
    void checkRouteCards(const QString &language);
    void checkIconArraysAndChart();
    void checkMap();

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_config;
    std::map<QString, Catalogue> m_catalogues;
};

void TstAccessibility::initTestCase()
{
    // The window and file dialogs write their settings: not into the user's.
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    // What the translators translate: a name left in English where they did is a bug.
    m_catalogues = readTranslationCatalogues();
    for (const auto &[language, catalogue] : m_catalogues)
        QVERIFY2(catalogue.texts.size() > 500, qPrintable(language));
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
    // The other panels a person can open beside them: where the data comes from, and notes.
    for (const char *name : {"sourcesDock", "notesDock"}) {
        auto *dock = child<QDockWidget>(*m_window, name);
        QVERIFY2(dock, name);
        dock->show();
    }
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

    // In Russian and Ukrainian, nothing is spoken in English that the catalogue translates:
    // names set once at start (Qt's "Close" and "Float" on docks, the Notes panel's) stay in
    // the language the program started in.
    if (const auto catalogue = m_catalogues.find(language); catalogue != m_catalogues.end()) {
        QStringList english;
        for (const Control &c : controls)
            for (const QString &said : {c.name, c.description})
                if (const auto source = catalogue->second.sourceOf(said))
                    english << describe(c) +
                                   QStringLiteral(" says \"%1\" (source: %2)").arg(said, *source);
        QVERIFY2(english.isEmpty(), qPrintable(language + QStringLiteral(": in English: ") +
                                               english.join(QStringLiteral("; "))));
    }

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
    const QString expected =
        QCoreApplication::translate(
            "blindspot::ExposureChart",
            "At the end, after %1: identified in %2 of 10 trips (%3 to %4).")
            .arg(RouteText::duration(route.durationSeconds),
                 QLocale().toString(RiskWording::outOfTen(route.probability())),
                 QLocale().toString(low), QLocale().toString(high));
    QVERIFY2(description.endsWith(expected),
             qPrintable(description + QStringLiteral(" / ") + expected));
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
    // On the details' first words, their title, which a screen reader reads out (the window
    // is not shown on a screen, so it is never active: ask it where its focus is).
    auto *details = m_window->findChild<RouteDetails *>();
    QVERIFY(details);
    QWidget *focus = m_window->focusWidget();
    QVERIFY(focus && details->isAncestorOf(focus));
    QCOMPARE(focus->objectName(), QStringLiteral("detailsTitle"));
    QVERIFY(focus->focusPolicy() & Qt::TabFocus);
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

void TstAccessibility::routeDetailsAreADocument()
{
    QVERIFY(m_window->setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents(); // the planner words its results anew after the switch
    QCoreApplication::processEvents();
    auto *planner = m_window->findChild<PlannerPanel *>();
    RouteDetails *details = planner->details();
    QVERIFY(planner->currentPlan() && planner->selectedRoute() >= 0);
    const Plan &plan = *planner->currentPlan();
    const Route &route = plan.routes[std::size_t(planner->selectedRoute())];
    const RouteText text(*m_window->dataset(), QStringLiteral("en"), &plan.request);

    // From the map, Enter; then Tab after Tab, as a person without a mouse or sight would.
    MapView *map = m_window->mapView();
    map->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(map, Qt::Key_Return);
    std::vector<QWidget *> stops;
    QStringList read;
    for (QWidget *at = m_window->focusWidget();
         at && details->isAncestorOf(at) && stops.size() < 200; at = m_window->focusWidget()) {
        QVERIFY2(std::find(stops.begin(), stops.end(), at) == stops.end(),
                 qPrintable(QStringLiteral("Tab came back to ") + at->objectName()));
        stops.push_back(at);
        read << accessibleOf(at)->text(QAccessible::Name);
        QTest::keyClick(at, Qt::Key_Tab);
    }
    QVERIFY(stops.size() > route.legs.size() + 3);
    if (qEnvironmentVariableIsSet("BLINDSPOT_A11Y_DUMP"))
        qDebug("%s", qPrintable(read.join(QStringLiteral("\n---\n"))));
    // The same stops as the focus chain has them: what Tab reaches is all there is.
    QCOMPARE(tabStopsWithin(stops.front(), details), stops);

    // Every stop has words, and text is read, not edited: the keyboard selects it to copy.
    for (std::size_t i = 0; i < stops.size(); ++i) {
        QVERIFY2(!read[qsizetype(i)].trimmed().isEmpty(), qPrintable(stops[i]->objectName()));
        QAccessibleInterface *node = accessibleOf(stops[i]);
        QVERIFY(!node->state().editable);
        if (auto *label = qobject_cast<QLabel *>(stops[i]))
            QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    }

    // In reading order: the title (route and duration), what most of the risk is, what can
    // be done, every step in turn ("Step 2 of 5: ..."), what holds for every trip.
    QVERIFY2(read.front().contains(RouteText::duration(route.durationSeconds)),
             qPrintable(read.front()));
    const qsizetype summary = read.indexOf(details->summaryText());
    QVERIFY2(summary > 0, qPrintable(details->summaryText()));
    qsizetype firstStep = -1;
    for (std::size_t leg = 0; leg < route.legs.size(); ++leg) {
        const QString prefix =
            QStringLiteral("Step %1 of %2: ").arg(leg + 1).arg(route.legs.size());
        const qsizetype at = read.indexOf(QRegularExpression(QRegularExpression::anchoredPattern(
            QRegularExpression::escape(prefix) + QStringLiteral("(.|\\n)*"))));
        QVERIFY2(at > summary, qPrintable(prefix));
        if (firstStep < 0)
            firstStep = at;
        QCOMPARE(at, firstStep + qsizetype(leg)); // one after the other
        QVERIFY2(read[at].contains(text.legText(route.legs[leg])), qPrintable(read[at]));
    }
    // Headings a screen reader jumps between (role Heading): the title first, "What you can
    // do" after the summary, "Step by step" right before step 1, "Whatever the route" last.
    QStringList headings;
    std::vector<qsizetype> headingAt;
    for (std::size_t i = 0; i < stops.size(); ++i)
        if (accessibleOf(stops[i])->role() == QAccessible::Heading) {
            headings << read[qsizetype(i)];
            headingAt.push_back(qsizetype(i));
        }
    QVERIFY2(headings.size() >= 4, qPrintable(headings.join(QStringLiteral(" | "))));
    QCOMPARE(headingAt.front(), qsizetype(0));
    const qsizetype actionsHeading = headings.indexOf(QStringLiteral("What you can do"));
    QVERIFY(actionsHeading > 0 && headingAt[std::size_t(actionsHeading)] > summary);
    QCOMPARE(read[firstStep - 1], QStringLiteral("Step by step"));
    QCOMPARE(accessibleOf(stops[std::size_t(firstStep - 1)])->role(), QAccessible::Heading);
    QCOMPARE(headings.back(), QStringLiteral("Whatever the route"));
    int actions = 0;
    for (qsizetype i = summary + 1; i < firstStep; ++i) {
        if (accessibleOf(stops[std::size_t(i)])->role() == QAccessible::Heading)
            continue; // "What you can do", "What if ...", "Step by step"
        auto *button = qobject_cast<QPushButton *>(stops[std::size_t(i)]);
        QVERIFY2(button && button->objectName() == QLatin1String("applyAlternative"),
                 qPrintable(read[i]));
        // What the change would do is heard with the button, not only seen beside it.
        QVERIFY(!accessibleOf(button)->text(QAccessible::Description).isEmpty());
        ++actions;
    }
    QCOMPARE(actions,
             int(details->findChildren<QPushButton *>(QStringLiteral("applyAlternative")).size()));
    const qsizetype notes = read.indexOf(QRegularExpression(
        QStringLiteral(".*") + QRegularExpression::escape(RouteDetails::generalNotes().front()) +
        QStringLiteral("(.|\\n)*")));
    QVERIFY(notes > firstStep + qsizetype(route.legs.size()) - 1);
    QCOMPARE(stops.back()->objectName(), QStringLiteral("methodologyButton"));

    // The focus on text is seen: a border in the focus colour that is not there without it.
    auto *title = qobject_cast<QLabel *>(stops.front());
    QVERIFY(title);
    QVERIFY(details->styleSheet().contains(QLatin1String("QLabel[readable=\"true\"]:focus")));
    QVERIFY(title->property("readable").toBool());
}

void TstAccessibility::selectedCardSaysSoInWords()
{
    auto *cards = m_window->findChild<RouteCards *>();
    QVERIFY(cards && cards->count() >= 2);
    if (cards->selected() < 0)
        cards->select(0);
    QCoreApplication::processEvents();
    for (int i = 0; i < cards->count(); ++i) {
        RouteCard *card = cards->card(i);
        auto *tag = card->findChild<QLabel *>(QStringLiteral("selectedTag"));
        QVERIFY(tag);
        // "Selected" in words on the chosen card only; its place kept on the others.
        QCOMPARE(tag->isVisibleTo(card), card->isSelected());
        QVERIFY(tag->text().contains(QLatin1String("Selected")));
        QCOMPARE(bool(accessibleOf(card)->state().selected), card->isSelected());
        // And a thicker border: 3 pixels of the border's colour where the others have 1.
        const QImage image = grabbed(*card);
        const QRgb third = image.pixel(2, image.height() / 2) | 0xFF000000;
        if (card->isSelected())
            QCOMPARE(third, QColor(0x4a2a7a).rgb());
        else
            QVERIFY(third != QColor(0x4a2a7a).rgb() && third != QColor(0xc9c9c9).rgb());
    }
}

void TstAccessibility::dockButtonsFollowFloating()
{
    QVERIFY(m_window->setLanguage(QStringLiteral("en")));
    auto *dock = child<QDockWidget>(*m_window, "sourcesDock");
    QVERIFY(dock);
    auto *close = dock->findChild<QAbstractButton *>(QStringLiteral("qt_dockwidget_closebutton"));
    auto *detach = dock->findChild<QAbstractButton *>(QStringLiteral("qt_dockwidget_floatbutton"));
    QVERIFY(close && detach);
    QCOMPARE(close->accessibleName(), QStringLiteral("Close Sources"));
    QCOMPARE(detach->accessibleName(), QStringLiteral("Detach Sources into a window of its own"));
    dock->setFloating(true);
    QCoreApplication::processEvents();
    QCOMPARE(detach->accessibleName(), QStringLiteral("Put Sources back into the main window"));
    dock->setFloating(false);
    QCoreApplication::processEvents();
    QCOMPARE(detach->accessibleName(), QStringLiteral("Detach Sources into a window of its own"));
}

void TstAccessibility::planningAndSavesAnnounced()
{
    QVERIFY(m_window->setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    auto *planner = m_window->findChild<PlannerPanel *>();
    RouteCards *cards = planner->cards();
    LiveRegion *live = m_window->liveRegion();
    QVERIFY(live);
    QCOMPARE(accessibleOf(live)->role(), QAccessible::Notification);
    Announcements heard(*live);

    // Planning done: how many routes, and the one selected, as its card names it.
    QVERIFY(planner->planBetween(kFrom, kTo));
    QCoreApplication::processEvents();
    QStringList words = heard.take();
    QCOMPARE(words, QStringList{cards->summary()});
    QVERIFY2(words.front().startsWith(
                 QStringLiteral("Planning done. Routes found: %1. Selected: ").arg(cards->count())),
             qPrintable(words.front()));
    QVERIFY(words.front().contains(cards->card(cards->selected())->durationText()));
    // Its accessible name is what it says, for the screen reader to read.
    QCOMPARE(accessibleOf(live)->text(QAccessible::Name), words.front());

    // The same plan worded anew in another language is no news.
    QVERIFY(m_window->setLanguage(QStringLiteral("ru")));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    words = heard.take();
    QVERIFY2(words.isEmpty(), qPrintable(words.join(u'|')));
    QVERIFY(m_window->setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    heard.take();

    // No route: what the planner says is read out.
    QVERIFY(!planner->planBetween(kFrom, kFrom));
    auto *message = child<QLabel>(*m_window, "plannerMessage");
    QVERIFY(message && message->isVisible());
    QCOMPARE(heard.take(), QStringList{message->text()});
    QVERIFY(planner->planBetween(kFrom, kTo));
    heard.take();

    // A saved route card, from the Plan menu and its file dialog: where it went is read out,
    // both times, though the planner's message was already showing the second time.
    QTemporaryDir dir;
    QAction *print = nullptr;
    for (QAction *action : planner->menu()->actions())
        if (withoutMnemonic(action->text()).startsWith(QLatin1String("Print route card")))
            print = action;
    QVERIFY(print && print->isEnabled());
    for (const QString &name : {QStringLiteral("first.pdf"), QStringLiteral("second.pdf")}) {
        whenShown<QFileDialog>([&](QFileDialog *dialog) {
            dialog->setDirectory(dir.path());
            if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                edit->setText(name);
            static_cast<QDialog *>(dialog)->accept();
        });
        print->trigger();
        QVERIFY(QFileInfo::exists(dir.filePath(name)));
        words = heard.take();
        QCOMPARE(words.size(), 1);
        QVERIFY2(words.front().startsWith(QLatin1String("Route card saved to")) &&
                     words.front().contains(name),
                 qPrintable(words.front()));
    }

    // Whatever the status bar says (a saved map, an import, a tool's instructions).
    m_window->statusBar()->showMessage(QStringLiteral("Saved as city.bspack."), 5000);
    QCOMPARE(heard.take(), QStringList{QStringLiteral("Saved as city.bspack.")});
    // The same words from two places at once are read once.
    live->announce(QStringLiteral("Saved as city.bspack."));
    QVERIFY(heard.take().isEmpty());
    // The region takes no room and shows nothing.
    QVERIFY(live->width() <= 1 && live->height() <= 1);
}

void TstAccessibility::pickStartWithKeyboard()
{
    QVERIFY(m_window->setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    MapView *map = m_window->mapView();
    auto *pick = child<QToolButton>(*m_window, "pickFromButton");
    auto *from = child<QLineEdit>(*m_window, "fromEdit");
    QVERIFY(pick && from);
    const QString browsing = accessibleOf(map)->text(QAccessible::Description);

    // "On map" for the start; the map takes the focus and says how to pick without a mouse.
    QTest::keyClick(pick, Qt::Key_Space);
    QVERIFY(map->isPickingPlace());
    QCOMPARE(m_window->focusWidget(), map);
    const QString picking = accessibleOf(map)->text(QAccessible::Description);
    QVERIFY(picking != browsing && picking.contains(QLatin1String("Enter")));

    // Arrows move the map under the cross; Enter picks what is under it.
    QTest::keyClick(map, Qt::Key_Left);
    QTest::keyClick(map, Qt::Key_Up);
    const LatLon expected = map->positionAt(map->keyboardCursor());
    QTest::keyClick(map, Qt::Key_Return);
    QVERIFY(!map->isPickingPlace());
    QCOMPARE(from->text(), QStringLiteral("%1, %2").arg(QString::number(expected.lat, 'f', 5),
                                                        QString::number(expected.lon, 'f', 5)));
    QCOMPARE(accessibleOf(map)->text(QAccessible::Description).isEmpty(), false);

    // Picking again and Escape: nothing changes.
    QTest::keyClick(pick, Qt::Key_Space);
    QVERIFY(map->isPickingPlace());
    QTest::keyClick(map, Qt::Key_Escape);
    QVERIFY(!map->isPickingPlace());
    QVERIFY(from->text().startsWith(QString::number(expected.lat, 'f', 5)));

    // The rest of the tests want the plan back.
    auto *planner = m_window->findChild<PlannerPanel *>();
    QVERIFY(planner->planBetween(kFrom, kTo));
}

// The map's cameras in words: a map with cameras at distances worked out by hand and nothing
// else (no stations, so no "460 m from ..."), read from a point P.
void TstAccessibility::nearbyCamerasInWords()
{
    QVERIFY(m_window->setLanguage(QStringLiteral("en")));
    // haversineMetres uses a 6,371 km sphere: a degree of latitude is 111,194.9 m, one of
    // longitude at 55.75 degrees north that times cos(55.75 deg) = 0.56280, 62,580.7 m.
    const LatLon p{55.75, 37.62};
    constexpr double kLatDegree = 111'194.9;
    constexpr double kLonDegree = 62'580.7;
    Dataset d;
    auto camera = [&](double north, double east, FrStatus status, std::optional<double> heading,
                      std::optional<double> fov) {
        Camera c;
        c.id = CameraId{static_cast<std::uint32_t>(d.cameras.size())};
        c.position = {p.lat + north / kLatDegree, p.lon + east / kLonDegree};
        c.frStatus = status;
        c.kind = CameraKind::Dome;
        c.headingDegrees = heading;
        c.fovDegrees = fov;
        d.cameras.push_back(c);
    };
    // 100 m north, looking south with a 60-degree field: P is straight ahead of it.
    camera(100, 0, FrStatus::Confirmed, 180.0, 60.0);
    // 40 m east, looking north with 90 degrees: P lies west of it, 90 degrees off its heading,
    // outside the 45 it covers either side.
    camera(0, 40, FrStatus::None, 0.0, 90.0);
    // 200 m south, heading not known.
    camera(-200, 0, FrStatus::Suspected, std::nullopt, std::nullopt);
    // 400 m west: beyond the 300 m listed.
    camera(0, -400, FrStatus::Confirmed, std::nullopt, std::nullopt);
    // No position: only anchored in a station, it cannot be placed near anything.
    camera(0, 0, FrStatus::Confirmed, std::nullopt, std::nullopt);
    d.cameras.back().position = {};

    std::size_t total = 99;
    const auto near = NearbyCamerasDialog::camerasNear(d, p, &total);
    QCOMPARE(total, std::size_t(3));
    QCOMPARE(near.size(), std::size_t(3));
    QCOMPARE(near[0].camera, CameraId{1});
    QCOMPARE(near[1].camera, CameraId{0});
    QCOMPARE(near[2].camera, CameraId{2});
    QVERIFY(std::abs(near[0].metres - 40.0) < 0.5);
    QVERIFY(std::abs(near[1].metres - 100.0) < 0.5);
    QVERIFY(std::abs(near[2].metres - 200.0) < 0.5);
    QCOMPARE(near[1].facesPoint, std::optional<bool>(true));
    QCOMPARE(near[0].facesPoint, std::optional<bool>(false));
    QCOMPARE(near[2].facesPoint, std::optional<bool>());

    NearbyCamerasDialog dialog(d, p, QStringLiteral("en"));
    const QStringList texts = dialog.itemTexts();
    QCOMPARE(texts.size(), 3);
    QVERIFY2(texts[0].startsWith(QStringLiteral("40\u00a0m east: ")) &&
                 texts[0].endsWith(QLatin1String("looks away from it")),
             qPrintable(texts[0]));
    QVERIFY2(texts[1].startsWith(QStringLiteral("100\u00a0m north: Face recognition confirmed")) &&
                 texts[1].endsWith(QLatin1String("looks towards the middle of the map")),
             qPrintable(texts[1]));
    QVERIFY2(texts[2].startsWith(QStringLiteral("200\u00a0m south: ")) &&
                 texts[2].endsWith(QLatin1String("which way it looks is not known")),
             qPrintable(texts[2]));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("nearbySummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("300\u00a0m of the middle of the map: 3.")),
             qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QLatin1String("confirmed: 1, suspected: 1")));
    // Nothing said about stations on a map without any.
    QVERIFY(!summary->text().contains(QLatin1String("The middle of the map is")));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("nearbyCameras"));
    QVERIFY(!list->accessibleName().isEmpty());

    // Far from every camera: no list, and no word that it is safe.
    NearbyCamerasDialog empty(d, LatLon{55.80, 37.62}, QStringLiteral("en"));
    QVERIFY(empty.itemTexts().isEmpty());
    const QString none = empty.findChild<QLabel *>(QStringLiteral("nearbySummary"))->text();
    QVERIFY2(none.startsWith(QLatin1String("No mapped camera")) &&
                 none.contains(QLatin1String("does not make it safe")),
             qPrintable(none));
    QVERIFY(!empty.findChild<QPushButton *>(QStringLiteral("nearbyShow"))->isEnabled());
}

// Ctrl+Shift+N from the map lists the cameras around the cross's place; Enter on one selects it
// on the map and in the inspector, as a click would.
void TstAccessibility::nearbyCamerasFromTheKeyboard()
{
    QVERIFY(m_window->setLanguage(QStringLiteral("ru")));
    QCoreApplication::processEvents();
    MapView *map = m_window->mapView();
    // The training city's first camera with a position, in the middle of the map.
    const Dataset &city = *m_window->dataset();
    const auto placed = std::find_if(city.cameras.begin(), city.cameras.end(),
                                     [](const Camera &c) { return c.position.isValid(); });
    QVERIFY(placed != city.cameras.end());
    // Close in, with the camera under the cross (which keeps clear of the map key).
    map->showPosition(placed->position, 4.0);
    map->panByPixels(map->widgetPosition(placed->position) - map->keyboardCursor());
    // A window never put on a screen does not become active by itself; shortcuts need one.
    QApplication::setActiveWindow(m_window.get());
    map->setFocus();
    const LatLon middle = map->positionAt(map->keyboardCursor());
    const auto expected = NearbyCamerasDialog::camerasNear(city, middle);
    QVERIFY(!expected.empty());

    QStringList read;
    whenShown<NearbyCamerasDialog>([&](NearbyCamerasDialog *dialog) {
        read = dialog->itemTexts();
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("nearbyCameras"));
        QTest::keyClick(list, Qt::Key_Return);
    });
    QTest::keyClick(map, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(read.size(), int(expected.size()));
    // In the UI's language: the first item's distance is written with Russian units.
    QVERIFY2(read.front().contains(QStringLiteral("\u00a0м")) ||
                 read.front().startsWith(QStringLiteral("В середине")),
             qPrintable(read.front()));
    QCOMPARE(map->selectedCamera(), std::optional<CameraId>(expected.front().camera));
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("cameraInspectorDock"))->isVisible());
    QVERIFY(m_window->setLanguage(QStringLiteral("en")));
}

void TstAccessibility::mapShowsFocusAndKeyboardCursor()
{
    // A window of its own, shown and active: the focus is real, and so is what it draws.
    MapView map;
    map.resize(400, 300);
    map.setDataset(std::make_shared<const Dataset>(embeddedTrainingCity()));
    map.show();
    map.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&map));
    map.setFocus(Qt::TabFocusReason);
    QVERIFY(map.hasFocus());
    const QRgb focusColour = QColor(0x0072b2).rgb();
    const QImage focused = grabbed(map);
    for (const QPoint edge : {QPoint(1, 150), QPoint(398, 150), QPoint(200, 1), QPoint(200, 298)})
        QCOMPARE(focused.pixel(edge) | 0xFF000000, focusColour);
    map.clearFocus();
    QVERIFY(!map.hasFocus());
    QVERIFY((grabbed(map).pixel(1, 150) | 0xFF000000) != focusColour);
    map.setFocus(Qt::TabFocusReason);

    // Arrows pan (east is right, north is up), plus and minus zoom.
    const LatLon start = map.centre();
    QTest::keyClick(&map, Qt::Key_Right);
    QVERIFY(map.centre().lon > start.lon);
    QTest::keyClick(&map, Qt::Key_Up);
    QVERIFY(map.centre().lat > start.lat);
    const double scale = map.pixelsPerMetre();
    QTest::keyClick(&map, Qt::Key_Plus);
    QVERIFY(map.pixelsPerMetre() > scale);
    QTest::keyClick(&map, Qt::Key_Minus);
    QVERIFY(qAbs(map.pixelsPerMetre() - scale) < scale * 1e-9);

    // Picking a place: a cross in the middle, drawn over the map; Enter picks under it.
    const QRect aroundCursor(map.keyboardCursor().toPoint() - QPoint(16, 16), QSize(33, 33));
    const QRgb ink = MapStyle::labelText().rgb();
    const int before = pixelsOfColour(grabbed(map).copy(aroundCursor), ink);
    QVERIFY(!map.showsKeyboardCursor());
    map.beginPickPlace();
    QVERIFY(map.showsKeyboardCursor());
    const int crossed = pixelsOfColour(grabbed(map).copy(aroundCursor), ink);
    // Four arms of 10 pixels, 2 wide, where the map had little of that colour.
    QVERIFY2(crossed >= before + 60,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(crossed)));
    QSignalSpy picked(&map, &MapView::placePicked);
    const LatLon expected = map.positionAt(map.keyboardCursor());
    QTest::keyClick(&map, Qt::Key_Enter);
    QCOMPARE(picked.count(), 1);
    const auto at = picked.front().front().value<LatLon>();
    QCOMPARE(at.lat, expected.lat);
    QCOMPARE(at.lon, expected.lon);
    QVERIFY(!map.showsKeyboardCursor());

    // The legend over the middle: the cross goes to the middle of the largest free part, here
    // the 150 x 300 pixels right of it (the 400 x 100 above it are less).
    QCOMPARE(map.keyboardCursor(), QPointF(200, 150));
    map.setCoveredRect(QRect(0, 100, 250, 200));
    QCOMPARE(map.keyboardCursor(), QPointF(325, 150));
    map.setCoveredRect({});

    // Adding a camera: Enter asks for one under the cross.
    map.setTool(MapView::Tool::AddCamera);
    QVERIFY(map.showsKeyboardCursor());
    QSignalSpy add(&map, &MapView::addCameraRequested);
    QTest::keyClick(&map, Qt::Key_Return);
    QCOMPARE(add.count(), 1);
    QCOMPARE(add.front().front().value<LatLon>().lat, map.positionAt(map.keyboardCursor()).lat);

    // Drawing a survey area: Space puts corners under the cross as the map moves, Backspace
    // takes the last back, Enter closes it.
    map.setTool(MapView::Tool::DrawSurveyArea);
    QSignalSpy drawn(&map, &MapView::surveyAreaDrawn);
    QTest::keyClick(&map, Qt::Key_Space);
    QTest::keyClick(&map, Qt::Key_Right);
    QTest::keyClick(&map, Qt::Key_Space);
    QTest::keyClick(&map, Qt::Key_Down);
    QTest::keyClick(&map, Qt::Key_Space);
    QTest::keyClick(&map, Qt::Key_Left);
    QTest::keyClick(&map, Qt::Key_Space);
    QCOMPARE(map.surveyAreaCorners().size(), std::size_t(4));
    QTest::keyClick(&map, Qt::Key_Backspace);
    QCOMPARE(map.surveyAreaCorners().size(), std::size_t(3));
    QTest::keyClick(&map, Qt::Key_Return);
    QCOMPARE(drawn.count(), 1);
    QCOMPARE(drawn.front().front().value<std::vector<LatLon>>().size(), std::size_t(3));
    QCOMPARE(map.tool(), MapView::Tool::Browse);
}

void TstAccessibility::largeTextFitsAScreen()
{
    // The same window, planned, in Russian (the longest words), with the application font at
    // its size and at 1.5 times it (what 144 dpi or a large-text setting gives).
    const QFont normal = QApplication::font();
    struct Measured {
        int window = 0;
        int planner = 0;
        int details = 0;
    };
    const auto measure = [&](double factor) {
        QFont font = normal;
        font.setPointSizeF(normal.pointSizeF() * factor);
        QApplication::setFont(font);
        MainWindow window(QStringLiteral("ru"));
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.show();
        window.setDataset(std::make_shared<const Dataset>(embeddedTrainingCity()));
        auto *planner = window.findChild<PlannerPanel *>();
        if (!planner || !planner->planBetween(kFrom, kTo))
            return Measured{};
        for (int i = 0; i < 4; ++i)
            QCoreApplication::processEvents();
        const Measured m{window.minimumSizeHint().width(), planner->minimumSizeHint().width(),
                         planner->detailsDock()->minimumSizeHint().width()};
        qDebug("font x%.1f: window %d, planner %d, details %d", factor, m.window, m.planner,
               m.details);
        return m;
    };
    const Measured one = measure(1.0);
    const Measured large = measure(1.5);
    QApplication::setFont(normal);
    QVERIFY(one.window > 0 && large.window > 0);
    // A 1600-pixel screen holds the window with its panels and the map: with the larger font,
    // and at QT_SCALE_FACTOR=1.5, which leaves sizes in logical pixels as they are and draws
    // each one as 1.5 pixels on the screen.
    QVERIFY2(large.window <= 1600, qPrintable(QString::number(large.window)));
    QVERIFY2(one.window * 1.5 <= 1600, qPrintable(QString::number(one.window)));
    // The panels grow with the text, not stay at fixed pixels that would cut it.
    QVERIFY2(large.planner >= one.planner * 1.3,
             qPrintable(QStringLiteral("%1 -> %2").arg(one.planner).arg(large.planner)));
    QVERIFY2(large.details >= one.details * 1.3,
             qPrintable(QStringLiteral("%1 -> %2").arg(one.details).arg(large.details)));
}

QTEST_MAIN(TstAccessibility)
#include "tst_accessibility.moc"
