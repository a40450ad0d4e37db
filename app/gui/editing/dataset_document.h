#pragma once

#include "core/model/dataset.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <memory>
#include <optional>
#include <vector>

namespace blindspot {

class DatasetEditCommand;

/// What one edit changed, so that views update only what they must.
struct DatasetChange {
    enum class Kind : std::uint8_t {
        CameraAdded,   ///< `camera` is new (or back, after an undone deletion).
        CameraChanged, ///< `camera` changed from `before`.
        CameraRemoved, ///< Camera `camera` (now `before`) was removed.
        SurveyAreas,   ///< Survey areas were added or removed.
        Sources,       ///< Only the sources list changed.
        Everything,    ///< The whole dataset was replaced (an import, its undo).
    };
    Kind kind = Kind::Everything;
    CameraId camera{}; ///< Stable: other cameras keep their ids through the change.
    std::optional<Camera> before;
};

/// The dataset being worked on: the one place that changes it, with the undo history.
///
/// Views hold it as `const Dataset` and are told about changes through changed(); every change
/// goes through a DatasetEditCommand on undoStack(), so each can be undone and each leaves a
/// dataset that passes validateDataset.
///
/// The file the dataset was opened from or saved to is remembered for "Save" while the program
/// runs and never written anywhere (DESIGN.md, Security and privacy invariants).
class DatasetDocument : public QObject {
    Q_OBJECT
public:
    /// Machine name of the source every local edit is attributed to. The source's stored name
    /// is kLocalSourceName in English; the GUI shows it translated.
    static constexpr const char *kLocalSourceDatasetId = "blindspot:local-edits";
    static constexpr const char *kLocalSourceName = "Edited locally";

    explicit DatasetDocument(QObject *parent = nullptr);
    ~DatasetDocument() override;

    /// Starts over with `dataset` (nullptr for none): a fresh undo history, unmodified.
    void reset(std::shared_ptr<const Dataset> dataset);

    /// The dataset, or nullptr when none is open. It is the same object across edits.
    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    bool hasDataset() const { return m_dataset != nullptr; }

    QUndoStack *undoStack() { return &m_undoStack; }
    /// Unsaved edits exist.
    bool isModified() const { return !m_undoStack.isClean(); }
    /// Marks the current state as saved.
    void setSaved(const QString &filePath);
    /// Where the dataset was last opened from or saved to in this session; empty if never.
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &filePath) { m_filePath = filePath; }

    /// Pushes `command` onto the undo stack, which applies it. Returns false when the edit was
    /// refused because it would leave the dataset invalid (editRefused says why); nothing
    /// changed then.
    bool push(std::unique_ptr<DatasetEditCommand> command);

    /// The local-edits source, if the dataset has one.
    std::optional<SourceId> localSource() const;

    // For DatasetEditCommand: the dataset to change in place, and the announcement of what
    // changed. Everything else treats the dataset as read-only.
    Dataset &editable() { return *m_dataset; }
    void announce(const DatasetChange &change);
    void refuse(const QString &reason);

signals:
    /// After every change, including undo and redo.
    void changed(const blindspot::DatasetChange &change);
    /// A new dataset (or none) replaced the old one through reset().
    void datasetReset();
    /// An edit was not applied: it would have left the dataset invalid. `reason` is for
    /// developers (validateDataset's words), not translated.
    void editRefused(const QString &reason);

private:
    std::shared_ptr<Dataset> m_dataset;
    QUndoStack m_undoStack;
    QString m_filePath;
    QString m_refusal; ///< Of the command being pushed.
};

} // namespace blindspot
