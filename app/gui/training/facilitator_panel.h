#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace blindspot {

struct SessionBlock;

/// The trainer's side of the training window, on the laptop only and never on the projector:
/// the block's count-down and the session's clock, what the block's step is for, the
/// facilitator notes and the trainer's own notes on the block.
class FacilitatorPanel : public QWidget {
    Q_OBJECT
public:
    explicit FacilitatorPanel(QWidget *parent = nullptr);

    void retranslateUi();
    /// The block now run (nullptr: the plan has none): its planned length, its step's purpose
    /// and the trainer's notes on it. The clocks keep counting.
    void showBlock(const SessionBlock *block, int sessionMinutes);
    /// The notes for the facilitator, one bullet each.
    void setNotes(const QStringList &notes);

    bool timerRunning() const;
    int blockSecondsElapsed() const { return m_blockSeconds; }
    int sessionSecondsElapsed() const { return m_sessionSeconds; }
    void toggleTimer();
    /// The block's time starts again from zero; the session's goes on.
    void resetTimer();
    /// A new block begins: its time from zero, shown with the next showBlock().
    void restartBlockTime();
    /// A new session: both clocks at zero and stopped, shown with the next showBlock().
    void restartSession();
    void stopTimer();

signals:
    /// The trainer typed in their own notes for the block shown.
    void ownNotesEdited(const QString &text);

private:
    void updateTimerDisplay();

    QTimer *m_tick = nullptr;
    int m_blockSeconds = 0;
    int m_sessionSeconds = 0;
    /// Of the block shown; negative without one.
    int m_plannedSeconds = -1;
    int m_sessionMinutes = 0;

    QLabel *m_timer = nullptr;
    QProgressBar *m_timerBar = nullptr;
    QLabel *m_sessionClock = nullptr;
    QPushButton *m_startPause = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_purpose = nullptr;
    QLabel *m_notes = nullptr;
    QPlainTextEdit *m_ownNotes = nullptr;
};

} // namespace blindspot
