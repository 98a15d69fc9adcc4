#pragma once

#include "clisupport.h"

namespace uw::cli {

/**
 * "report FILE --kind plan|run [--run ID] [--page-size a4|letter] -o OUT": writes the plan
 * report or the record of a run (the latest without --run) as a PDF, from a file opened
 * read-only. Needs a QGuiApplication (fonts, drawing), which main() creates on the offscreen
 * platform, so it works without a display. Exit 0 written, 1 the file has no run to report,
 * 2 usage (also an unknown run), 3 file error (the project or the output).
 */
int report(Streams &io, const QStringList &arguments);

} // namespace uw::cli
