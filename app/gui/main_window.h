#pragma once

#include "io/parse_error.h"
#include "model/dataset.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QLabel;

namespace blindspot {

class MapLegend;
class MapView;

/// The main window: menus, the fictional-data banner, the map and its legend, and a status bar
/// with the dataset's counts. It owns no domain logic; it hands the dataset to the views.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `language` is the UI language (ISO 639-1); station names are shown in it.
    explicit MainWindow(const QString &language, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows `dataset`, replacing the one shown before.
    void setDataset(std::shared_ptr<const Dataset> dataset);
    const std::shared_ptr<const Dataset> &dataset() const { return m_dataset; }

    /// Reads a .bspack file and shows it. On failure the current map stays and the error is
    /// returned for the caller to show (a dialog, or stderr in screenshot mode).
    [[nodiscard]] std::optional<ParseError> openPackFile(const QString &path);
    /// Shows the fictional training city embedded in the program.
    void openTrainingCity();

    MapView *mapView() const { return m_mapView; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    void chooseAndOpenPackFile();
    void showAbout();
    void showDatasetInfo();
    void updateLegendVisibility();
    /// Tells the map which part of it the legend hides.
    void updateMapCover();

    std::shared_ptr<const Dataset> m_dataset;
    MapView *m_mapView = nullptr;
    MapLegend *m_legend = nullptr;
    QLabel *m_fictionalBanner = nullptr;
    QLabel *m_counts = nullptr;
    QAction *m_showLegend = nullptr;
};

} // namespace blindspot
