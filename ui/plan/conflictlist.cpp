#include "conflictlist.h"

namespace uw {

ConflictListModel::ConflictListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_warning(QStringLiteral(":/icons/warning.svg"))
{}

void ConflictListModel::setConflicts(QList<Conflict> conflicts)
{
    beginResetModel();
    m_conflicts = std::move(conflicts);
    endResetModel();
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::max<qsizetype>(m_conflicts.size(), 1));
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_conflicts.isEmpty()) {
        if (role == Qt::DisplayRole)
            return tr("No conflicts: the window is clear of freezes, blackouts and peaks, and "
                      "every owner is available and booked once.");
        return {};
    }
    const Conflict &conflict = m_conflicts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return conflict.message;
    case Qt::DecorationRole:
        return m_warning;
    default:
        return {};
    }
}

} // namespace uw
