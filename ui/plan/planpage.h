#pragma once

#include "page.h"
#include "plananalysis.h"
#include "plansummarystrip.h"

#include <QPointer>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListView;
class QTreeView;

namespace uw {

class ChangeAssessor;
class ConflictListModel;

class GanttView;
class PlanModel;
class StepDetailsPanel;

/**
 * The runbook plan: the steps by phase beside their Gantt timeline, and a summary strip that
 * answers the lead's question (does it fit, with its rollback, and how sure are we). Every
 * edit reschedules; the simulation behind P80 and the fit probability runs in the background.
 */
class PlanPage : public Page
{
    Q_OBJECT

public:
    /** assessor (shared with the rest of the window) must outlive the page. */
    explicit PlanPage(ChangeAssessor *assessor, QWidget *parent = nullptr);
    ~PlanPage() override;

    void setProject(Project *project) override;
    QString title() const override { return tr("Plan"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/plan.svg")); }
    bool canDelete() const override;
    void deleteSelection() override;

    PlanModel *model() const { return m_model; }
    PlanAnalyzer *analyzer() const { return m_analyzer; }
    ChangeAssessor *assessor() const { return m_assessor; }
    QTreeView *table() const { return m_table; }
    GanttView *gantt() const { return m_gantt; }
    StepDetailsPanel *details() const { return m_details; }
    QList<Id> selectedSteps() const;
    void selectSteps(const QList<Id> &stepIds);

public slots:
    void addStep();
    void linkSelected();
    void unlinkSelected();
    void moveSelected(int direction);
    void saveSelectionAsTemplate();

private:
    QWidget *createToolbar();
    QWidget *createSummary();
    /** Whether the page shows the project the shared analysis is of. */
    bool isBound() const;
    void onScheduleChanged();
    void onSimulationChanged();
    void updateSummary();
    void goToSummaryItem(PlanSummaryStrip::Item item);
    void updateConflicts();
    void updateWindowChoice();
    void updateActions();
    void showRefusal(const QString &message);
    void rememberView();
    void restoreView();
    void goToConflict(int row);
    void chooseWindow(int comboIndex);
    void setReserve(double minutes);

    QPointer<Project> m_project;
    ChangeAssessor *m_assessor;
    PlanAnalyzer *m_analyzer;
    PlanModel *m_model;
    QTreeView *m_table = nullptr;
    GanttView *m_gantt = nullptr;
    StepDetailsPanel *m_details = nullptr;
    QLabel *m_banner = nullptr;
    ConflictListModel *m_conflictList;
    QListView *m_conflicts = nullptr;
    QComboBox *m_window = nullptr;
    QDoubleSpinBox *m_reserve = nullptr;
    PlanSummaryStrip *m_summary = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_downAction = nullptr;
    QAction *m_phaseAction = nullptr;
    QAction *m_linkAction = nullptr;
    QAction *m_unlinkAction = nullptr;
    QAction *m_templateAction = nullptr;
    QAction *m_levelAction = nullptr;
    QList<Id> m_rememberedSelection;
    QList<int> m_collapsedPhases;
    bool m_firstSchedule = true;
};

} // namespace uw
