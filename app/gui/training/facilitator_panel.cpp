#include "gui/training/facilitator_panel.h"

#include "core/training/session_plan.h"
#include "gui/training/activity_guide.h"
#include "gui/training/training_window.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdlib>

// The texts stay in TrainingWindow's translation context, where the catalogues hold them.

namespace blindspot {

namespace {

constexpr int kTickMilliseconds = 1000;
constexpr int kSecondsPerMinute = 60;

QString clock(int seconds)
{
    const int s = std::abs(seconds);
    return QStringLiteral("%1%2:%3")
        .arg(seconds < 0 ? QStringLiteral("+") : QString())
        .arg(s / kSecondsPerMinute, 2, 10, QLatin1Char('0'))
        .arg(s % kSecondsPerMinute, 2, 10, QLatin1Char('0'));
}

} // namespace

FacilitatorPanel::FacilitatorPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("facilitatorPanel"));
    m_tick = new QTimer(this);
    m_tick->setInterval(kTickMilliseconds);
    connect(m_tick, &QTimer::timeout, this, [this] {
        ++m_blockSeconds;
        ++m_sessionSeconds;
        updateTimerDisplay();
    });

    setMinimumWidth(260);
    auto *side = new QVBoxLayout(this);
    m_timer = new QLabel(this);
    m_timer->setObjectName(QStringLiteral("blockTimer"));
    QFont timerFont = m_timer->font();
    timerFont.setPointSizeF(timerFont.pointSizeF() * 2.6);
    timerFont.setBold(true);
    m_timer->setFont(timerFont);
    side->addWidget(m_timer);
    m_timerBar = new QProgressBar(this);
    m_timerBar->setTextVisible(false);
    m_timerBar->setMaximumHeight(8);
    side->addWidget(m_timerBar);
    m_sessionClock = new QLabel(this);
    m_sessionClock->setObjectName(QStringLiteral("sessionClock"));
    side->addWidget(m_sessionClock);
    auto *timerButtons = new QHBoxLayout;
    m_startPause = new QPushButton(this);
    m_startPause->setObjectName(QStringLiteral("startPauseTimer"));
    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("resetTimer"));
    timerButtons->addWidget(m_startPause);
    timerButtons->addWidget(m_reset);
    side->addLayout(timerButtons);
    m_purpose = new QLabel(this);
    m_purpose->setWordWrap(true);
    QFont purposeFont = m_purpose->font();
    purposeFont.setItalic(true);
    m_purpose->setFont(purposeFont);
    side->addWidget(m_purpose);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("facilitatorNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    side->addWidget(m_notes, 1);
    m_ownNotes = new QPlainTextEdit(this);
    m_ownNotes->setObjectName(QStringLiteral("ownNotes"));
    m_ownNotes->setMaximumHeight(120);
    side->addWidget(m_ownNotes);

    connect(m_startPause, &QPushButton::clicked, this, &FacilitatorPanel::toggleTimer);
    connect(m_reset, &QPushButton::clicked, this, &FacilitatorPanel::resetTimer);
    connect(m_ownNotes, &QPlainTextEdit::textChanged, this,
            [this] { emit ownNotesEdited(m_ownNotes->toPlainText()); });
}

void FacilitatorPanel::retranslateUi()
{
    m_startPause->setText(TrainingWindow::tr("Start / pause"));
    m_reset->setText(TrainingWindow::tr("Reset"));
    m_ownNotes->setPlaceholderText(
        TrainingWindow::tr("Your own notes for this block (saved with the plan)"));
}

void FacilitatorPanel::showBlock(const SessionBlock *block, int sessionMinutes)
{
    m_sessionMinutes = sessionMinutes;
    if (!block) {
        m_plannedSeconds = -1;
        updateTimerDisplay();
        return;
    }
    m_plannedSeconds = block->minutes * kSecondsPerMinute;
    m_purpose->setText(block->activity == TrainingActivity::Break
                           ? QString()
                           : ActivityGuide::stepPurpose(block->step));
    {
        const QSignalBlocker blocker(m_ownNotes);
        m_ownNotes->setPlainText(block->notes);
    }
    updateTimerDisplay();
}

void FacilitatorPanel::setNotes(const QStringList &notes)
{
    QStringList bullets;
    for (const QString &note : notes)
        bullets.append(QStringLiteral("\u2022 ") + note);
    m_notes->setText(bullets.join(QStringLiteral("\n\n")));
}

bool FacilitatorPanel::timerRunning() const
{
    return m_tick->isActive();
}

void FacilitatorPanel::toggleTimer()
{
    if (m_tick->isActive())
        m_tick->stop();
    else
        m_tick->start();
    updateTimerDisplay();
}

void FacilitatorPanel::resetTimer()
{
    m_blockSeconds = 0;
    updateTimerDisplay();
}

void FacilitatorPanel::restartBlockTime()
{
    m_blockSeconds = 0;
}

void FacilitatorPanel::restartSession()
{
    m_blockSeconds = 0;
    m_sessionSeconds = 0;
    m_tick->stop();
}

void FacilitatorPanel::stopTimer()
{
    m_tick->stop();
}

void FacilitatorPanel::updateTimerDisplay()
{
    if (m_plannedSeconds < 0) {
        m_timer->setText(clock(0));
        return;
    }
    const int planned = m_plannedSeconds;
    const int left = planned - m_blockSeconds;
    m_timer->setText(clock(left));
    // Over time is said quietly: a muted colour, no flashing.
    m_timer->setStyleSheet(left < 0 ? QStringLiteral("color: #8a5a00;") : QString());
    m_timerBar->setMaximum(std::max(1, planned));
    m_timerBar->setValue(std::min(planned, m_blockSeconds));
    m_sessionClock->setText(
        TrainingWindow::tr("Session: %1 of %2 min%3")
            .arg(m_sessionSeconds / kSecondsPerMinute)
            .arg(m_sessionMinutes)
            .arg(m_tick->isActive() ? QString() : TrainingWindow::tr(" (timer paused)")));
}

} // namespace blindspot
