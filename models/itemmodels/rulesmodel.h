#pragma once

#include "entitytablemodel.h"
#include "versionconstraint.h"

namespace uw {

/**
 * The vendor compatibility matrix as a table: "when a system is at these versions, it needs
 * another system at those", with whether each rule holds today and after the upgrade and the
 * document it comes from. The compatibility check, the graph and `check` read the same rules.
 * Edits become undo commands.
 */
class RulesModel : public TypedEntityTableModel<CompatibilityRule>
{
    Q_OBJECT

public:
    enum Column {
        SystemColumn,
        WhenColumn,
        RequiredSystemColumn,
        RangeColumn,
        NowColumn,
        AfterUpgradeColumn,
        SourceColumn,
        ColumnCount,
    };

    explicit RulesModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /**
     * Pushes one undoable edit. The system columns take a system id (EditRole), which must
     * exist and differ from the other; both version ranges must read (the condition may be
     * empty: always). Refusals are explained through editFailed.
     */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editFailed(const QString &message);

protected:
    QVariant entityData(Id id, int column, int role) const override;
    FieldMask columnFields(int column) const override;
    FieldMask displayedFieldsOf(EntityKind kind) const override;

private:
    struct StatusCell
    {
        /** False when the system's version is outside the rule's condition. */
        bool applies = true;
        ConstraintStatus status = ConstraintStatus::Unknown;
        QString explanation;
    };

    StatusCell statusCell(const CompatibilityRule &rule, bool afterUpgrade) const;
    QString systemName(Id id) const;
    QString displayText(const CompatibilityRule &rule, int column) const;
    bool refuse(const QString &message);
};

} // namespace uw
