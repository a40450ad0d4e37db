// Errors from core carry a reason and its arguments; the words are made in app/common, in the
// user's language. These tests read bad inputs with the real readers and word the errors.
#include "common/error_text.h"
#include "common/translations.h"
#include "core/io/csv_reader.h"
#include "core/io/geojson_reader.h"
#include "core/io/gpx_reader.h"
#include "core/io/kml_reader.h"
#include "core/io/pack_io.h"

#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace blindspot;

namespace {

using Read = std::function<Result<Dataset>()>;

ParseError errorOf(const Read &read)
{
    const Result<Dataset> r = read();
    if (!isError(r))
        qFatal("the input was read without an error");
    return std::get<ParseError>(r);
}

ImportOptions mappingOptions(const QString &field, const QString &column)
{
    ImportOptions options;
    options.mapping.columnFor = {{field, column}};
    return options;
}

ImportOptions smallFileCap()
{
    ImportOptions options;
    options.limits.maxFileBytes = 10;
    return options;
}

// Answers every ErrorText message with Cyrillic letters and the message's own placeholders,
// so that any Latin letter left in a worded error came from somewhere other than tr().
class MarkerTranslator : public QTranslator {
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "ErrorText") != 0)
            return {};
        QString out = QStringLiteral("ЖЖЖ");
        const QString text = QString::fromUtf8(source);
        for (int i = 1; i <= 9; ++i)
            if (text.contains(QLatin1Char('%') + QString::number(i)))
                out += QStringLiteral(" «%%1»").arg(i);
        return out;
    }
    bool isEmpty() const override { return false; }
};

// Words of the English texts core used to put in ParseError::detail for these inputs.
const QStringList kOldEnglishWords = {
    QStringLiteral("unknown"), QStringLiteral("field"), QStringLiteral("column"),
    QStringLiteral("mapping"), QStringLiteral("bytes"),
};

} // namespace

class TstErrorText : public QObject {
    Q_OBJECT
private slots:
    void cleanup();
    void everyWordComesFromTr_data();
    void everyWordComesFromTr();
    void englishWordingIsKept();
    void russianHasNoEnglishDetail_data();
    void russianHasNoEnglishDetail();
};

void TstErrorText::cleanup()
{
    installTranslations(QStringLiteral("en"));
}

void TstErrorText::everyWordComesFromTr_data()
{
    QTest::addColumn<Read>("read");
    const QString csv = QStringLiteral("c.csv");
    QTest::newRow("csv unknown mapping field") << Read([=] {
        return readCsvBytes("lat,lon\n1,2\n", csv, mappingOptions("colour_of_sky", "lat"));
    });
    QTest::newRow("csv mapping without column") << Read([=] {
        return readCsvBytes("lat,lon\n1,2\n", csv, mappingOptions("fr", " "));
    });
    QTest::newRow("csv over the size cap")
        << Read([=] { return readCsvBytes("lat,lon\n1,2\n3,4\n", csv, smallFileCap()); });
    QTest::newRow("csv bad latitude")
        << Read([=] { return readCsvBytes("lat,lon\n91,2\n", csv, {}); });
    QTest::newRow("csv mapped column missing") << Read([=] {
        return readCsvBytes("lat,lon\n1,2\n", csv, mappingOptions("fr", "face_rec"));
    });
    QTest::newRow("csv field count")
        << Read([=] { return readCsvBytes("lat,lon\n1,2,3\n", csv, {}); });
    QTest::newRow("geojson syntax") << Read([] {
        return readGeoJsonBytes("{\"type\": \"FeatureCollection\", \"features\": [}",
                                QStringLiteral("g.geojson"), {});
    });
    QTest::newRow("geojson observers") << Read([] {
        return readGeoJsonBytes(
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
            "\"properties\":{\"observers\":0},\"geometry\":{\"type\":\"Point\","
            "\"coordinates\":[1,2]}}]}",
            QStringLiteral("g.geojson"), {});
    });
    QTest::newRow("kml coordinates") << Read([] {
        return readKmlBytes("<kml><Placemark><Point><coordinates>1;2</coordinates></Point>"
                            "</Placemark></kml>",
                            QStringLiteral("k.kml"), {});
    });
    QTest::newRow("gpx tracks only") << Read([] {
        return readGpxBytes("<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"/></trkseg></trk></gpx>",
                            QStringLiteral("t.gpx"), {});
    });
    QTest::newRow("pack of another format")
        << Read([] { return readPackBytes("not a pack", QStringLiteral("p.bspack")); });
}

void TstErrorText::everyWordComesFromTr()
{
    QFETCH(Read, read);
    const ParseError e = errorOf(read);
    MarkerTranslator marker;
    QCoreApplication::installTranslator(&marker);
    QString text = ErrorText::message(e);
    QCoreApplication::removeTranslator(&marker);
    // Arguments are data (names from the file, numbers, the system's own messages).
    for (const QString &arg : e.args)
        text.remove(arg);
    QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("[A-Za-z]"))), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("ЖЖЖ")), qPrintable(text));
}

void TstErrorText::englishWordingIsKept()
{
    // The English words are those core used to write itself, now made by ErrorText.
    const ParseError unknown = errorOf(
        [] { return readCsvBytes("lat,lon\n1,2\n", QStringLiteral("c.csv"),
                                 mappingOptions("colour_of_sky", "lat")); });
    QCOMPARE(unknown.code, ParseErrorCode::Malformed);
    QCOMPARE(unknown.reason, ParseReason::UnknownMappingField);
    QCOMPARE(unknown.args, QStringList{QStringLiteral("colour_of_sky")});
    QCOMPARE(ErrorText::located(unknown),
             QStringLiteral("c.csv: the file is malformed: unknown field \"colour_of_sky\" in "
                            "the column mapping"));
    const ParseError large = errorOf([] {
        return readCsvBytes("lat,lon\n1,2\n3,4\n", QStringLiteral("c.csv"), smallFileCap());
    });
    QCOMPARE(large.code, ParseErrorCode::TooLarge);
    QCOMPARE(large.reason, ParseReason::LimitBytes);
    QCOMPARE(large.args, QStringList{QStringLiteral("10")});
    QCOMPARE(ErrorText::located(large),
             QStringLiteral("c.csv: the file is larger than Blindspot accepts (limit: 10 bytes)"));
}

void TstErrorText::russianHasNoEnglishDetail_data()
{
    QTest::addColumn<Read>("read");
    QTest::addColumn<QString>("source"); // the reason's English text, as in the catalogue
    QTest::newRow("unknown mapping field")
        << Read([] { return readCsvBytes("lat,lon\n1,2\n", QStringLiteral("c.csv"),
                                         mappingOptions("colour_of_sky", "lat")); })
        << QStringLiteral("unknown field \"%1\" in the column mapping");
    QTest::newRow("over the size cap")
        << Read([] { return readCsvBytes("lat,lon\n1,2\n3,4\n", QStringLiteral("c.csv"),
                                         smallFileCap()); })
        << QStringLiteral("%1 bytes");
}

void TstErrorText::russianHasNoEnglishDetail()
{
    QFETCH(Read, read);
    QFETCH(QString, source);
    // The Russian catalogue is built into blindspot_app_common: failing to load it is a
    // broken build.
    QVERIFY2(installTranslations(QStringLiteral("ru")), "the Russian translation did not load");
    const QString text = ErrorText::located(errorOf(read));
    // A reason left untranslated would show its English words here: that fails too.
    QVERIFY2(QCoreApplication::translate("ErrorText", source.toUtf8().constData()) != source,
             qPrintable(QStringLiteral("no Russian for \"%1\"").arg(source)));
    const QString lower = text.toLower();
    bool english = false;
    for (const QString &word : kOldEnglishWords)
        english = english || lower.contains(word);
    QVERIFY2(!english, qPrintable(text));
}

QTEST_GUILESS_MAIN(TstErrorText)
#include "tst_error_text.moc"
