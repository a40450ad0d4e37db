#include "gui/shell/app_locations.h"
#include "gui/shell/app_settings.h"
#include "common/error_text.h"
#include "gui/shell/main_window.h"
#include "gui/map/map_view.h"
#include "gui/planner/planner_panel.h"
#include "core/security/process_hardening.h"
#include "gui/security/lock_controller.h"
#include "gui/security/security_controller.h"
#include "gui/shell/file_controller.h"
#include "common/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QStatusBar>
#include <QTextStream>

#include <cstring>

namespace blindspot {
namespace {

constexpr QSize kScreenshotSize(1400, 900);

/// The options of `blindspot`, worded in the UI language that is installed when it is built.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    CommandLine()
        : screenshot(QStringLiteral("screenshot"),
                     tr("Draw the window (%1 x %2 pixels) into a PNG file and exit, without "
                        "showing it on screen.")
                         .arg(kScreenshotSize.width())
                         .arg(kScreenshotSize.height()),
                     tr("file")),
          language(QStringLiteral("lang"),
                   tr("Language of the user interface: %1.")
                       .arg(availableLanguages().join(QStringLiteral(", "))),
                   tr("language")),
          from(QStringLiteral("from"),
               tr("Plan a trip on startup from this place: a station name in any language, "
                  "station:N, entrance:N or lat,lon. Needs --to."),
               tr("place")),
          to(QStringLiteral("to"), tr("Where the trip planned on startup goes, like --from."),
             tr("place")),
          portable(QStringLiteral("portable"),
                   tr("Keep the settings and the workspace in this folder only, for example on "
                      "a USB stick (a file named \"portable\" next to the program does the same "
                      "with the program's folder)."),
                   tr("folder"))
    {
        parser.setApplicationDescription(
            tr("Blindspot: an offline map of surveillance and face-recognition cameras in and "
               "around metro stations."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(screenshot);
        parser.addOption(language);
        parser.addOption(from);
        parser.addOption(to);
        parser.addOption(portable);
        parser.addPositionalArgument(
            tr("file"),
            tr("A Blindspot map pack (.bspack) to open. Without it, the fictional training "
               "city opens."),
            tr("[file]"));
    }

    QCommandLineParser parser;
    QCommandLineOption screenshot;
    QCommandLineOption language;
    QCommandLineOption from;
    QCommandLineOption to;
    QCommandLineOption portable; // applied in main(), before the QApplication exists
};

void printError(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

// A screenshot never needs a display; choosing the platform must happen before QApplication.
bool wantsScreenshot(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        if (std::strcmp(argv[i], "--screenshot") == 0 ||
            std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

// Plans the trip given with --from and --to, if any; false (with the reason on stderr) when
// no route came of it.
bool planOnStartup(MainWindow &window, const QString &from, const QString &to)
{
    if (from.isEmpty() && to.isEmpty())
        return true;
    auto *planner = window.findChild<PlannerPanel *>();
    if (planner && planner->planBetween(from, to))
        return true;
    if (auto *message = window.findChild<QLabel *>(QStringLiteral("plannerMessage")))
        printError(message->text());
    return false;
}

int writeScreenshot(MainWindow &window, const QString &file, const QString &out,
                    const QString &from, const QString &to)
{
    if (file.isEmpty()) {
        window.files()->openTrainingCity();
    } else if (const std::optional<ParseError> error = window.files()->openPackFile(file)) {
        printError(ErrorText::located(*error));
        return 1;
    }
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(kScreenshotSize);
    window.show();
    QCoreApplication::processEvents(); // delivers the layout and resize events of show()
    window.mapView()->fitToData();
    if (!planOnStartup(window, from, to))
        return 1;
    QCoreApplication::processEvents(); // lays out the route cards and details
    if (!window.grab().save(out, "PNG")) {
        printError(CommandLine::tr("Cannot write the screenshot to %1.")
                       .arg(QDir::toNativeSeparators(out)));
        return 1;
    }
    return 0;
}

// `unusablePortableFolder`: the folder of --portable when it could not be made; the program
// stops rather than write anywhere else.
int run(QApplication &app, const QString &unusablePortableFolder)
{
    // A first, silent pass finds --lang, so that the real pass (and --help) speaks it.
    QString requested;
    bool screenshot = false;
    {
        CommandLine untranslated;
        if (untranslated.parser.parse(QCoreApplication::arguments())) {
            requested = untranslated.parser.value(untranslated.language);
            screenshot = untranslated.parser.isSet(untranslated.screenshot);
        }
    }
    // The language chosen in the Language menu last time, unless one is asked for; screenshots
    // do not depend on the settings of whoever makes them.
    const QString language =
        chooseLanguage(requested.isEmpty() && !screenshot ? AppSettings::language() : requested);
    installTranslations(language);

    if (!unusablePortableFolder.isEmpty()) {
        printError(CommandLine::tr("Cannot make the portable folder %1.")
                       .arg(QDir::toNativeSeparators(unusablePortableFolder)));
        return 1;
    }

    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    if (!parser.parse(QCoreApplication::arguments())) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!requested.isEmpty() && !availableLanguages().contains(requested))
        printError(
            CommandLine::tr("There is no \"%1\" translation; using %2.").arg(requested, language));
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        printError(CommandLine::tr("Give at most one file to open."));
        return 2;
    }
    const QString file = files.value(0);
    const QString from = parser.value(commandLine.from);
    const QString to = parser.value(commandLine.to);
    if (from.isEmpty() != to.isEmpty()) {
        printError(CommandLine::tr("Give both --from and --to, or neither."));
        return 2;
    }

    MainWindow window(language);
    if (parser.isSet(commandLine.screenshot))
        return writeScreenshot(window, file, parser.value(commandLine.screenshot), from, to);

    std::optional<ParseError> error;
    if (file.isEmpty())
        window.files()->openTrainingCity();
    window.restoreSettings();
    // The unlock screen comes first (trust and safety, issue 6); the trip asked for and the
    // first-run welcome come after it. `error` is set below, before either runs.
    const auto afterUnlock = [&window, &error, from, to] {
        if (!error)
            planOnStartup(window, from, to); // a failure is shown in the planner itself
        if (!AppSettings::welcomeShown()) {
            AppSettings::setWelcomeShown(true);
            window.showWelcome();
        }
    };
    // On Tails without Persistent Storage a workspace would be lost at shutdown like everything
    // else, so there is nothing to unlock: the session stays in memory only, and says so.
    const bool amnesic = AppLocations::workspacePlace() == WorkspacePlace::Amnesic;
    if (amnesic)
        window.statusBar()->showMessage(
            CommandLine::tr("Tails without Persistent Storage: your plans and notes are kept in "
                            "memory only and are gone at shutdown. Turn on Persistent Storage "
                            "to keep a workspace."));
    const bool unlockFirst = LockController::unlockScreenWanted() && !amnesic;
    if (unlockFirst)
        window.security()->lock()->showUnlockScreen(afterUnlock);
    window.show();
    // After show(): a city's pack takes seconds to read, and the window says so meanwhile.
    if (!file.isEmpty())
        error = window.files()->openPackFile(file);
    if (error)
        QMessageBox::warning(&window, MainWindow::tr("Cannot open map pack"),
                             ErrorText::located(*error));
    if (!unlockFirst)
        afterUnlock();
    return app.exec();
}

} // namespace
} // namespace blindspot

int main(int argc, char *argv[])
{
    // Before anything is read or decrypted: no core dump, no debugger of the same user.
    blindspot::hardenProcess();
    // Settings, workspace and Qt's caches go to the portable folder from the first file access.
    const QString portable = blindspot::AppLocations::portableFolderFromArguments(argc, argv);
    const bool portableReady =
        portable.isEmpty() || blindspot::AppLocations::usePortableFolder(portable);
    if (blindspot::wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Blindspot"));
    QApplication::setApplicationVersion(QStringLiteral(BLINDSPOT_VERSION));
    // Wayland desktops match the window to its launcher and icon by this name (packaging/).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.blindspot.Blindspot"));
    return blindspot::run(app, portableReady ? QString() : portable);
}
