#pragma once

#include "core/model/dataset.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTreeWidget;

namespace blindspot {

/// Where the map's data comes from: the dataset (name, version, publisher, date, licence,
/// attribution) and each source in it, with how many cameras and survey areas it reported,
/// when it was retrieved, and its licence and attribution.
class SourcesPanel : public QWidget {
    Q_OBJECT
public:
    explicit SourcesPanel(QWidget *parent = nullptr);

    /// Shows `dataset`'s sources; nullptr clears the panel. Call again after edits.
    void setDataset(std::shared_ptr<const Dataset> dataset);

    QTreeWidget *tree() const { return m_tree; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    std::shared_ptr<const Dataset> m_dataset;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace blindspot
