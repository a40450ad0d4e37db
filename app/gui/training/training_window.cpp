#include "gui/training/training_window.h"

#include "common/embedded_data.h"
#include "common/error_text.h"
#include "common/translations.h"
#include "gui/shell/model_text.h"
#include "gui/shell/private_file_dialog.h"
#include "gui/training/activity_guide.h"
#include "gui/training/exercise_pages.h"
#include "gui/training/face_detector_demo_widget.h"
#include "gui/training/facilitator_panel.h"
#include "gui/training/presenter_view.h"
#include "gui/training/session_builder_dialog.h"
#include "gui/training/synthesis_page.h"
#include "gui/training/training_painter.h"

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
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace blindspot {

namespace {

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
      m_library(std::make_shared<const Dataset>(embeddedTrainingCity()), shippedScenarios()),
      m_contentLanguage(trainingLanguageFor(uiLanguage))
{
    setObjectName(QStringLiteral("trainingWindow"));
    buildUi();
    createActions();
    retranslateUi();
    QStringList first;
    for (std::size_t i = 0; i < scenarios().size() && i < 2; ++i)
        first.append(scenarios()[i].id);
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
    m_banner->setStyleSheet(
        QStringLiteral("#fictionalBanner { background: #fff1c2; color: #3b2f00;"
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
    m_pages = new ExercisePages(city(), middle);
    connect(m_pages, &ExercisePages::currentSlideChanged, this, [this] {
        pushSlide();
        updateNotes();
    });
    connect(m_pages->synthesis(), &SynthesisPage::worksheetRequested, this,
            [this] { chooseAndWriteHandout(Handouts::Kind::PersonalPlan); });
    middleColumn->addWidget(m_pages, 1);
    splitter->addWidget(middle);

    // The facilitator's panel: on the laptop only, never on the projector.
    m_facilitator = new FacilitatorPanel(splitter);
    splitter->addWidget(m_facilitator);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({240, 860, 300});
    column->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_blocks, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_block)
            goToBlock(row);
    });
    connect(m_facilitator, &FacilitatorPanel::ownNotesEdited, this, [this](const QString &text) {
        if (m_block >= 0 && std::size_t(m_block) < m_plan.blocks.size())
            m_plan.blocks[std::size_t(m_block)].notes = text;
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
                          .arg(ModelText::datasetName(city()->header)));
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
    m_handoutActions[Handouts::Kind::EvidenceTable]->setText(
        tr("Evidence table of countermeasures (PDF)..."));
    m_handoutActions[Handouts::Kind::PersonalPlan]->setText(tr("My plan worksheet (PDF)..."));
    m_handoutActions[Handouts::Kind::LegalHelp]->setText(tr("Where to get legal help (PDF)..."));
    m_facilitator->retranslateUi();
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
    m_pages->faceDetectorDemo()->forgetPhoto();
    if (m_presenter)
        m_presenter->close();
    m_facilitator->stopTimer();
    QMainWindow::closeEvent(event);
}

std::vector<Scenario> TrainingWindow::planScenarios() const
{
    return m_library.scenariosOf(m_plan);
}

ScenarioRunner *TrainingWindow::runner(const QString &id)
{
    Result<ScenarioRunner *> prepared = m_library.runner(id);
    if (const auto *error = std::get_if<ParseError>(&prepared)) {
        statusBar()->showMessage(ErrorText::located(*error));
        return nullptr;
    }
    return std::get<ScenarioRunner *>(prepared);
}

std::optional<QString> TrainingWindow::addScenarioFile(const QString &path)
{
    if (const std::optional<ParseError> error = m_library.addScenarioFile(path))
        return ErrorText::located(*error);
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
    m_facilitator->restartSession();
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
        if (!b.scenarioId.isEmpty() && !m_library.scenario(b.scenarioId))
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
        QString text =
            QStringLiteral("%1 \u00b7 %2\n%3")
                .arg(isBreak ? QString() : ActivityGuide::stepName(b.step),
                     tr("%1 min").arg(b.minutes), ActivityGuide::activityName(b.activity));
        if (isBreak)
            text = QStringLiteral("%1 \u00b7 %2")
                       .arg(ActivityGuide::activityName(b.activity), tr("%1 min").arg(b.minutes));
        if (const Scenario *s = m_library.scenario(b.scenarioId))
            text += QLatin1Char('\n') + s->title.in(m_contentLanguage);
        new QListWidgetItem(stepIcon(b.step, isBreak), text, m_blocks);
    }
    m_blocks->setCurrentRow(m_block);
}

TrainingExercise *TrainingWindow::currentExercise() const
{
    return m_pages->currentExercise();
}

void TrainingWindow::goToBlock(int block)
{
    if (block < 0 || std::size_t(block) >= m_plan.blocks.size())
        return;
    m_block = block;
    m_facilitator->restartBlockTime();
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
        m_facilitator->showBlock(nullptr, m_plan.totalMinutes);
        return;
    }
    const SessionBlock &b = m_plan.blocks[std::size_t(m_block)];
    ScenarioRunner *scenarioRunner = b.scenarioId.isEmpty() ? nullptr : runner(b.scenarioId);
    m_pages->showBlock(b, scenarioRunner, planScenarios(), m_contentLanguage);
    QString header =
        b.activity == TrainingActivity::Break
            ? ActivityGuide::activityName(b.activity)
            : QStringLiteral("%1 \u00b7 %2")
                  .arg(ActivityGuide::stepName(b.step), ActivityGuide::activityName(b.activity));
    header +=
        QStringLiteral("  \u2014  ") +
        tr("block %1 of %2, %3 min").arg(m_block + 1).arg(m_plan.blocks.size()).arg(b.minutes);
    m_blockHeader->setText(header);
    m_facilitator->showBlock(&b, m_plan.totalMinutes);
    updateNotes();
    pushSlide();
}

void TrainingWindow::updateNotes()
{
    if (m_plan.blocks.empty() || std::size_t(m_block) >= m_plan.blocks.size())
        return;
    QStringList notes =
        ActivityGuide::facilitatorNotes(m_plan.blocks[std::size_t(m_block)].activity);
    if (TrainingExercise *exercise = currentExercise())
        notes += exercise->facilitatorNotes();
    m_facilitator->setNotes(notes);
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
    slide.stepLabel =
        b.activity == TrainingActivity::Break
            ? ActivityGuide::activityName(b.activity)
            : QStringLiteral("%1 \u00b7 %2")
                  .arg(ActivityGuide::stepName(b.step), ActivityGuide::activityName(b.activity));
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

void TrainingWindow::toggleTimer()
{
    m_facilitator->toggleTimer();
}

void TrainingWindow::resetTimer()
{
    m_facilitator->resetTimer();
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
        m_presenter = new PresenterView(city());
        m_presenter->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_presenter, &PresenterView::nextRequested, this, &TrainingWindow::next);
        connect(m_presenter, &PresenterView::previousRequested, this, &TrainingWindow::previous);
    }
    m_presenter->showOnProjector(screen());
    pushSlide();
}

void TrainingWindow::buildSession()
{
    SessionBuilderDialog dialog(scenarios(), m_contentLanguage, this);
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
    const auto choice = PrivateFileDialog::saveFile(
        this, tr("Save the session plan"), {tr("Session plans (*.json)")}, {QStringLiteral("json")},
        QStringLiteral("session.json"));
    if (!choice)
        return;
    if (const std::optional<QString> error = savePlan(choice->path))
        QMessageBox::warning(this, tr("Save the session plan"), *error);
}

void TrainingWindow::chooseAndAddScenario()
{
    const auto choice =
        PrivateFileDialog::openFile(this, tr("Add a scenario file"), {tr("Scenarios (*.json)")});
    if (!choice)
        return;
    if (const std::optional<QString> error = addScenarioFile(choice->path))
        QMessageBox::warning(this, tr("Add a scenario file"), *error);
    else
        statusBar()->showMessage(tr("Scenario added: use \"Build a session\" to include it."),
                                 8000);
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
        return Handouts::writeRouteCard(path, city(), std::get<ScenarioOutcome>(outcome),
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
    const auto choice = PrivateFileDialog::saveFile(
        this, tr("Save the handout"), {tr("PDF documents (*.pdf)")}, {QStringLiteral("pdf")},
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
