#include "core/security/photo_redaction.h"

#include "core/security/face_detector.h"
#include "core/security/secure_bytes.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace blindspot {

namespace {

// Redaction looks for faces on a copy at most this wide or high: the cascades need about 24
// pixels per face, and a 12-megapixel photo at full size takes seconds. Larger than the
// demo's copy, since a face missed here is stored with the evidence.
constexpr FaceDetectionSettings kRedactionDetection{1600, false};

Result<std::vector<cv::Rect>> detectFaces(const cv::Mat &image, const RedactionOptions &options,
                                          const QString &name)
{
    auto detector = FaceDetector::create(options.cascadeFolder);
    if (isError(detector))
        return fileError(name, ParseErrorCode::CannotOpen, ParseReason::FaceModelsMissing,
                         {options.cascadeFolder});
    const FaceDetector::Detection found =
        std::get<std::unique_ptr<FaceDetector>>(detector)->detect(image, kRedactionDetection);
    const double scale = found.scale;
    std::vector<cv::Rect> faces;
    faces.reserve(found.hits.size());
    for (const CascadeHit &hit : found.hits) {
        // Rounded outwards: a box is filled, and a pixel too many costs nothing.
        const cv::Rect &r = hit.box;
        cv::Rect box(cvFloor(r.x / scale), cvFloor(r.y / scale), cvCeil(r.width / scale),
                     cvCeil(r.height / scale));
        box &= cv::Rect(0, 0, image.cols, image.rows);
        faces.push_back(box);
    }
    return faces;
}

cv::Rect grown(const cv::Rect &r, double margin)
{
    const int dx = static_cast<int>(std::ceil(r.width * margin));
    const int dy = static_cast<int>(std::ceil(r.height * margin));
    return {r.x - dx, r.y - dy, r.width + 2 * dx, r.height + 2 * dy};
}

/// Widens a box outward to whole 16x16 JPEG macroblocks (OpenCV encodes 4:2:0), so that every
/// block it touches is filled completely and decodes to exactly one colour. Only the box's
/// outermost pixel ring can take a tint from the neighbouring colour, through the decoder's
/// chroma upsampling.
cv::Rect alignedToBlocks(const cv::Rect &r)
{
    constexpr int kBlock = 16;
    const int x0 = std::max(0, r.x) / kBlock * kBlock;
    const int y0 = std::max(0, r.y) / kBlock * kBlock;
    const int x1 = (r.x + r.width + kBlock - 1) / kBlock * kBlock;
    const int y1 = (r.y + r.height + kBlock - 1) / kBlock * kBlock;
    return {x0, y0, x1 - x0, y1 - y0};
}

QRect toQRect(const cv::Rect &r)
{
    return {r.x, r.y, r.width, r.height};
}

} // namespace

QByteArray sha256(QByteArrayView bytes)
{
    QByteArray digest(crypto_hash_sha256_BYTES, '\0');
    if (!initSodium())
        return {};
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                       reinterpret_cast<const unsigned char *>(bytes.data()),
                       static_cast<unsigned long long>(bytes.size()));
    return digest;
}

namespace {

unsigned bigEndian(QByteArrayView bytes, qsizetype at, int count)
{
    unsigned value = 0;
    for (int i = 0; i < count; ++i)
        value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

/// Width times height as a PNG's IHDR or a JPEG's SOF segment states it, read before anything
/// is decoded: a small file can declare a picture that takes gigabytes to decode (a 875 KB PNG
/// of 30000 x 30000 pixels needs 2.7 GB). nullopt for other formats and headers not found;
/// those are checked after decoding.
std::optional<qint64> declaredPixels(QByteArrayView bytes)
{
    if (bytes.size() >= 24 && bytes.startsWith("\x89PNG\r\n\x1a\n") &&
        bytes.sliced(12, 4) == "IHDR")
        return qint64(bigEndian(bytes, 16, 4)) * bigEndian(bytes, 20, 4);
    if (bytes.size() < 4 || static_cast<unsigned char>(bytes[0]) != 0xff ||
        static_cast<unsigned char>(bytes[1]) != 0xd8)
        return std::nullopt;
    qsizetype at = 2;
    while (at + 4 <= bytes.size()) {
        if (static_cast<unsigned char>(bytes[at]) != 0xff)
            return std::nullopt;
        const unsigned marker = static_cast<unsigned char>(bytes[at + 1]);
        if (marker == 0xff) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd9)) { // no length
            at += 2;
            continue;
        }
        const bool startOfFrame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 &&
                                  marker != 0xc8 && marker != 0xcc;
        if (startOfFrame && at + 9 <= bytes.size())
            return qint64(bigEndian(bytes, at + 5, 2)) * bigEndian(bytes, at + 7, 2);
        at += 2 + bigEndian(bytes, at + 2, 2);
    }
    return std::nullopt;
}

} // namespace

Result<RedactedPhoto> redactPhoto(QByteArrayView imageBytes, const QString &name,
                                  const RedactionOptions &options)
{
    if (imageBytes.isEmpty())
        return fileError(name, ParseErrorCode::Empty);
    if (imageBytes.size() > kMaxPhotoBytes)
        return tooLarge(name, kMaxPhotoBytes);
    if (const auto pixels = declaredPixels(imageBytes); pixels && *pixels > kMaxPhotoPixels)
        return fileError(name, ParseErrorCode::TooLarge, ParseReason::PixelsLimit,
                         parseArgs(kMaxPhotoPixels));
    try {
        const cv::Mat encoded(1, static_cast<int>(imageBytes.size()), CV_8UC1,
                              const_cast<char *>(imageBytes.data()));
        // IMREAD_COLOR applies the EXIF orientation (IMREAD_IGNORE_ORIENTATION is not set) and
        // drops alpha; the decoded pixels carry no metadata at all.
        cv::Mat image = cv::imdecode(encoded, cv::IMREAD_COLOR);
        if (image.empty())
            return fileError(name, ParseErrorCode::NotThisFormat);
        if (qint64(image.cols) * image.rows > kMaxPhotoPixels)
            return fileError(name, ParseErrorCode::TooLarge, ParseReason::PixelsLimit,
                             parseArgs(kMaxPhotoPixels));

        RedactedPhoto out;
        out.width = image.cols;
        out.height = image.rows;
        std::vector<cv::Rect> boxes;
        if (options.detectFaces) {
            auto faces = detectFaces(image, options, name);
            if (auto *e = std::get_if<ParseError>(&faces))
                return *e;
            for (const cv::Rect &face : std::get<0>(faces)) {
                out.faces.push_back(toQRect(face));
                boxes.push_back(grown(face, options.faceMargin));
            }
        }
        for (const QRect &box : options.manualBoxes)
            boxes.emplace_back(box.x(), box.y(), box.width(), box.height());

        const cv::Scalar colour((options.fillRgb) & 0xFF, (options.fillRgb >> 8) & 0xFF,
                                (options.fillRgb >> 16) & 0xFF); // OpenCV is BGR
        const cv::Rect whole(0, 0, image.cols, image.rows);
        for (cv::Rect box : boxes) {
            if (options.format == RedactedFormat::Jpeg)
                box = alignedToBlocks(box);
            box &= whole;
            if (box.empty())
                continue;
            image(box).setTo(colour);
            out.filled.push_back(toQRect(box));
        }

        std::vector<uchar> buffer;
        bool written = false;
        if (options.format == RedactedFormat::Jpeg) {
            const std::vector<int> parameters{cv::IMWRITE_JPEG_QUALITY,
                                              std::clamp(options.jpegQuality, 1, 100)};
            written = cv::imencode(".jpg", image, buffer, parameters);
        } else {
            const std::vector<int> parameters{cv::IMWRITE_PNG_COMPRESSION, 6};
            written = cv::imencode(".png", image, buffer, parameters);
        }
        if (!written)
            return fileError(name, ParseErrorCode::Malformed, ParseReason::PhotoNotEncoded);
        out.bytes = QByteArray(reinterpret_cast<const char *>(buffer.data()),
                               static_cast<qsizetype>(buffer.size()));
        out.sha256 = sha256(out.bytes);
        return out;
    } catch (const cv::Exception &e) {
        return systemError(name, ParseErrorCode::Malformed, QString::fromStdString(e.msg));
    }
}

} // namespace blindspot
