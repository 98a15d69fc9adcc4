#include "windowsmodel.h"

#include "commands.h"
#include "enumkeys.h"
#include "zonedtime.h"

#include <algorithm>

namespace uw {
namespace {

bool isTimeColumn(int column)
{
    return column == WindowsModel::StartColumn || column == WindowsModel::EndColumn;
}

const QDateTime &timeOf(const Window &window, int column)
{
    return column == WindowsModel::StartColumn ? window.startUtc : window.endUtc;
}

} // namespace

WindowsModel::WindowsModel(QObject *parent)
    : TypedEntityTableModel<Window>(parent)
{}

void WindowsModel::setDisplayZone(const QString &zone)
{
    if (zone == m_displayZone)
        return;
    m_displayZone = zone;
    emit headerDataChanged(Qt::Horizontal, StartColumn, EndColumn);
    if (rowCount() > 0)
        emit dataChanged(index(0, StartColumn), index(rowCount() - 1, EndColumn));
}

int WindowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WindowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TypedEntityTableModel<Window>::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case StartColumn:
        return m_displayZone.isEmpty() ? tr("Start") : tr("Start (%1)").arg(m_displayZone);
    case EndColumn:
        return m_displayZone.isEmpty() ? tr("End") : tr("End (%1)").arg(m_displayZone);
    case LengthColumn:
        return tr("Length");
    case TimeZoneColumn:
        return tr("Time zone");
    case SystemsColumn:
        return tr("Affected systems");
    default:
        return {};
    }
}

Qt::ItemFlags WindowsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = TypedEntityTableModel<Window>::flags(index);
    // The length follows from start and end; systems have their own checklist editor.
    if (index.isValid() && isEditable() && index.column() != LengthColumn
        && index.column() != SystemsColumn) {
        result |= Qt::ItemIsEditable;
    }
    return result;
}

QString WindowsModel::zoneShown(const Window &window) const
{
    return m_displayZone.isEmpty() ? window.timeZone : m_displayZone;
}

QStringList WindowsModel::systemNames(const Window &window) const
{
    QStringList names;
    for (const Id systemId : window.systemIds) {
        if (const System *system = project()->find<System>(systemId))
            names.append(system->name);
    }
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return names;
}

QString WindowsModel::displayText(const Window &window, int column) const
{
    switch (column) {
    case NameColumn:
        return window.name;
    case KindColumn:
        return enumDisplayName(window.windowKind);
    case StartColumn:
    case EndColumn:
        return formatInZone(timeOf(window, column), zoneShown(window));
    case LengthColumn:
        return formatDuration(window.startUtc.secsTo(window.endUtc));
    case TimeZoneColumn:
        return window.timeZone;
    case SystemsColumn:
        return systemNames(window).join(QStringLiteral(", "));
    default:
        return {};
    }
}

FieldMask WindowsModel::columnFields(int column) const
{
    switch (column) {
    case NameColumn:
        // The first column also carries the row's filter text, which includes the notes.
        return WindowField::Name | WindowField::Notes;
    case KindColumn:
        return WindowField::Kind;
    case StartColumn:
        return WindowField::Start | WindowField::TimeZone;
    case EndColumn:
        return WindowField::End | WindowField::TimeZone;
    case LengthColumn:
        return WindowField::Start | WindowField::End;
    case TimeZoneColumn:
        return WindowField::TimeZone;
    case SystemsColumn:
        return WindowField::Systems;
    default:
        return 0;
    }
}

QVariant WindowsModel::entityData(Id id, int column, int role) const
{
    const Window *window = entity(id);
    if (!window)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*window, column);
    case Qt::EditRole:
        if (isTimeColumn(column))
            return timeOf(*window, column);
        if (column == KindColumn)
            return enumKey(window->windowKind);
        if (column == SystemsColumn) {
            QVariantList ids;
            for (const Id systemId : window->systemIds)
                ids.append(systemId);
            return ids;
        }
        return displayText(*window, column);
    case SortRole:
        if (isTimeColumn(column))
            return timeOf(*window, column).toMSecsSinceEpoch();
        if (column == LengthColumn)
            return window->startUtc.secsTo(window->endUtc);
        if (column == KindColumn)
            return int(window->windowKind);
        return displayText(*window, column).toLower();
    case FilterTextRole: {
        QStringList texts{window->name, enumDisplayName(window->windowKind), window->timeZone,
                          window->notes};
        texts.append(systemNames(*window));
        return texts.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole:
        if (isTimeColumn(column))
            return formatInZone(timeOf(*window, column), QStringLiteral("UTC"));
        if (column == TimeZoneColumn && !isKnownZone(window->timeZone))
            return tr("Unknown time zone: times are shown in UTC.");
        if (column == SystemsColumn)
            return systemNames(*window).join(QLatin1Char('\n'));
        if (column == NameColumn && !window->notes.isEmpty())
            return window->notes;
        return {};
    case DisplayZoneRole:
        return zoneShown(*window);
    default:
        return {};
    }
}

bool WindowsModel::refuse(const QString &message)
{
    emit editFailed(message);
    return false;
}

bool WindowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isEditable()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const Window *current = entityAt(index.row());
    if (!current)
        return false;
    Window window = *current;
    MergeId mergeId = MergeId::None;
    switch (index.column()) {
    case NameColumn:
        if (value.toString().trimmed().isEmpty())
            return refuse(tr("A window needs a name."));
        window.name = value.toString().trimmed();
        mergeId = MergeId::WindowText;
        break;
    case KindColumn: {
        const auto kind = enumFromKey<WindowKind>(value.toString());
        if (!kind)
            return refuse(tr("\"%1\" is not a kind of window.").arg(value.toString()));
        window.windowKind = *kind;
        break;
    }
    case StartColumn:
    case EndColumn: {
        const QDateTime time = value.toDateTime().toUTC();
        if (!time.isValid())
            return refuse(tr("That is not a valid time."));
        if (index.column() == StartColumn)
            window.startUtc = time;
        else
            window.endUtc = time;
        if (window.endUtc <= window.startUtc) {
            return refuse(tr("A window must end after it starts (%1 – %2).")
                              .arg(formatInZone(window.startUtc, zoneShown(window)),
                                   formatInZone(window.endUtc, zoneShown(window))));
        }
        break;
    }
    case TimeZoneColumn: {
        const QString zone = value.toString().trimmed();
        if (!isKnownZone(zone)) {
            return refuse(
                tr("\"%1\" is not a known time zone; use an IANA name such as Europe/Berlin.")
                    .arg(zone));
        }
        window.timeZone = zone;
        break;
    }
    case SystemsColumn: {
        QList<Id> ids;
        for (const QVariant &item : value.toList()) {
            const Id systemId = item.toLongLong();
            if (!project()->find<System>(systemId))
                return refuse(tr("There is no system with id %1.").arg(item.toString()));
            if (!ids.contains(systemId))
                ids.append(systemId);
        }
        window.systemIds = ids;
        break;
    }
    default:
        return false;
    }
    const QString action = tr("Change %1 of %2")
                               .arg(headerData(index.column(), Qt::Horizontal).toString(),
                                    current->name);
    QString error;
    if (!edit::updateEntity(*project(), action, window, mergeId, &error))
        return refuse(error);
    return true;
}

} // namespace uw
