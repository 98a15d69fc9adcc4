#pragma once

#include "clisupport.h"

namespace uw::cli {

/**
 * "schedule FILE [--json] [--window ID] [--seed N] [--iterations N] [--reserve MINUTES]
 * [--level]": the plan inside a window (by default the earliest maintenance window) with its
 * critical path, point of no return, rollback, Monte Carlo percentiles and conflicts, from a
 * file opened read-only. The same seed prints the same bytes. Exit 0 when the plan fits with
 * its rollback reserve and has no conflicts, 1 otherwise (also for cycles), 2 for usage, 3 for
 * a file error.
 */
int schedule(Streams &io, const QStringList &arguments);

} // namespace uw::cli
