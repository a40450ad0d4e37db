// A trip planned, read, printed and locked away with the keyboard alone (issue 17): the real
// main window driven by key events only, as someone without a mouse, or without sight, uses it.
// At every key the focus is checked to be somewhere a person can see it; the Tab order is
// checked to follow the screen; every step of the route details is read in turn; and each
// access key (Alt + an underlined letter) is checked to belong to one control. In English and
// in Russian, whose longer words make the panels taller and their scroll areas scroll more.
#include "common/embedded_data.h"
#include "gui_fixtures.h"
#include "gui/shell/main_window.h"
#include "gui/map/map_view.h"
#include "gui/planner/planner_panel.h"
#include "gui/planner/route_cards.h"
#include "gui/planner/route_details.h"
#include "gui/security/lock_controller.h"
#include "common/route_text.h"
#include "gui/security/security_controller.h"
#include "gui/security/unlock_screen.h"
#include "common/translations.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <map>
#include <memory>
#include <vector>

using namespace blindspot;
using namespace blindspot::testing;

namespace {

// The most common laptop screen (one of tst_layout_fit's): the planner's form and cards, and
// the route's details, are taller than its panels, so Tab must scroll them.
constexpr QSize kWindowSize(1366, 768);
// Two widgets of one row, centred on it, have tops a few pixels apart (a line edit and the
// tool button beside it): closer than this, they are on one line.
constexpr int kSameLine = 4;
// Tab presses allowed to get from one place to the next before the walk counts as lost.
constexpr int kMaxTabs = 200;

QAccessibleInterface *accessibleOf(QWidget *widget)
{
    return QAccessible::queryAccessibleInterface(widget);
}

QString spokenName(QWidget *widget)
{
    QAccessibleInterface *node = widget ? accessibleOf(widget) : nullptr;
    return node ? node->text(QAccessible::Name) : QString();
}

QString describe(QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(nothing)");
    QString name = spokenName(widget).simplified();
    if (name.size() > 50)
        name = name.left(47) + QStringLiteral("...");
    return QStringLiteral("%1#%2 \"%3\"")
        .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(), name);
}

// The dock a widget is in, or null for the rest of the window (map, tool bars).
QDockWidget *panelOf(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->isWindow() ? nullptr : w->parentWidget())
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            return dock;
    return nullptr;
}

QString panelName(QWidget *widget)
{
    const QDockWidget *dock = panelOf(widget);
    return dock ? dock->objectName() : QStringLiteral("(window)");
}

// The innermost scroll area whose content holds `widget`, or null.
QScrollArea *scrollAreaOf(QWidget *widget)
{
    for (QWidget *w = widget->parentWidget(); w; w = w->isWindow() ? nullptr : w->parentWidget())
        if (auto *area = qobject_cast<QScrollArea *>(w);
            area && area->widget() && area->widget()->isAncestorOf(widget))
            return area;
    return nullptr;
}

// Where a widget is in its panel as a document: in the panel's coordinates, as if its scroll
// area were scrolled to the top. Window coordinates would not do: Tab scrolls the area, so a
// step further down the details can be higher in the window than the step before it was.
QRect documentRect(QWidget *widget)
{
    QWidget *panel = panelOf(widget);
    if (!panel)
        panel = widget->window();
    if (QScrollArea *area = scrollAreaOf(widget))
        return QRect(widget->mapTo(area->widget(), QPoint(0, 0)) +
                         area->viewport()->mapTo(panel, QPoint(0, 0)),
                     widget->size());
    return QRect(widget->mapTo(panel, QPoint(0, 0)), widget->size());
}

// Whether the focus on `widget` can be seen: empty when so, else what is wrong. The widget is
// in `window` and shown; inside a scroll area, it is in the area's viewport (the area scrolled
// it into view), wholly so when it is no larger than the viewport; the part of it its parents
// do not clip is not empty and lies in the window.
QString unseenFocus(QWidget *widget, const QWidget &window)
{
    if (!widget)
        return QStringLiteral("no widget has the focus");
    if (widget->window() != &window)
        return QStringLiteral("the focus is in another window (%1)")
            .arg(describe(widget->window()));
    if (!widget->isVisible())
        return QStringLiteral("hidden");
    if (QScrollArea *area = scrollAreaOf(widget)) {
        const QRect inViewport(widget->mapTo(area->viewport(), QPoint(0, 0)), widget->size());
        const QRect viewport = area->viewport()->rect();
        const bool fits =
            inViewport.height() <= viewport.height() && inViewport.width() <= viewport.width();
        if (!inViewport.intersects(viewport) || (fits && !viewport.contains(inViewport)))
            return QStringLiteral("not scrolled into view: at y %1..%2 of a viewport 0..%3 in %4")
                .arg(inViewport.top())
                .arg(inViewport.bottom())
                .arg(viewport.bottom())
                .arg(panelName(widget));
    }
    const QRect whole(widget->mapTo(&window, QPoint(0, 0)), widget->size());
    QRect seen = whole;
    for (QWidget *p = widget->parentWidget(); p; p = p->isWindow() ? nullptr : p->parentWidget())
        seen &= QRect(p->mapTo(&window, QPoint(0, 0)), p->size());
    if (seen.isEmpty())
        return QStringLiteral("clipped away (at %1,%2 %3x%4 in the window)")
            .arg(whole.x())
            .arg(whole.y())
            .arg(whole.width())
            .arg(whole.height());
    if (!window.rect().contains(seen))
        return QStringLiteral("outside the window");
    return {};
}

// What a keyboard's keys reach: the open popup (a completion list) if there is one, which
// passes on what it does not use, else the widget with the focus.
QWidget *keyReceiver()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup->focusWidget() ? popup->focusWidget() : popup;
    if (QWidget *focus = QApplication::focusWidget())
        return focus;
    return QApplication::activeWindow();
}

void settle()
{
    // Completions open on a queued call after the focus arrives; layouts settle on posted
    // events, which can post more.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// Types `text` key by key, each to where the keyboard's would go (keyReceiver(), asked again
// for every key: a completion list may open on the way). Any character, which
// QTest::keyClicks cannot: it sends Latin-1 only, and Cyrillic is lost.
void typeKeys(const QString &text)
{
    for (const QChar c : text) {
        // Qt's key code for a letter is its capital's code point, as for ASCII punctuation and
        // digits ("/" is Key_Slash, 0x2f); a capital comes with Shift.
        const auto key = Qt::Key(c.toUpper().unicode());
        QTest::sendKeyEvent(QTest::Click, keyReceiver(), key, QString(c),
                            c.isUpper() ? Qt::ShiftModifier : Qt::NoModifier);
    }
    settle();
}

/// A keyboard on the main window: every key goes where the keyboard's would, and after each
/// one the focus is checked to be seen (unseenFocus). What was wrong is kept, with the key.
class Keyboard {
public:
    explicit Keyboard(QWidget &window) : m_window(window)
    {
        // Each widget the focus passes through, even on its way elsewhere within one key: a
        // screen reader announces it. Where it settles is checked after the key (check()).
        m_watch = QObject::connect(qApp, &QApplication::focusChanged, &window,
                                   [this](QWidget *, QWidget *now) {
                                       if (now && now->window() == &m_window && !now->isVisible())
                                           m_problems << QStringLiteral("focus passed through "
                                                                        "hidden %1 in %2")
                                                             .arg(describe(now), panelName(now));
                                   });
    }
    ~Keyboard() { QObject::disconnect(m_watch); }
    Keyboard(const Keyboard &) = delete;
    Keyboard &operator=(const Keyboard &) = delete;

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *to = keyReceiver();
        if (!to) {
            m_problems << QStringLiteral("no widget to receive a key");
            return;
        }
        QTest::keyClick(to, key, modifiers);
        settle();
        check(QKeySequence(key | modifiers).toString());
    }

    /// Types `text` as a keyboard in the UI's language would (typeKeys()).
    void type(const QString &text)
    {
        typeKeys(text);
        check(QStringLiteral("typing \"%1\"").arg(text));
    }

    /// Presses a key that opens a modal dialog, answered from the event loop (whenShown()).
    /// Off screen nothing gives the window back its activation when the dialog closes, as a
    /// window manager does: this does, and then checks the focus, which the window kept.
    void pressForDialog(Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        QTest::keyClick(keyReceiver(), key, modifiers);
        QApplication::setActiveWindow(&m_window);
        settle();
        check(QKeySequence(key | modifiers).toString());
    }

    QWidget *focus() const { return QApplication::focusWidget(); }
    /// What was wrong with the focus after a key, each with the key and where the focus was.
    const QStringList &problems() const { return m_problems; }

private:
    void check(const QString &key)
    {
        if (const QString wrong = unseenFocus(focus(), m_window); !wrong.isEmpty())
            m_problems << QStringLiteral("after %1, focus on %2 in %3: %4")
                              .arg(key, describe(focus()), panelName(focus()), wrong);
    }

    QWidget &m_window;
    QStringList m_problems;
    QMetaObject::Connection m_watch;
};

// Why Tab's step from `a` to `b`, both in one panel, goes against reading order; empty when it
// does not. Reading order, in the panel as a document (documentRect): along a line (tops less
// than kSameLine apart) left to right; down to a later line anywhere; up only into a new column
// wholly right of where it was (the swap button beside both place rows).
QString againstReadingOrder(QWidget *a, QWidget *b)
{
    const QRect from = documentRect(a);
    const QRect to = documentRect(b);
    const bool sameLine = qAbs(to.top() - from.top()) < kSameLine;
    if (sameLine && to.left() < from.left())
        return QStringLiteral("goes left along a line");
    if (!sameLine && to.top() < from.top() && to.left() <= from.right())
        return QStringLiteral("goes up (top %1 to %2) without moving to a column on the right")
            .arg(from.top())
            .arg(to.top());
    return {};
}

/// The main window in `language`, as main() starts it (translation first), on the training
/// city, sized as a laptop's screen and active.
std::unique_ptr<MainWindow> activeWindow(const QString &language)
{
    if (!installTranslations(language))
        return nullptr;
    auto window = std::make_unique<MainWindow>(language);
    window->setAttribute(Qt::WA_DontShowOnScreen);
    window->resize(kWindowSize);
    window->show();
    window->setDataset(std::make_shared<const Dataset>(embeddedTrainingCity()));
    // A window never put on a screen is not activated by a window manager; shortcuts and the
    // application's focus need an active window.
    QApplication::setActiveWindow(window.get());
    settle();
    return window;
}

// The access keys (Alt + the underlined letter) that act in `window` now, each with what has
// it: the menu bar's menus, and every shown, enabled button, buddied label and group box (the
// widgets Qt registers a mnemonic for; hidden or disabled ones do not act).
std::map<int, QStringList> accessKeys(QMainWindow &window)
{
    std::map<int, QStringList> keys;
    const auto add = [&](const QString &text, const QString &owner) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            keys[key[0].toCombined()] << owner;
    };
    for (QAction *menu : window.menuBar()->actions())
        if (menu->isVisible() && !menu->isSeparator())
            add(menu->text(), QStringLiteral("menu \"%1\"").arg(menu->text()));
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled() || w->window() != &window)
            continue;
        const QString owner = QStringLiteral("%1#%2").arg(
            QLatin1String(w->metaObject()->className()), w->objectName());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text(), QStringLiteral("%1 \"%2\"").arg(owner, button->text()));
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text(), QStringLiteral("%1 \"%2\" (for %3)")
                                   .arg(owner, label->text(), label->buddy()->objectName()));
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            add(group->title(), QStringLiteral("%1 \"%2\"").arg(owner, group->title()));
    }
    return keys;
}

} // namespace

class TstKeyboardJourney : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void checksFindWhatIsWrong();
    void planReadPrintLock_data();
    void planReadPrintLock();
    void accessKeysAreUnique_data();
    void accessKeysAreUnique();

private:
    QTemporaryDir m_home;
};

void TstKeyboardJourney::initTestCase()
{
    // The window, its file dialog and the workspace write settings: not into the user's.
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", QDir(m_home.path()).filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(m_home.path()).filePath(QStringLiteral("data")).toUtf8());
}

void TstKeyboardJourney::cleanupTestCase()
{
    installTranslations(QStringLiteral("en"));
}

void TstKeyboardJourney::checksFindWhatIsWrong()
{
    // A window 300 x 200 all taken by a scroll area over a 1000-pixel page, with labels near
    // its top, far down it, and hidden.
    QWidget window;
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(300, 200);
    auto *area = new QScrollArea(&window);
    area->setGeometry(window.rect());
    auto *page = new QWidget;
    page->resize(280, 1000);
    area->setWidget(page);
    const auto label = [&](const char *name, QRect at) {
        auto *l = new QLabel(QLatin1String(name), page);
        l->setObjectName(QLatin1String(name));
        l->setGeometry(at);
        return l;
    };
    QLabel *top = label("top", QRect(10, 10, 100, 20));
    QLabel *right = label("right", QRect(150, 10, 100, 20));
    QLabel *column = label("column", QRect(150, 0, 100, 20));
    QLabel *far = label("far", QRect(10, 900, 100, 20));
    QLabel *tall = label("tall", QRect(10, 300, 200, 400));
    QLabel *hidden = label("hidden", QRect(10, 40, 100, 20));
    hidden->hide();
    window.show();
    settle();

    QVERIFY(unseenFocus(top, window).isEmpty());
    QVERIFY(!unseenFocus(nullptr, window).isEmpty());
    QCOMPARE(unseenFocus(hidden, window), QStringLiteral("hidden"));
    QVERIFY2(unseenFocus(far, window).startsWith(QLatin1String("not scrolled into view")),
             qPrintable(unseenFocus(far, window)));
    area->ensureWidgetVisible(far);
    QVERIFY(unseenFocus(far, window).isEmpty());
    // Partly in view: not enough for a label the viewport could hold whole, enough for one
    // taller than it.
    area->verticalScrollBar()->setValue(900 - area->viewport()->height() + 10);
    QVERIFY(!unseenFocus(far, window).isEmpty());
    area->verticalScrollBar()->setValue(400);
    QVERIFY(unseenFocus(tall, window).isEmpty());

    // Reading order, the same wherever the area is scrolled.
    QVERIFY(againstReadingOrder(top, right).isEmpty());
    QVERIFY(againstReadingOrder(top, far).isEmpty());
    QVERIFY(againstReadingOrder(top, column).isEmpty()); // up, into a column on the right
    QVERIFY(againstReadingOrder(far, column).isEmpty());
    QVERIFY(!againstReadingOrder(right, top).isEmpty());  // left along the line
    QVERIFY(!againstReadingOrder(far, top).isEmpty());    // up, in the same column
    QVERIFY(!againstReadingOrder(tall, right).isEmpty()); // up, overlapping tall's column
}

void TstKeyboardJourney::planReadPrintLock_data()
{
    // The two places as the UI's language names them (core/sample/training_city.cpp): Ёлочная
    // is "Fir Tree", Фонтанная площадь "Fountain Square". Between them the planner finds more
    // than one route (tst_accessibility), so there are cards to Tab through.
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Fir Tree")
                        << QStringLiteral("Fountain Square");
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Ёлочная")
                        << QStringLiteral("Фонтанная площадь");
}

void TstKeyboardJourney::planReadPrintLock()
{
    QFETCH(QString, language);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QElapsedTimer clock;
    clock.start();

    const std::unique_ptr<MainWindow> shown = activeWindow(language);
    QVERIFY(shown);
    MainWindow &window = *shown;
    auto *planner = window.findChild<PlannerPanel *>();
    QVERIFY(planner);
    RouteCards *cards = planner->cards();
    RouteDetails *details = planner->details();
    auto *fromEdit = child<QLineEdit>(window, "fromEdit");
    auto *toEdit = child<QLineEdit>(window, "toEdit");
    auto *planButton = child<QPushButton>(window, "planButton");
    QVERIFY(fromEdit && toEdit && planButton);
    Keyboard keys(window);
    const bool dump = qEnvironmentVariableIsSet("BLINDSPOT_KEYBOARD_DUMP");

    // 1. Plan. The window starts with the focus on the map (MainWindow's constructor), and Tab
    // gets to the From field from there.
    QCOMPARE(keys.focus(), static_cast<QWidget *>(window.mapView()));
    QStringList toFrom;
    for (int i = 0; i < kMaxTabs && keys.focus() != fromEdit; ++i) {
        keys.press(Qt::Key_Tab);
        toFrom << describe(keys.focus());
    }
    if (dump)
        qDebug().noquote() << "map to From:" << toFrom.join(QStringLiteral("\n  "));
    QVERIFY2(keys.focus() == fromEdit, qPrintable(toFrom.join(QStringLiteral("\n"))));
    keys.type(from);
    QCOMPARE(fromEdit->text(), from);
    // The form in the order it reads (PlannerPanel::buildForm sets it): From and its "On map",
    // To and its "On map", the swap button right of both rows, the day below them, "More
    // choices", "Plan routes". The line edits' clear buttons are no Tab stops.
    const auto tabTo = [&](const QStringList &names) {
        QStringList reached;
        for (int i = 0; i < names.size(); ++i) {
            keys.press(Qt::Key_Tab);
            reached << (keys.focus() ? keys.focus()->objectName() : QString());
        }
        return reached;
    };
    const QStringList toTo{QStringLiteral("pickFromButton"), QStringLiteral("toEdit")};
    QCOMPARE(tabTo(toTo), toTo);
    keys.type(to);
    QCOMPARE(toEdit->text(), to);
    const QStringList toPlan{QStringLiteral("pickToButton"), QStringLiteral("swapButton"),
                             QStringLiteral("profileCombo"), QStringLiteral("optionsToggle"),
                             QStringLiteral("planButton")};
    QCOMPARE(tabTo(toPlan), toPlan);
    QVERIFY(!planner->currentPlan());
    keys.press(Qt::Key_Space);
    QVERIFY2(planner->currentPlan().has_value(), qPrintable(keys.problems().join(u'\n')));
    // Between these two the planner finds several routes (four, tst_accessibility relies on
    // at least two), and selects one, the fastest, to explain.
    QVERIFY(cards->count() >= 2);
    QVERIFY(planner->selectedRoute() >= 0);
    QVERIFY(planner->detailsDock()->isVisible());
    const Plan &plan = *planner->currentPlan();
    const RouteText text(*window.dataset(), language, &plan.request);
    QCOMPARE(text.placeName(plan.request.from), from);
    QCOMPARE(text.placeName(plan.request.to), to);
    // Planning leaves the focus where it was, on the button.
    QCOMPARE(keys.focus(), static_cast<QWidget *>(planButton));

    // 2. Shift+Tab back to "More choices", and Space opens them: the walk below goes through
    // every choice of the form too. Then back to From: the six stops before "More choices"
    // (toPlan and toTo above) backwards.
    keys.press(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(keys.focus() ? keys.focus()->objectName() : QString(),
             QStringLiteral("optionsToggle"));
    keys.press(Qt::Key_Space);
    QVERIFY(child<QWidget>(window, "plannerOptions")->isVisible());
    for (int i = 0; i < 6; ++i)
        keys.press(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(keys.focus(), static_cast<QWidget *>(fromEdit));

    // Then Tab from From through the form, the cards and on, until the focus has been in the
    // route details and left them: every stop on the way, in order.
    std::vector<QWidget *> stops{fromEdit};
    bool inDetails = false;
    for (int i = 0; i < kMaxTabs; ++i) {
        keys.press(Qt::Key_Tab);
        QWidget *at = keys.focus();
        if (!at)
            break;
        const bool here = details->isAncestorOf(at);
        if (inDetails && !here)
            break;
        inDetails = here;
        stops.push_back(at);
    }
    if (dump) {
        qDebug().noquote() << "after the details:" << describe(keys.focus());
        for (QWidget *stop : stops)
            qDebug().noquote() << panelName(stop) << documentRect(stop) << describe(stop);
    }
    QStringList walk;
    for (QWidget *stop : stops)
        walk << panelName(stop) + QStringLiteral(": ") + describe(stop);
    QVERIFY2(
        inDetails || details->isAncestorOf(stops.back()),
        qPrintable(QStringLiteral("Tab never reached the route details:\n") + walk.join(u'\n')));
    // Every key so far left the focus where it could be seen.
    QVERIFY2(keys.problems().isEmpty(), qPrintable(keys.problems().join(u'\n')));

    // The cards in their order, all before the details.
    std::vector<std::size_t> cardAt;
    for (int c = 0; c < cards->count(); ++c) {
        const auto found = std::find(stops.begin(), stops.end(), cards->card(c));
        QVERIFY2(found != stops.end(), qPrintable(QStringLiteral("card %1 never reached").arg(c)));
        cardAt.push_back(std::size_t(found - stops.begin()));
    }
    QVERIFY(std::is_sorted(cardAt.begin(), cardAt.end()));
    std::size_t firstDetail = 0;
    while (firstDetail < stops.size() && !details->isAncestorOf(stops[firstDetail]))
        ++firstDetail;
    QVERIFY(cardAt.back() < firstDetail);
    // Not a walk that never needed to scroll: at 1366 x 768 the form with its choices open and
    // the four cards (about 1600 pixels in English) and the details (about 2300) are taller
    // than their panels, so reaching the last card and the end of the details scrolled both.
    const auto scrolled = [](QWidget *inside) {
        QScrollArea *area = scrollAreaOf(inside);
        return area ? area->verticalScrollBar()->value() : -1;
    };
    QVERIFY2(scrolled(cards) > 0, qPrintable(QString::number(scrolled(cards))));
    QVERIFY2(scrolled(details) > 0, qPrintable(QString::number(scrolled(details))));

    // Reading order within each panel, and each panel read in one go: once Tab has left a
    // panel, it does not come back to it before the walk's end.
    QStringList disorder;
    QStringList left;
    for (std::size_t i = 1; i < stops.size(); ++i) {
        const QString previous = panelName(stops[i - 1]);
        const QString now = panelName(stops[i]);
        if (now != previous) {
            if (left.contains(now))
                disorder
                    << QStringLiteral("Tab comes back to %1 at %2").arg(now, describe(stops[i]));
            left << previous;
            continue;
        }
        if (const QString wrong = againstReadingOrder(stops[i - 1], stops[i]); !wrong.isEmpty())
            disorder << QStringLiteral("in %1, %2 -> %3: %4")
                            .arg(now, describe(stops[i - 1]), describe(stops[i]), wrong);
    }
    QVERIFY2(disorder.isEmpty(),
             qPrintable(disorder.join(u'\n') + QStringLiteral("\nwalk:\n") + walk.join(u'\n')));

    // 3. Every step of the details read in turn: each is a Tab stop named "Step N of M: ..."
    // (RouteDetails::showSteps), in the UI's language and numbers, one right after the other,
    // and says what that leg of the selected route is.
    const Route &route = plan.routes[std::size_t(planner->selectedRoute())];
    const int legs = int(route.legs.size());
    // A metro trip at least goes in at one station and out at another.
    QVERIFY(legs >= 2);
    QStringList read;
    for (std::size_t i = firstDetail; i < stops.size(); ++i)
        read << spokenName(stops[i]);
    const QLocale locale;
    qsizetype firstStep = -1;
    for (int leg = 0; leg < legs; ++leg) {
        const QString prefix =
            QCoreApplication::translate("blindspot::RouteDetails", "Step %1 of %2: %3")
                .arg(locale.toString(leg + 1), locale.toString(legs), QString());
        qsizetype at = -1;
        for (qsizetype i = 0; i < read.size() && at < 0; ++i)
            if (read[i].startsWith(prefix))
                at = i;
        QVERIFY2(at >= 0, qPrintable(prefix + QStringLiteral(" never read; read:\n") +
                                     read.join(QStringLiteral("\n---\n"))));
        if (leg == 0)
            firstStep = at;
        QCOMPARE(at, firstStep + leg);
        QVERIFY2(read[at].contains(text.legText(route.legs[std::size_t(leg)])),
                 qPrintable(read[at]));
    }

    // 4. Print: Ctrl+P (Plan > "Print route card (save as PDF)") is the only way to print: the
    // program never opens a print dialog, it saves the card as a PDF for the person to print,
    // asking where in its own file dialog (PrivateFileDialog). Typed there: a path in a folder
    // of our own over the suggested name, then Enter. A completion list open over the name is
    // closed with Escape first, as a person would, since Enter there only picks a completion.
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QString pdf = QDir(out.path()).filePath(QStringLiteral("route.pdf"));
    QStringList dialogProblems;
    bool dialogShown = false;
    whenShown<QFileDialog>([&](QFileDialog *dialog) {
        dialogShown = true;
        QApplication::setActiveWindow(dialog);
        settle();
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (QApplication::focusWidget() != name)
            dialogProblems << QStringLiteral("the file name does not have the focus: %1")
                                  .arg(describe(QApplication::focusWidget()));
        else if (const QString wrong = unseenFocus(name, *dialog); !wrong.isEmpty())
            dialogProblems << QStringLiteral("file name: ") + wrong;
        QTest::keyClick(keyReceiver(), Qt::Key_A, Qt::ControlModifier);
        typeKeys(pdf);
        if (QApplication::activePopupWidget())
            QTest::keyClick(keyReceiver(), Qt::Key_Escape);
        QTest::keyClick(keyReceiver(), Qt::Key_Return);
        settle();
        if (dialog->isVisible()) {
            dialogProblems << QStringLiteral("Enter did not close the dialog");
            dialog->reject(); // not to wait forever
        }
    });
    QWidget *beforePrint = keys.focus();
    keys.pressForDialog(Qt::Key_P, Qt::ControlModifier);
    QVERIFY2(dialogShown, "Ctrl+P opened no file dialog");
    QVERIFY2(dialogProblems.isEmpty(), qPrintable(dialogProblems.join(u'\n')));
    QFile card(pdf);
    QVERIFY2(card.open(QIODevice::ReadOnly), qPrintable(pdf));
    // A PDF starts with its version line; a page of text, a chart and a map is kilobytes.
    QCOMPARE(card.read(5), QByteArray("%PDF-"));
    QVERIFY2(card.size() > 1000, qPrintable(QString::number(card.size())));

    // Back where it was when Ctrl+P was pressed.
    QCOMPARE(keys.focus(), beforePrint);

    // 5. Lock with Ctrl+L (Security > Lock now): the lock screen instead of the map, the plan
    // and what was typed gone, and the focus on the lock screen, seen, to go on from there.
    QVERIFY(!window.security()->lock()->isLockScreenShown());
    keys.press(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(window.security()->lock()->isLockScreenShown());
    QVERIFY(!planner->currentPlan());
    QCOMPARE(cards->count(), 0);
    QVERIFY(fromEdit->text().isEmpty() && toEdit->text().isEmpty());
    QVERIFY(!planner->isVisible() && !planner->detailsDock()->isVisible());
    QVERIFY2(window.security()->lock()->unlockScreen()->isAncestorOf(keys.focus()),
             qPrintable(describe(keys.focus())));
    if (dump)
        qDebug().noquote() << "locked:" << describe(keys.focus());
    QVERIFY2(keys.problems().isEmpty(), qPrintable(keys.problems().join(u'\n')));
    qInfo("%s: %lld ms", qPrintable(language), static_cast<long long>(clock.elapsed()));
}

void TstKeyboardJourney::accessKeysAreUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ru") << QStringLiteral("ru");
    QTest::newRow("uk") << QStringLiteral("uk");
}

void TstKeyboardJourney::accessKeysAreUnique()
{
    // Alt + an underlined letter acts at once only when one control has it. With two, Qt
    // takes turns between them, one per press, and acts as for an unsure press: a button only
    // takes the focus instead of being pressed, and a menu opens only on its turn. The window
    // as the journey's walk has it: the planner's form with "More choices" open.
    QFETCH(QString, language);
    const std::unique_ptr<MainWindow> window = activeWindow(language);
    QVERIFY(window);
    auto *more = child<QToolButton>(*window, "optionsToggle");
    QVERIFY(more);
    QTest::keyClick(more, Qt::Key_Space);
    settle();
    QVERIFY(child<QWidget>(*window, "plannerOptions")->isVisible());

    const std::map<int, QStringList> keys = accessKeys(*window);
    // The menu bar alone has eight menus with eight letters (File, Edit, View, Language, Plan,
    // Training, Security, Help): a check that found fewer would be reading nothing.
    QVERIFY2(keys.size() >= 8, qPrintable(QString::number(keys.size())));
    // Each shared key pressed once from the map, to say what it does instead.
    QStringList shared;
    for (const auto &[key, owners] : keys) {
        if (owners.size() < 2)
            continue;
        window->mapView()->setFocus(Qt::OtherFocusReason);
        const QKeyCombination combination = QKeyCombination::fromCombined(key);
        // With the letter as its text: QTest::keyClick cannot make one for a Cyrillic key.
        QTest::sendKeyEvent(QTest::Click, keyReceiver(), combination.key(),
                            QString(QChar(combination.key())).toLower(),
                            combination.keyboardModifiers());
        settle();
        const auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        const QString did = menu ? QStringLiteral("opened the menu \"%1\"").arg(menu->title())
                                 : QStringLiteral("moved the focus to %1")
                                       .arg(describe(QApplication::focusWidget()));
        while (QApplication::activePopupWidget())
            QTest::keyClick(keyReceiver(), Qt::Key_Escape);
        shared << QStringLiteral("%1: %2; pressed once, it %3")
                      .arg(QKeySequence(key).toString(QKeySequence::NativeText),
                           owners.join(QStringLiteral(", ")), did);
    }
    QVERIFY2(shared.isEmpty(),
             qPrintable(QStringLiteral("access keys shared:\n") + shared.join(u'\n')));
}

QTEST_MAIN(TstKeyboardJourney)
#include "tst_keyboard_journey.moc"
