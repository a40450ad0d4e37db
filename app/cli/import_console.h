#pragma once

// What `import` adds to the console: the --clip area, progress on stderr, and Ctrl-C as cancel.
#include "cli/cli.h"

#include "core/io/progress.h"
#include "core/model/clip_area.h"

#include <csignal>
#include <optional>

namespace blindspot::cli {

/// The area `--clip VALUE` names: "S,W,N,E" in degrees, or an osmium .poly file. On a bad value
/// prints a message naming what is wrong (the .poly file's line and column) and sets *exitCode:
/// kExitUsage for a bad box, kExitBadInput for a bad file.
std::optional<ClipArea> clipAreaFromOption(Console &console, const QString &value, int *exitCode);

/// Progress of an import on stderr ("monaco.osm.pbf: 40%"), redrawn in place on a terminal and
/// a line per tenth otherwise; SIGINT and SIGTERM cancel it while it lives (the readers stop,
/// nothing is written), then their old handlers come back.
class ConsoleProgress {
public:
    ConsoleProgress(Console &console, bool show);
    ~ConsoleProgress();
    ConsoleProgress(const ConsoleProgress &) = delete;
    ConsoleProgress &operator=(const ConsoleProgress &) = delete;

    /// The progress to pass to the readers (ImportOptions::progress).
    Progress *progress() { return &m_progress; }
    /// Names the input being read, for the lines that follow.
    void startInput(const QString &input);
    /// Ends the current line, if one is being redrawn.
    void finish();
    bool isCancelled() const { return m_progress.isCancelled(); }

private:
    void report(qint64 done, qint64 total);

    Console &m_console;
    bool m_show = false;
    bool m_terminal = false;
    bool m_lineOpen = false;
    QString m_input;
    int m_lastShown = -1;
    Progress m_progress;
    struct sigaction m_oldInt {};
    struct sigaction m_oldTerm {};
};

} // namespace blindspot::cli
