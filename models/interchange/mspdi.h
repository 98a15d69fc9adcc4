#pragma once

#include "entities.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace uw {

class Project;

// Microsoft Project XML (MSPDI, namespace http://schemas.microsoft.com/project): the exchange
// format that MS Project, ProjectLibre, GanttProject and KDE Plan (the last two through MPXJ)
// read and write, so that a runbook can be reviewed or drawn in the tool a team already has.

/**
 * The runbook as MSPDI: one summary task per phase in use (OutlineLevel 1, in phase order) with
 * its steps below (OutlineLevel 2, in runbook order). Duration is the likely estimate; the
 * optimistic, likely and pessimistic ones also travel in the PERT custom fields Duration1,
 * Duration2 and Duration3. Instructions become task notes, disabled steps inactive tasks,
 * links PredecessorLinks (lag in tenths of a minute), owners resources with one assignment.
 * A "24 Hours" base calendar makes the receiving tool count minutes around the clock, as a
 * maintenance window does. With a window, the project starts at its start, written as
 * wall-clock time in the window's zone (MSPDI has no zones).
 */
QByteArray writeMspdi(const ProjectData &data, const Window *window = nullptr);

/** Something in an MSPDI file that was not imported as written. */
struct MspdiProblem
{
    /** 1-based line of the element in the file. */
    int line = 0;
    /** Translated; names the task or link and what happened to it. */
    QString message;
    /**
     * True when a task or a link is not in the import at all; false for a note about how
     * something was read (a default phase, a lag dropped, a second resource).
     */
    bool leftOut = false;
};

/**
 * What an MSPDI file would add to a document, computed without touching it. Ids inside are
 * placeholders: a new person or step is -(1 + its index) in newPeople or steps; owners that
 * already exist keep their real id. applyMspdiImport() allocates the real ids. Optimistic and
 * pessimistic durations come from the PERT fields where the file has them (see writeMspdi),
 * else from the default spread.
 */
struct MspdiImport
{
    QString projectName;
    QList<Person> newPeople;
    QList<Step> steps;
    QList<StepLink> links;
    QList<MspdiProblem> problems;
    /**
     * The file's start and finish as a maintenance window in the change's zone, when the
     * document has no maintenance window yet, so that the plan can be scheduled at once.
     */
    std::optional<Window> window;
    /** False when the window was given on the command line rather than taken from the file. */
    bool windowFromFile = true;
    /** Non-summary tasks in the file, imported or not. */
    int taskCount = 0;
    /** Imported steps whose task had one duration only, given the default spread. */
    int defaultSpreadCount = 0;
};

/**
 * MSPDI gives most tasks one duration. A plan of single durations would simulate without any
 * spread, so such a task gets optimistic = 80 % and pessimistic = 150 % of it: upgrade work
 * overruns more often and further than it finishes early. The import summary says how many.
 */
inline constexpr double defaultOptimisticFactor = 0.8;
inline constexpr double defaultPessimisticFactor = 1.5;

/**
 * Reads MSPDI as MS Project, ProjectLibre, GanttProject and KDE Plan write it, with or without
 * the namespace and the project summary task (UID 0). Summary tasks whose name is a phase
 * ("Backup", "rollback", in this language or English) give their steps that phase; steps under
 * any other summary, or none, go to Execute and a problem says so. Milestones become steps
 * without duration. Resources assigned to a task become its owner, matched by name with people
 * already in data, else created as executors. Links of a kind we do not model (start-to-finish,
 * to a summary task, to another project) are left out with a problem; so are tasks with an
 * unreadable duration. Fails, naming the line, only when the file is not well-formed XML, not
 * MSPDI, has no task to import, or is larger than MaxMspdiBytes.
 */
Result<MspdiImport> readMspdi(const QByteArray &xml, const ProjectData &data);

/**
 * The largest MSPDI file read: MS Project writes about 2 KB per task, so this holds a plan of
 * some 30,000 tasks. A larger file is refused before it is read into memory.
 */
constexpr qsizetype MaxMspdiBytes = 64 * 1024 * 1024;

/**
 * Adds the import (with its window, if any) to project as one undoable, audited edit named after
 * sourceName. Refuses a read-only project and an import whose existing owners were removed
 * meanwhile.
 */
bool applyMspdiImport(Project &project, const MspdiImport &import, const QString &sourceName,
                      QString *error);

/** One sentence for the user and the log: what was imported from sourceName. */
QString mspdiImportSummary(const MspdiImport &import, const QString &sourceName);

} // namespace uw
