#include "gui/editing/camera_inspector.h"

#include "gui/shell/model_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <array>
#include <cmath>

namespace blindspot {

namespace {

constexpr std::array<CameraKind, 5> kKinds{CameraKind::Unknown, CameraKind::Fixed, CameraKind::Dome,
                                           CameraKind::Ptz, CameraKind::Turnstile};
constexpr std::array<FrStatus, 4> kStatuses{FrStatus::Confirmed, FrStatus::Suspected,
                                            FrStatus::Unknown, FrStatus::None};
constexpr std::array<CameraMount, 5> kMounts{CameraMount::Unknown, CameraMount::Wall,
                                             CameraMount::Pole, CameraMount::Ceiling,
                                             CameraMount::Other};
// What a person types when nothing is known yet: a typical fixed camera.
constexpr int kDefaultHeading = 0;
constexpr int kDefaultFov = 90;
constexpr double kDefaultHeight = 3.0;

template <class Enum> void selectData(QComboBox *box, Enum value)
{
    box->setCurrentIndex(box->findData(static_cast<int>(value)));
}

template <class Enum> Enum selectedData(const QComboBox *box)
{
    return static_cast<Enum>(box->currentData().toInt());
}

// The fields' part of a camera: what the inspector edits.
bool sameFields(const Camera &a, const Camera &b)
{
    return a.kind == b.kind && a.frStatus == b.frStatus && a.headingDegrees == b.headingDegrees &&
           a.fovDegrees == b.fovDegrees && a.heightMetres == b.heightMetres && a.mount == b.mount &&
           a.notes == b.notes;
}

} // namespace

CameraInspector::CameraInspector(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(12);
    outer->addWidget(m_empty);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The inspector fits the dock's width; long values are elided in their fields instead.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // No Tab stop of its own, with a focus nobody could see: its fields are, and a field that
    // takes the focus is scrolled into view (keepFocusInView()).
    scroll->setFocusPolicy(Qt::NoFocus);
    m_content = new QWidget(scroll);
    scroll->setWidget(m_content);
    outer->addWidget(scroll, 1);
    m_scroll = scroll;

    auto *column = new QVBoxLayout(m_content);
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("inspectorTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    column->addWidget(m_title);
    m_where = new QLabel(m_content);
    m_where->setWordWrap(true);
    m_where->setTextFormat(Qt::PlainText);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_where);

    m_form = new QFormLayout;
    // Labels above their fields: each value gets the dock's whole width, so that a choice as
    // long as "Распознавание лиц подтверждено" reads in full in a dock beside the route details.
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    column->addLayout(m_form);
    const auto makeCombo = [this](const char *name) {
        auto *box = new QComboBox(m_content);
        box->setObjectName(QLatin1String(name));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
        connect(box, &QComboBox::currentIndexChanged, this, &CameraInspector::updateEnabled);
        return box;
    };
    m_kind = makeCombo("inspectorKind");
    for (CameraKind kind : kKinds)
        m_kind->addItem(QString(), static_cast<int>(kind));
    m_status = makeCombo("inspectorStatus");
    for (FrStatus status : kStatuses)
        m_status->addItem(QString(), static_cast<int>(status));
    m_mount = makeCombo("inspectorMount");
    for (CameraMount mount : kMounts)
        m_mount->addItem(QString(), static_cast<int>(mount));

    // A value that may be unknown: a check box says whether it is known, the spin box holds it.
    const auto knownRow = [this](QCheckBox *&known, QAbstractSpinBox *value, const char *name) {
        auto *row = new QWidget(m_content);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        known = new QCheckBox(row);
        known->setObjectName(QLatin1String(name) + QStringLiteral("Known"));
        value->setParent(row);
        value->setObjectName(QLatin1String(name));
        layout->addWidget(known);
        layout->addWidget(value, 1);
        connect(known, &QCheckBox::toggled, value, &QWidget::setEnabled);
        connect(known, &QCheckBox::toggled, this, &CameraInspector::updateEnabled);
        return row;
    };
    m_heading = new QSpinBox;
    m_heading->setRange(0, 359);
    m_heading->setWrapping(true);
    m_heading->setSuffix(QStringLiteral("°"));
    connect(m_heading, &QSpinBox::valueChanged, this, &CameraInspector::updateEnabled);
    m_fov = new QSpinBox;
    m_fov->setRange(1, 360);
    m_fov->setSuffix(QStringLiteral("°"));
    connect(m_fov, &QSpinBox::valueChanged, this, &CameraInspector::updateEnabled);
    m_height = new QDoubleSpinBox;
    m_height->setRange(0.0, 500.0);
    m_height->setDecimals(1);
    m_height->setSingleStep(0.5);
    connect(m_height, &QDoubleSpinBox::valueChanged, this, &CameraInspector::updateEnabled);

    m_form->addRow(new QLabel(m_content), m_kind);
    m_form->addRow(new QLabel(m_content), m_status);
    m_form->addRow(new QLabel(m_content), knownRow(m_headingKnown, m_heading, "inspectorHeading"));
    m_form->addRow(new QLabel(m_content), knownRow(m_fovKnown, m_fov, "inspectorFov"));
    m_form->addRow(new QLabel(m_content), knownRow(m_heightKnown, m_height, "inspectorHeight"));
    m_form->addRow(new QLabel(m_content), m_mount);
    m_notes = new QPlainTextEdit(m_content);
    m_notes->setObjectName(QStringLiteral("inspectorNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &CameraInspector::updateEnabled);
    m_form->addRow(new QLabel(m_content), m_notes);

    auto *buttons = new QHBoxLayout;
    m_apply = new QPushButton(m_content);
    m_apply->setObjectName(QStringLiteral("inspectorApply"));
    m_apply->setDefault(true);
    connect(m_apply, &QPushButton::clicked, this, &CameraInspector::apply);
    m_revert = new QPushButton(m_content);
    m_revert->setObjectName(QStringLiteral("inspectorRevert"));
    connect(m_revert, &QPushButton::clicked, this, &CameraInspector::revert);
    m_delete = new QPushButton(m_content);
    m_delete->setObjectName(QStringLiteral("inspectorDelete"));
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_camera)
            emit deleteRequested(*m_camera);
    });
    buttons->addWidget(m_apply);
    buttons->addWidget(m_revert);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    column->addLayout(buttons);

    m_sightingsHeading = new QLabel(m_content);
    m_sightingsHeading->setFont(titleFont);
    column->addWidget(m_sightingsHeading);
    m_sightings = new QTreeWidget(m_content);
    m_sightings->setObjectName(QStringLiteral("inspectorSightings"));
    m_sightings->setRootIsDecorated(false);
    m_sightings->setColumnCount(4);
    m_sightings->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sightings->setMinimumHeight(90);
    column->addWidget(m_sightings, 1);
    m_attachPhoto = new QPushButton(m_content);
    m_attachPhoto->setObjectName(QStringLiteral("inspectorAttachPhoto"));
    connect(m_attachPhoto, &QPushButton::clicked, this, [this] {
        if (m_camera)
            emit attachPhotoRequested(*m_camera);
    });
    column->addWidget(m_attachPhoto, 0, Qt::AlignLeft);
    m_conflicts = new QLabel(m_content);
    m_conflicts->setObjectName(QStringLiteral("inspectorConflicts"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setTextFormat(Qt::PlainText);
    column->addWidget(m_conflicts);

    // Fields first, in reading order, then the actions, then the record.
    setTabOrder(m_kind, m_status);
    setTabOrder(m_status, m_headingKnown);
    setTabOrder(m_headingKnown, m_heading);
    setTabOrder(m_heading, m_fovKnown);
    setTabOrder(m_fovKnown, m_fov);
    setTabOrder(m_fov, m_heightKnown);
    setTabOrder(m_heightKnown, m_height);
    setTabOrder(m_height, m_mount);
    setTabOrder(m_mount, m_notes);
    setTabOrder(m_notes, m_apply);
    setTabOrder(m_apply, m_revert);
    setTabOrder(m_revert, m_delete);
    setTabOrder(m_delete, m_sightings);

    retranslateUi();
    showCamera(nullptr, std::nullopt);
}

void CameraInspector::retranslateUi()
{
    const auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    // The labels' Alt shortcuts focus their fields (for a value that may be unknown, its
    // "known" box).
    for (QWidget *field : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_status),
                           static_cast<QWidget *>(m_mount), static_cast<QWidget *>(m_notes)})
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setBuddy(field);
    for (QCheckBox *known : {m_headingKnown, m_fovKnown, m_heightKnown})
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(known->parentWidget())))
            l->setBuddy(known);
    label(m_kind, tr("&Kind:"));
    label(m_status, tr("&Face recognition:"));
    label(m_heading->parentWidget(), tr("&Heading:"));
    label(m_fov->parentWidget(), tr("Field of &view:"));
    label(m_height->parentWidget(), tr("Hei&ght:"));
    label(m_mount, tr("&Mount:"));
    label(m_notes, tr("&Notes:"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, ModelText::cameraKind(kKinds[static_cast<std::size_t>(i)]));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, ModelText::frStatus(kStatuses[static_cast<std::size_t>(i)]));
    for (int i = 0; i < m_mount->count(); ++i)
        m_mount->setItemText(i, ModelText::mount(kMounts[static_cast<std::size_t>(i)]));
    m_headingKnown->setText(tr("Known"));
    m_headingKnown->setToolTip(tr("Clockwise from north. Unknown means the camera is assumed "
                                  "to see all round."));
    m_heading->setToolTip(m_headingKnown->toolTip());
    m_fovKnown->setText(tr("Known"));
    m_fovKnown->setToolTip(tr("How wide the camera sees. Unknown means the usual value for its "
                              "kind."));
    m_fov->setToolTip(m_fovKnown->toolTip());
    m_heightKnown->setText(tr("Known"));
    m_heightKnown->setToolTip(tr("Height above the floor or street. A high camera sees faces "
                                 "steeply from above."));
    m_height->setToolTip(m_heightKnown->toolTip());
    m_height->setSuffix(tr(" m"));
    // Three boxes read "Known": their names say which value each one is about.
    m_headingKnown->setAccessibleName(tr("Heading known"));
    m_heading->setAccessibleName(tr("Heading in degrees"));
    m_fovKnown->setAccessibleName(tr("Field of view known"));
    m_fov->setAccessibleName(tr("Field of view in degrees"));
    m_heightKnown->setAccessibleName(tr("Height known"));
    m_height->setAccessibleName(tr("Height in metres"));
    m_status->setToolTip(tr("Whether the camera feeds face recognition. Say \"confirmed\" only "
                            "with evidence."));
    m_apply->setText(tr("&Apply"));
    m_apply->setToolTip(tr("Record these values as a local edit dated today; Edit > Undo "
                           "takes it back"));
    m_revert->setText(tr("Re&vert"));
    m_revert->setToolTip(tr("Put back the values the map has now"));
    m_delete->setText(tr("&Delete camera"));
    m_delete->setToolTip(tr("Remove this camera from the map (Delete); Edit > Undo brings it "
                            "back"));
    m_sightingsHeading->setText(tr("Reported by"));
    m_sightings->setAccessibleName(m_sightingsHeading->text());
    m_scroll->setAccessibleName(tr("What is known about the camera"));
    m_sightings->setHeaderLabels({tr("Source"), tr("Seen"), tr("Observers"), tr("Evidence")});
    m_attachPhoto->setText(tr("Attach &photo…"));
    m_attachPhoto->setToolTip(tr("Add a photo of this camera as evidence: its hidden data is "
                                 "removed and faces are covered before it is stored"));
    m_empty->setText(tr("Click a camera on the map to see what is known about it."));
    if (const Camera *camera = current())
        fillDetails(*camera);
}

void CameraInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CameraInspector::setNameLanguage(const QString &language)
{
    m_language = language;
    if (const Camera *camera = current())
        fillDetails(*camera);
}

const Camera *CameraInspector::current() const
{
    return m_dataset && m_camera ? m_dataset->cameraWithId(*m_camera) : nullptr;
}

void CameraInspector::showCamera(std::shared_ptr<const Dataset> dataset,
                                 std::optional<CameraId> camera)
{
    m_dataset = std::move(dataset);
    m_camera = camera;
    refresh();
}

void CameraInspector::refresh()
{
    const Camera *camera = current();
    if (!camera)
        m_camera.reset();
    m_empty->setVisible(!camera);
    m_scroll->setVisible(camera != nullptr);
    if (!camera) {
        m_sightings->clear();
        return;
    }
    fillFields(*camera);
    fillDetails(*camera);
    updateEnabled();
}

void CameraInspector::fillFields(const Camera &camera)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_kind),         QSignalBlocker(m_status),
                                       QSignalBlocker(m_mount),        QSignalBlocker(m_heading),
                                       QSignalBlocker(m_headingKnown), QSignalBlocker(m_fov),
                                       QSignalBlocker(m_fovKnown),     QSignalBlocker(m_height),
                                       QSignalBlocker(m_heightKnown),  QSignalBlocker(m_notes)};
    selectData(m_kind, camera.kind);
    selectData(m_status, camera.frStatus);
    selectData(m_mount, camera.mount);
    m_headingKnown->setChecked(camera.headingDegrees.has_value());
    m_heading->setEnabled(camera.headingDegrees.has_value());
    m_heading->setValue(
        static_cast<int>(std::lround(camera.headingDegrees.value_or(kDefaultHeading))) % 360);
    m_fovKnown->setChecked(camera.fovDegrees.has_value());
    m_fov->setEnabled(camera.fovDegrees.has_value());
    m_fov->setValue(static_cast<int>(std::lround(camera.fovDegrees.value_or(kDefaultFov))));
    m_heightKnown->setChecked(camera.heightMetres.has_value());
    m_height->setEnabled(camera.heightMetres.has_value());
    m_height->setValue(camera.heightMetres.value_or(kDefaultHeight));
    m_notes->setPlainText(camera.notes);
}

void CameraInspector::fillDetails(const Camera &camera)
{
    // A number that names a camera, not a quantity: no digit grouping. Its stable id, as the
    // route details, the pack and `--json` give it, so it stays when another camera is deleted.
    const QString number = QString::number(indexOf(camera.id));
    m_title->setText(camera.sourceRef.isEmpty()
                         ? tr("Camera %1").arg(number)
                         : tr("Camera %1 (%2)").arg(number, camera.sourceRef));
    QString where;
    const Network &network = m_dataset->network;
    if (isSet(camera.anchorStation) && indexOf(camera.anchorStation) < network.stations.size()) {
        const QString station = network.station(camera.anchorStation).name.inLanguage(m_language);
        where = camera.anchorZone
                    ? tr("Inside %1: %2").arg(station, ModelText::zoneKind(*camera.anchorZone))
                    : tr("Inside %1").arg(station);
        if (camera.position.isValid())
            where +=
                QLatin1Char('\n') + tr("Position: %1").arg(ModelText::position(camera.position));
    } else {
        where = tr("Position: %1").arg(ModelText::position(camera.position));
    }
    m_where->setText(where);

    m_sightings->clear();
    for (const Sighting &sighting : camera.sightings) {
        const QString source = indexOf(sighting.source) < m_dataset->sources.size()
                                   ? ModelText::sourceName(m_dataset->source(sighting.source))
                                   : tr("Unknown source");
        auto *item = new QTreeWidgetItem(m_sightings);
        item->setText(0, source);
        item->setText(1, ModelText::date(sighting.observed));
        item->setText(2, ModelText::count(sighting.observers));
        item->setText(3, sighting.evidenceHash.isEmpty() ? tr("none") : tr("photo"));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (camera.sightings.empty()) {
        auto *item = new QTreeWidgetItem(m_sightings);
        item->setText(0, tr("No source recorded"));
    }

    QStringList conflicts;
    for (const AttributeConflict &conflict : m_dataset->conflicts) {
        if (conflict.camera != camera.id)
            continue;
        const QString other = indexOf(conflict.otherSource) < m_dataset->sources.size()
                                  ? ModelText::sourceName(m_dataset->source(conflict.otherSource))
                                  : tr("another source");
        conflicts << tr("%1: the map says %2; %3 says %4")
                         .arg(ModelText::attributeName(conflict.attribute),
                              ModelText::attributeValue(conflict.attribute, conflict.keptValue),
                              other,
                              ModelText::attributeValue(conflict.attribute, conflict.otherValue));
    }
    m_conflicts->setVisible(!conflicts.isEmpty());
    m_conflicts->setText(conflicts.isEmpty() ? QString()
                                             : tr("Sources disagree:") + QLatin1Char('\n') +
                                                   conflicts.join(QLatin1Char('\n')));
}

Camera CameraInspector::editedCamera() const
{
    const Camera *camera = current();
    if (!camera)
        return {};
    Camera edited = *camera;
    edited.kind = selectedData<CameraKind>(m_kind);
    edited.frStatus = selectedData<FrStatus>(m_status);
    edited.mount = selectedData<CameraMount>(m_mount);
    edited.headingDegrees =
        m_headingKnown->isChecked() ? std::optional<double>(m_heading->value()) : std::nullopt;
    edited.fovDegrees =
        m_fovKnown->isChecked() ? std::optional<double>(m_fov->value()) : std::nullopt;
    edited.heightMetres =
        m_heightKnown->isChecked() ? std::optional<double>(m_height->value()) : std::nullopt;
    edited.notes = m_notes->toPlainText();
    // A value shown rounded but not touched stays exactly as it was.
    if (camera->headingDegrees && edited.headingDegrees &&
        std::lround(*camera->headingDegrees) % 360 == std::lround(*edited.headingDegrees))
        edited.headingDegrees = camera->headingDegrees;
    if (camera->fovDegrees && edited.fovDegrees &&
        std::lround(*camera->fovDegrees) == std::lround(*edited.fovDegrees))
        edited.fovDegrees = camera->fovDegrees;
    if (camera->heightMetres && edited.heightMetres &&
        std::abs(*camera->heightMetres - *edited.heightMetres) < 0.05)
        edited.heightMetres = camera->heightMetres;
    return edited;
}

bool CameraInspector::hasChanges() const
{
    const Camera *camera = current();
    return camera && !sameFields(*camera, editedCamera());
}

void CameraInspector::updateEnabled()
{
    if (!m_delete)
        return; // still being built: the fields report their first values
    const bool changed = hasChanges();
    m_apply->setEnabled(changed);
    m_revert->setEnabled(changed);
    m_delete->setEnabled(current() != nullptr);
    if (m_attachPhoto)
        m_attachPhoto->setEnabled(current() != nullptr);
}

void CameraInspector::apply()
{
    if (m_camera && hasChanges())
        emit applyRequested(*m_camera, editedCamera());
}

void CameraInspector::revert()
{
    if (const Camera *camera = current()) {
        fillFields(*camera);
        updateEnabled();
    }
}

} // namespace blindspot
