#include "gui/training/myth_or_evidence_exercise.h"

#include "core/training/handout_content.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace blindspot {

namespace {

// The evidence as the guide's table words it, in the content language: "Evidence: partial,
// weakening; legal risk". The table's words carry nuances the strength alone does not.
QString evidenceHeadline(const EvidenceStatement &s, const QString &language)
{
    return QStringLiteral("%1: %2").arg(
        builtInHandoutContent().evidence.evidenceColumn.in(language), s.evidence.in(language));
}

} // namespace

MythOrEvidenceExercise::MythOrEvidenceExercise(std::vector<EvidenceStatement> statements,
                                               QWidget *parent)
    : TrainingExercise(parent), m_statements(std::move(statements))
{
    setObjectName(QStringLiteral("mythOrEvidenceExercise"));
    auto *column = new QVBoxLayout(this);
    m_progress = new QLabel(this);
    column->addWidget(m_progress);
    m_claim = new QLabel(this);
    m_claim->setObjectName(QStringLiteral("claim"));
    m_claim->setWordWrap(true);
    QFont claimFont = m_claim->font();
    claimFont.setPointSizeF(claimFont.pointSizeF() * 1.8);
    claimFont.setBold(true);
    m_claim->setFont(claimFont);
    column->addWidget(m_claim);
    m_strength = new QLabel(this);
    m_strength->setObjectName(QStringLiteral("strength"));
    m_strength->setWordWrap(true);
    QFont strengthFont = m_strength->font();
    strengthFont.setPointSizeF(strengthFont.pointSizeF() * 1.4);
    strengthFont.setBold(true);
    m_strength->setFont(strengthFont);
    column->addWidget(m_strength);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("evidenceNote"));
    m_note->setWordWrap(true);
    QFont noteFont = m_note->font();
    noteFont.setPointSizeF(noteFont.pointSizeF() * 1.2);
    m_note->setFont(noteFont);
    column->addWidget(m_note);
    auto *buttons = new QHBoxLayout;
    m_reveal = new QPushButton(tr("Reveal the evidence"), this);
    buttons->addWidget(m_reveal);
    buttons->addStretch();
    column->addLayout(buttons);
    column->addStretch();
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        m_revealed = true;
        showState();
    });
    showState();
}

void MythOrEvidenceExercise::showState()
{
    if (m_statements.empty()) {
        m_claim->setText(tr("No statements available."));
        m_reveal->hide();
        emit slideChanged();
        return;
    }
    const EvidenceStatement &s = m_statements[m_index];
    m_progress->setText(
        tr("Statement %1 of %2: myth or evidence?").arg(m_index + 1).arg(m_statements.size()));
    m_claim->setText(s.claim.in(m_language));
    m_reveal->setEnabled(!m_revealed);
    if (m_revealed) {
        m_strength->setText(evidenceHeadline(s, m_language));
        QString note = s.note.in(m_language) + QLatin1Char('\n') + tr("Source: %1").arg(s.source);
        if (s.legalRisk)
            note +=
                QLatin1Char('\n') + tr("Legal risk: following this advice can itself break a law.");
        m_note->setText(note);
    } else {
        m_strength->setText(tr("What does the group think: myth, evidence, or not sure?"));
        m_note->clear();
    }
    emit slideChanged();
}

void MythOrEvidenceExercise::setContentLanguage(const QString &language)
{
    m_language = language;
    showState();
}

bool MythOrEvidenceExercise::stepForward()
{
    if (m_statements.empty())
        return false;
    if (!m_revealed) {
        m_revealed = true;
        showState();
        return true;
    }
    if (m_index + 1 < m_statements.size()) {
        ++m_index;
        m_revealed = false;
        showState();
        return true;
    }
    return false;
}

bool MythOrEvidenceExercise::stepBack()
{
    if (m_revealed) {
        m_revealed = false;
        showState();
        return true;
    }
    if (m_index > 0) {
        --m_index;
        m_revealed = true;
        showState();
        return true;
    }
    return false;
}

void MythOrEvidenceExercise::restart()
{
    m_index = 0;
    m_revealed = false;
    showState();
}

PresenterSlide MythOrEvidenceExercise::slide() const
{
    PresenterSlide slide;
    if (m_statements.empty())
        return slide;
    const EvidenceStatement &s = m_statements[m_index];
    slide.heading = s.claim.in(m_language);
    if (!m_revealed) {
        slide.lines.append(tr("Myth, evidence, or not sure?"));
        return slide;
    }
    slide.lines.append(evidenceHeadline(s, m_language));
    slide.lines.append(s.note.in(m_language));
    slide.lines.append(tr("Source: %1").arg(s.source));
    return slide;
}

QStringList MythOrEvidenceExercise::facilitatorNotes() const
{
    return {tr("Let people answer before revealing; a show of hands keeps it quick."),
            tr("Nobody is wrong here: the point is how sure anyone can be. Stress that nothing "
               "makes a person invisible."),
            tr("Never suggest covering the face at rallies: it is illegal in Russia (Law 54-FZ). "
               "For legal questions, point to OVD-Info.")};
}

} // namespace blindspot
