#pragma once

// Helpers shared by the GUI tests (Qt Widgets, offscreen): finding named widgets, answering
// modal dialogs from the event loop, and reading pixels of grabbed widgets.
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace blindspot::testing {

/// main() of a GUI test that leaves the settings and data of whoever runs it alone:
/// XDG_CONFIG_HOME and XDG_DATA_HOME point into a temporary folder for the whole run.
template <class Test> int runWithPrivateHome(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toUtf8());
    QApplication app(argc, argv);
    Test test;
    return QTest::qExec(&test, argc, argv);
}

/// The child of `parent` with this object name, or null (with a warning that names it).
template <class T> T *child(QObject &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

/// Runs `act` on the next modal dialog of type T that opens, from the event loop.
template <class T> void whenShown(std::function<void(T *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

/// What `widget` draws, as opaque 32-bit pixels.
inline QImage grabbed(QWidget &widget)
{
    return widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

/// How many pixels of `image` have exactly this colour (alpha ignored).
inline int pixelsOfColour(const QImage &image, QRgb colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += (line[x] | 0xFF000000) == (colour | 0xFF000000) ? 1 : 0;
    }
    return count;
}

} // namespace blindspot::testing
