#pragma once

#include "core/io/import_options.h"
#include "core/io/parse_error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace blindspot {

/// Read-only access to a zip file (GTFS feeds, KMZ), refusing zip bombs: an entry is expanded
/// only when its declared size fits the limits, and expansion stops if it grows past them.
class ZipArchive {
public:
    ~ZipArchive();
    ZipArchive(ZipArchive &&) noexcept;
    ZipArchive &operator=(ZipArchive &&) noexcept;

    static Result<ZipArchive> open(const QString &path, const ImportLimits &limits);

    /// Entry names in the archive's order.
    QStringList entryNames() const;
    bool contains(const QString &name) const;
    /// The whole content of one entry; errors name the archive and the entry.
    Result<QByteArray> read(const QString &name) const;

private:
    struct Private;
    explicit ZipArchive(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace blindspot
