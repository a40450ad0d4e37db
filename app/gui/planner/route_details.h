#pragma once

#include "core/routing/planning_session.h"
#include "core/routing/route_planner.h"

#include <QList>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace blindspot {

class ExposureChart;
class IconArray;
class RouteText;

/// The selected route explained: its chance of identification with range and reference class,
/// a plain-language sentence on where most of the risk is, a chart of how it builds up, every
/// step with what happens, how long it takes, what causes its risk and how much it adds, and
/// for each chokepoint what can be done and how much it helps (worked out by planning again).
class RouteDetails : public QWidget {
    Q_OBJECT
public:
    explicit RouteDetails(QWidget *parent = nullptr);

    /// Shows route `index` of `plan` with the `alternatives` found for it.
    void setRoute(const Plan &plan, std::size_t index, std::vector<Alternative> alternatives,
                  const RouteText &text);
    /// Shows a recorded path as it was walked (not a planned route): its chance with range,
    /// the same figures as a planned walk, and each camera that has it in view, from when, for
    /// how long and how close. `outsideMap`: no point of it lies in the area the map covers.
    void setTrack(const RoutePlanner::TrackExposure &track, const QString &profile,
                  bool outsideMap, const RouteText &text);
    void clear();

    /// The plain-language summary now shown, e.g. "Most of the risk is at the turnstiles of
    /// Lilac Square."
    QString summaryText() const;
    /// The alternatives found for the route. Those that help have a row each ("actionRow",
    /// whose property "alternative" is the index here); the others are named in one closing
    /// sentence ("alsoTried").
    const std::vector<Alternative> &alternatives() const { return m_alternatives; }

    /// "Most of the risk is at the turnstiles of Lilac Square." and the like.
    static QString riskSummary(const Route &route, const RouteText &text);
    /// Step `index` of `route` as rich text: what happens, how long, its chance and causes,
    /// and its chokepoint number as on the map (RouteOverlay::chokepointNumbers) if it has one.
    static QString stepHtml(const Route &route, std::size_t index, const RouteText &text,
                            const std::vector<int> &chokepointNumbers);
    /// Practical notes that hold for every trip: phone, Face Pay, Wi-Fi, legal help, limits.
    static QStringList generalNotes();

    /// No wider than the details need: their dock's least width (which grows with the font)
    /// decides. A width from the text, Qt's guess for wrapped labels, would differ between
    /// languages, and a dock keeps its width when the language switches, so a fresh start in
    /// Russian would look different from a switch to it.
    QSize sizeHint() const override;

signals:
    /// The user wants to plan with alternative `index` (of alternatives()).
    void alternativeChosen(int index);
    /// The user asked how the numbers are made.
    void methodologyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// Fills the parts a planned route and a recorded path share: chance, reference class,
    /// evidence and figures (with `firstFigure` above the rest when given).
    void showChance(const Route &route, const QString &profile, const QString &firstFigure,
                    const RouteText &text);
    /// One row per step: its colour on the map, its number, and its text, each text a Tab stop
    /// a screen reader names "Step 2 of 5: ...". Returns the texts, in order.
    QList<QWidget *> showSteps(const Route &route, const RouteText &text);
    /// Puts the Tab stops in reading order: the route's chance and summary, its `actions`
    /// (buttons), its `steps`, then what holds for every trip.
    void orderTabStops(const QList<QWidget *> &actions, const QList<QWidget *> &steps);

    QLabel *m_actionsHeading = nullptr;
    QLabel *m_stepsHeading = nullptr;
    QLabel *m_notesHeading = nullptr;
    QLabel *m_mapKey = nullptr;
    QLabel *m_notes = nullptr;
    QPushButton *m_methodology = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_trackNote = nullptr;      ///< Says a recorded path is shown as walked.
    QLabel *m_trackCameras = nullptr;   ///< The cameras that have a recorded path in view.
    IconArray *m_icons = nullptr;
    QLabel *m_likelihood = nullptr;
    QLabel *m_reference = nullptr;
    QLabel *m_evidence = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_summary = nullptr;
    ExposureChart *m_chart = nullptr;
    QWidget *m_steps = nullptr; ///< Rows of steps (showSteps()).
    QVBoxLayout *m_stepList = nullptr;
    QWidget *m_actions = nullptr;
    QVBoxLayout *m_actionList = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_empty = nullptr;
    std::vector<Alternative> m_alternatives;
};

} // namespace blindspot
