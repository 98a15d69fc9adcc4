#pragma once

#include "planconflicts.h"

#include <QAbstractListModel>
#include <QIcon>

namespace uw {

/**
 * The conflicts of a plan analysis as list rows, read when painted: a runbook with thousands of
 * double bookings opens without building thousands of widget items. With no conflicts, one row
 * says that the plan is clear.
 */
class ConflictListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit ConflictListModel(QObject *parent = nullptr);

    void setConflicts(QList<Conflict> conflicts);
    qsizetype conflictCount() const { return m_conflicts.size(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Conflict> m_conflicts;
    QIcon m_warning;
};

} // namespace uw
