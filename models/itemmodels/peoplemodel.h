#pragma once

#include "entitytablemodel.h"

#include <QLocale>

namespace uw {

/**
 * The people of a change with the roles they may hold (for segregation of duties) and when they
 * can work. Availability is shown in the change's time zone, because that is the clock the
 * window is agreed in; it is stored in UTC. Edits become undo commands.
 */
class PeopleModel : public TypedEntityTableModel<Person>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ApproverColumn,
        ExecutorColumn,
        VerifierColumn,
        LeadColumn,
        ContactColumn,
        AvailabilityColumn,
        ColumnCount,
    };

    explicit PeopleModel(QObject *parent = nullptr);

    /** The role a checkable column stands for, NoRole for the other columns. */
    static Role roleOfColumn(int column);
    /** "Sat 5 Dec 20:00 – Sun 6 Dec 04:00" in zone (UTC if the zone is unknown). */
    static QString formatInterval(const TimeInterval &interval, const QString &zone,
                                  const QLocale &locale = {});

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /**
     * Pushes one undoable edit: role columns toggle through CheckStateRole, name and contact
     * take text (a name may not be empty). Refusals are explained through editFailed.
     */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /**
     * Replaces a person's availability in one undoable edit, sorted by start. Every interval
     * must be valid and end after it starts; otherwise nothing changes and editFailed says why.
     */
    bool setAvailability(Id personId, QList<TimeInterval> intervals);

signals:
    /** An edit was refused or could not be written; the message says why, for the status line. */
    void editFailed(const QString &message);

protected:
    QVariant entityData(Id id, int column, int role) const override;
    /** The change's time zone decides how availability reads. */
    FieldMask displayedFieldsOf(EntityKind kind) const override
    {
        return kind == EntityKind::Change ? FieldMask(ChangeField::TimeZone) : 0;
    }

private:
    QString displayText(const Person &person, int column) const;
    QString availabilitySummary(const Person &person) const;
    QString zone() const;
    bool refuse(const QString &message);
};

} // namespace uw
