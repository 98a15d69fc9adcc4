#pragma once

#include "entities.h"
#include "scheduler.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <map>
#include <optional>
#include <set>
#include <vector>

namespace uw {

/**
 * Where a step stands in a run. Interrupted is a Running step that no live process of this
 * program owns any more (the program died or was closed while it ran): its real outcome is
 * unknown, so it is never shown as done until a person says what happened.
 */
enum class StepRunState { Pending, Ready, Running, Interrupted, Done, Failed, Skipped };

/** Decisions as stored in RunEvent::decision (machine keys, never translated). */
enum class RunDecision {
    Go,
    NoGo,
    Rollback,
    ContinueAfterFailure,
    ContinuePastPointOfNoReturn,
    ContinuePastWindowEnd,
};

QString decisionKey(RunDecision decision);
std::optional<RunDecision> decisionFromKey(const QString &key);

enum class TriggerKind {
    CriticalStepFailed,
    PointOfNoReturnReached,
    FinishPastWindowEnd,
    /** A metric stayed beyond a threshold marked as a rollback trigger. */
    MetricThresholdBreached,
};

/** A reason to consider rolling back, raised until a person decides to continue or roll back. */
struct RollbackTrigger
{
    TriggerKind kind = TriggerKind::CriticalStepFailed;
    /** The failed step, for CriticalStepFailed; 0 otherwise. */
    Id stepId = 0;
    QDateTime raisedAtUtc;
    QString message;
    /** The metric, for MetricThresholdBreached; 0 otherwise. */
    Id metricId = 0;
    friend bool operator==(const RollbackTrigger &, const RollbackTrigger &) = default;
};

/** The decision that answers a trigger by continuing the plan. */
RunDecision continueDecision(TriggerKind kind);

/**
 * A metric breach reaches the run as a note event whose decision key names the metric
 * ("breach:<id>"); continuing despite it is a decision event "continue:metric:<id>". The metric
 * id lives in the key because run events have no metric field, and the keys stay readable.
 */
QString metricBreachKey(Id metricId);
QString continueDespiteMetricKey(Id metricId);

/** One step as the run's events left it. */
struct StepProgress
{
    Id stepId = 0;
    StepRunState state = StepRunState::Pending;
    /** The run still counts on this step: forward steps before a rollback, then the chosen
     * rollback steps. */
    bool active = false;
    /** How many times the step was started (retries and restarts included). */
    int attempts = 0;
    /** How many of its attempts failed, whatever came after (a retry, a skip). */
    int failures = 0;
    /** Of the latest attempt. */
    QDateTime startedAtUtc;
    QString startedBy;
    /** Of the latest done, failed or skipped event (or gate decision); invalid while open. */
    QDateTime endedAtUtc;
    QString endedBy;
    QString lastNote;
    QString lastOutput;
    /** Done or skipped: nothing more is waited for from this step. */
    bool isSettled() const { return state == StepRunState::Done || state == StepRunState::Skipped; }
    friend bool operator==(const StepProgress &, const StepProgress &) = default;
};

/**
 * A run's state, derived only from its stored events (state = fold(events)), so that reopening
 * the file after a crash restores exactly what was shown.
 */
struct RunState
{
    Id runId = 0;
    bool started = false;
    bool ended = false;
    bool rollingBack = false;
    QDateTime rollbackDecidedAtUtc;
    /** The rollback steps chosen when switching, in id order. */
    QList<Id> rollbackSteps;
    /** Every step of the runbook and every step an event names. */
    std::map<Id, StepProgress> steps;
    /** Critical failures nobody has answered yet, by step. */
    std::map<Id, RollbackTrigger> failureTriggers;
    /** Metric breaches nobody has answered yet, by metric. */
    std::map<Id, RollbackTrigger> metricTriggers;
    /**
     * Time-based triggers already answered. The point of no return is not raised again in this
     * run; a late finish only when it gets materially worse than acceptedFinishUtc.
     */
    std::set<TriggerKind> decidedTriggers;
    /** The projected finish someone accepted by going on past the window end; see above. */
    QDateTime acceptedFinishUtc;

    const StepProgress *step(Id stepId) const;
    StepRunState stateOf(Id stepId) const;
    QList<Id> readySteps() const;
    /** Every active step is done or skipped. */
    bool isComplete() const;
    friend bool operator==(const RunState &, const RunState &) = default;
};

/**
 * A failure that puts production at risk and so raises a rollback trigger: a step marked
 * critical, or, unless it is marked never critical, a step of the execute or verify phase or one
 * that touches a system of critical criticality.
 */
bool isCriticalStep(const ProjectData &data, const Step &step);

/**
 * Per node of network, the progress of its step (nullptr when the state has none), found by
 * walking the network's ascending step ids alongside the state's steps: linear, no lookups.
 */
template<class State>
auto progressByNode(State &state, const StepNetwork &network)
{
    std::vector<decltype(&state.steps.begin()->second)> progress(size_t(network.size()), nullptr);
    auto it = state.steps.begin();
    for (int node = 0; node < network.size(); ++node) {
        const Id id = network.stepId(node);
        while (it != state.steps.end() && it->first < id)
            ++it;
        if (it != state.steps.end() && it->first == id)
            progress[size_t(node)] = &it->second;
    }
    return progress;
}

/** The fold's step: applies one stored event. Tolerates any order, as a damaged file may hold. */
void applyRunEvent(RunState &state, const ProjectData &data, const RunEvent &event);

/**
 * Recomputes which steps are active and ready. A step is ready when it is pending, active and
 * every predecessor in its network is done or skipped (a disabled predecessor passes its own
 * predecessors' state through); lags count for the projection, not for readiness. After the
 * switch to rollback, a rollback step also waits while a step it undoes is still running.
 * Running steps that liveSteps does not list become Interrupted.
 */
void refreshRunState(RunState &state, const ProjectData &data, const Scheduler &scheduler,
                     const QSet<Id> &liveSteps);

/** Folds the stored events of runId and refreshes readiness. */
RunState replayRun(const ProjectData &data, const Scheduler &scheduler, Id runId,
                   const QSet<Id> &liveSteps = {});

/**
 * The rollback steps a rollback from this state runs: every enabled rollback step that undoes a
 * step this run started (whatever its outcome), plus every enabled rollback step that undoes
 * nothing in particular. Steps never started need no undoing.
 */
QList<Id> selectRollbackSteps(const ProjectData &data, const RunState &state);

/**
 * A run's steps counted once, for every place that counts them (the end-of-run summary, the Run
 * page, the run record): the active steps by their state now, and the failures on the way, so
 * that a step that failed and was then skipped is a skipped step and a failure.
 */
struct RunTally
{
    int done = 0;
    int skipped = 0;
    int failed = 0;
    int notFinished = 0;
    /** Failed attempts of any step, retried, skipped or left failed. */
    int failures = 0;
};
RunTally tallyRun(const RunState &state);

/**
 * How far run's clock is from its window's: 0 for a production run, and for a rehearsal inside
 * its window; for a rehearsal at another time, the seconds from the window's start to the
 * rehearsal's start. The rehearsal is measured against the window moved by this: its own window
 * of the same length, with its own point of no return and reserve. The Run page and the run
 * record both use it.
 */
qint64 windowShiftSeconds(const ProjectData &data, const Run &run);

} // namespace uw
