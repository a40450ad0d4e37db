#include "gui/planner/route_details.h"

#include "gui/shell/accessibility.h"
#include "common/alternative_text.h"
#include "gui/planner/exposure_chart.h"
#include "gui/planner/icon_array.h"
#include "common/risk_wording.h"
#include "gui/planner/route_overlay.h"
#include "common/route_text.h"
#include "gui/planner/walking_steps_html.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <algorithm>

namespace blindspot {

namespace {

// Causes listed per step; the rest are in the step's total.
constexpr std::size_t kSourcesPerStep = 3;
// Cameras listed for a recorded path; the rest are counted.
constexpr std::size_t kCamerasListed = 50;

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

// A numbered chokepoint marker as inline rich text, matching the map's.
QString markerHtml(int number)
{
    return QStringLiteral("<span style=\"background-color:#232323; color:#ffffff; "
                          "font-weight:bold;\">&nbsp;%1&nbsp;</span>")
        .arg(QLocale().toString(number));
}

QString swatchHtml(const QColor &colour, bool dashed)
{
    // A walk is drawn dashed on the map: two short blocks here, one long block for the metro.
    const QString block = QStringLiteral("<span style=\"background-color:%1;\">&nbsp;&nbsp;</span>")
                              .arg(colour.name());
    return dashed
               ? block + QStringLiteral("&nbsp;") + block
               : QStringLiteral(
                     "<span style=\"background-color:%1;\">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span>")
                     .arg(colour.name());
}

QString noDataTag()
{
    return QStringLiteral(
               "<span style=\"background-color:#e3e3e3; color:#333333;\">&nbsp;%1&nbsp;</span>")
        .arg(html(RouteDetails::tr("no data")));
}

// Text a keyboard or screen-reader user reaches with Tab, reads (a label's accessible name is
// its text) and can select: the details are a document to step through, not only to look at.
void makeReadable(QLabel *label)
{
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    label->setProperty("readable", true);
}

QString plainText(const QString &richText)
{
    return QTextDocumentFragment::fromHtml(richText).toPlainText().trimmed();
}

// A heading of the document: bold, a Tab stop, and a heading to a screen reader.
QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    makeReadable(label);
    markAsHeading(label);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    label->setWordWrap(true);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

} // namespace

RouteDetails::RouteDetails(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("routeDetails"));
    // The focus is always seen on the text it reads: a frame that is there, unseen, before.
    setStyleSheet(QStringLiteral(
        "QLabel[readable=\"true\"] { border: 2px solid transparent; border-radius: 3px; }"
        "QLabel[readable=\"true\"]:focus { border: 2px solid #0072b2; background: #eef5fb; }"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #4d4d4d;"));
    outer->addWidget(m_empty);

    m_content = new QWidget(this);
    auto *column = new QVBoxLayout(m_content);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(6);
    outer->addWidget(m_content);
    outer->addStretch();

    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    markAsHeading(m_title);
    column->addWidget(m_title);
    m_trackNote = new QLabel(m_content);
    m_trackNote->setObjectName(QStringLiteral("trackNote"));
    m_trackNote->setWordWrap(true);
    m_trackNote->setStyleSheet(QStringLiteral(
        "background: #eef3f7; color: #1d2b36; border-left: 4px solid #0072b2; padding: 3px 6px;"));
    column->addWidget(m_trackNote);

    auto *risk = new QHBoxLayout;
    m_icons = new IconArray(m_content);
    risk->addWidget(m_icons, 0, Qt::AlignTop);
    m_likelihood = new QLabel(m_content);
    m_likelihood->setWordWrap(true);
    risk->addWidget(m_likelihood, 1);
    column->addLayout(risk);

    m_reference = new QLabel(m_content);
    m_reference->setWordWrap(true);
    m_reference->setStyleSheet(QStringLiteral("color: #4d4d4d;"));
    column->addWidget(m_reference);
    m_evidence = new QLabel(m_content);
    m_evidence->setObjectName(QStringLiteral("detailsEvidence"));
    m_evidence->setWordWrap(true);
    m_evidence->setStyleSheet(QStringLiteral(
        "background: #ececec; color: #3d3d3d; border-left: 4px solid #9a9a9a; padding: 3px 6px;"));
    column->addWidget(m_evidence);
    // The figures that do not saturate: looks, checkpoints, time in view (model v2).
    m_figures = new QLabel(m_content);
    m_figures->setObjectName(QStringLiteral("detailsFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::RichText);
    column->addWidget(m_figures);

    m_summary = new QLabel(m_content);
    m_summary->setObjectName(QStringLiteral("riskSummary"));
    m_summary->setWordWrap(true);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    m_summary->setContentsMargins(0, 6, 0, 0);
    column->addWidget(m_summary);

    m_chart = new ExposureChart(m_content);
    column->addWidget(m_chart);
    m_trackCameras = new QLabel(m_content);
    m_trackCameras->setObjectName(QStringLiteral("trackCameras"));
    m_trackCameras->setTextFormat(Qt::RichText);
    m_trackCameras->setWordWrap(true);
    column->addWidget(m_trackCameras);

    m_actions = new QWidget(m_content);
    auto *actionsColumn = new QVBoxLayout(m_actions);
    actionsColumn->setContentsMargins(0, 0, 0, 0);
    m_actionsHeading = heading(m_actions);
    actionsColumn->addWidget(m_actionsHeading);
    m_actionList = new QVBoxLayout;
    m_actionList->setSpacing(8);
    actionsColumn->addLayout(m_actionList);
    column->addWidget(m_actions);

    m_stepsHeading = heading(m_content);
    column->addWidget(m_stepsHeading);
    m_steps = new QWidget(m_content);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_stepList = new QVBoxLayout(m_steps);
    m_stepList->setContentsMargins(0, 0, 0, 0);
    m_stepList->setSpacing(2);
    column->addWidget(m_steps);
    m_mapKey = new QLabel(m_content);
    m_mapKey->setTextFormat(Qt::RichText);
    m_mapKey->setWordWrap(true);
    m_mapKey->setStyleSheet(QStringLiteral("color: #4d4d4d;"));
    column->addWidget(m_mapKey);

    m_notesHeading = heading(m_content);
    column->addWidget(m_notesHeading);
    m_notes = new QLabel(m_content);
    m_notes->setObjectName(QStringLiteral("generalNotes"));
    m_notes->setTextFormat(Qt::RichText);
    m_notes->setWordWrap(true);
    column->addWidget(m_notes);
    m_methodology = new QPushButton(m_content);
    m_methodology->setObjectName(QStringLiteral("methodologyButton"));
    connect(m_methodology, &QPushButton::clicked, this, &RouteDetails::methodologyRequested);
    column->addWidget(m_methodology, 0, Qt::AlignLeft);
    for (QLabel *text : {m_empty, m_title, m_trackNote, m_likelihood, m_reference, m_evidence,
                         m_figures, m_summary, m_trackCameras, m_mapKey, m_notes})
        makeReadable(text);
    retranslateUi();
    clear();
}

QSize RouteDetails::sizeHint() const
{
    return {minimumSizeHint().width(), QWidget::sizeHint().height()};
}

void RouteDetails::retranslateUi()
{
    m_empty->setText(tr("Plan a trip and choose one of its routes: this shows where on the "
                        "route the risk is, and what would lower it."));
    m_actionsHeading->setText(tr("What you can do"));
    m_stepsHeading->setText(tr("Step by step"));
    const auto &palette = RouteOverlay::palette();
    m_mapKey->setText(
        tr("On the map, each step's colour shows its own chance, from %1 lower to %2 higher; "
           "%3 walking is dashed; %4 grey stripes: no data (estimate from assumptions); "
           "%5 where most of the risk is.")
            .arg(swatchHtml(palette.front(), false), swatchHtml(palette.back(), false),
                 swatchHtml(palette[2], true), noDataTag(), markerHtml(1)));
    m_notesHeading->setText(tr("Whatever the route"));
    QStringList items;
    for (const QString &note : generalNotes())
        items << QStringLiteral("<li>%1</li>").arg(html(note));
    m_notes->setText(
        QStringLiteral("<ul style=\"margin-left:-20px\">%1</ul>").arg(items.join(QString())));
    m_methodology->setText(tr("How these numbers are made…"));
    m_trackNote->setText(tr("This is the path in the file, as it was walked: Blindspot did not "
                            "plan it and does not suggest it. Planning a trip replaces it."));
}

void RouteDetails::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The route itself is worded from the plan: the planner shows it again.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void RouteDetails::clear()
{
    m_alternatives.clear();
    while (QLayoutItem *item = m_actionList->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    while (QLayoutItem *item = m_stepList->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    m_chart->clear();
    m_trackCameras->clear();
    // What a planned route shows; a recorded path hides its steps, chart and actions.
    for (QWidget *planned : std::initializer_list<QWidget *>{m_chart, m_stepsHeading, m_steps})
        planned->show();
    m_trackNote->hide();
    m_trackCameras->hide();
    m_content->hide();
    m_empty->show();
    setFocusProxy(m_empty);
}

void RouteDetails::showChance(const Route &route, const QString &profile,
                              const QString &firstFigure, const RouteText &text)
{
    m_icons->setHazard(route.hazard);
    m_likelihood->setText(QStringLiteral("<b>%1</b><br>%2")
                              .arg(html(RiskWording::identifiedIn(route.probability())),
                                   html(RiskWording::wordWithRange(route.hazard))));
    m_reference->setText(RiskWording::referenceClass(profile));
    m_evidence->setText(RiskWording::evidenceLabel(route.assumedShare));
    QStringList figures;
    if (!firstFigure.isEmpty())
        figures << QStringLiteral("<li>%1</li>").arg(html(firstFigure));
    for (const QString &line : RouteText::figureLines(route.figures))
        figures << QStringLiteral("<li>%1</li>").arg(html(line));
    QString figuresHtml = QStringLiteral("<ul style=\"margin-left:-20px\">%1</ul>")
                              .arg(figures.join(QString()));
    if (const QString note = text.mapContextNote(); !note.isEmpty())
        figuresHtml += QStringLiteral("<p><i>%1</i></p>").arg(html(note));
    m_figures->setText(figuresHtml);
}

void RouteDetails::setTrack(const RoutePlanner::TrackExposure &track, const QString &profile,
                            bool outsideMap, const RouteText &text)
{
    clear();
    const Route &route = track.route;
    m_title->setText(tr("A recorded walk, as walked"));
    m_trackNote->show();
    showChance(route, profile, RouteText::walkedPath(route), text);
    m_summary->setText(tr("Cameras that have this walk in view"));
    if (track.views.empty()) {
        m_trackCameras->setText(html(RouteText::noCameraInView(outsideMap)));
    } else {
        // A long track can pass hundreds of cameras; the first ones met are listed, the rest
        // counted (all of them are in the figures above).
        QStringList items;
        for (std::size_t i = 0; i < track.views.size() && i < kCamerasListed; ++i)
            items << QStringLiteral("<li>%1</li>")
                         .arg(html(text.cameraView(track.views[i], track.walkSpeedMps)));
        QString list = QStringLiteral("<ol style=\"margin-left:-20px\">%1</ol>")
                           .arg(items.join(QString()));
        if (track.views.size() > kCamerasListed)
            list += QStringLiteral("<p>%1</p>")
                        .arg(html(tr("… and %n more (all are counted in the figures above).",
                                     nullptr, int(track.views.size() - kCamerasListed))));
        m_trackCameras->setText(list);
    }
    m_trackCameras->show();
    for (QWidget *planned : std::initializer_list<QWidget *>{m_chart, m_stepsHeading, m_steps})
        planned->hide();
    m_actions->hide();
    m_empty->hide();
    m_content->show();
    orderTabStops({}, {});
}

QString RouteDetails::summaryText() const
{
    return m_summary->text();
}

void RouteDetails::setRoute(const Plan &plan, std::size_t index,
                            std::vector<Alternative> alternatives, const RouteText &text)
{
    clear();
    if (index >= plan.routes.size())
        return;
    const Route &route = plan.routes[index];
    m_alternatives = std::move(alternatives);

    m_title->setText(tr("Route %1 of %2: %3")
                         .arg(QLocale().toString(int(index) + 1),
                              QLocale().toString(int(plan.routes.size())),
                              RouteText::duration(route.durationSeconds)));
    showChance(route, plan.conditions.profile, QString(), text);
    m_summary->setText(riskSummary(route, text));
    m_chart->setRoute(route);
    const QList<QWidget *> steps = showSteps(route, text);

    // Chokepoint actions first, numbered as on the map; what-ifs last, under their warning; what
    // does not help in one closing sentence.
    const std::vector<int> numbers = RouteOverlay::chokepointNumbers(route);
    const AlternativeText::Suggestions suggestions =
        AlternativeText::suggestions(m_alternatives, plan, route, text);
    bool whatIfHeading = false;
    QList<QWidget *> buttons;
    for (const auto &[i, action] : suggestions.listed) {
        const Alternative &a = m_alternatives[i];
        if (action.whatIf && !whatIfHeading) {
            // Marked before it has text: a screen reader asks about a label as its text is set.
            auto *label = new QLabel(m_actions);
            markAsHeading(label);
            label->setText(AlternativeText::whatIfHeading());
            QFont font = label->font();
            font.setBold(true);
            label->setFont(font);
            label->setContentsMargins(0, 6, 0, 0);
            // Wraps: unwrapped, the Russian heading alone widened the panel past a 1280-pixel
            // screen and cut every line of the details at its right edge.
            label->setWordWrap(true);
            makeReadable(label);
            m_actionList->addWidget(label);
            buttons << label; // read in its place among the actions
            whatIfHeading = true;
        }
        auto *row = new QWidget(m_actions);
        row->setObjectName(QStringLiteral("actionRow"));
        row->setProperty("alternative", static_cast<int>(i));
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(row);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        const bool atChokepoint =
            a.leg < numbers.size() && numbers[a.leg] > 0 &&
            (a.kind == Alternative::Kind::OtherEntrance ||
             a.kind == Alternative::Kind::AvoidStation || a.kind == Alternative::Kind::AvoidLine ||
             a.kind == Alternative::Kind::MetroOnly);
        QString textHtml =
            atChokepoint ? markerHtml(numbers[a.leg]) + QStringLiteral(" ") : QString();
        textHtml += QStringLiteral("<b>%1</b><br>%2").arg(html(action.what), html(action.effect));
        if (!action.evidence.isEmpty())
            textHtml += QStringLiteral("<br><span style=\"color:#4d4d4d\">%1</span>")
                            .arg(html(action.evidence));
        label->setText(textHtml);
        layout->addWidget(label, 1);
        if (a.route && action.helps) {
            auto *apply = new QPushButton(action.whatIf ? tr("Try") : tr("Plan this way"), row);
            apply->setObjectName(QStringLiteral("applyAlternative"));
            apply->setToolTip(tr("Plan again with this change"));
            // Several rows have the same button: its name says which change it plans with.
            apply->setAccessibleName(action.whatIf ? tr("Try: %1").arg(action.what)
                                                   : tr("Plan this way: %1").arg(action.what));
            // What it would change, which the row says beside the button.
            apply->setAccessibleDescription(action.effect);
            const int chosen = static_cast<int>(i);
            connect(apply, &QPushButton::clicked, this,
                    [this, chosen] { emit alternativeChosen(chosen); });
            buttons << apply;
            layout->addWidget(apply, 0, Qt::AlignTop);
        }
        m_actionList->addWidget(row);
    }
    if (!suggestions.alsoTried.isEmpty()) {
        auto *label = new QLabel(suggestions.alsoTried, m_actions);
        label->setObjectName(QStringLiteral("alsoTried"));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #4d4d4d;"));
        label->setContentsMargins(0, 4, 0, 0);
        m_actionList->addWidget(label);
    }
    m_actions->setVisible(!m_alternatives.empty());
    m_empty->hide();
    m_content->show();
    orderTabStops(buttons, steps);
}

QList<QWidget *> RouteDetails::showSteps(const Route &route, const RouteText &text)
{
    QList<QWidget *> steps;
    const std::vector<int> numbers = RouteOverlay::chokepointNumbers(route);
    const QLocale locale;
    const int count = int(route.legs.size());
    QFont bold = font();
    bold.setBold(true);
    // The numbers in one column, as wide as the widest of them.
    const int numberWidth =
        QFontMetrics(bold).horizontalAdvance(locale.toString(count) + QLatin1Char('.'));
    for (int i = 0; i < count; ++i) {
        const RouteLeg &leg = route.legs[std::size_t(i)];
        auto *row = new QWidget(m_steps);
        row->setObjectName(QStringLiteral("stepRow"));
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(4);
        auto *swatch = new QLabel(row);
        swatch->setTextFormat(Qt::RichText);
        swatch->setText(swatchHtml(RouteOverlay::colourFor(probabilityOf(leg.hazard.central)),
                                   leg.kind == LegKind::Walk));
        swatch->setContentsMargins(0, 3, 0, 0); // level with the step's first line
        layout->addWidget(swatch, 0, Qt::AlignTop);
        auto *number = new QLabel(locale.toString(i + 1) + QLatin1Char('.'), row);
        number->setFont(bold);
        number->setMinimumWidth(numberWidth);
        number->setContentsMargins(0, 2, 0, 0);
        layout->addWidget(number, 0, Qt::AlignTop);
        auto *step = new QLabel(row);
        step->setObjectName(QStringLiteral("stepText"));
        step->setTextFormat(Qt::RichText);
        step->setWordWrap(true);
        step->setText(stepHtml(route, std::size_t(i), text, numbers));
        makeReadable(step);
        step->setAccessibleName(
            tr("Step %1 of %2: %3")
                .arg(locale.toString(i + 1), locale.toString(count), plainText(step->text())));
        layout->addWidget(step, 1);
        m_stepList->addWidget(row);
        steps << step;
    }
    return steps;
}

void RouteDetails::orderTabStops(const QList<QWidget *> &actions, const QList<QWidget *> &steps)
{
    // Reading order: what the route is and how likely, what to do, each step, then what holds
    // for every trip. Rows made for this route would otherwise come after everything else.
    QList<QWidget *> order{m_title,    m_trackNote, m_likelihood, m_reference,
                           m_evidence, m_figures,   m_summary};
    // The headings of the parts a route has come before them (a screen reader also jumps
    // between headings); a recorded path has no actions and no steps.
    if (!actions.isEmpty())
        order << m_actionsHeading << actions;
    if (!steps.isEmpty())
        order << m_stepsHeading << steps;
    order << m_trackCameras << m_mapKey << m_notesHeading << m_notes << m_methodology;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    // Focus given to the details (Enter on the map) starts at their title.
    setFocusProxy(m_title);
}

QString RouteDetails::riskSummary(const Route &route, const RouteText &text)
{
    if (route.hazard.high <= 0.0)
        return tr("No camera on this route is known or assumed to identify people. That is not a "
                  "promise: the map may be incomplete.");
    std::vector<std::size_t> chokepoints;
    for (std::size_t i = 0; i < route.legs.size(); ++i)
        if (route.legs[i].chokepoint)
            chokepoints.push_back(i);
    std::sort(chokepoints.begin(), chokepoints.end(), [&](std::size_t a, std::size_t b) {
        return route.legs[a].hazard.central > route.legs[b].hazard.central;
    });
    switch (chokepoints.size()) {
    case 0:
        return tr("No single step stands out: the risk is spread over the whole trip.");
    case 1:
        return tr("Most of the risk is at %1.").arg(text.riskPlace(route.legs[chokepoints[0]]));
    case 2:
        return tr("Most of the risk is at %1 and at %2.")
            .arg(text.riskPlace(route.legs[chokepoints[0]]),
                 text.riskPlace(route.legs[chokepoints[1]]));
    default:
        return tr("Most of the risk is at %1, at %2 and at %3.")
            .arg(text.riskPlace(route.legs[chokepoints[0]]),
                 text.riskPlace(route.legs[chokepoints[1]]),
                 text.riskPlace(route.legs[chokepoints[2]]));
    }
}

QString RouteDetails::stepHtml(const Route &route, std::size_t index, const RouteText &text,
                               const std::vector<int> &chokepointNumbers)
{
    const RouteLeg &leg = route.legs[index];
    const QLocale locale;
    const double p = probabilityOf(leg.hazard.central);
    const auto [low, high] = RiskWording::rangeOutOfTen(leg.hazard);
    QString cell =
        QStringLiteral("<b>%1</b> (%2)")
            .arg(html(text.legText(leg)), html(RouteText::duration(leg.durationSeconds)));
    cell += walkingStepsHtml(route, index, text);
    if (index < chokepointNumbers.size() && chokepointNumbers[index] > 0)
        cell +=
            QStringLiteral("<br>%1 <b>%2</b>")
                .arg(markerHtml(chokepointNumbers[index]), html(tr("Most of the risk is here.")));
    if (leg.hazard.high > 0.0) {
        cell += QStringLiteral("<br>") + html(tr("This step alone: %1 (%2-%3 of 10).")
                                                  .arg(RiskWording::frequency(p))
                                                  .arg(low)
                                                  .arg(high));
        QStringList causes;
        for (std::size_t k = 0; k < leg.sources.size() && k < kSourcesPerStep; ++k) {
            const HazardSource &s = leg.sources[k];
            QString cause = html(tr("%1: %2").arg(
                text.sourceText(s), RiskWording::frequency(probabilityOf(s.hazard.central))));
            if (s.assumed)
                cause += QLatin1Char(' ') + noDataTag();
            causes << cause;
        }
        if (leg.sources.size() > kSourcesPerStep)
            causes << html(
                tr("and %1 more").arg(locale.toString(int(leg.sources.size() - kSourcesPerStep))));
        if (!causes.isEmpty())
            cell +=
                QStringLiteral("<br><span style=\"color:#4d4d4d\">%1</span>")
                    .arg(html(tr("From:")) + QLatin1Char(' ') + causes.join(QStringLiteral("; ")));
    } else {
        cell += QStringLiteral("<br><span style=\"color:#4d4d4d\">%1</span>")
                    .arg(html(tr("No known or assumed face-recognition camera on this step.")));
    }
    return cell;
}

QStringList RouteDetails::generalNotes()
{
    return {
        tr("Leave the phone at home or switched off: operators hand over location data "
           "(moderate evidence). Print the route card instead, and agree beforehand how you "
           "would call for help."),
        tr("Do not use Face Pay: it links your photo, bank card and Troika card. It does not stop "
           "face recognition: the turnstile cameras see you anyway."),
        tr("Metro Wi-Fi asks for your phone number or Gosuslugi account: using it ties the trip "
           "to you."),
        tr("If you are detained, OVD-Info (ovd.info) gives free legal help. Write their hotline "
           "number on the printed card."),
        tr("No route is safe: a low number is not a promise. The map can miss cameras, and the "
           "model has limits the methodology describes."),
    };
}

} // namespace blindspot
