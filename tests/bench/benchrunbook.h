#pragma once

#include "entities.h"

#include <QDateTime>

namespace uw {

/** Saturday 2026-12-05 21:00 UTC, where every benchmark's schedule starts. */
QDateTime benchmarkStart();

/**
 * A runbook shaped like real ones, scaled up: each forward step follows one or two of the 40
 * steps before it (mostly finish-to-start, some start-to-start with lag), a fifth of them
 * execute work; every tenth step is a rollback step undoing two execute steps, the rollback
 * steps chained in reverse with side branches. Owners rotate over people. The same arguments
 * always give the same runbook.
 */
ProjectData generateRunbook(int stepCount, int people);

} // namespace uw
