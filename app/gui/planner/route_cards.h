#pragma once

#include "core/routing/planning_session.h"

#include <QFrame>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace blindspot {

class IconArray;
class RouteText;

/// One planned route as a card: how long it takes, how likely it is to get the traveller
/// identified (words with numbers, the range and an icon array of 10), FR cameras passed,
/// transfers, how much of the estimate rests on assumptions, and whether it is the fastest or
/// the least exposed. Click, Space or Enter selects it.
class RouteCard : public QFrame {
    Q_OBJECT
public:
    /// `withinLimit`: a time limit hides a less exposed way, so "least exposed" says that it is
    /// the least exposed within the limit.
    RouteCard(const Route &route, bool fastest, bool leastExposed, double fastestSeconds,
              const RouteText &text, bool withinLimit = false, QWidget *parent = nullptr);

    const Route &route() const { return m_route; }
    IconArray *iconArray() const { return m_icons; }
    /// The duration as the card shows it, e.g. "26 min".
    QString durationText() const;
    /// The likelihood line as the card shows it, e.g. "Identified in about 7 of 10 trips".
    QString likelihoodText() const;
    bool isFastest() const { return m_fastest; }
    bool isLeastExposed() const { return m_leastExposed; }

    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

signals:
    /// The user chose this card.
    void activated();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    Route m_route;
    bool m_fastest = false;
    bool m_leastExposed = false;
    bool m_selected = false;
    IconArray *m_icons = nullptr;
    QLabel *m_duration = nullptr;
    QLabel *m_likelihood = nullptr;
    QLabel *m_selectedTag = nullptr; ///< Says "Selected" in words, not by colour alone.
};

/// The Pareto alternatives of a plan as cards, one under the other with their icon arrays
/// aligned, under the reference class they are counted in and over the icons' legend.
class RouteCards : public QWidget {
    Q_OBJECT
public:
    explicit RouteCards(QWidget *parent = nullptr);

    /// Shows `plan`'s routes (none: hidden) with names from `text`; selects none.
    void setPlan(const Plan &plan, const RouteText &text);
    void clear();

    int count() const { return static_cast<int>(m_cards.size()); }
    RouteCard *card(int index) const { return m_cards.at(static_cast<std::size_t>(index)); }
    int selected() const { return m_selected; }
    /// Selects a card and emits routeSelected when the selection changes.
    void select(int index);
    /// What planning found, in one sentence for a screen reader to read out: how many routes,
    /// and the selected one as its card names it.
    QString summary() const;

signals:
    void routeSelected(int index);
    /// Routes of a new plan are shown and one of them selected (after routeSelected): what
    /// planning found can be announced. Not emitted when the same plan is only worded anew in
    /// another language, which selects its route with this object's signals blocked.
    void planShown();
    /// "Plan without the time limit" under the note on what the limit hides.
    void liftTimeLimitRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_heading = nullptr;
    std::vector<QLabel *> m_legendLabels;
    QLabel *m_reference = nullptr;
    QWidget *m_hidden = nullptr; ///< What the time limit hides, with a button to lift it.
    QLabel *m_hiddenText = nullptr;
    QPushButton *m_liftLimit = nullptr;
    QVBoxLayout *m_list = nullptr;
    QWidget *m_legend = nullptr;
    std::vector<RouteCard *> m_cards;
    int m_selected = -1;
    bool m_newPlan = false; ///< setPlan() has shown routes not yet selected from.
};

} // namespace blindspot
