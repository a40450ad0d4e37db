#pragma once

#include "core/model/dataset.h"

#include <QObject>
#include <QString>

#include <cstddef>
#include <functional>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace blindspot {

class PlannerPanel;
class WorkspaceSession;

/// Saved plans: "Save this plan…" and "Saved plans" at the end of the planner's Plan menu. A
/// plan (its places, profile and map) goes into the workspace, or into memory only.
class SavedPlansController : public QObject {
    Q_OBJECT
public:
    /// `dataset` returns the map shown (nullptr for none); `dialogParent` carries the dialogs.
    SavedPlansController(WorkspaceSession &session, PlannerPanel &planner,
                         std::function<std::shared_ptr<const Dataset>()> dataset,
                         QWidget *dialogParent, QObject *parent = nullptr);

    /// Saves the planner's current plan under `name`; false (said) when there is no plan or
    /// saving failed.
    bool saveCurrentPlan(const QString &name);
    /// Fills the planner with saved plan `index` and plans it.
    bool openSavedPlan(std::size_t index);
    /// Asks for a name, then saves the planner's current plan.
    void chooseNameAndSavePlan();
    void retranslateUi();

signals:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void rebuildMenu();
    void chooseSavedPlanToDelete();

    WorkspaceSession &m_session;
    PlannerPanel &m_planner;
    std::function<std::shared_ptr<const Dataset>()> m_dataset;
    QWidget *m_dialogParent;
    QAction *m_saveAction = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace blindspot
