#pragma once

#include "entitytablemodel.h"

namespace uw {

/**
 * The inventory as a table: one row per system. Edits become undo commands, so every change
 * made in the table can be undone and reaches the file before the view shows it.
 */
class SystemsModel : public TypedEntityTableModel<System>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        EnvironmentColumn,
        SiteColumn,
        CurrentVersionColumn,
        TargetVersionColumn,
        CriticalityColumn,
        OwnerColumn,
        BusinessProcessesColumn,
        ColumnCount,
    };

    enum Role {
        /** True when a version column holds text the compatibility engine cannot read. */
        VersionProblemRole = FirstCustomRole,
        /** For the environment column: the names to offer (environmentChoices()). */
        EnvironmentChoicesRole,
    };

    explicit SystemsModel(QObject *parent = nullptr);

    /** Version columns sort naturally and are checked with Version::parse. */
    static bool isVersionColumn(int column);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /** Pushes one undoable edit; false when the value is invalid or the file refused it. */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /**
     * The question to ask before deleting \a ids: names the systems that need them and what
     * else goes with them or loses its reference. Empty when nothing else is affected.
     */
    QString removalQuestion(const QList<Id> &ids) const;

protected:
    QVariant entityData(Id id, int column, int role) const override;
    FieldMask columnFields(int column) const override;

private:
    QString displayText(const System &system, int column) const;
    QString editText(const System &system, int column) const;
    /** English reads right without a translation file; translators still get numerus forms. */
    static QString countText(int n, const char *one, const char *many);
};

} // namespace uw
