#pragma once

#include "clisupport.h"

namespace uw::cli {

/**
 * "window FILE [--json]" lists the project's windows; "window FILE --add NAME --start TIME
 * --end TIME [--zone ZONE] [--kind maintenance|freeze|blackout|peak]" adds one as an undoable,
 * audited edit, so that a project built or imported on the command line can be scheduled. Times
 * without an offset are read in ZONE (default: the change's zone). Exit 0 on success, 2 for
 * usage (a bad time, zone or length), 3 for a file error.
 */
int window(Streams &io, const QStringList &arguments);

} // namespace uw::cli
