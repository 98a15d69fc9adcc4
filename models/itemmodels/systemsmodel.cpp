#include "systemsmodel.h"

#include "commands.h"
#include "enumkeys.h"
#include "environments.h"
#include "version.h"

#include <set>

namespace uw {
namespace {

QString versionText(const System &system, int column)
{
    return column == SystemsModel::CurrentVersionColumn ? system.currentVersion
                                                        : system.targetVersion;
}

/** "a, b ,, c" gives {"a", "b", "c"}: how a comma-separated cell becomes a list. */
QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','))) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

} // namespace

SystemsModel::SystemsModel(QObject *parent)
    : TypedEntityTableModel<System>(parent)
{}

bool SystemsModel::isVersionColumn(int column)
{
    return column == CurrentVersionColumn || column == TargetVersionColumn;
}

int SystemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SystemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TypedEntityTableModel<System>::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case EnvironmentColumn:
        return tr("Environment");
    case SiteColumn:
        return tr("Site");
    case CurrentVersionColumn:
        return tr("Current version");
    case TargetVersionColumn:
        return tr("Target version");
    case CriticalityColumn:
        return tr("Criticality");
    case OwnerColumn:
        return tr("Owner");
    case BusinessProcessesColumn:
        return tr("Business processes");
    default:
        return {};
    }
}

Qt::ItemFlags SystemsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = TypedEntityTableModel<System>::flags(index);
    if (index.isValid() && isEditable())
        result |= Qt::ItemIsEditable;
    return result;
}

QString SystemsModel::displayText(const System &system, int column) const
{
    switch (column) {
    case KindColumn:
        return enumDisplayName(system.systemKind);
    case CriticalityColumn:
        return enumDisplayName(system.criticality);
    case BusinessProcessesColumn:
        return system.businessProcesses.join(QStringLiteral(", "));
    default:
        return editText(system, column);
    }
}

QString SystemsModel::editText(const System &system, int column) const
{
    switch (column) {
    case NameColumn:
        return system.name;
    case KindColumn:
        return enumKey(system.systemKind);
    case EnvironmentColumn:
        return system.environment;
    case SiteColumn:
        return system.site;
    case CurrentVersionColumn:
    case TargetVersionColumn:
        return versionText(system, column);
    case CriticalityColumn:
        return enumKey(system.criticality);
    case OwnerColumn:
        return system.owner;
    case BusinessProcessesColumn:
        return system.businessProcesses.join(QStringLiteral(", "));
    default:
        return {};
    }
}

FieldMask SystemsModel::columnFields(int column) const
{
    switch (column) {
    case NameColumn:
        return SystemField::Name;
    case KindColumn:
        return SystemField::Kind;
    case EnvironmentColumn:
        return SystemField::Environment;
    case SiteColumn:
        return SystemField::Site;
    case CurrentVersionColumn:
        return SystemField::CurrentVersion;
    case TargetVersionColumn:
        return SystemField::TargetVersion;
    case CriticalityColumn:
        return SystemField::Criticality;
    case OwnerColumn:
        return SystemField::Owner;
    case BusinessProcessesColumn:
        return SystemField::BusinessProcesses;
    default:
        return 0;
    }
}

QVariant SystemsModel::entityData(Id id, int column, int role) const
{
    const System *system = entity(id);
    if (!system)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*system, column);
    case Qt::EditRole:
        return editText(*system, column);
    case SortRole:
        // Ranks keep "Critical" above "High"; versions stay raw for the proxy's natural order.
        if (column == CriticalityColumn)
            return int(system->criticality);
        if (isVersionColumn(column))
            return versionText(*system, column);
        return displayText(*system, column);
    case FilterTextRole: {
        QStringList texts;
        texts.reserve(ColumnCount);
        for (int c = 0; c < ColumnCount; ++c)
            texts.append(displayText(*system, c));
        // A line break keeps a typed word from matching across two cells.
        return texts.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole:
        // The list is often longer than its cell.
        if (column == BusinessProcessesColumn && !system->businessProcesses.isEmpty())
            return displayText(*system, column);
        if (isVersionColumn(column)) {
            QString error;
            if (!Version::parse(versionText(*system, column), &error))
                return tr("cannot read version: %1").arg(error);
        }
        return {};
    case VersionProblemRole:
        if (isVersionColumn(column))
            return !Version::parse(versionText(*system, column)).has_value();
        return {};
    case EnvironmentChoicesRole:
        if (column == EnvironmentColumn && project())
            return environmentChoices(project()->data());
        return {};
    default:
        return {};
    }
}

bool SystemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isEditable()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const System *current = entityAt(index.row());
    if (!current)
        return false;
    System system = *current;
    const QString text = value.toString();
    switch (index.column()) {
    case NameColumn:
        // Dependencies, steps and reports name systems: a nameless one would be unfindable.
        if (text.trimmed().isEmpty())
            return false;
        system.name = text.trimmed();
        break;
    case KindColumn: {
        const auto kind = enumFromKey<SystemKind>(text);
        if (!kind)
            return false;
        system.systemKind = *kind;
        break;
    }
    case EnvironmentColumn: {
        const QString environment = environmentName(text);
        if (environment.isEmpty() || environment.size() > longestEnvironmentName)
            return false;
        system.environment = environment;
        break;
    }
    case SiteColumn:
        system.site = text.trimmed();
        break;
    case CurrentVersionColumn:
        // Unreadable versions are kept: the compatibility check reports them as unknown.
        system.currentVersion = text.trimmed();
        break;
    case TargetVersionColumn:
        system.targetVersion = text.trimmed();
        break;
    case CriticalityColumn: {
        const auto level = enumFromKey<Level>(text);
        if (!level)
            return false;
        system.criticality = *level;
        break;
    }
    case OwnerColumn:
        system.owner = text.trimmed();
        break;
    case BusinessProcessesColumn:
        system.businessProcesses = splitList(text);
        break;
    default:
        return false;
    }
    const QString action = tr("Change %1 of %2")
                               .arg(headerData(index.column(), Qt::Horizontal).toString(),
                                    current->name);
    return edit::updateEntity(*project(), action, system, MergeId::SystemText);
}

QString SystemsModel::countText(int n, const char *one, const char *many)
{
    return tr(n == 1 ? one : many, nullptr, n);
}

QString SystemsModel::removalQuestion(const QList<Id> &ids) const
{
    if (!project() || ids.isEmpty())
        return {};
    const std::set<Id> selected(ids.begin(), ids.end());
    QStringList dependants;
    int dependencies = 0, rules = 0, steps = 0, windows = 0, records = 0;
    for (const EntityChange &change : edit::removalChanges(*project(), EntityKind::System, ids)) {
        const AnyEntity &entity = change.before ? *change.before : *change.after;
        switch (entityKind(entity)) {
        case EntityKind::Dependency: {
            ++dependencies;
            const auto &dependency = std::get<Dependency>(entity);
            const System *dependant = project()->find<System>(dependency.dependentId);
            if (dependant && selected.count(dependency.dependencyId)
                && !selected.count(dependency.dependentId)) {
                dependants.append(dependant->name);
            }
            break;
        }
        case EntityKind::CompatibilityRule:
            ++rules;
            break;
        case EntityKind::Step:
            ++steps;
            break;
        case EntityKind::Window:
            ++windows;
            break;
        case EntityKind::RecordItem:
            ++records;
            break;
        default:
            break;
        }
    }
    QStringList others;
    if (dependants.isEmpty() && dependencies > 0)
        others.append(countText(dependencies, QT_TR_N_NOOP("%n dependency"),
                                QT_TR_N_NOOP("%n dependencies")));
    if (rules > 0)
        others.append(countText(rules, QT_TR_N_NOOP("%n compatibility rule"),
                                QT_TR_N_NOOP("%n compatibility rules")));
    if (steps > 0)
        others.append(
            countText(steps, QT_TR_N_NOOP("%n runbook step"), QT_TR_N_NOOP("%n runbook steps")));
    if (windows > 0)
        others.append(countText(windows, QT_TR_N_NOOP("%n window"), QT_TR_N_NOOP("%n windows")));
    if (records > 0)
        others.append(
            countText(records, QT_TR_N_NOOP("%n record entry"), QT_TR_N_NOOP("%n record entries")));
    if (dependants.isEmpty() && others.isEmpty())
        return {};

    const auto joined = [](const QStringList &items) {
        return items.size() == 1
                   ? items.first()
                   : tr("%1 and %2")
                         .arg(items.first(items.size() - 1).join(QStringLiteral(", ")),
                              items.last());
    };
    const bool one = ids.size() == 1;
    const System *first = project()->find<System>(ids.first());
    const QString subject = one && first ? first->name
                                         : tr("The %n selected systems", nullptr, int(ids.size()));
    QString text;
    if (!dependants.isEmpty()) {
        dependants.sort(Qt::CaseInsensitive);
        dependants.removeDuplicates();
        constexpr int MaxNames = 8;
        if (dependants.size() > MaxNames) {
            const int more = int(dependants.size()) - MaxNames;
            dependants.resize(MaxNames);
            dependants.append(tr("%n more", nullptr, more));
        }
        text = (one ? tr("%1 is needed by: %2 (%3)") : tr("%1 are needed by: %2 (%3)"))
                   .arg(subject, dependants.join(QStringLiteral(", ")),
                        countText(dependencies, QT_TR_N_NOOP("%n dependency"),
                                  QT_TR_N_NOOP("%n dependencies")));
        if (!others.isEmpty())
            text += tr("; also referenced by %1").arg(joined(others));
    } else {
        text = (one ? tr("%1 is referenced by %2") : tr("%1 are referenced by %2"))
                   .arg(subject, joined(others));
    }
    return tr("%1. Delete anyway?").arg(text);
}

} // namespace uw
