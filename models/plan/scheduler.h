#pragma once

#include "entities.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <span>
#include <vector>

namespace uw {

/**
 * One of the two step networks of a runbook, compiled once into a compact graph (every node's
 * predecessors and successors in two flat arrays, CSR) so that CPM, levelling and thousands of
 * Monte Carlo evaluations walk it in topological order without recursion or allocation.
 *
 * Nodes are the steps of the part in ascending id order: Forward holds every phase but
 * Rollback, Rollback holds the rollback steps. A link counts when both ends are in the part; a
 * link between the two networks is ignored, because rollback runs instead of the rest of the
 * plan, not after it. A disabled step stays in the graph as a pass-through that takes no time,
 * so skipping a step never lets its successors overtake its predecessors; it gets no timing.
 */
class StepNetwork
{
public:
    enum class Part { Forward, Rollback };
    /** One link seen from one end: the node at the other end, the type and the lag. */
    struct Edge
    {
        int node = 0;
        LinkType type = LinkType::FinishToStart;
        double lag = 0;
    };

    StepNetwork() = default;
    StepNetwork(const ProjectData &data, Part part);

    int size() const { return int(m_ids.size()); }
    Id stepId(int node) const { return m_ids[node]; }
    /** The node of a step, or -1 when the step is not in this network. */
    int nodeOf(Id stepId) const;
    bool isEnabled(int node) const { return m_enabled[node]; }
    /** The step's estimate; all zero for a disabled step. */
    const Estimate &estimate(int node) const { return m_estimates[node]; }
    std::vector<double> likelyDurations() const;

    std::span<const Edge> predecessors(int node) const;
    std::span<const Edge> successors(int node) const;
    /** Kahn's topological order; incomplete when there is a cycle. */
    std::span<const int> order() const { return m_order; }

    bool hasCycle() const { return !m_cycle.isEmpty(); }
    /** The step ids around one cycle, first == last, in link direction; empty without one. */
    const QList<Id> &cycle() const { return m_cycle; }

private:
    void findCycle();

    std::vector<Id> m_ids;
    std::vector<char> m_enabled;
    std::vector<Estimate> m_estimates;
    std::vector<int> m_predecessorStart;
    std::vector<Edge> m_predecessors;
    std::vector<int> m_successorStart;
    std::vector<Edge> m_successors;
    std::vector<int> m_order;
    QList<Id> m_cycle;
};

/**
 * Buffers of one CPM evaluation of a StepNetwork, indexed by node. They are sized once and
 * reused, so that Monte Carlo allocates nothing per iteration.
 */
struct CpmState
{
    std::vector<double> earlyStart;
    std::vector<double> earlyFinish;
    std::vector<double> lateStart;
    std::vector<double> lateFinish;
    /** Index into predecessors(node) of the link that sets the early start; -1: the start. */
    std::vector<int> driver;
    double finish = 0;

    void resize(int nodes);
};

/**
 * Forward pass: early start and finish of every node from durations[node] (minutes; ignored for
 * disabled steps), with time 0 the earliest start. Link rules: finish-to-start
 * S >= F(pred) + lag, start-to-start S >= S(pred) + lag, finish-to-finish F >= F(pred) + lag.
 * Nodes with neededBy[node] > until are left out, as if they were not in the network (the
 * rollback of a partial plan); pass an empty span to take every node. Returns the latest early
 * finish of an enabled node taking part (0 when none does).
 */
double forwardPass(const StepNetwork &network, std::span<const double> durations, CpmState &state,
                   std::span<const double> neededBy = {},
                   double until = std::numeric_limits<double>::infinity());
/** Backward pass over all nodes against state.finish: late start and finish. */
void backwardPass(const StepNetwork &network, std::span<const double> durations, CpmState &state);

struct ScheduleOptions
{
    /** Time 0 of the schedule, usually the maintenance window's start. */
    QDateTime startUtc;
    /** End of the window the plan must fit in; invalid when there is none. */
    QDateTime windowEndUtc;
    /** Minutes kept free before the window end even after a rollback. */
    double reserveMinutes = 0;
    /** Serialize the steps of each owner (see Scheduler::schedule). */
    bool level = false;
};

/** Planned times of one enabled forward step, in minutes after the schedule start. */
struct StepTiming
{
    Id stepId = 0;
    double earlyStart = 0;
    double earlyFinish = 0;
    double lateStart = 0;
    double lateFinish = 0;
    /** How far the step can slip without moving the project finish. */
    double totalSlack = 0;
    /** How far the step can slip without moving any successor. */
    double freeSlack = 0;
    bool critical = false;
    /** The enabled step whose link sets the early start; 0 when nothing holds it back. */
    Id drivingStepId = 0;
    /** Planned start and finish: the early times, or the levelled times when levelling. */
    double start = 0;
    double finish = 0;
};

/** A step that levelling moved later than its early start. */
struct LevellingDelay
{
    Id stepId = 0;
    /** Total shift against the early start, including shifts inherited from predecessors. */
    double minutes = 0;
    /** The part of the shift spent waiting for the owner; 0 when only predecessors moved. */
    double waitMinutes = 0;
    /** The owner it waited for and that owner's step that held them; 0 when it did not wait. */
    Id personId = 0;
    Id blockingStepId = 0;
};

/**
 * A schedule of the forward plan inside a window, and its rollback.
 *
 * Rollback model: a rollback step is needed once any step it undoes (undoesStepIds) has
 * finished; a rollback step that undoes nothing in particular (a health check, reopening the
 * shop) is needed once the first step of execute work has finished. Execute work is every
 * forward step in phase Execute or undone by some rollback step. Aborting at time T means
 * running the needed rollback steps of everything finished by T (planned finish <= T) as
 * their own CPM network (links among them, early start 0), which takes R(T) minutes. The point
 * of no return is the latest T with T + R(T) <= window end - reserve; T + R(T) only grows with
 * T, so that moment is unique, and where R jumps (a step finishing makes more rollback
 * necessary) it is the moment that step finishes. The plan is past the point of no return when
 * its last execute work finishes after that moment.
 */
struct Schedule
{
    bool valid = false;
    /** Why the schedule could not be computed (a cycle), for people. */
    QString error;
    /** The cycle that made it invalid, first == last. */
    QList<Id> cycle;

    QDateTime startUtc;
    QDateTime windowEndUtc;
    double reserveMinutes = 0;
    bool levelled = false;
    /** Enabled forward steps in id order. */
    QList<StepTiming> steps;
    /** From a step that starts at time 0 to the one that finishes last. */
    QList<Id> criticalPath;
    /** Finish of the plan (levelled when levelling). */
    double finishMinutes = 0;
    QList<LevellingDelay> delays;

    /** Rollback needed after all execute work, and its own critical path. */
    double rollbackMinutes = 0;
    QList<Id> rollbackCriticalPath;
    Id lastExecuteStepId = 0;
    double lastExecuteFinishMinutes = 0;
    /** Meaningful only with a window end. */
    double pointOfNoReturnMinutes = 0;

    const StepTiming *timing(Id stepId) const;
    QDateTime toUtc(double minutes) const;
    QDateTime finishUtc() const { return toUtc(finishMinutes); }
    QDateTime pointOfNoReturnUtc() const;
    bool hasWindow() const { return windowEndUtc.isValid(); }
    /** The window's true length from the start, DST changes included; 0 without a window. */
    double windowMinutes() const;
    bool finishesInWindow() const;
    bool pastPointOfNoReturn() const;
    /** Finishes inside the window and keeps the last execute work before the point of no return. */
    bool fits() const { return valid && finishesInWindow() && !pastPointOfNoReturn(); }
};

/** Why a step starts when it does. */
struct StepExplanation
{
    Id stepId = 0;
    bool critical = false;
    /** The step, its driving predecessor, that one's driving predecessor... back to time 0. */
    QList<Id> chain;
    /** For levelled schedules, the wait for the owner; stepId 0 when there was none. */
    LevellingDelay wait;
    /** The same in sentences, for people. */
    QString text;
};

/**
 * Computes schedules of one document. The constructor compiles both networks once, so that the
 * same Scheduler serves repeated evaluations (Monte Carlo, what-if durations) cheaply.
 */
class Scheduler
{
public:
    explicit Scheduler(const ProjectData &data);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const StepNetwork &forward() const { return m_forward; }
    const StepNetwork &rollback() const { return m_rollback; }
    /** Per forward node: execute work (see Schedule). */
    const std::vector<char> &executeWork() const { return m_executeWork; }
    /**
     * Per rollback node, as neededBy for forwardPass(): 0 when needed once all execute work is
     * done, +infinity when never needed, -infinity for a disabled step (a pass-through).
     */
    const std::vector<double> &rollbackAtCommit() const { return m_rollbackAtCommit; }

    /** The schedule with likely durations. */
    Schedule schedule(const ScheduleOptions &options) const;
    /**
     * The schedule with given durations, one per node of forward() and of rollback() (minutes;
     * what-if analyses and Monte Carlo use their own). Levelling is a serial
     * schedule generation scheme: steps are taken in topological order, among those whose
     * predecessors are placed the one with least total slack first (ties: lower id), and each
     * is placed at its earliest start at which its owner has no other step running.
     */
    Schedule schedule(const ScheduleOptions &options, std::span<const double> forwardDurations,
                      std::span<const double> rollbackDurations) const;

    /** Follows the predecessors that set the early start of stepId back to time 0. */
    StepExplanation explain(const Schedule &schedule, Id stepId) const;

private:
    void level(std::span<const double> durations, const CpmState &cpm, Schedule &schedule,
               std::vector<double> &start, std::vector<double> &finish) const;
    void planRollback(std::span<const double> durations, const std::vector<double> &finish,
                      Schedule &schedule) const;
    QString cycleMessage(const StepNetwork &network, const std::vector<QString> &titles) const;

    StepNetwork m_forward;
    StepNetwork m_rollback;
    std::vector<Id> m_owners;
    std::vector<char> m_executeWork;
    /** Per forward node: the rollback nodes that undo it (CSR). */
    std::vector<int> m_undoneByStart;
    std::vector<int> m_undoneBy;
    std::vector<int> m_generalRollback;
    std::vector<double> m_rollbackAtCommit;
    std::vector<QString> m_forwardTitles;
    std::vector<QString> m_rollbackTitles;
    std::map<Id, QString> m_people;
    QString m_error;
};

} // namespace uw
