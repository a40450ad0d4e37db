// Writes seed inputs that cannot live in tests/data as text: a small .bspack (the shared test
// fixture), workspaces opened by fuzz_workspace's fixed passphrase at libsodium's minimum cost
// (first byte 1: a whole file) and a workspace content in the clear (first byte 0: fuzz_workspace
// seals it). Usage: make_fuzz_seeds BSPACK_FOLDER WORKSPACE_FOLDER
#include "../fixtures.h"
#include "core/io/pack_io.h"
#include "core/security/workspace.h"
#include "core/security/workspace.pb.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace blindspot;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QDir packs(QString::fromLocal8Bit(argv[1]));
    const QDir workspaces(QString::fromLocal8Bit(argv[2]));
    if (!QDir().mkpath(packs.path()) || !QDir().mkpath(workspaces.path()))
        return 1;
    if (writePackFile(testing::smallCity(), packs.filePath(QStringLiteral("small.bspack"))))
        return 1;
    Dataset empty;
    empty.header.id = QStringLiteral("e");
    if (writePackFile(empty, packs.filePath(QStringLiteral("empty.bspack"))))
        return 1;
    // Issue 11's hostile pack, scaled to the fuzzers' 64 KB inputs: records with nothing in
    // them, which cost far more memory than bytes (readPackBytes counts them first).
    Dataset hollow = empty;
    hollow.cameras.resize(10'000);
    if (writePackFile(hollow, packs.filePath(QStringLiteral("empty-cameras.bspack"))))
        return 1;

    for (int variant = 0; variant < 2; ++variant) {
        const QString path = workspaces.filePath(QStringLiteral("seed%1.bsws").arg(variant));
        QFile::remove(path);
        auto made = Workspace::create(path, "fuzz", WorkspaceKdfLimits::minimum());
        if (!std::holds_alternative<Workspace>(made))
            return 1;
        Workspace &w = std::get<Workspace>(made);
        if (variant == 1) {
            SavedPlan plan;
            plan.name = QStringLiteral("plan");
            plan.fromPlace = QStringLiteral("A");
            plan.toPlace = QStringLiteral("B");
            plan.fromPosition = {55.7, 37.6};
            plan.mode = QStringLiteral("fastest");
            w.content().plans.push_back(plan);
            w.content().notes.push_back({QStringLiteral("n"), QStringLiteral("text"), {}});
            w.content().recentFiles << QStringLiteral("/tmp/x.bspack");
            DatasetHeader seen;
            seen.id = QStringLiteral("org.example");
            seen.version = 3;
            w.content().trust.recordImport(
                seen, MinisignPublicKey{{1, 2, 3, 4, 5, 6, 7, 8}, {9}}, {});
            if (w.save())
                return 1;
        }
        w.lock();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        QByteArray input = QByteArray(1, '\x01') + file.readAll();
        file.close();
        QFile::remove(path);
        QFile seed(path + QStringLiteral(".input"));
        if (!seed.open(QIODevice::WriteOnly) || seed.write(input) != input.size())
            return 1;
    }

    blindspot::workspace::Content content;
    content.set_schema_version(1);
    auto *plan = content.add_plans();
    plan->set_name("plan");
    plan->mutable_from_position()->set_lat(55.7);
    content.add_notes()->set_text("note");
    auto *signer = content.add_signers();
    signer->set_key_id(std::string(8, '\x01'));
    signer->set_public_key(std::string(32, '\x02'));
    auto *seen = content.add_seen();
    seen->set_dataset_id("org.example");
    seen->set_signer_key_id(std::string(8, '\x03'));
    content.add_recent_files("/tmp/x.bspack");
    const std::string plain = std::string(1, '\0') + content.SerializeAsString();
    QFile clear(workspaces.filePath(QStringLiteral("content.input")));
    if (!clear.open(QIODevice::WriteOnly) ||
        clear.write(plain.data(), qint64(plain.size())) != qint64(plain.size()))
        return 1;
    return 0;
}
