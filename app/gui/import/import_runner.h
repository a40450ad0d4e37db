#pragma once

#include "core/io/file_format.h"
#include "core/io/import_options.h"
#include "core/io/parse_error.h"
#include "core/model/dataset.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace blindspot {

/// Reads a file with core's importFile on a worker thread while a progress dialog shows how
/// far it got. The dialog's Cancel button cancels through core's Progress, the same mechanism
/// as the command line's progress bar; the reader then stops with ParseErrorCode::Cancelled and
/// nothing is changed.
class ImportRunner {
    Q_DECLARE_TR_FUNCTIONS(ImportRunner)
public:
    /// Blocks (running the event loop) until the file is read, failed or was cancelled. Running
    /// out of memory (a hostile file can ask for gigabytes) is an error like any other:
    /// ParseErrorCode::OutOfMemory, located at `path`, with nothing changed.
    static Result<Dataset> run(QWidget *parent, const QString &path,
                               std::optional<FileFormat> format);

    /// What run() does, with `read` in place of core's importFile: for tests.
    static Result<Dataset>
    runWith(QWidget *parent, const QString &path,
            const std::function<Result<Dataset>(const ImportOptions &)> &read);
};

} // namespace blindspot
