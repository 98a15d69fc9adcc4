#pragma once

#include "calibration.h"
#include "runstate.h"
#include "trust.h"

#include <QString>

namespace uw {

/**
 * What the end of a run tells the people in it: how long it ran, how the finished steps'
 * durations compare with the plan, what failed and which decisions were taken, by whom.
 */
QString runSummaryText(const ProjectData &data, const RunState &state, Id runId,
                       const QString &zone);

/** The commands a project would run, listed for a person to review before trusting them. */
QString commandReviewText(const QList<ReviewItem> &items);

/**
 * What a rollback now would not give back, for the person deciding it: the started steps that
 * cannot be undone, and what rolling back the others loses (Step::rollbackLoss). Empty when
 * nothing is known to be lost.
 */
QString rollbackConsequencesText(const ProjectData &data, const RunState &state);

/** The estimate changes calibration proposes, one line per step, for a confirmation. */
QString estimateProposalsText(const ProjectData &data, const QList<EstimateProposal> &proposals);

/** The implausible durations among proposals, asking whether to learn from them anyway. */
QString doubtfulDurationsText(const ProjectData &data, const QList<EstimateProposal> &proposals);

} // namespace uw
