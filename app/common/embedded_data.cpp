#include "common/embedded_data.h"

#include "core/io/pack_io.h"

#include <QFile>

#include <cstdlib>

namespace blindspot {

QByteArray embeddedTrainingCityBytes()
{
    QFile file(QStringLiteral(":/data/training_city.bspack"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const Dataset &embeddedTrainingCity()
{
    static const Dataset city = [] {
        Result<Dataset> read = readPackBytes(embeddedTrainingCityBytes(),
                                             QStringLiteral(":/data/training_city.bspack"));
        // The resource is generated and embedded by the build; a failure here is a build bug,
        // not bad user input, so stop loudly instead of running on an empty map.
        if (isError(read)) {
            qFatal("embedded training city is unreadable");
        }
        return std::get<Dataset>(std::move(read));
    }();
    return city;
}

} // namespace blindspot
