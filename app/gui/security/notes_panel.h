#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace blindspot {

class WorkspaceSession;

/// The Notes dock: the user's notes (a title and a text each), kept in the workspace through
/// `session` and saved at once with "Save" (memory only without a workspace, and it says so).
/// When the session locks, the list and both fields are emptied.
class NotesPanel : public QWidget {
    Q_OBJECT
public:
    /// `session` must outlive the panel.
    explicit NotesPanel(WorkspaceSession *session, QWidget *parent = nullptr);
    ~NotesPanel() override;

    /// The note being edited (its index in the session's notes); none for a new one.
    std::optional<std::size_t> currentNote() const { return m_current; }
    /// Whether the fields hold something "Save" has not stored yet.
    bool hasUnsavedText() const;

public slots:
    /// Empties the fields for a new note.
    void newNote();
    /// Shows note `index` in the fields.
    void editNote(std::size_t index);
    /// Stores the fields: as a new note, or over the one being edited. False (said in the
    /// panel) when both fields are empty or saving fails; nothing changed then.
    bool saveNote();
    /// Asks, then deletes the note being edited. False when not deleted.
    bool deleteNote();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refill();
    void onStateChanged();
    void clearFields();
    void showStatus(const QString &text);

    WorkspaceSession *m_session;
    std::optional<std::size_t> m_current;
    QLabel *m_where = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace blindspot
