#pragma once

#include "core/geo/lat_lon.h"
#include "core/model/dataset.h"

#include <QDialog>

#include <optional>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;

namespace blindspot {

/// The map's text alternative for cameras (issue 17): the mapped cameras near a point, nearest
/// first, each in words ("40 m north-east: face recognition confirmed, dome camera, looks
/// towards the middle of the map"), in a list a screen reader and the keyboard step through. "Show
/// on map" picks the chosen camera, as a click on it would.
class NearbyCamerasDialog : public QDialog {
    Q_OBJECT
public:
    /// How far from the point cameras are listed.
    static constexpr double kRadiusMetres = 300.0;
    /// At most this many, the nearest: a list longer than that is read by nobody.
    static constexpr std::size_t kMaxListed = 100;

    /// One camera near the point.
    struct Nearby {
        CameraId camera{};
        double metres = 0.0;
        double bearingDegrees = 0.0; ///< From the point to the camera, clockwise from north.
        /// Whether the point is in the camera's field of view (true for a camera that looks all
        /// round); empty when its heading is not known.
        std::optional<bool> facesPoint;
    };
    /// The cameras with a position within kRadiusMetres of `point`, nearest first, at most
    /// kMaxListed; `total` gets how many there are in all.
    static std::vector<Nearby> camerasNear(const Dataset &dataset, LatLon point,
                                           std::size_t *total = nullptr);

    /// `point` is the middle of the map (where the keyboard's cross is in picking modes).
    NearbyCamerasDialog(const Dataset &dataset, LatLon point, const QString &language,
                        QWidget *parent = nullptr);

    /// The camera chosen with "Show on map", once the dialog is accepted.
    std::optional<CameraId> chosenCamera() const { return m_chosen; }

    /// The listed cameras' texts, as read out: for tests.
    QStringList itemTexts() const;

private:
    const Dataset &m_dataset;
    std::vector<Nearby> m_nearby;
    std::optional<CameraId> m_chosen;
    QListWidget *m_list = nullptr;
    QPushButton *m_show = nullptr;
};

} // namespace blindspot
