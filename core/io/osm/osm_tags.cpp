#include "core/io/osm/osm_tags.h"

#include "core/io/values/camera_values.h"
#include "core/io/values/value_text.h"

#include <QString>

#include <algorithm>

namespace blindspot::osm {

CameraSystem cameraSystemFromTags(std::string_view surveillance, std::string_view operatorName,
                                  std::string_view own)
{
    const std::string_view o = trimmedValue(own);
    for (CameraSystem s : {CameraSystem::Unknown, CameraSystem::Metro, CameraSystem::City,
                           CameraSystem::Private})
        if (!o.empty() && equalsIgnoringCase(o, cameraSystemName(s)))
            return s;
    // Operators in English and Russian, compared in lower case (QString handles Cyrillic).
    const QString op = QString::fromUtf8(operatorName.data(), qsizetype(operatorName.size()))
                           .toLower();
    auto mentions = [&op](std::initializer_list<const char *> words) {
        return std::any_of(words.begin(), words.end(),
                           [&op](const char *w) { return op.contains(QString::fromUtf8(w)); });
    };
    if (!op.isEmpty()) {
        if (mentions({"metro", "subway", "метрополитен", "метро"}))
            return CameraSystem::Metro;
        if (mentions({"police", "city of", "government", "municipal", "полиция", "мвд",
                      "правительство", "мэрия", "департамент", "дит "}))
            return CameraSystem::City;
    }
    const std::string_view s = trimmedValue(surveillance);
    if (equalsIgnoringCase(s, "public"))
        return CameraSystem::City;
    if (equalsIgnoringCase(s, "outdoor") || equalsIgnoringCase(s, "indoor"))
        return CameraSystem::Private;
    return CameraSystem::Unknown;
}

} // namespace blindspot::osm
