// Test helper for tst_workspace: opens a workspace and saves it over and over, each time with
// a new generation number, printing "saved N" after each save, until it is killed.
// Usage: workspace_save_loop WORKSPACE PASSPHRASE
#include "core/security/workspace.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdio>

using namespace blindspot;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    auto opened = Workspace::open(QString::fromLocal8Bit(argv[1]), QByteArrayView(argv[2]));
    if (!std::holds_alternative<Workspace>(opened))
        return 1;
    Workspace &workspace = std::get<Workspace>(opened);
    // Megabytes, so that each save takes long enough for a kill to land inside it.
    QByteArray filler(4 << 20, '\0');
    for (int generation = 1;; ++generation) {
        filler.fill(static_cast<char>(generation));
        workspace.content().cameraEdits = filler;
        workspace.content().notes = {
            {QStringLiteral("generation"), QString::number(generation), {}}};
        if (workspace.save())
            return 1;
        std::printf("saved %d\n", generation);
        std::fflush(stdout);
    }
}
