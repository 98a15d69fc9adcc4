#include "stepgeneration.h"

#include "commands.h"
#include "project.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>
#include <vector>

namespace uw {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(uw::StepGeneration)
};

// Placeholder estimates in minutes (optimistic, likely, pessimistic): a pessimistic case about
// twice the likely one is typical of upgrade work. They exist so that the plan can be scheduled
// at once; a rehearsal's actual durations should replace them. A rollback restores from backup,
// which usually takes longer than the upgrade it undoes.
constexpr Estimate prepareEstimate{10, 15, 30};
constexpr Estimate backupEstimate{15, 30, 60};
constexpr Estimate executeEstimate{20, 30, 60};
constexpr Estimate verifyEstimate{10, 15, 30};
constexpr Estimate rollbackEstimate{20, 40, 90};

/** The steps made for one group, kept apart by phase so that links can be drawn between them. */
struct GroupSteps
{
    QList<Id> prepares;
    QList<Id> backups;
    QList<Id> executes;
    QList<Id> verifies;
    QList<const System *> systems;
};

class Builder
{
public:
    explicit Builder(Project &project)
        : m_project(project)
    {
        for (const auto &[id, step] : project.data().steps)
            m_position = std::max(m_position, step.position);
    }

    /**
     * All steps of one phase for every system of a group come together, so that the runbook
     * reads in the order the group is worked: prepare all, back up all, upgrade all, verify all.
     */
    void addGroup(const UpgradeGroup &group)
    {
        GroupSteps steps;
        for (const Id systemId : group.systemIds) {
            const System *system = m_project.find<System>(systemId);
            // A system listed twice would get a second, conflicting set of steps.
            if (system && m_seen.insert(systemId).second)
                steps.systems.append(system);
        }
        if (steps.systems.isEmpty())
            return;
        for (const System *s : std::as_const(steps.systems)) {
            steps.prepares.append(
                addStep(Phase::Prepare, *s, prepareEstimate,
                        Tr::tr("Prepare %1 for %2").arg(s->name, s->targetVersion),
                        Tr::tr("Check that %1 is healthy, the %2 installation files and its "
                               "configuration notes are at hand, and its users know the work "
                               "is about to start.")
                            .arg(s->name, s->targetVersion))
                    .id);
        }
        for (const System *s : std::as_const(steps.systems)) {
            steps.backups.append(
                addStep(Phase::Backup, *s, backupEstimate, Tr::tr("Back up %1").arg(s->name),
                        Tr::tr(
                            "Save the data and the configuration of %1 so that it can be restored "
                            "on its own, and confirm that the backup is complete and readable.")
                            .arg(s->name))
                    .id);
        }
        for (const System *s : std::as_const(steps.systems)) {
            QString instructions
                = Tr::tr("Upgrade %1 from %2 to %3 as the vendor describes, and note anything "
                         "that behaves differently than in the rehearsal.")
                      .arg(s->name, s->currentVersion, s->targetVersion);
            if (!group.reason.isEmpty())
                instructions += u' ' + group.reason;
            steps.executes.append(addStep(Phase::Execute, *s, executeEstimate,
                                          Tr::tr("Upgrade %1 to %2").arg(s->name, s->targetVersion),
                                          instructions)
                                      .id);
        }
        for (const System *s : std::as_const(steps.systems)) {
            steps.verifies.append(
                addStep(Phase::Verify, *s, verifyEstimate,
                        Tr::tr("Verify %1 on %2").arg(s->name, s->targetVersion),
                        Tr::tr("Confirm that %1 reports version %2, its services answer, and "
                               "the systems that depend on it work as before.")
                            .arg(s->name, s->targetVersion))
                    .id);
        }
        linkGroup(steps);
        if (!m_groups.empty())
            linkAll(m_groups.back().verifies, steps.prepares);
        m_groups.push_back(std::move(steps));
    }

    /**
     * Rollback steps come last, latest group first: the systems upgraded last depend on those
     * upgraded before them, so they go back first, while the earlier ones still serve them.
     */
    QList<AnyEntity> finish()
    {
        QList<Id> later;
        for (auto group = m_groups.rbegin(); group != m_groups.rend(); ++group) {
            QList<Id> rollbacks;
            for (qsizetype i = 0; i < group->systems.size(); ++i) {
                const System &s = *group->systems[i];
                Step &rollback = addStep(
                    Phase::Rollback, s, rollbackEstimate,
                    Tr::tr("Roll back %1 to %2").arg(s.name, s.currentVersion),
                    Tr::tr("Restore %1 to %2 from the backup taken in this window, then check "
                           "that it runs and serves its dependants as it did before.")
                        .arg(s.name, s.currentVersion));
                rollback.undoesStepIds = {group->executes[i]};
                rollbacks.append(rollback.id);
            }
            linkAll(later, rollbacks);
            later = rollbacks;
        }
        QList<AnyEntity> entities;
        entities.reserve(m_steps.size() + m_links.size());
        // Steps first: a link may only name steps that exist.
        for (const Step &step : std::as_const(m_steps))
            entities.append(step);
        for (const StepLink &link : std::as_const(m_links))
            entities.append(link);
        return entities;
    }

private:
    Step &addStep(Phase phase, const System &system, const Estimate &estimate, const QString &title,
                  const QString &instructions)
    {
        Step step;
        step.id = m_project.allocateId(EntityKind::Step);
        step.title = title;
        step.instructions = instructions;
        step.phase = phase;
        step.systemIds = {system.id};
        step.estimate = estimate;
        step.position = ++m_position;
        m_steps.append(step);
        return m_steps.last();
    }

    void link(Id predecessor, Id successor)
    {
        StepLink link;
        link.id = m_project.allocateId(EntityKind::StepLink);
        link.predecessorId = predecessor;
        link.successorId = successor;
        m_links.append(link);
    }

    /** Every successor waits for every predecessor. Groups are small (systems that cannot be
     * separated), so the product stays small too. */
    void linkAll(const QList<Id> &predecessors, const QList<Id> &successors)
    {
        for (const Id predecessor : predecessors) {
            for (const Id successor : successors)
                link(predecessor, successor);
        }
    }

    /** Each system is prepared, then backed up; the group's upgrades may run side by side once
     * every system of the group is backed up, and each is verified after its own upgrade. */
    void linkGroup(const GroupSteps &steps)
    {
        for (qsizetype i = 0; i < steps.systems.size(); ++i)
            link(steps.prepares[i], steps.backups[i]);
        linkAll(steps.backups, steps.executes);
        for (qsizetype i = 0; i < steps.systems.size(); ++i)
            link(steps.executes[i], steps.verifies[i]);
    }

    Project &m_project;
    int m_position = 0;
    std::set<Id> m_seen;
    std::vector<GroupSteps> m_groups;
    QList<Step> m_steps;
    QList<StepLink> m_links;
};

} // namespace

QList<AnyEntity> upgradeStepSkeletons(Project &project, const QList<UpgradeGroup> &order)
{
    Builder builder(project);
    for (const UpgradeGroup &group : order)
        builder.addGroup(group);
    return builder.finish();
}

bool generateUpgradeSteps(Project &project, const QList<UpgradeGroup> &order, QString *error)
{
    const QList<AnyEntity> entities = upgradeStepSkeletons(project, order);
    const auto executes = std::count_if(entities.begin(), entities.end(), [](const AnyEntity &e) {
        const Step *step = std::get_if<Step>(&e);
        return step && step->phase == Phase::Execute;
    });
    const int systems = int(executes);
    if (systems == 0) {
        if (error) {
            *error = Tr::tr("The upgrade order names no system of this project, so there are no "
                            "runbook steps to generate.");
        }
        return false;
    }
    const QString text = systems == 1
                             ? Tr::tr("Generate runbook steps for %n system", nullptr, systems)
                             : Tr::tr("Generate runbook steps for %n systems", nullptr, systems);
    return edit::addEntities(project, text, entities, error);
}

} // namespace uw
