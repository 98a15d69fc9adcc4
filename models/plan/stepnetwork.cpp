#include "scheduler.h"
#include "scheduler_p.h"

#include <algorithm>
#include <cmath>

namespace uw {
namespace {

using scheduler_p::constraintStart;
using scheduler_p::durationOf;

double finiteOrZero(double value)
{
    return std::isfinite(value) ? value : 0.0;
}

/** Estimates as Monte Carlo can use them: 0 <= optimistic <= likely <= pessimistic. */
Estimate ordered(const Estimate &estimate)
{
    const double a = std::max(0.0, finiteOrZero(estimate.optimistic));
    const double b = std::max(0.0, finiteOrZero(estimate.pessimistic));
    const double low = std::min(a, b);
    const double high = std::max(a, b);
    return {low, std::clamp(finiteOrZero(estimate.likely), low, high), high};
}

} // namespace

namespace scheduler_p {

/** Enabled nodes along the drivers from node back to time 0, in plan order. */
QList<Id> drivingChain(const StepNetwork &network, const CpmState &state, int node)
{
    QList<Id> chain;
    while (node >= 0) {
        if (network.isEnabled(node))
            chain.append(network.stepId(node));
        const int driver = state.driver[node];
        node = driver < 0 ? -1 : network.predecessors(node)[driver].node;
    }
    std::reverse(chain.begin(), chain.end());
    return chain;
}

/** The enabled node taking part that finishes last (lowest id on ties), or -1. */
int lastFinishing(const StepNetwork &network, const CpmState &state,
                  std::span<const double> neededBy)
{
    int last = -1;
    for (int node = 0; node < network.size(); ++node) {
        if (!network.isEnabled(node) || (!neededBy.empty() && !std::isfinite(neededBy[node])))
            continue;
        if (last < 0 || state.earlyFinish[node] > state.earlyFinish[last] + epsilon)
            last = node;
    }
    return last;
}

} // namespace scheduler_p

// --- StepNetwork ---------------------------------------------------------------------------

StepNetwork::StepNetwork(const ProjectData &data, Part part)
{
    const bool rollback = part == Part::Rollback;
    for (const auto &[id, step] : data.steps) {
        if ((step.phase == Phase::Rollback) != rollback)
            continue;
        m_ids.push_back(id);
        m_enabled.push_back(step.enabled);
        m_estimates.push_back(step.enabled ? ordered(step.estimate) : Estimate{});
    }
    const int nodes = size();
    struct Link
    {
        int from;
        int to;
        Edge edge;
    };
    std::vector<Link> links;
    links.reserve(data.links.size());
    m_predecessorStart.assign(nodes + 1, 0);
    m_successorStart.assign(nodes + 1, 0);
    for (const auto &[id, link] : data.links) {
        const int from = nodeOf(link.predecessorId);
        const int to = nodeOf(link.successorId);
        if (from < 0 || to < 0)
            continue;
        links.push_back({from, to, {0, link.type, finiteOrZero(link.lagMinutes)}});
        ++m_predecessorStart[to + 1];
        ++m_successorStart[from + 1];
    }
    for (int node = 0; node < nodes; ++node) {
        m_predecessorStart[node + 1] += m_predecessorStart[node];
        m_successorStart[node + 1] += m_successorStart[node];
    }
    m_predecessors.resize(links.size());
    m_successors.resize(links.size());
    std::vector<int> predecessorFill(m_predecessorStart.begin(), m_predecessorStart.end() - 1);
    std::vector<int> successorFill(m_successorStart.begin(), m_successorStart.end() - 1);
    for (const Link &link : links) {
        m_predecessors[predecessorFill[link.to]++] = {link.from, link.edge.type, link.edge.lag};
        m_successors[successorFill[link.from]++] = {link.to, link.edge.type, link.edge.lag};
    }

    // Kahn: m_order doubles as the queue.
    std::vector<int> waiting(nodes);
    m_order.reserve(nodes);
    for (int node = 0; node < nodes; ++node) {
        waiting[node] = m_predecessorStart[node + 1] - m_predecessorStart[node];
        if (waiting[node] == 0)
            m_order.push_back(node);
    }
    for (size_t head = 0; head < m_order.size(); ++head) {
        for (const Edge &edge : successors(m_order[head])) {
            if (--waiting[edge.node] == 0)
                m_order.push_back(edge.node);
        }
    }
    if (int(m_order.size()) < nodes)
        findCycle();
}

void StepNetwork::findCycle()
{
    // Every node Kahn left behind has a predecessor that was left behind too, so walking
    // such predecessors must come back to a node already seen: that loop is a cycle.
    std::vector<char> done(size(), 0);
    for (int node : m_order)
        done[node] = 1;
    int start = 0;
    while (done[start])
        ++start;
    std::vector<int> seenAt(size(), -1);
    std::vector<int> walk;
    int node = start;
    while (seenAt[node] < 0) {
        seenAt[node] = int(walk.size());
        walk.push_back(node);
        for (const Edge &edge : predecessors(node)) {
            if (!done[edge.node]) {
                node = edge.node;
                break;
            }
        }
    }
    // walk runs against the links; the cycle is its tail from node, read backwards.
    for (int i = int(walk.size()) - 1; i >= seenAt[node]; --i)
        m_cycle.append(m_ids[walk[i]]);
    m_cycle.append(m_cycle.first());
}

int StepNetwork::nodeOf(Id stepId) const
{
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), stepId);
    return it != m_ids.end() && *it == stepId ? int(it - m_ids.begin()) : -1;
}

std::vector<double> StepNetwork::likelyDurations() const
{
    std::vector<double> durations(m_estimates.size());
    for (size_t node = 0; node < durations.size(); ++node)
        durations[node] = m_estimates[node].likely;
    return durations;
}

std::span<const StepNetwork::Edge> StepNetwork::predecessors(int node) const
{
    return std::span<const Edge>(m_predecessors)
        .subspan(m_predecessorStart[node], m_predecessorStart[node + 1] - m_predecessorStart[node]);
}

std::span<const StepNetwork::Edge> StepNetwork::successors(int node) const
{
    return std::span<const Edge>(m_successors)
        .subspan(m_successorStart[node], m_successorStart[node + 1] - m_successorStart[node]);
}

// --- CPM ---------------------------------------------------------------------------------

void CpmState::resize(int nodes)
{
    earlyStart.resize(nodes);
    earlyFinish.resize(nodes);
    lateStart.resize(nodes);
    lateFinish.resize(nodes);
    driver.resize(nodes);
}

double forwardPass(const StepNetwork &network, std::span<const double> durations, CpmState &state,
                   std::span<const double> neededBy, double until)
{
    const bool partial = !neededBy.empty();
    double finish = 0;
    for (const int node : network.order()) {
        if (partial && neededBy[node] > until)
            continue;
        const double duration = durationOf(network, durations, node);
        double start = 0;
        int driver = -1;
        const auto predecessors = network.predecessors(node);
        for (int i = 0; i < int(predecessors.size()); ++i) {
            const StepNetwork::Edge &edge = predecessors[i];
            if (partial && neededBy[edge.node] > until)
                continue;
            const double value = constraintStart(edge, state.earlyStart[edge.node],
                                                 state.earlyFinish[edge.node], duration);
            if (value > start || (driver < 0 && value >= start)) {
                start = value;
                driver = i;
            }
        }
        state.earlyStart[node] = start;
        state.earlyFinish[node] = start + duration;
        state.driver[node] = driver;
        if (network.isEnabled(node))
            finish = std::max(finish, start + duration);
    }
    state.finish = finish;
    return finish;
}

void backwardPass(const StepNetwork &network, std::span<const double> durations, CpmState &state)
{
    const auto order = network.order();
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const int node = *it;
        const double duration = durationOf(network, durations, node);
        double lateFinish = state.finish;
        for (const StepNetwork::Edge &edge : network.successors(node)) {
            switch (edge.type) {
            case LinkType::FinishToStart:
                lateFinish = std::min(lateFinish, state.lateStart[edge.node] - edge.lag);
                break;
            case LinkType::StartToStart:
                lateFinish = std::min(lateFinish, state.lateStart[edge.node] - edge.lag + duration);
                break;
            case LinkType::FinishToFinish:
                lateFinish = std::min(lateFinish, state.lateFinish[edge.node] - edge.lag);
                break;
            }
        }
        state.lateFinish[node] = lateFinish;
        state.lateStart[node] = lateFinish - duration;
    }
}

} // namespace uw
