#pragma once

#include "compatibility.h"
#include "project.h"
#include "result.h"
#include "verdict.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <variant>

namespace uw::cli {

/** Where a headless command writes: results to standard output, problems to standard error. */
struct Streams
{
    QTextStream out{stdout};
    QTextStream err{stderr};
};

/**
 * What a long command is doing, on standard error: quiet during the first second, so quick
 * commands print only their result, unless always. Lines may come from several threads.
 */
class ProgressLines
{
public:
    ProgressLines(Streams &io, bool always);
    void say(const QString &line);

private:
    Streams &m_io;
    bool m_always;
    QElapsedTimer m_elapsed;
    std::mutex m_mutex;
};

/** A command's arguments: positional ones, flags (no value) and options with a value. */
struct OptionArguments
{
    QStringList positional;
    QStringList flags;
    std::map<QString, QString> values;

    /** The value given for option, empty when it was not given. */
    QString value(const char *option) const
    {
        const auto found = values.find(QLatin1String(option));
        return found == values.end() ? QString() : found->second;
    }
};

/**
 * Splits arguments into positional ones, flags and valuedOptions ("--format csv", "-o FILE"),
 * each option given once; an unknown option, a missing value or a repeated option returns
 * nullopt with the message, prefixed by command ("check: unknown option --x"), in error.
 */
std::optional<OptionArguments> parseOptions(const QString &command, const QStringList &arguments,
                                            const QStringList &flags,
                                            const QStringList &valuedOptions, QString *error);

/** The project file a read-only command works on, opened, and whether it answers in JSON. */
struct ProjectArgument
{
    QString path;
    bool json = false;
    std::unique_ptr<Project> project;
};

/**
 * For "COMMAND FILE [--json]": reads the arguments and opens FILE read-only. On a usage error
 * (followed by commandUsage, or the general usage when empty) or a file error it prints the
 * problem and gives the exit code to return instead.
 */
std::variant<ProjectArgument, int> openProjectArgument(Streams &io, const QString &command,
                                                       const QStringList &arguments,
                                                       const QString &commandUsage = {});

/**
 * A time as people give it on the command line (ISO 8601): with an offset or Z an instant,
 * without one wall-clock time in zone; invalid when it does not read.
 */
QDateTime parseTimeInZone(const QString &text, const QString &zone);

/** The stable key automation sees for an error code in JSON output. */
QString errorCodeKey(ErrorCode code);

/** Prints message and the usage text to standard error; returns ExitUsage. */
int usageError(Streams &io, const QString &message);
/** The same for a command with its own usage text: the message, then that usage. */
int usageError(Streams &io, const QString &message, const QString &commandUsage);
/** Prints commandUsage and returns true when the arguments ask for --help (or -h). */
bool answeredHelp(Streams &io, const QStringList &arguments, const QString &commandUsage);

/**
 * Prints a file error to standard error and, with json, as {"error": {"code", "message"}} to
 * standard output, so every command reports files the same way; returns ExitFileError.
 */
int fileError(Streams &io, const Error &error, bool json);

/**
 * The verdict of the project at path, assessed the way the window assesses it: the project's
 * clock and the user's trust record. For check and schedule, so both print the same one.
 */
Verdict assessProjectFile(const QString &path, const Project &project, const PlanAnalysis &analysis,
                          const CompatibilityReport &report);
/** {"decision", "headline", "blockers": [{"kind", "message"}], "risks": [...]} */
QJsonObject verdictJson(const Verdict &verdict);
/** "Verdict: No-go" and one indented line per blocker and risk. */
QStringList verdictLines(const Verdict &verdict);

} // namespace uw::cli
