#include "runprojection.h"

#include "scheduler.h"
#include "zonedtime.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <span>
#include <vector>

namespace uw {
namespace {

/** Gives lupdate and the runtime one context for these messages. */
class RunProjectionText
{
    Q_DECLARE_TR_FUNCTIONS(uw::RunProjection)
};

constexpr double infinity = std::numeric_limits<double>::infinity();

QDateTime minutesFrom(const QDateTime &origin, double minutes)
{
    return origin.addMSecs(qRound64(minutes * 60000.0));
}

/** Minutes each step of network still needs from now. */
std::vector<double> remainingDurations(const RunState &state, const StepNetwork &network,
                                       const QDateTime &now)
{
    const std::vector<const StepProgress *> progressOfNode = progressByNode(state, network);
    std::vector<double> durations(size_t(network.size()), 0.0);
    for (int node = 0; node < network.size(); ++node) {
        const StepProgress *progress = progressOfNode[size_t(node)];
        const double likely = network.estimate(node).likely;
        if (progress && progress->isSettled()) {
            durations[size_t(node)] = 0;
        } else if (progress
                   && (progress->state == StepRunState::Running
                       || progress->state == StepRunState::Interrupted)) {
            const double elapsed = progress->startedAtUtc.msecsTo(now) / 60000.0;
            durations[size_t(node)] = std::max(likely - elapsed, 0.0);
        } else {
            durations[size_t(node)] = likely;
        }
    }
    return durations;
}

/** Rollback nodes to take part (0), leave out (+inf) or pass through (-inf), for forwardPass. */
std::vector<double> rollbackSelection(const StepNetwork &network, const QList<Id> &chosen)
{
    std::vector<double> neededBy(size_t(network.size()), infinity);
    for (int node = 0; node < network.size(); ++node) {
        if (!network.isEnabled(node))
            neededBy[size_t(node)] = -infinity;
        else if (chosen.contains(network.stepId(node)))
            neededBy[size_t(node)] = 0;
    }
    return neededBy;
}

StepForecast forecast(const StepProgress *progress, Id stepId, const QDateTime &now,
                      double startMinutes, double finishMinutes)
{
    if (progress && progress->isSettled())
        return {stepId,
                progress->startedAtUtc.isValid() ? progress->startedAtUtc : progress->endedAtUtc,
                progress->endedAtUtc, true};
    const bool running = progress
                         && (progress->state == StepRunState::Running
                             || progress->state == StepRunState::Interrupted);
    return {stepId, running ? progress->startedAtUtc : minutesFrom(now, startMinutes),
            minutesFrom(now, finishMinutes), false};
}

void projectRollback(const Scheduler &scheduler, const RunState &state, RunProjection &projection)
{
    const StepNetwork &network = scheduler.rollback();
    const std::vector<double> durations = remainingDurations(state, network, projection.nowUtc);
    const std::vector<double> neededBy = rollbackSelection(network, state.rollbackSteps);
    CpmState cpm;
    cpm.resize(network.size());
    projection.rollbackMinutes = forwardPass(network, durations, cpm, neededBy, 0.0);
    projection.finishUtc = minutesFrom(projection.nowUtc, projection.rollbackMinutes);
    projection.rollbackFinishUtc = projection.finishUtc;
    const std::vector<const StepProgress *> progressOfNode = progressByNode(state, network);
    for (int node = 0; node < network.size(); ++node) {
        const Id id = network.stepId(node);
        const StepProgress *progress = progressOfNode[size_t(node)];
        if (progress && progress->active)
            projection.steps.append(forecast(progress, id, projection.nowUtc,
                                             cpm.earlyStart[size_t(node)],
                                             cpm.earlyFinish[size_t(node)]));
    }
}

/**
 * When each rollback step becomes necessary, in minutes from now: at once when it undoes
 * nothing in particular or undoes work already started, otherwise when the first step it
 * undoes is projected to start (starting that work commits to undoing it).
 */
std::vector<double> rollbackNeededBy(const ProjectData &data, const Scheduler &scheduler,
                                     const RunState &state, const CpmState &forwardCpm)
{
    const StepNetwork &forward = scheduler.forward();
    const StepNetwork &rollback = scheduler.rollback();
    std::vector<double> neededBy(size_t(rollback.size()), infinity);
    for (int node = 0; node < rollback.size(); ++node) {
        if (!rollback.isEnabled(node)) {
            neededBy[size_t(node)] = -infinity;
            continue;
        }
        const QList<Id> &undone = data.steps.at(rollback.stepId(node)).undoesStepIds;
        if (undone.isEmpty())
            neededBy[size_t(node)] = 0;
        for (const Id id : undone) {
            const StepProgress *progress = state.step(id);
            const int forwardNode = forward.nodeOf(id);
            if (progress && progress->attempts > 0)
                neededBy[size_t(node)] = 0;
            else if (forwardNode >= 0 && forward.isEnabled(forwardNode))
                neededBy[size_t(node)] = std::min(neededBy[size_t(node)],
                                                  forwardCpm.earlyStart[size_t(forwardNode)]);
        }
    }
    return neededBy;
}

/**
 * Minutes from now to the latest moment T at which T + R(T) still ends before the deadline,
 * where R(T) is the rollback of all work started by T; negative when even aborting now ends
 * too late. R only grows with T, so, as in the plan's point of no return, the answer lies in
 * the last segment between two moments at which R grows whose start still fits.
 */
double minutesToPointOfNoReturn(const StepNetwork &rollback, std::span<const double> durations,
                                const std::vector<double> &neededBy, double deadline)
{
    std::vector<double> moments;
    for (const double moment : neededBy) {
        if (moment > 0 && moment < infinity)
            moments.push_back(moment);
    }
    std::sort(moments.begin(), moments.end());
    moments.erase(std::unique(moments.begin(), moments.end()), moments.end());
    CpmState cpm;
    cpm.resize(rollback.size());
    const auto segmentStart = [&](int k) {
        return k == 0 ? 0.0 : moments[size_t(k - 1)];
    };
    const auto rollbackIn = [&](int k) {
        return forwardPass(rollback, durations, cpm, neededBy, segmentStart(k));
    };
    const double rollbackNow = rollbackIn(0);
    if (rollbackNow > deadline)
        return deadline - rollbackNow;
    int low = 0;
    int high = int(moments.size());
    while (low < high) {
        const int middle = (low + high + 1) / 2;
        if (segmentStart(middle) + rollbackIn(middle) <= deadline)
            low = middle;
        else
            high = middle - 1;
    }
    const double next = low < int(moments.size()) ? moments[size_t(low)] : infinity;
    return std::min(deadline - rollbackIn(low), next);
}

void projectForward(const ProjectData &data, const Scheduler &scheduler, const RunState &state,
                    const ProjectionOptions &options, RunProjection &projection)
{
    const StepNetwork &forward = scheduler.forward();
    const StepNetwork &rollback = scheduler.rollback();
    const std::vector<double> forwardDurations = remainingDurations(state, forward, options.nowUtc);
    std::vector<double> rollbackDurations(size_t(rollback.size()), 0.0);
    for (int node = 0; node < rollback.size(); ++node)
        rollbackDurations[size_t(node)] = rollback.estimate(node).likely;

    CpmState cpm;
    cpm.resize(forward.size());
    projection.finishUtc = minutesFrom(options.nowUtc, forwardPass(forward, forwardDurations, cpm));
    const std::vector<const StepProgress *> progressOfNode = progressByNode(state, forward);
    for (int node = 0; node < forward.size(); ++node) {
        if (!forward.isEnabled(node))
            continue;
        const Id id = forward.stepId(node);
        const StepProgress *progress = progressOfNode[size_t(node)];
        if (scheduler.executeWork()[size_t(node)] && !(progress && progress->isSettled()))
            projection.executeWorkLeft = true;
        if (progress && progress->active)
            projection.steps.append(forecast(progress, id, options.nowUtc,
                                             cpm.earlyStart[size_t(node)],
                                             cpm.earlyFinish[size_t(node)]));
    }

    CpmState rollbackCpm;
    rollbackCpm.resize(rollback.size());
    projection.rollbackMinutes = forwardPass(rollback, rollbackDurations, rollbackCpm,
                                             rollbackSelection(rollback,
                                                               selectRollbackSteps(data, state)),
                                             0.0);
    projection.rollbackFinishUtc = minutesFrom(options.nowUtc, projection.rollbackMinutes);

    if (options.windowEndUtc.isValid()) {
        const double deadline = options.nowUtc.msecsTo(options.windowEndUtc) / 60000.0
                                - options.reserveMinutes;
        projection.minutesToPointOfNoReturn = minutesToPointOfNoReturn(rollback, rollbackDurations,
                                                                       rollbackNeededBy(data,
                                                                                        scheduler,
                                                                                        state, cpm),
                                                                       deadline);
        projection.pointOfNoReturnUtc = minutesFrom(options.nowUtc,
                                                    projection.minutesToPointOfNoReturn);
    }
}

} // namespace

RunProjection projectRun(const ProjectData &data, const Scheduler &scheduler, const RunState &state,
                         const ProjectionOptions &options)
{
    RunProjection projection;
    projection.nowUtc = options.nowUtc;
    projection.timeZone = options.timeZone;
    projection.windowEndUtc = options.windowEndUtc;
    if (!scheduler.isValid()) {
        projection.error = scheduler.error();
        return projection;
    }
    if (state.rollingBack)
        projectRollback(scheduler, state, projection);
    else
        projectForward(data, scheduler, state, options, projection);
    projection.valid = true;
    return projection;
}

QList<RollbackTrigger> pendingTriggers(const RunState &state, const RunProjection &projection)
{
    QList<RollbackTrigger> triggers;
    if (state.ended || state.rollingBack)
        return triggers;
    for (const auto &[stepId, trigger] : state.failureTriggers)
        triggers.append(trigger);
    for (const auto &[metricId, trigger] : state.metricTriggers)
        triggers.append(trigger);
    std::sort(triggers.begin(), triggers.end(),
              [](const auto &a, const auto &b) { return a.raisedAtUtc < b.raisedAtUtc; });
    if (!projection.valid || !projection.windowEndUtc.isValid())
        return triggers;
    const auto decided = [&](TriggerKind kind) {
        return state.decidedTriggers.contains(kind);
    };
    if (projection.executeWorkLeft && projection.minutesToPointOfNoReturn <= 0
        && !decided(TriggerKind::PointOfNoReturnReached)) {
        triggers.append({TriggerKind::PointOfNoReturnReached, 0, projection.pointOfNoReturnUtc,
                         RunProjectionText::tr("The point of no return passed at %1 with execute "
                                               "work left; a rollback started now would finish "
                                               "at %2.")
                             .arg(formatInZone(projection.pointOfNoReturnUtc, projection.timeZone),
                                  formatInZone(projection.rollbackFinishUtc, projection.timeZone))});
    }
    const bool worseThanAccepted = state.acceptedFinishUtc.isValid()
                                   && projection.finishUtc
                                          > state.acceptedFinishUtc.addSecs(materialSlipSeconds);
    if (!projection.finishesInWindow()
        && (!decided(TriggerKind::FinishPastWindowEnd) || worseThanAccepted)) {
        const QString message = RunProjectionText::tr("The projected finish %1 is after the "
                                                      "window's end %2.")
                                    .arg(formatInZone(projection.finishUtc, projection.timeZone),
                                         formatInZone(projection.windowEndUtc, projection.timeZone));
        triggers.append(
            {TriggerKind::FinishPastWindowEnd, 0, projection.nowUtc,
             worseThanAccepted
                 ? RunProjectionText::tr("%1 That is %2 later than the finish accepted when the "
                                         "run went on.")
                       .arg(message,
                            formatDuration(state.acceptedFinishUtc.secsTo(projection.finishUtc)))
                 : message});
    }
    return triggers;
}

} // namespace uw
