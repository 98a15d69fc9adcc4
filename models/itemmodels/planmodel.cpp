#include "planmodel.h"

#include "plaintext.h"

#include "commands.h"
#include "enumkeys.h"
#include "planedits.h"
#include "zonedtime.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace uw {
namespace {

/** Phase rows carry no parent; a step row's internal id is its phase row + 1. */
constexpr quintptr phaseMarker = 0;

QString minutesText(double minutes)
{
    return QLocale().toString(minutes, 'g', 6);
}

} // namespace

PlanModel::PlanModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void PlanModel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project)
        connect(m_project, &Project::documentChanged, this, &PlanModel::onDocumentChanged);
    reload();
}

void PlanModel::setAnalysis(const PlanAnalysis *analysis)
{
    m_analysis = analysis;
    analysisUpdated();
}

void PlanModel::analysisUpdated()
{
    rebuildTimings();
    // Only the time columns: an editor open in another column keeps what the user is typing.
    for (int phaseRow = 0; phaseRow < m_rows.size(); ++phaseRow) {
        const QModelIndex phase = index(phaseRow, 0);
        emit dataChanged(index(phaseRow, StartColumn), index(phaseRow, SlackColumn));
        if (!m_rows[phaseRow].steps.isEmpty())
            emit dataChanged(index(0, StartColumn, phase),
                             index(int(m_rows[phaseRow].steps.size()) - 1, SlackColumn, phase));
    }
    emit timelineChanged();
}

void PlanModel::rebuildTimings()
{
    m_timings = m_analysis ? stepBars(*m_analysis) : std::unordered_map<Id, Bar>();
}

QList<PlanModel::PhaseRow> PlanModel::buildRows() const
{
    return m_project ? plan::runbookOrder(m_project->data()) : QList<PhaseRow>();
}

void PlanModel::reload()
{
    beginResetModel();
    m_rows = buildRows();
    m_position.clear();
    for (int phaseRow = 0; phaseRow < m_rows.size(); ++phaseRow) {
        for (int row = 0; row < m_rows[phaseRow].steps.size(); ++row)
            m_position[m_rows[phaseRow].steps[row]] = {phaseRow, row};
    }
    rebuildTimings();
    endResetModel();
}

void PlanModel::onDocumentChanged(const DocumentChange &change)
{
    // Links show as predecessors in every row they join, owner names in every row they own.
    const bool everyRow = change.touches(EntityKind::StepLink)
                          || change.touches(EntityKind::Person, PersonField::Name);
    if (!everyRow && !change.touches(EntityKind::Step))
        return;
    if (change.touches(EntityKind::Step, StepField::Phase | StepField::Position)
        && buildRows() != m_rows) {
        return reload();
    }
    if (everyRow) {
        for (int phaseRow = 0; phaseRow < m_rows.size(); ++phaseRow) {
            const QModelIndex phase = index(phaseRow, 0);
            emit dataChanged(phase, index(phaseRow, ColumnCount - 1));
            emit dataChanged(index(0, 0, phase),
                             index(int(m_rows[phaseRow].steps.size()) - 1, ColumnCount - 1, phase));
        }
    } else {
        // Same rows: only the edited steps' cells changed (a title, an owner, an estimate).
        for (const DocumentChange::Item &item : change.items) {
            if (item.kind != EntityKind::Step)
                continue;
            if (const QModelIndex first = indexOfStep(item.id, 0); first.isValid())
                emit dataChanged(first, indexOfStep(item.id, ColumnCount - 1));
        }
    }
    emit timelineChanged();
}

const PlanModel::Bar *PlanModel::bar(Id stepId) const
{
    const auto found = m_timings.find(stepId);
    return found == m_timings.end() ? nullptr : &found->second;
}

Id PlanModel::stepId(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == phaseMarker)
        return 0;
    return m_rows[int(index.internalId() - 1)].steps[index.row()];
}

const Step *PlanModel::step(const QModelIndex &index) const
{
    const Id id = stepId(index);
    if (!id || !m_project)
        return nullptr;
    const auto found = m_project->data().steps.find(id);
    return found == m_project->data().steps.end() ? nullptr : &found->second;
}

QModelIndex PlanModel::indexOfStep(Id stepId, int column) const
{
    const auto found = m_position.find(stepId);
    if (found == m_position.end())
        return {};
    return createIndex(found->second.second, column, quintptr(found->second.first + 1));
}

QModelIndex PlanModel::indexOfPhase(Phase phase, int column) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].phase == phase)
            return createIndex(row, column, phaseMarker);
    }
    return {};
}

bool PlanModel::isPhase(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == phaseMarker;
}

Phase PlanModel::phaseAt(const QModelIndex &index) const
{
    const int row = isPhase(index) ? index.row() : int(index.internalId() - 1);
    return m_rows[row].phase;
}

QModelIndex PlanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, phaseMarker) : QModelIndex();
    if (!isPhase(parent) || row >= m_rows[parent.row()].steps.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PlanModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == phaseMarker)
        return {};
    return createIndex(int(child.internalId() - 1), 0, phaseMarker);
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (isPhase(parent) && parent.column() == 0)
        return int(m_rows[parent.row()].steps.size());
    return 0;
}

int PlanModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString PlanModel::timeText(double minutes) const
{
    if (!m_analysis)
        return {};
    const Schedule &schedule = m_analysis->schedule;
    const QString zone = m_analysis->hasWindow ? m_analysis->window.timeZone
                                               : QStringLiteral("UTC");
    const QDateTime local = toZone(schedule.toUtc(minutes), zone);
    const QDate firstDay = toZone(schedule.startUtc, zone).date();
    const QString time = QLocale().toString(local.time(), QStringLiteral("HH:mm"));
    const qint64 days = firstDay.daysTo(local.date());
    return days == 0 ? time : QStringLiteral("%1 (+%2)").arg(time).arg(days);
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_project)
        return {};
    if (isPhase(index))
        return phaseData(index.row(), index.column(), role);
    const Step *s = step(index);
    if (s && role == Qt::ToolTipRole)
        return plainToolTip(stepData(*s, index.column(), role));
    return s ? stepData(*s, index.column(), role) : QVariant();
}

QVariant PlanModel::phaseData(int phaseRow, int column, int role) const
{
    const PhaseRow &row = m_rows[phaseRow];
    if (role == PhaseRole)
        return int(row.phase);
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case TitleColumn:
        return enumDisplayName(row.phase);
    case StartColumn:
    case FinishColumn: {
        double start = std::numeric_limits<double>::infinity();
        double finish = -std::numeric_limits<double>::infinity();
        for (const Id id : row.steps) {
            if (const auto timing = m_timings.find(id); timing != m_timings.end()) {
                start = std::min(start, timing->second.start);
                finish = std::max(finish, timing->second.finish);
            }
        }
        if (!std::isfinite(start))
            return {};
        return timeText(column == StartColumn ? start : finish);
    }
    default:
        return {};
    }
}

QVariant PlanModel::stepData(const Step &step, int column, int role) const
{
    const auto timing = m_timings.find(step.id);
    const bool timed = timing != m_timings.end();
    switch (role) {
    case StepIdRole:
        return step.id;
    case PhaseRole:
        return int(step.phase);
    case OwnerIdRole:
        return step.ownerId;
    case CriticalRole:
        return timed && timing->second.critical;
    case Qt::CheckStateRole:
        if (column == TitleColumn)
            return step.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (column >= NumberColumn && column != OwnerColumn && column != PredecessorsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == TitleColumn && !step.instructions.isEmpty())
            return step.instructions;
        if (column == PredecessorsColumn)
            return QCoreApplication::translate(
                "uw::PlanModel",
                "Step numbers this step waits for, e.g. \"3, 5SS+10\": "
                "SS = start-to-start, FF = finish-to-finish, +/- a lag in minutes.");
        if (column == SlackColumn && timed && !timing->second.rollback)
            return timing->second.critical
                       ? QCoreApplication::translate("uw::PlanModel",
                                                     "On the critical path: any delay moves "
                                                     "the finish.")
                       : QCoreApplication::translate("uw::PlanModel",
                                                     "Can slip this many minutes without moving "
                                                     "the finish.");
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    const bool edit = role == Qt::EditRole;
    switch (column) {
    case TitleColumn:
        return step.title;
    case NumberColumn:
        return step.id;
    case OwnerColumn: {
        const auto person = m_project->data().people.find(step.ownerId);
        return person == m_project->data().people.end() ? QString() : person->second.name;
    }
    case OptimisticColumn:
        return edit ? QVariant(step.estimate.optimistic) : minutesText(step.estimate.optimistic);
    case LikelyColumn:
        return edit ? QVariant(step.estimate.likely) : minutesText(step.estimate.likely);
    case PessimisticColumn:
        return edit ? QVariant(step.estimate.pessimistic) : minutesText(step.estimate.pessimistic);
    case StartColumn:
        return timed ? timeText(timing->second.start) : QString();
    case FinishColumn:
        return timed ? timeText(timing->second.finish) : QString();
    case SlackColumn:
        return timed && !timing->second.rollback ? minutesText(timing->second.slack) : QString();
    case PredecessorsColumn:
        return plan::formatPredecessors(m_project->data(), step.id);
    default:
        return {};
    }
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return QCoreApplication::translate("uw::PlanModel", "Step");
    case NumberColumn:
        return QCoreApplication::translate("uw::PlanModel", "#");
    case OwnerColumn:
        return QCoreApplication::translate("uw::PlanModel", "Owner");
    case OptimisticColumn:
        return QCoreApplication::translate("uw::PlanModel", "Best");
    case LikelyColumn:
        return QCoreApplication::translate("uw::PlanModel", "Likely");
    case PessimisticColumn:
        return QCoreApplication::translate("uw::PlanModel", "Worst");
    case StartColumn:
        return QCoreApplication::translate("uw::PlanModel", "Start");
    case FinishColumn:
        return QCoreApplication::translate("uw::PlanModel", "Finish");
    case SlackColumn:
        return QCoreApplication::translate("uw::PlanModel", "Slack");
    case PredecessorsColumn:
        return QCoreApplication::translate("uw::PlanModel", "After");
    default:
        return {};
    }
}

Qt::ItemFlags PlanModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isPhase(index) || !m_project || m_project->isReadOnly())
        return flags;
    switch (index.column()) {
    case TitleColumn:
        return flags | Qt::ItemIsEditable | Qt::ItemIsUserCheckable;
    case OwnerColumn:
    case OptimisticColumn:
    case LikelyColumn:
    case PessimisticColumn:
    case PredecessorsColumn:
        return flags | Qt::ItemIsEditable;
    default:
        return flags;
    }
}

bool PlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Step *s = step(index);
    if (!s || !(flags(index) & Qt::ItemIsEditable))
        return false;
    return setStepData(*s, index.column(), value, role);
}

bool PlanModel::setStepData(const Step &current, int column, const QVariant &value, int role)
{
    Step step = current;
    QString error;
    bool done = false;
    if (role == Qt::CheckStateRole && column == TitleColumn) {
        step.enabled = value.toInt() == Qt::Checked;
        done = edit::updateEntity(
            *m_project,
            step.enabled
                ? QCoreApplication::translate("uw::PlanModel", "Enable %1").arg(step.title)
                : QCoreApplication::translate("uw::PlanModel", "Disable %1").arg(step.title),
            step, MergeId::None, &error);
    } else if (role != Qt::EditRole) {
        return false;
    } else if (column == TitleColumn) {
        step.title = value.toString().trimmed();
        if (step.title.isEmpty()) {
            error = QCoreApplication::translate("uw::PlanModel", "A step needs a title.");
        } else {
            done = edit::updateEntity(*m_project,
                                      QCoreApplication::translate("uw::PlanModel", "Rename step %1")
                                          .arg(step.id),
                                      step, MergeId::None, &error);
        }
    } else if (column == OwnerColumn) {
        const ProjectData &data = m_project->data();
        Id owner = 0;
        if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
            owner = value.toLongLong();
        } else if (const QString name = value.toString().trimmed(); !name.isEmpty()) {
            for (const auto &[id, person] : data.people) {
                if (person.name.compare(name, Qt::CaseInsensitive) == 0)
                    owner = id;
            }
            if (!owner)
                error = QCoreApplication::translate("uw::PlanModel",
                                                    "There is no person called \"%1\"; add them "
                                                    "on the People page first.")
                            .arg(name);
        }
        if (error.isEmpty() && owner && !data.people.contains(owner))
            error = QCoreApplication::translate("uw::PlanModel", "There is no person %1.").arg(owner);
        if (error.isEmpty()) {
            step.ownerId = owner;
            done = step == current
                   || edit::updateEntity(*m_project,
                                         QCoreApplication::translate("uw::PlanModel",
                                                                     "Change owner of %1")
                                             .arg(step.title),
                                         step, MergeId::None, &error);
        }
    } else if (column >= OptimisticColumn && column <= PessimisticColumn) {
        bool ok = false;
        const double minutes = value.typeId() == QMetaType::QString
                                   ? QLocale().toDouble(value.toString(), &ok)
                                   : value.toDouble(&ok);
        if (!ok)
            error = QCoreApplication::translate("uw::PlanModel",
                                                "\"%1\" is not a number of minutes.")
                        .arg(value.toString());
        else
            done = plan::setEstimate(*m_project, step.id,
                                     plan::EstimatePart(column - OptimisticColumn), minutes,
                                     &error);
    } else if (column == PredecessorsColumn) {
        done = plan::setPredecessors(*m_project, step.id, value.toString(), &error);
    }
    if (!done && !error.isEmpty())
        emit editRefused(error);
    return done;
}

} // namespace uw
