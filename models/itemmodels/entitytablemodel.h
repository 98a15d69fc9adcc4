#pragma once

#include "entities.h"
#include "project.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace uw {

/** Roles shared by every entity table, for proxies, views and tests. */
enum EntityRole {
    IdRole = Qt::UserRole + 1,
    /** A value that sorts naturally (numbers as numbers, versions as versions). */
    SortRole,
    /** Text a filter matches against: everything in the row a user might type. */
    FilterTextRole,
    FirstCustomRole = Qt::UserRole + 32,
};

/**
 * Rows are the entities of one kind, in id order (views sort through a proxy). The model never
 * changes the document itself: setData in subclasses pushes an edit command, and the rows follow
 * the project's change signal, so do, undo and redo refresh views the same way.
 */
class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    EntityTableModel(EntityKind kind, QObject *parent = nullptr);

    void setProject(Project *project);
    Project *project() const { return m_project; }
    EntityKind kind() const { return m_kind; }

    Id idAt(int row) const;
    int rowOf(Id id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

protected:
    /** The ids of this model's entities in the current document. */
    virtual QList<Id> currentIds() const = 0;
    /** Fields of other kinds this model shows (e.g. system names in dependencies). */
    virtual FieldMask displayedFieldsOf(EntityKind) const { return 0; }
    /** The fields of this model's kind a column shows; its cells repaint when one changes. */
    virtual FieldMask columnFields(int) const { return allFields; }
    /** Data for the roles every table shares is handled here; the rest by the subclass. */
    virtual QVariant entityData(Id id, int column, int role) const = 0;
    bool isEditable() const;

private:
    void onDocumentChanged(const DocumentChange &change);
    /** One dataChanged over the columns that show fields, none when no column does. */
    void announceChangedCells(int row, FieldMask fields);
    void reload();

    EntityKind m_kind;
    QPointer<Project> m_project;
    QList<Id> m_ids;
};

/** Typed access for a model over entities of type T. */
template<class T>
class TypedEntityTableModel : public EntityTableModel
{
public:
    explicit TypedEntityTableModel(QObject *parent = nullptr)
        : EntityTableModel(T::kind, parent)
    {}

    const T *entityAt(int row) const;

protected:
    const T *entity(Id id) const;
    QList<Id> currentIds() const override;
};

template<class T>
const T *TypedEntityTableModel<T>::entity(Id id) const
{
    return project() ? project()->template find<T>(id) : nullptr;
}

template<class T>
const T *TypedEntityTableModel<T>::entityAt(int row) const
{
    return entity(idAt(row));
}

template<class T>
QList<Id> TypedEntityTableModel<T>::currentIds() const
{
    QList<Id> ids;
    if (!project())
        return ids;
    const auto &table = entityTable<T>(project()->data());
    ids.reserve(qsizetype(table.size()));
    for (const auto &entry : table)
        ids.append(entry.first);
    return ids;
}

} // namespace uw
