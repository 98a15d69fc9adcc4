#include "rulesmodel.h"

#include "commands.h"
#include "constraintcells.h"
#include "entityfields.h"

#include <QBrush>

namespace uw {
namespace {

bool isStatusColumn(int column)
{
    return column == RulesModel::NowColumn || column == RulesModel::AfterUpgradeColumn;
}

QString versionAt(const System &system, bool afterUpgrade)
{
    return afterUpgrade && !system.targetVersion.isEmpty() ? system.targetVersion
                                                           : system.currentVersion;
}

} // namespace

RulesModel::RulesModel(QObject *parent)
    : TypedEntityTableModel<CompatibilityRule>(parent)
{}

int RulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SystemColumn:
        return tr("System");
    case WhenColumn:
        return tr("When at");
    case RequiredSystemColumn:
        return tr("Needs");
    case RangeColumn:
        return tr("At version");
    case NowColumn:
        return tr("Now");
    case AfterUpgradeColumn:
        return tr("After upgrade");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

Qt::ItemFlags RulesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = EntityTableModel::flags(index);
    if (index.isValid() && isEditable() && !isStatusColumn(index.column()))
        result |= Qt::ItemIsEditable;
    return result;
}

FieldMask RulesModel::columnFields(int column) const
{
    switch (column) {
    case SystemColumn:
        return RuleField::System;
    case WhenColumn:
        return RuleField::WhenVersion;
    case RequiredSystemColumn:
        return RuleField::RequiredSystem;
    case RangeColumn:
        return RuleField::RequiredRange;
    case SourceColumn:
        return RuleField::Source;
    default:
        return allFields;
    }
}

FieldMask RulesModel::displayedFieldsOf(EntityKind kind) const
{
    return kind == EntityKind::System ? FieldMask(SystemField::Name | SystemField::CurrentVersion
                                                  | SystemField::TargetVersion)
                                      : 0;
}

QString RulesModel::systemName(Id id) const
{
    const System *system = project() ? project()->find<System>(id) : nullptr;
    return system ? system->name : tr("(system %1)").arg(id);
}

RulesModel::StatusCell RulesModel::statusCell(const CompatibilityRule &rule, bool afterUpgrade) const
{
    const System *owner = project()->find<System>(rule.systemId);
    const System *required = project()->find<System>(rule.requiredSystemId);
    if (!owner || !required)
        return {true, ConstraintStatus::Unknown, tr("unknown: a system of the rule does not exist")};
    const QString ownerVersion = versionAt(*owner, afterUpgrade);
    if (!rule.whenVersion.trimmed().isEmpty()) {
        const ConstraintResult condition = evaluateConstraint(rule.whenVersion, ownerVersion);
        if (condition.status == ConstraintStatus::Unknown)
            return {true, condition.status, tr("unknown: %1").arg(condition.reason)};
        if (condition.status == ConstraintStatus::Violated)
            return {false, ConstraintStatus::Satisfied,
                    tr("does not apply: %1 is at %2, the rule is for %3")
                        .arg(owner->name, ownerVersion, rule.whenVersion)};
    }
    const QString requiredVersion = versionAt(*required, afterUpgrade);
    const ConstraintResult result = evaluateConstraint(rule.requiredRange, requiredVersion);
    switch (result.status) {
    case ConstraintStatus::Satisfied:
        return {true, result.status,
                tr("%1 %2 satisfies %3").arg(required->name, requiredVersion, rule.requiredRange)};
    case ConstraintStatus::Violated:
        return {true, result.status,
                tr("%1 %2 does not satisfy %3, which %4 %5 needs")
                    .arg(required->name, requiredVersion, rule.requiredRange, owner->name,
                         ownerVersion)};
    case ConstraintStatus::Unknown:
        break;
    }
    return {true, result.status, tr("unknown: %1").arg(result.reason)};
}

QString RulesModel::displayText(const CompatibilityRule &rule, int column) const
{
    switch (column) {
    case SystemColumn:
        return systemName(rule.systemId);
    case WhenColumn:
        return rule.whenVersion.trimmed().isEmpty() ? tr("any version") : rule.whenVersion;
    case RequiredSystemColumn:
        return systemName(rule.requiredSystemId);
    case RangeColumn:
        return rule.requiredRange;
    case NowColumn:
    case AfterUpgradeColumn: {
        const StatusCell cell = statusCell(rule, column == AfterUpgradeColumn);
        return cell.applies ? constraintStatusSymbol(cell.status) : QStringLiteral("–");
    }
    case SourceColumn:
        return rule.source;
    default:
        return {};
    }
}

QVariant RulesModel::entityData(Id id, int column, int role) const
{
    const CompatibilityRule *rule = entity(id);
    if (!rule)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*rule, column);
    case Qt::EditRole:
        if (column == SystemColumn)
            return rule->systemId;
        if (column == RequiredSystemColumn)
            return rule->requiredSystemId;
        if (column == WhenColumn)
            return rule->whenVersion;
        return displayText(*rule, column);
    case SortRole:
        if (isStatusColumn(column))
            return int(statusCell(*rule, column == AfterUpgradeColumn).status);
        return displayText(*rule, column).toLower();
    case FilterTextRole: {
        QStringList texts;
        for (int c = SystemColumn; c < ColumnCount; ++c) {
            if (!isStatusColumn(c))
                texts.append(displayText(*rule, c));
        }
        return texts.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole:
        if (isStatusColumn(column))
            return statusCell(*rule, column == AfterUpgradeColumn).explanation;
        return column == SourceColumn && !rule->source.isEmpty() ? rule->source : QVariant();
    case Qt::ForegroundRole:
        if (isStatusColumn(column)) {
            const StatusCell cell = statusCell(*rule, column == AfterUpgradeColumn);
            return cell.applies ? QBrush(constraintStatusColor(cell.status)) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (isStatusColumn(column))
            return int(Qt::AlignCenter);
        return {};
    default:
        return {};
    }
}

bool RulesModel::refuse(const QString &message)
{
    emit editFailed(message);
    return false;
}

bool RulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isEditable() || role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const CompatibilityRule *current = entityAt(index.row());
    if (!current)
        return false;
    CompatibilityRule rule = *current;
    MergeId mergeId = MergeId::None;
    const int column = index.column();
    switch (column) {
    case SystemColumn:
    case RequiredSystemColumn: {
        const Id systemId = value.toLongLong();
        if (!project()->find<System>(systemId))
            return refuse(tr("There is no system with id %1.").arg(value.toString()));
        const Id otherEnd = column == SystemColumn ? rule.requiredSystemId : rule.systemId;
        if (systemId == otherEnd)
            return refuse(tr("A rule cannot make %1 need itself.").arg(systemName(systemId)));
        (column == SystemColumn ? rule.systemId : rule.requiredSystemId) = systemId;
        break;
    }
    case WhenColumn:
    case RangeColumn: {
        const QString text = value.toString().trimmed();
        QString error;
        if (column == RangeColumn && text.isEmpty())
            return refuse(tr("Say which versions the needed system must have, e.g. >=16."));
        if (!text.isEmpty() && !VersionConstraint::parse(text, &error))
            return refuse(tr("The range \"%1\" cannot be read: %2").arg(text, error));
        (column == WhenColumn ? rule.whenVersion : rule.requiredRange) = text;
        mergeId = MergeId::DependencyText;
        break;
    }
    case SourceColumn:
        rule.source = value.toString().trimmed();
        mergeId = MergeId::DependencyText;
        break;
    default:
        return false;
    }
    const QString action = tr("Change %1 of the rule %2 → %3")
                               .arg(headerData(column, Qt::Horizontal).toString(),
                                    systemName(current->systemId),
                                    systemName(current->requiredSystemId));
    QString error;
    if (!edit::updateEntity(*project(), action, rule, mergeId, &error))
        return refuse(error);
    return true;
}

} // namespace uw
