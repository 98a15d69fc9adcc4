#pragma once

#include "clisupport.h"

namespace uw::cli {

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
