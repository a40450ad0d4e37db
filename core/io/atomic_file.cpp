#include "core/io/atomic_file.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace blindspot {

namespace {

ParseError osError(const QString &path, int error)
{
    return systemError(path, ParseErrorCode::CannotWrite,
                       QString::fromLocal8Bit(std::strerror(error)));
}

bool writeAll(int fd, QByteArrayView bytes)
{
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        left -= n;
    }
    return true;
}

} // namespace

std::optional<ParseError> writeFileAtomically(const QString &path, QByteArrayView bytes,
                                              FileAccess access)
{
    const QFileInfo target(path);
    const QString folder = target.absolutePath();
    // A random suffix so two writers never share a temporary file; O_EXCL makes sure.
    const QString temporary =
        QStringLiteral("%1/.%2.%3.tmp")
            .arg(folder, target.fileName())
            .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    const QByteArray temporaryName = QFile::encodeName(temporary);
    const QByteArray targetName = QFile::encodeName(target.absoluteFilePath());

    const int fd = ::open(temporaryName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return osError(path, errno);
    // Keep the permissions of the file being replaced, else the usual 0644 less the umask.
    struct stat existing {};
    if (access == FileAccess::OwnerOnly)
        ::fchmod(fd, 0600); // even where the file replaced was readable by others
    else if (::stat(targetName.constData(), &existing) == 0)
        ::fchmod(fd, existing.st_mode & 07777);
    else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        ::fchmod(fd, 0666 & ~mask);
    }
    if (!writeAll(fd, bytes) || ::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        ::unlink(temporaryName.constData());
        return osError(path, error);
    }
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temporaryName.constData());
        return osError(path, error);
    }
    if (::rename(temporaryName.constData(), targetName.constData()) != 0) {
        const int error = errno;
        ::unlink(temporaryName.constData());
        return osError(path, error);
    }
    // The rename is durable only once the folder's entry is on disk.
    const int dirFd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return std::nullopt;
}

} // namespace blindspot
