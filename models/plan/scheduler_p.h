#pragma once

// Private to scheduler.cpp and schedulerrollback.cpp: helpers both halves of Scheduler use.

#include "scheduler.h"

#include <limits>
#include <span>

namespace uw::scheduler_p {

inline constexpr double epsilon = 1e-6;
inline constexpr double infinity = std::numeric_limits<double>::infinity();

/** Enabled nodes along the drivers from node back to time 0, in plan order. */
QList<Id> drivingChain(const StepNetwork &network, const CpmState &state, int node);

/** The enabled node taking part that finishes last (lowest id on ties), or -1. */
int lastFinishing(const StepNetwork &network, const CpmState &state,
                  std::span<const double> neededBy = {});

} // namespace uw::scheduler_p
