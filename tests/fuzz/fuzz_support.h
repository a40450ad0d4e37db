#pragma once

// Shared by the fuzz targets: caps that keep one input cheap, scratch files for readers that
// take a path, and the check every reader's output must pass. Each target defines
// LLVMFuzzerTestOneInput; libFuzzer calls it in fuzzing builds, replay_main.cpp in ordinary
// builds (to replay saved crashes and the seeds).
#include "core/io/import_options.h"
#include "core/io/pack_io.h"
#include "core/model/dataset.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <variant>
#include <vector>

namespace blindspot::fuzz {

/// Readers get small caps so that a fuzzer explores parsing, not memory exhaustion. libFuzzer
/// runs with -max_len=65536 (scripts/fuzz), so only decompression can reach these.
inline ImportOptions smallOptions()
{
    ImportOptions options;
    options.limits.maxFileBytes = 1 << 20;
    options.limits.maxDecompressedBytes = 8 << 20;
    options.limits.maxElements = 100'000;
    return options;
}

inline QByteArrayView view(const std::uint8_t *data, std::size_t size)
{
    return {reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)};
}

/// A path named `name` in a scratch folder made once per process and removed at exit (libFuzzer
/// exits normally at the end of its time; a crash leaves the folder behind in the temp dir).
inline QString scratchPath(const QString &name)
{
    static const QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/blindspot-fuzz-XXXXXX"));
    if (!folder.isValid())
        std::abort(); // every path-based target would silently test "cannot open" instead
    return folder.filePath(name);
}

/// Writes the input to the scratch file `name` (readers that sniff the format also look at
/// the suffix) and returns its path.
inline QString scratchFile(QByteArrayView data, const QString &name)
{
    const QString path = scratchPath(name);
    // A new file each time, not the old one truncated: ext4 flushes a truncated and rewritten
    // file to disk when it is closed (auto_da_alloc), which made path-based targets disk-bound.
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        file.write(data.data(), data.size()) != data.size())
        std::abort(); // as above: a full disk must not pass for a fuzzing run
    return path;
}

/// The programs that call the readers (CLI, app) always have an application object; the
/// targets make one too, once, so that Qt behaves as it does there.
inline void ensureApplication()
{
    if (QCoreApplication::instance() == nullptr) {
        static int argc = 1;
        static char name[] = "fuzz";
        static char *argv[] = {name, nullptr};
        static QCoreApplication app(argc, argv);
    }
}

/// What a reader returns must be valid (importer.cpp: readers build valid datasets by
/// construction, and validateDataset there is only the safety net) and must save: written as
/// a .bspack and read back, the second write must give the same bytes (packBytes is
/// deterministic, so a difference means the pack lost or altered something).
inline void checkDataset(const Result<Dataset> &read)
{
    const auto *dataset = std::get_if<Dataset>(&read);
    if (dataset == nullptr)
        return;
    if (const std::vector<ModelIssue> issues = validateDataset(*dataset); !issues.empty())
        qFatal("reader returned an invalid dataset: %s: %s", qPrintable(issues.front().locator()),
               qPrintable(issues.front().detail));
    const QByteArray bytes = packBytes(*dataset);
    const Result<Dataset> again = readPackBytes(bytes, QStringLiteral("again.bspack"));
    if (!std::holds_alternative<Dataset>(again))
        std::abort(); // what Blindspot wrote, Blindspot must read
    if (packBytes(std::get<Dataset>(again)) != bytes)
        std::abort(); // saving lost or altered part of the dataset
}

} // namespace blindspot::fuzz
