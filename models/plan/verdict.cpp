#include "verdict.h"

#include "zonedtime.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <map>
#include <set>

namespace uw {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(uw::Verdict)
};

QString personName(const ProjectData &data, Id id)
{
    const auto it = data.people.find(id);
    return it == data.people.end() ? Tr::tr("person %1").arg(id) : it->second.name;
}

bool needsRehearsal(const Change &change)
{
    return change.risk == Level::High || change.risk == Level::Critical;
}

class Assessment
{
public:
    Assessment(const ProjectData &data, const PlanAnalysis &analysis, const VerdictContext &context,
               Verdict &verdict)
        : m_data(data)
        , m_analysis(analysis)
        , m_context(context)
        , m_verdict(verdict)
    {}

    void figures()
    {
        const Schedule &schedule = m_analysis.schedule;
        m_verdict.hasWindow = m_analysis.hasWindow;
        m_verdict.window = m_analysis.window;
        m_verdict.zone = m_analysis.hasWindow && !m_analysis.window.timeZone.isEmpty()
                             ? m_analysis.window.timeZone
                             : m_data.change.timeZone;
        m_verdict.scheduleValid = schedule.valid;
        m_verdict.reserveMinutes = schedule.reserveMinutes;
        if (schedule.valid) {
            m_verdict.plannedFinishUtc = schedule.finishUtc();
            m_verdict.pointOfNoReturnUtc = schedule.lastExecuteStepId
                                               ? schedule.pointOfNoReturnUtc()
                                               : QDateTime();
            m_verdict.rollbackMinutes = schedule.rollbackMinutes;
        }
        const MonteCarloResult &simulation = m_analysis.simulation;
        m_verdict.simulated = simulation.valid;
        if (simulation.valid) {
            m_verdict.p50Utc = simulation.p50Utc;
            m_verdict.p80Utc = simulation.p80Utc;
            m_verdict.p95Utc = simulation.p95Utc;
            m_verdict.fitProbability = simulation.fitProbability;
        }
    }

    void window()
    {
        const Schedule &schedule = m_analysis.schedule;
        const bool hasSteps = !m_data.steps.empty();
        if (!hasSteps)
            block(VerdictKind::NoSteps, Tr::tr("The runbook has no steps yet."));
        if (!m_analysis.hasWindow) {
            block(VerdictKind::NoWindow,
                  Tr::tr("There is no maintenance window to plan into: add one."));
            return;
        }
        const Window &window = m_analysis.window;
        if (hasEnded(window, m_context.nowUtc)) {
            block(VerdictKind::WindowOver,
                  Tr::tr("The window \"%1\" ended at %2: choose or add a window that is still "
                         "ahead.")
                      .arg(window.name, local(window.endUtc)));
        }
        if (!schedule.valid || !hasSteps)
            return;
        if (!schedule.finishesInWindow()) {
            block(VerdictKind::FinishPastWindowEnd,
                  Tr::tr("The plan finishes at %1, after the window ends at %2.")
                      .arg(local(schedule.finishUtc()), local(window.endUtc)));
        }
        if (schedule.pastPointOfNoReturn()) {
            block(VerdictKind::PastPointOfNoReturn,
                  Tr::tr("The last execute work ends at %1, after the point of no return at %2: "
                         "a rollback started then would not end %3 before the window closes.")
                      .arg(local(schedule.toUtc(schedule.lastExecuteFinishMinutes)),
                           local(schedule.pointOfNoReturnUtc()),
                           formatMinutes(schedule.reserveMinutes)));
        }
        const MonteCarloResult &simulation = m_analysis.simulation;
        if (simulation.valid && simulation.fitProbability < riskyFitProbability) {
            risk(VerdictKind::LowFitProbability,
                 Tr::tr("Only %1 % of simulated runs fit the window with the rollback reserve.")
                     .arg(QLocale().toString(simulation.fitProbability * 100, 'f', 0)));
        }
    }

    void conflicts()
    {
        for (const Conflict &conflict : m_analysis.conflicts) {
            block(conflict.kind == ConflictKind::Cycle ? VerdictKind::StepCycle
                                                       : VerdictKind::SchedulingConflict,
                  conflict.message);
        }
    }

    void compatibility(const CompatibilityReport &report)
    {
        for (const DependencyCycle &cycle : report.cycles)
            block(VerdictKind::DependencyCycle, describeCycle(m_data, cycle));
        for (const CompatibilityFinding &finding : report.findings) {
            if (finding.status == ConstraintStatus::Violated)
                block(VerdictKind::ConstraintViolated, finding.message);
            else
                risk(VerdictKind::ConstraintUnknown, finding.message);
        }
    }

    void approvals()
    {
        int approved = 0;
        QStringList waiting;
        for (const auto &[id, approval] : m_data.approvals) {
            switch (approval.decision) {
            case ApprovalDecision::Approved:
                ++approved;
                break;
            case ApprovalDecision::Rejected:
                block(VerdictKind::ApprovalRejected,
                      approval.comment.isEmpty()
                          ? Tr::tr("%1 rejected the change.")
                                .arg(personName(m_data, approval.personId))
                          : Tr::tr("%1 rejected the change: %2")
                                .arg(personName(m_data, approval.personId), approval.comment));
                break;
            case ApprovalDecision::Pending:
                waiting.append(personName(m_data, approval.personId));
                break;
            }
        }
        const int needed = int(m_data.approvals.size());
        if (!waiting.isEmpty()) {
            block(VerdictKind::ApprovalMissing, Tr::tr("%1 of %2 approvals given; waiting for %3.")
                                                    .arg(approved)
                                                    .arg(needed)
                                                    .arg(waiting.join(QStringLiteral(", "))));
        }
        if (needed == 0) {
            risk(VerdictKind::NoApprover,
                 Tr::tr("Nobody is asked to approve the change: add an approval."));
        }
    }

    void rehearsal()
    {
        if (hasSuccessfulRehearsal(m_data))
            return;
        if (needsRehearsal(m_data.change)) {
            block(VerdictKind::NoRehearsal,
                  Tr::tr("A change of this risk needs a successful rehearsal first; there is "
                         "none yet."));
        } else if (!m_data.steps.empty()) {
            risk(VerdictKind::NoRehearsal, Tr::tr("The runbook has never been rehearsed."));
        }
    }

    void trust()
    {
        if (!m_context.commandsTrusted) {
            block(VerdictKind::UntrustedCommands,
                  Tr::tr("What the project runs and reaches (commands, checks, metric servers) "
                         "has not been reviewed and trusted on this computer, so its automated "
                         "steps and those metrics cannot run."));
        }
    }

private:
    QString local(const QDateTime &utc) const { return formatInZone(utc, m_verdict.zone); }
    void block(VerdictKind kind, const QString &message)
    {
        m_verdict.blockers.append({kind, message});
    }
    void risk(VerdictKind kind, const QString &message) { m_verdict.risks.append({kind, message}); }

    const ProjectData &m_data;
    const PlanAnalysis &m_analysis;
    const VerdictContext &m_context;
    Verdict &m_verdict;
};

} // namespace

QString Verdict::decisionText() const
{
    switch (decision) {
    case GoDecision::Go:
        return Tr::tr("Go");
    case GoDecision::GoWithRisks:
        return Tr::tr("Go with risks");
    case GoDecision::NoGo:
        break;
    }
    return Tr::tr("No-go");
}

QString Verdict::headline() const
{
    if (!blockers.isEmpty())
        return Tr::tr("%1: %2").arg(decisionText(), blockers.first().message);
    if (!risks.isEmpty())
        return Tr::tr("%1: %2").arg(decisionText(), risks.first().message);
    return Tr::tr("%1: the plan fits its window with the rollback reserve, and nothing stands "
                  "in the way.")
        .arg(decisionText());
}

Verdict assessChange(const ProjectData &data, const PlanAnalysis &analysis,
                     const CompatibilityReport &compatibility, const VerdictContext &context)
{
    Verdict verdict;
    Assessment assessment(data, analysis, context, verdict);
    assessment.figures();
    assessment.window();
    assessment.conflicts();
    assessment.compatibility(compatibility);
    assessment.approvals();
    assessment.rehearsal();
    assessment.trust();
    verdict.decision = !verdict.blockers.isEmpty() ? GoDecision::NoGo
                       : !verdict.risks.isEmpty()  ? GoDecision::GoWithRisks
                                                   : GoDecision::Go;
    return verdict;
}

QString goDecisionKey(GoDecision decision)
{
    switch (decision) {
    case GoDecision::Go:
        return QStringLiteral("go");
    case GoDecision::GoWithRisks:
        return QStringLiteral("go-with-risks");
    case GoDecision::NoGo:
        break;
    }
    return QStringLiteral("no-go");
}

QString verdictKindKey(VerdictKind kind)
{
    static const std::map<VerdictKind, QString> keys{
        {VerdictKind::NoSteps, QStringLiteral("no-steps")},
        {VerdictKind::NoWindow, QStringLiteral("no-window")},
        {VerdictKind::WindowOver, QStringLiteral("window-over")},
        {VerdictKind::FinishPastWindowEnd, QStringLiteral("finish-past-window-end")},
        {VerdictKind::PastPointOfNoReturn, QStringLiteral("past-point-of-no-return")},
        {VerdictKind::LowFitProbability, QStringLiteral("low-fit-probability")},
        {VerdictKind::DependencyCycle, QStringLiteral("dependency-cycle")},
        {VerdictKind::StepCycle, QStringLiteral("step-cycle")},
        {VerdictKind::ConstraintViolated, QStringLiteral("constraint-violated")},
        {VerdictKind::ConstraintUnknown, QStringLiteral("constraint-unknown")},
        {VerdictKind::SchedulingConflict, QStringLiteral("scheduling-conflict")},
        {VerdictKind::ApprovalRejected, QStringLiteral("approval-rejected")},
        {VerdictKind::ApprovalMissing, QStringLiteral("approval-missing")},
        {VerdictKind::NoApprover, QStringLiteral("no-approver")},
        {VerdictKind::NoRehearsal, QStringLiteral("no-rehearsal")},
        {VerdictKind::UntrustedCommands, QStringLiteral("untrusted-commands")},
    };
    return keys.at(kind);
}

bool hasSuccessfulRehearsal(const ProjectData &data)
{
    std::set<Id> rehearsals;
    for (const auto &[id, run] : data.runs) {
        if (run.runKind == RunKind::Rehearsal && run.endedAtUtc.isValid())
            rehearsals.insert(id);
    }
    // Per rehearsal: rolled back, and the steps whose latest outcome is a failure.
    std::set<Id> rolledBack;
    std::map<Id, std::map<Id, RunEventType>> lastOutcome;
    for (const RunEvent &event : data.runEvents) {
        if (!rehearsals.count(event.runId))
            continue;
        if (event.type == RunEventType::Decision && event.decision == QLatin1String("rollback"))
            rolledBack.insert(event.runId);
        if (event.type == RunEventType::StepFinished || event.type == RunEventType::StepFailed
            || event.type == RunEventType::StepSkipped)
            lastOutcome[event.runId][event.stepId] = event.type;
    }
    for (Id run : rehearsals) {
        if (rolledBack.count(run))
            continue;
        const auto &outcomes = lastOutcome[run];
        const bool anyFailed = std::any_of(outcomes.begin(), outcomes.end(), [](const auto &entry) {
            return entry.second == RunEventType::StepFailed;
        });
        if (!anyFailed && !outcomes.empty())
            return true;
    }
    return false;
}

} // namespace uw
