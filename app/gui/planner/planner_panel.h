#pragma once

#include "core/geo/lat_lon.h"
#include "core/routing/planning_session.h"

#include <QDockWidget>
#include <QPointer>

#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QGroupBox;
class QListWidget;
class QMenu;
class QPushButton;
class QStandardItemModel;
class QToolButton;

namespace blindspot {

class RouteText;

class MapView;
class PlaceResolver;
class RouteCards;
class RouteDetails;

/// The trip planner: where from and where to (typed with completion over station names in
/// every language, or picked on the map), the day (ordinary or alert), and on request a time
/// budget, the way of travelling, stations, entrances and lines to avoid and what-ifs. Planning
/// shows the routes as cards; choosing one draws it on the map and explains it in the details
/// dock (detailsDock()), and its route card can be printed to PDF or saved as an image.
///
/// Everything typed or planned stays in memory: nothing here writes places, routes or
/// searches to disk, except a route card the user explicitly saves.
class PlannerPanel : public QDockWidget {
    Q_OBJECT
public:
    /// Draws routes on `map` and lets the user pick places on it; `map` must outlive the panel.
    explicit PlannerPanel(MapView *map, QWidget *parent = nullptr);
    ~PlannerPanel() override;

    /// Plans on `dataset` from now on (nullptr: none); clears the form's places and results.
    void setDataset(std::shared_ptr<const Dataset> dataset);

    /// The dock with the selected route's details, for the main window to place.
    QDockWidget *detailsDock() const { return m_detailsDock; }
    /// The Plan menu (plan, swap, print and save the route card, show the docks), for the main
    /// window's menu bar; it follows the UI language with the panel.
    QMenu *menu() const { return m_menu; }
    RouteCards *cards() const { return m_cards; }
    RouteDetails *details() const { return m_details; }
    /// The last plan, if one succeeded.
    const std::optional<Plan> &currentPlan() const { return m_plan; }
    /// Index of the selected route in currentPlan(), or -1.
    int selectedRoute() const { return m_selected; }

    /// Fills in From and To and plans; false (with the reason shown) when no route came of it.
    bool planBetween(const QString &from, const QString &to);

    /// Shows a recorded path as it was walked, evaluated under the form's day and what-ifs: drawn
    /// on the map as a route and explained in the details, with each camera that has it in
    /// view. It replaces the routes shown, and planning replaces it. Returns the reason when it
    /// could not (no map, a path of no length), and then changes nothing.
    std::optional<QString> showTrack(const std::vector<LatLon> &points);
    /// Whether a recorded path is shown (instead of planned routes).
    bool showsTrack() const { return m_track.has_value(); }

    /// Writes the selected route's card to `path`: PNG if the name ends in .png, else PDF.
    /// Returns the reason when it could not.
    std::optional<QString> exportRouteCard(const QString &path);

public slots:
    /// Plans with what the form says.
    bool planFromForm();
    void swapPlaces();
    /// The dataset was changed in place (an edit): routes planned before no longer hold.
    void datasetEdited();
    /// Asks where to save the route card as PDF, for printing.
    void saveRouteCardPdf();
    /// Asks where to save the route card as a PNG image.
    void saveRouteCardImage();

signals:
    /// Whether a route is selected, so that a route card can be printed.
    void routeAvailable(bool available);
    /// The user asked how the numbers are made.
    void methodologyRequested();
    /// The panel said something to the user (a plan that failed, a saved route card): for a
    /// screen reader to read out.
    void messageShown(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The time limit's choices, in minutes too once a plan gives the fastest.
    void updateBudgetTexts();
    /// Every station for an empty From or To field: nearest first to the other field's place
    /// when it resolves, else by name.
    std::vector<StationId> stationsToOffer(const QLineEdit *edit, const RouteText &text) const;
    /// Per place field: lists the stations when it is opened empty.
    std::map<const QObject *, std::function<void()>> m_emptyFieldCompletions;
    void buildForm(QWidget *content);
    void buildMenu();
    void retranslateUi();
    void updatePlaceholders();
    /// Shows the plan and selected route again, in the current language.
    void showResultsAgain();
    void clearResults();
    void updateCompletions(QLineEdit *edit, QStandardItemModel *model, QCompleter *completer);
    void beginPick(QLineEdit *target);
    void placePicked(LatLon position);
    void pickCancelled();
    void addAvoided();
    void removeAvoided();
    void applyAlternative(int index);
    void selectRoute(int index);
    void showMessage(const QString &text);
    void saveRouteCard(bool image);
    std::optional<RouteRequest> requestFromForm();
    PlanConditions conditionsFromForm() const;
    QString language() const;

    QPointer<MapView> m_map;
    std::shared_ptr<const Dataset> m_dataset;
    /// The map's place index, built on a worker thread when a map opens or changes (a city's
    /// addresses take a moment). resolver() waits for it; nullptr without a map.
    std::shared_future<std::shared_ptr<const PlaceResolver>> m_resolverBuild;
    const PlaceResolver *resolver() const;
    void indexPlaces();
    PlanningSession m_session;
    std::optional<Plan> m_plan;
    int m_selected = -1;
    std::vector<Alternative> m_alternatives; ///< For the selected route.
    /// A recorded path shown as walked (showTrack), and the conditions it was evaluated under.
    std::optional<RoutePlanner::TrackExposure> m_track;
    PlanConditions m_trackConditions;
    bool m_trackOutsideMap = false;
    /// The map keeps the selected route fitted as it is resized (docks appearing, the window
    /// resized) until the user pans or zooms it.
    bool m_keepRouteFitted = false;

    QMenu *m_menu = nullptr;
    QAction *m_planAction = nullptr;
    QAction *m_swapAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_imageAction = nullptr;

    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_dayLabel = nullptr;
    QLabel *m_modeLabel = nullptr;
    QLabel *m_budgetLabel = nullptr;
    QLabel *m_avoidLabel = nullptr;
    QLabel *m_avoidLinesLabel = nullptr;
    QToolButton *m_swap = nullptr;
    QPushButton *m_avoidRemove = nullptr;
    QGroupBox *m_whatIf = nullptr;
    QLabel *m_whatIfNote = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_pickTarget = nullptr;
    QToolButton *m_pickFrom = nullptr;
    QToolButton *m_pickTo = nullptr;
    QComboBox *m_profile = nullptr;
    QToolButton *m_optionsToggle = nullptr;
    QWidget *m_options = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_budget = nullptr;
    QLineEdit *m_avoidEdit = nullptr;
    QListWidget *m_avoidList = nullptr;
    QListWidget *m_avoidLines = nullptr;
    QCheckBox *m_mask = nullptr;
    QCheckBox *m_sunglasses = nullptr;
    QCheckBox *m_cap = nullptr;
    QPushButton *m_planButton = nullptr;
    QLabel *m_message = nullptr;
    RouteCards *m_cards = nullptr;
    RouteDetails *m_details = nullptr;
    QDockWidget *m_detailsDock = nullptr;
};

} // namespace blindspot
