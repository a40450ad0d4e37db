#include "core/io/zip_archive.h"

#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <algorithm>

namespace blindspot {

namespace {

// An entry that expands more than this many times over its compressed size, and to more than
// kRatioCheckMinBytes, is a zip bomb: deflate cannot exceed about 1032:1 on any input, so only
// stacked or crafted compression gets there. Small entries may compress that well (a file of
// blanks) without any risk.
constexpr double kMaxCompressionRatio = 1000.0;
constexpr std::int64_t kRatioCheckMinBytes = std::int64_t(8) << 20;
constexpr zip_uint64_t kChunkBytes = 64 * 1024;
// The readers hold an entry whole and parse it in memory, which costs two to four times its
// size again: 512 MiB is the most one entry can be and still fit beside them in a few GB.
constexpr std::int64_t kMaxEntryBytes = std::int64_t(512) << 20;
// What all entries together may expand to: 64 MiB, or 25 times the archive's size when that is
// more. Text compresses 5 to 15 times with deflate (CSV tables of a GTFS feed, KML), so no real
// archive comes near; a small archive that claims more is built to fill memory. This bounds an
// archive under 10 MB to 250 MB of content, so that no reader needs more than 1 GB for it (the
// budget README.md states).
constexpr std::int64_t kFreeExpansionBytes = std::int64_t(64) << 20;
constexpr std::int64_t kMaxArchiveRatio = 25;

ParseErrorCode codeForZipError(int zipError)
{
    switch (zipError) {
    case ZIP_ER_NOENT:
    case ZIP_ER_OPEN:
    case ZIP_ER_READ:
    case ZIP_ER_SEEK:
        return ParseErrorCode::CannotOpen;
    case ZIP_ER_NOZIP:
        return ParseErrorCode::NotThisFormat;
    case ZIP_ER_CRC:
        return ParseErrorCode::ChecksumMismatch;
    case ZIP_ER_MEMORY:
        return ParseErrorCode::TooLarge;
    case ZIP_ER_EOF:
        return ParseErrorCode::Truncated;
    case ZIP_ER_ENCRNOTSUPP:
    case ZIP_ER_COMPNOTSUPP:
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
        return ParseErrorCode::Unsupported;
    default:
        return ParseErrorCode::Malformed;
    }
}

QString zipErrorText(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

} // namespace

struct ZipArchive::Private {
    zip_t *archive = nullptr;
    QString path;
    ImportLimits limits;
    QStringList names;
    // The most all entries together may expand to (see kMaxArchiveRatio).
    std::int64_t expansionCap = 0;
    // Bytes expanded so far from all entries: the cap holds for the archive as a whole, so that
    // many modest entries cannot add up to a bomb.
    mutable std::int64_t expandedTotal = 0;

    ~Private()
    {
        if (archive)
            zip_discard(archive); // read-only: nothing to write back
    }

    ParseError error(const QString &entry, ParseErrorCode code,
                     ParseReason reason = ParseReason::None, QStringList args = {}) const
    {
        ParseError e = fileError(entry.isEmpty() ? path : path + QLatin1Char('/') + entry, code,
                                 reason, std::move(args));
        e.element = entry;
        return e;
    }
};

ZipArchive::ZipArchive(std::unique_ptr<Private> p) : d(std::move(p)) {}
ZipArchive::~ZipArchive() = default;
ZipArchive::ZipArchive(ZipArchive &&) noexcept = default;
ZipArchive &ZipArchive::operator=(ZipArchive &&) noexcept = default;

Result<ZipArchive> ZipArchive::open(const QString &path, const ImportLimits &limits)
{
    auto p = std::make_unique<Private>();
    p->path = path;
    p->limits = limits;

    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return p->error({}, ParseErrorCode::CannotOpen, ParseReason::NoSuchFile);
    if (info.size() == 0)
        return p->error({}, ParseErrorCode::Empty);
    if (info.size() > limits.maxFileBytes)
        return p->error({}, ParseErrorCode::TooLarge,
                        ParseReason::FileOverBytes, parseArgs(limits.maxFileBytes));

    p->expansionCap =
        std::min(limits.maxDecompressedBytes,
                 std::max(kFreeExpansionBytes, kMaxArchiveRatio * std::int64_t(info.size())));

    int errorCode = 0;
    // ZIP_CHECKCONS compares the central directory with each local header, which catches
    // archives whose directory lies about what the entries hold.
    p->archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &errorCode);
    if (!p->archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, errorCode);
        const QString text = zipErrorText(&error);
        zip_error_fini(&error);
        return p->error({}, codeForZipError(errorCode), ParseReason::Message,
                        {text});
    }
    const zip_int64_t count = zip_get_num_entries(p->archive, 0);
    if (count > limits.maxElements)
        return p->error({}, ParseErrorCode::TooLarge,
                        ParseReason::MoreEntries, parseArgs(limits.maxElements));
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *name = zip_get_name(p->archive, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        p->names << (name ? QString::fromUtf8(name) : QString());
    }
    return ZipArchive(std::move(p));
}

QStringList ZipArchive::entryNames() const
{
    return d->names;
}

bool ZipArchive::contains(const QString &name) const
{
    return d->names.contains(name);
}

Result<QByteArray> ZipArchive::read(const QString &name) const
{
    const qsizetype position = d->names.indexOf(name);
    if (position < 0)
        return d->error(name, ParseErrorCode::CannotOpen, ParseReason::NoSuchEntry);
    const auto index = zip_uint64_t(position);

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(d->archive, index, 0, &stat) != 0)
        return d->error(name, codeForZipError(zip_error_code_zip(zip_get_error(d->archive))),
                        ParseReason::Message, {zipErrorText(zip_get_error(d->archive))});
    if (!(stat.valid & ZIP_STAT_SIZE))
        return d->error(name, ParseErrorCode::Malformed, ParseReason::EntrySizeUnknown);
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
        return d->error(name, ParseErrorCode::Unsupported, ParseReason::EncryptedEntry);

    // Everything is decided on the declared sizes before a byte is expanded.
    const std::int64_t limit = std::min(d->limits.maxDecompressedBytes, kMaxEntryBytes);
    const auto declared = std::int64_t(std::min<zip_uint64_t>(stat.size, zip_uint64_t(INT64_MAX)));
    if (declared > limit)
        return d->error(name, ParseErrorCode::TooLarge,
                        ParseReason::EntryOverBytes, parseArgs(declared, limit));
    if ((stat.valid & ZIP_STAT_COMP_SIZE) && declared > kRatioCheckMinBytes &&
        double(declared) > kMaxCompressionRatio * double(std::max<zip_uint64_t>(stat.comp_size, 1)))
        return d->error(name, ParseErrorCode::TooLarge,
                        ParseReason::CompressionRatio,
                        parseArgs(kMaxCompressionRatio));
    if (d->expandedTotal + declared > d->limits.maxDecompressedBytes)
        return d->error(name, ParseErrorCode::TooLarge, ParseReason::ArchiveOverBytes,
                        parseArgs(d->limits.maxDecompressedBytes));
    if (d->expandedTotal + declared > d->expansionCap)
        return d->error(name, ParseErrorCode::TooLarge,
                        ParseReason::ArchiveRatioOver,
                        parseArgs(d->expansionCap, kMaxArchiveRatio));

    zip_file_t *file = zip_fopen_index(d->archive, index, 0);
    if (!file)
        return d->error(name, codeForZipError(zip_error_code_zip(zip_get_error(d->archive))),
                        ParseReason::Message, {zipErrorText(zip_get_error(d->archive))});
    QByteArray content;
    content.reserve(qsizetype(declared));
    char chunk[kChunkBytes];
    std::optional<ParseError> failure;
    for (;;) {
        const zip_int64_t n = zip_fread(file, chunk, kChunkBytes);
        if (n < 0) {
            zip_error_t *error = zip_file_get_error(file);
            failure =
                d->error(name, codeForZipError(zip_error_code_zip(error)), ParseReason::Message,
                         {zipErrorText(error)});
            break;
        }
        if (n == 0)
            break;
        // An entry that expands past its declared size has a forged header: stop right there.
        if (std::int64_t(content.size()) + n > declared) {
            failure =
                d->error(name, ParseErrorCode::Malformed,
                         ParseReason::EntryPastDeclared,
                         parseArgs(declared));
            break;
        }
        content.append(chunk, qsizetype(n));
    }
    zip_fclose(file);
    if (failure)
        return *failure;
    if (std::int64_t(content.size()) != declared)
        return d->error(name, ParseErrorCode::Truncated,
                        ParseReason::BytesOfDeclared,
                        parseArgs(content.size(), declared));
    d->expandedTotal += declared;
    return content;
}

} // namespace blindspot
