// Commands that write, describe and check whole datasets: demo, info, validate, synth.
#include "cli/cli.h"

#include "common/embedded_data.h"
#include "common/error_text.h"
#include "core/io/importer.h"
#include "core/io/pack_io.h"
#include "core/model/dataset.h"
#include "core/model/fr_status_risk.h"
#include "core/sample/synthetic_city.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

namespace blindspot::cli {

Console::Console() : out(stdout), err(stderr) {}

int usageError(Console &console, const QString &message)
{
    console.err << "blindspot-cli: " << message << '\n'
                << Cli::tr("Run \"blindspot-cli --help\" for usage.") << '\n';
    console.err.flush();
    return kExitUsage;
}

bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &args,
                  Console &console, int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    const bool parsed =
        parser.parse(QStringList{QStringLiteral("blindspot-cli ") + command} + args);
    if (parser.isSet(help)) {
        // main() has printed the command's synopsis; Qt's own usage line would name the
        // program's path without the command, so the options follow from the first blank line.
        const QString text = parser.helpText();
        console.out << text.mid(text.indexOf(QLatin1String("\n\n")) + 2);
        console.out.flush();
        *exitCode = kExitOk;
        return false;
    }
    if (!parsed) {
        // A file whose name starts with '-' reads as an option: say how to name it instead of
        // only "Unknown option". After "--" every argument is a file name (QCommandLineParser).
        const QStringList unknown = parser.unknownOptionNames();
        for (const QString &arg : args) {
            if (arg == QLatin1String("--"))
                break;
            const QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1)
                                     .section(QLatin1Char('='), 0, 0);
            if (arg.size() > 1 && arg.startsWith(QLatin1Char('-')) && unknown.contains(name) &&
                QFileInfo::exists(arg)) {
                *exitCode = usageError(
                    console, Cli::tr("\"%1\" is a file, but a name that starts with \"-\" reads "
                                     "as an option: write ./%1, or put -- before the file names")
                                 .arg(arg));
                return false;
            }
        }
        *exitCode = usageError(console, parser.errorText());
        return false;
    }
    return true;
}

int inputError(Console &console, const ParseError &error)
{
    console.err << ErrorText::located(error) << '\n';
    console.err.flush();
    return kExitBadInput;
}

namespace {

std::optional<int> positiveInt(const QString &text, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok); // QString::toInt is locale-independent (C locale).
    if (!ok || value < 1 || value > max)
        return std::nullopt;
    return value;
}

int writeDataset(Console &console, const Dataset &dataset, const QString &path)
{
    if (const auto error = writePackFile(dataset, path))
        return inputError(console, *error);
    return kExitOk;
}

QString statusName(FrStatus status)
{
    switch (status) {
    case FrStatus::Confirmed:
        return Cli::tr("face recognition confirmed");
    case FrStatus::Suspected:
        return Cli::tr("face recognition suspected");
    case FrStatus::None:
        return Cli::tr("no face recognition");
    case FrStatus::Unknown:
        break;
    }
    return Cli::tr("unknown (no data)");
}

QJsonObject infoJson(const Dataset &d)
{
    const DatasetSummary s = summarize(d);
    QJsonObject counts{
        {QStringLiteral("lines"), s.lines},
        {QStringLiteral("stations"), s.stations},
        {QStringLiteral("entrances"), s.entrances},
        {QStringLiteral("cameras"), s.cameras},
        {QStringLiteral("cameras_fr_confirmed"),
         s.camerasByFrStatus[static_cast<std::size_t>(FrStatus::Confirmed)]},
        {QStringLiteral("survey_areas"), s.surveyAreas},
    };
    QJsonObject bbox{{QStringLiteral("south"), s.bounds.south},
                     {QStringLiteral("west"), s.bounds.west},
                     {QStringLiteral("north"), s.bounds.north},
                     {QStringLiteral("east"), s.bounds.east}};
    QJsonArray stations;
    for (const Station &st : d.network.stations) {
        QJsonArray lines;
        // A station belongs to one line; its complex's other stations add their lines.
        auto addLine = [&](LineId id) {
            const QString name = d.network.line(id).name.inLanguage(QStringLiteral("en"));
            if (!lines.contains(name))
                lines.append(name);
        };
        addLine(st.line);
        if (isSet(st.complex))
            for (StationId other : d.network.complex(st.complex).stations)
                addLine(d.network.station(other).line);
        stations.append(QJsonObject{
            {QStringLiteral("id"), QString::number(indexOf(st.id))},
            {QStringLiteral("name"), st.name.native},
            {QStringLiteral("lat"), st.position.lat},
            {QStringLiteral("lon"), st.position.lon},
            {QStringLiteral("lines"), lines},
        });
    }
    return QJsonObject{
        {QStringLiteral("name"), d.header.name}, {QStringLiteral("fictional"), d.header.fictional},
        {QStringLiteral("counts"), counts},      {QStringLiteral("bbox"), bbox},
        {QStringLiteral("stations"), stations},
    };
}

void printInfoText(Console &console, const Dataset &d)
{
    const DatasetSummary s = summarize(d);
    const DatasetHeader &h = d.header;
    QTextStream &o = console.out;
    o << h.name << '\n';
    if (h.fictional)
        o << Cli::tr("FICTIONAL training data: not a real city.") << '\n';
    o << Cli::tr("Dataset id: %1, version %2").arg(h.id).arg(h.version) << '\n';
    o << Cli::tr("Publisher: %1").arg(h.publisher) << '\n';
    o << Cli::tr("Licence: %1").arg(h.licence) << '\n';
    if (!h.attribution.isEmpty())
        o << Cli::tr("Attribution: %1").arg(h.attribution) << '\n';
    o << Cli::tr("Created: %1").arg(h.created.toString(Qt::ISODate)) << '\n';
    o << Cli::tr("Expires: %1")
             .arg(h.expires.isValid() ? h.expires.toString(Qt::ISODate) : Cli::tr("never"))
      << '\n';
    o << Cli::tr("Lines: %1, stations: %2, transfer complexes: %3, entrances: %4, zones: %5")
             .arg(s.lines)
             .arg(s.stations)
             .arg(s.complexes)
             .arg(s.entrances)
             .arg(s.zones)
      << '\n';
    o << Cli::tr("Cameras: %1").arg(s.cameras) << '\n';
    for (FrStatus status : kFrStatusesByRisk)
        o << "  " << statusName(status) << ": "
          << s.camerasByFrStatus[static_cast<std::size_t>(status)] << '\n';
    o << Cli::tr("Survey areas: %1").arg(s.surveyAreas) << '\n';
    o << Cli::tr("Streets: %1 segments; addresses and named places: %2")
             .arg(d.streets.edges.size())
             .arg(d.places.size())
      << '\n';
    std::array<qsizetype, kBaseMapKindCount> features{};
    for (const BaseFeature &f : d.baseMap.features)
        if (isKnown(f.kind))
            ++features[std::size_t(f.kind)];
    const auto count = [&features](BaseMapKind kind) { return features[std::size_t(kind)]; };
    o << Cli::tr("Base map: %1 buildings, %2 water areas, %3 green areas, %4 railways, %5 roads "
                 "closed to people on foot, %6 rivers and canals")
             .arg(count(BaseMapKind::Building))
             .arg(count(BaseMapKind::Water))
             .arg(count(BaseMapKind::Green))
             .arg(count(BaseMapKind::Rail))
             .arg(count(BaseMapKind::Road))
             .arg(count(BaseMapKind::Waterway))
      << '\n';
    if (s.bounds.isValid())
        o << Cli::tr("Bounding box (S, W, N, E): %1, %2, %3, %4")
                 .arg(s.bounds.south, 0, 'f', 5)
                 .arg(s.bounds.west, 0, 'f', 5)
                 .arg(s.bounds.north, 0, 'f', 5)
                 .arg(s.bounds.east, 0, 'f', 5)
          << '\n';
}

} // namespace

int runDemo(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), Cli::tr("Output .bspack file."),
                                       QStringLiteral("FILE"));
    parser.addOption(outOption);
    int code = 0;
    if (!parseCommand(parser, QStringLiteral("demo"), args, console, &code))
        return code;
    if (!parser.isSet(outOption) || !parser.positionalArguments().isEmpty())
        return usageError(console, Cli::tr("usage: blindspot-cli demo --out FILE.bspack"));
    // The embedded bytes are the build's own training city: writing them keeps `demo` output
    // identical to what the programs show.
    const QByteArray bytes = embeddedTrainingCityBytes();
    const Result<Dataset> city = readPackBytes(bytes, QStringLiteral("training city"));
    if (isError(city))
        return inputError(console, std::get<ParseError>(city));
    return writeDataset(console, std::get<Dataset>(city), parser.value(outOption));
}

int runInfo(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOption(jsonOption);
    int code = 0;
    if (!parseCommand(parser, QStringLiteral("info"), args, console, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(console, Cli::tr("usage: blindspot-cli info FILE [--json]"));
    const Result<Dataset> read = readPackFile(parser.positionalArguments().first());
    if (isError(read))
        return inputError(console, std::get<ParseError>(read));
    const Dataset &dataset = std::get<Dataset>(read);
    if (parser.isSet(jsonOption))
        console.out << QJsonDocument(infoJson(dataset)).toJson(QJsonDocument::Compact) << '\n';
    else
        printInfoText(console, dataset);
    return kExitOk;
}

int runValidate(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        Cli::tr(
            "Input format: osm, pbf, gtfs, geojson, csv, kml, gpx or bspack (default: guessed)."),
        QStringLiteral("F"));
    parser.addOption(formatOption);
    int code = 0;
    if (!parseCommand(parser, QStringLiteral("validate"), args, console, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(console, Cli::tr("usage: blindspot-cli validate FILE [--format F]"));
    std::optional<FileFormat> format;
    if (parser.isSet(formatOption)) {
        format = formatFromName(parser.value(formatOption));
        if (!format)
            return usageError(
                console,
                Cli::tr("unsupported format \"%1\"; this version reads: %2")
                    .arg(parser.value(formatOption),
                         QStringLiteral("osm, pbf, gtfs, geojson, csv, kml, gpx, bspack")));
    }
    const QString path = parser.positionalArguments().first();
    // The same reader as import: a file that validates is one that imports.
    const Result<Dataset> read = importFile(path, format, ImportOptions{});
    if (isError(read))
        return inputError(console, std::get<ParseError>(read));
    const DatasetSummary s = summarize(std::get<Dataset>(read));
    console.out
        << Cli::tr("%1: valid (%2 stations, %3 cameras)").arg(path).arg(s.stations).arg(s.cameras)
        << '\n';
    return kExitOk;
}

int runSynth(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption camerasOption(QStringLiteral("cameras"), Cli::tr("Number of cameras."),
                                           QStringLiteral("N"), QStringLiteral("160000"));
    const QCommandLineOption stationsOption(QStringLiteral("stations"),
                                            Cli::tr("Number of stations."), QStringLiteral("N"),
                                            QStringLiteral("300"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), Cli::tr("Random seed."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption outOption(QStringLiteral("out"), Cli::tr("Output .bspack file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption streetsOption(
        QStringLiteral("street-block"),
        Cli::tr("Metres between the streets of a walking grid over the whole city (100 gives "
                "about 1.8 million street nodes, Moscow-sized); 0 for no streets."),
        QStringLiteral("M"), QStringLiteral("100"));
    parser.addOptions({camerasOption, stationsOption, seedOption, streetsOption, outOption});
    int code = 0;
    if (!parseCommand(parser, QStringLiteral("synth"), args, console, &code))
        return code;
    if (!parser.isSet(outOption) || !parser.positionalArguments().isEmpty())
        return usageError(console, Cli::tr("usage: blindspot-cli synth --cameras N --stations N "
                                           "--seed S [--street-block M] --out FILE"));
    const auto cameras = positiveInt(parser.value(camerasOption), 5'000'000);
    const auto stations = positiveInt(parser.value(stationsOption), 10'000);
    bool seedOk = false;
    const qulonglong seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!cameras)
        return usageError(console,
                          Cli::tr("--cameras must be a whole number from 1 to %1").arg(5'000'000));
    if (!stations || *stations < 4)
        return usageError(console,
                          Cli::tr("--stations must be a whole number from 4 to %1").arg(10'000));
    if (!seedOk)
        return usageError(console, Cli::tr("--seed must be a non-negative whole number"));
    bool blockOk = false;
    const double block = QLocale::c().toDouble(parser.value(streetsOption), &blockOk);
    if (!blockOk || !(block == 0.0 || (block >= 10.0 && block <= 10'000.0)))
        return usageError(console,
                          Cli::tr("--street-block must be 0 or a number of metres from 10 to %1")
                              .arg(10'000));
    SyntheticCityOptions options;
    options.streetBlockMetres = block;
    options.cameras = *cameras;
    options.stations = *stations;
    options.seed = seed;
    return writeDataset(console, makeSyntheticCity(options), parser.value(outOption));
}

} // namespace blindspot::cli
