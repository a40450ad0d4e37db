#include "gui/shell/app_settings.h"

#include <QSettings>

namespace blindspot {

namespace {

const QString kLanguage = QStringLiteral("ui/language");
const QString kWelcomeShown = QStringLiteral("ui/welcomeShown");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLayers = QStringLiteral("map/layers");
const QString kLegendCollapsed = QStringLiteral("map/legendCollapsed");

// Set by stopWriting(); read by every setter.
bool writingStopped = false;

} // namespace

std::unique_ptr<QSettings> AppSettings::open()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("Blindspot"), QStringLiteral("blindspot"));
}

QStringList AppSettings::keys()
{
    return {kLanguage, kWelcomeShown, kGeometry, kState, kLayers, kLegendCollapsed};
}

QString AppSettings::language()
{
    return open()->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (writingStopped)
        return;
    open()->setValue(kLanguage, language);
}

bool AppSettings::welcomeShown()
{
    return open()->value(kWelcomeShown, false).toBool();
}

void AppSettings::setWelcomeShown(bool shown)
{
    if (writingStopped)
        return;
    open()->setValue(kWelcomeShown, shown);
}

QByteArray AppSettings::windowGeometry()
{
    return open()->value(kGeometry).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return open()->value(kState).toByteArray();
}

void AppSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    if (writingStopped)
        return;
    const auto settings = open();
    settings->setValue(kGeometry, geometry);
    settings->setValue(kState, state);
}

std::optional<QStringList> AppSettings::visibleLayers()
{
    const auto settings = open();
    if (!settings->contains(kLayers))
        return std::nullopt;
    return settings->value(kLayers).toStringList();
}

void AppSettings::setVisibleLayers(const QStringList &names)
{
    if (writingStopped)
        return;
    open()->setValue(kLayers, names);
}

bool AppSettings::legendCollapsed()
{
    return open()->value(kLegendCollapsed, false).toBool();
}

void AppSettings::setLegendCollapsed(bool collapsed)
{
    if (writingStopped)
        return;
    open()->setValue(kLegendCollapsed, collapsed);
}

void AppSettings::stopWriting()
{
    writingStopped = true;
}

} // namespace blindspot
