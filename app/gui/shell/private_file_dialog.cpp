#include "gui/shell/private_file_dialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QUrl>

namespace blindspot {

namespace {

// The folder last chosen in this run, in memory only.
QString &sessionFolder()
{
    static QString folder;
    return folder;
}

std::optional<PrivateFileDialog::Choice> run(QFileDialog &dialog, const QStringList &filters,
                                             const QString &suggestedName = {})
{
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setNameFilters(filters);
    dialog.setDirectory(sessionFolder().isEmpty() ? QDir::homePath() : sessionFolder());
    if (!suggestedName.isEmpty())
        dialog.selectFile(suggestedName);
    // Qt may restore a history saved by an older version of this program, or by another Qt
    // program: it is not shown either.
    dialog.setHistory({});

    std::optional<PrivateFileDialog::Choice> choice;
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()) {
        choice = PrivateFileDialog::Choice{
            dialog.selectedFiles().constFirst(),
            static_cast<int>(filters.indexOf(dialog.selectedNameFilter()))};
        sessionFolder() = QFileInfo(choice->path).absolutePath();
    }
    // What QFileDialog's destructor saves to QtProject.conf: nothing that tells where the user
    // went. setDirectory also resets the remembered "last visited" folder.
    dialog.setHistory({});
    dialog.setSidebarUrls(
        {QUrl::fromLocalFile(QDir::rootPath()), QUrl::fromLocalFile(QDir::homePath())});
    dialog.setDirectory(QDir::homePath());
    return choice;
}

} // namespace

std::optional<PrivateFileDialog::Choice>
PrivateFileDialog::openFile(QWidget *parent, const QString &title, const QStringList &filters)
{
    QFileDialog dialog(parent, title);
    dialog.setObjectName(QStringLiteral("privateFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog, filters);
}

std::optional<PrivateFileDialog::Choice>
PrivateFileDialog::saveFile(QWidget *parent, const QString &title, const QStringList &filters,
                            const QStringList &suffixes, const QString &suggestedName)
{
    QFileDialog dialog(parent, title);
    dialog.setObjectName(QStringLiteral("privateFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(suffixes.value(0));
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog,
                     [&dialog, filters, suffixes](const QString &filter) {
                         dialog.setDefaultSuffix(suffixes.value(filters.indexOf(filter)));
                     });
    return run(dialog, filters, suggestedName);
}

} // namespace blindspot
