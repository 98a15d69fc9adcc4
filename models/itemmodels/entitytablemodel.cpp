#include "entitytablemodel.h"

#include "plaintext.h"

#include "project.h"

#include <algorithm>

namespace uw {

EntityTableModel::EntityTableModel(EntityKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

void EntityTableModel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project)
        connect(m_project, &Project::documentChanged, this, &EntityTableModel::onDocumentChanged);
    reload();
}

void EntityTableModel::reload()
{
    beginResetModel();
    m_ids = currentIds();
    endResetModel();
}

Id EntityTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int EntityTableModel::rowOf(Id id) const
{
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
    return it != m_ids.end() && *it == id ? int(it - m_ids.begin()) : -1;
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Id id = m_ids.at(index.row());
    if (role == IdRole)
        return id;
    if (role == Qt::ToolTipRole)
        return plainToolTip(entityData(id, index.column(), role));
    return entityData(id, index.column(), role);
}

bool EntityTableModel::isEditable() const
{
    return m_project && !m_project->isReadOnly();
}

void EntityTableModel::onDocumentChanged(const DocumentChange &change)
{
    bool refreshAll = false;
    for (const DocumentChange::Item &item : change.items) {
        if (item.kind != m_kind) {
            refreshAll = refreshAll || (displayedFieldsOf(item.kind) & item.fields) != 0;
            continue;
        }
        const auto position = std::lower_bound(m_ids.begin(), m_ids.end(), item.id);
        const int row = int(position - m_ids.begin());
        const bool present = position != m_ids.end() && *position == item.id;
        switch (item.operation) {
        case DocumentChange::Operation::Added:
            if (!present) {
                beginInsertRows({}, row, row);
                m_ids.insert(row, item.id);
                endInsertRows();
            }
            break;
        case DocumentChange::Operation::Removed:
            if (present) {
                beginRemoveRows({}, row, row);
                m_ids.removeAt(row);
                endRemoveRows();
            }
            break;
        case DocumentChange::Operation::Modified:
            if (present)
                announceChangedCells(row, item.fields);
            break;
        }
    }
    if (refreshAll && !m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void EntityTableModel::announceChangedCells(int row, FieldMask fields)
{
    int first = -1;
    int last = -1;
    for (int column = 0; column < columnCount(); ++column) {
        if ((columnFields(column) & fields) == 0)
            continue;
        if (first < 0)
            first = column;
        last = column;
    }
    if (first >= 0)
        emit dataChanged(index(row, first), index(row, last));
}

} // namespace uw
