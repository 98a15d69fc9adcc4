#include "planedits.h"

#include "commands.h"
#include "enumkeys.h"
#include "project.h"
#include "stepchecks.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>
#include <queue>
#include <set>

namespace uw::plan {
namespace {

/** Gives lupdate and the runtime one context for these messages. */
class PlanEditText
{
    Q_DECLARE_TR_FUNCTIONS(uw::PlanEdit)
};

QString linkTypeSuffix(LinkType type)
{
    switch (type) {
    case LinkType::FinishToStart:
        return {};
    case LinkType::StartToStart:
        return QStringLiteral("SS");
    case LinkType::FinishToFinish:
        return QStringLiteral("FF");
    }
    return {};
}

QString stepName(const ProjectData &data, Id stepId)
{
    const auto found = data.steps.find(stepId);
    return found == data.steps.end()
               ? QStringLiteral("#%1").arg(stepId)
               : QStringLiteral("#%1 %2").arg(stepId).arg(found->second.title);
}

QString pathText(const ProjectData &data, const QList<Id> &path)
{
    QStringList names;
    for (const Id id : path)
        names.append(stepName(data, id));
    return names.join(QStringLiteral(" → "));
}

QList<const StepLink *> linksInto(const ProjectData &data, Id stepId)
{
    QList<const StepLink *> links;
    for (const auto &[id, link] : data.links) {
        if (link.successorId == stepId)
            links.append(&link);
    }
    std::sort(links.begin(), links.end(), [](const StepLink *a, const StepLink *b) {
        return std::tie(a->predecessorId, a->id) < std::tie(b->predecessorId, b->id);
    });
    return links;
}

bool linked(const ProjectData &data, Id predecessorId, Id successorId)
{
    return std::any_of(data.links.begin(), data.links.end(), [&](const auto &entry) {
        return entry.second.predecessorId == predecessorId
               && entry.second.successorId == successorId;
    });
}

/** Why linking predecessor -> successor is refused, or empty when it may be made. */
QString linkProblem(const ProjectData &data, Id predecessorId, Id successorId)
{
    if (!data.steps.contains(predecessorId) || !data.steps.contains(successorId))
        return PlanEditText::tr("There is no step %1.")
            .arg(data.steps.contains(predecessorId) ? successorId : predecessorId);
    if (predecessorId == successorId)
        return PlanEditText::tr("A step cannot come after itself (%1).")
            .arg(stepName(data, predecessorId));
    const QList<Id> loop = pathBetween(data, successorId, predecessorId);
    if (!loop.isEmpty())
        return PlanEditText::tr("Linking %1 before %2 would make a loop: %3.")
            .arg(stepName(data, predecessorId), stepName(data, successorId),
                 pathText(data, loop + QList<Id>{successorId}));
    return {};
}

StepLink newLink(Project &project, Id predecessorId, Id successorId, LinkType type, double lag)
{
    StepLink link;
    link.id = project.allocateId(EntityKind::StepLink);
    link.predecessorId = predecessorId;
    link.successorId = successorId;
    link.type = type;
    link.lagMinutes = lag;
    return link;
}

bool refuse(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

const QList<Phase> &phaseOrder()
{
    static const QList<Phase> order{Phase::Prepare, Phase::Backup,  Phase::Execute,
                                    Phase::Verify,  Phase::Monitor, Phase::Communicate,
                                    Phase::Rollback};
    return order;
}

namespace {

QList<Id> inRunbookOrder(QList<const Step *> steps)
{
    std::stable_sort(steps.begin(), steps.end(), [](const Step *a, const Step *b) {
        return std::tie(a->position, a->id) < std::tie(b->position, b->id);
    });
    QList<Id> ids;
    ids.reserve(steps.size());
    for (const Step *step : steps)
        ids.append(step->id);
    return ids;
}

} // namespace

QList<Id> stepsInPhase(const ProjectData &data, Phase phase)
{
    QList<const Step *> steps;
    for (const auto &[id, step] : data.steps) {
        if (step.phase == phase)
            steps.append(&step);
    }
    return inRunbookOrder(std::move(steps));
}

QList<PhaseSteps> runbookOrder(const ProjectData &data)
{
    std::map<Phase, QList<const Step *>> byPhase;
    for (const auto &[id, step] : data.steps)
        byPhase[step.phase].append(&step);
    QList<PhaseSteps> order;
    for (const Phase phase : phaseOrder()) {
        if (const auto steps = byPhase.find(phase); steps != byPhase.end())
            order.append({phase, inRunbookOrder(std::move(steps->second))});
    }
    return order;
}

QString formatPredecessors(const ProjectData &data, Id stepId)
{
    QStringList entries;
    for (const StepLink *link : linksInto(data, stepId)) {
        QString entry = QString::number(link->predecessorId) + linkTypeSuffix(link->type);
        if (link->lagMinutes != 0) {
            // "3+10" would read as arithmetic; the explicit type makes the lag unambiguous.
            if (link->type == LinkType::FinishToStart)
                entry += QStringLiteral("FS");
            entry += (link->lagMinutes > 0 ? QStringLiteral("+") : QString())
                     + QString::number(link->lagMinutes, 'g', 10);
        }
        entries.append(entry);
    }
    return entries.join(QStringLiteral(", "));
}

Result<QList<PredecessorEntry>> parsePredecessors(const QString &text)
{
    static const QRegularExpression
        pattern(QStringLiteral(
                    R"(^\s*#?(\d+)\s*(FS|SS|FF)?\s*(?:([+-])\s*(\d+(?:\.\d+)?)\s*(?:min|m)?)?\s*$)"),
                QRegularExpression::CaseInsensitiveOption);
    QList<PredecessorEntry> entries;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;]")));
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch match = pattern.match(part);
        if (!match.hasMatch())
            return Error{ErrorCode::InvalidData,
                         PlanEditText::tr("Cannot read the predecessor \"%1\". Write step numbers, "
                                          "each optionally followed by SS or FF and a lag in "
                                          "minutes, e.g. \"3, 5SS+10\".")
                             .arg(part.trimmed())};
        PredecessorEntry entry;
        entry.stepId = match.captured(1).toLongLong();
        const QString type = match.captured(2).toUpper();
        if (type == QLatin1String("SS"))
            entry.type = LinkType::StartToStart;
        else if (type == QLatin1String("FF"))
            entry.type = LinkType::FinishToFinish;
        if (match.hasCaptured(4)) {
            entry.lagMinutes = match.captured(4).toDouble();
            if (match.captured(3) == QLatin1String("-"))
                entry.lagMinutes = -entry.lagMinutes;
            if (const QString problem = minutesProblem(entry.lagMinutes, PlanEditText::tr("lag"),
                                                       true);
                !problem.isEmpty())
                return Error{ErrorCode::InvalidData, problem};
        }
        if (std::any_of(entries.begin(), entries.end(),
                        [&](const PredecessorEntry &e) { return e.stepId == entry.stepId; }))
            return Error{ErrorCode::InvalidData,
                         PlanEditText::tr("Step %1 is listed twice as a predecessor.")
                             .arg(entry.stepId)};
        entries.append(entry);
    }
    return entries;
}

bool setPredecessors(Project &project, Id stepId, const QString &text, QString *error)
{
    auto parsed = parsePredecessors(text);
    if (!parsed)
        return refuse(error, parsed.error().message);
    const ProjectData &data = project.data();
    // Checked against the document without the step's current predecessors, which go.
    ProjectData without = data;
    for (const StepLink *link : linksInto(data, stepId))
        without.links.erase(link->id);
    QList<EntityChange> changes;
    for (const StepLink *link : linksInto(data, stepId))
        changes.append({AnyEntity(*link), std::nullopt});
    for (const PredecessorEntry &entry : parsed.value()) {
        if (const QString problem = linkProblem(without, entry.stepId, stepId); !problem.isEmpty())
            return refuse(error, problem);
        const StepLink link = newLink(project, entry.stepId, stepId, entry.type, entry.lagMinutes);
        without.links[link.id] = link;
        changes.append({std::nullopt, AnyEntity(link)});
    }
    return edit::changeEntities(project,
                                PlanEditText::tr("Set predecessors of %1")
                                    .arg(stepName(data, stepId)),
                                changes, error);
}

QList<Id> pathBetween(const ProjectData &data, Id fromStepId, Id toStepId)
{
    std::map<Id, QList<Id>> successors;
    for (const auto &[id, link] : data.links)
        successors[link.predecessorId].append(link.successorId);
    std::map<Id, Id> reachedFrom{{fromStepId, 0}};
    std::queue<Id> pending;
    pending.push(fromStepId);
    while (!pending.empty()) {
        const Id current = pending.front();
        pending.pop();
        if (current == toStepId) {
            QList<Id> path;
            for (Id id = current; id; id = reachedFrom[id])
                path.prepend(id);
            return path;
        }
        for (const Id next : successors[current]) {
            if (reachedFrom.emplace(next, current).second)
                pending.push(next);
        }
    }
    return {};
}

bool linkSteps(Project &project, Id predecessorId, Id successorId, QString *error, LinkType type,
               double lagMinutes)
{
    const ProjectData &data = project.data();
    if (const QString problem = linkProblem(data, predecessorId, successorId); !problem.isEmpty())
        return refuse(error, problem);
    if (linked(data, predecessorId, successorId))
        return refuse(error, PlanEditText::tr("%1 already comes before %2.")
                                 .arg(stepName(data, predecessorId), stepName(data, successorId)));
    const StepLink link = newLink(project, predecessorId, successorId, type, lagMinutes);
    return edit::addEntities(project,
                             PlanEditText::tr("Link %1 → %2")
                                 .arg(stepName(data, predecessorId), stepName(data, successorId)),
                             {AnyEntity(link)}, error);
}

bool chainSteps(Project &project, const QList<Id> &stepIds, QString *error)
{
    if (stepIds.size() < 2)
        return refuse(error, PlanEditText::tr("Select at least two steps to link them."));
    ProjectData working = project.data();
    QList<AnyEntity> links;
    for (int i = 1; i < stepIds.size(); ++i) {
        if (linked(working, stepIds[i - 1], stepIds[i]))
            continue;
        if (const QString problem = linkProblem(working, stepIds[i - 1], stepIds[i]);
            !problem.isEmpty())
            return refuse(error, problem);
        const StepLink link = newLink(project, stepIds[i - 1], stepIds[i], LinkType::FinishToStart,
                                      0);
        working.links[link.id] = link;
        links.append(link);
    }
    if (links.isEmpty())
        return refuse(error,
                      PlanEditText::tr("The selected steps are already linked in this order."));
    return edit::addEntities(project,
                             PlanEditText::tr("Link %n step(s)", nullptr, int(stepIds.size())),
                             links, error);
}

bool unlinkSteps(Project &project, const QList<Id> &stepIds, QString *error)
{
    const std::set<Id> selected(stepIds.begin(), stepIds.end());
    QList<Id> linkIds;
    for (const auto &[id, link] : project.data().links) {
        if (selected.contains(link.predecessorId) && selected.contains(link.successorId))
            linkIds.append(id);
    }
    if (linkIds.isEmpty())
        return refuse(error, PlanEditText::tr("There are no links between the selected steps."));
    return edit::removeEntities(project,
                                PlanEditText::tr("Unlink %n step(s)", nullptr, int(stepIds.size())),
                                EntityKind::StepLink, linkIds, error);
}

Result<Id> addStep(Project &project, Phase phase, Id afterStepId)
{
    const ProjectData &data = project.data();
    const QList<Id> inPhase = stepsInPhase(data, phase);
    Step step;
    step.id = project.allocateId(EntityKind::Step);
    step.title = PlanEditText::tr("New step");
    step.phase = phase;
    step.estimate = {5, 10, 20};
    int position = 0;
    for (const auto &[id, existing] : data.steps)
        position = std::max(position, existing.position + 1);
    QList<EntityChange> changes;
    if (const auto after = data.steps.find(afterStepId); after != data.steps.end()) {
        step.phase = after->second.phase;
        step.ownerId = after->second.ownerId;
        position = after->second.position + 1;
        // Later steps make room, so the new one sits right below the chosen step.
        for (const auto &[id, existing] : data.steps) {
            if (existing.position >= position) {
                Step moved = existing;
                ++moved.position;
                changes.append({AnyEntity(existing), AnyEntity(moved)});
            }
        }
    } else if (!inPhase.isEmpty()) {
        step.ownerId = data.steps.at(inPhase.last()).ownerId;
    }
    step.position = position;
    changes.append({std::nullopt, AnyEntity(step)});
    QString error;
    if (!edit::changeEntities(project,
                              PlanEditText::tr("Add step to %1").arg(enumDisplayName(step.phase)),
                              changes, &error))
        return Error{ErrorCode::Failed, error};
    return step.id;
}

bool moveSteps(Project &project, const QList<Id> &stepIds, int direction, QString *error)
{
    const ProjectData &data = project.data();
    std::map<Id, Step> changed;
    const auto current = [&](Id id) -> Step & {
        auto found = changed.find(id);
        if (found == changed.end())
            found = changed.emplace(id, data.steps.at(id)).first;
        return found->second;
    };
    const std::set<Id> moving(stepIds.begin(), stepIds.end());
    for (const Phase phase : phaseOrder()) {
        QList<Id> order = stepsInPhase(data, phase);
        QList<int> positions;
        for (const Id id : order)
            positions.append(data.steps.at(id).position);
        // Walk towards the direction of travel so a block of selected steps moves together.
        const int count = int(order.size());
        for (int k = 0; k < count; ++k) {
            const int i = direction < 0 ? k : count - 1 - k;
            const int j = i + (direction < 0 ? -1 : 1);
            if (!moving.contains(order[i]) || j < 0 || j >= count || moving.contains(order[j]))
                continue;
            std::swap(order[i], order[j]);
        }
        // Positions are re-dealt from the phase's own set, so other phases keep theirs; equal
        // positions get distinct values by moving up from the smallest.
        std::sort(positions.begin(), positions.end());
        for (int i = 1; i < count; ++i)
            positions[i] = std::max(positions[i], positions[i - 1] + 1);
        for (int i = 0; i < count; ++i) {
            if (data.steps.at(order[i]).position != positions[i])
                current(order[i]).position = positions[i];
        }
    }
    if (changed.empty())
        return refuse(error, direction < 0 ? PlanEditText::tr("The steps are already first.")
                                           : PlanEditText::tr("The steps are already last."));
    QList<AnyEntity> steps;
    for (const auto &[id, step] : changed)
        steps.append(step);
    return edit::updateEntities(project,
                                direction < 0 ? PlanEditText::tr("Move step up")
                                              : PlanEditText::tr("Move step down"),
                                steps, MergeId::None, error);
}

bool setPhase(Project &project, const QList<Id> &stepIds, Phase phase, QString *error)
{
    const ProjectData &data = project.data();
    int position = 0;
    for (const Id id : stepsInPhase(data, phase))
        position = std::max(position, data.steps.at(id).position + 1);
    QList<AnyEntity> steps;
    for (const Id id : stepIds) {
        const auto found = data.steps.find(id);
        if (found == data.steps.end() || found->second.phase == phase)
            continue;
        Step step = found->second;
        step.phase = phase;
        step.position = position++;
        steps.append(step);
    }
    if (steps.isEmpty())
        return refuse(error,
                      PlanEditText::tr("The steps are already in %1.").arg(enumDisplayName(phase)));
    return edit::updateEntities(project, PlanEditText::tr("Move to %1").arg(enumDisplayName(phase)),
                                steps, MergeId::None, error);
}

bool setEstimate(Project &project, Id stepId, EstimatePart part, double minutes, QString *error)
{
    const auto found = project.data().steps.find(stepId);
    if (found == project.data().steps.end())
        return refuse(error, PlanEditText::tr("There is no step %1.").arg(stepId));
    if (const QString problem = minutesProblem(minutes, PlanEditText::tr("estimate"));
        !problem.isEmpty())
        return refuse(error, problem);
    Step step = found->second;
    Estimate &e = step.estimate;
    switch (part) {
    case EstimatePart::Optimistic:
        e.optimistic = minutes;
        e.likely = std::max(e.likely, minutes);
        e.pessimistic = std::max(e.pessimistic, minutes);
        break;
    case EstimatePart::Likely:
        e.likely = minutes;
        e.optimistic = std::min(e.optimistic, minutes);
        e.pessimistic = std::max(e.pessimistic, minutes);
        break;
    case EstimatePart::Pessimistic:
        e.pessimistic = minutes;
        e.likely = std::min(e.likely, minutes);
        e.optimistic = std::min(e.optimistic, minutes);
        break;
    }
    if (step == found->second)
        return true;
    return edit::updateEntity(project, PlanEditText::tr("Change estimate of %1").arg(step.title),
                              step, MergeId::None, error);
}

} // namespace uw::plan
