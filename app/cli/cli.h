#pragma once

#include "core/io/parse_error.h"
#include "core/model/dataset.h"
#include "core/security/minisign.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace blindspot::cli {

/// Exit codes of the command-line contract (DESIGN.md).
enum ExitCode : int { kExitOk = 0, kExitBadInput = 1, kExitUsage = 2 };

/// Where commands write: stdout for results, stderr for errors and progress.
struct Console {
    QTextStream out;
    QTextStream err;
    Console();
};

/// Translation context for every CLI message.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// Prints "blindspot-cli: message" and the hint to run --help; returns kExitUsage.
int usageError(Console &console, const QString &message);

/// Parses `args` for `command` (single-dash long options allowed, as in "-out"); on failure
/// prints the parser's message, sets *exitCode (usageError) and returns false.
bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &args,
                  Console &console, int *exitCode);

/// Prints a located error as "FILE:LINE:COL: message"; returns kExitBadInput.
int inputError(Console &console, const ParseError &error);

// Signed packs (security_commands.cpp). Each prints what is wrong and returns nullopt on
// failure, which is bad input (kExitBadInput).
/// A minisign public key file (NAME.pub).
std::optional<MinisignPublicKey> readPublicKeyFile(Console &console, const QString &path);
/// A minisign signature file (.minisig).
std::optional<MinisignSignature> readSignatureFile(Console &console, const QString &path);
/// Reads the pack at `packPath` once, checks `signature` with `key` over exactly those bytes
/// and parses the dataset from the same bytes, so that a file replaced after the check cannot
/// be taken for the one checked. Prints the verdict as `verify` does: on stdout when the
/// signature is valid, else on stderr.
std::optional<Dataset> readVerifiedPack(Console &console, const QString &packPath,
                                        const MinisignSignature &signature,
                                        const MinisignPublicKey &key);

// One function per command; `args` excludes the program and command names.
int runDemo(Console &console, const QStringList &args);
int runInfo(Console &console, const QStringList &args);
int runValidate(Console &console, const QStringList &args);
int runImport(Console &console, const QStringList &args);
int runExport(Console &console, const QStringList &args);
int runSynth(Console &console, const QStringList &args);
int runDensity(Console &console, const QStringList &args);
int runRoute(Console &console, const QStringList &args);
int runExposure(Console &console, const QStringList &args);
int runKeygen(Console &console, const QStringList &args);
int runSign(Console &console, const QStringList &args);
int runVerify(Console &console, const QStringList &args);

} // namespace blindspot::cli
