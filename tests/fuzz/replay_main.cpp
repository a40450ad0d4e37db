// Replays saved inputs through one fuzz target, outside libFuzzer: the ctest that keeps every
// crash a fuzzer found fixed. Usage: replay_fuzz_inputs READER FILE_OR_FOLDER...
// A crash fails the test by crashing; a missing folder counts as empty.
#include "replay_targets.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return 2;
    const ReplayTarget *target = nullptr;
    for (const ReplayTarget &t : kReplayTargets)
        if (args.front() == QLatin1String(t.reader))
            target = &t;
    if (target == nullptr) {
        std::fprintf(stderr, "unknown reader %s\n", qPrintable(args.front()));
        return 2;
    }
    int replayed = 0;
    for (const QString &argument : args.mid(1)) {
        QStringList files;
        if (QFileInfo(argument).isDir()) {
            QDirIterator it(argument, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (!file.endsWith(QLatin1String("README.md")))
                    files << file;
            }
        } else if (QFileInfo::exists(argument)) {
            files << argument;
        }
        files.sort();
        for (const QString &file : files) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
                return 1;
            }
            const QByteArray bytes = f.readAll();
            target->run(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                        static_cast<std::size_t>(bytes.size()));
            ++replayed;
        }
    }
    std::printf("%s: %d inputs replayed, none crashed\n", target->reader, replayed);
    return 0;
}
