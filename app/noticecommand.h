#pragma once

#include "clisupport.h"

namespace uw::cli {

/**
 * "notice FILE --kind before|start|done|delayed|rolled-back [--window ID] [--new-end ISO8601]
 * [--eml OUT.eml]": the notice of that kind filled from the project (opened read-only) in the
 * project's wording, as text on standard output or as an e-mail draft in OUT.eml. The window is
 * the planned one unless --window names another; --new-end (delayed only) is the expected new
 * finish, read in the change's time zone when it carries no offset. Exit 0 when written, 2 for
 * usage, 3 for a file error.
 */
int notice(Streams &io, const QStringList &arguments);

} // namespace uw::cli
