#include "core/io/zip_archive.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

#include <cstring>

using namespace blindspot;

Q_DECLARE_METATYPE(blindspot::ParseErrorCode)

namespace {

// Serves `size` zero bytes to libzip without holding them in memory: how the tests build a zip
// bomb (200 MB of zeros deflate to about 200 KB) at run time instead of committing one.
struct Zeros {
    zip_uint64_t size = 0;
    zip_uint64_t served = 0;
};

zip_int64_t zerosCallback(void *state, void *data, zip_uint64_t length, zip_source_cmd_t command)
{
    auto *zeros = static_cast<Zeros *>(state);
    switch (command) {
    case ZIP_SOURCE_OPEN:
        zeros->served = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        const zip_uint64_t n = std::min(length, zeros->size - zeros->served);
        std::memset(data, 0, n);
        zeros->served += n;
        return zip_int64_t(n);
    }
    case ZIP_SOURCE_CLOSE:
        return 0;
    case ZIP_SOURCE_STAT: {
        auto *st = static_cast<zip_stat_t *>(data);
        zip_stat_init(st);
        st->size = zeros->size;
        st->valid |= ZIP_STAT_SIZE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return 2 * sizeof(int);
    case ZIP_SOURCE_FREE:
        delete zeros;
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                              ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
                                              -1);
    default:
        return -1;
    }
}

struct Entry {
    QByteArray name;
    QByteArray content;     // used when zeros == 0
    zip_uint64_t zeros = 0; // this many zero bytes instead
};

// Writes a zip with libzip's own writer, deflating every entry.
void writeZip(const QString &path, const std::vector<Entry> &entries)
{
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    QVERIFY(zip);
    for (const Entry &e : entries) {
        zip_source_t *source = nullptr;
        if (e.zeros)
            source = zip_source_function(zip, zerosCallback, new Zeros{e.zeros, 0});
        else
            source =
                zip_source_buffer(zip, e.content.constData(), zip_uint64_t(e.content.size()), 0);
        QVERIFY(source);
        const zip_int64_t index = zip_file_add(zip, e.name.constData(), source, ZIP_FL_ENC_UTF_8);
        QVERIFY(index >= 0);
        QCOMPARE(zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_DEFLATE, 9), 0);
    }
    QCOMPARE(zip_close(zip), 0);
}

ZipArchive mustOpen(const QString &path, const ImportLimits &limits = {})
{
    Result<ZipArchive> r = ZipArchive::open(path, limits);
    if (isError(r))
        qFatal("cannot open %s: %s", qPrintable(path),
               qPrintable(std::get<ParseError>(r).args.join(' ')));
    return std::move(std::get<ZipArchive>(r));
}

void patchLe32(QByteArray &bytes, qsizetype at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = char((value >> (8 * i)) & 0xFF);
}

} // namespace

class TstZipArchive : public QObject {
    Q_OBJECT
private slots:
    void readsEntries();
    void badArchives_data();
    void badArchives();
    void bombRefusedBeforeExpanding();
    void bombRefusedByRatio();
    void totalAcrossEntriesCapped();
    void forgedSizeStopsExpansion();
    void damagedDataRefused();
};

void TstZipArchive::readsEntries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feed.zip"));
    const QByteArray stops = "stop_id,stop_name\nA,Кунцевская\n";
    writeZip(path,
             {{"stops.txt", stops}, {"sub/notes.txt", QByteArray(5000, 'x')}, {"empty.txt", {}}});
    const ZipArchive zip = mustOpen(path);
    QCOMPARE(zip.entryNames(), (QStringList{"stops.txt", "sub/notes.txt", "empty.txt"}));
    QVERIFY(zip.contains(QStringLiteral("sub/notes.txt")));
    QVERIFY(!zip.contains(QStringLiteral("notes.txt")));
    Result<QByteArray> r = zip.read(QStringLiteral("stops.txt"));
    QVERIFY(!isError(r));
    QCOMPARE(std::get<QByteArray>(r), stops);
    r = zip.read(QStringLiteral("sub/notes.txt"));
    QCOMPARE(std::get<QByteArray>(r), QByteArray(5000, 'x'));
    r = zip.read(QStringLiteral("empty.txt"));
    QCOMPARE(std::get<QByteArray>(r), QByteArray());

    r = zip.read(QStringLiteral("routes.txt"));
    QVERIFY(isError(r));
    QCOMPARE(std::get<ParseError>(r).code, ParseErrorCode::CannotOpen);
    QCOMPARE(std::get<ParseError>(r).file, path + QStringLiteral("/routes.txt"));

    // Moving keeps the archive usable.
    ZipArchive moved = mustOpen(path);
    ZipArchive other = std::move(moved);
    QVERIFY(!isError(other.read(QStringLiteral("stops.txt"))));
}

void TstZipArchive::badArchives_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ParseErrorCode>("code");
    QTest::newRow("empty") << QByteArray() << ParseErrorCode::Empty;
    QTest::newRow("text") << QByteArray("stop_id,stop_name\n") << ParseErrorCode::NotThisFormat;
    // A local file header signature and nothing after it.
    QTest::newRow("truncated") << QByteArray("PK\x03\x04\x14\x00", 6)
                               << ParseErrorCode::NotThisFormat;
}

void TstZipArchive::badArchives()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ParseErrorCode, code);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.zip"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const Result<ZipArchive> r = ZipArchive::open(path, {});
    QVERIFY(isError(r));
    QCOMPARE(std::get<ParseError>(r).code, code);
    QCOMPARE(std::get<ParseError>(r).file, path);

    const Result<ZipArchive> missing =
        ZipArchive::open(dir.filePath(QStringLiteral("none.zip")), {});
    QVERIFY(isError(missing));
    QCOMPARE(std::get<ParseError>(missing).code, ParseErrorCode::CannotOpen);
}

void TstZipArchive::bombRefusedBeforeExpanding()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.zip"));
    writeZip(path, {{"stops.txt", {}, zip_uint64_t(200) << 20}});
    QVERIFY(QFileInfo(path).size() < (1 << 20)); // the whole point of a bomb
    // The compressed data made invalid from its first byte (0xFF: a final block of the reserved
    // type 3, RFC 1951 3.2.3): a reader that began inflating would fail on the data (Malformed)
    // before reaching any limit, so TooLarge proves the refusal came from the declared size.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const auto le16 = [&bytes](qsizetype at) {
        return (quint8(bytes[at]) | quint8(bytes[at + 1]) << 8);
    };
    const qsizetype data = 30 + le16(26) + le16(28); // local header, name, extra field
    bytes.replace(data, 16, QByteArray(16, '\xFF'));
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    ImportLimits limits;
    limits.maxDecompressedBytes = std::int64_t(10) << 20;
    const ZipArchive zip = mustOpen(path, limits);
    const Result<QByteArray> r = zip.read(QStringLiteral("stops.txt"));
    QVERIFY(isError(r));
    QCOMPARE(std::get<ParseError>(r).code, ParseErrorCode::TooLarge);
    QCOMPARE(std::get<ParseError>(r).reason, ParseReason::EntryOverBytes);
    QCOMPARE(std::get<ParseError>(r).args.value(0), QString::number(200 << 20));
}

void TstZipArchive::bombRefusedByRatio()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.zip"));
    writeZip(path, {{"stops.txt", {}, zip_uint64_t(200) << 20}});
    // Deflate packs long runs of zeros at about 1030:1, past the 1000:1 the reader accepts for
    // entries over 8 MB; the size limits alone would let this one through.
    const double ratio = double(200 << 20) / double(QFileInfo(path).size());
    QVERIFY2(ratio > 1000.0, qPrintable(QString::number(ratio)));
    ImportLimits limits;
    limits.maxDecompressedBytes = std::int64_t(1) << 30;
    const ZipArchive zip = mustOpen(path, limits);
    const Result<QByteArray> r = zip.read(QStringLiteral("stops.txt"));
    QVERIFY(isError(r));
    QCOMPARE(std::get<ParseError>(r).code, ParseErrorCode::TooLarge);
    QCOMPARE(std::get<ParseError>(r).reason, ParseReason::CompressionRatio);
}

void TstZipArchive::totalAcrossEntriesCapped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.zip"));
    const QByteArray megabytes(6 << 20, 'a');
    writeZip(path, {{"a.txt", megabytes}, {"b.txt", megabytes}});
    ImportLimits limits;
    limits.maxDecompressedBytes = std::int64_t(10) << 20;
    const ZipArchive zip = mustOpen(path, limits);
    QVERIFY(!isError(zip.read(QStringLiteral("a.txt"))));
    const Result<QByteArray> second = zip.read(QStringLiteral("b.txt"));
    QVERIFY(isError(second));
    QCOMPARE(std::get<ParseError>(second).code, ParseErrorCode::TooLarge);
}

void TstZipArchive::forgedSizeStopsExpansion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("forged.zip"));
    writeZip(path, {{"stops.txt", QByteArray(100000, 'a')}});
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    // Declare 1000 bytes where there are 100000: in the local header (uncompressed size at
    // offset 22) and in the central directory entry (offset 24 from its signature).
    QVERIFY(bytes.startsWith("PK\x03\x04"));
    patchLe32(bytes, 22, 1000);
    const qsizetype central = bytes.indexOf(QByteArray("PK\x01\x02", 4));
    QVERIFY(central > 0);
    patchLe32(bytes, central + 24, 1000);
    f.seek(0);
    f.write(bytes);
    f.close();
    Result<ZipArchive> zip = ZipArchive::open(path, {});
    if (isError(zip))
        return; // refused outright: also right
    const Result<QByteArray> r = std::get<ZipArchive>(zip).read(QStringLiteral("stops.txt"));
    QVERIFY(isError(r));
    QCOMPARE(std::get<ParseError>(r).code, ParseErrorCode::Malformed);
    QCOMPARE(std::get<ParseError>(r).reason, ParseReason::EntryPastDeclared);
}

void TstZipArchive::damagedDataRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.zip"));
    QByteArray text;
    for (int i = 0; i < 2000; ++i)
        text += "line " + QByteArray::number(i * 7919 % 1000) + "\n";
    writeZip(path, {{"stops.txt", text}});
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    // Flip bytes in the deflated data, after the 30-byte local header and the 9-byte name.
    for (qsizetype i = 60; i < 70; ++i)
        bytes[i] = char(bytes[i] ^ 0xFF);
    f.seek(0);
    f.write(bytes);
    f.close();
    const ZipArchive zip = mustOpen(path);
    const Result<QByteArray> r = zip.read(QStringLiteral("stops.txt"));
    QVERIFY(isError(r));
    const ParseErrorCode code = std::get<ParseError>(r).code;
    QVERIFY(code == ParseErrorCode::ChecksumMismatch || code == ParseErrorCode::Malformed);
}

QTEST_GUILESS_MAIN(TstZipArchive)
#include "tst_zip_archive.moc"
