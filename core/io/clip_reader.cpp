#include "core/io/clip_reader.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace blindspot {

namespace {

// A .poly file is a few thousand lines at most; a national boundary at full detail is a few MB.
constexpr qint64 kMaxPolyBytes = 64 * 1024 * 1024;

bool isEnd(const QByteArray &trimmed)
{
    return trimmed == "END";
}

// 1-based column of the first non-blank character at or after `from` (0-based).
int columnOf(const QByteArray &line, qsizetype from)
{
    while (from < line.size() && (line[from] == ' ' || line[from] == '\t'))
        ++from;
    return int(from) + 1;
}

} // namespace

Result<ClipArea> readPolyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return systemError(path, ParseErrorCode::CannotOpen, file.errorString());
    if (file.size() > kMaxPolyBytes)
        return fileError(path, ParseErrorCode::TooLarge, ParseReason::FileOverBytes,
                         parseArgs(kMaxPolyBytes));
    if (file.size() == 0)
        return fileError(path, ParseErrorCode::Empty);
    const QList<QByteArray> lines = file.readAll().split('\n');
    const QLocale c = QLocale::c();
    std::vector<ClipRing> rings;
    // States: 0 before the file's name, 1 expecting a section name or END, 2 in a section.
    int state = 0;
    int sectionLine = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        const int lineNo = int(i) + 1;
        const QByteArray trimmed = line.trimmed();
        if (state == 0) {
            state = 1; // the first line names the polygon, whatever it says
            continue;
        }
        if (trimmed.isEmpty())
            continue;
        if (state == 1) {
            if (isEnd(trimmed)) {
                for (qsizetype j = i + 1; j < lines.size(); ++j)
                    if (!lines[j].trimmed().isEmpty())
                        return malformedAt(path, int(j) + 1, columnOf(lines[j], 0),
                                           ParseReason::TextAfterEnd);
                if (rings.empty())
                    return malformedAt(path, lineNo, columnOf(line, 0),
                                       ParseReason::NoRingBeforeEnd);
                return ClipArea(QFileInfo(path).fileName(), std::move(rings));
            }
            rings.push_back({{}, trimmed.startsWith('!')});
            sectionLine = lineNo;
            state = 2;
            continue;
        }
        if (isEnd(trimmed)) {
            ClipRing &ring = rings.back();
            if (ring.points.size() > 1 && ring.points.front() == ring.points.back())
                ring.points.pop_back();
            if (ring.points.size() < 3)
                return malformedAt(path, sectionLine, 1,
                                   ParseReason::RingFewPoints, parseArgs(ring.points.size()));
            state = 1;
            continue;
        }
        // "lon lat", separated by blanks; numbers may be in exponent form (7.4E+00).
        const QList<QByteArray> fields = trimmed.simplified().split(' ');
        if (fields.size() != 2)
            return malformedAt(path, lineNo, columnOf(line, 0),
                               ParseReason::ExpectedLonLatOrEnd);
        bool lonOk = false, latOk = false;
        const double lon = c.toDouble(QString::fromLatin1(fields[0]), &lonOk);
        const double lat = c.toDouble(QString::fromLatin1(fields[1]), &latOk);
        const int lonColumn = columnOf(line, 0);
        const int latColumn =
            columnOf(line, line.indexOf(fields[0], lonColumn - 1) + fields[0].size());
        if (!lonOk || !std::isfinite(lon))
            return malformedAt(path, lineNo, lonColumn,
                               ParseReason::LongitudeNotNumber,
                               {QString::fromUtf8(fields[0])});
        if (!latOk || !std::isfinite(lat))
            return malformedAt(path, lineNo, latColumn,
                               ParseReason::LatitudeNotNumber,
                               {QString::fromUtf8(fields[1])});
        if (lon < -180.0 || lon > 180.0)
            return malformedAt(path, lineNo, lonColumn,
                               ParseReason::LongitudeOutOfRange, parseArgs(lon));
        if (lat < -90.0 || lat > 90.0)
            return malformedAt(path, lineNo, latColumn,
                               ParseReason::LatitudeOutOfRange, parseArgs(lat));
        rings.back().points.push_back({lat, lon});
    }
    // The last line with text: a file that ends in a newline has an empty piece after it.
    const int last = int(lines.size()) - (lines.size() > 1 && lines.back().isEmpty() ? 1 : 0);
    return malformedAt(path, last, 1,
                       state == 2 ? ParseReason::RingWithoutEnd : ParseReason::NoFinalEnd,
                       state == 2 ? parseArgs(sectionLine) : QStringList());
}

std::variant<GeoBox, ClipBoxProblem> parseClipBox(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char(','));
    if (parts.size() != 4)
        return ClipBoxProblem{ClipBoxProblem::Kind::Count, -1};
    double v[4];
    const QLocale c = QLocale::c();
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = c.toDouble(parts[i].trimmed(), &ok);
        if (!ok || !std::isfinite(v[i]))
            return ClipBoxProblem{ClipBoxProblem::Kind::NotANumber, i};
        const double limit = (i % 2 == 0) ? 90.0 : 180.0;
        if (v[i] < -limit || v[i] > limit)
            return ClipBoxProblem{ClipBoxProblem::Kind::OutOfRange, i};
    }
    if (!(v[0] < v[2]) || !(v[1] < v[3]))
        return ClipBoxProblem{ClipBoxProblem::Kind::Empty, -1};
    GeoBox box;
    box.south = v[0];
    box.west = v[1];
    box.north = v[2];
    box.east = v[3];
    return box;
}

} // namespace blindspot
