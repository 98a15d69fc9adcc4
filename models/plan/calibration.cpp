#include "calibration.h"

#include "commands.h"

#include <QCoreApplication>

#include <cmath>

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

QList<EstimateProposal> proposeEstimates(const ProjectData &data,
                                         const std::map<Id, double> &actualMinutes)
{
    QList<EstimateProposal> proposals;
    for (const auto &[id, actual] : actualMinutes) {
        const auto step = data.steps.find(id);
        if (step == data.steps.end() || !std::isfinite(actual) || actual < 0)
            continue;
        const Estimate &before = step->second.estimate;
        const double likely = std::round(actual);
        Estimate after{std::min(before.optimistic, std::floor(actual * 0.8)), likely,
                       std::max(before.pessimistic, std::ceil(actual * 1.3))};
        after.optimistic = std::min(after.optimistic, likely);
        after.pessimistic = std::max(after.pessimistic, likely);
        if (after == before)
            continue;
        proposals.append({id, actual, before, after});
    }
    return proposals;
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
