#pragma once

#include "entities.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace uw::test {

/** A small document with every entity kind and every field away from its default. */
ProjectData richProject();

QByteArray fileBytes(const QString &path);
/** Runs SQL on a file behind the program's back, e.g. to tamper with it. */
bool runSql(const QString &path, const char *sql, QString *error = nullptr);
/** Compares the editable document (not history); names the first difference. */
bool sameDocument(const ProjectData &actual, const ProjectData &expected, QString *difference);
QDateTime utc(int year, int month, int day, int hour, int minute = 0);

/** What the program printed and returned when a test ran it; exitCode -1 when it crashed or
 * hung for a minute. */
struct AppOutcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
/** Runs the built upgrade-workbench executable (UW_APP_PATH) with arguments. */
AppOutcome runApp(const QStringList &arguments);

/** What a tool such as pdfinfo prints for path. */
QString toolOutput(const QString &tool, const QString &path);
/**
 * Text of a PDF (or of one page of it) as pdftotext reads it: with layout, line by line as
 * printed; without, in reading order with every run of white space made one space.
 */
QString pdfText(const QString &path, int page = 0, bool layout = false);
int pdfPageCount(const QString &path);

Step makeStep(Id id, const QString &title, Phase phase, double likely, int position);
StepLink makeLink(Id id, Id predecessorId, Id successorId);
/**
 * A runbook with one known schedule: Announce 10 -> Backup 30 -> Upgrade 60 -> Smoke test 15
 * minutes (estimates half and twice the likely value), and Restore (40) undoing Upgrade, in the
 * window "Saturday night" (id 10) 2026-12-05 22:00 to 02:00 UTC; person 1 is Ana.
 */
ProjectData smallRunbook();

} // namespace uw::test
