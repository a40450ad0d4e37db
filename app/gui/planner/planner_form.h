#pragma once

#include "core/routing/planning_session.h"

#include <QObject>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace blindspot {

class PlaceCompletion;
class RouteText;

/// The planner's form: where from and where to (typed with completion, or picked on the map),
/// the day, and behind "More choices" the way of travelling, the time limit, the stations,
/// entrances and lines to avoid and the what-ifs. It turns what is filled in into a route
/// request and conditions, and says what is missing; planning is the panel's.
class PlannerForm : public QObject {
    Q_OBJECT
public:
    /// Typed places are completed and resolved with `completion`; `language` says which names
    /// the map shows. Both must outlive the form.
    /// Makes the form's widgets as children of `content` and adds its rows to `column`, the
    /// panel's own column: one layout, so word-wrapped rows take their height for the panel's
    /// width at once (a form widget of its own cut the what-if note after a language switch).
    PlannerForm(PlaceCompletion &completion, std::function<QString()> language,
                QWidget *content, QVBoxLayout *column);

    void retranslateUi();
    /// Fills in on `dataset` from now on (nullptr: none): the fields are emptied and the lines
    /// to avoid are those of its network.
    void setDataset(std::shared_ptr<const Dataset> dataset);
    /// The lines to avoid, named in the map's language again.
    void renameLines();
    /// The time limit's choices, in minutes too once `plan` gives the fastest (nullptr: none).
    void updateBudgetTexts(const Plan *plan);

    /// What the form asks for; nothing, with the reason said (problem()) and the field to fix
    /// focused, when a place is missing, unknown or both ends are the same.
    std::optional<RouteRequest> request();
    PlanConditions conditions() const;
    /// Changes the form as `alternative` says (an entrance, station or line to avoid, another
    /// way of travelling or day, a what-if).
    void applyAlternative(const Alternative &alternative, const RouteText &text);
    /// Any length of route from now on.
    void liftTimeLimit();

    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    /// Shows `target` (m_from, m_to or nullptr) as the end being picked on the map.
    void showPickTarget(const QLineEdit *target);
    void setPlaces(const QString &from, const QString &to);
    void swapPlaces();

signals:
    /// The user asked to plan (the button, or Enter in a place field).
    void planRequested();
    /// The user asked to pick `target`, one of the place fields, on the map.
    void pickRequested(QLineEdit *target);
    void pickCancelRequested();
    /// Something for the user to read: a place that is missing or unknown.
    void problem(const QString &text);
    /// "More choices" opened or closed: the form's width may have changed.
    void optionsToggled();

private:
    void build(QVBoxLayout *column);
    void updatePlaceholders();
    void addAvoided();
    void removeAvoided();

    PlaceCompletion &m_completion;
    QWidget *m_content;
    std::function<QString()> m_language;
    std::shared_ptr<const Dataset> m_dataset;

    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_dayLabel = nullptr;
    QLabel *m_modeLabel = nullptr;
    QLabel *m_budgetLabel = nullptr;
    QLabel *m_avoidLabel = nullptr;
    QLabel *m_avoidLinesLabel = nullptr;
    QToolButton *m_swap = nullptr;
    QPushButton *m_avoidRemove = nullptr;
    QGroupBox *m_whatIf = nullptr;
    QLabel *m_whatIfNote = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QToolButton *m_pickFrom = nullptr;
    QToolButton *m_pickTo = nullptr;
    QComboBox *m_profile = nullptr;
    QToolButton *m_optionsToggle = nullptr;
    QWidget *m_options = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_budget = nullptr;
    QLineEdit *m_avoidEdit = nullptr;
    QListWidget *m_avoidList = nullptr;
    QListWidget *m_avoidLines = nullptr;
    QCheckBox *m_mask = nullptr;
    QCheckBox *m_sunglasses = nullptr;
    QCheckBox *m_cap = nullptr;
    QPushButton *m_planButton = nullptr;
};

} // namespace blindspot
