#pragma once

#include "clisupport.h"

namespace uw::cli {

/**
 * "verify-audit FILE [--json]": checks the hash chain of the file's audit log, opened
 * read-only. Prints "OK, N entries, final hash H" and exits 0, or names the first broken entry
 * and exits 1; 2 for usage, 3 for a file error.
 */
int verifyAudit(Streams &io, const QStringList &arguments);

} // namespace uw::cli
