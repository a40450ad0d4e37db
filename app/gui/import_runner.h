#pragma once

#include "io/file_format.h"
#include "io/parse_error.h"
#include "model/dataset.h"

#include <QCoreApplication>
#include <QString>

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
    /// Blocks (running the event loop) until the file is read, failed or was cancelled.
    static Result<Dataset> run(QWidget *parent, const QString &path,
                               std::optional<FileFormat> format);
};

} // namespace blindspot
