#pragma once

#include "clock.h"
#include "montecarlo.h"
#include "planconflicts.h"
#include "scheduler.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <unordered_map>

namespace uw {

class Project;
struct DocumentChange;

/**
 * The window a plan is scheduled into: the change's chosen one, else the next maintenance
 * window (see earliestMaintenanceWindow); nullptr when there is none.
 */
const Window *planWindow(const ProjectData &data, const QDateTime &nowUtc = {});
/**
 * The maintenance window that starts first (lowest id on ties) among those that have not ended
 * at nowUtc; when all have ended, the one that ended last, so that a plan still shows (the
 * verdict says the window is over). An invalid nowUtc considers every window. nullptr when
 * there is none; a window whose start is not set cannot be planned into and is passed over.
 */
const Window *earliestMaintenanceWindow(const ProjectData &data, const QDateTime &nowUtc = {});
/** Whether window has ended at nowUtc. */
bool hasEnded(const Window &window, const QDateTime &nowUtc);

/** A rollback step drawn on the timeline: rollback of all execute work after the last of it. */
struct RollbackBar
{
    Id stepId = 0;
    double start = 0;
    double finish = 0;
    bool critical = false;
};

struct PlanAnalysisOptions
{
    /** Overrides the document's choice; 0 keeps it (see planWindow). */
    Id windowId = 0;
    /** Overrides Change::rollbackReserveMinutes when set (>= 0). */
    double reserveMinutes = -1;
    bool level = false;
    quint64 seed = 1;
    int iterations = 10000;
    /** "Now" for a plan without a window, which starts at the next full hour after it. */
    Clock clock = systemNow;
};

/** Everything the plan page, the command line and reports show about a runbook's schedule. */
struct PlanAnalysis
{
    /** False when the document has no window to plan into; the schedule then starts "now". */
    bool hasWindow = false;
    Window window;
    Schedule schedule;
    QList<RollbackBar> rollbackBars;
    QList<Conflict> conflicts;
    /** Invalid until the simulation has run (it runs after the rest, see PlanAnalyzer). */
    MonteCarloResult simulation;

    QString stepTitle(Id stepId) const;
    QDateTime rollbackFinishUtc() const;
};

/** Where a step sits on the timeline, in minutes after the schedule start. */
struct StepBar
{
    double start = 0;
    double finish = 0;
    double slack = 0;
    bool critical = false;
    /** A rollback step, placed as if rollback began after the last execute work. */
    bool rollback = false;
};
/**
 * The bar of every scheduled step, the table's times and the Gantt chart's bars alike; empty
 * without a valid schedule, and disabled steps have none.
 */
std::unordered_map<Id, StepBar> stepBars(const PlanAnalysis &analysis);

/** The schedule, rollback bars and conflicts: everything but the simulation. Fast. */
PlanAnalysis analysePlan(const ProjectData &data, const PlanAnalysisOptions &options);
/** The same with the networks of data already compiled, so the simulation can reuse them. */
PlanAnalysis analysePlan(const ProjectData &data, const Scheduler &scheduler,
                         const PlanAnalysisOptions &options);
/** Adds the Monte Carlo simulation to analysis (of the same data). */
void simulatePlan(const ProjectData &data, const PlanAnalysisOptions &options,
                  PlanAnalysis &analysis, const std::atomic<bool> *cancel = nullptr,
                  std::function<void(int done, int total)> progress = {});

/** Whether an edit can change what analysePlan computes; other edits keep the analysis. */
bool changesPlanAnalysis(const DocumentChange &change);

/**
 * Keeps a PlanAnalysis of an open project current. After each edit it reschedules: directly
 * for small runbooks, in a worker thread for large ones (the UI never waits for it), then it
 * runs the simulation in a worker thread, cancelling one still running for an older state.
 * Results of older states are dropped, so what is shown always belongs to the latest edit.
 */
class PlanAnalyzer : public QObject
{
    Q_OBJECT

public:
    explicit PlanAnalyzer(QObject *parent = nullptr);
    ~PlanAnalyzer() override;

    void setProject(Project *project);
    void setOptions(const PlanAnalysisOptions &options);
    const PlanAnalysisOptions &options() const { return m_options; }

    const PlanAnalysis &analysis() const { return m_analysis; }
    /** True while a schedule or simulation for the current state is still being computed. */
    bool isBusy() const { return m_scheduling || m_simulating; }
    /** An edit or a new project waits for the analysis to start over. */
    bool isRefreshQueued() const { return m_refreshQueued; }
    /** Blocks until the current state is fully analysed; for tests and the command line. */
    void waitForIdle();
    /** Runbooks with at most this many steps are scheduled directly in the UI thread. */
    static constexpr int directStepLimit = 2000;

signals:
    /** The schedule, rollback and conflicts changed (the simulation may still be running). */
    void scheduleChanged();
    /** The simulation finished for the current state. */
    void simulationChanged();
    void simulationProgress(int done, int total);

private:
    void queueRefresh();
    void refresh();
    void startSimulation(std::shared_ptr<const Scheduler> scheduler);

    struct Job;
    Project *m_project = nullptr;
    PlanAnalysisOptions m_options;
    PlanAnalysis m_analysis;
    quint64 m_generation = 0;
    bool m_refreshQueued = false;
    bool m_scheduling = false;
    bool m_simulating = false;
    std::shared_ptr<Job> m_job;
    /** Declared last so it is destroyed, and waited for, before the state its tasks touch. */
    QThreadPool m_pool;
};

} // namespace uw
