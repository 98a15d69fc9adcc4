#pragma once

#include "entitytablemodel.h"

namespace uw {

/**
 * Maintenance windows, freezes, blackouts and peak periods as a table. Times are stored in UTC
 * and shown as wall-clock time in the window's own IANA zone (or one chosen zone for all rows),
 * and the length is the true duration, so a window across a DST change shows its real length.
 * Edits become undo commands.
 */
class WindowsModel : public TypedEntityTableModel<Window>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        StartColumn,
        EndColumn,
        LengthColumn,
        TimeZoneColumn,
        SystemsColumn,
        ColumnCount,
    };

    enum Role {
        /** The IANA zone a row's start and end are shown in, for editors that show wall time. */
        DisplayZoneRole = FirstCustomRole,
    };

    explicit WindowsModel(QObject *parent = nullptr);

    /**
     * Shows every window's start and end in zone, e.g. to compare windows agreed in different
     * zones; an empty zone shows each window in its own zone.
     */
    void setDisplayZone(const QString &zone);
    QString displayZone() const { return m_displayZone; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /**
     * Pushes one undoable edit. Start and end take a QDateTime (converted to UTC) and must keep
     * the end after the start; the zone must be a known IANA id and changing it keeps the
     * instants (only their wall-clock reading changes); the kind is an enum key; the affected
     * systems are a list of existing system ids. Refusals are explained through editFailed.
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
        return kind == EntityKind::System ? FieldMask(SystemField::Name) : 0;
    }

private:
    QString zoneShown(const Window &window) const;
    QStringList systemNames(const Window &window) const;
    QString displayText(const Window &window, int column) const;
    bool refuse(const QString &message);

    QString m_displayZone;
};

} // namespace uw
