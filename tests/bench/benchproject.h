#pragma once

#include "entities.h"

namespace uw {

/**
 * A whole project as a large upgrade would have it: systems (layered: dependencies point to
 * lower ids, with version constraints), the runbook of generateRunbook() and an eight-hour
 * maintenance window from benchmarkStart(). The same arguments always give the same project.
 */
ProjectData generateProject(int systemCount, int dependencyCount, int stepCount);

} // namespace uw
