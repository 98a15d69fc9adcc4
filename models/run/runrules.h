#pragma once

#include "runstate.h"

namespace uw {

/** What a person asks to do with one step of a run. */
enum class StepAction { Start, Finish, Fail, Skip, Go, NoGo };

/**
 * Why person may not do action on stepId in this state, as a sentence naming the step and the
 * people involved; empty when the action is allowed. The rules:
 * - start: a ready step, a failed one (retry) or an interrupted one (restart); never a gate;
 * - finish and fail: a running or interrupted step; not a gate; a command or HTTP check that
 *   this program is running decides itself (liveAutomatic);
 * - skip: anything not running, done or skipped, except a gate;
 * - go / no-go: a ready gate or one that got a no-go before, decided by its named approver or,
 *   without one, by any person holding the approver role;
 * - segregation of duties: whoever started a verify step cannot also confirm it as done.
 * A rolling-back run refuses to start forward steps, and nothing is done after the run ended.
 */
QString refuseStepAction(const ProjectData &data, const Scheduler &scheduler, const RunState &state,
                         Id stepId, StepAction action, const QString &person,
                         bool liveAutomatic = false);

/** The enabled steps stepId still waits for (disabled predecessors looked through), id order. */
QList<Id> waitingFor(const ProjectData &data, const Scheduler &scheduler, const RunState &state,
                     Id stepId);

/** The localized name of a step state, for lists and messages. */
QString stepRunStateName(StepRunState state);
/**
 * What became of a step, for lists and the record: its state, and the failures before it when
 * it is no longer failed ("skipped after 1 failure", "done after 2 failures").
 */
QString stepOutcomeName(const StepProgress &progress);

} // namespace uw
