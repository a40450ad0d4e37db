// Evidence photos: no metadata survives (checked with exiftool, an independent reader), faces
// are found with OpenCV's cascades from Debian's opencv-data and filled solid, manual boxes are
// filled where the user drew them on the photo as displayed.
#include "memory_budget.h"
#include "process_checks.h"
#include "core/security/photo_redaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>


#include <cstdio>
#include <cstring>

using namespace blindspot;

namespace {

// Debian's opencv-doc ships this photo (a footballer's face, front on); it is read from the
// system, never copied into the repository.
const QString kMessi = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/messi5.jpg");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool cascadesInstalled()
{
    const QString folder = QString::fromLatin1(kDefaultCascadeFolder);
    return QFile::exists(folder + "/haarcascade_frontalface_default.xml") &&
           QFile::exists(folder + "/haarcascade_profileface.xml");
}

/// exiftool's view of a file: every tag, grouped ("EXIF:GPSLatitude"), as one JSON object.
QJsonObject exiftoolTags(const QString &exiftool, const QString &path)
{
    QProcess p;
    p.start(exiftool, {"-j", "-G", "-a", "-u", "-n", path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array().first().toObject();
}

int exiftool(const QString &exiftool, const QStringList &args)
{
    QProcess p;
    p.start(exiftool, args);
    if (!BLINDSPOT_WAIT_FINISHED(p, 60000))
        return -1;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

/// A synthetic street scene: gradient sky, grey wall, a dark "camera" box.
cv::Mat scene(int width, int height)
{
    cv::Mat m(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y)
        m.row(y).setTo(cv::Scalar(200 - y / 4, 180 - y / 5, 150));
    cv::rectangle(m, cv::Rect(width / 3, height / 2, width / 4, height / 3), cv::Scalar(90, 90, 90),
                  cv::FILLED);
    cv::rectangle(m, cv::Rect(width / 2, height / 5, 40, 25), cv::Scalar(20, 20, 20), cv::FILLED);
    return m;
}

cv::Mat decode(const QByteArray &bytes)
{
    return cv::imdecode(
        cv::Mat(1, static_cast<int>(bytes.size()), CV_8UC1, const_cast<char *>(bytes.data())),
        cv::IMREAD_COLOR);
}

/// True when every pixel of `box` in `image` has the same colour.
bool isSolid(const cv::Mat &image, const QRect &box)
{
    const cv::Mat roi = image(cv::Rect(box.x(), box.y(), box.width(), box.height()));
    const cv::Vec3b first = roi.at<cv::Vec3b>(0, 0);
    for (int y = 0; y < roi.rows; ++y)
        for (int x = 0; x < roi.cols; ++x)
            if (roi.at<cv::Vec3b>(y, x) != first)
                return false;
    return true;
}

using testing::kAddressSanitizer;
using testing::kBudgetBytes;

// Run with this argument and a file, the test program redacts the file and reports (main()).
constexpr const char *kRedactInChild = "--redact-in-child";

/// A "VmRSS:" or "VmHWM:" line of /proc/self/status, in KiB; -1 when not found.
qint64 statusKib(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toLongLong();
    return -1;
}

/// The child's side of redactInChild(): redacts the photo at `path` without face detection and
/// prints three lines: "ok" or the error's ParseErrorCode number, its ParseReason number and
/// arguments (separated by spaces), and how far the peak resident memory rose above the
/// resident memory at the start of the call, in KiB.
/// The peak is VmHWM, this process's own: getrusage's ru_maxrss would also count what the
/// test process was using when it forked this one, before the exec.
int redactAndReport(const char *path)
{
    const QByteArray bytes = readAll(QFile::decodeName(path));
    RedactionOptions options;
    options.detectFaces = false;
    // "5" resets VmHWM to the current resident size (proc(5), clear_refs), so that nothing
    // before the call counts.
    if (QFile clear(QStringLiteral("/proc/self/clear_refs")); clear.open(QIODevice::WriteOnly))
        clear.write("5");
    const qint64 before = statusKib("VmRSS:");
    const Result<RedactedPhoto> r = redactPhoto(bytes, QStringLiteral("in"), options);
    const qint64 peak = statusKib("VmHWM:");
    const ParseError *e = std::get_if<ParseError>(&r);
    const QByteArray reason =
        e ? (QByteArray::number(int(e->reason)) + ' ' + e->args.join(u' ').toUtf8()).simplified()
          : QByteArray();
    std::printf("%s\n%s\n%lld\n", e ? QByteArray::number(int(e->code)).constData() : "ok",
                reason.constData(),
                before < 0 || peak < 0 ? -1LL : static_cast<long long>(peak - before));
    return 0;
}

struct ChildRedaction {
    QString outcome; ///< "ok", the error's ParseErrorCode number, or how the child failed
    QString reason;  ///< The error's ParseReason number and arguments, separated by spaces.
    qint64 peakGrowthKib = -1;
};

/// Redacts `bytes` in a new process of this program under RLIMIT_AS = kBudgetBytes (not under
/// AddressSanitizer, whose shadow memory needs terabytes of address space).
ChildRedaction redactInChild(const QByteArray &bytes, const QString &folder)
{
    const QString file = folder + QStringLiteral("/child-input");
    if (!writeAll(file, bytes))
        return {QStringLiteral("cannot write %1").arg(file)};
    QProcess p;
    p.setChildProcessModifier([] {
        if (!kAddressSanitizer) {
            const rlimit limit{kBudgetBytes, kBudgetBytes};
            ::setrlimit(RLIMIT_AS, &limit);
        }
    });
    p.start(QCoreApplication::applicationFilePath(), {QLatin1String(kRedactInChild), file});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {
            QStringLiteral("child failed: %1").arg(QString::fromUtf8(p.readAllStandardError()))};
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    if (lines.size() < 3)
        return {QStringLiteral("no report")};
    qInfo("peak resident memory %lld KiB above the start%s", lines[2].toLongLong(),
          kAddressSanitizer ? " (AddressSanitizer: address space not limited)" : "");
    return {QString::fromUtf8(lines[0]), QString::fromUtf8(lines[1]), lines[2].toLongLong()};
}

RedactedPhoto redacted(const QByteArray &bytes, const RedactionOptions &options)
{
    const Result<RedactedPhoto> r = redactPhoto(bytes, QStringLiteral("photo"), options);
    if (const auto *e = std::get_if<ParseError>(&r))
        qFatal("redaction failed: code %d, reason %d (%s)", int(e->code), int(e->reason),
               qPrintable(e->args.join(QLatin1String(", "))));
    return std::get<RedactedPhoto>(r);
}

} // namespace

class TstPhotoRedaction : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void metadataRemoved_data();
    void metadataRemoved();
    void orientationApplied();
    void manualBoxes_data();
    void manualBoxes();
    void faceFoundAndFilled_data();
    void faceFoundAndFilled();
    void hashIsSha256();
    void refusesNonImages_data();
    void refusesNonImages();
    void missingCascades();
    void hugeDimensionsRefusedBeforeDecoding_data();
    void hugeDimensionsRefusedBeforeDecoding();
    void childPeakMemoryShowsADecode();

private:
    QTemporaryDir m_dir;
    QString m_exiftool;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TstPhotoRedaction::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_exiftool = QStandardPaths::findExecutable(QStringLiteral("exiftool"));
    if (!cascadesInstalled())
        QSKIP("OpenCV's Haar cascades are missing (Debian package opencv-data)");
}

void TstPhotoRedaction::metadataRemoved_data()
{
    QTest::addColumn<RedactedFormat>("format");
    QTest::newRow("to JPEG") << RedactedFormat::Jpeg;
    QTest::newRow("to PNG") << RedactedFormat::Png;
}

void TstPhotoRedaction::metadataRemoved()
{
    QFETCH(RedactedFormat, format);
    if (m_exiftool.isEmpty())
        QSKIP("exiftool is not installed (Debian package libimage-exiftool-perl)");
    const QString original = path("gps.jpg");
    QVERIFY(cv::imwrite(original.toStdString(), scene(640, 480)));
    QVERIFY(cv::imwrite(path("thumb.jpg").toStdString(), scene(160, 120)));
    QCOMPARE(exiftool(m_exiftool,
                      {"-q", "-overwrite_original", "-GPSLatitude=55.75", "-GPSLatitudeRef=N",
                       "-GPSLongitude=37.61", "-GPSLongitudeRef=E", "-Make=WitnessPhone",
                       "-Model=Model 7", "-DateTimeOriginal=2026:05:09 18:40:00",
                       "-XMP-dc:Description=outside exit 3", "-IPTC:City=Moscow",
                       "-ThumbnailImage<=" + path("thumb.jpg"), original}),
             0);
    // The input really carries what must go (else the test could not fail).
    const QJsonObject before = exiftoolTags(m_exiftool, original);
    QCOMPARE(before.value("EXIF:GPSLatitude").toDouble(), 55.75);
    QCOMPARE(before.value("EXIF:GPSLongitude").toDouble(), 37.61);
    QVERIFY(before.contains("EXIF:ThumbnailImage"));
    QVERIFY(before.contains("XMP:Description"));
    QVERIFY(before.contains("IPTC:City"));

    RedactionOptions options;
    options.format = format;
    const RedactedPhoto photo = redacted(readAll(original), options);
    const QString out = path(format == RedactedFormat::Jpeg ? "out.jpg" : "out.png");
    QVERIFY(writeAll(out, photo.bytes));
    const QJsonObject after = exiftoolTags(m_exiftool, out);
    QVERIFY(!after.isEmpty());
    const QStringList forbiddenGroups{
        "EXIF:",        "XMP",        "IPTC:",    "GPS:",       "MakerNotes:",
        "ICC_Profile:", "Photoshop:", "PNG:Text", "PNG:Comment"};
    for (auto it = after.begin(); it != after.end(); ++it) {
        for (const QString &group : forbiddenGroups)
            QVERIFY2(!it.key().startsWith(group), qPrintable(it.key()));
        QVERIFY2(!it.key().contains("GPS"), qPrintable(it.key()));
        QVERIFY2(!it.key().contains("Thumbnail"), qPrintable(it.key()));
        QVERIFY2(!it.value().toVariant().toString().contains("Witness"), qPrintable(it.key()));
    }
    const QString widthTag = format == RedactedFormat::Jpeg ? "File:ImageWidth" : "PNG:ImageWidth";
    QCOMPARE(after.value(widthTag).toInt(), 640);
    for (const QByteArray &needle :
         {QByteArray("Exif\0\0", 6), QByteArray("WitnessPhone"), QByteArray("outside exit 3"),
          QByteArray("http://ns.adobe.com/xap")})
        QVERIFY(!photo.bytes.contains(needle));
}

void TstPhotoRedaction::orientationApplied()
{
    if (m_exiftool.isEmpty())
        QSKIP("exiftool is not installed (Debian package libimage-exiftool-perl)");
    // Stored 200 x 100, left half white, right half black; EXIF orientation 6 says "rotate
    // 90 degrees clockwise to display", so people see it 100 x 200 with white on top.
    cv::Mat stored(100, 200, CV_8UC3, cv::Scalar(0, 0, 0));
    stored(cv::Rect(0, 0, 100, 100)).setTo(cv::Scalar(255, 255, 255));
    const QString file = path("rotated.jpg");
    QVERIFY(cv::imwrite(file.toStdString(), stored));
    QCOMPARE(exiftool(m_exiftool, {"-q", "-overwrite_original", "-Orientation#=6", file}), 0);

    RedactionOptions options;
    options.detectFaces = false;
    options.format = RedactedFormat::Png;
    options.fillRgb = 0xFF0000;
    options.manualBoxes = {QRect(10, 10, 30, 30)}; // drawn on the displayed (upright) photo
    const RedactedPhoto photo = redacted(readAll(file), options);
    QCOMPARE(photo.width, 100);
    QCOMPARE(photo.height, 200);
    const cv::Mat out = decode(photo.bytes);
    QCOMPARE(out.cols, 100);
    QCOMPARE(out.rows, 200);
    QCOMPARE(out.at<cv::Vec3b>(25, 25), cv::Vec3b(0, 0, 255)); // red, in BGR
    QVERIFY(out.at<cv::Vec3b>(80, 80)[0] > 200);               // white top half
    QVERIFY(out.at<cv::Vec3b>(150, 50)[0] < 50);               // black bottom half
}

void TstPhotoRedaction::manualBoxes_data()
{
    QTest::addColumn<RedactedFormat>("format");
    QTest::newRow("PNG") << RedactedFormat::Png;
    QTest::newRow("JPEG") << RedactedFormat::Jpeg;
}

void TstPhotoRedaction::manualBoxes()
{
    QFETCH(RedactedFormat, format);
    std::vector<uchar> png;
    QVERIFY(cv::imencode(".png", scene(320, 240), png));
    RedactionOptions options;
    options.detectFaces = false;
    options.format = format;
    options.fillRgb = 0x00FF00;
    options.manualBoxes = {QRect(50, 40, 60, 50), QRect(300, 200, 100, 100) /* partly outside */,
                           QRect(-20, -20, 10, 10) /* wholly outside */};
    const RedactedPhoto photo = redacted(
        QByteArray(reinterpret_cast<const char *>(png.data()), static_cast<qsizetype>(png.size())),
        options);
    QCOMPARE(photo.filled.size(), std::size_t(2));
    const cv::Mat out = decode(photo.bytes);
    for (const QRect &box : photo.filled) {
        QVERIFY(QRect(0, 0, 320, 240).contains(box));
        if (format == RedactedFormat::Png) {
            QVERIFY(isSolid(out, box));
            QCOMPARE(out.at<cv::Vec3b>(box.center().y(), box.center().x()), cv::Vec3b(0, 255, 0));
        } else {
            // JPEG: widened to whole 16-pixel blocks; one pixel in from the edge it is exact.
            QCOMPARE(box.x() % 16, 0);
            QCOMPARE(box.y() % 16, 0);
            QVERIFY(isSolid(out, box.adjusted(1, 1, -1, -1)));
        }
    }
    QVERIFY(photo.filled.front().contains(QRect(50, 40, 60, 50)));
}

void TstPhotoRedaction::faceFoundAndFilled_data()
{
    QTest::addColumn<RedactedFormat>("format");
    QTest::newRow("PNG") << RedactedFormat::Png;
    QTest::newRow("JPEG") << RedactedFormat::Jpeg;
}

void TstPhotoRedaction::faceFoundAndFilled()
{
    QFETCH(RedactedFormat, format);
    if (!QFile::exists(kMessi))
        QSKIP("messi5.jpg is missing (Debian package opencv-doc)");
    const QByteArray original = readAll(kMessi);
    RedactionOptions options;
    options.format = format;
    const RedactedPhoto photo = redacted(original, options);
    QVERIFY2(!photo.faces.empty(), "the face in messi5.jpg was not found");
    const cv::Mat before = decode(original);
    const cv::Mat after = decode(photo.bytes);
    QCOMPARE(after.cols, before.cols);
    QCOMPARE(after.rows, before.rows);
    for (const QRect &face : photo.faces) {
        QVERIFY(!isSolid(before, face)); // it was a face, not a flat patch
        QVERIFY(isSolid(after, face));   // every pixel of it is one colour now
        const cv::Vec3b colour = after.at<cv::Vec3b>(face.y(), face.x());
        QVERIFY(colour[0] < 8 && colour[1] < 8 && colour[2] < 8); // black, give or take JPEG
    }
    if (format == RedactedFormat::Png)
        for (const QRect &box : photo.filled)
            QVERIFY(isSolid(after, box));
    // Each filled box holds its face with the margin around it.
    for (const QRect &face : photo.faces) {
        bool covered = false;
        for (const QRect &box : photo.filled)
            covered = covered || box.contains(face.adjusted(-face.width() / 6, -face.height() / 6,
                                                            face.width() / 6, face.height() / 6) &
                                              QRect(0, 0, after.cols, after.rows));
        QVERIFY(covered);
    }
    // An independent look with OpenCV's other frontal cascade finds no face where one was.
    cv::CascadeClassifier alt;
    QVERIFY(alt.load(std::string(kDefaultCascadeFolder) + "/haarcascade_frontalface_alt2.xml"));
    cv::Mat gray;
    cv::cvtColor(before, gray, cv::COLOR_BGR2GRAY);
    std::vector<cv::Rect> seenBefore;
    alt.detectMultiScale(gray, seenBefore, 1.1, 3);
    QVERIFY(!seenBefore.empty());
    cv::cvtColor(after, gray, cv::COLOR_BGR2GRAY);
    std::vector<cv::Rect> seenAfter;
    alt.detectMultiScale(gray, seenAfter, 1.1, 3);
    for (const cv::Rect &r : seenAfter)
        for (const cv::Rect &b : seenBefore)
            QVERIFY((r & b).area() < b.area() / 2);
}

void TstPhotoRedaction::hashIsSha256()
{
    std::vector<uchar> png;
    QVERIFY(cv::imencode(".png", scene(64, 48), png));
    RedactionOptions options;
    options.detectFaces = false;
    const RedactedPhoto photo = redacted(
        QByteArray(reinterpret_cast<const char *>(png.data()), static_cast<qsizetype>(png.size())),
        options);
    QCOMPARE(photo.sha256.size(), 32);
    QCOMPARE(photo.sha256, QCryptographicHash::hash(photo.bytes, QCryptographicHash::Sha256));
    // FIPS 180-2's example, worked by the standard: SHA-256("abc").
    QCOMPARE(sha256("abc").toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TstPhotoRedaction::refusesNonImages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ParseErrorCode>("code");
    QTest::newRow("empty") << QByteArray() << ParseErrorCode::Empty;
    QTest::newRow("text") << QByteArray("not a photo at all") << ParseErrorCode::NotThisFormat;
    QTest::newRow("cut JPEG header")
        << QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF", 10) << ParseErrorCode::NotThisFormat;
    QTest::newRow("too large") << QByteArray(kMaxPhotoBytes + 1, 'x') << ParseErrorCode::TooLarge;
}

void TstPhotoRedaction::refusesNonImages()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ParseErrorCode, code);
    const Result<RedactedPhoto> r = redactPhoto(bytes, QStringLiteral("in"));
    QVERIFY(isError(r));
    QCOMPARE(std::get<ParseError>(r).code, code);
}

void TstPhotoRedaction::missingCascades()
{
    std::vector<uchar> png;
    QVERIFY(cv::imencode(".png", scene(64, 48), png));
    RedactionOptions options;
    options.cascadeFolder = path("nowhere");
    const Result<RedactedPhoto> r = redactPhoto(
        QByteArray(reinterpret_cast<const char *>(png.data()), static_cast<qsizetype>(png.size())),
        "in", options);
    QVERIFY(isError(r));
    QCOMPARE(std::get<ParseError>(r).code, ParseErrorCode::CannotOpen);
}

void TstPhotoRedaction::hugeDimensionsRefusedBeforeDecoding_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("PNG") << QStringLiteral(".png");
    QTest::newRow("JPEG") << QStringLiteral(".jpg");
}

void TstPhotoRedaction::hugeDimensionsRefusedBeforeDecoding()
{
    // An 8 x 8 picture whose header says 30000 x 30000 (900 million pixels, 30000 x 30000 x 3 =
    // 2.7 GB decoded; the cap is 120 million). Read from the header, it is refused as too large
    // before anything is decoded: in a child process limited to 1 GiB of address space, the
    // error is TooLarge and the peak resident memory rises by less than 4 MiB (a decode shows:
    // childPeakMemoryShowsADecode). Decoded instead, OpenCV would ask for the 2.7 GB: under
    // the limit it cannot have them (a Malformed error from OpenCV, or an abort); without the
    // limit, libjpeg makes up the missing rows and fills all 2.7 GB before the pixel count
    // after decoding refuses the picture with the same TooLarge.
    QFETCH(QString, format);
    std::vector<uchar> encoded;
    QVERIFY(cv::imencode(format.toStdString(), scene(8, 8), encoded));
    QByteArray bytes(reinterpret_cast<const char *>(encoded.data()), qsizetype(encoded.size()));
    auto putBigEndian = [&](qsizetype at, quint32 value, int count) {
        for (int i = 0; i < count; ++i)
            bytes[at + i] = char(value >> (8 * (count - 1 - i)));
    };
    if (format == QStringLiteral(".png")) {
        QCOMPARE(bytes.mid(12, 4), QByteArray("IHDR"));
        putBigEndian(16, 30000, 4);
        putBigEndian(20, 30000, 4);
        // The chunk's CRC-32 (over type and data, bytes 12-28), so that the header is valid.
        quint32 crc = 0xffffffffu;
        for (qsizetype i = 12; i < 29; ++i) {
            crc ^= static_cast<unsigned char>(bytes[i]);
            for (int bit = 0; bit < 8; ++bit)
                crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
        putBigEndian(29, ~crc, 4);
    } else {
        const qsizetype sof = bytes.indexOf(QByteArray("\xff\xc0", 2));
        QVERIFY(sof > 0);
        putBigEndian(sof + 5, 30000, 2); // height
        putBigEndian(sof + 7, 30000, 2); // width
    }
    const ChildRedaction child = redactInChild(bytes, m_dir.path());
    QCOMPARE(child.outcome, QString::number(int(ParseErrorCode::TooLarge)));
    QCOMPARE(child.reason,
             QStringLiteral("%1 %2").arg(int(ParseReason::PixelsLimit)).arg(kMaxPhotoPixels));
    QVERIFY(child.peakGrowthKib >= 0);
    QVERIFY2(child.peakGrowthKib < 4 * 1024, qPrintable(QString::number(child.peakGrowthKib)));
}

void TstPhotoRedaction::childPeakMemoryShowsADecode()
{
    // The measure above can see a decode: a 4000 x 3000 photo decodes to 4000 x 3000 x 3 =
    // 36,000,000 bytes (35,156 KiB) of pixels, every one written, all held at once, so the
    // peak must rise by at least that much.
    std::vector<uchar> encoded;
    QVERIFY(cv::imencode(".jpg", scene(4000, 3000), encoded));
    const ChildRedaction child = redactInChild(
        QByteArray(reinterpret_cast<const char *>(encoded.data()), qsizetype(encoded.size())),
        m_dir.path());
    QCOMPARE(child.outcome, QStringLiteral("ok"));
    QVERIFY2(child.peakGrowthKib >= 35156, qPrintable(QString::number(child.peakGrowthKib)));
}

int main(int argc, char *argv[])
{
    // The child of redactInChild(): one redaction, no tests.
    if (argc == 3 && std::strcmp(argv[1], kRedactInChild) == 0)
        return redactAndReport(argv[2]);
    QCoreApplication app(argc, argv);
    TstPhotoRedaction test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_photo_redaction.moc"
