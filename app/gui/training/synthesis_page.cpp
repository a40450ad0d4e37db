#include "gui/training/synthesis_page.h"

#include "core/training/handout_content.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace blindspot {

namespace {

// The personal plan shows a few next steps: more than six reads as a to-do list nobody keeps.
constexpr qsizetype kMaxNextSteps = 6;

} // namespace

SynthesisPage::SynthesisPage(QWidget *parent) : TrainingExercise(parent)
{
    setObjectName(QStringLiteral("synthesisPage"));
    auto *column = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_heading->setFont(font);
    column->addWidget(m_heading);
    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("synthesisBody"));
    m_body->setWordWrap(true);
    QFont bodyFont = m_body->font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.2);
    m_body->setFont(bodyFont);
    column->addWidget(m_body);
    m_worksheet = new QPushButton(tr("Print the worksheet (PDF)..."), this);
    column->addWidget(m_worksheet, 0, Qt::AlignLeft);
    column->addStretch();
    connect(m_worksheet, &QPushButton::clicked, this, &SynthesisPage::worksheetRequested);
}

void SynthesisPage::setActivity(TrainingActivity activity, int minutes,
                                std::vector<Scenario> scenarios)
{
    m_activity = activity;
    m_minutes = minutes;
    m_scenarios = std::move(scenarios);
    showState();
}

void SynthesisPage::setContentLanguage(const QString &language)
{
    m_language = language;
    showState();
}

QString SynthesisPage::heading() const
{
    switch (m_activity) {
    case TrainingActivity::PersonalPlan:
        return builtInHandoutContent().worksheet.title.in(m_language);
    case TrainingActivity::Break:
        return tr("Break");
    default:
        return tr("What have we learnt so far?");
    }
}

QStringList SynthesisPage::lines() const
{
    QStringList out;
    switch (m_activity) {
    case TrainingActivity::PersonalPlan: {
        for (const Scenario &s : m_scenarios)
            for (const TrainingText &step : s.nextSteps) {
                const QString text = step.in(m_language);
                if (!out.contains(text) && out.size() < kMaxNextSteps)
                    out.append(text);
            }
        break;
    }
    case TrainingActivity::Break:
        out.append(tr("Back in %1 min.").arg(m_minutes));
        break;
    default:
        out.append(tr("One thing you noticed today."));
        out.append(tr("One question that is still open."));
        out.append(tr("A number you would now say differently, with its reference class."));
        break;
    }
    return out;
}

void SynthesisPage::showState()
{
    m_heading->setText(heading());
    QStringList body;
    for (const QString &line : lines())
        body.append(QStringLiteral("\u2022 ") + line);
    if (m_activity == TrainingActivity::PersonalPlan) {
        body.append(QString());
        body.append(builtInHandoutContent().worksheet.intro.in(m_language));
    }
    m_body->setText(body.join(QLatin1Char('\n')));
    m_worksheet->setVisible(m_activity == TrainingActivity::PersonalPlan);
    emit slideChanged();
}

PresenterSlide SynthesisPage::slide() const
{
    PresenterSlide slide;
    slide.heading = heading();
    slide.lines = lines();
    return slide;
}

} // namespace blindspot
