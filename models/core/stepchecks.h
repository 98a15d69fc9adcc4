#pragma once

#include "entities.h"

#include <QString>

namespace uw {

// What makes a step's automation or its people wrong, said once: the step editor refuses such
// values at the field, and the run refuses to start a step that still has them (a file may say
// anything).

/**
 * Why pattern, the step's field (e.g. "output pattern"), is not a regular expression, naming
 * the character where reading stopped; empty when it is one (or empty).
 */
QString patternProblem(const QString &pattern, const QString &field);

/** Why url cannot be an HTTP check's address (http or https with a host); empty when it can. */
QString httpAddressProblem(const QString &url);

/**
 * Why names cannot be the variables a command step needs: one that is not a shell variable name
 * (letters, digits and _, not starting with a digit, at most 100 characters), or one named
 * twice. Empty when every name can be one.
 */
QString environmentVariablesProblem(const QStringList &names);

/**
 * Why the step's people break segregation of duties: who executes a step may neither verify nor
 * approve it. Empty when they do not.
 */
QString dutyConflict(const ProjectData &data, const Step &step);

/**
 * The longest estimate, and the largest lag either way, a step can have: a year of minutes.
 * More is a typing or a file error, and would overflow the arithmetic of times.
 */
inline constexpr double longestStepMinutes = 366.0 * 24 * 60;

/**
 * Why minutes cannot be the field (e.g. "likely estimate") of a step: not a number, negative
 * (unless negativeAllowed, as for a lead), or beyond longestStepMinutes. Empty when it can.
 */
QString minutesProblem(double minutes, const QString &field, bool negativeAllowed = false);

/**
 * The first estimate or link lag in data out of bounds (see minutesProblem), naming the step;
 * empty when every one is within them. The scheduler refuses such a plan with this message.
 */
QString stepBoundsProblem(const ProjectData &data);

} // namespace uw
