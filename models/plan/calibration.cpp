#include "calibration.h"

#include "commands.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace uw {

std::map<Id, double> actualDurations(const ProjectData &data, Id runId)
{
    std::map<Id, QDateTime> started;
    std::map<Id, double> durations;
    for (const RunEvent &event : data.runEvents) {
        if (event.runId != runId || event.stepId == 0)
            continue;
        if (event.type == RunEventType::StepStarted) {
            started[event.stepId] = event.timeUtc;
            durations.erase(event.stepId);
        } else if (event.type == RunEventType::StepFinished) {
            const auto start = started.find(event.stepId);
            if (start != started.end())
                durations[event.stepId] = start->second.msecsTo(event.timeUtc) / 60000.0;
        } else if (event.type == RunEventType::StepFailed
                   || event.type == RunEventType::StepSkipped) {
            started.erase(event.stepId);
            durations.erase(event.stepId);
        }
    }
    return durations;
}

namespace {

/** Shorter than this many minutes, a step was clicked through, not done. */
constexpr double instantMinutes = 0.5;
/** Shorter than this share of the best case, the actual is doubtful. */
constexpr double implausibleShare = 0.25;
/** How far one run may move likely: to this factor of the old value, or its inverse. */
constexpr double maximumFactor = 2.0;

/** Whole minutes, but never zero where the old estimate was not: zero hides a step. */
double wholeMinutes(double minutes, double old)
{
    return old >= 1 ? std::max(1.0, minutes) : std::max(0.0, minutes);
}

} // namespace

QList<EstimateProposal> proposeEstimates(const ProjectData &data,
                                         const std::map<Id, double> &actualMinutes)
{
    QList<EstimateProposal> proposals;
    for (const auto &[id, actual] : actualMinutes) {
        const auto step = data.steps.find(id);
        if (step == data.steps.end() || !std::isfinite(actual) || actual < 0)
            continue;
        const Estimate &before = step->second.estimate;
        double likely = wholeMinutes(std::round(actual), before.likely);
        bool capped = false;
        if (before.likely >= 1) {
            const double capAbove = std::ceil(before.likely * maximumFactor);
            const double capBelow = std::floor(before.likely / maximumFactor);
            capped = likely > capAbove || likely < capBelow;
            likely = std::clamp(likely, capBelow, capAbove);
            likely = wholeMinutes(likely, before.likely);
        }
        const double reach = capped ? likely : actual;
        Estimate after{std::min(before.optimistic,
                                wholeMinutes(std::floor(reach * 0.8), before.optimistic)),
                       likely, std::max(before.pessimistic, std::ceil(reach * 1.3))};
        after.optimistic = std::min(after.optimistic, likely);
        after.pessimistic = std::max(after.pessimistic, likely);
        if (after == before)
            continue;
        const bool implausible = actual < instantMinutes
                                 || (before.optimistic > 0
                                     && actual < before.optimistic * implausibleShare);
        proposals.append({id, actual, before, after, implausible, capped});
    }
    return proposals;
}

QList<EstimateProposal> plausibleProposals(const QList<EstimateProposal> &proposals)
{
    QList<EstimateProposal> plausible;
    std::copy_if(proposals.begin(), proposals.end(), std::back_inserter(plausible),
                 [](const EstimateProposal &proposal) { return !proposal.implausible; });
    return plausible;
}

bool applyEstimates(Project &project, const QList<EstimateProposal> &proposals, QString *error)
{
    QList<AnyEntity> steps;
    for (const EstimateProposal &proposal : proposals) {
        const Step *step = project.find<Step>(proposal.stepId);
        if (!step)
            continue;
        Step changed = *step;
        changed.estimate = proposal.after;
        steps.append(changed);
    }
    const QString text = QCoreApplication::translate("uw::Calibration",
                                                     "Calibrate %n estimate(s) from a run", nullptr,
                                                     int(steps.size()));
    return edit::updateEntities(project, text, steps, MergeId::None, error);
}

} // namespace uw
