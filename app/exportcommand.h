#pragma once

#include "clisupport.h"

#include <map>
#include <optional>

namespace uw::cli {

/** Arguments of commands that take options with values ("--format csv", "-o FILE"). */
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
 * Splits arguments into positional ones, flags (no value) and valued options, each given once;
 * on a usage problem returns nullopt with the message (prefixed by command) in error. Shared by
 * export and import.
 */
std::optional<OptionArguments> parseOptions(const QString &command, const QStringList &arguments,
                                            const QStringList &flags,
                                            const QStringList &valuedOptions, QString *error);

/**
 * "export FILE --format csv|json|dot|ics|mspdi [-o OUT] [--table TABLE] [--window ID]": the
 * project file, opened read-only, in an exchange format, to OUT (written atomically) or to
 * standard output. csv writes one table (systems by default; dependencies, people, windows);
 * ics writes every window or only --window; mspdi starts the runbook at --window, by default
 * the earliest maintenance window. Exit 0 when written, 1 when windows without times were left
 * out of an ics file, 2 for usage, 3 for a file error.
 */
int exportProject(Streams &io, const QStringList &arguments);

} // namespace uw::cli
