#pragma once

#include "entities.h"
#include "result.h"

#include <QList>
#include <QString>

namespace uw {

class Project;

/**
 * Edits of the runbook as the plan page offers them. Each is one undoable command named after
 * what it does; each returns false (or an error) with a sentence for the user when it refuses,
 * and then leaves the document alone.
 */
namespace plan {

/** Phases in the order the plan lists them: rollback last, since it replaces what follows. */
const QList<Phase> &phaseOrder();
/** The steps of a phase in runbook order (position, then id). */
QList<Id> stepsInPhase(const ProjectData &data, Phase phase);

/** A phase that has steps, with them in runbook order. */
struct PhaseSteps
{
    Phase phase;
    QList<Id> steps;
    friend bool operator==(const PhaseSteps &, const PhaseSteps &) = default;
};
/**
 * The whole runbook as the Plan page and the Gantt chart list it: phases in phaseOrder() that
 * have steps, each with stepsInPhase(). One pass over the steps, not one per phase.
 */
QList<PhaseSteps> runbookOrder(const ProjectData &data);

/** One entry of a predecessor list as people type it: "12", "12SS", "12FS+10", "7FF-5". */
struct PredecessorEntry
{
    Id stepId = 0;
    LinkType type = LinkType::FinishToStart;
    double lagMinutes = 0;
    friend bool operator==(const PredecessorEntry &, const PredecessorEntry &) = default;
};

/** The step's predecessors as "3, 5SS+10", in step id order. */
QString formatPredecessors(const ProjectData &data, Id stepId);
/** Reads a comma- or semicolon-separated list; the error names the entry it could not read. */
Result<QList<PredecessorEntry>> parsePredecessors(const QString &text);
/** Replaces the step's predecessor links by the list, after checking steps exist and no cycle. */
bool setPredecessors(Project &project, Id stepId, const QString &text, QString *error);

/** The steps from successorId back to predecessorId along links (so a new link predecessor ->
 *  successor would close a cycle), first == successorId; empty when the link is safe. */
QList<Id> pathBetween(const ProjectData &data, Id fromStepId, Id toStepId);
bool linkSteps(Project &project, Id predecessorId, Id successorId, QString *error,
               LinkType type = LinkType::FinishToStart, double lagMinutes = 0);
/** Links the steps one after the other in the given order, like a chain. */
bool chainSteps(Project &project, const QList<Id> &stepIds, QString *error);
/** Removes every link between two of the given steps. */
bool unlinkSteps(Project &project, const QList<Id> &stepIds, QString *error);

/** A new step after afterStepId in its phase (or last in phase when 0); returns its id. */
Result<Id> addStep(Project &project, Phase phase, Id afterStepId);
/** Moves the steps one place up (direction -1) or down (+1) within their phase. */
bool moveSteps(Project &project, const QList<Id> &stepIds, int direction, QString *error);
bool setPhase(Project &project, const QList<Id> &stepIds, Phase phase, QString *error);

enum class EstimatePart { Optimistic, Likely, Pessimistic };
/**
 * Sets one of the three points. The others move along when needed to keep
 * optimistic <= likely <= pessimistic, as a person changing one value would expect.
 */
bool setEstimate(Project &project, Id stepId, EstimatePart part, double minutes, QString *error);

} // namespace plan
} // namespace uw
