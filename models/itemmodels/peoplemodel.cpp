#include "peoplemodel.h"

#include "commands.h"
#include "zonedtime.h"

#include <algorithm>

namespace uw {
namespace {

QList<TimeInterval> sortedByStart(QList<TimeInterval> intervals)
{
    std::stable_sort(intervals.begin(), intervals.end(),
                     [](const TimeInterval &a, const TimeInterval &b) {
                         return a.startUtc < b.startUtc;
                     });
    return intervals;
}

QDateTime wallClock(const QDateTime &utc, const QString &zone)
{
    return toZone(utc, zoneOrUtc(zone));
}

} // namespace

PeopleModel::PeopleModel(QObject *parent)
    : TypedEntityTableModel<Person>(parent)
{}

Role PeopleModel::roleOfColumn(int column)
{
    switch (column) {
    case ApproverColumn:
        return RoleApprover;
    case ExecutorColumn:
        return RoleExecutor;
    case VerifierColumn:
        return RoleVerifier;
    case LeadColumn:
        return RoleLead;
    default:
        return NoRole;
    }
}

QString PeopleModel::formatInterval(const TimeInterval &interval, const QString &zone,
                                    const QLocale &locale)
{
    const QString format = QStringLiteral("ddd d MMM HH:mm");
    const QDateTime start = wallClock(interval.startUtc, zone);
    const QDateTime end = wallClock(interval.endUtc, zone);
    // Within one day the date is said once: "Sun 6 Dec 14:00 – 18:00".
    const QString endText = end.date() == start.date()
                                ? locale.toString(end.time(), QStringLiteral("HH:mm"))
                                : locale.toString(end, format);
    return tr("%1 – %2").arg(locale.toString(start, format), endText);
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == AvailabilityColumn)
        return tr("When the person can work, in the change's time zone (%1)").arg(zone());
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TypedEntityTableModel<Person>::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ApproverColumn:
        return tr("Approver");
    case ExecutorColumn:
        return tr("Executor");
    case VerifierColumn:
        return tr("Verifier");
    case LeadColumn:
        return tr("Lead");
    case ContactColumn:
        return tr("Contact");
    case AvailabilityColumn:
        return tr("Availability");
    default:
        return {};
    }
}

Qt::ItemFlags PeopleModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = TypedEntityTableModel<Person>::flags(index);
    if (!index.isValid() || !isEditable())
        return result;
    if (roleOfColumn(index.column()) != NoRole)
        return result | Qt::ItemIsUserCheckable;
    if (index.column() == NameColumn || index.column() == ContactColumn)
        return result | Qt::ItemIsEditable;
    return result;
}

QString PeopleModel::zone() const
{
    return zoneOrUtc(project() ? project()->change().timeZone : QString());
}

QString PeopleModel::availabilitySummary(const Person &person) const
{
    if (person.availability.isEmpty())
        return tr("always");
    const QList<TimeInterval> intervals = sortedByStart(person.availability);
    const QString first = formatInterval(intervals.first(), zone());
    if (intervals.size() == 1)
        return first;
    return tr("%1 (+%2 more)").arg(first).arg(intervals.size() - 1);
}

QString PeopleModel::displayText(const Person &person, int column) const
{
    switch (column) {
    case NameColumn:
        return person.name;
    case ContactColumn:
        return person.contact;
    case AvailabilityColumn:
        return availabilitySummary(person);
    default:
        return {};
    }
}

QVariant PeopleModel::entityData(Id id, int column, int role) const
{
    const Person *person = entity(id);
    if (!person)
        return {};
    const Role personRole = roleOfColumn(column);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return displayText(*person, column);
    case Qt::CheckStateRole:
        if (personRole == NoRole)
            return {};
        return person->roles & personRole ? Qt::Checked : Qt::Unchecked;
    case SortRole:
        if (personRole != NoRole)
            return bool(person->roles & personRole);
        if (column == AvailabilityColumn) {
            // Always available sorts first: it is the widest availability there is.
            return person->availability.isEmpty()
                       ? qint64(0)
                       : sortedByStart(person->availability).first().startUtc.toMSecsSinceEpoch();
        }
        return displayText(*person, column).toLower();
    case FilterTextRole: {
        QStringList texts{person->name, person->contact};
        for (int c = ApproverColumn; c <= LeadColumn; ++c) {
            if (person->roles & roleOfColumn(c))
                texts.append(headerData(c, Qt::Horizontal).toString());
        }
        return texts.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole:
        if (column == AvailabilityColumn && !person->availability.isEmpty()) {
            QStringList lines;
            for (const TimeInterval &interval : sortedByStart(person->availability))
                lines.append(formatInterval(interval, zone()));
            return lines.join(QLatin1Char('\n'));
        }
        // Contacts are long ("name@example.com, +49 …") and often elided in the table.
        if (column == ContactColumn && !person->contact.isEmpty())
            return person->contact;
        return {};
    default:
        return {};
    }
}

bool PeopleModel::refuse(const QString &message)
{
    emit editFailed(message);
    return false;
}

bool PeopleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isEditable()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const Person *current = entityAt(index.row());
    if (!current)
        return false;
    Person person = *current;
    const int column = index.column();
    const Role personRole = roleOfColumn(column);
    QString action;
    MergeId mergeId = MergeId::None;
    if (personRole != NoRole) {
        if (role != Qt::CheckStateRole)
            return false;
        const bool holds = value.toInt() == Qt::Checked;
        person.roles = holds ? person.roles | personRole : person.roles & ~personRole;
        const QString roleName = headerData(column, Qt::Horizontal).toString();
        action = holds ? tr("Give %1 the role %2").arg(person.name, roleName)
                       : tr("Take the role %2 from %1").arg(person.name, roleName);
    } else if (role == Qt::EditRole && column == NameColumn) {
        // Steps, approvals and reports name people: a nameless one could not be told apart.
        if (value.toString().trimmed().isEmpty())
            return refuse(tr("A person needs a name."));
        person.name = value.toString().trimmed();
        action = tr("Rename %1 to %2").arg(current->name, person.name);
        mergeId = MergeId::PersonText;
    } else if (role == Qt::EditRole && column == ContactColumn) {
        person.contact = value.toString().trimmed();
        action = tr("Change contact of %1").arg(person.name);
        mergeId = MergeId::PersonText;
    } else {
        return false;
    }
    QString error;
    if (!edit::updateEntity(*project(), action, person, mergeId, &error))
        return refuse(error);
    return true;
}

bool PeopleModel::setAvailability(Id personId, QList<TimeInterval> intervals)
{
    const Person *current = entity(personId);
    if (!current || !isEditable())
        return false;
    for (const TimeInterval &interval : intervals) {
        if (!interval.startUtc.isValid() || !interval.endUtc.isValid()
            || interval.endUtc <= interval.startUtc) {
            return refuse(tr("%1: an available period must end after it starts.")
                              .arg(formatInterval(interval, zone())));
        }
    }
    Person person = *current;
    person.availability.clear();
    for (const TimeInterval &interval : sortedByStart(intervals))
        person.availability.append({interval.startUtc.toUTC(), interval.endUtc.toUTC()});
    QString error;
    if (!edit::updateEntity(*project(), tr("Change availability of %1").arg(person.name), person,
                            MergeId::None, &error)) {
        return refuse(error);
    }
    return true;
}

} // namespace uw
