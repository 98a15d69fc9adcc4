#pragma once

#include "project.h"

#include <QUndoCommand>

namespace uw {

/**
 * Edits that merge with the previous one of the same id when they change the same fields of the
 * same entity (a text typed in pauses), so the history reads as a person would name the edits.
 */
enum class MergeId {
    None = -1,
    ChangeText = 1,
    SystemText,
    DependencyText,
    PersonText,
    WindowText,
    StepText,
};

/**
 * The one undo command: a list of entity states before and after. Every edit of the document,
 * from a typed character to a CSV import, is one of these, so do/undo/redo, the audit log and
 * the change signal work the same way for all of them.
 */
class EditCommand : public QUndoCommand
{
public:
    EditCommand(Project *project, const QString &text, QList<EntityChange> changes,
                MergeId mergeId = MergeId::None);

    void redo() override;
    void undo() override;
    int id() const override { return int(m_mergeId); }
    bool mergeWith(const QUndoCommand *other) override;

    const QList<EntityChange> &changes() const { return m_changes; }
    /**
     * True after an undo or redo of a command already in the history could not be written: the
     * document did not move, so the project steps the stack back over it (see Project) and the
     * command stays where it was, to be tried again.
     */
    bool lastStepFailed() const { return m_skipNextStep; }

private:
    void step(bool forward);

    Project *m_project;
    QList<EntityChange> m_changes;
    MergeId m_mergeId;
    bool m_done = false;
    bool m_skipNextStep = false;
};

/**
 * The edit API the UI uses: each call pushes one command onto the project's undo stack and
 * returns false with a message when the file could not be written (the document is unchanged).
 */
namespace edit {
/** Any mix of additions, updates and removals as one command (before/after states given). */
bool changeEntities(Project &project, const QString &text, QList<EntityChange> changes,
                    QString *error = nullptr);

bool addEntities(Project &project, const QString &text, const QList<AnyEntity> &entities,
                 QString *error = nullptr);
/** Replaces entities by their new state (same ids). */
bool updateEntities(Project &project, const QString &text, const QList<AnyEntity> &entities,
                    MergeId mergeId = MergeId::None, QString *error = nullptr);
bool updateEntity(Project &project, const QString &text, const AnyEntity &entity,
                  MergeId mergeId = MergeId::None, QString *error = nullptr);
/**
 * Removes entities and everything that cannot exist without them (a system's dependencies and
 * rules, a step's links) and drops references to them from the rest (window and step systems,
 * step owners), so that undo restores all of it in one step.
 */
bool removeEntities(Project &project, const QString &text, EntityKind kind, const QList<Id> &ids,
                    QString *error = nullptr);

/** What a removal would take with it, for "are you sure" prompts before deleting. */
QList<EntityChange> removalChanges(const Project &project, EntityKind kind, const QList<Id> &ids);

} // namespace edit
} // namespace uw
