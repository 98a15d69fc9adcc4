#include "commands.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <set>
#include <utility>

namespace uw {

EditCommand::EditCommand(Project *project, const QString &text, QList<EntityChange> changes,
                         MergeId mergeId)
    : QUndoCommand(text)
    , m_project(project)
    , m_changes(std::move(changes))
    , m_mergeId(mergeId)
{}

void EditCommand::redo()
{
    step(true);
}

void EditCommand::undo()
{
    step(false);
}

void EditCommand::step(bool forward)
{
    if (std::exchange(m_skipNextStep, false))
        return;
    const QString action
        = forward ? text() : QCoreApplication::translate("uw::EditCommand", "Undo: %1").arg(text());
    QString error;
    if (m_project->applyChanges(m_changes, forward, action, &error)) {
        m_done = true;
        return;
    }
    // A new edit that failed is dropped by the stack, so the history never claims an edit that
    // did not reach the file; one already in the history stays there to be tried again.
    if (m_done)
        m_skipNextStep = true;
    else
        setObsolete(true);
    emit m_project->writeFailed(error);
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditCommand *>(other);
    if (next->isObsolete() || m_changes.size() != 1 || next->m_changes.size() != 1)
        return false;
    const EntityChange &mine = m_changes.first();
    const EntityChange &theirs = next->m_changes.first();
    if (!mine.before || !mine.after || !theirs.before || !theirs.after
        || entityKind(*mine.after) != entityKind(*theirs.after)
        || entityId(*mine.after) != entityId(*theirs.after)
        || changedFields(mine.before, mine.after) != changedFields(theirs.before, theirs.after)) {
        return false;
    }
    m_changes.first().after = theirs.after;
    // Typing a text back to what it was leaves nothing to undo.
    setObsolete(*mine.before == *mine.after);
    return true;
}

namespace edit {
namespace {

bool push(Project &project, const QString &text, QList<EntityChange> changes, MergeId mergeId,
          QString *error)
{
    if (changes.isEmpty())
        return true;
    if (project.isReadOnly()) {
        if (error)
            *error = QCoreApplication::translate("uw::Edit", "The project is open read-only: %1")
                         .arg(project.storeInfo().readOnlyReason);
        return false;
    }
    QString failure;
    const auto connection = QObject::connect(&project, &Project::writeFailed,
                                             [&failure](const QString &message) {
                                                 failure = message;
                                             });
    project.undoStack()->push(new EditCommand(&project, text, std::move(changes), mergeId));
    QObject::disconnect(connection);
    if (!failure.isEmpty() && error)
        *error = failure;
    return failure.isEmpty();
}

/** Collects the changes of a removal: each entity at most once, dependants first. */
class RemovalPlan
{
public:
    explicit RemovalPlan(const Project &project)
        : m_project(project)
        , m_data(project.data())
    {}

    void remove(EntityKind kind, Id id)
    {
        if (!m_removed.insert({kind, id}).second)
            return;
        const auto entity = m_project.findAny(kind, id);
        if (!entity || kind == EntityKind::Change)
            return;
        switch (kind) {
        case EntityKind::System:
            removeSystemDependants(id);
            break;
        case EntityKind::Person:
            removePersonDependants(id);
            break;
        case EntityKind::Step:
            removeStepDependants(id);
            break;
        case EntityKind::Metric:
            modifySteps([id](Step &step) {
                if (step.metricCheck.metricId != id)
                    return false;
                step.metricCheck.metricId = 0;
                return true;
            });
            break;
        default:
            break;
        }
        m_removals.append({entity, std::nullopt});
    }

    QList<EntityChange> changes() const
    {
        QList<EntityChange> all;
        for (const auto &[key, modified] : m_modified) {
            if (!m_removed.count(key))
                all.append({m_project.findAny(key.first, key.second), modified});
        }
        all.append(m_removals);
        return all;
    }

private:
    using Key = std::pair<EntityKind, Id>;

    /** Applies edit to the pending state of an entity that stays, recording it once. */
    template<class T, class Edit>
    void modify(const T &original, Edit edit)
    {
        const Key key{T::kind, original.id};
        if (m_removed.count(key))
            return;
        auto pending = m_modified.find(key);
        T current = pending != m_modified.end() ? std::get<T>(pending->second) : original;
        if (edit(current))
            m_modified.insert_or_assign(key, AnyEntity(current));
    }

    template<class Edit>
    void modifySteps(Edit edit)
    {
        for (const auto &[stepId, step] : m_data.steps)
            modify(step, edit);
    }

    void removeSystemDependants(Id id)
    {
        for (const auto &[depId, dependency] : m_data.dependencies) {
            if (dependency.dependentId == id || dependency.dependencyId == id)
                remove(EntityKind::Dependency, depId);
        }
        for (const auto &[ruleId, rule] : m_data.rules) {
            if (rule.systemId == id || rule.requiredSystemId == id)
                remove(EntityKind::CompatibilityRule, ruleId);
        }
        for (const auto &[windowId, window] : m_data.windows) {
            modify(window, [id](Window &w) { return w.systemIds.removeAll(id) > 0; });
        }
        modifySteps([id](Step &step) { return step.systemIds.removeAll(id) > 0; });
        for (const auto &[recordId, record] : m_data.records) {
            modify(record, [id](RecordItem &r) {
                if (r.systemId != id)
                    return false;
                r.systemId = 0;
                return true;
            });
        }
    }

    void removePersonDependants(Id id)
    {
        for (const auto &[approvalId, approval] : m_data.approvals) {
            if (approval.personId == id)
                remove(EntityKind::Approval, approvalId);
        }
        modifySteps([id](Step &step) {
            bool changed = false;
            for (Id *person : {&step.ownerId, &step.verifierId, &step.approverId}) {
                if (*person == id) {
                    *person = 0;
                    changed = true;
                }
            }
            return changed;
        });
    }

    void removeStepDependants(Id id)
    {
        for (const auto &[linkId, link] : m_data.links) {
            if (link.predecessorId == id || link.successorId == id)
                remove(EntityKind::StepLink, linkId);
        }
        modifySteps([id](Step &step) { return step.undoesStepIds.removeAll(id) > 0; });
    }

    const Project &m_project;
    const ProjectData &m_data;
    std::set<Key> m_removed;
    std::map<Key, AnyEntity> m_modified;
    QList<EntityChange> m_removals;
};

} // namespace

bool changeEntities(Project &project, const QString &text, QList<EntityChange> changes,
                    QString *error)
{
    return push(project, text, std::move(changes), MergeId::None, error);
}

bool addEntities(Project &project, const QString &text, const QList<AnyEntity> &entities,
                 QString *error)
{
    QList<EntityChange> changes;
    for (const AnyEntity &entity : entities) {
        // An id comes from Project::allocateId(); 0 would collide with the next one allocated.
        if (entityId(entity) <= 0) {
            if (error)
                *error = QCoreApplication::translate("uw::Edit",
                                                     "Nothing was added: a new entry has no id.");
            return false;
        }
        changes.append({std::nullopt, entity});
    }
    return push(project, text, std::move(changes), MergeId::None, error);
}

bool updateEntities(Project &project, const QString &text, const QList<AnyEntity> &entities,
                    MergeId mergeId, QString *error)
{
    QList<EntityChange> changes;
    for (const AnyEntity &entity : entities) {
        auto before = project.findAny(entityKind(entity), entityId(entity));
        if (before && *before == entity)
            continue;
        changes.append({std::move(before), entity});
    }
    return push(project, text, std::move(changes), mergeId, error);
}

bool updateEntity(Project &project, const QString &text, const AnyEntity &entity, MergeId mergeId,
                  QString *error)
{
    return updateEntities(project, text, {entity}, mergeId, error);
}

QList<EntityChange> removalChanges(const Project &project, EntityKind kind, const QList<Id> &ids)
{
    RemovalPlan plan(project);
    for (Id id : ids)
        plan.remove(kind, id);
    return plan.changes();
}

bool removeEntities(Project &project, const QString &text, EntityKind kind, const QList<Id> &ids,
                    QString *error)
{
    return push(project, text, removalChanges(project, kind, ids), MergeId::None, error);
}

} // namespace edit
} // namespace uw
