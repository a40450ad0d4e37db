#pragma once

// Running blindspot-cli from a test, as a user would: arguments in, exit code and output back.
#include "process_checks.h"

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace blindspot::testing {

struct CliRun {
    int exitCode = -1; ///< -1 when the program crashed or did not finish.
    QByteArray out;
    QByteArray err;
};

/// Runs blindspot-cli (BLINDSPOT_CLI, set by tests/CMakeLists.txt) with `args`; waits up to 2 min.
inline CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(BLINDSPOT_CLI), args);
    if (!BLINDSPOT_WAIT_FINISHED(p, 120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace blindspot::testing
