// Scheduler's rollback plan and point of no return; the forward schedule is in scheduler.cpp.

#include "scheduler.h"
#include "scheduler_p.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace uw {

using scheduler_p::drivingChain;
using scheduler_p::epsilon;
using scheduler_p::infinity;
using scheduler_p::lastFinishing;

void Scheduler::planRollback(std::span<const double> durations, const std::vector<double> &finish,
                             Schedule &schedule) const
{
    // When each rollback step becomes necessary: the finish of the first step it undoes.
    std::vector<double> neededBy(m_rollback.size(), infinity);
    double firstExecute = infinity;
    for (int node = 0; node < m_forward.size(); ++node) {
        if (!m_forward.isEnabled(node))
            continue;
        if (m_executeWork[node])
            firstExecute = std::min(firstExecute, finish[node]);
        for (int i = m_undoneByStart[node]; i < m_undoneByStart[node + 1]; ++i)
            neededBy[m_undoneBy[i]] = std::min(neededBy[m_undoneBy[i]], finish[node]);
    }
    for (const int node : m_generalRollback)
        neededBy[node] = firstExecute;
    std::vector<double> moments;
    for (int node = 0; node < m_rollback.size(); ++node) {
        if (!m_rollback.isEnabled(node))
            neededBy[node] = -infinity;
        else if (std::isfinite(neededBy[node]))
            moments.push_back(neededBy[node]);
    }
    std::sort(moments.begin(), moments.end());
    moments.erase(std::unique(moments.begin(), moments.end()), moments.end());

    CpmState state;
    state.resize(m_rollback.size());
    const auto rollbackAfter = [&](double moment) {
        return forwardPass(m_rollback, durations, state, neededBy, moment);
    };
    schedule.rollbackMinutes = rollbackAfter(std::numeric_limits<double>::max());
    const int last = lastFinishing(m_rollback, state, neededBy);
    if (last >= 0 && schedule.rollbackMinutes > 0)
        schedule.rollbackCriticalPath = drivingChain(m_rollback, state, last);
    if (!schedule.hasWindow())
        return;

    // Segment k runs from moment k-1 (minus infinity for k = 0) with the rollback of everything
    // finished by then; T + R(T) grows with k, so the last segment whose start still fits is
    // found by bisection, and within it T is bounded by the deadline and the next moment.
    const double deadline = schedule.windowMinutes() - schedule.reserveMinutes;
    const auto segmentStart = [&](int k) {
        return k == 0 ? -infinity : moments[k - 1];
    };
    const auto rollbackIn = [&](int k) {
        return rollbackAfter(k == 0 ? std::numeric_limits<double>::lowest() : moments[k - 1]);
    };
    int low = 0;
    int high = int(moments.size());
    while (low < high) {
        const int middle = (low + high + 1) / 2;
        if (segmentStart(middle) + rollbackIn(middle) <= deadline + epsilon)
            low = middle;
        else
            high = middle - 1;
    }
    const double next = low < int(moments.size()) ? moments[low] : infinity;
    schedule.pointOfNoReturnMinutes = std::min(deadline - rollbackIn(low), next);
}

} // namespace uw
