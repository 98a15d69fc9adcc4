#include "scheduler.h"
#include "scheduler_p.h"
#include "stepchecks.h"

#include "zonedtime.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <queue>
#include <tuple>

namespace uw {
namespace {

using scheduler_p::epsilon;
using scheduler_p::infinity;

/** Gives lupdate and the runtime one context for these messages. */
class SchedulerText
{
    Q_DECLARE_TR_FUNCTIONS(uw::Scheduler)
};

/** How far the early times of the predecessor of edge could move before its successor moves. */
double linkSlack(const StepNetwork::Edge &edge, const CpmState &state, int predecessor)
{
    switch (edge.type) {
    case LinkType::StartToStart:
        return state.earlyStart[edge.node] - edge.lag - state.earlyStart[predecessor];
    case LinkType::FinishToFinish:
        return state.earlyFinish[edge.node] - edge.lag - state.earlyFinish[predecessor];
    case LinkType::FinishToStart:
        break;
    }
    return state.earlyStart[edge.node] - edge.lag - state.earlyFinish[predecessor];
}

} // namespace

using scheduler_p::constraintStart;
using scheduler_p::drivingChain;
using scheduler_p::durationOf;
using scheduler_p::lastFinishing;

// --- Schedule ----------------------------------------------------------------------------

const StepTiming *Schedule::timing(Id stepId) const
{
    const auto it = std::lower_bound(steps.begin(), steps.end(), stepId,
                                     [](const StepTiming &t, Id id) { return t.stepId < id; });
    return it != steps.end() && it->stepId == stepId ? &*it : nullptr;
}

QDateTime Schedule::toUtc(double minutes) const
{
    return startUtc.addMSecs(qRound64(minutes * 60000.0));
}

QDateTime Schedule::pointOfNoReturnUtc() const
{
    return hasWindow() ? toUtc(pointOfNoReturnMinutes) : QDateTime();
}

double Schedule::windowMinutes() const
{
    return hasWindow() ? startUtc.msecsTo(windowEndUtc) / 60000.0 : 0.0;
}

bool Schedule::finishesInWindow() const
{
    return !hasWindow() || finishMinutes <= windowMinutes() + epsilon;
}

bool Schedule::pastPointOfNoReturn() const
{
    return hasWindow() && lastExecuteStepId != 0
           && lastExecuteFinishMinutes > pointOfNoReturnMinutes + epsilon;
}

// --- Scheduler ---------------------------------------------------------------------------

Scheduler::Scheduler(const ProjectData &data)
    : m_forward(data, StepNetwork::Part::Forward)
    , m_rollback(data, StepNetwork::Part::Rollback)
{
    for (const auto &[id, person] : data.people)
        m_people.emplace(id, person.name);
    // Both networks hold their steps in id order, so one walk over the steps fills both.
    m_owners.resize(m_forward.size());
    m_forwardTitles.resize(m_forward.size());
    m_executeWork.resize(m_forward.size());
    m_rollbackTitles.resize(m_rollback.size());
    std::vector<std::pair<int, int>> undone; // (forward node, rollback node)
    int forwardNode = 0;
    int rollbackNode = 0;
    for (const auto &[id, step] : data.steps) {
        if (step.phase != Phase::Rollback) {
            m_owners[forwardNode] = step.ownerId;
            m_forwardTitles[forwardNode] = step.title;
            if (step.phase == Phase::Execute)
                m_executeWork[forwardNode] = 1;
            ++forwardNode;
            continue;
        }
        const int node = rollbackNode++;
        m_rollbackTitles[node] = step.title;
        if (!step.enabled)
            continue;
        const size_t before = undone.size();
        for (const Id undoneId : step.undoesStepIds) {
            const int target = m_forward.nodeOf(undoneId);
            if (target >= 0 && m_forward.isEnabled(target)) {
                undone.emplace_back(target, node);
                m_executeWork[target] = 1;
            }
        }
        if (undone.size() == before)
            m_generalRollback.push_back(node);
    }
    std::sort(undone.begin(), undone.end());
    m_undoneByStart.assign(m_forward.size() + 1, 0);
    for (const auto &[forwardNode, rollbackNode] : undone) {
        ++m_undoneByStart[forwardNode + 1];
        m_undoneBy.push_back(rollbackNode);
    }
    for (int node = 0; node < m_forward.size(); ++node)
        m_undoneByStart[node + 1] += m_undoneByStart[node];

    bool anyExecuteWork = false;
    for (int node = 0; node < m_forward.size(); ++node)
        anyExecuteWork = anyExecuteWork || (m_executeWork[node] && m_forward.isEnabled(node));
    m_rollbackAtCommit.assign(m_rollback.size(), infinity);
    for (int node = 0; node < m_rollback.size(); ++node) {
        if (!m_rollback.isEnabled(node))
            m_rollbackAtCommit[node] = -infinity;
    }
    for (const int node : m_undoneBy)
        m_rollbackAtCommit[node] = 0;
    for (const int node : m_generalRollback)
        m_rollbackAtCommit[node] = anyExecuteWork ? 0 : infinity;

    // Out-of-bounds numbers from a file would overflow every time computed from them.
    if (const QString problem = stepBoundsProblem(data); !problem.isEmpty())
        m_error = problem;
    else if (m_forward.hasCycle())
        m_error = cycleMessage(m_forward, m_forwardTitles);
    else if (m_rollback.hasCycle())
        m_error = cycleMessage(m_rollback, m_rollbackTitles);
}

QString Scheduler::cycleMessage(const StepNetwork &network, const std::vector<QString> &titles) const
{
    constexpr qsizetype shown = 12;
    QStringList names;
    for (const Id id : network.cycle().first(std::min(shown, network.cycle().size())))
        names.append(QStringLiteral("'%1'").arg(titles[network.nodeOf(id)]));
    if (network.cycle().size() > shown)
        names.append(QStringLiteral("…"));
    return SchedulerText::tr("The step links form a cycle of %n step(s), so no schedule exists: "
                             "%1. Remove or reverse one of these links.",
                             nullptr, int(network.cycle().size() - 1))
        .arg(names.join(QStringLiteral(" → ")));
}

Schedule Scheduler::schedule(const ScheduleOptions &options) const
{
    return schedule(options, m_forward.likelyDurations(), m_rollback.likelyDurations());
}

Schedule Scheduler::schedule(const ScheduleOptions &options,
                             std::span<const double> forwardDurations,
                             std::span<const double> rollbackDurations) const
{
    Schedule result;
    result.startUtc = options.startUtc;
    result.windowEndUtc = options.windowEndUtc;
    result.reserveMinutes = options.reserveMinutes;
    result.levelled = options.level;
    if (!isValid()) {
        result.error = m_error;
        result.cycle = m_forward.hasCycle() ? m_forward.cycle() : m_rollback.cycle();
        return result;
    }
    result.valid = true;

    const int nodes = m_forward.size();
    CpmState cpm;
    cpm.resize(nodes);
    forwardPass(m_forward, forwardDurations, cpm);
    backwardPass(m_forward, forwardDurations, cpm);
    const int last = lastFinishing(m_forward, cpm);
    if (last >= 0)
        result.criticalPath = drivingChain(m_forward, cpm, last);

    std::vector<double> start = cpm.earlyStart;
    std::vector<double> finish = cpm.earlyFinish;
    if (options.level)
        level(forwardDurations, cpm, result, start, finish);

    // A disabled step's driver is resolved to the enabled step that drives it, in plan order.
    std::vector<Id> enabledDriver(nodes, 0);
    for (const int node : m_forward.order()) {
        const int driver = cpm.driver[node];
        if (driver < 0)
            continue;
        const int from = m_forward.predecessors(node)[driver].node;
        enabledDriver[node] = m_forward.isEnabled(from) ? m_forward.stepId(from)
                                                        : enabledDriver[from];
    }

    result.steps.reserve(nodes);
    for (int node = 0; node < nodes; ++node) {
        if (!m_forward.isEnabled(node))
            continue;
        StepTiming timing;
        timing.stepId = m_forward.stepId(node);
        timing.earlyStart = cpm.earlyStart[node];
        timing.earlyFinish = cpm.earlyFinish[node];
        timing.lateStart = cpm.lateStart[node];
        timing.lateFinish = cpm.lateFinish[node];
        timing.totalSlack = std::max(0.0, cpm.lateStart[node] - cpm.earlyStart[node]);
        double freeSlack = cpm.finish - cpm.earlyFinish[node];
        for (const StepNetwork::Edge &edge : m_forward.successors(node))
            freeSlack = std::min(freeSlack, linkSlack(edge, cpm, node));
        timing.freeSlack = std::clamp(freeSlack, 0.0, timing.totalSlack);
        timing.critical = timing.totalSlack <= epsilon;
        timing.drivingStepId = enabledDriver[node];
        timing.start = start[node];
        timing.finish = finish[node];
        result.finishMinutes = std::max(result.finishMinutes, finish[node]);
        if (m_executeWork[node]
            && (result.lastExecuteStepId == 0
                || finish[node] > result.lastExecuteFinishMinutes + epsilon)) {
            result.lastExecuteStepId = timing.stepId;
            result.lastExecuteFinishMinutes = finish[node];
        }
        result.steps.append(timing);
    }
    planRollback(rollbackDurations, finish, result);
    return result;
}

void Scheduler::level(std::span<const double> durations, const CpmState &cpm, Schedule &schedule,
                      std::vector<double> &start, std::vector<double> &finish) const
{
    // Slack is rounded so that floating-point noise cannot override the documented id order.
    using Candidate = std::tuple<qint64, Id, int>;
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<>> ready;
    const auto enqueue = [&](int node) {
        const double slack = cpm.lateStart[node] - cpm.earlyStart[node];
        ready.emplace(qRound64(slack * 1e6), m_forward.stepId(node), node);
    };
    std::vector<int> waiting(m_forward.size());
    for (int node = 0; node < m_forward.size(); ++node) {
        waiting[node] = int(m_forward.predecessors(node).size());
        if (waiting[node] == 0)
            enqueue(node);
    }
    // Per owner, the steps placed so far by start; they never overlap.
    std::map<Id, std::map<double, int>> booked;
    while (!ready.empty()) {
        const int node = std::get<2>(ready.top());
        ready.pop();
        const double duration = durationOf(m_forward, durations, node);
        double earliest = 0;
        for (const StepNetwork::Edge &edge : m_forward.predecessors(node))
            earliest = std::max(earliest, constraintStart(edge, start[edge.node], finish[edge.node],
                                                          duration));
        double at = earliest;
        int blocker = -1;
        const Id owner = m_owners[node];
        if (owner != 0 && duration > 0 && m_forward.isEnabled(node)) {
            auto &bookings = booked[owner];
            auto it = bookings.upper_bound(at);
            if (it != bookings.begin() && finish[std::prev(it)->second] > at + epsilon) {
                blocker = std::prev(it)->second;
                at = finish[blocker];
            }
            for (; it != bookings.end() && it->first < at + duration - epsilon; ++it) {
                blocker = it->second;
                at = std::max(at, finish[blocker]);
            }
            bookings.emplace(at, node);
        }
        start[node] = at;
        finish[node] = at + duration;
        if (m_forward.isEnabled(node) && at > cpm.earlyStart[node] + epsilon) {
            LevellingDelay delay{m_forward.stepId(node), at - cpm.earlyStart[node]};
            if (blocker >= 0) {
                delay.waitMinutes = at - earliest;
                delay.personId = owner;
                delay.blockingStepId = m_forward.stepId(blocker);
            }
            schedule.delays.append(delay);
        }
        for (const StepNetwork::Edge &edge : m_forward.successors(node)) {
            if (--waiting[edge.node] == 0)
                enqueue(edge.node);
        }
    }
    std::sort(schedule.delays.begin(), schedule.delays.end(),
              [](const LevellingDelay &a, const LevellingDelay &b) { return a.stepId < b.stepId; });
}

StepExplanation Scheduler::explain(const Schedule &schedule, Id stepId) const
{
    StepExplanation explanation;
    explanation.stepId = stepId;
    const int node = m_forward.nodeOf(stepId);
    const StepTiming *timing = schedule.timing(stepId);
    if (node < 0 || !timing) {
        explanation.text = SchedulerText::tr(
            "This step is not part of the forward schedule: it is disabled, "
            "a rollback step, or unknown.");
        return explanation;
    }
    explanation.critical = timing->critical;
    for (const StepTiming *t = timing; t && explanation.chain.size() <= schedule.steps.size();
         t = t->drivingStepId ? schedule.timing(t->drivingStepId) : nullptr)
        explanation.chain.append(t->stepId);
    const auto titleOf = [this](Id id) {
        return QStringLiteral("'%1'").arg(m_forwardTitles[m_forward.nodeOf(id)]);
    };
    const QString title = titleOf(stepId);
    QStringList sentences;
    if (explanation.chain.size() == 1) {
        sentences.append(
            SchedulerText::tr("%1 can start at the beginning of the plan: no link holds it back.")
                .arg(title));
    } else {
        QStringList names;
        for (auto it = explanation.chain.crbegin(); it != explanation.chain.crend(); ++it)
            names.append(titleOf(*it));
        sentences.append(
            SchedulerText::tr("%1 can start %2 into the plan, after this chain of driving "
                              "predecessors: %3.")
                .arg(title, formatMinutes(timing->earlyStart), names.join(QStringLiteral(" → "))));
    }
    sentences.append(
        timing->critical
            ? SchedulerText::tr("It is on the critical path: any delay moves the finish.")
            : SchedulerText::tr("It has %1 of slack before it moves the finish.")
                  .arg(formatMinutes(timing->totalSlack)));
    for (const LevellingDelay &delay : schedule.delays) {
        if (delay.stepId != stepId)
            continue;
        explanation.wait = delay;
        if (delay.personId != 0) {
            const auto person = m_people.find(delay.personId);
            sentences.append(
                SchedulerText::tr("Levelling moves it %1 later: %2 is busy with %3 until then.")
                    .arg(formatMinutes(delay.minutes),
                         person != m_people.end() ? person->second : QString::number(delay.personId),
                         titleOf(delay.blockingStepId)));
        } else {
            sentences.append(
                SchedulerText::tr("Levelling moves it %1 later because its predecessors moved.")
                    .arg(formatMinutes(delay.minutes)));
        }
    }
    explanation.text = sentences.join(QLatin1Char(' '));
    return explanation;
}

} // namespace uw