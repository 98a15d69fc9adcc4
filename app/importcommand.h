#pragma once

#include "clisupport.h"

namespace uw::cli {

/**
 * "import FILE --format csv|mspdi INPUT [--table systems|dependencies|rules]": adds what INPUT holds
 * to the project file as one undoable, audited edit. csv rows become systems (or dependencies
 * with --table), columns matched by name as in the program's import dialog; mspdi tasks become
 * runbook steps with their links and owners. Rows or tasks that cannot be imported are listed
 * on standard error with their line. Exit 0 when everything was imported, 1 when something was
 * left out or nothing could be imported (the project is then unchanged), 2 for usage, 3 when
 * the project or INPUT cannot be read or the project cannot be written.
 */
int importIntoProject(Streams &io, const QStringList &arguments);

} // namespace uw::cli
