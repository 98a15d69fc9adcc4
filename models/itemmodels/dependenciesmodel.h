#pragma once

#include "entitytablemodel.h"
#include "versionconstraint.h"

namespace uw {

/**
 * Dependencies as a table, with the state of each constraint today and after the upgrade, so
 * that a violation is visible on the row where it is fixed. Edits become undo commands.
 *
 * "After upgrade" checks the dependency's target version; a system without a target version
 * is not being upgraded and keeps its current one.
 */
class DependenciesModel : public TypedEntityTableModel<Dependency>
{
    Q_OBJECT

public:
    enum Column {
        DependentColumn,
        DependencyColumn,
        KindColumn,
        ConstraintColumn,
        MixedVersionsColumn,
        NowColumn,
        AfterUpgradeColumn,
        ColumnCount,
    };

    enum Role {
        /** int(ConstraintStatus) in the Now and After upgrade columns, for views and tests. */
        ConstraintStatusRole = FirstCustomRole,
    };

    explicit DependenciesModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /**
     * Pushes one undoable edit. The system columns take a system id (EditRole), which must
     * exist and differ from the other end; the constraint must parse; the kind is an enum key.
     * Refusals are explained through editFailed.
     */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    /** An edit was refused or could not be written; the message says why, for the status line. */
    void editFailed(const QString &message);

protected:
    QVariant entityData(Id id, int column, int role) const override;
    FieldMask columnFields(int column) const override;
    FieldMask displayedFieldsOf(EntityKind kind) const override
    {
        return kind == EntityKind::System ? FieldMask(
                   SystemField::Name | SystemField::CurrentVersion | SystemField::TargetVersion)
                                          : 0;
    }

private:
    struct StatusCell
    {
        ConstraintStatus status;
        QString explanation;
    };

    StatusCell statusCell(const Dependency &dependency, int column) const;
    QString systemName(Id id) const;
    QString displayText(const Dependency &dependency, int column) const;
    bool refuse(const QString &message);
};

} // namespace uw
