#pragma once

#include "core/io/file_format.h"
#include "core/io/import_options.h"
#include "core/io/parse_error.h"
#include "core/model/dataset.h"

#include <QString>

#include <optional>

namespace blindspot {

/// Reads any file Blindspot imports into a dataset: the one entry point the command line and
/// the GUI use. Without a format, guessFormat decides. The file's size is checked against
/// options.limits before it is read, and the result against validateDataset after: it is a
/// complete, valid dataset or a located error, never part of one.
///
/// Every format but .bspack adds one Source describing the file (see importSource) and gives
/// each camera one Sighting of it; a pack brings its own sources. Merging the result into
/// another dataset is planMerge's job.
[[nodiscard]] Result<Dataset> importFile(const QString &path, std::optional<FileFormat> format,
                                         const ImportOptions &options);

/// What importFile does with what a reader returned: keeps only what is inside options.clip,
/// then checks the result with validateDataset. For a dataset read another way, e.g. a pack
/// parsed from the very bytes whose signature was checked, so that nothing is read again from
/// a file that may have changed since. `name` is what errors call the input.
[[nodiscard]] Result<Dataset> clippedAndValidated(Dataset dataset, const QString &name,
                                                  const ImportOptions &options);

} // namespace blindspot
