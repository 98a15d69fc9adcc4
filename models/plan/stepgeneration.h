#pragma once

#include "compatibility.h"

namespace uw {

class Project;

/**
 * Runbook skeletons for an upgrade order: for each group, prepare, backup, execute and verify
 * steps per system, linked finish-to-start in the order, plus a rollback step per execute step
 * that undoes it. Ids are allocated from project; nothing is added until pushed.
 *
 * Within a group every upgrade waits for all of the group's backups and then may run beside
 * the others; the next group's preparation waits for this group's verifications. Rollbacks are
 * linked in reverse group order, so that the rollback network has a real critical path.
 * Positions follow the project's last step, phase by phase within a group, rollbacks last.
 * Estimates are placeholders (see stepgeneration.cpp) until a rehearsal replaces them.
 */
QList<AnyEntity> upgradeStepSkeletons(Project &project, const QList<UpgradeGroup> &order);

/** Adds the skeletons as one undoable command; an order without known systems is refused. */
bool generateUpgradeSteps(Project &project, const QList<UpgradeGroup> &order, QString *error);

} // namespace uw
