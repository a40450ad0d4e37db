#pragma once

#include "core/geo/lat_lon.h"
#include "core/routing/planning_session.h"

#include <QDockWidget>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;

namespace blindspot {

class MapView;
class PlaceCompletion;
class PlannerForm;
class RouteCards;
class RouteDetails;

/// The trip planner: where from and where to (typed with completion over station names in
/// every language, or picked on the map), the day (ordinary or alert), and on request a time
/// budget, the way of travelling, stations, entrances and lines to avoid and what-ifs. Planning
/// shows the routes as cards; choosing one draws it on the map and explains it in the details
/// dock (detailsDock()), and its route card can be printed to PDF or saved as an image.
///
/// Its one job is to put the planner together and run it: the form (PlannerForm, with
/// PlaceCompletion for typed places), its message, the route cards and the details, the
/// picking of places on the map, the planning itself (off the GUI thread) and the route
/// card's export.
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
    void buildContent(QWidget *content);
    void buildMenu();
    void retranslateUi();
    /// Makes the scroll area as wide as the form and what follows it need, in their words now.
    void fitWidthToForm();
    /// Shows the plan and selected route again, in the current language.
    void showResultsAgain();
    void clearResults();
    void beginPick(QLineEdit *target);
    void placePicked(LatLon position);
    void pickCancelled();
    void applyAlternative(int index);
    void selectRoute(int index);
    void showMessage(const QString &text);
    void saveRouteCard(bool image);
    QString language() const;

    QPointer<MapView> m_map;
    std::shared_ptr<const Dataset> m_dataset;
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

    PlaceCompletion *m_completion = nullptr;
    PlannerForm *m_form = nullptr;
    /// The place field being picked on the map (the form's From or To), if any.
    QLineEdit *m_pickTarget = nullptr;
    QLabel *m_message = nullptr;
    RouteCards *m_cards = nullptr;
    RouteDetails *m_details = nullptr;
    QDockWidget *m_detailsDock = nullptr;
};

} // namespace blindspot
