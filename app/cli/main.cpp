// blindspot-cli: the command-line face of Blindspot. Thin: parses arguments, calls core, prints.
#include "cli/cli.h"

#include "core/security/process_hardening.h"
#include "common/translations.h"

#include <QCoreApplication>

#include <functional>

using namespace blindspot;
using namespace blindspot::cli;

namespace {

struct Command {
    const char *name;
    std::function<int(Console &, const QStringList &)> run;
    QString synopsis;
};

QList<Command> commands()
{
    return {
        {"demo", runDemo,
         Cli::tr("demo --out FILE.bspack          write the fictional training city")},
        {"info", runInfo,
         Cli::tr("info FILE [--json]              header, counts, bounding box, stations")},
        {"validate", runValidate,
         Cli::tr("validate FILE [--format F]      exit 0 if valid, 1 with FILE:LINE:COL: message")},
        {"import", runImport,
         Cli::tr("import INPUT... --out FILE.bspack [--format F] [--csv-map SPEC] [--delimiter C] "
                 "[--dry-run] "
                 "[--trust]   read and merge")},
        {"export", runExport,
         Cli::tr("export FILE.bspack --format geojson|csv|kml|osm --out OUT   cameras with "
                 "provenance")},
        {"route", runRoute,
         Cli::tr("route FILE --from A --to B [--mode fastest|least-exposed|pareto] [--profile P] "
                 "[--suggest] [--json]   chance of being identified on each route, step by step")},
        {"exposure", runExposure,
         Cli::tr("exposure FILE --track PATH.gpx|PATH.geojson [--range-m R] [--profile P] "
                 "[--json]   the same figures for a path walked as it is")},
        {"density", runDensity,
         Cli::tr("density FILE --out PNG [--cell 10] [--profile P] [--bound low|central|high]   "
                 "face-recognition heatmap")},
        {"synth", runSynth,
         Cli::tr("synth --cameras N --stations N --seed S [--street-block M] --out FILE   "
                 "large synthetic city")},
        {"keygen", runKeygen,
         Cli::tr("keygen --out NAME [--no-passphrase]   minisign key pair NAME.pub, NAME.key "
                 "(passphrase from the terminal or BLINDSPOT_PASSPHRASE)")},
        {"sign", runSign,
         Cli::tr("sign PACK --key NAME.key [--comment TEXT]   write PACK.minisig")},
        {"verify", runVerify,
         Cli::tr("verify PACK --pubkey NAME.pub [--sig FILE]   exit 0 if validly signed, 1 with "
                 "the reason")},
    };
}

void printHelp(Console &console)
{
    console.out << Cli::tr("Usage: blindspot-cli COMMAND [OPTIONS]") << '\n'
                << Cli::tr("Blindspot works offline: it never opens a network connection.")
                << "\n\n"
                << Cli::tr("Commands:") << '\n';
    for (const Command &c : commands())
        console.out << "  " << c.synopsis << '\n';
    console.out << '\n' << Cli::tr("Exit codes: 0 success, 1 bad input, 2 usage error.") << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    // Before anything is read or decrypted: no core dump, no debugger of the same user.
    hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("blindspot-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BLINDSPOT_VERSION));
    installTranslations(chooseLanguage());

    Console console;
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        printHelp(console);
        return kExitUsage;
    }
    const QString name = args.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        printHelp(console);
        return kExitOk;
    }
    if (name == QLatin1String("--version")) {
        console.out << "blindspot-cli " << BLINDSPOT_VERSION << '\n';
        return kExitOk;
    }
    for (const Command &c : commands()) {
        if (name != QLatin1String(c.name))
            continue;
        // "COMMAND --help" prints the synopsis here and the options from the command's parser
        // (parseCommand), the text the man page is made of.
        // Only before "--": after it, "--help" would be a file's name.
        const QStringList options = args.mid(0, args.indexOf(QLatin1String("--")));
        if (options.contains(QLatin1String("--help")) || options.contains(QLatin1String("-h")))
            console.out << Cli::tr("Usage: blindspot-cli %1").arg(c.synopsis) << "\n\n";
        return c.run(console, args);
    }
    return usageError(console, Cli::tr("unknown command \"%1\"").arg(name));
}
