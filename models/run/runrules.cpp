#include "runrules.h"

#include "scheduler.h"

#include <QCoreApplication>

#include <algorithm>

namespace uw {
namespace {

/** Gives lupdate and the runtime one context for these messages. */
class RunRulesText
{
    Q_DECLARE_TR_FUNCTIONS(uw::RunRules)
};

QString quoted(const QString &title)
{
    return RunRulesText::tr("\u201c%1\u201d").arg(title);
}

const Person *personNamed(const ProjectData &data, const QString &name)
{
    for (const auto &[id, person] : data.people) {
        if (person.name == name)
            return &person;
    }
    return nullptr;
}

QString titlesOf(const ProjectData &data, const QList<Id> &ids)
{
    QStringList titles;
    for (const Id id : ids) {
        const auto step = data.steps.find(id);
        titles.append(quoted(step != data.steps.end() ? step->second.title : QString::number(id)));
    }
    return titles.join(RunRulesText::tr(", "));
}

QString refuseInactive(const RunState &state, const Step &step, const QString &title)
{
    if (step.phase == Phase::Rollback && !state.rollingBack)
        return RunRulesText::tr("%1 is a rollback step: it runs only after the run switches to "
                                "rollback.")
            .arg(title);
    if (state.rollingBack && step.phase != Phase::Rollback)
        return RunRulesText::tr("The run is rolling back, so %1 is no longer part of it.").arg(title);
    return RunRulesText::tr("%1 is not part of this rollback: it undoes nothing this run "
                            "started.")
        .arg(title);
}

QString refuseNotReady(const ProjectData &data, const Scheduler &scheduler, const RunState &state,
                       const Step &step, const QString &title)
{
    const QList<Id> blockers = waitingFor(data, scheduler, state, step.id);
    if (!blockers.isEmpty())
        return RunRulesText::tr("%1 is not ready: it waits for %2.")
            .arg(title, titlesOf(data, blockers));
    QList<Id> runningUndone;
    for (const Id undone : step.undoesStepIds) {
        if (state.stateOf(undone) == StepRunState::Running)
            runningUndone.append(undone);
    }
    if (!runningUndone.isEmpty())
        return RunRulesText::tr("%1 waits until %2 stops running: it undoes that work.")
            .arg(title, titlesOf(data, runningUndone));
    if (!scheduler.isValid())
        return RunRulesText::tr("%1 is not ready: %2").arg(title, scheduler.error());
    return RunRulesText::tr("%1 is not ready yet.").arg(title);
}

QString refuseApprover(const ProjectData &data, const Step &step, const QString &title,
                       const QString &person)
{
    const auto named = data.people.find(step.approverId);
    if (named != data.people.end() && named->second.name != person)
        return RunRulesText::tr("The gate %1 needs the decision of its approver %2; %3 cannot "
                                "decide it.")
            .arg(title, named->second.name, person);
    const Person *decider = personNamed(data, person);
    if (!decider)
        return RunRulesText::tr("%1 is not one of the project's people, so they cannot decide the "
                                "gate %2. Add them with the approver role first.")
            .arg(person, title);
    if (!(decider->roles & RoleApprover))
        return RunRulesText::tr("%1 does not hold the approver role, so they cannot decide the "
                                "gate %2.")
            .arg(person, title);
    return {};
}

QString refuseSegregation(const ProjectData &data, const Step &step, const StepProgress &progress,
                          const QString &title, const QString &person)
{
    if (step.phase != Phase::Verify || progress.startedBy != person)
        return {};
    const auto verifier = data.people.find(step.verifierId);
    if (verifier != data.people.end() && verifier->second.name != person)
        return RunRulesText::tr("Segregation of duties: %1 executed the verify step %2 and cannot "
                                "also be its verifier. Ask %3, the planned verifier, to confirm "
                                "it.")
            .arg(person, title, verifier->second.name);
    return RunRulesText::tr("Segregation of duties: %1 executed the verify step %2 and cannot "
                            "also be its verifier. Ask another person to confirm it.")
        .arg(person, title);
}

QString refuseStart(const ProjectData &data, const Scheduler &scheduler, const RunState &state,
                    const Step &step, StepRunState current, const QString &title)
{
    if (step.stepKind == StepKind::Gate)
        return RunRulesText::tr("%1 is a go/no-go gate: an approver decides it, nobody starts it.")
            .arg(title);
    switch (current) {
    case StepRunState::Ready:
    case StepRunState::Failed:
    case StepRunState::Interrupted:
        return {};
    case StepRunState::Pending:
        return refuseNotReady(data, scheduler, state, step, title);
    case StepRunState::Running:
        return RunRulesText::tr("%1 is already running.").arg(title);
    case StepRunState::Done:
        return RunRulesText::tr("%1 is already done.").arg(title);
    case StepRunState::Skipped:
        return RunRulesText::tr("%1 was skipped.").arg(title);
    }
    return {};
}

} // namespace

QString stepOutcomeName(const StepProgress &progress)
{
    const QString state = stepRunStateName(progress.state);
    if (progress.failures == 0 || progress.state == StepRunState::Failed)
        return state;
    // Two source texts, so that English reads right without a translation loaded.
    return (progress.failures == 1
                ? RunRulesText::tr("%1 after 1 failure")
                : RunRulesText::tr("%1 after %n failures", nullptr, progress.failures))
        .arg(state);
}

QString stepRunStateName(StepRunState state)
{
    switch (state) {
    case StepRunState::Pending:
        return RunRulesText::tr("pending");
    case StepRunState::Ready:
        return RunRulesText::tr("ready");
    case StepRunState::Running:
        return RunRulesText::tr("running");
    case StepRunState::Interrupted:
        return RunRulesText::tr("interrupted");
    case StepRunState::Done:
        return RunRulesText::tr("done");
    case StepRunState::Failed:
        return RunRulesText::tr("failed");
    case StepRunState::Skipped:
        return RunRulesText::tr("skipped");
    }
    return {};
}

QList<Id> waitingFor(const ProjectData &data, const Scheduler &scheduler, const RunState &state,
                     Id stepId)
{
    const auto step = data.steps.find(stepId);
    if (step == data.steps.end())
        return {};
    const bool rollback = step->second.phase == Phase::Rollback;
    const StepNetwork &network = rollback ? scheduler.rollback() : scheduler.forward();
    const int start = network.nodeOf(stepId);
    if (start < 0)
        return {};
    QList<Id> blockers;
    std::vector<char> seen(size_t(network.size()), 0);
    std::vector<int> pending{start};
    while (!pending.empty()) {
        const int node = pending.back();
        pending.pop_back();
        for (const StepNetwork::Edge &edge : network.predecessors(node)) {
            if (std::exchange(seen[size_t(edge.node)], 1))
                continue;
            const Id id = network.stepId(edge.node);
            const StepProgress *progress = state.step(id);
            if (!network.isEnabled(edge.node)) {
                pending.push_back(edge.node);
            } else if (progress && (rollback && !progress->active)) {
                continue;
            } else if (!progress
                       || (progress->state != StepRunState::Done
                           && progress->state != StepRunState::Skipped)) {
                blockers.append(id);
            }
        }
    }
    std::sort(blockers.begin(), blockers.end());
    return blockers;
}

QString refuseStepAction(const ProjectData &data, const Scheduler &scheduler, const RunState &state,
                         Id stepId, StepAction action, const QString &person, bool liveAutomatic)
{
    if (person.trimmed().isEmpty())
        return RunRulesText::tr("Say who does this: every run event names a person.");
    if (state.ended)
        return RunRulesText::tr("The run has ended; start a new run to do more.");
    const auto found = data.steps.find(stepId);
    if (found == data.steps.end())
        return RunRulesText::tr("There is no step %1 in this runbook.").arg(stepId);
    const Step &step = found->second;
    const QString title = quoted(step.title);
    if (!step.enabled)
        return RunRulesText::tr("%1 is disabled in the runbook and takes no part in the run.")
            .arg(title);

    const StepProgress *progress = state.step(stepId);
    const StepRunState current = progress ? progress->state : StepRunState::Pending;
    const bool open = current == StepRunState::Running || current == StepRunState::Interrupted;
    const bool ending = action == StepAction::Finish || action == StepAction::Fail;
    // Work already under way may still be ended after the run switched to rollback.
    if ((!progress || !progress->active) && !(ending && open))
        return refuseInactive(state, step, title);

    const bool gate = step.stepKind == StepKind::Gate;
    switch (action) {
    case StepAction::Start:
        return refuseStart(data, scheduler, state, step, current, title);
    case StepAction::Finish:
    case StepAction::Fail:
        if (gate)
            return RunRulesText::tr("%1 is a go/no-go gate: it passes or fails by an approver's "
                                    "decision.")
                .arg(title);
        if (!open)
            return RunRulesText::tr("%1 is not running (it is %2), so it cannot be ended.")
                .arg(title, stepRunStateName(current));
        if (liveAutomatic)
            return RunRulesText::tr("%1 is running its check, whose result decides the outcome; "
                                    "stop it to end it early.")
                .arg(title);
        return action == StepAction::Finish
                   ? refuseSegregation(data, step, *progress, title, person)
                   : QString();
    case StepAction::Skip:
        if (gate)
            return RunRulesText::tr("%1 is a go/no-go gate and cannot be skipped: an approver "
                                    "decides go or no-go.")
                .arg(title);
        if (current == StepRunState::Running)
            return RunRulesText::tr("%1 is running; stop it or mark it failed before skipping it.")
                .arg(title);
        if (current == StepRunState::Done || current == StepRunState::Skipped)
            return RunRulesText::tr("%1 is already %2.").arg(title, stepRunStateName(current));
        return {};
    case StepAction::Go:
    case StepAction::NoGo:
        if (!gate)
            return RunRulesText::tr("%1 is not a go/no-go gate.").arg(title);
        if (current == StepRunState::Pending)
            return refuseNotReady(data, scheduler, state, step, title);
        if (current == StepRunState::Done)
            return RunRulesText::tr("The gate %1 already got its go.").arg(title);
        return refuseApprover(data, step, title, person);
    }
    return {};
}

} // namespace uw
