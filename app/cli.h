#pragma once

#include <QStringList>

namespace uw::cli {

/** Exit codes shared by every command, now and later. */
enum ExitCode {
    ExitOk = 0,
    ExitFindings = 1,
    ExitUsage = 2,
    ExitFileError = 3,
};

/** True when arguments ask for a headless command rather than the window. */
bool isHeadless(const QStringList &arguments);

/**
 * True when a headless command draws (fonts, the graph, the Gantt), so it needs a
 * QGuiApplication on the offscreen platform rather than a QCoreApplication.
 */
bool needsPainting(const QStringList &arguments);

/** Runs a headless command; arguments include the program name. Needs a QCoreApplication. */
int run(const QStringList &arguments);

/** Translated usage of every command and the exit codes, for --help and usage errors. */
QString usageText();

} // namespace uw::cli
