// The density command: draws a dataset's density raster (FR hazard per second) as a PNG heatmap.
#include "cli/cli.h"

#include "core/exposure/density_raster.h"
#include "core/exposure/exposure_model.h"
#include "core/exposure/model_parameters.h"
#include "core/geo/local_projection.h"
#include "core/io/pack_io.h"
#include "core/model/dataset.h"

#include <QCommandLineParser>
#include <QLocale>

#include <cmath>
#include <optional>

namespace blindspot::cli {

namespace {

// Finer than half a metre is below any camera position's accuracy; coarser than a kilometre
// hides every camera.
constexpr double kMinCellMetres = 0.5;
constexpr double kMaxCellMetres = 1000.0;

std::optional<Bound> boundNamed(const QString &name)
{
    if (name == QLatin1String("low"))
        return Bound::Low;
    if (name == QLatin1String("central"))
        return Bound::Central;
    if (name == QLatin1String("high"))
        return Bound::High;
    return std::nullopt;
}

} // namespace

int runDensity(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), Cli::tr("Output PNG file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption cellOption(QStringLiteral("cell"), Cli::tr("Cell size in metres."),
                                        QStringLiteral("M"), QStringLiteral("10"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           Cli::tr("Day profile: ordinary or event."),
                                           QStringLiteral("P"), QStringLiteral("ordinary"));
    const QCommandLineOption boundOption(QStringLiteral("bound"),
                                         Cli::tr("Which end of the parameter ranges: low, central "
                                                 "or high."),
                                         QStringLiteral("B"), QStringLiteral("central"));
    parser.addOptions({outOption, cellOption, profileOption, boundOption});
    if (int code = kExitOk; !parseCommand(parser, QStringLiteral("density"), args, console, &code))
        return code;
    if (!parser.isSet(outOption) || parser.positionalArguments().size() != 1)
        return usageError(console, Cli::tr("usage: blindspot-cli density FILE.bspack --out "
                                           "heatmap.png [--cell 10] [--profile ordinary|event] "
                                           "[--bound low|central|high]"));

    bool ok = false;
    const double cell = QLocale::c().toDouble(parser.value(cellOption), &ok);
    if (!ok || !std::isfinite(cell) || cell < kMinCellMetres || cell > kMaxCellMetres)
        return usageError(console,
                          Cli::tr("--cell must be a number of metres from %1 to %2, e.g. 10")
                              .arg(kMinCellMetres)
                              .arg(kMaxCellMetres));
    const std::optional<Bound> bound = boundNamed(parser.value(boundOption));
    if (!bound)
        return usageError(console, Cli::tr("--bound must be low, central or high"));
    const QString profile = parser.value(profileOption);
    const QStringList profiles = ModelParameters::builtIn().profileNames();
    if (!profiles.contains(profile))
        return usageError(console, Cli::tr("unknown profile \"%1\"; known: %2")
                                       .arg(profile, profiles.join(QStringLiteral(", "))));

    const QString path = parser.positionalArguments().first();
    const Result<Dataset> read = readPackFile(path);
    if (isError(read))
        return inputError(console, std::get<ParseError>(read));
    const Dataset &dataset = std::get<Dataset>(read);
    const GeoBox bounds = summarize(dataset).bounds;
    if (!bounds.isValid()) {
        console.err << Cli::tr("%1: the dataset has no positions to draw").arg(path) << '\n';
        return kExitBadInput;
    }
    const Result<ModelParameters> parameters = parametersFor(dataset, profile);
    if (isError(parameters))
        return inputError(console, std::get<ParseError>(parameters));

    const DensityRaster raster(dataset, LocalProjection(bounds.centre()),
                               ExposureModel(std::get<ModelParameters>(parameters), *bound),
                               DensityRaster::Options{cell});
    if (raster.cellMetres() > cell)
        console.err << Cli::tr("Note: %1 m cells would make the grid too large for this dataset; "
                               "using %2 m cells.")
                           .arg(cell)
                           .arg(raster.cellMetres())
                    << '\n';
    const QString out = parser.value(outOption);
    if (const auto error = raster.writeHeatmapPng(out))
        return inputError(console, *error);
    console.out << Cli::tr("%1: heatmap of %2 x %3 cells of %4 m")
                       .arg(out)
                       .arg(raster.columns())
                       .arg(raster.rows())
                       .arg(raster.cellMetres())
                << '\n';
    return kExitOk;
}

} // namespace blindspot::cli
