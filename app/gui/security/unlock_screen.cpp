#include "gui/security/unlock_screen.h"

#include "gui/security/passphrase_field.h"
#include "gui/shell/private_file_dialog.h"
#include "core/security/secure_bytes.h"
#include "gui/security/security_text.h"
#include "common/translations.h"
#include "gui/security/workspace_session.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace blindspot {

namespace {

// How often the wait before the next try is counted down on screen.
constexpr int kWaitTickMs = 250;
// Wide enough for a sentence per line, narrow enough to read at a glance.
constexpr int kCardWidth = 600;

const QString kInfoStyle =
    QStringLiteral("QLabel { background: #eef3f7; color: #1d2b36; border-left: 4px solid #0072b2;"
                   " padding: 6px 8px; }");
// A problem, not an alarm: amber, never red (RISK-COMMUNICATION.md, calm tone).
const QString kProblemStyle =
    QStringLiteral("QLabel { background: #fdf3e3; color: #3b2a10; border-left: 4px solid #b36b00;"
                   " padding: 6px 8px; }");

QLabel *wrappedLabel(QWidget *parent, const char *name = nullptr)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (name)
        label->setObjectName(QLatin1String(name));
    return label;
}

QPushButton *linkButton(QWidget *parent, const char *name)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QLatin1String(name));
    button->setFlat(true);
    button->setAutoDefault(false);
    button->setCursor(Qt::PointingHandCursor);
    button->setStyleSheet(QStringLiteral("QPushButton { color: #005a8c; text-decoration: underline;"
                                         " border: none; padding: 2px; text-align: left; }"));
    return button;
}

QFont scaled(QFont font, double factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

UnlockScreen::UnlockScreen(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_waitTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("unlockScreen"));
    setAutoFillBackground(true);
    m_waitTimer->setInterval(kWaitTickMs);
    connect(m_waitTimer, &QTimer::timeout, this, &UnlockScreen::updateWait);

    auto *outer = new QVBoxLayout(this);
    auto *centre = new QHBoxLayout;
    outer->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("unlockCard"));
    card->setStyleSheet(
        QStringLiteral("#unlockCard { background: #ffffff; border: 1px solid #c9ced3;"
                       " border-radius: 6px; }"));
    card->setMaximumWidth(kCardWidth);
    card->setMinimumWidth(kCardWidth * 3 / 4);
    centre->addStretch();
    centre->addWidget(card, 1);
    centre->addStretch();

    auto *column = new QVBoxLayout(card);
    column->setContentsMargins(24, 20, 24, 20);
    column->setSpacing(10);
    // The language comes first: the menus are off while this screen is shown, and someone on
    // a system in another language should not have to read the security text below in it.
    // Each language is named in itself.
    auto *languageRow = new QHBoxLayout;
    languageRow->addStretch();
    m_languageLabel = new QLabel(card);
    m_language = new QComboBox(card);
    m_language->setObjectName(QStringLiteral("unlockLanguage"));
    for (const QString &code : availableLanguages())
        m_language->addItem(languageNativeName(code), code);
    m_languageLabel->setBuddy(m_language);
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    column->addLayout(languageRow);
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        emit languageRequested(m_language->itemData(index).toString());
    });
    m_title = wrappedLabel(card, "unlockTitle");
    m_title->setFont(scaled(m_title->font(), 1.5, true));
    column->addWidget(m_title);
    m_intro = wrappedLabel(card, "unlockIntro");
    column->addWidget(m_intro);
    m_notice = wrappedLabel(card, "unlockNotice");
    m_notice->setStyleSheet(kInfoStyle);
    m_notice->hide();
    column->addWidget(m_notice);

    // --- Unlock an existing workspace ---
    // Two pages, one shown at a time; a hidden page takes no room in the card.
    m_unlockPage = new QWidget(card);
    auto *unlock = new QVBoxLayout(m_unlockPage);
    unlock->setContentsMargins(0, 8, 0, 0);
    m_unlockHeading = wrappedLabel(m_unlockPage);
    m_unlockHeading->setFont(scaled(m_unlockHeading->font(), 1.15, true));
    unlock->addWidget(m_unlockHeading);
    m_unlockWhere = wrappedLabel(m_unlockPage, "unlockWhere");
    m_unlockWhere->setStyleSheet(QStringLiteral("color: #4d4d4d;"));
    unlock->addWidget(m_unlockWhere);
    auto *passRow = new QHBoxLayout;
    m_passphraseLabel = new QLabel(m_unlockPage);
    m_passphrase = passphraseEdit(m_unlockPage, "unlockPassphrase");
    m_passphraseLabel->setBuddy(m_passphrase);
    m_unlock = new QPushButton(m_unlockPage);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    passRow->addWidget(m_passphraseLabel);
    passRow->addWidget(m_passphrase, 1);
    passRow->addWidget(m_unlock);
    unlock->addLayout(passRow);
    m_unlockMessage = wrappedLabel(m_unlockPage, "unlockMessage");
    m_unlockMessage->hide();
    unlock->addWidget(m_unlockMessage);
    m_openOther = linkButton(m_unlockPage, "unlockOpenOther");
    m_showCreate = linkButton(m_unlockPage, "unlockShowCreate");
    unlock->addWidget(m_openOther, 0, Qt::AlignLeft);
    unlock->addWidget(m_showCreate, 0, Qt::AlignLeft);
    column->addWidget(m_unlockPage);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockScreen::tryUnlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockScreen::tryUnlock);
    connect(m_openOther, &QPushButton::clicked, this, &UnlockScreen::chooseOtherWorkspace);
    connect(m_showCreate, &QPushButton::clicked, this, &UnlockScreen::showCreatePage);

    // --- Make a new workspace ---
    m_createPage = new QWidget(card);
    auto *create = new QVBoxLayout(m_createPage);
    create->setContentsMargins(0, 8, 0, 0);
    m_createHeading = wrappedLabel(m_createPage);
    m_createHeading->setFont(scaled(m_createHeading->font(), 1.15, true));
    create->addWidget(m_createHeading);
    m_createIntro = wrappedLabel(m_createPage);
    create->addWidget(m_createIntro);
    auto *form = new QFormLayout;
    m_newLabel = new QLabel(m_createPage);
    m_newPassphrase = passphraseEdit(m_createPage, "createPassphrase");
    m_newLabel->setBuddy(m_newPassphrase);
    m_repeatLabel = new QLabel(m_createPage);
    m_repeatPassphrase = passphraseEdit(m_createPage, "createRepeat");
    m_repeatLabel->setBuddy(m_repeatPassphrase);
    form->addRow(m_newLabel, m_newPassphrase);
    form->addRow(m_repeatLabel, m_repeatPassphrase);
    create->addLayout(form);
    m_strength = wrappedLabel(m_createPage, "createStrength");
    create->addWidget(m_strength);
    auto *whereRow = new QHBoxLayout;
    m_createWhere = wrappedLabel(m_createPage, "createWhere");
    m_createWhere->setStyleSheet(QStringLiteral("color: #4d4d4d;"));
    m_chooseWhere = new QPushButton(m_createPage);
    m_chooseWhere->setObjectName(QStringLiteral("createChooseWhere"));
    m_chooseWhere->setAutoDefault(false);
    whereRow->addWidget(m_createWhere, 1);
    whereRow->addWidget(m_chooseWhere, 0, Qt::AlignTop);
    create->addLayout(whereRow);
    auto *createRow = new QHBoxLayout;
    m_create = new QPushButton(m_createPage);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_cancelCreate = new QPushButton(m_createPage);
    m_cancelCreate->setObjectName(QStringLiteral("createCancel"));
    m_cancelCreate->setAutoDefault(false);
    createRow->addWidget(m_create);
    createRow->addWidget(m_cancelCreate);
    createRow->addStretch();
    create->addLayout(createRow);
    m_createMessage = wrappedLabel(m_createPage, "createMessage");
    m_createMessage->hide();
    create->addWidget(m_createMessage);
    m_showUnlock = linkButton(m_createPage, "createShowUnlock");
    create->addWidget(m_showUnlock, 0, Qt::AlignLeft);
    column->addWidget(m_createPage);
    connect(m_newPassphrase, &QLineEdit::textChanged, this, &UnlockScreen::updateStrength);
    connect(m_repeatPassphrase, &QLineEdit::returnPressed, this, &UnlockScreen::tryCreate);
    connect(m_create, &QPushButton::clicked, this, &UnlockScreen::tryCreate);
    connect(m_chooseWhere, &QPushButton::clicked, this, &UnlockScreen::chooseWhereToCreate);
    connect(m_cancelCreate, &QPushButton::clicked, this, &UnlockScreen::cancelled);
    connect(m_showUnlock, &QPushButton::clicked, this, [this] {
        if (QFile::exists(m_session->defaultPath()))
            setTargetPath(m_session->defaultPath(), false);
        else
            chooseOtherWorkspace();
    });

    // --- Or go on without one ---
    m_memoryBox = new QWidget(card);
    auto *memory = new QVBoxLayout(m_memoryBox);
    memory->setContentsMargins(0, 0, 0, 0);
    auto *line = new QFrame(m_memoryBox);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    memory->addWidget(line);
    m_memoryOnly = new QPushButton(m_memoryBox);
    m_memoryOnly->setObjectName(QStringLiteral("unlockMemoryOnly"));
    m_memoryOnly->setAutoDefault(false);
    memory->addWidget(m_memoryOnly, 0, Qt::AlignLeft);
    m_memoryNote = wrappedLabel(m_memoryBox, "unlockMemoryNote");
    memory->addWidget(m_memoryNote);
    m_wipe = linkButton(m_memoryBox, "unlockWipe");
    memory->addWidget(m_wipe, 0, Qt::AlignRight);
    column->addWidget(m_memoryBox);
    connect(m_memoryOnly, &QPushButton::clicked, this, &UnlockScreen::continueWithoutWorkspace);
    connect(m_wipe, &QPushButton::clicked, this, &UnlockScreen::wipeRequested);

    retranslateUi();
    reset(Mode::Unlock);
}

void UnlockScreen::retranslateUi()
{
    // "Language" in the current language, then in English unless that is the current one, so
    // that the box is found by someone who reads neither Russian nor Ukrainian well.
    const QString language = tr("&Language:");
    m_languageLabel->setText(language == QLatin1String("&Language:")
                                 ? language
                                 : language.chopped(1) + QStringLiteral(" (Language):"));
    m_title->setText(tr("Your Blindspot workspace"));
    m_intro->setText(tr("Plans you save, notes, the keys you trust, camera photos and the list of "
                        "recent files are kept in one workspace file, encrypted with your "
                        "passphrase. Without the passphrase nobody can read it, and nobody can "
                        "recover it if the passphrase is forgotten."));
    m_unlockHeading->setText(tr("Unlock your workspace"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_unlock->setText(tr("&Unlock"));
    m_openOther->setText(tr("Open a workspace kept somewhere else…"));
    m_showCreate->setText(tr("Make a new workspace…"));

    m_createHeading->setText(tr("Make a new workspace"));
    m_createIntro->setText(tr("Choose a passphrase you can remember. Nobody, not even the people "
                              "who make Blindspot, can recover a forgotten one. Do not write it "
                              "on or near this computer."));
    m_newLabel->setText(tr("&New passphrase:"));
    m_repeatLabel->setText(tr("&Repeat it:"));
    m_chooseWhere->setText(tr("&Another place…"));
    m_chooseWhere->setToolTip(tr("Keep the workspace somewhere else, for example on a USB stick "
                                 "you can hide. Blindspot will not remember where."));
    m_create->setText(tr("&Make workspace"));
    m_cancelCreate->setText(tr("Cancel"));
    m_showUnlock->setText(tr("I already have a workspace…"));

    m_memoryOnly->setText(tr("Continue &without a workspace"));
    m_memoryNote->setText(tr("Nothing you do is kept after you close Blindspot: saved plans, "
                             "trusted keys and photos are forgotten when it closes."));
    m_wipe->setText(tr("Delete the workspace and settings…"));
    if (m_currentPage)
        showPage(m_currentPage);
    updateStrength();
}

void UnlockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString UnlockScreen::whereText() const
{
    if (m_path == m_session->defaultPath())
        return tr("Where: Blindspot's own folder on this computer.");
    return tr("Where: %1 (not remembered after Blindspot closes).")
        .arg(QDir::toNativeSeparators(m_path));
}

void UnlockScreen::showPage(QWidget *page)
{
    m_currentPage = page;
    m_unlockPage->setVisible(page == m_unlockPage);
    m_createPage->setVisible(page == m_createPage);
    const QString where = whereText();
    const QString path = QDir::toNativeSeparators(m_path);
    for (QLabel *label : {m_unlockWhere, m_createWhere}) {
        label->setText(where);
        label->setToolTip(path);
    }
}

void UnlockScreen::reset(Mode mode, const QString &notice)
{
    m_mode = mode;
    m_path = m_session->defaultPath();
    for (QLineEdit *edit : {m_passphrase, m_newPassphrase, m_repeatPassphrase})
        clearPassphrase(edit);
    m_unlockReason.clear();
    m_unlockMessage->hide();
    m_createMessage->hide();
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    const bool fromMemory = mode == Mode::CreateFromMemory;
    m_memoryBox->setVisible(!fromMemory);
    m_cancelCreate->setVisible(fromMemory);
    m_showUnlock->setVisible(!fromMemory);
    // Nothing to delete on a first start: the offer would only alarm.
    m_wipe->setVisible(QFile::exists(m_path));
    if (!fromMemory && QFile::exists(m_path))
        showUnlockPage();
    else
        showCreatePage();
    updateWait();
}

void UnlockScreen::setLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

void UnlockScreen::setTargetPath(const QString &path, bool create)
{
    m_path = path;
    if (create)
        showCreatePage();
    else
        showUnlockPage();
}

void UnlockScreen::showUnlockPage()
{
    showPage(m_unlockPage);
    m_passphrase->setFocus();
}

void UnlockScreen::showCreatePage()
{
    // "Make a new workspace" from the unlock page starts at the default place again, unless
    // that one exists: then the user must pick another place (Workspace::create never
    // overwrites).
    if (m_currentPage == m_unlockPage && m_path != m_session->defaultPath())
        m_path = m_session->defaultPath();
    showPage(m_createPage);
    m_newPassphrase->setFocus();
    if (QFile::exists(m_path))
        showMessage(m_createMessage,
                    tr("A workspace already exists here. Choose another place for the new one, "
                       "or unlock the existing one."),
                    true);
    else
        m_createMessage->hide();
}

void UnlockScreen::chooseOtherWorkspace()
{
    const auto choice = PrivateFileDialog::openFile(
        this, tr("Open a workspace"), {tr("Blindspot workspaces (*.bsw)"), tr("All files (*)")});
    if (choice)
        setTargetPath(choice->path, false);
}

void UnlockScreen::chooseWhereToCreate()
{
    const auto choice = PrivateFileDialog::saveFile(
        this, tr("Where to keep the new workspace"), {tr("Blindspot workspaces (*.bsw)")},
        {QStringLiteral("bsw")}, QStringLiteral("workspace.bsw"));
    if (choice)
        setTargetPath(choice->path, true);
}

void UnlockScreen::showMessage(QLabel *label, const QString &text, bool problem)
{
    label->setStyleSheet(problem ? kProblemStyle : kInfoStyle);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void UnlockScreen::updateStrength()
{
    const SecurityText::Strength strength =
        SecurityText::passphraseStrength(m_newPassphrase->text());
    m_strength->setText(strength.text);
    static const char *const kColours[] = {"#4d4d4d", "#8a5a00", "#4d4d4d", "#1b6e3a"};
    m_strength->setStyleSheet(QStringLiteral("color: %1;")
                                  .arg(QLatin1String(kColours[std::clamp(strength.level, 0, 3)])));
}

void UnlockScreen::updateWait()
{
    const std::chrono::milliseconds wait = m_session->remainingDelay();
    const bool waiting = wait.count() > 0;
    m_unlock->setEnabled(!waiting);
    m_passphrase->setEnabled(!waiting);
    if (!waiting) {
        m_waitTimer->stop();
        if (!m_unlockMessage->isHidden())
            showMessage(m_unlockMessage, m_unlockReason, true);
        if (m_currentPage == m_unlockPage)
            m_passphrase->setFocus();
        return;
    }
    if (!m_waitTimer->isActive())
        m_waitTimer->start();
    const QString countdown = tr("You can try again in %1.").arg(SecurityText::seconds(wait));
    showMessage(
        m_unlockMessage,
        m_unlockReason.isEmpty() ? countdown : m_unlockReason + QLatin1Char(' ') + countdown, true);
}

void UnlockScreen::tryUnlock()
{
    if (m_session->remainingDelay().count() > 0) {
        updateWait();
        return;
    }
    if (m_passphrase->text().isEmpty()) {
        m_unlockReason.clear();
        showMessage(m_unlockMessage, tr("Type the workspace's passphrase first."), true);
        return;
    }
    QByteArray passphrase = takePassphrase(m_passphrase);
    m_unlockReason.clear();
    showMessage(m_unlockMessage, tr("Checking the passphrase; this takes a second or two…"), false);
    m_unlock->setEnabled(false);
    m_unlockMessage->repaint();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<SecurityError> error = m_session->unlock(m_path, passphrase);
    QApplication::restoreOverrideCursor();
    wipeBytes(passphrase);
    m_unlock->setEnabled(true);
    if (!error) {
        m_unlockMessage->hide();
        return;
    }
    // The countdown says how long to wait; the reason says why.
    m_unlockReason = error->code == SecurityErrorCode::RetryLater
                         ? tr("Too many wrong passphrases in a row.")
                         : SecurityText::error(*error);
    showMessage(m_unlockMessage, m_unlockReason, true);
    updateWait();
}

void UnlockScreen::tryCreate()
{
    const QString first = m_newPassphrase->text();
    if (first != m_repeatPassphrase->text()) {
        m_repeatPassphrase->clear();
        m_repeatPassphrase->setFocus();
        showMessage(m_createMessage,
                    tr("The two passphrases are not the same. Type the same one twice."), true);
        return;
    }
    if (SecurityText::passphraseStrength(first).level == 0) {
        showMessage(m_createMessage,
                    tr("The passphrase is too short: use at least %1 characters.")
                        .arg(SecurityText::kMinPassphraseLength),
                    true);
        m_newPassphrase->setFocus();
        return;
    }
    if (QFile::exists(m_path)) {
        showMessage(m_createMessage,
                    tr("A workspace already exists here. Choose another place for the new one, "
                       "or unlock the existing one."),
                    true);
        return;
    }
    QByteArray passphrase = takePassphrase(m_newPassphrase);
    clearPassphrase(m_repeatPassphrase);
    showMessage(m_createMessage, tr("Making the workspace; this takes a second or two…"), false);
    m_create->setEnabled(false);
    m_createMessage->repaint();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<SecurityError> error = m_session->create(m_path, passphrase);
    QApplication::restoreOverrideCursor();
    wipeBytes(passphrase);
    m_create->setEnabled(true);
    if (error)
        showMessage(m_createMessage, SecurityText::error(*error), true);
    else
        m_createMessage->hide();
}

void UnlockScreen::continueWithoutWorkspace()
{
    m_session->continueWithoutWorkspace();
}

} // namespace blindspot
