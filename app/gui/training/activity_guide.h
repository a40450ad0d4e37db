#pragma once

#include "core/training/session_plan.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace blindspot {

/// Words for the session's steps and activities, and the facilitator's built-in notes for each:
/// how to run it calmly (RISK-COMMUNICATION.md), shown on the trainer's screen only.
class ActivityGuide {
    Q_DECLARE_TR_FUNCTIONS(ActivityGuide)
public:
    /// "Activity", "Discussion", "Input", "Deepening", "Synthesis".
    static QString stepName(AdidsStep step);
    /// What the step is for, in one sentence.
    static QString stepPurpose(AdidsStep step);
    static QString activityName(TrainingActivity activity);
    /// Built-in notes for the facilitator.
    static QStringList facilitatorNotes(TrainingActivity activity);
};

} // namespace blindspot
