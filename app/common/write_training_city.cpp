// Build-time tool: writes the training city that the programs embed as a resource.
#include "core/io/pack_io.h"
#include "core/sample/training_city.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: write_training_city OUT.bspack\n", stderr);
        return 2;
    }
    const auto error =
        blindspot::writePackFile(blindspot::makeTrainingCity(), QString::fromLocal8Bit(argv[1]));
    if (error) {
        std::fprintf(stderr, "write_training_city: cannot write %s: %s\n", argv[1],
                     qPrintable(error->args.join(QLatin1String(", "))));
        return 1;
    }
    return 0;
}
