#pragma once

#include "core/io/parse_error.h"
#include "core/security/face_detector.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QRect>
#include <QString>

#include <cstdint>
#include <vector>

namespace blindspot {

/// Caps on what redaction accepts: a phone photo is a few megabytes and about 50 megapixels
/// at most; anything far larger is refused before it can exhaust memory.
constexpr qsizetype kMaxPhotoBytes = qsizetype(64) << 20;
constexpr qint64 kMaxPhotoPixels = qint64(120) * 1000 * 1000;

enum class RedactedFormat : std::uint8_t { Jpeg, Png };

struct RedactionOptions {
    /// Find faces with OpenCV's frontal and profile cascades (both profiles) and fill them.
    bool detectFaces = true;
    /// Boxes the user drew, in pixels of the image as displayed (after EXIF orientation).
    std::vector<QRect> manualBoxes;
    /// Each detected face box grows by this share of its size on every side, because the
    /// cascades find the inner face and leave hair, ears and chin outside.
    double faceMargin = 0.2;
    std::uint32_t fillRgb = 0x000000; ///< 0xRRGGBB; black unless the user picks another.
    RedactedFormat format = RedactedFormat::Jpeg;
    int jpegQuality = 90;
    /// Where haarcascade_frontalface_default.xml and haarcascade_profileface.xml are.
    QString cascadeFolder = QString::fromLatin1(kDefaultCascadeFolder);
};

/// A photo ready to be stored as evidence: decoded, redacted, and encoded anew from pixels, so
/// that no metadata of the original survives (EXIF, GPS, XMP, IPTC, ICC, embedded thumbnails).
struct RedactedPhoto {
    QByteArray bytes;     ///< JPEG or PNG.
    QByteArray sha256;    ///< 32 bytes: SHA-256 of `bytes`, for Sighting::evidenceHash.
    int width = 0;        ///< As displayed (after EXIF orientation).
    int height = 0;
    std::vector<QRect> faces;  ///< Detected faces, before the margin.
    std::vector<QRect> filled; ///< Every box filled with solid colour, clipped to the image.
};

/// Redacts a photo: decodes any format OpenCV reads, applies the EXIF orientation so that the
/// boxes match what the user sees, fills detected faces (grown by faceMargin) and the manual
/// boxes with solid colour (never blur: blur can be undone or matched), and re-encodes. For
/// JPEG the filled boxes are widened to the 16-pixel macroblock grid, so that compression
/// cannot smear the fill: every pixel of a filled box decodes to one colour, except that the
/// box's outermost pixel ring may take a tint from its surroundings (chroma upsampling). The
/// detected faces, well inside their boxes, decode to exactly one colour; PNG is exact
/// everywhere.
/// Errors: Empty, TooLarge, NotThisFormat (not an image), CannotOpen (cascades missing when
/// detectFaces is set), Malformed (encoding failed).
[[nodiscard]] Result<RedactedPhoto> redactPhoto(QByteArrayView imageBytes, const QString &name,
                                                const RedactionOptions &options = {});

/// SHA-256 of `bytes` (32 bytes).
QByteArray sha256(QByteArrayView bytes);

} // namespace blindspot
