#pragma once

#include <QString>

#include <cstdint>

namespace blindspot {

/// Where the encrypted workspace is kept, from the most to the least specific.
enum class WorkspacePlace : std::uint8_t {
    Portable,   ///< In the folder of `--portable DIR` or of a `portable` marker file.
    Persistent, ///< In Tails' Persistent Storage (`~/Persistent`), which survives a restart.
    Amnesic,    ///< Tails without Persistent Storage: the home folder is lost at shutdown.
    Standard,   ///< The user's data folder (XDG_DATA_HOME).
};

/// Decides where Blindspot's own files go. The portable folder is chosen in main() before the
/// QApplication exists; everything else is read from the system when asked.
class AppLocations {
public:
    /// The folder given with `--portable DIR` or `--portable=DIR`, else the program's own folder
    /// when a file named "portable" lies next to the program, else empty. Reads `argv` only:
    /// it runs before QApplication so that Qt's first file access already goes there.
    static QString portableFolderFromArguments(int argc, char *argv[]);

    /// Sends every per-user file of Blindspot and of Qt (settings, workspace, font and shader
    /// caches) into `folder`, by pointing the XDG base directories there. Call before the
    /// QApplication is made. False when the folder cannot be made.
    [[nodiscard]] static bool usePortableFolder(const QString &folder);
    /// The folder usePortableFolder() was given; empty when not portable.
    static QString portableFolder();

    /// Where the workspace goes on this system and in this run.
    static WorkspacePlace workspacePlace();
    /// The folder of the workspace file for workspacePlace(): `~/Persistent/Blindspot` on
    /// Tails' Persistent Storage (or any home with a `Persistent` folder), else the app's data
    /// folder (inside the portable folder when portable).
    static QString workspaceFolder();

    /// True on Tails, the amnesic system (its /etc/amnesia or os-release says so).
    static bool isAmnesicSystem();
};

} // namespace blindspot
