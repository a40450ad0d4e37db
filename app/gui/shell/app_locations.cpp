#include "gui/shell/app_locations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>

#include <cstring>

namespace blindspot {

namespace {

// Set once by usePortableFolder(), before the QApplication and any other thread exist.
QString &portableFolderStorage()
{
    static QString folder;
    return folder;
}

// Tails' Persistent Storage shows up as this folder in the home folder of user amnesia.
const QString kPersistentFolder = QStringLiteral("Persistent");
// Blindspot's folder inside it, so that its files do not mix with the user's own.
const QString kPersistentAppFolder = QStringLiteral("Blindspot");

} // namespace

QString AppLocations::portableFolderFromArguments(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            break;
        if (std::strcmp(argv[i], "--portable") == 0 && i + 1 < argc)
            return QFile::decodeName(argv[i + 1]);
        if (std::strncmp(argv[i], "--portable=", 11) == 0)
            return QFile::decodeName(argv[i] + 11);
    }
    // QCoreApplication::applicationDirPath() needs the application object; /proc does not.
    const QFileInfo program(QStringLiteral("/proc/self/exe"));
    const QString programFolder = QFileInfo(program.symLinkTarget()).absolutePath();
    if (!program.symLinkTarget().isEmpty() &&
        QFileInfo(QDir(programFolder).filePath(QStringLiteral("portable"))).isFile())
        return programFolder;
    return {};
}

bool AppLocations::usePortableFolder(const QString &folder)
{
    const QString absolute = QDir(folder).absolutePath();
    if (!QDir().mkpath(absolute))
        return false;
    // QStandardPaths, QSettings and fontconfig all follow these variables; Blindspot starts no
    // other program, so they change nothing outside this process.
    const QDir root(absolute);
    const auto point = [&root](const char *variable, const QString &name) {
        qputenv(variable, QFile::encodeName(root.filePath(name)));
    };
    point("XDG_CONFIG_HOME", QStringLiteral("config"));
    point("XDG_DATA_HOME", QStringLiteral("data"));
    point("XDG_CACHE_HOME", QStringLiteral("cache"));
    point("XDG_STATE_HOME", QStringLiteral("state"));
    portableFolderStorage() = absolute;
    return true;
}

QString AppLocations::portableFolder()
{
    return portableFolderStorage();
}

bool AppLocations::isAmnesicSystem()
{
    return QSysInfo::productType() == QLatin1String("tails") ||
           QFileInfo::exists(QStringLiteral("/etc/amnesia/version"));
}

WorkspacePlace AppLocations::workspacePlace()
{
    if (!portableFolder().isEmpty())
        return WorkspacePlace::Portable;
    if (QFileInfo(QDir::home().filePath(kPersistentFolder)).isDir())
        return WorkspacePlace::Persistent;
    return isAmnesicSystem() ? WorkspacePlace::Amnesic : WorkspacePlace::Standard;
}

QString AppLocations::workspaceFolder()
{
    if (workspacePlace() == WorkspacePlace::Persistent)
        return QDir(QDir::home().filePath(kPersistentFolder)).filePath(kPersistentAppFolder);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace blindspot
