#include "gui/training/scenario_exercise.h"

#include "common/error_text.h"
#include "gui/training/training_route_cards.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace blindspot {

namespace {

// Options are lettered, as on a flip chart: "A", "B", "C".
QString letter(std::size_t index)
{
    return QString(QChar(u'A' + char16_t(index)));
}

QLabel *wrappedLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ScenarioExercise::ScenarioExercise(std::shared_ptr<const Dataset> city, QWidget *parent)
    : TrainingExercise(parent), m_city(std::move(city))
{
    setObjectName(QStringLiteral("scenarioExercise"));
    auto *column = new QVBoxLayout(this);
    m_title = wrappedLabel(this, "scenarioTitle");
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    column->addWidget(m_title);
    m_person = wrappedLabel(this, "scenarioPerson");
    column->addWidget(m_person);
    m_progress = wrappedLabel(this, "choiceProgress");
    column->addWidget(m_progress);
    m_prompt = wrappedLabel(this, "choicePrompt");
    QFont promptFont = m_prompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.25);
    promptFont.setBold(true);
    m_prompt->setFont(promptFont);
    column->addWidget(m_prompt);
    m_options = wrappedLabel(this, "choiceOptions");
    column->addWidget(m_options);

    auto *buttons = new QHBoxLayout;
    m_previousChoice = new QPushButton(tr("Previous choice"), this);
    m_revealButton = new QPushButton(tr("Show what each option leads to"), this);
    m_revealButton->setObjectName(QStringLiteral("revealOutcomes"));
    m_nextChoice = new QPushButton(tr("Next choice"), this);
    buttons->addWidget(m_previousChoice);
    buttons->addWidget(m_revealButton);
    buttons->addWidget(m_nextChoice);
    buttons->addStretch();
    column->addLayout(buttons);

    m_cards = new TrainingRouteCards(m_city, this);
    column->addWidget(m_cards);
    m_notes = wrappedLabel(this, "optionNotes");
    column->addWidget(m_notes);
    column->addStretch();

    connect(m_revealButton, &QPushButton::clicked, this, [this] {
        reveal();
        showState();
    });
    connect(m_nextChoice, &QPushButton::clicked, this, [this] {
        if (m_runner && m_choice + 1 < m_runner->scenario().choices.size()) {
            ++m_choice;
            m_revealed = false;
            showState();
        }
    });
    connect(m_previousChoice, &QPushButton::clicked, this, [this] {
        if (m_choice > 0) {
            --m_choice;
            m_revealed = false;
            showState();
        }
    });
    connect(m_cards, &TrainingRouteCards::selectedChanged, this, &TrainingExercise::slideChanged);
}

void ScenarioExercise::setScenario(ScenarioRunner *runner, Mode mode)
{
    m_runner = runner;
    m_mode = mode;
    restart();
}

void ScenarioExercise::restart()
{
    m_choice = 0;
    m_revealed = false;
    m_outcomes.clear();
    m_error.clear();
    showState();
}

void ScenarioExercise::setContentLanguage(const QString &language)
{
    m_language = language;
    showState();
}

void ScenarioExercise::reveal()
{
    if (!m_runner)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::vector<ScenarioOutcome>> outcomes = m_runner->outcomes(m_choice);
    QApplication::restoreOverrideCursor();
    if (const auto *error = std::get_if<ParseError>(&outcomes)) {
        m_error = ErrorText::located(*error);
        m_outcomes.clear();
    } else {
        m_error.clear();
        m_outcomes = std::get<std::vector<ScenarioOutcome>>(std::move(outcomes));
    }
    m_revealed = true;
}

bool ScenarioExercise::stepForward()
{
    if (!m_runner || m_mode != Mode::Choices)
        return false;
    if (!m_revealed) {
        reveal();
        showState();
        return true;
    }
    if (m_choice + 1 < m_runner->scenario().choices.size()) {
        ++m_choice;
        m_revealed = false;
        showState();
        return true;
    }
    return false;
}

bool ScenarioExercise::stepBack()
{
    if (!m_runner || m_mode != Mode::Choices)
        return false;
    if (m_revealed) {
        m_revealed = false;
        showState();
        return true;
    }
    if (m_choice > 0) {
        --m_choice;
        reveal();
        showState();
        return true;
    }
    return false;
}

void ScenarioExercise::showState()
{
    const bool choices = m_mode == Mode::Choices;
    if (!m_runner) {
        m_title->setText(tr("No scenario chosen for this block."));
        for (QWidget *w : std::initializer_list<QWidget *>{
                 m_person, m_progress, m_prompt, m_options, m_revealButton, m_previousChoice,
                 m_nextChoice, m_cards, m_notes})
            w->hide();
        emit slideChanged();
        return;
    }
    const Scenario &s = m_runner->scenario();
    m_title->setText(s.title.in(m_language));
    m_person->setText(s.person.in(m_language) + QLatin1Char('\n') + s.goal.in(m_language));
    m_person->show();
    for (QWidget *w : std::initializer_list<QWidget *>{m_progress, m_revealButton,
                                                       m_previousChoice, m_nextChoice})
        w->setVisible(choices);
    m_prompt->show();
    m_options->show();
    if (!choices) {
        m_prompt->setText(tr("Questions for the group"));
        QStringList lines;
        for (std::size_t i = 0; i < s.questions.size(); ++i)
            lines.append(QStringLiteral("%1. %2").arg(i + 1).arg(s.questions[i].in(m_language)));
        m_options->setText(lines.join(QLatin1Char('\n')));
        m_cards->hide();
        m_notes->hide();
        emit slideChanged();
        return;
    }
    const ScenarioChoice &choice = s.choices[m_choice];
    m_progress->setText(tr("Choice %1 of %2").arg(m_choice + 1).arg(s.choices.size()));
    m_prompt->setText(choice.prompt.in(m_language));
    QStringList options;
    for (std::size_t i = 0; i < choice.options.size(); ++i)
        options.append(
            QStringLiteral("%1. %2").arg(letter(i), choice.options[i].label.in(m_language)));
    m_options->setText(options.join(QLatin1Char('\n')));
    m_previousChoice->setEnabled(m_choice > 0);
    m_nextChoice->setEnabled(m_choice + 1 < s.choices.size());
    m_revealButton->setEnabled(!m_revealed);

    if (m_revealed && m_error.isEmpty()) {
        std::vector<SlideRoute> routes;
        QStringList notes;
        for (const ScenarioOutcome &outcome : m_outcomes) {
            const ScenarioOption &option = choice.options[outcome.option];
            routes.push_back({QStringLiteral("%1. %2").arg(letter(outcome.option),
                                                           option.label.in(m_language)),
                              outcome.profile, outcome.route});
            if (!option.note.en.isEmpty())
                notes.append(QStringLiteral("%1: %2").arg(letter(outcome.option),
                                                          option.note.in(m_language)));
        }
        m_cards->setRoutes(std::move(routes), m_language);
        m_cards->show();
        m_notes->setText(notes.join(QLatin1Char('\n')));
        m_notes->setVisible(!notes.isEmpty());
    } else {
        m_cards->setRoutes({}, m_language);
        m_cards->hide();
        m_notes->setText(m_error);
        m_notes->setVisible(!m_error.isEmpty());
    }
    emit slideChanged();
}

PresenterSlide ScenarioExercise::slide() const
{
    PresenterSlide slide;
    if (!m_runner)
        return slide;
    const Scenario &s = m_runner->scenario();
    if (m_mode == Mode::Questions) {
        slide.heading = s.title.in(m_language);
        for (const TrainingText &q : s.questions)
            slide.lines.append(q.in(m_language));
        return slide;
    }
    const ScenarioChoice &choice = s.choices[m_choice];
    slide.heading = choice.prompt.in(m_language);
    if (m_revealed && m_error.isEmpty()) {
        slide.routes = m_cards->routes();
        slide.showMap = true;
        slide.mapRoute = m_cards->selected();
        slide.mapCameras = false;
        return slide;
    }
    if (m_choice == 0)
        slide.lines.append(s.person.in(m_language) + QLatin1Char(' ') + s.goal.in(m_language));
    for (std::size_t i = 0; i < choice.options.size(); ++i)
        slide.lines.append(
            QStringLiteral("%1. %2").arg(letter(i), choice.options[i].label.in(m_language)));
    return slide;
}

QStringList ScenarioExercise::facilitatorNotes() const
{
    QStringList notes;
    if (!m_runner)
        return notes;
    for (const TrainingText &note : m_runner->scenario().discussionNotes)
        notes.append(note.in(m_language));
    return notes;
}

} // namespace blindspot
