#pragma once

#include "core/training/scenario.h"
#include "core/training/session_plan.h"
#include "gui/training/training_exercise.h"

class QLabel;
class QPushButton;

namespace blindspot {

/// The quieter blocks of a session: the recap, the personal plan ("what I will change this
/// week", with the next steps of the session's scenarios and the worksheet) and the break.
class SynthesisPage : public TrainingExercise {
    Q_OBJECT
public:
    explicit SynthesisPage(QWidget *parent = nullptr);

    /// `activity` is Recap, PersonalPlan or Break; `scenarios` give the next steps.
    void setActivity(TrainingActivity activity, int minutes, std::vector<Scenario> scenarios);
    TrainingActivity activity() const { return m_activity; }

    void setContentLanguage(const QString &language) override;
    PresenterSlide slide() const override;

signals:
    /// The facilitator asked for the worksheet handout.
    void worksheetRequested();

private:
    QString heading() const;
    QStringList lines() const;
    void showState();

    TrainingActivity m_activity = TrainingActivity::Recap;
    int m_minutes = 0;
    std::vector<Scenario> m_scenarios;
    QString m_language = QStringLiteral("en");

    QLabel *m_heading = nullptr;
    QLabel *m_body = nullptr;
    QPushButton *m_worksheet = nullptr;
};

} // namespace blindspot
