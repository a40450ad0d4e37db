#include "cli/import_console.h"

#include "core/io/clip_reader.h"

#include <QFileInfo>

#include <atomic>
#include <unistd.h>

namespace blindspot::cli {

namespace {

// The progress a signal cancels. Progress::cancel() is one lock-free atomic store, which a
// signal handler may make.
std::atomic<Progress *> g_cancellable{nullptr};

extern "C" void cancelOnSignal(int)
{
    if (Progress *p = g_cancellable.load())
        p->cancel();
}

QString boxFieldName(int field)
{
    switch (field) {
    case 0:
        return Cli::tr("south");
    case 1:
        return Cli::tr("west");
    case 2:
        return Cli::tr("north");
    default:
        return Cli::tr("east");
    }
}

} // namespace

std::optional<ClipArea> clipAreaFromOption(Console &console, const QString &value, int *exitCode)
{
    const QFileInfo info(value);
    const bool looksLikeFile = info.exists() || value.endsWith(QLatin1String(".poly")) ||
                               !value.contains(QLatin1Char(','));
    if (looksLikeFile) {
        Result<ClipArea> read = readPolyFile(value);
        if (isError(read)) {
            *exitCode = inputError(console, std::get<ParseError>(read));
            return std::nullopt;
        }
        return std::get<ClipArea>(std::move(read));
    }
    const auto box = parseClipBox(value);
    if (const auto *problem = std::get_if<ClipBoxProblem>(&box)) {
        const QStringList parts = value.split(QLatin1Char(','));
        const QString given =
            problem->field >= 0 ? parts.value(problem->field).trimmed() : QString();
        QString message;
        switch (problem->kind) {
        case ClipBoxProblem::Kind::Count:
            message = Cli::tr("--clip \"%1\": expected four values S,W,N,E in degrees, or a "
                              ".poly file")
                          .arg(value);
            break;
        case ClipBoxProblem::Kind::NotANumber:
            message = Cli::tr("--clip \"%1\": the %2 value \"%3\" is not a number")
                          .arg(value, boxFieldName(problem->field), given);
            break;
        case ClipBoxProblem::Kind::OutOfRange:
            message = (problem->field % 2 == 0)
                          ? Cli::tr("--clip \"%1\": the %2 value %3 is not a latitude (-90..90)")
                                .arg(value, boxFieldName(problem->field), given)
                          : Cli::tr("--clip \"%1\": the %2 value %3 is not a longitude "
                                    "(-180..180)")
                                .arg(value, boxFieldName(problem->field), given);
            break;
        case ClipBoxProblem::Kind::Empty:
            message = Cli::tr("--clip \"%1\": south must be below north and west of east, as "
                              "S,W,N,E")
                          .arg(value);
            break;
        }
        *exitCode = usageError(console, message);
        return std::nullopt;
    }
    const GeoBox b = std::get<GeoBox>(box);
    return ClipArea::fromBox(
        b, QStringLiteral("%1,%2,%3,%4").arg(b.south).arg(b.west).arg(b.north).arg(b.east));
}

ConsoleProgress::ConsoleProgress(Console &console, bool show)
    : m_console(console), m_show(show), m_terminal(isatty(STDERR_FILENO) == 1),
      m_progress([this](qint64 done, qint64 total) { report(done, total); })
{
    g_cancellable.store(&m_progress);
    struct sigaction action {};
    action.sa_handler = cancelOnSignal;
    action.sa_flags = SA_RESTART; // reads under way go on; the readers poll the flag
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &m_oldInt);
    sigaction(SIGTERM, &action, &m_oldTerm);
}

ConsoleProgress::~ConsoleProgress()
{
    sigaction(SIGINT, &m_oldInt, nullptr);
    sigaction(SIGTERM, &m_oldTerm, nullptr);
    g_cancellable.store(nullptr);
    finish();
}

void ConsoleProgress::startInput(const QString &input)
{
    finish();
    m_input = input;
    m_lastShown = -1;
}

void ConsoleProgress::finish()
{
    if (m_lineOpen) {
        m_console.err << '\n';
        m_console.err.flush();
        m_lineOpen = false;
    }
}

void ConsoleProgress::report(qint64 done, qint64 total)
{
    if (!m_show || total <= 0)
        return;
    const int percent = int(std::clamp<qint64>(done * 100 / total, 0, 100));
    // A terminal line is redrawn at every percent; a log gets a line per tenth.
    const int step = m_terminal ? 1 : 10;
    if (percent / step == m_lastShown / step && m_lastShown >= 0)
        return;
    m_lastShown = percent;
    const QString text = Cli::tr("%1: %2% read").arg(QFileInfo(m_input).fileName()).arg(percent);
    if (m_terminal) {
        m_console.err << '\r' << text;
        m_lineOpen = true;
    } else {
        m_console.err << text << '\n';
    }
    m_console.err.flush();
}

} // namespace blindspot::cli
