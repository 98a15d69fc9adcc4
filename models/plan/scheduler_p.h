#pragma once

// Private to the scheduler's sources (stepnetwork.cpp, scheduler.cpp, schedulerrollback.cpp):
// the CPM helpers that the passes, levelling and the rollback schedule share.

#include "scheduler.h"

#include <algorithm>
#include <limits>
#include <span>

namespace uw::scheduler_p {

inline constexpr double epsilon = 1e-6;
inline constexpr double infinity = std::numeric_limits<double>::infinity();

/** The earliest start link edge allows its successor of duration d. */
inline double constraintStart(const StepNetwork::Edge &edge, double predecessorStart,
                              double predecessorFinish, double duration)
{
    switch (edge.type) {
    case LinkType::StartToStart:
        return predecessorStart + edge.lag;
    case LinkType::FinishToFinish:
        return predecessorFinish + edge.lag - duration;
    case LinkType::FinishToStart:
        break;
    }
    return predecessorFinish + edge.lag;
}

/** The duration node takes in a pass: 0 when the step is disabled. */
inline double durationOf(const StepNetwork &network, std::span<const double> durations, int node)
{
    return network.isEnabled(node) ? std::max(0.0, durations[node]) : 0.0;
}

/** Enabled nodes along the drivers from node back to time 0, in plan order. */
QList<Id> drivingChain(const StepNetwork &network, const CpmState &state, int node);

/** The enabled node taking part that finishes last (lowest id on ties), or -1. */
int lastFinishing(const StepNetwork &network, const CpmState &state,
                  std::span<const double> neededBy = {});

} // namespace uw::scheduler_p
