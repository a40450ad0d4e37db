#include "gui/editing/sources_panel.h"

#include "gui/shell/model_text.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace blindspot {

namespace {

enum Column { Name, Cameras, SurveyAreas, Date, Licence, Attribution, ColumnCount };

QString orNotStated(const QString &text)
{
    return text.isEmpty() ? SourcesPanel::tr("not stated") : text;
}

} // namespace

SourcesPanel::SourcesPanel(QWidget *parent) : QWidget(parent)
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(4, 4, 4, 4);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    column->addWidget(m_intro);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("sourcesTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    column->addWidget(m_tree, 1);
    retranslateUi();
}

void SourcesPanel::retranslateUi()
{
    m_intro->setText(tr("Every camera carries the sources that reported it. Counts say how "
                        "many cameras and survey areas each source reported."));
    m_tree->setAccessibleName(tr("Sources of the map's data"));
    m_tree->setHeaderLabels({tr("Dataset or source"), tr("Cameras"), tr("Survey areas"), tr("Date"),
                             tr("Licence"), tr("Attribution")});
    fill();
}

void SourcesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SourcesPanel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    fill();
}

void SourcesPanel::fill()
{
    m_tree->clear();
    if (!m_dataset)
        return;
    const Dataset &d = *m_dataset;
    std::vector<qint64> cameras(d.sources.size(), 0);
    std::vector<qint64> areas(d.sources.size(), 0);
    std::vector<std::uint32_t> reporters;
    for (const Camera &camera : d.cameras) {
        // A source that reported a camera twice counts it once.
        reporters.clear();
        for (const Sighting &sighting : camera.sightings)
            reporters.push_back(indexOf(sighting.source));
        std::sort(reporters.begin(), reporters.end());
        reporters.erase(std::unique(reporters.begin(), reporters.end()), reporters.end());
        for (std::uint32_t index : reporters)
            if (index < cameras.size())
                ++cameras[index];
    }
    for (const SurveyArea &area : d.surveyAreas)
        if (indexOf(area.source) < areas.size())
            ++areas[indexOf(area.source)];

    const DatasetHeader &header = d.header;
    auto *top = new QTreeWidgetItem(m_tree);
    QString name = ModelText::datasetName(header);
    if (header.version > 0)
        name = tr("%1, version %2").arg(name, ModelText::count(qint64(header.version)));
    if (header.fictional)
        name = tr("%1 (fictional training data)").arg(name);
    top->setText(Name, name);
    top->setToolTip(Name, header.publisher.isEmpty() ? tr("Publisher not stated")
                                                     : tr("Published by %1").arg(header.publisher));
    top->setText(Cameras, ModelText::count(qint64(d.cameras.size())));
    top->setText(SurveyAreas, ModelText::count(qint64(d.surveyAreas.size())));
    top->setText(Date, header.created.isValid() ? ModelText::date(header.created.date())
                                                : ModelText::date({}));
    top->setText(Licence, orNotStated(header.licence));
    top->setText(Attribution, orNotStated(ModelText::attribution(header)));
    QFont bold = top->font(Name);
    bold.setBold(true);
    top->setFont(Name, bold);

    for (std::size_t i = 0; i < d.sources.size(); ++i) {
        const Source &source = d.sources[i];
        auto *item = new QTreeWidgetItem(top);
        item->setText(Name, source.trusted ? tr("%1 (trusted)").arg(ModelText::sourceName(source))
                                           : ModelText::sourceName(source));
        item->setToolTip(Name, source.datasetId);
        item->setText(Cameras, ModelText::count(cameras[i]));
        item->setText(SurveyAreas, ModelText::count(areas[i]));
        item->setText(Date, ModelText::date(source.retrieved));
        item->setText(Licence, orNotStated(source.licence));
        item->setText(Attribution, orNotStated(source.attribution));
        item->setToolTip(Attribution, source.attribution);
    }
    for (int c : {Cameras, SurveyAreas})
        top->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    for (int i = 0; i < top->childCount(); ++i)
        for (int c : {Cameras, SurveyAreas})
            top->child(i)->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    m_tree->expandAll();
}

} // namespace blindspot
