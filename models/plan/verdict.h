#pragma once

#include "compatibility.h"
#include "plananalysis.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace uw {

/** Whether the change may start in its window. */
enum class GoDecision { Go, GoWithRisks, NoGo };

/** What stands in the way of a change, or weighs on it; each has a stable key for JSON. */
enum class VerdictKind {
    NoSteps,
    NoWindow,
    WindowOver,
    FinishPastWindowEnd,
    PastPointOfNoReturn,
    LowFitProbability,
    DependencyCycle,
    StepCycle,
    ConstraintViolated,
    ConstraintUnknown,
    SchedulingConflict,
    ApprovalRejected,
    ApprovalMissing,
    NoApprover,
    NoRehearsal,
    UntrustedCommands,
};

struct VerdictReason
{
    VerdictKind kind = VerdictKind::NoSteps;
    /** One sentence for people, naming what and where; times in the window's zone. */
    QString message;
    friend bool operator==(const VerdictReason &, const VerdictReason &) = default;
};

/** What the assessment needs beyond the document and its analyses. */
struct VerdictContext
{
    QDateTime nowUtc;
    /** Whether the user trusts what the project would run (see TrustStore). */
    bool commandsTrusted = true;
};

/**
 * The one assessment of a change against its window that every screen, report and command
 * shows: the figures a go/no-go rests on, the blockers (any one makes it No-go) and the risks
 * (which make it Go with risks). Computed in one place, assessChange(), so that no page or
 * report derives its own variant of a figure.
 */
struct Verdict
{
    GoDecision decision = GoDecision::NoGo;
    bool hasWindow = false;
    Window window;
    /** The zone in which people read the times: the window's, else the change's. */
    QString zone;
    bool scheduleValid = false;
    QDateTime plannedFinishUtc;
    /** Invalid without a window or execute work (see Schedule::pointOfNoReturnUtc). */
    QDateTime pointOfNoReturnUtc;
    double rollbackMinutes = 0;
    double reserveMinutes = 0;
    /** Set once the simulation has run. */
    bool simulated = false;
    QDateTime p50Utc;
    QDateTime p80Utc;
    QDateTime p95Utc;
    double fitProbability = 0;
    QList<VerdictReason> blockers;
    QList<VerdictReason> risks;

    /** "Go", "Go with risks" or "No-go", translated. */
    QString decisionText() const;
    /** The decision with its first reason, e.g. "No-go: the window ended …". */
    QString headline() const;
};

/** Below this chance to fit (with the rollback reserve) the plan is a risk. */
inline constexpr double riskyFitProbability = 0.8;

/**
 * Assesses data against the window its analysis planned into. A change needs a successful
 * rehearsal when its risk is high or critical; it needs every named approver's approval.
 */
Verdict assessChange(const ProjectData &data, const PlanAnalysis &analysis,
                     const CompatibilityReport &compatibility, const VerdictContext &context);

/** "go", "go-with-risks", "no-go": for JSON and scripts, never translated. */
QString goDecisionKey(GoDecision decision);
/** e.g. "dependency-cycle": for JSON and scripts, never translated. */
QString verdictKindKey(VerdictKind kind);

/** A rehearsal run that ended without a rollback and without a failed step left failed. */
bool hasSuccessfulRehearsal(const ProjectData &data);

} // namespace uw
