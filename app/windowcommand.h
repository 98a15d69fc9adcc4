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

/**
 * A window from command-line text: start and end without an offset are read in zone (an IANA
 * name). nullopt with *problem ("window: ..." or "import: ..." after command) when a time or the
 * zone cannot be read, the end is not after the start, or it is longer than longestWindowDays.
 */
std::optional<Window> windowFromArguments(const QString &command, const QString &start,
                                          const QString &end, const QString &zone,
                                          QString *problem);

} // namespace uw::cli
