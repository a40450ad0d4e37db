#include "gui/training/training_window.h"

#include "gui/training/activity_guide.h"
#include "common/embedded_data.h"
#include "common/error_text.h"
#include "gui/training/face_detector_demo_widget.h"
#include "gui/shell/model_text.h"
#include "gui/training/myth_or_evidence_exercise.h"
#include "gui/training/presenter_view.h"
#include "gui/shell/private_file_dialog.h"
#include "gui/training/route_comparison_exercise.h"
#include "gui/training/scenario_exercise.h"
#include "gui/training/session_builder_dialog.h"
#include "gui/training/spot_the_camera_exercise.h"
#include "gui/training/synthesis_page.h"
#include "gui/training/team_exercise.h"
#include "core/training/myth_or_evidence.h"
#include "gui/training/training_painter.h"
#include "common/translations.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

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

QIcon stepIcon(AdidsStep step, bool isBreak)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(isBreak ? TrainingPainter::noData() : TrainingPainter::stepColour(step));
    painter.drawEllipse(QRectF(1, 1, 12, 12));
    return QIcon(pixmap);
}

QString languageName(const QString &code)
{
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (code == QLatin1String("uk"))
        return QStringLiteral("Українська");
    return QStringLiteral("English");
}

} // namespace

TrainingWindow::TrainingWindow(const QString &uiLanguage, QWidget *parent)
    : QMainWindow(parent),
      m_city(std::make_shared<const Dataset>(embeddedTrainingCity())),
      m_scenarios(shippedScenarios()), m_contentLanguage(trainingLanguageFor(uiLanguage))
{
    setObjectName(QStringLiteral("trainingWindow"));
    m_tick = new QTimer(this);
    m_tick->setInterval(kTickMilliseconds);
    connect(m_tick, &QTimer::timeout, this, [this] {
        ++m_blockSeconds;
        ++m_sessionSeconds;
        updateTimerDisplay();
    });
    buildUi();
    createActions();
    retranslateUi();
    QStringList first;
    for (std::size_t i = 0; i < m_scenarios.size() && i < 2; ++i)
        first.append(m_scenarios[i].id);
    if (std::optional<SessionPlan> plan = buildSessionPlan(90, first)) {
        plan->language = m_contentLanguage;
        setPlan(std::move(*plan));
    }
    resize(1400, 860);
}

TrainingWindow::~TrainingWindow()
{
    if (m_presenter)
        delete m_presenter.data();
}

void TrainingWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    // Training data must never be mistaken for a real city (as in the main window).
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("fictionalBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("#fictionalBanner { background: #fff1c2; color: #3b2f00;"
                                           " border-bottom: 1px solid #d9b64a; padding: 6px 12px; }"));
    column->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    m_blocks = new QListWidget(splitter);
    m_blocks->setObjectName(QStringLiteral("sessionBlocks"));
    m_blocks->setMinimumWidth(240);
    m_blocks->setTextElideMode(Qt::ElideRight);
    m_blocks->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_blocks->setSpacing(3);
    splitter->addWidget(m_blocks);

    auto *middle = new QWidget(splitter);
    auto *middleColumn = new QVBoxLayout(middle);
    m_blockHeader = new QLabel(middle);
    m_blockHeader->setObjectName(QStringLiteral("blockHeader"));
    m_blockHeader->setWordWrap(true);
    QFont headerFont = m_blockHeader->font();
    headerFont.setBold(true);
    m_blockHeader->setFont(headerFont);
    middleColumn->addWidget(m_blockHeader);
    m_stack = new QStackedWidget(middle);
    m_scenarioExercise = new ScenarioExercise(m_city, m_stack);
    m_routeComparison = new RouteComparisonExercise(m_city, m_stack);
    m_spotTheCamera = new SpotTheCameraExercise(m_city, m_stack);
    m_mythOrEvidence = new MythOrEvidenceExercise(builtInEvidenceStatements(), m_stack);
    m_faceDemo = new FaceDetectorDemoWidget(m_stack);
    m_team = new TeamExercise(m_city, m_stack);
    m_synthesis = new SynthesisPage(m_stack);
    for (TrainingExercise *exercise :
         std::initializer_list<TrainingExercise *>{m_scenarioExercise, m_routeComparison,
                                                   m_spotTheCamera, m_mythOrEvidence, m_faceDemo,
                                                   m_team, m_synthesis}) {
        m_stack->addWidget(exercise);
        connect(exercise, &TrainingExercise::slideChanged, this, [this, exercise] {
            if (exercise == currentExercise()) {
                pushSlide();
                updateNotes();
            }
        });
    }
    connect(m_synthesis, &SynthesisPage::worksheetRequested, this,
            [this] { chooseAndWriteHandout(Handouts::Kind::PersonalPlan); });
    middleColumn->addWidget(m_stack, 1);
    splitter->addWidget(middle);

    // The facilitator's panel: on the laptop only, never on the projector.
    auto *facilitator = new QWidget(splitter);
    facilitator->setObjectName(QStringLiteral("facilitatorPanel"));
    facilitator->setMinimumWidth(260);
    auto *side = new QVBoxLayout(facilitator);
    m_timer = new QLabel(facilitator);
    m_timer->setObjectName(QStringLiteral("blockTimer"));
    QFont timerFont = m_timer->font();
    timerFont.setPointSizeF(timerFont.pointSizeF() * 2.6);
    timerFont.setBold(true);
    m_timer->setFont(timerFont);
    side->addWidget(m_timer);
    m_timerBar = new QProgressBar(facilitator);
    m_timerBar->setTextVisible(false);
    m_timerBar->setMaximumHeight(8);
    side->addWidget(m_timerBar);
    m_sessionClock = new QLabel(facilitator);
    m_sessionClock->setObjectName(QStringLiteral("sessionClock"));
    side->addWidget(m_sessionClock);
    auto *timerButtons = new QHBoxLayout;
    auto *startPause = new QPushButton(facilitator);
    startPause->setObjectName(QStringLiteral("startPauseTimer"));
    auto *reset = new QPushButton(facilitator);
    reset->setObjectName(QStringLiteral("resetTimer"));
    timerButtons->addWidget(startPause);
    timerButtons->addWidget(reset);
    side->addLayout(timerButtons);
    m_purpose = new QLabel(facilitator);
    m_purpose->setWordWrap(true);
    QFont purposeFont = m_purpose->font();
    purposeFont.setItalic(true);
    m_purpose->setFont(purposeFont);
    side->addWidget(m_purpose);
    m_notes = new QLabel(facilitator);
    m_notes->setObjectName(QStringLiteral("facilitatorNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    side->addWidget(m_notes, 1);
    m_ownNotes = new QPlainTextEdit(facilitator);
    m_ownNotes->setObjectName(QStringLiteral("ownNotes"));
    m_ownNotes->setMaximumHeight(120);
    side->addWidget(m_ownNotes);
    splitter->addWidget(facilitator);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({240, 860, 300});
    column->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(startPause, &QPushButton::clicked, this, &TrainingWindow::toggleTimer);
    connect(reset, &QPushButton::clicked, this, &TrainingWindow::resetTimer);
    connect(m_blocks, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_block)
            goToBlock(row);
    });
    connect(m_ownNotes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_block >= 0 && std::size_t(m_block) < m_plan.blocks.size())
            m_plan.blocks[std::size_t(m_block)].notes = m_ownNotes->toPlainText();
    });
}

void TrainingWindow::createActions()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("trainingToolBar"));
    m_toolBar->setMovable(false);
    m_previousAction = m_toolBar->addAction(QString(), this, &TrainingWindow::previous);
    m_previousAction->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_nextAction = m_toolBar->addAction(QString(), this, &TrainingWindow::next);
    m_nextAction->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_timerAction = m_toolBar->addAction(QString(), this, &TrainingWindow::toggleTimer);
    m_timerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_resetTimerAction = new QAction(this);
    connect(m_resetTimerAction, &QAction::triggered, this, &TrainingWindow::resetTimer);
    m_presenterAction = m_toolBar->addAction(QString(), this, &TrainingWindow::showPresenter);
    m_presenterAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_toolBar->addSeparator();
    m_buildAction = m_toolBar->addAction(QString(), this, &TrainingWindow::buildSession);
    m_openPlanAction = m_toolBar->addAction(QString(), this, &TrainingWindow::chooseAndLoadPlan);
    m_savePlanAction = m_toolBar->addAction(QString(), this, &TrainingWindow::chooseAndSavePlan);
    m_addScenarioAction = new QAction(this);
    connect(m_addScenarioAction, &QAction::triggered, this, &TrainingWindow::chooseAndAddScenario);
    m_toolBar->addAction(m_addScenarioAction);
    m_handoutMenu = new QMenu(this);
    for (Handouts::Kind kind : {Handouts::Kind::RouteCard, Handouts::Kind::EvidenceTable,
                                Handouts::Kind::PersonalPlan, Handouts::Kind::LegalHelp}) {
        QAction *action = m_handoutMenu->addAction(QString());
        connect(action, &QAction::triggered, this, [this, kind] { chooseAndWriteHandout(kind); });
        m_handoutActions[kind] = action;
    }
    QAction *handouts = m_toolBar->addAction(QString());
    handouts->setMenu(m_handoutMenu);
    handouts->setObjectName(QStringLiteral("handoutsAction"));
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(handouts)))
        button->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addSeparator();
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("contentLanguage"));
    for (const QString &code : trainingLanguages())
        m_language->addItem(languageName(code), code);
    m_toolBar->addWidget(m_language);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { setContentLanguage(m_language->currentData().toString()); });
}

void TrainingWindow::retranslateUi()
{
    setWindowTitle(tr("Blindspot - training mode"));
    m_banner->setText(tr("Training mode uses %1: its stations, cameras and numbers are made up "
                         "for practice.")
                          .arg(ModelText::datasetName(m_city->header)));
    m_previousAction->setText(tr("Previous"));
    m_previousAction->setToolTip(tr("Previous step or block (Page Up)"));
    m_nextAction->setText(tr("Next"));
    m_nextAction->setToolTip(tr("Next step or block (Page Down)"));
    m_timerAction->setText(tr("Start/pause timer"));
    m_resetTimerAction->setText(tr("Reset the block's timer"));
    m_presenterAction->setText(tr("Presenter view"));
    m_presenterAction->setToolTip(tr("Show the slides on a second screen or projector (F5)"));
    m_buildAction->setText(tr("Build a session..."));
    m_openPlanAction->setText(tr("Open plan..."));
    m_savePlanAction->setText(tr("Save plan..."));
    m_addScenarioAction->setText(tr("Add a scenario file..."));
    m_handoutMenu->setTitle(tr("Handouts"));
    for (QAction *action : m_toolBar->actions())
        if (action->menu() == m_handoutMenu)
            action->setText(tr("Handouts"));
    m_handoutActions[Handouts::Kind::RouteCard]->setText(tr("Route card (PDF)..."));
    m_handoutActions[Handouts::Kind::EvidenceTable]->setText(tr("Evidence table of countermeasures (PDF)..."));
    m_handoutActions[Handouts::Kind::PersonalPlan]->setText(tr("My plan worksheet (PDF)..."));
    m_handoutActions[Handouts::Kind::LegalHelp]->setText(tr("Where to get legal help (PDF)..."));
    if (auto *startPause = findChild<QPushButton *>(QStringLiteral("startPauseTimer")))
        startPause->setText(tr("Start / pause"));
    if (auto *reset = findChild<QPushButton *>(QStringLiteral("resetTimer")))
        reset->setText(tr("Reset"));
    m_ownNotes->setPlaceholderText(tr("Your own notes for this block (saved with the plan)"));
    {
        const QSignalBlocker block(m_language);
        m_language->setCurrentIndex(int(trainingLanguages().indexOf(m_contentLanguage)));
    }
    m_language->setToolTip(tr("Language of the scenarios, statements and handouts"));
    fillBlockList();
    showBlock();
}

void TrainingWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_banner)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void TrainingWindow::closeEvent(QCloseEvent *event)
{
    // The demo's photo must not outlive the window that showed it.
    m_faceDemo->forgetPhoto();
    if (m_presenter)
        m_presenter->close();
    m_tick->stop();
    QMainWindow::closeEvent(event);
}

const Scenario *TrainingWindow::scenario(const QString &id) const
{
    for (const Scenario &s : m_scenarios)
        if (s.id == id)
            return &s;
    return nullptr;
}

std::vector<Scenario> TrainingWindow::planScenarios() const
{
    std::vector<Scenario> out;
    QStringList seen;
    for (const SessionBlock &b : m_plan.blocks)
        if (!b.scenarioId.isEmpty() && !seen.contains(b.scenarioId))
            if (const Scenario *s = scenario(b.scenarioId)) {
                out.push_back(*s);
                seen.append(b.scenarioId);
            }
    return out;
}

ScenarioRunner *TrainingWindow::runner(const QString &id)
{
    if (auto it = m_runners.find(id); it != m_runners.end())
        return it->second.get();
    const Scenario *s = scenario(id);
    if (!s)
        return nullptr;
    Result<std::unique_ptr<ScenarioRunner>> prepared = ScenarioRunner::prepare(*s, m_city);
    if (const auto *error = std::get_if<ParseError>(&prepared)) {
        statusBar()->showMessage(ErrorText::located(*error));
        return nullptr;
    }
    ScenarioRunner *raw = std::get<std::unique_ptr<ScenarioRunner>>(prepared).get();
    m_runners.emplace(id, std::get<std::unique_ptr<ScenarioRunner>>(std::move(prepared)));
    return raw;
}

std::optional<QString> TrainingWindow::addScenarioFile(const QString &path)
{
    Result<Scenario> read = readScenarioFile(path);
    if (const auto *error = std::get_if<ParseError>(&read))
        return ErrorText::located(*error);
    Scenario s = std::get<Scenario>(std::move(read));
    // Check its places against the city now, so a wrong station name shows while the trainer
    // is at hand to fix it, not in the middle of a session.
    Result<std::unique_ptr<ScenarioRunner>> prepared = ScenarioRunner::prepare(s, m_city);
    if (const auto *error = std::get_if<ParseError>(&prepared))
        return ErrorText::located(*error);
    m_runners.erase(s.id);
    for (Scenario &existing : m_scenarios)
        if (existing.id == s.id) {
            existing = s;
            return std::nullopt;
        }
    m_scenarios.push_back(std::move(s));
    return std::nullopt;
}

void TrainingWindow::setPlan(SessionPlan plan)
{
    m_plan = std::move(plan);
    m_contentLanguage = trainingLanguageFor(m_plan.language);
    {
        const QSignalBlocker block(m_language);
        m_language->setCurrentIndex(int(trainingLanguages().indexOf(m_contentLanguage)));
    }
    m_block = 0;
    m_blockSeconds = 0;
    m_sessionSeconds = 0;
    m_tick->stop();
    fillBlockList();
    showBlock();
}

std::optional<QString> TrainingWindow::savePlan(const QString &path) const
{
    if (const std::optional<ParseError> error = saveSessionPlan(m_plan, path))
        return ErrorText::located(*error);
    return std::nullopt;
}

std::optional<QString> TrainingWindow::loadPlan(const QString &path)
{
    Result<SessionPlan> loaded = loadSessionPlan(path);
    if (const auto *error = std::get_if<ParseError>(&loaded))
        return ErrorText::located(*error);
    SessionPlan plan = std::get<SessionPlan>(std::move(loaded));
    for (const SessionBlock &b : plan.blocks)
        if (!b.scenarioId.isEmpty() && !scenario(b.scenarioId))
            return tr("%1: the plan uses scenario \"%2\", which is not loaded. Add its file "
                      "first.")
                .arg(path, b.scenarioId);
    setPlan(std::move(plan));
    return std::nullopt;
}

void TrainingWindow::fillBlockList()
{
    const QSignalBlocker block(m_blocks);
    m_blocks->clear();
    for (const SessionBlock &b : m_plan.blocks) {
        const bool isBreak = b.activity == TrainingActivity::Break;
        // Short lines, so that nothing is cut off in a narrow list: the step and its time, the
        // activity, the scenario.
        QString text = QStringLiteral("%1 \u00b7 %2\n%3")
                           .arg(isBreak ? QString() : ActivityGuide::stepName(b.step),
                                tr("%1 min").arg(b.minutes), ActivityGuide::activityName(b.activity));
        if (isBreak)
            text = QStringLiteral("%1 \u00b7 %2").arg(ActivityGuide::activityName(b.activity),
                                                      tr("%1 min").arg(b.minutes));
        if (const Scenario *s = scenario(b.scenarioId))
            text += QLatin1Char('\n') + s->title.in(m_contentLanguage);
        new QListWidgetItem(stepIcon(b.step, isBreak), text, m_blocks);
    }
    m_blocks->setCurrentRow(m_block);
}

TrainingExercise *TrainingWindow::currentExercise() const
{
    return qobject_cast<TrainingExercise *>(m_stack->currentWidget());
}

void TrainingWindow::goToBlock(int block)
{
    if (block < 0 || std::size_t(block) >= m_plan.blocks.size())
        return;
    m_block = block;
    m_blockSeconds = 0;
    {
        const QSignalBlocker blocker(m_blocks);
        m_blocks->setCurrentRow(block);
    }
    showBlock();
}

void TrainingWindow::showBlock()
{
    if (m_plan.blocks.empty() || std::size_t(m_block) >= m_plan.blocks.size()) {
        m_blockHeader->setText(tr("No session plan: build one to start."));
        updateTimerDisplay();
        return;
    }
    const SessionBlock &b = m_plan.blocks[std::size_t(m_block)];
    ScenarioRunner *scenarioRunner = b.scenarioId.isEmpty() ? nullptr : runner(b.scenarioId);
    TrainingExercise *exercise = nullptr;
    switch (b.activity) {
    case TrainingActivity::ScenarioChoices:
    case TrainingActivity::ScenarioQuestions:
        m_scenarioExercise->setScenario(scenarioRunner,
                                        b.activity == TrainingActivity::ScenarioChoices
                                            ? ScenarioExercise::Mode::Choices
                                            : ScenarioExercise::Mode::Questions);
        exercise = m_scenarioExercise;
        break;
    case TrainingActivity::RouteComparison:
        m_routeComparison->setScenario(scenarioRunner);
        exercise = m_routeComparison;
        break;
    case TrainingActivity::SpotTheCamera:
        if (scenarioRunner && !scenarioRunner->request(0, 0).from.stations.empty())
            m_spotTheCamera->setStation(scenarioRunner->request(0, 0).from.stations.front());
        else
            m_spotTheCamera->restart();
        exercise = m_spotTheCamera;
        break;
    case TrainingActivity::MythOrEvidence:
        m_mythOrEvidence->restart();
        exercise = m_mythOrEvidence;
        break;
    case TrainingActivity::FaceDetectorDemo:
        m_faceDemo->restart();
        exercise = m_faceDemo;
        break;
    case TrainingActivity::TeamExercise:
        m_team->setScenario(scenarioRunner);
        exercise = m_team;
        break;
    case TrainingActivity::Recap:
    case TrainingActivity::PersonalPlan:
    case TrainingActivity::Break:
        m_synthesis->setActivity(b.activity, b.minutes, planScenarios());
        exercise = m_synthesis;
        break;
    }
    exercise->setContentLanguage(m_contentLanguage);
    m_stack->setCurrentWidget(exercise);
    QString header = b.activity == TrainingActivity::Break
                         ? ActivityGuide::activityName(b.activity)
                         : QStringLiteral("%1 \u00b7 %2").arg(ActivityGuide::stepName(b.step),
                                                              ActivityGuide::activityName(b.activity));
    header += QStringLiteral("  \u2014  ") +
              tr("block %1 of %2, %3 min").arg(m_block + 1).arg(m_plan.blocks.size()).arg(b.minutes);
    m_blockHeader->setText(header);
    m_purpose->setText(b.activity == TrainingActivity::Break ? QString()
                                                             : ActivityGuide::stepPurpose(b.step));
    {
        const QSignalBlocker blocker(m_ownNotes);
        m_ownNotes->setPlainText(b.notes);
    }
    updateNotes();
    updateTimerDisplay();
    pushSlide();
}

void TrainingWindow::updateNotes()
{
    if (m_plan.blocks.empty() || std::size_t(m_block) >= m_plan.blocks.size())
        return;
    QStringList notes = ActivityGuide::facilitatorNotes(m_plan.blocks[std::size_t(m_block)].activity);
    if (TrainingExercise *exercise = currentExercise())
        notes += exercise->facilitatorNotes();
    QStringList bullets;
    for (const QString &note : notes)
        bullets.append(QStringLiteral("\u2022 ") + note);
    m_notes->setText(bullets.join(QStringLiteral("\n\n")));
}

void TrainingWindow::pushSlide()
{
    if (!m_presenter || m_plan.blocks.empty())
        return;
    TrainingExercise *exercise = currentExercise();
    if (!exercise)
        return;
    // Made in the session's language, as the presenter view paints it.
    const TranslationScope sessionLanguage(m_contentLanguage);
    PresenterSlide slide = exercise->slide();
    const SessionBlock &b = m_plan.blocks[std::size_t(m_block)];
    slide.stepLabel = b.activity == TrainingActivity::Break
                          ? ActivityGuide::activityName(b.activity)
                          : QStringLiteral("%1 \u00b7 %2").arg(ActivityGuide::stepName(b.step),
                                                               ActivityGuide::activityName(b.activity));
    m_presenter->setSlide(std::move(slide), m_contentLanguage);
}

void TrainingWindow::next()
{
    if (TrainingExercise *exercise = currentExercise(); exercise && exercise->stepForward())
        return;
    if (std::size_t(m_block) + 1 < m_plan.blocks.size())
        goToBlock(m_block + 1);
}

void TrainingWindow::previous()
{
    if (TrainingExercise *exercise = currentExercise(); exercise && exercise->stepBack())
        return;
    if (m_block > 0)
        goToBlock(m_block - 1);
}

bool TrainingWindow::timerRunning() const
{
    return m_tick->isActive();
}

void TrainingWindow::toggleTimer()
{
    if (m_tick->isActive())
        m_tick->stop();
    else
        m_tick->start();
    updateTimerDisplay();
}

void TrainingWindow::resetTimer()
{
    m_blockSeconds = 0;
    updateTimerDisplay();
}

void TrainingWindow::updateTimerDisplay()
{
    if (m_plan.blocks.empty() || std::size_t(m_block) >= m_plan.blocks.size()) {
        m_timer->setText(clock(0));
        return;
    }
    const int planned = m_plan.blocks[std::size_t(m_block)].minutes * kSecondsPerMinute;
    const int left = planned - m_blockSeconds;
    m_timer->setText(clock(left));
    // Over time is said quietly: a muted colour, no flashing.
    m_timer->setStyleSheet(left < 0 ? QStringLiteral("color: #8a5a00;") : QString());
    m_timerBar->setMaximum(std::max(1, planned));
    m_timerBar->setValue(std::min(planned, m_blockSeconds));
    m_sessionClock->setText(tr("Session: %1 of %2 min%3")
                                .arg(m_sessionSeconds / kSecondsPerMinute)
                                .arg(m_plan.totalMinutes)
                                .arg(m_tick->isActive() ? QString() : tr(" (timer paused)")));
}

void TrainingWindow::setContentLanguage(const QString &language)
{
    m_contentLanguage = trainingLanguageFor(language);
    m_plan.language = m_contentLanguage;
    {
        const QSignalBlocker block(m_language);
        m_language->setCurrentIndex(int(trainingLanguages().indexOf(m_contentLanguage)));
    }
    fillBlockList();
    if (TrainingExercise *exercise = currentExercise())
        exercise->setContentLanguage(m_contentLanguage);
    updateNotes();
    pushSlide();
}

PresenterView *TrainingWindow::presenter() const
{
    return m_presenter;
}

void TrainingWindow::showPresenter()
{
    if (!m_presenter) {
        m_presenter = new PresenterView(m_city);
        m_presenter->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_presenter, &PresenterView::nextRequested, this, &TrainingWindow::next);
        connect(m_presenter, &PresenterView::previousRequested, this, &TrainingWindow::previous);
    }
    m_presenter->showOnProjector(screen());
    pushSlide();
}

void TrainingWindow::buildSession()
{
    SessionBuilderDialog dialog(m_scenarios, m_contentLanguage, this);
    dialog.setLength(m_plan.totalMinutes);
    QStringList chosen;
    for (const Scenario &s : planScenarios())
        chosen.append(s.id);
    if (!chosen.isEmpty())
        dialog.setChosenScenarios(chosen);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (std::optional<SessionPlan> plan = dialog.plan())
        setPlan(std::move(*plan));
}

void TrainingWindow::chooseAndLoadPlan()
{
    const auto choice = PrivateFileDialog::openFile(this, tr("Open a session plan"),
                                                    {tr("Session plans (*.json)")});
    if (!choice)
        return;
    if (const std::optional<QString> error = loadPlan(choice->path))
        QMessageBox::warning(this, tr("Open a session plan"), *error);
}

void TrainingWindow::chooseAndSavePlan()
{
    const auto choice = PrivateFileDialog::saveFile(this, tr("Save the session plan"),
                                                    {tr("Session plans (*.json)")},
                                                    {QStringLiteral("json")},
                                                    QStringLiteral("session.json"));
    if (!choice)
        return;
    if (const std::optional<QString> error = savePlan(choice->path))
        QMessageBox::warning(this, tr("Save the session plan"), *error);
}

void TrainingWindow::chooseAndAddScenario()
{
    const auto choice = PrivateFileDialog::openFile(this, tr("Add a scenario file"),
                                                    {tr("Scenarios (*.json)")});
    if (!choice)
        return;
    if (const std::optional<QString> error = addScenarioFile(choice->path))
        QMessageBox::warning(this, tr("Add a scenario file"), *error);
    else
        statusBar()->showMessage(tr("Scenario added: use \"Build a session\" to include it."), 8000);
}

std::optional<QString> TrainingWindow::writeHandout(Handouts::Kind kind, const QString &path)
{
    switch (kind) {
    case Handouts::Kind::RouteCard: {
        QString id;
        if (std::size_t(m_block) < m_plan.blocks.size())
            id = m_plan.blocks[std::size_t(m_block)].scenarioId;
        if (id.isEmpty())
            for (const Scenario &s : planScenarios()) {
                id = s.id;
                break;
            }
        ScenarioRunner *r = id.isEmpty() ? nullptr : runner(id);
        if (!r)
            return tr("Choose a block with a scenario to print its route card.");
        Result<ScenarioOutcome> outcome = r->outcome(0, 0);
        if (const auto *error = std::get_if<ParseError>(&outcome))
            return ErrorText::located(*error);
        return Handouts::writeRouteCard(path, m_city, std::get<ScenarioOutcome>(outcome),
                                        m_contentLanguage);
    }
    case Handouts::Kind::EvidenceTable:
        return Handouts::writeEvidenceTable(path, m_contentLanguage);
    case Handouts::Kind::PersonalPlan:
        return Handouts::writePersonalPlan(path, m_contentLanguage, planScenarios());
    case Handouts::Kind::LegalHelp:
        return Handouts::writeLegalHelp(path, m_contentLanguage);
    }
    return std::nullopt;
}

void TrainingWindow::chooseAndWriteHandout(Handouts::Kind kind)
{
    const auto choice = PrivateFileDialog::saveFile(this, tr("Save the handout"),
                                                    {tr("PDF documents (*.pdf)")},
                                                    {QStringLiteral("pdf")},
                                                    Handouts::fileName(kind, m_contentLanguage));
    if (!choice)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<QString> error = writeHandout(kind, choice->path);
    QApplication::restoreOverrideCursor();
    if (error)
        QMessageBox::warning(this, tr("Save the handout"), *error);
    else
        statusBar()->showMessage(tr("Handout written."), 5000);
}

} // namespace blindspot
