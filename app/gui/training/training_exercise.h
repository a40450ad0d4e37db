#pragma once

#include "gui/training/presenter_slide.h"

#include <QString>
#include <QStringList>
#include <QWidget>

namespace blindspot {

/// A screen of the training window that runs one kind of activity. The training window shows
/// one at a time, sends its slide to the presenter view and steps through it with the same keys
/// as through the session: an exercise first uses "next" for its own steps (reveal the
/// outcomes, the next statement) and only then lets the session move on.
class TrainingExercise : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// The language of scenario content and statements ("en", "ru", "uk").
    virtual void setContentLanguage(const QString &language) = 0;
    /// One step forward inside the exercise; false when it has no further step.
    virtual bool stepForward() { return false; }
    virtual bool stepBack() { return false; }
    /// Back to the first step, for when the session enters the block again.
    virtual void restart() {}
    /// What the projector shows now.
    virtual PresenterSlide slide() const = 0;
    /// Notes for the facilitator's screen only (e.g. a scenario's discussion notes), in the
    /// content language.
    virtual QStringList facilitatorNotes() const { return {}; }

signals:
    /// The slide changed: the presenter view should repaint.
    void slideChanged();
};

} // namespace blindspot
