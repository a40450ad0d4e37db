#include "gui/training/session_builder_dialog.h"

#include "gui/training/activity_guide.h"
#include "gui/training/training_painter.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace blindspot {

namespace {

constexpr int kScenarioIdRole = Qt::UserRole;

QString languageName(const QString &code)
{
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (code == QLatin1String("uk"))
        return QStringLiteral("Українська");
    return QStringLiteral("English");
}

} // namespace

SessionBuilderDialog::SessionBuilderDialog(const std::vector<Scenario> &scenarios,
                                           const QString &language, QWidget *parent)
    : QDialog(parent), m_scenarios(scenarios), m_language(trainingLanguageFor(language))
{
    setObjectName(QStringLiteral("sessionBuilder"));
    setWindowTitle(tr("Build a training session"));
    auto *column = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *lengths = new QHBoxLayout;
    m_lengths = new QButtonGroup(this);
    for (int minutes : kSessionLengths) {
        auto *button = new QRadioButton(tr("%1 minutes").arg(minutes), this);
        m_lengths->addButton(button, minutes);
        lengths->addWidget(button);
    }
    m_lengths->button(90)->setChecked(true);
    form->addRow(tr("Length:"), lengths);
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("e.g. Metro cameras: an introduction"));
    form->addRow(tr("Title:"), m_title);
    m_contentLanguage = new QComboBox(this);
    for (const QString &code : trainingLanguages())
        m_contentLanguage->addItem(languageName(code), code);
    m_contentLanguage->setCurrentIndex(int(trainingLanguages().indexOf(m_language)));
    form->addRow(tr("Language of the scenarios:"), m_contentLanguage);
    column->addLayout(form);

    column->addWidget(new QLabel(tr("Scenarios (tick them; drag to change their order):"), this));
    m_list = new QListWidget(this);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    for (const Scenario &s : m_scenarios) {
        auto *item = new QListWidgetItem(s.title.in(m_language), m_list);
        item->setData(kScenarioIdRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    column->addWidget(m_list);

    column->addWidget(new QLabel(tr("The session, step by step:"), this));
    m_preview = new QTreeWidget(this);
    m_preview->setObjectName(QStringLiteral("sessionPreview"));
    m_preview->setRootIsDecorated(false);
    m_preview->setHeaderLabels({tr("Step"), tr("Activity"), tr("Scenario"), tr("Minutes")});
    m_preview->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    column->addWidget(m_preview, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    column->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_lengths, &QButtonGroup::idClicked, this, [this] { refreshPreview(); });
    connect(m_list, &QListWidget::itemChanged, this, [this] { refreshPreview(); });
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] { refreshPreview(); });
    connect(m_contentLanguage, &QComboBox::currentIndexChanged, this, [this] {
        m_language = m_contentLanguage->currentData().toString();
        for (int i = 0; i < m_list->count(); ++i)
            for (const Scenario &s : m_scenarios)
                if (s.id == m_list->item(i)->data(kScenarioIdRole).toString())
                    m_list->item(i)->setText(s.title.in(m_language));
        refreshPreview();
    });
    if (m_list->count() > 0)
        m_list->item(0)->setCheckState(Qt::Checked);
    if (m_list->count() > 1)
        m_list->item(1)->setCheckState(Qt::Checked);
    resize(640, 620);
    refreshPreview();
}

void SessionBuilderDialog::setLength(int minutes)
{
    if (QAbstractButton *button = m_lengths->button(minutes))
        button->setChecked(true);
    refreshPreview();
}

void SessionBuilderDialog::setChosenScenarios(const QStringList &ids)
{
    const QSignalBlocker block(m_list);
    for (qsizetype target = 0; target < ids.size(); ++target)
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(kScenarioIdRole).toString() == ids[target]) {
                QListWidgetItem *item = m_list->takeItem(i);
                m_list->insertItem(int(target), item);
                break;
            }
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(
            ids.contains(m_list->item(i)->data(kScenarioIdRole).toString()) ? Qt::Checked
                                                                            : Qt::Unchecked);
    refreshPreview();
}

QStringList SessionBuilderDialog::chosenScenarios() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(kScenarioIdRole).toString());
    return ids;
}

std::optional<SessionPlan> SessionBuilderDialog::plan() const
{
    std::optional<SessionPlan> plan = buildSessionPlan(m_lengths->checkedId(), chosenScenarios());
    if (plan) {
        plan->title = m_title->text().trimmed();
        plan->language = m_contentLanguage->currentData().toString();
    }
    return plan;
}

void SessionBuilderDialog::refreshPreview()
{
    m_preview->clear();
    const std::optional<SessionPlan> built = plan();
    if (!built)
        return;
    for (const SessionBlock &b : built->blocks) {
        QString scenario;
        for (const Scenario &s : m_scenarios)
            if (s.id == b.scenarioId)
                scenario = s.title.in(m_language);
        auto *item = new QTreeWidgetItem(m_preview,
                                         {b.activity == TrainingActivity::Break
                                              ? QString()
                                              : ActivityGuide::stepName(b.step),
                                          ActivityGuide::activityName(b.activity), scenario,
                                          QString::number(b.minutes)});
        item->setForeground(0, TrainingPainter::stepColour(b.step).darker(130));
    }
}

} // namespace blindspot
