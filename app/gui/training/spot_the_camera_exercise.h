#pragma once

#include "gui/training/training_exercise.h"

#include "core/model/dataset.h"

#include <QSizeF>

class QComboBox;
class QLabel;
class QPushButton;

namespace blindspot {

class MapMarksOverlay;
class MapView;

/// "Spot the camera": a map excerpt around one station of the training city with its cameras
/// hidden. Trainees say where they expect cameras and the facilitator marks those places with
/// clicks; then the app reveals the mapped cameras with what each can do (kind, face
/// recognition status, how far it identifies a face, which way it looks) and how many marks
/// were near one. Nobody scores points: the point is to see how many there are and where.
class SpotTheCameraExercise : public TrainingExercise {
    Q_OBJECT
public:
    explicit SpotTheCameraExercise(std::shared_ptr<const Dataset> city,
                                   QWidget *parent = nullptr);

    /// Centres the excerpt on `station` (and its transfer complex) and hides the cameras again.
    void setStation(StationId station);
    StationId station() const { return m_station; }

    /// Marks a place where the group expects a camera (what a click does while marking).
    void addMark(LatLon position);
    void clearMarks();
    const std::vector<LatLon> &marks() const;
    /// Shows the cameras, their coverage and the list of what each can do.
    void reveal();
    bool isRevealed() const { return m_revealed; }
    /// The cameras listed after the reveal, nearest to the station first.
    const std::vector<CameraIndex> &revealedCameras() const { return m_revealedCameras; }
    /// Marks within kNearMetres of a revealed camera.
    int marksNearCameras() const;

    /// Whether `camera` belongs to the excerpt: inside one of the station complex's zones, or
    /// placed within the excerpt's area.
    bool inExcerpt(const Camera &camera) const;

    /// A mark this close to a camera counts as "near one": about the accuracy of pointing at
    /// a projected map, and of the camera positions themselves (PARAMETERS.md, location sigma).
    static constexpr double kNearMetres = 25.0;
    /// The excerpt reaches this far beyond the station's platforms and entrances.
    static constexpr double kExcerptPaddingMetres = 40.0;

    void setContentLanguage(const QString &language) override;
    /// The excerpt: its centre and its size on the ground.
    LatLon excerptCentre() const { return m_centre; }
    QSizeF excerptSpanMetres() const { return m_span; }
    bool stepForward() override;
    bool stepBack() override;
    void restart() override;
    PresenterSlide slide() const override;
    QStringList facilitatorNotes() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showState();
    void fitExcerpt();
    QString cameraText(const Camera &camera) const;
    QString stationName() const;

    std::shared_ptr<const Dataset> m_city;
    StationId m_station{};
    QString m_language = QStringLiteral("en");
    bool m_revealed = false;
    bool m_marking = false;
    std::vector<StationId> m_complex; ///< The station and the others of its transfer complex.
    GeoBox m_box;                     ///< Platforms and entrances, padded.
    LatLon m_centre;
    QSizeF m_span;
    std::vector<CameraIndex> m_revealedCameras;

    QLabel *m_title = nullptr;
    QComboBox *m_stations = nullptr;
    MapView *m_map = nullptr;
    MapMarksOverlay *m_overlay = nullptr;
    QPushButton *m_markButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QPushButton *m_revealButton = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_list = nullptr;
};

} // namespace blindspot
