#pragma once

#include "entities.h"

namespace uw::test {

/**
 * A small runbook for run tests, in a window 2026-12-05 20:00-23:00 UTC (window 1):
 *
 *   1 Announce (communicate, 10) -> 2 Back up database (backup, 20) -> 3 Approve go (gate, 5)
 *   3 -> 4 Upgrade database (execute, 30) and 3 -> 5 Upgrade application (execute, 20)
 *   4, 5 -> 6 Verify orders (verify, 10; verifier Cy)
 *   rollback: 7 Restore database (undoes 4, 25), 8 Restore application (undoes 5, 15),
 *             7, 8 -> 9 Announce rollback (undoes nothing, 5)
 *
 * People: Ada (approver), Ben (executor), Cy (verifier), Dee (executor and verifier).
 */
ProjectData runbookFixture();

} // namespace uw::test
