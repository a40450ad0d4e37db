#include "gui/training/training_menu.h"

#include "gui/shell/private_file_dialog.h"
#include "gui/training/training_window.h"

#include <QAction>
#include <QEvent>
#include <QMessageBox>

namespace blindspot {

TrainingMenu::TrainingMenu(QString language, QWidget *parent)
    : QMenu(parent), m_language(std::move(language))
{
    setObjectName(QStringLiteral("trainingMenu"));
    m_open = addAction(QString(), this, [this] { openTrainingWindow(); });
    m_open->setObjectName(QStringLiteral("openTrainingMode"));
    m_build = addAction(QString(), this, [this] {
        // Queued, so that the menu has closed before the dialog opens.
        if (TrainingWindow *window = openTrainingWindow())
            QMetaObject::invokeMethod(window, &TrainingWindow::buildSession, Qt::QueuedConnection);
    });
    m_openPlan = addAction(QString(), this, [this] {
        const auto choice = PrivateFileDialog::openFile(parentWidget(), tr("Open a session plan"),
                                                        {tr("Session plans (*.json)")});
        if (!choice)
            return;
        TrainingWindow *window = openTrainingWindow();
        if (const std::optional<QString> error = window->loadPlan(choice->path))
            QMessageBox::warning(window, tr("Open a session plan"), *error);
    });
    m_checkScenario = addAction(QString(), this, [this] {
        const auto choice = PrivateFileDialog::openFile(parentWidget(), tr("Check a scenario file"),
                                                        {tr("Scenarios (*.json)")});
        if (!choice)
            return;
        TrainingWindow *window = openTrainingWindow();
        if (const std::optional<QString> error = window->addScenarioFile(choice->path))
            QMessageBox::warning(window, tr("Check a scenario file"), *error);
        else
            QMessageBox::information(window, tr("Check a scenario file"),
                                     tr("The scenario is valid and was added to training mode."));
    });
    retranslate();
}

TrainingMenu::~TrainingMenu()
{
    // Training mode belongs to the main window: it closes with it.
    delete m_window.data();
}

TrainingWindow *TrainingMenu::openTrainingWindow()
{
    if (!m_window) {
        // A window of its own (not a child of the main window), so that it can sit on its own
        // screen; it is deleted when closed.
        m_window = new TrainingWindow(m_language);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    return m_window;
}

TrainingWindow *TrainingMenu::trainingWindow() const
{
    return m_window;
}

void TrainingMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void TrainingMenu::retranslate()
{
    setTitle(tr("&Training"));
    m_open->setText(tr("Open training mode"));
    m_build->setText(tr("Build a session..."));
    m_openPlan->setText(tr("Open a session plan..."));
    m_checkScenario->setText(tr("Check a scenario file..."));
}

} // namespace blindspot
