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
 * Why the step's people break segregation of duties: who executes a step may neither verify nor
 * approve it. Empty when they do not.
 */
QString dutyConflict(const ProjectData &data, const Step &step);

} // namespace uw
