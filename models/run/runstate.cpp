#include "runstate.h"

#include "scheduler.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

namespace uw {
namespace {

/** Gives lupdate and the runtime one context for these messages. */
class RunStateText
{
    Q_DECLARE_TR_FUNCTIONS(uw::RunState)
};

constexpr std::array<std::pair<RunDecision, const char *>, 6> decisionKeys{{
    {RunDecision::Go, "go"},
    {RunDecision::NoGo, "no-go"},
    {RunDecision::Rollback, "rollback"},
    {RunDecision::ContinueAfterFailure, "continue:step_failed"},
    {RunDecision::ContinuePastPointOfNoReturn, "continue:point_of_no_return"},
    {RunDecision::ContinuePastWindowEnd, "continue:past_window_end"},
}};

StepProgress &progressOf(RunState &state, Id stepId)
{
    StepProgress &progress = state.steps[stepId];
    progress.stepId = stepId;
    return progress;
}

void close(StepProgress &progress, StepRunState outcome, const RunEvent &event)
{
    progress.state = outcome;
    progress.endedAtUtc = event.timeUtc;
    progress.endedBy = event.person;
    if (!event.note.isEmpty())
        progress.lastNote = event.note;
    if (!event.output.isEmpty())
        progress.lastOutput = event.output;
}

void raiseFailureTrigger(RunState &state, const ProjectData &data, const RunEvent &event)
{
    const auto step = data.steps.find(event.stepId);
    if (state.rollingBack || step == data.steps.end() || !isCriticalStep(data, step->second))
        return;
    state.failureTriggers[event.stepId]
        = {TriggerKind::CriticalStepFailed, event.stepId, event.timeUtc,
           RunStateText::tr("The critical step \u201c%1\u201d failed.").arg(step->second.title)};
}

/** The metric id after prefix in key, or 0 when key does not start with it. */
Id metricIdAfter(const QString &key, QLatin1String prefix)
{
    if (!key.startsWith(prefix))
        return 0;
    bool ok = false;
    const Id id = key.mid(prefix.size()).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

const QLatin1String breachPrefix("breach:");
const QLatin1String continueMetricPrefix("continue:metric:");

void applyDecision(RunState &state, const ProjectData &data, const RunEvent &event)
{
    if (const Id metricId = metricIdAfter(event.decision, continueMetricPrefix)) {
        state.metricTriggers.erase(metricId);
        return;
    }
    const auto decision = decisionFromKey(event.decision);
    if (!decision)
        return;
    switch (*decision) {
    case RunDecision::Go:
        close(progressOf(state, event.stepId), StepRunState::Done, event);
        state.failureTriggers.erase(event.stepId);
        break;
    case RunDecision::NoGo:
        close(progressOf(state, event.stepId), StepRunState::Failed, event);
        raiseFailureTrigger(state, data, event);
        break;
    case RunDecision::Rollback:
        state.rollingBack = true;
        state.rollbackDecidedAtUtc = event.timeUtc;
        state.rollbackSteps = selectRollbackSteps(data, state);
        state.failureTriggers.clear();
        state.metricTriggers.clear();
        break;
    case RunDecision::ContinueAfterFailure:
        state.failureTriggers.erase(event.stepId);
        break;
    case RunDecision::ContinuePastPointOfNoReturn:
        state.decidedTriggers.insert(TriggerKind::PointOfNoReturnReached);
        break;
    case RunDecision::ContinuePastWindowEnd:
        state.decidedTriggers.insert(TriggerKind::FinishPastWindowEnd);
        // The decision keeps the finish it accepted, so that only a worse one asks again.
        state.acceptedFinishUtc = QDateTime::fromString(event.output, Qt::ISODate);
        break;
    }
}

/** Sets Ready/Pending on one network's steps in topological order. */
void refreshReadiness(RunState &state, const StepNetwork &network, bool rollbackNetwork,
                      const ProjectData &data)
{
    std::vector<char> satisfied(size_t(network.size()), 0);
    const std::vector<StepProgress *> progressOfNode = progressByNode(state, network);
    for (const int node : network.order()) {
        bool predecessorsSettled = true;
        for (const StepNetwork::Edge &edge : network.predecessors(node))
            predecessorsSettled = predecessorsSettled && satisfied[size_t(edge.node)];
        StepProgress &progress = *progressOfNode[size_t(node)];
        if (!network.isEnabled(node)) {
            satisfied[size_t(node)] = predecessorsSettled;
            continue;
        }
        // A rollback step left out of the rollback is not needed, so it holds nothing back.
        satisfied[size_t(node)] = (rollbackNetwork && !progress.active) || progress.isSettled();
        if (progress.state != StepRunState::Pending)
            continue;
        bool undoneStepRunning = false;
        if (rollbackNetwork) {
            for (const Id undone : data.steps.at(progress.stepId).undoesStepIds)
                undoneStepRunning = undoneStepRunning
                                    || state.stateOf(undone) == StepRunState::Running;
        }
        if (progress.active && predecessorsSettled && !undoneStepRunning && !state.ended)
            progress.state = StepRunState::Ready;
    }
}

} // namespace

QString decisionKey(RunDecision decision)
{
    for (const auto &[value, key] : decisionKeys) {
        if (value == decision)
            return QLatin1String(key);
    }
    return {};
}

std::optional<RunDecision> decisionFromKey(const QString &key)
{
    for (const auto &[value, text] : decisionKeys) {
        if (key == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString metricBreachKey(Id metricId)
{
    return breachPrefix + QString::number(metricId);
}

QString continueDespiteMetricKey(Id metricId)
{
    return continueMetricPrefix + QString::number(metricId);
}

RunDecision continueDecision(TriggerKind kind)
{
    switch (kind) {
    case TriggerKind::PointOfNoReturnReached:
        return RunDecision::ContinuePastPointOfNoReturn;
    case TriggerKind::FinishPastWindowEnd:
        return RunDecision::ContinuePastWindowEnd;
    case TriggerKind::CriticalStepFailed:
    case TriggerKind::MetricThresholdBreached:
        break;
    }
    return RunDecision::ContinueAfterFailure;
}

const StepProgress *RunState::step(Id stepId) const
{
    const auto it = steps.find(stepId);
    return it == steps.end() ? nullptr : &it->second;
}

StepRunState RunState::stateOf(Id stepId) const
{
    const StepProgress *progress = step(stepId);
    return progress ? progress->state : StepRunState::Pending;
}

QList<Id> RunState::readySteps() const
{
    QList<Id> ready;
    for (const auto &[id, progress] : steps) {
        if (progress.state == StepRunState::Ready)
            ready.append(id);
    }
    return ready;
}

bool RunState::isComplete() const
{
    return std::all_of(steps.begin(), steps.end(), [](const auto &entry) {
        return !entry.second.active || entry.second.isSettled();
    });
}

bool isCriticalStep(const ProjectData &data, const Step &step)
{
    if (step.criticality != StepCriticality::ByPhase)
        return step.criticality == StepCriticality::Critical;
    if (step.phase == Phase::Execute || step.phase == Phase::Verify)
        return true;
    return std::any_of(step.systemIds.begin(), step.systemIds.end(), [&](Id systemId) {
        const auto system = data.systems.find(systemId);
        return system != data.systems.end() && system->second.criticality == Level::Critical;
    });
}

void applyRunEvent(RunState &state, const ProjectData &data, const RunEvent &event)
{
    switch (event.type) {
    case RunEventType::RunStarted:
        state.started = true;
        break;
    case RunEventType::RunEnded:
        state.ended = true;
        break;
    case RunEventType::StepStarted: {
        StepProgress &progress = progressOf(state, event.stepId);
        progress.state = StepRunState::Running;
        ++progress.attempts;
        progress.startedAtUtc = event.timeUtc;
        progress.startedBy = event.person;
        progress.endedAtUtc = {};
        progress.endedBy.clear();
        if (!event.note.isEmpty())
            progress.lastNote = event.note;
        break;
    }
    case RunEventType::StepFinished:
        close(progressOf(state, event.stepId), StepRunState::Done, event);
        state.failureTriggers.erase(event.stepId);
        break;
    case RunEventType::StepFailed:
        ++progressOf(state, event.stepId).failures;
        close(progressOf(state, event.stepId), StepRunState::Failed, event);
        raiseFailureTrigger(state, data, event);
        break;
    case RunEventType::StepSkipped:
        close(progressOf(state, event.stepId), StepRunState::Skipped, event);
        break;
    case RunEventType::Note:
        if (const Id metricId = metricIdAfter(event.decision, breachPrefix)) {
            if (!state.rollingBack && !state.ended)
                state.metricTriggers[metricId] = {TriggerKind::MetricThresholdBreached, 0,
                                                  event.timeUtc, event.note, metricId};
        } else if (event.stepId != 0) {
            progressOf(state, event.stepId).lastNote = event.note;
        }
        break;
    case RunEventType::Decision:
        applyDecision(state, data, event);
        break;
    }
}

void refreshRunState(RunState &state, const ProjectData &data, const Scheduler &scheduler,
                     const QSet<Id> &liveSteps)
{
    // Both maps are ordered by id: walking them side by side keeps this linear.
    auto hint = state.steps.begin();
    for (const auto &[id, step] : data.steps) {
        while (hint != state.steps.end() && hint->first < id)
            ++hint;
        if (hint == state.steps.end() || hint->first != id)
            hint = state.steps.emplace_hint(hint, id, StepProgress{});
        hint->second.stepId = id;
    }
    const QSet<Id> chosenRollback(state.rollbackSteps.begin(), state.rollbackSteps.end());
    auto step = data.steps.begin();
    for (auto &[id, progress] : state.steps) {
        while (step != data.steps.end() && step->first < id)
            ++step;
        const bool known = step != data.steps.end() && step->first == id && step->second.enabled;
        const bool rollbackStep = known && step->second.phase == Phase::Rollback;
        progress.active = known
                          && (state.rollingBack ? chosenRollback.contains(id) : !rollbackStep);
        if (progress.state == StepRunState::Running && !liveSteps.contains(id))
            progress.state = StepRunState::Interrupted;
        else if (progress.state == StepRunState::Interrupted && liveSteps.contains(id))
            progress.state = StepRunState::Running;
        else if (progress.state == StepRunState::Ready)
            progress.state = StepRunState::Pending;
    }
    refreshReadiness(state, scheduler.forward(), false, data);
    refreshReadiness(state, scheduler.rollback(), true, data);
}

RunState replayRun(const ProjectData &data, const Scheduler &scheduler, Id runId,
                   const QSet<Id> &liveSteps)
{
    RunState state;
    state.runId = runId;
    for (const RunEvent &event : data.runEvents) {
        if (event.runId == runId)
            applyRunEvent(state, data, event);
    }
    refreshRunState(state, data, scheduler, liveSteps);
    return state;
}

QList<Id> selectRollbackSteps(const ProjectData &data, const RunState &state)
{
    QList<Id> chosen;
    for (const auto &[id, step] : data.steps) {
        if (step.phase != Phase::Rollback || !step.enabled)
            continue;
        const bool general = step.undoesStepIds.isEmpty();
        const bool undoesStartedWork = std::any_of(step.undoesStepIds.begin(),
                                                   step.undoesStepIds.end(), [&](Id undone) {
                                                       const StepProgress *progress = state.step(
                                                           undone);
                                                       return progress && progress->attempts > 0;
                                                   });
        if (general || undoesStartedWork)
            chosen.append(id);
    }
    return chosen;
}

RunTally tallyRun(const RunState &state)
{
    RunTally tally;
    for (const auto &[id, progress] : state.steps) {
        tally.failures += progress.failures;
        if (!progress.active)
            continue;
        switch (progress.state) {
        case StepRunState::Done:
            ++tally.done;
            break;
        case StepRunState::Skipped:
            ++tally.skipped;
            break;
        case StepRunState::Failed:
            ++tally.failed;
            break;
        case StepRunState::Pending:
        case StepRunState::Ready:
        case StepRunState::Running:
        case StepRunState::Interrupted:
            ++tally.notFinished;
            break;
        }
    }
    return tally;
}

qint64 windowShiftSeconds(const ProjectData &data, const Run &run)
{
    const auto window = data.windows.find(run.windowId);
    if (run.runKind != RunKind::Rehearsal || window == data.windows.end()
        || !window->second.startUtc.isValid() || !run.startedAtUtc.isValid())
        return 0;
    const bool inWindow = run.startedAtUtc >= window->second.startUtc
                          && run.startedAtUtc <= window->second.endUtc;
    return inWindow ? 0 : window->second.startUtc.secsTo(run.startedAtUtc);
}

} // namespace uw
