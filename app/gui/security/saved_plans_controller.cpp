#include "gui/security/saved_plans_controller.h"

#include "gui/planner/planner_panel.h"
#include "gui/security/security_text.h"
#include "gui/security/workspace_menu.h"
#include "gui/security/workspace_session.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>

#include <utility>

namespace blindspot {

namespace {
// How long status bar notes stay.
constexpr int kStatusMs = 8000;
} // namespace

SavedPlansController::SavedPlansController(
    WorkspaceSession &session, PlannerPanel &planner,
    std::function<std::shared_ptr<const Dataset>()> dataset, QWidget *dialogParent,
    QObject *parent)
    : QObject(parent), m_session(session), m_planner(planner), m_dataset(std::move(dataset)),
      m_dialogParent(dialogParent)
{
    QMenu *plan = m_planner.menu();
    plan->addSeparator();
    m_saveAction =
        plan->addAction(QString(), this, &SavedPlansController::chooseNameAndSavePlan);
    m_saveAction->setObjectName(QStringLiteral("savePlanAction"));
    m_saveAction->setEnabled(false);
    connect(&m_planner, &PlannerPanel::routeAvailable, m_saveAction, &QAction::setEnabled);
    m_menu = new QMenu(plan);
    m_menu->setObjectName(QStringLiteral("savedPlansMenu"));
    plan->addMenu(m_menu);
    fillWhenOpenedEmptyWhenLocked(*m_menu, m_session, *this, [this] { rebuildMenu(); });
    retranslateUi();
    rebuildMenu();
}

void SavedPlansController::retranslateUi()
{
    const QString tip = tr("Keep the start and destination of this trip, to plan it again later");
    m_saveAction->setText(tr("Sa&ve this plan…"));
    m_saveAction->setToolTip(tip);
    m_saveAction->setStatusTip(tip);
    m_menu->setTitle(tr("Saved p&lans"));
}

void SavedPlansController::rebuildMenu()
{
    m_menu->clear();
    const WorkspaceContent &content = m_session.content();
    for (std::size_t i = 0; i < content.plans.size(); ++i) {
        const SavedPlan &plan = content.plans[i];
        QAction *action = m_menu->addAction(SecurityText::menuText(plan.name));
        action->setToolTip(tr("%1 to %2").arg(plan.fromPlace, plan.toPlace));
        connect(action, &QAction::triggered, this, [this, i] { openSavedPlan(i); });
    }
    if (content.plans.empty()) {
        m_menu->addAction(tr("No saved plans"))->setEnabled(false);
    } else {
        m_menu->addSeparator();
        m_menu->addAction(tr("&Delete a saved plan…"), this,
                          &SavedPlansController::chooseSavedPlanToDelete);
    }
}

bool SavedPlansController::saveCurrentPlan(const QString &name)
{
    const std::optional<Plan> &plan = m_planner.currentPlan();
    const auto *from = m_planner.findChild<QLineEdit *>(QStringLiteral("fromEdit"));
    const auto *to = m_planner.findChild<QLineEdit *>(QStringLiteral("toEdit"));
    const std::shared_ptr<const Dataset> dataset = m_dataset();
    if (!plan || !dataset || !from || !to) {
        emit statusMessage(tr("Plan a trip first, then save it."), kStatusMs);
        return false;
    }
    SavedPlan saved;
    saved.name = name.trimmed();
    saved.fromPlace = from->text().trimmed();
    saved.toPlace = to->text().trimmed();
    saved.fromPosition = plan->request.from.position;
    saved.toPosition = plan->request.to.position;
    // The planner always shows the fastest, the least exposed and the choices between.
    saved.mode = QStringLiteral("pareto");
    saved.profile = plan->conditions.profile;
    saved.datasetId = dataset->header.id;
    saved.created = QDateTime::currentDateTimeUtc();
    if (saved.name.isEmpty())
        saved.name = tr("%1 to %2").arg(saved.fromPlace, saved.toPlace);
    if (const auto error = m_session.addPlan(std::move(saved))) {
        QMessageBox::warning(m_dialogParent, tr("Plan not saved"), SecurityText::error(*error));
        return false;
    }
    emit statusMessage(m_session.state() == WorkspaceSession::State::Unlocked
                           ? tr("Plan saved in your encrypted workspace.")
                           : tr("Plan kept in memory only: it is gone when Blindspot closes."),
                       kStatusMs);
    return true;
}

void SavedPlansController::chooseNameAndSavePlan()
{
    const auto *from = m_planner.findChild<QLineEdit *>(QStringLiteral("fromEdit"));
    const auto *to = m_planner.findChild<QLineEdit *>(QStringLiteral("toEdit"));
    if (!m_planner.currentPlan() || !from || !to) {
        emit statusMessage(tr("Plan a trip first, then save it."), kStatusMs);
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_dialogParent, tr("Save this plan"),
        m_session.state() == WorkspaceSession::State::Unlocked
            ? tr("A name for this plan. It is kept encrypted in your workspace:")
            : tr("A name for this plan. Without a workspace it is kept only until Blindspot "
                 "closes:"),
        QLineEdit::Normal, tr("%1 to %2").arg(from->text().trimmed(), to->text().trimmed()), &ok);
    if (ok)
        saveCurrentPlan(name);
}

bool SavedPlansController::openSavedPlan(std::size_t index)
{
    const WorkspaceContent &content = m_session.content();
    if (index >= content.plans.size())
        return false;
    const SavedPlan plan = content.plans[index];
    const std::shared_ptr<const Dataset> dataset = m_dataset();
    if (!dataset) {
        emit statusMessage(tr("Open a map first."), kStatusMs);
        return false;
    }
    if (auto *profile = m_planner.findChild<QComboBox *>(QStringLiteral("profileCombo"))) {
        const int at = profile->findData(plan.profile);
        if (at >= 0)
            profile->setCurrentIndex(at);
    }
    m_planner.show();
    m_planner.raise();
    const bool planned = m_planner.planBetween(plan.fromPlace, plan.toPlace);
    if (!plan.datasetId.isEmpty() && plan.datasetId != dataset->header.id)
        emit statusMessage(
            tr("This plan was saved on another map; it was planned on the map shown now."),
            kStatusMs);
    return planned;
}

void SavedPlansController::chooseSavedPlanToDelete()
{
    QStringList names;
    for (const SavedPlan &plan : m_session.content().plans)
        names << plan.name;
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_dialogParent, tr("Delete a saved plan"),
                                                 tr("Saved plan to delete:"), names, 0, false, &ok);
    if (!ok || !names.contains(chosen))
        return;
    if (const auto error = m_session.removePlan(std::size_t(names.indexOf(chosen))))
        QMessageBox::warning(m_dialogParent, tr("Plan not deleted"), SecurityText::error(*error));
}

} // namespace blindspot
