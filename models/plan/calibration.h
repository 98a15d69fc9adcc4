#pragma once

#include "entities.h"

#include <QList>
#include <QString>

#include <map>

namespace uw {

class Project;

/** The new estimate calibration proposes for one step, with what it is based on. */
struct EstimateProposal
{
    Id stepId = 0;
    double actualMinutes = 0;
    Estimate before;
    Estimate after;
    /**
     * The actual looks like a click-through rather than the work: finished within half a
     * minute of its start, or in less than a quarter of the best case. Such proposals are left
     * out unless the user keeps them.
     */
    bool implausible = false;
    /** likely stopped at double or half the old value: one rehearsal moves it no further. */
    bool capped = false;
};

/**
 * Minutes each step took in a run: from its last StepStarted to the StepFinished after it.
 * Steps that failed, were skipped or never finished have no entry, so they never teach the
 * plan a duration that did not happen.
 */
std::map<Id, double> actualDurations(const ProjectData &data, Id runId);

/**
 * Estimates that learn from a rehearsal: likely becomes the actual duration (the best single
 * guess for the same work by the same people); optimistic becomes min(old optimistic, 0.8 x
 * actual) and pessimistic max(old pessimistic, 1.3 x actual), so the range only widens to take
 * in what happened and one smooth run never erases the pessimism learnt from a bad one. Values
 * are rounded to whole minutes (optimistic down, pessimistic up) and never become zero where
 * they were not. One run moves likely at most to double or half its old value (capped); an
 * implausible actual is proposed but marked. Unknown steps, negative or non-finite actuals and
 * estimates that would not change are left out.
 */
QList<EstimateProposal> proposeEstimates(const ProjectData &data,
                                         const std::map<Id, double> &actualMinutes);

/** The proposals that are not implausible: what calibration applies unless told otherwise. */
QList<EstimateProposal> plausibleProposals(const QList<EstimateProposal> &proposals);

/** Writes the proposals as one undoable edit; false with a message when the file refused. */
bool applyEstimates(Project &project, const QList<EstimateProposal> &proposals,
                    QString *error = nullptr);

} // namespace uw
