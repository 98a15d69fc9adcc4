#pragma once

#include "entitytablemodel.h"
#include "plananalysis.h"
#include "planedits.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <unordered_map>

namespace uw {

/**
 * The runbook as a tree: the phases that have steps (in plan::phaseOrder()), each with its steps
 * in runbook order, and the planned times of the current analysis. The plan page's table and
 * its Gantt timeline both read it, so they always show the same rows. Edits push commands
 * (see plan:: edits); a refused edit is reported through editRefused().
 */
class PlanModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        NumberColumn,
        OwnerColumn,
        OptimisticColumn,
        LikelyColumn,
        PessimisticColumn,
        StartColumn,
        FinishColumn,
        SlackColumn,
        PredecessorsColumn,
        ColumnCount
    };
    enum Role {
        StepIdRole = IdRole,
        PhaseRole = FirstCustomRole,
        /** The owner's person id, for the owner editor. */
        OwnerIdRole,
        CriticalRole,
    };

    explicit PlanModel(QObject *parent = nullptr);

    void setProject(Project *project);
    Project *project() const { return m_project; }
    /** The analysis the time columns show; the model keeps the pointer, not a copy. */
    void setAnalysis(const PlanAnalysis *analysis);
    const PlanAnalysis *analysis() const { return m_analysis; }
    /** Call when the analysis behind the pointer changed. */
    void analysisUpdated();

    using Bar = StepBar;
    /** nullptr for a disabled step or when there is no valid schedule. */
    const Bar *bar(Id stepId) const;

    /** 0 for a phase row. */
    Id stepId(const QModelIndex &index) const;
    const Step *step(const QModelIndex &index) const;
    QModelIndex indexOfStep(Id stepId, int column = TitleColumn) const;
    QModelIndex indexOfPhase(Phase phase, int column = TitleColumn) const;
    bool isPhase(const QModelIndex &index) const;
    Phase phaseAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRefused(const QString &message);
    /**
     * Bars or links changed while the rows stayed (a new analysis, an edited estimate or link):
     * once per change, where dataChanged() comes once per phase.
     */
    void timelineChanged();

private:
    using PhaseRow = plan::PhaseSteps;

    void onDocumentChanged(const DocumentChange &change);
    QList<PhaseRow> buildRows() const;
    void reload();
    void rebuildTimings();
    QVariant stepData(const Step &step, int column, int role) const;
    QVariant phaseData(int phaseRow, int column, int role) const;
    QString timeText(double minutes) const;
    bool setStepData(const Step &step, int column, const QVariant &value, int role);

    QPointer<Project> m_project;
    const PlanAnalysis *m_analysis = nullptr;
    QList<PhaseRow> m_rows;
    /** step id -> (phase row, row within phase) */
    std::unordered_map<Id, std::pair<int, int>> m_position;
    std::unordered_map<Id, Bar> m_timings;
};

} // namespace uw
