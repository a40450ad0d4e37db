#include "gui/map/nearby_cameras_dialog.h"

#include "gui/shell/model_text.h"
#include "common/route_text.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace blindspot {

std::vector<NearbyCamerasDialog::Nearby>
NearbyCamerasDialog::camerasNear(const Dataset &dataset, LatLon point, std::size_t *total)
{
    std::vector<Nearby> found;
    if (!point.isValid()) {
        if (total)
            *total = 0;
        return found;
    }
    // A box first (a degree of latitude is about 111 km everywhere; of longitude, that times
    // the cosine of the latitude), then the exact distance: a city's 160,000 cameras in a
    // millisecond or two.
    constexpr double kMetresPerDegree = 111'320.0;
    const double dLat = kRadiusMetres / kMetresPerDegree * 1.01;
    const double cosLat = std::max(0.01, std::cos(point.lat * M_PI / 180.0));
    const double dLon = dLat / cosLat;
    for (const Camera &camera : dataset.cameras) {
        const LatLon p = camera.position;
        if (!p.isValid() || std::abs(p.lat - point.lat) > dLat ||
            std::abs(normalizedDegrees(p.lon - point.lon)) > dLon)
            continue;
        const double metres = haversineMetres(point, p);
        if (metres > kRadiusMetres)
            continue;
        Nearby nearby;
        nearby.camera = camera.id;
        nearby.metres = metres;
        nearby.bearingDegrees = initialBearingDegrees(point, p);
        if (!camera.headingDegrees) {
            nearby.facesPoint.reset();
        } else if (camera.fovDegrees && *camera.fovDegrees >= 360.0) {
            nearby.facesPoint = true;
        } else {
            // Within half its field of view (90 degrees when not known) of where it looks; a
            // camera on the very spot sees it.
            const double half = camera.fovDegrees ? *camera.fovDegrees / 2.0 : 45.0;
            const double towardsPoint = initialBearingDegrees(p, point);
            nearby.facesPoint =
                metres < 1.0 || angleBetweenDegrees(*camera.headingDegrees, towardsPoint) <= half;
        }
        found.push_back(nearby);
    }
    if (total)
        *total = found.size();
    const auto nearer = [](const Nearby &a, const Nearby &b) {
        return a.metres != b.metres ? a.metres < b.metres : indexOf(a.camera) < indexOf(b.camera);
    };
    if (found.size() > kMaxListed) {
        std::partial_sort(found.begin(), found.begin() + kMaxListed, found.end(), nearer);
        found.resize(kMaxListed);
    } else {
        std::sort(found.begin(), found.end(), nearer);
    }
    return found;
}

NearbyCamerasDialog::NearbyCamerasDialog(const Dataset &dataset, LatLon point,
                                         const QString &language, QWidget *parent)
    : QDialog(parent), m_dataset(dataset)
{
    setObjectName(QStringLiteral("nearbyCamerasDialog"));
    setWindowTitle(tr("Cameras near the middle of the map"));
    std::size_t total = 0;
    m_nearby = camerasNear(dataset, point, &total);

    auto *layout = new QVBoxLayout(this);
    const RouteText text(dataset, language);
    const QString where = text.nearStation(point);
    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("nearbySummary"));
    heading->setWordWrap(true);
    heading->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    heading->setFocusPolicy(Qt::StrongFocus);
    const QString radius = RouteText::distance(kRadiusMetres);
    QString summary;
    if (total == 0) {
        summary = tr("No mapped camera within %1 of the middle of the map. That does not make "
                     "it safe: cameras nobody mapped are not on the map.")
                      .arg(radius);
    } else {
        std::size_t confirmed = 0;
        std::size_t suspected = 0;
        for (const Nearby &n : m_nearby) {
            const FrStatus status = dataset.cameraWithId(n.camera)->frStatus;
            confirmed += status == FrStatus::Confirmed;
            suspected += status == FrStatus::Suspected;
        }
        summary = tr("Mapped cameras within %1 of the middle of the map: %2. Nearest first.")
                      .arg(radius, ModelText::count(qint64(total)));
        if (total > m_nearby.size())
            summary +=
                QLatin1Char(' ') +
                tr("The %1 nearest are listed.").arg(ModelText::count(qint64(m_nearby.size())));
        summary += QLatin1Char(' ') + tr("Of those listed, face recognition confirmed: %1, "
                                         "suspected: %2.")
                                          .arg(ModelText::count(qint64(confirmed)),
                                               ModelText::count(qint64(suspected)));
    }
    if (!where.isEmpty())
        summary = tr("The middle of the map is %1.").arg(where) + QLatin1Char(' ') + summary;
    heading->setText(summary);
    layout->addWidget(heading);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("nearbyCameras"));
    m_list->setAccessibleName(tr("Cameras near the middle of the map, nearest first"));
    for (const Nearby &n : m_nearby) {
        const Camera &camera = *dataset.cameraWithId(n.camera);
        QStringList parts;
        parts << ModelText::frStatus(camera.frStatus);
        if (camera.kind != CameraKind::Unknown)
            parts << ModelText::cameraKind(camera.kind);
        if (!n.facesPoint)
            parts << tr("which way it looks is not known");
        else if (*n.facesPoint)
            parts << tr("looks towards the middle of the map");
        else
            parts << tr("looks away from it");
        const QString away = n.metres < 1.0 ? tr("In the middle of the map")
                                            : tr("%1 %2", "40 m north-east")
                                                  .arg(RouteText::distance(n.metres),
                                                       RouteText::compassHeading(n.bearingDegrees));
        auto *item = new QListWidgetItem(
            tr("%1: %2", "where: what").arg(away, parts.join(QStringLiteral(", "))), m_list);
        item->setData(Qt::UserRole, qulonglong(indexOf(n.camera)));
    }
    m_list->setVisible(!m_nearby.empty());
    if (!m_nearby.empty())
        m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_show = buttons->addButton(tr("Show on map"), QDialogButtonBox::AcceptRole);
    m_show->setObjectName(QStringLiteral("nearbyShow"));
    m_show->setAccessibleDescription(tr("Selects the camera chosen in the list on the map and "
                                        "shows what is known about it"));
    m_show->setEnabled(!m_nearby.empty());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_list->currentItem()) {
            m_chosen = CameraId{static_cast<std::uint32_t>(item->data(Qt::UserRole).toULongLong())};
            accept();
        }
    });
    connect(m_list, &QListWidget::itemActivated, m_show, &QPushButton::click);
    layout->addWidget(buttons);
    // The list first: a screen reader starts at the summary only when there is no list.
    (m_nearby.empty() ? static_cast<QWidget *>(heading) : m_list)->setFocus();
    // Room for a line of the list and a screenful of them, in the font's own units; the
    // summary alone needs no more height than its words.
    const int width = std::max(sizeHint().width(), 70 * fontMetrics().averageCharWidth());
    const int words =
        layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : sizeHint().height();
    resize(width, m_nearby.empty() ? words : std::max(words, 30 * fontMetrics().lineSpacing()));
}

QStringList NearbyCamerasDialog::itemTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_list->count(); ++i)
        texts << m_list->item(i)->text();
    return texts;
}

} // namespace blindspot
