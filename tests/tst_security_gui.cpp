// Trust and safety in the GUI (issue 6): the unlock screen, saved plans in the encrypted
// workspace, Lock now, a wrong passphrase and its growing delay, Wipe, the signer check before
// a map pack is imported, and photo evidence with faces covered; map edits kept in the
// workspace on lock and close, trusted keys, changing the passphrase, and notes.
#include "gui/shell/app_settings.h"
#include "gui/editing/dataset_document.h"
#include "gui/editing/dataset_edit_command.h"
#include "gui/editing/editing_controller.h"
#include "common/embedded_data.h"
#include "gui_fixtures.h"
#include "gui/import/import_review_dialog.h"
#include "core/io/pack_io.h"
#include "gui/shell/main_window.h"
#include "gui/shell/file_controller.h"
#include "gui/map/map_view.h"
#include "gui/planner/planner_panel.h"
#include "gui/security/change_passphrase_dialog.h"
#include "gui/security/lock_controller.h"
#include "core/security/minisign.h"
#include "gui/security/notes_panel.h"
#include "core/security/pack_signature.h"
#include "gui/security/pack_trust_dialog.h"
#include "core/security/photo_redaction.h"
#include "gui/security/photo_redaction_dialog.h"
#include "gui/security/photo_evidence_controller.h"
#include "gui/security/saved_plans_controller.h"
#include "core/security/secure_bytes.h"
#include "gui/security/security_controller.h"
#include "gui/security/stored_map_edits.h"
#include "gui/security/trusted_keys_dialog.h"
#include "gui/security/unlock_screen.h"
#include "gui/security/workspace_session.h"
#include "gui/training/presenter_view.h"
#include "gui/training/training_menu.h"
#include "gui/training/training_window.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace blindspot;
using namespace blindspot::testing;

namespace {

constexpr QSize kWindowSize(1400, 900);
// Two stations of the training city, as tst_editing plans between them.
const QString kFrom = QStringLiteral("Mirror Square");
const QString kTo = QStringLiteral("Lilac Square");
const QString kPassphrase = QStringLiteral("granite kettle orbit violet");
const QString kMessi = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/messi5.jpg");

std::unique_ptr<MainWindow> shownWindow(const QString &workspaceFolder)
{
    auto window = std::make_unique<MainWindow>(QStringLiteral("en"));
    // Each test has its own workspace place, and the cheap key derivation (64 MiB, not 256).
    WorkspaceSession *session = window->security()->session();
    session->setDefaultPath(QDir(workspaceFolder).filePath(QStringLiteral("workspace.bsw")));
    session->setKdfLimits(WorkspaceKdfLimits::interactive());
    window->setAttribute(Qt::WA_DontShowOnScreen);
    window->resize(kWindowSize);
    window->show();
    QCoreApplication::processEvents();
    window->setDataset(std::make_shared<const Dataset>(embeddedTrainingCity()));
    return window;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Whether `text` appears in `bytes` in UTF-8 or UTF-16 (either byte order).
bool mentions(const QByteArray &bytes, const QString &text)
{
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QByteArray swapped = utf16;
    for (qsizetype i = 0; i + 1 < swapped.size(); i += 2)
        std::swap(swapped[i], swapped[i + 1]);
    return bytes.contains(text.toUtf8()) || bytes.contains(utf16) || bytes.contains(swapped);
}

// Kept next to the test for people to look at, as tst_planner_gui does.
void keepScreenshot(QWidget *widget, const char *name)
{
    // Lets the layouts follow the texts just set: word-wrapped labels take a few rounds.
    for (int round = 0; round < 5; ++round)
        QCoreApplication::processEvents();
    widget->grab().save(QDir(QCoreApplication::applicationDirPath())
                            .filePath(QStringLiteral("security_%1.png").arg(QLatin1String(name))));
}

void typeInto(UnlockScreen &screen, const char *field, const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(screen, field);
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// A signed map pack in `folder`: the training city under another id, with its .minisig.
struct SignedPack {
    QString path;
    DatasetHeader header;
};

SignedPack writeSignedPack(const QString &folder, const QString &name, std::uint64_t version,
                           const MinisignSecretKey &key, QDateTime expires = {},
                           const QByteArray &signWhat = {})
{
    Dataset dataset = embeddedTrainingCity();
    dataset.header.id = QStringLiteral("org.example.signed-test");
    dataset.header.version = version;
    dataset.header.publisher = QStringLiteral("Test mappers");
    dataset.header.expires = expires;
    const QByteArray bytes = packBytes(dataset);
    const QString path = QDir(folder).filePath(name);
    writeAll(path, bytes);
    const MinisignSignature signature =
        key.sign(signWhat.isEmpty() ? bytes : signWhat,
                 packTrustedComment(dataset.header, name, QDateTime::currentDateTimeUtc()));
    writeAll(path + QStringLiteral(".minisig"), signatureFileBytes(signature));
    return {path, dataset.header};
}

QString labelText(QWidget &parent, const char *name)
{
    const QLabel *label = child<QLabel>(parent, name);
    return label ? label->text() : QString();
}

} // namespace

class TstSecurityGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void startsInMemoryOnlyWithoutUnlockScreen();
    void memoryOnlyPlanKeptInNewWorkspace();
    void signerShownAndTrustedOnImport();
    void rollbackExpiredAndBadSignatureFlagged();
    void photoAttachedWithoutMetadataAndFacesFilled();
    void closingWhileLockedKeepsLayout();
    void lockKeepsMapEditsInWorkspace();
    void memoryOnlyLockDropsMapEdits();
    void lockAndQuitCloseEveryWindow();
    void closingKeepsMapEditsInWorkspace();
    void trustedKeysDialogAddsAndRemoves();
    void changedPassphraseOldFailsNewOpens();
    void notesSavedLockedAndBack();
    // Last: a wipe stops all settings writes until the process exits.
    void createSaveLockUnlockWipe();
    void languageChosenOnUnlockScreen();
};

void TstSecurityGui::initTestCase()
{
    QVERIFY(initSodium());
}

void TstSecurityGui::startsInMemoryOnlyWithoutUnlockScreen()
{
    // What every other GUI test relies on: a MainWindow made directly never shows the unlock
    // screen; only the program asks for it (and --screenshot never does).
    QTemporaryDir dir;
    auto window = shownWindow(dir.path());
    SecurityController *security = window->security();
    QVERIFY(!security->lock()->isLockScreenShown());
    QCOMPARE(security->session()->state(), WorkspaceSession::State::MemoryOnly);
    QCOMPARE(labelText(*window, "workspaceIndicator"), QStringLiteral("Workspace: memory only"));
    QVERIFY(window->menuBar()->isEnabled());
}

void TstSecurityGui::memoryOnlyPlanKeptInNewWorkspace()
{
    QTemporaryDir dir;
    auto window = shownWindow(dir.path());
    SecurityController *security = window->security();
    WorkspaceSession *session = security->session();
    auto *planner = window->findChild<PlannerPanel *>();
    QVERIFY(planner && planner->planBetween(kFrom, kTo));
    QVERIFY(security->plans()->saveCurrentPlan(QStringLiteral("Thursday")));
    QCOMPARE(session->content().plans.size(), std::size_t(1));

    // "Keep in a workspace": the create page, with Cancel and without "continue without".
    security->lock()->keepInWorkspace();
    QVERIFY(security->lock()->isLockScreenShown());
    UnlockScreen &screen = *security->lock()->unlockScreen();
    QVERIFY(child<QPushButton>(screen, "createCancel")->isVisible());
    QVERIFY(!child<QPushButton>(screen, "unlockMemoryOnly")->isVisible());
    typeInto(screen, "createPassphrase", kPassphrase);
    typeInto(screen, "createRepeat", kPassphrase);
    QTest::mouseClick(child<QPushButton>(screen, "createButton"), Qt::LeftButton);
    QCOMPARE(session->state(), WorkspaceSession::State::Unlocked);
    QVERIFY(!security->lock()->isLockScreenShown());
    QCOMPARE(session->content().plans.size(), std::size_t(1));
    QCOMPARE(session->content().plans[0].name, QStringLiteral("Thursday"));
    const QByteArray file = readAll(session->defaultPath());
    QVERIFY(file.startsWith("BSWKSP\r\n"));
    QVERIFY(!mentions(file, kFrom));
    QVERIFY(!mentions(file, QStringLiteral("Thursday")));
}

void TstSecurityGui::signerShownAndTrustedOnImport()
{
    QTemporaryDir dir;
    auto window = shownWindow(dir.path());
    WorkspaceSession *session = window->security()->session();
    std::optional<MinisignSecretKey> key = MinisignSecretKey::generate();
    QVERIFY(key);
    const SignedPack pack = writeSignedPack(dir.path(), QStringLiteral("signed.bspack"), 3, *key);
    const QString pub = dir.filePath(QStringLiteral("signer.pub"));
    QVERIFY(writeAll(pub, publicKeyFileBytes(key->publicKey())));

    bool sawUnknown = false, sawFingerprint = false, sawTrusted = false, reviewTrusted = false;
    whenShown<TrustKeyDialog>([&](TrustKeyDialog *confirm) {
        // The fingerprint is shown before anything is trusted.
        sawFingerprint = labelText(*confirm, "trustFingerprint") == key->publicKey().fingerprint();
        QTest::keyClicks(child<QLineEdit>(*confirm, "trustName"), QStringLiteral("Test mappers"));
        confirm->accept();
    });
    whenShown<PackTrustDialog>([&](PackTrustDialog *dialog) {
        const QString signer = labelText(*dialog, "signerStatus");
        sawUnknown = signer.contains(QLatin1String("not trusted yet")) &&
                     signer.contains(key->publicKey().keyIdHex()) &&
                     child<QPushButton>(*dialog, "trustKeyButton")->isVisible();
        keepScreenshot(dialog, "trust_unknown");
        const bool added = dialog->trustKeyFromFile(pub);
        sawTrusted =
            added &&
            labelText(*dialog, "signerStatus").contains(QLatin1String("Signed by Test mappers")) &&
            !child<QPushButton>(*dialog, "trustKeyButton")->isVisible();
        keepScreenshot(dialog, "trust_trusted");
        dialog->accept();
    });
    whenShown<ImportReviewDialog>([&](ImportReviewDialog *review) {
        reviewTrusted = review->trustsSource();
        review->accept();
    });
    QVERIFY(window->files()->importFile(pack.path));
    QVERIFY(sawUnknown);
    QVERIFY(sawFingerprint);
    QVERIFY(sawTrusted);
    // A trusted key, a valid signature and no warning: the merge treats the source as trusted.
    QVERIFY(reviewTrusted);

    const TrustStore &trust = session->content().trust;
    QCOMPARE(trust.signers().size(), std::size_t(1));
    QCOMPARE(trust.signers()[0].name, QStringLiteral("Test mappers"));
    QCOMPARE(trust.signers()[0].key, key->publicKey());
    // recordImport after the import: version 3 of this id, signed by the checked key.
    QCOMPARE(trust.seen().size(), std::size_t(1));
    QCOMPARE(trust.seen()[0].datasetId, pack.header.id);
    QCOMPARE(trust.seen()[0].highestVersion, std::uint64_t(3));
    QVERIFY(trust.seen()[0].signer == key->publicKey());
}

void TstSecurityGui::rollbackExpiredAndBadSignatureFlagged()
{
    QTemporaryDir dir;
    auto window = shownWindow(dir.path());
    WorkspaceSession *session = window->security()->session();
    std::optional<MinisignSecretKey> key = MinisignSecretKey::generate();
    QVERIFY(key);
    QVERIFY(!session->trustKey(key->publicKey(), QStringLiteral("Test mappers")));
    // Version 5 of the pack's id was imported before, signed by that key.
    DatasetHeader seen;
    seen.id = QStringLiteral("org.example.signed-test");
    seen.version = 5;
    QVERIFY(!session->recordImport(seen, key->publicKey()));
    const Dataset before = *window->dataset();

    // Version 2 after version 5 was seen, and expired at the start of 2020.
    const SignedPack old = writeSignedPack(dir.path(), QStringLiteral("old.bspack"), 2, *key,
                                           QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
    bool flagged = false;
    whenShown<PackTrustDialog>([&](PackTrustDialog *dialog) {
        const QString warnings = labelText(*dialog, "packWarnings");
        flagged =
            labelText(*dialog, "signerStatus").contains(QLatin1String("Signed by Test mappers")) &&
            warnings.contains(QLatin1String("Older than what you have")) &&
            warnings.contains(QLatin1String("version 5")) &&
            warnings.contains(QLatin1String("Out of date")) &&
            !dialog->assessment().isTrustworthy();
        keepScreenshot(dialog, "trust_warnings");
        dialog->reject();
    });
    QVERIFY(!window->files()->importFile(old.path));
    QVERIFY(flagged);
    QVERIFY(*window->dataset() == before);

    // A signature by the trusted key over other bytes: refused unless "import anyway".
    const QByteArray other = packBytes(Dataset{});
    const SignedPack forged =
        writeSignedPack(dir.path(), QStringLiteral("forged.bspack"), 6, *key, {}, other);
    bool refused = false;
    whenShown<PackTrustDialog>([&](PackTrustDialog *dialog) {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QCheckBox *anyway = child<QCheckBox>(*dialog, "importAnyway");
        refused = labelText(*dialog, "signerStatus").contains(QLatin1String("does not match")) &&
                  !buttons->button(QDialogButtonBox::Ok)->isEnabled() && anyway->isVisible() &&
                  !dialog->canContinue();
        anyway->setChecked(true);
        refused = refused && buttons->button(QDialogButtonBox::Ok)->isEnabled();
        dialog->reject();
    });
    QVERIFY(!window->files()->importFile(forged.path));
    QVERIFY(refused);
    QVERIFY(*window->dataset() == before);
    // Nothing was recorded for the refused packs.
    QCOMPARE(session->content().trust.seen()[0].highestVersion, std::uint64_t(5));
}

void TstSecurityGui::photoAttachedWithoutMetadataAndFacesFilled()
{
    if (!QFile::exists(kMessi))
        QSKIP("messi5.jpg is missing (Debian package opencv-doc)");
    if (!QFile::exists(QStringLiteral("%1/haarcascade_frontalface_default.xml")
                           .arg(QLatin1String(kDefaultCascadeFolder))))
        QSKIP("OpenCV's Haar cascades are missing (Debian package opencv-data)");
    QTemporaryDir dir;
    auto window = shownWindow(dir.path());
    WorkspaceSession *session = window->security()->session();
    const QByteArray passphrase = kPassphrase.toUtf8();
    QVERIFY(!session->create(session->defaultPath(), passphrase));

    // The photo with an EXIF block and a comment that names a place, right after the JPEG's
    // start marker: what a phone would leave in it.
    const QByteArray secret = "MEETING-AT-MIRROR-SQUARE";
    QByteArray exif = QByteArray("Exif\0\0MM\0*\0\0\0\x08\0\0\0\0\0\0", 20) + secret;
    QByteArray app1 = QByteArray("\xFF\xE1", 2);
    app1.append(char((exif.size() + 2) >> 8)).append(char((exif.size() + 2) & 0xFF)).append(exif);
    QByteArray comment = QByteArray("\xFF\xFE", 2);
    comment.append(char((secret.size() + 2) >> 8))
        .append(char((secret.size() + 2) & 0xFF))
        .append(secret);
    QByteArray photo = readAll(kMessi);
    QVERIFY(photo.startsWith("\xFF\xD8"));
    photo.insert(2, app1 + comment);
    const QString path = dir.filePath(QStringLiteral("camera.jpg"));
    QVERIFY(writeAll(path, photo));
    QVERIFY(readAll(path).contains(secret) && readAll(path).contains("Exif"));

    std::vector<QRect> faces;
    QRect drawn;
    whenShown<PhotoRedactionDialog>([&](PhotoRedactionDialog *dialog) {
        faces = dialog->detectedFaces();
        // A box dragged over the image's upper left corner, as a person would.
        RedactionPreview *preview = dialog->preview();
        const QRect area = preview->imageArea();
        const QPoint from = area.topLeft() + QPoint(10, 10);
        const QPoint to = area.topLeft() + QPoint(60, 50);
        QTest::mousePress(preview, Qt::LeftButton, {}, from);
        QTest::mouseMove(preview, to);
        QTest::mouseRelease(preview, Qt::LeftButton, {}, to);
        if (!dialog->manualBoxes().empty())
            drawn = dialog->manualBoxes().front();
        keepScreenshot(dialog, "photo");
        dialog->accept();
    });
    QVERIFY(window->security()->photos()->attachPhotoFile(CameraId{0}, path));
    QVERIFY2(!faces.empty(), "the face in messi5.jpg was not found");
    QVERIFY(drawn.isValid());

    QCOMPARE(session->content().photos.size(), std::size_t(1));
    const EvidencePhoto &stored = session->content().photos[0];
    QVERIFY(!stored.image.contains(secret));
    QVERIFY(!stored.image.contains("Exif"));
    QCOMPARE(stored.sha256, sha256(stored.image));
    const QImage image = QImage::fromData(stored.image).convertToFormat(QImage::Format_RGB32);
    QVERIFY(!image.isNull());
    // Inside each face (as found, before its margin) and inside the drawn box, all one colour,
    // and that colour black give or take JPEG: redactPhoto widens fills to the 16-pixel JPEG
    // grid, so only a filled box's outermost ring may be tinted, and these rectangles lie
    // inside their filled boxes. One pixel is left off each side all the same.
    const auto solidBlack = [&](const QRect &box) {
        const QRect inner = box.adjusted(1, 1, -1, -1) & image.rect();
        const QRgb first = image.pixel(inner.topLeft());
        for (int y = inner.top(); y <= inner.bottom(); ++y)
            for (int x = inner.left(); x <= inner.right(); ++x)
                if (image.pixel(x, y) != first)
                    return false;
        return qRed(first) < 8 && qGreen(first) < 8 && qBlue(first) < 8;
    };
    for (const QRect &face : faces)
        QVERIFY(solidBlack(face));
    QVERIFY(solidBlack(drawn));

    // The camera's local sighting refers to the photo by its hash.
    const Camera &camera = *window->dataset()->cameraWithId(CameraId{0});
    std::optional<SourceId> local = window->document()->localSource();
    QVERIFY(local);
    const QByteArray hash = sha256(stored.image); // a copy of its own
    const auto refersToPhoto = [&] {
        bool referred = false;
        for (const Sighting &s : window->dataset()->cameraWithId(CameraId{0})->sightings)
            referred = referred || (s.source == *local && s.evidenceHash == hash);
        return referred;
    };
    QVERIFY(refersToPhoto());
    QCOMPARE(camera.sightings.back().evidenceHash, hash);

    const QByteArray bytes(stored.image.constData(), stored.image.size()); // a copy of its own

    // Locking overwrites the workspace's copy of the photo and its hash. The map's reference
    // to it is an unsaved edit, which the lock puts into the workspace and takes off the map.
    window->security()->lock()->lockNow();
    QVERIFY(session->content().photos.empty());
    QVERIFY(!refersToPhoto());
    // On disk the photo is encrypted (its first 64 bytes appear nowhere in the file), and it
    // comes back unchanged with the workspace.
    QVERIFY(!readAll(session->defaultPath()).contains(bytes.left(64)));
    QVERIFY(!session->unlock(session->defaultPath(), passphrase));
    QCOMPARE(session->content().photos.size(), std::size_t(1));
    QCOMPARE(session->content().photos[0].image, bytes);
    QCOMPARE(session->content().photos[0].sha256, hash);
    // Restored, the camera refers to it again, by the same hash: the wipe on lock reached the
    // workspace's bytes only.
    QVERIFY(window->security()->mapEdits()->restoreStoredMapEdits());
    QVERIFY(window->document()->localSource());
    local = window->document()->localSource();
    QVERIFY(refersToPhoto());
}

void TstSecurityGui::closingWhileLockedKeepsLayout()
{
    // The window saves its layout when closed; closed while locked, that is the layout from
    // before the lock, not one with every dock hidden.
    QTemporaryDir dir;
    {
        auto window = shownWindow(dir.path());
        QVERIFY(!window->findChild<PlannerPanel *>()->isHidden());
        window->security()->lock()->lockNow();
        QVERIFY(window->findChild<PlannerPanel *>()->isHidden());
        QVERIFY(window->close());
    }
    MainWindow next(QStringLiteral("en"));
    next.restoreSettings();
    QVERIFY(!next.findChild<PlannerPanel *>()->isHidden());
}

// A camera note no map pack or translation contains, to look for in files.
const QString kEditedNote =
    QStringLiteral("seen from the bakery on Kettle Lane, lens pointing at exit 2");

// Changes the note of the training city's first camera, as the inspector would.
bool editFirstCamera(MainWindow &window)
{
    Camera after = window.dataset()->cameras.at(0);
    after.notes = kEditedNote;
    return window.editing()->changeCamera(after.id, after);
}

void TstSecurityGui::lockKeepsMapEditsInWorkspace()
{
    QTemporaryDir dir;
    auto window = shownWindow(dir.path());
    SecurityController *security = window->security();
    WorkspaceSession *session = security->session();
    const QString workspacePath = session->defaultPath();
    QVERIFY(!session->create(workspacePath, kPassphrase.toUtf8()));
    const QString noteBefore = window->dataset()->cameras.at(0).notes;
    QVERIFY(noteBefore != kEditedNote);
    QVERIFY(editFirstCamera(*window));
    QVERIFY(window->document()->isModified());
    // A control: the edited map as a pack holds the note in plain bytes, so its absence from
    // the workspace file below means something.
    QVERIFY(mentions(packBytes(*window->dataset()), kEditedNote));

    // Lock: no question, the edit is off the map and out of the undo history.
    QVERIFY(!security->lock()->isLockScreenShown());
    security->lock()->lockNow();
    QVERIFY(security->lock()->isLockScreenShown());
    QCOMPARE(window->dataset()->cameras.at(0).notes, noteBefore);
    QVERIFY(!window->document()->isModified());
    QCOMPARE(window->document()->undoStack()->count(), 0);
    UnlockScreen &screen = *security->lock()->unlockScreen();
    const QString notice = labelText(screen, "unlockNotice");
    QVERIFY2(notice.contains(QLatin1String("put into the encrypted workspace")),
             qPrintable(notice));
    // The workspace file holds the edit, encrypted: the note is nowhere in it.
    const QByteArray file = readAll(workspacePath);
    QVERIFY(file.startsWith("BSWKSP\r\n"));
    QVERIFY(!mentions(file, kEditedNote));

    // Unlock: the offer comes, Restore puts the edit back as an unsaved, undoable step.
    bool offered = false;
    whenShown<QMessageBox>([&](QMessageBox *box) {
        offered = box->objectName() == QLatin1String("restoreMapEditsOffer") &&
                  box->text().contains(QLatin1String("not saved to a file"));
        keepScreenshot(box, "restore_offer");
        QTest::mouseClick(child<QPushButton>(*box, "restoreMapEditsButton"), Qt::LeftButton);
    });
    typeInto(screen, "unlockPassphrase", kPassphrase);
    QTest::mouseClick(child<QPushButton>(screen, "unlockButton"), Qt::LeftButton);
    QCOMPARE(session->state(), WorkspaceSession::State::Unlocked);
    QTRY_COMPARE(window->dataset()->cameras.at(0).notes, kEditedNote);
    QVERIFY(offered);
    QVERIFY(window->document()->isModified());
    // Restored means no longer stored: the workspace's copy is cleared.
    QVERIFY(session->content().cameraEdits.isEmpty());
    QVERIFY(!security->mapEdits()->hasStoredMapEdits());
    // Undo takes the restore back to the unedited map.
    window->document()->undoStack()->undo();
    QCOMPARE(window->dataset()->cameras.at(0).notes, noteBefore);
}

void TstSecurityGui::memoryOnlyLockDropsMapEdits()
{
    QTemporaryDir dir;
    auto window = shownWindow(dir.path());
    SecurityController *security = window->security();
    WorkspaceSession *session = security->session();
    QCOMPARE(session->state(), WorkspaceSession::State::MemoryOnly);
    // The tooltip says beforehand what Lock will do with edits.
    const QString tip = child<QAction>(*window, "lockNowAction")->toolTip();
    QVERIFY2(tip.contains(QLatin1String("are dropped")), qPrintable(tip));
    const QString noteBefore = window->dataset()->cameras.at(0).notes;
    QVERIFY(editFirstCamera(*window));

    security->lock()->lockNow();
    QCOMPARE(window->dataset()->cameras.at(0).notes, noteBefore);
    QVERIFY(!window->document()->isModified());
    QCOMPARE(window->document()->undoStack()->count(), 0); // no redo to bring it back either
    const QString notice = labelText(*security->lock()->unlockScreen(), "unlockNotice");
    QVERIFY2(notice.contains(QLatin1String("were dropped")), qPrintable(notice));
    // There is no workspace to unlock: the notice says how to go on instead.
    QVERIFY2(!notice.contains(QLatin1String("Unlock")) &&
                 notice.contains(QLatin1String("continue without a workspace")),
             qPrintable(notice));
    // Nothing was written anywhere: no workspace file appeared.
    QVERIFY(!QFile::exists(session->defaultPath()));

    // A lock without edits says nothing about them.
    session->continueWithoutWorkspace();
    QVERIFY(!security->lock()->isLockScreenShown());
    security->lock()->lockNow();
    QVERIFY(!labelText(*security->lock()->unlockScreen(), "unlockNotice")
                 .contains(QLatin1String("map edits")));
}

void TstSecurityGui::lockAndQuitCloseEveryWindow()
{
    // Issue 11, item 6: the training window and its presenter stayed open (with a volunteer's
    // photo in the face-detector demo) after Lock, and kept the program running after Quit.
    QTemporaryDir dir;
    auto window = shownWindow(dir.path());
    auto *menu = window->findChild<TrainingMenu *>();
    QVERIFY(menu);
    QPointer<TrainingWindow> training = menu->openTrainingWindow();
    training->showPresenter();
    QPointer<PresenterView> presenter = training->presenter();
    QVERIFY(training->isVisible() && presenter && presenter->isVisible());
    window->security()->lock()->lockNow();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // Deleted, not hidden: nothing they showed is left in memory.
    QVERIFY(!training);
    QVERIFY(!presenter);
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY2(w == window.get() || !w->isVisible(), qPrintable(w->objectName()));

    // Quit (closing the main window) closes them too, so the program ends.
    window->security()->session()->continueWithoutWorkspace();
    training = menu->openTrainingWindow();
    QVERIFY(training->isVisible());
    QVERIFY(window->close());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!training);
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY2(!w->isVisible(), qPrintable(w->objectName()));
}

void TstSecurityGui::closingKeepsMapEditsInWorkspace()
{
    QTemporaryDir dir;
    const QString workspacePath = QDir(dir.path()).filePath(QStringLiteral("workspace.bsw"));
    {
        auto window = shownWindow(dir.path());
        WorkspaceSession *session = window->security()->session();
        QVERIFY(!session->create(workspacePath, kPassphrase.toUtf8()));
        QVERIFY(editFirstCamera(*window));
        // No "Save or discard?" question: a QMessageBox here would block close() forever.
        QVERIFY(window->close());
        QVERIFY(!session->content().cameraEdits.isEmpty());
    }
    QVERIFY(!mentions(readAll(workspacePath), kEditedNote));
    // The next run: unlocked, the edits are offered and, discarded, are gone for good.
    auto window = shownWindow(dir.path());
    SecurityController *security = window->security();
    const QString noteBefore = window->dataset()->cameras.at(0).notes;
    bool offered = false;
    whenShown<QMessageBox>([&](QMessageBox *box) {
        offered = box->objectName() == QLatin1String("restoreMapEditsOffer");
        QTest::mouseClick(child<QPushButton>(*box, "discardMapEditsButton"), Qt::LeftButton);
    });
    security->lock()->showUnlockScreen();
    UnlockScreen &screen = *security->lock()->unlockScreen();
    typeInto(screen, "unlockPassphrase", kPassphrase);
    QTest::mouseClick(child<QPushButton>(screen, "unlockButton"), Qt::LeftButton);
    QCOMPARE(security->session()->state(), WorkspaceSession::State::Unlocked);
    QTRY_VERIFY(offered);
    QTRY_VERIFY(security->session()->content().cameraEdits.isEmpty());
    QCOMPARE(window->dataset()->cameras.at(0).notes, noteBefore);
    QVERIFY(!window->document()->isModified());
}

void TstSecurityGui::trustedKeysDialogAddsAndRemoves()
{
    QTemporaryDir dir;
    auto window = shownWindow(dir.path());
    WorkspaceSession *session = window->security()->session();
    std::optional<MinisignSecretKey> first = MinisignSecretKey::generate();
    std::optional<MinisignSecretKey> second = MinisignSecretKey::generate();
    QVERIFY(first && second);
    QVERIFY(!session->trustKey(first->publicKey(), QStringLiteral("First mappers")));
    QVERIFY(!session->trustKey(second->publicKey(), QStringLiteral("Second mappers")));

    TrustedKeysDialog dialog(session, window.get());
    dialog.show();
    auto *list = child<QTreeWidget>(dialog, "trustedKeysList");
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 2);
    const QTreeWidgetItem *row = list->topLevelItem(0);
    QCOMPARE(row->text(0), QStringLiteral("First mappers"));
    QCOMPARE(row->text(1), first->publicKey().keyIdHex());
    // 16 bytes of SHA-256 as 8 groups of 4 hex digits with 7 spaces: 8 * 4 + 7 = 39 characters.
    QCOMPARE(row->text(2), first->publicKey().fingerprint());
    QCOMPARE(row->text(2).size(), 39);
    QCOMPARE(row->text(2).split(QLatin1Char(' ')).size(), 8);
    keepScreenshot(&dialog, "trusted_keys");

    // Remove, cancelled: nothing changes.
    whenShown<QMessageBox>([](QMessageBox *box) { box->reject(); });
    QVERIFY(!dialog.removeKeyAt(0));
    QCOMPARE(session->content().trust.signers().size(), std::size_t(2));
    // Remove, confirmed: only the second key is left, in the store and in the list.
    QString question;
    whenShown<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        QTest::mouseClick(child<QPushButton>(*box, "removeTrustedKeyConfirmButton"),
                          Qt::LeftButton);
    });
    QVERIFY(dialog.removeKeyAt(0));
    QVERIFY(question.contains(QLatin1String("First mappers")));
    QCOMPARE(session->content().trust.signers().size(), std::size_t(1));
    QCOMPARE(session->content().trust.signers()[0].key, second->publicKey());
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Second mappers"));

    // Add it back from its .pub file: the fingerprint is shown before it is trusted.
    const QString pub = dir.filePath(QStringLiteral("first.pub"));
    QVERIFY(writeAll(pub, publicKeyFileBytes(first->publicKey())));
    QString shownFingerprint;
    whenShown<TrustKeyDialog>([&](TrustKeyDialog *confirm) {
        shownFingerprint = labelText(*confirm, "trustFingerprint");
        QTest::keyClicks(child<QLineEdit>(*confirm, "trustName"), QStringLiteral("First again"));
        confirm->accept();
    });
    QVERIFY(dialog.addKeyFromFile(pub));
    QCOMPARE(shownFingerprint, first->publicKey().fingerprint());
    QCOMPARE(session->content().trust.signers().size(), std::size_t(2));
    QCOMPARE(list->topLevelItemCount(), 2);
    // Not a key file: said, nothing trusted.
    const QString notKey = dir.filePath(QStringLiteral("not.pub"));
    QVERIFY(writeAll(notKey, "hello\n"));
    QString refusal;
    whenShown<QMessageBox>([&](QMessageBox *box) {
        refusal = box->text();
        box->accept();
    });
    QVERIFY(!dialog.addKeyFromFile(notKey));
    QVERIFY2(refusal.contains(QLatin1String("Nothing was trusted")), qPrintable(refusal));
    QCOMPARE(session->content().trust.signers().size(), std::size_t(2));
}

void TstSecurityGui::changedPassphraseOldFailsNewOpens()
{
    QTemporaryDir dir;
    auto window = shownWindow(dir.path());
    SecurityController *security = window->security();
    WorkspaceSession *session = security->session();
    const QString path = session->defaultPath();
    QVERIFY(!child<QAction>(*window, "changePassphraseAction")->isVisible());
    QVERIFY(!session->create(path, kPassphrase.toUtf8()));
    QVERIFY(child<QAction>(*window, "changePassphraseAction")->isVisible());
    const QString replacement = QStringLiteral("cobalt lantern meadow thistle");
    const QByteArray before = readAll(path);

    ChangePassphraseDialog dialog(session, window.get());
    dialog.show();
    const auto fill = [&](const QString &current, const QString &next, const QString &repeat) {
        for (const auto &[name, text] :
             {std::pair{"currentPassphrase", current}, std::pair{"newPassphrase", next},
              std::pair{"repeatNewPassphrase", repeat}}) {
            QLineEdit *edit = child<QLineEdit>(dialog, name);
            edit->clear();
            QTest::keyClicks(edit, text);
        }
    };
    fill(kPassphrase, QStringLiteral("short"), QStringLiteral("short"));
    QVERIFY(labelText(dialog, "newPassphraseStrength").startsWith(QLatin1String("Too short")));
    QVERIFY(!dialog.tryChange());
    // The wrong current passphrase: refused, counted like a failed unlock, the file untouched.
    fill(QStringLiteral("granite kettle"), replacement, replacement);
    QVERIFY(!dialog.tryChange());
    QString message = labelText(dialog, "changePassphraseMessage");
    QVERIFY2(message.contains(QLatin1String("does not open this workspace")), qPrintable(message));
    QCOMPARE(session->failedTries(), 1);
    QCOMPARE(readAll(path), before);
    // After one failure the wait is 2^0 = 1 s (WorkspaceUnlocker).
    QTRY_VERIFY_WITH_TIMEOUT(session->remainingDelay().count() == 0, 5000);
    fill(kPassphrase, replacement, replacement);
    QVERIFY(dialog.tryChange());
    QCOMPARE(session->state(), WorkspaceSession::State::Unlocked);
    QVERIFY(readAll(path) != before);

    security->lock()->lockNow();
    const std::optional<SecurityError> old = session->unlock(path, kPassphrase.toUtf8());
    QVERIFY(old);
    QCOMPARE(old->code, SecurityErrorCode::WrongPassphrase);
    QTRY_VERIFY_WITH_TIMEOUT(session->remainingDelay().count() == 0, 5000);
    QVERIFY(!session->unlock(path, replacement.toUtf8()));
    QCOMPARE(session->state(), WorkspaceSession::State::Unlocked);
}

void TstSecurityGui::notesSavedLockedAndBack()
{
    QTemporaryDir dir;
    auto window = shownWindow(dir.path());
    SecurityController *security = window->security();
    WorkspaceSession *session = security->session();
    const QString path = session->defaultPath();
    NotesPanel *notes = security->notesPanel();
    QVERIFY(notes);
    QVERIFY(labelText(*notes, "notesWhere").contains(QLatin1String("memory only")));
    QVERIFY(!session->create(path, kPassphrase.toUtf8()));
    QVERIFY(labelText(*notes, "notesWhere").contains(QLatin1String("encrypted")));
    child<QAction>(*window, "notesAction")->trigger();
    QVERIFY(child<QDockWidget>(*window, "notesDock")->isVisible());

    auto *title = child<QLineEdit>(*notes, "noteTitle");
    auto *text = child<QPlainTextEdit>(*notes, "noteText");
    auto *list = child<QListWidget>(*notes, "notesList");
    const QString secretTitle = QStringLiteral("Saturday meeting point");
    const QString secretText = QStringLiteral("Bring the printed route card, not the phone.");
    QTest::keyClicks(title, secretTitle);
    QTest::keyClicks(text, secretText);
    QTest::mouseClick(child<QPushButton>(*notes, "saveNoteButton"), Qt::LeftButton);
    QCOMPARE(session->content().notes.size(), std::size_t(1));
    QCOMPARE(session->content().notes[0].title, secretTitle);
    QCOMPARE(session->content().notes[0].text, secretText);
    QCOMPARE(list->count(), 1);
    const QByteArray file = readAll(path);
    QVERIFY(!mentions(file, secretTitle));
    QVERIFY(!mentions(file, secretText));
    // Edited: saved over the same note, not as a second one.
    text->setPlainText(secretText + QStringLiteral(" Water."));
    QVERIFY(notes->saveNote());
    QCOMPARE(session->content().notes.size(), std::size_t(1));
    QCOMPARE(session->content().notes[0].text, secretText + QStringLiteral(" Water."));
    // A second note typed but not saved when the lock comes: kept in the workspace too.
    notes->newNote();
    QTest::keyClicks(title, QStringLiteral("Draft"));

    security->lock()->lockNow();
    QVERIFY(title->text().isEmpty());
    QVERIFY(text->toPlainText().isEmpty());
    QCOMPARE(list->count(), 0);
    QVERIFY(!notes->currentNote());

    QVERIFY(!session->unlock(path, kPassphrase.toUtf8()));
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), secretTitle);
    QCOMPARE(list->item(1)->text(), QStringLiteral("Draft"));
    list->setCurrentRow(0);
    QCOMPARE(title->text(), secretTitle);
    QCOMPARE(text->toPlainText(), secretText + QStringLiteral(" Water."));

    // Deleted, confirmed: one note left.
    whenShown<QMessageBox>([](QMessageBox *box) {
        QTest::mouseClick(child<QPushButton>(*box, "deleteNoteConfirmButton"), Qt::LeftButton);
    });
    QVERIFY(notes->deleteNote());
    QCOMPARE(session->content().notes.size(), std::size_t(1));
    QCOMPARE(session->content().notes[0].title, QStringLiteral("Draft"));
    QVERIFY(title->text().isEmpty());
}

void TstSecurityGui::languageChosenOnUnlockScreen()
{
    // Someone on an English system who reads Russian: the menus are off on the first screen,
    // so the screen itself offers the language, each named in itself.
    QTemporaryDir dir;
    auto window = shownWindow(dir.path());
    const auto restore = qScopeGuard([&] { window->setLanguage(QStringLiteral("en")); });
    SecurityController *security = window->security();
    security->lock()->showUnlockScreen({});
    QVERIFY(!window->menuBar()->isEnabled());
    UnlockScreen &screen = *security->lock()->unlockScreen();
    auto *language = child<QComboBox>(screen, "unlockLanguage");
    QVERIFY(language->isVisible());
    QCOMPARE(language->currentText(), QStringLiteral("English"));
    QStringList names;
    for (int i = 0; i < language->count(); ++i)
        names << language->itemText(i);
    QCOMPARE(names, (QStringList{QStringLiteral("English"), QStringLiteral("Русский"),
                                 QStringLiteral("Українська")}));
    const QString englishTitle = labelText(screen, "unlockTitle");

    // Chosen as a person would: open the list, pick Русский.
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(window->language(), QStringLiteral("ru"));
    QCOMPARE(language->currentText(), QStringLiteral("Русский"));
    // The screen speaks Russian at once, from the catalogue (not the English source).
    const QString russianTitle = labelText(screen, "unlockTitle");
    QCOMPARE(russianTitle, UnlockScreen::tr("Your Blindspot workspace"));
    QVERIFY(russianTitle != englishTitle);
    QVERIFY(russianTitle.contains(QStringLiteral("рабочая область")));
    QVERIFY(!labelText(*window, "workspaceIndicator").startsWith(QLatin1String("Workspace")));
    keepScreenshot(window.get(), "unlock_ru");
    // Still the unlock screen: choosing a language opens nothing.
    QVERIFY(security->lock()->isLockScreenShown());
    QVERIFY(!window->menuBar()->isEnabled());
}

void TstSecurityGui::createSaveLockUnlockWipe()
{
    QTemporaryDir dir;
    auto window = shownWindow(dir.path());
    SecurityController *security = window->security();
    WorkspaceSession *session = security->session();
    const QString workspacePath = session->defaultPath();
    int unlockedCalls = 0;

    // The program's start: the unlock screen, with everything else hidden and disabled.
    security->lock()->showUnlockScreen([&] { ++unlockedCalls; });
    QVERIFY(security->lock()->isLockScreenShown());
    QVERIFY(!window->menuBar()->isEnabled());
    QVERIFY(window->findChild<PlannerPanel *>()->isHidden());
    // None was ever made here: "locked" would suggest there is one.
    QCOMPARE(labelText(*window, "workspaceIndicator"), QStringLiteral("Workspace: none open"));
    UnlockScreen &screen = *security->lock()->unlockScreen();
    // No workspace yet: the create page, and nothing to delete.
    QVERIFY(child<QLineEdit>(screen, "createPassphrase")->isVisible());
    QVERIFY(!child<QPushButton>(screen, "unlockWipe")->isVisible());
    keepScreenshot(window.get(), "unlock_create");

    typeInto(screen, "createPassphrase", kPassphrase);
    typeInto(screen, "createRepeat", QStringLiteral("granite kettle orbit violets"));
    QTest::mouseClick(child<QPushButton>(screen, "createButton"), Qt::LeftButton);
    QVERIFY(labelText(screen, "createMessage").contains(QLatin1String("not the same")));
    QCOMPARE(session->state(), WorkspaceSession::State::Locked);
    typeInto(screen, "createPassphrase", QStringLiteral("short"));
    QVERIFY(labelText(screen, "createStrength").startsWith(QLatin1String("Too short")));
    typeInto(screen, "createPassphrase", kPassphrase);
    // Four words, 27 characters: "strong" by SecurityText's rule (4+ words and 16+ characters).
    QVERIFY(labelText(screen, "createStrength").startsWith(QLatin1String("Strong")));
    typeInto(screen, "createRepeat", kPassphrase);
    QTest::mouseClick(child<QPushButton>(screen, "createButton"), Qt::LeftButton);
    QCOMPARE(session->state(), WorkspaceSession::State::Unlocked);
    QVERIFY(!security->lock()->isLockScreenShown());
    QVERIFY(window->menuBar()->isEnabled());
    QVERIFY(QFile::exists(workspacePath));
    QTRY_COMPARE(unlockedCalls, 1); // queued after the unlock screen's own work
    QCOMPARE(labelText(*window, "workspaceIndicator"), QStringLiteral("Workspace: unlocked"));

    // Plan and save.
    auto *planner = window->findChild<PlannerPanel *>();
    QVERIFY(!planner->isHidden());
    QVERIFY(planner->planBetween(kFrom, kTo));
    QVERIFY(window->mapView()->routeOverlay());
    QVERIFY(security->plans()->saveCurrentPlan(QStringLiteral("Meeting")));
    QCOMPARE(session->content().plans.size(), std::size_t(1));
    QCOMPARE(session->content().plans[0].fromPlace, kFrom);
    QCOMPARE(session->content().plans[0].toPlace, kTo);
    // The file on disk names neither station nor the plan.
    const QByteArray file = readAll(workspacePath);
    QVERIFY(file.size() > 104);
    for (const QString &secret : {kFrom, kTo, QStringLiteral("Meeting")})
        QVERIFY2(!mentions(file, secret), qPrintable(secret));

    // A window never put on a screen does not become active by itself; shortcuts need one.
    QApplication::setActiveWindow(window.get());
    QAction *addCamera = child<QAction>(*window, "addCameraTool");
    QTest::keyClick(window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(addCamera->isChecked()); // the shortcut works while unlocked...
    addCamera->setChecked(false);

    // Ctrl+L: key and content gone, the planner emptied, the route off the map.
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(security->lock()->isLockScreenShown());
    QCOMPARE(session->state(), WorkspaceSession::State::Locked);
    QVERIFY(session->content().plans.empty());
    QVERIFY(session->openPath().isEmpty());
    QVERIFY(!planner->currentPlan());
    QVERIFY(child<QLineEdit>(*planner, "fromEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>(*planner, "toEdit")->text().isEmpty());
    QVERIFY(!window->mapView()->routeOverlay());
    QVERIFY(child<QMenu>(*window, "savedPlansMenu")->actions().isEmpty());
    QVERIFY(labelText(screen, "unlockNotice").startsWith(QLatin1String("Locked.")));
    QCOMPARE(labelText(*window, "workspaceIndicator"), QStringLiteral("Workspace: locked"));
    QVERIFY(child<QPushButton>(screen, "unlockWipe")->isVisible());
    // ...and does not reach the hidden map while locked.
    QTest::keyClick(window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!addCamera->isChecked());

    // A wrong passphrase: a clear message, the wait before the next try, the file untouched.
    QVERIFY(child<QLineEdit>(screen, "unlockPassphrase")->isVisible());
    QPushButton *unlock = child<QPushButton>(screen, "unlockButton");
    typeInto(screen, "unlockPassphrase", QStringLiteral("granite kettle orbit"));
    QTest::mouseClick(unlock, Qt::LeftButton);
    QCOMPARE(session->state(), WorkspaceSession::State::Locked);
    QCOMPARE(session->failedTries(), 1);
    QString message = labelText(screen, "unlockMessage");
    QVERIFY2(message.contains(QLatin1String("does not open this workspace")), qPrintable(message));
    // After one failure the wait is 2^0 = 1 s (WorkspaceUnlocker), shown rounded up.
    QVERIFY2(message.contains(QLatin1String("try again in 1 s.")), qPrintable(message));
    QVERIFY(!unlock->isEnabled());
    QVERIFY(child<QLineEdit>(screen, "unlockPassphrase")->text().isEmpty());
    QCOMPARE(readAll(workspacePath), file);
    keepScreenshot(window.get(), "unlock_wrong");
    QTRY_VERIFY_WITH_TIMEOUT(unlock->isEnabled(), 5000);
    typeInto(screen, "unlockPassphrase", QStringLiteral("granite"));
    QTest::mouseClick(unlock, Qt::LeftButton);
    message = labelText(screen, "unlockMessage");
    // After two failures in a row: 2^1 = 2 s.
    QVERIFY2(message.contains(QLatin1String("try again in 2 s.")), qPrintable(message));
    QTRY_VERIFY_WITH_TIMEOUT(unlock->isEnabled(), 6000);

    // The right one: the plan is back, and plans again from the Saved plans menu.
    typeInto(screen, "unlockPassphrase", kPassphrase);
    QTest::mouseClick(unlock, Qt::LeftButton);
    QCOMPARE(session->state(), WorkspaceSession::State::Unlocked);
    QVERIFY(!security->lock()->isLockScreenShown());
    QCOMPARE(session->content().plans.size(), std::size_t(1));
    QCOMPARE(session->content().plans[0].name, QStringLiteral("Meeting"));
    QVERIFY(security->plans()->openSavedPlan(0));
    QVERIFY(planner->currentPlan());
    QCOMPARE(child<QLineEdit>(*planner, "fromEdit")->text(), kFrom);
    QCOMPARE(unlockedCalls, 1); // "after unlock" ran once, at the start

    // Wipe, confirmed: the workspace and the settings file are gone and stay gone.
    window->saveSettings();
    const QString settings = LockController::settingsFile();
    QVERIFY(QFile::exists(settings));
    QString question;
    whenShown<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        QTest::mouseClick(child<QPushButton>(*box, "wipeConfirmButton"), Qt::LeftButton);
    });
    security->lock()->confirmAndWipe();
    QVERIFY(question.contains(QDir::toNativeSeparators(workspacePath)));
    QVERIFY(question.contains(QDir::toNativeSeparators(settings)));
    QVERIFY(!QFile::exists(workspacePath));
    QVERIFY(!QFile::exists(settings));
    QVERIFY(security->lock()->isLockScreenShown());
    QCOMPARE(session->state(), WorkspaceSession::State::Locked);
    QVERIFY(session->content().plans.empty());
    QVERIFY(!planner->currentPlan());
    QVERIFY(labelText(screen, "unlockNotice").startsWith(QLatin1String("Wiped")));
    window->saveSettings();
    QVERIFY(!QFile::exists(settings));
    // Nothing left in the workspace's folder either (no temporary file of a save).
    QVERIFY(QDir(QFileInfo(workspacePath).absolutePath())
                .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)
                .isEmpty());
}

int main(int argc, char **argv)
{
    return runWithPrivateHome<TstSecurityGui>(argc, argv);
}

#include "tst_security_gui.moc"
