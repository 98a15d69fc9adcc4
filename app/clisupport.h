#pragma once

#include "result.h"

#include <QStringList>
#include <QTextStream>

namespace uw::cli {

/** Where a headless command writes: results to standard output, problems to standard error. */
struct Streams
{
    QTextStream out{stdout};
    QTextStream err{stderr};
};

/** Splits "--flag" options from positional arguments; unknown options are usage errors. */
struct ParsedArguments
{
    QStringList positional;
    QStringList flags;
    QString unknown;
};

ParsedArguments parse(const QStringList &arguments, const QStringList &knownFlags);

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

} // namespace uw::cli
