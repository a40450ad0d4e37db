// Commands that bring data in and out: import (read, merge in order, write a pack) and export
// (a pack's cameras as GeoJSON, CSV, KML or OSM XML).
#include "cli/cli.h"
#include "cli/import_console.h"

#include "core/exposure/model_parameters.h"
#include "core/io/camera_export.h"
#include "core/io/field_mapper.h"
#include "core/io/importer.h"
#include "core/io/pack_io.h"
#include "core/model/merge.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>

namespace blindspot::cli {

namespace {

QString formatList()
{
    return QStringLiteral("osm, pbf, gtfs, geojson, csv, kml, gpx, bspack");
}

/// `lat=latitude,lon=longitude,fr=face_rec`: Blindspot field = column. Empty on error, with
/// `error` saying what is wrong.
std::optional<FieldMapping> parseColumnMap(const QString &spec, QString *error)
{
    FieldMapping mapping;
    for (const QString &entry : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        const QString field = entry.left(eq).trimmed();
        const QString column = eq < 0 ? QString() : entry.mid(eq + 1).trimmed();
        if (eq < 0 || field.isEmpty() || column.isEmpty()) {
            *error = Cli::tr("--csv-map expects FIELD=COLUMN pairs separated by commas, not \"%1\"")
                         .arg(entry);
            return std::nullopt;
        }
        if (!recordFieldFromName(field)) {
            *error =
                Cli::tr("--csv-map: unknown field \"%1\"; fields are: %2")
                    .arg(field, QStringLiteral(
                                    "lat, lon, name, notes, kind, heading, fov, height, fr, date, "
                                    "observers, ref, mount, zone, line, order, colour"));
            return std::nullopt;
        }
        mapping.columnFor.insert(field.toLower(), column);
    }
    if (mapping.isEmpty())
        *error = Cli::tr("--csv-map is empty");
    return mapping.isEmpty() ? std::nullopt : std::optional(mapping);
}

std::optional<QChar> parseDelimiter(const QString &text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("tab") || t == QLatin1String("\\t"))
        return QLatin1Char('\t');
    if (t == QLatin1String("comma"))
        return QLatin1Char(',');
    if (t == QLatin1String("semicolon"))
        return QLatin1Char(';');
    if (t == QLatin1String("pipe"))
        return QLatin1Char('|');
    if (text.size() == 1 && text[0].unicode() < 0x80 && text[0] != QLatin1Char('"'))
        return text[0];
    return std::nullopt;
}

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::AddLine:
        return Cli::tr("new line");
    case ChangeKind::MatchLine:
        return Cli::tr("known line");
    case ChangeKind::AddStation:
        return Cli::tr("new station");
    case ChangeKind::MatchStation:
        return Cli::tr("known station");
    case ChangeKind::AddEntrance:
        return Cli::tr("new entrance");
    case ChangeKind::MatchEntrance:
        return Cli::tr("known entrance");
    case ChangeKind::AddZone:
        return Cli::tr("new zone");
    case ChangeKind::MatchZone:
        return Cli::tr("known zone");
    case ChangeKind::AddCamera:
        return Cli::tr("new camera");
    case ChangeKind::MergeCamera:
        return Cli::tr("same camera");
    case ChangeKind::ConflictCamera:
        return Cli::tr("conflict");
    case ChangeKind::RejectCamera:
        return Cli::tr("REJECTED");
    case ChangeKind::AddSurveyArea:
        return Cli::tr("new survey area");
    case ChangeKind::MatchSurveyArea:
        return Cli::tr("known survey area");
    }
    return {};
}

QString outcomeText(const AttributeChange &a)
{
    const QString base = a.baseValue.isEmpty() ? Cli::tr("(none)") : a.baseValue;
    switch (a.outcome) {
    case AttributeOutcome::Filled:
        return Cli::tr("%1 set to %2").arg(a.attribute, a.incomingValue);
    case AttributeOutcome::Appended:
        return Cli::tr("%1 added").arg(a.attribute);
    case AttributeOutcome::Raised:
        return Cli::tr("%1 raised from %2 to %3").arg(a.attribute, base, a.incomingValue);
    case AttributeOutcome::Conflict:
        return Cli::tr("%1: %2 kept, the new source says %3")
            .arg(a.attribute, base, a.incomingValue);
    case AttributeOutcome::Lowered:
        return Cli::tr("%1 would be lowered from %2 to %3 by an untrusted source")
            .arg(a.attribute, base, a.incomingValue);
    }
    return a.attribute;
}

bool isCameraChange(ChangeKind kind)
{
    return kind == ChangeKind::AddCamera || kind == ChangeKind::MergeCamera ||
           kind == ChangeKind::ConflictCamera || kind == ChangeKind::RejectCamera;
}

QString elementName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::AddLine:
    case ChangeKind::MatchLine:
        return Cli::tr("line");
    case ChangeKind::AddStation:
    case ChangeKind::MatchStation:
        return Cli::tr("station");
    case ChangeKind::AddEntrance:
    case ChangeKind::MatchEntrance:
        return Cli::tr("entrance");
    case ChangeKind::AddZone:
    case ChangeKind::MatchZone:
        return Cli::tr("zone");
    case ChangeKind::AddSurveyArea:
    case ChangeKind::MatchSurveyArea:
        return Cli::tr("survey area");
    default:
        return Cli::tr("camera");
    }
}

/// Prints what merging `incoming` into `base` would change. Cameras are named by their stable
/// ids in each dataset, other elements by their place in its list.
void printChangeSet(Console &console, const QString &input, const ChangeSet &set,
                    const Dataset &base, const Dataset &incoming)
{
    QTextStream &o = console.out;
    o << Cli::tr("%1: %2 new, %3 same, %4 conflicts, %5 rejected cameras; %6 new and %7 known "
                 "stations; "
                 "%8 new lines")
             .arg(input)
             .arg(set.count(ChangeKind::AddCamera))
             .arg(set.count(ChangeKind::MergeCamera))
             .arg(set.count(ChangeKind::ConflictCamera))
             .arg(set.count(ChangeKind::RejectCamera))
             .arg(set.count(ChangeKind::AddStation))
             .arg(set.count(ChangeKind::MatchStation))
             .arg(set.count(ChangeKind::AddLine))
      << '\n';
    for (const Change &c : set.changes) {
        const bool camera = isCameraChange(c.kind);
        const std::uint32_t incomingName =
            camera ? indexOf(incoming.cameras[c.incoming].id) : c.incoming;
        o << "  " << elementName(c.kind) << ' ' << incomingName << ": " << changeKindName(c.kind);
        if (c.base != kNoIndex) {
            const std::uint32_t baseName = camera ? indexOf(base.cameras[c.base].id) : c.base;
            o << ' ' << Cli::tr("(%1 %2").arg(elementName(c.kind)).arg(baseName);
            if (!std::isnan(c.distanceMetres))
                o << ", " << Cli::tr("%1 m").arg(c.distanceMetres, 0, 'f', 1);
            o << ')';
        }
        for (const AttributeChange &a : c.attributes)
            o << "; " << outcomeText(a);
        if (c.kind == ChangeKind::RejectCamera)
            o << "; " << Cli::tr("not applied without review");
        o << '\n';
    }
}

} // namespace

int runImport(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), Cli::tr("Output .bspack file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Cli::tr("Input format: %1.").arg(formatList()),
                                          QStringLiteral("F"));
    const QCommandLineOption mapOption(
        QStringLiteral("csv-map"),
        Cli::tr("Columns for fields, e.g. lat=latitude,lon=longitude,fr=face_rec."),
        QStringLiteral("SPEC"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
                                             Cli::tr("CSV delimiter (one character, or tab)."),
                                             QStringLiteral("C"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          Cli::tr("Show what would change; write nothing."));
    const QCommandLineOption trustOption(
        QStringLiteral("trust"), Cli::tr("Trust the inputs' sources: they may lower FR status "
                                         "(as conflicts for review)."));
    const QCommandLineOption contextOption(
        QStringLiteral("context"),
        Cli::tr("The surveillance context whose priors apply to the pack: %1 (default: the "
                "inputs' own, else unknown).")
            .arg(ModelParameters::builtIn().contextNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption pubkeyOption(
        QStringLiteral("pubkey"),
        Cli::tr("Public key (NAME.pub) every input's signature (INPUT.minisig) must be valid "
                "for; required with --trust."),
        QStringLiteral("FILE"));
    const QCommandLineOption clipOption(
        QStringLiteral("clip"),
        Cli::tr("Keep only what is inside: a box S,W,N,E in degrees, or an osmium .poly file."),
        QStringLiteral("AREA"));
    const QCommandLineOption progressOption(
        QStringLiteral("progress"),
        Cli::tr("Show reading progress on stderr (always on a terminal)."));
    const QCommandLineOption noBuildingsOption(
        QStringLiteral("no-buildings"),
        Cli::tr("Leave OSM buildings out of the base map: a city's buildings take most of the "
                "memory its import needs."));
    parser.addOptions({outOption, formatOption, mapOption, delimiterOption, dryRunOption,
                       trustOption, contextOption, pubkeyOption, clipOption, progressOption,
                       noBuildingsOption});
    int code = 0;
    if (!parseCommand(parser, QStringLiteral("import"), args, console, &code))
        return code;
    const QStringList inputs = parser.positionalArguments();
    const bool dryRun = parser.isSet(dryRunOption);
    if (inputs.isEmpty() || (!parser.isSet(outOption) && !dryRun))
        return usageError(
            console, Cli::tr("usage: blindspot-cli import INPUT... --out FILE.bspack [--format F] "
                             "[--csv-map SPEC] [--delimiter C] [--dry-run] [--trust] "
                             "[--context NAME] [--clip S,W,N,E|FILE.poly] [--progress]"));
    std::optional<FileFormat> format;
    if (parser.isSet(formatOption)) {
        format = formatFromName(parser.value(formatOption));
        if (!format)
            return usageError(console, Cli::tr("unknown format \"%1\"; formats are: %2")
                                           .arg(parser.value(formatOption), formatList()));
    }
    ImportOptions options;
    if (parser.isSet(mapOption)) {
        QString error;
        const auto mapping = parseColumnMap(parser.value(mapOption), &error);
        if (!mapping)
            return usageError(console, error);
        options.mapping = *mapping;
    }
    if (parser.isSet(delimiterOption)) {
        const auto delimiter = parseDelimiter(parser.value(delimiterOption));
        if (!delimiter)
            return usageError(console, Cli::tr("--delimiter expects one ASCII character, or tab"));
        options.csvDelimiter = *delimiter;
    }
    const QString context = parser.value(contextOption).trimmed().toLower();
    if (parser.isSet(contextOption) &&
        !ModelParameters::builtIn().contextNames().contains(context))
        return usageError(console, Cli::tr("unknown context \"%1\"; contexts are: %2")
                                       .arg(parser.value(contextOption),
                                            ModelParameters::builtIn().contextNames().join(
                                                QStringLiteral(", "))));
    std::optional<ClipArea> clip;
    if (parser.isSet(clipOption)) {
        clip = clipAreaFromOption(console, parser.value(clipOption), &code);
        if (!clip)
            return code;
        options.clip = &*clip;
    }
    options.buildings = !parser.isSet(noBuildingsOption);
    MergeOptions mergeOptions;
    mergeOptions.sourceTrusted = parser.isSet(trustOption);
    // Trusting a source means letting it lower FR status: only for inputs whose signature
    // proves who made them. A signature beside an input is never ignored.
    if (mergeOptions.sourceTrusted && !parser.isSet(pubkeyOption))
        return usageError(console, Cli::tr("--trust needs --pubkey NAME.pub: only inputs signed "
                                           "by that key can be trusted"));
    // With --pubkey every input is a signed pack. The key and the signatures are read first,
    // so that a missing or broken one stops the import before any pack is read; each pack is
    // then read once, for both its signature check and its import (readVerifiedPack).
    std::optional<MinisignPublicKey> publicKey;
    std::vector<MinisignSignature> signatures;
    if (parser.isSet(pubkeyOption)) {
        publicKey = readPublicKeyFile(console, parser.value(pubkeyOption));
        if (!publicKey)
            return kExitBadInput;
    }
    for (const QString &input : inputs) {
        const QString signature = input + QStringLiteral(".minisig");
        if (publicKey) {
            std::optional<MinisignSignature> read = readSignatureFile(console, signature);
            if (!read)
                return kExitBadInput;
            signatures.push_back(std::move(*read));
        } else if (QFileInfo::exists(signature)) {
            console.err << Cli::tr("%1: a signature (%2) is beside it; give --pubkey NAME.pub to "
                                   "check it, or move it away to import the file unchecked")
                               .arg(input, signature)
                        << '\n';
            console.err.flush();
            return kExitBadInput;
        }
    }

    // DESIGN.md: several inputs are merged in order into one pack, starting from nothing.
    Dataset merged;
    ConsoleProgress progress(console, parser.isSet(progressOption));
    options.progress = progress.progress();
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QString &input = inputs[i];
        Result<Dataset> read = ParseError{};
        if (publicKey) {
            std::optional<Dataset> verified =
                readVerifiedPack(console, input, signatures[std::size_t(i)], *publicKey);
            if (!verified)
                return kExitBadInput;
            read = clippedAndValidated(std::move(*verified), input, options);
        } else {
            progress.startInput(input);
            read = importFile(input, format, options);
            progress.finish();
        }
        if (isError(read))
            return inputError(console, std::get<ParseError>(read));
        Dataset &incoming = std::get<Dataset>(read);
        const ChangeSet changes = planMerge(merged, incoming, mergeOptions);
        if (changes.mixesFictional) {
            console.err
                << Cli::tr("%1: cannot merge fictional training data with real data").arg(input)
                << '\n';
            console.err.flush();
            return kExitBadInput;
        }
        if (dryRun)
            printChangeSet(console, input, changes, merged, incoming);
        // Both moved: a city's street network and base map are not copied.
        merged = applyMerge(std::move(merged), std::move(incoming), changes,
                            changes.defaultSelection());
        read = ParseError{}; // freed before the next input is read
    }
    if (dryRun)
        return kExitOk;
    if (progress.isCancelled()) { // after the last input's reader had finished
        ParseError cancelled;
        cancelled.file = inputs.back();
        cancelled.code = ParseErrorCode::Cancelled;
        return inputError(console, cancelled);
    }
    if (clip)
        merged.header.clip = *clip;

    const QString out = parser.value(outOption);
    DatasetHeader &h = merged.header;
    if (h.id.isEmpty())
        h.id = QStringLiteral("local.") + QFileInfo(out).completeBaseName();
    if (h.name.isEmpty() || inputs.size() > 1)
        h.name = QFileInfo(out).completeBaseName();
    if (!h.created.isValid())
        h.created = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    if (h.version == 0)
        h.version = 1;
    if (parser.isSet(contextOption))
        h.context = context;
    if (const auto error = writePackFile(merged, out))
        return inputError(console, *error);
    const DatasetSummary s = summarize(merged);
    console.out << Cli::tr("%1: %2 cameras, %3 stations, %4 lines from %5 input(s)")
                       .arg(out)
                       .arg(s.cameras)
                       .arg(s.stations)
                       .arg(s.lines)
                       .arg(inputs.size())
                << '\n';
    if (clip)
        console.out << Cli::tr("kept what is inside %1: %2 street nodes")
                           .arg(clip->name())
                           .arg(merged.streets.nodes.size())
                    << '\n';
    return kExitOk;
}

int runExport(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Cli::tr("Output format: geojson, csv, kml or osm."),
                                          QStringLiteral("F"));
    const QCommandLineOption outOption(QStringLiteral("out"), Cli::tr("Output file."),
                                       QStringLiteral("OUT"));
    parser.addOptions({formatOption, outOption});
    int code = 0;
    if (!parseCommand(parser, QStringLiteral("export"), args, console, &code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(formatOption) ||
        !parser.isSet(outOption))
        return usageError(
            console,
            Cli::tr(
                "usage: blindspot-cli export FILE.bspack --format geojson|csv|kml|osm --out OUT"));
    const auto format = formatFromName(parser.value(formatOption));
    if (!format || !canExportCameras(*format))
        return usageError(console,
                          Cli::tr("cannot export to \"%1\"; formats are: geojson, csv, kml, osm")
                              .arg(parser.value(formatOption)));
    const QString input = parser.positionalArguments().first();
    const Result<Dataset> read = importFile(input, std::nullopt, ImportOptions{});
    if (isError(read))
        return inputError(console, std::get<ParseError>(read));
    const Dataset &dataset = std::get<Dataset>(read);
    const QString out = parser.value(outOption);
    if (const auto error = writeCameraExport(dataset, *format, out))
        return inputError(console, *error);
    console.out << Cli::tr("%1: %2 cameras").arg(out).arg(dataset.cameras.size()) << '\n';
    return kExitOk;
}

} // namespace blindspot::cli
