#include "gui/security/notes_panel.h"

#include "gui/security/security_text.h"
#include "gui/security/workspace_session.h"
#include "gui/shell/destructive_confirmation.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace blindspot {

NotesPanel::NotesPanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("notesPanel"));
    auto *column = new QVBoxLayout(this);
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("notesWhere"));
    m_where->setWordWrap(true);
    column->addWidget(m_where);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("notesList"));
    column->addWidget(m_list, 1);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("noteTitle"));
    column->addWidget(m_title);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("noteText"));
    // Tab moves on to the buttons, as in every other field; a note rarely needs a tab stop.
    m_text->setTabChangesFocus(true);
    column->addWidget(m_text, 2);
    auto *row = new QHBoxLayout;
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newNoteButton"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveNoteButton"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteNoteButton"));
    for (QPushButton *button : {m_new, m_save, m_delete})
        row->addWidget(button);
    row->addStretch(1);
    column->addLayout(row);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("notesStatus"));
    m_status->setWordWrap(true);
    column->addWidget(m_status);

    connect(m_new, &QPushButton::clicked, this, &NotesPanel::newNote);
    connect(m_save, &QPushButton::clicked, this, &NotesPanel::saveNote);
    connect(m_delete, &QPushButton::clicked, this, &NotesPanel::deleteNote);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            editNote(std::size_t(row));
    });
    connect(m_session, &WorkspaceSession::contentChanged, this, &NotesPanel::refill);
    connect(m_session, &WorkspaceSession::stateChanged, this, &NotesPanel::onStateChanged);
    retranslateUi();
}

NotesPanel::~NotesPanel() = default;

void NotesPanel::retranslateUi()
{
    m_title->setPlaceholderText(tr("Title"));
    m_text->setPlaceholderText(tr("Note"));
    // The fields show no label, only a placeholder that goes when typing starts: a screen
    // reader needs names that stay.
    m_list->setAccessibleName(tr("Your notes"));
    m_title->setAccessibleName(tr("Note title"));
    m_text->setAccessibleName(tr("Note text"));
    m_new->setText(tr("&New"));
    m_save->setText(tr("&Save note"));
    m_delete->setText(tr("&Delete…"));
    // The rest is worded from the session's state: where notes are kept, "(no title)".
    onStateChanged();
}

void NotesPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void NotesPanel::onStateChanged()
{
    switch (m_session->state()) {
    case WorkspaceSession::State::Unlocked:
        m_where->setText(tr("Notes are saved encrypted in your workspace when you press Save note, "
                            "or when you lock."));
        break;
    case WorkspaceSession::State::MemoryOnly:
        m_where->setText(tr("Without a workspace, notes are kept in memory only, until you lock "
                            "or close Blindspot."));
        break;
    case WorkspaceSession::State::Locked:
        m_where->clear();
        // What was typed goes with the key.
        clearFields();
        m_status->clear();
        break;
    }
    refill();
}

void NotesPanel::clearFields()
{
    m_current.reset();
    m_title->clear();
    m_text->clear();
    // The editor's undo history would otherwise keep the text.
    m_text->document()->clearUndoRedoStacks();
    m_delete->setEnabled(false);
}

void NotesPanel::refill()
{
    const std::vector<WorkspaceNote> &notes = m_session->content().notes;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const WorkspaceNote &note : notes)
        m_list->addItem(note.title.isEmpty() ? tr("(no title)") : note.title);
    if (m_current && *m_current >= notes.size())
        clearFields();
    if (m_current)
        m_list->setCurrentRow(int(*m_current));
    m_delete->setEnabled(m_current.has_value());
}

bool NotesPanel::hasUnsavedText() const
{
    const std::vector<WorkspaceNote> &notes = m_session->content().notes;
    if (m_current && *m_current < notes.size())
        return notes[*m_current].title != m_title->text() ||
               notes[*m_current].text != m_text->toPlainText();
    return !m_title->text().isEmpty() || !m_text->toPlainText().isEmpty();
}

void NotesPanel::showStatus(const QString &text)
{
    m_status->setText(text);
}

void NotesPanel::newNote()
{
    clearFields();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
    }
    m_status->clear();
    m_title->setFocus();
}

void NotesPanel::editNote(std::size_t index)
{
    const std::vector<WorkspaceNote> &notes = m_session->content().notes;
    if (index >= notes.size())
        return;
    m_current = index;
    m_title->setText(notes[index].title);
    m_text->setPlainText(notes[index].text);
    m_delete->setEnabled(true);
    m_status->clear();
}

bool NotesPanel::saveNote()
{
    WorkspaceNote note;
    note.title = m_title->text().trimmed();
    note.text = m_text->toPlainText();
    note.modified = QDateTime::currentDateTimeUtc();
    if (note.title.isEmpty() && note.text.trimmed().isEmpty()) {
        showStatus(tr("Write a title or a text first."));
        return false;
    }
    const bool existing = m_current.has_value();
    const std::optional<SecurityError> error =
        existing ? m_session->updateNote(*m_current, std::move(note))
                 : m_session->addNote(std::move(note));
    if (error) {
        showStatus(tr("Note not saved: %1").arg(SecurityText::error(*error)));
        return false;
    }
    if (!existing)
        m_current = m_session->content().notes.size() - 1;
    refill();
    showStatus(m_session->state() == WorkspaceSession::State::Unlocked
                   ? tr("Note saved in your encrypted workspace.")
                   : tr("Note kept in memory only: it is gone when you lock or close "
                         "Blindspot."));
    return true;
}

bool NotesPanel::deleteNote()
{
    if (!m_current)
        return false;
    const std::size_t index = *m_current;
    const DestructiveConfirmation confirmation{
        .title = tr("Delete this note?"),
        .text = tr("Delete the note \"%1\"? This cannot be undone.").arg(m_title->text()),
        .action = tr("&Delete"),
        .objectName = QStringLiteral("deleteNoteConfirmation"),
        .actionObjectName = QStringLiteral("deleteNoteConfirmButton"),
    };
    if (!confirmation.ask(this))
        return false;
    if (const auto error = m_session->removeNote(index)) {
        showStatus(tr("Note not deleted: %1").arg(SecurityText::error(*error)));
        return false;
    }
    clearFields();
    refill();
    showStatus(tr("Note deleted."));
    return true;
}

} // namespace blindspot
