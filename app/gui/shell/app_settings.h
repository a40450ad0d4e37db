#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace blindspot {

/// Everything Blindspot keeps between runs, in one place: the UI language, whether the welcome
/// was shown, the window's geometry and dock layout, and which map layers are shown.
///
/// These are preferences only. Nothing here may reveal a user's plans: no route, place,
/// search, file name or folder (DESIGN.md, Security and privacy invariants). The keys are a
/// fixed list (keys()), so a test can check that nothing else is ever written.
class AppSettings {
public:
    /// The settings file's location: the user's configuration folder.
    static std::unique_ptr<QSettings> open();
    /// Every key Blindspot writes.
    static QStringList keys();

    static QString language();
    static void setLanguage(const QString &language);
    static bool welcomeShown();
    static void setWelcomeShown(bool shown);
    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindow(const QByteArray &geometry, const QByteArray &state);
    /// Stable names of the shown layers (MapLayers::visibleNames), if ever saved.
    static std::optional<QStringList> visibleLayers();
    static void setVisibleLayers(const QStringList &names);
    /// Whether the map's key was folded down to its button.
    static bool legendCollapsed();
    static void setLegendCollapsed(bool collapsed);

    /// After a wipe: nothing is written until the program exits, so that closing the window
    /// does not make the settings file again.
    static void stopWriting();
};

} // namespace blindspot
