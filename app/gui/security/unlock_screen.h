#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace blindspot {

class WorkspaceSession;

/// What the main window shows while no workspace is open: unlock the workspace (passphrase,
/// a clear message after a wrong one, and the wait before the next try), make a new one
/// (passphrase twice, with a strength hint), or go on without one. The workspace lives at a
/// fixed place (WorkspaceSession::defaultPath); "another place" is asked for each time and
/// never remembered.
///
/// The screen changes nothing itself but through the session; the session's stateChanged
/// tells the main window when to leave the screen.
class UnlockScreen : public QWidget {
    Q_OBJECT
public:
    enum class Mode : std::uint8_t {
        Unlock,          ///< Locked: open, make, or go on without a workspace.
        CreateFromMemory ///< Memory only: make a workspace to keep what is in memory; can cancel.
    };

    explicit UnlockScreen(WorkspaceSession *session, QWidget *parent = nullptr);

    /// Starts over: fields empty, the page that fits (unlock when a workspace exists at the
    /// default place, else make one), with `notice` shown above (e.g. after a wipe).
    void reset(Mode mode, const QString &notice = {});
    /// The workspace file the unlock page opens or the create page makes.
    QString targetPath() const { return m_path; }
    /// Points the screen at another workspace file (what "another place" picks).
    void setTargetPath(const QString &path, bool create);
    /// Shows `language` (an ISO 639-1 code) as the one chosen, without asking for it again.
    void setLanguage(const QString &language);

public slots:
    void tryUnlock();
    void tryCreate();
    void continueWithoutWorkspace();

signals:
    /// "Delete the workspace…" was pressed: the main window asks and wipes.
    void wipeRequested();
    /// Making a workspace from memory-only state was cancelled.
    void cancelled();
    /// Another UI language was chosen on this screen (the menus are off while it is shown).
    void languageRequested(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showUnlockPage();
    void showCreatePage();
    void showPage(QWidget *page);
    void chooseOtherWorkspace();
    void chooseWhereToCreate();
    void updateStrength();
    void updateWait();
    void showMessage(QLabel *label, const QString &text, bool problem);
    QString whereText() const;

    WorkspaceSession *m_session;
    Mode m_mode = Mode::Unlock;
    QString m_path;
    QString m_unlockReason; ///< Why the last try failed; the countdown is added to it.
    QTimer *m_waitTimer = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QWidget *m_currentPage = nullptr; ///< m_unlockPage or m_createPage.

    QWidget *m_unlockPage = nullptr;
    QLabel *m_unlockHeading = nullptr;
    QLabel *m_unlockWhere = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QPushButton *m_unlock = nullptr;
    QLabel *m_unlockMessage = nullptr;
    QPushButton *m_openOther = nullptr;
    QPushButton *m_showCreate = nullptr;

    QWidget *m_createPage = nullptr;
    QLabel *m_createHeading = nullptr;
    QLabel *m_createIntro = nullptr;
    QLabel *m_newLabel = nullptr;
    QLineEdit *m_newPassphrase = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QLineEdit *m_repeatPassphrase = nullptr;
    QLabel *m_strength = nullptr;
    QLabel *m_createWhere = nullptr;
    QPushButton *m_chooseWhere = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_createMessage = nullptr;
    QPushButton *m_showUnlock = nullptr;
    QPushButton *m_cancelCreate = nullptr;

    QWidget *m_memoryBox = nullptr;
    QPushButton *m_memoryOnly = nullptr;
    QLabel *m_memoryNote = nullptr;
    QPushButton *m_wipe = nullptr;
};

} // namespace blindspot
