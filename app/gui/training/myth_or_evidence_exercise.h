#pragma once

#include "core/training/myth_or_evidence.h"
#include "gui/training/training_exercise.h"

class QLabel;
class QPushButton;

namespace blindspot {

/// "Myth or evidence": one statement about a countermeasure at a time (masks, caps,
/// sunglasses, Face Pay, phones, metro Wi-Fi, alert days, makeup). The group says what it
/// thinks; "next" reveals how strong the evidence is, what is known and its source, then moves
/// to the next statement. The strengths are those of RISK-COMMUNICATION.md's table.
class MythOrEvidenceExercise : public TrainingExercise {
    Q_OBJECT
public:
    explicit MythOrEvidenceExercise(std::vector<EvidenceStatement> statements,
                                    QWidget *parent = nullptr);

    std::size_t current() const { return m_index; }
    bool isRevealed() const { return m_revealed; }
    const std::vector<EvidenceStatement> &statements() const { return m_statements; }

    void setContentLanguage(const QString &language) override;
    bool stepForward() override;
    bool stepBack() override;
    void restart() override;
    PresenterSlide slide() const override;
    QStringList facilitatorNotes() const override;

private:
    void showState();

    std::vector<EvidenceStatement> m_statements;
    QString m_language = QStringLiteral("en");
    std::size_t m_index = 0;
    bool m_revealed = false;

    QLabel *m_progress = nullptr;
    QLabel *m_claim = nullptr;
    QLabel *m_strength = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_reveal = nullptr;
};

} // namespace blindspot
