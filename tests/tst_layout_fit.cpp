// The main window fits a laptop screen in every language (issue 15, item 1): at 1280 x 800 and
// 1366 x 768, with a route planned and "More choices" open (and, busier, with a time limit that
// hides a route, a what-if, the camera inspector and the sources panel), no visible text is cut,
// on a fresh start in that language, after a live switch from English and back; a switch leaves
// the panels as a fresh start in that language has them; and after a switch to Russian or
// Ukrainian no visible text is left in English where the catalogue has a translation for it.
//
// "Cut" is measured the way each widget lays out and draws its text (Qt 6, the style in use):
// the text's width from the widget's font metrics against the room the style gives it, and a
// word-wrapped label's height for its width against its height. A widget also counts as cut when
// an ancestor clips it, unless that ancestor is a scroll area's viewport that can scroll that way,
// and a tool bar's tool counts as cut when the bar hides it behind its "»" button.
//
// Elided text counts as cut, with these exceptions, which elide on purpose and are not checked:
// dock titles (the style elides a title to its bar), and what the map paints rather than shows in
// widgets (the attribution, elided to half the map's width). A line edit's placeholder is elided
// by Qt as a fallback, not by choice: a cut placeholder no longer says what to type, so it counts.
#include "gui/editing/camera_inspector.h"
#include "common/embedded_data.h"
#include "gui_fixtures.h"
#include "gui/shell/main_window.h"
#include "gui/planner/planner_panel.h"
#include "gui/planner/route_cards.h"
#include "common/translations.h"
#include "ts_catalogue.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOption>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QXmlStreamReader>

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>

using namespace blindspot;
using namespace blindspot::testing;

namespace {

// The laptop screens of issue 15: the window fills one.
// Laptop screens, and a 1600x1000 screen at QT_SCALE_FACTOR=1.5 (issue 17's large text), which
// leaves 1066x666 logical pixels: the tightest room the window is asked to fit.
const std::array<QSize, 3> kLaptops{QSize(1280, 800), QSize(1366, 768), QSize(1066, 666)};
// Ёлочная ("Fir Tree") to Fountain Square in the training city (core/sample/training_city.cpp):
// several routes, alternatives with "Plan this way" and "Try" buttons, a what-if heading.
const QString kFrom = QStringLiteral("Ёлочная");
const QString kTo = QStringLiteral("Fountain Square");
// QLineEditPrivate::horizontalMargin (Qt 6): the space the line edit keeps on either side of
// the text inside its contents rectangle, placeholder included.
constexpr int kLineEditTextMargin = 2;
// Beside an icon or arrow, QCommonStyle leaves this much between it and the text (the "4" in
// QCommonStyle's CE_PushButtonLabel, CE_CheckBoxLabel, CE_ToolButtonLabel, CE_ComboBoxLabel).
constexpr int kIconTextGap = 4;

// initStyleOption() is protected; a pointer to it taken through a derived class is a pointer
// to the base's member and may be called on any object of the base.
struct PushButtonPeek : QPushButton {
    static QStyleOptionButton option(const QPushButton *w)
    {
        QStyleOptionButton o;
        (w->*(&PushButtonPeek::initStyleOption))(&o);
        return o;
    }
};
struct CheckBoxPeek : QCheckBox {
    static QStyleOptionButton option(const QCheckBox *w)
    {
        QStyleOptionButton o;
        (w->*(&CheckBoxPeek::initStyleOption))(&o);
        return o;
    }
};
struct RadioButtonPeek : QRadioButton {
    static QStyleOptionButton option(const QRadioButton *w)
    {
        QStyleOptionButton o;
        (w->*(&RadioButtonPeek::initStyleOption))(&o);
        return o;
    }
};
struct ToolButtonPeek : QToolButton {
    static QStyleOptionToolButton option(const QToolButton *w)
    {
        QStyleOptionToolButton o;
        (w->*(&ToolButtonPeek::initStyleOption))(&o);
        return o;
    }
};
struct ComboBoxPeek : QComboBox {
    static QStyleOptionComboBox option(const QComboBox *w)
    {
        QStyleOptionComboBox o;
        (w->*(&ComboBoxPeek::initStyleOption))(&o);
        return o;
    }
};
struct LineEditPeek : QLineEdit {
    static QStyleOptionFrame option(const QLineEdit *w)
    {
        QStyleOptionFrame o;
        (w->*(&LineEditPeek::initStyleOption))(&o);
        return o;
    }
};
struct GroupBoxPeek : QGroupBox {
    static QStyleOptionGroupBox option(const QGroupBox *w)
    {
        QStyleOptionGroupBox o;
        (w->*(&GroupBoxPeek::initStyleOption))(&o);
        return o;
    }
};

// The widest line of `text` in `metrics`.
int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

// How a person finds the widget in a report: its object name, else its class in the nearest
// named ancestor.
QString nameOf(const QWidget *widget)
{
    if (!widget->objectName().isEmpty())
        return widget->objectName();
    QString name = QString::fromLatin1(widget->metaObject()->className());
    for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget())
        if (!up->objectName().isEmpty() && !up->objectName().startsWith(QLatin1String("qt_")))
            return name + QStringLiteral(" in ") + up->objectName();
    return name;
}

// Whether the ancestors of `widget` let `piece` of it (its own coordinates) show, and if not the
// ancestor that cuts it and how much of it shows there. A scroll area's viewport clips only in
// the directions it cannot scroll (scroll bar policy ScrollBarAlwaysOff): in the others the
// piece can be scrolled into view, so from there up the part of it the viewport can hold must
// show.
struct Shown {
    const QWidget *cutBy = nullptr;
    QSize seen;
};

Shown shownPart(const QWidget *widget, QRect piece)
{
    const QWidget *child = widget;
    for (const QWidget *up = widget->parentWidget(); up && !child->isWindow();
         child = up, up = up->parentWidget()) {
        piece.translate(child->pos());
        const QRect bounds = up->rect();
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(up->parentWidget());
            area && area->viewport() == up) {
            if (area->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
                piece.setRect(0, piece.y(), std::min(piece.width(), bounds.width()),
                              piece.height());
            if (area->verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
                piece.setRect(piece.x(), 0, piece.width(),
                              std::min(piece.height(), bounds.height()));
        }
        if (!bounds.contains(piece))
            return {up, (bounds & piece).size()};
    }
    return {};
}

struct Fit {
    const QWidget *widget;
    QString text;
    /// The horizontal span the text needs and the span it gets, in the widget's coordinates.
    int neededLeft, neededRight, roomLeft, roomRight;
    /// Word-wrapped labels: the height the text needs at the label's width, and the height.
    int neededHeight = 0, height = 0;
    /// Word-wrapped labels lay their text out across their whole width: all of it must show.
    bool wholeWidth = false;
};

QString report(const Fit &fit, const QString &problem)
{
    return QStringLiteral("%1 (%2) \"%3\": %4")
        .arg(nameOf(fit.widget), QString::fromLatin1(fit.widget->metaObject()->className()),
             fit.text.left(90), problem);
}

// What each kind of widget needs to show its text, and the room it has, the way it lays the
// text out and draws it (Qt 6.4; QCommonStyle, Fusion and the style-sheet style all go
// through the same style calls for these).
std::optional<Fit> fitOf(const QWidget *widget)
{
    const QFontMetrics metrics = widget->fontMetrics();
    const QRect all = widget->rect();
    const auto span = [](int left, int width) { return std::pair{left, left + width}; };

    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        if (label->text().isEmpty())
            return std::nullopt; // a picture or nothing
        Fit fit{widget, label->text(), 0, 0, 0, 0};
        const bool rich =
            label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        if (label->wordWrap()) {
            // QLabel breaks the text at its width; it needs at least the width that breaks at
            // every opportunity (minimumSizeHint: its longest word, or a table's narrowest
            // layout) and the height heightForWidth() gives for its width.
            fit.neededRight = label->minimumSizeHint().width();
            fit.roomRight = all.width();
            fit.neededHeight = label->heightForWidth(all.width());
            fit.height = all.height();
            fit.wholeWidth = true;
            return fit;
        }
        const QRect room = label->contentsRect().adjusted(label->margin(), label->margin(),
                                                          -label->margin(), -label->margin());
        int width = 0;
        if (rich) {
            // Markup has no advance to measure; the label's own document layout says how wide
            // it is (sizeHint: the document's size plus margins), unwrapped.
            width = label->sizeHint().width() - (all.width() - room.width());
        } else {
            width = widestLine(metrics,
                               label->buddy() ? withoutMnemonic(label->text()) : label->text());
        }
        int left = room.left();
        const Qt::Alignment align =
            QStyle::visualAlignment(label->layoutDirection(), label->alignment());
        if (label->indent() > 0 && (align & Qt::AlignLeft))
            left += label->indent();
        if (align & Qt::AlignRight)
            left = room.right() + 1 - width - std::max(0, label->indent());
        else if (align & Qt::AlignHCenter)
            left = room.left() + (room.width() - width) / 2;
        std::tie(fit.neededLeft, fit.neededRight) = span(left, width);
        fit.roomLeft = room.left();
        fit.roomRight = room.right() + 1;
        return fit;
    }

    if (const auto *button = qobject_cast<const QPushButton *>(widget)) {
        if (button->text().isEmpty())
            return std::nullopt;
        const QStyleOptionButton o = PushButtonPeek::option(button);
        // CE_PushButton draws the label centred in SE_PushButtonContents, after the icon and
        // before the menu indicator.
        QRect room = button->style()->subElementRect(QStyle::SE_PushButtonContents, &o, button);
        if (!o.icon.isNull())
            room.setLeft(room.left() + o.iconSize.width() + kIconTextGap);
        if (o.features & QStyleOptionButton::HasMenu)
            room.setRight(room.right() -
                          button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &o, button));
        const int width = metrics.horizontalAdvance(withoutMnemonic(button->text()));
        Fit fit{widget, button->text(), 0, 0, room.left(), room.right() + 1};
        std::tie(fit.neededLeft, fit.neededRight) =
            span(room.left() + (room.width() - width) / 2, width);
        return fit;
    }

    if (qobject_cast<const QCheckBox *>(widget) || qobject_cast<const QRadioButton *>(widget)) {
        const auto *button = static_cast<const QAbstractButton *>(widget);
        if (button->text().isEmpty())
            return std::nullopt;
        const bool check = qobject_cast<const QCheckBox *>(widget);
        const QStyleOptionButton o =
            check ? CheckBoxPeek::option(static_cast<const QCheckBox *>(widget))
                  : RadioButtonPeek::option(static_cast<const QRadioButton *>(widget));
        // The label is drawn left-aligned in the contents rectangle beside the indicator.
        QRect room = button->style()->subElementRect(
            check ? QStyle::SE_CheckBoxContents : QStyle::SE_RadioButtonContents, &o, button);
        if (!o.icon.isNull())
            room.setLeft(room.left() + o.iconSize.width() + kIconTextGap);
        const int width = metrics.horizontalAdvance(withoutMnemonic(button->text()));
        Fit fit{widget, button->text(), 0, 0, room.left(), room.right() + 1};
        std::tie(fit.neededLeft, fit.neededRight) = span(room.left(), width);
        return fit;
    }

    if (const auto *button = qobject_cast<const QToolButton *>(widget)) {
        const QStyleOptionToolButton o = ToolButtonPeek::option(button);
        const bool arrow = o.features & QStyleOptionToolButton::Arrow;
        // As QCommonStyle's CE_ToolButtonLabel decides: text alone (centred) when asked for,
        // or when there is neither icon nor arrow; else the text left-aligned beside them.
        const bool textOnly = o.toolButtonStyle == Qt::ToolButtonTextOnly ||
                              (!arrow && o.icon.isNull() && !o.text.isEmpty());
        if (o.text.isEmpty() || (!textOnly && o.toolButtonStyle == Qt::ToolButtonIconOnly))
            return std::nullopt;
        // CC_ToolButton hands the label the button part inside the frame.
        const int frame = button->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &o, button);
        QRect room = button->style()
                         ->subControlRect(QStyle::CC_ToolButton, &o, QStyle::SC_ToolButton, button)
                         .adjusted(frame, frame, -frame, -frame);
        const int width = metrics.size(Qt::TextShowMnemonic, o.text).width();
        Fit fit{widget, o.text, 0, 0, 0, 0};
        if (textOnly) {
            std::tie(fit.neededLeft, fit.neededRight) =
                span(room.left() + (room.width() - width) / 2, width);
        } else if (o.toolButtonStyle == Qt::ToolButtonTextUnderIcon) {
            std::tie(fit.neededLeft, fit.neededRight) =
                span(room.left() + (room.width() - width) / 2, width);
        } else {
            const int picture = arrow ? o.iconSize.width() : o.icon.actualSize(o.iconSize).width();
            room.setLeft(room.left() + picture + kIconTextGap);
            std::tie(fit.neededLeft, fit.neededRight) = span(room.left(), width);
        }
        fit.roomLeft = room.left();
        fit.roomRight = room.right() + 1;
        return fit;
    }

    if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
        if (combo->isEditable() || combo->currentText().isEmpty())
            return std::nullopt; // an editable one shows its text in its line edit
        const QStyleOptionComboBox o = ComboBoxPeek::option(combo);
        // CE_ComboBoxLabel: the current text in the edit field, 1 px in from either side,
        // after the current item's icon.
        QRect room = combo->style()->subControlRect(QStyle::CC_ComboBox, &o,
                                                    QStyle::SC_ComboBoxEditField, combo);
        room.adjust(1, 0, -1, 0);
        if (!o.currentIcon.isNull())
            room.setLeft(room.left() + o.iconSize.width() + kIconTextGap);
        const int width = metrics.horizontalAdvance(o.currentText);
        Fit fit{widget, o.currentText, 0, 0, room.left(), room.right() + 1};
        std::tie(fit.neededLeft, fit.neededRight) = span(room.left(), width);
        return fit;
    }

    if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
        if (edit->placeholderText().isEmpty())
            return std::nullopt;
        // QLineEdit::paintEvent elides the placeholder to this rectangle. The elision is Qt's
        // fallback, not a choice of ours: a cut placeholder no longer says what to type, so it
        // counts as cut. The placeholder shows only while the field is empty, when the clear
        // button (a fading side widget) takes no room; any other side widget does.
        const QStyleOptionFrame o = LineEditPeek::option(edit);
        QRect room = edit->style()->subElementRect(QStyle::SE_LineEditContents, &o, edit);
        room = room.marginsRemoved(edit->textMargins());
        room.adjust(kLineEditTextMargin, 0, -kLineEditTextMargin, 0);
        for (const QToolButton *side :
             edit->findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly)) {
            const bool clear =
                side->defaultAction() &&
                side->defaultAction()->objectName() == QLatin1String("_q_qlineeditclearaction");
            if (!clear && side->isVisibleTo(edit)) {
                if (side->x() < edit->width() / 2)
                    room.setLeft(std::max(room.left(), side->geometry().right() + 1));
                else
                    room.setRight(std::min(room.right(), side->x() - 1));
            }
        }
        const int width = metrics.horizontalAdvance(edit->placeholderText());
        Fit fit{widget, edit->placeholderText(), 0, 0, room.left(), room.right() + 1};
        std::tie(fit.neededLeft, fit.neededRight) = span(room.left(), width);
        return fit;
    }

    if (const auto *group = qobject_cast<const QGroupBox *>(widget)) {
        if (group->title().isEmpty())
            return std::nullopt;
        // The style places the title (Fusion: in bold, with a check box if checkable) and
        // draws it there without clipping to the box: it must lie inside the box.
        const QStyleOptionGroupBox o = GroupBoxPeek::option(group);
        const QRect title = group->style()->subControlRect(QStyle::CC_GroupBox, &o,
                                                           QStyle::SC_GroupBoxLabel, group);
        return Fit{widget, group->title(), title.left(), title.right() + 1, 0, all.width()};
    }
    return std::nullopt;
}

/// Every visible widget under `root` whose text does not fit, one line each.
QStringList cutTexts(QWidget &root)
{
    QStringList problems;
    QList<QWidget *> widgets = root.findChildren<QWidget *>();
    widgets.prepend(&root);
    for (const QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible())
            continue;
        // A tool bar too short for its tools hides the last ones behind its "»" button.
        if (const auto *bar = qobject_cast<const QToolBar *>(widget)) {
            for (QAction *action : bar->actions()) {
                const QWidget *button = bar->widgetForAction(action);
                if (action->isVisible() && !action->isSeparator() && button && !button->isVisible())
                    problems << QStringLiteral("%1 (QToolBar) \"%2\": in the overflow menu, the "
                                               "bar is %3 px wide and needs %4")
                                    .arg(nameOf(bar), withoutMnemonic(action->text()))
                                    .arg(bar->width())
                                    .arg(bar->sizeHint().width());
            }
            continue;
        }
        const std::optional<Fit> fit = fitOf(widget);
        if (!fit)
            continue;
        if (fit->neededLeft < fit->roomLeft || fit->neededRight > fit->roomRight) {
            problems << report(*fit, QStringLiteral("needs %1 px wide, has %2")
                                         .arg(fit->neededRight - fit->neededLeft)
                                         .arg(std::min(fit->neededRight, fit->roomRight) -
                                              std::max(fit->neededLeft, fit->roomLeft)));
            continue;
        }
        if (fit->neededHeight > fit->height) {
            problems << report(*fit, QStringLiteral("needs %1 px high at %2 px wide, has %3")
                                         .arg(fit->neededHeight)
                                         .arg(widget->width())
                                         .arg(fit->height));
            continue;
        }
        // The text fits the widget; the widget's ancestors must let it show.
        const QRect text =
            fit->wholeWidth
                ? QRect(0, 0, widget->width(), fit->neededHeight)
                : QRect(fit->neededLeft, 0, fit->neededRight - fit->neededLeft, widget->height());
        if (const Shown shown = shownPart(widget, text); shown.cutBy)
            problems << report(*fit, QStringLiteral("needs %1 x %2 px, %3 x %4 px of it show "
                                                    "(cut by %5)")
                                         .arg(text.width())
                                         .arg(text.height())
                                         .arg(std::max(0, shown.seen.width()))
                                         .arg(std::max(0, shown.seen.height()))
                                         .arg(nameOf(shown.cutBy)));
    }
    return problems;
}

// Texts a person can read on the window, each with where it is: labels (their plain text, and
// each line of it), buttons, every choice of a combo box, placeholders, group box titles, dock
// titles, the status bar, the window title and the menus (shown once opened).
std::vector<std::pair<QString, QString>> readableTexts(QMainWindow &window)
{
    std::vector<std::pair<QString, QString>> texts;
    const auto add = [&](const QString &where, const QString &text) {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            return;
        texts.emplace_back(where, trimmed);
        texts.emplace_back(where, withoutMnemonic(trimmed));
        const QStringList lines = trimmed.split(
            QRegularExpression(QStringLiteral("[\\n\\x{2028}\\x{2029}]")), Qt::SkipEmptyParts);
        if (lines.size() > 1)
            for (const QString &line : lines)
                texts.emplace_back(where, line.trimmed());
    };
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        const QString where = nameOf(widget);
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            const bool rich =
                label->textFormat() == Qt::RichText ||
                (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            add(where, label->text());
            if (rich)
                add(where, QTextDocumentFragment::fromHtml(label->text()).toPlainText());
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            add(where, button->text());
        } else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(where, combo->itemText(i));
        } else if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
            add(where, edit->placeholderText());
        } else if (const auto *group = qobject_cast<const QGroupBox *>(widget)) {
            add(where, group->title());
        } else if (qobject_cast<const QDockWidget *>(widget)) {
            add(where, widget->windowTitle());
        } else if (const auto *status = qobject_cast<const QStatusBar *>(widget)) {
            add(where, status->currentMessage());
        }
    }
    add(QStringLiteral("window title"), window.windowTitle().remove(QStringLiteral("[*]")));
    std::function<void(const QList<QAction *> &, const QString &)> menu =
        [&](const QList<QAction *> &actions, const QString &where) {
            for (const QAction *action : actions) {
                if (!action->isVisible() || action->isSeparator())
                    continue;
                add(where, action->text());
                if (QMenu *sub = action->menu()) {
                    // As when a person opens it: some menus fill themselves then.
                    emit sub->aboutToShow();
                    menu(sub->actions(),
                         where + QStringLiteral(" > ") + withoutMnemonic(action->text()));
                }
            }
        };
    menu(window.menuBar()->actions(), QStringLiteral("menu"));
    return texts;
}

/// Texts on `window` that are English sources `catalogue` translates.
QStringList englishLeft(QMainWindow &window, const Catalogue &catalogue)
{
    QStringList found;
    for (const auto &[where, text] : readableTexts(window))
        if (const std::optional<QString> source = catalogue.sourceOf(text)) {
            const QString line =
                QStringLiteral("%1: \"%2\" (source: %3)").arg(where, text, *source);
            if (!found.contains(line))
                found << line;
        }
    return found;
}

void settle()
{
    // The planner rewords its results on a zero timer after a switch; layouts settle on posted
    // LayoutRequest events, which can post more.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// What is open on the screen. Plain: a trip planned with "More choices" open (issue 15's
// walkthrough). Busy: as well a time limit that hides a route (the note and its button), a
// what-if ticked, the camera inspector and the sources panel open.
enum class Screen { Plain, Busy };

std::unique_ptr<MainWindow> laptopWindow(const QString &language, QSize size,
                                         Screen screen = Screen::Plain)
{
    auto window = std::make_unique<MainWindow>(language);
    window->setAttribute(Qt::WA_DontShowOnScreen);
    window->resize(size);
    window->show();
    settle();
    window->setDataset(std::make_shared<const Dataset>(embeddedTrainingCity()));
    auto *planner = window->findChild<PlannerPanel *>();
    auto *more = window->findChild<QToolButton *>(QStringLiteral("optionsToggle"));
    if (!planner || !more)
        return nullptr;
    more->setChecked(true);
    if (screen == Screen::Plain) {
        if (!planner->planBetween(kFrom, kTo))
            return nullptr;
    } else {
        // station:1 to station:33: 1.5 x the fastest hides the walk (see tst_planner_gui).
        auto *budget = window->findChild<QComboBox *>(QStringLiteral("budgetCombo"));
        auto *mask = window->findChild<QCheckBox *>(QStringLiteral("maskCheck"));
        if (!budget || !mask)
            return nullptr;
        budget->setCurrentIndex(budget->findData(1.5));
        mask->setChecked(true);
        if (!planner->planBetween(QStringLiteral("station:1"), QStringLiteral("station:33")))
            return nullptr;
        window->inspector()->showCamera(window->dataset(), window->dataset()->cameras.front().id);
        for (const char *dock : {"cameraInspectorDock", "sourcesDock"})
            if (auto *found = window->findChild<QDockWidget *>(QLatin1String(dock)))
                found->show();
    }
    settle();
    return window;
}

QString listed(const QStringList &lines)
{
    return QStringLiteral("\n  ") + lines.join(QStringLiteral("\n  "));
}

// QTest cuts long failure messages: each line goes to the log before the check fails.
void logEach(const QString &context, const QStringList &lines)
{
    for (const QString &line : lines)
        qInfo().noquote() << context << line;
}

} // namespace

Q_DECLARE_METATYPE(Screen)

class TstLayoutFit : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void checksFindWhatIsCut();
    void checksFindEnglishLeft();
    void freshStart_data();
    void freshStart();
    void liveSwitch_data();
    void liveSwitch();

private:
    void checkWindow(MainWindow &window, QSize size, const QString &language, const QString &when);
    void addRows(bool english);

    QTemporaryDir m_config;
    std::map<QString, Catalogue> m_catalogues;
};

void TstLayoutFit::initTestCase()
{
    // The window reads and writes its settings (legend, language): not the user's.
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    m_catalogues = readTranslationCatalogues();
    // Hundreds of messages: a catalogue that reads as (nearly) empty was not parsed.
    for (const auto &[language, catalogue] : m_catalogues)
        QVERIFY2(catalogue.texts.size() > 500, qPrintable(language));
}

void TstLayoutFit::cleanupTestCase()
{
    installTranslations(QStringLiteral("en"));
}

// The checks must see what they are for: each kind of widget, made too small or cut by its
// parent, is reported; the same widgets given room are not.
void TstLayoutFit::checksFindWhatIsCut()
{
    const QString longText = QStringLiteral("A text far too long for forty pixels");
    QWidget window;
    window.setAttribute(Qt::WA_DontShowOnScreen);
    auto *column = new QVBoxLayout(&window);
    const auto add = [&](QWidget *w, const char *name) {
        w->setObjectName(QLatin1String(name));
        column->addWidget(w);
        return w;
    };
    add(new QLabel(longText), "narrowLabel")->setFixedWidth(40);
    add(new QLabel(QStringLiteral("<b>%1</b>").arg(longText)), "narrowRichLabel")
        ->setFixedWidth(40);
    auto *wrapped = new QLabel(longText + QLatin1Char(' ') + longText);
    wrapped->setWordWrap(true);
    add(wrapped, "shortWrappedLabel")->setFixedSize(120, 12);
    auto *word = new QLabel(QStringLiteral("Unbreakablewordthatneedsroom"));
    word->setWordWrap(true);
    add(word, "narrowWrappedLabel")->setFixedWidth(30);
    add(new QPushButton(longText), "narrowButton")->setFixedWidth(60);
    add(new QCheckBox(longText), "narrowCheck")->setFixedWidth(60);
    auto *tool = new QToolButton;
    tool->setText(longText);
    add(tool, "narrowTool")->setFixedWidth(60);
    auto *combo = new QComboBox;
    combo->addItem(longText);
    add(combo, "narrowCombo")->setFixedWidth(80);
    auto *edit = new QLineEdit;
    edit->setPlaceholderText(longText);
    add(edit, "narrowEdit")->setFixedWidth(80);
    add(new QGroupBox(longText), "narrowGroup")->setFixedWidth(60);
    // A label that fits itself, in a box that is narrower than it: cut by the box.
    auto *box = new QWidget;
    box->setObjectName(QStringLiteral("clippingBox"));
    box->setFixedSize(50, 30);
    auto *inside = new QLabel(longText, box);
    inside->setObjectName(QStringLiteral("cutByParent"));
    inside->adjustSize();
    column->addWidget(box);
    // In a scroll area that cannot scroll sideways, a label wider than the area is cut; labels
    // below its bottom edge are not, as they scroll into view.
    auto *area = new QScrollArea;
    area->setObjectName(QStringLiteral("noSidewaysScroll"));
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidgetResizable(true);
    area->setFixedSize(150, 60);
    auto *content = new QWidget;
    auto *stack = new QVBoxLayout(content);
    auto *wide = new QLabel(longText);
    wide->setObjectName(QStringLiteral("widerThanArea"));
    stack->addWidget(wide);
    for (int i = 0; i < 6; ++i)
        stack->addWidget(new QLabel(QStringLiteral("Below %1").arg(i)));
    area->setWidget(content);
    column->addWidget(area);
    // A tool bar too short for its three tools hides the last behind its "»" button.
    auto *bar = new QToolBar;
    bar->setObjectName(QStringLiteral("shortToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const QString &tool : {QStringLiteral("First tool"), QStringLiteral("Second tool"),
                                QStringLiteral("Third tool")})
        bar->addAction(tool);
    bar->setFixedWidth(bar->sizeHint().width() * 2 / 3);
    column->addWidget(bar);
    // Room enough: none of these is reported.
    add(new QLabel(QStringLiteral("Fits")), "roomyLabel");
    add(new QPushButton(QStringLiteral("&Fits")), "roomyButton");
    window.resize(900, 700);
    window.show();
    settle();

    const QStringList problems = cutTexts(window);
    logEach(QStringLiteral("found:"), problems);
    for (const char *name :
         {"narrowLabel", "narrowRichLabel", "shortWrappedLabel", "narrowWrappedLabel",
          "narrowButton", "narrowCheck", "narrowTool", "narrowCombo", "narrowEdit", "narrowGroup",
          "cutByParent", "widerThanArea", "shortToolBar"}) {
        const QString prefix = QLatin1String(name) + QLatin1Char(' ');
        QVERIFY2(std::any_of(problems.begin(), problems.end(),
                             [&](const QString &p) { return p.startsWith(prefix); }),
                 qPrintable(QLatin1String(name) + listed(problems)));
    }
    // One line per widget, two for the tool bar (the second and third tools are hidden: the
    // bar and its "»" button hold only the first).
    QCOMPARE(problems.size(), 14);
    QVERIFY(problems.filter(QStringLiteral("First tool")).isEmpty());
    QVERIFY(problems.filter(QStringLiteral("cut by clippingBox")).size() == 1);
    QVERIFY(problems.filter(QStringLiteral("Below")).isEmpty());
}

void TstLayoutFit::checksFindEnglishLeft()
{
    const Catalogue &ru = m_catalogues.at(QStringLiteral("ru"));
    // Whole sources, with or without their mnemonic, and sources with placeholders filled in.
    QVERIFY(ru.sourceOf(QStringLiteral("&Plan routes")));
    QVERIFY(ru.sourceOf(QStringLiteral("Plan routes")));
    QVERIFY(ru.sourceOf(QStringLiteral("Up to 1,5 × the fastest (50 мин)")));
    // A Russian text, and text with no English words, are not English.
    QVERIFY(!ru.sourceOf(QString::fromUtf8("Построить маршруты")));
    QVERIFY(!ru.sourceOf(QStringLiteral("12 (3)")));

    installTranslations(QStringLiteral("en"));
    auto window = laptopWindow(QStringLiteral("en"), kLaptops.front());
    QVERIFY(window);
    // In English everything is a source; a sample proves the texts are read off the window.
    const QStringList english = englishLeft(*window, ru);
    QVERIFY2(english.size() > 20, qPrintable(listed(english)));
    QVERIFY2(!english.filter(QStringLiteral("planButton")).isEmpty(), qPrintable(listed(english)));
}

void TstLayoutFit::checkWindow(MainWindow &window, QSize size, const QString &language,
                               const QString &when)
{
    const QString screen = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    const QString context = QStringLiteral("%1 %2 %3").arg(language, screen, when);
    // The window is the laptop's screen: its layout did not force it larger.
    QVERIFY2(window.size() == size,
             qPrintable(QStringLiteral("%1: the window is %2 x %3; it needs at least %4 x %5")
                            .arg(context)
                            .arg(window.width())
                            .arg(window.height())
                            .arg(window.minimumSizeHint().width())
                            .arg(window.minimumSizeHint().height())));
    auto *planner = window.findChild<PlannerPanel *>();
    QVERIFY(planner && planner->currentPlan() && planner->selectedRoute() >= 0);
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("routeDetailsDock"))->isVisible());
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("plannerOptions"))->isVisible());

    const QStringList cut = cutTexts(window);
    if (qEnvironmentVariableIsSet("BLINDSPOT_LAYOUT_SHOTS"))
        window.grab().save(
            QDir(QCoreApplication::applicationDirPath())
                .filePath(QStringLiteral("layout_%1_%2_%3.png").arg(language, screen, when)));
    logEach(context + QStringLiteral(": cut:"), cut);
    QVERIFY2(cut.isEmpty(), qPrintable(context + QStringLiteral(": text cut:") + listed(cut)));
    if (language != QLatin1String("en")) {
        const QStringList english = englishLeft(window, m_catalogues.at(language));
        logEach(context + QStringLiteral(": English:"), english);
        QVERIFY2(english.isEmpty(),
                 qPrintable(context + QStringLiteral(": left in English:") + listed(english)));
    }
}

void TstLayoutFit::addRows(bool english)
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<Screen>("screen");
    for (const QString &language : availableLanguages()) {
        if (!english && language == QLatin1String("en"))
            continue;
        for (const QSize size : kLaptops)
            for (const Screen screen : {Screen::Plain, Screen::Busy})
                QTest::addRow("%s %dx%d %s", qPrintable(language), size.width(), size.height(),
                              screen == Screen::Plain ? "plain" : "busy")
                    << language << size << screen;
    }
}

void TstLayoutFit::freshStart_data()
{
    addRows(true);
}

void TstLayoutFit::freshStart()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(Screen, screen);
    // As main() starts the program with --lang: the translation first, then the window.
    QVERIFY(installTranslations(language));
    auto window = laptopWindow(language, size, screen);
    QVERIFY(window);
    checkWindow(*window, size, language,
                screen == Screen::Plain ? QStringLiteral("fresh") : QStringLiteral("fresh-busy"));
}

void TstLayoutFit::liveSwitch_data()
{
    addRows(false);
}

void TstLayoutFit::liveSwitch()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(Screen, screen);
    QVERIFY(installTranslations(QStringLiteral("en")));
    auto window = laptopWindow(QStringLiteral("en"), size, screen);
    QVERIFY(window);
    // The Language menu's action, as a person switches.
    auto *action = window->findChild<QAction *>(QStringLiteral("language_") + language);
    QVERIFY(action);
    action->trigger();
    settle();
    QCOMPARE(window->language(), language);
    checkWindow(*window, size, language,
                screen == Screen::Plain ? QStringLiteral("switched")
                                        : QStringLiteral("switched-busy"));
    // A switch looks like a fresh start in that language: the side panels as wide, the tool
    // bars in the same rows (issue 15 saw the English widths kept after a switch). Heights of
    // docks stacked on one side follow their splitter, which a language does not move.
    {
        QVERIFY(installTranslations(language)); // as the switch left them
        const auto fresh = laptopWindow(language, size, screen);
        QVERIFY(fresh);
        for (const char *name : {"plannerDock", "routeDetailsDock", "cameraInspectorDock",
                                 "mapToolBar", "editToolBar"}) {
            const auto *switched = window->findChild<QWidget *>(QLatin1String(name));
            const auto *started = fresh->findChild<QWidget *>(QLatin1String(name));
            QVERIFY(switched && started);
            QCOMPARE(switched->isVisible(), started->isVisible());
            if (!started->isVisible())
                continue;
            const bool dock = qobject_cast<const QDockWidget *>(started);
            const auto same = [dock](const QRect &a, const QRect &b) {
                return dock ? a.x() == b.x() && a.width() == b.width() : a == b;
            };
            QVERIFY2(same(switched->geometry(), started->geometry()),
                     qPrintable(QStringLiteral("%1: at %2,%3, %4 x %5 px after the switch; at "
                                               "%6,%7, %8 x %9 px on a fresh start")
                                    .arg(QLatin1String(name))
                                    .arg(switched->x())
                                    .arg(switched->y())
                                    .arg(switched->width())
                                    .arg(switched->height())
                                    .arg(started->x())
                                    .arg(started->y())
                                    .arg(started->width())
                                    .arg(started->height())));
        }
    }
    // And back: the English words fit where the longer ones were.
    window->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    settle();
    checkWindow(*window, size, QStringLiteral("en"),
                screen == Screen::Plain ? QStringLiteral("switched-back")
                                        : QStringLiteral("switched-back-busy"));
}

QTEST_MAIN(TstLayoutFit)
#include "tst_layout_fit.moc"
