#pragma once

#include "clisupport.h"

namespace uw::cli {

/**
 * "check FILE [--json]": the compatibility findings per state, the upgrade order and the
 * dependency cycles of a project file, opened read-only. Exit 0 when clean, 1 with findings or
 * cycles, 2 for usage, 3 for a file error.
 */
int check(Streams &io, const QStringList &arguments);

} // namespace uw::cli
