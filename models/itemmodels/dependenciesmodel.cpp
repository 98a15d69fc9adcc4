#include "dependenciesmodel.h"

#include "commands.h"
#include "constraintcells.h"
#include "enumkeys.h"

#include <QBrush>
#include <QColor>

namespace uw {
namespace {

bool isSystemColumn(int column)
{
    return column == DependenciesModel::DependentColumn
           || column == DependenciesModel::DependencyColumn;
}

bool isStatusColumn(int column)
{
    return column == DependenciesModel::NowColumn
           || column == DependenciesModel::AfterUpgradeColumn;
}

} // namespace

DependenciesModel::DependenciesModel(QObject *parent)
    : TypedEntityTableModel<Dependency>(parent)
{}

int DependenciesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DependenciesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return TypedEntityTableModel<Dependency>::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NowColumn:
            return tr("The constraint checked against the version that runs today");
        case AfterUpgradeColumn:
            return tr("The constraint checked against the target version");
        case MixedVersionsColumn:
            return tr("Whether the dependant keeps working while only one side is upgraded");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return TypedEntityTableModel<Dependency>::headerData(section, orientation, role);
    switch (section) {
    case DependentColumn:
        return tr("Dependent");
    case DependencyColumn:
        return tr("Depends on");
    case KindColumn:
        return tr("Kind");
    case ConstraintColumn:
        return tr("Constraint");
    case MixedVersionsColumn:
        return tr("Mixed versions tolerated");
    case NowColumn:
        return tr("Now");
    case AfterUpgradeColumn:
        return tr("After upgrade");
    default:
        return {};
    }
}

Qt::ItemFlags DependenciesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = TypedEntityTableModel<Dependency>::flags(index);
    if (!index.isValid() || !isEditable() || isStatusColumn(index.column()))
        return result;
    if (index.column() == MixedVersionsColumn)
        return result | Qt::ItemIsUserCheckable;
    return result | Qt::ItemIsEditable;
}

QString DependenciesModel::systemName(Id id) const
{
    const System *system = project() ? project()->find<System>(id) : nullptr;
    return system ? system->name : tr("(missing system %1)").arg(id);
}

DependenciesModel::StatusCell DependenciesModel::statusCell(const Dependency &dependency,
                                                            int column) const
{
    const System *system = project() ? project()->find<System>(dependency.dependencyId) : nullptr;
    if (!system)
        return {ConstraintStatus::Unknown, tr("unknown: the system depended on does not exist")};
    const QString version = column == AfterUpgradeColumn && !system->targetVersion.isEmpty()
                                ? system->targetVersion
                                : system->currentVersion;
    if (dependency.constraint.trimmed().isEmpty()) {
        return {ConstraintStatus::Satisfied,
                tr("no constraint: any version of %1 will do").arg(system->name)};
    }
    const ConstraintResult result = evaluateConstraint(dependency.constraint, version);
    switch (result.status) {
    case ConstraintStatus::Satisfied:
        return {result.status, tr("%1 satisfies %2").arg(version, dependency.constraint)};
    case ConstraintStatus::Violated:
        return {result.status,
                tr("%1 does not satisfy %2: %3").arg(version, dependency.constraint, result.reason)};
    case ConstraintStatus::Unknown:
        break;
    }
    return {result.status, tr("unknown: %1").arg(result.reason)};
}

QString DependenciesModel::displayText(const Dependency &dependency, int column) const
{
    switch (column) {
    case DependentColumn:
        return systemName(dependency.dependentId);
    case DependencyColumn:
        return systemName(dependency.dependencyId);
    case KindColumn:
        return enumDisplayName(dependency.dependencyKind);
    case ConstraintColumn:
        return dependency.constraint;
    case NowColumn:
    case AfterUpgradeColumn:
        return constraintStatusSymbol(statusCell(dependency, column).status);
    default:
        return {};
    }
}

FieldMask DependenciesModel::columnFields(int column) const
{
    switch (column) {
    case DependentColumn:
        // The first column also carries the row's filter text, which includes the note.
        return DependencyField::Dependent | DependencyField::Note;
    case DependencyColumn:
        return DependencyField::DependsOn;
    case KindColumn:
        return DependencyField::Kind;
    case ConstraintColumn:
        return DependencyField::Constraint;
    case MixedVersionsColumn:
        return DependencyField::MixedVersionsTolerated;
    default:
        // The verdicts read everything the dependency says.
        return allFields;
    }
}

QVariant DependenciesModel::entityData(Id id, int column, int role) const
{
    const Dependency *dependency = entity(id);
    if (!dependency)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*dependency, column);
    case Qt::EditRole:
        if (column == DependentColumn)
            return dependency->dependentId;
        if (column == DependencyColumn)
            return dependency->dependencyId;
        if (column == KindColumn)
            return enumKey(dependency->dependencyKind);
        return displayText(*dependency, column);
    case Qt::CheckStateRole:
        if (column == MixedVersionsColumn)
            return dependency->mixedVersionsTolerated ? Qt::Checked : Qt::Unchecked;
        return {};
    case SortRole:
        if (column == MixedVersionsColumn)
            return dependency->mixedVersionsTolerated;
        if (isStatusColumn(column))
            return int(statusCell(*dependency, column).status);
        if (isSystemColumn(column)) {
            // Rows of one system group together, ordered by the system at the other end.
            const int other = column == DependentColumn ? DependencyColumn : DependentColumn;
            return QString(displayText(*dependency, column) + QChar(1)
                           + displayText(*dependency, other))
                .toLower();
        }
        return displayText(*dependency, column).toLower();
    case FilterTextRole: {
        QStringList texts;
        for (int c = DependentColumn; c <= ConstraintColumn; ++c)
            texts.append(displayText(*dependency, c));
        texts.append(dependency->note);
        // A line break keeps a typed word from matching across two cells.
        return texts.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole:
        if (isStatusColumn(column))
            return statusCell(*dependency, column).explanation;
        if (isSystemColumn(column)) {
            const Id systemId = column == DependentColumn ? dependency->dependentId
                                                          : dependency->dependencyId;
            if (const System *system = project()->find<System>(systemId)) {
                return tr("%1: %2 now, %3 after the upgrade")
                    .arg(system->name, system->currentVersion, system->targetVersion);
            }
        }
        return column == ConstraintColumn && !dependency->note.isEmpty() ? dependency->note
                                                                         : QVariant();
    case Qt::ForegroundRole:
        if (isStatusColumn(column))
            return QBrush(constraintStatusColor(statusCell(*dependency, column).status));
        return {};
    case Qt::TextAlignmentRole:
        if (isStatusColumn(column))
            return int(Qt::AlignCenter);
        return {};
    case ConstraintStatusRole:
        if (isStatusColumn(column))
            return int(statusCell(*dependency, column).status);
        return {};
    default:
        return {};
    }
}

bool DependenciesModel::refuse(const QString &message)
{
    emit editFailed(message);
    return false;
}

bool DependenciesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isEditable()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const Dependency *current = entityAt(index.row());
    const int column = index.column();
    const bool checkEdit = role == Qt::CheckStateRole && column == MixedVersionsColumn;
    if (!current || (role != Qt::EditRole && !checkEdit))
        return false;
    Dependency dependency = *current;
    MergeId mergeId = MergeId::None;
    switch (column) {
    case DependentColumn:
    case DependencyColumn: {
        const Id systemId = value.toLongLong();
        if (!project()->find<System>(systemId))
            return refuse(tr("There is no system with id %1.").arg(value.toString()));
        const Id otherEnd = column == DependentColumn ? dependency.dependencyId
                                                      : dependency.dependentId;
        if (systemId == otherEnd) {
            return refuse(
                tr("%1 cannot depend on itself; pick another system.").arg(systemName(systemId)));
        }
        if (column == DependentColumn)
            dependency.dependentId = systemId;
        else
            dependency.dependencyId = systemId;
        break;
    }
    case KindColumn: {
        const auto kind = enumFromKey<DependencyKind>(value.toString());
        if (!kind)
            return refuse(tr("\"%1\" is not a dependency kind.").arg(value.toString()));
        dependency.dependencyKind = *kind;
        break;
    }
    case ConstraintColumn: {
        const QString text = value.toString().trimmed();
        QString error;
        if (!text.isEmpty() && !VersionConstraint::parse(text, &error))
            return refuse(tr("The constraint \"%1\" cannot be read: %2").arg(text, error));
        dependency.constraint = text;
        mergeId = MergeId::DependencyText;
        break;
    }
    case MixedVersionsColumn:
        if (!checkEdit)
            return false;
        dependency.mixedVersionsTolerated = value.toInt() == Qt::Checked;
        break;
    default:
        return false;
    }
    const QString action = tr("Change %1 of %2 → %3")
                               .arg(headerData(column, Qt::Horizontal).toString(),
                                    systemName(current->dependentId),
                                    systemName(current->dependencyId));
    QString error;
    if (!edit::updateEntity(*project(), action, dependency, mergeId, &error))
        return refuse(error);
    return true;
}

} // namespace uw
