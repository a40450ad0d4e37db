#include "gui/training/spot_the_camera_exercise.h"

#include "core/exposure/exposure_model.h"
#include "gui/map/map_layers.h"
#include "gui/training/map_marks_overlay.h"
#include "gui/map/map_view.h"
#include "gui/shell/model_text.h"
#include "common/route_text.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace blindspot {

namespace {

// An excerpt is at least this large, so that a station with entrances close together still
// shows the street around it.
constexpr double kMinSpanMetres = 120.0;
constexpr double kMetresPerDegreeLatitude = 111'320.0;
constexpr int kMaxListed = 40;

QString compass(double degrees)
{
    static const char *const kNames[] = {QT_TRANSLATE_NOOP("SpotTheCameraExercise", "north"),
                                         QT_TRANSLATE_NOOP("SpotTheCameraExercise", "north-east"),
                                         QT_TRANSLATE_NOOP("SpotTheCameraExercise", "east"),
                                         QT_TRANSLATE_NOOP("SpotTheCameraExercise", "south-east"),
                                         QT_TRANSLATE_NOOP("SpotTheCameraExercise", "south"),
                                         QT_TRANSLATE_NOOP("SpotTheCameraExercise", "south-west"),
                                         QT_TRANSLATE_NOOP("SpotTheCameraExercise", "west"),
                                         QT_TRANSLATE_NOOP("SpotTheCameraExercise", "north-west")};
    const int index = int(std::lround(std::fmod(degrees + 360.0, 360.0) / 45.0)) % 8;
    return QCoreApplication::translate("SpotTheCameraExercise", kNames[index]);
}

} // namespace

SpotTheCameraExercise::SpotTheCameraExercise(std::shared_ptr<const Dataset> city, QWidget *parent)
    : TrainingExercise(parent), m_city(std::move(city))
{
    setObjectName(QStringLiteral("spotTheCameraExercise"));
    auto *column = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    top->addWidget(m_title, 1);
    m_stations = new QComboBox(this);
    m_stations->setObjectName(QStringLiteral("spotStation"));
    top->addWidget(m_stations);
    column->addLayout(top);

    auto *row = new QHBoxLayout;
    m_map = new MapView(this);
    m_map->setObjectName(QStringLiteral("spotMap"));
    m_map->setMinimumSize(420, 360);
    m_map->setDataset(m_city);
    m_overlay = new MapMarksOverlay(m_map);
    // What the marks, numbers and camera symbols mean, on the map itself (issue 15).
    m_overlay->setLegendShown(true);
    row->addWidget(m_map, 3);
    auto *side = new QVBoxLayout;
    m_markButton = new QPushButton(tr("Mark where the group expects cameras"), this);
    m_markButton->setCheckable(true);
    m_clearButton = new QPushButton(tr("Clear the marks"), this);
    m_revealButton = new QPushButton(tr("Reveal the cameras"), this);
    m_revealButton->setObjectName(QStringLiteral("revealCameras"));
    side->addWidget(m_markButton);
    side->addWidget(m_clearButton);
    side->addWidget(m_revealButton);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    side->addWidget(m_summary);
    m_list = new QLabel(this);
    m_list->setObjectName(QStringLiteral("cameraList"));
    m_list->setWordWrap(true);
    m_list->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_list);
    scroll->setWidgetResizable(true);
    side->addWidget(scroll, 1);
    row->addLayout(side, 2);
    column->addLayout(row, 1);

    // One entry per station complex: the excerpt is the same for all its platforms.
    QStringList seen;
    for (const Station &s : m_city->network.stations) {
        const QString name = s.name.inLanguage(m_language);
        if (seen.contains(name))
            continue;
        seen.append(name);
        m_stations->addItem(name, QVariant::fromValue(indexOf(s.id)));
    }
    connect(m_stations, &QComboBox::activated, this,
            [this](int index) { setStation(StationId{m_stations->itemData(index).toUInt()}); });
    connect(m_markButton, &QPushButton::toggled, this, [this](bool on) {
        m_marking = on;
        if (on)
            m_map->beginPickPlace();
        else
            m_map->cancelPickPlace();
    });
    connect(m_map, &MapView::placePicked, this, [this](LatLon position) {
        addMark(position);
        if (m_marking)
            m_map->beginPickPlace();
    });
    connect(m_map, &MapView::placePickCancelled, this, [this] { m_markButton->setChecked(false); });
    connect(m_clearButton, &QPushButton::clicked, this, &SpotTheCameraExercise::clearMarks);
    connect(m_revealButton, &QPushButton::clicked, this, &SpotTheCameraExercise::reveal);
    setStation(StationId{0});
}

QString SpotTheCameraExercise::stationName() const
{
    return m_city->network.station(m_station).name.inLanguage(m_language);
}

void SpotTheCameraExercise::setStation(StationId station)
{
    if (indexOf(station) >= m_city->network.stations.size())
        return;
    m_station = station;
    const int index = m_stations->findText(stationName());
    if (index >= 0)
        m_stations->setCurrentIndex(index);
    const Network &network = m_city->network;
    const Station &s = network.station(station);
    m_complex =
        isSet(s.complex) ? network.complex(s.complex).stations : std::vector<StationId>{station};
    m_box = GeoBox();
    for (StationId id : m_complex) {
        m_box.extend(network.station(id).position);
        for (EntranceId e : network.station(id).entrances)
            m_box.extend(network.entrance(e).position);
    }
    const double cosLat = std::cos(qDegreesToRadians(m_box.centre().lat));
    const double heightMetres =
        std::max(kMinSpanMetres, (m_box.north - m_box.south) * kMetresPerDegreeLatitude +
                                     2 * kExcerptPaddingMetres);
    const double widthMetres =
        std::max(kMinSpanMetres, (m_box.east - m_box.west) * kMetresPerDegreeLatitude * cosLat +
                                     2 * kExcerptPaddingMetres);
    m_centre = m_box.centre();
    m_span = QSizeF(widthMetres, heightMetres);
    const double dLat = heightMetres / 2 / kMetresPerDegreeLatitude;
    const double dLon = widthMetres / 2 / (kMetresPerDegreeLatitude * cosLat);
    m_box =
        GeoBox{m_centre.lat - dLat, m_centre.lon - dLon, m_centre.lat + dLat, m_centre.lon + dLon};
    m_overlay->setMarks({});
    m_overlay->setLabels({});
    m_revealed = false;
    m_revealedCameras.clear();
    fitExcerpt();
    showState();
}

void SpotTheCameraExercise::fitExcerpt()
{
    if (m_span.isEmpty() || m_map->width() <= 0 || m_map->height() <= 0)
        return;
    m_map->fitToData();
    m_map->showPosition(
        m_centre, std::min(m_map->width() / m_span.width(), m_map->height() / m_span.height()));
}

void SpotTheCameraExercise::resizeEvent(QResizeEvent *event)
{
    TrainingExercise::resizeEvent(event);
    fitExcerpt();
}

bool SpotTheCameraExercise::inExcerpt(const Camera &camera) const
{
    if (isSet(camera.anchorStation) &&
        std::find(m_complex.begin(), m_complex.end(), camera.anchorStation) != m_complex.end())
        return true;
    const LatLon &p = camera.position;
    return p.isValid() && p.lat >= m_box.south && p.lat <= m_box.north && p.lon >= m_box.west &&
           p.lon <= m_box.east;
}

void SpotTheCameraExercise::addMark(LatLon position)
{
    std::vector<LatLon> marks = m_overlay->marks();
    marks.push_back(position);
    m_overlay->setMarks(std::move(marks));
    showState();
}

void SpotTheCameraExercise::clearMarks()
{
    m_overlay->setMarks({});
    showState();
}

const std::vector<LatLon> &SpotTheCameraExercise::marks() const
{
    return m_overlay->marks();
}

void SpotTheCameraExercise::reveal()
{
    const LatLon centre = m_city->network.station(m_station).position;
    std::vector<std::pair<double, CameraIndex>> near;
    for (std::size_t i = 0; i < m_city->cameras.size(); ++i) {
        const Camera &c = m_city->cameras[i];
        if (c.position.isValid() && inExcerpt(c))
            near.push_back(
                {haversineMetres(centre, c.position), CameraIndex{static_cast<std::uint32_t>(i)}});
    }
    std::sort(near.begin(), near.end(), [](const auto &a, const auto &b) { return a < b; });
    m_revealedCameras.clear();
    std::vector<std::pair<LatLon, QString>> labels;
    for (const auto &[distance, id] : near) {
        m_revealedCameras.push_back(id);
        if (labels.size() < std::size_t(kMaxListed))
            labels.push_back({m_city->camera(id).position, QString::number(labels.size() + 1)});
    }
    m_overlay->setLabels(std::move(labels));
    m_revealed = true;
    m_markButton->setChecked(false);
    showState();
}

int SpotTheCameraExercise::marksNearCameras() const
{
    int near = 0;
    for (const LatLon &mark : marks())
        for (CameraIndex id : m_revealedCameras)
            if (haversineMetres(mark, m_city->camera(id).position) <= kNearMetres) {
                ++near;
                break;
            }
    return near;
}

QString SpotTheCameraExercise::cameraText(const Camera &camera) const
{
    static const ExposureModel model(ModelParameters::builtIn(), Bound::Central);
    QStringList parts;
    QString where = ModelText::cameraKind(camera.kind);
    if (camera.anchorZone)
        where = tr("%1 (%2)").arg(where, ModelText::zoneKind(*camera.anchorZone).toLower());
    parts.append(where);
    parts.append(RouteText::frStatusName(camera.frStatus));
    parts.append(tr("identifies a face up to about %1 away")
                     .arg(RouteText::distance(model.identificationRange(camera.kind))));
    if (camera.headingDegrees)
        parts.append(tr("looks %1").arg(compass(*camera.headingDegrees)));
    else
        parts.append(tr("direction not known (counted as all round)"));
    return parts.join(QLatin1String("; "));
}

void SpotTheCameraExercise::showState()
{
    m_title->setText(tr("Spot the camera: %1").arg(stationName()));
    // The numbers keep clear of the station's name, in the language the map writes it in.
    std::vector<LatLon> platforms;
    for (StationId id : m_complex)
        platforms.push_back(m_city->network.station(id).position);
    m_overlay->setStation(std::move(platforms), stationName());
    m_map->layers().setVisible(MapLayer::Cameras, m_revealed);
    m_map->layers().setVisible(MapLayer::CoverageSectors, m_revealed);
    m_revealButton->setEnabled(!m_revealed);
    m_markButton->setEnabled(!m_revealed);
    const int markCount = int(marks().size());
    if (!m_revealed) {
        m_summary->setText(
            tr("Ask: where would you expect cameras around this station, at its entrances "
               "and inside? Click the map to mark each place the group names. Marks: %1.")
                .arg(markCount));
        m_list->clear();
    } else {
        int fr = 0;
        for (CameraIndex id : m_revealedCameras)
            if (m_city->camera(id).frStatus == FrStatus::Confirmed)
                ++fr;
        m_summary->setText(
            tr("Cameras mapped here: %1, with face recognition confirmed: %2.")
                .arg(m_revealedCameras.size())
                .arg(fr) +
            (markCount == 0 ? QString()
                            : QLatin1Char(' ') + tr("%1 of the group's %2 marks were within %3 of "
                                                    "one.")
                                                     .arg(marksNearCameras())
                                                     .arg(markCount)
                                                     .arg(RouteText::distance(kNearMetres))));
        QStringList lines;
        for (std::size_t i = 0; i < m_revealedCameras.size() && i < std::size_t(kMaxListed); ++i)
            lines.append(QStringLiteral("%1. %2").arg(i + 1).arg(
                cameraText(m_city->camera(m_revealedCameras[i]))));
        m_list->setText(lines.join(QLatin1Char('\n')));
    }
    emit slideChanged();
}

void SpotTheCameraExercise::setContentLanguage(const QString &language)
{
    m_language = language;
    m_map->setNameLanguage(language);
    const QSignalBlocker block(m_stations);
    for (int i = 0; i < m_stations->count(); ++i)
        m_stations->setItemText(i,
                                m_city->network.station(StationId{m_stations->itemData(i).toUInt()})
                                    .name.inLanguage(language));
    showState();
}

bool SpotTheCameraExercise::stepForward()
{
    if (m_revealed)
        return false;
    reveal();
    return true;
}

bool SpotTheCameraExercise::stepBack()
{
    if (!m_revealed)
        return false;
    m_revealed = false;
    m_revealedCameras.clear();
    m_overlay->setLabels({});
    showState();
    return true;
}

void SpotTheCameraExercise::restart()
{
    setStation(m_station);
}

PresenterSlide SpotTheCameraExercise::slide() const
{
    PresenterSlide slide;
    slide.showMap = true;
    slide.mapCentre = m_centre;
    slide.mapSpanMetres = m_span;
    slide.mapCameras = m_revealed;
    slide.marks = marks();
    slide.mapStations = m_complex;
    slide.mapLegend = true;
    if (!m_revealed) {
        slide.heading = tr("Where do you expect cameras at %1?").arg(stationName());
        slide.lines.append(tr("At the entrances, in the hall, at the turnstiles, on the escalator, "
                              "on the platform, in the street?"));
    } else {
        int fr = 0;
        for (CameraIndex id : m_revealedCameras)
            if (m_city->camera(id).frStatus == FrStatus::Confirmed)
                ++fr;
        slide.heading =
            tr("Cameras mapped at %2: %1").arg(m_revealedCameras.size()).arg(stationName());
        QString line = tr("%1 with face recognition confirmed.").arg(fr);
        if (!marks().empty())
            line += QLatin1Char(' ') + tr("%1 of the group's %2 marks were near one.")
                                           .arg(marksNearCameras())
                                           .arg(marks().size());
        slide.lines.append(line);
    }
    return slide;
}

QStringList SpotTheCameraExercise::facilitatorNotes() const
{
    return {tr("Ask before revealing; mark every place named, even unlikely ones."),
            tr("After the reveal, read out what two or three cameras can do: turnstile cameras "
               "see faces from close and straight on; ceiling domes see more but from above."),
            tr("The city is fictional: its cameras illustrate typical placements, they are not "
               "a map of a real station.")};
}

} // namespace blindspot
