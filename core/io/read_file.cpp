#include "core/io/read_file.h"

#include <QFile>

namespace blindspot {

Result<QByteArray> readWholeFile(const QString &path, const ImportLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return systemError(path, ParseErrorCode::CannotOpen, file.errorString());
    if (file.size() > limits.maxFileBytes)
        return tooLarge(path, limits.maxFileBytes);
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return systemError(path, ParseErrorCode::CannotOpen, file.errorString());
    return bytes;
}

} // namespace blindspot
