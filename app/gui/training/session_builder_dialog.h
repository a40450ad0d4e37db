#pragma once

#include "core/training/scenario.h"
#include "core/training/session_plan.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QListWidget;
class QTreeWidget;

namespace blindspot {

/// Builds a session plan: its length (45, 90 or 180 minutes), the scenarios in the order they
/// are used, a title and the language of the content; shows the ADIDS blocks the plan gets,
/// with their timings, before the trainer accepts it.
class SessionBuilderDialog : public QDialog {
    Q_OBJECT
public:
    SessionBuilderDialog(const std::vector<Scenario> &scenarios, const QString &language,
                         QWidget *parent = nullptr);

    void setLength(int minutes);
    /// Checks exactly the scenarios with these ids, in this order first.
    void setChosenScenarios(const QStringList &ids);
    QStringList chosenScenarios() const;
    /// The plan as built from the current choices; none while no scenario is chosen.
    std::optional<SessionPlan> plan() const;

private:
    void refreshPreview();

    std::vector<Scenario> m_scenarios;
    QString m_language;
    QButtonGroup *m_lengths = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_contentLanguage = nullptr;
    QTreeWidget *m_preview = nullptr;
};

} // namespace blindspot
