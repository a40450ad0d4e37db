#pragma once

#include "core/geo/lat_lon.h"
#include "core/model/dataset.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace blindspot {

/// The model's values in translated words, and numbers, distances and dates formatted for the
/// UI's locale (QLocale's default, which installTranslations sets with the language).
class ModelText {
    Q_DECLARE_TR_FUNCTIONS(ModelText)
public:
    static QString cameraKind(CameraKind kind);
    static QString mount(CameraMount mount);
    /// "Face recognition confirmed", ... "Unknown: no data, not safe, not dangerous".
    static QString frStatus(FrStatus status);
    static QString zoneKind(ZoneKind zone);
    /// A camera attribute's machine name from core ("fr_status", "heading", ...) in words.
    static QString attributeName(const QString &attribute);
    /// An attribute's value as core writes it ("confirmed", "90"), in words where it is a word.
    static QString attributeValue(const QString &attribute, const QString &value);
    /// The source's name; the local-edits source in the UI language.
    static QString sourceName(const Source &source);
    /// The map's name ("Untitled map" when it has none); the training city's in the UI language
    /// and without the "(fictional training city)" its header adds (callers say it is fictional).
    static QString datasetName(const DatasetHeader &header);
    /// The map's attribution as its publisher wrote it (a licence may require the exact words);
    /// the training city's, which Blindspot writes itself, in the UI language.
    static QString attribution(const DatasetHeader &header);

    /// A whole number with the locale's digit grouping.
    static QString count(qint64 n);
    /// The locale's short date, or "date not stated".
    static QString date(const QDate &date);
    /// Degrees with six decimals (about 10 cm), in the locale's notation.
    static QString position(LatLon position);

    /// Rich text for a station's tooltip: its name and line, what is known about face
    /// recognition in each zone and from whom (sources and dates of the cameras inside), and
    /// its entrances. Text from the dataset is escaped.
    static QString stationTooltip(const Dataset &dataset, StationId station,
                                  const QString &language);
};

} // namespace blindspot
