#pragma once

#include "runstate.h"

#include <QDateTime>
#include <QList>

namespace uw {

class Scheduler;

struct ProjectionOptions
{
    QDateTime nowUtc;
    /** End of the window the run must fit in; invalid when there is none. */
    QDateTime windowEndUtc;
    /** Minutes kept free before the window end even after a rollback. */
    double reserveMinutes = 0;
    /** The zone in which people read the times of messages: the window's; UTC when empty. */
    QString timeZone;
};

/** When an active step is expected to run: actual times where known, projected otherwise. */
struct StepForecast
{
    Id stepId = 0;
    QDateTime startUtc;
    QDateTime finishUtc;
    /** Both times already happened (the step is done, skipped or failed). */
    bool actual = false;
    friend bool operator==(const StepForecast &, const StepForecast &) = default;
};

/**
 * "Are we on time, can we still roll back": the plan re-scheduled from the actual progress.
 * Done and skipped steps take no more time, a running step takes its likely estimate but at
 * least what it has already run, and every other active step its likely estimate from now on
 * (a failed step must be done again). Time 0 is now, so lags after finished steps are counted
 * from now: the projection errs late, never early.
 */
struct RunProjection
{
    bool valid = false;
    /** Why nothing could be projected (a cycle in the runbook), for people. */
    QString error;
    QDateTime nowUtc;
    QDateTime windowEndUtc;
    /** See ProjectionOptions::timeZone. */
    QString timeZone;
    /** When the active work (forward, or the rollback once switched) finishes. */
    QDateTime finishUtc;
    /** When a rollback started now would finish; the finish itself once rolling back. */
    QDateTime rollbackFinishUtc;
    double rollbackMinutes = 0;
    /** Forward steps of the execute work not yet done or skipped. */
    bool executeWorkLeft = false;
    /**
     * The latest moment at which a rollback of all work started by then still ends before the
     * window end minus the reserve (starting work commits to undoing it); invalid without a
     * window or while rolling back.
     */
    QDateTime pointOfNoReturnUtc;
    /** Negative once the point of no return has passed. */
    double minutesToPointOfNoReturn = 0;
    QList<StepForecast> steps;

    bool finishesInWindow() const { return !windowEndUtc.isValid() || finishUtc <= windowEndUtc; }
};

RunProjection projectRun(const ProjectData &data, const Scheduler &scheduler, const RunState &state,
                         const ProjectionOptions &options);

/** A late finish accepted once asks again when it slips by more than this. */
inline constexpr qint64 materialSlipSeconds = 15 * 60;

/**
 * The triggers a person has to answer now: critical failures not yet answered, the point of no
 * return passed with execute work left, and a projected finish after the window end. A trigger
 * once answered by continuing is not raised again in this run, except a late finish that slips
 * more than materialSlipSeconds past the one accepted; a rolling-back or ended run
 * raises none.
 */
QList<RollbackTrigger> pendingTriggers(const RunState &state, const RunProjection &projection);

} // namespace uw
