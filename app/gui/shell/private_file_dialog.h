#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace blindspot {

/// File dialogs that leave no trace of where the user keeps their files.
///
/// Which map someone opened, or where they saved an export, tells whoever takes the laptop what
/// they were planning, so Blindspot keeps no recent-files list (DESIGN.md, Security and privacy
/// invariants). Qt's own dialogs keep one: the static QFileDialog helpers and the native
/// dialogs add files to the desktop's recently-used list, and every QFileDialog writes its
/// history, last folder and sidebar to QtProject.conf when it is destroyed. This class uses
/// Qt's widget-based dialog only and, before it is destroyed, clears its history and points it
/// at the home folder, so what Qt writes is the same for everyone. The last folder used is
/// remembered in memory, for this session only.
class PrivateFileDialog {
    Q_DECLARE_TR_FUNCTIONS(PrivateFileDialog)
public:
    struct Choice {
        QString path;
        int filterIndex = 0; ///< Index into the filters passed in.
    };

    /// Asks for an existing file. None when the user cancels.
    static std::optional<Choice> openFile(QWidget *parent, const QString &title,
                                          const QStringList &filters);
    /// Asks where to save. `suffixes[i]` (without a dot) is added to a name without one while
    /// `filters[i]` is chosen; overwriting an existing file is confirmed. None when the user
    /// cancels.
    static std::optional<Choice> saveFile(QWidget *parent, const QString &title,
                                          const QStringList &filters, const QStringList &suffixes,
                                          const QString &suggestedName = {});
};

} // namespace blindspot
