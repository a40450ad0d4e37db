#include "gui/import/import_runner.h"

#include "gui/shell/background_work.h"
#include "core/io/importer.h"

#include <QFileInfo>

#include <new>

namespace blindspot {

Result<Dataset> ImportRunner::run(QWidget *parent, const QString &path,
                                  std::optional<FileFormat> format)
{
    return runWith(parent, path, [&](const ImportOptions &options) {
        return importFile(path, format, options);
    });
}

Result<Dataset>
ImportRunner::runWith(QWidget *parent, const QString &path,
                      const std::function<Result<Dataset>(const ImportOptions &)> &read)
{
    WorkProgress progress;
    ImportOptions options;
    options.progress = &progress.progress;

    // Made before the worker starts: once memory has run out, making it might fail too. Moving
    // it into the result allocates nothing.
    ParseError outOfMemory;
    outOfMemory.file = path;
    outOfMemory.code = ParseErrorCode::OutOfMemory;
    std::optional<Result<Dataset>> result;
    runInBackground(
        parent, tr("Import"), tr("Reading %1…").arg(QFileInfo(path).fileName()),
        [&] {
            // The reader's own allocations are freed while it unwinds.
            try {
                result = read(options);
            } catch (const std::bad_alloc &) {
                result.reset();
                result.emplace(std::move(outOfMemory));
            }
        },
        &progress);
    return std::move(*result);
}

} // namespace blindspot
