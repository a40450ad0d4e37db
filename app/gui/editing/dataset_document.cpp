#include "gui/editing/dataset_document.h"

#include "gui/editing/dataset_edit_command.h"

namespace blindspot {

DatasetDocument::DatasetDocument(QObject *parent) : QObject(parent) {}

DatasetDocument::~DatasetDocument() = default;

void DatasetDocument::reset(std::shared_ptr<const Dataset> dataset)
{
    // The commands on the stack refer to the old dataset: they go first.
    m_undoStack.clear();
    m_dataset = dataset ? std::make_shared<Dataset>(*dataset) : nullptr;
    m_filePath.clear();
    m_undoStack.setClean();
    emit datasetReset();
}

void DatasetDocument::setSaved(const QString &filePath)
{
    m_filePath = filePath;
    m_undoStack.setClean();
}

std::optional<SourceId> DatasetDocument::localSource() const
{
    if (!m_dataset)
        return std::nullopt;
    for (const Source &source : m_dataset->sources)
        if (source.datasetId == QLatin1String(kLocalSourceDatasetId))
            return source.id;
    return std::nullopt;
}

void DatasetDocument::announce(const DatasetChange &change)
{
    emit changed(change);
}

bool DatasetDocument::push(std::unique_ptr<DatasetEditCommand> command)
{
    if (!m_dataset || !command)
        return false;
    m_refusal.clear();
    m_undoStack.push(command.release()); // the stack deletes a command it refuses
    return m_refusal.isEmpty();
}

void DatasetDocument::refuse(const QString &reason)
{
    m_refusal = reason;
    emit editRefused(reason);
}

} // namespace blindspot
