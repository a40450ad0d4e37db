#include "gui/planner/route_cards.h"

#include "common/alternative_text.h"

#include "gui/shell/accessibility.h"
#include "gui/planner/icon_array.h"
#include "common/risk_wording.h"
#include "common/route_text.h"

#include <QAccessible>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace blindspot {

namespace {

// Estimates resting on assumptions for at least this share get their evidence label on the
// card; below it the details still say so.
constexpr double kAssumedShareShownOnCard = 0.3;

QLabel *tag(const QString &text, const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(objectName));
    // A long tag ("Least exposed within the limit", longer in Russian) takes two lines rather
    // than widening the card past its panel.
    label->setWordWrap(true);
    return label;
}

QPixmap iconSample(IconArray::IconState state)
{
    const qreal ratio = 2.0;
    QPixmap pixmap(QSize(12, 20) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    IconArray::paintIcon(painter, QRectF(0.5, 0.5, 11, 19), state);
    return pixmap;
}

} // namespace

RouteCard::RouteCard(const Route &route, bool fastest, bool leastExposed, double fastestSeconds,
                     const RouteText &text, bool withinLimit, QWidget *parent)
    : QFrame(parent), m_route(route), m_fastest(fastest), m_leastExposed(leastExposed)
{
    ensureAccessibleInterfaces();
    setObjectName(QStringLiteral("routeCard"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setProperty("selected", false);
    setStyleSheet(QStringLiteral(
        "#routeCard { background: #ffffff; border: 1px solid #c9c9c9; border-radius: 6px; }"
        // Selected and focused differ by more than colour: a thick solid border and the word
        // "Selected" for the choice, a dashed border for the focus.
        "#routeCard[selected=\"true\"] { background: #f1eff8; border: 3px solid #4a2a7a; }"
        "#routeCard:focus { border: 2px dashed #0072b2; }"
        "#routeCard[selected=\"true\"]:focus { border: 3px dashed #0072b2; }"
        "QLabel { background: transparent; border: none; color: #232323; }"
        "#fastestTag, #leastExposedTag { border-radius: 3px; padding: 1px 6px; font-weight: 600; }"
        "#fastestTag { background: #dde8f2; color: #14324d; }"
        "#leastExposedTag { background: #e8e0f2; color: #3b2466; }"
        "#selectedTag { color: #4a2a7a; font-weight: 600; }"
        "#routeOutline, #routeFacts { color: #4d4d4d; }"
        "#evidenceLabel { background: #ececec; color: #3d3d3d; border-left: 4px solid #9a9a9a;"
        " padding: 3px 6px; }"));

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(10, 8, 10, 8);
    column->setSpacing(4);

    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    // What a screen reader says for the card: its tags and headline as the name, the rest of
    // its words as the description.
    QStringList spokenName;
    QStringList spokenDescription;
    if (fastest) {
        top->addWidget(tag(tr("Fastest"), "fastestTag", this));
        spokenName << tr("Fastest");
    }
    if (leastExposed) {
        const QString least =
            withinLimit ? tr("Least exposed within the limit") : tr("Least exposed");
        top->addWidget(tag(least, "leastExposedTag", this));
        spokenName << least;
    }
    top->addStretch();
    // Kept in place when hidden, so that choosing another card does not move this one's words.
    m_selectedTag = new QLabel(QStringLiteral("\u2713 ") + tr("Selected"), this);
    m_selectedTag->setObjectName(QStringLiteral("selectedTag"));
    QSizePolicy keepRoom = m_selectedTag->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_selectedTag->setSizePolicy(keepRoom);
    m_selectedTag->hide();
    top->addWidget(m_selectedTag);
    m_duration = new QLabel(RouteText::duration(route.durationSeconds), this);
    m_duration->setObjectName(QStringLiteral("durationLabel"));
    QFont big = m_duration->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_duration->setFont(big);
    top->addWidget(m_duration);
    column->addLayout(top);
    // Under half a minute apart, "about as long" would not read as a comparison: say nothing.
    if (!fastest && std::lround((route.durationSeconds - fastestSeconds) / 60.0) > 0) {
        auto *longer =
            new QLabel(tr("%1 than the fastest")
                           .arg(RouteText::durationChange(route.durationSeconds - fastestSeconds)),
                       this);
        longer->setObjectName(QStringLiteral("routeFacts"));
        longer->setAlignment(Qt::AlignRight);
        column->addWidget(longer);
        spokenDescription << longer->text();
    }

    auto *outline = new QLabel(text.routeOutline(route), this);
    outline->setObjectName(QStringLiteral("routeOutline"));
    outline->setWordWrap(true);
    column->addWidget(outline);
    spokenDescription << outline->text();

    auto *risk = new QHBoxLayout;
    risk->setSpacing(10);
    m_icons = new IconArray(this);
    m_icons->setHazard(route.hazard);
    risk->addWidget(m_icons, 0, Qt::AlignTop);
    auto *words = new QVBoxLayout;
    words->setSpacing(0);
    m_likelihood = new QLabel(RiskWording::identifiedIn(route.probability()), this);
    m_likelihood->setObjectName(QStringLiteral("likelihoodLabel"));
    m_likelihood->setWordWrap(true);
    QFont bold = m_likelihood->font();
    bold.setBold(true);
    m_likelihood->setFont(bold);
    words->addWidget(m_likelihood);
    auto *range = new QLabel(RiskWording::wordWithRange(route.hazard), this);
    range->setObjectName(QStringLiteral("rangeLabel"));
    range->setWordWrap(true);
    words->addWidget(range);
    risk->addLayout(words, 1);
    column->addLayout(risk);

    double walked = 0.0;
    for (const RouteLeg &leg : route.legs)
        if (leg.kind == LegKind::Walk)
            walked += leg.lengthMetres;
    const QLocale locale;
    const QString facts =
        walked > 0.0
            ? tr("Transfers: %1 · Face-recognition cameras passed: %2 · Walking: %3")
                  .arg(locale.toString(route.transfers), locale.toString(route.frCamerasPassed),
                       RouteText::distance(walked))
            : tr("Transfers: %1 · Face-recognition cameras passed: %2")
                  .arg(locale.toString(route.transfers), locale.toString(route.frCamerasPassed));
    auto *factsLabel = new QLabel(facts, this);
    factsLabel->setObjectName(QStringLiteral("routeFacts"));
    factsLabel->setWordWrap(true);
    factsLabel->setToolTip(tr("Mapped cameras along the way whose face recognition is confirmed "
                              "or suspected. Station cameras nobody mapped are counted in the "
                              "chance, not here."));
    column->addWidget(factsLabel);
    auto *looks =
        new QLabel(RouteText::expectedLooks(route.figures.expectedFrCaptures) +
                       QStringLiteral("\n") + RouteText::checkpoints(route.figures.frCheckpoints),
                   this);
    looks->setObjectName(QStringLiteral("routeLooks"));
    looks->setWordWrap(true);
    looks->setToolTip(tr("How many times a live face-recognition system gets a usable look at "
                         "your face on this trip: this keeps counting when the chance is already "
                         "near certain, and it is what a search of stored footage would find."));
    column->addWidget(looks);
    spokenDescription << factsLabel->text() << looks->text();

    spokenName << tr("Route, %1: %2, %3").arg(m_duration->text(), m_likelihood->text(),
                                              range->text());
    if (route.assumedShare >= kAssumedShareShownOnCard) {
        auto *evidence = new QLabel(RiskWording::evidenceLabel(route.assumedShare), this);
        evidence->setObjectName(QStringLiteral("evidenceLabel"));
        evidence->setWordWrap(true);
        column->addWidget(evidence);
        spokenName << evidence->text(); // the data caveat is heard with the number it qualifies
    }

    // The card is rebuilt when the language changes (PlannerPanel::showResultsAgain), so these
    // words follow it.
    setAccessibleName(spokenName.join(QStringLiteral(". ")));
    setAccessibleDescription(spokenDescription.join(QLatin1Char('\n')));
}

QString RouteCard::durationText() const
{
    return m_duration->text();
}

QString RouteCard::likelihoodText() const
{
    return m_likelihood->text();
}

void RouteCard::setSelected(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    setProperty("selected", selected);
    m_selectedTag->setVisible(selected);
    // A dynamic property only restyles after the style is applied again.
    style()->unpolish(this);
    style()->polish(this);
    update();
    QAccessible::State changed;
    changed.selected = true;
    QAccessibleStateChangeEvent event(this, changed);
    QAccessible::updateAccessibility(&event);
}

void RouteCard::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        setFocus(Qt::MouseFocusReason);
        emit activated();
        event->accept();
        return;
    }
    QFrame::mousePressEvent(event);
}

void RouteCard::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit activated();
        event->accept();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

RouteCards::RouteCards(QWidget *parent) : QWidget(parent)
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(6);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("cardsHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    column->addWidget(m_heading);
    m_reference = new QLabel(this);
    m_reference->setObjectName(QStringLiteral("referenceClass"));
    m_reference->setWordWrap(true);
    column->addWidget(m_reference);
    // Above the cards, not under them: a limit that hides the least exposed way must be seen.
    m_hidden = new QFrame(this);
    m_hidden->setObjectName(QStringLiteral("hiddenByLimit"));
    m_hidden->setStyleSheet(QStringLiteral(
        "#hiddenByLimit { background: #fdf3e3; border-left: 4px solid #b36b00; }"
        "#hiddenByLimit QLabel { color: #3b2a10; background: transparent; }"));
    auto *hidden = new QVBoxLayout(m_hidden);
    hidden->setContentsMargins(8, 6, 8, 6);
    m_hiddenText = new QLabel(m_hidden);
    m_hiddenText->setObjectName(QStringLiteral("hiddenByLimitText"));
    m_hiddenText->setWordWrap(true);
    hidden->addWidget(m_hiddenText);
    m_liftLimit = new QPushButton(m_hidden);
    m_liftLimit->setObjectName(QStringLiteral("liftTimeLimit"));
    m_liftLimit->setAutoDefault(false);
    hidden->addWidget(m_liftLimit, 0, Qt::AlignLeft);
    connect(m_liftLimit, &QPushButton::clicked, this, &RouteCards::liftTimeLimitRequested);
    m_hidden->hide();
    column->addWidget(m_hidden);
    m_list = new QVBoxLayout;
    m_list->setSpacing(8);
    column->addLayout(m_list);

    m_legend = new QWidget(this);
    auto *legend = new QGridLayout(m_legend);
    legend->setContentsMargins(0, 2, 0, 0);
    legend->setHorizontalSpacing(6);
    legend->setVerticalSpacing(2);
    for (IconArray::IconState state :
         {IconArray::IconState::Identified, IconArray::IconState::MaybeNot,
          IconArray::IconState::NotIdentified}) {
        const int row = static_cast<int>(m_legendLabels.size());
        auto *icon = new QLabel(m_legend);
        icon->setPixmap(iconSample(state));
        legend->addWidget(icon, row, 0);
        auto *label = new QLabel(m_legend);
        label->setStyleSheet(QStringLiteral("color: #4d4d4d;"));
        legend->addWidget(label, row, 1);
        m_legendLabels.push_back(label);
    }
    legend->setColumnStretch(1, 1);
    column->addWidget(m_legend);
    retranslateUi();
    clear();
}

void RouteCards::retranslateUi()
{
    m_heading->setText(tr("Routes: chance of being identified by face recognition"));
    setAccessibleName(m_heading->text());
    m_legendLabels[0]->setText(tr("identified (most likely)"));
    m_legendLabels[1]->setText(tr("uncertain (the range)"));
    m_legendLabels[2]->setText(tr("not identified"));
    m_liftLimit->setText(tr("Plan without the time limit"));
}

void RouteCards::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The cards themselves are worded from the plan: the planner shows them again.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void RouteCards::clear()
{
    // Later, not now: clear() may run inside a card's own signal.
    for (RouteCard *card : m_cards) {
        card->hide();
        card->deleteLater();
    }
    m_cards.clear();
    m_selected = -1;
    m_newPlan = false;
    m_hidden->hide();
    setVisible(false);
}

void RouteCards::setPlan(const Plan &plan, const RouteText &text)
{
    clear();
    if (plan.routes.empty())
        return;
    m_reference->setText(RiskWording::referenceClass(plan.conditions.profile));
    const double fastestSeconds = plan.routes[plan.fastest].durationSeconds;
    const QString hidden = AlternativeText::hiddenByTimeLimit(plan);
    m_hiddenText->setText(hidden);
    m_hidden->setVisible(!hidden.isEmpty());
    for (std::size_t i = 0; i < plan.routes.size(); ++i) {
        auto *card = new RouteCard(plan.routes[i], i == plan.fastest, i == plan.leastExposed,
                                   fastestSeconds, text, !hidden.isEmpty(), this);
        const int index = static_cast<int>(i);
        connect(card, &RouteCard::activated, this, [this, index] { select(index); });
        m_list->addWidget(card);
        // Tab reaches the cards where they are on screen, under the note on the time limit,
        // not after every widget made before them.
        QWidget::setTabOrder(m_cards.empty() ? static_cast<QWidget *>(m_liftLimit) : m_cards.back(),
                             card);
        m_cards.push_back(card);
    }
    m_newPlan = true;
    setVisible(true);
}

void RouteCards::select(int index)
{
    if (index < 0 || index >= count() || index == m_selected)
        return;
    m_selected = index;
    for (int i = 0; i < count(); ++i)
        card(i)->setSelected(i == index);
    emit routeSelected(index);
    if (std::exchange(m_newPlan, false))
        emit planShown();
}

QString RouteCards::summary() const
{
    if (m_cards.empty())
        return {};
    const QString routes = tr("Planning done. Routes found: %1.").arg(QLocale().toString(count()));
    if (m_selected < 0)
        return routes;
    QString selected = card(m_selected)->accessibleName();
    if (selected.endsWith(QLatin1Char('.')))
        selected.chop(1); // the data caveat is a sentence of its own
    return routes + QLatin1Char(' ') + tr("Selected: %1.").arg(selected);
}

void RouteCards::keyPressEvent(QKeyEvent *event)
{
    // Up and down move the selection between cards, as in a list.
    if ((event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) && count() > 0) {
        const int next =
            std::clamp(m_selected + (event->key() == Qt::Key_Down ? 1 : -1), 0, count() - 1);
        select(next);
        card(next)->setFocus(Qt::TabFocusReason);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace blindspot
